using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.SqlServer.Migrations
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProposerId_CreationToken",
                table: "Proposals",
                columns: new[] { "ProposerId", "CreationToken" },
                unique: true,
                filter: "[CreationToken] IS NOT NULL");
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
