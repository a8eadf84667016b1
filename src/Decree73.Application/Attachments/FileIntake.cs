using Decree73.Application.Abstractions;
using Decree73.Application.Resources;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Attachments;

/// <summary>A received file that passed the checks, staged under a temporary name until its row is saved.</summary>
public sealed record CheckedFile(StagedFile Staged, string FileName, FileFormat Format);

/// <summary>
/// The checks every uploaded file goes through, whoever keeps it (proposal attachments, signed protection decisions):
/// a safe name, not empty, within Attachments:MaxBytes, a format recognised by its content among those accepted, and a
/// name whose extension agrees. Then the row and the stored file are saved together.
/// </summary>
public sealed class FileIntake(IFileStore store, IOptions<AttachmentOptions> options)
{
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>The message for a file over the configured limit.</summary>
    public string TooLargeMessage() => string.Format(ValidationMessages.Culture, ValidationMessages.Attach_TooLarge, FileSizes.Format(MaxBytes));

    /// <summary>
    /// Stages and checks a file. On refusal nothing is left behind and the Vietnamese message is returned;
    /// <paramref name="unsupportedMessage"/> names the formats accepted here.
    /// </summary>
    public async Task<(CheckedFile? File, string? Error)> StageAsync(
        string? fileName, long length, Stream content, IReadOnlyList<FileFormat> accepted, string unsupportedMessage, CancellationToken ct = default)
    {
        var name = FileNames.Sanitise(fileName);
        if (name is null || length <= 0)
        {
            return (null, ValidationMessages.Attach_FileRequired);
        }

        if (length > MaxBytes)
        {
            return (null, TooLargeMessage());
        }

        var staged = await store.StageAsync(content, MaxBytes, ct);
        var error = await CheckAsync(staged, name, accepted, unsupportedMessage);
        if (error.Message is not null)
        {
            store.Discard(staged);
            return (null, error.Message);
        }

        return (new CheckedFile(staged, name, error.Format!), null);
    }

    /// <summary>A new stored name for a file received now.</summary>
    public string NewStoredName(DateTime utcNow) => store.NewStoredName(utcNow);

    /// <summary>
    /// Saves the pending changes and moves the staged file to <paramref name="storedName"/> in one transaction: a failed
    /// commit removes the moved file again, so no row points at a missing file and no file is left without its row.
    /// </summary>
    public async Task SaveWithFileAsync(IAppDbContext db, CheckedFile file, string storedName, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await store.CommitAsync(file.Staged, storedName, ct);
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch
        {
            await store.DeleteAsync(storedName, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Drops a staged file that will not be kept; never throws.</summary>
    public void Discard(CheckedFile file) => store.Discard(file.Staged);

    public Task<Stream?> OpenReadAsync(string storedName, CancellationToken ct = default) => store.OpenReadAsync(storedName, ct);

    public Task DeleteAsync(string storedName, CancellationToken ct = default) => store.DeleteAsync(storedName, ct);

    private async Task<(string? Message, FileFormat? Format)> CheckAsync(
        StagedFile staged, string name, IReadOnlyList<FileFormat> accepted, string unsupportedMessage)
    {
        if (staged.Length > MaxBytes)
        {
            return (TooLargeMessage(), null);
        }

        if (staged.Length == 0)
        {
            return (ValidationMessages.Attach_FileRequired, null);
        }

        FileFormat? format;
        await using (var content = store.OpenStaged(staged))
        {
            format = FileFormats.Detect(content);
        }

        if (format is null || !accepted.Contains(format))
        {
            return (unsupportedMessage, null);
        }

        return FileFormats.ExtensionMatches(format, name)
            ? (null, format)
            : (string.Format(ValidationMessages.Culture, ValidationMessages.Attach_ExtensionMismatch, format.Name, format.Extensions[0]), null);
    }
}
