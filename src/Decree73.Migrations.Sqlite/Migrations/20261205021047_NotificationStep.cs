using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NotificationStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Step",
                table: "Notifications",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Step",
                table: "Notifications");
        }
    }
}
