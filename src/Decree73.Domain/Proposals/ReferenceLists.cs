using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>An entry of an administrator-extensible list (fields, kinds of innovation).</summary>
public abstract class ReferenceItem : Entity
{
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>Lĩnh vực: the area a proposal belongs to.</summary>
public sealed class ProposalField : ReferenceItem
{
    public static IReadOnlyList<ProposalField> Seed { get; } = Make<ProposalField>(
        "Cải cách thủ tục hành chính", "Chuyển đổi số", "Phát triển kinh tế – xã hội", "Nhiệm vụ khó khăn, tồn đọng kéo dài");

    internal static IReadOnlyList<T> Make<T>(params string[] names) where T : ReferenceItem, new() =>
        names.Select((name, i) =>
        {
            var item = new T { Name = name, SortOrder = i + 1, Version = 1, CreatedAtUtc = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc) };
            item.Id = i + 1;
            return item;
        }).ToList();
}

/// <summary>Loại đổi mới: what kind of innovation it is.</summary>
public sealed class InnovationKind : ReferenceItem
{
    public static IReadOnlyList<InnovationKind> Seed { get; } = ProposalField.Make<InnovationKind>(
        "Rút ngắn thời gian giải quyết thủ tục",
        "Ứng dụng công nghệ thông tin, số hóa hồ sơ",
        "Phương thức quản lý mới",
        "Phối hợp liên ngành",
        "Hỗ trợ người dân, doanh nghiệp tốt hơn");
}
