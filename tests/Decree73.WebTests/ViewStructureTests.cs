using System.Text.RegularExpressions;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// Views render, page models and query objects fetch (issue 11, docs/architecture.md): no view or partial injects a
/// service to load the page's data. Every <c>@inject</c> under src/Decree73.Web must name a type from a small,
/// explicit allow-list of rendering helpers; an Application service, the authorization service or the DbContext fails.
/// </summary>
public sealed partial class ViewStructureTests
{
    /// <summary>What a view may still inject: localisation and antiforgery, which render rather than fetch.</summary>
    private static readonly HashSet<string> Allowed = ["IViewLocalizer", "IHtmlLocalizer", "IStringLocalizer", "IAntiforgery"];

    [GeneratedRegex(@"^\s*@inject\s+(?<type>.+?)\s+(?<name>\w+)\s*;?\s*$", RegexOptions.Multiline)]
    private static partial Regex Inject();

    private static DirectoryInfo WebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Decree73.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return new DirectoryInfo(Path.Combine(dir.FullName, "src", "Decree73.Web"));
    }

    private static IEnumerable<FileInfo> Views() =>
        WebProject().EnumerateFiles("*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.FullName.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.FullName.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>"Microsoft.Extensions.Options.IOptions&lt;ProposalOptions&gt;" → "IOptions": the type's own name, without namespace or arguments.</summary>
    internal static string SimpleName(string type)
    {
        var open = type.IndexOf('<', StringComparison.Ordinal);
        var bare = open < 0 ? type : type[..open];
        return bare[(bare.LastIndexOf('.') + 1)..].Trim();
    }

    /// <summary>A service located by hand, the same injection without the directive.</summary>
    [GeneratedRegex(@"^.*\bRequestServices\b.*$", RegexOptions.Multiline)]
    private static partial Regex ServiceLocator();

    /// <summary>Every injection of a type outside the allow-list, as "file: @inject Type Name", and every service located by hand.</summary>
    internal static IReadOnlyList<string> Offences(IEnumerable<(string File, string Text)> views) =>
        views.SelectMany(v => Inject().Matches(v.Text)
                .Where(m => !Allowed.Contains(SimpleName(m.Groups["type"].Value)))
                .Concat(ServiceLocator().Matches(v.Text))
                .Select(m => $"{v.File}: {m.Value.Trim()}"))
            .ToList();

    [Fact]
    public void The_views_are_found()
    {
        var views = Views().Select(f => f.Name).ToList();
        Assert.Contains("_Layout.cshtml", views);
        Assert.Contains("Details.cshtml", views);
        Assert.True(views.Count > 50, $"only {views.Count} views found");
    }

    [Fact]
    public void No_view_injects_a_service()
    {
        var root = WebProject().FullName;
        var offences = Offences(Views().Select(f => (Path.GetRelativePath(root, f.FullName), File.ReadAllText(f.FullName))));
        Assert.True(offences.Count == 0, "Views must not inject services (load the data in the page model or a view component):\n"
            + string.Join('\n', offences));
    }

    [Theory]
    [InlineData("@inject Decree73.Application.Access.UserAccess Access")]
    [InlineData("@inject ImplementerQueries Queries")]
    [InlineData("@inject Microsoft.AspNetCore.Authorization.IAuthorizationService Authorization")]
    [InlineData("@inject Decree73.Infrastructure.Persistence.AppDbContext Db")]
    [InlineData("@inject Microsoft.Extensions.Options.IOptions<ProposalOptions> Options")]
    [InlineData("  @inject TimeProvider Time")]
    [InlineData("@{ var s = Context.RequestServices.GetRequiredService<OpinionService>(); }")]
    public void An_injected_service_is_an_offence(string line) =>
        Assert.Single(Offences([("x.cshtml", "@model int\n" + line + "\n<p>x</p>")]));

    [Theory]
    [InlineData("@inject Microsoft.AspNetCore.Mvc.Localization.IViewLocalizer L")]
    [InlineData("@inject Microsoft.AspNetCore.Antiforgery.IAntiforgery Antiforgery")]
    [InlineData("<p>@@inject is written in text</p>")]
    public void A_rendering_helper_is_allowed(string line) =>
        Assert.Empty(Offences([("x.cshtml", line)]));

    [Fact]
    public void The_layout_takes_its_navigation_from_view_components()
    {
        var layout = File.ReadAllText(Path.Combine(WebProject().FullName, "Pages", "Shared", "_Layout.cshtml"));
        Assert.Contains("Component.InvokeAsync(\"MainNavigation\")", layout, StringComparison.Ordinal);
    }
}
