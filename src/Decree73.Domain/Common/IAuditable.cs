namespace Decree73.Domain.Common;

/// <summary>Stamped by the auditing interceptor on every save; never set by hand.</summary>
public interface IAuditable
{
    DateTime CreatedAtUtc { get; set; }
    string? CreatedBy { get; set; }
    DateTime? ModifiedAtUtc { get; set; }
    string? ModifiedBy { get; set; }
}
