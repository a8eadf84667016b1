namespace Decree73.Domain.Appraisal;

/// <summary>The annual grade (xếp loại chất lượng) of Decree 335/2025 and Decree 233/2026.</summary>
public enum AppraisalGrade
{
    /// <summary>HTXSNV: hoàn thành xuất sắc nhiệm vụ.</summary>
    Outstanding,
    /// <summary>HTTNV: hoàn thành tốt nhiệm vụ.</summary>
    Good,
    /// <summary>HTNV: hoàn thành nhiệm vụ.</summary>
    Completed,
    /// <summary>KHTNV: không hoàn thành nhiệm vụ.</summary>
    NotCompleted,
}

public static class AppraisalGrades
{
    public static string Code(AppraisalGrade grade) => grade switch
    {
        AppraisalGrade.Outstanding => "HTXSNV",
        AppraisalGrade.Good => "HTTNV",
        AppraisalGrade.Completed => "HTNV",
        _ => "KHTNV",
    };
}
