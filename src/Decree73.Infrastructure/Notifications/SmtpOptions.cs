using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure.Notifications;

/// <summary>The mail server (section "Smtp"). An empty <see cref="Host"/> turns e-mail off; in-app notifications still work.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? From { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool UseStartTls { get; set; } = true;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Where users reach the application (section "App"), for the links in e-mails.</summary>
public sealed class AppUrlOptions
{
    public const string Section = "App";

    public string? PublicBaseUrl { get; set; }
}

/// <summary>Checked at start-up: with a mail server set, the sender, the port and the public address must be usable.</summary>
public sealed class SmtpOptionsValidator(IOptions<AppUrlOptions> app) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            errors.Add("Smtp:Port must be between 1 and 65535.");
        }

        if (string.IsNullOrWhiteSpace(options.From) || !MimeKit.MailboxAddress.TryParse(options.From, out _))
        {
            errors.Add("Smtp:From must be an e-mail address when Smtp:Host is set.");
        }

        if (string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
        {
            errors.Add("Smtp:UserName and Smtp:Password go together.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add("Smtp:Timeout must be positive.");
        }

        if (!Uri.TryCreate(app.Value.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            errors.Add("App:PublicBaseUrl must be an absolute http(s) address when Smtp:Host is set (e-mails link to it).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
