using System.Net;
using Decree73.Domain.Access;
using Decree73.Infrastructure.Identity.Passwords;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>ASVS V6.2: weak passwords are refused, anything long and unusual is accepted.</summary>
public sealed class PasswordPolicyTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Theory]
    [InlineData("aaaaaaaaaaaa", "Repetitive")]
    [InlineData("121212121212", "Repetitive")]
    [InlineData("123456789012", "Repetitive")]
    [InlineData("abcdefghijklmn", "Repetitive")]
    [InlineData("password1234", "Common")]
    [InlineData("Password1234!", "Common")]
    [InlineData("qwertyuiop123", "Common")]
    [InlineData("iloveyou2024", "Common")]
    [InlineData("1qaz2wsx3edc", "Common")]
    [InlineData("nguyenvanan1990", "ContainsEmail")]
    [InlineData("Nguyen.Van.An 1990", "ContainsEmail")]
    public void A_weak_password_is_refused_with_its_reason(string password, string reason)
    {
        var error = WeakPasswordValidator.Check(password, "nguyen.van.an@sonoivu.gov.vn");

        Assert.Equal(WeakPasswordValidator.CodePrefix + reason, error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(error!.Description));
    }

    [Theory]
    [InlineData("a long test password")]
    [InlineData("cây đa giếng nước sân đình")]
    [InlineData("Mùa thu Hà Nội 1945 lá vàng rơi")]
    [InlineData("kT9#vQ2!mZx7")]
    [InlineData("日本語のパスフレーズ、とても長い")]
    public void A_long_unusual_password_in_any_script_is_accepted(string password) =>
        Assert.Null(WeakPasswordValidator.Check(password, "nguyen.van.an@sonoivu.gov.vn"));

    [Fact]
    public async Task A_stored_password_hash_is_PBKDF2_with_210000_iterations()
    {
        var userId = await factory.AddAsync("bam.lap.lai@test.vn", AppRole.Proposer, "TRAMLO");
        var hash = await factory.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync());

        // Identity's v3 format: a 0x01 marker, the PRF, then the iteration count (big-endian).
        var bytes = Convert.FromBase64String(hash!);
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(210_000, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5, 4)));
    }

    [Fact]
    public void Up_to_128_characters_are_accepted_and_129_are_not()
    {
        var words = string.Concat(Enumerable.Range(0, 20).Select(i => "đổi mới " + (char)('a' + i)));
        Assert.Null(WeakPasswordValidator.Check(words[..128], null));
        Assert.Equal(WeakPasswordValidator.CodePrefix + "TooLong", WeakPasswordValidator.Check(words[..128] + "x", null)?.Code);
    }

    [Fact]
    public void The_shipped_list_holds_hundreds_of_thousands_of_common_and_breached_passwords()
    {
        Assert.True(CommonPasswords.Count > 400_000, $"{CommonPasswords.Count} entries");
        Assert.True(CommonPasswords.Contains("dragon"));
        Assert.False(CommonPasswords.Contains("cây đa giếng nước sân đình"));
        // From the SecLists breach lists only (not among zxcvbn's most used): refused all the same, also dressed up.
        Assert.Equal(WeakPasswordValidator.CodePrefix + "Common", WeakPasswordValidator.Check("ShawnMichaels", null)?.Code);
        Assert.Equal(WeakPasswordValidator.CodePrefix + "Common", WeakPasswordValidator.Check("lovingkindnesses2024!", null)?.Code);
    }

    [Fact]
    public async Task Change_password_refuses_a_common_password_with_a_vietnamese_message()
    {
        await factory.AddAsync("mat.khau.yeu@test.vn", AppRole.Proposer, "TRAMLO");
        var client = await factory.SignInAsync("mat.khau.yeu@test.vn", TestAccounts.Password);

        var response = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.Password, ["Input.NewPassword"] = "password1234", ["Input.ConfirmPassword"] = "password1234",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("quá phổ biến", (await HtmlForms.ParseAsync(response)).FieldError("Input.NewPassword"));
        await factory.SignInAsync("mat.khau.yeu@test.vn", TestAccounts.Password);
    }

    [Fact]
    public async Task An_administrator_cannot_create_an_account_with_a_repeated_character_password()
    {
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");
        var form = await admin.GetDocumentAsync("/Admin/Accounts/Create");
        var officerId = form.QuerySelectorAll("select[name='Input.OfficerId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        var response = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.OfficerId"] = officerId, ["Input.Email"] = "lap.lai@test.vn", ["Input.Password"] = "aaaaaaaaaaaa",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ký tự lặp lại", (await HtmlForms.ParseAsync(response)).FieldError("Input.Password"));
    }
}
