using Decree73.Application.Attachments;
using Decree73.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Hosting;

/// <summary>How a stored file (an attachment, a signed protection decision) is sent to the browser.</summary>
public static class FileDownloads
{
    /// <summary>
    /// A download only: the browser must neither guess another type nor render it inside the site, and no shared
    /// cache keeps it. Anything the service refused is "not found".
    /// </summary>
    public static IActionResult DownloadOrNotFound(this PageModel page, OperationResult<AttachmentDownload> result)
    {
        if (!result.Succeeded)
        {
            return page.NotFound();
        }

        var file = result.Value!;
        page.Response.Headers.XContentTypeOptions = "nosniff";
        page.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        page.Response.Headers.CacheControl = "private, no-store";
        return page.File(file.Content, file.ContentType, file.FileName);
    }
}
