using Decree73.Application.Common;
using Decree73.Application.Documents;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;

namespace Decree73.Web.Pages.Proposals;

/// <summary>The proposal list as a spreadsheet or CSV: its columns, and each streamed row as the writer takes it.</summary>
public static class ProposalListExport
{
    public static IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new(ComplianceText.Export_Receipt, 24),
        new(ComplianceText.Export_ProposalTitle, 60),
        new(ComplianceText.Export_State, 24),
        new(ComplianceText.Export_Field, 32),
        new(ComplianceText.Export_Proposer, 26),
        new(ComplianceText.Export_ProposerUnit, 32),
        new(ComplianceText.Export_DecidingUnit, 32),
        new(ComplianceText.Export_ReceivedOn, 14, ColumnKind.Date),
        new(ComplianceText.Export_DecisionDueOn, 14, ColumnKind.Date),
        new(ComplianceText.Export_Responsible, 26),
        new(ComplianceText.Export_StepDueOn, 14, ColumnKind.Date),
        new(ComplianceText.Export_Outcome, 22),
    ];

    public static async IAsyncEnumerable<object?[]> Rows(IAsyncEnumerable<ProposalExportRow> rows)
    {
        await foreach (var r in rows)
        {
            yield return
            [
                r.ReceiptNumber, r.Title, EnumText.Of(r.State), r.FieldName, r.ProposerName, r.ProposerUnitName, r.DecidingUnitName,
                r.ReceivedAtUtc is { } received ? VietnamTime.DateOf(received) : null, r.DecisionDueOn, r.ResponsibleName, r.StepDueOn,
                r.Outcome is { } outcome ? Outcome(outcome) : null,
            ];
        }
    }

    private static string Outcome(EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.Completed => ComplianceText.Outcome_Completed,
        EvaluationOutcome.PartlyCompleted => ComplianceText.Outcome_PartlyCompleted,
        _ => ComplianceText.Outcome_NotCompleted,
    };
}
