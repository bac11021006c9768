using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Writes;

/// <summary>
/// Two open issues the automation opened for one purpose (two runs at once, or a create whose answer was lost) are one
/// too many: the first (lowest number) is kept, the others are closed as duplicates, so every later run converges.
/// </summary>
public static class DuplicateIssues
{
    /// <summary>The issue kept (null when there is none) and the duplicates closed.</summary>
    /// <param name="gateway">Writes through it.</param>
    /// <param name="sameIssues">The open issues for one purpose, all opened by the automation (the caller checks).</param>
    public static async Task<(IssueSnapshot? Kept, IReadOnlyList<PlannedWrite> Writes)> KeepFirstAsync(IGitHubGateway gateway, IEnumerable<IssueSnapshot> sameIssues)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(sameIssues);
        var ordered = sameIssues.Where(i => i.IsOpen).OrderBy(i => i.Number).ToList();
        var writes = new List<PlannedWrite>();
        foreach (var duplicate in ordered.Skip(1))
        {
            var edit = new IssueEdit { State = new IssueStateChange(false, "duplicate") };
            await gateway.UpdateIssueAsync(duplicate.Number, edit);
            writes.Add(WriteDescriptions.EditIssue(duplicate.Number, edit));
        }

        return (ordered.FirstOrDefault(), writes);
    }
}
