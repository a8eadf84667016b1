using Decree73.Domain.Calendar;
using Decree73.Domain.Common;
using Decree73.Domain.Proposals;

namespace Decree73.Benchmarks;

/// <summary>
/// Takes a seeded proposal to its target state through the domain's own transitions, so that it carries the rows a
/// real one would (votes, decisions, completion report, evaluation) and a step holder with a deadline: the compliance
/// review reads all of them.
/// </summary>
internal static class Lifecycle
{
    private static readonly ConditionFindings AllConditionsMet = new(true, null, true, null, true, null, true, null, true, null, true, null);

    private const string Report = "Đã hoàn thành các nội dung của kế hoạch: tiếp nhận, số hóa và trả kết quả trực tuyến cho người dân.";

    /// <summary>The calendar the migrations seed (<see cref="HolidaySeed"/>): the stored working days to each decision are counted on it.</summary>
    private static readonly WorkingCalendar Calendar = new(HolidaySeed.Days);

    public static void Drive(
        Proposal p, ProposalState target, Random random, int headId, int headUnitId, int deputyId, string receipt, DateTime received, int escalateToUnitId)
    {
        var proposer = new ProposalActor(p.ProposerId);
        // The head's own unit: a commune's head deciding for the province is "approved by another agency" (stored fact).
        var head = new ProposalActor(headId, IsDecidingHead: true, UnitId: headUnitId);
        var day = DateOnly.FromDateTime(received);
        var document = new DecisionDocument("1/QĐ-UBND", day, "Chủ tịch");
        Vote[] Votes(bool inFavour) => [new(headId, inFavour), new(deputyId, inFavour)];
        // The whole roster (head and deputy) meets on the day of receipt.
        var meeting = new VoteMeeting(DateOnly.FromDateTime(received.AddHours(7)), [headId, deputyId], VoteBase.VotesCast, DateOnly.MaxValue);
        if (target == ProposalState.Escalated && p.DecidingUnitId == escalateToUnitId)
        {
            // Nothing above the province: its own proposals stay at receipt instead.
            target = ProposalState.Submitted;
        }

        Ok(p.Submit(proposer, true, receipt, received, day.AddDays(9)));
        var since = received;
        if (target is ProposalState.Submitted or ProposalState.OpinionsRequested)
        {
            Assign(p, headId, since, p.DecisionDueOn);
            return;
        }

        switch (target)
        {
            case ProposalState.Rejected:
                // Art. 8(1): rejection only after a vote that did not pass.
                Ok(p.RecordVote(head, Votes(false), partyOpinionRequired: false, meeting));
                Ok(p.Reject(head, "Chưa đáp ứng điều kiện Điều 5"));
                Assign(p, null, Decided(received, random), null);
                return;
            case ProposalState.Escalated:
                Ok(p.Escalate(head, "Vượt thẩm quyền", escalateToUnitId, targetIsAbove: true));
                Assign(p, null, since, null);
                return;
        }

        // Most votes come with the Party opinion; a few do not, and a few do not pass.
        if (random.Next(20) != 0)
        {
            Ok(p.RecordPartyOpinion(head));
        }

        // The head's findings on the conditions of Art. 5(1) and Art. 4(2): approval rests on them.
        Ok(p.RecordConditions(head, AllConditionsMet, received));
        var passes = target != ProposalState.NotPassed && random.Next(15) != 0;
        Ok(p.RecordVote(head, Votes(passes), partyOpinionRequired: false, meeting));
        if (target == ProposalState.NotPassed)
        {
            Assign(p, headId, since, p.DecisionDueOn);
            return;
        }

        if (!passes)
        {
            Ok(p.Override(head, "Chịu trách nhiệm cá nhân", document));
        }

        // The decision's moment is stored when the step is taken (Proposal.DecidedAtUtc): a few are late.
        Assign(p, headId, Decided(received, random), p.DecisionDueOn);

        if (target == ProposalState.Approved)
        {
            Assign(p, headId, since, p.DecisionDueOn);
            return;
        }

        Ok(p.IssueImplementationDecision(head, document));
        since = received.AddDays(random.Next(12, 40));
        if (target is ProposalState.InProgress or ProposalState.Suspended or ProposalState.Stopped)
        {
            if (target == ProposalState.Suspended)
            {
                Ok(p.Suspend(head, "Chờ kinh phí", document));
            }
            else if (target == ProposalState.Stopped)
            {
                Ok(p.Stop(head, "Không còn phù hợp", document));
            }

            Assign(p, target == ProposalState.InProgress ? p.ProposerId : headId, since,
                target == ProposalState.Suspended ? null : DateOnly.FromDateTime(since).AddDays(random.Next(30, 200)));
            return;
        }

        since = received.AddDays(random.Next(60, 300));
        Ok(p.ReportCompletion(proposer, Report, since));
        // The evaluation step, with its deadline (stored as Proposal.EvaluationDueOn for the late-evaluation flag).
        Assign(p, headId, since, DateOnly.FromDateTime(since).AddDays(9));
        if (target == ProposalState.CompletionReported)
        {
            return;
        }

        Ok(p.RecordPartyOpinion(head));
        var outcome = (EvaluationOutcome)random.Next(3);
        // Art. 11(4): the causes of a result not (fully) completed.
        var findings = new EvaluationFindings(true, true, random.Next(10) != 0, random.Next(4) == 0, "Thiệt hại nhỏ",
            "Quy định thay đổi trong quá trình thực hiện", "Phối hợp giữa các bộ phận chưa chặt chẽ");
        // Art. 9(2): the evaluation is voted by the whole roster, at a meeting after the completion report.
        Ok(p.Evaluate(head, Votes(true), outcome, findings, document, meeting with { MeetingOn = DateOnly.FromDateTime(since) }));
        if (target == ProposalState.Closed)
        {
            // Art. 9: the result notice comes before the file is closed.
            Ok(p.IssueResultNotice(head, document, since));
            Ok(p.Close(head));
        }

        since = since.AddDays(random.Next(3, 15));
        Assign(p, target == ProposalState.Closed ? null : headId, since, target == ProposalState.Closed ? null : DateOnly.FromDateTime(since).AddDays(5));
    }

    private static void Assign(Proposal p, int? holder, DateTime since, DateOnly? due) => p.AssignStep(holder, since, _ => due, Calendar);

    /// <summary>Decided on the day of receipt or up to 11 days later (the deadline is 9 calendar days here).</summary>
    private static DateTime Decided(DateTime received, Random random) => received.AddDays(random.Next(0, 12)).AddHours(random.Next(1, 8));

    private static void Ok(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("Seed transition refused: " + result.Error!.Code);
        }
    }
}
