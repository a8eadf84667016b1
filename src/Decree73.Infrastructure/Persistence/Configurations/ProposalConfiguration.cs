using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    private const int LongText = 8000;

    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.ConfigureEntityBase();
        builder.Property(p => p.Title).HasMaxLength(300).IsRequired();
        builder.Property(p => p.TitleFolded).HasMaxLength(300).IsRequired();
        builder.Property(p => p.ReceiptNumber).HasMaxLength(60);
        // The plan is one value in the proposal's own columns, named as before it was one (no column moved).
        builder.ComplexProperty(p => p.Plan, plan =>
        {
            plan.IsRequired();
            foreach (var text in new[]
                     {
                         nameof(ProposalPlan.Necessity), nameof(ProposalPlan.Purpose), nameof(ProposalPlan.Bottleneck), nameof(ProposalPlan.RuleGap),
                         nameof(ProposalPlan.Content), nameof(ProposalPlan.Scope), nameof(ProposalPlan.Implementers), nameof(ProposalPlan.ResourcePeople),
                         nameof(ProposalPlan.ResourceEquipment), nameof(ProposalPlan.Feasibility), nameof(ProposalPlan.PositiveImpact),
                         nameof(ProposalPlan.NegativeImpact), nameof(ProposalPlan.ExpectedResults),
                     })
            {
                plan.Property<string?>(text).HasMaxLength(ProposalPlan.TextMaxLength).HasColumnName(text);
            }

            plan.Property(x => x.FundsVnd).HasPrecision(18, 0).HasColumnName(nameof(ProposalPlan.FundsVnd));
        });

        builder.Property(p => p.CompletionReport).HasMaxLength(LongText);
        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.CompletionReportedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.CurrentPercent);
        builder.OwnsOne(p => p.Findings, f =>
        {
            f.Property(x => x.DamageDescription).HasMaxLength(4000);
            f.Property(x => x.ObjectiveCauses).HasMaxLength(4000);
            f.Property(x => x.SubjectiveCauses).HasMaxLength(4000);
        });
        builder.OwnsOne(p => p.Conditions, c =>
        {
            foreach (var note in new[]
                     {
                         nameof(ConditionFindings.BottleneckNote), nameof(ConditionFindings.CommonInterestNote), nameof(ConditionFindings.UrgentNeedNote),
                         nameof(ConditionFindings.NoSecurityImpactNote), nameof(ConditionFindings.NoHarmToOthersNote), nameof(ConditionFindings.WithinAuthorityNote),
                     })
            {
                c.Property<string?>(note).HasMaxLength(2000);
            }

            c.HasOne<Officer>().WithMany().HasForeignKey(x => x.RecordedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsOne(p => p.Resources, r =>
        {
            r.Property(x => x.Equipment).HasMaxLength(4000);
            r.Property(x => x.Staff).HasMaxLength(4000);
            r.Property(x => x.FundsVnd).HasPrecision(18, 0);
            r.Ignore(x => x.IsEmpty);
        });
        builder.OwnsOne(p => p.ResultNotice, n =>
        {
            n.Property(x => x.Number).HasMaxLength(60).IsRequired();
            n.Property(x => x.Signer).HasMaxLength(150).IsRequired();
            n.HasOne<Officer>().WithMany().HasForeignKey(x => x.IssuedByOfficerId).OnDelete(DeleteBehavior.Restrict);
            // Notices signed in a period (late-result-notice flag).
            n.HasIndex(x => x.SignedOn);
        });

        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.ProposerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.DecidingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(p => p.ResponsibleOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProposalField>().WithMany().HasForeignKey(p => p.FieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InnovationKind>().WithMany().HasForeignKey(p => p.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Decisions).WithOne().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Votes).WithOne().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.VotePositions).WithOne().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.VotePositions).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Lists: by unit and state, newest first, keyset on (Id); search on the folded title by prefix.
        builder.HasIndex(p => new { p.DecidingUnitId, p.State, p.Id });
        // The list of one unit (made or decided by it): the access condition (proposer, state) of the unit's decided
        // proposals is tested in this index, not on each row (SQLite read all 3,529 rows of the benchmark's commune:
        // 21–23 ms, 2–3 ms with it). Not (DecidingUnitId, Id, …): SQLite then chose that one for a head's list (2 → 20 ms).
        builder.HasIndex(p => new { p.DecidingUnitId, p.State, p.ProposerId }).HasDatabaseName("IX_Proposals_DecidingUnitId_Access");
        builder.HasIndex(p => new { p.ProposerId, p.Id });
        builder.HasIndex(p => p.TitleFolded);
        // "My tasks" (most urgent first) and the overdue filter.
        builder.HasIndex(p => new { p.ResponsibleOfficerId, p.StepDueOn });
        builder.HasIndex(p => new { p.StepDueOn, p.Id });
        // The open steps of a subtree by deadline for the compliance review (counts, groups by unit or by holder): one
        // range per unit, read from the index alone instead of a table lookup per open step.
        builder.HasIndex(p => new { p.DecidingUnitId, p.StepDueOn, p.ResponsibleOfficerId, p.State });
        // The moments a period is counted on (compliance flags, scorecard, charts, report figures): each one index
        // range that also carries every column those queries test or read (the subtree's unit, the state, and the
        // facts beside the moment), so the counts and the narrow rows come from the index alone and never from the
        // wide proposal rows (docs/performance.md, cause 1). The report figures read the receipts by field, kind and unit,
        // the escalated ones and the proposers; the decisions by the override flag; the evaluations by outcome. The id
        // last: PostgreSQL's indexes do not carry the row's key, and without it the period's receipts joined to their
        // encouragement and protection records (the officials per unit) were a sequential scan of every proposal.
        builder.HasIndex(p => new
        {
            p.ReceivedAtUtc, p.DecidingUnitId, p.State, p.FieldId, p.Outcome, p.CompletionReportedAtUtc, p.DecisionDueOn, p.DecidedAtUtc, p.DecidedOn,
            p.DecisionWorkingDays, p.KindId, p.EscalatedFromProposalId, p.ProposerId, p.Id,
        }).HasDatabaseName("IX_Proposals_Period_Received");
        builder.HasIndex(p => new { p.DecidedAtUtc, p.DecidingUnitId, p.State, p.DecidedOn, p.DecisionDueOn, p.ApprovedByOverride })
            .HasDatabaseName("IX_Proposals_Period_Decided");
        builder.HasIndex(p => new { p.CompletionReportedAtUtc, p.DecidingUnitId, p.State, p.EndOn }).HasDatabaseName("IX_Proposals_Period_CompletionReported");
        builder.HasIndex(p => new { p.EvaluatedAtUtc, p.DecidingUnitId, p.State, p.CompletionReportedAtUtc, p.EvaluatedOn, p.EvaluationDueOn, p.Outcome })
            .HasDatabaseName("IX_Proposals_Period_Evaluated");
        // Approved by another agency (the stored moment of the round's override or implementation decision by an officer
        // of another unit): the flagged rows only, one range by period.
        builder.HasIndex(p => new { p.ApprovedByOtherAgencyAtUtc, p.DecidingUnitId, p.State }).HasDatabaseName("IX_Proposals_Period_ApprovedByOtherAgency");
        // Resources allocated by the implementation decision (Art. 10(2), the report's funds): the resourced rows only, by period.
        builder.HasIndex(p => new { p.ResourcesAllocatedAtUtc, p.DecidingUnitId, p.State }).HasDatabaseName("IX_Proposals_Period_ResourcesAllocated");
        // The start-up backfill's check for decided proposals without their working days (DecisionFactsBackfill): one seek.
        builder.HasIndex(p => new { p.DecisionWorkingDays, p.DecidedOn }).HasDatabaseName("IX_Proposals_DecisionWorkingDays");
        builder.HasIndex(p => p.ResultNoticeDueOn);
        // Votes cast before the Party opinion, by period (the flag reads the flagged rows only).
        builder.HasIndex(p => new { p.VotedWithoutPartyOpinion, p.ApprovalVotedAtUtc, p.DecidingUnitId, p.State })
            .HasDatabaseName("IX_Proposals_Period_VotedWithoutPartyOpinion");
        // Stalled proposals: each open state's range of those idle since the cut-off, the unit tested in the index. Led
        // by the state: led by the moment, SQLite read every open proposal through the unit-and-state index instead
        // (the stalled count and list 262 ms each at 100,000, measured). The list filtered by state walks (State, Id)
        // newest first; without it, SQLite took the stalled index for that list and sorted all of the state's rows
        // (88 ms instead of 25 ms, measured). The receipt moment at its end answers the report's "in progress or suspended
        // now, received by the period's end" from the index too.
        builder.HasIndex(p => new { p.State, p.LastActionAtUtc, p.DecidingUnitId, p.ReceivedAtUtc }).HasDatabaseName("IX_Proposals_Stalled");
        builder.HasIndex(p => new { p.State, p.Id });
        // Late open steps (the pending part of the late decision, completion report and evaluation flags): one state's
        // range of deadlines, the unit and the id read from the index. Without it PostgreSQL combined the state and
        // deadline indexes and read each matching row (25 ms for the late decisions at 100,000, measured).
        builder.HasIndex(p => new { p.State, p.StepDueOn, p.DecidingUnitId, p.Id }).HasDatabaseName("IX_Proposals_Pending");
        builder.HasIndex(p => p.ReceiptNumber).IsUnique();
        builder.HasIndex(p => new { p.ProposerId, p.CreationToken }).IsUnique();

        // Escalation (domain.md §5 row 5): the competent unit, and on the receipt there the link to the original, which
        // is received once only.
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.EscalatedToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(p => p.EscalatedFromProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.EscalatedFromProposalId).IsUnique();
    }
}

internal sealed class ProposalDecisionConfiguration : IEntityTypeConfiguration<ProposalDecision>
{
    public void Configure(EntityTypeBuilder<ProposalDecision> builder)
    {
        builder.ToTable("ProposalDecisions");
        builder.ConfigureEntityBase();
        builder.Property(d => d.Reason).HasMaxLength(4000);
        builder.Property(d => d.DocumentNumber).HasMaxLength(60);
        builder.Property(d => d.Signer).HasMaxLength(150);
        builder.HasOne<Officer>().WithMany().HasForeignKey(d => d.DecidedByOfficerId).OnDelete(DeleteBehavior.Restrict);
        // The decisions of a kind taken in a period (compliance flags): one index range, the proposal ids covered.
        builder.HasIndex(d => new { d.Kind, d.CreatedAtUtc, d.ProposalId });
    }
}

internal sealed class ProposalVoteConfiguration : IEntityTypeConfiguration<ProposalVote>
{
    public void Configure(EntityTypeBuilder<ProposalVote> builder)
    {
        builder.ToTable("ProposalVotes");
        builder.ConfigureEntityBase();
        builder.HasOne<Officer>().WithMany().HasForeignKey(v => v.OfficerId).OnDelete(DeleteBehavior.Restrict);
        // The votes of a stage cast in a period (vote-without-Party-opinion flag): one index range.
        builder.HasIndex(v => new { v.Stage, v.CreatedAtUtc, v.ProposalId });
    }
}

/// <summary>A member's own position before the meeting: one per member and vote of a proposal.</summary>
internal sealed class VotePositionConfiguration : IEntityTypeConfiguration<VotePosition>
{
    public void Configure(EntityTypeBuilder<VotePosition> builder)
    {
        builder.ToTable("ProposalVotePositions");
        builder.ConfigureEntityBase();
        builder.Property(v => v.Note).HasMaxLength(VotePosition.NoteMaxLength);
        builder.HasIndex(v => new { v.ProposalId, v.Stage, v.OfficerId }).IsUnique();
        builder.HasOne<Officer>().WithMany().HasForeignKey(v => v.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> builder)
    {
        builder.ToTable("ReceiptCounters");
        builder.ConfigureEntityBase();
        builder.HasIndex(c => new { c.UnitId, c.Year }).IsUnique();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalFieldConfiguration : IEntityTypeConfiguration<ProposalField>
{
    public void Configure(EntityTypeBuilder<ProposalField> builder)
    {
        builder.ToTable("ProposalFields");
        builder.ConfigureEntityBase();
        builder.Property(f => f.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(f => f.Name).IsUnique();
        builder.HasData(ProposalField.Seed);
    }
}

internal sealed class InnovationKindConfiguration : IEntityTypeConfiguration<InnovationKind>
{
    public void Configure(EntityTypeBuilder<InnovationKind> builder)
    {
        builder.ToTable("InnovationKinds");
        builder.ConfigureEntityBase();
        builder.Property(k => k.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasData(InnovationKind.Seed);
    }
}
