using System.Security.Claims;
using Decree73.Application.Appraisal;
using Decree73.Application.Attachments;
using Decree73.Application.Audit;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Protection;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Decree73.Application.Officers;

namespace Decree73.Web.Pages.Proposals;

/// <summary>The opinion requests and, for the deciding head while opinions may be asked, the ask and answer forms.</summary>
public sealed record OpinionsView(Proposal Proposal, bool Evaluating, bool MayAsk, DateOnly Today, int OpinionWorkingDays, DateOnly DefaultDueOn);

/// <summary>Implementers, milestones, progress and the completion report, with the officers' names.</summary>
public sealed record ProgressView(Proposal Proposal, ProposalActor? Actor, IReadOnlyDictionary<int, string> Names);

/// <summary>The proposal's files; <see cref="Panel"/> is null for a reader who may not see them.</summary>
public sealed record AttachmentsView(Proposal Proposal, AttachmentPanel? Panel);

/// <summary>One page of the proposal's history; the technical-trail link only for an administrator.</summary>
public sealed record HistoryView(int ProposalId, HistoryPage Page, bool ShowsTechnicalTrail);

/// <summary>The consequences of the evaluation: encouragement for every reader, protection only for those who may see it.</summary>
public sealed record ProtectionLinksView(Proposal Proposal, bool Shown, bool SeesProtection);

/// <summary>What the details page shows besides the proposal and its decision panel, built once per rendering.</summary>
public sealed record ProposalPageView(
    bool ProposerProfileOpens, ProgressView Progress, OpinionsView Opinions, AttachmentsView Attachments,
    ProtectionLinksView Protection, HistoryView History);

/// <summary>
/// Loads what the proposal pages' sections show, so that their views only render: the details page (for a GET and for
/// a refused POST alike) and the section pages (opinions, progress, attachments) that re-render one section with its
/// errors. The caller has already refused (404) anyone who may not read the proposal; every check that hides part of
/// a section (attachments, protection, the technical trail, the proposer's officer page) is made here, by resource.
/// </summary>
public sealed class ProposalPageQuery(
    ImplementerQueries implementers,
    OpinionService opinions,
    AttachmentService attachments,
    ProposalHistory history,
    ProtectionService protection,
    OfficerProfileService profiles,
    IAuthorizationService authorization,
    IOptions<ProposalOptions> options,
    TimeProvider time)
{
    public async Task<ProposalPageView> DetailsAsync(Proposal proposal, ProposalActor? actor, int? historyBefore, ClaimsPrincipal user, CancellationToken ct) =>
        new(await profiles.MayOpenAsync(proposal.ProposerId, ct),
            await ProgressAsync(proposal, actor, ct),
            await OpinionsAsync(proposal, actor, ct),
            await AttachmentsAsync(proposal, ct),
            await ProtectionAsync(proposal, ct),
            await HistoryAsync(proposal.Id, historyBefore, user, ct));

    public async Task<OpinionsView> OpinionsAsync(Proposal proposal, ProposalActor? actor, CancellationToken ct)
    {
        var head = actor?.IsDecidingHead == true && actor.OfficerId != proposal.ProposerId;
        var evaluating = proposal.State is ProposalState.CompletionReported or ProposalState.Stopped;
        var open = evaluating || proposal.State is ProposalState.Submitted or ProposalState.OpinionsRequested;
        var mayAsk = head && open;
        return new OpinionsView(proposal, evaluating, mayAsk, VietnamTime.Today(time), options.Value.OpinionWorkingDays,
            mayAsk ? await opinions.DefaultDueOnAsync(ct) : default);
    }

    public async Task<ProgressView> ProgressAsync(Proposal proposal, ProposalActor? actor, CancellationToken ct)
    {
        var names = await implementers.NamesAsync(
            proposal.AssignedImplementers.Select(i => i.OfficerId).Concat(proposal.ProgressUpdates.Select(u => u.ReportedByOfficerId))
                .Concat(proposal.CompletionReportedByOfficerId is { } by ? [by] : []), ct);
        return new ProgressView(proposal, actor, names);
    }

    public async Task<AttachmentsView> AttachmentsAsync(Proposal proposal, CancellationToken ct) =>
        new(proposal, await attachments.PanelAsync(proposal, ct));

    public async Task<ProtectionLinksView> ProtectionAsync(Proposal proposal, CancellationToken ct)
    {
        var shown = proposal.Outcome is not null && proposal.State is ProposalState.Evaluated or ProposalState.Closed;
        return new ProtectionLinksView(proposal, shown, shown && await protection.MaySeeSectionAsync(proposal, ct));
    }

    public async Task<HistoryView> HistoryAsync(int proposalId, int? before, ClaimsPrincipal user, CancellationToken ct) =>
        new(proposalId, await history.PageAsync(proposalId, before, ct),
            (await authorization.AuthorizeAsync(user, Policies.Administrator)).Succeeded);
}
