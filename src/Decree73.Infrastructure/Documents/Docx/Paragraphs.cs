using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>Builds paragraphs with direct formatting; elements are added in the order the schema requires.</summary>
internal static class Paragraphs
{
    public static Paragraph Text(string? text, TextStyle style)
    {
        var properties = new ParagraphProperties();
        if (style.StyleId is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style.StyleId });
        }

        if (style.KeepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(
            new SpacingBetweenLines { Before = Twips(style.Before), After = Twips(style.After) },
            new Indentation { FirstLine = Twips(style.FirstLine) },
            new Justification { Val = style.Align });

        var paragraph = new Paragraph(properties);
        AppendRuns(paragraph, XmlText.Clean(text), style);
        return paragraph;
    }

    /// <summary>An empty paragraph drawn as a short horizontal line (the rule under the issuing body, the motto, the summary).</summary>
    public static Paragraph Rule(int leftIndent, int rightIndent) =>
        new(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = Twips(leftIndent), Right = Twips(rightIndent) },
            new Justification { Val = JustificationValues.Center }));

    /// <summary>Line feeds become line breaks and tabs become tab characters, inside one paragraph.</summary>
    private static void AppendRuns(Paragraph paragraph, string text, TextStyle style)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run(RunProperties(style));
            if (i > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[j].Length > 0)
                {
                    run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }

            paragraph.Append(run);
        }
    }

    private static RunProperties RunProperties(TextStyle style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (style.Italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        var halfPoints = HalfPoints(style.Size);
        properties.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        return properties;
    }

    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
