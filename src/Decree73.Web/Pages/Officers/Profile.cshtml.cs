using Decree73.Application.Appraisal;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Officers;

/// <summary>
/// The officer page ("hồ sơ đổi mới sáng tạo"). Who may open it is <see cref="OfficerRecordAccess.MayOpenProfileAsync"/>;
/// to anyone else it does not exist (404). The protection section holds only what the viewer may see.
/// </summary>
public sealed class ProfileModel(OfficerProfileService profiles, OfficerRecordAccess access, ILogger<ProfileModel> logger) : PageModel
{
    public OfficerProfile? Profile { get; private set; }

    /// <summary>Whether the viewer keeps appraisal entries for this officer (links to the entry form).</summary>
    public bool MayAppraise { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        Profile = await profiles.GetAsync(id, ct);
        if (Profile is null)
        {
            return NotFound();
        }

        MayAppraise = await access.MayAppraiseAsync(Profile.Officer.UnitPath, ct);
        this.LogViewed(logger, "officer record", id);
        return Page();
    }
}
