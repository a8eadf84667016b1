using System.Net;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>The app as deployed: Production, behind https, with its host name configured.</summary>
public sealed class ProductionWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("AllowedHosts", "decree73.example");
        builder.UseSetting("https_port", "443");
        // TestServer has no remote address, which the forwarded-headers middleware would trust: give it a stranger's.
        builder.ConfigureServices(s => s
            .AddTransient<IStartupFilter, StrangerAddress>()
            .Configure<Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionOptions>(o => o.HttpsPort = 443));
    }

    private sealed class StrangerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>ASVS V12.1-V12.3 and V3.4.1: HTTPS only, HSTS, no Host header reflection, Secure cookies.</summary>
public sealed class TransportSecurityTests(ProductionWebAppFactory factory) : IClassFixture<ProductionWebAppFactory>
{
    private HttpClient Client(string root) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(root), AllowAutoRedirect = false });

    [Fact]
    public async Task Https_responses_carry_hsts_for_a_year_with_subdomains_and_secure_cookies()
    {
        var response = await Client("https://decree73.example").GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_host_is_refused_and_the_login_redirect_is_a_path()
    {
        using var evil = new HttpRequestMessage(HttpMethod.Get, "/Proposals");
        evil.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await Client("https://decree73.example").SendAsync(evil)).StatusCode);

        var redirect = await Client("https://decree73.example").GetAsync("/Proposals");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("https://decree73.example/Account/Login?ReturnUrl=%2FProposals", redirect.Headers.Location!.OriginalString);
    }
}

/// <summary>ASVS V13/V14: the data folder is the service account's only.</summary>
public sealed class DataFolderPermissionTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public void The_data_folder_is_0700_and_its_files_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = factory.Database.DataDirectory;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("decree73.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.GetUnixFileMode(file) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{file}: {File.GetUnixFileMode(file)}");
        }
    }
}
