using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace Decree73.BrowserTests;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), against the app on a real port.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public BrowserFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A fixture whose app has further settings (for example the product's second-factor default).</summary>
    protected BrowserFixture(IReadOnlyDictionary<string, string?> settings) => App = new KestrelWebAppFactory { Settings = settings };

    public KestrelWebAppFactory App { get; }
    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ArtifactPath(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath))
        {
            // Skipped outside CI (see ServiceFact); under CI=true this fails the tests, as it must.
            throw new InvalidOperationException($"Chromium is required at {TestEnvironment.ChromiumPath}: run tests/run.sh.");
        }

        await ((IAsyncLifetime)App).InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.RootUrl,
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Decree73.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Decree73.sln) not found.");
    }
}
