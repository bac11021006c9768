using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// What one issue's tally found and changed (<paramref name="Writes"/>: what was written, or would be in a dry run);
/// skipped with a reason when not tallied.
/// </summary>
public sealed record IssueTally(IssueSnapshot Issue, TallyResult? Result, IReadOnlyList<string> Writes, string? Skipped)
{
    /// <summary>
    /// A new comment without a <c>/vote</c> command cannot change the tally (a passed deadline is caught by the nightly
    /// run), unless a line of the commenter's own text only looks like one: the tally lists it at once, so they can vote
    /// again before the close. An edit or a deletion (<paramref name="action"/>) can, since the comment may have held one.
    /// </summary>
    public static bool CannotChange(CommentSnapshot comment, string? action) =>
        (action ?? "created") == "created" && VoteCommandParser.Read(comment.Body) is { Commands.Count: 0 } reading
        && reading.NearMisses.All(miss => ShownText.IsNotOwnText(miss.Why));

    /// <summary>
    /// The comment <paramref name="action"/> deleted, which the run then tallies with (<see cref="TallyInput.Deleted"/>): a
    /// person's, or the automation's <paramref name="own"/> one while it held the tally's state; null for any other event,
    /// and for any other event of the automation's comments, which start no tally (no loops).
    /// </summary>
    public static CommentSnapshot? Deleted(CommentSnapshot? comment, bool own, string? action) =>
        comment is not null && action == "deleted" && (!own || TallyState.Read(comment.Body) is not null) ? comment : null;

    /// <summary>Why <paramref name="application"/>'s issue is left alone (GitHub serves pull requests on its issue routes too), or null.</summary>
    public static string? WhyNotTallied(Application application)
    {
        var issue = application.Issue;
        return issue.IsPullRequest ? $"#{issue.Number} is a pull request, not an application"
            : application.Kind == ApplicationKind.NotAnApplication ? $"#{issue.Number} is not an application (no application form in its body, no application title or label)"
            : null;
    }

    /// <summary>The action's outputs: those of the one vote tallied; none for a run over several, which the summary reports.</summary>
    public static IReadOnlyList<(string Name, object Value)> Outputs(IReadOnlyList<IssueTally> tallies) =>
        tallies.Select(t => t.Result).OfType<TallyResult>().ToList() is [var single]
            ? [("approve", single.Approve), ("decline", single.Decline), ("abstain", single.Abstain),
                ("status", single.StatusText), ("outcome", single.OutcomeText)]
            : [];

    public string LogLine => Result is not { } result
        ? $"{Skipped}; not tallied."
        : $"#{result.IssueNumber}: {result.StatusText}, {result.Approve} approve, {result.Decline} decline, {result.Abstain} abstain, {result.YetToVote.Count} yet to vote"
            + (result.OutcomeText.Length > 0 ? $"; outcome {result.OutcomeText}" : string.Empty)
            + (Writes.Count == 0 ? "; nothing changed." : $"; {Counted.Of(Writes.Count, "change")}.");

    /// <summary>The job summary (the <c>tally-summary</c> template): one row per issue, then the tally itself as posted on each issue.</summary>
    public static string Summary(IReadOnlyList<IssueTally> tallies, bool dryRun) =>
        Template.Load("tally-summary").Render(new Dictionary<string, object?>
        {
            ["dry_run"] = dryRun,
            ["tallies"] = tallies.Select(t => Template.Record(
                ("number", t.Issue.Number),
                ("url", t.Issue.HtmlUrl),
                ("title", t.Issue.Title),
                ("tallied", t.Result is not null),
                ("skipped", t.Skipped),
                ("status", t.Result?.StatusText),
                ("approve", t.Result?.Approve),
                ("decline", t.Result?.Decline),
                ("abstain", t.Result?.Abstain),
                ("yet_to_vote", t.Result?.YetToVote.Count),
                ("outcome", t.Result is { OutcomeText.Length: > 0 } r ? r.OutcomeText : "—"),
                ("writes", t.Writes),
                // The marker and the stored state are for the automation, not for people reading the summary.
                ("comment", t.Result?.TallyComment is { } comment ? HiddenMarker.WithoutMarkers(comment) : null))),
        });
}
