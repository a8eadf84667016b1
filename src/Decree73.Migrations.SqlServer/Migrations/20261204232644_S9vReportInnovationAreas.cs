using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class S9vReportInnovationAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InnovationAreasText",
                table: "PeriodicReports",
                type: "nvarchar(max)",
                maxLength: 16000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InnovationAreasText",
                table: "PeriodicReports");
        }
    }
}
