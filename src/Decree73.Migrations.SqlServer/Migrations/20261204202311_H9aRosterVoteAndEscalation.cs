using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class H9aRosterVoteAndEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Absent",
                table: "ProposalVotes",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MeetingOn",
                table: "ProposalVotes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalatedFromProposalId",
                table: "Proposals",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalatedToUnitId",
                table: "Proposals",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_EscalatedFromProposalId",
                table: "Proposals",
                column: "EscalatedFromProposalId",
                unique: true,
                filter: "[EscalatedFromProposalId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_EscalatedToUnitId",
                table: "Proposals",
                column: "EscalatedToUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Proposals_EscalatedFromProposalId",
                table: "Proposals",
                column: "EscalatedFromProposalId",
                principalTable: "Proposals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Units_EscalatedToUnitId",
                table: "Proposals",
                column: "EscalatedToUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Proposals_EscalatedFromProposalId",
                table: "Proposals");

            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Units_EscalatedToUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_EscalatedFromProposalId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_EscalatedToUnitId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Absent",
                table: "ProposalVotes");

            migrationBuilder.DropColumn(
                name: "MeetingOn",
                table: "ProposalVotes");

            migrationBuilder.DropColumn(
                name: "EscalatedFromProposalId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "EscalatedToUnitId",
                table: "Proposals");
        }
    }
}
