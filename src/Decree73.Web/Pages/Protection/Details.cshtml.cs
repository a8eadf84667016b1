using Decree73.Application.Audit;
using Decree73.Application.Protection;
using Decree73.Domain.Audit;

using Decree73.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Hosting;

namespace Decree73.Web.Pages.Protection;

/// <summary>One protection record, printable, with its signed decision. Anyone ProtectionAccess does not let see it gets 404.</summary>
public sealed class DetailsModel(ProtectionService protection, RecordAccessLog reads, ILogger<DetailsModel> logger) : PageModel
{
    public ProtectionDetails? Record { get; private set; }

    /// <summary>"Lịch sử truy cập": who opened this record and its signed file (everyone who may see the record sees it).</summary>
    public RecordAccessPage? Reads { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, [FromQuery(Name = "reads")] string? readsAfter, CancellationToken ct)
    {
        Record = await protection.DetailsAsync(id, ct);
        if (Record is null)
        {
            return NotFound();
        }

        this.LogViewed(logger, "protection record", id);
        await reads.RecordAsync(AccessedRecord.ProtectionRecord, id, AccessKind.View, ct);
        Reads = await reads.OfProtectionRecordAsync(id, readsAfter, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync([FromRoute] int id, CancellationToken ct)
    {
        var file = await protection.OpenSignedFileAsync(id, ct);
        if (file.Succeeded)
        {
            this.LogDownloaded(logger, "signed protection decision of record", id);
            await reads.RecordAsync(AccessedRecord.ProtectionRecord, id, AccessKind.Download, ct);
        }

        return this.DownloadOrNotFound(file);
    }
}
