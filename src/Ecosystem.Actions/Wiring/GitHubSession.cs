using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Packages;
using Ecosystem.GitHub.Plans;

namespace Ecosystem.Actions.Wiring;

/// <summary>
/// Everything a command needs to talk to GitHub for one run: the gateway (live, or recording writes in dry-run),
/// the plan applier, the package-index client, and the people who may act, resolved once per run.
/// </summary>
public sealed class GitHubSession : IDisposable
{
    private readonly GitHubGateway _gateway;
    private readonly CommandContext _context;
    private Task<TrustedPeople>? _people;
    private readonly Dictionary<string, string> _columnKeys;
    private Task<IReadOnlySet<string>>? _marketing;

    private GitHubSession(CommandContext context, GitHubGateway gateway, GitHubGatewayOptions options)
    {
        _context = context;
        _gateway = gateway;
        DryRun = context.Options.DryRun ? gateway : null;
        var board = context.Configuration.Board;
        _columnKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [board.Columns.Backlog] = "board.columns.backlog",
            [board.Columns.InProgress] = "board.columns.in-progress",
            [board.Columns.Done] = "board.columns.done",
        };
        Applier = new IssuePlanApplier(
            Gateway,
            board.IsEnabled ? new BoardTarget(board.Owner, board.Number, board.StatusField, board.SessionDateField) { ColumnKeys = _columnKeys } : null);
        var indexes = context.Configuration.PackageIndexes;
        var (pypi, conda) = (IndexUrl(indexes, "pypi"), IndexUrl(indexes, "conda"));
        Packages = PackageIndexClient.Create(pypi, conda, options);
    }

    public IGitHubGateway Gateway => _gateway;

    /// <summary>The gateway that records the writes when the run is a dry run; null when writes are sent.</summary>
    public GitHubGateway? DryRun { get; }

    /// <summary>The run's one applier (the board, when configured, is read once per run).</summary>
    public IssuePlanApplier Applier { get; }

    public PackageIndexClient Packages { get; }

    public RepositoryName Repository => _context.Event.Repository;

    /// <summary>The repository's web address, as links in texts and summaries name it.</summary>
    public string RepositoryUrl => _context.Event.ServerUrl.ToString().TrimEnd('/') + "/" + Repository;

    /// <summary>Opens a session on the repository and API of the triggering event; a token is required.</summary>
    public static GitHubSession Open(CommandContext context)
    {
        var token = context.Options.Token
            ?? throw new UsageException($"`{context.CommandName}` talks to GitHub and needs a token: set the input 'token' or the variable GITHUB_TOKEN.");
        var @event = context.Event;
        var options = new GitHubGatewayOptions
        {
            ApiUrl = @event.ApiUrl,
            GraphQLUrl = @event.GraphQLUrl,
            Token = token,
            Owner = @event.Repository.Owner,
            Repository = @event.Repository.Name,
            Time = context.Host.GitHubClock ?? context.Time,
            Resilience = context.Host.GitHubResilience ?? new(),
            Cancellation = context.Cancellation,
            InnerHandler = context.Host.HttpMessageHandlerFactory?.Invoke(),
            DryRunClock = context.Options.DryRun ? context.Time : null,
        };
        return new GitHubSession(context, new GitHubGateway(options), options);
    }

    /// <summary>
    /// Staff and Working Group members from users and teams, and the automation as the token's account names it
    /// (<see cref="GitHubGateway.GetAutomationAsync"/>), read once per run.
    /// </summary>
    public Task<TrustedPeople> PeopleAsync() => _people ??= ResolvePeopleAsync();

    /// <summary>
    /// The community-highlight plan, with marketing (<c>people.marketing</c>, users and team) read only when a highlight
    /// needs them, so no other run pays for the team lookup. Guard (staff added the label) and tally (staff closed the
    /// vote with it) carry it out the same way.
    /// </summary>
    public async Task<GuardianAction> CommunityHighlightAsync(DecisionOutcomes outcomes, IssueSnapshot application, OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments)
    {
        var marketing = _context.Configuration.People.Marketing;
        var members = await (_marketing ??= MembersAsync(marketing, "people.marketing.team"));
        return outcomes.CommunityHighlight(application, decision, comments, [.. members.Order(StringComparer.OrdinalIgnoreCase)], marketing.Team);
    }

    /// <summary>
    /// Applies <paramref name="plan"/> to <paramref name="issue"/> and its board item; the writes made. A board that could not
    /// be updated is a warning, never a failure: the labels and comments already show the decision.
    /// </summary>
    public async Task<IReadOnlyList<PlannedWrite>> ApplyAsync(IssueSnapshot issue, IReadOnlyList<CommentSnapshot> comments, IssuePlan plan)
    {
        var applied = await Applier.ApplyAsync(issue, comments, plan);
        if (applied.BoardProblem is { } problem && plan.Board is { } placement)
        {
            var board = _context.Configuration.Board;
            _context.Runtime.Warning(
                $"#{plan.IssueNumber} was not moved to '{placement.Column}' on board #{board.Number} of {board.Owner} ({_columnKeys.GetValueOrDefault(placement.Column, "board.columns")}): {problem}");
        }

        return applied.Writes;
    }

    /// <summary>
    /// The board placements of <paramref name="plans"/>, moved together. The board is a view of the labels: a token that
    /// cannot reach it must not fail a run whose issues were written (<paramref name="done"/> says what was), so its
    /// problem is a warning, and <paramref name="next"/> what the next run does about it.
    /// </summary>
    public async Task<IReadOnlyList<PlannedWrite>> ApplyBoardAsync(IReadOnlyList<IssuePlan> plans, string done, string next = "", AnnotationProperties? annotation = null)
    {
        var changes = await Applier.ApplyBoardAsync(plans);
        if (changes.BoardProblem is { } problem)
        {
            var board = _context.Configuration.Board;
            _context.Runtime.Warning(
                $"{done}, but the board (project #{board.Number} of {board.Owner}) was not updated: {problem} {next}"
                + "The token needs Projects read and write access (see the README, \"Tokens and permissions\").",
                annotation);
        }

        return changes.Writes;
    }

    /// <summary>In a dry run, prints every write that was planned and puts them in the step summary.</summary>
    public void ReportPlannedWrites()
    {
        if (DryRun is null)
        {
            return;
        }

        var runtime = _context.Runtime;
        var writes = DryRun.PlannedWrites;
        runtime.Info(writes.Count == 0
            ? "Dry run: nothing would be written."
            : $"Dry run: {writes.Count} write(s) planned, none sent:");
        foreach (var write in writes)
        {
            runtime.Info("  - " + write.Description);
        }

        runtime.Summary.AddMarkdown(Domain.Text.Template.Load("dry-run-summary").Render(new Dictionary<string, object?>
        {
            ["writes"] = writes.Select(w => w.Description),
        }));
    }

    public void Dispose() => _gateway.Dispose();

    private async Task<TrustedPeople> ResolvePeopleAsync()
    {
        var people = _context.Configuration.People;
        var staff = await MembersAsync(people.Staff, "people.staff.team");
        var workingGroup = await MembersAsync(people.WorkingGroup, "people.working-group.team");
        var automation = await Gateway.GetAutomationAsync();
        return new TrustedPeople(staff, workingGroup, automation.Login, people.Automation);
    }

    // A failed team lookup is an error, never a silent fallback to the users alone: a vote counted against
    // the wrong electorate is worse than no tally.
    private async Task<IReadOnlySet<string>> MembersAsync(PeopleGroupOptions group, string key)
    {
        var members = new HashSet<string>(group.Users, StringComparer.OrdinalIgnoreCase);
        if (group.Team.Length > 0)
        {
            var slash = group.Team.IndexOf('/', StringComparison.Ordinal);
            try
            {
                members.UnionWith(await Gateway.GetTeamMembersAsync(group.Team[..slash], group.Team[(slash + 1)..]));
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not Ecosystem.GitHub.Http.GitHubRateLimitException)
            {
                throw new InvalidOperationException(
                    $"{key}: the members of team {group.Team} could not be read ({exception.Message}). " +
                    "The token needs the read:org scope (or organization Members: read for a GitHub App).",
                    exception);
            }
        }

        return members;
    }

    private static Uri? IndexUrl(IReadOnlyDictionary<string, string> indexes, string name) =>
        indexes.GetValueOrDefault(name) is { Length: > 0 } url ? new Uri(url.EndsWith('/') ? url : url + "/") : null;
}
