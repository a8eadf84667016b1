using Decree73.Domain.Common;
using Xunit;

namespace Decree73.UnitTests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Đổi mới sáng tạo", "doi moi sang tao")]
    [InlineData("  ĐƯỜNG   Thủ  tục ", "duong thu tuc")]
    [InlineData("Phòng Văn hóa – Xã hội", "phong van hoa – xa hoi")]
    [InlineData("Nghị định 73/2023/NĐ-CP", "nghi dinh 73/2023/nd-cp")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folds_case_diacritics_and_d_with_stroke(string? input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(input));
    }

    [Fact]
    public void Decomposed_and_precomposed_input_fold_the_same()
    {
        var precomposed = "Tiếng Việt";
        var decomposed = precomposed.Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(TextNormalizer.Fold(precomposed), TextNormalizer.Fold(decomposed));
    }
}
