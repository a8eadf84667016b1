using Decree73.Web;

var app = await WebAppBuilder.BuildAsync(args);
if (app is not null)
{
    await app.RunAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
