using System.Runtime.InteropServices;

namespace Decree73.Web.Security;

/// <summary>
/// On Unix the data folder (database, logs, data-protection keys, attachments) is readable by the service account
/// only: the process creates files 0600 and folders 0700 (umask 077), and what is already there is tightened at
/// start-up. Windows relies on the folder's ACL (docs/security.md).
/// </summary>
public static class DataFolderPermissions
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Apply(string dataDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _ = umask(0x3F); // 077: no group or other bits
        Directory.CreateDirectory(dataDirectory);
        File.SetUnixFileMode(dataDirectory, FolderMode);
        foreach (var entry in new DirectoryInfo(dataDirectory).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            File.SetUnixFileMode(entry.FullName, entry is DirectoryInfo ? FolderMode : FileMode);
        }
    }

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint umask(uint mask);
}
