using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class S17PeriodIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EvaluatedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVotes_Stage_CreatedAtUtc_ProposalId",
                table: "ProposalVotes",
                columns: new[] { "Stage", "CreatedAtUtc", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CompletionReportedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "CompletionReportedAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_EvaluatedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "EvaluatedAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ReceivedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "ReceivedAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ResultNotice_SignedOn",
                table: "Proposals",
                column: "ResultNotice_SignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ResultNoticeDueOn",
                table: "Proposals",
                column: "ResultNoticeDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalDecisions_Kind_CreatedAtUtc_ProposalId",
                table: "ProposalDecisions",
                columns: new[] { "Kind", "CreatedAtUtc", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_EncouragementRecords_DecisionSignedOn_ProposalId",
                table: "EncouragementRecords",
                columns: new[] { "DecisionSignedOn", "ProposalId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProposalVotes_Stage_CreatedAtUtc_ProposalId",
                table: "ProposalVotes");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CompletionReportedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_EvaluatedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ReceivedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ResultNotice_SignedOn",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ResultNoticeDueOn",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_ProposalDecisions_Kind_CreatedAtUtc_ProposalId",
                table: "ProposalDecisions");

            migrationBuilder.DropIndex(
                name: "IX_EncouragementRecords_DecisionSignedOn_ProposalId",
                table: "EncouragementRecords");

            migrationBuilder.DropColumn(
                name: "EvaluatedAtUtc",
                table: "Proposals");
        }
    }
}
