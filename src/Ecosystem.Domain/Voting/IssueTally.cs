using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>What one issue's tally found and wrote (or would in a dry run), or why it was skipped.</summary>
public sealed record IssueTally(IssueSnapshot Issue, TallyResult? Result, IReadOnlyList<string> Writes, string? Skipped)
{
    /// <summary>
    /// A new comment without a <c>/vote</c> command cannot change the tally (the nightly run catches a passed deadline),
    /// unless its own text has a line that only looks like one: the tally lists it at once, so they can vote again.
    /// </summary>
    public static bool CannotChange(CommentSnapshot comment, string? action) =>
        (action ?? "created") == "created" && VoteCommandParser.Read(comment.Body) is { Commands.Count: 0 } reading
        && reading.NearMisses.All(miss => ShownText.IsNotOwnText(miss.Why));

    /// <summary>
    /// The deleted comment the run tallies with (<see cref="TallyInput.Deleted"/>): a person's, or the automation's while it
    /// held the tally's state; the automation's other comments start no tally (no loops).
    /// </summary>
    public static CommentSnapshot? Deleted(CommentSnapshot? comment, bool own, string? action) =>
        comment is not null && action == "deleted" && (!own || TallyState.Read(comment.Body) is not null) ? comment : null;

    /// <summary>Why the issue is left alone (GitHub serves pull requests on its issue routes too), or null.</summary>
    public static string? WhyNotTallied(Application application)
    {
        var issue = application.Issue;
        return issue.IsPullRequest ? $"#{issue.Number} is a pull request, not an application"
            : application.Kind == ApplicationKind.NotAnApplication ? $"#{issue.Number} is not an application (no application form in its body, no application title or label)"
            : null;
    }

    /// <summary>The outputs of the one vote tallied; none for a run over several, which the summary reports.</summary>
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
