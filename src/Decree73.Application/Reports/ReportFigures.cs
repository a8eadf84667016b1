using System.Text.Json;

namespace Decree73.Application.Reports;

/// <summary>
/// One row of a breakdown. <see cref="Key"/> is stable (an enum name, a unit or field id, an ethnicity) so that
/// figures from several reports add up by key; <see cref="Label"/> is the name when it comes from data (a unit, a
/// field, an ethnicity) and null for enum rows, whose Vietnamese name the page or document supplies.
/// </summary>
public sealed record FigureRow(string Key, string? Label, int Count);

/// <summary>People counted once each, broken down as the seed report does (post, sex, age, education, ethnicity).</summary>
public sealed record PersonBreakdown
{
    public int Total { get; init; }
    public IReadOnlyList<FigureRow> ByPost { get; init; } = [];
    public IReadOnlyList<FigureRow> BySex { get; init; } = [];
    /// <summary>Keys <see cref="AgeGroups.Under40"/> and <see cref="AgeGroups.From40"/>, age at the period's last day.</summary>
    public IReadOnlyList<FigureRow> ByAgeGroup { get; init; } = [];
    public IReadOnlyList<FigureRow> ByEducation { get; init; } = [];
    /// <summary>Keys <see cref="EthnicGroups.Kinh"/> and <see cref="EthnicGroups.Other"/>.</summary>
    public IReadOnlyList<FigureRow> ByEthnicGroup { get; init; } = [];
    public IReadOnlyList<FigureRow> ByEthnicity { get; init; } = [];

    public static PersonBreakdown Sum(IEnumerable<PersonBreakdown> parts)
    {
        var list = parts.ToList();
        return new PersonBreakdown
        {
            Total = list.Sum(p => p.Total),
            ByPost = Rows.Sum(list.Select(p => p.ByPost)),
            BySex = Rows.Sum(list.Select(p => p.BySex)),
            ByAgeGroup = Rows.Sum(list.Select(p => p.ByAgeGroup)),
            ByEducation = Rows.Sum(list.Select(p => p.ByEducation)),
            ByEthnicGroup = Rows.Sum(list.Select(p => p.ByEthnicGroup)),
            ByEthnicity = Rows.Sum(list.Select(p => p.ByEthnicity)),
        };
    }
}

/// <summary>
/// The shares the seed report gives beside its counts ("24 nam (tỷ lệ 75%), nữ 08 (tỷ lệ 25%); 6 người dưới 40 tuổi (tỷ
/// lệ 18,75%)", "trình độ Đại học trở lên (đạt 100%)"): a percentage of the people counted, rounded half away from zero to
/// two decimals and written without trailing zeros (75, 18,75, 33,33).
/// </summary>
public static class ReportShares
{
    public static decimal? Percent(int count, int total) =>
        total <= 0 ? null : Math.Round(100m * count / total, 2, MidpointRounding.AwayFromZero);

    /// <summary>Doctorate, master and university: "trình độ Đại học trở lên".</summary>
    public static int UniversityOrHigher(PersonBreakdown people) =>
        people.ByEducation.CountOf(nameof(Domain.People.EducationLevel.Doctorate))
        + people.ByEducation.CountOf(nameof(Domain.People.EducationLevel.Master))
        + people.ByEducation.CountOf(nameof(Domain.People.EducationLevel.University));
}

public static class AgeGroups
{
    public const string Under40 = "Under40";
    public const string From40 = "From40";
}

public static class EthnicGroups
{
    public const string Kinh = "Kinh";
    public const string Other = "Other";
}

/// <summary>Where a part of the figures came from: a subordinate unit's frozen report, or live counting.</summary>
public sealed record FigureSource(int UnitId, string UnitName, bool Frozen, int? ReportId);

/// <summary>
/// The figures of domain.md §9 for one unit and one period (docs/reports.md says exactly what each counts). A
/// submitted report keeps them as JSON; a draft computes them live.
/// </summary>
public sealed record ReportFigures
{
    public int Received { get; init; }
    public int Approved { get; init; }
    public int ApprovedByOverride { get; init; }
    public int Rejected { get; init; }
    /// <summary>Escalated out: proposals this subtree's units sent to a competent unit above (escalation decisions in the period).</summary>
    public int Escalated { get; init; }
    /// <summary>Received from below: proposals received in the period by escalation from a lower level (domain.md §5 row 5).</summary>
    public int EscalatedReceived { get; init; }
    public int InProgress { get; init; }
    public int Suspended { get; init; }
    public int Stopped { get; init; }
    public int Completed { get; init; }
    public int EvaluatedCompleted { get; init; }
    public int EvaluatedPartly { get; init; }
    public int EvaluatedNotCompleted { get; init; }

    /// <summary>Implementation decisions of the period that allocated equipment, staff or funds (Art. 10(2)).</summary>
    public int ResourcedProposals { get; init; }

    /// <summary>The funds those decisions allocated, in VND.</summary>
    public long AllocatedFundsVnd { get; init; }

    /// <summary>Distinct officers encouraged in the period, and per measure (an officer may count under several).</summary>
    public int EncouragedOfficers { get; init; }
    public IReadOnlyList<FigureRow> EncouragedByMeasure { get; init; } = [];

    /// <summary>Distinct officers protected in the period, and per type.</summary>
    public int ProtectedOfficers { get; init; }
    public IReadOnlyList<FigureRow> ProtectedByType { get; init; } = [];

    /// <summary>Art. 6 violations whose handling was recorded in the period (domain.md §9 "Art. 6 violations handled").</summary>
    public int ViolationsHandled { get; init; }

    /// <summary>Proposals received in the period, by field (key: field id, or "None").</summary>
    public IReadOnlyList<FigureRow> ReceivedByField { get; init; } = [];

    /// <summary>Proposals received in the period, by kind of innovation (key: kind id, or "None"); section I.2 counts them.</summary>
    public IReadOnlyList<FigureRow> ReceivedByKind { get; init; } = [];

    /// <summary>Proposals received in the period, by deciding unit (key: unit id).</summary>
    public IReadOnlyList<FigureRow> ReceivedByUnit { get; init; } = [];

    /// <summary>The distinct proposers of the proposals received in the period.</summary>
    public PersonBreakdown Proposers { get; init; } = new();

    /// <summary>The distinct officers encouraged in the period.</summary>
    public PersonBreakdown Encouraged { get; init; } = new();

    /// <summary>Which subordinate units were added from their frozen reports and which were counted live.</summary>
    public IReadOnlyList<FigureSource> Sources { get; init; } = [];

    /// <summary>
    /// The issuing body's name as it stood at submission, so that renaming the unit later never changes a submitted
    /// report's document. Null in live figures and in reports submitted before it was stored.
    /// </summary>
    public string? UnitName { get; init; }

    /// <summary>
    /// The governing body line above the issuer's name (the parent unit) as it stood at submission; null when the
    /// document shows none. Only meaningful when <see cref="UnitName"/> is set.
    /// </summary>
    public string? ParentUnitName { get; init; }

    /// <summary>The figures without what is not a count (sources, frozen names), to compare frozen with live.</summary>
    public ReportFigures CountsOnly() => this with { Sources = [], UnitName = null, ParentUnitName = null };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportFigures FromJson(string json) =>
        JsonSerializer.Deserialize<ReportFigures>(json, Json) ?? throw new InvalidOperationException("Empty report figures.");

    /// <summary>Adds up figures of disjoint parts of a subtree (consolidation).</summary>
    public static ReportFigures Sum(IEnumerable<ReportFigures> parts)
    {
        var list = parts.ToList();
        return new ReportFigures
        {
            Received = list.Sum(f => f.Received),
            Approved = list.Sum(f => f.Approved),
            ApprovedByOverride = list.Sum(f => f.ApprovedByOverride),
            Rejected = list.Sum(f => f.Rejected),
            Escalated = list.Sum(f => f.Escalated),
            EscalatedReceived = list.Sum(f => f.EscalatedReceived),
            ResourcedProposals = list.Sum(f => f.ResourcedProposals),
            AllocatedFundsVnd = list.Sum(f => f.AllocatedFundsVnd),
            InProgress = list.Sum(f => f.InProgress),
            Suspended = list.Sum(f => f.Suspended),
            Stopped = list.Sum(f => f.Stopped),
            Completed = list.Sum(f => f.Completed),
            EvaluatedCompleted = list.Sum(f => f.EvaluatedCompleted),
            EvaluatedPartly = list.Sum(f => f.EvaluatedPartly),
            EvaluatedNotCompleted = list.Sum(f => f.EvaluatedNotCompleted),
            EncouragedOfficers = list.Sum(f => f.EncouragedOfficers),
            EncouragedByMeasure = Rows.Sum(list.Select(f => f.EncouragedByMeasure)),
            ProtectedOfficers = list.Sum(f => f.ProtectedOfficers),
            ProtectedByType = Rows.Sum(list.Select(f => f.ProtectedByType)),
            ViolationsHandled = list.Sum(f => f.ViolationsHandled),
            ReceivedByField = Rows.Sum(list.Select(f => f.ReceivedByField)),
            ReceivedByKind = Rows.Sum(list.Select(f => f.ReceivedByKind)),
            ReceivedByUnit = Rows.Sum(list.Select(f => f.ReceivedByUnit)),
            Proposers = PersonBreakdown.Sum(list.Select(f => f.Proposers)),
            Encouraged = PersonBreakdown.Sum(list.Select(f => f.Encouraged)),
            Sources = list.SelectMany(f => f.Sources).ToList(),
        };
    }
}

public static class Rows
{
    /// <summary>Adds rows with the same key, keeping the first order seen.</summary>
    public static IReadOnlyList<FigureRow> Sum(IEnumerable<IReadOnlyList<FigureRow>> parts)
    {
        var sums = new Dictionary<string, FigureRow>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in parts.SelectMany(p => p))
        {
            if (sums.TryGetValue(row.Key, out var seen))
            {
                sums[row.Key] = seen with { Count = seen.Count + row.Count, Label = seen.Label ?? row.Label };
            }
            else
            {
                sums[row.Key] = row;
                order.Add(row.Key);
            }
        }

        return order.Select(k => sums[k]).ToList();
    }

    public static int CountOf(this IReadOnlyList<FigureRow> rows, string key) => rows.FirstOrDefault(r => r.Key == key)?.Count ?? 0;
}
