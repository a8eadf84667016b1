using Decree73.Domain.People;
using Decree73.Domain.Protection;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>Which discipline decree applies, by category and the date of the act (domain.md §7), at the changeovers.</summary>
public sealed class DisciplineDecreeTests
{
    [Theory]
    [InlineData(CivilServiceCategory.Cadre, 2025, 6, 30, "112/2020/NĐ-CP")]
    [InlineData(CivilServiceCategory.Cadre, 2025, 7, 1, "172/2025/NĐ-CP")]
    [InlineData(CivilServiceCategory.CivilServant, 2025, 6, 30, "112/2020/NĐ-CP")]
    [InlineData(CivilServiceCategory.CivilServant, 2025, 7, 1, "172/2025/NĐ-CP")]
    [InlineData(CivilServiceCategory.Cadre, 2026, 6, 30, "172/2025/NĐ-CP")]
    [InlineData(CivilServiceCategory.Cadre, 2026, 7, 1, "172/2025/NĐ-CP")]
    [InlineData(CivilServiceCategory.CivilServant, 2026, 7, 1, "172/2025/NĐ-CP")]
    [InlineData(CivilServiceCategory.PublicEmployee, 2025, 6, 30, "112/2020/NĐ-CP")]
    [InlineData(CivilServiceCategory.PublicEmployee, 2025, 7, 1, "112/2020/NĐ-CP")]
    [InlineData(CivilServiceCategory.PublicEmployee, 2026, 6, 30, "112/2020/NĐ-CP")]
    [InlineData(CivilServiceCategory.PublicEmployee, 2026, 7, 1, "234/2026/NĐ-CP")]
    [InlineData(CivilServiceCategory.PublicEmployee, 2027, 1, 15, "234/2026/NĐ-CP")]
    public void The_decree_in_force_on_the_day_of_the_act_applies(CivilServiceCategory category, int year, int month, int day, string expected)
    {
        var actOn = new DateOnly(year, month, day);

        Assert.Equal(expected, DisciplineDecree.For(category, actOn).Number);
        Assert.Equal($"Điều 11 Nghị định số 73/2023/NĐ-CP; Nghị định số {expected}", DisciplineDecree.LegalBasis(category, actOn));
    }
}
