namespace Decree73.Domain.People;

public enum Sex
{
    Male,
    Female,
}

/// <summary>Trình độ chuyên môn.</summary>
public enum EducationLevel
{
    Doctorate,
    Master,
    University,
    College,
    Intermediate,
    Other,
}

/// <summary>Trình độ lý luận chính trị.</summary>
public enum PoliticalTheoryLevel
{
    None,
    Elementary,
    Intermediate,
    Advanced,
    Bachelor,
}

/// <summary>
/// The kind of post an officer holds. Decree 73 Art. 2 lets only leaders and managers propose; the post title
/// itself is free text on the officer.
/// </summary>
public enum PostKind
{
    /// <summary>No leadership or management post.</summary>
    None,
    /// <summary>Người đứng đầu cơ quan, đơn vị.</summary>
    Head,
    /// <summary>Cấp phó của người đứng đầu.</summary>
    Deputy,
    /// <summary>Viên chức quản lý (trưởng, phó phòng...).</summary>
    Manager,
    /// <summary>Người đại diện phần vốn nhà nước.</summary>
    StateCapitalRepresentative,
}

/// <summary>Cán bộ, công chức or viên chức: decides which discipline and appraisal decree applies.</summary>
public enum CivilServiceCategory
{
    /// <summary>Cán bộ.</summary>
    Cadre,
    /// <summary>Công chức.</summary>
    CivilServant,
    /// <summary>Viên chức.</summary>
    PublicEmployee,
}
