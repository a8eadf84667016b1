namespace Decree73.Domain.Proposals;

/// <summary>
/// One significant folded word of a proposal's title, filed under the proposer's province. The similar-proposal
/// hint looks titles up by (province, word) in an index instead of scanning the proposals. Rows are derived data:
/// they are rewritten whenever the title is saved, so they carry no audit stamps or version.
/// </summary>
public sealed class ProposalTitleWord
{
    private ProposalTitleWord() { }

    public ProposalTitleWord(Proposal proposal, int provinceId, string word)
    {
        Proposal = proposal;
        ProposalId = proposal.Id;
        ProvinceId = provinceId;
        Word = word;
    }

    public int ProposalId { get; private set; }
    public Proposal? Proposal { get; private set; }

    /// <summary>The root of the proposer's unit path.</summary>
    public int ProvinceId { get; private set; }

    public string Word { get; private set; } = "";
}
