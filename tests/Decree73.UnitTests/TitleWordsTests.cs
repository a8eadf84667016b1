using Decree73.Domain.Common;
using Decree73.Domain.Organisation;
using Xunit;

namespace Decree73.UnitTests;

public sealed class TitleWordsTests
{
    [Fact]
    public void Words_are_folded_split_on_punctuation_and_stripped_of_function_words_and_repeats()
    {
        Assert.Equal(["doi", "moi", "tiep", "nhan", "ho", "so", "dat", "dai", "xa"],
            TitleWords.Of("Đổi mới tiếp nhận hồ sơ đất đai của xã; đổi mới (và) tại xã"));
    }

    [Fact]
    public void A_title_of_only_function_words_or_single_letters_has_no_words()
    {
        Assert.Empty(TitleWords.Of("Và của các cho trong tại a b"));
        Assert.Empty(TitleWords.Of("   "));
    }

    [Theory]
    [InlineData("/1/4/9/", 1)]
    [InlineData("/12/", 12)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_province_is_the_root_of_the_unit_path(string? path, int? expected) =>
        Assert.Equal(expected, UnitPaths.RootId(path));
}
