namespace Decree73.Domain.Common;

/// <summary>
/// A typed, expected failure. <see cref="Code"/> is stable and is turned into a Vietnamese message by the
/// application layer's resources; <see cref="Field"/> names the input it belongs to, when there is one.
/// </summary>
public sealed record DomainError(string Code, string? Field = null);

public readonly record struct Result
{
    private Result(DomainError? error) => Error = error;

    public DomainError? Error { get; }
    public bool IsSuccess => Error is null;

    public static Result Success() => new(null);
    public static Result Failure(DomainError error) => new(error);

    public static implicit operator Result(DomainError error) => Failure(error);
}
