using System.Globalization;

namespace Decree73.Web.Presentation;

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG: no script, scales to the page, prints. The partial
/// _BarChart shows the same figures in a table under it, for screen readers and paper.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, string ValueHeading, IReadOnlyList<BarChart.Bar> Bars, bool IsPercent = false)
{
    public sealed record Bar(string Label, double Value, string Display);

    public const int Width = 640;
    public const int LabelWidth = 230;
    public const int RowHeight = 28;
    public const int BarHeight = 18;
    private const int ValueRoom = 70;
    private const int MaxLabelChars = 30;

    public int Height => Math.Max(1, Bars.Count) * RowHeight + 8;

    public string ViewBox => FormattableString.Invariant($"0 0 {Width} {Height}");

    private double Scale => IsPercent ? 100 : Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value));

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public double Y(int index) => 4 + index * RowHeight;

    public double BarWidth(Bar bar) => Math.Max(0, (Width - LabelWidth - ValueRoom) * bar.Value / Scale);

    /// <summary>Long unit names are shortened in the drawing only; the table under it has them in full.</summary>
    public static string ShortLabel(string label) => label.Length <= MaxLabelChars ? label : label[..(MaxLabelChars - 1)] + "…";

    /// <summary>The figures in words, for the SVG's description.</summary>
    public string Summary => string.Join("; ", Bars.Select(b => b.Label + ": " + b.Display));

    public static BarChart Counts(string id, string title, string description, string valueHeading, IEnumerable<(string Label, int Value)> bars) =>
        new(id, title, description, valueHeading, bars.Select(b => new Bar(b.Label, b.Value, b.Value.ToString(CultureInfo.GetCultureInfo("vi-VN")))).ToList());
}
