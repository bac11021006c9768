using Ecosystem.Actions.Hosting;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Intake;
using Ecosystem.GitHub.Packages;
using Ecosystem.GitHub.Plans;

namespace Ecosystem.Actions.Wiring;

/// <summary>
/// Everything a command needs to talk to GitHub for one run: the gateway (live, or recording writes in dry-run),
/// the plan applier, the gatherer of intake's facts, and the people who may act, resolved once per run.
/// </summary>
public sealed class GitHubSession : IDisposable
{
    private readonly GitHubGateway _gateway;
    private readonly CommandContext _context;
    private Task<TrustedPeople>? _people;
    private Task<IReadOnlySet<string>>? _marketing;

    private GitHubSession(CommandContext context, GitHubGateway gateway, GitHubGatewayOptions options)
    {
        _context = context;
        _gateway = gateway;
        // The one place the applier's problems (a board not updated, an assignee GitHub left out) become warnings.
        var board = context.Configuration.Board is { IsEnabled: true } settings ? settings : null;
        Applier = new IssuePlanApplier(Gateway, board, Warn);
        Facts = new IntakeFactsGatherer(
            gateway, PackageIndexClient.Create(context.IntakeRules.PackageIndexes, options), context.IntakeRules, PeopleAsync);
    }

    public IGitHubGateway Gateway => _gateway;

    /// <summary>The run's one applier (the board, when configured, is read once per run).</summary>
    public IssuePlanApplier Applier { get; }

    public IntakeFactsGatherer Facts { get; }

    /// <summary>A warning of the run, titled with the step that raised it (<c>Schedule</c>) where the workflow's annotations show it.</summary>
    public void Warn(string warning) =>
        _context.Runtime.Warning(warning, new(Title: char.ToUpperInvariant(_context.CommandName[0]) + _context.CommandName[1..]));

    public string RepositoryUrl => _context.Event.ServerUrl.ToString().TrimEnd('/') + "/" + _context.Event.Repository;

    public static GitHubSession Open(CommandContext context)
    {
        var token = context.Token
            ?? throw new UsageException($"`{context.CommandName}` talks to GitHub and needs a token: set the input 'token' or the variable GITHUB_TOKEN.");
        var @event = context.Event;
        var options = new GitHubGatewayOptions
        {
            ApiUrl = @event.ApiUrl,
            GraphQLUrl = @event.GraphQLUrl,
            Token = token,
            Owner = @event.Repository.Owner,
            Repository = @event.Repository.Name,
            FormerAutomation = context.Configuration.People.FormerAutomation,
            Time = context.Host.GitHubClock ?? context.Time,
            Resilience = context.Host.GitHubResilience ?? new(),
            Cancellation = context.Cancellation,
            InnerHandler = context.Host.HttpMessageHandlerFactory?.Invoke(),
            DryRunClock = context.DryRun ? context.Time : null,
        };
        return new GitHubSession(context, new GitHubGateway(options), options);
    }

    /// <summary>Staff, Working Group and the automation, read once per run.</summary>
    public Task<TrustedPeople> PeopleAsync() => _people ??= ResolvePeopleAsync();

    /// <summary>
    /// The community-highlight plan, with marketing (<c>people.marketing</c>, users and team) read only when a highlight
    /// needs them, so no other run pays for the team lookup. Guard (staff added the label) and tally (staff closed the
    /// vote with it) carry it out the same way.
    /// </summary>
    public async Task<GuardianAction> CommunityHighlightAsync(DecisionOutcomes outcomes, IssueSnapshot application, OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments)
    {
        var marketing = _context.Configuration.People.Marketing;
        var members = await (_marketing ??= Gateway.GetGroupMembersAsync(marketing.Users, marketing.Team, "people.marketing.team"));
        return outcomes.CommunityHighlight(application, decision, comments, [.. members.Order(GitHubHandle.Comparer)], marketing.Team);
    }

    /// <summary>Issues whose work GitHub refused (a write, or a read it needed), named in errors: the run fails; a rerun completes them.</summary>
    public int Failed { get; private set; }

    /// <summary>
    /// What <paramref name="work"/> on one issue gave, or default when GitHub refused a request of it (a locked issue, a 500
    /// after every retry), named in an error after <paramref name="what"/>: one such issue does not keep a run over many from the others.
    /// </summary>
    public async Task<T?> OrFailAsync<T>(string what, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception exception) when (!GitHubFailure.StopsTheRun(exception))
        {
            Failed++;
            _context.Runtime.Error($"{what}: {exception.Message}");
            return default;
        }
    }

    /// <summary>How many writes <paramref name="plan"/> took, or null when GitHub refused one (see <see cref="OrFailAsync"/>).</summary>
    public Task<int?> ApplyOrFailAsync(string step, IssueSnapshot issue, IReadOnlyList<CommentSnapshot> comments, IssuePlan plan) =>
        OrFailAsync<int?>($"#{issue.Number} ({step})", async () => (await Applier.ApplyAsync(issue, comments, plan)).Count);

    /// <summary>
    /// Ends the command's run: in a dry run, prints every write that was planned and puts them in the step summary. The exit
    /// code: the run failed when GitHub refused a write (<see cref="Failed"/>), so that a rerun completes it.
    /// </summary>
    public int Finish()
    {
        if (_context.DryRun)
        {
            var runtime = _context.Runtime;
            var writes = _gateway.PlannedWrites;
            runtime.Info(writes.Count == 0
                ? "Dry run: nothing would be written."
                : $"Dry run: {Domain.Text.Counted.Of(writes.Count, "write")} planned, none sent:");
            foreach (var write in writes)
            {
                runtime.Info("  - " + write.Description);
            }

            runtime.Summary.AddMarkdown(Domain.Text.Template.Load("dry-run-summary").Render(new Dictionary<string, object?>
            {
                ["writes"] = writes.Select(w => w.Description),
            }));
        }

        return Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    public void Dispose() => _gateway.Dispose();

    private async Task<TrustedPeople> ResolvePeopleAsync()
    {
        var (people, guardians) = (_context.Configuration.People, _context.Configuration.Guardians);
        var staff = await Gateway.GetGroupMembersAsync(people.Staff.Users, people.Staff.Team, "people.staff.team");
        var workingGroup = await Gateway.GetGroupMembersAsync(guardians.WorkingGroupUsers, guardians.WorkingGroupTeam, "people.working-group.team");
        var automation = await Gateway.GetAutomationAsync();
        return new TrustedPeople(staff, workingGroup, automation.Login, people.Automation);
    }
}
