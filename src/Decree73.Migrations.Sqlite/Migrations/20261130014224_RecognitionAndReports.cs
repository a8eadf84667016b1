using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecognitionAndReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppraisalRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InnovationCredited = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EnteredByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalRecords_Officers_EnteredByOfficerId",
                        column: x => x.EnteredByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalRecords_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EncouragementRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EarlyRaiseMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GrantingUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EncouragementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EncouragementRecords_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EncouragementRecords_Officers_RecordedByOfficerId",
                        column: x => x.RecordedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EncouragementRecords_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EncouragementRecords_Units_GrantingUnitId",
                        column: x => x.GrantingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PeriodicReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConsolidatesSubordinateReports = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ImplementationWork = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    EncouragementText = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    ProtectionText = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Difficulties = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    Recommendations = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignerAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerCapacity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FrozenFiguresJson = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedByOfficerId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodicReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeriodicReports_Officers_SubmittedByOfficerId",
                        column: x => x.SubmittedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeriodicReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationDecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidingUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DamageDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DamageAmountVnd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: true),
                    ActOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficerCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DisciplineDecreeNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecisionSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    DisciplineCaseReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SignedFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedFileStoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedFileContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedFileLength = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedFileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionDecisions_Officers_DecidedByOfficerId",
                        column: x => x.DecidedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProtectionDecisions_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProtectionDecisions_ProposalDecisions_EvaluationDecisionId",
                        column: x => x.EvaluationDecisionId,
                        principalTable: "ProposalDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProtectionDecisions_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProtectionDecisions_Units_DecidingUnitId",
                        column: x => x.DecidingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShowcaseEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublishedByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShowcaseEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShowcaseEntries_Officers_PublishedByOfficerId",
                        column: x => x.PublishedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShowcaseEntries_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalRecords_EnteredByOfficerId",
                table: "AppraisalRecords",
                column: "EnteredByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalRecords_OfficerId_Year",
                table: "AppraisalRecords",
                columns: new[] { "OfficerId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalRecords_UnitId_Year_Grade",
                table: "AppraisalRecords",
                columns: new[] { "UnitId", "Year", "Grade" });

            migrationBuilder.CreateIndex(
                name: "IX_EncouragementRecords_GrantingUnitId_DecisionSignedOn",
                table: "EncouragementRecords",
                columns: new[] { "GrantingUnitId", "DecisionSignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EncouragementRecords_OfficerId_DecisionSignedOn",
                table: "EncouragementRecords",
                columns: new[] { "OfficerId", "DecisionSignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EncouragementRecords_ProposalId_OfficerId_Measure",
                table: "EncouragementRecords",
                columns: new[] { "ProposalId", "OfficerId", "Measure" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EncouragementRecords_RecordedByOfficerId",
                table: "EncouragementRecords",
                column: "RecordedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_Status_Year_PeriodKind_PeriodNumber",
                table: "PeriodicReports",
                columns: new[] { "Status", "Year", "PeriodKind", "PeriodNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_SubmittedByOfficerId",
                table: "PeriodicReports",
                column: "SubmittedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_UnitId_PeriodKind_Year_PeriodNumber",
                table: "PeriodicReports",
                columns: new[] { "UnitId", "PeriodKind", "Year", "PeriodNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDecisions_DecidedByOfficerId",
                table: "ProtectionDecisions",
                column: "DecidedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDecisions_DecidingUnitId_Id",
                table: "ProtectionDecisions",
                columns: new[] { "DecidingUnitId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDecisions_EvaluationDecisionId",
                table: "ProtectionDecisions",
                column: "EvaluationDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDecisions_OfficerId_Id",
                table: "ProtectionDecisions",
                columns: new[] { "OfficerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDecisions_ProposalId_OfficerId",
                table: "ProtectionDecisions",
                columns: new[] { "ProposalId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShowcaseEntries_ProposalId",
                table: "ShowcaseEntries",
                column: "ProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShowcaseEntries_PublishedByOfficerId",
                table: "ShowcaseEntries",
                column: "PublishedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ShowcaseEntries_WithdrawnAtUtc_Id",
                table: "ShowcaseEntries",
                columns: new[] { "WithdrawnAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalRecords");

            migrationBuilder.DropTable(
                name: "EncouragementRecords");

            migrationBuilder.DropTable(
                name: "PeriodicReports");

            migrationBuilder.DropTable(
                name: "ProtectionDecisions");

            migrationBuilder.DropTable(
                name: "ShowcaseEntries");
        }
    }
}
