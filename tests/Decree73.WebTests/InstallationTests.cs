using System.Net;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Decree73.Web;
using Decree73.Web.Presentation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

public sealed class InstallationTests
{
    [Fact]
    public async Task A_sign_in_survives_a_restart_because_the_keys_are_kept_in_the_database()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        string cookie;
        await using (var first = new SqliteWebAppFactory { Shared = database })
        {
            await ((IAsyncLifetime)first).InitializeAsync();
            var login = await first.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string>
            {
                ["Input.Email"] = "noivu.tinh@demo.decree73.vn", ["Input.Password"] = first.DemoPassword,
            });
            cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Decree73.Auth=", StringComparison.Ordinal)).Split(';')[0];
            await ((IAsyncLifetime)first).DisposeAsync();
        }

        await using var second = new SqliteWebAppFactory { Shared = database };
        await ((IAsyncLifetime)second).InitializeAsync();
        var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);

        var home = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.NotEqual(0, await second.QueryAsync(db => db.DataProtectionKeys.CountAsync()));
        await ((IAsyncLifetime)second).DisposeAsync();
    }

    [Fact]
    public async Task The_log_records_sign_in_events_without_passwords_or_emails()
    {
        // The database is the test's, so the log files outlive the app that wrote them.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new SqliteWebAppFactory { Shared = database };
        await ((IAsyncLifetime)factory).InitializeAsync();
        var demoPassword = factory.DemoPassword;
        const string secret = "mat khau bi mat khong duoc ghi";
        await factory.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "phochutich.tramlo@demo.decree73.vn", ["Input.Password"] = secret,
        });
        await factory.SignInAsync("phochutich.tramlo@demo.decree73.vn");
        await ((IAsyncLifetime)factory).DisposeAsync();

        var log = string.Concat(Directory.GetFiles(Path.Combine(database.DataDirectory, "logs")).Select(File.ReadAllText));
        Assert.Contains("Security: sign-in failed for", log, StringComparison.Ordinal);
        Assert.Contains("signed in", log);
        Assert.DoesNotContain(secret, log);
        Assert.DoesNotContain(demoPassword, log);
        Assert.DoesNotContain("phochutich.tramlo@demo.decree73.vn", log);
    }

    [Fact]
    public async Task Readiness_fails_when_the_data_folder_has_too_little_free_space_while_liveness_stays_up()
    {
        await using var factory = new SqliteWebAppFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready")).StatusCode);

        // The same installation, with a threshold no disk meets: the state of a full disk, where every write fails.
        await using var full = factory.WithWebHostBuilder(b => b.UseSetting("Health:MinimumFreeDiskMegabytes", "10000000"));
        var client = full.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Empty(Directory.GetFiles(factory.Database.DataDirectory, ".ready-*"));
        await ((IAsyncLifetime)factory).DisposeAsync();
    }

    [Fact]
    public async Task On_sql_server_with_an_unreachable_database_the_app_stays_up_live_but_not_ready_and_logs_why()
    {
        using var data = new TempDirectory();
        string log;
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
               {
                   b.UseEnvironment("Production");
                   b.UseSetting("Database:Provider", "SqlServer");
                   // Port 1 on loopback: nothing listens, the connection is refused at once.
                   b.UseSetting("Database:ConnectionString",
                       "Server=tcp:127.0.0.1,1;Database=Decree73;User Id=decree73;Password=unused;Encrypt=false;Connect Timeout=2");
                   b.UseSetting("Database:DataDirectory", data.Path);
                   b.UseSetting("Notifications:Enabled", "false");
                   b.UseSetting(TwoFactorOff.Key, TwoFactorOff.Value); // the 2FA tests run with the product default
               }))
        {
            var client = factory.CreateClient();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }

        log = string.Concat(Directory.GetFiles(Path.Combine(data.Path, "logs")).Select(File.ReadAllText));
        Assert.Contains("Database SqlServer is unreachable at start-up: migrations were not applied and /health/ready answers 503", log);
        Assert.DoesNotContain("Password=unused", log);
    }

    [Fact]
    public void The_create_admin_switch_is_parsed_with_defaults()
    {
        Assert.Null(CommandLine.Parse([]));
        Assert.Equal(new CreateAdminCommand("a@b.vn", "HT", "Tỉnh Hà Tĩnh"), CommandLine.Parse(["--create-admin", "a@b.vn", "--root-code", "HT", "--root-name", "Tỉnh Hà Tĩnh"]));
        Assert.Equal(new CreateAdminCommand("a@b.vn", "ROOT", "Tỉnh"), CommandLine.Parse(["--create-admin", "a@b.vn"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--create-admin"]));
    }

    [Fact]
    public void Every_enum_value_shown_in_the_ui_has_a_vietnamese_name()
    {
        static void All<T>() where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                Assert.False(string.IsNullOrWhiteSpace(EnumText.Of(value)));
            }
        }

        All<UnitKind>();
        All<Sex>();
        All<EducationLevel>();
        All<PoliticalTheoryLevel>();
        All<PostKind>();
        All<CivilServiceCategory>();
        All<AppRole>();
    }
}
