using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Application.Common;

/// <summary>
/// Marks a service scope whose database work is reads only and may lag a little behind the primary: its DbContext
/// then connects with Database:ReadOnlyConnectionString when one is configured (a PostgreSQL streaming replica, a
/// SQL Server readable secondary). The compliance review's computations run in such scopes (<see cref="SingleFlightCache"/>,
/// <see cref="ParallelReads"/>), made by <see cref="CreateReadScope"/>.
/// </summary>
public sealed class ReadIntent
{
    public bool ReplicaAllowed { get; set; }

    /// <summary>A new scope for reads only: its context may use the read-only replica when one is configured.</summary>
    public static AsyncServiceScope CreateReadScope(IServiceScopeFactory scopes)
    {
        var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<ReadIntent>() is { } intent)
        {
            intent.ReplicaAllowed = true;
        }

        return scope;
    }
}
