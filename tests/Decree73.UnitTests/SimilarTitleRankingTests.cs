using Decree73.Application.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>Similar titles ranked by whole words, tones first (issue 13).</summary>
public sealed class SimilarTitleRankingTests
{
    private static IReadOnlyList<SimilarProposal> Rank(string title, params (int Id, string Title)[] candidates) =>
        SimilarProposals.Rank(candidates.Select(c => (c.Id, c.Title, "Đơn vị")), title);

    [Fact]
    public void Words_keep_their_tones_and_drop_the_stop_words_and_repeats()
    {
        Assert.Equal(
            ["thử", "nghiệm", "chữ", "ký", "số", "xã"],
            SimilarTitleRanking.Words("Đề xuất thử nghiệm chữ ký số của xã, và thử nghiệm (các) về xã").Select(w => w.Word));
    }

    [Fact]
    public void Thu_with_its_tone_matches_only_thu_with_the_same_tone_and_the_other_tone_counts_second()
    {
        var query = SimilarTitleRanking.Words("Thử nghiệm");

        Assert.Equal(new SimilarTitleRanking.Match(2, 0), SimilarTitleRanking.Compare(query, "Thử nghiệm phần mềm"));
        Assert.Equal(new SimilarTitleRanking.Match(0, 1), SimilarTitleRanking.Compare(query, "Thủ tục hành chính"));
    }

    [Fact]
    public void A_word_typed_without_marks_matches_its_folded_form_fully()
    {
        var query = SimilarTitleRanking.Words("thu nghiem");

        Assert.Equal(new SimilarTitleRanking.Match(2, 0), SimilarTitleRanking.Compare(query, "Thử nghiệm phần mềm"));
    }

    [Fact]
    public void A_word_is_never_matched_inside_another()
    {
        var query = SimilarTitleRanking.Words("Số hóa hồ sơ");

        Assert.Equal(new SimilarTitleRanking.Match(0, 0), SimilarTitleRanking.Compare(query, "Sốhóa hồsơ trực tuyến"));
    }

    [Fact]
    public void Thu_nghiem_ranks_before_a_newer_thu_tuc_and_folded_words_break_a_tie_before_age()
    {
        var ranked = Rank("Thử nghiệm chữ ký số",
            (1, "Thử nghiệm chữ ký số điện tử"),
            (2, "Thủ tục chữ ký số"));

        Assert.Equal([1, 2], ranked.Select(r => r.Id));
        Assert.Equal((5, 0), (ranked[0].SharedWords, ranked[0].FoldedOnlyWords));
        Assert.Equal((3, 1), (ranked[1].SharedWords, ranked[1].FoldedOnlyWords));

        var tie = Rank("Thử nghiệm chữ ký số",
            (5, "Chữ ký số thủ công"),
            (6, "Chữ ký số cơ quan"),
            (4, "Chữ ký số văn phòng"));
        Assert.Equal([5, 6, 4], tie.Select(r => r.Id));
    }

    [Fact]
    public void A_title_sharing_only_a_syllable_of_another_word_or_a_word_of_another_tone_is_not_listed()
    {
        var ranked = Rank("Thử nghiệm chữ ký số",
            (1, "Kinh nghiệm thủ tục hành chính"),
            (2, "Thủ tục chứ kỳ sở"));

        Assert.Empty(ranked);
    }

    [Fact]
    public void Stop_words_do_not_make_titles_similar_and_ties_go_to_the_newest()
    {
        Assert.Empty(Rank("Đề xuất của xã về cấp phép", (1, "Đề xuất của phường về y tế")));

        var ranked = Rank("Cấp phép xây dựng", (4, "Cấp phép xây dựng nhà ở"), (9, "Cấp phép xây dựng công trình"));
        Assert.Equal([9, 4], ranked.Select(r => r.Id));
    }
}
