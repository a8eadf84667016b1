using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TitleWordSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Word",
                table: "ProposalTitleWords",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalTitleWords_Word_ProposalId",
                table: "ProposalTitleWords",
                columns: new[] { "Word", "ProposalId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProposalTitleWords_Word_ProposalId",
                table: "ProposalTitleWords");

            migrationBuilder.AlterColumn<string>(
                name: "Word",
                table: "ProposalTitleWords",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40,
                oldCollation: "NOCASE");
        }
    }
}
