using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Decree73.TestSupport;

/// <summary>
/// A fact that is skipped when the service its class needs ([RequiresPostgres], [RequiresChromium]) is missing,
/// except under CI=true, where it runs and fails. Lets one abstract test class run per provider.
/// </summary>
[XunitTestCaseDiscoverer("Decree73.TestSupport.ServiceFactDiscoverer", "Decree73.TestSupport")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceFactAttribute : FactAttribute;

public sealed class ServiceFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var testClass = testMethod.TestClass.Class;
        string? skip = null;
        if (testClass.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any())
        {
            skip = TestEnvironment.PostgresSkipReason;
        }

        if (skip is null && testClass.GetCustomAttributes(typeof(RequiresChromiumAttribute)).Any())
        {
            skip = TestEnvironment.ChromiumSkipReason;
        }

        yield return new ServiceTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

public sealed class ServiceTestCase : XunitTestCase
{
    private string? skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ServiceTestCase()
    {
    }

    public ServiceTestCase(
        IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skipReason)
        : base(sink, display, options, method) => this.skipReason = skipReason;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => skipReason ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("ServiceSkipReason", skipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        base.Deserialize(data);
        skipReason = data.GetValue<string?>("ServiceSkipReason");
    }
}
