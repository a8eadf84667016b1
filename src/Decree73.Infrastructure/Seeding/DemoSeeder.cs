using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Seeding;

public sealed record DemoAccount(string Email, string Description);

/// <summary>
/// Development only: a small province with two communes, their offices, a dozen officers and one account per role.
/// The shared demo password is generated on first seed and kept in a file in the data folder, never in code or logs.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, ILogger<DemoSeeder> logger)
{
    public const string CredentialsFileName = "demo-accounts.txt";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("quantri@demo.decree73.vn", "Quản trị hệ thống (toàn tỉnh)"),
        new("noivu.tinh@demo.decree73.vn", "Cán bộ Sở Nội vụ (theo dõi toàn tỉnh)"),
        new("chutich.tramlo@demo.decree73.vn", "Chủ tịch UBND phường Trạm Lộ (người đứng đầu)"),
        new("phochutich.tramlo@demo.decree73.vn", "Phó Chủ tịch UBND phường Trạm Lộ (thành viên lãnh đạo)"),
        new("truongphong.kt.tramlo@demo.decree73.vn", "Trưởng phòng Kinh tế phường Trạm Lộ (cán bộ đề xuất)"),
        new("noivu.tramlo@demo.decree73.vn", "Phòng Văn hóa – Xã hội phường Trạm Lộ (theo dõi phường)"),
        new("chutich.phattich@demo.decree73.vn", "Chủ tịch UBND xã Phật Tích (người đứng đầu)"),
    ];

    /// <summary>Seeds once (when there are no units). Returns the credentials file path, or null when nothing was seeded.</summary>
    public async Task<string?> SeedAsync(string dataDirectory, CancellationToken ct = default)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var province = await AddUnitAsync("BN", "Tỉnh Bắc Ninh", UnitKind.Province, null, ct);
        var interior = await AddUnitAsync("BN-SNV", "Sở Nội vụ", UnitKind.ProvincialDepartment, province, ct);
        interior.Monitor(province);

        var tramLo = await AddUnitAsync("TRAMLO", "UBND phường Trạm Lộ", UnitKind.Commune, province, ct);
        var tramLoOffice = await AddUnitAsync("TRAMLO-VP", "Văn phòng HĐND-UBND phường Trạm Lộ", UnitKind.CommuneOffice, tramLo, ct);
        var tramLoEconomy = await AddUnitAsync("TRAMLO-KT", "Phòng Kinh tế phường Trạm Lộ", UnitKind.CommuneOffice, tramLo, ct);
        var tramLoCulture = await AddUnitAsync("TRAMLO-VHXH", "Phòng Văn hóa – Xã hội phường Trạm Lộ", UnitKind.CommuneOffice, tramLo, ct);
        tramLoCulture.Monitor(tramLo);

        var phatTich = await AddUnitAsync("PHATTICH", "UBND xã Phật Tích", UnitKind.Commune, province, ct);
        var phatTichOffice = await AddUnitAsync("PHATTICH-VP", "Văn phòng HĐND-UBND xã Phật Tích", UnitKind.CommuneOffice, phatTich, ct);
        var phatTichCulture = await AddUnitAsync("PHATTICH-VHXH", "Phòng Văn hóa – Xã hội xã Phật Tích", UnitKind.CommuneOffice, phatTich, ct);
        phatTichCulture.Monitor(phatTich);
        await db.SaveChangesAsync(ct);

        var password = PasswordGenerator.Create();
        await AddOfficerAsync("Nguyễn Văn Quản", Sex.Male, new(1985, 3, 12), PostKind.None, null, CivilServiceCategory.CivilServant, interior, Accounts[0], AppRole.Administrator, province, password, ct);
        await AddOfficerAsync("Trần Thị Hoa", Sex.Female, new(1982, 7, 2), PostKind.Manager, "Trưởng phòng Công chức, viên chức", CivilServiceCategory.CivilServant, interior, Accounts[1], AppRole.InteriorOfficer, interior, password, ct);
        await AddOfficerAsync("Lê Văn Minh", Sex.Male, new(1975, 11, 20), PostKind.Head, "Chủ tịch UBND phường", CivilServiceCategory.Cadre, tramLo, Accounts[2], AppRole.UnitHead, tramLo, password, ct);
        await AddOfficerAsync("Phạm Thị Lan", Sex.Female, new(1988, 5, 9), PostKind.Deputy, "Phó Chủ tịch UBND phường", CivilServiceCategory.Cadre, tramLo, Accounts[3], AppRole.LeadershipMember, tramLo, password, ct);
        await AddOfficerAsync("Hoàng Đức Thắng", Sex.Male, new(1990, 1, 15), PostKind.Manager, "Trưởng phòng Kinh tế", CivilServiceCategory.CivilServant, tramLoEconomy, Accounts[4], AppRole.Proposer, tramLo, password, ct);
        await AddOfficerAsync("Vũ Thị Mai", Sex.Female, new(1993, 9, 30), PostKind.Manager, "Trưởng phòng Văn hóa – Xã hội", CivilServiceCategory.CivilServant, tramLoCulture, Accounts[5], AppRole.InteriorOfficer, tramLoCulture, password, ct);
        await AddOfficerAsync("Đỗ Văn Hùng", Sex.Male, new(1978, 4, 18), PostKind.Head, "Chủ tịch UBND xã", CivilServiceCategory.Cadre, phatTich, Accounts[6], AppRole.UnitHead, phatTich, password, ct);
        AddOfficer("Ngô Thị Thu", Sex.Female, new(1986, 12, 1), PostKind.Deputy, "Phó Chủ tịch UBND phường", CivilServiceCategory.Cadre, tramLo);
        AddOfficer("Bùi Văn Nam", Sex.Male, new(1996, 6, 6), PostKind.None, "Chuyên viên", CivilServiceCategory.CivilServant, tramLoOffice);
        AddOfficer("Đặng Thị Ngọc", Sex.Female, new(1991, 2, 25), PostKind.Deputy, "Phó Chủ tịch UBND xã", CivilServiceCategory.Cadre, phatTich);
        AddOfficer("Lý Văn Sơn", Sex.Male, new(1984, 8, 14), PostKind.Manager, "Chánh Văn phòng HĐND-UBND xã", CivilServiceCategory.CivilServant, phatTichOffice, "Tày");
        AddOfficer("Trịnh Thị Yến", Sex.Female, new(1998, 10, 10), PostKind.None, "Viên chức", CivilServiceCategory.PublicEmployee, phatTichCulture);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var file = Path.Combine(dataDirectory, CredentialsFileName);
        await File.WriteAllLinesAsync(
            file,
            ["Tài khoản minh họa (chỉ dùng khi phát triển). Mật khẩu chung: " + password, "", .. Accounts.Select(a => $"{a.Email}\t{a.Description}")],
            ct);
        logger.LogInformation("Demo organisation seeded with {AccountCount} accounts", Accounts.Count);
        return file;
    }

    private async Task<OrganisationUnit> AddUnitAsync(string code, string name, UnitKind kind, OrganisationUnit? parent, CancellationToken ct)
    {
        var unit = new OrganisationUnit(code, name, kind);
        unit.PlaceUnder(parent);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.RefreshPath();
        return unit;
    }

    private Officer AddOfficer(
        string name, Sex sex, DateOnly born, PostKind post, string? title, CivilServiceCategory category, OrganisationUnit unit, string ethnicity = "Kinh")
    {
        var officer = new Officer
        {
            FullName = name, Sex = sex, DateOfBirth = born, PostKind = post, PostTitle = title, Category = category,
            UnitId = unit.Id, EducationLevel = EducationLevel.University, PoliticalTheoryLevel = PoliticalTheoryLevel.Intermediate,
            Ethnicity = ethnicity,
        };
        db.Officers.Add(officer);
        return officer;
    }

    private async Task AddOfficerAsync(
        string name, Sex sex, DateOnly born, PostKind post, string? title, CivilServiceCategory category, OrganisationUnit unit,
        DemoAccount account, AppRole role, OrganisationUnit grantUnit, string password, CancellationToken ct)
    {
        var user = new AppUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        AddOfficer(name, sex, born, post, title, category, unit).UserId = user.Id;
        db.RoleGrants.Add(new RoleGrant(user.Id, role, grantUnit.Id));
        await db.SaveChangesAsync(ct);
    }
}
