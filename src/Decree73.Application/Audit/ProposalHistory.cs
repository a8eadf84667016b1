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
    public async Task<IReadOnlyList<HistoryItem>> OfAsync(int proposalId, CancellationToken ct = default)
    {
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.ProposalId == proposalId).OrderBy(a => a.Sequence).ToListAsync(ct);
        var changes = entries.ToDictionary(e => e.Id, e => Changes(e.Before, e.After));

        // Officers appear as the actor and as values ("OfficerId" of a vote, "DecidedByOfficerId" of a decision).
        var officerIds = entries.Where(e => e.OfficerId is not null).Select(e => e.OfficerId!.Value)
            .Concat(changes.Values.SelectMany(c => c).Where(IsOfficerField).SelectMany(c => new[] { c.Before, c.After }).Select(ParseId).OfType<int>())
            .Distinct().ToList();
        var names = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.FullName, ct);

        string? Name(string? id) => ParseId(id) is { } officerId && names.TryGetValue(officerId, out var name) ? name : id;

        return entries.Select(e => new HistoryItem(
                e.Sequence,
                e.OccurredAtUtc,
                e.OfficerId is { } by && names.TryGetValue(by, out var byName) ? byName : null,
                BySystem: e.UserId is null,
                e.Action,
                e.Entity,
                changes[e.Id].Select(c => IsOfficerField(c) ? c with { Before = Name(c.Before), After = Name(c.After) } : c).ToList()))
            .ToList();
    }

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
