using Decree73.Application.Common;
using Decree73.Application.Reports;
using Decree73.Application.Violations;
using Decree73.Domain.Reports;
using Decree73.Domain.Violations;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>Art. 6 violations: need-to-know records kept by the Interior office, counted in the periodic report.</summary>
public abstract class ViolationServiceTests(ServiceHost host)
{
    [ServiceFact]
    public async Task The_interior_office_records_a_violation_which_only_need_to_know_readers_see_and_the_report_counts_once_handled()
    {
        var w = await ProtectionWorld.CreateAsync(host, "VI1");
        host.Time.Now = new DateTimeOffset(2026, 6, 10, 3, 0, 0, TimeSpan.Zero);
        var proposalId = await w.ProposalAsync("Đề xuất bị cản trở", outcome: null);
        var input = new ViolationInput
        {
            OfficerId = w.Deputy.OfficerId, Act = ProhibitedAct.ObstructingProposer, OccurredOn = new DateOnly(2026, 5, 20),
            Description = "Gây khó khăn cho người đề xuất trong cuộc họp.",
        };

        // Only an Interior officer whose scope reaches the deciding agency records it; a plain administrator does not.
        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult<int>, ViolationService>(w.Administrator.UserId, v => v.RecordAsync(proposalId, input))).Status);
        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult<int>, ViolationService>(w.OutsideMonitor.UserId, v => v.RecordAsync(proposalId, input))).Status);
        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult<int>, ViolationService>(w.Head.UserId, v => v.RecordAsync(proposalId, input))).Status);
        var invalid = await host.As<OperationResult<int>, ViolationService>(w.Monitor.UserId, v => v.RecordAsync(proposalId, new ViolationInput { OfficerId = w.Deputy.OfficerId }));
        Assert.Contains(invalid.Errors, e => e.Field == nameof(ViolationInput.Act));
        Assert.Contains(invalid.Errors, e => e.Field == nameof(ViolationInput.Description));
        var outsider = await host.As<OperationResult<int>, ViolationService>(w.Monitor.UserId, v => v.RecordAsync(proposalId, new ViolationInput
        {
            OfficerId = w.OtherHead.OfficerId, Act = ProhibitedAct.EvadingResponsibility, OccurredOn = new DateOnly(2026, 5, 20), Description = "x",
        }));
        Assert.Equal(nameof(ViolationInput.OfficerId), Assert.Single(outsider.Errors).Field);
        var recorded = await host.As<OperationResult<int>, ViolationService>(w.Monitor.UserId, v => v.RecordAsync(proposalId, input));
        Assert.True(recorded.Succeeded, string.Join("; ", recorded.Errors.Select(e => e.Message)));

        // Need-to-know: the Interior officer in scope, the deciding head, the officer concerned; nobody else.
        foreach (var reader in new[] { w.Monitor, w.Head, w.Deputy })
        {
            Assert.Single(await host.As<IReadOnlyList<ViolationView>, ViolationService>(reader.UserId, v => v.ForProposalAsync(proposalId)));
        }

        foreach (var other in new[] { w.Administrator, w.Proposer, w.OutsideMonitor, w.OtherHead, w.Implementer })
        {
            Assert.Empty(await host.As<IReadOnlyList<ViolationView>, ViolationService>(other.UserId, v => v.ForProposalAsync(proposalId)));
            Assert.Null(await host.As<ViolationView?, ViolationService>(other.UserId, v => v.FindAsync(recorded.Value)));
        }

        var period = new ReportPeriod(ReportPeriodKind.Quarter, 2026, 2);
        Assert.Equal(0, (await host.As<ReportFigures, ReportFiguresBuilder>(w.Monitor.UserId, b => b.LiveAsync(w.Commune.Id, period))).ViolationsHandled);

        // Handled: a measure with its date (one without the other is refused); then the quarter's report counts it.
        var view = (await host.As<ViolationView?, ViolationService>(w.Monitor.UserId, v => v.FindAsync(recorded.Value)))!;
        input.Handling = "Kiểm điểm, khiển trách (Quyết định 30/QĐ-UBND)";
        var noDate = await host.As<OperationResult, ViolationService>(w.Monitor.UserId, v => v.UpdateAsync(recorded.Value, input, view.Version));
        Assert.Equal(nameof(ViolationInput.HandledOn), Assert.Single(noDate.Errors).Field);
        input.HandledOn = new DateOnly(2026, 6, 5);
        Assert.True((await host.As<OperationResult, ViolationService>(w.Monitor.UserId, v => v.UpdateAsync(recorded.Value, input, view.Version))).Succeeded);
        Assert.Equal(OperationStatus.Conflict, (await host.As<OperationResult, ViolationService>(w.Monitor.UserId, v => v.UpdateAsync(recorded.Value, input, view.Version))).Status);
        Assert.Equal(1, (await host.As<ReportFigures, ReportFiguresBuilder>(w.Monitor.UserId, b => b.LiveAsync(w.Commune.Id, period))).ViolationsHandled);
        Assert.Equal(0, (await host.As<ReportFigures, ReportFiguresBuilder>(w.Monitor.UserId, b => b.LiveAsync(w.OtherCommune.Id, period))).ViolationsHandled);
    }
}

public sealed class ViolationServiceTests_Sqlite(SqliteServiceHost host) : ViolationServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ViolationServiceTests_PostgreSql(PostgresServiceHost host) : ViolationServiceTests(host), IClassFixture<PostgresServiceHost>;
