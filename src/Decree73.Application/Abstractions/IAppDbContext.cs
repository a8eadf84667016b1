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
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Decree73.Application.Abstractions;

/// <summary>
/// The EF Core context as the services see it. Services query it with LINQ directly: no repositories
/// (docs/decisions/0001-dbcontext-without-repositories.md).
/// </summary>
public interface IAppDbContext
{
    DbSet<OrganisationUnit> Units { get; }
    DbSet<Officer> Officers { get; }
    DbSet<RoleGrant> RoleGrants { get; }
    DbSet<CalendarDay> CalendarDays { get; }
    DbSet<CalendarYear> CalendarYears { get; }
    DbSet<ViolationRecord> ViolationRecords { get; }
    DbSet<AgencyAppraisalYear> AgencyAppraisalYears { get; }
    DbSet<Proposal> Proposals { get; }
    DbSet<ProposalDecision> ProposalDecisions { get; }
    DbSet<ProposalVote> ProposalVotes { get; }
    DbSet<VotePosition> VotePositions { get; }
    DbSet<ReceiptCounter> ReceiptCounters { get; }
    DbSet<ProposalField> ProposalFields { get; }
    DbSet<InnovationKind> InnovationKinds { get; }
    DbSet<OpinionRequest> OpinionRequests { get; }
    DbSet<ProposalMilestone> ProposalMilestones { get; }
    DbSet<ProgressUpdate> ProgressUpdates { get; }
    DbSet<ProposalImplementer> ProposalImplementers { get; }
    DbSet<ProposalAttachment> ProposalAttachments { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<RecordAccess> RecordAccesses { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<ProposalTitleWord> ProposalTitleWords { get; }
    DbSet<ProtectionDecision> ProtectionDecisions { get; }
    DbSet<EncouragementRecord> EncouragementRecords { get; }
    DbSet<AppraisalRecord> AppraisalRecords { get; }
    DbSet<ShowcaseEntry> ShowcaseEntries { get; }
    DbSet<PeriodicReport> PeriodicReports { get; }

    DatabaseFacade Database { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
