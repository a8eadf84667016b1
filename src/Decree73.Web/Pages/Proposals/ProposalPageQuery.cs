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
using Decree73.Application.Calendar;
using Decree73.Application.Violations;

namespace Decree73.Web.Pages.Proposals;

/// <summary>The opinion requests and, for the deciding head while opinions may be asked, the ask and answer forms.</summary>
public sealed record OpinionsView(ProposalDetails Proposal, bool Evaluating, bool MayAsk, DateOnly Today, int OpinionWorkingDays, DateOnly DefaultDueOn);

/// <summary>Implementers, milestones, progress and the completion report, with the officers' names.</summary>
public sealed record ProgressView(ProposalDetails Proposal, ProposalActor? Actor, IReadOnlyDictionary<int, string> Names);

/// <summary>The proposal's files; <see cref="Panel"/> is null for a reader who may not see them.</summary>
public sealed record AttachmentsView(ProposalDetails Proposal, AttachmentPanel? Panel);

/// <summary>One page of the proposal's history; the technical-trail link only for an administrator.</summary>
public sealed record HistoryView(int ProposalId, HistoryPage Page, bool ShowsTechnicalTrail);

/// <summary>The consequences of the evaluation: encouragement for every reader, protection only for those who may see it.</summary>
public sealed record ProtectionLinksView(ProposalDetails Proposal, bool Shown, bool SeesProtection);

/// <summary>One end of an escalation: the proposal at the other level, linked only for a reader of it (need to know).</summary>
public sealed record EscalationLink(int Id, string? ReceiptNumber, string UnitName, bool Readable);

/// <summary>
/// Everything the details page shows, built once per rendering (a GET, or a refused step) by
/// <see cref="ProposalPageQuery.DetailsAsync"/>: the proposal and who the reader is to it, the names it shows, the
/// decision panel's choices, and each section's view.
/// </summary>
public sealed record ProposalPageView(
    ProposalDetails Proposal,
    ProposalActor? Actor,
    ProposalLabels Labels,
    IReadOnlyDictionary<int, string> OfficerNames,
    bool CanEdit,
    bool CanRecordPosition,
    IReadOnlyDictionary<int, PositionRow> Positions,
    IReadOnlyList<LeadershipMember> Leadership,
    IReadOnlyList<ReferenceOption> EscalationTargets,
    EscalationLink? EscalatedTo,
    EscalationLink? EscalatedFrom,
    IReadOnlyList<ImplementerOption> ImplementerCandidates,
    int? DaysLeft,
    ViolationSection? Violations,
    bool ProposerProfileOpens,
    ProgressView Progress,
    OpinionsView Opinions,
    AttachmentsView Attachments,
    ProtectionLinksView Protection,
    HistoryView History)
{
    /// <summary>The eligible members of the approval vote (Art. 8(1)): the leadership less a deputy who is the proposer.</summary>
    public IReadOnlyList<LeadershipMember> Roster { get; } = Leadership.Where(m => m.OfficerId != Proposal.ProposerId).ToList();

    public string NameOf(int? officerId) => officerId is { } id ? OfficerNames.GetValueOrDefault(id, "") : "";
}

/// <summary>
/// The one query object of the proposal pages: it loads the proposal's row once (without its records), refuses (null: a 404) anyone who may not read
/// it, and builds what the page shows so that its views only render — the whole details page (for a GET and for a
/// refused POST alike) and the one section the section pages (opinions, progress, attachments) re-render with their
/// errors. Every check that hides part of the page (the edit link, the position form, attachments, protection, the
/// technical trail, the proposer's officer page) is made here, by resource, through the Application access rules, on
/// that row. The views receive <see cref="ProposalDetails"/>, the read model built from the row and narrow projections
/// of its records (<see cref="ProposalDetailsQuery"/>), never the entity. The names the page shows are fetched in one
/// query by officer id, and the agency, field and kind in another.
/// </summary>
public sealed class ProposalPageQuery(
    ProposalDetailsQuery details,
    ProposalAccess access,
    ProposalWorkflowService workflow,
    ProposalNames names,
    ImplementerQueries implementers,
    OpinionService opinions,
    AttachmentService attachments,
    ProposalHistory history,
    ProtectionService protection,
    ViolationService violations,
    OfficerProfileService profiles,
    CalendarService calendar,
    IAuthorizationService authorization,
    IOptions<ProposalOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// The proposal's row (read once, without its records: what the access rules decide on) and who the signed-in
    /// person is to it; null when it may not be read.
    /// </summary>
    public async Task<(Proposal Row, ProposalActor? Actor)?> ReadableAsync(int id, CancellationToken ct)
    {
        var proposal = await details.RowAsync(id, ct);
        if (proposal is null || !await access.CanReadAsync(proposal, ct))
        {
            return null;
        }

        return (proposal, await workflow.ActorAsync(proposal, ct));
    }

    /// <summary>Everything the details page shows, or null (a 404) when the proposal does not exist for this user.</summary>
    public async Task<ProposalPageView?> DetailsAsync(int id, ClaimsPrincipal user, int? historyBefore, CancellationToken ct)
    {
        if (await ReadableAsync(id, ct) is not { } found)
        {
            return null;
        }

        var (proposal, actor) = found;
        var shown = await details.BuildAsync(proposal, ct);
        var head = actor?.IsDecidingHead == true;
        var labels = await names.LabelsAsync(proposal, ct);
        var (to, from) = await EscalationLinksAsync(proposal, ct);
        var stage = shown.PendingVote;
        var officerNames = await names.OfficersAsync(shown.NamedOfficers, ct);
        return new ProposalPageView(
            shown, actor, labels, officerNames,
            CanEdit: await access.MayEditDraftAsync(proposal, ct),
            CanRecordPosition: stage is not null && await access.MayRecordPositionAsync(proposal, ct),
            Positions: shown.VotePositions.Where(v => v.Stage == stage).ToDictionary(v => v.OfficerId),
            Leadership: await workflow.LeadershipAsync(proposal, ct),
            EscalationTargets: head && proposal.State is ProposalState.Submitted or ProposalState.OpinionsRequested
                ? await workflow.EscalationTargetsAsync(proposal, ct)
                : [],
            EscalatedTo: to,
            EscalatedFrom: from,
            ImplementerCandidates: head && proposal.State == ProposalState.Approved ? await implementers.CandidatesAsync(proposal, ct) : [],
            DaysLeft: proposal.StepDueOn is { } due ? (await calendar.GetAsync(ct)).WorkingDaysUntil(VietnamTime.Today(time), due) : null,
            Violations: await violations.ProposalSectionAsync(proposal.Id, proposal.DecidingUnitId, ct),
            ProposerProfileOpens: await profiles.MayOpenAsync(proposal.ProposerId, ct),
            Progress: new ProgressView(shown, actor, officerNames),
            Opinions: await OpinionsAsync(shown, actor, ct),
            Attachments: new AttachmentsView(shown, await attachments.PanelAsync(proposal, actor, ct)),
            Protection: await ProtectionAsync(proposal, shown, ct),
            History: await HistoryAsync(proposal.Id, historyBefore, user, ct));
    }

    /// <summary>Both ends of an escalation (read together, in one query), each linked only for a reader of that proposal.</summary>
    private async Task<(EscalationLink? To, EscalationLink? From)> EscalationLinksAsync(Proposal proposal, CancellationToken ct)
    {
        var ends = await names.EscalationEndsAsync(proposal, ct);
        async Task<EscalationLink?> Describe(Func<Proposal, bool> which) =>
            ends.FirstOrDefault(e => which(e.Proposal)) is { Proposal: { } other } end
                ? new EscalationLink(other.Id, other.ReceiptNumber, end.UnitName, await access.CanReadAsync(other, ct))
                : null;

        return (await Describe(p => p.EscalatedFromProposalId == proposal.Id), await Describe(p => p.Id == proposal.EscalatedFromProposalId));
    }

    /// <summary>The read model of a proposal already found readable (<see cref="ReadableAsync"/>): what a section page re-renders.</summary>
    public Task<ProposalDetails> DetailsOfAsync(Proposal readable, CancellationToken ct) => details.BuildAsync(readable, ct);

    public async Task<OpinionsView> OpinionsAsync(ProposalDetails proposal, ProposalActor? actor, CancellationToken ct)
    {
        var head = actor?.IsDecidingHead == true && actor.OfficerId != proposal.ProposerId;
        var evaluating = proposal.State is ProposalState.CompletionReported or ProposalState.Stopped;
        var open = evaluating || proposal.State is ProposalState.Submitted or ProposalState.OpinionsRequested;
        var mayAsk = head && open;
        return new OpinionsView(proposal, evaluating, mayAsk, VietnamTime.Today(time), options.Value.OpinionWorkingDays,
            mayAsk ? await opinions.DefaultDueOnAsync(ct) : default);
    }

    public async Task<ProgressView> ProgressAsync(ProposalDetails proposal, ProposalActor? actor, CancellationToken ct)
    {
        return new ProgressView(proposal, actor, await names.OfficersAsync(proposal.ProgressOfficers, ct));
    }

    /// <summary>The attachments section: the panel is decided on the row (null for a reader who may not see the files).</summary>
    public async Task<AttachmentsView> AttachmentsAsync(Proposal row, ProposalDetails proposal, CancellationToken ct) =>
        new(proposal, await attachments.PanelAsync(row, ct));

    private async Task<ProtectionLinksView> ProtectionAsync(Proposal row, ProposalDetails proposal, CancellationToken ct)
    {
        var shown = proposal.Outcome is not null && proposal.State is ProposalState.Evaluated or ProposalState.Closed;
        return new ProtectionLinksView(proposal, shown, shown && await protection.MaySeeSectionAsync(row, ct));
    }

    public async Task<HistoryView> HistoryAsync(int proposalId, int? before, ClaimsPrincipal user, CancellationToken ct) =>
        new(proposalId, await history.PageAsync(proposalId, before, ct),
            (await authorization.AuthorizeAsync(user, Policies.Administrator)).Succeeded);
}
