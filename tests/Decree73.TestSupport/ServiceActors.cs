using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.TestSupport;

/// <summary>Service calls made as a given user, the submitted proposal most service tests start from, and workflow steps on it.</summary>
public static class ServiceActors
{
    /// <summary>
    /// Runs <paramref name="action"/> on <typeparamref name="TService"/> as <paramref name="userId"/> (null: no one signed in),
    /// in a new scope as a request would. With a typed lambda both types are inferred: <c>host.As(user, (ProposalService s) => …)</c>.
    /// </summary>
    public static Task<T> As<T, TService>(this ServiceHost host, string? userId, Func<TService, Task<T>> action) where TService : notnull
    {
        host.CurrentUser.UserId = userId;
        return host.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));
    }

    /// <summary>
    /// A proposal of <paramref name="proposer"/> saved as a draft with <paramref name="plan"/> and submitted (version 1);
    /// asserts the submission succeeded and returns the proposal's id.
    /// </summary>
    public static async Task<int> SubmittedAsync(this ServiceHost host, string proposer, ProposalInput plan)
    {
        var draft = await host.As<OperationResult<int>, ProposalService>(proposer, s => s.CreateDraftAsync(plan));
        Assert.True(draft.Succeeded, string.Join("; ", draft.Errors.Select(e => e.Message)));
        var submitted = await host.As<OperationResult, ProposalService>(proposer, s => s.SubmitAsync(draft.Value, plan, 1));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
        return draft.Value;
    }

    /// <summary>One workflow step as <paramref name="userId"/> at the proposal's current version, returning the result.</summary>
    public static async Task<OperationResult> TryStepAsync(
        this ServiceHost host, string userId, int id, Func<ProposalWorkflowService, int, Task<OperationResult>> step)
    {
        var version = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        return await host.As<OperationResult, ProposalWorkflowService>(userId, w => step(w, version));
    }

    /// <summary>One workflow step as <paramref name="userId"/> at the proposal's current version; asserts it succeeded.</summary>
    public static async Task StepAsync(this ServiceHost host, string userId, int id, Func<ProposalWorkflowService, int, Task<OperationResult>> step)
    {
        var result = await host.TryStepAsync(userId, id, step);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
