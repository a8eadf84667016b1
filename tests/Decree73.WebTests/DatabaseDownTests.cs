using System.Net;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// PostgreSQL taken away mid-run (through a relay that drops every connection and refuses new ones, as a stopped server
/// does) and given back: pages answer a clear Vietnamese 503 with Retry-After, readiness is unhealthy, and the app
/// serves again when the database returns, without a restart.
/// </summary>
[RequiresPostgres]
public sealed class DatabaseDownTests
{
    [ServiceFact]
    public async Task With_the_database_gone_pages_answer_503_in_vietnamese_and_the_app_recovers_when_it_returns()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(direct.Host!, direct.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = relay.Port, Timeout = 3 }.ConnectionString;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "PostgreSql");
            b.UseSetting("Database:ConnectionString", throughRelay);
            b.UseSetting("Database:DataDirectory", database.DataDirectory);
            b.UseSetting("Notifications:Enabled", "false");
            b.UseSetting(TwoFactorOff.Key, TwoFactorOff.Value); // the 2FA tests run with the product default
        });
        var client = factory.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var login = await client.GetDocumentAsync("/Account/Login");
        var credentials = new Dictionary<string, string> { ["Input.Email"] = "khong.ton.tai@vidu.vn", ["Input.Password"] = "một mật khẩu bất kỳ dài" };
        Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(login, credentials)).StatusCode);

        relay.Cut();
        var down = await client.SubmitAsync(login, credentials);
        var page = await down.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("30", down.Headers.RetryAfter?.ToString());
        Assert.Contains("Cơ sở dữ liệu tạm thời không truy cập được", page);
        Assert.Contains("chưa được lưu", page);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        relay.Restore();
        await RetryAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);
        var back = await client.SubmitAsync("/Account/Login", credentials);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng", await back.Content.ReadAsStringAsync());
    }

    // The pool drops its broken connections on first use; give it a few tries.
    private static async Task RetryAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail("The app did not recover after the database came back.");
    }
}
