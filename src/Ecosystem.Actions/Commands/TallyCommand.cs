using System.CommandLine;
using Ecosystem.Actions.Commands.Tally;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// <c>tally</c>: Count the Working Group's ballots on applications under review and report the tally. Runs on a
/// comment (the event's issue), nightly (every application labelled in voting or in review, so deadlines close
/// votes) or by hand (<c>issue</c> = number or <c>all</c>). Each run replays the issue's comments and writes only
/// what differs.
/// </summary>
public sealed class TallyCommand : ICommand
{
    public string Name => "tally";

    public string Summary => "Count the Working Group's ballots on applications under review and report the tally.";

    public IReadOnlyList<Option<string>> Options { get; } =
        [
            new("--issue") { HelpName = "N|all", Description = "The application issue to tally, or all under review (input: issue)." },
        ];

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runtime = context.Runtime;
        var scope = TallyScope.Read(context.GetOption("issue"), context.Event, Name);
        var eventIssue = scope.Comment is null ? null : context.Event.Issue;
        if (scope is { CannotChangeTally: true, Comment: { } quiet } && eventIssue is { IsPullRequest: false })
        {
            // The most frequent run of all: decided from the payload alone, before the issue form is read.
            runtime.Info($"The new comment {quiet.Id} on #{eventIssue.Number} has no /vote command; nothing to tally.");
            return ExitCodes.Success;
        }

        var configuration = context.Configuration;
        var reader = new ApplicationReader(ApplicationFormFile.Load(context), DomainRules.Intake(configuration, context.Time));
        if (eventIssue is not null && IssueTallier.WhyNotAnApplication(eventIssue, reader) is { } reason)
        {
            runtime.Info(reason + "; nothing to tally.");
            return ExitCodes.Success;
        }

        using var session = GitHubSession.Open(context);
        if (scope.Comment is { Author: var author } comment && (await session.Gateway.GetAutomationAsync()).Is(author.Id, author.Login, author.IsBot))
        {
            // The automation's own tally comment must not start another tally (no loops).
            runtime.Info($"Comment {comment.Id} on #{scope.IssueNumber} was written by the automation itself; nothing to tally.");
            return ExitCodes.Success;
        }

        var people = await session.PeopleAsync();
        var tallier = new IssueTallier(
            session,
            reader,
            new VoteTally(DomainRules.Tally(configuration), context.Time),
            people,
            new DecisionOutcomes(DomainRules.Guardians(configuration), people),
            configuration.Onboarding.Checklist);

        // Nightly, the open issues labelled in voting or in review with their comments, 100 a request (GitHub keeps an issue with either label).
        IReadOnlyList<(IssueSnapshot Issue, IReadOnlyList<CommentSnapshot>? Comments)> issues = scope.IssueNumber is { } number
            ? [(await session.Gateway.GetIssueAsync(number), null)]
            : [.. (await session.Gateway.GetIssueHistoriesAsync(IssueStateFilter.Open, [configuration.Labels.Voting, configuration.Labels.InReview]))
                .OrderBy(h => h.Issue.Number).Select(h => (h.Issue, (IReadOnlyList<CommentSnapshot>?)h.Comments))];

        var tallies = new List<IssueTally>();
        var failed = 0;
        foreach (var (issue, comments) in issues)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var tally = await tallier.RunAsync(issue, comments);
                tallies.Add(tally);
                Report(context, tally);
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not GitHub.Http.GitHubRateLimitException)
            {
                // With 'all', one issue that cannot be tallied must not keep the others from being tallied.
                failed++;
                runtime.Error($"#{issue.Number} could not be tallied: {exception.Message}");
            }
        }

        SetOutputs(context, tallies);
        WriteSummary(runtime.Summary, tallies, session.DryRun is not null);
        session.ReportPlannedWrites();
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }


    private static void Report(CommandContext context, IssueTally tally)
    {
        var runtime = context.Runtime;
        if (tally.Result is not { } result)
        {
            runtime.Info($"{tally.Skipped}; not tallied.");
            return;
        }

        runtime.Info($"#{result.IssueNumber}: {result.StatusText}, {result.Approve} approve, {result.Decline} decline, {result.Abstain} abstain, {result.YetToVote.Count} yet to vote"
            + (result.OutcomeText.Length > 0 ? $"; outcome {result.OutcomeText}" : string.Empty)
            + (tally.Writes.Count == 0 ? "; nothing changed." : $"; {tally.Writes.Count} change(s)."));
    }

    // The outputs describe one vote; a run over several issues reports them in the summary instead.
    private static void SetOutputs(CommandContext context, IReadOnlyList<IssueTally> tallies)
    {
        if (tallies.Select(t => t.Result).OfType<TallyResult>().ToList() is not [var result])
        {
            return;
        }

        var runtime = context.Runtime;
        runtime.SetOutput("approve", result.Approve);
        runtime.SetOutput("decline", result.Decline);
        runtime.SetOutput("abstain", result.Abstain);
        runtime.SetOutput("status", result.StatusText);
        runtime.SetOutput("outcome", result.OutcomeText);
    }

    /// <summary>The job summary (the <c>tally-summary</c> template): one row per issue, then the tally itself as posted on each issue.</summary>
    private static void WriteSummary(StepSummary summary, IReadOnlyList<IssueTally> tallies, bool dryRun) =>
        summary.AddMarkdown(Template.Load("tally-summary").Render(new Dictionary<string, object?>
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
                ("writes", t.Writes.Select(w => w.Description)),
                // The marker and the stored state are for the automation, not for people reading the summary.
                ("comment", t.Result?.TallyComment is { } comment ? HiddenMarker.WithoutMarkers(comment) : null))),
        }), addEol: false);
}
