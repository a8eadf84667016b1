using Decree73.Application.Abstractions;
using Decree73.Application.Accounts;
using Decree73.Infrastructure.Documents;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Notifications;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Persistence.Interceptors;
using Decree73.Infrastructure.Seeding;
using Decree73.Infrastructure.ScaleOut;
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
        services.AddFileStore(configuration, contentRoot);
        services.AddScaleOut(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, SystemCurrentUser>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<AuditTrailInterceptor>();
        services.AddScoped<WriteClockInterceptor>();

        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(database.ReadOnlyConnectionString)
                && sp.GetService<Decree73.Application.Common.ReadIntent>() is { ReplicaAllowed: true })
            {
                // A scope that only reads (the compliance review): the replica, never written to.
                database = new DatabaseOptions
                {
                    Provider = database.Provider, ConnectionString = database.ReadOnlyConnectionString, DataDirectory = database.DataDirectory,
                };
            }

            ProviderSetup.Configure(options, database, DataDirectory(database, contentRoot));
            // Title words first: they are derived rows of the same save, kept out of the audit trail.
            options.AddInterceptors(
                sp.GetRequiredService<AuditingInterceptor>(), new TitleWordsInterceptor(), sp.GetRequiredService<AuditTrailInterceptor>(),
                new FrozenReportInterceptor(), sp.GetRequiredService<WriteClockInterceptor>());
        });
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IBulkInserter, BulkInserter>();
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
            // Recovery codes hashed, authenticator codes accepted once (ADR 0013): both replace Identity's defaults.
            .AddUserStore<Identity.TwoFactor.HashedRecoveryCodeUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<Identity.TwoFactor.SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<Identity.Passwords.WeakPasswordValidator>();

        // PBKDF2-HMAC-SHA512 at the 210,000 iterations OWASP and ASVS 5.0 (11.4.2) give for SHA-512 (Identity's
        // default is 100,000); a hash made with fewer is re-made at the account's next sign-in.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);
        services.AddScoped<IAccountService, IdentityAccountService>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<AdministratorBootstrap>();
        services.AddNotificationDelivery(configuration);
        services.AddDocumentExport();
        return services;
    }

    /// <summary>PBKDF2 iterations of the password hashes (ASVS 5.0 11.4.2 for HMAC-SHA512).</summary>
    public const int PasswordIterations = 210_000;

    /// <summary>
    /// Persists data-protection keys so that sign-ins survive a restart and every instance reads every cookie: in the
    /// database by default, or in the data folder (setting DataProtection:Store, ADR 0012).
    /// </summary>
    public static IServiceCollection AddPersistedDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return services.AddSharedDataProtection(configuration, DataDirectory(database, contentRoot));
    }

    /// <summary>The file store the "Files" section chooses: a folder (the default) or the database (ADR 0012).</summary>
    private static void AddFileStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var files = configuration.GetSection(Storage.FileStoreOptions.Section).Get<Storage.FileStoreOptions>() ?? new Storage.FileStoreOptions();
        services.AddSingleton(sp => new Storage.LocalFileStore(
            Path.Combine(DataDirectory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, contentRoot), files.LocalPath),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Storage.LocalFileStore>>()));
        if (files.Store == Storage.FileStoreKind.Database)
        {
            // Scoped: it writes with the request's own DbContext, inside the transaction that saves the file's row.
            services.AddScoped<IFileStore, Storage.DatabaseFileStore>();
        }
        else
        {
            services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<Storage.LocalFileStore>());
        }
    }

    public static string DataDirectory(DatabaseOptions database, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, database.DataDirectory));
}
