using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands;

/// <summary>
/// The status page of each night, built after the nightly job as the workflow builds it, read as its readers read it:
/// every open undecided application once, in the stage its labels say; each decided one with its decision; the places
/// and sessions the queue comments told; counts that add up.
/// </summary>
public sealed partial class SeasonTests
{
    private sealed partial class Season
    {
        /// <summary>The stages the page may show for an open application, by the labels it carries.</summary>
        private static string[] StagesOf(Issue issue) =>
            issue.Labels.Contains("in voting") ? ["voting"]
            : issue.Labels.Contains(InReview) ? ["scheduled", "in-review"]
            // Intake holds an incomplete application in the waiting label; only completing it moves it.
            : issue.Labels.Contains(Waiting) ? ["waiting", "resubmission", "held-back"]
            : issue.Labels.Contains("New") ? ["backlog", "held-back"]
            : ["not-queued"];

        /// <summary>The nightly status page, built after the night's writes, and what its readers rely on.</summary>
        public async Task CheckPageAsync(string when)
        {
            var run = await Nightly("status-page");
            Assert.IsEmpty(run.WriteRequests, $"{when}: the status page wrote to GitHub");
            var page = await File.ReadAllTextAsync(Path.Combine(world.Run.Workspace, "_site", "index.html"));
            var rows = QueueRow().Matches(page).Select(m => (Number: Number(m.Groups["number"].Value), Stage: m.Groups["stage"].Value,
                Session: m.Groups["expected"].Value, Place: m.Groups["place"].Value, Name: m.Groups["name"].Value)).ToList();
            var applications = Applications();
            var open = applications.Where(i => i.State == "open" && !i.Labels.Any(Outcomes.Contains)).ToList();

            CollectionAssert.AreEquivalent(open.Select(i => i.Number).ToArray(), rows.Select(r => r.Number).ToArray(),
                $"{when}: the open applications on the page, each once");
            foreach (var issue in open)
            {
                var row = rows.Single(r => r.Number == issue.Number);
                CollectionAssert.Contains(StagesOf(issue), row.Stage, $"{when}: #{issue.Number} labelled {string.Join(", ", issue.Labels)}");
                var told = Own(issue, QueuePositionNotice.Purpose) is { } notice && Place().Match(notice) is { Success: true } m
                    ? m.Groups[1].Value : "—";
                Assert.AreEqual(told, row.Place, $"{when}: #{issue.Number}'s place on the page and in its queue comment");
                var session = row.Stage switch
                {
                    "backlog" => Date(SessionToldTo(issue)),
                    "scheduled" or "in-review" or "voting" => Date(SessionOf(issue)),
                    // The date the intake report told an early resubmission it is reviewed as new from.
                    "resubmission" => Own(issue, IntakeAssessor.CommentPurpose) is { } report ? HiddenMarker.ValueOf(report, "waits-until") : null,
                    _ => string.Empty,
                };
                Assert.AreEqual(session, row.Session, $"{when}: #{issue.Number}'s session on the page and in its comments ({row.Stage})");
            }

            // Each coming session lists the applications the table expects in it.
            foreach (Match session in SessionSection().Matches(page))
            {
                var date = session.Groups["date"].Value;
                var listed = Regex.Matches(session.Value, "<li data-issue=\"(\\d+)\"").Select(m => Number(m.Groups[1].Value)).ToList();
                var expected = rows.Where(r => r.Session == date && r.Stage is "backlog" or "scheduled").Select(r => r.Number);
                CollectionAssert.AreEquivalent(expected.ToArray(), listed.ToArray(), $"{when}: the session of {date}");
                StringAssert.StartsWith(session.Groups["count"].Value, $"{listed.Count} application", $"{when}: the session of {date}");
            }

            // Newest first: an application's first row is the decision it carries.
            var decisions = DecisionRow().Matches(page)
                .Select(m => (Number: Number(m.Groups["number"].Value), Outcome: WebUtility.HtmlDecode(m.Groups["outcome"].Value))).ToList();
            foreach (var decided in applications.Where(i => i.Labels.Any(Outcomes.Contains)))
            {
                Assert.AreEqual(decided.Labels.Single(Outcomes.Contains), decisions.FirstOrDefault(d => d.Number == decided.Number).Outcome,
                    $"{when}: #{decided.Number}'s decision on the page");
            }

            Assert.AreEqual($"Open applications ({rows.Count})", Heading(page, "queue-title"), when);
            Assert.AreEqual($"Decisions of the last 12 months ({decisions.Count})", Heading(page, "decisions-title"), when);
            var summary = SummaryCounts().Match(run.Summary);
            Assert.IsTrue(summary.Success, $"{when}: the summary's first line\n{run.Summary}");
            Assert.AreEqual(rows.Count, Number(summary.Groups["open"].Value), $"{when}: the summary's open applications");
            var stages = StageCount().Matches(summary.Groups["stages"].Value)
                .ToDictionary(m => m.Groups["stage"].Value, m => Number(m.Groups["count"].Value));
            CollectionAssert.AreEquivalent(
                rows.GroupBy(r => r.Name.ToLowerInvariant()).Select(g => $"{g.Key}: {g.Count()}").ToArray(),
                stages.Select(s => $"{s.Key.Trim()}: {s.Value}").ToArray(), $"{when}: the summary's stages: {summary.Value}");
            Assert.AreEqual(decisions.Count, Number(summary.Groups["decisions"].Value), $"{when}: the summary's decisions");
        }

        private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

        private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

        private static string Heading(string page, string id) => Regex.Match(page, $"<h2 id=\"{id}\">([^<]*)</h2>").Groups[1].Value;

        [GeneratedRegex("""<tr data-issue="(?<number>\d+)" data-stage="(?<stage>[a-z-]+)" data-expected="(?<expected>[^"]*)">"""
            + """<th scope="row">.*?</th><td class="stage">(?<name>[^<]*)</td><td class="num">(?<place>[^<]*)</td>""")]
        private static partial Regex QueueRow();

        [GeneratedRegex("""<tr data-issue="(?<number>\d+)"><th scope="row">.*?</th><td>(?<outcome>[^<]*)</td>""")]
        private static partial Regex DecisionRow();

        [GeneratedRegex("""<section class="session" data-session="(?<date>[^"]+)".*?<p>(?<count>[^.]*)\..*?</section>""", RegexOptions.Singleline)]
        private static partial Regex SessionSection();

        [GeneratedRegex(@"^(?<open>\d+) open applications?(?: \((?<stages>[^)]*)\))?\. \d+ coming sessions?; (?<decisions>\d+) decisions? in",
            RegexOptions.Multiline)]
        private static partial Regex SummaryCounts();

        [GeneratedRegex(@"(?<stage>[^:,]+): (?<count>\d+)")]
        private static partial Regex StageCount();
    }
}
