using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Decree73.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OfficerId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Entity = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    ClientIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Id);
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
                name: "InnovationKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationKinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposalFields",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    MonitoredUnitId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Units_MonitoredUnitId",
                        column: x => x.MonitoredUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Units_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "Officers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    SortName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    EducationLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PoliticalTheoryLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PostKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PostTitle = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TaskGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Officers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Officers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptCounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "RoleGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleGrants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleGrants_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    TaskGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Disqualified = table.Column<bool>(type: "boolean", nullable: false),
                    InnovationCredited = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecisionReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnteredByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "PeriodicReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PeriodNumber = table.Column<int>(type: "integer", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ConsolidatesSubordinateReports = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ImplementationWork = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    EncouragementText = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    ProtectionText = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    Strengths = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    Difficulties = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    Recommendations = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SignerAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerCapacity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FrozenFiguresJson = table.Column<string>(type: "text", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedByOfficerId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFolded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Necessity = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Bottleneck = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RuleGap = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Content = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Scope = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Implementers = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResourcePeople = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    FundsVnd = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    ResourceEquipment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Feasibility = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PositiveImpact = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    NegativeImpact = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ExpectedResults = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    FieldId = table.Column<int>(type: "integer", nullable: true),
                    IsPilotMechanism = table.Column<bool>(type: "boolean", nullable: false),
                    KindId = table.Column<int>(type: "integer", nullable: true),
                    CreationToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposerId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    DecidingUnitId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedByOverride = table.Column<bool>(type: "boolean", nullable: false),
                    PartyOpinionReceived = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Findings_InLineWithPolicy = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_PureMotive = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_CommonInterest = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_DamageCaused = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_DamageDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Findings_ObjectiveCauses = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Findings_SubjectiveCauses = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Conditions_Bottleneck = table.Column<bool>(type: "boolean", nullable: true),
                    Conditions_BottleneckNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions_CommonInterest = table.Column<bool>(type: "boolean", nullable: true),
                    Conditions_CommonInterestNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions_UrgentNeed = table.Column<bool>(type: "boolean", nullable: true),
                    Conditions_UrgentNeedNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions_NoSecurityImpact = table.Column<bool>(type: "boolean", nullable: true),
                    Conditions_NoSecurityImpactNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions_NoHarmToOthers = table.Column<bool>(type: "boolean", nullable: true),
                    Conditions_NoHarmToOthersNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions_WithinAuthority = table.Column<bool>(type: "boolean", nullable: true),
                    Conditions_WithinAuthorityNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions_RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Conditions_RecordedByOfficerId = table.Column<int>(type: "integer", nullable: true),
                    Resources_Equipment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Resources_Staff = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Resources_FundsVnd = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    ResultNotice_Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ResultNotice_SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultNotice_Signer = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ResultNotice_IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResultNotice_IssuedByOfficerId = table.Column<int>(type: "integer", nullable: true),
                    ResultNoticeDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResponsibleOfficerId = table.Column<int>(type: "integer", nullable: true),
                    StepSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StepDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StepState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CompletionReport = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CompletionReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletionReportedByOfficerId = table.Column<int>(type: "integer", nullable: true),
                    EscalatedToUnitId = table.Column<int>(type: "integer", nullable: true),
                    EscalatedFromProposalId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_Proposals_Officers_CompletionReportedByOfficerId",
                        column: x => x.CompletionReportedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Officers_Conditions_RecordedByOfficerId",
                        column: x => x.Conditions_RecordedByOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Officers_ProposerId",
                        column: x => x.ProposerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Officers_ResponsibleOfficerId",
                        column: x => x.ResponsibleOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Officers_ResultNotice_IssuedByOfficerId",
                        column: x => x.ResultNotice_IssuedByOfficerId,
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
                        name: "FK_Proposals_Proposals_EscalatedFromProposalId",
                        column: x => x.EscalatedFromProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Units_DecidingUnitId",
                        column: x => x.DecidingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Units_EscalatedToUnitId",
                        column: x => x.EscalatedToUnitId,
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
                name: "EncouragementRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EarlyRaiseMonths = table.Column<int>(type: "integer", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionSigner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GrantingUnitId = table.Column<int>(type: "integer", nullable: false),
                    RecordedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientOfficerId = table.Column<int>(type: "integer", nullable: false),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DedupeKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EmailAttempts = table.Column<int>(type: "integer", nullable: false),
                    EmailClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailError = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Addressee = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AddresseeUnitId = table.Column<int>(type: "integer", nullable: true),
                    RequestedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Response = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecordedByOfficerId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "ProposalDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Signer = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "ProposalImplementers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "ProposalTitleWords",
                columns: table => new
                {
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Word = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
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

            migrationBuilder.CreateTable(
                name: "ProposalVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    InFavour = table.Column<bool>(type: "boolean", nullable: false),
                    Absent = table.Column<bool>(type: "boolean", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ShowcaseEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Results = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Indicators = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublishedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ProposalAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: true),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "ProtectionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    EvaluationDecisionId = table.Column<int>(type: "integer", nullable: false),
                    DecidingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DamageDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DamageAmountVnd = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    ActOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OfficerCategory = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DisciplineDecreeNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionSignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionSigner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    DisciplineCaseReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SignedFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignedFileStoredName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignedFileContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignedFileLength = table.Column<long>(type: "bigint", nullable: true),
                    SignedFileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    MilestoneId = table.Column<int>(type: "integer", nullable: true),
                    ReportedByOfficerId = table.Column<int>(type: "integer", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    { 25, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 8, 22), "MakeUpWorkingDay", null, null, "Làm bù cho ngày 31/8/2026", 1 },
                    { 26, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 8, 31), "DayOff", null, null, "Nghỉ hoán đổi Quốc khánh (làm bù 22/8/2026)", 1 },
                    { 27, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 9, 1), "DayOff", null, null, "Quốc khánh", 1 },
                    { 28, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2026, 9, 2), "DayOff", null, null, "Quốc khánh", 1 },
                    { 29, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 1, 1), "DayOff", null, null, "Tết Dương lịch", 1 },
                    { 30, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 5), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 31, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 8), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 32, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 9), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 33, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 10), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 34, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 2, 11), "DayOff", null, null, "Tết Nguyên đán Đinh Mùi (dự kiến)", 1 },
                    { 35, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 4, 16), "DayOff", null, null, "Giỗ Tổ Hùng Vương (dự kiến)", 1 },
                    { 36, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 4, 30), "DayOff", null, null, "Ngày Chiến thắng", 1 },
                    { 37, new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Utc), null, new DateOnly(2027, 5, 3), "DayOff", null, null, "Nghỉ bù Ngày Quốc tế Lao động (01/5/2027 là thứ Bảy)", 1 },
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
                name: "IX_AgencyAppraisalYears_UnitId_Year",
                table: "AgencyAppraisalYears",
                columns: new[] { "UnitId", "Year" },
                unique: true);

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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ProposalId_Sequence",
                table: "AuditEntries",
                columns: new[] { "ProposalId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_Date",
                table: "CalendarDays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarYears_Year",
                table: "CalendarYears",
                column: "Year",
                unique: true);

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
                name: "IX_InnovationKinds_Name",
                table: "InnovationKinds",
                column: "Name",
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
                name: "IX_Officers_SortName_Id",
                table: "Officers",
                columns: new[] { "SortName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Officers_UnitId_SortName_Id",
                table: "Officers",
                columns: new[] { "UnitId", "SortName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Officers_UserId",
                table: "Officers",
                column: "UserId",
                unique: true);

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
                name: "IX_OpinionRequests_RespondedAtUtc_DueOn",
                table: "OpinionRequests",
                columns: new[] { "RespondedAtUtc", "DueOn" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CompletionReportedByOfficerId",
                table: "Proposals",
                column: "CompletionReportedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Conditions_RecordedByOfficerId",
                table: "Proposals",
                column: "Conditions_RecordedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_DecidingUnitId_State_Id",
                table: "Proposals",
                columns: new[] { "DecidingUnitId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_EscalatedFromProposalId",
                table: "Proposals",
                column: "EscalatedFromProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_EscalatedToUnitId",
                table: "Proposals",
                column: "EscalatedToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_FieldId",
                table: "Proposals",
                column: "FieldId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_KindId",
                table: "Proposals",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProposerId_CreationToken",
                table: "Proposals",
                columns: new[] { "ProposerId", "CreationToken" },
                unique: true);

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
                name: "IX_Proposals_ResponsibleOfficerId_StepDueOn",
                table: "Proposals",
                columns: new[] { "ResponsibleOfficerId", "StepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ResultNotice_IssuedByOfficerId",
                table: "Proposals",
                column: "ResultNotice_IssuedByOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_StepDueOn_Id",
                table: "Proposals",
                columns: new[] { "StepDueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TitleFolded",
                table: "Proposals",
                column: "TitleFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_UnitId",
                table: "Proposals",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalTitleWords_ProvinceId_Word_ProposalId",
                table: "ProposalTitleWords",
                columns: new[] { "ProvinceId", "Word", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalTitleWords_Word_ProposalId",
                table: "ProposalTitleWords",
                columns: new[] { "Word", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVotes_OfficerId",
                table: "ProposalVotes",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVotes_ProposalId",
                table: "ProposalVotes",
                column: "ProposalId");

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
                name: "IX_ReceiptCounters_UnitId_Year",
                table: "ReceiptCounters",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleGrants_UnitId",
                table: "RoleGrants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleGrants_UserId_Role_UnitId",
                table: "RoleGrants",
                columns: new[] { "UserId", "Role", "UnitId" },
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

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_MonitoredUnitId",
                table: "Units",
                column: "MonitoredUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentId",
                table: "Units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Path",
                table: "Units",
                column: "Path");

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
                name: "AppraisalRecords");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "EncouragementRecords");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OpinionRequests");

            migrationBuilder.DropTable(
                name: "PeriodicReports");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "ProposalAttachments");

            migrationBuilder.DropTable(
                name: "ProposalImplementers");

            migrationBuilder.DropTable(
                name: "ProposalTitleWords");

            migrationBuilder.DropTable(
                name: "ProposalVotes");

            migrationBuilder.DropTable(
                name: "ProtectionDecisions");

            migrationBuilder.DropTable(
                name: "ReceiptCounters");

            migrationBuilder.DropTable(
                name: "RoleGrants");

            migrationBuilder.DropTable(
                name: "ShowcaseEntries");

            migrationBuilder.DropTable(
                name: "ViolationRecords");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ProposalMilestones");

            migrationBuilder.DropTable(
                name: "ProposalDecisions");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropTable(
                name: "InnovationKinds");

            migrationBuilder.DropTable(
                name: "Officers");

            migrationBuilder.DropTable(
                name: "ProposalFields");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
