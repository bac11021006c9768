using System.CommandLine;
using System.Text;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Status;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands;

/// <summary>
/// <c>status-page</c>: a self-contained <c>index.html</c> in the <c>output</c> folder, from one paged read of the issues;
/// nothing is written to GitHub. The queue and sessions are the scheduler's own forecast.
/// </summary>
public sealed class StatusPageCommand : ICommand
{
    private const string Output = "output";

    /// <summary>The folder GitHub's upload-pages-artifact action reads by default.</summary>
    private const string DefaultOutput = "_site";

    public string Name => "status-page";

    public string Summary => "Write the public status page (queue, sessions, decisions, process figures) as a static site.";

    public IReadOnlyList<Option<string>> Options { get; } =
        [
            new("--" + Output) { HelpName = "DIR", Description = $"The folder to write the site to, relative to the workspace (input: output; default {DefaultOutput})." },
        ];

    public async Task<int> RunAsync(CommandContext context)
    {
        var runtime = context.Runtime;
        var configuration = context.Configuration;
        var output = Path.GetFullPath(Path.Combine(context.Workspace, context.GetOption(Output) ?? DefaultOutput));
        var rules = configuration.Scheduling;
        var calendar = new ReviewCalendar(configuration.Calendar);
        var intake = new IntakeAssessor(ApplicationFormFile.Load(context), context.IntakeRules);

        using var session = GitHubSession.Open(context);
        var automation = (await session.Gateway.GetAutomationAsync()).Login;
        // Every issue once, by the page; the applications are those that carry, or once carried, a label of the process, each
        // screened like the scheduler screens the backlog; the automation's agendas are read as it reads them (a chosen batch size).
        var histories = await session.Gateway.GetIssueHistoriesAsync(IssueStateFilter.All);
        var applications = histories.Where(h => !ReviewAgenda.IsAgenda(h.Issue, automation) && h.EverHad(rules.Labels.Process))
            .Select(h => new StatusApplication(h, intake.Candidate(h, automation, calendar, context.Time.GetUtcNow())))
            .ToList();
        // Who is trusted only matters to a decision's date and to a return (staff may ask for one) when an outcome label was ever
        // removed (a removal the guard undid is no decision): only then are staff and the Working Group read, whose teams cost
        // requests. The bots are always known: none of their comments is a first response.
        var people = applications.Any(a => a.History.LabelEvents.Any(e => !e.Added && rules.Labels.IsDecided(e.Label)))
            ? await session.PeopleAsync()
            : new TrustedPeople([], [], automation, configuration.People.Automation);
        var report = new StatusReportBuilder(calendar, rules, configuration.Intake, people,
            configuration.Guardians.Foundation, context.Time).Build(applications, session.RepositoryUrl, ReviewAgenda.In(histories, automation));

        Directory.CreateDirectory(output);
        var index = Path.Combine(output, "index.html");
        await File.WriteAllTextAsync(index, report.Page(), new UTF8Encoding(false), context.Cancellation);
        runtime.Info(report.LogLine(applications.Count));
        runtime.Info($"Wrote {index}.");
        // Relative to the workspace: the container sees the workspace at another path than the steps after it.
        runtime.SetOutput("path", Path.GetRelativePath(context.Workspace, output).Replace('\\', '/'));
        runtime.Summary.AddMarkdown(report.Summary());
        return ExitCodes.Success;
    }
}
