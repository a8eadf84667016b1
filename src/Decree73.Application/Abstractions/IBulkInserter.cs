using Decree73.Domain.Common;

namespace Decree73.Application.Abstractions;

/// <summary>
/// Inserts many new rows of one simple entity type (no owned types) in a few multi-row statements instead of one
/// statement per row, stamped as <c>SaveChanges</c> would stamp them (created when and by whom, version 1). The rows are
/// not tracked and get no generated key back. All rows are inserted in one transaction (the caller's, if one is open):
/// a duplicate key fails the call with the provider's <see cref="System.Data.Common.DbException"/> and inserts none.
/// </summary>
public interface IBulkInserter
{
    Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct = default) where T : Entity;
}
