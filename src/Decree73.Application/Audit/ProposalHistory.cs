using System.Globalization;
using System.Text.Json;
using Decree73.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Audit;

/// <summary>
/// A proposal's audit trail as readable lines: who by name, when, what, and each changed value before and after.
/// The caller has already checked that the user may read the proposal.
/// </summary>
public sealed class ProposalHistory(IAppDbContext db)
{
    /// <summary>A proposal's audit trail in sequence.</summary>
    internal static IQueryable<Domain.Audit.AuditEntry> Entries(IAppDbContext db, int proposalId) =>
        db.AuditEntries.AsNoTracking().Where(a => a.ProposalId == proposalId).OrderBy(a => a.Sequence);

    internal static IQueryable<Domain.People.Officer> Officers(IAppDbContext db, IReadOnlyList<int> ids) =>
        db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id));

    /// <summary>The number of events on one page of the proposal page's history.</summary>
    public const int PageSize = 20;

    /// <summary>
    /// A page of a proposal's trail, newest first, older than <paramref name="beforeSequence"/> when given (keyset
    /// paging on the unique index (ProposalId, Sequence): no offset, the page is read straight from the index).
    /// </summary>
    public static IQueryable<Domain.Audit.AuditEntry> NewestBefore(IAppDbContext db, int proposalId, int? beforeSequence)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.ProposalId == proposalId);
        if (beforeSequence is { } before)
        {
            entries = entries.Where(a => a.Sequence < before);
        }

        return entries.OrderByDescending(a => a.Sequence).Take(PageSize + 1);
    }

    /// <summary>
    /// The newest <see cref="PageSize"/> events older than <paramref name="beforeSequence"/> (all when null), and the
    /// cursor of the next older page (null when there is none).
    /// </summary>
    public async Task<HistoryPage> PageAsync(int proposalId, int? beforeSequence, CancellationToken ct = default)
    {
        var entries = await NewestBefore(db, proposalId, beforeSequence).ToListAsync(ct);
        var more = entries.Count > PageSize;
        if (more)
        {
            entries.RemoveAt(PageSize);
        }

        return new HistoryPage(await DescribeAsync(entries, ct), more ? entries[^1].Sequence : null, beforeSequence is not null);
    }

    public async Task<IReadOnlyList<HistoryItem>> OfAsync(int proposalId, CancellationToken ct = default) =>
        await DescribeAsync(await Entries(db, proposalId).ToListAsync(ct), ct);

    private async Task<IReadOnlyList<HistoryItem>> DescribeAsync(List<Domain.Audit.AuditEntry> entries, CancellationToken ct)
    {
        var changes = entries.ToDictionary(e => e.Id, e => Changes(e.Before, e.After));

        // Officers appear as the actor and as values ("OfficerId" of a vote, "DecidedByOfficerId" of a decision).
        var officerIds = entries.Where(e => e.OfficerId is not null).Select(e => e.OfficerId!.Value)
            .Concat(changes.Values.SelectMany(c => c).Where(IsOfficerField).SelectMany(c => new[] { c.Before, c.After }).Select(ParseId).OfType<int>())
            .Distinct().ToList();
        var names = await Officers(db, officerIds).ToDictionaryAsync(o => o.Id, o => o.FullName, ct);

        // Other ids a person knows by name: the field and kind of the proposal, and units.
        var referenced = changes.Values.SelectMany(c => c).Where(c => ReferenceFields.Contains(c.Field))
            .SelectMany(c => new[] { (c.Field, c.Before), (c.Field, c.After) })
            .Select(x => (x.Field, Id: ParseId(x.Item2))).Where(x => x.Id is not null).Select(x => (x.Field, Id: x.Id!.Value)).Distinct().ToList();
        var fieldIds = referenced.Where(r => r.Field == "FieldId").Select(r => r.Id).ToList();
        var kindIds = referenced.Where(r => r.Field == "KindId").Select(r => r.Id).ToList();
        var unitIds = referenced.Where(r => r.Field.EndsWith("UnitId", StringComparison.Ordinal)).Select(r => r.Id).ToList();
        var fields = await db.ProposalFields.AsNoTracking().Where(f => fieldIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var kinds = await db.InnovationKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        string? Name(string? id) => ParseId(id) is { } officerId && names.TryGetValue(officerId, out var name) ? name : id;

        string? Reference(string field, string? id)
        {
            var lookup = field switch { "FieldId" => fields, "KindId" => kinds, _ => units };
            return ParseId(id) is { } key && lookup.TryGetValue(key, out var name) ? name : id;
        }

        AuditChange Named(AuditChange c) =>
            IsOfficerField(c) ? c with { Before = Name(c.Before), After = Name(c.After) }
            : ReferenceFields.Contains(c.Field) ? c with { Before = Reference(c.Field, c.Before), After = Reference(c.Field, c.After) }
            : c;

        return entries.Select(e => new HistoryItem(
                e.Sequence,
                e.OccurredAtUtc,
                e.OfficerId is { } by && names.TryGetValue(by, out var byName) ? byName : null,
                BySystem: e.UserId is null,
                e.Action,
                e.Entity,
                changes[e.Id].Select(Named).ToList()))
            .ToList();
    }

    private static readonly HashSet<string> ReferenceFields = new(StringComparer.Ordinal) { "FieldId", "KindId", "UnitId", "DecidingUnitId", "AddresseeUnitId" };

    private static bool IsOfficerField(AuditChange change) =>
        change.Field.EndsWith("OfficerId", StringComparison.Ordinal) || change.Field == "ProposerId";

    private static int? ParseId(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static IReadOnlyList<AuditChange> Changes(string? before, string? after)
    {
        var old = Values(before);
        var now = Values(after);
        return old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(field => new AuditChange(field, old.GetValueOrDefault(field), now.GetValueOrDefault(field)))
            .ToList();
    }

    private static Dictionary<string, string?> Values(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            });
    }
}

/// <summary>One page of a proposal's history, newest first: <paramref name="OlderThan"/> is the cursor of the next older page.</summary>
public sealed record HistoryPage(IReadOnlyList<HistoryItem> Items, int? OlderThan, bool IsOlderPage);
