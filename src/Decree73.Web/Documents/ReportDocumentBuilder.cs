using System.Globalization;
using Decree73.Application.Documents;
using Decree73.Application.Reports;
using Decree73.Domain.Reports;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;

namespace Decree73.Web.Documents;

/// <summary>
/// Maps a report to the Decree 30/2020 document and to workbook sheets. A submitted report states its frozen
/// figures; a draft states live ones and is marked "DỰ THẢO" in the title and the first line of the body.
/// </summary>
public static class ReportDocumentBuilder
{
    public static OfficialDocument Document(ReportView view, DateOnly today)
    {
        var r = view.Report;
        var tables = ReportTables.Build(view.Stated, null);
        var draft = !r.IsFrozen;
        var period = ReportTables.PeriodText(r.Period);
        var body = new List<DocumentBlock>();
        if (draft)
        {
            body.Add(new DocumentParagraph(string.Format(CultureInfo.InvariantCulture, ReportText.Doc_DraftLine, today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))));
        }

        body.Add(new DocumentParagraph(string.Format(CultureInfo.InvariantCulture, ReportText.Doc_Intro, view.IssuerName, period.ToLower(CultureInfo.GetCultureInfo("vi-VN")))));
        body.Add(new DocumentHeading(1, ReportText.Section_I.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))));
        body.Add(new DocumentHeading(2, ReportText.Section_I1));
        Text(body, r.ImplementationWork);
        body.Add(new DocumentHeading(2, ReportText.Section_I2));
        Lines(body, view.InnovationAreasText);
        body.Add(new DocumentHeading(1, ReportText.Section_II.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))));
        // The tables by title, not by position (ReportTables.Build's order): every table appears once.
        FigureTable T(string title) => tables.Single(t => t.Title == title);
        var n = 0;
        foreach (var title in new[] { ReportText.Table_Proposals, ReportText.Table_Evaluations, ReportText.Table_ByField, ReportText.Table_ByUnit, ReportText.Table_Proposers })
        {
            body.Add(Table(T(title), ++n));
        }

        body.Add(new DocumentHeading(2, ReportText.Section_II1));
        Text(body, r.EncouragementText);
        body.Add(Table(T(ReportText.Table_Encouraged), ++n));
        body.Add(Table(T(ReportText.Table_EncouragedPeople), ++n));
        body.Add(new DocumentHeading(2, ReportText.Section_II2));
        Text(body, r.ProtectionText);
        body.Add(Table(T(ReportText.Table_Protected), ++n));
        body.Add(Table(T(ReportText.Table_Violations), ++n));
        body.Add(new DocumentHeading(1, ReportText.Section_III.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))));
        body.Add(new DocumentHeading(2, ReportText.Section_III1));
        Text(body, r.Strengths);
        body.Add(new DocumentHeading(2, ReportText.Section_III2));
        Text(body, r.Difficulties);
        body.Add(new DocumentHeading(1, ReportText.Section_IV.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))));
        Text(body, r.Recommendations);
        body.Add(new DocumentParagraph(ReportText.Doc_Closing));

        var recipients = (r.Recipients ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.StartsWith('-') ? line : "- " + line).ToList();
        return new OfficialDocument(
            view.IssuerParentName?.ToUpperInvariant(),
            view.IssuerName.ToUpperInvariant(),
            r.DocumentNumber ?? ReportText.Doc_NumberBlankDocx,
            r.Place ?? ReportText.Doc_Blank,
            view.DocumentDate(today),
            draft ? ReportText.Doc_TitleDraft : ReportText.Details_Heading,
            ReportText.Details_Summary + " – " + period,
            body,
            recipients,
            new SignerBlock(r.SignerAuthority, r.SignerCapacity ?? "", r.SignerName ?? ""));
    }

    /// <summary>One sheet with the report's identity, then one sheet per table, counts as numbers.</summary>
    public static IReadOnlyList<SheetData> Sheets(ReportView view)
    {
        var r = view.Report;
        var sheets = new List<SheetData>
        {
            new(ReportText.Sheet_Info,
                [new SheetColumn(ReportText.Col_Item, 28), new SheetColumn(ReportText.Col_Value, 50)],
                [
                    [ReportText.Col_Unit, view.IssuerName],
                    [ReportText.Col_Period, ReportTables.PeriodText(r.Period)],
                    [ReportText.Col_Status, r.IsFrozen ? EnumText.Of(ReportStatus.Submitted) : ReportText.Doc_DraftMark],
                    [ReportText.Col_SubmittedAt, r.SubmittedAtUtc is { } at ? Application.Common.VietnamTime.DateOf(at).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null],
                ]),
        };
        var n = 0;
        foreach (var table in ReportTables.Build(view.Stated, null))
        {
            n++;
            var columns = new List<SheetColumn>();
            if (table.Grouped)
            {
                columns.Add(new SheetColumn(ReportText.Col_Group, 26));
            }

            columns.Add(new SheetColumn(ReportText.Col_Item, 60));
            columns.Add(new SheetColumn(ReportText.Col_Count, 12, ColumnKind.Integer));
            if (table.Grouped)
            {
                columns.Add(new SheetColumn(ReportText.Col_Share, 12));
            }

            var rows = table.Lines.Select(l => table.Grouped ? new object?[] { l.Group, l.Label, l.Stated, l.ShareText } : [l.Label, l.Stated]).ToList();
            sheets.Add(new SheetData($"{n}. {table.Title}", columns, rows));
        }

        return sheets;
    }

    /// <summary>"bao-cao-nd73-tram-lo-quy-4-2026-du-thao.docx": the unit's short name and the period in Vietnamese words.</summary>
    public static string FileName(ReportView view, string extension)
    {
        var r = view.Report;
        var period = r.PeriodKind switch
        {
            ReportPeriodKind.Quarter => string.Format(CultureInfo.InvariantCulture, "quy-{0}-{1}", r.PeriodNumber, r.Year),
            ReportPeriodKind.HalfYear => string.Format(CultureInfo.InvariantCulture, "6-thang-{0}-nam-{1}", r.PeriodNumber == 1 ? "dau" : "cuoi", r.Year),
            _ => string.Format(CultureInfo.InvariantCulture, "nam-{0}", r.Year),
        };
        var unit = UnitSlug(view.IssuerName);
        return $"bao-cao-nd73-{(unit.Length == 0 ? "" : unit + "-")}{period}{(r.IsFrozen ? "" : "-du-thao")}{extension}";
    }

    /// <summary>Administrative words that open a unit's name ("UBND phường", "Ủy ban nhân dân tỉnh") and say nothing of which unit it is.</summary>
    private static readonly string[] LeadingWords =
        ["uy ban nhan dan", "ubnd", "thanh pho", "thi tran", "thi xa", "dac khu", "phuong", "xa", "quan", "huyen", "tinh"];

    /// <summary>"UBND phường Trạm Lộ" → "tram-lo"; "Sở Nội vụ" → "so-noi-vu".</summary>
    public static string UnitSlug(string unitName)
    {
        var folded = Decree73.Domain.Common.TextNormalizer.Fold(unitName);
        var words = new string(folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray());
        var text = " " + string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        while (LeadingWords.FirstOrDefault(w => text.StartsWith(" " + w + " ", StringComparison.Ordinal)) is { } leading)
        {
            text = text[(leading.Length + 1)..];
        }

        return string.Join('-', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static DocumentTable Table(FigureTable table, int number) =>
        new(string.Format(CultureInfo.InvariantCulture, ReportText.Doc_TableCaption, number, table.Title),
            table.Grouped ? [ReportText.Col_Group, ReportText.Col_Item, ReportText.Col_Count, ReportText.Col_Share] : [ReportText.Col_Item, ReportText.Col_Count],
            table.Lines.Select(l => table.Grouped ? (IReadOnlyList<TableCell>)[l.Group, l.Label, l.Stated, l.ShareText] : [l.Label, l.Stated]).ToList(),
            ColumnWidths: table.Grouped ? [3, 5, 2, 2] : [8, 2]);

    private static void Text(List<DocumentBlock> body, string? text) =>
        body.Add(new DocumentParagraph(text ?? ReportText.Details_Empty));

    /// <summary>A text written as lines (section I.2's lists): one paragraph per line, as the seed report sets them.</summary>
    private static void Lines(List<DocumentBlock> body, string? text)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            Text(body, null);
        }

        foreach (var line in lines)
        {
            body.Add(new DocumentParagraph(line));
        }
    }
}
