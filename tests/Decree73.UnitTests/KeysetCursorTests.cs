using Decree73.Application.Common;
using Xunit;

namespace Decree73.UnitTests;

public sealed class KeysetCursorTests
{
    [Fact]
    public void A_cursor_round_trips_its_sort_key_and_id()
    {
        var cursor = KeysetCursor.Encode("nguyen van a", 42);

        Assert.True(KeysetCursor.TryDecode(cursor, out var key, out var id));
        Assert.Equal("nguyen van a", key);
        Assert.Equal(42, id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !!")]
    [InlineData("bm8tc2VwYXJhdG9y")]
    public void A_malformed_cursor_is_rejected_not_thrown(string? cursor)
    {
        Assert.False(KeysetCursor.TryDecode(cursor, out _, out _));
    }
}
