using System.Globalization;
using Decree73.Application.Audit;
using Decree73.Application.Common;
using Decree73.Domain.Proposals;
using Decree73.Web.Resources;

namespace Decree73.Web.Infrastructure;

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
        Text(ProposalFieldKeys.GetValueOrDefault(field) ?? $"Proposal_{field}") ?? Text($"Audit_Field_{field}") ?? field;

    public static string When(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, VietnamTime.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Who(HistoryItem item) => item.ByName ?? (item.BySystem ? UiText.Audit_BySystem : UiText.Audit_ByUnknown);

    public static string Value(string field, string? value)
    {
        if (value is null)
        {
            return UiText.Audit_Empty;
        }

        if (EnumFields.TryGetValue(field, out var type) && Text($"Enum_{type}_{value}") is { } name)
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

    public static string Break(AuditBreakKind kind) => Text($"Audit_Break_{kind}") ?? kind.ToString();

    private static string? Text(string key) => UiText.ResourceManager.GetString(key, UiText.Culture);
}
