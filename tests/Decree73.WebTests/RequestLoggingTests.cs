using System.Net;
using System.Text.RegularExpressions;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.WebTests;

/// <summary>Serilog request logging: one line per request, and the error page's trace id finds its line.</summary>
public sealed partial class RequestLoggingTests
{
    private const string ThrowHeader = "X-Decree73-Test-Throw";

    [Fact]
    public async Task Each_request_is_logged_once_with_its_route_template_status_and_trace_id_and_without_its_query()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using (var factory = Production(database))
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login?ReturnUrl=%2Fsecret-query-value")).StatusCode);
        }

        var lines = LogLines(database).Where(l => l.Contains("HTTP GET", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.Contains("HTTP GET /Account/Login responded 200 in", line);
        Assert.Matches(" [0-9a-f]{32}$", line);
        Assert.DoesNotContain("secret-query-value", line);
    }

    [Fact]
    public async Task A_failed_request_shows_a_trace_id_on_the_error_page_that_finds_its_log_line()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        string page;
        using (var factory = Production(database))
        {
            var client = factory.CreateClient();
            var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
            request.Headers.Add(ThrowHeader, "1");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            page = await response.Content.ReadAsStringAsync();
        }

        var traceId = TraceIdOnPage().Match(page).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", traceId);
        var lines = LogLines(database).Where(l => l.Contains(traceId, StringComparison.Ordinal)).ToList();
        var requestLine = Assert.Single(lines, l => l.Contains("HTTP GET", StringComparison.Ordinal));
        Assert.Contains("HTTP GET /Account/Login responded 500 in", requestLine);
        // The exception itself is logged with the same trace id.
        Assert.Contains(lines, l => l.Contains("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_console_and_the_file_each_get_exactly_one_line_per_request_and_the_500s_line_carries_the_error_page_trace_id()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (first, second, failed) = (NewTraceId(), NewTraceId(), NewTraceId());
        string page;
        string console;
        using (var capture = ConsoleCapture.Start())
        {
            using (var factory = Production(database))
            {
                var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Traced(HttpMethod.Get, "/Account/Login", first))).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Traced(HttpMethod.Get, "/health/live", second))).StatusCode);
                var failing = Traced(HttpMethod.Get, "/Account/Login", failed);
                failing.Headers.Add(ThrowHeader, "1");
                var response = await client.SendAsync(failing);
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                page = await response.Content.ReadAsStringAsync();
            }

            console = capture.Text;
        }

        // The error page shows the request's trace id (the one the traceparent header set).
        Assert.Equal(failed, TraceIdOnPage().Match(page).Groups[1].Value);

        var consoleLines = Lines(console);
        var fileLines = LogLines(database);
        foreach (var (lines, sink) in new[] { (consoleLines, "console"), (fileLines, "file") })
        {
            AssertOneRequestLine(lines, sink, first, "HTTP GET /Account/Login responded 200 in");
            AssertOneRequestLine(lines, sink, second, "HTTP GET /health/live responded 200 in");
            AssertOneRequestLine(lines, sink, failed, "HTTP GET /Account/Login responded 500 in");
        }
    }

    [Fact]
    public async Task The_line_count_check_sees_a_request_logged_twice_or_not_at_all()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var traceId = NewTraceId();
        string console;
        using (var capture = ConsoleCapture.Start())
        {
            using (var factory = Production(database))
            {
                var client = factory.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Traced(HttpMethod.Get, "/health/live", traceId))).StatusCode);
            }

            console = capture.Text;
        }

        var lines = Lines(console);
        AssertOneRequestLine(lines, "console", traceId, "HTTP GET /health/live responded 200 in");

        // The same output with the request's line written twice (a second console sink, or the request-logging
        // middleware added twice), or missing (no console sink): the check refuses both.
        var line = Assert.Single(RequestLines(lines, traceId));
        Assert.Throws<Xunit.Sdk.SingleException>(() =>
            AssertOneRequestLine([.. lines, line], "console", traceId, "HTTP GET /health/live responded 200 in"));
        Assert.Throws<Xunit.Sdk.SingleException>(() =>
            AssertOneRequestLine(lines.Where(l => l != line).ToList(), "console", traceId, "HTTP GET /health/live responded 200 in"));
    }

    private static void AssertOneRequestLine(IReadOnlyList<string> lines, string sink, string traceId, string expected)
    {
        var line = Assert.Single(RequestLines(lines, traceId));
        Assert.True(line.Contains(expected, StringComparison.Ordinal), $"{sink}: {line}");
        Assert.EndsWith(" " + traceId, line.TrimEnd(), StringComparison.Ordinal);
    }

    // Other tests' hosts may write to the console meanwhile: a request's lines are found by its own trace id.
    private static List<string> RequestLines(IEnumerable<string> lines, string traceId) =>
        lines.Where(l => l.Contains("HTTP GET", StringComparison.Ordinal) && l.Contains(traceId, StringComparison.Ordinal)).ToList();

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => AnsiEscape().Replace(l, "").TrimEnd('\r')).ToList();

    private static string NewTraceId() => System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();

    /// <summary>A request whose W3C traceparent header sets its trace id, so that its log lines can be told apart.</summary>
    private static HttpRequestMessage Traced(HttpMethod method, string path, string traceId)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");
        return request;
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiEscape();

    /// <summary>
    /// Redirects the process's standard output (what the Serilog console sink writes to on each event) into memory
    /// until disposed. The console sink looks up Console.Out per event, so the host's lines land here.
    /// </summary>
    private sealed class ConsoleCapture : IDisposable
    {
        private static readonly SemaphoreSlim OneAtATime = new(1, 1);
        private readonly TextWriter original;
        private readonly StringWriter buffer = new();

        private ConsoleCapture()
        {
            original = Console.Out;
            Console.SetOut(TextWriter.Synchronized(buffer));
        }

        public string Text
        {
            get
            {
                lock (buffer)
                {
                    return buffer.ToString();
                }
            }
        }

        public static ConsoleCapture Start()
        {
            OneAtATime.Wait();
            return new ConsoleCapture();
        }

        public void Dispose()
        {
            Console.SetOut(original);
            OneAtATime.Release();
        }
    }

    private static WebApplicationFactory<Program> Production(TestDatabase database) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", database.ConnectionString);
            b.UseSetting("Database:DataDirectory", database.DataDirectory);
            b.UseSetting("Notifications:Enabled", "false");
            b.UseSetting(TwoFactorOff.Key, TwoFactorOff.Value); // the 2FA tests run with the product default
            b.ConfigureTestServices(s => s.Configure<MvcOptions>(o => o.Filters.Add(new ThrowOnHeaderFilter())));
        });

    private static List<string> LogLines(TestDatabase database) =>
        Directory.GetFiles(Path.Combine(database.DataDirectory, "logs"))
            .SelectMany(f => File.ReadAllLines(f))
            .ToList();

    [GeneratedRegex("<code id=\"trace-id\">([^<]*)</code>")]
    private static partial Regex TraceIdOnPage();

    /// <summary>Makes a page fail on request (not the re-executed error page), as a bug would.</summary>
    private sealed class ThrowOnHeaderFilter : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            if (context.HttpContext.Request.Headers.ContainsKey(ThrowHeader) && context.HttpContext.Request.Path != "/Error")
            {
                throw new InvalidOperationException("Test failure");
            }
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}
