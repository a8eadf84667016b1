using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class H9bConditionsResourcesResultNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Conditions_Bottleneck",
                table: "Proposals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conditions_BottleneckNote",
                table: "Proposals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Conditions_CommonInterest",
                table: "Proposals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conditions_CommonInterestNote",
                table: "Proposals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Conditions_NoHarmToOthers",
                table: "Proposals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conditions_NoHarmToOthersNote",
                table: "Proposals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Conditions_NoSecurityImpact",
                table: "Proposals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conditions_NoSecurityImpactNote",
                table: "Proposals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Conditions_RecordedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Conditions_RecordedByOfficerId",
                table: "Proposals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Conditions_UrgentNeed",
                table: "Proposals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conditions_UrgentNeedNote",
                table: "Proposals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Conditions_WithinAuthority",
                table: "Proposals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conditions_WithinAuthorityNote",
                table: "Proposals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Findings_ObjectiveCauses",
                table: "Proposals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Findings_SubjectiveCauses",
                table: "Proposals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPilotMechanism",
                table: "Proposals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Resources_Equipment",
                table: "Proposals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Resources_FundsVnd",
                table: "Proposals",
                type: "numeric(18,0)",
                precision: 18,
                scale: 0,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Resources_Staff",
                table: "Proposals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResultNoticeDueOn",
                table: "Proposals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResultNotice_IssuedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResultNotice_IssuedByOfficerId",
                table: "Proposals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultNotice_Number",
                table: "Proposals",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResultNotice_SignedOn",
                table: "Proposals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultNotice_Signer",
                table: "Proposals",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Conditions_RecordedByOfficerId",
                table: "Proposals",
                column: "Conditions_RecordedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ResultNotice_IssuedByOfficerId",
                table: "Proposals",
                column: "ResultNotice_IssuedByOfficerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Officers_Conditions_RecordedByOfficerId",
                table: "Proposals",
                column: "Conditions_RecordedByOfficerId",
                principalTable: "Officers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Officers_ResultNotice_IssuedByOfficerId",
                table: "Proposals",
                column: "ResultNotice_IssuedByOfficerId",
                principalTable: "Officers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Officers_Conditions_RecordedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Officers_ResultNotice_IssuedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Conditions_RecordedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ResultNotice_IssuedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_Bottleneck",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_BottleneckNote",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_CommonInterest",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_CommonInterestNote",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_NoHarmToOthers",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_NoHarmToOthersNote",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_NoSecurityImpact",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_NoSecurityImpactNote",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_RecordedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_RecordedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_UrgentNeed",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_UrgentNeedNote",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_WithinAuthority",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Conditions_WithinAuthorityNote",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Findings_ObjectiveCauses",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Findings_SubjectiveCauses",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "IsPilotMechanism",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Resources_Equipment",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Resources_FundsVnd",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Resources_Staff",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResultNoticeDueOn",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResultNotice_IssuedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResultNotice_IssuedByOfficerId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResultNotice_Number",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResultNotice_SignedOn",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ResultNotice_Signer",
                table: "Proposals");
        }
    }
}
