using Decree73.Infrastructure.Storage;
using Decree73.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>The local store on a real folder: staged uploads a dead request left behind are removed, live ones are not.</summary>
public sealed class LocalFileStoreTests
{
    [Fact]
    public async Task Staged_files_abandoned_for_a_day_are_removed_on_the_next_upload_and_recent_ones_kept()
    {
        using var root = new TempDirectory();
        var store = new LocalFileStore(root.Path, NullLogger<LocalFileStore>.Instance);
        var incoming = Directory.CreateDirectory(Path.Combine(store.Root, "incoming")).FullName;
        var abandoned = Path.Combine(incoming, "abandoned.tmp");
        var inFlight = Path.Combine(incoming, "in-flight.tmp");
        var notStaged = Path.Combine(incoming, "readme.txt");
        foreach (var path in new[] { abandoned, inFlight, notStaged })
        {
            await File.WriteAllBytesAsync(path, [1, 2, 3]);
        }

        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - LocalFileStore.AbandonedAfter - TimeSpan.FromMinutes(5));
        File.SetLastWriteTimeUtc(notStaged, DateTime.UtcNow.AddDays(-30));
        File.SetLastWriteTimeUtc(inFlight, DateTime.UtcNow.AddHours(-2));

        var staged = await store.StageAsync(new MemoryStream(SampleFiles.Pdf()), 1024 * 1024);

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(inFlight));
        Assert.True(File.Exists(notStaged));
        Assert.True(File.Exists(staged.TempPath));
    }
}
