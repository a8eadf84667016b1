using System.Net;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Decree73.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// Several instances behind a proxy (issue 15): every response names the instance that answered, from
/// <c>Instance:Id</c>, so tests/scale-out.sh and an operator can see where each request landed.
/// </summary>
public sealed class InstanceHeaderTests
{
    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/Proposals", HttpStatusCode.Redirect)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    public async Task Every_response_names_the_configured_instance(string path, HttpStatusCode status)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var factory = Production(database, "app-2");
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("app-2", Assert.Single(response.Headers.GetValues(InstanceHeader.HeaderName)));
    }

    [Fact]
    public async Task Without_a_setting_the_instance_is_the_machine_name_process_id_and_a_suffix_the_lease_uses_too()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var factory = Production(database, null);
        var response = await factory.CreateClient().GetAsync("/health/live");

        var id = Assert.Single(response.Headers.GetValues(InstanceHeader.HeaderName));
        Assert.StartsWith($"{Environment.MachineName}-{Environment.ProcessId}-", id, StringComparison.Ordinal);
        Assert.Equal(factory.Services.GetRequiredService<Decree73.Infrastructure.ScaleOut.InstanceIdentity>().Id, id);
    }

    [Theory]
    [InlineData("  app 1\r\n", "app1")]
    [InlineData("máy-chủ-1", "my-ch-1")]
    public void An_id_is_reduced_to_a_valid_header_value(string configured, string expected) =>
        Assert.Equal(expected, InstanceHeader.InstanceId(configured));

    private static WebApplicationFactory<Program> Production(TestDatabase database, string? instanceId) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", database.ConnectionString);
            b.UseSetting("Database:DataDirectory", database.DataDirectory);
            b.UseSetting("Notifications:Enabled", "false");
            b.UseSetting(TwoFactorOff.Key, TwoFactorOff.Value); // the 2FA tests run with the product default
            if (instanceId is not null)
            {
                b.UseSetting(InstanceHeader.Setting, instanceId);
            }
        });
}
