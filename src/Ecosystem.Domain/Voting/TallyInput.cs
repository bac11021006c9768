using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>Everything the host reads from GitHub and configuration for one issue's tally.</summary>
/// <param name="Issue">The application issue.</param>
/// <param name="Comments">All the issue's comments (any order), including the automation's own.</param>
/// <param name="Members">Working Group logins now (team members already resolved).</param>
/// <param name="Staff">Staff logins now.</param>
/// <param name="AutomationLogin">The automation's own login; only its comments are trusted for hidden state.</param>
/// <param name="Maintainers">The application's maintainer handles (from the form), without '@'.</param>
public sealed record TallyInput(
    IssueSnapshot Issue,
    IReadOnlyList<CommentSnapshot> Comments,
    IReadOnlySet<string> Members,
    IReadOnlySet<string> Staff,
    string AutomationLogin,
    IReadOnlySet<string> Maintainers)
{
    /// <summary>The review session's date, when known: the deadline counts from it.</summary>
    public DateOnly? SessionDate { get; init; }

    /// <summary>With <see cref="TallyRules.OpenOnSchedule"/>: when the vote opens; default the start of <see cref="SessionDate"/>.</summary>
    public DateTimeOffset? ScheduledOpening { get; init; }

    /// <summary>The staff onboarding issue opened for an accepted application; the outcome comment names it.</summary>
    public int? OnboardingIssue { get; init; }

    /// <summary>The body of the automation's previous tally comment; when null it is looked up in <see cref="Comments"/>.</summary>
    public string? PreviousTallyBody { get; init; }
}
