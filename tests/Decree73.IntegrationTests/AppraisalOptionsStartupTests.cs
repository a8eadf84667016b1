using Decree73.Application.Appraisal;
using Decree73.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>The "Appraisal" settings are bound from configuration and a wrong value stops the start-up.</summary>
public sealed class AppraisalOptionsStartupTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), Path.GetTempPath());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_defaults_are_20_percent_and_15_December()
    {
        using var services = Build();
        var options = services.GetRequiredService<IOptions<AppraisalOptions>>().Value;

        Assert.Equal((20, 12, 15), (options.OutstandingQuotaPercent, options.ClosingMonth, options.ClosingDay));
    }

    [Fact]
    public void A_configured_quota_is_used()
    {
        using var services = Build(("Appraisal:OutstandingQuotaPercent", "15"));

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(15, services.GetRequiredService<IOptions<AppraisalOptions>>().Value.OutstandingQuotaPercent);
    }

    [Theory]
    [InlineData("Appraisal:OutstandingQuotaPercent", "101")]
    [InlineData("Appraisal:OutstandingQuotaPercent", "-5")]
    [InlineData("Appraisal:ClosingDay", "31")]
    public void A_value_out_of_range_stops_the_start_up(string key, string value)
    {
        using var services = Build((key, value), ("Appraisal:ClosingMonth", "11"));

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }
}
