namespace Decree73.Domain.Access;

/// <summary>The roles of domain.md §3. Every grant of a role is scoped to one unit and its subtree.</summary>
public enum AppRole
{
    Proposer,
    UnitHead,
    LeadershipMember,
    InteriorOfficer,
    Administrator,
}
