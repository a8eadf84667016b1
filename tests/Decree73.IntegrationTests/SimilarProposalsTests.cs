using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.TestSupport.ProposalInputs;

namespace Decree73.IntegrationTests;

public abstract class SimilarProposalsTests(ServiceHost host)
{
    private async Task<(OrganisationUnit Commune, string Proposer)> ProposerInAsync(OrganisationUnit province, string code)
    {
        var commune = await host.AddUnitAsync(code, province);
        var office = await host.AddUnitAsync(code + "-VP", commune, UnitKind.CommuneOffice);
        var (user, _) = await host.AddOfficerAsync($"tp.{code.ToLowerInvariant()}@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        return (commune, user);
    }

    private async Task<int> DraftAsync(string user, string title) =>
        (await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete(title)))).Value;

    private Task<IReadOnlyList<SimilarProposal>> SimilarAsync(string user, int? excludeId, string title) =>
        host.As(user, (SimilarProposals s) => s.FindAsync(excludeId, title));

    [ServiceFact]
    public async Task A_submitted_proposal_of_another_agency_in_the_province_is_found_across_diacritics_but_not_drafts_or_other_provinces()
    {
        var province = await host.AddUnitAsync("SP1", kind: UnitKind.Province);
        var otherProvince = await host.AddUnitAsync("SP2", kind: UnitKind.Province);
        var (_, writer) = await ProposerInAsync(province, "SP1-XA");
        var (_, neighbour) = await ProposerInAsync(province, "SP1-XB");
        var (_, far) = await ProposerInAsync(otherProvince, "SP2-XC");

        var same = await host.SubmittedAsync(neighbour, Complete("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến"));
        var weaker = await host.SubmittedAsync(neighbour, Complete("Tiếp nhận phản ánh của người dân"));
        await host.SubmittedAsync(far, Complete("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến"));
        await DraftAsync(neighbour, "Đổi mới tiếp nhận hồ sơ đất đai");
        await host.SubmittedAsync(neighbour, Complete("Nâng cấp thư viện xã"));
        var mine = await DraftAsync(writer, "Doi moi tiep nhan ho so dat dai");

        var found = await SimilarAsync(writer, mine, "Doi moi tiep nhan ho so dat dai");

        Assert.Equal([same, weaker], found.Select(f => f.Id).ToArray());
        Assert.Equal("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến", found[0].Title);
        Assert.Equal("Đơn vị SP1-XB", found[0].UnitName);
        Assert.Equal(8, found[0].SharedWords);
        Assert.Empty(await SimilarAsync(writer, mine, "Nâng cao chất lượng y tế"));
    }

    [ServiceFact]
    public async Task A_changed_draft_title_replaces_its_words_and_the_draft_itself_is_never_a_hint()
    {
        var province = await host.AddUnitAsync("SP3", kind: UnitKind.Province);
        var (_, writer) = await ProposerInAsync(province, "SP3-XA");
        var (_, neighbour) = await ProposerInAsync(province, "SP3-XB");
        var draft = await DraftAsync(writer, "Số hóa hồ sơ hộ tịch");

        var edited = await host.As(writer, (ProposalService s) => s.UpdateDraftAsync(draft, Complete("Chuyển đổi số thư viện"), 1));
        Assert.True(edited.Succeeded);
        var words = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ProposalTitleWords
            .Where(w => w.ProposalId == draft).OrderBy(w => w.Word).Select(w => w.Word).ToListAsync());

        Assert.Equal(["chuyen", "doi", "so", "thu", "vien"], words);
        Assert.Empty(await SimilarAsync(neighbour, null, "Chuyển đổi số thư viện"));
        await host.As(writer, (ProposalService s) => s.SubmitAsync(draft, Complete("Chuyển đổi số thư viện"), 2));
        Assert.Equal([draft], (await SimilarAsync(neighbour, null, "chuyen doi so")).Select(f => f.Id).ToArray());
        Assert.Empty(await SimilarAsync(neighbour, null, "so hoa ho tich"));
    }

    [ServiceFact]
    public async Task Titles_are_ranked_by_whole_words_with_their_tones_first_and_a_shared_syllable_alone_is_not_listed()
    {
        var province = await host.AddUnitAsync("SP4", kind: UnitKind.Province);
        var (_, writer) = await ProposerInAsync(province, "SP4-XA");
        var (_, neighbour) = await ProposerInAsync(province, "SP4-XB");
        var trial = await host.SubmittedAsync(neighbour, Complete("Thử nghiệm chữ ký số điện tử"));
        var procedure = await host.SubmittedAsync(neighbour, Complete("Thủ tục chữ ký số"));
        await host.SubmittedAsync(neighbour, Complete("Kinh nghiệm thủ tục hành chính"));
        var mine = await DraftAsync(writer, "Thử nghiệm chữ ký số");

        var found = await SimilarAsync(writer, mine, "Thử nghiệm chữ ký số");

        // "Thủ tục …" is newer and shares "thu" once folded; "Kinh nghiệm thủ tục …" shares one syllable as written.
        Assert.Equal([trial, procedure], found.Select(f => f.Id).ToArray());
        Assert.Equal((5, 0), (found[0].SharedWords, found[0].FoldedOnlyWords));
        Assert.Equal((3, 1), (found[1].SharedWords, found[1].FoldedOnlyWords));
    }
}

public sealed class SimilarProposalsTests_Sqlite(SqliteServiceHost host) : SimilarProposalsTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class SimilarProposalsTests_PostgreSql(PostgresServiceHost host) : SimilarProposalsTests(host), IClassFixture<PostgresServiceHost>;
