using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Decree73.TestSupport;

/// <summary>
/// A theory that is skipped, as one case, when the service its class needs is missing (see
/// <see cref="ServiceFactAttribute"/>); under CI=true it runs and fails instead.
/// </summary>
[XunitTestCaseDiscoverer("Decree73.TestSupport.ServiceTheoryDiscoverer", "Decree73.TestSupport")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceTheoryAttribute : TheoryAttribute;

public sealed class ServiceTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var missing = ServiceTestCase.SkipReasonFor(testMethod.TestClass.Class) is not null;

        // A ServiceTestCase works out the same skip reason when it runs, so the method is never called without its data.
        return missing
            ? [new ServiceTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
