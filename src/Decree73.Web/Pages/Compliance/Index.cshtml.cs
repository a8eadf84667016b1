using System.Globalization;
using Decree73.Application.Compliance;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Pages.Compliance;

/// <summary>The compliance overview: red flags, who holds what, stalled proposals and the charts.</summary>
public sealed class IndexModel(
    ComplianceService compliance, IOptions<ComplianceOptions> options, Application.Calendar.CalendarAdminService calendar,
    Application.Access.UserAccess access, Application.Violations.ViolationService violations) : CompliancePage
{
    public ComplianceOverview Overview { get; private set; } = null!;

    /// <summary>Next year, when its calendar is still unconfirmed on or after 1 November and the user is an administrator.</summary>
    public int? UnconfirmedCalendarYear { get; private set; }
    public ComplianceOptions Settings => options.Value;

    /// <summary>Art. 6 violations recorded in the scope and period (a count, shown to every reviewer of the scope).</summary>
    public Application.Violations.ViolationCount Violations { get; private set; } = new(0, 0);

    /// <summary>Whether the reviewer may open the violations list (need-to-know): the count links to it only then.</summary>
    public bool MaySeeViolations { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await compliance.OverviewAsync(Unit, Year, Quarter, ct);
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Overview = result.Value!;
        (Scope, Period) = (Overview.Scope, Overview.Period);
        Violations = await violations.CountAsync(Overview.Scope.Path, Overview.Period.FirstDay, Overview.Period.LastDay, ct);
        MaySeeViolations = await violations.MaySeeListAsync(ct);
        if (await access.HasRoleAsync(Domain.Access.AppRole.Administrator, ct) && await calendar.NextYearConfirmationOverdueAsync(ct))
        {
            UnconfirmedCalendarYear = Overview.Today.Year + 1;
        }

        return Page();
    }

    public string SummaryText => string.Format(CultureInfo.InvariantCulture, ComplianceText.Summary, Overview.Scope.UnitName, PeriodText, Display.Date(Overview.Today));

    public IEnumerable<BarChart> Charts()
    {
        var charts = Overview.Charts;
        yield return BarChart.Counts("chart-state", ComplianceText.Chart_ByState, ComplianceText.Chart_ByState_Desc, ComplianceText.Chart_Value,
            charts.ByState.Select(s => (EnumText.Of(s.State), s.Count)));
        yield return BarChart.Counts("chart-field", ComplianceText.Chart_ByField, ComplianceText.Chart_ByField_Desc, ComplianceText.Chart_Value,
            charts.ByField.Select(f => (f.Label.Length == 0 ? ComplianceText.Chart_NoField : f.Label, f.Value)));
        yield return new BarChart("chart-ontime", ComplianceText.Chart_OnTime, ComplianceText.Chart_OnTime_Desc, ComplianceText.Chart_Percent,
            Overview.Scorecard.Rows.Where(r => r.OnTimePercent is not null)
                .Select(r => new BarChart.Bar(r.UnitName, r.OnTimePercent!.Value, BarChart.N(r.OnTimePercent.Value) + " %")).ToList(),
            IsPercent: true);
        yield return BarChart.Counts("chart-trend", ComplianceText.Chart_Trend, ComplianceText.Chart_Trend_Desc, ComplianceText.Chart_Value,
            charts.ByQuarter.Select(q =>
            {
                var parts = q.Label.Split('/');
                return (string.Format(CultureInfo.InvariantCulture, ComplianceText.Chart_Quarter, parts[0], parts[1]), q.Value);
            }));
    }
}
