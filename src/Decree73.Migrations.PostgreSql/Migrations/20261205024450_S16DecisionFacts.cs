using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class S16DecisionFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "Proposals",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_DecidedAtUtc_DecidingUnitId",
                table: "Proposals",
                columns: new[] { "DecidedAtUtc", "DecidingUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_DecidedAtUtc_DecidingUnitId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "DecidedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "Proposals");
        }
    }
}
