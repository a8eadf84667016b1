using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// What the implementation decision allocates (Art. 10(2): "bố trí … trang thiết bị, nhân lực, kinh phí" for the
/// proposal's implementation). Each part is optional; funds are whole VND.
/// </summary>
public sealed record ImplementationResources(string? Equipment, string? Staff, decimal? FundsVnd)
{
    public static readonly DomainError NegativeFunds = new("Proposal.NegativeFunds", "FundsVnd");

    public bool IsEmpty => string.IsNullOrWhiteSpace(Equipment) && string.IsNullOrWhiteSpace(Staff) && FundsVnd is null;

    public Result Check() => FundsVnd is < 0 || FundsVnd is { } f && f != decimal.Truncate(f) ? NegativeFunds : Result.Success();

    public ImplementationResources Cleaned() => new(Clean(Equipment), Clean(Staff), FundsVnd);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
