namespace Decree73.TestSupport;

/// <summary>
/// Which real services this run has. Under CI=true a missing service is a failure, never a skip: the tests that
/// need it run and fail with a clear message.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "DECREE73_TEST_POSTGRES";
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection string to a PostgreSQL server where the test role may create databases.</summary>
    public static string? PostgresAdminConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string? PostgresSkipReason =>
        PostgresAdminConnectionString is null && !IsCI
            ? $"PostgreSQL not configured: set {PostgresVariable} or run tests/run.sh."
            : null;

    public static string? ChromiumSkipReason =>
        !File.Exists(ChromiumPath) && !IsCI ? $"Chromium not installed at {ChromiumPath}: run tests/run.sh." : null;

    /// <summary>LibreOffice to open generated documents as a user's office suite would, pdftotext to read the result.</summary>
    public static string? LibreOfficeSkipReason =>
        !OfficeConverter.IsAvailable && !IsCI
            ? $"LibreOffice or pdftotext missing ({OfficeConverter.LibreOfficePath}, {OfficeConverter.PdfToTextPath}): run tests/run.sh."
            : null;

    public static string RequirePostgres() =>
        PostgresAdminConnectionString
        ?? throw new InvalidOperationException($"PostgreSQL is required (CI=true) but {PostgresVariable} is not set.");
}
