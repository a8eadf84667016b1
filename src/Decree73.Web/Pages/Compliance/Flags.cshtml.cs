using Decree73.Application.Compliance;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Compliance;

/// <summary>One red flag with the proposals (or units) it concerns, each linking to the proposal page.</summary>
public sealed class FlagsModel(ComplianceService compliance, Microsoft.Extensions.Options.IOptions<ComplianceOptions> options) : CompliancePage
{
    [BindProperty(SupportsGet = true)]
    public string Flag { get; set; } = "";

    public ComplianceFlag Result { get; private set; } = null!;
    public int Limit => options.Value.FlagPageLimit;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await compliance.FlagAsync(Flag, Unit, Year, Quarter, ct);
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        (Scope, Period, Result) = result.Value;
        return Page();
    }
}
