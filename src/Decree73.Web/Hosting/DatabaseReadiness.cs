using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Decree73.Web.Hosting;

/// <summary>
/// Whether the start-up migration has been applied. A server database (PostgreSQL, SQL Server) that cannot be reached
/// at start-up does not stop the process (a crash loop helps no one): the app keeps answering /health/live, reports
/// not ready on /health/ready, and retries the migration until the database answers.
/// </summary>
public sealed class DatabaseReadiness
{
    private volatile bool schemaReady;

    public bool SchemaReady => schemaReady;

    public void MarkSchemaReady() => schemaReady = true;
}

/// <summary>Unhealthy (so /health/ready answers 503) until the start-up migration has been applied.</summary>
public sealed class DatabaseSchemaHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.SchemaReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The start-up migration has not been applied: the database was unreachable."));
}
