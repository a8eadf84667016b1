using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProposalSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ResponsibleOfficerId",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StepDueOn",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StepSinceUtc",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StepState",
                table: "Proposals",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ResponsibleOfficerId_StepDueOn",
                table: "Proposals",
                columns: new[] { "ResponsibleOfficerId", "StepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_StepDueOn_Id",
                table: "Proposals",
                columns: new[] { "StepDueOn", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Officers_ResponsibleOfficerId",
                table: "Proposals",
                column: "ResponsibleOfficerId",
                principalTable: "Officers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Officers_ResponsibleOfficerId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ResponsibleOfficerId_StepDueOn",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_StepDueOn_Id",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResponsibleOfficerId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "StepDueOn",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "StepSinceUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "StepState",
                table: "Proposals");
        }
    }
}
