using System.Collections;
using System.Globalization;
using System.Resources;
using Decree73.Application.Common;
using Decree73.Domain.Proposals;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// Every enum value the pages show has its Vietnamese name in the one label source, EnumText.resx ("{Type}_{Value}"):
/// the enums of the domain and the application, found by reflection, less those the UI never names on their own
/// (each with its reason). A value added to an enum without a label fails here rather than on a page.
/// </summary>
public sealed class EnumTextTests
{
    /// <summary>Enums that are not shown as a name of their own, and why.</summary>
    private static readonly Dictionary<string, string> NotShown = new(StringComparer.Ordinal)
    {
        ["EmailState"] = "delivery state of the outbox, never displayed",
        ["StepHolder"] = "internal: the page names the person holding the step",
        ["VoteOutcome"] = "internal: the outcome is shown as the resulting state",
        ["VoteBase"] = "configuration value",
        ["ProposalCondition"] = "shown as the condition's sentence of Art. 4 and 5 (DecisionText Conditions_*)",
        ["VoteChoice"] = "shown as the vote buttons' wording (UiText Workflow_Vote*)",
        ["CreditReason"] = "shown as the explanation of an appraisal credit (AppraisalText)",
        ["OperationStatus"] = "internal: a service result, answered with a status code or a form error",
        ["ColumnKind"] = "internal: the format of a spreadsheet column",
    };

    private static IEnumerable<Type> Enums() =>
        new[] { typeof(ProposalState).Assembly, typeof(OperationResult).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsEnum);

    [Fact]
    public void The_enums_are_found()
    {
        var names = Enums().Select(t => t.Name).ToList();

        Assert.Contains(nameof(ProposalState), names);
        Assert.Contains("EncouragementMeasure", names);
        Assert.Contains("AuditBreakKind", names);
    }

    [Fact]
    public void Every_value_of_every_enum_shown_has_a_label()
    {
        var missing = Enums().Where(t => !NotShown.ContainsKey(t.Name))
            .SelectMany(t => Enum.GetNames(t).Select(v => (Type: t.Name, Value: v)))
            .Where(e => string.IsNullOrWhiteSpace(EnumText.Find(e.Type, e.Value)))
            .Select(e => $"{e.Type}_{e.Value}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_enums_left_out_exist()
    {
        var names = Enums().Select(t => t.Name).ToHashSet();

        Assert.All(NotShown.Keys, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Every_label_names_a_value_that_exists()
    {
        var values = Enums().SelectMany(t => Enum.GetNames(t).Select(v => $"{t.Name}_{v}")).ToHashSet(StringComparer.Ordinal);
        var labels = EnumTextResource.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, true, true)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();

        var stale = labels.Where(l => !values.Contains(l)).ToList();

        Assert.NotEmpty(labels);
        Assert.Empty(stale);
    }

    [Fact]
    public void No_other_resource_file_defines_an_enum_label()
    {
        ResourceManager[] others =
        [
            UiText.ResourceManager, AppraisalText.ResourceManager, ProtectionText.ResourceManager, ReportText.ResourceManager,
            ComplianceText.ResourceManager, DecisionText.ResourceManager, PanelText.ResourceManager, TwoFactorText.ResourceManager,
        ];

        var stray = others.SelectMany(r => r.GetResourceSet(CultureInfo.InvariantCulture, true, true)!.Cast<DictionaryEntry>())
            .Select(e => (string)e.Key)
            .Where(k => k.StartsWith("Enum_", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(stray);
    }

    [Fact]
    public void A_label_is_read_by_its_value()
    {
        Assert.Equal("Bản nháp", EnumText.Of(ProposalState.Draft));
        Assert.Null(EnumText.Find(nameof(ProposalState), "NoSuchState"));
    }
}
