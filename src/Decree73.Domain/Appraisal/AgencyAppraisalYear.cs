using Decree73.Domain.Common;

namespace Decree73.Domain.Appraisal;

/// <summary>
/// One agency's appraisal year, kept for the exception of Decree 335/2025 to the outstanding quota: an agency with
/// outstanding results ("tổ chức có thành tích xuất sắc, nổi trội") is not held to the 20% cap, on the competent
/// level's decision, whose reference is kept here.
/// </summary>
public sealed class AgencyAppraisalYear : Entity
{
    private AgencyAppraisalYear() { }

    public AgencyAppraisalYear(int unitId, int year)
    {
        UnitId = unitId;
        Year = year;
    }

    public int UnitId { get; private set; }
    public int Year { get; private set; }

    /// <summary>The agency was recognised as having outstanding results for the year: the quota does not apply.</summary>
    public bool OutstandingAgency { get; set; }

    /// <summary>The decision recognising it (số, ngày); required when <see cref="OutstandingAgency"/> is set.</summary>
    public string? DecisionReference { get; set; }
}
