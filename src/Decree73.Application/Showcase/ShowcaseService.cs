using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Domain.Proposals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Showcase;

/// <summary>
/// Exemplary models (nhân rộng điển hình tiên tiến): the head of the deciding agency publishes a proposal evaluated
/// completed, or withdraws it; every signed-in user of the same province (same root of the unit tree) reads it.
/// A proposal the user may not read, or an entry of another province, is "not found".
/// </summary>
public sealed class ShowcaseService(
    IAppDbContext db,
    ICurrentUser currentUser,
    UserAccess access,
    ProposalAccess proposalAccess,
    IValidator<ShowcaseInput> validator,
    TimeProvider time,
    ILogger<ShowcaseService> logger)
{
    public async Task<ShowcaseForm?> FormAsync(int proposalId, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !await proposalAccess.CanReadAsync(proposal, ct))
        {
            return null;
        }

        var entry = await db.ShowcaseEntries.AsNoTracking().FirstOrDefaultAsync(s => s.ProposalId == proposalId, ct);
        var input = entry is not null
            ? new ShowcaseInput { Summary = entry.Summary, Results = entry.Results, Indicators = entry.Indicators }
            : new ShowcaseInput
            {
                Summary = Join(proposal.Plan.Purpose, proposal.Plan.Content),
                Results = proposal.CompletionReport,
                Indicators = proposal.Plan.ExpectedResults,
            };
        return new ShowcaseForm(
            proposal.Id, proposal.Title, await IsDecidingHeadAsync(proposal, ct), ShowcaseEntry.CanPublish(proposal).IsSuccess,
            entry?.Id, entry is { WithdrawnAtUtc: null }, entry?.Version ?? 0, input);
    }

    /// <summary>Publishes (or republishes, or corrects) the entry; <paramref name="expectedVersion"/> is 0 when there is none yet.</summary>
    public async Task<OperationResult<int>> PublishAsync(int proposalId, ShowcaseInput input, int expectedVersion, CancellationToken ct = default)
    {
        var (proposal, refusal) = await LoadForHeadAsync(proposalId, ct);
        if (proposal is null)
        {
            return OperationResult<int>.From(refusal!);
        }

        if (ShowcaseEntry.CanPublish(proposal).Error is { } notCompleted)
        {
            return OperationResult<int>.From(notCompleted.ToResult());
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return OperationResult<int>.From(validation.ToResult());
        }

        var me = (await proposalAccess.CurrentOfficerIdAsync(ct))!.Value;
        var entry = await db.ShowcaseEntries.FirstOrDefaultAsync(s => s.ProposalId == proposalId, ct);
        var isNew = entry is null;
        if (entry is null)
        {
            if (expectedVersion != 0)
            {
                return OperationResult<int>.From(OperationResult.Conflict());
            }

            entry = new ShowcaseEntry(proposalId, me, time.GetUtcNow().UtcDateTime);
            db.ShowcaseEntries.Add(entry);
        }

        entry.Summary = input.Summary!.Trim();
        entry.Results = input.Results!.Trim();
        entry.Indicators = string.IsNullOrWhiteSpace(input.Indicators) ? null : input.Indicators.Trim();
        entry.WithdrawnAtUtc = null;
        OperationResult saved;
        if (isNew)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                saved = OperationResult.Ok();
            }
            catch (DbUpdateException)
            {
                saved = OperationResult.Conflict(); // published by someone else in between (unique per proposal)
            }
        }
        else
        {
            saved = await db.SaveVersionedAsync(entry, expectedVersion, ct);
        }

        if (!saved.Succeeded)
        {
            return OperationResult<int>.From(saved);
        }

        logger.LogInformation("Showcase entry {EntryId} of proposal {ProposalId} published by officer {OfficerId}", entry.Id, proposalId, me);
        return OperationResult<int>.Ok(entry.Id);
    }

    public async Task<OperationResult> WithdrawAsync(int proposalId, int expectedVersion, CancellationToken ct = default)
    {
        var (proposal, refusal) = await LoadForHeadAsync(proposalId, ct);
        if (proposal is null)
        {
            return refusal!;
        }

        var entry = await db.ShowcaseEntries.FirstOrDefaultAsync(s => s.ProposalId == proposalId, ct);
        if (entry is not { WithdrawnAtUtc: null })
        {
            return OperationResult.Invalid("", ValidationMessages.Showcase_NotPublished);
        }

        entry.WithdrawnAtUtc = time.GetUtcNow().UtcDateTime;
        var saved = await db.SaveVersionedAsync(entry, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Showcase entry {EntryId} of proposal {ProposalId} withdrawn", entry.Id, proposalId);
        }

        return saved;
    }

    /// <summary>The published models of the user's province, newest first (keyset on the id).</summary>
    public async Task<KeysetPage<ShowcaseItem>> ListAsync(string? after, int pageSize, CancellationToken ct = default)
    {
        var query = await VisibleAsync(ct);
        if (KeysetCursor.TryDecode(after, out _, out var afterId))
        {
            query = query.Where(s => s.Id < afterId);
        }

        var rows = await Project(query.OrderByDescending(s => s.Id).Take(pageSize + 1)).ToListAsync(ct);
        var page = rows.Take(pageSize).ToList();
        return new KeysetPage<ShowcaseItem>(page, rows.Count > pageSize ? KeysetCursor.Encode("", page[^1].Id) : null);
    }

    public async Task<ShowcaseItem?> GetAsync(int id, CancellationToken ct = default) =>
        await Project((await VisibleAsync(ct)).Where(s => s.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>The roots ("/1/") of the province trees the user belongs to: through their officer's unit and their grants.</summary>
    private async Task<IReadOnlyList<string>> ProvinceRootsAsync(CancellationToken ct)
    {
        var paths = (await access.GrantsAsync(ct)).Select(g => g.ScopePath).ToList();
        if (currentUser.UserId is { } userId
            && await db.Officers.Where(o => o.UserId == userId).Select(o => o.Unit!.Path).FirstOrDefaultAsync(ct) is { } own)
        {
            paths.Add(own);
        }

        return paths.Where(p => p.Length > 1).Select(p => p[..(p.IndexOf('/', 1) + 1)]).Distinct().ToList();
    }

    private async Task<IQueryable<ShowcaseEntry>> VisibleAsync(CancellationToken ct)
    {
        return Visible(db, await ProvinceRootsAsync(ct));
    }

    /// <summary>The published (not withdrawn) entries of proposals decided in the provinces under <paramref name="roots"/>.</summary>
    internal static IQueryable<ShowcaseEntry> Visible(IAppDbContext db, IReadOnlyList<string> roots)
    {
        var provinceUnits = db.Units.WithinSubtrees(roots).Select(u => u.Id);
        return db.ShowcaseEntries.AsNoTracking().Where(s => s.WithdrawnAtUtc == null
            && db.Proposals.Any(p => p.Id == s.ProposalId && provinceUnits.Contains(p.DecidingUnitId)));
    }

    internal IQueryable<ShowcaseItem> Project(IQueryable<ShowcaseEntry> entries) =>
        from s in entries
        join p in db.Proposals on s.ProposalId equals p.Id
        select new ShowcaseItem(
            s.Id, p.Id, p.Title,
            db.Officers.Where(o => o.Id == p.ProposerId).Select(o => o.FullName).First(),
            db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First(),
            db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First(),
            db.ProposalFields.Where(f => f.Id == p.FieldId).Select(f => f.Name).FirstOrDefault(),
            db.InnovationKinds.Where(k => k.Id == p.KindId).Select(k => k.Name).FirstOrDefault(),
            s.Summary, s.Results, s.Indicators,
            db.ProposalDecisions.Where(d => d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult).Max(d => d.SignedOn),
            s.PublishedAtUtc);

    private async Task<(Proposal? Proposal, OperationResult? Refusal)> LoadForHeadAsync(int proposalId, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !await proposalAccess.CanReadAsync(proposal, ct))
        {
            return (null, OperationResult.NotFound());
        }

        return await IsDecidingHeadAsync(proposal, ct) && await proposalAccess.CurrentOfficerIdAsync(ct) is not null
            ? (proposal, null)
            : (null, OperationResult.Forbidden());
    }

    private async Task<bool> IsDecidingHeadAsync(Proposal proposal, CancellationToken ct) =>
        (await access.GrantsAsync(ct)).Any(g => g.Role == AppRole.UnitHead && g.UnitId == proposal.DecidingUnitId);

    private static string? Join(params string?[] parts) =>
        string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())) is { Length: > 0 } text ? text : null;
}
