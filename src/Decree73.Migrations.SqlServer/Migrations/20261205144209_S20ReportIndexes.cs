using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class S20ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_Proposals_Stalled",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Decided",
                table: "Proposals",
                columns: new[] { "DecidedAtUtc", "DecidingUnitId", "State", "DecidedOn", "DecisionDueOn", "ApprovedByOverride" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals",
                columns: new[] { "EvaluatedAtUtc", "DecidingUnitId", "State", "CompletionReportedAtUtc", "EvaluatedOn", "EvaluationDueOn", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals",
                columns: new[] { "ReceivedAtUtc", "DecidingUnitId", "State", "FieldId", "Outcome", "CompletionReportedAtUtc", "DecisionDueOn", "DecidedAtUtc", "DecidedOn", "DecisionWorkingDays", "KindId", "EscalatedFromProposalId", "ProposerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals",
                columns: new[] { "State", "LastActionAtUtc", "DecidingUnitId", "ReceivedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_Proposals_Stalled",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Decided",
                table: "Proposals",
                columns: new[] { "DecidedAtUtc", "DecidingUnitId", "State", "DecidedOn", "DecisionDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals",
                columns: new[] { "EvaluatedAtUtc", "DecidingUnitId", "State", "CompletionReportedAtUtc", "EvaluatedOn", "EvaluationDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals",
                columns: new[] { "ReceivedAtUtc", "DecidingUnitId", "State", "FieldId", "Outcome", "CompletionReportedAtUtc", "DecisionDueOn", "DecidedAtUtc", "DecidedOn", "DecisionWorkingDays" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals",
                columns: new[] { "State", "LastActionAtUtc", "DecidingUnitId" });
        }
    }
}
