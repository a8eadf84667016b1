using System.Diagnostics;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Benchmarks;

/// <summary>Who the measured calls act as, and what they look for.</summary>
internal sealed record SeededProvince(int ProvinceId, string InteriorUserId, string HeadUserId, string ProposerUserId, int HeadUnitId, int MiddleProposalId);

/// <summary>
/// A realistic province: Sở Nội vụ monitoring it, 30 communes with three offices each, about 1,000 officers, and the
/// proposals spread over states, fields, years and units, with Vietnamese titles. Proposals go in through EF in
/// batches, so the title-word index is filled by the same interceptor the application uses.
/// </summary>
internal static class Seeder
{
    private const int Communes = 30;
    private const int BatchSize = 2000;

    private static readonly string[] CommuneNames =
    [
        "Trạm Lộ", "Phật Tích", "Đại Đồng", "Tân Chi", "Lạc Vệ", "Minh Đạo", "Cảnh Hưng", "Hoàn Sơn", "Liên Bão", "Việt Đoàn",
        "Phú Lâm", "Nội Duệ", "Hiên Vân", "Tri Phương", "Đồng Nguyên", "Tam Sơn", "Hương Mạc", "Phù Khê", "Châu Khê", "Đình Bảng",
        "Vân Hà", "Đông Ngàn", "Tân Hồng", "Đồng Kỵ", "Trang Hạ", "Phù Chẩn", "Tương Giang", "Song Hồ", "Gia Đông", "Hà Mãn",
    ];

    private static readonly string[] Actions =
    [
        "Đổi mới", "Số hóa", "Cải cách", "Nâng cao chất lượng", "Ứng dụng công nghệ số trong", "Chuyển đổi số", "Đơn giản hóa",
        "Rút ngắn thời gian", "Tối ưu hóa", "Công khai minh bạch", "Tăng cường giám sát", "Xây dựng mô hình",
    ];

    private static readonly string[] Objects =
    [
        "tiếp nhận hồ sơ đất đai", "thủ tục hành chính một cửa", "cấp giấy phép xây dựng", "đăng ký hộ tịch", "quản lý thu ngân sách",
        "chăm sóc sức khỏe ban đầu", "quản lý trật tự đô thị", "hỗ trợ doanh nghiệp nhỏ", "lưu trữ hồ sơ", "giải quyết phản ánh kiến nghị",
        "quản lý chất thải sinh hoạt", "phòng chống thiên tai", "đào tạo cán bộ công chức", "chi trả an sinh xã hội", "quản lý làng nghề",
        "tiếp công dân", "kiểm tra an toàn thực phẩm", "cấp bản sao chứng thực", "thu phí chợ", "quản lý dân cư",
    ];

    private static readonly string[] Places =
    [
        "tại bộ phận một cửa", "trên địa bàn xã", "bằng chữ ký số", "qua Cổng dịch vụ công", "cho người cao tuổi", "ở thôn, khu phố",
        "trong năm học mới", "giữa các phòng chuyên môn", "", "",
    ];

    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
    private static readonly string[] Middles = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang"];
    private static readonly string[] Givens = ["An", "Bình", "Cường", "Dung", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"];

    // Weighted so that most proposals are past submission, as in a province a few years into the decree.
    private static readonly (ProposalState State, int Weight)[] States =
    [
        (ProposalState.Draft, 8), (ProposalState.Submitted, 8), (ProposalState.OpinionsRequested, 5), (ProposalState.NotPassed, 3),
        (ProposalState.Approved, 8), (ProposalState.Rejected, 7), (ProposalState.Escalated, 2), (ProposalState.InProgress, 25),
        (ProposalState.Suspended, 2), (ProposalState.Stopped, 3), (ProposalState.CompletionReported, 7), (ProposalState.Evaluated, 15),
        (ProposalState.Closed, 7),
    ];

    public static async Task<SeededProvince> SeedAsync(IServiceProvider services, int proposalCount, Action<string> log, string? password = null)
    {
        var random = new Random(73);
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var province = await AddUnitAsync(db, "BENCH", "Tỉnh Bắc Ninh (thử tải)", UnitKind.Province, null);
        var interior = await AddUnitAsync(db, "BENCH-SNV", "Sở Nội vụ", UnitKind.ProvincialDepartment, province);
        interior.Monitor(province);
        var communes = new List<OrganisationUnit>();
        var offices = new List<List<OrganisationUnit>>();
        for (var c = 0; c < Communes; c++)
        {
            var code = "BENCH-X" + (c + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var commune = await AddUnitAsync(db, code, "UBND xã " + CommuneNames[c], UnitKind.Commune, province);
            communes.Add(commune);
            offices.Add(
            [
                await AddUnitAsync(db, code + "-VP", "Văn phòng HĐND-UBND xã " + CommuneNames[c], UnitKind.CommuneOffice, commune),
                await AddUnitAsync(db, code + "-KT", "Phòng Kinh tế xã " + CommuneNames[c], UnitKind.CommuneOffice, commune),
                await AddUnitAsync(db, code + "-VHXH", "Phòng Văn hóa – Xã hội xã " + CommuneNames[c], UnitKind.CommuneOffice, commune),
            ]);
        }

        await db.SaveChangesAsync();

        // About 1,000 officers: 33 per commune over its offices, 10 in the Interior department.
        var officersByCommune = new List<List<Officer>>();
        for (var c = 0; c < Communes; c++)
        {
            var list = new List<Officer>();
            for (var i = 0; i < 33; i++)
            {
                var officer = NewOfficer(random, i == 0 ? communes[c] : offices[c][i % 3], i switch { 0 => PostKind.Head, 1 or 2 => PostKind.Deputy, < 12 => PostKind.Manager, _ => PostKind.None });
                list.Add(officer);
                db.Officers.Add(officer);
            }

            officersByCommune.Add(list);
        }

        var interiorOfficer = NewOfficer(random, interior, PostKind.Manager);
        db.Officers.Add(interiorOfficer);
        for (var i = 0; i < 9; i++)
        {
            db.Officers.Add(NewOfficer(random, interior, PostKind.None));
        }

        await db.SaveChangesAsync();

        var interiorUser = await AccountAsync(users, db, "noivu@bench.decree73.vn", interiorOfficer, AppRole.InteriorOfficer, interior, password);
        var headUser = await AccountAsync(users, db, "chutich.x01@bench.decree73.vn", officersByCommune[0][0], AppRole.UnitHead, communes[0], password);
        var proposerUser = await AccountAsync(users, db, "truongphong.x01@bench.decree73.vn", officersByCommune[0][3], AppRole.Proposer, communes[0], password);
        log($"units and {officersByCommune.Sum(l => l.Count) + 10} officers in {clock.Elapsed.TotalSeconds:0.0} s");

        var counters = new Dictionary<(int Unit, int Year), int>();
        var totalWeight = States.Sum(s => s.Weight);
        var evaluated = new List<Proposal>();
        for (var done = 0; done < proposalCount; done += BatchSize)
        {
            db.ChangeTracker.Clear();
            for (var i = done; i < Math.Min(proposalCount, done + BatchSize); i++)
            {
                var c = random.Next(Communes);
                var proposer = officersByCommune[c][random.Next(3, 12)];
                // A few are the head's own, decided by the province (Art. 7(4)).
                var deciding = random.Next(50) == 0 ? province : communes[c];
                var proposal = new Proposal(proposer.Id, proposer.UnitId, deciding.Id, Title(random))
                {
                    FieldId = random.Next(1, ProposalField.Seed.Count + 1), KindId = random.Next(1, InnovationKind.Seed.Count + 1),
                    Plan = new ProposalPlan
                    {
                        Necessity = "Người dân phải đi lại nhiều lần, hồ sơ giấy chuyển tay chậm.",
                        Content = "Tiếp nhận và trả kết quả trực tuyến, ký số hồ sơ.",
                    },
                };
                db.Proposals.Add(proposal);

                var state = PickState(random, totalWeight);
                if (state != ProposalState.Draft)
                {
                    var year = random.Next(2023, 2027);
                    var received = new DateTime(year, 1, 1, 1, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 360)).AddMinutes(random.Next(0, 600));
                    var number = counters[(deciding.Id, year)] = counters.GetValueOrDefault((deciding.Id, year)) + 1;
                    var leaders = officersByCommune[c];
                    Lifecycle.Drive(proposal, state, random, leaders[0].Id, leaders[0].UnitId, leaders[1].Id, $"{number}/{year}/ĐX-{deciding.Code}", received, province.Id);
                    if (proposal.Outcome is not null)
                    {
                        evaluated.Add(proposal);
                    }
                }
            }

            await db.SaveChangesAsync();
            await Records.AddAsync(db, evaluated, officersByCommune, random);
            evaluated.Clear();
            if ((done / BatchSize) % 10 == 9)
            {
                log($"{done + BatchSize} proposals in {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        foreach (var ((unit, year), last) in counters)
        {
            db.ReceiptCounters.Add(ReceiptCounterAt(unit, year, last));
        }

        await db.SaveChangesAsync();
        if (db.Database.IsNpgsql())
        {
            // What autovacuum would have done by the time a province holds this many rows.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var ids = await db.Proposals.OrderBy(p => p.Id).Select(p => p.Id).Skip(proposalCount / 2).FirstAsync();
        log($"{proposalCount} proposals and their title words in {clock.Elapsed.TotalSeconds:0} s");
        return new SeededProvince(province.Id, interiorUser, headUser, proposerUser, communes[0].Id, ids);
    }

    private static ReceiptCounter ReceiptCounterAt(int unit, int year, int last)
    {
        var counter = new ReceiptCounter(unit, year);
        for (var i = 0; i < last; i++)
        {
            counter.Next("");
        }

        return counter;
    }

    private static ProposalState PickState(Random random, int totalWeight)
    {
        var pick = random.Next(totalWeight);
        foreach (var (state, weight) in States)
        {
            if ((pick -= weight) < 0)
            {
                return state;
            }
        }

        return ProposalState.Submitted;
    }

    private static string Title(Random random)
    {
        var place = Places[random.Next(Places.Length)];
        var title = Actions[random.Next(Actions.Length)] + " " + Objects[random.Next(Objects.Length)];
        return place.Length == 0 ? title : title + " " + place;
    }

    private static Officer NewOfficer(Random random, OrganisationUnit unit, PostKind post) => new()
    {
        FullName = $"{Families[random.Next(Families.Length)]} {Middles[random.Next(Middles.Length)]} {Givens[random.Next(Givens.Length)]}",
        Sex = random.Next(2) == 0 ? Sex.Male : Sex.Female,
        DateOfBirth = new DateOnly(random.Next(1966, 2000), random.Next(1, 13), random.Next(1, 29)),
        PostKind = post,
        PostTitle = post == PostKind.None ? "Chuyên viên" : "Lãnh đạo",
        Category = CivilServiceCategory.CivilServant,
        EducationLevel = EducationLevel.University,
        PoliticalTheoryLevel = PoliticalTheoryLevel.Intermediate,
        UnitId = unit.Id,
    };

    private static async Task<string> AccountAsync(UserManager<AppUser> users, AppDbContext db, string email, Officer officer, AppRole role, OrganisationUnit unit, string? password)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password ?? Guid.NewGuid().ToString("N"));
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Benchmark account not created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        officer.UserId = user.Id;
        db.RoleGrants.Add(new RoleGrant(user.Id, role, unit.Id));
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static async Task<OrganisationUnit> AddUnitAsync(AppDbContext db, string code, string name, UnitKind kind, OrganisationUnit? parent)
    {
        var unit = new OrganisationUnit(code, name, kind);
        unit.PlaceUnder(parent);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.RefreshPath();
        return unit;
    }
}
