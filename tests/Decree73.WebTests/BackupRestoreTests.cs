using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Decree73.Application.Abstractions;
using Decree73.Application.Audit;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Recovery;
using Decree73.TestSupport;
using Decree73.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// --backup and --restore as an operator runs them: the real app process, against the data folder and database of an
/// app that keeps writing through its forms meanwhile (docs/backup.md).
/// </summary>
public abstract class BackupRestoreTests(WebAppFactory factory)
{
    /// <summary>A write the app acknowledged (a redirect after the post): a saved or submitted proposal, or an attachment.</summary>
    private sealed record Ack(int ProposalId, string Title, ProposalState State, string? AttachmentName, string? Sha256);

    [ServiceFact]
    public async Task A_backup_under_concurrent_writes_restores_every_acknowledged_row_and_file_with_an_intact_audit_chain_and_a_tampered_one_is_refused()
    {
        // A long read (a report, an export) holds back SQLite's checkpoints: everything committed after it began stays in
        // the -wal file, which is exactly what a copy of decree73.db alone loses. Held until the backup is done.
        await using var longRead = await LongReadAsync(factory.Database);
        var acknowledged = new ConcurrentQueue<Ack>();
        var refusals = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(1, 3).Select(w => Task.Run(() => WriteUntilStoppedAsync(w, acknowledged, refusals, stop.Token))).ToList();
        await WaitForAsync(() => (acknowledged.Count >= 12 && acknowledged.Any(a => a.State == ProposalState.Submitted)) || writers.Any(t => t.IsCompleted),
            refusals);

        // Everything acknowledged before the backup starts must be in it; what comes during it may or may not be.
        var before = acknowledged.ToArray();
        using var folders = new TempDirectory();
        var backupFolder = Path.Combine(folders.Path, "backup");
        var backup = await RunAppAsync(factory.Database, "--backup", backupFolder);
        var duringBackup = acknowledged.Count - before.Length;
        if (longRead is not null)
        {
            await longRead.DisposeAsync();
        }

        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Contains(before, a => a.State == ProposalState.Submitted);
        Assert.Contains(before, a => a.AttachmentName is not null);
        Assert.True(duringBackup > 0, "No write was acknowledged while the backup ran: nothing concurrent was tested.");
        var manifest = JsonSerializer.Deserialize<BackupManifest>(
            await File.ReadAllTextAsync(Path.Combine(backupFolder, BackupManifest.FileName)), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(factory.Database.Provider.ToString(), manifest.Provider);
        Assert.True(manifest.Tables["Proposals"] >= before.Select(a => a.ProposalId).Distinct().Count());
        Assert.Contains(manifest.Files, f => f.Path.StartsWith("files/data/attachments/", StringComparison.Ordinal));
        Assert.DoesNotContain(manifest.Files, f => f.Path.Contains("/logs/", StringComparison.Ordinal) || f.Path.EndsWith("decree73.db-wal", StringComparison.Ordinal));

        // A fresh folder and a fresh database.
        await using var restored = await TestDatabase.CreateAsync(factory.Database.Provider);
        var restore = await RunAppAsync(restored, "--restore", backupFolder);
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains("đếm lại khớp", restore.Output, StringComparison.Ordinal);

        await using (var app = factory.Database.Provider == DatabaseProvider.Sqlite
                         ? (WebAppFactory)new SqliteWebAppFactory { Shared = restored }
                         : new PostgresWebAppFactory { Shared = restored })
        {
            await ((IAsyncLifetime)app).InitializeAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var audit = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
            Assert.True(audit.Intact, $"{audit.Breaks.Count} broken audit chains after the restore");
            Assert.True(audit.EntriesChecked > 0);

            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
            foreach (var ack in before)
            {
                var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == ack.ProposalId).Select(p => new { p.Title, p.State }).SingleOrDefaultAsync();
                Assert.True(proposal is not null, $"Acknowledged proposal {ack.ProposalId} ({ack.Title}) is missing after the restore.");
                Assert.Equal(ack.Title, proposal.Title);
                if (ack.State == ProposalState.Submitted)
                {
                    Assert.Equal(ProposalState.Submitted, proposal.State);
                }

                if (ack.AttachmentName is null)
                {
                    continue;
                }

                var attachment = await db.ProposalAttachments.AsNoTracking()
                    .SingleOrDefaultAsync(a => a.ProposalId == ack.ProposalId && a.FileName == ack.AttachmentName);
                Assert.True(attachment is not null, $"Acknowledged attachment {ack.AttachmentName} is missing after the restore.");
                await using var content = await store.OpenReadAsync(attachment.StoredName);
                Assert.True(content is not null, $"The file of attachment {ack.AttachmentName} is missing after the restore.");
                Assert.Equal(ack.Sha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(content)));
            }

            // The restored installation accepts writes again.
            var proposer = await app.SignInAsync(ProposerEmail);
            var saved = await proposer.SubmitAsync("/Proposals/Edit", new Dictionary<string, string> { ["Input.Title"] = "Sau khi khôi phục" }, "main form",
                "button[formaction*='handler=Save']");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // A target that holds data is refused without --force, and left as it was.
        var again = await RunAppAsync(restored, "--restore", backupFolder);
        Assert.True(again.ExitCode == BackupExitCodes.Refused, again.Output);
        Assert.Contains("--force", again.Output, StringComparison.Ordinal);

        // One flipped byte, in an attachment or in the database snapshot: refused before the target is touched.
        foreach (var victim in new[] { manifest.Files.First(f => f.Path.StartsWith("files/data/attachments/", StringComparison.Ordinal)).Path, manifest.Database.Path })
        {
            var tampered = Path.Combine(folders.Path, "tampered-" + Path.GetFileName(victim));
            CopyFolder(backupFolder, tampered);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(tampered, victim));
            bytes[bytes.Length / 2] ^= 0x01;
            await File.WriteAllBytesAsync(Path.Combine(tampered, victim), bytes);

            await using var target = await TestDatabase.CreateAsync(factory.Database.Provider);
            var refused = await RunAppAsync(target, "--restore", tampered, "--force");

            Assert.True(refused.ExitCode == BackupExitCodes.Failed, refused.Output);
            Assert.Contains(victim, refused.Output, StringComparison.Ordinal);
            Assert.Contains("không toàn vẹn", refused.Output, StringComparison.Ordinal);
            Assert.False(await HoldsTablesAsync(target), "A tampered backup was restored into the database.");
            Assert.DoesNotContain(Directory.EnumerateFiles(target.DataDirectory, "*", SearchOption.AllDirectories),
                f => !f.Contains($"{Path.DirectorySeparatorChar}logs{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        }
    }

    /// <summary>Saves drafts, submits proposals and attaches files through the forms until stopped; records each acknowledgement.</summary>
    private async Task WriteUntilStoppedAsync(int writer, ConcurrentQueue<Ack> acknowledged, ConcurrentQueue<string> refusals, CancellationToken stop)
    {
        var proposer = await factory.SignInAsync(ProposerEmail);
        for (var i = 1; !stop.IsCancellationRequested; i++)
        {
            var title = $"Sao lưu {writer}-{i} đề xuất số hóa hồ sơ";
            if ((i + writer) % 3 == 0)
            {
                var submitted = await proposer.SubmitAsync("/Proposals/Edit", Plan(title), "main form", "button[formaction*='handler=Submit']");
                // Not acknowledged (e.g. two submissions racing for the receipt counter are told to try again): not counted.
                if (submitted.StatusCode == HttpStatusCode.Redirect)
                {
                    acknowledged.Enqueue(new Ack(IdFromLocation(submitted), title, ProposalState.Submitted, null, null));
                }
                else
                {
                    var page = await HtmlForms.ParseAsync(submitted);
                    refusals.Enqueue($"submit {(int)submitted.StatusCode}: {page.QuerySelector("[role='alert'], .validation-summary-errors")?.TextContent.Trim()}");
                }

                continue;
            }

            var saved = await proposer.SubmitAsync("/Proposals/Edit", new Dictionary<string, string> { ["Input.Title"] = title }, "main form",
                "button[formaction*='handler=Save']");
            if (saved.StatusCode != HttpStatusCode.Redirect)
            {
                continue;
            }

            var id = IdFromLocation(saved);
            acknowledged.Enqueue(new Ack(id, title, ProposalState.Draft, null, null));

            var pdf = UniquePdf($"{writer}-{i}");
            var fileName = $"Tài liệu {writer}-{i}.pdf";
            var uploaded = await proposer.UploadAsync(await proposer.GetDocumentAsync($"/Proposals/Details/{id}"), "SupportingDocument", fileName, pdf);
            if (uploaded.StatusCode == HttpStatusCode.Redirect)
            {
                acknowledged.Enqueue(new Ack(id, title, ProposalState.Draft, fileName, Convert.ToHexStringLower(SHA256.HashData(pdf))));
            }
        }
    }

    private static byte[] UniquePdf(string marker)
    {
        var text = Encoding.ASCII.GetString(SampleFiles.Pdf());
        var firstLine = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        return Encoding.ASCII.GetBytes(text[..firstLine] + $"% sao luu {marker} {Guid.NewGuid():N}\n" + text[firstLine..]);
    }

    private static int IdFromLocation(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);

    private static async Task WaitForAsync(Func<bool> condition, IEnumerable<string> refusals)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "The writers did not get going: " + string.Join(" | ", refusals.Take(5)));
    }

    /// <summary>Runs the app's own executable with a command, as an operator would, configured for <paramref name="database"/>.</summary>
    private static async Task<(int ExitCode, string Output)> RunAppAsync(TestDatabase database, params string[] arguments)
    {
        var app = typeof(WebAppBuilder).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(app)!,
        };
        start.ArgumentList.Add(app);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Database__DataDirectory"] = database.DataDirectory;
        start.Environment["Notifications__Enabled"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>On SQLite, a connection inside a read transaction that has read the proposals; null elsewhere.</summary>
    private static async Task<Microsoft.Data.Sqlite.SqliteConnection?> LongReadAsync(TestDatabase database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN; SELECT COUNT(*) FROM \"Proposals\";";
        await command.ExecuteScalarAsync();
        return connection;
    }

    private static async Task<bool> HoldsTablesAsync(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(database.DataDirectory, "decree73.db");
            return File.Exists(file) && new FileInfo(file).Length > 0;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", connection);
        var tables = (long)(await command.ExecuteScalarAsync())!;
        NpgsqlConnection.ClearPool(connection);
        return tables > 0;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}

public sealed class BackupRestoreTests_Sqlite(SqliteWebAppFactory factory) : BackupRestoreTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class BackupRestoreTests_PostgreSql(PostgresWebAppFactory factory) : BackupRestoreTests(factory), IClassFixture<PostgresWebAppFactory>;

public sealed class BackupCommandLineTests
{
    [Fact]
    public void The_backup_and_restore_switches_are_parsed()
    {
        Assert.Equal(new BackupCommand("/srv/sao-luu"), CommandLine.Parse(["--backup", "/srv/sao-luu"]));
        Assert.Equal(new RestoreCommand("/srv/sao-luu", false), CommandLine.Parse(["--restore", "/srv/sao-luu"]));
        Assert.Equal(new RestoreCommand("/srv/sao-luu", true), CommandLine.Parse(["--restore", "/srv/sao-luu", "--force"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--backup"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--restore", "--force"]));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql, BackupExitCodes.Failed, "pg_dump not found in Backup:PgBinDirectory")]
    [InlineData(DatabaseProvider.SqlServer, BackupExitCodes.Refused, "BACKUP DATABASE … WITH CHECKSUM, COPY_ONLY")]
    public async Task Without_pg_dump_or_on_sql_server_the_backup_says_what_to_do_and_writes_nothing(DatabaseProvider provider, int exitCode, string message)
    {
        using var data = new TempDirectory();
        using var tools = new TempDirectory();
        var target = new BackupTarget(
            new DatabaseOptions { Provider = provider, ConnectionString = "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=secret-never-shown" },
            data.Path, new Decree73.Infrastructure.Storage.FileStoreOptions(), new Decree73.Infrastructure.ScaleOut.DataProtectionSettings(),
            new BackupOptions { PgBinDirectory = tools.Path }, ["20261204215224_InitialCreate"], "test");
        var output = new StringWriter();
        var folder = Path.Combine(tools.Path, "backup");

        var code = await new DataBackup(target, output, Microsoft.Extensions.Logging.Abstractions.NullLogger<DataBackup>.Instance).BackupAsync(folder);

        Assert.Equal(exitCode, code);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-never-shown", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, BackupManifest.FileName)));
    }
}
