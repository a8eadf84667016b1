using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Decree73.Web.Security;

/// <summary>
/// A client's mistake is a 400 with a message, never a 500 (ASVS V16/V1.2): a request naming a handler the page
/// does not have (the page would render without its data), and a check box or flag whose value is not a boolean
/// (the check box would fail to render it again).
/// </summary>
public static class MalformedRequests
{
    private const string BadBooleanItem = "Decree73.BadBoolean";
    private const string AntiforgeryFailedItem = "Decree73.AntiforgeryFailed";

    /// <summary>True when this request was refused for a missing or invalid antiforgery token (the 400 page says so).</summary>
    public static bool AntiforgeryFailed(HttpContext context) => context.Items.ContainsKey(AntiforgeryFailedItem);

    public static IServiceCollection AddMalformedRequestHandling(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o =>
        {
            o.ModelBinderProviders.Insert(0, new StrictBooleanBinderProvider());
            o.Filters.Add(new RejectMalformedRequestFilter());
            o.Filters.Add(new AntiforgeryFailureFilter());
        });

    /// <summary>
    /// A post whose antiforgery token is missing or no longer valid (a form left open across a sign-out or a restart
    /// with new keys, or a forged cross-site post) stays a 400 without effect, but its page says what happened and that
    /// nothing was saved, instead of the generic "invalid request"; a security event is logged (no form data).
    /// </summary>
    private sealed class AntiforgeryFailureFilter : IAlwaysRunResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            if (context.Result is Microsoft.AspNetCore.Mvc.Core.Infrastructure.IAntiforgeryValidationFailedResult)
            {
                context.HttpContext.Items[AntiforgeryFailedItem] = true;
                context.HttpContext.RequestServices.GetRequiredService<ILogger<RejectMalformedRequestFilterLog>>()
                    .LogWarning("Security: antiforgery validation failed on {Method} {Path} from {ClientIp}",
                        context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value,
                        context.HttpContext.Connection.RemoteIpAddress?.ToString());
            }
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }

    private sealed class StrictBooleanBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool) ? new StrictBooleanBinder() : null;
    }

    /// <summary>Accepts what a check box or a hidden field sends ("true", "false", "on", and "true,false" from the helper pair).</summary>
    private sealed class StrictBooleanBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var first = result.FirstValue?.Trim() ?? "";
            if (first.Length == 0 && bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                // An unanswered choice (a vote not cast) stays null.
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
                bindingContext.Result = ModelBindingResult.Success(null);
                return Task.CompletedTask;
            }

            bool? value = first.ToUpperInvariant() switch
            {
                "TRUE" or "ON" => true,
                "FALSE" or "" => false,
                _ => null,
            };
            if (value is null)
            {
                bindingContext.HttpContext.Items[BadBooleanItem] = true;
                // Shown again as unchecked: the raw value cannot be rendered by a check box.
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, false, "false");
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Resources.UiText.BadRequest_Text);
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(value.Value);
            return Task.CompletedTask;
        }
    }

    private sealed class RejectMalformedRequestFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var request = context.HttpContext.Request;
            var (formHandler, badForm) = await FormHandlerAsync(context.HttpContext);
            var named = context.RouteData.Values["handler"] as string ?? request.Query["handler"].FirstOrDefault() ?? formHandler;
            // Razor Pages falls back to the unnamed handler (or to none) when the name matches nothing.
            var unknownHandler = context.ActionDescriptor.HandlerMethods.Count > 0
                && (!string.IsNullOrEmpty(named)
                    ? !string.Equals(context.HandlerMethod?.Name, named, StringComparison.OrdinalIgnoreCase)
                    : context.HandlerMethod is null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method));
            var badBoolean = context.HttpContext.Items.Remove(BadBooleanItem);
            if (unknownHandler || badBoolean || badForm)
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<RejectMalformedRequestFilterLog>>();
                // A client's mistake: Information, not Error.
                logger.LogInformation("Malformed request to {Page}: unknown handler {Unknown}, bad boolean {BadBoolean}, unreadable form {BadForm}",
                    context.ActionDescriptor.ViewEnginePath, unknownHandler, badBoolean, badForm);
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }

            await next();
        }

        /// <summary>
        /// The form's handler field; a form that cannot be decoded (a NUL or other invalid character in a value) is a
        /// client's mistake. Not read again when the error or status page is re-executed for this same request.
        /// </summary>
        private static async Task<(string? Handler, bool BadForm)> FormHandlerAsync(HttpContext http)
        {
            if (!http.Request.HasFormContentType
                || http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
                || http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null)
            {
                return (null, false);
            }

            try
            {
                return ((await http.Request.ReadFormAsync()).TryGetValue("handler", out var h) ? h.FirstOrDefault() : null, false);
            }
            catch (InvalidDataException)
            {
                return (null, true);
            }
        }
    }

    /// <summary>Log category for malformed requests.</summary>
    public sealed class RejectMalformedRequestFilterLog;
}
