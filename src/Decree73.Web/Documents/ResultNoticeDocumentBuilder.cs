using System.Globalization;
using Decree73.Application.Documents;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;

namespace Decree73.Web.Documents;

/// <summary>
/// The notice of the evaluation result (Art. 9) as a Decree 30/2020 document, written by the same writer as the
/// periodic reports: issuing body and parent, number and date of the notice, the proposal, the outcome, the causes of
/// a result not completed (Art. 11(4)), and the signer.
/// </summary>
public static class ResultNoticeDocumentBuilder
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] PlacePrefixes = ["UBND ", "Ủy ban nhân dân ", "phường ", "xã ", "thị trấn ", "tỉnh ", "thành phố ", "Sở Nội vụ "];

    public static OfficialDocument Document(ResultNoticeContext context)
    {
        var p = context.Proposal;
        var notice = p.ResultNotice ?? throw new InvalidOperationException("The result notice has not been issued.");
        var body = new List<DocumentBlock> { new DocumentParagraph(DecisionText.NoticeDoc_Basis) };
        if (context.EvaluationDecision is { DocumentNumber: { } number, SignedOn: { } signedOn })
        {
            body.Add(new DocumentParagraph(Format(DecisionText.NoticeDoc_EvaluationBasis, number, signedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))));
        }

        body.Add(new DocumentParagraph(Format(DecisionText.NoticeDoc_Intro, context.IssuingUnitName)));
        body.Add(new DocumentParagraph(Format(DecisionText.NoticeDoc_Proposal, p.Title, p.ReceiptNumber ?? "", context.ProposerName)));
        body.Add(new DocumentParagraph(Format(DecisionText.NoticeDoc_Outcome, p.Outcome is { } outcome ? EnumText.Of(outcome) : "")));
        if (p.Findings is { } findings)
        {
            if (findings.ObjectiveCauses is not null || findings.SubjectiveCauses is not null)
            {
                body.Add(new DocumentParagraph(Format(DecisionText.NoticeDoc_Causes, findings.ObjectiveCauses ?? "—", findings.SubjectiveCauses ?? "—")));
            }

            if (findings.DamageCaused && findings.DamageDescription is { } damage)
            {
                body.Add(new DocumentParagraph(Format(DecisionText.NoticeDoc_Damage, damage)));
            }
        }

        body.Add(new DocumentParagraph(DecisionText.NoticeDoc_Closing));
        return new OfficialDocument(
            context.ParentUnitName?.ToUpper(Vietnamese),
            context.IssuingUnitName.ToUpper(Vietnamese),
            notice.Number,
            Place(context.IssuingUnitName),
            notice.SignedOn,
            DecisionText.NoticeDoc_Title,
            DecisionText.NoticeDoc_Summary,
            body,
            [Format(DecisionText.NoticeDoc_RecipientProposer, context.ProposerName), DecisionText.NoticeDoc_RecipientArchive],
            new SignerBlock(null, DecisionText.NoticeDoc_Capacity, notice.Signer));
    }

    public static string FileName(Proposal proposal) => Format(DecisionText.NoticeDoc_FileName, proposal.Id);

    /// <summary>The place name of the date line: the unit's name without the kind of body ("UBND phường Trạm Lộ" → "Trạm Lộ").</summary>
    internal static string Place(string unitName)
    {
        var place = unitName.Trim();
        foreach (var prefix in PlacePrefixes)
        {
            if (place.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                place = place[prefix.Length..];
            }
        }

        return place.Length == 0 ? unitName : place;
    }

    private static string Format(string template, params object[] args) => string.Format(Vietnamese, template, args);
}
