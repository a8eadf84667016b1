using Decree73.Application.Abstractions;
using Decree73.Domain.Access;
using Decree73.Domain.Appraisal;
using Decree73.Domain.Audit;
using Decree73.Domain.Calendar;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Notifications;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Domain.Reports;
using Decree73.Domain.Violations;
using Decree73.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<ViolationRecord> ViolationRecords => Set<ViolationRecord>();
    public DbSet<AgencyAppraisalYear> AgencyAppraisalYears => Set<AgencyAppraisalYear>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalDecision> ProposalDecisions => Set<ProposalDecision>();
    public DbSet<ProposalVote> ProposalVotes => Set<ProposalVote>();
    public DbSet<VotePosition> VotePositions => Set<VotePosition>();
    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();
    public DbSet<ProposalField> ProposalFields => Set<ProposalField>();
    public DbSet<InnovationKind> InnovationKinds => Set<InnovationKind>();
    public DbSet<OpinionRequest> OpinionRequests => Set<OpinionRequest>();
    public DbSet<ProposalMilestone> ProposalMilestones => Set<ProposalMilestone>();
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();
    public DbSet<ProposalImplementer> ProposalImplementers => Set<ProposalImplementer>();
    public DbSet<ProposalAttachment> ProposalAttachments => Set<ProposalAttachment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RecordAccess> RecordAccesses => Set<RecordAccess>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ProposalTitleWord> ProposalTitleWords => Set<ProposalTitleWord>();
    public DbSet<ProtectionDecision> ProtectionDecisions => Set<ProtectionDecision>();
    public DbSet<EncouragementRecord> EncouragementRecords => Set<EncouragementRecord>();
    public DbSet<AppraisalRecord> AppraisalRecords => Set<AppraisalRecord>();
    public DbSet<ShowcaseEntry> ShowcaseEntries => Set<ShowcaseEntry>();
    public DbSet<PeriodicReport> PeriodicReports => Set<PeriodicReport>();

    /// <summary>The data-protection key ring, shared by every instance on this database (ADR 0012).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Shared state of several instances on one database (ADR 0012).
    public DbSet<ScaleOut.Lease> Leases => Set<ScaleOut.Lease>();
    public DbSet<ScaleOut.WriteMark> WriteMarks => Set<ScaleOut.WriteMark>();
    public DbSet<ScaleOut.SignInCounter> SignInCounters => Set<ScaleOut.SignInCounter>();
    public DbSet<ScaleOut.StoredFileChunk> StoredFileChunks => Set<ScaleOut.StoredFileChunk>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        if (Database.IsNpgsql())
        {
            // Byte-order comparison so that the materialised-path prefix match can use the index.
            builder.Entity<OrganisationUnit>().Property(u => u.Path).UseCollation("C");

            // The same for the folded-title prefix search (LIKE 'prefix%'): without it PostgreSQL scans Proposals.
            builder.Entity<Proposal>().Property(p => p.TitleFolded).UseCollation("C");
            builder.Entity<ProposalTitleWord>().Property(w => w.Word).UseCollation("C");
        }

        if (Database.IsSqlite())
        {
            // SQLite only turns LIKE 'prefix%' into an index range on a NOCASE column (case_sensitive_like is off);
            // the folded title is lower case already, so NOCASE changes no result.
            builder.Entity<Proposal>().Property(p => p.TitleFolded).UseCollation("NOCASE");
            builder.Entity<ProposalTitleWord>().Property(w => w.Word).UseCollation("NOCASE");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable strings on every provider.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        // Times are UTC DateTime everywhere: SQLite cannot order DateTimeOffset, and reading back from SQLite would
        // otherwise give DateTimeKind.Unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
