using System.Globalization;
using Ecosystem.TestServer.Rest;
using Ecosystem.TestServer.State;

namespace Ecosystem.Benchmarks;

internal static class Scenarios
{
    private const string Owner = "pytorch-fdn";
    private const string Name = "ecosystem";

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("validate",
            n => $"one application, backlog of {n}",
            (state, n, now) =>
            {
                var issues = Backlog(state, n, now, ["New"]);
                SeedApplicantRepository(state, now);
                return new("workflow_dispatch", Dispatch(state), ["validate", "--issue", N(issues[^1].Number)], string.Empty);
            },
            // The issue; every issue's title and body (duplicates and resubmissions) in ⌈n/100⌉ GraphQL pages; the
            // repository facts in one GraphQL query, the maintainers in one, the package index once, the comments once;
            // the report comment.
            n => $"⌈{n}/100⌉ + 5 reads + 1 write = {Pages(n) + 6}"),
        new("validate",
            n => $"one application with {n} comments",
            (state, n, now) =>
            {
                var issue = Backlog(state, 1, now.AddDays(-3), ["New"])[0];
                Discussion(issue, n, now);
                SeedApplicantRepository(state, now);
                return new("workflow_dispatch", Dispatch(state), ["validate", "--issue", N(issue.Number)], string.Empty);
            },
            // As above with one page of issues, and the comments (for the report comment) in ⌈n/100⌉ pages.
            n => $"1 + 1 + 3 + ⌈{n}/100⌉ reads + 1 write = {Pages(n) + 6}"),
        new("validate",
            n => $"one application whose description is {n} KiB of hostile Markdown",
            (state, n, now) =>
            {
                var description = "### Project description\n\n";
                var hostile = description + Hostile(n * 1024);
                var issue = Backlog(state, 1, now, ["New"], body => body.Replace(description, hostile, StringComparison.Ordinal))[0];
                SeedApplicantRepository(state, now);
                return new("workflow_dispatch", Dispatch(state), ["validate", "--issue", N(issue.Number)], string.Empty);
            },
            // As for a backlog of one: the body's size changes the reading, not the requests (the tests' 1 MB bodies).
            _ => "1 + 5 reads + 1 write = 7"),
        new("schedule",
            n => $"backlog of {n}, 14 days before a session",
            (state, n, now) =>
            {
                Backlog(state, n, now, ["New"]);
                var session = DateOnly.FromDateTime(now.UtcDateTime).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new("schedule", Schedule(state), ["schedule"], $"sessions:\n  dates: [\"{session}\"]\n");
            },
            // The issues with their comments by the page (⌈n/100⌉ GraphQL requests); per scheduled application (10) its
            // labels (1 add, 1 remove) and a comment; one agenda issue; on the first night, one queue-position comment
            // per application left waiting.
            n => $"⌈{n}/100⌉ reads + {Math.Min(n, 10)}×3 + 1 + {Math.Max(0, n - 10)} writes = {Pages(n) + (Math.Min(n, 10) * 3) + 1 + Math.Max(0, n - 10)}"),
        new("tally",
            n => $"one vote, {n} comments",
            (state, n, now) =>
            {
                var issue = Backlog(state, 1, now, ["In review"])[0];
                for (var i = 0; i < n; i++)
                {
                    var member = "wg" + N(i % 10);
                    issue.AddComment(member, i % 10 == 0 ? "/vote approve" : "Looks interesting, one question.", at: now.AddMinutes(-n + i));
                }

                issue.AddComment("staff-alice", "/vote open", at: now.AddMinutes(-n - 1));
                return new("workflow_dispatch", Dispatch(state), ["tally", "--issue", N(issue.Number)],
                    "people:\n  staff:\n    users: [\"staff-alice\"]\n  working-group:\n    users: [" +
                    string.Join(", ", Enumerable.Range(0, 10).Select(i => $"\"wg{i}\"")) + "]\n");
            },
            // The issue, its comments in ⌈n/100⌉ pages, the automation's login; the tally comment and the label.
            n => $"1 + ⌈{n}/100⌉ + 1 reads + 2 writes = {Pages(n) + 4}"),
        new("tally",
            n => $"nightly, backlog of {n} in review, no vote open",
            (state, n, now) =>
            {
                Backlog(state, n, now.AddDays(-30), ["In review"]);
                return new("schedule", Schedule(state), ["tally"], "people:\n  staff:\n    users: [\"staff-alice\"]\n  working-group:\n    users: [\"wg0\", \"wg1\"]\n");
            },
            // The automation's login, then the open issues labelled in voting or in review with their comments (a /vote
            // open may be among them) by the page, ⌈n/100⌉ GraphQL requests; nothing to write.
            n => $"1 + ⌈{n}/100⌉ reads = {1 + Pages(n)}"),
        new("guard",
            n => $"nightly, {n} applications waiting",
            (state, n, now) =>
            {
                foreach (var issue in Backlog(state, n, now.AddDays(-45), ["New"]))
                {
                    issue.AddLabel("Waiting on comment", "staff-alice", now.AddDays(-31));
                }

                return new("schedule", Schedule(state), ["guard"], "people:\n  staff:\n    users: [\"staff-alice\"]\n");
            },
            // All issues with their comments and label events by the page, ⌈n/100⌉ GraphQL requests; one reminder
            // comment per waiting application.
            n => $"⌈{n}/100⌉ reads + {n} writes = {Pages(n) + n}"),
        new("guard",
            n => $"nightly, one application waiting, {n} comments",
            (state, n, now) =>
            {
                var issue = Backlog(state, 1, now.AddDays(-45), ["New"])[0];
                Discussion(issue, n, now.AddDays(-40));
                issue.AddLabel("Waiting on comment", "staff-alice", now.AddDays(-31));
                return new("schedule", Schedule(state), ["guard"], "people:\n  staff:\n    users: [\"staff-alice\"]\n");
            },
            // One page of issues carrying the first 100 comments and the label events, then the comments after the
            // first 100 in pages of their own: ⌈n/100⌉ reads in all; one reminder comment.
            n => $"⌈{n}/100⌉ reads + 1 write = {Pages(n) + 1}"),
    ];

    private static int Pages(int n) => Math.Max(1, (n + 99) / 100);

    /// <summary>
    /// At least <paramref name="length"/> characters of what once made reading slow: fences, links, mentions, heading
    /// marks, runs an e-mail or URL scan could backtrack over, and long lines (the Markdown of <c>LargeInputTests</c>).
    /// </summary>
    private static string Hostile(int length)
    {
        var unit = "### " + new string('#', 40) + " ``` ~~~ [a](mailto:a@b.org) @x @y https://github.com/a/b " + new string(' ', 200) + "x\n"
            + string.Concat(Enumerable.Repeat("a.a.a.a.a@", 100)) + " " + string.Concat(Enumerable.Repeat("https://github.com/", 100)) + "\n"
            + new string('a', 3000) + "\n\n";
        return string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1));
    }

    /// <summary><paramref name="n"/> comments by reviewers and staff before <paramref name="until"/>, none by the applicant.</summary>
    private static void Discussion(Issue issue, int n, DateTimeOffset until)
    {
        for (var i = 0; i < n; i++)
        {
            issue.AddComment(i % 3 == 0 ? "staff-alice" : "reviewer" + N(i % 5), "A question about the CI matrix, " + N(i) + ".", at: until.AddMinutes(-n + i));
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<Issue> Backlog(GitHubState state, int n, DateTimeOffset createdAt, string[] labels, Func<string, string>? edit = null)
    {
        var repository = state.FindRepository(Owner, Name) ?? state.AddRepository(Owner, Name);
        var body = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Ecosystem.Domain.Tests", "Intake", "Bodies", "complete.md"));
        body = edit is null ? body : edit(body);
        return [.. Enumerable.Range(1, n).Select(i => repository.AddIssue($"[Ecosystem] Project {i}", body, "applicant" + N(i), labels, createdAt.AddMinutes(i)))];
    }

    private static void SeedApplicantRepository(GitHubState state, DateTimeOffset now)
    {
        state.AddUser("janedoe");
        state.AddUser("rajpatel");
        var repository = state.AddRepository("torchrender", "torchrender").WithStars(1200).WithLicense("BSD-3-Clause")
            .WithFiles("LICENSE", "README.md", "CONTRIBUTING.md", ".github/CODEOWNERS", "CODE_OF_CONDUCT.md", ".github/workflows/ci.yml");
        for (var i = 0; i < 40; i++)
        {
            repository.WithCommit(now.AddDays(-i), $"dev{i % 6}@torchrender.org", "dev" + N(i % 6));
        }

        state.AddPyPIPackage("torchrender", "1.2.0");
    }

    private static string Dispatch(GitHubState state) =>
        new WebhookPayloads(state, $"{Owner}/{Name}").WorkflowDispatch(new Dictionary<string, string>()).ToJsonString();

    private static string Schedule(GitHubState state) => new WebhookPayloads(state, $"{Owner}/{Name}").Schedule("17 3 * * *").ToJsonString();

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecosystem.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ecosystem.slnx above {AppContext.BaseDirectory}.");
    }
}
