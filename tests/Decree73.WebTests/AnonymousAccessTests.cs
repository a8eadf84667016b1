using Decree73.TestSupport;
using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.WebTests;

/// <summary>Deny by default: every endpoint the app maps, found by enumeration, refuses anonymous users.</summary>
public sealed class AnonymousAccessTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    /// <summary>The only endpoints a stranger may reach. Adding one must be a deliberate change to this list.</summary>
    private static readonly string[] AnonymousByDesign =
        ["/Account/Login", "/Account/LoginWith2fa", "/Account/Logout", "/Error", "/StatusCode/{code:int}", "/health/live", "/health/ready"];

    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .GroupBy(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Select(g => g.First())
            .ToList();

    private static string Url(RouteEndpoint endpoint)
    {
        var url = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            var sample = parameter.ParameterPolicies.Any(p => p.Content == "int") ? "1" : "sample";
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{" + parameter.Name + "[^}]*\\}", sample);
        }

        return url;
    }

    [Fact]
    public void The_app_maps_the_pages_this_test_expects_to_enumerate()
    {
        var routes = Endpoints().Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToList();

        Assert.Contains("/Admin/Units/Edit/{id:int}", routes);
        Assert.Contains("/Admin/Accounts/Details/{id}", routes);
        Assert.True(routes.Count >= 15, $"Only {routes.Count} endpoints found.");
    }

    [Fact]
    public void Only_the_known_endpoints_allow_anonymous_users()
    {
        var anonymous = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Order()
            .ToArray();

        Assert.Equal(AnonymousByDesign.Order().ToArray(), anonymous);
    }

    [Fact]
    public async Task Every_other_endpoint_sends_an_anonymous_get_and_post_to_sign_in()
    {
        var client = factory.NewClient();
        var checkedCount = 0;
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var url = Url(endpoint);
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null });
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url}: {(int)response.StatusCode}");
                Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }

            checkedCount++;
        }

        Assert.True(checkedCount >= 10, $"Only {checkedCount} protected endpoints were checked.");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string url)
    {
        var response = await factory.NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
