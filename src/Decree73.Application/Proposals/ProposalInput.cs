using Decree73.Domain.Proposals;

namespace Decree73.Application.Proposals;

/// <summary>The proposal as the writing form posts it: its title and classification, the plan's period, and the plan itself.</summary>
public sealed class ProposalInput
{
    public string Title { get; set; } = "";
    public int? FieldId { get; set; }
    public int? KindId { get; set; }

    /// <summary>(b) Thời gian thực hiện.</summary>
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }

    /// <summary>The plan of Art. 7(2); a draft may leave most of it empty.</summary>
    public ProposalPlan Plan { get; set; } = new();

    /// <summary>The proposer declares a pilot mechanism under a separate legal instrument (out of the decree's scope, Art. 1).</summary>
    public bool IsPilotMechanism { get; set; }
}
