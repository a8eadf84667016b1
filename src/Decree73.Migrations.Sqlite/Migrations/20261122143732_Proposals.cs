using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Proposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InnovationKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationKinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposalFields",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptCounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptCounters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceiptCounters_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFolded = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Necessity = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Bottleneck = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RuleGap = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Implementers = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResourcePeople = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FundsVnd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: true),
                    ResourceEquipment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Feasibility = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PositiveImpact = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    NegativeImpact = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ExpectedResults = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FieldId = table.Column<int>(type: "INTEGER", nullable: true),
                    KindId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposerId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidingUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedByOverride = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartyOpinionReceived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Findings_InLineWithPolicy = table.Column<bool>(type: "INTEGER", nullable: true),
                    Findings_PureMotive = table.Column<bool>(type: "INTEGER", nullable: true),
                    Findings_CommonInterest = table.Column<bool>(type: "INTEGER", nullable: true),
                    Findings_DamageCaused = table.Column<bool>(type: "INTEGER", nullable: true),
                    Findings_DamageDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proposals_InnovationKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "InnovationKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Officers_ProposerId",
                        column: x => x.ProposerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_ProposalFields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "ProposalFields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Units_DecidingUnitId",
                        column: x => x.DecidingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProposalDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalDecisions_Officers_DecidedByOfficerId",
                        column: x => x.DecidedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalDecisions_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    InFavour = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalVotes_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalVotes_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "InnovationKinds",
                columns: new[] { "Id", "CreatedAtUtc", "CreatedBy", "IsActive", "ModifiedAtUtc", "ModifiedBy", "Name", "SortOrder", "Version" },
                values: new object[,]
                {
                    { 1, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Rút ngắn thời gian giải quyết thủ tục", 1, 1 },
                    { 2, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Ứng dụng công nghệ thông tin, số hóa hồ sơ", 2, 1 },
                    { 3, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Phương thức quản lý mới", 3, 1 },
                    { 4, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Phối hợp liên ngành", 4, 1 },
                    { 5, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Hỗ trợ người dân, doanh nghiệp tốt hơn", 5, 1 }
                });

            migrationBuilder.InsertData(
                table: "ProposalFields",
                columns: new[] { "Id", "CreatedAtUtc", "CreatedBy", "IsActive", "ModifiedAtUtc", "ModifiedBy", "Name", "SortOrder", "Version" },
                values: new object[,]
                {
                    { 1, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Cải cách thủ tục hành chính", 1, 1 },
                    { 2, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Chuyển đổi số", 2, 1 },
                    { 3, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Phát triển kinh tế – xã hội", 3, 1 },
                    { 4, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, true, null, null, "Nhiệm vụ khó khăn, tồn đọng kéo dài", 4, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_InnovationKinds_Name",
                table: "InnovationKinds",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalDecisions_DecidedByOfficerId",
                table: "ProposalDecisions",
                column: "DecidedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalDecisions_ProposalId",
                table: "ProposalDecisions",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalFields_Name",
                table: "ProposalFields",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_DecidingUnitId_State_Id",
                table: "Proposals",
                columns: new[] { "DecidingUnitId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_FieldId",
                table: "Proposals",
                column: "FieldId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_KindId",
                table: "Proposals",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProposerId_Id",
                table: "Proposals",
                columns: new[] { "ProposerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ReceiptNumber",
                table: "Proposals",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TitleFolded",
                table: "Proposals",
                column: "TitleFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_UnitId",
                table: "Proposals",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVotes_OfficerId",
                table: "ProposalVotes",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVotes_ProposalId",
                table: "ProposalVotes",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptCounters_UnitId_Year",
                table: "ReceiptCounters",
                columns: new[] { "UnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalDecisions");

            migrationBuilder.DropTable(
                name: "ProposalVotes");

            migrationBuilder.DropTable(
                name: "ReceiptCounters");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropTable(
                name: "InnovationKinds");

            migrationBuilder.DropTable(
                name: "ProposalFields");
        }
    }
}
