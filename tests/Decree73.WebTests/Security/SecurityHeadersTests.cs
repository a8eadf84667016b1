using System.Net;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>ASVS V3.4: every response (page, error, download, static file, health) carries the browser protections.</summary>
public sealed class SecurityHeadersTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static TheoryData<string> AnonymousUrls => new()
    {
        "/Account/Login",
        "/css/site.css",
        "/js/report-export.js",
        "/health/live",
        "/StatusCode/404",
        "/no-such-page",
        "/Proposals",
    };

    [Theory]
    [MemberData(nameof(AnonymousUrls))]
    public async Task Every_response_forbids_framing_sniffing_inline_script_and_referrers(string url)
    {
        var response = await factory.NewClient().GetAsync(url);

        AssertHardened(response);
    }

    [Fact]
    public async Task Signed_in_pages_and_exports_are_never_stored_and_are_hardened()
    {
        var head = await factory.SignInAsync("chutich.tramlo@demo.decree73.vn");

        foreach (var url in new[] { "/", "/Account/ChangePassword", "/Proposals", "/Proposals?handler=Export&format=csv", "/Proposals?handler=Export&format=xlsx" })
        {
            var response = await head.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertHardened(response);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url} may be cached: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task Static_files_stay_cacheable()
    {
        var response = await factory.NewClient().GetAsync("/css/site.css");

        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    private static void AssertHardened(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : $"(no {name} on {response.RequestMessage?.RequestUri} {(int)response.StatusCode})";
}
