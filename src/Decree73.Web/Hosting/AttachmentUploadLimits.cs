using System.Globalization;
using System.Text.RegularExpressions;
using Decree73.Application.Attachments;
using Microsoft.AspNetCore.Http.Features;

namespace Decree73.Web.Hosting;

/// <summary>
/// The web server's body limits follow Attachments:MaxBytes, so that a file a little over the limit reaches the
/// service and gets its Vietnamese message; a request announcing a larger body is sent back to the upload form with
/// that message before anything is read, instead of failing with a bare 413.
/// </summary>
public static partial class AttachmentUploadLimits
{
    /// <summary>Room for the other form fields and the multipart framing around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public static WebApplicationBuilder AddAttachmentUploadLimits(this WebApplicationBuilder builder)
    {
        var limit = RequestLimit(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limit);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = limit);
        return builder;
    }

    public static IApplicationBuilder UseAttachmentUploadLimits(this IApplicationBuilder app)
    {
        var limit = RequestLimit(app.ApplicationServices.GetRequiredService<IConfiguration>());
        return app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.Request.ContentLength > limit
                && UploadPath().Match(context.Request.Path.Value ?? "") is { Success: true } match)
            {
                // Back to the form it came from: the proposal's files page, or the draft's writing page (issue 13).
                var page = match.Groups[1].Value.Equals("Edit", StringComparison.OrdinalIgnoreCase) ? "Edit" : "Attachments";
                var id = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.Response.Headers.Location = $"/Proposals/{page}/{id}?tooLarge=true";
                // The body is not read; tell the client not to keep sending it on this connection.
                context.Response.Headers.Connection = "close";
                return;
            }

            await next(context);
        });
    }

    private static long RequestLimit(IConfiguration configuration) =>
        (configuration.GetSection(AttachmentOptions.Section).Get<AttachmentOptions>() ?? new AttachmentOptions()).MaxBytes + FormOverheadBytes;

    [GeneratedRegex(@"^/Proposals/(Attachments|Edit)/(\d{1,9})/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UploadPath();
}
