using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests.ScaleOut;

/// <summary>
/// Issue 15: two instances on one database behave as one application. Each request of a test goes to the
/// instance it names, as a round-robin balancer would send it.
/// </summary>
public abstract class SeveralInstancesTests(TwoInstances instances)
{
    protected const string InteriorOfficer = "noivu.tinh@demo.decree73.vn";
    protected const string Proposer = "truongphong.kt.tramlo@demo.decree73.vn";

    private async Task<TwoInstances.Browser> SignedInAsync(string email)
    {
        var browser = instances.NewBrowser();
        var signedIn = await browser.OnA.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = instances.A.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    [ServiceFact]
    public async Task A_file_uploaded_through_one_instance_downloads_through_the_other()
    {
        var browser = await SignedInAsync(Proposer);
        var editor = await browser.OnB.GetDocumentAsync("/Proposals/Edit");
        var saved = await browser.OnA.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Title"] = "Tệp qua hai máy chủ" }, "main form",
            "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);

        var details = await browser.OnB.GetDocumentAsync($"/Proposals/Details/{id}");
        var form = details.QuerySelector<IHtmlFormElement>("form#attachment-upload")!;
        var bytes = SampleFiles.Docx();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("SupportingDocument"), "Upload.Kind" },
            { file, "Upload.File", "Kế hoạch.docx" },
        };
        var uploaded = await browser.OnA.PostAsync(form.GetAttribute("action"), content);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var after = await browser.OnA.GetDocumentAsync($"/Proposals/Details/{id}");
        var link = after.QuerySelectorAll<IHtmlAnchorElement>(".attachments a[href*='handler=Download']").Single().GetAttribute("href")!;
        var download = await browser.OnB.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());

        // The bytes are in the database, not in either instance's folder.
        Assert.NotEqual(0, await instances.A.QueryAsync(db => db.StoredFileChunks.CountAsync()));
        var folder = Path.Combine(instances.Database.DataDirectory, "attachments");
        Assert.Empty(Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories) : []);
    }

    [ServiceFact]
    public async Task The_sign_in_limits_count_attempts_made_through_every_instance()
    {
        // The budget is per calendar minute: start well inside one.
        if (DateTime.UtcNow.Second >= 45)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        }

        var browser = instances.NewBrowser();
        var form = await browser.OnA.GetDocumentAsync("/Account/Login");
        var attempt = new Dictionary<string, string> { ["Input.Email"] = "doan.mo@khong.co", ["Input.Password"] = "sai mat khau" };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < TwoInstances.PermitsPerAccount + 1; i++)
        {
            statuses.Add((await (i % 2 == 0 ? browser.OnA : browser.OnB).SubmitAsync(form, attempt)).StatusCode);
        }

        // Alone, neither instance saw more than its budget; together they did.
        Assert.All(statuses.Take(TwoInstances.PermitsPerAccount), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.OnA.SubmitAsync(form, attempt)).StatusCode);
        var failures = await instances.B.QueryAsync(db => db.SignInCounters
            .Where(c => c.Kind == "failures" && c.Key == "DOAN.MO@KHONG.CO").Select(c => c.Count).SingleAsync());
        Assert.Equal(TwoInstances.PermitsPerAccount, failures);
    }

    [ServiceFact]
    public async Task A_form_served_by_one_instance_is_accepted_by_the_other_and_its_sign_in_cookie_is_read_by_the_first()
    {
        var browser = instances.NewBrowser();
        var form = await browser.OnA.GetDocumentAsync("/Account/Login");

        // The antiforgery token and cookie were protected by A; B must unprotect them.
        var signedIn = await browser.OnB.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = InteriorOfficer, ["Input.Password"] = instances.A.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The authentication cookie was protected by B; A must unprotect it.
        var home = await browser.OnA.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.OnB.GetAsync("/")).StatusCode);

        // One key ring, in the database: none was written to the data folder.
        Assert.NotEqual(0, await instances.A.QueryAsync(db => db.DataProtectionKeys.CountAsync()));
        Assert.False(Directory.Exists(Path.Combine(instances.Database.DataDirectory, "keys"))
            && Directory.EnumerateFiles(Path.Combine(instances.Database.DataDirectory, "keys")).Any());
    }
}

public sealed class SeveralInstancesTests_Sqlite(SqliteTwoInstances instances)
    : SeveralInstancesTests(instances), IClassFixture<SqliteTwoInstances>;

[RequiresPostgres]
public sealed class SeveralInstancesTests_PostgreSql(PostgresTwoInstances instances)
    : SeveralInstancesTests(instances), IClassFixture<PostgresTwoInstances>;
