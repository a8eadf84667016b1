using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class S20StoredFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals");

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedByOtherAgencyAtUtc",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionWorkingDays",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EvaluatedOn",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EvaluationDueOn",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_DecisionWorkingDays",
                table: "Proposals",
                columns: new[] { "DecisionWorkingDays", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_ApprovedByOtherAgency",
                table: "Proposals",
                columns: new[] { "ApprovedByOtherAgencyAtUtc", "DecidingUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals",
                columns: new[] { "EvaluatedAtUtc", "DecidingUnitId", "State", "CompletionReportedAtUtc", "EvaluatedOn", "EvaluationDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals",
                columns: new[] { "ReceivedAtUtc", "DecidingUnitId", "State", "FieldId", "Outcome", "CompletionReportedAtUtc", "DecisionDueOn", "DecidedAtUtc", "DecidedOn", "DecisionWorkingDays" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_DecisionWorkingDays",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_ApprovedByOtherAgency",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ApprovedByOtherAgencyAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "DecisionWorkingDays",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "EvaluatedOn",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "EvaluationDueOn",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Evaluated",
                table: "Proposals",
                columns: new[] { "EvaluatedAtUtc", "DecidingUnitId", "State", "CompletionReportedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Period_Received",
                table: "Proposals",
                columns: new[] { "ReceivedAtUtc", "DecidingUnitId", "State", "FieldId", "Outcome", "CompletionReportedAtUtc", "DecisionDueOn", "DecidedAtUtc", "DecidedOn" });
        }
    }
}
