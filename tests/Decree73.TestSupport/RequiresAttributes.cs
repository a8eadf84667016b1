namespace Decree73.TestSupport;

/// <summary>Marks a test class whose tests need the PostgreSQL server; see <see cref="ServiceFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>Marks a test class whose tests need Debian's Chromium.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresChromiumAttribute : Attribute;

/// <summary>Marks a test class whose tests need LibreOffice and pdftotext (<see cref="OfficeConverter"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresLibreOfficeAttribute : Attribute;
