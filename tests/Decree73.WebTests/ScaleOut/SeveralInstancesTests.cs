using System.Net;
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
