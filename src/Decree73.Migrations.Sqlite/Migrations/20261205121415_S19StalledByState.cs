using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class S19StalledByState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals",
                columns: new[] { "State", "LastActionAtUtc", "DecidingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_State_Id",
                table: "Proposals",
                columns: new[] { "State", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_State_Id",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Stalled",
                table: "Proposals",
                columns: new[] { "LastActionAtUtc", "State", "DecidingUnitId" });
        }
    }
}
