using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>How one paragraph looks. Sizes are in points; spacing and indents in twentieths of a point.</summary>
internal sealed record TextStyle(
    double Size = 14,
    bool Bold = false,
    bool Italic = false,
    JustificationValues Align = JustificationValues.Left,
    int Before = 0,
    int After = 0,
    int FirstLine = 0,
    bool KeepNext = false,
    string? StyleId = null)
{
    public static readonly TextStyle Centered = new(Align: JustificationValues.Center);

    public static readonly TextStyle CenteredBold = new(Bold: true, Align: JustificationValues.Center);
}
