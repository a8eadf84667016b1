using Decree73.Domain.People;

namespace Decree73.Application.Officers;

public sealed record OfficerListItem(
    int Id, string FullName, string? PostTitle, PostKind PostKind, CivilServiceCategory Category, string UnitName, bool HasAccount);

public sealed record OfficerFilter(int? UnitId = null, string? After = null, int PageSize = 50);

public sealed record OfficerOption(int Id, string FullName, string UnitName);
