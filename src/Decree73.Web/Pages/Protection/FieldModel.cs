namespace Decree73.Web.Pages.Protection;

/// <summary>One text field of the protection and encouragement forms (see _Input.cshtml).</summary>
public sealed record FieldModel(
    string Name, string Label, string? Value, int MaxLength = 200, string? Hint = null, bool Required = false, bool Multiline = false,
    string? InputMode = null);
