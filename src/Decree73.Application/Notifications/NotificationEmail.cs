using System.Globalization;
using System.Text;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.Notifications;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Notifications;

/// <summary>The Vietnamese subject and plain-text body of a notification's e-mail.</summary>
public sealed record NotificationEmail(string Subject, string Body)
{
    /// <param name="step">The step an assignment gave (named in the subject and the first line); null for older rows and other kinds.</param>
    public static NotificationEmail Compose(NotificationKind kind, string title, string? receiptNumber, DateOnly? dueOn, Uri link, ProposalState? step = null)
    {
        var vi = Formats.Vietnamese;
        var stepName = kind == NotificationKind.Assigned && step is { } s ? StepNames.Of(s) : null;
        var (subject, lead) = kind switch
        {
            NotificationKind.Assigned when stepName is not null => (NotificationText.Notify_Subject_AssignedStep, NotificationText.Notify_Body_AssignedStep),
            NotificationKind.Assigned => (NotificationText.Notify_Subject_Assigned, NotificationText.Notify_Body_Assigned),
            NotificationKind.DueSoon => (NotificationText.Notify_Subject_DueSoon, NotificationText.Notify_Body_DueSoon),
            NotificationKind.Overdue => (NotificationText.Notify_Subject_Overdue, NotificationText.Notify_Body_Overdue),
            NotificationKind.OpinionOverdue => (NotificationText.Notify_Subject_OpinionOverdue, NotificationText.Notify_Body_OpinionOverdue),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        var body = new StringBuilder()
            .AppendLine(NotificationText.Notify_Greeting)
            .AppendLine()
            .AppendLine(string.Format(vi, lead, title, stepName));
        if (receiptNumber is not null)
        {
            body.AppendLine(string.Format(vi, NotificationText.Notify_ReceiptNumber, receiptNumber));
        }

        if (dueOn is { } due)
        {
            body.AppendLine(string.Format(vi, NotificationText.Notify_DueOn, due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        }

        body.AppendLine()
            .AppendLine(string.Format(vi, NotificationText.Notify_Link, link.AbsoluteUri))
            .AppendLine()
            .AppendLine(NotificationText.Notify_Footer);
        return new NotificationEmail(string.Format(vi, subject, Shorten(title), stepName), body.ToString());
    }

    private static string Shorten(string title) => title.Length <= 120 ? title : title[..119] + "…";
}
