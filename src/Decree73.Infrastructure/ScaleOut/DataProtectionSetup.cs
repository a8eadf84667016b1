using System.Security.Cryptography.X509Certificates;
using Decree73.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Infrastructure.ScaleOut;

/// <summary>Where the data-protection key ring is kept (setting <c>DataProtection:Store</c>).</summary>
public enum KeyStore
{
    /// <summary>In the application's database (table DataProtectionKeys): every instance on that database shares it.</summary>
    Database,

    /// <summary>In "&lt;data folder&gt;/keys" (or <see cref="DataProtectionSettings.KeysPath"/>): one server, or a shared folder.</summary>
    FileSystem,
}

/// <summary>The "DataProtection" configuration section (docs/decisions/0012-several-instances-on-one-database.md).</summary>
public sealed class DataProtectionSettings
{
    public const string Section = "DataProtection";

    /// <summary>The name every instance protects under: cookies and antiforgery tokens of one are read by the others.</summary>
    public const string ApplicationName = "Decree73";

    public KeyStore Store { get; set; } = KeyStore.Database;

    /// <summary>For <see cref="KeyStore.FileSystem"/>: the key folder; relative paths are in the data folder. Default "keys".</summary>
    public string KeysPath { get; set; } = "keys";

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the keys at rest (there is no DPAPI on Linux). Every instance
    /// needs the same certificate, with its private key. Without it the keys are stored unencrypted, protected only by
    /// the database's (or the folder's) own access rights.
    /// </summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

public static class DataProtectionSetup
{
    /// <summary>
    /// Data protection with the application name fixed, the key ring in the configured store, and the keys encrypted
    /// with a certificate when one is configured.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var settings = configuration.GetSection(DataProtectionSettings.Section).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        var builder = services.AddDataProtection().SetApplicationName(DataProtectionSettings.ApplicationName);
        if (settings.Store == KeyStore.Database)
        {
            builder.PersistKeysToDbContext<AppDbContext>();
        }
        else
        {
            var keys = Path.GetFullPath(Path.Combine(dataDirectory, settings.KeysPath));
            Directory.CreateDirectory(keys);
            builder.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var path = Path.GetFullPath(Path.Combine(dataDirectory, settings.CertificatePath));
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException("DataProtection:CertificatePath must name a certificate with its private key (.pfx).");
            }

            // The same certificate decrypts: there is no certificate store to find it in on Linux.
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}
