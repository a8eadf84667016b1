using Decree73.Application.Appraisal;
using Decree73.Application.Common;
using Decree73.Domain.Appraisal;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Decree73.Application.Officers;

namespace Decree73.IntegrationTests;

/// <summary>Appraisal links (domain.md §8) and the officer page's visibility, on a real database.</summary>
public abstract class AppraisalServiceTests(ServiceHost host)
{
    private Task<AppraisalSheet?> Sheet(AppraisalScenario s, string userId, int officerId, int year) =>
        host.As<AppraisalSheet?, AppraisalService>(userId, a => a.SheetAsync(officerId, year));

    private Task<OperationResult<QuotaStatus>> Save(AppraisalScenario s, string userId, int officerId, int year, AppraisalInput input, int version = 0) =>
        host.As<OperationResult<QuotaStatus>, AppraisalService>(userId, a => a.SaveAsync(officerId, year, input, version));

    private Task<AppraisalRecord> Stored(int officerId, int year) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AppraisalRecords.AsNoTracking().SingleAsync(a => a.OfficerId == officerId && a.Year == year));

    [ServiceFact]
    public async Task A_proposal_counts_for_the_year_whose_15_December_its_evaluation_precedes()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP1");
        var before = await s.EvaluatedAsync("Đánh giá ngày 14 tháng 12", new DateOnly(2026, 12, 14));
        var on = await s.EvaluatedAsync("Đánh giá ngày 15 tháng 12", new DateOnly(2026, 12, 15));
        var previous = await s.EvaluatedAsync("Đánh giá ngày 15 tháng 12 năm trước", new DateOnly(2025, 12, 15));

        var year2026 = (await Sheet(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026))!;
        var year2027 = (await Sheet(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2027))!;
        var year2025 = (await Sheet(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2025))!;

        Assert.Equal([before, previous], year2026.Proposals.Select(p => p.ProposalId).Order().ToArray());
        Assert.Equal([on], year2027.Proposals.Select(p => p.ProposalId).ToArray());
        Assert.Empty(year2025.Proposals);
        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14)), (year2026.From, year2026.To));
        Assert.All(year2026.Proposals, p => Assert.True(p.AsProposer));
        Assert.Equal(new DateOnly(2026, 12, 14), year2026.Proposals.Single(p => p.ProposalId == before).EvaluatedOn);

        // The implementer's year holds the same proposals, as implementer.
        var implementer = (await Sheet(s, s.ProvinceMonitor.User, s.Implementer.Officer, 2026))!;
        Assert.Equal([before, previous], implementer.Proposals.Select(p => p.ProposalId).Order().ToArray());
        Assert.All(implementer.Proposals, p => Assert.False(p.AsProposer));
    }

    [ServiceFact]
    public async Task Saving_the_suggested_credit_never_sets_a_grade()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP2");
        await s.EvaluatedAsync("Hoàn thành", new DateOnly(2026, 10, 20));
        var sheet = (await Sheet(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026))!;
        Assert.Equal(CreditReason.CompletedProposal, sheet.Suggestion.Reason);
        Assert.Null(sheet.Entry);

        var applied = await host.As<OperationResult<QuotaStatus>, AppraisalService>(s.ProvinceMonitor.User, a => a.ApplySuggestionAsync(s.Proposer.Officer, 2026, 0));
        Assert.True(applied.Succeeded);
        var stored = await Stored(s.Proposer.Officer, 2026);
        Assert.Null(stored.Grade);
        Assert.True(stored.InnovationCredited);
        Assert.Equal(s.ProvinceMonitor.Officer, stored.EnteredByOfficerId);
        Assert.Equal(s.OfficeA.Id, stored.UnitId);

        // The form as the page first shows it (suggested credit, no grade) saves no grade either.
        Assert.True((await Save(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026, new AppraisalInput { InnovationCredited = true }, stored.Version)).Succeeded);
        stored = await Stored(s.Proposer.Officer, 2026);
        Assert.Null(stored.Grade);

        // Only the Interior officer's choice sets one, and applying the suggestion again leaves it alone.
        var graded = await Save(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026,
            new AppraisalInput { Grade = AppraisalGrade.Good, InnovationCredited = true, DecisionReference = " 125/QĐ-UBND ngày 10/12/2026 " }, stored.Version);
        Assert.True(graded.Succeeded, string.Join("; ", graded.Errors.Select(e => e.Message)));
        stored = await Stored(s.Proposer.Officer, 2026);
        Assert.Equal((AppraisalGrade.Good, "125/QĐ-UBND ngày 10/12/2026"), (stored.Grade!.Value, stored.DecisionReference));
        await host.As<OperationResult<QuotaStatus>, AppraisalService>(s.ProvinceMonitor.User, a => a.ApplySuggestionAsync(s.Proposer.Officer, 2026, stored.Version));
        Assert.Equal(AppraisalGrade.Good, (await Stored(s.Proposer.Officer, 2026)).Grade);

        // A form built before the grade was saved is stale: a conflict, and nothing is written.
        var stale = await Save(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026, new AppraisalInput { Grade = AppraisalGrade.Outstanding, DecisionReference = "x" }, stored.Version - 1);
        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Equal(AppraisalGrade.Good, (await Stored(s.Proposer.Officer, 2026)).Grade);
    }

    [ServiceFact]
    public async Task Applying_when_nothing_is_suggested_is_refused_and_leaves_a_manual_credit_alone()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP9");
        var sheet = (await Sheet(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026))!;
        Assert.False(sheet.Suggestion.Suggested);

        var none = await host.As<OperationResult<QuotaStatus>, AppraisalService>(s.ProvinceMonitor.User, a => a.ApplySuggestionAsync(s.Proposer.Officer, 2026, 0));
        Assert.Equal(OperationStatus.Invalid, none.Status);
        Assert.Equal(Decree73.Application.Resources.ValidationMessages.Appraisal_NoSuggestion, Assert.Single(none.Errors).Message);

        Assert.True((await Save(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026, new AppraisalInput { InnovationCredited = true })).Succeeded);
        var stored = await Stored(s.Proposer.Officer, 2026);
        var refused = await host.As<OperationResult<QuotaStatus>, AppraisalService>(s.ProvinceMonitor.User, a => a.ApplySuggestionAsync(s.Proposer.Officer, 2026, stored.Version));
        Assert.Equal(OperationStatus.Invalid, refused.Status);
        Assert.True((await Stored(s.Proposer.Officer, 2026)).InnovationCredited);
    }

    [ServiceFact]
    public async Task Only_Interior_officers_and_administrators_in_scope_keep_appraisal_entries()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP3");
        var input = new AppraisalInput { Grade = AppraisalGrade.Good, DecisionReference = "1/QĐ" };

        foreach (var outsider in new[] { s.MonitorOfB.User, s.HeadA.User, s.DeputyA.User, s.Proposer.User })
        {
            Assert.Null(await Sheet(s, outsider, s.Proposer.Officer, 2026));
            Assert.Equal(OperationStatus.NotFound, (await Save(s, outsider, s.Proposer.Officer, 2026, input)).Status);
        }

        Assert.NotNull(await Sheet(s, s.MonitorOfB.User, s.ProposerB.Officer, 2026));
        Assert.Null(await Sheet(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2019));
        Assert.False(await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AppraisalRecords.AnyAsync(a => a.OfficerId == s.Proposer.Officer)));
    }

    [ServiceFact]
    public async Task The_quota_warning_counts_the_outstanding_grades_of_each_unit_on_its_own()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP4");
        var a = await s.StaffAsync(s.CommuneA, 12);
        var b = await s.StaffAsync(s.CommuneB, 3);
        var monitor = s.ProvinceMonitor.User;
        AppraisalInput Grade(AppraisalGrade g) => new() { Grade = g, DecisionReference = "125/QĐ-UBND" };

        // Ten graded good in A: the default 20% of those graded good (Decree 335/2025) allows two outstanding.
        for (var i = 0; i < 10; i++)
        {
            Assert.False((await Save(s, monitor, a[i], 2026, Grade(AppraisalGrade.Good))).Value!.Exceeded);
        }

        Assert.False((await Save(s, monitor, a[10], 2026, Grade(AppraisalGrade.Outstanding))).Value!.Exceeded);
        var second = (await Save(s, monitor, a[11], 2026, Grade(AppraisalGrade.Outstanding))).Value!;
        Assert.Equal((2, 10, 2, false), (second.Outstanding, second.Good, second.Allowed, second.Exceeded));

        // A third: one of the good grades becomes outstanding, and the base shrinks to nine good (one allowed).
        var version = (await Stored(a[0], 2026)).Version;
        var third = (await Save(s, monitor, a[0], 2026, Grade(AppraisalGrade.Outstanding), version)).Value!;
        Assert.Equal((3, 9, 1, true), (third.Outstanding, third.Good, third.Allowed, third.Exceeded));

        // B is counted apart: three officers, one outstanding and one completed: none graded good, none allowed.
        var inB = (await Save(s, monitor, b[0], 2026, Grade(AppraisalGrade.Outstanding))).Value!;
        Assert.Equal((1, 0, 0, true), (inB.Outstanding, inB.Good, inB.Allowed, inB.Exceeded));
        await Save(s, monitor, b[1], 2026, Grade(AppraisalGrade.Completed));
        var summaryA = (await host.As<UnitAppraisalSummary?, AppraisalService>(monitor, x => x.UnitSummaryAsync(s.CommuneA.Id, 2026, null, 50)))!;
        Assert.True(summaryA.Quota.Exceeded);
        Assert.Equal(3, summaryA.Officers.Items.Count(r => r.Grade == AppraisalGrade.Outstanding));
        // The competent level recognises A as outstanding for 2026: the cap no longer applies (and only in scope).
        Assert.Equal(OperationStatus.Invalid, (await host.As<OperationResult, AppraisalService>(monitor,
            x => x.SetAgencyYearAsync(s.CommuneA.Id, 2026, new AgencyYearInput { OutstandingAgency = true }))).Status);
        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult, AppraisalService>(s.MonitorOfB.User,
            x => x.SetAgencyYearAsync(s.CommuneA.Id, 2026, new AgencyYearInput { OutstandingAgency = true, DecisionReference = "9/QĐ-UBND" }))).Status);
        Assert.True((await host.As<OperationResult, AppraisalService>(monitor,
            x => x.SetAgencyYearAsync(s.CommuneA.Id, 2026, new AgencyYearInput { OutstandingAgency = true, DecisionReference = "9/QĐ-UBND" }))).Succeeded);
        var exempt = await host.As<QuotaStatus, AppraisalService>(monitor, x => x.QuotaAsync(s.CommuneA.Id, 2026));
        Assert.Equal((true, "9/QĐ-UBND", false), (exempt.OutstandingAgency, exempt.ExemptionReference, exempt.Exceeded));
        Assert.True((await host.As<QuotaStatus, AppraisalService>(monitor, x => x.QuotaAsync(s.CommuneB.Id, 2026))).Exceeded);
        var summaryB = (await host.As<UnitAppraisalSummary?, AppraisalService>(monitor, x => x.UnitSummaryAsync(s.CommuneB.Id, 2026, null, 50)))!;
        Assert.Equal((1, 0), (summaryB.Quota.Outstanding, summaryB.Quota.Good));
        // Another year of the same unit is untouched.
        Assert.False((await host.As<QuotaStatus, AppraisalService>(monitor, x => x.QuotaAsync(s.CommuneA.Id, 2025))).Exceeded);
        // The summary pages by name.
        var first = (await host.As<UnitAppraisalSummary?, AppraisalService>(monitor, x => x.UnitSummaryAsync(s.CommuneA.Id, 2026, null, 4)))!;
        var next = (await host.As<UnitAppraisalSummary?, AppraisalService>(monitor, x => x.UnitSummaryAsync(s.CommuneA.Id, 2026, first.Officers.NextAfter, 4)))!;
        Assert.Equal(4, first.Officers.Items.Count);
        Assert.Empty(first.Officers.Items.Select(r => r.OfficerId).Intersect(next.Officers.Items.Select(r => r.OfficerId)));
        // Outside the user's scope the unit does not exist.
        Assert.Null(await host.As<UnitAppraisalSummary?, AppraisalService>(s.MonitorOfB.User, x => x.UnitSummaryAsync(s.CommuneA.Id, 2026, null, 50)));
    }

    [ServiceFact]
    public async Task The_quota_is_counted_again_in_each_task_group_and_the_score_is_kept_beside_the_grade()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP10");
        var a = await s.StaffAsync(s.CommuneA, 10);
        var monitor = s.ProvinceMonitor.User;
        // Five in the group "Lãnh đạo", five without a group.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            foreach (var officer in await db.Officers.Where(o => a.Take(5).Contains(o.Id)).ToListAsync())
            {
                officer.TaskGroup = "Lãnh đạo";
            }

            return await db.SaveChangesAsync();
        });
        AppraisalInput Grade(AppraisalGrade g, decimal? score = null) => new() { Grade = g, DecisionReference = "125/QĐ-UBND", Score = score };

        foreach (var i in new[] { 0, 1, 2, 5, 6, 7, 8, 9 })
        {
            Assert.True((await Save(s, monitor, a[i], 2026, Grade(AppraisalGrade.Good, 80))).Succeeded);
        }

        // The unit: 8 good → 1 allowed. The group "Lãnh đạo": 3 good → 0 allowed. One outstanding there is over.
        var quota = (await Save(s, monitor, a[3], 2026, Grade(AppraisalGrade.Outstanding, 85))).Value!;
        Assert.False(quota.UnitExceeded);
        Assert.True(quota.Exceeded);
        var lead = Assert.Single(quota.Groups, g => g.Name == "Lãnh đạo");
        Assert.Equal((1, 3, 0, true), (lead.Outstanding, lead.Good, lead.Allowed, lead.Exceeded));
        Assert.Equal("Lãnh đạo", (await Stored(a[3], 2026)).TaskGroup);

        // 85 points imply "good": the outstanding grade entered is kept, with the mismatch shown as a warning.
        var entry = (await Sheet(s, monitor, a[3], 2026))!.Entry!;
        Assert.Equal((85m, AppraisalGrade.Outstanding, AppraisalGrade.Good, true), (entry.Score!.Value, entry.Grade!.Value, entry.ImpliedGrade!.Value, entry.ScoreMismatch));
        var ok = (await Sheet(s, monitor, a[0], 2026))!.Entry!;
        Assert.False(ok.ScoreMismatch);

        // A score out of range is refused with the reason next to the field.
        var refused = await Save(s, monitor, a[4], 2026, Grade(AppraisalGrade.Good, 120));
        Assert.Equal(nameof(AppraisalInput.Score), Assert.Single(refused.Errors).Field);
    }

    [ServiceFact]
    public async Task The_officer_page_shows_protection_only_to_the_officer_the_deciding_head_and_the_monitors()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP5");
        var proposal = await s.EvaluatedAsync("Chưa hoàn thành nhưng đúng chủ trương", new DateOnly(2026, 10, 1), EvaluationOutcome.PartlyCompleted);
        await s.ProtectAsync(proposal, s.Proposer.Officer, ProtectionType.Exclusion, new DateOnly(2026, 10, 15));

        Task<OfficerProfile?> Profile(string userId) => host.As<OfficerProfile?, OfficerProfileService>(userId, p => p.GetAsync(s.Proposer.Officer));

        // A proposer of another unit, a head of another unit, an Interior officer outside the subtree, a deputy: no page at all.
        foreach (var outsider in new[] { s.ProposerB.User, s.HeadB.User, s.MonitorOfB.User, s.DeputyA.User, s.Implementer.User })
        {
            Assert.Null(await Profile(outsider));
            Assert.Empty(await host.As<IReadOnlyList<OfficerProtection>, OfficerRecordQueries>(outsider, q => q.ProtectionAsync(s.Proposer.Officer, null, default)));
        }

        // The officer concerned, the head of the deciding unit and the monitoring Interior officer see the record.
        foreach (var insider in new[] { s.Proposer.User, s.HeadA.User, s.ProvinceMonitor.User })
        {
            var profile = (await Profile(insider))!;
            var row = Assert.Single(profile.Protection);
            Assert.Equal((proposal, ProtectionType.Exclusion), (row.ProposalId, row.Type));
            Assert.Equal([proposal], profile.Proposals.Select(p => p.ProposalId).ToArray());
        }

        // The head of the office the officer works in may open the page, but is not the deciding head: no protection.
        var officeHead = (await Profile(s.OfficeHeadA.User))!;
        Assert.Empty(officeHead.Protection);
        Assert.False(Assert.Single(officeHead.Proposals).CanOpen);
        Assert.True(Assert.Single((await Profile(s.HeadA.User))!.Proposals).CanOpen);

        // The appraisal sheet goes through the same rule.
        Assert.Single((await Sheet(s, s.ProvinceMonitor.User, s.Proposer.Officer, 2026))!.Protection);
    }

    [ServiceFact]
    public async Task A_viewer_who_may_not_read_the_proposal_sees_the_measure_but_not_the_proposal_title()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP7");
        var proposal = await s.EvaluatedAsync("Số hóa sổ hộ tịch của xã", new DateOnly(2026, 10, 1));
        await s.EncourageAsync(proposal, s.Proposer.Officer, new DateOnly(2026, 10, 20));

        // The head of the office the officer works in opens the page but does not decide on the proposal.
        var officeHead = (await host.As<OfficerProfile?, OfficerProfileService>(s.OfficeHeadA.User, p => p.GetAsync(s.Proposer.Officer)))!;
        var hidden = Assert.Single(officeHead.Encouragement);
        Assert.Null(hidden.ProposalTitle);
        Assert.False(Assert.Single(officeHead.Proposals).CanOpen);

        var head = (await host.As<OfficerProfile?, OfficerProfileService>(s.HeadA.User, p => p.GetAsync(s.Proposer.Officer)))!;
        Assert.Equal("Số hóa sổ hộ tịch của xã", Assert.Single(head.Encouragement).ProposalTitle);
    }

    [ServiceFact]
    public async Task The_officer_page_gathers_encouragement_and_appraisal_entries_across_years()
    {
        var s = await AppraisalScenario.CreateAsync(host, "AP6");
        var proposal = await s.EvaluatedAsync("Mô hình một cửa", new DateOnly(2026, 12, 20));
        await s.EncourageAsync(proposal, s.Implementer.Officer, new DateOnly(2026, 12, 22));
        await Save(s, s.ProvinceMonitor.User, s.Implementer.Officer, 2026, new AppraisalInput { Grade = AppraisalGrade.Good, DecisionReference = "1/QĐ" });
        await Save(s, s.ProvinceMonitor.User, s.Implementer.Officer, 2027, new AppraisalInput { InnovationCredited = true });

        var profile = (await host.As<OfficerProfile?, OfficerProfileService>(s.Implementer.User, p => p.GetAsync(s.Implementer.Officer)))!;

        Assert.Equal([2027, 2026], profile.Appraisals.Select(a => a.Year).ToArray());
        Assert.Single(profile.Encouragement);
        Assert.Equal([proposal], profile.Proposals.Select(p => p.ProposalId).ToArray());
        Assert.Empty(profile.Protection);
        // Evaluated on 20/12/2026 and encouraged on 22/12/2026: both count for 2027.
        var sheet2027 = (await Sheet(s, s.ProvinceMonitor.User, s.Implementer.Officer, 2027))!;
        Assert.Equal((1, 1), (sheet2027.Proposals.Count, sheet2027.Encouragement.Count));
        Assert.Empty((await Sheet(s, s.ProvinceMonitor.User, s.Implementer.Officer, 2026))!.Encouragement);
    }
}

public sealed class AppraisalServiceTests_Sqlite(SqliteServiceHost host) : AppraisalServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class AppraisalServiceTests_PostgreSql(PostgresServiceHost host) : AppraisalServiceTests(host), IClassFixture<PostgresServiceHost>;
