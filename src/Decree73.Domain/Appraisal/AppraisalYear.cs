namespace Decree73.Domain.Appraisal;

/// <summary>
/// The appraisal year closes before 15 December (domain.md §8): what happens from 15 December on counts for the next
/// year's appraisal.
/// </summary>
public static class AppraisalYear
{
    public static readonly (int Month, int Day) DefaultClosing = (12, 15);

    public static int Of(DateOnly day, int closingMonth = 12, int closingDay = 15) =>
        day >= new DateOnly(day.Year, closingMonth, closingDay) ? day.Year + 1 : day.Year;

    /// <summary>The first and last day whose events count for <paramref name="year"/>.</summary>
    public static (DateOnly From, DateOnly To) Range(int year, int closingMonth = 12, int closingDay = 15) =>
        (new DateOnly(year - 1, closingMonth, closingDay), new DateOnly(year, closingMonth, closingDay).AddDays(-1));
}

/// <summary>
/// The outstanding quota of Decree 335/2025 (tỷ lệ xếp loại hoàn thành xuất sắc nhiệm vụ):
/// "a) Tỷ lệ công chức xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% tổng số công chức được xếp loại
/// “Hoàn thành tốt nhiệm vụ” trong phạm vi cùng một cơ quan, tổ chức, đơn vị và trong từng nhóm công chức có nhiệm vụ
/// tương đồng. b) Trường hợp tổ chức có thành tích xuất sắc, nổi trội, tạo sự chuyển biến …" (the exception, decided
/// by the competent level). The base is therefore those graded good (HTTNV) only, not "good or better"
/// (docs/appraisal.md). The cap is counted in the agency and again in each task group; an agency recognised as
/// outstanding for the year is not held to it. The system only warns: the appraisal body decides.
/// </summary>
public static class AppraisalQuota
{
    public const int DefaultPercent = 20;

    /// <summary>The most outstanding grades the quota allows beside <paramref name="good"/> officers graded HTTNV (rounded down).</summary>
    public static int Allowed(int good, int percent) => good * percent / 100;

    public static bool Exceeded(int outstanding, int good, int percent, bool outstandingAgency = false) =>
        !outstandingAgency && outstanding > Allowed(good, percent);
}

/// <summary>
/// The 100-point scale of Decree 335/2025: "Hoàn thành xuất sắc nhiệm vụ: đạt từ 90 điểm trở lên; Hoàn thành tốt nhiệm
/// vụ: đạt từ 70 điểm trở lên đến dưới 90 điểm; Hoàn thành nhiệm vụ: đạt từ 50 điểm đến dưới 70 điểm; Không hoàn thành
/// nhiệm vụ: … có kết quả theo dõi, đánh giá dưới 50 điểm", or one of the disqualifying cases (degradation concluded by
/// the competent level, a disciplinary measure of reprimand or above in the year, corruption in the unit managed).
/// A grade entered that differs from the one the score implies is a warning, never a refusal.
/// </summary>
public static class AppraisalScore
{
    public const decimal Max = 100m;

    public static AppraisalGrade Implied(decimal score, bool disqualified) =>
        disqualified || score < 50m ? AppraisalGrade.NotCompleted
        : score >= 90m ? AppraisalGrade.Outstanding
        : score >= 70m ? AppraisalGrade.Good
        : AppraisalGrade.Completed;

    /// <summary>The grade the score (and the disqualification) implies, when there is one to compare with.</summary>
    public static AppraisalGrade? Implied(decimal? score, bool disqualified) =>
        score is { } s ? Implied(s, disqualified) : disqualified ? AppraisalGrade.NotCompleted : null;

    /// <summary>A grade was entered and it is not the one implied.</summary>
    public static bool Mismatch(AppraisalGrade? entered, decimal? score, bool disqualified) =>
        entered is { } grade && Implied(score, disqualified) is { } implied && implied != grade;
}
