using Decree73.Domain.Encouragement;
using Decree73.Domain.Protection;
using Decree73.Web.Resources;

namespace Decree73.Web.Pages.Protection;

/// <summary>Vietnamese names of the protection and encouragement enums, from ProtectionText.resx ("Enum_{Type}_{Value}").</summary>
public static class ProtectionEnumText
{
    public static string Of(ProtectionType value) => Get(value);

    public static string Of(EncouragementMeasure value) => Get(value);

    public static string Of(BeneficiaryRole value) => Get(value);

    public static string Roles(IEnumerable<BeneficiaryRole> roles) => string.Join(", ", roles.Select(Of));

    private static string Get<T>(T value) where T : struct, Enum =>
        ProtectionText.ResourceManager.GetString($"Enum_{typeof(T).Name}_{value}", ProtectionText.Culture)
        ?? throw new InvalidOperationException($"No ProtectionText resource for {typeof(T).Name}.{value}.");
}
