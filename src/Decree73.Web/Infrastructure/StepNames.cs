using Decree73.Domain.Proposals;
using Decree73.Web.Resources;

namespace Decree73.Web.Infrastructure;

/// <summary>
/// What the holder of a proposal's step is asked to do, named for people ("Lấy ý kiến", "Đánh giá kết quả"), from
/// UiText.resx ("StepName_{State}"); a state nobody holds falls back to the state's name.
/// </summary>
public static class StepNames
{
    public static string Of(ProposalState state) =>
        UiText.ResourceManager.GetString($"StepName_{state}", UiText.Culture) ?? EnumText.Of(state);
}
