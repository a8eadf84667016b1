using Decree73.Domain.People;

namespace Decree73.Domain.Protection;

/// <summary>The discipline decree that applies to an officer for an act (domain.md §7).</summary>
public sealed record DisciplineDecree(string Number, DateOnly InForceFrom)
{
    /// <summary>Nghị định 112/2020/NĐ-CP: cán bộ, công chức, viên chức until replaced.</summary>
    public static readonly DisciplineDecree Decree112Of2020 = new("112/2020/NĐ-CP", new DateOnly(2020, 9, 18));

    /// <summary>Nghị định 172/2025/NĐ-CP: cán bộ and công chức, from 1/7/2025.</summary>
    public static readonly DisciplineDecree Decree172Of2025 = new("172/2025/NĐ-CP", new DateOnly(2025, 7, 1));

    /// <summary>Nghị định 234/2026/NĐ-CP: viên chức, from 1/7/2026.</summary>
    public static readonly DisciplineDecree Decree234Of2026 = new("234/2026/NĐ-CP", new DateOnly(2026, 7, 1));

    /// <summary>The decree in force on the date of the act for the officer's category.</summary>
    public static DisciplineDecree For(CivilServiceCategory category, DateOnly actOn)
    {
        var successor = category == CivilServiceCategory.PublicEmployee ? Decree234Of2026 : Decree172Of2025;
        return actOn >= successor.InForceFrom ? successor : Decree112Of2020;
    }

    /// <summary>The legal basis line of a protection record: Decree 73 Art. 11 and the discipline decree.</summary>
    public static string LegalBasis(CivilServiceCategory category, DateOnly actOn) =>
        $"Điều 11 Nghị định số 73/2023/NĐ-CP; Nghị định số {For(category, actOn).Number}";
}
