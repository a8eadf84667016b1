namespace Decree73.Domain.Protection;

/// <summary>The forms of protection of Decree 73 Art. 5(2) and Art. 11 (domain.md §7).</summary>
public enum ProtectionType
{
    /// <summary>Không bị xử lý trách nhiệm: the proposal was evaluated completed.</summary>
    NotHeldLiable,
    /// <summary>Loại trừ trách nhiệm.</summary>
    Exclusion,
    /// <summary>Miễn trách nhiệm.</summary>
    Exemption,
    /// <summary>Giảm nhẹ trách nhiệm.</summary>
    Mitigation,
}
