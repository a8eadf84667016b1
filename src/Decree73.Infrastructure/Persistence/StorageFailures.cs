using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Decree73.Infrastructure.Persistence;

/// <summary>What went wrong underneath a request, as far as the user can be told something useful.</summary>
public enum StorageFailure
{
    /// <summary>Not a storage failure (a defect): the generic error page.</summary>
    None,

    /// <summary>The database server cannot be reached or is failing over: try again in a moment (503).</summary>
    DatabaseUnavailable,

    /// <summary>The disk (of the data folder or of the database server) is full: nothing can be written (507).</summary>
    StorageFull,

    /// <summary>Someone else changed the same record at the same moment (409).</summary>
    Conflict,
}

/// <summary>
/// Classifies an exception by the provider's own error codes, looking through EF's and ADO.NET's wrappers, so the error
/// page can say what happened (and that nothing was half-saved: every write is one transaction).
/// </summary>
public static class StorageFailures
{
    // errno ENOSPC on Linux; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private const int NoSpaceErrno = 28;
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    public static StorageFailure Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var failure = e switch
            {
                DbUpdateConcurrencyException => StorageFailure.Conflict,
                SqliteException { SqliteErrorCode: 13 } => StorageFailure.StorageFull, // SQLITE_FULL
                SqliteException { SqliteErrorCode: 5 or 6 } => StorageFailure.DatabaseUnavailable, // SQLITE_BUSY, SQLITE_LOCKED
                PostgresException { SqlState: "53100" } => StorageFailure.StorageFull, // disk_full
                PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) // connection exceptions
                    || state.StartsWith("57P", StringComparison.Ordinal) // admin/crash shutdown, cannot connect now
                    || state == "53300" => StorageFailure.DatabaseUnavailable, // too many connections
                PostgresException => StorageFailure.None,
                NpgsqlException => StorageFailure.DatabaseUnavailable, // no server answer at all (socket, timeout)
                SqlException { Number: 1105 or 9002 } => StorageFailure.StorageFull, // filegroup full, log full
                SqlException { Number: -2 or 2 or 53 or 233 or 4060 or 10053 or 10054 or 10060 or 10061 or 40613 or 40197 or 40501 }
                    => StorageFailure.DatabaseUnavailable,
                IOException { HResult: NoSpaceErrno or WindowsHandleDiskFull or WindowsDiskFull } => StorageFailure.StorageFull,
                _ => StorageFailure.None,
            };
            if (failure != StorageFailure.None)
            {
                return failure;
            }
        }

        return StorageFailure.None;
    }
}
