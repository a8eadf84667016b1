namespace Decree73.Application.Common;

public enum OperationStatus
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>An error shown next to a form field; an empty <see cref="Field"/> is shown at the top of the form.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The outcome of a service command. Expected failures are values, not exceptions.</summary>
public class OperationResult
{
    protected OperationResult(OperationStatus status, IReadOnlyList<FieldError> errors)
    {
        Status = status;
        Errors = errors;
    }

    public OperationStatus Status { get; }
    public IReadOnlyList<FieldError> Errors { get; }
    public bool Succeeded => Status == OperationStatus.Ok;

    public static OperationResult Ok() => new(OperationStatus.Ok, []);
    public static OperationResult Invalid(IReadOnlyList<FieldError> errors) => new(OperationStatus.Invalid, errors);
    public static OperationResult Invalid(string field, string message) => Invalid([new FieldError(field, message)]);
    public static OperationResult NotFound() => new(OperationStatus.NotFound, []);
    public static OperationResult Forbidden() => new(OperationStatus.Forbidden, []);
    public static OperationResult Conflict() =>
        new(OperationStatus.Conflict, [new FieldError("", Resources.ValidationMessages.Concurrency_Conflict)]);
}

public sealed class OperationResult<T> : OperationResult
{
    private OperationResult(T value) : base(OperationStatus.Ok, []) => Value = value;

    private OperationResult(OperationResult failure) : base(failure.Status, failure.Errors) { }

    public T? Value { get; }

    public static OperationResult<T> Ok(T value) => new(value);
    public static OperationResult<T> From(OperationResult failure) =>
        failure.Succeeded ? throw new ArgumentException("Not a failure.", nameof(failure)) : new(failure);
}
