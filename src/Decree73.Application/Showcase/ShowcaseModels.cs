namespace Decree73.Application.Showcase;

/// <summary>
/// A published model as every signed-in user of the province sees it: the proposal's title, field and kind, the
/// proposer's name and unit, and what the head wrote. Nothing else about the people or the internal steps.
/// </summary>
public sealed record ShowcaseItem(
    int Id, int ProposalId, string Title, string ProposerName, string ProposerUnitName, string DecidingUnitName,
    string? FieldName, string? KindName, string Summary, string Results, string? Indicators, DateOnly? EvaluatedOn, DateTime PublishedAtUtc);

/// <summary>
/// The publish form of one proposal for the head of its deciding agency. <see cref="Input"/> is the existing entry,
/// or a draft prefilled from the proposal (purpose and content, completion report, expected results).
/// </summary>
public sealed record ShowcaseForm(
    int ProposalId, string Title, bool IsDecidingHead, bool CanPublish, int? EntryId, bool Published, int Version, ShowcaseInput Input);
