using Decree73.Application.Appraisal;
using Decree73.Application.Audit;
using Decree73.Domain.Audit;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Application.Officers;

namespace Decree73.Web.Pages.Officers;

/// <summary>
/// The officer page ("hồ sơ đổi mới sáng tạo"). Who may open it is <see cref="OfficerRecordAccess.MayOpenProfileAsync"/>;
/// to anyone else it does not exist (404). The protection section holds only what the viewer may see.
/// </summary>
public sealed class ProfileModel(
    OfficerProfileService profiles, OfficerRecordAccess access, AppraisalService appraisal, RecordAccessLog reads, ILogger<ProfileModel> logger)
    : PageModel
{
    public OfficerProfile? Profile { get; private set; }

    /// <summary>Whether the viewer keeps appraisal entries for this officer (links to the entry form).</summary>
    public bool MayAppraise { get; private set; }

    /// <summary>The appraisal year the entry link opens.</summary>
    public int AppraisalYear => appraisal.CurrentYear;

    /// <summary>"Lịch sử truy cập" of this record and the officer's appraisal sheets; null for a reader outside the need to know.</summary>
    public RecordAccessPage? Reads { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, [FromQuery(Name = "reads")] string? readsAfter, CancellationToken ct)
    {
        Profile = await profiles.GetAsync(id, ct);
        if (Profile is null)
        {
            return NotFound();
        }

        MayAppraise = await access.MayAppraiseAsync(Profile.Officer.UnitPath, ct);
        this.LogViewed(logger, "officer record", id);
        await reads.RecordAsync(AccessedRecord.OfficerRecord, id, AccessKind.View, ct);
        Reads = await reads.OfOfficerAsync(id, readsAfter, ct);
        return Page();
    }
}
