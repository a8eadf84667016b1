using Decree73.Domain.Violations;
using Decree73.Web.Resources;

namespace Decree73.Web.Pages.Violations;

/// <summary>Vietnamese names of the Art. 6 prohibited acts, from ProtectionText.resx ("Enum_ProhibitedAct_{Value}").</summary>
public static class ViolationText
{
    public static string Of(ProhibitedAct act) =>
        ProtectionText.ResourceManager.GetString($"Enum_ProhibitedAct_{act}", ProtectionText.Culture)
        ?? throw new InvalidOperationException($"No ProtectionText resource for ProhibitedAct.{act}.");
}
