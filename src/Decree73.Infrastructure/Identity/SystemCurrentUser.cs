using Decree73.Application.Abstractions;

namespace Decree73.Infrastructure.Identity;

/// <summary>The actor for start-up work, seeding and design-time tools: nobody.</summary>
public sealed class SystemCurrentUser : ICurrentUser
{
    public string? UserId => null;
}
