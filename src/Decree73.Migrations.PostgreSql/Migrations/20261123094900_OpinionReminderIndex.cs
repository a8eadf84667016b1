using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OpinionReminderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_RespondedAtUtc_DueOn",
                table: "OpinionRequests",
                columns: new[] { "RespondedAtUtc", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OpinionRequests_RespondedAtUtc_DueOn",
                table: "OpinionRequests");
        }
    }
}
