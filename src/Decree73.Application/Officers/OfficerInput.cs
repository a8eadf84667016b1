using Decree73.Domain.People;

namespace Decree73.Application.Officers;

public sealed class OfficerInput
{
    public string FullName { get; set; } = "";
    public Sex? Sex { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public EducationLevel? EducationLevel { get; set; }
    public PoliticalTheoryLevel? PoliticalTheoryLevel { get; set; } = Domain.People.PoliticalTheoryLevel.None;
    public string Ethnicity { get; set; } = "Kinh";
    public PostKind? PostKind { get; set; } = Domain.People.PostKind.None;
    public string? PostTitle { get; set; }

    /// <summary>The group of officers with similar tasks for the appraisal quota (Decree 335/2025); empty: the whole unit.</summary>
    public string? TaskGroup { get; set; }
    public CivilServiceCategory? Category { get; set; }
    public int? UnitId { get; set; }
}
