using System.Globalization;
using Decree73.Application.Common;
using Decree73.Application.Documents;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Net.Http.Headers;

namespace Decree73.Web.Pages.Proposals;

/// <summary>The proposals this user may see; the service applies the visibility rule, so nothing else shows here.</summary>
public sealed class IndexModel(ProposalService proposals, ProposalAccess access, ITabularExportWriter exports, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProposalState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    /// <summary>Only the steps the signed-in officer holds.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    /// <summary>The steps a given officer holds (links from the compliance pages); still within what this user may see.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Responsible { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public KeysetPage<ProposalListItem> Results { get; private set; } = new([], null);
    public bool CanPropose { get; private set; }
    public IEnumerable<SelectListItem> UnitOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> FieldOptions { get; private set; } = [];

    public IEnumerable<SelectListItem> StateOptions =>
        EnumText.Options<ProposalState>().Select(o => { o.Selected = o.Value == State?.ToString(); return o; });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = await proposals.ListAsync(await FilterAsync(ct), ct);
        CanPropose = await proposals.ProposerContextAsync(ct) is not null;
        UnitOptions = Options(await proposals.FilterUnitsAsync(ct), Unit);
        FieldOptions = Options((await proposals.ReferenceListsAsync(ct)).Fields, Field);
    }

    /// <summary>
    /// "Xuất Excel" / "Xuất CSV": every row of the list with the same filters and visibility (not only this page),
    /// written to the response as the database streams it.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var (contentType, extension) = format switch
        {
            "xlsx" => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            "csv" => ("text/csv", ".csv"),
            _ => (null, null),
        };
        if (contentType is null)
        {
            return NotFound();
        }

        var rows = ProposalListExport.Rows(proposals.ExportAsync(await FilterAsync(ct) with { After = null }, ct));
        this.LogExported(logger, "proposal list", format!);
        Response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(ComplianceText.Export_FileName + extension);
        Response.Headers.ContentDisposition = disposition.ToString();
        if (extension == ".xlsx")
        {
            await exports.WriteXlsxAsync(ComplianceText.Export_Sheet, ProposalListExport.Columns, rows, Response.Body, ct);
        }
        else
        {
            await exports.WriteCsvAsync(ProposalListExport.Columns, rows, Response.Body, ct);
        }

        return new EmptyResult();
    }

    public Dictionary<string, string> XlsxExport => ExportValues("xlsx");
    public Dictionary<string, string> CsvExport => ExportValues("csv");

    /// <summary>The export links: the current filters, without the page cursor.</summary>
    private Dictionary<string, string> ExportValues(string format)
    {
        var values = RouteValues(null);
        values["handler"] = "Export";
        values["format"] = format;
        return values;
    }

    private async Task<ProposalFilter> FilterAsync(CancellationToken ct)
    {
        var responsible = Mine ? await access.CurrentOfficerIdAsync(ct) ?? -1 : Responsible;
        return new ProposalFilter(Q, State, After, UnitId: Unit, FieldId: Field, Year: Year, Overdue: Overdue, ResponsibleOfficerId: responsible);
    }

    /// <summary>The current filters as query values, for the paging links.</summary>
    public Dictionary<string, string> RouteValues(string? after)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, object? value)
        {
            var text = value switch
            {
                null or false => null,
                true => "true",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (!string.IsNullOrEmpty(text))
            {
                values[key] = text;
            }
        }

        Add("q", Q);
        Add("state", State);
        Add("unit", Unit);
        Add("field", Field);
        Add("year", Year);
        Add("overdue", Overdue);
        Add("mine", Mine);
        Add("responsible", Responsible);
        Add("after", after);
        return values;
    }

    private static IEnumerable<SelectListItem> Options(IEnumerable<ReferenceOption> options, int? selected) =>
        options.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture), o.Id == selected)).ToList();
}
