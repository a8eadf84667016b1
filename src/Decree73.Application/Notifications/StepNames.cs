using Decree73.Application.Resources;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Notifications;

/// <summary>
/// What the holder of a proposal's step is asked to do, named for people ("Lấy ý kiến", "Đánh giá kết quả"), from
/// NotificationText.resx ("StepName_{State}"): the same words in the notifications list and in the e-mail. Null for a
/// state nobody holds.
/// </summary>
public static class StepNames
{
    public static string? Of(ProposalState state) =>
        NotificationText.ResourceManager.GetString($"StepName_{state}", NotificationText.Culture);
}
