using Decree73.Application.Compliance;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Compliance;

/// <summary>The per-unit scorecard for a period.</summary>
public sealed class ScorecardModel(ComplianceService compliance) : CompliancePage
{
    public Scorecard Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await compliance.ScorecardAsync(Unit, Year, Quarter, ct);
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Card = result.Value!;
        (Scope, Period) = (Card.Scope, Card.Period);
        return Page();
    }
}
