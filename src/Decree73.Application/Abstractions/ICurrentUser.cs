namespace Decree73.Application.Abstractions;

/// <summary>Who is acting. Null id for background work and start-up seeding.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
}
