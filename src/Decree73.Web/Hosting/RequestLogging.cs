using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using Serilog.AspNetCore;

namespace Decree73.Web.Hosting;

/// <summary>
/// One Serilog line per request: method, route template, status, elapsed, user id and trace id. The raw path, the
/// query string, headers and form bodies are never logged (they can carry personal data).
/// </summary>
public static class RequestLogging
{
    public const string MessageTemplate =
        "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0} ms";

    public static IApplicationBuilder UseDecree73RequestLogging(this IApplicationBuilder app, Serilog.ILogger logger) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = logger;
            o.MessageTemplate = MessageTemplate;
            o.IncludeQueryInRequestPath = false;
            o.EnrichDiagnosticContext = Enrich;
        });

    /// <summary>
    /// The trace id shown on the error page. Serilog records the current activity's trace id on every event, and the
    /// output templates write it ({TraceId}) at the end of each line.
    /// </summary>
    public static string TraceId(HttpContext context) =>
        Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;

    private static void Enrich(IDiagnosticContext diagnostic, HttpContext context)
    {
        // The endpoint's route pattern ("Proposals/Details/{id:int}"), not the path with its values; unmatched paths
        // (static files, 404s) are logged as "(none)".
        // A failed request re-executed as /Error or /StatusCode/{0} is logged under the endpoint it was sent to.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint
                       ?? context.Features.Get<IStatusCodeReExecuteFeature>()?.Endpoint
                       ?? context.GetEndpoint();
        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        diagnostic.Set("RouteTemplate", string.IsNullOrEmpty(pattern) ? "(none)" : "/" + pattern.TrimStart('/'));
        diagnostic.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier));
    }
}
