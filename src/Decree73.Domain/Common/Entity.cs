namespace Decree73.Domain.Common;

/// <summary>Base for mutable entities: integer key, audit stamps and concurrency version.</summary>
public abstract class Entity : IAuditable, IVersioned
{
    public int Id { get; protected internal set; }

    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? ModifiedAtUtc { get; set; }
    public string? ModifiedBy { get; set; }
    public int Version { get; set; }
}
