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

    private static WebApplicationFactory<Program> Production(TestDatabase database) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", database.ConnectionString);
            b.UseSetting("Database:DataDirectory", database.DataDirectory);
            b.UseSetting("Notifications:Enabled", "false");
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
