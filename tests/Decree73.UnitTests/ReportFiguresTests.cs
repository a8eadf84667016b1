using Decree73.Application.Reports;
using Decree73.Domain.Reports;
using Xunit;

namespace Decree73.UnitTests;

public sealed class ReportFiguresTests
{
    private static ReportFigures Sample(int received, string unitKey, string unitName, int tay) => new()
    {
        Received = received, Approved = 2, ApprovedByOverride = 1, InProgress = 3, EvaluatedPartly = 1, EncouragedOfficers = 1,
        EncouragedByMeasure = [new("Commendation", null, 1), new("EarlySalaryRaise", null, 0)],
        ReceivedByUnit = [new(unitKey, unitName, received)],
        Proposers = new PersonBreakdown { Total = 2, ByEthnicity = [new("Kinh", "Kinh", 2 - tay), new("Tày", "Tày", tay)] },
        Sources = [new FigureSource(int.Parse(unitKey, System.Globalization.CultureInfo.InvariantCulture), unitName, true, 7)],
    };

    [Fact]
    public void Frozen_json_reads_back_every_figure_and_breakdown()
    {
        var figures = Sample(4, "12", "UBND xã A", 1);

        var back = ReportFigures.FromJson(figures.ToJson());

        Assert.Equal(figures.ToJson(), back.ToJson());
        Assert.Equal((4, 1, 3, 1), (back.Received, back.ApprovedByOverride, back.InProgress, back.EvaluatedPartly));
        Assert.Equal("Tày", back.Proposers.ByEthnicity[1].Label);
        Assert.True(back.Sources[0].Frozen);
    }

    [Fact]
    public void Consolidation_adds_figures_and_rows_by_key_and_keeps_every_source()
    {
        var sum = ReportFigures.Sum([Sample(4, "12", "UBND xã A", 1), Sample(2, "13", "UBND xã B", 2)]);

        Assert.Equal((6, 4, 2, 6), (sum.Received, sum.Approved, sum.ApprovedByOverride, sum.InProgress));
        Assert.Equal([("Commendation", 2), ("EarlySalaryRaise", 0)], sum.EncouragedByMeasure.Select(r => (r.Key, r.Count)));
        Assert.Equal([("12", 4), ("13", 2)], sum.ReceivedByUnit.Select(r => (r.Key, r.Count)));
        Assert.Equal([("Kinh", 1), ("Tày", 3)], sum.Proposers.ByEthnicity.Select(r => (r.Key, r.Count)));
        Assert.Equal(4, sum.Proposers.Total);
        Assert.Equal(2, sum.Sources.Count);
    }

    [Fact]
    public void All_three_period_kinds_are_enabled_unless_configured()
    {
        Assert.Equal([ReportPeriodKind.Quarter, ReportPeriodKind.HalfYear, ReportPeriodKind.Year], new ReportOptions().EnabledKinds);
        Assert.Equal([ReportPeriodKind.Year], new ReportOptions { PeriodKinds = [ReportPeriodKind.Year] }.EnabledKinds);
        Assert.NotEmpty(new ReportOptions { PeriodKinds = [(ReportPeriodKind)9] }.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(new object())));
    }
}

/// <summary>The shares of the seed report (report-ward-tram-lo-2026.txt): 24 of 32 → 75%, 6 of 32 → 18,75%, 32 of 32 → 100%.</summary>
public sealed class ReportSharesTests
{
    [Theory]
    [InlineData(24, 32, "75")]
    [InlineData(8, 32, "25")]
    [InlineData(6, 32, "18.75")]
    [InlineData(32, 32, "100")]
    [InlineData(1, 3, "33.33")]
    [InlineData(2, 3, "66.67")]
    [InlineData(1, 8, "12.5")]
    [InlineData(0, 5, "0")]
    public void A_share_is_rounded_to_two_decimals_half_away_from_zero(int count, int total, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Decree73.Application.Reports.ReportShares.Percent(count, total));

    [Fact]
    public void No_people_no_share() => Assert.Null(Decree73.Application.Reports.ReportShares.Percent(0, 0));

    [Fact]
    public void University_or_higher_adds_doctorate_master_and_university()
    {
        var people = new Decree73.Application.Reports.PersonBreakdown
        {
            Total = 10,
            ByEducation =
            [
                new("Doctorate", null, 1), new("Master", null, 2), new("University", null, 4), new("College", null, 2), new("Other", null, 1),
            ],
        };
        Assert.Equal(7, Decree73.Application.Reports.ReportShares.UniversityOrHigher(people));
    }
}
