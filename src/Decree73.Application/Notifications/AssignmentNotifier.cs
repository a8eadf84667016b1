using Decree73.Application.Abstractions;
using Decree73.Application.Proposals;
using Decree73.Domain.Notifications;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Notifications;

/// <summary>
/// Tells an officer that a step was given to them. The notification is added to the context, so it is written by the
/// same SaveChanges (and transaction) as the transition, or not at all.
/// </summary>
public sealed class AssignmentNotifier(IAppDbContext db, ProposalAccess access)
{
    public async Task OnAssignedAsync(Proposal proposal, int? previousHolder, CancellationToken ct = default)
    {
        // A new draft (no id yet) is held by the proposer who is writing it.
        if (proposal.ResponsibleOfficerId is not { } holder || holder == previousHolder || proposal.Id == 0)
        {
            return;
        }

        // The person who acted knows already.
        if (await access.CurrentOfficerIdAsync(ct) == holder)
        {
            return;
        }

        db.Notifications.Add(new Notification(
            holder, proposal.Id, NotificationKind.Assigned, NotificationKeys.Assigned(proposal.Id, proposal.Version, holder), proposal.StepDueOn,
            proposal.State));
    }
}
