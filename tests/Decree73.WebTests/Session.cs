using Decree73.TestSupport;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Decree73.WebTests;

public static class Session
{
    public static HttpClient NewClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real login form; returns a client holding the auth cookie.</summary>
    public static async Task<HttpClient> SignInAsync(this WebAppFactory factory, string email, string? password = null)
    {
        var client = factory.NewClient();
        var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password ?? factory.DemoPassword,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} gave {(int)response.StatusCode}");
        return client;
    }
}
