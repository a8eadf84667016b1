using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;

using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// One proposal, need-to-know, with the steps the signed-in person may take on it now. The GET (and a refused step)
/// loads the proposal and checks it may be read; a step is one service call that does both itself
/// (Details.Steps.cshtml.cs). The id is taken from the route only: a posted field named "id" must not point a step at
/// another proposal.
/// </summary>
public sealed partial class DetailsModel(
    ProposalService proposals,
    ProposalWorkflowService workflow,
    ImplementerQueries implementerQueries,
    ProposalNames names,
    CalendarService calendar,
    IAuthorizationService authorization,
    Decree73.Application.Violations.ViolationService violations,
    ProposalPageQuery pageQuery,
    TimeProvider time) : PageModel
{
    /// <summary>What the sections show (history, files, opinions, progress...), built once the handler chose to render the page.</summary>
    public ProposalPageView? View { get; private set; }

    /// <summary>The Art. 6 section, or null for those who may not know it exists.</summary>
    public Decree73.Application.Violations.ViolationSection? Violations { get; private set; }

    public Proposal? Proposal { get; private set; }
    public ProposalActor? Actor { get; private set; }
    public IReadOnlyList<LeadershipMember> Leadership { get; private set; } = [];
    /// <summary>The eligible members of the approval vote (Art. 8(1)): the leadership less a deputy who is the proposer.</summary>
    public IReadOnlyList<LeadershipMember> Roster { get; private set; } = [];
    public IReadOnlyList<ReferenceOption> EscalationTargets { get; private set; } = [];
    /// <summary>The receipt at the competent level this proposal was escalated to, and the original it was received from.</summary>
    public (int Id, string? ReceiptNumber, string UnitName, bool Readable)? EscalatedTo { get; private set; }
    public (int Id, string? ReceiptNumber, string UnitName, bool Readable)? EscalatedFrom { get; private set; }
    public IReadOnlyDictionary<int, string> VoterNames { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<ImplementerOption> ImplementerCandidates { get; private set; } = [];
    public string ProposerName { get; private set; } = "";
    public string DecidingUnitName { get; private set; } = "";
    public string? FieldName { get; private set; }
    public string? KindName { get; private set; }
    public int? DaysLeft { get; private set; }
    public string? ResponsibleName { get; private set; }
    public bool CanEdit { get; private set; }
    /// <summary>The signed-in member may record their own position on the pending vote (not the head, who keeps the minutes).</summary>
    public bool CanRecordPosition { get; private set; }
    /// <summary>The members' own positions on the pending vote, given before the meeting, by officer.</summary>
    public IReadOnlyDictionary<int, VotePosition> Positions { get; private set; } = new Dictionary<int, VotePosition>();
    /// <summary>Today in Vietnam: the meeting date the vote form proposes.</summary>
    public DateOnly Today => VietnamTime.Today(time);

    /// <summary>The form of the decision panel that was posted and refused: its fields keep what was typed and show the errors.</summary>
    public string? PostedForm { get; private set; }

    /// <summary>The newest history entries first, paged by sequence: the cursor of the page shown (older than this one).</summary>
    [BindProperty(SupportsGet = true, Name = "historyBefore")]
    public int? HistoryBefore { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ActionInput Action { get; set; } = new();

    public sealed class ActionInput
    {
        public string? Kind { get; set; }
        public string? Reason { get; set; }
        public string? DocumentNumber { get; set; }
        public DateOnly? SignedOn { get; set; }
        public string? Signer { get; set; }
        /// <summary>
        /// Each member's vote: "true" (for), "false" (against), "absent" (recorded as not at the meeting), or empty (no
        /// entry: refused, at the approval and at the evaluation vote alike).
        /// </summary>
        public Dictionary<int, string?> Votes { get; set; } = [];
        public DateOnly? MeetingOn { get; set; }
        /// <summary>The competent unit an escalated proposal goes to; the parent unit when none is chosen.</summary>
        public int? EscalateTo { get; set; }
        /// <summary>No default: the head chooses the outcome (nothing with legal weight is preselected).</summary>
        public EvaluationOutcome? Outcome { get; set; }
        public string? ObjectiveCauses { get; set; }
        public string? SubjectiveCauses { get; set; }
        public string? Equipment { get; set; }
        public string? Staff { get; set; }
        public decimal? FundsVnd { get; set; }
        public bool InLineWithPolicy { get; set; }
        public bool PureMotive { get; set; }
        public bool CommonInterest { get; set; }
        public bool DamageCaused { get; set; }
        public string? DamageDescription { get; set; }
        public List<int> Implementers { get; set; } = [];
        /// <summary>A member's own position before the meeting: "true" (for) or "false" (against); nothing else.</summary>
        public string? Position { get; set; }
        public string? PositionNote { get; set; }
        /// <summary>The head ticked the box stating what an irreversible step will do (reject, escalate, approve, decide, evaluate).</summary>
        public bool Confirmed { get; set; }

        public DecisionDocument Document => new(DocumentNumber?.Trim() ?? "", SignedOn ?? default, Signer?.Trim() ?? "");
        /// <summary>The meeting's minutes: each member entered as for, against or absent (Art. 8(1), Art. 9(2)).</summary>
        public IReadOnlyCollection<Vote> Minutes => Votes.Select(v => (v.Key, Choice: ChoiceOf(v.Value))).Where(v => v.Choice is not null)
            .Select(v => new Vote(v.Key, v.Choice!.Value)).ToList();

        public VoteChoice? ChoiceFor(int officerId) => ChoiceOf(Votes.GetValueOrDefault(officerId));

        private static VoteChoice? ChoiceOf(string? value) => value?.Trim().ToLowerInvariant() switch
        {
            "true" => VoteChoice.For,
            "false" => VoteChoice.Against,
            "absent" => VoteChoice.Absent,
            _ => null,
        };
        public EvaluationFindings Findings => new(
            InLineWithPolicy, PureMotive, CommonInterest, DamageCaused, DamageCaused ? DamageDescription?.Trim() : null, ObjectiveCauses, SubjectiveCauses);
        public ImplementationResources Resources => new(Equipment, Staff, FundsVnd);
    }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        // The head's minutes start from the positions the members gave before the meeting; the head still confirms each
        // entry and may mark a member absent.
        if (Actor?.IsDecidingHead == true)
        {
            foreach (var (officerId, position) in Positions)
            {
                Action.Votes[officerId] = position.InFavour ? "true" : "false";
            }
        }

        return Page();
    }

    /// <summary>Both ends of an escalation, each linked only for a reader of that proposal (need to know).</summary>
    private async Task<((int, string?, string, bool)? To, (int, string?, string, bool)? From)> EscalationLinksAsync(Proposal proposal, CancellationToken ct)
    {
        async Task<(int, string?, string, bool)?> Describe(Proposal? other)
        {
            if (other is null)
            {
                return null;
            }

            var (_, unitName, _, _) = await names.OfAsync(other, ct);
            var readable = (await authorization.AuthorizeAsync(User, other, Operations.Read)).Succeeded;
            return (other.Id, other.ReceiptNumber, unitName, readable);
        }

        var to = await workflow.EscalationReceiptAsync(proposal.Id, ct);
        var from = proposal.EscalatedFromProposalId is { } fromId ? await proposals.FindAsync(fromId, ct) : null;
        return (await Describe(to), await Describe(from));
    }

    /// <summary>
    /// The sections' data is loaded once the handler has decided to render the page (a GET, or a POST refused with its
    /// errors), never for a redirect: the same query serves both, and the views only render it.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && executed.Result is PageResult && Proposal is not null)
        {
            View = await pageQuery.DetailsAsync(Proposal, Actor, HistoryBefore, User, HttpContext.RequestAborted);
        }
    }

    /// <summary>Loads the page's data. Returns NotFound when the proposal does not exist for this user.</summary>
    private async Task<IActionResult?> LoadAsync([FromRoute] int id, CancellationToken ct)
    {
        Proposal = await proposals.FindAsync(id, ct);
        // Need to know: a proposal this user may not read does not exist for them.
        if (Proposal is null || !(await authorization.AuthorizeAsync(User, Proposal, Operations.Read)).Succeeded)
        {
            return NotFound();
        }

        (ProposerName, DecidingUnitName, FieldName, KindName) = await names.OfAsync(Proposal, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Proposal, Operations.EditDraft)).Succeeded;
        Actor = await workflow.ActorAsync(Proposal, ct);
        Leadership = await workflow.LeadershipAsync(Proposal, ct);
        if (Proposal.State == ProposalState.Approved && Actor?.IsDecidingHead == true)
        {
            ImplementerCandidates = await implementerQueries.CandidatesAsync(Proposal, ct);
        }

        Roster = Leadership.Where(m => m.OfficerId != Proposal.ProposerId).ToList();
        if (Proposal.PendingVote is { } stage)
        {
            Positions = Proposal.VotePositions.Where(v => v.Stage == stage).ToDictionary(v => v.OfficerId);
            CanRecordPosition = (await authorization.AuthorizeAsync(User, Proposal, Operations.RecordOwnVote)).Succeeded;
        }

        if (Actor?.IsDecidingHead == true && Proposal.State is ProposalState.Submitted or ProposalState.OpinionsRequested)
        {
            EscalationTargets = await workflow.EscalationTargetsAsync(Proposal, ct);
        }

        (EscalatedTo, EscalatedFrom) = await EscalationLinksAsync(Proposal, ct);
        Violations = await violations.ProposalSectionAsync(Proposal.Id, Proposal.DecidingUnitId, ct);
        var voterIds = Proposal.Votes.Select(v => v.OfficerId).Distinct().ToList();
        var voterNames = new Dictionary<int, string>();
        foreach (var voter in voterIds)
        {
            voterNames[voter] = await names.OfficerAsync(voter, ct) ?? "";
        }

        VoterNames = voterNames;
        ResponsibleName = await names.OfficerAsync(Proposal.ResponsibleOfficerId, ct);
        if (Proposal.StepDueOn is { } due)
        {
            DaysLeft = (await calendar.GetAsync(ct)).WorkingDaysUntil(VietnamTime.Today(time), due);
        }

        return null;
    }
}
