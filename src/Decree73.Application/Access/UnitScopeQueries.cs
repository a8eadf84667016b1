using Decree73.Domain.Organisation;

namespace Decree73.Application.Access;

public static class UnitScopeQueries
{
    /// <summary>Keeps the units inside any of the given subtrees (a prefix match on the materialised path).</summary>
    public static IQueryable<OrganisationUnit> WithinSubtrees(this IQueryable<OrganisationUnit> units, IReadOnlyList<string> paths) =>
        paths.Count switch
        {
            0 => units.Where(_ => false),
            1 => units.Where(u => u.Path.StartsWith(paths[0])),
            _ => paths.Skip(1).Aggregate(
                units.Where(u => u.Path.StartsWith(paths[0])),
                (query, path) => query.Union(units.Where(u => u.Path.StartsWith(path)))),
        };
}
