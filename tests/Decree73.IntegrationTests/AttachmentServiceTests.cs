using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Decree73.Application.Abstractions;
using Decree73.Application.Attachments;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.TestSupport.ProposalInputs;

namespace Decree73.IntegrationTests;

public abstract class AttachmentServiceTests(ServiceHost host)
{
    private sealed record Setup(int ProposalId, string Proposer, string Head, string OtherHead);

    private async Task<Setup> DraftAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var commune = await host.AddUnitAsync(code + "-XA", province);
        var office = await host.AddUnitAsync(code + "-XA-KT", commune, UnitKind.CommuneOffice);
        var other = await host.AddUnitAsync(code + "-XB", province);
        var (proposer, _) = await host.AddOfficerAsync($"tp.{code}@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        var (head, _) = await host.AddOfficerAsync($"ct.{code}@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        var (otherHead, _) = await host.AddOfficerAsync($"ct.{code}b@test.vn", other, PostKind.Head, (AppRole.UnitHead, other));
        host.CurrentUser.UserId = proposer;
        var draft = await host.InScopeAsync(sp => sp.GetRequiredService<ProposalService>().CreateDraftAsync(Complete("Đề xuất " + code)));
        return new Setup(draft.Value, proposer, head, otherHead);
    }

    private Task SubmitAsync(Setup s)
    {
        host.CurrentUser.UserId = s.Proposer;
        return host.InScopeAsync(async sp => Assert.True((await sp.GetRequiredService<ProposalService>().SubmitAsync(s.ProposalId, Complete("Đề xuất"), 1)).Succeeded));
    }

    private Task<OperationResult<int>> UploadAsync(string userId, int proposalId, AttachmentKind kind, string name, byte[] bytes, long? declared = null) =>
        host.As(userId, (AttachmentService s) => s.UploadAsync(proposalId, new AttachmentUpload(kind, name, declared ?? bytes.Length, new MemoryStream(bytes))));

    private async Task<byte[]?> DownloadAsync(string userId, int proposalId, int attachmentId)
    {
        var opened = await host.As(userId, (AttachmentService s) => s.OpenAsync(proposalId, attachmentId));
        if (!opened.Succeeded)
        {
            return null;
        }

        await using var content = opened.Value!.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private string AttachmentRoot => Path.Combine(host.Database.DataDirectory, "attachments");

    private string[] IncomingFiles() =>
        Directory.Exists(Path.Combine(AttachmentRoot, "incoming")) ? Directory.GetFiles(Path.Combine(AttachmentRoot, "incoming")) : [];

    private bool FilesInDatabase => host.Settings.TryGetValue("Files:Store", out var store) && store == "Database";

    /// <summary>Files committed under a stored name (the fixture's other tests add theirs too), in the folder or the database.</summary>
    private async Task<string[]> StoredFilesAsync() =>
        FilesInDatabase
            ? (await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StoredFileChunks.Select(c => c.StoredName).Distinct().ToListAsync())).Order().ToArray()
            : Directory.Exists(AttachmentRoot)
                ? Directory.GetFiles(AttachmentRoot, "*", SearchOption.AllDirectories).Where(f => !f.Contains("incoming", StringComparison.Ordinal)).Order().ToArray()
                : [];

    /// <summary>The bytes kept under a stored name, through the configured store; null when there are none.</summary>
    private Task<byte[]?> StoredBytesAsync(string storedName) =>
        host.InScopeAsync(async sp =>
        {
            await using var content = await sp.GetRequiredService<IFileStore>().OpenReadAsync(storedName);
            if (content is null)
            {
                return null;
            }

            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return copy.ToArray();
        });

    private Task<List<ProposalAttachment>> RowsAsync(int proposalId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ProposalAttachments.AsNoTracking().Where(a => a.ProposalId == proposalId).ToListAsync());

    [ServiceFact]
    public async Task A_supporting_document_is_stored_outside_the_web_root_under_a_generated_name_with_its_hash()
    {
        var s = await DraftAsync("A1");
        var bytes = SampleFiles.Pdf();

        var result = await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, @"C:\fakepath\Tờ trình <số 1>.pdf", bytes);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var row = Assert.Single(await RowsAsync(s.ProposalId));
        Assert.Equal("Tờ trình _số 1_.pdf", row.FileName);
        Assert.Equal("application/pdf", row.ContentType);
        Assert.Equal(bytes.Length, row.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.Sha256);
        Assert.Matches(new Regex("^2026/11/[0-9a-f]{32}$"), row.StoredName);
        var stored = Path.Combine(AttachmentRoot, row.StoredName);
        Assert.Equal(bytes, await StoredBytesAsync(row.StoredName));
        Assert.Equal(!FilesInDatabase, File.Exists(stored));
        Assert.DoesNotContain("wwwroot", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(IncomingFiles());
        Assert.Equal(bytes, await DownloadAsync(s.Proposer, s.ProposalId, row.Id));
    }

    [ServiceFact]
    public async Task A_file_larger_than_one_chunk_comes_back_whole()
    {
        var s = await DraftAsync("A7");
        var bytes = new byte[(int)(2.5 * 1024 * 1024)];
        Random.Shared.NextBytes(bytes);
        var pdf = SampleFiles.Pdf();
        pdf.CopyTo(bytes, 0);
        pdf.CopyTo(bytes, bytes.Length - pdf.Length);

        var result = await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "lon.pdf", bytes);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(bytes, await DownloadAsync(s.Proposer, s.ProposalId, result.Value));
        Assert.Empty(IncomingFiles());
    }

    [ServiceFact]
    public async Task Every_accepted_format_is_taken_and_its_content_type_comes_from_the_content()
    {
        var s = await DraftAsync("A2");
        (string Name, byte[] Bytes, string Type)[] files =
        [
            ("ke-hoach.docx", SampleFiles.Docx(), FileFormats.Docx.ContentType),
            ("du-toan.xlsx", SampleFiles.Xlsx(), FileFormats.Xlsx.ContentType),
            ("anh.jpg", SampleFiles.Jpeg(), "image/jpeg"),
            ("so-do.png", SampleFiles.Png(), "image/png"),
        ];

        foreach (var (name, bytes, _) in files)
        {
            Assert.True((await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.Other, name, bytes)).Succeeded, name);
        }

        var rows = await RowsAsync(s.ProposalId);
        Assert.Equal(files.Select(f => (f.Name, f.Type)), rows.OrderBy(r => r.Id).Select(r => (r.FileName, r.ContentType)));
    }

    [ServiceFact]
    public async Task Refused_files_leave_no_row_and_no_file_behind()
    {
        var s = await DraftAsync("A3");
        var tooBig = new byte[20 * 1024 * 1024 + 1];
        SampleFiles.Pdf().CopyTo(tooBig, 0);
        var storedBefore = await StoredFilesAsync();

        var refusals = new[]
        {
            await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "hoa-don.pdf", SampleFiles.Exe()),
            await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "ke-hoach.docx", SampleFiles.PlainZip()),
            await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "anh.png", SampleFiles.Text()),
            await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "to-trinh.docx", SampleFiles.Pdf()),
            await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "lon.pdf", tooBig),
            // A client that understates the length is cut off while the file is written.
            await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "lon.pdf", tooBig, declared: 100),
            await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "rong.pdf", []),
        };

        Assert.All(refusals, r => Assert.Equal(AttachmentService.FileField, Assert.Single(r.Errors).Field));
        Assert.Contains("PDF, Word (DOCX), Excel (XLSX)", refusals[0].Errors[0].Message);
        Assert.Contains("phần mở rộng .pdf", refusals[3].Errors[0].Message);
        Assert.Contains("20 MB", refusals[4].Errors[0].Message);
        Assert.Contains("20 MB", refusals[5].Errors[0].Message);
        Assert.Empty(await RowsAsync(s.ProposalId));
        Assert.Empty(IncomingFiles());
        Assert.Equal(storedBefore, await StoredFilesAsync());
    }

    [ServiceFact]
    public async Task Only_those_who_may_read_the_proposal_can_download_and_each_adds_only_their_kinds()
    {
        var s = await DraftAsync("A4");
        var draftFile = (await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "to-trinh.pdf", SampleFiles.Pdf())).Value;

        // A draft is the proposer's alone.
        Assert.Null(await DownloadAsync(s.Head, s.ProposalId, draftFile));
        Assert.Equal(OperationStatus.NotFound, (await UploadAsync(s.Head, s.ProposalId, AttachmentKind.Minutes, "bien-ban.pdf", SampleFiles.Pdf())).Status);

        await SubmitAsync(s);

        Assert.NotNull(await DownloadAsync(s.Head, s.ProposalId, draftFile));
        Assert.Null(await DownloadAsync(s.OtherHead, s.ProposalId, draftFile));
        Assert.Equal(OperationStatus.NotFound, (await UploadAsync(s.OtherHead, s.ProposalId, AttachmentKind.Minutes, "bien-ban.pdf", SampleFiles.Pdf())).Status);
        var late = await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "bo-sung.pdf", SampleFiles.Pdf());
        Assert.Equal(AttachmentService.KindField, Assert.Single(late.Errors).Field);
        Assert.Equal(AttachmentService.KindField, Assert.Single((await UploadAsync(s.Head, s.ProposalId, AttachmentKind.SupportingDocument, "x.pdf", SampleFiles.Pdf())).Errors).Field);
        var minutes = await UploadAsync(s.Head, s.ProposalId, AttachmentKind.Minutes, "bien-ban.pdf", SampleFiles.Pdf());
        Assert.True(minutes.Succeeded);
        Assert.NotNull(await DownloadAsync(s.Proposer, s.ProposalId, minutes.Value));

        // An attachment is reached only through its own proposal.
        var other = await DraftAsync("A6");
        Assert.Null(await DownloadAsync(other.Proposer, other.ProposalId, draftFile));
    }

    [ServiceFact]
    public async Task The_uploader_deletes_a_file_only_while_the_proposal_is_a_draft()
    {
        var s = await DraftAsync("A5");
        var first = (await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "mot.pdf", SampleFiles.Pdf())).Value;
        var second = (await UploadAsync(s.Proposer, s.ProposalId, AttachmentKind.SupportingDocument, "hai.pdf", SampleFiles.Pdf())).Value;
        var storedFirst = (await RowsAsync(s.ProposalId)).Single(r => r.Id == first).StoredName;
        Assert.NotNull(await StoredBytesAsync(storedFirst));

        Assert.True((await host.As(s.Proposer, (AttachmentService a) => a.DeleteAsync(s.ProposalId, first))).Succeeded);
        Assert.Null(await StoredBytesAsync(storedFirst));
        Assert.False(File.Exists(Path.Combine(AttachmentRoot, storedFirst)));
        await SubmitAsync(s);
        Assert.Equal(OperationStatus.Invalid, (await host.As(s.Proposer, (AttachmentService a) => a.DeleteAsync(s.ProposalId, second))).Status);
        Assert.Equal(OperationStatus.Invalid, (await host.As(s.Head, (AttachmentService a) => a.DeleteAsync(s.ProposalId, second))).Status);
        Assert.Equal([second], (await RowsAsync(s.ProposalId)).Select(r => r.Id));
    }
}

public sealed class AttachmentServiceTests_Sqlite(SqliteServiceHost host) : AttachmentServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class AttachmentServiceTests_PostgreSql(PostgresServiceHost host) : AttachmentServiceTests(host), IClassFixture<PostgresServiceHost>;

/// <summary>The same tests with the files in the database (Files:Store=Database, ADR 0012).</summary>
public sealed class AttachmentServiceTests_DatabaseFiles_Sqlite(SqliteDatabaseFilesServiceHost host)
    : AttachmentServiceTests(host), IClassFixture<SqliteDatabaseFilesServiceHost>;

[RequiresPostgres]
public sealed class AttachmentServiceTests_DatabaseFiles_PostgreSql(PostgresDatabaseFilesServiceHost host)
    : AttachmentServiceTests(host), IClassFixture<PostgresDatabaseFilesServiceHost>;
