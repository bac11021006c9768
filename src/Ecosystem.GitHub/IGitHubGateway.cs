using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub;

/// <summary>Everything the automation reads from and writes to GitHub: issues of the repository it runs in, anything else named in the call. Listings are complete (every page).</summary>
public interface IGitHubGateway
{
    /// <summary>The automation's own account (GraphQL <c>viewer</c>; REST <c>/user</c> is closed to app tokens), read once.</summary>
    Task<AutomationAccount> GetAutomationAsync();

    Task<IssueSnapshot> GetIssueAsync(int issueNumber);

    /// <summary>
    /// Every issue in <paramref name="state"/> (oldest first, no pull requests), with at least one of <paramref name="anyOfLabels"/> if
    /// given, with its comments, label events and assignees: one GraphQL request per 100 issues, more only for an issue with over 100 comments or events.
    /// </summary>
    Task<IReadOnlyList<IssueHistory>> GetIssueHistoriesAsync(IssueStateFilter state, IReadOnlyList<string>? anyOfLabels = null);

    /// <summary>Every issue in <paramref name="state"/> (oldest first, no pull requests) without comments or events; one GraphQL request per 100 issues.</summary>
    Task<IReadOnlyList<IssueSnapshot>> GetIssuesAsync(IssueStateFilter state);

    /// <summary>All comments of an issue, oldest first; with <paramref name="since"/>, those written or edited from then on.</summary>
    Task<IReadOnlyList<CommentSnapshot>> GetCommentsAsync(int issueNumber, DateTimeOffset? since = null);

    /// <summary><paramref name="comments"/> with their edit history (<see cref="CommentSnapshot.Edits"/>); one never edited, or GitHub no longer knows, as given.</summary>
    Task<IReadOnlyList<CommentSnapshot>> WithEditHistoryAsync(IReadOnlyList<CommentSnapshot> comments);

    /// <summary>The <c>labeled</c>/<c>unlabeled</c> entries of an issue's timeline, in time order, the automation's spelt as the automation.</summary>
    Task<IReadOnlyList<LabelEvent>> GetLabelEventsAsync(int issueNumber);

    /// <summary>The <c>closed</c>/<c>reopened</c> entries of an issue's timeline, in time order.</summary>
    Task<IReadOnlyList<StateEvent>> GetStateEventsAsync(int issueNumber);

    Task<IReadOnlyList<string>> GetTeamMembersAsync(string organization, string teamSlug);

    /// <summary>GitHub's membership check: public membership only for a token outside the organization; false when the owner is a user.</summary>
    Task<bool> IsOrganizationMemberAsync(string organization, string login);

    /// <summary>Which of <paramref name="logins"/> are GitHub accounts (case-insensitive set of the logins as given).</summary>
    Task<IReadOnlySet<string>> GetExistingLoginsAsync(IReadOnlyCollection<string> logins);

    /// <summary>Facts about any repository; <see cref="RepositoryFacts.Exists"/> is false when GitHub does not know it.</summary>
    Task<RepositoryFacts> GetRepositoryFactsAsync(string owner, string name, DateTimeOffset commitsSince);

    Task<ProjectBoard> GetBoardAsync(string ownerLogin, int projectNumber, string statusFieldName, string dateFieldName);

    /// <summary>The board items of some issues of this repository (issues GitHub does not know are left out).</summary>
    Task<IReadOnlyList<BoardItem>> GetBoardItemsAsync(ProjectBoard board, IReadOnlyList<int> issueNumbers);

    Task AddLabelsAsync(int issueNumber, IReadOnlyList<string> labels);

    /// <summary>Removes a label; one already gone is not an error.</summary>
    Task RemoveLabelAsync(int issueNumber, string label);

    /// <summary>
    /// Adds assignees to an issue; those already assigned stay. Returns those of <paramref name="logins"/> the issue now has:
    /// GitHub leaves out, without an error, anyone it cannot assign (without access to the repository); a dry run, all.
    /// </summary>
    Task<IReadOnlyList<string>> AddAssigneesAsync(int issueNumber, IReadOnlyList<string> logins);

    /// <summary>Takes assignees off an issue; one no longer assigned is not an error.</summary>
    Task RemoveAssigneesAsync(int issueNumber, IReadOnlyList<string> logins);

    Task<CommentSnapshot> CreateCommentAsync(int issueNumber, string body);

    /// <summary>Edits comment <paramref name="commentId"/>; <paramref name="issueNumber"/> names it in messages.</summary>
    Task<CommentSnapshot> UpdateCommentAsync(int issueNumber, long commentId, string body);

    /// <summary>Deletes one of the automation's comments (a duplicate); <paramref name="issueNumber"/> names it in messages.</summary>
    Task DeleteCommentAsync(int issueNumber, long commentId);

    Task<IssueSnapshot> CreateIssueAsync(IssueDraft issue);

    Task<IssueSnapshot> UpdateIssueAsync(int issueNumber, IssueEdit edit);

    /// <summary>
    /// Adds issues to the board and sets Status/date, many per GraphQL request; returns the resulting items, a move GitHub
    /// refused alone (its issue or item deleted since the read) with its <see cref="BoardItem.Problem"/>.
    /// </summary>
    Task<IReadOnlyList<BoardItem>> UpdateBoardAsync(ProjectBoard board, IReadOnlyList<BoardItem> moves);
}
