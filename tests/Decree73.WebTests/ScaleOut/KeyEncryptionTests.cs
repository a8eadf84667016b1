using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Decree73.WebTests.ScaleOut;

/// <summary>
/// Issue 15: the data-protection keys in the database are encrypted at rest with the certificate the configuration
/// names (Linux has no DPAPI), and every instance given the same certificate reads them.
/// </summary>
public sealed class KeyEncryptionTests
{
    [Fact]
    public async Task With_a_certificate_the_keys_are_stored_encrypted_and_a_second_instance_reads_the_first_ones_cookie()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Decree73 data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(Path.Combine(database.DataDirectory, "keys.pfx"), certificate.Export(X509ContentType.Pfx, "mật khẩu chứng thư"));
        }

        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = "keys.pfx",
            ["DataProtection:CertificatePassword"] = "mật khẩu chứng thư",
        };
        await using var first = new InstanceFactory(DatabaseProvider.Sqlite) { Shared = database, Settings = settings };
        await ((IAsyncLifetime)first).InitializeAsync();
        await using var second = new InstanceFactory(DatabaseProvider.Sqlite) { Shared = database, Settings = settings };
        await ((IAsyncLifetime)second).InitializeAsync();

        var cookies = new CookieContainer();
        var onFirst = first.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        var onSecond = second.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        var signedIn = await onFirst.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "noivu.tinh@demo.decree73.vn", ["Input.Password"] = first.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/")).StatusCode);

        var keys = await first.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        // A stop lets requests in flight finish for this long.
        Assert.Equal(TimeSpan.FromSeconds(30), first.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        await ((IAsyncLifetime)second).DisposeAsync();
        await ((IAsyncLifetime)first).DisposeAsync();
    }
}
