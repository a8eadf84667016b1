using Decree73.Domain.People;
using Xunit;

namespace Decree73.UnitTests;

public sealed class OfficerTests
{
    [Theory]
    [InlineData(PostKind.Head, true)]
    [InlineData(PostKind.Deputy, true)]
    [InlineData(PostKind.Manager, true)]
    [InlineData(PostKind.StateCapitalRepresentative, true)]
    [InlineData(PostKind.None, false)]
    public void Only_leaders_and_managers_may_propose_under_the_strict_rule(PostKind post, bool expected)
    {
        var officer = new Officer { PostKind = post };

        Assert.Equal(expected, officer.MayPropose(eligibilityWidened: false));
    }

    [Fact]
    public void A_widened_rule_lets_an_officer_without_a_post_propose()
    {
        Assert.True(new Officer { PostKind = PostKind.None }.MayPropose(eligibilityWidened: true));
    }

    [Theory]
    [InlineData("1986-11-22", "2026-11-22", 40)]
    [InlineData("1986-11-23", "2026-11-22", 39)]
    [InlineData("1988-02-29", "2027-02-27", 38)]
    [InlineData("1988-02-29", "2027-02-28", 39)]
    [InlineData("1988-02-29", "2027-03-01", 39)]
    public void Age_counts_whole_years(string born, string on, int expected)
    {
        var officer = new Officer { DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, officer.AgeOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_sort_name_follows_the_full_name_without_diacritics()
    {
        var officer = new Officer { FullName = "Đặng Thị Ngọc" };

        Assert.Equal("dang thi ngoc", officer.SortName);

        officer.FullName = "Lê Văn Ất";
        Assert.Equal("le van at", officer.SortName);
    }
}
