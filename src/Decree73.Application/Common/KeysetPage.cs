namespace Decree73.Application.Common;

/// <summary>One page of a keyset-paginated list. <see cref="NextAfter"/> is the opaque cursor for the next page.</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextAfter);
