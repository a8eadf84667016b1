using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class S17OpenStepIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Proposals_DecidingUnitId_StepDueOn_ResponsibleOfficerId_State",
                table: "Proposals",
                columns: new[] { "DecidingUnitId", "StepDueOn", "ResponsibleOfficerId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_DecidingUnitId_StepDueOn_ResponsibleOfficerId_State",
                table: "Proposals");
        }
    }
}
