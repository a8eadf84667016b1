using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// No hand-written C# or Razor file over 400 lines (issue 11): a file that grows past it is split by what its parts
/// do (partial classes by step or by reading and writing, as Proposal, DataBackup and the services are). Generated
/// migrations and build output are not hand-written and are not counted.
/// </summary>
public sealed class SourceFileSizeTests
{
    public const int MaxLines = 400;

    private static readonly string[] Folders = ["src", "tests", "tools"];
    private static readonly string[] Skipped = ["bin", "obj", "Migrations", "node_modules"];

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Decree73.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return dir.FullName;
    }

    internal static IEnumerable<string> SourceFiles(string root) =>
        Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => Skipped.Contains(part)));

    [Fact]
    public void No_hand_written_source_file_is_longer_than_400_lines()
    {
        var root = Root();
        var files = SourceFiles(root).ToList();
        Assert.True(files.Count > 300, $"only {files.Count} source files found under {root}");

        var tooLong = files.Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines).OrderByDescending(f => f.Lines).Select(f => $"{f.File}: {f.Lines} lines").ToList();
        Assert.True(tooLong.Count == 0, "Split by what the parts do:\n" + string.Join("\n", tooLong));
    }
}
