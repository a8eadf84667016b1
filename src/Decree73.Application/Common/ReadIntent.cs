namespace Decree73.Application.Common;

/// <summary>
/// Marks a service scope whose database work is reads only and may lag a little behind the primary: its DbContext
/// then connects with Database:ReadOnlyConnectionString when one is configured (a PostgreSQL streaming replica, a
/// SQL Server readable secondary). The compliance review's computations run in such scopes (<see cref="SingleFlightCache"/>).
/// </summary>
public sealed class ReadIntent
{
    public bool ReplicaAllowed { get; set; }
}
