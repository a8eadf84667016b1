namespace Decree73.Domain.Organisation;

/// <summary>The kind of an organisation unit under the two-level local government (from 1/7/2025).</summary>
public enum UnitKind
{
    /// <summary>Tỉnh, thành phố trực thuộc trung ương.</summary>
    Province,
    /// <summary>Sở, ban, ngành cấp tỉnh.</summary>
    ProvincialDepartment,
    /// <summary>Xã, phường, đặc khu.</summary>
    Commune,
    /// <summary>Phòng chuyên môn, văn phòng, trung tâm thuộc UBND xã.</summary>
    CommuneOffice,
    /// <summary>Đơn vị sự nghiệp công lập.</summary>
    PublicServiceUnit,
}
