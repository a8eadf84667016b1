namespace Decree73.Application.Abstractions;

/// <summary>Who is acting, and from where. Null id and address for background work and start-up seeding.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    /// <summary>The client's IP address as the server saw it, for the audit trail.</summary>
    string? ClientIp { get; }
}
