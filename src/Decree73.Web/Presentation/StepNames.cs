using Decree73.Domain.Proposals;

namespace Decree73.Web.Presentation;

/// <summary>The step's name for people (<see cref="Application.Notifications.StepNames"/>); a state nobody holds falls back to the state's name.</summary>
public static class StepNames
{
    public static string Of(ProposalState state) => Application.Notifications.StepNames.Of(state) ?? EnumText.Of(state);
}
