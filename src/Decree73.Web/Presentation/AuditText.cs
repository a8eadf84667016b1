using System.Globalization;
using Decree73.Application.Audit;
using Decree73.Application.Common;
using Decree73.Domain.Proposals;
using Decree73.Web.Resources;

namespace Decree73.Web.Presentation;

/// <summary>Vietnamese wording of audit entries: what happened, which field, and its values.</summary>
public static class AuditText
{
    private const int ShownLength = 300;

    private static readonly Dictionary<string, string> ProposalFieldKeys = new(StringComparer.Ordinal)
    {
        ["FundsVnd"] = "Proposal_Funds", ["ResourceEquipment"] = "Proposal_Equipment", ["FieldId"] = "Proposal_Field", ["KindId"] = "Proposal_Kind",
    };

    private static readonly Dictionary<string, string> EnumFields = new(StringComparer.Ordinal)
    {
        ["State"] = nameof(ProposalState), ["Kind"] = nameof(DecisionKind), ["Stage"] = nameof(VoteStage), ["Outcome"] = nameof(EvaluationOutcome),
    };

    public static string Action(string action) =>
        Text($"Audit_Action_{action}") ?? string.Format(UiText.Culture, UiText.Audit_Action_Other, action);

    public static string Field(string field) =>
        Text(ProposalFieldKeys.GetValueOrDefault(field) ?? $"Proposal_{field}") ?? Text($"Audit_Field_{field}") ?? Condition(field) ?? field;

    /// <summary>A finding on a condition of Art. 5(1) / Art. 4(2), or its note, worded as on the conditions page.</summary>
    private static string? Condition(string field)
    {
        var note = field.EndsWith("Note", StringComparison.Ordinal);
        var label = DecisionText.ResourceManager.GetString($"Conditions_{(note ? field[..^4] : field)}", DecisionText.Culture);
        return label is null ? null : note ? $"{label} – {DecisionText.Conditions_Note}" : label;
    }

    public static string When(DateTime utc) => Display.Moment(utc);

    public static string Who(HistoryItem item) => item.ByName ?? (item.BySystem ? UiText.Audit_BySystem : UiText.Audit_ByUnknown);

    public static string Value(string field, string? value)
    {
        if (value is null)
        {
            return UiText.Audit_Empty;
        }

        if (EnumFields.TryGetValue(field, out var type) && EnumText.Find(type, value) is { } name)
        {
            return name;
        }

        if (value is "true" or "false")
        {
            return value == "true" ? UiText.Audit_Yes : UiText.Audit_No;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Display.Date(date);
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            && value.Contains('T', StringComparison.Ordinal))
        {
            return When(time);
        }

        return value.Length > ShownLength ? value[..ShownLength] + "…" : value;
    }

    /// <summary>
    /// Fields kept out of the history people read: identifiers, storage internals, timestamps and the workflow's own
    /// bookkeeping. The administrator sees them in the technical trail (/Admin/Audit?proposal=).
    /// </summary>
    private static readonly HashSet<string> TechnicalFields = new(StringComparer.Ordinal)
    {
        "Id", "ProposalId", "CreationToken", "Version", "TitleFolded", "State", "StepState", "StepSinceUtc", "StepDueOn", "ResponsibleOfficerId",
        "ProposerId", "UnitId", "ReceiptNumber", "ReceivedAtUtc", "Sha256", "StoredName", "ContentType", "Length", "OwnerId", "DecisionId",
        "MilestoneId", "FileName", "RecordedAtUtc", "RecordedByOfficerId",
    };

    /// <summary>The enum behind a "Kind" or "Stage" field depends on the row it belongs to.</summary>
    private static string? EnumOf(string entity, string field) => (entity, field) switch
    {
        ("ProposalAttachment", "Kind") => nameof(AttachmentKind),
        ("OpinionRequest", "Kind") => nameof(OpinionKind),
        (_, "Kind") => nameof(DecisionKind),
        (_, "Stage") => nameof(VoteStage),
        (_, "State") => nameof(ProposalState),
        (_, "Outcome") => nameof(EvaluationOutcome),
        _ => null,
    };

    /// <summary>
    /// One sentence per event, as a person tells it: "Hoàng Đức Thắng gửi đề xuất; số tiếp nhận 1/2026/ĐX-TRAMLO".
    /// </summary>
    public static string Sentence(HistoryItem item)
    {
        var who = Who(item);
        string? After(string field) => item.Changes.FirstOrDefault(c => c.Field == field)?.After;
        string? Before(string field) => item.Changes.FirstOrDefault(c => c.Field == field)?.Before;
        var file = After("FileName") ?? Before("FileName");
        return item.Action switch
        {
            "Submitted" when After("ReceiptNumber") is { } receipt => Format(UiText.Audit_Says_SubmittedWithReceipt, who, receipt),
            _ when item.Entity == "ProposalAttachment" && file is not null =>
                Format(item.Action.EndsWith("Deleted", StringComparison.Ordinal) ? UiText.Audit_Says_AttachmentRemoved : UiText.Audit_Says_AttachmentAdded,
                    who, file),
            _ => Text($"Audit_Says_{item.Action}") is { } known ? Format(known, who)
                : RowSentence(item, who) ?? Format(UiText.Audit_Says_Other, who),
        };
    }

    /// <summary>"… thêm mốc tiến độ" for a row of the proposal other than the proposal itself.</summary>
    private static string? RowSentence(HistoryItem item, string who)
    {
        var change = item.Action.StartsWith(item.Entity, StringComparison.Ordinal) ? item.Action[item.Entity.Length..] : null;
        return change is "Added" or "Modified" or "Deleted" && Text($"Audit_Entity_{item.Entity}") is { } row
            ? Format(Text($"Audit_Says_Row{change}")!, who, row)
            : null;
    }

    /// <summary>The values a person needs to read, labelled and formatted; the technical fields are left out.</summary>
    public static IReadOnlyList<(string Label, string? Before, string? After)> PeopleChanges(HistoryItem item) =>
        item.Changes
            .Where(c => !TechnicalFields.Contains(c.Field) && !c.Field.EndsWith("Utc", StringComparison.Ordinal) && !UnresolvedId(c))
            .Select(c => (Label(item.Entity, c.Field), PeopleValue(item.Entity, c.Field, c.Before), PeopleValue(item.Entity, c.Field, c.After)))
            .ToList();

    /// <summary>An id no name was found for: a number means nothing to a reader.</summary>
    private static bool UnresolvedId(AuditChange change) =>
        change.Field.EndsWith("Id", StringComparison.Ordinal)
        && (change.Before is null || change.Before.All(char.IsAsciiDigit)) && (change.After is null || change.After.All(char.IsAsciiDigit));

    private static string Label(string entity, string field) => (entity, field) switch
    {
        ("ProposalAttachment", "Kind") => UiText.Audit_Field_AttachmentKind,
        ("OpinionRequest", "Kind") => UiText.Audit_Field_OpinionKind,
        ("ProposalMilestone", "Title") => UiText.Audit_Field_MilestoneTitle,
        ("Proposal", _) => Field(field),
        _ => Text($"Audit_Field_{field}") ?? Field(field),
    };

    private static string? PeopleValue(string entity, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (EnumOf(entity, field) is { } type)
        {
            return EnumText.Find(type, value) ?? value;
        }

        if (field == "FundsVnd" && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return amount.ToString("#,0", Formats.Vietnamese) + " " + UiText.Audit_Currency;
        }

        return Value(field, value);
    }

    private static string Format(string template, params object[] args) => string.Format(UiText.Culture, template, args);

    public static string Break(AuditBreakKind kind) => EnumText.Of(kind);

    private static string? Text(string key) => UiText.ResourceManager.GetString(key, UiText.Culture);
}
