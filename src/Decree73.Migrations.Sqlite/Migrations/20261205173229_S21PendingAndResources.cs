using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class S21PendingAndResources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ResourcesAllocatedAtUtc",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            // The proposals implemented with resources before the moment was stored: their (latest) implementation
            // decision's moment, the decision that set the resources (Proposal.ResourcesAllocatedAtUtc).
            migrationBuilder.Sql(@"UPDATE ""Proposals"" SET ""ResourcesAllocatedAtUtc"" = (SELECT MAX(d.""CreatedAtUtc"") FROM ""ProposalDecisions"" AS d WHERE d.""ProposalId"" = ""Proposals"".""Id"" AND d.""Kind"" = 'Implementation') WHERE ""Resources_Equipment"" IS NOT NULL OR ""Resources_FundsVnd"" IS NOT NULL OR ""Resources_Staff"" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_DecidingUnitId_Access",
                table: "Proposals",
                columns: new[] { "DecidingUnitId", "State", "ProposerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Pending",
                table: "Proposals",
                columns: new[] { "State", "StepDueOn", "DecidingUnitId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_ResourcesAllocated",
                table: "Proposals",
                columns: new[] { "ResourcesAllocatedAtUtc", "DecidingUnitId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_DecidingUnitId_Access",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Pending",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_ResourcesAllocated",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResourcesAllocatedAtUtc",
                table: "Proposals");
        }
    }
}
