using System.Reflection;
using Decree73.Application.Common;
using Decree73.Domain.Common;
using Decree73.Domain.Organisation;
using Xunit;

namespace Decree73.UnitTests;

public sealed class ErrorMessageTests
{
    public static TheoryData<string> DomainErrors()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(DomainError).Assembly.GetTypes().Where(t => t.Name.EndsWith("Errors", StringComparison.Ordinal)))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DomainError)))
            {
                data.Add(((DomainError)field.GetValue(null)!).Code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DomainErrors))]
    public void Every_domain_error_has_a_vietnamese_message(string code)
    {
        var message = ErrorMessages.For(new DomainError(code));

        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public void The_domain_error_list_is_not_empty()
    {
        Assert.Contains(DomainErrors(), (object[] row) => Equals(row[0], UnitErrors.ParentIsSelfOrDescendant.Code));
    }
}
