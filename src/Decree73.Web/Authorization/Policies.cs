using Decree73.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Decree73.Web.Authorization;

public static class Policies
{
    public const string Administrator = "Administrator";

    /// <summary>Opens /Compliance to Interior officers and administrators; ComplianceService checks the subtree on every request.</summary>
    public const string ComplianceReviewer = "ComplianceReviewer";
}

/// <summary>Operations checked on a resource, e.g. a unit, with IAuthorizationService.AuthorizeAsync.</summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Administer = new() { Name = nameof(Administer) };
    public static readonly OperationAuthorizationRequirement EditDraft = new() { Name = nameof(EditDraft) };
    /// <summary>A leadership member records their own position on a proposal's pending vote before the meeting.</summary>
    public static readonly OperationAuthorizationRequirement RecordOwnVote = new() { Name = nameof(RecordOwnVote) };
}

/// <summary>Holds one of the roles in at least one unit. Used to open an area; each resource is then checked on its own.</summary>
public sealed class RoleAnywhereRequirement(params AppRole[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<AppRole> Roles { get; } = roles;
}
