using Decree73.Domain.Common;
using Decree73.Domain.Organisation;

namespace Decree73.Domain.People;

/// <summary>A person working in a unit. May or may not have a login account.</summary>
public sealed class Officer : Entity
{
    private string fullName = "";

    public string FullName
    {
        get => fullName;
        set
        {
            fullName = value;
            SortName = TextNormalizer.Fold(value);
        }
    }

    /// <summary>The name folded (no diacritics, lower case) for ordering and searching; kept in step with <see cref="FullName"/>.</summary>
    public string SortName { get; private set; } = "";
    public Sex Sex { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public EducationLevel EducationLevel { get; set; }
    public PoliticalTheoryLevel PoliticalTheoryLevel { get; set; }
    public string Ethnicity { get; set; } = "Kinh";
    public PostKind PostKind { get; set; }
    /// <summary>Chức vụ as written on the appointment, e.g. "Phó Chủ tịch UBND xã".</summary>
    public string? PostTitle { get; set; }
    public CivilServiceCategory Category { get; set; }

    /// <summary>
    /// The group of officers with similar tasks (nhóm có nhiệm vụ tương đồng, Decree 335/2025) the appraisal quota is
    /// counted in, e.g. "Lãnh đạo" or "Chuyên viên"; null: the whole unit is one group.
    /// </summary>
    public string? TaskGroup { get; set; }

    /// <summary>The login account of this officer, if any (an ASP.NET Core Identity user id).</summary>
    public string? UserId { get; set; }

    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }

    /// <summary>Art. 2: only holders of a leadership or management post may propose, unless the province widened it.</summary>
    public bool MayPropose(bool eligibilityWidened) => eligibilityWidened || PostKind != PostKind.None;

    /// <summary>Whole years of age on <paramref name="day"/>; reports split officers at 40.</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > day ? age - 1 : age;
    }
}
