using System.Text;

namespace Decree73.Web.Hosting;

/// <summary>
/// Names the app instance that answered, in the <c>X-Decree73-Instance</c> header of every response, so that an
/// operator (and tests/scale-out.sh) can tell which of several instances behind the reverse proxy served a request.
/// The value is <c>Instance:Id</c>, by default the machine name, the process id and a random suffix: no secret, no user data. Where the
/// host name itself should not be public, set <c>Instance:Id</c> to a neutral label such as <c>app1</c>
/// (docs/deployment.md).
/// </summary>
public static class InstanceHeader
{
    public const string HeaderName = "X-Decree73-Instance";
    public const string Setting = "Instance:Id";

    public static IApplicationBuilder UseInstanceHeader(this WebApplication app)
    {
        // The same id as the lease owner of the reminder pass (InstanceIdentity), so the header and the lease agree.
        var id = InstanceId(app.Services.GetRequiredService<Decree73.Infrastructure.ScaleOut.InstanceIdentity>().Id);
        return app.Use((context, next) =>
        {
            // On starting, so that the error page and the status-code pages (which clear the headers) carry it too.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = id;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The configured id, or machine name and process id; reduced to visible ASCII so it is a valid header value.</summary>
    public static string InstanceId(string? configured)
    {
        var raw = string.IsNullOrWhiteSpace(configured) ? $"{Environment.MachineName}-{Environment.ProcessId}" : configured.Trim();
        var id = new StringBuilder(raw.Length);
        foreach (var c in raw.Where(c => c is > ' ' and < '\u007f'))
        {
            id.Append(c);
        }

        return id.Length == 0 ? Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) : id.ToString(0, Math.Min(id.Length, 100));
    }
}
