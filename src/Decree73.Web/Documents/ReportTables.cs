using System.Globalization;
using Decree73.Application.Reports;
using Decree73.Domain.Encouragement;
using Decree73.Domain.People;
using Decree73.Domain.Protection;
using Decree73.Domain.Reports;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;

namespace Decree73.Web.Documents;

/// <summary>One line of a figures table: the stated count and, beside a frozen report, the count computed now.</summary>
public sealed record FigureLine(string? Group, string Label, long Stated, long? Live, decimal? Share = null)
{
    public bool Differs => Live is { } live && live != Stated;

    /// <summary>"75%", "18,75%" (<see cref="ReportShares"/>); empty when the line has no share.</summary>
    public string ShareText => Share is { } share ? Application.Documents.VietnameseFormat.Number(share) + "%" : "";
}

/// <summary>A table of the report: what the page, the .docx and the .xlsx all show.</summary>
public sealed record FigureTable(string Title, bool Grouped, IReadOnlyList<FigureLine> Lines);

/// <summary>Turns <see cref="ReportFigures"/> into the titled tables of domain.md §9, with Vietnamese labels.</summary>
public static class ReportTables
{
    /// <param name="stated">The figures the report states (frozen once submitted).</param>
    /// <param name="live">The figures computed now, shown beside frozen ones; null for a draft.</param>
    public static IReadOnlyList<FigureTable> Build(ReportFigures stated, ReportFigures? live)
    {
        FigureLine Line(string label, Func<ReportFigures, long> value, string? group = null) =>
            new(group, label, value(stated), live is null ? null : value(live));

        IEnumerable<FigureLine> RowLines(Func<ReportFigures, IReadOnlyList<FigureRow>> rows, Func<FigureRow, string> label, string? group = null)
        {
            var keys = rows(stated).Select(r => r.Key).ToList();
            if (live is not null)
            {
                keys.AddRange(rows(live).Select(r => r.Key).Where(k => !keys.Contains(k)));
            }

            return keys.Select(k =>
            {
                var row = rows(stated).FirstOrDefault(r => r.Key == k) ?? rows(live!).First(r => r.Key == k);
                return new FigureLine(group, label(row), rows(stated).CountOf(k), live is null ? null : rows(live).CountOf(k));
            });
        }

        // Every line of a people table carries its share of the people counted (the stated figures), as the seed does.
        IEnumerable<FigureLine> People(Func<ReportFigures, PersonBreakdown> people)
        {
            var total = people(stated).Total;
            FigureLine Shared(FigureLine line) => line with { Share = ReportShares.Percent((int)line.Stated, total) };
            FigureLine[] lines =
            [
                Line(ReportText.Fig_PeopleTotal, f => people(f).Total),
                .. RowLines(f => people(f).ByPost, r => EnumText.Of(Enum.Parse<PostKind>(r.Key)), ReportText.Group_Post),
                .. RowLines(f => people(f).BySex, r => EnumText.Of(Enum.Parse<Sex>(r.Key)), ReportText.Group_Sex),
                .. RowLines(f => people(f).ByAgeGroup, r => r.Key == AgeGroups.Under40 ? ReportText.Age_Under40 : ReportText.Age_From40, ReportText.Group_Age),
                Line(ReportText.Education_UniversityOrHigher, f => ReportShares.UniversityOrHigher(people(f)), ReportText.Group_Education),
                .. RowLines(f => people(f).ByEducation, r => EnumText.Of(Enum.Parse<EducationLevel>(r.Key)), ReportText.Group_Education),
                .. RowLines(f => people(f).ByEthnicGroup, r => r.Key == EthnicGroups.Kinh ? ReportText.Ethnic_Kinh : ReportText.Ethnic_Other, ReportText.Group_EthnicGroup),
                .. RowLines(f => people(f).ByEthnicity, r => r.Label ?? r.Key, ReportText.Group_Ethnicity),
            ];
            return lines.Select(Shared);
        }

        return
        [
            new(ReportText.Table_Proposals, false,
            [
                Line(ReportText.Fig_Received, f => f.Received), Line(ReportText.Fig_Approved, f => f.Approved),
                Line(ReportText.Fig_ApprovedByOverride, f => f.ApprovedByOverride), Line(ReportText.Fig_Rejected, f => f.Rejected),
                Line(ReportText.Fig_Escalated, f => f.Escalated), Line(ReportText.Fig_EscalatedReceived, f => f.EscalatedReceived),
                Line(ReportText.Fig_InProgress, f => f.InProgress),
                Line(ReportText.Fig_Suspended, f => f.Suspended), Line(ReportText.Fig_Stopped, f => f.Stopped),
                Line(ReportText.Fig_Completed, f => f.Completed),
                Line(DecisionText.Fig_ResourcedProposals, f => f.ResourcedProposals), Line(DecisionText.Fig_AllocatedFunds, f => f.AllocatedFundsVnd),
            ]),
            new(ReportText.Table_Evaluations, false,
            [
                Line(ReportText.Fig_EvaluatedCompleted, f => f.EvaluatedCompleted), Line(ReportText.Fig_EvaluatedPartly, f => f.EvaluatedPartly),
                Line(ReportText.Fig_EvaluatedNotCompleted, f => f.EvaluatedNotCompleted),
            ]),
            new(ReportText.Table_Encouraged, false,
            [
                Line(ReportText.Fig_PeopleTotal, f => f.EncouragedOfficers),
                .. RowLines(f => f.EncouragedByMeasure, r => EnumText.Of(Enum.Parse<EncouragementMeasure>(r.Key))),
            ]),
            new(ReportText.Table_Protected, false,
            [
                Line(ReportText.Fig_PeopleTotal, f => f.ProtectedOfficers),
                .. RowLines(f => f.ProtectedByType, r => EnumText.Of(Enum.Parse<ProtectionType>(r.Key))),
            ]),
            new(ReportText.Table_Violations, false, [Line(ReportText.Fig_ViolationsHandled, f => f.ViolationsHandled)]),
            new(ReportText.Table_ByField, false, RowLines(f => f.ReceivedByField, r => r.Label ?? ReportText.Field_None).ToList()),
            new(ReportText.Table_ByUnit, false, RowLines(f => f.ReceivedByUnit, r => r.Label ?? r.Key).ToList()),
            new(ReportText.Table_Proposers, true, People(f => f.Proposers).ToList()),
            new(ReportText.Table_EncouragedPeople, true, People(f => f.Encouraged).ToList()),
        ];
    }

    /// <summary>"Quý 3 năm 2026", "6 tháng đầu năm 2026", "Năm 2026".</summary>
    public static string PeriodText(ReportPeriodKind kind, int year, int number) => kind switch
    {
        ReportPeriodKind.Quarter => string.Format(CultureInfo.InvariantCulture, ReportText.Period_Quarter, number, year),
        ReportPeriodKind.HalfYear => string.Format(CultureInfo.InvariantCulture, number == 1 ? ReportText.Period_HalfYear1 : ReportText.Period_HalfYear2, number, year),
        _ => string.Format(CultureInfo.InvariantCulture, ReportText.Period_Year, number, year),
    };

    public static string PeriodText(ReportPeriod period) => PeriodText(period.Kind, period.Year, period.Number);

    /// <summary>
    /// "Trạm Lộ, ngày 05 tháng 10 năm 2026" (Decree 30/2020: a leading zero for days below 10 and for months 1 and 2
    /// only); dots where the place or date is not filled in yet.
    /// </summary>
    public static string PlaceAndDate(string? place, DateOnly? date, int year) =>
        date is { } d
            ? Application.Documents.VietnameseFormat.PlaceAndDate(place ?? ReportText.Doc_Blank, d)
            : string.Format(CultureInfo.InvariantCulture, ReportText.Doc_DateLineBlank, place ?? ReportText.Doc_Blank, year);

    public static string StatusText(ReportStatus status) => EnumText.Of(status);

    public static string KindText(ReportPeriodKind kind) => EnumText.Of(kind);
}
