namespace Decree73.Domain.Common;

/// <summary>
/// App-managed optimistic concurrency token. It is bumped on every update by the interceptor, so it works the
/// same on SQLite, PostgreSQL and SQL Server (no provider-specific rowversion).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
