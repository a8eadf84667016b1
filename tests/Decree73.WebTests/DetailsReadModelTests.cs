using System.Reflection;
using System.Text.RegularExpressions;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Pages.Proposals;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// The details page and its section pages render a read model (issue 11): no view type they hand to a view or partial
/// exposes the domain's <see cref="Proposal"/> entity, or one of its records, directly or inside a list or dictionary;
/// and no view or partial of theirs declares the entity as its model.
/// </summary>
public sealed partial class DetailsReadModelTests
{
    /// <summary>The entity and its records: what a view must not receive.</summary>
    private static readonly Type[] Entities =
    [
        typeof(Proposal), typeof(ProposalDecision), typeof(ProposalVote), typeof(VotePosition), typeof(OpinionRequest),
        typeof(ProposalMilestone), typeof(ProgressUpdate), typeof(ProposalImplementer),
    ];

    /// <summary>The types the pages give their views: the page view, its section views, the read model and the page models.</summary>
    public static TheoryData<Type> ViewTypes() =>
    [
        typeof(ProposalPageView), typeof(OpinionsView), typeof(ProgressView), typeof(AttachmentsView), typeof(ProtectionLinksView),
        typeof(HistoryView), typeof(ProposalDetails), typeof(DetailsModel), typeof(OpinionsModel), typeof(ProgressModel),
        typeof(AttachmentsModel), typeof(ConditionsModel), typeof(ResultNoticeModel),
    ];

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void A_view_type_of_the_details_pages_exposes_no_proposal_entity(Type viewType)
    {
        var offending = viewType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => Mentions(p.PropertyType))
            .Select(p => $"{viewType.Name}.{p.Name}: {p.PropertyType}")
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void The_check_sees_the_entity_where_it_is()
    {
        Assert.True(Mentions(typeof(Proposal)));
        Assert.True(Mentions(typeof(IReadOnlyDictionary<int, VotePosition>)));
        Assert.True(Mentions(typeof(IReadOnlyList<ProposalDecision>)));
        Assert.False(Mentions(typeof(IReadOnlyList<DecisionRow>)));
    }

    [Fact]
    public void No_view_of_the_proposal_pages_declares_the_entity_as_its_model()
    {
        var pages = Path.Combine(SourceRoot(), "src", "Decree73.Web", "Pages");
        var offending = new[] { "Proposals", "Protection" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(pages, folder), "*.cshtml"))
            .Where(file => EntityModel().IsMatch(File.ReadAllText(file)))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(offending);
    }

    private static bool Mentions(Type type) =>
        Entities.Contains(type)
        || (type.IsArray && Mentions(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(Mentions))
        || (Nullable.GetUnderlyingType(type) is { } inner && Mentions(inner));

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "src", "Decree73.Web")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("The repository's root was not found above the test's folder.");
    }

    [GeneratedRegex(@"^@model\s+(Decree73\.Domain\.Proposals\.)?Proposal\??\s*$", RegexOptions.Multiline)]
    private static partial Regex EntityModel();
}
