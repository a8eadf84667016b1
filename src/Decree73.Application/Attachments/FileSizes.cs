using Decree73.Application.Common;

namespace Decree73.Application.Attachments;

public static class FileSizes
{
    /// <summary>"850 KB", "1,5 MB" (vi-VN decimal comma).</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Format(Formats.Vietnamese, "{0} B", bytes),
        < 1024 * 1024 => string.Format(Formats.Vietnamese, "{0:0.#} KB", bytes / 1024d),
        _ => string.Format(Formats.Vietnamese, "{0:0.#} MB", bytes / (1024d * 1024d)),
    };
}
