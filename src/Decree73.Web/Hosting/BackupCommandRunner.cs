using System.Reflection;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Recovery;
using Decree73.Infrastructure.ScaleOut;
using Decree73.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Hosting;

/// <summary>Runs --backup and --restore: messages on the console, the process exit code returned (docs/backup.md).</summary>
public static class BackupCommandRunner
{
    public static async Task<int> RunAsync(IServiceProvider services, StartupCommand command)
    {
        var backup = new DataBackup(Target(services), Console.Out, services.GetRequiredService<ILogger<DataBackup>>());
        try
        {
            return command switch
            {
                BackupCommand b => await backup.BackupAsync(b.Folder),
                RestoreCommand r => await backup.RestoreAsync(r.Folder, r.Force),
                _ => throw new ArgumentOutOfRangeException(nameof(command)),
            };
        }
        catch (System.Data.Common.DbException e)
        {
            Console.WriteLine($"Lỗi cơ sở dữ liệu / database error: {e.Message}");
            return BackupExitCodes.Failed;
        }
        catch (IOException e)
        {
            Console.WriteLine($"Lỗi tệp / file error: {e.Message}");
            return BackupExitCodes.Failed;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.WriteLine($"Không có quyền / access denied: {e.Message}");
            return BackupExitCodes.Failed;
        }
    }

    /// <summary>The installation as the app itself sees it: the same settings, data folder and migrations.</summary>
    public static BackupTarget Target(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var version = typeof(BackupCommandRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(BackupCommandRunner).Assembly.GetName().Version?.ToString() ?? "unknown";
        return new BackupTarget(
            database,
            Decree73.Infrastructure.DependencyInjection.DataDirectory(database, contentRoot),
            configuration.GetSection(FileStoreOptions.Section).Get<FileStoreOptions>() ?? new FileStoreOptions(),
            configuration.GetSection(DataProtectionSettings.Section).Get<DataProtectionSettings>() ?? new DataProtectionSettings(),
            configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions(),
            services.GetRequiredService<AppDbContext>().Database.GetMigrations().ToList(),
            version);
    }
}
