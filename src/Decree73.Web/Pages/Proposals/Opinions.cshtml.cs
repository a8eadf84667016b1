using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Proposals;

/// <summary>The head asks the Party committee, related units or experts for opinions, and records their answers.</summary>
public sealed class OpinionsModel(
    ProposalDetailsQuery details, ProposalWorkflowService workflow, OpinionService opinions, IAuthorizationService authorization,
    ProposalPageQuery pageQuery)
    : ProposalSectionPage(details, workflow, authorization)
{
    public OpinionsView? Section { get; private set; }

    protected override async Task LoadSectionAsync(ProposalDetails proposal, ProposalActor? actor, CancellationToken ct) =>
        Section = await pageQuery.OpinionsAsync(proposal, actor, ct);

    [BindProperty]
    public AskInput Ask { get; set; } = new();

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    public sealed class AskInput
    {
        public OpinionKind Kind { get; set; }
        public string? Addressee { get; set; }
        /// <summary>Empty: the configured number of working days from today.</summary>
        public DateOnly? DueOn { get; set; }
    }

    public sealed class AnswerInput
    {
        public int RequestId { get; set; }
        public string? Text { get; set; }
    }

    public Task<IActionResult> OnPostAskAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, nameof(Ask), UiText.Opinions_Requested,
            () => opinions.RequestAsync(id, Version, Ask.Kind, Ask.Addressee ?? "", Ask.DueOn, ct), ct);

    public Task<IActionResult> OnPostAnswerAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, nameof(Answer), UiText.Opinions_Responded,
            () => opinions.RecordResponseAsync(id, Version, Answer.RequestId, Answer.Text ?? "", ct), ct);
}
