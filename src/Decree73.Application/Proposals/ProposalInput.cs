namespace Decree73.Application.Proposals;

/// <summary>The plan of Art. 7(2) as the form posts it. A draft may leave most of it empty.</summary>
public sealed class ProposalInput
{
    public string Title { get; set; } = "";
    public int? FieldId { get; set; }
    public int? KindId { get; set; }
    public string? Necessity { get; set; }
    public string? Purpose { get; set; }
    public string? Bottleneck { get; set; }
    public string? RuleGap { get; set; }
    public string? Content { get; set; }
    public string? Scope { get; set; }
    public string? Implementers { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public string? ResourcePeople { get; set; }
    public decimal? FundsVnd { get; set; }
    public string? ResourceEquipment { get; set; }
    public string? Feasibility { get; set; }
    public string? PositiveImpact { get; set; }
    public string? NegativeImpact { get; set; }
    public string? ExpectedResults { get; set; }

    /// <summary>The proposer declares a pilot mechanism under a separate legal instrument (out of the decree's scope, Art. 1).</summary>
    public bool IsPilotMechanism { get; set; }
}
