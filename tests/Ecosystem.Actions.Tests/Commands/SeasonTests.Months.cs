using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Scheduling;
using Ecosystem.TestServer.State;
using static Ecosystem.Actions.Tests.EndToEnd.World;

namespace Ecosystem.Actions.Tests.Commands;

/// <summary>
/// Eight months of the process, scripted, on the same helpers: accepted projects meet their first six-monthly re-check
/// (one keeps committing, one lapses and is marked for retiring after its 30 days, one mends in time); declined projects
/// resubmit (one after three months, one too early, which waits on its date), one closed as too early resubmits; one
/// postponed is filed again as a new issue naming the old; votes closed by staff, changed and recused from; one applicant
/// answers a question, one never does; someone outside the Working Group changes labels. The nightly job runs every other
/// night (a scheduled run GitHub skips must be made up by the next), twice, with the invariants checked after the first.
/// </summary>
public sealed partial class SeasonTests
{
    private const string Mallory = "mallory";

    [TestMethod]
    public async Task Eight_months_of_decisions_resubmissions_and_rechecks_keep_every_invariant_and_each_second_run_writes_nothing()
    {
        var start = At("2027-01-04T00:00Z");
        await using var world = await Create(start).WithRepository().WithBoard().WithForm().WithMaintainers()
            .WithConfiguration(Configuration).StartAsync();
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var season = new Season(world, new Random(2028)) { Fate = (issue, session) => Ballots(issue, session, votes) };
        List<Planned> applications =
        [
            new("Keeps", 0, null), new("Lapses", 0, null), new("Mends", 0, null), new("Returns", 0, null), new("Refused", 0, null),
            new("Hasty", 0, null), new("Early", 0, null), new("Paused", 1, null), new("Asked", 1, null), new("Silent", 1, null),
            new("F1", 2, null), new("F2", 2, null), new("F3", 3, null), new("F4", 4, null), new("F5", 5, null), new("F6", 6, null),
            new("Late", 8, 15), new("F7", 30, null), new("F8", 60, null),
        ];
        var script = new Script(world, season);

        for (var night = 0; night < 240; night++)
        {
            var day = start.AddDays(night);
            await season.DayAsync(night, day, applications);
            await script.DayAsync(night, applications);
            if (night % 2 == 0)
            {
                await season.NightTwiceAsync(night, day);
            }
        }

        Issue Of(string project) => applications.Single(a => a.Project == project).Issue!;
        Issue? ReviewOf(string project) => world.Repository.Issues.SingleOrDefault(i => i.Title == "Periodic review: " + project);
        Assert.IsTrue(new[] { "Keeps", "Lapses", "Mends" }.All(p => Of(p).Labels.Contains("Accepted")), "the three are accepted");
        Assert.IsNull(ReviewOf("Keeps"), $"a project that kept committing passes its re-check: {ReviewOf("Keeps")?.Body}");
        Assert.IsTrue(ReviewOf("Lapses") is { State: "open" } lapsed && lapsed.Labels.Contains("Retire"),
            "a project short for 30 days is marked for staff to retire");
        Assert.IsTrue(ReviewOf("Mends") is { State: "closed" } mended && !mended.Labels.Contains("Retire"), "a project that mends in time passes");
        Assert.IsTrue(Of("Refused").Labels.Contains("Declined") && Of("Hasty").Labels.Contains("Declined"), "two are declined");
        Assert.IsTrue(Of("Early") is { State: "closed" } early && early.Labels.Contains("Too early"), "staff close one vote as too early");
        Assert.IsTrue(Of("Returns").Labels.Contains("Accepted"), "the returning application is accepted at its second review");
        Assert.IsTrue(Of("Asked").Labels.Contains("Accepted"), "the applicant who answered is reviewed");
        Assert.IsTrue(Of("Silent") is { State: "closed" } silent && silent.Labels.Contains("Too early"),
            "the applicant who never answered is closed");
        foreach (var project in new[] { "Refused", "Hasty", "Early", "Paused" })
        {
            var again = script.Resubmitted.GetValueOrDefault(project);
            Assert.IsNotNull(again, $"{project} applies again");
            Assert.IsTrue(season.EverInReview.Contains(again.Number), $"{project}'s new application #{again.Number} is reviewed as new");
        }

        Assert.IsTrue(script.EarlyWaited, "the early resubmission waits on its date");
        Assert.IsGreaterThanOrEqualTo(3, season.SessionsCompared, "schedule keeps the sessions it told");
        Assert.AreEqual(2, script.Reverted, "labels changed by someone outside the Working Group are put back");
    }

    /// <summary>The ballots of each scripted vote: everyone but frank approves the next day unless the project says otherwise.</summary>
    private static List<(DateTimeOffset At, string Voter, string Ballot)> Ballots(Issue issue, DateOnly session, Dictionary<string, int> votes)
    {
        var project = issue.Title["[Ecosystem] ".Length..];
        var first = (votes[project] = votes.GetValueOrDefault(project) + 1) == 1;
        var day = new DateTimeOffset(session.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc));
        var ballots = new List<(DateTimeOffset, string, string)>();
        void Vote(int after, string voter, string ballot) => ballots.Add((day.AddDays(after), voter, ballot));
        void All(int after, string ballot, params string[] voters) => Array.ForEach(voters, voter => Vote(after, voter, ballot));
        const string Decline = "/vote decline the CI does not run the GPU tests";
        switch (project)
        {
            case "Keeps":
                // Everyone who votes has voted: staff close the vote before its deadline.
                All(1, "/vote approve", "bob", "carol", "dave", "erin");
                Vote(2, Staff, "/vote close");
                break;
            case "Lapses":
                All(1, "/vote approve", "bob", "dave", "erin");
                Vote(1, "carol", Decline);
                Vote(2, "carol", "/vote approve");
                break;
            case "Mends":
                Vote(1, "erin", "/vote recuse I advise the project");
                All(2, "/vote approve", "bob", "carol", "dave");
                break;
            case "Returns" or "Refused" or "Hasty" when first:
                Vote(1, "bob", "/vote approve");
                Vote(1, "bob", Decline);
                All(2, Decline, "carol", "dave", "erin");
                break;
            case "Early" when first:
                Vote(1, "bob", "/vote approve");
                Vote(1, "carol", Decline);
                Vote(2, Staff, "/vote close too-early come back with a release on PyPI");
                break;
            default:
                All(1, "/vote approve", "bob", "carol", "dave", "erin");
                break;
        }

        return ballots;
    }

    /// <summary>The scripted events of the long season besides those <see cref="Season"/> plays.</summary>
    private sealed class Script(World world, Season season)
    {
        private bool _mended;

        public Dictionary<string, Issue> Resubmitted { get; } = new(StringComparer.Ordinal);

        public bool EarlyWaited { get; private set; }

        public int Reverted { get; private set; }

        public async Task DayAsync(int today, List<Planned> applications)
        {
            Issue Of(string project) => applications.Single(a => a.Project == project).Issue!;
            if (today % 7 == 3)
            {
                // Six people keep committing to every project, except the two whose activity lapses (one until it mends).
                foreach (var (project, repository) in season.Repositories.Where(r => r.Key != "lapses" && (r.Key != "mends" || _mended)))
                {
                    for (var i = 0; i < 6; i++)
                    {
                        repository.WithCommit(world.Time.GetUtcNow().AddHours(-i), $"dev{i}@example.org", $"dev{i}");
                    }
                }
            }

            switch (today)
            {
                case 2:
                    await AskAsync(Of("Asked"));
                    await AskAsync(Of("Silent"));
                    break;
                case 3:
                    // The applicant asks to postpone: staff label it and close it.
                    await LabelAsync(Of("Paused"), "Postponed", Staff, added: true);
                    world.Time.Advance(TimeSpan.FromMinutes(3));
                    Of("Paused").Close(Staff, "not_planned");
                    break;
                case 5:
                    await season.CommentAsync(Of("Asked"), Of("Asked").Author, "We added GPU runners; the CI link is in the body now.");
                    break;
                case 12:
                    var queued = world.Repository.Issues.First(i => season.Own(i, QueuePositionNotice.Purpose)?.Contains("in the queue") == true);
                    await RevertedAsync(queued, "Accepted", added: true);
                    break;
                case 40:
                    await ResubmitAsync(Of("Paused"), $"Filed before as #{Of("Paused").Number}, postponed at our request; rewritten since.");
                    break;
                case 45:
                    await RevertedAsync(world.Repository.Issues.First(i => i.State == "open" && i.Labels.Contains(InReview)), InReview, added: false);
                    break;
                default:
                    break;
            }

            await ResubmitAfterAsync(Of("Refused"), "Declined", days: 95);
            await ResubmitAfterAsync(Of("Hasty"), "Declined", days: 30);
            await ResubmitAfterAsync(Of("Early"), "Too early", days: 92);
            if (Resubmitted.GetValueOrDefault("Hasty") is { } hasty && hasty.Labels.Contains(Waiting))
            {
                if (!EarlyWaited)
                {
                    // The applicant asks to be reviewed sooner: the resubmission still waits on its date.
                    await season.CommentAsync(hasty, hasty.Author, "Everything asked for is done; could the review come sooner?");
                    Assert.IsTrue(hasty.Labels.Contains(Waiting),
                        $"#{hasty.Number}, resubmitted early, left its wait on a comment: {string.Join(", ", hasty.Labels)}");
                }

                EarlyWaited = true;
            }

            var review = world.Repository.Issues.SingleOrDefault(i => i.Title == "Periodic review: Mends" && i.State == "open");
            if (!_mended && review is not null && review.CreatedAt.AddDays(10) <= world.Time.GetUtcNow())
            {
                // The owners answer the re-check: a burst of work by five people.
                _mended = true;
                for (var i = 0; i < 40; i++)
                {
                    season.Repositories["mends"].WithCommit(world.Time.GetUtcNow().AddHours(-i), $"dev{i % 6}@example.org", $"dev{i % 6}");
                }
            }
        }

        /// <summary>A member asks the applicant a question and labels the application as waiting on the answer.</summary>
        private async Task AskAsync(Issue issue)
        {
            await season.CommentAsync(issue, "bob", "Which GPUs does the CI run on?");
            await LabelAsync(issue, Waiting, "bob", added: true);
        }

        /// <summary>Someone outside the Working Group changes a label: guard puts it back as it was.</summary>
        private async Task RevertedAsync(Issue issue, string label, bool added)
        {
            await LabelAsync(issue, label, Mallory, added);
            Assert.AreEqual(!added, issue.Labels.Contains(label),
                $"#{issue.Number}: '{label}' as {Mallory} left it: {string.Join(", ", issue.Labels)}");
            Reverted++;
        }

        private async Task LabelAsync(Issue issue, string label, string actor, bool added)
        {
            world.Time.Advance(TimeSpan.FromMinutes(3));
            _ = added ? issue.AddLabel(label, actor) : issue.RemoveLabel(label, actor);
            var payload = EventPayloads.Issues(added ? "labeled" : "unlabeled", issue, actor, label);
            await season.RerunIntakeAsync(await Season.Runs(world.Run.RunAsync("issues", payload, "guard"), "guard"));
        }

        private async Task ResubmitAfterAsync(Issue issue, string outcome, int days)
        {
            var project = issue.Title["[Ecosystem] ".Length..];
            if (!Resubmitted.ContainsKey(project) && issue.Labels.Contains(outcome)
                && issue.Events.LastOrDefault(e => e.LabelName == outcome) is { } decided
                && decided.CreatedAt.AddDays(days) <= world.Time.GetUtcNow())
            {
                await ResubmitAsync(issue, $"Declined before in #{issue.Number}; we addressed every reason given.");
            }
        }

        /// <summary>The same applicant files the same project again, the new issue naming the old.</summary>
        private async Task ResubmitAsync(Issue old, string note)
        {
            var project = old.Title["[Ecosystem] ".Length..];
            world.Time.Advance(TimeSpan.FromMinutes(7));
            var body = Season.Body(project.ToLowerInvariant(), complete: true)
                .Replace("### Additional information\n\n_No response_", "### Additional information\n\n" + note, StringComparison.Ordinal);
            var issue = world.AddApplicationBy(old.Author, project, body);
            Resubmitted[project] = issue;
            await Season.Runs(world.OpenedAsync(issue), "validate");
        }
    }
}
