using System.Globalization;
using System.Text;
using Decree73.Application.Resources;

namespace Decree73.Application.Reports;

/// <summary>
/// Section I.2 of the report, "Ngành, lĩnh vực và nội dung khuyến khích cán bộ năng động, sáng tạo" (issue 9, seed report
/// 002): the fields (lĩnh vực) and kinds of innovation (nội dung đổi mới, sáng tạo) of the reference lists the proposal
/// form uses, each with the number of proposals received in the period, written as the seed report writes its lists.
/// The writer edits it before submission; it is prefilled, never written over what they saved.
/// </summary>
public static class InnovationAreasWriter
{
    public static string Generate(ReportFigures figures, string unitName)
    {
        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, ReportNarrativeText.InnovationAreas_FieldsIntro, unitName)).Append('\n');
        List(text, figures.ReceivedByField, ReportNarrativeText.InnovationAreas_NoField);
        text.Append(ReportNarrativeText.InnovationAreas_KindsIntro).Append('\n');
        List(text, figures.ReceivedByKind, ReportNarrativeText.InnovationAreas_NoKind);
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>"- Cải cách thủ tục hành chính: 2 đề xuất;" … the last line ends with a full stop.</summary>
    private static void List(StringBuilder text, IReadOnlyList<FigureRow> rows, string unnamed)
    {
        if (rows.Count == 0)
        {
            text.Append(ReportNarrativeText.InnovationAreas_NoneListed).Append('\n');
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            text.Append(string.Format(CultureInfo.InvariantCulture, ReportNarrativeText.InnovationAreas_Line, row.Label ?? unnamed, row.Count))
                .Append(i == rows.Count - 1 ? '.' : ';').Append('\n');
        }
    }
}
