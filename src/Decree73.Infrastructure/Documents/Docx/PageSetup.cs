using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>A4 portrait with the margins of Decree 30/2020/NĐ-CP (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm).</summary>
internal static class PageSetup
{
    public const uint A4Width = 11906;
    public const uint A4Height = 16838;
    public const int TopMargin = 1134;     // 20 mm
    public const int BottomMargin = 1134;  // 20 mm
    public const uint LeftMargin = 1701;   // 30 mm
    public const uint RightMargin = 851;   // 15 mm

    /// <summary>The width between the margins, in twips.</summary>
    public const int TextWidth = (int)(A4Width - LeftMargin - RightMargin);

    /// <param name="headers">The page-number header, and the empty one for the first page (see <see cref="PageNumbers"/>).</param>
    public static SectionProperties Section((string Default, string First) headers) =>
        new(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headers.Default },
            new HeaderReference { Type = HeaderFooterValues.First, Id = headers.First },
            new PageSize { Width = A4Width, Height = A4Height },
            new PageMargin
            {
                Top = TopMargin, Right = RightMargin, Bottom = BottomMargin, Left = LeftMargin, Header = 567, Footer = 567, Gutter = 0,
            },
            new TitlePage());
}
