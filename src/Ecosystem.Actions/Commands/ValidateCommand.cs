using System.CommandLine;
using Ecosystem.Actions.Commands.Validate;
using Ecosystem.Actions.Adoption;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Intake;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// <c>validate</c>: on GitHub it applies intake's plan to each application; with <c>--body-file</c> it checks a body
/// offline and prints the same report, the repository checks shown as not checked. An incomplete application is a
/// finding, not a failure: the exit code is 0 and <c>valid</c> is <c>false</c>; 1 only when the run itself fails.
/// </summary>
public sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Summary => "Check application issues against the form and the requirements, and report on each issue.";

    public IReadOnlyList<Option<string>> Options { get; } =
        [
            new("--issue") { HelpName = "N|all", Description = "The application issue to check, or all open applications (input: issue)." },
            new("--body-file") { HelpName = "FILE", Description = "Check this issue body from a file instead of an issue, offline: no token, no network (input: body-file)." },
            new("--template") { HelpName = "FILE", Description = "The issue form the body was written with; default: application.template of the configuration (input: template)." },
            new("--title") { HelpName = "TEXT", Description = "With --body-file: the issue title to check; default: the title prefix and the repository's name (input: title)." },
        ];

    public void Prepare() => IntakeAssessor.Prepare(ApplicationForm.Parse(AdoptionFiles.ApplicationForm, "bundled PyTorch Ecosystem form"));

    public async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var rules = context.IntakeRules;
        var assessor = new IntakeAssessor(LoadForm(context), rules);
        if (context.GetOption("body-file") is { } bodyFile)
        {
            return RunOffline(context, assessor, rules, bodyFile);
        }

        if (context.GetOption("title") is not null)
        {
            throw new UsageException("--title (input 'title') only goes with --body-file; on GitHub the issue's own title is checked.");
        }

        var target = ValidationTarget.Resolve(context.GetOption("issue"), context.Event);
        if (target.Reason is { } reason)
        {
            ValidationOutputs.WriteNothing(context.Runtime, reason);
            return ExitCodes.Success;
        }

        using var session = GitHubSession.Open(context);
        var gatherer = new IntakeFactsGatherer(session.Gateway, session.Packages, rules);
        var exitCode = target.IssueNumber is { } number
            ? await RunOneAsync(context, session, assessor, gatherer, number, cancellationToken)
            : await RunAllAsync(context, session, assessor, gatherer, cancellationToken);
        session.ReportPlannedWrites();
        return exitCode;
    }

    private async Task<int> RunOneAsync(
        CommandContext context, GitHubSession session, IntakeAssessor assessor, IntakeFactsGatherer gatherer, int number, CancellationToken cancellationToken)
    {
        var issue = await session.Gateway.GetIssueAsync(number);
        var leftAlone = issue.IsPullRequest ? ValidationTarget.PullRequest(number)
            : issue.IsOpen ? null : $"#{number} is closed; intake checks open issues only (reopening it runs the check).";
        if (leftAlone is not null)
        {
            ValidationOutputs.WriteNothing(context.Runtime, leftAlone);
            return ExitCodes.Success;
        }

        // Only an application needs the issues' titles and bodies (100 a read) to find earlier applications for the same repository.
        var prior = new PriorApplicationIndex(
            assessor.Read(issue).Kind == ApplicationKind.Application ? await session.Gateway.GetIssuesAsync(IssueStateFilter.All) : [], assessor);
        var result = await IntakeAsync(session, assessor, gatherer, issue, prior, cancellationToken);
        context.Runtime.Info(IntakeSummary.LogLine(result.Issue, result.Report, result.Writes.Count));
        await AddToBoardAsync(context, session, [result]);
        ValidationOutputs.WriteOne(context.Runtime, result);
        return ExitCodes.Success;
    }

    private static async Task<int> RunAllAsync(
        CommandContext context, GitHubSession session, IntakeAssessor assessor, IntakeFactsGatherer gatherer, CancellationToken cancellationToken)
    {
        var issues = await session.Gateway.GetIssuesAsync(IssueStateFilter.All);
        var prior = new PriorApplicationIndex(issues, assessor);
        var results = new List<ValidationResult>();
        var failed = 0;
        foreach (var issue in issues.Where(i => i.IsOpen))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var result = await IntakeAsync(session, assessor, gatherer, issue, prior, cancellationToken);
                context.Runtime.Info(IntakeSummary.LogLine(result.Issue, result.Report, result.Writes.Count));
                results.Add(result);
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not GitHubRateLimitException)
            {
                // One broken application must not keep the others from their reports.
                failed++;
                context.Runtime.Error($"#{issue.Number}: intake failed: {exception.Message}");
            }
        }

        await AddToBoardAsync(context, session, results);
        ValidationOutputs.WriteAll(context.Runtime, results);
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private int RunOffline(CommandContext context, IntakeAssessor assessor, IntakeRules rules, string bodyFile)
    {
        var path = Path.GetFullPath(bodyFile, context.Workspace);
        string body;
        try
        {
            body = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--body-file (input 'body-file'): cannot read {bodyFile} ({exception.Message}).");
        }

        var draft = new IssueSnapshot(0, "", body, "applicant", true, [], context.Time.GetUtcNow(), null, "");
        var title = context.GetOption("title")
            ?? $"{rules.TitlePrefix} {assessor.Read(draft).Repository?.Name ?? Path.GetFileNameWithoutExtension(path)}";
        var issue = draft with { Title = title };
        var application = assessor.Read(issue);
        var report = assessor.Assess(application, IntakeFacts.Offline);
        var result = new ValidationResult(issue, report, assessor.Plan(issue, report), []);
        context.Runtime.Info($"{bodyFile} (title \"{title}\"): {result.Report.VerdictText}; repository, maintainer, package and earlier-application checks are not made offline.");
        ValidationOutputs.WriteOne(context.Runtime, result);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Intake of one issue on GitHub, applying only what differs; the board placements of a run are applied together at
    /// its end. An issue that is not an application is left alone: no comment read, no fact gathered, nothing written.
    /// </summary>
    private static async Task<ValidationResult> IntakeAsync(
        GitHubSession session, IntakeAssessor assessor, IntakeFactsGatherer gatherer, IssueSnapshot issue, PriorApplicationIndex prior, CancellationToken cancellationToken)
    {
        var application = assessor.Read(issue);
        if (application.Kind == ApplicationKind.NotAnApplication)
        {
            return new ValidationResult(issue, assessor.Assess(application, IntakeFacts.Offline), new IssuePlan(issue.Number), []);
        }

        // A lost form has no answers to check against the repository; its report asks for the form only.
        var facts = application.Kind == ApplicationKind.Application
            ? await gatherer.GatherAsync(application, prior.For(application), cancellationToken)
            : IntakeFacts.Offline;
        var report = assessor.Assess(application, facts);
        var plan = assessor.Plan(issue, report);
        cancellationToken.ThrowIfCancellationRequested();
        var gateway = session.Gateway;
        var writes = new List<PlannedWrite>(await session.ApplyAsync(issue, await gateway.GetCommentsAsync(issue.Number), plan with { Board = null }));
        if (application.Kind == ApplicationKind.Application)
        {
            foreach (var link in assessor.ResubmissionLinks(application, prior.For(application)))
            {
                // Read before writing, so a re-run finds its back-link and writes nothing.
                var earlier = await gateway.GetIssueAsync(link.IssueNumber);
                writes.AddRange(await session.ApplyAsync(earlier, await gateway.GetCommentsAsync(link.IssueNumber), link));
            }
        }

        return new ValidationResult(issue, report, plan, writes);
    }

    // The board is a convenience: a token that cannot reach it must not cost the applicant their report.
    private static async Task AddToBoardAsync(CommandContext context, GitHubSession session, IReadOnlyList<ValidationResult> results)
    {
        foreach (var write in await session.ApplyBoardAsync([.. results.Select(r => r.Plan)], "The applications were checked"))
        {
            context.Runtime.Info(write.Description);
        }
    }

    private ApplicationForm LoadForm(CommandContext context)
    {
        var workspace = Path.GetFullPath(context.Workspace);
        var template = context.GetOption("template");
        var path = context.Configuration.ApplicationTemplate;
        // Offline, outside a checkout, the PyTorch form bundled in the program stands in; a form the user named, or
        // one a repository is checked against on GitHub, never does: parsing against another form misreads answers.
        if (template is null && context.GetOption("body-file") is not null && !File.Exists(Path.GetFullPath(path, workspace)))
        {
            context.Runtime.Notice($"{Name}: no application form at {path} (application.template) in {workspace}; checking against the PyTorch Ecosystem form bundled in the program. Give --template FILE to check against another form.");
            return ApplicationForm.Parse(AdoptionFiles.ApplicationForm, "bundled PyTorch Ecosystem form");
        }

        return ApplicationFormFile.Load(context, template);
    }
}
