using Decree73.Application.Abstractions;

namespace Decree73.Infrastructure.Identity;

/// <summary>The actor for start-up work, seeding and design-time tools: nobody, from nowhere.</summary>
public sealed class SystemCurrentUser : ICurrentUser
{
    public string? UserId => null;
    public string? ClientIp => null;
}
