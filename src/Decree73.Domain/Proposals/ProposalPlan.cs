namespace Decree73.Domain.Proposals;

/// <summary>
/// The written plan of Art. 7(2): why (a), what and with what (b), and its effects (c). One value, listed once: the
/// proposal holds it (stored in the proposal's own columns), the writing form posts it and one validator checks it
/// (<c>ProposalPlanValidator</c>). A draft may leave any of it empty; submission requires it, equipment and funds aside.
/// The plan's period (<see cref="Proposal.StartOn"/>, <see cref="Proposal.EndOn"/>) stays on the proposal: the
/// compliance indexes cover its end date, and EF Core 10 indexes no property of a complex type.
/// </summary>
public sealed record ProposalPlan
{
    /// <summary>The longest text of a part.</summary>
    public const int TextMaxLength = 8000;

    /// <summary>(a) Sự cần thiết.</summary>
    public string? Necessity { get; init; }
    /// <summary>(a) Mục đích, yêu cầu.</summary>
    public string? Purpose { get; init; }
    /// <summary>(a) Điểm nghẽn, nút thắt cần tháo gỡ.</summary>
    public string? Bottleneck { get; init; }
    /// <summary>(a) Quy định còn thiếu hoặc không phù hợp với thực tiễn.</summary>
    public string? RuleGap { get; init; }
    /// <summary>(b) Nội dung, nhiệm vụ, giải pháp.</summary>
    public string? Content { get; init; }
    /// <summary>(b) Phạm vi.</summary>
    public string? Scope { get; init; }
    /// <summary>(b) Đối tượng thực hiện.</summary>
    public string? Implementers { get; init; }
    /// <summary>(b) Nguồn lực bảo đảm: con người, kinh phí (VND), trang thiết bị.</summary>
    public string? ResourcePeople { get; init; }
    public decimal? FundsVnd { get; init; }
    public string? ResourceEquipment { get; init; }
    /// <summary>(b) Tính khả thi.</summary>
    public string? Feasibility { get; init; }
    /// <summary>(c) Tác động tích cực.</summary>
    public string? PositiveImpact { get; init; }
    /// <summary>(c) Tác động tiêu cực, rủi ro.</summary>
    public string? NegativeImpact { get; init; }
    /// <summary>(c) Dự kiến hiệu quả, với chỉ tiêu đo được.</summary>
    public string? ExpectedResults { get; init; }

    /// <summary>The plan as it is kept: every text trimmed, a blank one none at all.</summary>
    public ProposalPlan Cleaned() => this with
    {
        Necessity = Clean(Necessity), Purpose = Clean(Purpose), Bottleneck = Clean(Bottleneck), RuleGap = Clean(RuleGap),
        Content = Clean(Content), Scope = Clean(Scope), Implementers = Clean(Implementers), ResourcePeople = Clean(ResourcePeople),
        ResourceEquipment = Clean(ResourceEquipment), Feasibility = Clean(Feasibility), PositiveImpact = Clean(PositiveImpact),
        NegativeImpact = Clean(NegativeImpact), ExpectedResults = Clean(ExpectedResults),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
