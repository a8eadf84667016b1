using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Decree73.Infrastructure.Notifications;

/// <summary>Raised when the mail server could not be reached or refused the session: nothing was handed over.</summary>
public sealed class MailServerUnavailableException(string reason, Exception inner) : Exception(reason, inner);

/// <summary>One SMTP session per message, with MailKit.</summary>
public sealed class SmtpMailer(IOptions<SmtpOptions> options)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new MailServerUnavailableException(ex.GetType().Name, ex);
        }

        // From here on the server may have accepted the message even if an error follows: the caller does not retry.
        await client.SendAsync(message, ct);
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The message was accepted; a failed goodbye does not make it unsent.
        }
    }
}
