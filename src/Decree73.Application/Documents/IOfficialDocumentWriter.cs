namespace Decree73.Application.Documents;

/// <summary>Writes an <see cref="OfficialDocument"/> as a Word document.</summary>
public interface IOfficialDocumentWriter
{
    /// <summary>Writes the .docx to <paramref name="output"/>, which needs only to be writable; it is left open.</summary>
    Task WriteDocxAsync(OfficialDocument doc, Stream output, CancellationToken ct);
}
