using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class S19ProposalPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
