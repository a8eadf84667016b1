namespace Decree73.Domain.Proposals;

/// <summary>
/// Who is acting on a proposal, as the application layer established it from the person's grants: the officer,
/// whether they are the head of the agency the proposal is routed to, whether they are assigned to implement it, and
/// whether they sit in that agency's leadership collective (the head or a deputy: the members who vote, Art. 8(1)),
/// and the officer's own unit (<see cref="UnitId"/>: an override or implementation decision taken by an officer of
/// another unit than the routed agency is stored as <see cref="Proposal.ApprovedByOtherAgencyAtUtc"/>); null when unknown.
/// </summary>
public sealed record ProposalActor(
    int OfficerId, bool IsDecidingHead = false, bool IsImplementer = false, bool IsLeadershipMember = false, int? UnitId = null);
