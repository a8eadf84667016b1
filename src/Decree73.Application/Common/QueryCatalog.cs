using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Appraisal;
using Decree73.Application.Attachments;
using Decree73.Application.Audit;
using Decree73.Application.Calendar;
using Decree73.Application.Compliance;
using Decree73.Application.Encouragement;
using Decree73.Application.Notifications;
using Decree73.Application.Proposals;
using Decree73.Application.Protection;
using Decree73.Application.Reports;
using Decree73.Application.Violations;
using Decree73.Domain.Calendar;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;
using Decree73.Domain.Reports;
using Microsoft.Extensions.Options;
using Decree73.Application.Officers;

namespace Decree73.Application.Common;

/// <summary>One query a service runs, built by the service's own code, for a test to translate.</summary>
public sealed record CatalogQuery(string Name, Func<IAppDbContext, IQueryable> Build);

/// <summary>One set-based write a service runs (ExecuteUpdate/ExecuteDelete), run by the service's own code.</summary>
public sealed record CatalogWrite(string Name, Func<IAppDbContext, CancellationToken, Task<int>> Run);

/// <summary>
/// The queries the services run, built by the same methods the services call, so that a test can ask each provider
/// for their SQL (ToQueryString) without a database: the SQL Server test translates and parses every entry. A new
/// query is written as a builder (an internal static method returning the IQueryable the service then executes) and
/// added here, beside the others; one executed with CountAsync/AnyAsync/FirstOrDefaultAsync is listed just before
/// that operator. Set-based writes (ExecuteUpdate/ExecuteDelete) go in <see cref="Writes"/>; the infrastructure's
/// queries (Identity tables, e-mail outbox, audit interceptor) in Decree73.Infrastructure's InfrastructureQueryCatalog.
/// See docs/database.md ("What was proven here, and what was not").
/// </summary>
public static class QueryCatalog
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    public static IReadOnlyList<CatalogQuery> All { get; } =
    [
        new("Access: units within the granted subtrees", db => db.Units.WithinSubtrees(["/1/", "/1/2/"]).Select(u => u.Id)),
        new("Compliance: proposals under review in a scope", db => Compliance(db).Proposals),
        new("Compliance: open steps", db => Held(db).Open(Compliance(db))),
        new("Compliance: overdue steps", db => Held(db).Overdue(Compliance(db))),
        new("Compliance: steps at risk", db => Held(db).AtRisk(Compliance(db))),
        new("Compliance: stalled proposals", db => Held(db).Stalled(Compliance(db))),
        new("Compliance: held steps, first page", db => Held(db).StepsQuery(Held(db).Overdue(Compliance(db)), 20)),
        new("Compliance: scope picker units", db => ComplianceScopes.Options(db, ["/1/"])),
        new("Compliance flag: vote without Party opinion", db => FlagQueries.VoteWithoutPartyOpinion(Compliance(db))),
        new("Compliance flag: late decision, pending", db => FlagQueries.Pending(FlagQueries.Undecided(Compliance(db)), Compliance(db))),
        new("Compliance flag: late decision, decided late in the period", db => FlagQueries.DecidedLate(Compliance(db))),
        new("Compliance flag: head override (counted)", db => FlagQueries.HeadOverride(Compliance(db)).Select(p => p.Id)),
        new("Compliance flag: approved by another agency (counted)", db => FlagQueries.ApprovedByOtherAgency(Compliance(db)).Select(p => p.Id)),
        new("Compliance flag: the newest ids of a counted flag", db => FlagQueries.NewestIds(FlagQueries.ApprovedByOtherAgency(Compliance(db)).Select(p => p.Id), 5)),
        new("Compliance flag: late completion report, pending", db => FlagQueries.Pending(FlagQueries.InProgress(Compliance(db)), Compliance(db))),
        new("Compliance flag: late completion report, reported", db => FlagQueries.Reported(Compliance(db))),
        new("Compliance flag: late evaluation, pending", db => FlagQueries.Pending(FlagQueries.AwaitingEvaluation(Compliance(db)), Compliance(db))),
        new("Compliance flag: late decision, pending, one query per state", db => FlagQueries.PendingEach(Compliance(db), FlagQueries.UndecidedByState(Compliance(db)))),
        new("Compliance flag: late evaluation, pending, one query per state", db => FlagQueries.PendingEach(Compliance(db), FlagQueries.AwaitingEvaluationByState(Compliance(db)))),
        new("Compliance flag: late evaluation, evaluated late in the period (counted)", db => FlagQueries.EvaluatedLate(Compliance(db)).Select(p => p.Id)),
        new("Compliance flag: late evaluation, the newest evaluated late", db => FlagQueries.NewestIds(FlagQueries.EvaluatedLate(Compliance(db)).Select(p => p.Id), 5)),
        new("Compliance flag: irregular protection", db => Flags(db).ProtectionRows(Compliance(db))),
        new("Compliance flag: encouragement of a proposal not completed", db => Flags(db).EncouragementNotCompleted(Compliance(db))),
        new("Compliance flag: units without proposals (counted)", db => Flags(db).UnitsWithoutProposals(Compliance(db))),
        new("Compliance flag: units without proposals, examples", db => FlagQueries.UnitExamples(Flags(db).UnitsWithoutProposals(Compliance(db)), 5)),
        new("Compliance flag: late result notice", db => FlagQueries.LateResultNotice(Compliance(db))),
        new("Compliance flag: examples", db => Flags(db).Examples([5, 9, 12])),
        new("Scorecard: proposals received in the period", db => Scorecard(db).Received(Compliance(db))),
        new("Scorecard: decision time rows", db => DecisionTimes.Rows(Scorecard(db).Received(Compliance(db)))),
        new("Scorecard: decisions per unit and number of working days", db => DecisionTimes.Pairs(Scorecard(db).Received(Compliance(db)))),
        new("Scorecard: receipts grouped for the scorecard and the charts", db => Scorecard(db).ReceivedGroups(Compliance(db))),
        new("Showcase: published items", db => Showcase(db).Project(db.ShowcaseEntries)),
        new("Showcase: entries visible in the province", db => Showcase(db).Project(Decree73.Application.Showcase.ShowcaseService.Visible(db, ["/1/"]))),

        // Proposals: the list, its filters and search, the export, "my tasks", the details.
        new("Proposals: visible to an officer", db => Visible(db)),
        new("Proposals: list page with every filter and a search", db => ProposalService.ListPage(db, Filtered(db, "so hoa ho so"), 120, 50)),
        new("Proposals: list page, search of short words only", db => ProposalService.ListPage(db, Filtered(db, "va"), null, 50)),
        new("Proposals: export rows", db => ProposalService.ExportRows(db, Filtered(db, "ky so"))),
        new("Proposals: list unit filter", db => ProposalService.FilterUnits(db, [3], ["/1/2/"])),
        new("Proposals: my tasks", db => ProposalService.Tasks(db, 7, 100)),
        new("Proposals: my task count (counted)", db => ProposalService.HeldBy(db, 7)),
        new("Proposals: one with its records (split query, first part)", db => ProposalService.WithRecords(db, 5)),

        new("Proposals: similar titles, word sample", db => SimilarProposals.Sample(db, 1, ["so", "hoa", "ho"])),
        new("Proposals: similar titles, submitted candidates", db => SimilarProposals.Submitted(db, [5, 9, 12])),
        new("Proposals: leadership of the deciding agency", db => ProposalWorkflowService.Leadership(db, 2)),
        new("Proposals: head of a unit (first)", db => ProposalSteps.HeadOf(db, 2)),
        new("Proposals: implementer candidates", db => ImplementerQueries.Candidates(db, "/1/2/", 7)),
        new("Proposals: result notice issuer", db => ResultNoticeQueries.Issuer(db, 2)),

        // Periodic reports: the figures of a subtree and a period (each counted or read as grouped counts), the lists.
        new("Report figures: unit and children", db => ReportFiguresBuilder.UnitAndChildren(db, 1)),
        new("Report figures: reports submitted by the children", db => ReportFiguresBuilder.SubmittedByChildren(db, [2, 3], new ReportPeriod(ReportPeriodKind.Quarter, 2026, 2))),
        new("Report figures: subtree unit ids", db => new ReportFiguresBuilder(db).SubtreeIds("/1/", ["/1/2/"])),
        new("Report figures: received by field, kind and unit, with the escalated ones", db => Figures(db).ReceivedGroups),
        new("Report figures: approved in the period, by the vote or the override", db => Figures(db).Approved),
        new("Report figures: evaluated in the period, by outcome", db => Figures(db).Evaluated),
        new("Report figures: completion reported in the period (counted)", db => Figures(db).Completed),
        new("Report figures: in progress or suspended now, received by the period's end", db => Figures(db).Position),
        new("Report figures: allocated funds", db => Figures(db).Funds),
        new("Report figures: decided by kind (joined to the proposal's unit)", db => Figures(db).DecidedByKind),
        new("Report figures: encouraged officers by measure", db => Figures(db).EncouragedPairs),
        new("Report figures: protected officers by type", db => Figures(db).ProtectedPairs),
        new("Report figures: violations handled (counted)", db => Figures(db).ViolationsHandled),
        new("Report figures: fields", db => Figures(db).Fields),
        new("Report figures: kinds of innovation", db => Figures(db).Kinds),
        new("Report figures: proposers by post, sex, education, ethnicity and age group", db => Proposers(db).Profiles),
        new("Report figures: encouraged officers by post, sex, education, ethnicity and age group", db => new PeopleQueries(Figures(db).Encouraged, Today).Profiles),
        new("Reports: authored units", db => PeriodicReportService.AuthoredUnits(db, [1, 2])),
        new("Reports: my reports of a year", db => PeriodicReportService.ListRows(db, PeriodicReportService.Authored(db, [1, 2]), 2026)),
        new("Reports: the superior's inbox", db => PeriodicReportService.ListRows(db, ReportAccess.Inbox(db, [1], ["/1/"]), null)),

        // Appraisal and the officer page.
        new("Appraisal: stored entry", db => AppraisalService.Stored(db, 7, 2026)),
        new("Appraisal: quota grades", db => AppraisalService.QuotaGrades(db, 2, 2026)),
        new("Appraisal: agency year", db => AppraisalService.AgencyYear(db, 2, 2026)),
        new("Appraisal: units in scope", db => AppraisalService.ScopeUnits(db, ["/1/"])),
        new("Appraisal: unit summary page", db => AppraisalService.SummaryRows(db, 2, 2026, ("nguyen van a", 7), 50)),
        new("Appraisal: credit, proposers", db => AppraisalService.CreditQueries(db, [7, 8], (Today.AddYears(-1), Today)).Proposers),
        new("Appraisal: credit, implementers", db => AppraisalService.CreditQueries(db, [7, 8], (Today.AddYears(-1), Today)).Implementers),
        new("Appraisal: credit, encouraged", db => AppraisalService.CreditQueries(db, [7, 8], (Today.AddYears(-1), Today)).Encouraged),
        new("Officer record: the officer", db => OfficerRecordAccess.Officer(db, 7)),
        new("Officer record: proposals of a year", db => OfficerRecordQueries.Proposals(db, 7, (Today.AddYears(-1), Today))),
        new("Officer record: encouragement", db => OfficerRecordQueries.Encouragement(db, 7, null)),
        new("Officer record: protection", db => OfficerRecordQueries.Protection(db, ProtectionVisible(db), 7, (Today.AddYears(-1), Today))),
        new("Officer page: appraisal entries", db => OfficerProfileService.Appraisals(db, 7)),

        // Protection (need-to-know).
        new("Protection: visible records", db => ProtectionVisible(db)),
        new("Protection: records of a proposal", db => ProtectionService.PanelRecords(ProtectionVisible(db), 5)),
        new("Protection: details", db => ProtectionService.DetailsRow(db, ProtectionVisible(db), 3)),
        new("Protection: list page", db => ProtectionService.ListPage(db, ProtectionVisible(db), new ProtectionFilter(2, 2026, null), 50)),
        new("Protection: list unit filter", db => ProtectionService.FilterUnits(db, ProtectionVisible(db))),
        new("Protection: evaluated proposal with decisions", db => ConcernedOfficers.Evaluated(db, 5)),
        new("Protection: concerned officers", db => ConcernedOfficers.Officers(db, [7, 8])),

        // Violations (Art. 6) and encouragement (Art. 10).
        new("Violations: visible records", db => ViolationService.Visible(db, 7, [2], ["/1/3/"])),
        new("Violations: a proposal's records", db => ViolationService.Project(db, ViolationService.Visible(db, 7, [2], ["/1/3/"]).Where(v => v.ProposalId == 5))),
        new("Violations: officer in the agency's subtree (any)", db => ViolationService.OfficerInSubtree(db, 7, "/1/2/")),
        new("Encouragement: granted measures", db => EncouragementService.Granted(db, 5)),
        new("Encouragement: same measure already granted (any)", db => EncouragementService.Same(db, 5, 7, EncouragementMeasure.Commendation)),

        // Notifications and the reminder pass.
        new("Notifications: unread (counted)", db => NotificationService.Unread(db, 7)),
        new("Notifications: list page", db => NotificationService.ListPage(db, 7, 400)),
        new("Reminder pass: held steps due, first batch", db => StepDeadlineReminders.Batch(db, Today.AddDays(3), null, 0, 1000)),
        new("Reminder pass: held steps due, next batch", db => StepDeadlineReminders.Batch(db, Today.AddDays(3), Today, 120, 1000)),
        new("Reminder pass: opinion requests overdue, next batch", db => OpinionRequestReminders.Batch(db, Today, Today.AddDays(-5), 40, 1000)),
        new("Reminder pass: dedupe keys already stored", db => ReminderService.StoredKeys(db, ["overdue:1:a", "due-soon:2:b"])),

        // Calendar, attachments, audit trail, access.
        new("Calendar: a year's days", db => CalendarAdminService.Year(db, 2026)),
        new("Calendar: next year confirmed (any)", db => CalendarAdminService.Confirmed(db, 2027)),
        new("Calendar: root units among the administered (any)", db => CalendarAdminService.RootsAmong(db, [1, 2])),
        new("Calendar: held steps due from a changed day", db => DeadlineRecomputer.DueFrom(db, Today)),
        new("Calendar: decisions whose working days hold a changed day", db => DeadlineRecomputer.DecidedAround(db, Today)),
        new("Attachments: a proposal's attachments", db => AttachmentService.Listed(db, 5)),
        new("Audit history: a proposal's trail", db => ProposalHistory.Entries(db, 5)),
        new("Audit history: the newest page of a proposal's trail", db => ProposalHistory.NewestBefore(db, 5, null)),
        new("Audit history: an older page of a proposal's trail", db => ProposalHistory.NewestBefore(db, 5, 40)),
        new("Audit history: officer names", db => ProposalHistory.Officers(db, [7, 8])),
        new("Audit check: every chain in sequence", db => AuditVerifier.Chains(db)),
        new("Audit check: proposals with their unit path", db => AuditVerifier.Titled(db, [5, 6])),
        new("Access: a user's role grants", db => UserAccess.GrantRows(db, "user-1")),

        // Administration: units and officers.
        new("Units: administered units with officer counts", db => Units.UnitService.Administered(db, ["/1/"])),
        new("Officers: list page of a unit, after a name", db => Officers.OfficerService.ListPage(
            db, ["/1/"], new Officers.OfficerFilter(2, KeysetCursor.Encode("nguyen van a", 7)), 50)),
        new("Officers: without an account", db => Officers.OfficerService.WithoutAccount(db, ["/1/"])),
    ];

    /// <summary>
    /// The set-based writes (ExecuteUpdate/ExecuteDelete): they have no ToQueryString, so the test runs each against a
    /// context whose connection and commands are intercepted (nothing is opened or sent) and parses the statement.
    /// The app's only raw SQL is SQLite's <c>PRAGMA</c> at start-up (DatabaseMigrator, SQLite only): nothing to check
    /// for SQL Server.
    /// </summary>
    public static IReadOnlyList<CatalogWrite> Writes { get; } =
    [
        new("Notifications: mark read", (db, ct) => NotificationService.MarkReadAsync(
            db.Notifications.Where(n => n.RecipientOfficerId == 7), new DateTime(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc), "user-1", ct)),
    ];

    private static IQueryable<Proposal> Visible(IAppDbContext db) => ProposalService.Visible(db, 7, [11, 12], [2], ["/1/3/"]);

    private static IQueryable<Proposal> Filtered(IAppDbContext db, string search) =>
        ProposalService.Filtered(db, Visible(db),
            new ProposalFilter(search, ProposalState.Submitted, UnitId: 2, FieldId: 4, Year: 2026, Overdue: true, ResponsibleOfficerId: 9), Today);

    private static readonly ReportPeriod Quarter = new(ReportPeriodKind.Quarter, 2026, 2);

    private static ReportFigureQueries Figures(IAppDbContext db) => new(db, new ReportFiguresBuilder(db).SubtreeIds("/1/", []), Quarter);

    private static PeopleQueries Proposers(IAppDbContext db) => new(Figures(db).Proposers, Today);

    private static IQueryable<Domain.Protection.ProtectionDecision> ProtectionVisible(IAppDbContext db) =>
        ProtectionAccess.Visible(db, 7, [2], ["/1/3/"]);

    private static ComplianceContext Compliance(IAppDbContext db) =>
        new ComplianceScopes(db, new UserAccess(db, Nobody.Instance))
            .Context(new ComplianceScope(1, "", "/1/", []), new CompliancePeriod(2026, 2), Today, new WorkingCalendar([]));

    private static FlagQueries Flags(IAppDbContext db) => new(db, Options.Create(new ProposalOptions()));

    private static HeldStepQueries Held(IAppDbContext db) => new(db, Options.Create(new ComplianceOptions()));

    private static ScorecardQueries Scorecard(IAppDbContext db) => new(db);

    // Project reads only the context.
    private static Showcase.ShowcaseService Showcase(IAppDbContext db) =>
        new(db, Nobody.Instance, null!, null!, null!, TimeProvider.System, null!);

    private sealed class Nobody : ICurrentUser
    {
        public static readonly Nobody Instance = new();
        public string? UserId => null;
        public string? ClientIp => null;
    }
}
