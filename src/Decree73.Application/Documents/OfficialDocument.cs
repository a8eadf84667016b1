namespace Decree73.Application.Documents;

/// <summary>
/// An administrative document in the format of Decree 30/2020/NĐ-CP: the header (issuing body, national title,
/// number, place and date), title and summary, the body, then the recipients and the signer. The writer adds
/// the fixed legal texts (national title, motto, "Số:", "Nơi nhận:"); everything else comes from here.
/// </summary>
/// <param name="ParentIssuingBody">The body above the issuer, e.g. "UBND TỈNH BẮC NINH"; null when there is none.</param>
/// <param name="IssuingBody">e.g. "UBND PHƯỜNG TRẠM LỘ" or "SỞ NỘI VỤ".</param>
/// <param name="NumberAndSymbol">The number and symbol without "Số:", e.g. "12/BC-UBND" (or "   /BC-UBND" for a draft).</param>
/// <param name="Place">The place name of the date line, e.g. "Trạm Lộ".</param>
/// <param name="Title">The kind of document, e.g. "BÁO CÁO".</param>
/// <param name="Summary">The trích yếu, e.g. "Kết quả thực hiện Nghị định số 73/2023/NĐ-CP ..."; null when none.</param>
/// <param name="Recipients">The lines under "Nơi nhận:", written as given (e.g. "- Sở Nội vụ;").</param>
public sealed record OfficialDocument(
    string? ParentIssuingBody,
    string IssuingBody,
    string NumberAndSymbol,
    string Place,
    DateOnly Date,
    string Title,
    string? Summary,
    IReadOnlyList<DocumentBlock> Body,
    IReadOnlyList<string> Recipients,
    SignerBlock Signer)
{
    /// <summary>"Trạm Lộ, ngày 05 tháng 01 năm 2026".</summary>
    public string PlaceAndDateLine => VietnameseFormat.PlaceAndDate(Place, Date);
}

/// <param name="Authority">The line above the capacity, e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. GIÁM ĐỐC"; null when the signer signs in their own name.</param>
/// <param name="Capacity">e.g. "CHỦ TỊCH".</param>
/// <param name="Name">The signer's full name, e.g. "Nguyễn Văn An".</param>
public sealed record SignerBlock(string? Authority, string Capacity, string Name);
