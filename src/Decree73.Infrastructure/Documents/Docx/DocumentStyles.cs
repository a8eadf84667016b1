using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>Times New Roman 14 pt throughout (Decree 30/2020/NĐ-CP), Vietnamese proofing, and two heading styles.</summary>
internal static class DocumentStyles
{
    public const string FontName = "Times New Roman";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";

    public static Styles Create() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            },
            Heading(Heading1, "heading 1", outlineLevel: 0, italic: false),
            Heading(Heading2, "heading 2", outlineLevel: 1, italic: true));

    private static Style Heading(string id, string name, int outlineLevel, bool italic)
    {
        var run = new StyleRunProperties(new Bold(), new BoldComplexScript());
        if (italic)
        {
            run.Append(new Italic(), new ItalicComplexScript());
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = outlineLevel }),
            run)
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
    }
}
