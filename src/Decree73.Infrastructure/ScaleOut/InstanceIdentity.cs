using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Decree73.Infrastructure.ScaleOut;

/// <summary>
/// This process among the instances on one database: setting <c>Instance:Id</c>, by default the machine name, the
/// process id and a random suffix (unique even for two processes in one container image). Owner of the leases.
/// </summary>
public sealed class InstanceIdentity
{
    public const string Setting = "Instance:Id";

    public InstanceIdentity(IConfiguration configuration)
    {
        var configured = configuration[Setting];
        var id = string.IsNullOrWhiteSpace(configured)
            ? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}")
            : configured.Trim();
        Id = id.Length > Lease.OwnerMaxLength ? id[..Lease.OwnerMaxLength] : id;
    }

    public InstanceIdentity(string id) => Id = id;

    public string Id { get; }
}

/// <summary>
/// Where a piece of per-process state is kept when it may have to be shared (settings SignIn:Store and
/// Compliance:WriteClock).
/// </summary>
public enum SharedStateStore
{
    /// <summary>The database on PostgreSQL and SQL Server (the server databases several instances share), memory on SQLite.</summary>
    Auto,

    /// <summary>In the process: right for one instance, and the cheapest.</summary>
    Memory,

    /// <summary>In the application's database: every instance on it agrees.</summary>
    Database,
}

public static class SharedStateStores
{
    public static bool InDatabase(this SharedStateStore store, Persistence.DatabaseProvider provider) =>
        store == SharedStateStore.Database || (store == SharedStateStore.Auto && provider != Persistence.DatabaseProvider.Sqlite);
}
