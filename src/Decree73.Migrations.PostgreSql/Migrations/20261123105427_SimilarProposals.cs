using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SimilarProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "TitleFolded",
                table: "Proposals",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.CreateTable(
                name: "ProposalTitleWords",
                columns: table => new
                {
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Word = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalTitleWords", x => new { x.ProposalId, x.Word });
                    table.ForeignKey(
                        name: "FK_ProposalTitleWords_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalTitleWords_Units_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalTitleWords_ProvinceId_Word_ProposalId",
                table: "ProposalTitleWords",
                columns: new[] { "ProvinceId", "Word", "ProposalId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalTitleWords");

            migrationBuilder.AlterColumn<string>(
                name: "TitleFolded",
                table: "Proposals",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldCollation: "C");
        }
    }
}
