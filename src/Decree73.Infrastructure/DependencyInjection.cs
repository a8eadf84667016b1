using Decree73.Application.Abstractions;
using Decree73.Application.Accounts;
using Decree73.Infrastructure.Documents;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Notifications;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Persistence.Interceptors;
using Decree73.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Database, Identity and data protection. The design-time factories call this too, so that the model they
    /// build (Identity options included) is exactly the application's.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<Decree73.Application.Proposals.ProposalOptions>()
            .Bind(configuration.GetSection(Decree73.Application.Proposals.ProposalOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Decree73.Application.Appraisal.AppraisalOptions>()
            .Bind(configuration.GetSection(Decree73.Application.Appraisal.AppraisalOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Decree73.Application.Attachments.AttachmentOptions>()
            .Bind(configuration.GetSection(Decree73.Application.Attachments.AttachmentOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Decree73.Application.Reports.ReportOptions>()
            .Bind(configuration.GetSection(Decree73.Application.Reports.ReportOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Decree73.Application.Compliance.ComplianceOptions>()
            .Bind(configuration.GetSection(Decree73.Application.Compliance.ComplianceOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IFileStore>(sp => new Storage.LocalFileStore(
            Path.Combine(DataDirectory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, contentRoot), "attachments"),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Storage.LocalFileStore>>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, SystemCurrentUser>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<AuditTrailInterceptor>();
        services.AddScoped<WriteClockInterceptor>();

        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            ProviderSetup.Configure(options, database, DataDirectory(database, contentRoot));
            // Title words first: they are derived rows of the same save, kept out of the audit trail.
            options.AddInterceptors(
                sp.GetRequiredService<AuditingInterceptor>(), new TitleWordsInterceptor(), sp.GetRequiredService<AuditTrailInterceptor>(),
                new FrozenReportInterceptor(), sp.GetRequiredService<WriteClockInterceptor>());
        });
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<DatabaseMigrator>();

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = AccountInputValidator.MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5; // only if a caller asks for lockout on failure: sign-in does not (progressive delays instead)
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.Stores.MaxLengthForKeys = 128;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<Identity.Passwords.WeakPasswordValidator>();

        services.AddScoped<IAccountService, IdentityAccountService>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<AdministratorBootstrap>();
        services.AddNotificationDelivery(configuration);
        services.AddDocumentExport();
        return services;
    }

    /// <summary>Persists data-protection keys beside the database so that sign-ins survive a restart.</summary>
    public static IServiceCollection AddPersistedDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var keys = Path.Combine(DataDirectory(database, contentRoot), "keys");
        Directory.CreateDirectory(keys);
        services.AddDataProtection().SetApplicationName("Decree73").PersistKeysToFileSystem(new DirectoryInfo(keys));
        return services;
    }

    public static string DataDirectory(DatabaseOptions database, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, database.DataDirectory));
}
