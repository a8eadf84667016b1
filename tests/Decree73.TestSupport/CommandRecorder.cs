using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Decree73.TestSupport;

/// <summary>
/// Every SQL command EF Core sends while serving one HTTP request that carries the <see cref="Header"/>, under that
/// header's value: what a test measures of a whole request (page, services, interceptors, Identity), and nothing of the
/// requests around it or of the background services. Registered on every <see cref="WebAppFactory"/>; a request
/// without the header is not recorded.
/// </summary>
public sealed class CommandRecorder(IHttpContextAccessor http, CommandRecordingWindow window) : DbCommandInterceptor
{
    public const string Header = "X-Decree73-Test-Recording";

    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Recorded = new();

    /// <summary>A fresh recording name, to send as the <see cref="Header"/>.</summary>
    public static string NewRecording() => Guid.NewGuid().ToString("N");

    /// <summary>The commands' texts, in the order they were sent.</summary>
    public static IReadOnlyList<string> CommandsOf(string recording) =>
        Recorded.TryGetValue(recording, out var commands) ? commands.ToList() : [];

    private void Record(DbCommand command)
    {
        var context = http.HttpContext;
        var recording = context is null ? window.Current : context.Request.Headers[Header].ToString();
        if (recording is { Length: > 0 })
        {
            Recorded.GetOrAdd(recording, _ => new()).Enqueue(command.CommandText);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}

/// <summary>
/// Work a request hands to a task of its own without its execution context (the compliance review's
/// <c>SingleFlightCache</c>, so that one computation serves every asker) sends its commands outside any request: while
/// a window is open, such commands are recorded under it too. One window per app host (a singleton of the host), so
/// the background work of the other hosts that run tests in parallel is never counted.
/// </summary>
public sealed class CommandRecordingWindow
{
    private volatile string? current;

    public string? Current => current;

    /// <summary>Also records, under <paramref name="recording"/>, this host's commands sent outside any request until disposed.</summary>
    public IDisposable Open(string recording)
    {
        current = recording;
        return new Closing(this);
    }

    private sealed class Closing(CommandRecordingWindow window) : IDisposable
    {
        public void Dispose() => window.current = null;
    }
}
