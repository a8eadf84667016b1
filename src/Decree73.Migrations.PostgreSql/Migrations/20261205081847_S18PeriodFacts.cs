using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class S18PeriodFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_CompletionReportedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_DecidedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_EvaluatedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ReceivedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_VotedWithoutPartyOpinion_ApprovalVotedAtUtc",
                table: "Proposals");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastActionAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true);

            // The latest action of each existing proposal is the newest entry of its audit trail (filled before the
            // index is built; from now on the audit interceptor stamps it with each entry).
            migrationBuilder.Sql(@"UPDATE ""Proposals"" AS p SET ""LastActionAtUtc"" = a.last FROM (SELECT ""ProposalId"", MAX(""OccurredAtUtc"") AS last FROM ""AuditEntries"" GROUP BY ""ProposalId"") AS a WHERE a.""ProposalId"" = p.""Id"";");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_CompletionReported",
                table: "Proposals",
                columns: new[] { "CompletionReportedAtUtc", "DecidingUnitId", "State", "EndOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Decided",
                table: "Proposals",
                columns: new[] { "DecidedAtUtc", "DecidingUnitId", "State", "DecidedOn", "DecisionDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals",
                columns: new[] { "EvaluatedAtUtc", "DecidingUnitId", "State", "CompletionReportedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals",
                columns: new[] { "ReceivedAtUtc", "DecidingUnitId", "State", "FieldId", "Outcome", "CompletionReportedAtUtc", "DecisionDueOn", "DecidedAtUtc", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_VotedWithoutPartyOpinion",
                table: "Proposals",
                columns: new[] { "VotedWithoutPartyOpinion", "ApprovalVotedAtUtc", "DecidingUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals",
                columns: new[] { "LastActionAtUtc", "State", "DecidingUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_CompletionReported",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_Decided",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_VotedWithoutPartyOpinion",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "LastActionAtUtc",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CompletionReportedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "CompletionReportedAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_DecidedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "DecidedAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_EvaluatedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "EvaluatedAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ReceivedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "ReceivedAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_VotedWithoutPartyOpinion_ApprovalVotedAtUtc",
                table: "Proposals",
                columns: new[] { "VotedWithoutPartyOpinion", "ApprovalVotedAtUtc" });
        }
    }
}
