using System.Text;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Attachments;

/// <summary>Turns a name sent by a browser into one that is safe to show and to offer back on download.</summary>
public static class FileNames
{
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>The last path segment, without control or reserved characters, at most 200 characters; null when nothing is left.</summary>
    public static string? Sanitise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Old browsers send a full client path ("C:\Users\...\file.pdf").
        var last = name.Replace('\\', '/').Split('/')[^1].Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            // Invisible format characters (right-to-left override, zero-width spaces) are dropped: "anh‮gpj.exe" must
            // not display as "anhexe.jpg".
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(char.IsControl(c) || Forbidden.Contains(c) ? '_' : c);
        }

        var clean = builder.ToString().Trim().TrimEnd('.').Trim();
        if (clean.Length == 0 || clean.All(c => c is '.' or '_'))
        {
            return null;
        }

        if (clean.Length > ProposalAttachment.FileNameMaxLength)
        {
            var extension = Path.GetExtension(clean);
            extension = extension.Length > 10 ? "" : extension;
            clean = clean[..(ProposalAttachment.FileNameMaxLength - extension.Length)] + extension;
        }

        return clean;
    }
}
