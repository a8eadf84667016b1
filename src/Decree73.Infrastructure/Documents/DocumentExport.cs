using Decree73.Application.Documents;
using Decree73.Infrastructure.Documents.Docx;
using Decree73.Infrastructure.Documents.Xlsx;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Infrastructure.Documents;

public static class DocumentExport
{
    /// <summary>The .docx, .xlsx and .csv writers; they hold no state, so one instance each serves every request.</summary>
    public static IServiceCollection AddDocumentExport(this IServiceCollection services)
    {
        services.AddSingleton<IOfficialDocumentWriter, OfficialDocumentWriter>();
        services.AddSingleton<ISpreadsheetWriter, SpreadsheetWriter>();
        services.AddSingleton<ITabularExportWriter, TabularExportWriter>();
        return services;
    }
}
