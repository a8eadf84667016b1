using Decree73.Domain.Common;

namespace Decree73.Domain.Appraisal;

/// <summary>
/// The link between one officer's innovation record and their annual appraisal (domain.md §8), entered by an
/// Interior officer. The system suggests credit; the grade is always a person's entry.
/// </summary>
public sealed class AppraisalRecord : Entity
{
    private AppraisalRecord() { }

    public AppraisalRecord(int officerId, int year, int unitId)
    {
        OfficerId = officerId;
        Year = year;
        UnitId = unitId;
    }

    public int OfficerId { get; private set; }
    public int Year { get; private set; }

    /// <summary>The officer's unit in that year: the quota is counted per unit.</summary>
    public int UnitId { get; private set; }

    /// <summary>
    /// The officer's task group (nhóm có nhiệm vụ tương đồng) in that year, copied from the officer at the first save;
    /// null: the unit as a whole is one group. The quota is counted per unit and per group.
    /// </summary>
    public string? TaskGroup { get; set; }

    public AppraisalGrade? Grade { get; set; }

    /// <summary>The score on Decree 335/2025's 100-point scale, as the appraisal recorded it; null when not entered.</summary>
    public decimal? Score { get; set; }

    /// <summary>One of the disqualifying cases of Decree 335/2025 applies (the grade is then "not completed" whatever the score).</summary>
    public bool Disqualified { get; set; }

    /// <summary>Whether the appraisal body credited innovation under the innovation criterion.</summary>
    public bool InnovationCredited { get; set; }
    public string? Note { get; set; }

    /// <summary>The appraisal decision (số, ngày) as written.</summary>
    public string? DecisionReference { get; set; }
    public int EnteredByOfficerId { get; set; }
}
