using Decree73.Application.Accounts;
using Decree73.Application.Officers;
using Decree73.Application.Units;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Xunit;

namespace Decree73.UnitTests;

public sealed class ValidatorTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private static readonly TimeProvider Today = new FixedTime(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_complete_unit_is_valid()
    {
        var result = new UnitInputValidator().Validate(new UnitInput { Code = "TRAMLO-KT", Name = "Phòng Kinh tế", Kind = UnitKind.CommuneOffice, ParentId = 1 });

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("", "Vui lòng nhập mã đơn vị.")]
    [InlineData("mã có dấu", "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang hoặc gạch dưới.")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", "Mã đơn vị không được dài quá 20 ký tự.")]
    public void A_bad_unit_code_gets_one_vietnamese_message(string code, string message)
    {
        var result = new UnitInputValidator().Validate(new UnitInput { Code = code, Name = "X", ParentId = 1 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(UnitInput.Code), error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void A_unit_needs_a_name_and_a_parent()
    {
        var result = new UnitInputValidator().Validate(new UnitInput { Code = "X" });

        Assert.Equal(
            [nameof(UnitInput.Name), nameof(UnitInput.ParentId)],
            result.Errors.Select(e => e.PropertyName).Order().ToArray());
    }

    private static OfficerInput ValidOfficer() => new()
    {
        FullName = "Nguyễn Thị Hoa", Sex = Sex.Female, DateOfBirth = new DateOnly(1990, 5, 1), EducationLevel = EducationLevel.University,
        PoliticalTheoryLevel = PoliticalTheoryLevel.Intermediate, Ethnicity = "Kinh", PostKind = PostKind.Manager, PostTitle = "Trưởng phòng",
        Category = CivilServiceCategory.CivilServant, UnitId = 3,
    };

    [Fact]
    public void A_complete_officer_is_valid()
    {
        Assert.True(new OfficerInputValidator(Today).Validate(ValidOfficer()).IsValid);
    }

    [Theory]
    [InlineData("2008-11-22", true)]
    [InlineData("2008-11-23", false)]
    [InlineData("1951-11-22", true)]
    [InlineData("1951-11-21", false)]
    public void An_officer_is_between_18_and_75_years_old(string born, bool valid)
    {
        var input = ValidOfficer();
        input.DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture);

        var result = new OfficerInputValidator(Today).Validate(input);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal("Ngày sinh không hợp lệ: cán bộ phải từ 18 đến 75 tuổi.", Assert.Single(result.Errors).ErrorMessage);
        }
    }

    [Fact]
    public void A_leadership_post_needs_its_title_but_no_post_does_not()
    {
        var leader = ValidOfficer();
        leader.PostTitle = " ";
        var staff = ValidOfficer();
        staff.PostKind = PostKind.None;
        staff.PostTitle = null;

        Assert.Equal(nameof(OfficerInput.PostTitle), Assert.Single(new OfficerInputValidator(Today).Validate(leader).Errors).PropertyName);
        Assert.True(new OfficerInputValidator(Today).Validate(staff).IsValid);
    }

    [Fact]
    public void An_empty_officer_form_reports_every_required_field()
    {
        var result = new OfficerInputValidator(Today).Validate(new OfficerInput { Ethnicity = "", PoliticalTheoryLevel = null, PostKind = null });

        Assert.Equal(
            new[] { "Category", "DateOfBirth", "EducationLevel", "Ethnicity", "FullName", "PoliticalTheoryLevel", "PostKind", "Sex", "UnitId" },
            result.Errors.Select(e => e.PropertyName).Distinct().Order().ToArray());
    }

    [Theory]
    [InlineData("elevenchars", false)]
    [InlineData("twelve chars", true)]
    [InlineData("alllowercaselongpassword", true)]
    public void Passwords_need_twelve_characters_and_no_composition_rules(string password, bool valid)
    {
        var result = new AccountInputValidator().Validate(new AccountInput { Email = "a@b.vn", OfficerId = 1, Password = password });

        Assert.Equal(valid, result.IsValid);
    }
}
