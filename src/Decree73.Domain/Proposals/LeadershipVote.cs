using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>How one member of the leadership stands at the meeting (Art. 8(1)): for, against, or not present.</summary>
public enum VoteChoice
{
    For,
    Against,
    Absent,
}

public sealed record Vote(int OfficerId, VoteChoice Choice)
{
    public Vote(int officerId, bool inFavour)
        : this(officerId, inFavour ? VoteChoice.For : VoteChoice.Against)
    {
    }

    public bool InFavour => Choice == VoteChoice.For;
    public bool Absent => Choice == VoteChoice.Absent;
}

public enum VoteOutcome
{
    Passed,
    NotPassed,
}

/// <summary>
/// What the "more than 50 %" of Art. 8(1) is a share of. The decree says "Đề xuất được thông qua khi đạt tỷ lệ trên 50%
/// ý kiến biểu quyết tán thành": a share of the votes expressed, which is the default here. A province that reads it
/// as a share of the whole leadership collective (absent members counting as not in favour) sets
/// <c>Proposals:VoteBase</c> to <see cref="AllMembers"/> (docs/workflow.md).
/// </summary>
public enum VoteBase
{
    /// <summary>Over half of the for/against votes of the members present (default: "ý kiến biểu quyết").</summary>
    VotesCast,
    /// <summary>Over half of every eligible member of the leadership, present or not.</summary>
    AllMembers,
}

/// <summary>
/// Decree 73 Art. 8(1): "người đứng đầu cơ quan sử dụng cán bộ chủ trì họp tập thể lãnh đạo để xem xét, thảo luận, biểu
/// quyết về việc thực hiện đề xuất. Đề xuất được thông qua khi đạt tỷ lệ trên 50% ý kiến biểu quyết tán thành. Trong
/// trường hợp biểu quyết ngang nhau thì thực hiện theo ý kiến mà người đứng đầu biểu quyết. Tập thể lãnh đạo tham gia biểu
/// quyết bao gồm người đứng đầu và cấp phó của người đứng đầu cơ quan sử dụng cán bộ, trừ cấp phó là cán bộ có đề xuất
/// đổi mới, sáng tạo."
/// </summary>
public static class LeadershipVote
{
    /// <summary>
    /// The arithmetic alone, without a roster: more than half of the votes cast in favour, a tie goes with the head, the
    /// proposer never votes. Both meetings (approval, evaluation) go through <see cref="Decide"/>, which adds the roster.
    /// </summary>
    public static (VoteOutcome? Outcome, DomainError? Error) Tally(IReadOnlyCollection<Vote> votes, int headOfficerId, int proposerOfficerId) =>
        Tally(votes, headOfficerId, proposerOfficerId, roster: null, VoteBase.VotesCast);

    /// <summary>
    /// One meeting of the collective, approval (Art. 8(1)) or evaluation (Art. 9(2)): the minutes need the meeting's
    /// date, held between <paramref name="notBefore"/> (the receipt, or the completion report or stop the evaluation
    /// answers) and today; then every member of the roster has an entry and the share is counted on the setting's base,
    /// a tie going with the head. The one place both votes are counted.
    /// </summary>
    public static (VoteOutcome? Outcome, DomainError? Error) Decide(
        IReadOnlyCollection<Vote> minutes, int headOfficerId, int proposerOfficerId, VoteMeeting meeting, DateOnly? notBefore)
    {
        if (meeting.MeetingOn is not { } meetingOn)
        {
            return (null, ProposalErrors.MeetingDateRequired);
        }

        if (meetingOn > meeting.Today || (notBefore is { } from && meetingOn < from))
        {
            return (null, ProposalErrors.MeetingDateInvalid);
        }

        return Tally(minutes, headOfficerId, proposerOfficerId, meeting.Roster, meeting.Base);
    }

    /// <summary>
    /// The tally of a meeting. With a <paramref name="roster"/> (the head and the deputies, less a deputy who
    /// is the proposer), every member of it must have an entry — for, against or absent — and nobody else may have one:
    /// the minutes name the whole collective. The head chairs the meeting, so the head cannot be absent.
    /// </summary>
    public static (VoteOutcome? Outcome, DomainError? Error) Tally(
        IReadOnlyCollection<Vote> votes, int headOfficerId, int proposerOfficerId, IReadOnlyCollection<int>? roster, VoteBase voteBase)
    {
        if (votes.Count == 0)
        {
            return (null, ProposalErrors.NoVotes);
        }

        if (votes.Select(v => v.OfficerId).Distinct().Count() != votes.Count)
        {
            return (null, ProposalErrors.DuplicateVoter);
        }

        if (votes.Any(v => v.OfficerId == proposerOfficerId))
        {
            return (null, ProposalErrors.ProposerCannotVote);
        }

        if (roster is not null)
        {
            if (votes.Any(v => !roster.Contains(v.OfficerId)))
            {
                return (null, ProposalErrors.VoterNotInLeadership);
            }

            if (roster.Where(id => id != proposerOfficerId).Any(id => votes.All(v => v.OfficerId != id)))
            {
                return (null, ProposalErrors.RosterIncomplete);
            }
        }

        var head = votes.FirstOrDefault(v => v.OfficerId == headOfficerId);
        if (head is null || head.Absent)
        {
            return (null, ProposalErrors.HeadDidNotVote);
        }

        var inFavour = votes.Count(v => v.Choice == VoteChoice.For);
        var against = votes.Count(v => v.Choice == VoteChoice.Against);
        // The base of the share: the votes expressed, or (setting) every member of the collective.
        var counted = voteBase == VoteBase.AllMembers ? votes.Count : inFavour + against;
        var notInFavour = counted - inFavour;
        var passed = inFavour == notInFavour ? head.InFavour : inFavour > notInFavour;
        return (passed ? VoteOutcome.Passed : VoteOutcome.NotPassed, null);
    }
}

/// <summary>
/// A meeting of the leadership collective as the application establishes it: the date the minutes give (required), the eligible
/// roster (the head and the deputies of the deciding agency, less a deputy who is the proposer; Art. 8(1)), the base
/// of the share (setting <c>Proposals:VoteBase</c>) and today's Vietnam date (a meeting cannot be in the future).
/// </summary>
public sealed record VoteMeeting(DateOnly? MeetingOn, IReadOnlyCollection<int> Roster, VoteBase Base, DateOnly Today);
