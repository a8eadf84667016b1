using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// One proposal, need-to-know, with the steps the signed-in person may take on it now. The GET (and a refused step) is
/// one call to the page's query object (<see cref="ProposalPageQuery.DetailsAsync"/>), which loads the proposal once,
/// checks it may be read (404 otherwise) and builds everything the page shows; a step is one service call that loads and
/// checks for itself (Details.Steps.cshtml.cs). The id is taken from the route only: a posted field named "id" must not
/// point a step at another proposal.
/// </summary>
public sealed partial class DetailsModel(ProposalWorkflowService workflow, ProposalPageQuery pageQuery, TimeProvider time) : PageModel
{
    /// <summary>Everything the page shows, built once the handler chose to render the page (a GET or a refused step).</summary>
    public ProposalPageView? View { get; private set; }

    // What the views read, from the one view the query built.
    /// <summary>The Art. 6 section, or null for those who may not know it exists.</summary>
    public Decree73.Application.Violations.ViolationSection? Violations => View?.Violations;
    /// <summary>The proposal as the page shows it: the read model (<see cref="ProposalDetails"/>), never the entity.</summary>
    public ProposalDetails? Proposal => View?.Proposal;
    public ProposalActor? Actor => View?.Actor;
    public IReadOnlyList<LeadershipMember> Leadership => View?.Leadership ?? [];
    /// <summary>The eligible members of the approval vote (Art. 8(1)): the leadership less a deputy who is the proposer.</summary>
    public IReadOnlyList<LeadershipMember> Roster => View?.Roster ?? [];
    public IReadOnlyList<ReferenceOption> EscalationTargets => View?.EscalationTargets ?? [];
    /// <summary>The receipt at the competent level this proposal was escalated to, and the original it was received from.</summary>
    public EscalationLink? EscalatedTo => View?.EscalatedTo;
    public EscalationLink? EscalatedFrom => View?.EscalatedFrom;
    public IReadOnlyDictionary<int, string> VoterNames => View?.OfficerNames ?? new Dictionary<int, string>();
    public IReadOnlyList<ImplementerOption> ImplementerCandidates => View?.ImplementerCandidates ?? [];
    public string ProposerName => View?.NameOf(View.Proposal.ProposerId) ?? "";
    public string DecidingUnitName => View?.Labels.DecidingUnit ?? "";
    public string? FieldName => View?.Labels.Field;
    public string? KindName => View?.Labels.Kind;
    public int? DaysLeft => View?.DaysLeft;
    public string? ResponsibleName =>
        View?.Proposal.ResponsibleOfficerId is { } responsible ? View.OfficerNames.GetValueOrDefault(responsible) : null;
    public bool CanEdit => View?.CanEdit == true;
    /// <summary>The signed-in member may record their own position on the pending vote (not the head, who keeps the minutes).</summary>
    public bool CanRecordPosition => View?.CanRecordPosition == true;
    /// <summary>The members' own positions on the pending vote, given before the meeting, by officer.</summary>
    public IReadOnlyDictionary<int, PositionRow> Positions => View?.Positions ?? new Dictionary<int, PositionRow>();
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

    /// <summary>Builds the page through its query object. Returns NotFound when the proposal does not exist for this user.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        View = await pageQuery.DetailsAsync(id, User, HistoryBefore, ct);
        return View is null ? NotFound() : null;
    }
}
