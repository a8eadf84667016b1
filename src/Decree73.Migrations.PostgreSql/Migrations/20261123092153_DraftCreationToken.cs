using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DraftCreationToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CreationToken",
                table: "Proposals",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProposerId_CreationToken",
                table: "Proposals",
                columns: new[] { "ProposerId", "CreationToken" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProposerId_CreationToken",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CreationToken",
                table: "Proposals");
        }
    }
}
