using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Seeding;
using Decree73.Web.Authorization;
using Decree73.Web.Forms;
using Decree73.Web.Hosting;
using Decree73.Web.Security;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace Decree73.Web;

/// <summary>Composition root: services, middleware, start-up database work and the command-line switches.</summary>
public static class WebAppBuilder
{
    public static async Task<WebApplication?> BuildAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var contentRoot = builder.Environment.ContentRootPath;

        // A relative log path lives in the data folder, beside the database and the keys.
        const string logPathKey = "Serilog:WriteTo:File:Args:path";
        var databaseOptions = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (builder.Configuration[logPathKey] is { } logPath && !Path.IsPathRooted(logPath))
        {
            builder.Configuration[logPathKey] = Path.Combine(Decree73.Infrastructure.DependencyInjection.DataDirectory(databaseOptions, contentRoot), logPath);
        }

        // Before the first file (log, database, keys) is created: owner-only on Unix.
        DataFolderPermissions.Apply(Decree73.Infrastructure.DependencyInjection.DataDirectory(databaseOptions, contentRoot));
        // Sinks and levels come from the "Serilog" section. One logger per host (not the static Log.Logger, which
        // keeps the bootstrap logger of Program.cs), so several hosts in one test process do not share sinks.
        var logger = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
        builder.Host.UseSerilog(logger, dispose: true);

        builder.Services.AddInfrastructure(builder.Configuration, contentRoot);
        builder.Services.AddPersistedDataProtection(builder.Configuration, contentRoot);
        builder.Services.AddApplication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "Decree73.Auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        builder.Services.AddSessionSecurity();
        builder.Services.AddLoginProtection();
        builder.Services.AddTwoFactor();
        builder.Services.AddTransportSecurity(builder.Configuration);
        builder.Services.AddMalformedRequestHandling();
        builder.Services.AddVndAmountBinding();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.AddRequirements(new RoleAnywhereRequirement(Domain.Access.AppRole.Administrator)))
            .AddPolicy(Policies.ComplianceReviewer, p => p.AddRequirements(
                new RoleAnywhereRequirement(Domain.Access.AppRole.InteriorOfficer, Domain.Access.AppRole.Administrator)));
        builder.Services.AddScoped<IAuthorizationHandler, RoleAnywhereHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, UnitAuthorizationHandler>();
        builder.Services.AddScoped<IAuthorizationHandler, ProposalAuthorizationHandler>();
        builder.Services.AddScoped<UnitPermissions>();
        builder.Services.AddScoped<Pages.Proposals.ProposalPageQuery>();

        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
                o.Conventions.AuthorizeFolder("/Compliance", Policies.ComplianceReviewer);
            })
            .AddViewLocalization()
            .AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        // The Application validators also describe the forms: their length, range and required rules become data-val-*
        // attributes and HTML maxlength (ADR 0011). The services still validate every submission on the server.
        builder.Services.AddFluentValidationClientsideAdapters();

        // Vietnamese text is written as characters, not as &#x...; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, VietnameseBindingMessages>();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var vi = new CultureInfo("vi-VN");
            o.DefaultRequestCulture = new RequestCulture(vi);
            o.SupportedCultures = [vi];
            o.SupportedUICultures = [vi];
        });

        builder.Services.AddHostedService<StartupTasks>();
        builder.AddAttachmentUploadLimits();
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<DatabaseSchemaHealthCheck>("database-schema", tags: ["ready"])
            .AddCheck<DataFolderHealthCheck>("data-folder", tags: ["ready"]);
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var app = builder.Build();
        if (!await RunCommandAsync(app, args))
        {
            return null;
        }

        // Forwarded headers first, so the request log and the audit trail see the client's address and scheme.
        app.UseForwardedHeaders();
        app.UseInstanceHeader();
        // Outermost after that, so a request that fails and is re-executed as /Error is still one line, with its final status.
        app.UseDecree73RequestLogging(logger);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseDecree73ExceptionHandler();
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/StatusCode/{0}");
        app.UseAttachmentUploadLimits();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseTwoFactorEnforcement();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Handles --create-admin (migrate, create, print, exit) and --verify-audit (check, print, exit non-zero on
    /// tampering). Returns false when the process should exit.
    /// </summary>
    private static async Task<bool> RunCommandAsync(WebApplication app, string[] args)
    {
        var command = CommandLine.Parse(args);
        if (command is VerifyAuditCommand)
        {
            await using var verifyScope = app.Services.CreateAsyncScope();
            Environment.ExitCode = await VerifyAuditCommandRunner.RunAsync(verifyScope.ServiceProvider);
            return false;
        }

        if (command is BackupCommand or RestoreCommand)
        {
            await using var backupScope = app.Services.CreateAsyncScope();
            Environment.ExitCode = await BackupCommandRunner.RunAsync(backupScope.ServiceProvider, command);
            return false;
        }

        if (command is not CreateAdminCommand create)
        {
            return true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            // Where the DBA applies the T-SQL script instead (MigrateOnStartup=false), the schema is theirs to update.
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        var result = await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>()
            .CreateAsync(create.Email, create.RootCode, create.RootName);
        Console.WriteLine(result.Message);
        if (result.Password is not null)
        {
            // Printed once to the operator's terminal, never to the log.
            Console.WriteLine($"Mật khẩu ban đầu / initial password: {result.Password}");
            Console.WriteLine("Hãy đăng nhập và đổi mật khẩu ngay. Sign in and change it now.");
        }

        Environment.ExitCode = result.Succeeded ? 0 : 1;
        return false;
    }
}
