using Decree73.Application.Audit;

namespace Decree73.Web.Hosting;

/// <summary>Runs --verify-audit: prints the result for the operator and returns the process exit code.</summary>
public static class VerifyAuditCommandRunner
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync();
        Console.WriteLine($"Đã kiểm tra / checked: {result.ProposalsChecked} proposals, {result.EntriesChecked} audit entries.");
        if (result.Intact)
        {
            Console.WriteLine("Nhật ký toàn vẹn / audit trail intact.");
            return 0;
        }

        Console.WriteLine($"Phát hiện can thiệp / tampering found in {result.Breaks.Count} chains:");
        foreach (var broken in result.Breaks)
        {
            Console.WriteLine($"  proposal {broken.ProposalId}: entry #{broken.Sequence} (id {broken.EntryId}) {broken.Kind}");
        }

        return 1;
    }
}
