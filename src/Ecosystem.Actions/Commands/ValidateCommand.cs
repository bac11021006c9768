using System.CommandLine;
using Ecosystem.Actions.Adoption;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
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

    public void Prepare() => IntakeAssessor.Prepare(BundledForm());

    public async Task<int> RunAsync(CommandContext context)
    {
        var assessor = new IntakeAssessor(LoadForm(context), context.IntakeRules);
        if (context.GetOption("body-file") is { } bodyFile)
        {
            return RunOffline(context, assessor, bodyFile);
        }

        if (context.GetOption("title") is not null)
        {
            throw new UsageException("--title (input 'title') only goes with --body-file; on GitHub the issue's own title is checked.");
        }

        var @event = context.Event;
        var selected = IssueSelector.Read(context.GetOption("issue"), @event) ?? throw new UsageException(
            $"Nothing to validate: the {@event.EventName} event carries no issue. Give --issue N or --issue all (input 'issue'), "
            + "or run on the issues event (opened, edited, reopened).");
        if (selected.EventIssue is { } eventIssue && IntakeResult.WhyNotOnEvent(eventIssue, @event.EventName, @event.Payload.Action) is { } reason)
        {
            WriteNothing(context.Runtime, reason);
            return ExitCodes.Success;
        }

        using var session = GitHubSession.Open(context);
        await (selected.Number is { } number ? RunOneAsync(context, session, assessor, number) : RunAllAsync(context, session, assessor));
        return session.Finish();
    }

    private static async Task RunOneAsync(CommandContext context, GitHubSession session, IntakeAssessor assessor, int number)
    {
        var issue = await session.Gateway.GetIssueAsync(number);
        if (IntakeResult.WhyLeftAlone(issue) is { } leftAlone)
        {
            WriteNothing(context.Runtime, leftAlone);
            return;
        }

        var application = assessor.Read(issue);
        // Only an application needs the issues' titles and bodies (100 a read) to find earlier applications for the same repository.
        var prior = new PriorApplicationIndex(application.Kind == ApplicationKind.Application
            ? (await session.Gateway.GetIssuesAsync(IssueStateFilter.All)).Select(assessor.Read) : []);
        var result = await IntakeAsync(session, assessor, application, prior, context.Cancellation);
        context.Runtime.Info(result.LogLine);
        await AddToBoardAsync(context, session, [result]);
        WriteOne(context.Runtime, result);
    }

    private static async Task RunAllAsync(CommandContext context, GitHubSession session, IntakeAssessor assessor)
    {
        var listed = (await session.Gateway.GetIssuesAsync(IssueStateFilter.All)).Select(assessor.Read).ToList();
        var prior = new PriorApplicationIndex(listed);
        var results = new List<IntakeResult>();
        foreach (var application in listed.Where(a => a.Issue.IsOpen))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            // One broken application must not keep the others from their reports.
            var what = $"#{application.Issue.Number}: intake failed";
            if (await session.OrFailAsync(what, () => IntakeAsync(session, assessor, application, prior, context.Cancellation)) is { } result)
            {
                context.Runtime.Info(result.LogLine);
                results.Add(result);
            }
        }

        await AddToBoardAsync(context, session, results);
        var applications = results.Where(r => r.IsApplication).ToList();
        var table = IntakeResult.Summarize(applications);
        Write(context.Runtime, applications.All(r => r.IsValid), IntakeResult.ProblemsByIssue(applications), table, table);
    }

    private int RunOffline(CommandContext context, IntakeAssessor assessor, string bodyFile)
    {
        var file = NamedFile.Read(Path.GetFullPath(bodyFile, context.Workspace));
        var body = file.Text ?? throw new UsageException($"--body-file (input 'body-file'): {bodyFile} {file.Problem}.");
        var draft = new IssueSnapshot(0, "", body, "applicant", true, [], context.Time.GetUtcNow(), null, "");
        var title = context.GetOption("title")
            ?? $"{context.Configuration.Intake.TitlePrefix} {assessor.Read(draft).Repository?.Name ?? Path.GetFileNameWithoutExtension(bodyFile)}";
        var issue = draft with { Title = title };
        var report = assessor.Assess(assessor.Read(issue), IntakeFacts.Offline);
        context.Runtime.Info($"{bodyFile} (title \"{title}\"): {report.VerdictText}; repository, maintainer, package and earlier-application checks are not made offline.");
        WriteOne(context.Runtime, new IntakeResult(issue, report, assessor.Plan(issue, report), 0));
        return ExitCodes.Success;
    }

    /// <summary>
    /// Intake of one issue on GitHub, applying only what differs; the board placements of a run are applied together at
    /// its end. An issue that is not an application is left alone: no comment read, no fact gathered, nothing written.
    /// </summary>
    private static async Task<IntakeResult> IntakeAsync(
        GitHubSession session, IntakeAssessor assessor, Application application, PriorApplicationIndex prior, CancellationToken cancellationToken)
    {
        var issue = application.Issue;
        if (application.Kind == ApplicationKind.NotAnApplication)
        {
            return new IntakeResult(issue, assessor.Assess(application, IntakeFacts.Offline), new IssuePlan(issue.Number), 0);
        }

        // A lost form has no answers to check against the repository; its report asks for the form only.
        var earlier = prior.For(application);
        var facts = application.Kind == ApplicationKind.Application
            ? await session.Facts.GatherAsync(application, earlier, cancellationToken) : IntakeFacts.Offline;
        var report = assessor.Assess(application, facts);
        var gateway = session.Gateway;
        // Who put the waiting label on matters only when a complete application carries it: its events are read then.
        var waitingSetByPerson = assessor.AsksWhoSetWaiting(issue, report)
            && assessor.WaitingSetByPerson(await gateway.GetLabelEventsAsync(issue.Number), await session.PeopleAsync());
        var comments = await gateway.GetCommentsAsync(issue.Number);
        var plan = assessor.Plan(issue, report, waitingSetByPerson,
            ReturningRequests.LastGranted(comments, (await gateway.GetAutomationAsync()).Login));
        cancellationToken.ThrowIfCancellationRequested();
        var writes = (await session.Applier.ApplyAsync(issue, comments, plan with { Board = null })).Count;
        foreach (var link in assessor.ResubmissionLinks(application, earlier))
        {
            // Read before writing, so a re-run finds its back-link and writes nothing.
            var linked = await gateway.GetIssueAsync(link.IssueNumber);
            writes += (await session.Applier.ApplyAsync(linked, await gateway.GetCommentsAsync(link.IssueNumber), link)).Count;
        }

        return new IntakeResult(issue, report, plan, writes);
    }

    // The board is a convenience: a token that cannot reach it must not cost the applicant their report.
    private static async Task AddToBoardAsync(CommandContext context, GitHubSession session, IReadOnlyList<IntakeResult> results)
    {
        foreach (var write in await session.Applier.MoveOnBoardAsync([.. results.Select(r => r.Plan)], IntakeResult.Checked(results)))
        {
            context.Runtime.Info(write.Description);
        }
    }

    private static void WriteOne(ActionsRuntime runtime, IntakeResult result) =>
        Write(runtime, result.IsValid, result.Problems, result.Markdown, result.Summary);

    private static void WriteNothing(ActionsRuntime runtime, string why)
    {
        runtime.Info(why);
        Write(runtime, false, "[]", string.Empty, MarkdownText.Inline(why, 600));
    }

    private static void Write(ActionsRuntime runtime, bool valid, string problems, string report, string summary)
    {
        runtime.SetOutput("valid", valid);
        runtime.SetOutput("problems", problems);
        // Outside Actions the summary is printed; a report would be printed twice (an empty one is set everywhere).
        if (runtime.IsRunningInActions || report.Length == 0)
        {
            runtime.SetOutput("report", report);
        }

        runtime.Summary.AddMarkdown(summary);
    }

    private ApplicationForm LoadForm(CommandContext context)
    {
        var template = context.GetOption("template");
        var path = context.Configuration.ApplicationTemplate;
        // Offline, outside a checkout, the PyTorch form bundled in the program stands in; a form the user named, or
        // one a repository is checked against on GitHub, never does: parsing against another form misreads answers. A
        // folder there is no missing form but a mistake to name.
        if (template is null && context.GetOption("body-file") is not null && !Path.Exists(Path.GetFullPath(path, context.Workspace)))
        {
            context.Runtime.Notice($"{Name}: no application form at {path} (application.template) in {context.Workspace}; "
                + "checking against the PyTorch Ecosystem form bundled in the program. Give --template FILE to check against another form.");
            return BundledForm();
        }

        return ApplicationFormFile.Load(context, template);
    }

    private static ApplicationForm BundledForm() => ApplicationForm.Parse(AdoptionFiles.ApplicationForm, "bundled PyTorch Ecosystem form");
}
