using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// No hand-written source file over 400 lines: C#, Razor, and the shell and Python scripts under tests/ and scripts/.
/// A file that grows past it is split by what its parts do (partial classes by step or by reading and writing, as
/// Proposal, DataBackup and the services are; a script into a short driver and sourced steps, as tests/scale-out.sh
/// is). Generated migrations, build output and installed packages are not hand-written and are not counted.
/// </summary>
public sealed class SourceFileSizeTests
{
    public const int MaxLines = 400;

    private static readonly string[] Folders = ["src", "tests", "tools", "scripts"];
    private static readonly string[] Extensions = [".cs", ".cshtml", ".sh", ".py"];
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
            .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => Skipped.Contains(part)));

    /// <summary>The source files under <paramref name="root"/> longer than <see cref="MaxLines"/>, longest first.</summary>
    internal static List<string> TooLong(string root) =>
        SourceFiles(root).Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines).OrderByDescending(f => f.Lines).Select(f => $"{f.File}: {f.Lines} lines").ToList();

    [Fact]
    public void No_hand_written_source_file_is_longer_than_400_lines()
    {
        var root = Root();
        var files = SourceFiles(root).ToList();
        Assert.True(files.Count > 300, $"only {files.Count} source files found under {root}");
        Assert.Contains(files, f => Path.GetRelativePath(root, f) == Path.Combine("tests", "scale-out.sh"));
        Assert.Contains(files, f => Path.GetRelativePath(root, f) == Path.Combine("scripts", "http-benchmark.sh"));

        var tooLong = TooLong(root);
        Assert.True(tooLong.Count == 0, "Split by what the parts do:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void A_script_of_401_lines_is_reported_and_one_of_400_is_not()
    {
        var root = Directory.CreateTempSubdirectory("d73-size-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "tests", "scale-out"));
            Directory.CreateDirectory(Path.Combine(root, "scripts", "lib"));
            Directory.CreateDirectory(Path.Combine(root, "tests", "Decree73.BrowserTests", "node_modules", "pkg"));
            File.WriteAllLines(Path.Combine(root, "tests", "scale-out", "checks.sh"), Lines(401));
            File.WriteAllLines(Path.Combine(root, "scripts", "lib", "long.py"), Lines(401));
            File.WriteAllLines(Path.Combine(root, "scripts", "at-limit.sh"), Lines(400));
            File.WriteAllLines(Path.Combine(root, "tests", "Decree73.BrowserTests", "node_modules", "pkg", "install.sh"), Lines(900));
            File.WriteAllLines(Path.Combine(root, "scripts", "notes.txt"), Lines(900));

            Assert.Equal(
                [$"{Path.Combine("scripts", "lib", "long.py")}: 401 lines", $"{Path.Combine("tests", "scale-out", "checks.sh")}: 401 lines"],
                TooLong(root).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static IEnumerable<string> Lines(int count) => Enumerable.Range(1, count).Select(i => $"echo {i}");
}
