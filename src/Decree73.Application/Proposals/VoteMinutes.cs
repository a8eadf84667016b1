using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Proposals;

/// <summary>
/// What the head's minutes still lack (Art. 8(1), Art. 9(2)): an entry — for, against or absent — for every member of
/// the roster, and the meeting's date. Each gap is named on its own field (<c>Votes[officerId]</c>, <c>MeetingOn</c>)
/// with one message for the form; the entity refuses incomplete minutes too, with one message only.
/// </summary>
public static class VoteMinutes
{
    public static IReadOnlyList<FieldError> Gaps(IEnumerable<int> roster, IReadOnlyCollection<Vote> minutes, DateOnly? meetingOn)
    {
        var gaps = roster.Where(member => minutes.All(v => v.OfficerId != member))
            .Select(member => new FieldError($"Votes[{member}]", ValidationMessages.Proposal_VoteChoiceMissing))
            .ToList();
        if (meetingOn is null)
        {
            gaps.Add(new FieldError("MeetingOn", ValidationMessages.Proposal_MeetingDateRequired));
        }

        if (gaps.Count > 0)
        {
            gaps.Add(new FieldError("", ValidationMessages.Proposal_RosterIncomplete));
        }

        return gaps;
    }
}
