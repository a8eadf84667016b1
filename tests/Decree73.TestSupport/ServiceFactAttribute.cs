using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Decree73.TestSupport;

/// <summary>
/// A fact that is skipped when the service its class needs ([RequiresPostgres], [RequiresChromium],
/// [RequiresLibreOffice]) is missing,
/// except under CI=true, where it runs and fails. Lets one abstract test class run per provider.
/// </summary>
[XunitTestCaseDiscoverer("Decree73.TestSupport.ServiceFactDiscoverer", "Decree73.TestSupport")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceFactAttribute : FactAttribute;

public sealed class ServiceFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new ServiceTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

public sealed class ServiceTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ServiceTestCase()
    {
    }

    public ServiceTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    // Computed from the test class (not stored), so it is right after the runner serializes the test case too.
    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        SkipReasonFor(TestMethod.TestClass.Class) ?? base.GetSkipReason(factAttribute);

    internal static string? SkipReasonFor(ITypeInfo testClass)
    {
        if (testClass.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any() && TestEnvironment.PostgresSkipReason is { } postgres)
        {
            return postgres;
        }

        if (testClass.GetCustomAttributes(typeof(RequiresChromiumAttribute)).Any() && TestEnvironment.ChromiumSkipReason is { } chromium)
        {
            return chromium;
        }

        return testClass.GetCustomAttributes(typeof(RequiresLibreOfficeAttribute)).Any() ? TestEnvironment.LibreOfficeSkipReason : null;
    }
}
