using System.Diagnostics;
using System.Text;

namespace Decree73.TestSupport;

/// <summary>
/// Opens a generated document the way a user's office suite would: LibreOffice converts it (to PDF, CSV, ...) and
/// pdftotext reads the PDF back as text. Each conversion gets its own LibreOffice profile, so tests may convert in
/// parallel. Needs the Debian packages libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils.
/// </summary>
public static class OfficeConverter
{
    public const string LibreOfficePath = "/usr/bin/libreoffice";
    public const string PdfToTextPath = "/usr/bin/pdftotext";
    public const string PdfFontsPath = "/usr/bin/pdffonts";
    public const string PdfInfoPath = "/usr/bin/pdfinfo";

    /// <summary>The first start of LibreOffice with a fresh profile takes a while on a busy machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static bool IsAvailable => File.Exists(LibreOfficePath) && File.Exists(PdfToTextPath);

    /// <summary>The text of <paramref name="document"/> (e.g. a .docx) as it prints: converted to PDF, read with pdftotext -layout.</summary>
    public static async Task<string> ToPdfTextAsync(byte[] document, string extension, CancellationToken ct = default)
    {
        using var work = new TempDirectory();
        var pdf = await ToPdfAsync(document, extension, work.Path, ct);
        return await PdfTextAsync(pdf, ct);
    }

    /// <summary>Writes <paramref name="document"/> into <paramref name="directory"/> and converts it to PDF there.</summary>
    public static async Task<string> ToPdfAsync(byte[] document, string extension, string directory, CancellationToken ct = default)
    {
        var input = Path.Combine(directory, "document" + extension);
        await File.WriteAllBytesAsync(input, document, ct);
        return (await ConvertAsync(input, "pdf", directory, ct)).Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
    }

    /// <summary>
    /// <c>libreoffice --headless --convert-to FORMAT --outdir DIR FILE</c>. <paramref name="format"/> may carry a
    /// filter and options, e.g. "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    /// (every sheet, raw values). Returns the files it wrote, named after the input.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ConvertAsync(string inputPath, string format, string outputDirectory, CancellationToken ct = default)
    {
        RequireTools();
        using var profile = new TempDirectory();
        var before = Directory.GetFiles(outputDirectory).ToHashSet();
        var (exit, output) = await RunAsync(
            LibreOfficePath,
            [
                "-env:UserInstallation=" + new Uri(profile.Path).AbsoluteUri, "--headless", "--norestore", "--nolockcheck",
                "--convert-to", format, "--outdir", outputDirectory, inputPath,
            ],
            profile.Path,
            ct);

        var stem = Path.GetFileNameWithoutExtension(inputPath);
        var written = Directory.GetFiles(outputDirectory)
            .Where(f => !before.Contains(f) && Path.GetFileName(f).StartsWith(stem, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return exit == 0 && written.Count > 0
            ? written
            : throw new InvalidOperationException($"LibreOffice could not convert {inputPath} to {format} (exit {exit}): {output}");
    }

    /// <summary><c>pdftotext -layout FILE -</c>: the text in reading order, columns kept apart by spaces.</summary>
    public static async Task<string> PdfTextAsync(string pdfPath, CancellationToken ct = default)
    {
        RequireTools();
        var (exit, output) = await RunAsync(PdfToTextPath, ["-layout", "-enc", "UTF-8", pdfPath, "-"], null, ct);
        return exit == 0 ? output : throw new InvalidOperationException($"pdftotext failed on {pdfPath} (exit {exit}): {output}");
    }

    /// <summary><c>pdffonts FILE</c>: the fonts the PDF embeds, one a line.</summary>
    public static async Task<string> PdfFontsAsync(string pdfPath, CancellationToken ct = default)
    {
        var (exit, output) = await RunAsync(PdfFontsPath, [pdfPath], null, ct);
        return exit == 0 ? output : throw new InvalidOperationException($"pdffonts failed on {pdfPath} (exit {exit}): {output}");
    }

    /// <summary><c>pdfinfo FILE</c>: page count, page size ("595.304 x 841.89 pts (A4)"), title.</summary>
    public static async Task<string> PdfInfoAsync(string pdfPath, CancellationToken ct = default)
    {
        var (exit, output) = await RunAsync(PdfInfoPath, [pdfPath], null, ct);
        return exit == 0 ? output : throw new InvalidOperationException($"pdfinfo failed on {pdfPath} (exit {exit}): {output}");
    }

    private static void RequireTools()
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException(
                $"LibreOffice ({LibreOfficePath}) and pdftotext ({PdfToTextPath}) are required: run tests/run.sh to install them.");
        }
    }

    /// <returns>The exit code, and standard output followed by standard error.</returns>
    private static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> arguments, string? home, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (home is not null)
        {
            // LibreOffice writes its profile and caches under HOME; the test user's may be read-only or shared.
            start.Environment["HOME"] = home;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"{file} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
