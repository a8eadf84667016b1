using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// Reads pages and submits their real forms, so the antiforgery token and every default field travel as a
/// browser would send them.
/// </summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>GETs <paramref name="url"/>, fills the form matched by <paramref name="formSelector"/>, and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string> values, string formSelector = "main form", string? button = null)
    {
        var document = await client.GetDocumentAsync(url);
        return await client.SubmitAsync(document, values, formSelector, button);
    }

    /// <summary>Posts the form as a click on <paramref name="button"/> (its formaction wins), or on the form's own action.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument document, IReadOnlyDictionary<string, string> values, string formSelector = "main form", string? button = null)
    {
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {document.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when box.IsChecked:
                    fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" }:
                    break;
                // A browser sends only the checked radio of a group.
                case IHtmlInputElement { Type: "radio" } radio when radio.IsChecked:
                    fields.Add(new(name, radio.Value));
                    break;
                case IHtmlInputElement { Type: "radio" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { IsMultiple: true } multiple:
                    // A browser sends one pair per selected option, and nothing when none is selected.
                    fields.AddRange(multiple.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        fields.AddRange(values);
        // A browser sends the clicked button's own name and value.
        if (button is not null && form.QuerySelector(button) is { } clicked && clicked.GetAttribute("name") is { Length: > 0 } buttonName)
        {
            fields.Add(new(buttonName, clicked.GetAttribute("value") ?? ""));
        }
        var origin = new Uri(document.BaseUrl!.Href).GetLeftPart(UriPartial.Authority);
        var formAction = button is null ? null : (form.QuerySelector(button) ?? throw new InvalidOperationException($"No button '{button}'")).GetAttribute("formaction");
        var action = formAction is { Length: > 0 } f ? origin + f
            : form.GetAttribute("action") is { Length: > 0 } a ? origin + a
            : document.Url;
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The message shown next to a field (the validation span for it).</summary>
    public static string FieldError(this IHtmlDocument document, string field) =>
        document.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    public static string Text(this IDocument document) => document.Body?.TextContent ?? "";
}
