using Decree73.Application.Documents;
using Decree73.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests.Documents;

/// <summary>The writers come from the application's own registrations (AddInfrastructure).</summary>
public sealed class DocumentExportRegistrationTests(SqliteServiceHost host) : IClassFixture<SqliteServiceHost>
{
    [Fact]
    public async Task The_application_services_provide_all_three_writers()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var docx = scope.ServiceProvider.GetRequiredService<IOfficialDocumentWriter>();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ISpreadsheetWriter>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ITabularExportWriter>());

        using var output = new MemoryStream();
        await docx.WriteDocxAsync(SampleReport.Create(), output, CancellationToken.None);

        output.Position = 0;
        using var word = WordprocessingDocument.Open(output, false);
        Assert.Contains(SampleReport.SignerName, word.MainDocumentPart!.Document.Body!.InnerText);
    }
}
