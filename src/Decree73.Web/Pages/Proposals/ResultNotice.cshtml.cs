using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Documents;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Decree73.Web.Documents;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// The notice of the evaluation result (Art. 9): its deadline (3 working days from the evaluation), the form the
/// deciding head issues it with (number, date, signer), and its Decree 30/2020 .docx for whoever may read the proposal.
/// </summary>
public sealed class ResultNoticeModel(
    ProposalService proposals, ProposalDetailsQuery details, ProposalWorkflowService workflow, ResultNoticeQueries notices, IOfficialDocumentWriter documents,
    IAuthorizationService authorization, TimeProvider time, ILogger<ResultNoticeModel> logger)
    : ProposalSectionPage(details, workflow, authorization)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [BindProperty]
    public NoticeInput Input { get; set; } = new();

    public sealed class NoticeInput
    {
        public string? Number { get; set; }
        public DateOnly? SignedOn { get; set; }
        public string? Signer { get; set; }
    }

    public bool IsLate => ResultNotice.IsLate(Proposal!.ResultNoticeDueOn, Proposal.ResultNotice?.SignedOn, VietnamTime.Today(time));

    public bool MayIssue => Actor?.IsDecidingHead == true && Actor.OfficerId != Proposal!.ProposerId
        && Proposal.State == ProposalState.Evaluated && Proposal.ResultNotice is null;

    public Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, nameof(Input), DecisionText.Notice_Issued,
            () => Workflow.IssueResultNoticeAsync(id, Version, new DecisionDocument(Input.Number?.Trim() ?? "", Input.SignedOn ?? default, Input.Signer?.Trim() ?? ""), ct), ct);

    /// <summary>The issued notice as a Word document; 404 when it may not be read or was not issued.</summary>
    public async Task<IActionResult> OnGetDocxAsync([FromRoute] int id, CancellationToken ct)
    {
        var proposal = await Proposals.FindAsync(id, ct);
        if (proposal?.ResultNotice is null || !(await Authorization.AuthorizeAsync(User, proposal, Operations.Read)).Succeeded)
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await documents.WriteDocxAsync(ResultNoticeDocumentBuilder.Document(await notices.ContextAsync(proposal, ct)), output, ct);
        output.Position = 0;
        logger.LogInformation("Result notice of proposal {ProposalId} exported as {Format}", id, "docx");
        return File(output, DocxType, ResultNoticeDocumentBuilder.FileName(proposal));
    }

    private ProposalWorkflowService Workflow { get; } = workflow;
    private ProposalService Proposals { get; } = proposals;
    private IAuthorizationService Authorization { get; } = authorization;
}
