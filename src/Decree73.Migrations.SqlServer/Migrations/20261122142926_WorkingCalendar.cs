using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Decree73.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class WorkingCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "CalendarDays",
                columns: new[] { "Id", "CreatedAtUtc", "CreatedBy", "Date", "Kind", "ModifiedAtUtc", "ModifiedBy", "Name", "Version" },
                values: new object[,]
                {
                    { 1, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 1, 1), "DayOff", null, null, "Tết Dương lịch", 1 },
                    { 2, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 1, 27), "DayOff", null, null, "Tết Nguyên đán Ất Tỵ", 1 },
                    { 3, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 1, 28), "DayOff", null, null, "Tết Nguyên đán Ất Tỵ", 1 },
                    { 4, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 1, 29), "DayOff", null, null, "Tết Nguyên đán Ất Tỵ", 1 },
                    { 5, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 1, 30), "DayOff", null, null, "Tết Nguyên đán Ất Tỵ", 1 },
                    { 6, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 1, 31), "DayOff", null, null, "Tết Nguyên đán Ất Tỵ", 1 },
                    { 7, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 4, 7), "DayOff", null, null, "Giỗ Tổ Hùng Vương", 1 },
                    { 8, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 4, 26), "MakeUpWorkingDay", null, null, "Làm bù cho ngày 02/5/2025", 1 },
                    { 9, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 4, 30), "DayOff", null, null, "Ngày Chiến thắng", 1 },
                    { 10, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 5, 1), "DayOff", null, null, "Ngày Quốc tế Lao động", 1 },
                    { 11, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 5, 2), "DayOff", null, null, "Nghỉ hoán đổi (làm bù 26/4/2025)", 1 },
                    { 12, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 9, 1), "DayOff", null, null, "Quốc khánh", 1 },
                    { 13, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2025, 9, 2), "DayOff", null, null, "Quốc khánh", 1 },
                    { 14, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 1, 1), "DayOff", null, null, "Tết Dương lịch", 1 },
                    { 15, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 1, 2), "DayOff", null, null, "Nghỉ hoán đổi (làm bù 10/01/2026)", 1 },
                    { 16, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 1, 10), "MakeUpWorkingDay", null, null, "Làm bù cho ngày 02/01/2026", 1 },
                    { 17, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 2, 16), "DayOff", null, null, "Tết Nguyên đán Bính Ngọ", 1 },
                    { 18, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 2, 17), "DayOff", null, null, "Tết Nguyên đán Bính Ngọ", 1 },
                    { 19, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 2, 18), "DayOff", null, null, "Tết Nguyên đán Bính Ngọ", 1 },
                    { 20, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 2, 19), "DayOff", null, null, "Tết Nguyên đán Bính Ngọ", 1 },
                    { 21, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 2, 20), "DayOff", null, null, "Tết Nguyên đán Bính Ngọ", 1 },
                    { 22, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 4, 27), "DayOff", null, null, "Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)", 1 },
                    { 23, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 4, 30), "DayOff", null, null, "Ngày Chiến thắng", 1 },
                    { 24, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 5, 1), "DayOff", null, null, "Ngày Quốc tế Lao động", 1 },
                    { 25, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 9, 1), "DayOff", null, null, "Quốc khánh", 1 },
                    { 26, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 9, 2), "DayOff", null, null, "Quốc khánh", 1 },
                    { 27, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 1, 1), "DayOff", null, null, "Tết Dương lịch", 1 },
                    { 28, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 5), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 29, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 8), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 30, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 9), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 31, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 10), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 32, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 11), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 33, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 4, 16), "DayOff", null, null, "Giỗ Tổ Hùng Vương", 1 },
                    { 34, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 4, 30), "DayOff", null, null, "Ngày Chiến thắng", 1 },
                    { 35, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 5, 3), "DayOff", null, null, "Nghỉ bù Ngày Quốc tế Lao động (01/5/2027 là thứ Bảy)", 1 },
                    { 36, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 9, 2), "DayOff", null, null, "Quốc khánh", 1 },
                    { 37, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 9, 3), "DayOff", null, null, "Quốc khánh", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_Date",
                table: "CalendarDays",
                column: "Date",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarDays");
        }
    }
}
