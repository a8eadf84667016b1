namespace Decree73.Domain.Encouragement;

/// <summary>The encouragement measures of Decree 73 Art. 10 (domain.md §6).</summary>
public enum EncouragementMeasure
{
    /// <summary>Tuyên dương, biểu dương; khen thưởng theo pháp luật thi đua, khen thưởng.</summary>
    Commendation,
    /// <summary>Ưu tiên khi đánh giá, xếp loại, quy hoạch, bổ nhiệm, điều động, luân chuyển.</summary>
    PlanningAndAppointmentPriority,
    /// <summary>Thành tích nổi bật trong thực thi công vụ khi xét nâng ngạch.</summary>
    RankPromotionAchievement,
    /// <summary>Xem xét nâng bậc lương trước thời hạn (tối đa 12 tháng).</summary>
    EarlySalaryRaise,
}

/// <summary>Why the officer is concerned by the proposal: Art. 10 names proposers, implementers and approving heads.</summary>
public enum BeneficiaryRole
{
    Proposer,
    Implementer,
    ApprovingHead,
}
