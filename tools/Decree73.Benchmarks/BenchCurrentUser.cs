using Decree73.Application.Abstractions;

namespace Decree73.Benchmarks;

/// <summary>The actor of the measured calls; set <see cref="UserId"/> to act as someone.</summary>
internal sealed class BenchCurrentUser : ICurrentUser
{
    public string? UserId { get; set; }

    public string? ClientIp => null;
}
