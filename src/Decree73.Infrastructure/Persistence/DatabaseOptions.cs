using System.ComponentModel.DataAnnotations;

namespace Decree73.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSql and SqlServer. For Sqlite it defaults to a file in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Where the embedded database, the data-protection keys and the log files live. Relative paths are resolved
    /// against the application's content root.
    /// </summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>
    /// Optional: a connection to a read-only copy of the database (a PostgreSQL streaming replica; a SQL Server
    /// readable secondary, with ApplicationIntent=ReadOnly). Used only by the compliance review's computations, which
    /// then may lag the primary by the replica's delay. Empty: everything reads the primary.
    /// </summary>
    public string? ReadOnlyConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up (the embedded default). Servers may prefer the SQL scripts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
