using Decree73.Web;
using Serilog;

// Until the host's own logger (configured from appsettings) exists, and when building the host fails, start-up
// problems still reach the console.
Log.Logger = new LoggerConfiguration().Enrich.FromLogContext().WriteTo.Console().CreateLogger();
try
{
    var app = await WebAppBuilder.BuildAsync(args);
    if (app is not null)
    {
        await app.RunAsync();
    }
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Decree73 could not start");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
