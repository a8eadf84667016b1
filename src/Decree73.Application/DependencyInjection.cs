using Decree73.Application.Access;
using Decree73.Application.Compliance;
using Decree73.Application.Notifications;
using Decree73.Application.Officers;
using Decree73.Application.Units;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // FluentValidation.DependencyInjectionExtensions does not restore here; scanning is a few lines.
        foreach (var result in AssemblyScanner.FindValidatorsInAssembly(typeof(DependencyInjection).Assembly))
        {
            services.AddScoped(result.InterfaceType, result.ValidatorType);
            services.AddScoped(result.ValidatorType);
        }

        // Two validators check a ProposalInput (saving a draft, submitting). The services take each by its class; the
        // interface, which the web's client-side adapters read to describe the form (ADR 0011), resolves to the rules
        // every save of the form must meet: the draft's. (Submission includes them.)
        services.AddScoped<IValidator<Proposals.ProposalInput>, Proposals.ProposalDraftValidator>();

        services.AddScoped<UserAccess>();
        services.AddScoped<Accounts.AccountAccess>();
        services.AddScoped<UnitService>();
        services.AddScoped<OfficerService>();
        services.AddScoped<Calendar.CalendarService>();
        services.AddScoped<Calendar.CalendarAdminService>();
        services.AddScoped<Calendar.DeadlineRecomputer>();
        services.AddScoped<Proposals.ProposalService>();
        services.AddScoped<Proposals.ProposalAccess>();
        services.AddScoped<Proposals.ProposalNames>();
        services.AddScoped<Proposals.ProposalDetailsQuery>();
        services.AddScoped<Proposals.ProposalWorkflowService>();
        services.AddScoped<Proposals.ProposalSteps>();
        services.AddScoped<Proposals.OpinionService>();
        services.AddScoped<Proposals.ProgressService>();
        services.AddScoped<Proposals.ImplementerQueries>();
        services.AddScoped<Proposals.ResultNoticeQueries>();
        services.AddScoped<Proposals.PendingVoteQueries>();
        services.AddScoped<Attachments.FileIntake>();
        services.AddScoped<Attachments.AttachmentService>();
        services.AddScoped<Audit.AuditVerifier>();
        services.AddScoped<Audit.ProposalHistory>();
        services.AddScoped<Audit.RecordAccessLog>();
        services.AddNotifications();
        services.AddScoped<Proposals.SimilarProposals>();
        services.AddScoped<Protection.ProtectionAccess>();
        services.AddScoped<Protection.ConcernedOfficers>();
        services.AddScoped<Protection.ProtectionService>();
        services.AddScoped<Violations.ViolationService>();
        services.AddScoped<Encouragement.EncouragementService>();
        services.AddScoped<Officers.OfficerRecordAccess>();
        services.AddScoped<Officers.OfficerRecordQueries>();
        services.AddScoped<Appraisal.AppraisalService>();
        services.AddScoped<Officers.OfficerProfileService>();
        services.AddScoped<Showcase.ShowcaseService>();
        services.AddScoped<Reports.ReportAccess>();
        services.AddScoped<Reports.ReportFiguresBuilder>();
        services.AddScoped<Reports.PeriodicReportService>();
        services.AddCompliance();
        return services;
    }
}
