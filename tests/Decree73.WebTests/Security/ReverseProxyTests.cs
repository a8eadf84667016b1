using System.Net;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>
/// The app as deployed behind a reverse proxy: Production, its host name in AllowedHosts, one known proxy (10.0.0.5).
/// The peer address of each request is given by the test in <see cref="PeerHeader"/> (TestServer has no socket): a
/// middleware in front of the app's pipeline turns it into the connection's remote address, as Kestrel would.
/// </summary>
public sealed class ProxiedWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite)
{
    public const string Proxy = "10.0.0.5";
    public const string Host = "decree73.example";
    public const string PeerHeader = "X-Test-Peer";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("AllowedHosts", Host);
        builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
        builder.ConfigureServices(s => s
            .AddTransient<IStartupFilter, PeerAddress>()
            .Configure<Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionOptions>(o => o.HttpsPort = 443));
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                var peer = context.Request.Headers[PeerHeader].ToString();
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer.Length > 0 ? peer : "203.0.113.9");
                context.Request.Headers.Remove(PeerHeader);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>
/// ASVS V12.1/V12.2 and V3.4.1 behind a proxy (issue 14): X-Forwarded-Proto and X-Forwarded-For are believed from the
/// configured proxy only; HTTPS redirection without a loop; HSTS; the Host header is not reflected.
/// </summary>
public sealed class ReverseProxyTests(ProxiedWebAppFactory factory) : IClassFixture<ProxiedWebAppFactory>
{
    private const string Stranger = "203.0.113.9";

    private HttpClient Client(string scheme, string peer, string? forwardedProto = null, string? forwardedFor = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"{scheme}://{ProxiedWebAppFactory.Host}"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(ProxiedWebAppFactory.PeerHeader, peer);
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    [Fact]
    public async Task Https_terminated_at_the_known_proxy_is_not_redirected_again_and_carries_hsts()
    {
        var viaProxy = Client("http", ProxiedWebAppFactory.Proxy, forwardedProto: "https", forwardedFor: "198.51.100.7");

        var response = await viaProxy.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        // Only the scheme header (a proxy that does not send X-Forwarded-For) is enough too.
        var protoOnly = await Client("http", ProxiedWebAppFactory.Proxy, forwardedProto: "https").GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, protoOnly.StatusCode);
    }

    [Fact]
    public async Task Plain_http_through_the_known_proxy_is_redirected_to_https()
    {
        var response = await Client("http", ProxiedWebAppFactory.Proxy, forwardedProto: "http").GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{ProxiedWebAppFactory.Host}/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task X_forwarded_proto_from_an_unknown_address_is_ignored_and_the_request_redirected_to_https()
    {
        var response = await Client("http", Stranger, forwardedProto: "https").GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{ProxiedWebAppFactory.Host}/Account/Login", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task X_forwarded_for_is_believed_from_the_known_proxy_only_in_the_security_log()
    {
        // The browser speaks https to the proxy (the cookie jar of the test client sends the Secure antiforgery cookie
        // back only over an https address).
        await FailSignInAsync(Client("https", ProxiedWebAppFactory.Proxy, forwardedProto: "https", forwardedFor: "198.51.100.7"));
        await FailSignInAsync(Client("https", Stranger, forwardedFor: "198.51.100.66"));

        var failures = ReadLog().Split('\n').Where(l => l.Contains("Security: sign-in failed", StringComparison.Ordinal)).ToList();
        Assert.Contains(failures, l => l.Contains("from 198.51.100.7 ", StringComparison.Ordinal)); // the client behind the proxy
        Assert.Contains(failures, l => l.Contains($"from {Stranger} ", StringComparison.Ordinal)); // the stranger itself
        Assert.DoesNotContain(failures, l => l.Contains("198.51.100.66", StringComparison.Ordinal)); // not the address it claimed
    }

    [Fact]
    public async Task A_host_not_in_allowed_hosts_is_refused_and_never_reflected_in_the_login_redirect()
    {
        var client = Client("https", Stranger);
        using var evil = new HttpRequestMessage(HttpMethod.Get, "/Proposals");
        evil.Headers.Host = "evil.example";
        var refused = await client.SendAsync(evil);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.Location);

        // X-Forwarded-Host, even from the known proxy, does not change the host the app builds its redirects from.
        var viaProxy = Client("http", ProxiedWebAppFactory.Proxy, forwardedProto: "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        var redirect = await viaProxy.GetAsync("/Proposals");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"https://{ProxiedWebAppFactory.Host}/Account/Login?ReturnUrl=%2FProposals", redirect.Headers.Location!.OriginalString);
        Assert.DoesNotContain("evil", redirect.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    private static async Task FailSignInAsync(HttpClient client)
    {
        var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "khong.ton.tai@test.vn",
            ["Input.Password"] = "khong phai mat khau",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The app's log files so far, read while the app still writes them.</summary>
    private string ReadLog()
    {
        var text = new System.Text.StringBuilder();
        foreach (var path in Directory.GetFiles(Path.Combine(factory.Database.DataDirectory, "logs")))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
