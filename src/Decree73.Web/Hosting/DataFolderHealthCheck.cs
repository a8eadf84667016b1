using System.ComponentModel.DataAnnotations;
using Decree73.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Hosting;

/// <summary>Thresholds of the readiness checks (section "Health").</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Free space below which the data folder counts as full: writes (uploads, the SQLite file, logs) would fail.</summary>
    [Range(0, 10_000_000)]
    public long MinimumFreeDiskMegabytes { get; set; } = 256;
}

/// <summary>
/// Unhealthy (so /health/ready answers 503 and a balancer stops sending work) when the data folder cannot take writes:
/// a probe file cannot be written and removed, or the free space is below <see cref="HealthOptions.MinimumFreeDiskMegabytes"/>.
/// With a full disk every write fails while reads still work: readiness must not say all is well.
/// </summary>
public sealed class DataFolderHealthCheck(IOptions<DatabaseOptions> database, IHostEnvironment environment, IOptions<HealthOptions> options)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var folder = Decree73.Infrastructure.DependencyInjection.DataDirectory(database.Value, environment.ContentRootPath);
        try
        {
            var free = new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace / (1024 * 1024);
            if (free < options.Value.MinimumFreeDiskMegabytes)
            {
                return HealthCheckResult.Unhealthy(
                    $"The data folder has {free} MB free, below the minimum of {options.Value.MinimumFreeDiskMegabytes} MB.");
            }

            var probe = Path.Combine(folder, $".ready-{Environment.ProcessId}-{Guid.NewGuid():N}");
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The data folder cannot be written.", ex);
        }
    }
}
