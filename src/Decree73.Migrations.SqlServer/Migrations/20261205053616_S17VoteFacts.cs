using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class S17VoteFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovalVotedAtUtc",
                table: "Proposals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VotedWithoutPartyOpinion",
                table: "Proposals",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_VotedWithoutPartyOpinion_ApprovalVotedAtUtc",
                table: "Proposals",
                columns: new[] { "VotedWithoutPartyOpinion", "ApprovalVotedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_VotedWithoutPartyOpinion_ApprovalVotedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ApprovalVotedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "VotedWithoutPartyOpinion",
                table: "Proposals");
        }
    }
}
