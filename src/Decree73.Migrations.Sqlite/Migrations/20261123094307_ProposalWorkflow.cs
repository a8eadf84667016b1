using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProposalWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CompletionReport",
                table: "Proposals",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CompletionReportedAtUtc",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CompletionReportedByOfficerId",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreationToken",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResponsibleOfficerId",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StepDueOn",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StepSinceUtc",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StepState",
                table: "Proposals",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DedupeKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EmailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailSentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Officers_RecipientOfficerId",
                        column: x => x.RecipientOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notifications_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpinionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AddresseeUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestedByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedByOfficerId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpinionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpinionRequests_Officers_RecordedByOfficerId",
                        column: x => x.RecordedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OpinionRequests_Officers_RequestedByOfficerId",
                        column: x => x.RequestedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OpinionRequests_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OpinionRequests_Units_AddresseeUnitId",
                        column: x => x.AddresseeUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProposalAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalAttachments_Officers_UploadedByOfficerId",
                        column: x => x.UploadedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalAttachments_ProposalDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "ProposalDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalAttachments_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalImplementers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalImplementers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalImplementers_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalImplementers_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalMilestones_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportedByOfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.CheckConstraint("CK_ProgressUpdates_Percent", "\"Percent\" >= 0 AND \"Percent\" <= 100");
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Officers_ReportedByOfficerId",
                        column: x => x.ReportedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_ProposalMilestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "ProposalMilestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CompletionReportedByOfficerId",
                table: "Proposals",
                column: "CompletionReportedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProposerId_CreationToken",
                table: "Proposals",
                columns: new[] { "ProposerId", "CreationToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ResponsibleOfficerId_StepDueOn",
                table: "Proposals",
                columns: new[] { "ResponsibleOfficerId", "StepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_StepDueOn_Id",
                table: "Proposals",
                columns: new[] { "StepDueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ProposalId_Sequence",
                table: "AuditEntries",
                columns: new[] { "ProposalId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DedupeKey",
                table: "Notifications",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailState_Id",
                table: "Notifications",
                columns: new[] { "EmailState", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ProposalId",
                table: "Notifications",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientOfficerId_Id",
                table: "Notifications",
                columns: new[] { "RecipientOfficerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientOfficerId_ReadAtUtc",
                table: "Notifications",
                columns: new[] { "RecipientOfficerId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_AddresseeUnitId",
                table: "OpinionRequests",
                column: "AddresseeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_ProposalId_DueOn",
                table: "OpinionRequests",
                columns: new[] { "ProposalId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_RecordedByOfficerId",
                table: "OpinionRequests",
                column: "RecordedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_OpinionRequests_RequestedByOfficerId",
                table: "OpinionRequests",
                column: "RequestedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_MilestoneId",
                table: "ProgressUpdates",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_ProposalId",
                table: "ProgressUpdates",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_ReportedByOfficerId",
                table: "ProgressUpdates",
                column: "ReportedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_DecisionId",
                table: "ProposalAttachments",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_Kind_OwnerId",
                table: "ProposalAttachments",
                columns: new[] { "Kind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_ProposalId_Id",
                table: "ProposalAttachments",
                columns: new[] { "ProposalId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_StoredName",
                table: "ProposalAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_UploadedByOfficerId",
                table: "ProposalAttachments",
                column: "UploadedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalImplementers_OfficerId_ProposalId",
                table: "ProposalImplementers",
                columns: new[] { "OfficerId", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalImplementers_ProposalId_OfficerId",
                table: "ProposalImplementers",
                columns: new[] { "ProposalId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalMilestones_ProposalId",
                table: "ProposalMilestones",
                column: "ProposalId");

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Officers_CompletionReportedByOfficerId",
                table: "Proposals",
                column: "CompletionReportedByOfficerId",
                principalTable: "Officers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Officers_ResponsibleOfficerId",
                table: "Proposals",
                column: "ResponsibleOfficerId",
                principalTable: "Officers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Officers_CompletionReportedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Officers_ResponsibleOfficerId",
                table: "Proposals");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OpinionRequests");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "ProposalAttachments");

            migrationBuilder.DropTable(
                name: "ProposalImplementers");

            migrationBuilder.DropTable(
                name: "ProposalMilestones");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CompletionReportedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProposerId_CreationToken",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ResponsibleOfficerId_StepDueOn",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_StepDueOn_Id",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CompletionReport",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CompletionReportedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CompletionReportedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CreationToken",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResponsibleOfficerId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "StepDueOn",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "StepSinceUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "StepState",
                table: "Proposals");
        }
    }
}
