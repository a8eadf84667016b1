using Decree73.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Decree73.WebTests;

/// <summary>Which answer each provider's failure gets, looked up through EF's wrappers (the error page words each status).</summary>
public sealed class ExceptionStatusTests
{
    public static TheoryData<string, Exception, int> Cases() => new()
    {
        { "SQLite disk full (SQLITE_FULL)", Wrapped(new SqliteException("database or disk is full", 13)), 507 },
        { "SQLite busy beyond the timeout", Wrapped(new SqliteException("database is locked", 5)), 503 },
        { "SQLite constraint (a defect)", Wrapped(new SqliteException("UNIQUE constraint failed", 19)), 500 },
        { "PostgreSQL disk_full", Wrapped(new PostgresException("could not extend file", "ERROR", "ERROR", "53100")), 507 },
        { "PostgreSQL shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), 503 },
        { "PostgreSQL connection failure", new PostgresException("connection failure", "FATAL", "FATAL", "08006"), 503 },
        { "PostgreSQL unique violation (a defect)", Wrapped(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")), 500 },
        { "PostgreSQL unreachable", new InvalidOperationException("transient", new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))), 503 },
        { "Disk full writing an upload (ENOSPC)", new IOException("No space left on device", 28), 507 },
        { "Another I/O error", new IOException("Input/output error", 5), 500 },
        { "Simultaneous change", new DbUpdateConcurrencyException("changed"), 409 },
        { "A defect", new NullReferenceException(), 500 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_failure_gets_the_status_that_tells_the_user_what_happened(string what, Exception exception, int status) =>
        Assert.True(ExceptionStatus.For(exception) == status, $"{what}: {ExceptionStatus.For(exception)} instead of {status}");

    private static DbUpdateException Wrapped(Exception inner) => new("An error occurred while saving the entity changes.", inner);
}
