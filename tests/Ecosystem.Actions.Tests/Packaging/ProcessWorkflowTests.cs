using System.Text.Json.Nodes;
using Ecosystem.Actions.Commands;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Tests.Runtime;
using YamlDotNet.RepresentationModel;

namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>
/// The reusable workflow an adopting repository calls: which commands each event runs, in which concurrency group,
/// evaluated from the workflow's own conditions, not read by eye.
/// </summary>
[TestClass]
public sealed class ProcessWorkflowTests
{
    private const string Automation = "github-actions[bot]";

    private static readonly YamlFile Process = YamlFile.Load(".github/workflows/process.yml");

    private static readonly YamlFile Caller = YamlFile.Load(".github/workflows/ecosystem.yml");

    public static IEnumerable<object[]> Events =>
    [
        ["issues", "opened", "", "", "[]", "issue:validate"],
        ["issues", "edited", "", "", "[]", "issue:validate"],
        ["issues", "reopened", "", "", "[]", "issue:validate"],
        ["issues", "labeled", "", "", "[]", "issue:guard"],
        ["issues", "unlabeled", "", "", "[]", "issue:guard"],
        ["issue_comment", "created", "", "", "[]", "issue:guard,tally"],
        ["issue_comment", "created", "", "", "[12]", "issue:guard,validate,tally"],
        ["issue_comment", "edited", "", "", "[]", "issue:tally"],
        ["issue_comment", "deleted", "", "", "[]", "issue:tally"],
        ["schedule", "", "", "", "[]", "nightly:tally,guard,schedule"],
        ["schedule", "", "", "", "[12]", "nightly:tally,guard,validate,schedule"],
        ["workflow_dispatch", "", "validate", "12", "[]", "issue:validate"],
        ["workflow_dispatch", "", "validate", "all", "[]", "nightly:validate"],
        ["workflow_dispatch", "", "tally", "12", "[]", "issue:tally"],
        ["workflow_dispatch", "", "tally", "all", "[]", "nightly:tally"],
        ["workflow_dispatch", "", "schedule", "all", "[]", "nightly:schedule"],
        ["workflow_dispatch", "", "guard", "all", "[]", "nightly:guard"],
        ["workflow_dispatch", "", "guard", "all", "[12]", "nightly:guard,validate"],
        ["workflow_dispatch", "", "status-page", "all", "[]", "status-page:status-page status-page-deploy:"],
    ];

    [TestMethod]
    [DynamicData(nameof(Events))]
    public void Every_trigger_runs_its_command(string eventName, string action, string command, string issue, string rerunIntake, string expected)
    {
        var context = Context(eventName, action, command, issue, sender: "jane-applicant");
        context["steps.guard.outputs.rerun-intake"] = rerunIntake;

        var runs = Runs(context);

        Assert.AreEqual(expected, string.Join(" ", runs.Select(run => $"{run.Job}:{string.Join(',', run.Commands)}")));
    }

    [TestMethod]
    public void The_nightly_run_publishes_the_status_page_only_when_the_caller_turns_it_on()
    {
        var context = Context("schedule", "", "", "", sender: "jane-applicant");
        context["inputs.status-page"] = true;

        var runs = Runs(context);

        Assert.AreEqual("nightly:tally,guard,schedule status-page:status-page status-page-deploy:", string.Join(" ", runs.Select(run => $"{run.Job}:{string.Join(',', run.Commands)}")));
    }

    [TestMethod]
    public void The_nightly_status_page_is_built_after_the_nightly_run_has_written()
    {
        // Built beside the nightly run, the page read the issues while tally, guard and schedule wrote them: a batch just
        // moved into review, or a vote just closed, showed as before (or half-moved) for a whole day.
        Assert.AreEqual("nightly", YamlFile.Scalar(Job("status-page"), "needs"));
        var context = Context("schedule", "", "", "", sender: "jane-applicant");
        context["inputs.status-page"] = true;

        CollectionAssert.AreEqual(new[] { "nightly", "status-page", "status-page-deploy" }, Runs(context).Select(run => run.Job).ToList());
        // A dispatch of status-page skips the nightly job, and the page is built all the same.
        var dispatch = Context("workflow_dispatch", "", "status-page", "all", sender: "jane-applicant");
        CollectionAssert.AreEqual(new[] { "status-page", "status-page-deploy" }, Runs(dispatch).Select(run => run.Job).ToList());
    }

    [TestMethod]
    public void The_automations_own_events_start_nothing_but_other_bots_events_do()
    {
        Assert.IsEmpty(Runs(Context("issues", "labeled", "", "", sender: Automation)));
        Assert.IsEmpty(Runs(Context("issue_comment", "created", "", "", sender: Automation)));
        // Another bot (people.automation decides whether its label changes are trusted) is not filtered out.
        CollectionAssert.AreEqual(new[] { "guard" }, Runs(Context("issues", "labeled", "", "", sender: "renovate[bot]")).Single().Commands.ToList());
    }

    [TestMethod]
    public void Comments_on_pull_requests_start_nothing()
    {
        var context = Context("issue_comment", "created", "", "", sender: "jane-applicant");
        context["github.event.issue.pull_request"] = new object();

        Assert.IsEmpty(Runs(context));
    }

    [TestMethod]
    public void Every_run_that_writes_an_issue_shares_one_group_per_issue_and_never_cancels()
    {
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Events)
        {
            var context = Context((string)row[0], (string)row[1], (string)row[2], (string)row[3], sender: "jane-applicant");
            foreach (var run in Runs(context).Where(run => run.Job == "issue"))
            {
                var concurrency = YamlFile.Mapping(Job("issue"), "concurrency")!;
                groups.Add(WorkflowExpression.Expand(YamlFile.Scalar(concurrency, "group")!, context));
                Assert.AreEqual("false", YamlFile.Scalar(concurrency, "cancel-in-progress"), "A cancelled run stops between two writes.");
            }
        }

        CollectionAssert.AreEquivalent(new[] { "ecosystem-issue-12" }, groups.ToList(), "validate, guard and tally of issue 12 are in one group.");
        var nightly = YamlFile.Mapping(Job("nightly"), "concurrency")!;
        Assert.AreEqual("ecosystem-nightly", YamlFile.Scalar(nightly, "group"));
        Assert.AreEqual("false", YamlFile.Scalar(nightly, "cancel-in-progress"), "The nightly run never cancels another half-way.");
    }

    [TestMethod]
    [DataRow("12")]
    [DataRow("#12")]
    [DataRow(" 12")]
    [DataRow("12 ")]
    [DataRow("012")]
    public void A_dispatch_for_one_issue_shares_the_issues_group_or_is_refused_before_it_writes(string issue)
    {
        // The group is the input as written; the program reads '#12', ' 12' and '012' as issue 12. A run in another
        // group than issue 12's own runs would write the issue beside them, so it must stop before any request.
        var context = Context("workflow_dispatch", "", "validate", issue, sender: "jane-applicant");
        var group = WorkflowExpression.Expand(YamlFile.Scalar(YamlFile.Mapping(Job("issue"), "concurrency")!, "group")!, context);
        Assert.AreEqual("issue:validate", string.Join(" ", Runs(context).Select(run => $"{run.Job}:{string.Join(',', run.Commands)}")));
        var payload = WebhookExamples.Payload("workflow_dispatch", null, payload => payload["inputs"] = new JsonObject { ["issue"] = issue });
        using var environment = new EventEnvironment("workflow_dispatch", payload);

        var read = () => IssueSelector.Read(issue.Trim(), EventContext.Load(environment.Environment));

        if (group == "ecosystem-issue-12")
        {
            Assert.AreEqual(new IssueSelector(12), read());
        }
        else
        {
            StringAssert.StartsWith(Assert.ThrowsExactly<UsageException>(() => read()).Message, $"the workflow_dispatch input 'issue' is '{issue}'");
        }
    }

    [TestMethod]
    public void A_group_that_runs_different_commands_queues_every_pending_run()
    {
        // GitHub keeps one pending run per group unless `queue: max`: a newer run replaces the pending one. Where the
        // two run different commands, the replaced one's command is lost (an edit's validate replaced by a comment's
        // guard and tally), so such a group must queue them all.
        var commandsByJob = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in Events)
        {
            var context = Context((string)row[0], (string)row[1], (string)row[2], (string)row[3], sender: "jane-applicant");
            context["steps.guard.outputs.rerun-intake"] = (string)row[4];
            foreach (var run in Runs(context).Where(run => YamlFile.Mapping(Job(run.Job), "concurrency") is not null))
            {
                commandsByJob.TryAdd(run.Job, new HashSet<string>(StringComparer.Ordinal));
                commandsByJob[run.Job].Add(string.Join(',', run.Commands));
            }
        }

        CollectionAssert.IsSubsetOf(new[] { "issue", "nightly" }, commandsByJob.Where(job => job.Value.Count > 1).Select(job => job.Key).ToList());
        foreach (var (job, commands) in commandsByJob)
        {
            var queue = YamlFile.Scalar(YamlFile.Mapping(Job(job), "concurrency")!, "queue");
            Assert.AreEqual(commands.Count > 1 ? "max" : null, queue, $"{job} runs {string.Join(" | ", commands)}.");
        }
    }

    [TestMethod]
    public void The_status_page_is_deployed_one_run_at_a_time()
    {
        // Two overlapping deployments of one Pages site fail: the publishing job waits for the one before it.
        var deploying = YamlFile.Keys(YamlFile.Mapping(Process.Root, "jobs"))
            .Where(job => Steps(job).Exists(step => YamlFile.Scalar(step, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true))
            .ToList();

        Assert.AreEqual("status-page-deploy", deploying.Single());
        var concurrency = YamlFile.Mapping(Job("status-page-deploy"), "concurrency");
        Assert.IsNotNull(concurrency, "the publishing job has a concurrency group");
        Assert.AreEqual("pages", YamlFile.Scalar(concurrency, "group"), "the group of every Pages deployment (WorkflowTests)");
        Assert.AreEqual("false", YamlFile.Scalar(concurrency, "cancel-in-progress"), "a deployment under way is never cancelled");
    }

    [TestMethod]
    public void Each_job_takes_only_the_permissions_it_needs()
    {
        var workflowLevel = YamlFile.Mapping(Process.Root, "permissions")!;
        CollectionAssert.AreEquivalent(new[] { "contents" }, YamlFile.Keys(workflowLevel).ToList(), "The workflow grants reading only; each job names the rest.");
        Assert.AreEqual("read", YamlFile.Scalar(workflowLevel, "contents"));
        var expected = new Dictionary<string, string>
        {
            ["issue"] = "contents:read issues:write",
            ["nightly"] = "contents:read issues:write",
            ["status-page"] = "contents:read issues:read",
            ["status-page-deploy"] = "id-token:write pages:write",
        };
        CollectionAssert.AreEquivalent(expected.Keys.ToList(), YamlFile.Keys(YamlFile.Mapping(Process.Root, "jobs")).ToList());
        foreach (var (job, scopes) in expected)
        {
            var permissions = YamlFile.Mapping(Job(job), "permissions")!;
            Assert.AreEqual(scopes, string.Join(' ', YamlFile.Keys(permissions).Order(StringComparer.Ordinal).Select(scope => $"{scope}:{YamlFile.Scalar(permissions, scope)}")), job);
        }

        var caller = YamlFile.Mapping(Caller.Root, "permissions")!;
        Assert.AreEqual("contents:read id-token:write issues:write pages:write", string.Join(' ', YamlFile.Keys(caller).Order(StringComparer.Ordinal).Select(scope => $"{scope}:{YamlFile.Scalar(caller, scope)}")), "The caller grants the union and no more.");
    }

    /// <summary>
    /// A foundation's security review reads "Tokens and permissions" first: it said the workflows ask for
    /// <c>contents: read</c> and <c>issues: write</c> alone, while the workflow init writes also grants <c>pages: write</c> and
    /// <c>id-token: write</c>, and the status page's build reads the issues with <c>issues: read</c>.
    /// </summary>
    [TestMethod]
    public void The_README_names_every_permission_the_caller_grants_and_each_job_takes()
    {
        var readme = File.ReadAllText(RepositoryRoot.File("README.md"));
        var start = readme.IndexOf("\n## Tokens and permissions\n", StringComparison.Ordinal);
        var intro = readme[start..readme.IndexOf("\n| need", start, StringComparison.Ordinal)];
        var granted = new[] { YamlFile.Mapping(Caller.Root, "permissions")! }
            .Concat(YamlFile.Keys(YamlFile.Mapping(Process.Root, "jobs")).Select(job => YamlFile.Mapping(Job(job), "permissions")!))
            .SelectMany(permissions => YamlFile.Keys(permissions).Select(scope => $"`{scope}: {YamlFile.Scalar(permissions, scope)}`"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        var missing = granted.Where(scope => !intro.Contains(scope, StringComparison.Ordinal)).ToList();

        Assert.IsEmpty(missing, $"Tokens and permissions does not name {string.Join(", ", missing)}: {intro}");
    }

    /// <summary>
    /// Every command step takes the app's token (or ECOSYSTEM_TOKEN) in place of GITHUB_TOKEN, for the issues too: an adopter
    /// who gave the app only the board's and the teams' permissions, as the table listed them, had every write refused.
    /// </summary>
    [TestMethod]
    public void The_README_says_an_app_or_a_token_in_place_of_GITHUB_TOKEN_needs_the_issues_too()
    {
        var readme = File.ReadAllText(RepositoryRoot.File("README.md"));
        var row = readme.Split('\n').Single(line => line.StartsWith("| issues, labels, comments", StringComparison.Ordinal));

        StringAssert.Contains(row, "App repository permission *Issues: read and write*");
        StringAssert.Contains(row, "fine-grained PAT");
        StringAssert.Contains(row, "classic PAT");
    }

    [TestMethod]
    public void The_caller_says_it_keeps_every_permission_a_job_of_the_process_asks_for()
    {
        // GitHub refuses to start a run (startup_failure) whose called workflow has a job asking for more than the caller
        // grants, whether that job would run or not: the status page's scopes dropped, every event's run failed.
        var text = File.ReadAllText(RepositoryRoot.File(".github", "workflows", "ecosystem.yml"));
        var comment = string.Concat(text[..text.IndexOf("\npermissions:", StringComparison.Ordinal)].Split('\n').Reverse()
            .TakeWhile(line => line.StartsWith('#')).Reverse().Select(line => line[1..].Trim() + " "));

        Assert.DoesNotContain("can go", comment, comment);
        StringAssert.Contains(comment, "even without the status page", comment);
    }

    [TestMethod]
    public void The_caller_listens_to_every_trigger_the_process_maps()
    {
        var on = YamlFile.Mapping(Caller.Root, "on")!;

        CollectionAssert.AreEquivalent(new[] { "opened", "edited", "reopened", "labeled", "unlabeled" }, YamlFile.Sequence(YamlFile.Mapping(on, "issues")!, "types").ToList());
        CollectionAssert.AreEquivalent(new[] { "created", "edited", "deleted" }, YamlFile.Sequence(YamlFile.Mapping(on, "issue_comment")!, "types").ToList());
        Assert.IsTrue(on.Children.ContainsKey(new YamlScalarNode("schedule")));
        var dispatch = YamlFile.Mapping(YamlFile.Mapping(on, "workflow_dispatch")!, "inputs")!;
        CollectionAssert.AreEquivalent(new[] { "validate", "schedule", "tally", "guard", "status-page" }, YamlFile.Sequence(YamlFile.Mapping(dispatch, "command")!, "options").ToList());
    }

    [TestMethod]
    public void A_GitHub_App_token_is_used_when_the_caller_names_an_app()
    {
        foreach (var job in new[] { "issue", "nightly", "status-page" })
        {
            var steps = Steps(job);
            var app = steps.Single(step => YamlFile.Scalar(step, "id") == "app");
            StringAssert.StartsWith(YamlFile.Scalar(app, "uses"), "actions/create-github-app-token@");
            Assert.IsTrue(WorkflowExpression.IsTrue(YamlFile.Scalar(app, "if"), new Dictionary<string, object?> { ["inputs.app-client-id"] = "Iv1.abc" }));
            Assert.IsFalse(WorkflowExpression.IsTrue(YamlFile.Scalar(app, "if"), new Dictionary<string, object?> { ["inputs.app-client-id"] = "" }));
            foreach (var command in steps.Where(step => Command(step) is not null))
            {
                Assert.AreEqual("${{ steps.app.outputs.token || secrets.ECOSYSTEM_TOKEN || github.token }}", YamlFile.Scalar(YamlFile.Mapping(command, "with")!, "token"));
            }
        }
    }

    private static Dictionary<string, object?> Context(string eventName, string action, string command, string issue, string sender) => new(StringComparer.Ordinal)
    {
        ["github.event_name"] = eventName,
        ["github.event.action"] = action.Length > 0 ? action : null,
        ["github.event.sender.login"] = sender,
        ["github.event.issue.number"] = eventName is "issues" or "issue_comment" ? 12d : null,
        ["github.event.issue.pull_request"] = null,
        ["inputs.command"] = command,
        ["inputs.issue"] = eventName == "workflow_dispatch" ? issue : string.Empty,
        ["inputs.automation-login"] = Automation,
        ["inputs.app-client-id"] = string.Empty,
        ["inputs.status-page"] = false,
        ["steps.guard.outputs.rerun-intake"] = "[]",
    };

    /// <summary>The jobs an event runs, in file order (a job runs when its condition holds and the jobs it needs ran), each with its commands.</summary>
    private static List<(string Job, List<string> Commands)> Runs(Dictionary<string, object?> context)
    {
        var runs = new List<(string Job, List<string> Commands)>();
        // The jobs that ran with every job they need, and those each needs, run too (all succeeding, as modelled here).
        var chainRan = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in YamlFile.Keys(YamlFile.Mapping(Process.Root, "jobs")))
        {
            var (needs, condition) = (YamlFile.Scalar(Job(job), "needs"), YamlFile.Scalar(Job(job), "if"));
            if (needs is not null)
            {
                context[$"needs.{needs}.result"] = runs.Exists(run => run.Job == needs) ? "success" : "skipped";
            }

            // Without a status function (GitHub's cancelled()) the condition is success() && it, and success() is false
            // when any job up the chain of needs did not run, not only the one named (actions/runner#2205).
            var waits = needs is not null && !chainRan.Contains(needs) && !(condition?.Contains("cancelled()", StringComparison.Ordinal) ?? false);
            if (waits || !WorkflowExpression.IsTrue(condition, context))
            {
                continue;
            }

            if (needs is null || chainRan.Contains(needs))
            {
                chainRan.Add(job);
            }

            runs.Add((job, [.. Steps(job).Where(step => WorkflowExpression.IsTrue(YamlFile.Scalar(step, "if"), context)).Select(Command).OfType<string>()]));
        }

        return runs;
    }

    private static string? Command(YamlMappingNode step) =>
        YamlFile.Scalar(step, "uses") is { } uses && uses.StartsWith("pytorch-fdn/ecosystem-actions/actions/", StringComparison.Ordinal)
            ? uses["pytorch-fdn/ecosystem-actions/actions/".Length..uses.IndexOf('@', StringComparison.Ordinal)]
            : null;

    private static YamlMappingNode Job(string name) => YamlFile.Mapping(YamlFile.Mapping(Process.Root, "jobs")!, name)!;

    private static List<YamlMappingNode> Steps(string job) =>
        Job(job).Children.TryGetValue(new YamlScalarNode("steps"), out var steps) && steps is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlMappingNode>()]
            : [];
}
