using Decree73.Application.Common;
using Decree73.Application.Encouragement;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>Encouragement measures through the service on a real database (Art. 10).</summary>
public abstract class EncouragementServiceTests(ServiceHost host)
{
    private static EncouragementInput Input(BeneficiaryRole role, EncouragementMeasure measure, int? months = null) => new()
    {
        Role = role, Measure = measure, EarlyRaiseMonths = months,
        DecisionNumber = "45/QĐ-UBND", DecisionSignedOn = new DateOnly(2026, 4, 1), DecisionSigner = "Chủ tịch UBND",
    };

    private Task<OperationResult<int>> Grant(ProtectionWorld w, Person who, int proposalId, Person officer, EncouragementInput input) =>
        host.As<OperationResult<int>, EncouragementService>(who.UserId, s => s.GrantAsync(proposalId, officer.OfficerId, input));

    [ServiceFact]
    public async Task A_completed_proposal_gets_the_suggested_measures_once_each()
    {
        var w = await ProtectionWorld.CreateAsync(host, "EN1");
        var id = await w.ProposalAsync("Hoàn thành tốt", EvaluationOutcome.Completed);

        var raise = await Grant(w, w.Head, id, w.Proposer, Input(BeneficiaryRole.Proposer, EncouragementMeasure.EarlySalaryRaise, 12));
        Assert.True(raise.Succeeded, string.Join("; ", raise.Errors.Select(e => e.Message)));
        var byMonitor = await Grant(w, w.Monitor, id, w.Implementer, Input(BeneficiaryRole.Implementer, EncouragementMeasure.Commendation));
        Assert.True(byMonitor.Succeeded);

        var duplicate = await Grant(w, w.Head, id, w.Proposer, Input(BeneficiaryRole.Proposer, EncouragementMeasure.EarlySalaryRaise, 6));
        Assert.Equal("Cán bộ này đã được áp dụng biện pháp này cho đề xuất này.", Assert.Single(duplicate.Errors).Message);
        var thirteen = await Grant(w, w.Head, id, w.Implementer, Input(BeneficiaryRole.Implementer, EncouragementMeasure.EarlySalaryRaise, 13));
        Assert.Equal("EarlyRaiseMonths", Assert.Single(thirteen.Errors).Field);
        var wrongRole = await Grant(w, w.Head, id, w.Implementer, Input(BeneficiaryRole.ApprovingHead, EncouragementMeasure.RankPromotionAchievement));
        Assert.Equal("Role", Assert.Single(wrongRole.Errors).Field);

        // Not need-to-know: the deputy reads the proposal, so sees the measures; records nothing.
        var panel = await host.As<EncouragementPanel?, EncouragementService>(w.Deputy.UserId, s => s.PanelAsync(id));
        Assert.Equal(2, panel!.Granted.Count);
        Assert.False(panel.MayRecord);
        Assert.DoesNotContain(EncouragementMeasure.EarlySalaryRaise, panel.Candidates.Single(c => c.Officer.OfficerId == w.Proposer.OfficerId).Suggested);
        Assert.Equal(OperationStatus.Forbidden, (await Grant(w, w.Deputy, id, w.Proposer, Input(BeneficiaryRole.Proposer, EncouragementMeasure.Commendation))).Status);
        Assert.Equal(OperationStatus.NotFound, (await Grant(w, w.OtherHead, id, w.Proposer, Input(BeneficiaryRole.Proposer, EncouragementMeasure.Commendation))).Status);
        Assert.Null(await host.As<EncouragementPanel?, EncouragementService>(w.OutsideMonitor.UserId, s => s.PanelAsync(id)));
    }

    [ServiceFact]
    public async Task Commendation_and_early_raise_are_refused_for_a_partly_completed_proposal()
    {
        var w = await ProtectionWorld.CreateAsync(host, "EN2");
        var id = await w.ProposalAsync("Một phần", EvaluationOutcome.PartlyCompleted);

        // Art. 10(1)(c): the rank-promotion credit needs a completed evaluation like the early raise.
        foreach (var measure in new[] { EncouragementMeasure.Commendation, EncouragementMeasure.EarlySalaryRaise, EncouragementMeasure.RankPromotionAchievement })
        {
            var refused = await Grant(w, w.Head, id, w.Proposer, Input(BeneficiaryRole.Proposer, measure, 6));
            Assert.Equal(("Measure", "Khen thưởng, thành tích khi xét nâng ngạch và nâng bậc lương trước thời hạn chỉ áp dụng cho đề xuất được đánh giá là hoàn thành (khoản 1 Điều 10 Nghị định 73)."),
                (Assert.Single(refused.Errors).Field, refused.Errors[0].Message));
        }

        Assert.True((await Grant(w, w.Head, id, w.Proposer, Input(BeneficiaryRole.Proposer, EncouragementMeasure.PlanningAndAppointmentPriority))).Succeeded);
        var panel = await host.As<EncouragementPanel?, EncouragementService>(w.Head.UserId, s => s.PanelAsync(id));
        Assert.All(panel!.Candidates, c => Assert.Empty(c.Suggested));
    }

    [ServiceFact]
    public async Task Nobody_grants_a_measure_to_themselves()
    {
        var w = await ProtectionWorld.CreateAsync(host, "EN3");
        var id = await w.ProposalAsync("Tự khen", EvaluationOutcome.Completed);
        const string own = "Không tự quyết định khuyến khích cho chính mình; việc này do cơ quan sử dụng cán bộ cấp trên xem xét.";

        var panel = await host.As<EncouragementPanel?, EncouragementService>(w.Head.UserId, s => s.PanelAsync(id));
        Assert.Equal([false, false, true], panel!.Candidates.Select(c => c.IsSelf).ToArray());
        var form = await host.As<OperationResult<EncouragementFormContext>, EncouragementService>(w.Head.UserId, s => s.FormAsync(id, w.Head.OfficerId));
        Assert.Equal(("OfficerId", own), (Assert.Single(form.Errors).Field, form.Errors[0].Message));
        var refused = await Grant(w, w.Head, id, w.Head, Input(BeneficiaryRole.ApprovingHead, EncouragementMeasure.Commendation));
        Assert.Equal(OperationStatus.Invalid, refused.Status);
        Assert.Equal(("OfficerId", own), (Assert.Single(refused.Errors).Field, refused.Errors[0].Message));

        // The Interior office, not the head, may still record it.
        Assert.True((await Grant(w, w.Monitor, id, w.Head, Input(BeneficiaryRole.ApprovingHead, EncouragementMeasure.Commendation))).Succeeded);
    }

    [ServiceFact]
    public async Task The_decision_is_signed_between_the_evaluation_and_today()
    {
        var w = await ProtectionWorld.CreateAsync(host, "EN4");
        var id = await w.ProposalAsync("Ngày ký", EvaluationOutcome.Completed);
        // The host's clock reads 20/11/2026.

        foreach (var (signedOn, message) in new[]
        {
            (new DateOnly(2026, 11, 21), "Ngày ký quyết định không được sau ngày hôm nay."),
            (new DateOnly(2026, 3, 4), "Ngày ký quyết định không được trước ngày ký quyết định phê duyệt kết quả đánh giá (05/03/2026)."),
        })
        {
            var input = Input(BeneficiaryRole.Proposer, EncouragementMeasure.Commendation);
            input.DecisionSignedOn = signedOn;
            var refused = await Grant(w, w.Head, id, w.Proposer, input);
            Assert.Equal(("DecisionSignedOn", message), (Assert.Single(refused.Errors).Field, refused.Errors[0].Message));
        }

        var onEvaluationDay = Input(BeneficiaryRole.Proposer, EncouragementMeasure.Commendation);
        onEvaluationDay.DecisionSignedOn = new DateOnly(2026, 3, 5);
        Assert.True((await Grant(w, w.Head, id, w.Proposer, onEvaluationDay)).Succeeded);
    }
}

public sealed class EncouragementServiceTests_Sqlite(SqliteServiceHost host) : EncouragementServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class EncouragementServiceTests_PostgreSql(PostgresServiceHost host) : EncouragementServiceTests(host), IClassFixture<PostgresServiceHost>;
