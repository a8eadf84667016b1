using System.ComponentModel.DataAnnotations;

namespace Decree73.Application.Attachments;

/// <summary>The "Attachments" configuration section.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest file accepted, in bytes (default 20 MB). The web server's own limits follow it.</summary>
    [Range(1024, 1L << 30)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;
}
