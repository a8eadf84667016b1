using Decree73.Domain.Common;

namespace Decree73.Domain.Protection;

public static class ProtectionErrors
{
    public static readonly DomainError NotEvaluated = new("Protection.NotEvaluated");
    public static readonly DomainError ConditionsNotRecorded = new("Protection.ConditionsNotRecorded");
    public static readonly DomainError FindingsNotMet = new("Protection.FindingsNotMet", "Type");
    public static readonly DomainError TypeNotAllowed = new("Protection.TypeNotAllowed", "Type");
    public static readonly DomainError DamageDescriptionRequired = new("Protection.DamageDescriptionRequired", "DamageDescription");
    public static readonly DomainError NotConcerned = new("Protection.NotConcerned", "OfficerId");
    public static readonly DomainError Duplicate = new("Protection.Duplicate", "OfficerId");
    public static readonly DomainError NotTheDecider = new("Protection.NotTheDecider");
}
