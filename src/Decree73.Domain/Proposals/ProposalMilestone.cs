using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// A milestone of the plan's timeline (Art. 7(2)(b), thời gian thực hiện). The proposer writes them with the draft, so
/// the leadership votes on them with the rest of the plan; implementers mark them reached with a progress update.
/// </summary>
public sealed class ProposalMilestone : Entity, IProposalOwned
{
    private ProposalMilestone() { }

    internal ProposalMilestone(string title, DateOnly dueOn)
    {
        Title = title;
        DueOn = dueOn;
    }

    public int ProposalId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public DateOnly? DoneOn { get; private set; }

    internal void MarkDone(DateOnly on) => DoneOn = on;

    internal void Change(string title, DateOnly dueOn)
    {
        Title = title;
        DueOn = dueOn;
    }
}
