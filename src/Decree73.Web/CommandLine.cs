namespace Decree73.Web;

public abstract record StartupCommand;

/// <summary>--create-admin EMAIL [--root-code CODE] [--root-name NAME]</summary>
public sealed record CreateAdminCommand(string Email, string RootCode, string RootName) : StartupCommand;

/// <summary>--verify-audit: checks every proposal's audit chain; exits 1 when an entry was tampered with.</summary>
public sealed record VerifyAuditCommand : StartupCommand;

/// <summary>--backup FOLDER: database snapshot, then the data folder's files, with a manifest (docs/backup.md).</summary>
public sealed record BackupCommand(string Folder) : StartupCommand;

/// <summary>--restore FOLDER [--force]: checks the manifest, then restores into an empty target (or any, with --force).</summary>
public sealed record RestoreCommand(string Folder, bool Force) : StartupCommand;

public static class CommandLine
{
    public static StartupCommand? Parse(string[] args)
    {
        if (Array.IndexOf(args, "--backup") is var backup and >= 0)
        {
            return new BackupCommand(Folder(args, backup, "Usage: --backup FOLDER"));
        }

        if (Array.IndexOf(args, "--restore") is var restore and >= 0)
        {
            return new RestoreCommand(Folder(args, restore, "Usage: --restore FOLDER [--force]"), args.Contains("--force"));
        }

        if (args.Contains("--verify-audit"))
        {
            return new VerifyAuditCommand();
        }

        var at = Array.IndexOf(args, "--create-admin");
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException("Usage: --create-admin EMAIL [--root-code CODE] [--root-name NAME]");
        }

        return new CreateAdminCommand(args[at + 1], Value(args, "--root-code") ?? "ROOT", Value(args, "--root-name") ?? "Tỉnh");
    }

    private static string Folder(string[] args, int at, string usage) =>
        at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : throw new ArgumentException(usage);

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
