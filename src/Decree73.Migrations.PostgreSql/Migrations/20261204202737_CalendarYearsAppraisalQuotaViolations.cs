using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CalendarYearsAppraisalQuotaViolations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TaskGroup",
                table: "Officers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Disqualified",
                table: "AppraisalRecords",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "Score",
                table: "AppraisalRecords",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TaskGroup",
                table: "AppraisalRecords",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgencyAppraisalYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    OutstandingAgency = table.Column<bool>(type: "boolean", nullable: false),
                    DecisionReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyAppraisalYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyAppraisalYears_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ViolationRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    DecidingUnitId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    Act = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    Handling = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ViolationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ViolationRecords_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ViolationRecords_Officers_RecordedByOfficerId",
                        column: x => x.RecordedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ViolationRecords_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ViolationRecords_Units_DecidingUnitId",
                        column: x => x.DecidingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 25,
                columns: new[] { "Date", "Kind", "Name" },
                values: new object[] { new DateOnly(2026, 8, 22), "MakeUpWorkingDay", "Làm bù cho ngày 31/8/2026" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 26,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2026, 8, 31), "Nghỉ hoán đổi Quốc khánh (làm bù 22/8/2026)" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 27,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2026, 9, 1), "Quốc khánh" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 28,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2026, 9, 2), "Quốc khánh" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 29,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 1, 1), "Tết Dương lịch" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 30,
                column: "Date",
                value: new DateOnly(2027, 2, 5));

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 31,
                column: "Date",
                value: new DateOnly(2027, 2, 8));

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 32,
                column: "Date",
                value: new DateOnly(2027, 2, 9));

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 33,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 2, 10), "Tết Nguyên đán Đinh Mùi (dự kiến)" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 34,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 2, 11), "Tết Nguyên đán Đinh Mùi (dự kiến)" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 35,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 4, 16), "Giỗ Tổ Hùng Vương (dự kiến)" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 36,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 4, 30), "Ngày Chiến thắng" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 37,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động (01/5/2027 là thứ Bảy)" });

            migrationBuilder.InsertData(
                table: "CalendarDays",
                columns: new[] { "Id", "CreatedAtUtc", "CreatedBy", "Date", "Kind", "ModifiedAtUtc", "ModifiedBy", "Name", "Version" },
                values: new object[,]
                {
                    { 38, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 9, 2), "DayOff", null, null, "Quốc khánh", 1 },
                    { 39, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 9, 3), "DayOff", null, null, "Quốc khánh (ngày liền kề, dự kiến)", 1 }
                });

            migrationBuilder.InsertData(
                table: "CalendarYears",
                columns: new[] { "Id", "Confirmed", "CreatedAtUtc", "CreatedBy", "ModifiedAtUtc", "ModifiedBy", "Reference", "Version", "Year" },
                values: new object[,]
                {
                    { 1, true, new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), null, null, null, "Thông báo 6150/TB-LĐTBXH", 1, 2025 },
                    { 2, true, new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), null, null, null, "Thông báo 9441/TB-BNV ngày 16/10/2025; văn bản 12729/VPCP-KGVX ngày 25/12/2025", 1, 2026 },
                    { 3, false, new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), null, null, null, null, 1, 2027 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyAppraisalYears_UnitId_Year",
                table: "AgencyAppraisalYears",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarYears_Year",
                table: "CalendarYears",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ViolationRecords_DecidingUnitId_HandledOn",
                table: "ViolationRecords",
                columns: new[] { "DecidingUnitId", "HandledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ViolationRecords_OfficerId",
                table: "ViolationRecords",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ViolationRecords_ProposalId",
                table: "ViolationRecords",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ViolationRecords_RecordedByOfficerId",
                table: "ViolationRecords",
                column: "RecordedByOfficerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyAppraisalYears");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "ViolationRecords");

            migrationBuilder.DeleteData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 38);

            migrationBuilder.DeleteData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 39);

            migrationBuilder.DropColumn(
                name: "TaskGroup",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "Disqualified",
                table: "AppraisalRecords");

            migrationBuilder.DropColumn(
                name: "Score",
                table: "AppraisalRecords");

            migrationBuilder.DropColumn(
                name: "TaskGroup",
                table: "AppraisalRecords");

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 25,
                columns: new[] { "Date", "Kind", "Name" },
                values: new object[] { new DateOnly(2026, 9, 1), "DayOff", "Quốc khánh" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 26,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2026, 9, 2), "Quốc khánh" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 27,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 1, 1), "Tết Dương lịch" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 28,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 2, 5), "Tết Nguyên đán Đinh Mùi (dự kiến)" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 29,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 2, 8), "Tết Nguyên đán Đinh Mùi (dự kiến)" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 30,
                column: "Date",
                value: new DateOnly(2027, 2, 9));

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 31,
                column: "Date",
                value: new DateOnly(2027, 2, 10));

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 32,
                column: "Date",
                value: new DateOnly(2027, 2, 11));

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 33,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 4, 16), "Giỗ Tổ Hùng Vương" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 34,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 4, 30), "Ngày Chiến thắng" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 35,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động (01/5/2027 là thứ Bảy)" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 36,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 9, 2), "Quốc khánh" });

            migrationBuilder.UpdateData(
                table: "CalendarDays",
                keyColumn: "Id",
                keyValue: 37,
                columns: new[] { "Date", "Name" },
                values: new object[] { new DateOnly(2027, 9, 3), "Quốc khánh" });
        }
    }
}
