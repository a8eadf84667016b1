using Decree73.Infrastructure.Persistence;

namespace Decree73.Web.Hosting;

/// <summary>
/// The status of an unhandled exception's answer: a database that cannot be reached is 503 (with Retry-After, so a
/// balancer or a user tries again), a full disk 507, a simultaneous change 409; anything else stays a 500. The error
/// page words each one (Pages/Error.cshtml).
/// </summary>
public static class ExceptionStatus
{
    public static int For(Exception exception) => exception is InvalidDataException ? StatusCodes.Status400BadRequest : StorageFailures.Classify(exception) switch
    {
        StorageFailure.DatabaseUnavailable => StatusCodes.Status503ServiceUnavailable,
        StorageFailure.StorageFull => StatusCodes.Status507InsufficientStorage,
        StorageFailure.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IApplicationBuilder UseDecree73ExceptionHandler(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = For,
        }).Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
                {
                    context.Response.Headers.RetryAfter = "30";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}
