using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Tests.Intake;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class PeriodicRecheckTests
{
    private static readonly DateTimeOffset Accepted = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstAnniversary = new(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly AcceptedProject Project = new(
        "TorchThing", "https://github.com/pytorch-fdn/ecosystem/issues/42", Accepted, ["@maint-one", "https://github.com/maint-two", "not a login!", "MAINT-ONE"]);

    private static readonly RecheckResult[] AllPass =
    [
        new(11, "Core maintainers", true, "3", "≥ 2"),
        new(14, "GitHub stars", true, "812", "≥ 200"),
        new(15, "LICENSE file", true, "present", "present"),
    ];

    private static readonly RecheckResult[] Shortfall =
    [
        new(14, "GitHub stars", true, "812", "≥ 200"),
        new(13, "Commits in the last 90 days", false, "12", "≥ 30"),
        new(12, "Contributors active in the last 90 days", false, "3", "≥ 5"),
        new(11, "Core maintainers", true, "3", "≥ 2"),
    ];

    private readonly FakeTimeProvider _time = new(FirstAnniversary);

    private PeriodicRecheck Recheck => new(Rules, People, _time);

    [TestMethod]
    public void Re_checks_off_are_never_due()
    {
        _time.SetUtcNow(FirstAnniversary.AddYears(5));

        Assert.IsFalse(new PeriodicRecheck(Rules with { RecheckEveryMonths = 0 }, People, _time).IsDue(Project, null));
    }

    [TestMethod]
    public void Title_is_deterministic()
    {
        Assert.AreEqual("Periodic review: TorchThing", PeriodicRecheck.TitleFor(Project));
    }

    /// <summary>
    /// GitHub refuses a title over 256 characters, so an uncut name failed the create every night; the title is also how
    /// the review is found again, so the next night must find it by the cut title and write nothing.
    /// </summary>
    [TestMethod]
    public void A_long_project_name_gets_the_issue_title_cut_and_the_review_is_found_again_by_it()
    {
        var project = Project with { Name = new string('n', 300) };

        var draft = Recheck.Review(project, Shortfall, null, [], []).Draft!;

        Assert.AreEqual("Periodic review: " + new string('n', 183) + "…", draft.Title, "cut at 200, as the onboarding issue's title");
        var open = Opened(draft, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(1));
        var (_, latest) = Recheck.ReviewIssues(project, [open.Issue]);
        Assert.AreEqual(77, latest?.Number);
        Assert.IsTrue(Recheck.Review(project, Shortfall, latest, [], open.LabelEvents).IsEmpty);
    }

    /// <summary>Before titles were cut, a name of 184 to 239 characters gave a review GitHub took whole: it is still that project's review.</summary>
    [TestMethod]
    public void A_review_opened_under_the_whole_long_title_before_titles_were_cut_is_found_again_and_retitled()
    {
        var project = Project with { Name = new string('n', 220) };
        var draft = Recheck.Review(project, Shortfall, null, [], []).Draft!;
        var open = Opened(draft with { Title = "Periodic review: " + project.Name }, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(1));

        var (_, latest) = Recheck.ReviewIssues(project, [open.Issue]);

        Assert.AreEqual(77, latest?.Number);
        var retitle = Recheck.Review(project, Shortfall, latest, [], open.LabelEvents).Draft;
        Assert.AreEqual(draft.Title, retitle?.Title, "retitled");
        var retitled = Written(open, retitle!, FirstAnniversary.AddDays(1));
        _time.SetUtcNow(FirstAnniversary.AddDays(2));
        var (_, again) = Recheck.ReviewIssues(project, [retitled.Issue]);
        Assert.IsTrue(Recheck.Review(project, Shortfall, again, retitled.Comments, retitled.LabelEvents).IsEmpty, "once: the next night writes nothing");
    }

    /// <summary>Applicants edit their titles (taglines): the review follows the application, not the name it was opened under.</summary>
    [TestMethod]
    public void A_review_is_found_again_after_the_application_is_renamed_and_takes_the_new_title()
    {
        var project = Project with { IssueNumber = 42 };
        var open = Opened(Recheck.Review(project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        var renamed = project with { Name = "TorchThing: fast things for PyTorch" };
        _time.SetUtcNow(FirstAnniversary.AddDays(1));

        var (_, latest) = Recheck.ReviewIssues(renamed, [open.Issue, Application("Accepted")]);
        var decision = Recheck.Review(renamed, Shortfall, latest, open.Comments, open.LabelEvents);

        Assert.AreEqual(77, latest?.Number);
        Assert.AreEqual(77, decision.Draft?.Number, "the open review is rewritten, no second one opened");
        Assert.AreEqual("Periodic review: TorchThing: fast things for PyTorch", decision.Draft?.Title);
        Assert.IsNull(Recheck.ReviewIssues(Project with { IssueNumber = 43 }, [open.Issue]).Latest, "another application's review");
    }

    [TestMethod]
    public void Before_the_first_anniversary_nothing_is_due()
    {
        var recheck = new PeriodicRecheck(Rules, People, new FakeTimeProvider(FirstAnniversary.AddMinutes(-1)));

        Assert.IsFalse(recheck.IsDue(Project, null));
        var decision = recheck.Review(Project, Shortfall, null, [], []);
        Assert.IsTrue(decision.IsEmpty);
        StringAssert.Contains(decision.Summary, "2026-07-15");
    }

    [TestMethod]
    public void Pass_at_the_anniversary_writes_nothing()
    {
        Assert.IsTrue(Recheck.IsDue(Project, null));

        var decision = Recheck.Review(Project, AllPass, null, [], []);

        Assert.IsTrue(decision.IsEmpty);
    }

    [TestMethod]
    public void Shortfall_opens_one_periodic_review_issue_naming_the_numbers()
    {
        var decision = Recheck.Review(Project, Shortfall, null, [], []);

        Assert.IsNotNull(decision.Draft);
        Assert.IsNull(decision.Draft.Number);
        Assert.AreEqual("Periodic review: TorchThing", decision.Draft.Title);
        CollectionAssert.AreEqual(new[] { "review - scheduled" }, decision.Draft.Labels.ToArray());
        Assert.IsNull(decision.Plan);
        StringAssert.Contains(decision.Summary, "2026-08-14");
        GoldenFile.AssertMatches("periodic-review-issue", decision.Draft.Body);
    }

    /// <summary>A repository renamed or transferred since acceptance is measured where it is now, and the owners are told where that is.</summary>
    [TestMethod]
    public void A_shortfall_of_a_moved_repository_says_where_it_moved()
    {
        var moved = Project with { MovedTo = new RepositoryReference("thinglabs", "torchthing-core") };

        var decision = Recheck.Review(moved, Shortfall, null, [], []);

        Assert.IsNotNull(decision.Draft);
        StringAssert.Contains(decision.Summary, "TorchThing (repository moved to thinglabs/torchthing-core): falls short");
        GoldenFile.AssertMatches("periodic-review-issue-moved", decision.Draft.Body);
        StringAssert.Contains(Recheck.Review(moved, AllPass, null, [], []).Summary, "moved to thinglabs/torchthing-core");
    }

    /// <summary>A re-check every month read "Every 1 months" in the maintainers' issue and "every 1 months" in the log.</summary>
    [TestMethod]
    public void A_monthly_re_check_reads_every_month()
    {
        var monthly = Rules with { RecheckEveryMonths = 1 };

        var body = new PeriodicRecheck(monthly, People, _time).Review(Project, Shortfall, null, [], []).Draft!.Body;
        var early = new PeriodicRecheck(monthly, People, new FakeTimeProvider(Accepted.AddDays(1)));

        StringAssert.Contains(body, "Every month, accepted ");
        Assert.DoesNotContain("1 months", body);
        Assert.AreEqual("TorchThing: not due (accepted 2026-01-15, every month).",
            early.Unmeasured(Project with { IssueNumber = 42 }, Read(Application("Accepted")), null)?.Summary);
    }

    [TestMethod]
    public void Without_a_maintainer_to_mention_the_request_is_addressed_to_no_one()
    {
        var body = Recheck.Review(Project with { Maintainers = ["not a login!"] }, Shortfall, null, [], []).Draft!.Body;

        StringAssert.Contains(body, "\n\nPlease bring these up to the requirements by **2026-08-14**.");
        Assert.DoesNotContain("@", body);
    }

    [TestMethod]
    public void Deadline_counts_from_the_day_the_review_issue_opens_when_the_check_runs_late()
    {
        // The automation was installed months after the period began: a deadline counted from the anniversary
        // (2026-08-14) would be past on the day the owners are told, and retire the project the next night.
        var opening = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
        _time.SetUtcNow(opening);

        var decision = Recheck.Review(Project, Shortfall, null, [], []);

        StringAssert.Contains(decision.Draft!.Body, "by **2026-12-31**");
        StringAssert.Contains(decision.Summary, "deadline 2026-12-31");
        var open = Opened(decision.Draft, opening.AddSeconds(2));
        _time.SetUtcNow(opening.AddDays(1));
        Assert.IsTrue(Review(Shortfall, open).IsEmpty, "the next night neither retires nor rewrites the issue");
        _time.SetUtcNow(opening.AddDays(29));
        Assert.IsTrue(Review(Shortfall, open).IsEmpty, "still inside the grace period");
        _time.SetUtcNow(opening.AddDays(30).AddSeconds(2));
        Assert.IsTrue(Review(Shortfall, open).IsEmpty, "2026-12-31 is the owners' to the end: the night's run on it does not retire");
        _time.SetUtcNow(opening.AddDays(31));
        var retire = Review(Shortfall, open);
        CollectionAssert.AreEqual(new[] { "review - scheduled", "Retire" }, retire.Draft!.Labels.ToArray());
        StringAssert.Contains(retire.Plan?.Comments.Single().Body, "The deadline of 2026-12-31 has passed");
    }

    [TestMethod]
    public void Deadline_counts_from_the_anniversary_when_the_issue_opens_on_it()
    {
        var decision = Recheck.Review(Project, Shortfall, null, [], []);

        StringAssert.Contains(decision.Draft!.Body, "by **2026-08-14**");
    }

    [TestMethod]
    public void Open_issue_with_the_same_shortfall_yields_an_empty_decision()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(1));

        var decision = Review(Shortfall, open);

        Assert.IsTrue(decision.IsEmpty, decision.Summary);
        Assert.IsTrue(Recheck.IsDue(Project, open.Issue), "an open review is measured every night");
    }

    [TestMethod]
    public void Changed_numbers_rewrite_the_open_issue_keeping_its_deadline()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(10));
        RecheckResult[] better = [new(13, "Commits in the last 90 days", false, "25", "≥ 30")];

        var decision = Review(better, open);

        Assert.AreEqual(77, decision.Draft!.Number);
        StringAssert.Contains(decision.Draft.Body, "| 13 | Commits in the last 90 days | 25 | ≥ 30 |");
        Assert.DoesNotContain("Contributors", decision.Draft.Body);
        StringAssert.Contains(decision.Draft.Body, "2026-08-14");
        Assert.IsNull(decision.Plan);
    }

    [TestMethod]
    public void Pass_with_an_open_issue_comments_and_closes_it()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(12));

        var decision = Review(AllPass, open);

        Assert.IsNull(decision.Draft);
        Assert.AreEqual(77, decision.Plan!.IssueNumber);
        Assert.AreEqual(new IssueStateChange(false, "completed"), decision.Plan.State);
        Assert.AreEqual(PeriodicRecheck.PassedPurpose, decision.Plan.Comments.Single().Purpose);
        GoldenFile.AssertMatches("periodic-review-passed", decision.Plan.Comments.Single().Body);
    }

    /// <summary>A review left open past the next anniversary (staff kept it): the next one starts at the anniversary to come, not one passed.</summary>
    [TestMethod]
    public void A_review_that_passes_after_the_next_anniversary_names_the_anniversary_to_come()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(new DateTimeOffset(2027, 2, 1, 12, 0, 0, TimeSpan.Zero));

        var decision = Review(AllPass, open);

        StringAssert.Contains(decision.Plan?.Comments.Single().Body, "the next one starts on 2027-07-15.");
    }

    [TestMethod]
    public void Closed_review_for_this_period_stops_the_checks_until_the_next_anniversary()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(12));
        var pass = Review(AllPass, open);
        var closed = Fed(open, pass.Plan!, FirstAnniversary.AddDays(12));

        _time.SetUtcNow(FirstAnniversary.AddDays(13));
        Assert.IsFalse(Recheck.IsDue(Project, closed.Issue));
        Assert.IsTrue(Review(Shortfall, closed).IsEmpty);

        _time.SetUtcNow(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));
        Assert.IsTrue(Recheck.IsDue(Project, closed.Issue));
        var second = Review(Shortfall, closed);
        Assert.IsNull(second.Draft!.Number);
        StringAssert.Contains(second.Draft.Body, "<!-- ecosystem-bot:period 2 -->");
        StringAssert.Contains(second.Draft.Body, "by **2027-02-14**");
    }

    /// <summary>
    /// <c>housekeeping.recheck-projects</c> re-checks a project on the next run whatever the schedule: staff who hear that its
    /// repository was archived two months after its acceptance list it, and were told it was not due. Its shortfall opens a review
    /// now, the grace period counted from today; the review belongs to the period it opened in, so the first anniversary, once
    /// the project is no longer listed, still brings its own check.
    /// </summary>
    [TestMethod]
    public void A_listed_project_is_rechecked_before_its_first_anniversary_which_still_brings_its_own_check()
    {
        var listed = Project with { Listed = true };
        var twoMonths = new FakeTimeProvider(Accepted.AddMonths(2));
        var recheck = new PeriodicRecheck(Rules, People, twoMonths);

        Assert.IsFalse(recheck.IsDue(Project, null), "not listed: not due before the anniversary");
        Assert.IsTrue(recheck.IsDue(listed, null));
        var draft = recheck.Review(listed, Shortfall, null, [], []).Draft;
        StringAssert.Contains(draft?.Body, "by **2026-04-14**", "30 days from the day it opens");
        var open = Opened(draft!, Accepted.AddMonths(2));
        twoMonths.Advance(TimeSpan.FromDays(3));
        var closed = Fed(open, recheck.Review(listed, AllPass, open.Issue, open.Comments, open.LabelEvents).Plan!, twoMonths.GetUtcNow());
        Assert.IsFalse(closed.Issue.IsOpen);

        Assert.IsTrue(Recheck.IsDue(Project, closed.Issue), "the first anniversary is due: the listed review was not its period's");
        Assert.IsNull(Recheck.Review(Project, Shortfall, closed.Issue, closed.Comments, closed.LabelEvents).Draft?.Number, "a new review");
    }

    /// <summary>A project listed after its period's review was closed is measured again, and a shortfall opens another review.</summary>
    [TestMethod]
    public void A_listed_project_is_rechecked_after_its_periods_review_was_closed()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(12));
        var closed = Fed(open, Review(AllPass, open).Plan!, FirstAnniversary.AddDays(12));
        _time.SetUtcNow(FirstAnniversary.AddDays(40));
        var listed = Project with { Listed = true };

        Assert.IsFalse(Recheck.IsDue(Project, closed.Issue));
        Assert.IsTrue(Recheck.IsDue(listed, closed.Issue));
        Assert.IsTrue(Recheck.Review(listed, AllPass, closed.Issue, closed.Comments, closed.LabelEvents).IsEmpty, "a pass writes nothing");
        var again = Recheck.Review(listed, Shortfall, closed.Issue, closed.Comments, closed.LabelEvents).Draft;
        Assert.IsNull(again?.Number, "a new review, not the closed one");
        StringAssert.Contains(again?.Body, "by **2026-09-23**");
    }

    /// <summary>
    /// Accepting again (the label taken off and given anew) starts the clock anew: a review of the earlier acceptance's
    /// period 1 does not stand for the new acceptance's, which was skipped.
    /// </summary>
    [TestMethod]
    public void A_review_of_an_earlier_acceptance_does_not_handle_a_period_of_the_acceptance_given_since()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(12));
        var closed = Fed(open, Review(AllPass, open).Plan!, FirstAnniversary.AddDays(12));
        var again = Project with { AcceptedAt = new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero) };

        _time.SetUtcNow(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.IsTrue(Recheck.IsDue(again, closed.Issue));
        var decision = Recheck.Review(again, Shortfall, closed.Issue, closed.Comments, closed.LabelEvents);
        Assert.IsNull(decision.Draft?.Number, "a new review, not the closed one of the earlier acceptance");
        StringAssert.Contains(decision.Draft?.Body, "started on 2027-03-01");
    }

    [TestMethod]
    public void Shortfall_past_the_deadline_labels_the_issue_for_retirement_once()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(31));

        var decision = Review(Shortfall, open);

        Assert.AreEqual(open.Issue.Body, decision.Draft!.Body, "nothing to rewrite: only the labels");
        CollectionAssert.AreEqual(new[] { "review - scheduled", "Retire" }, decision.Draft.Labels.ToArray());
        Assert.AreEqual(PeriodicRecheck.RetirePurpose, decision.Plan!.Comments.Single().Purpose);
        Assert.IsNull(decision.Plan.State);
        GoldenFile.AssertMatches("periodic-review-retire", decision.Plan.Comments.Single().Body);

        var labelled = Fed(Written(open, decision.Draft, FirstAnniversary.AddDays(31)), decision.Plan, FirstAnniversary.AddDays(31));
        _time.SetUtcNow(FirstAnniversary.AddDays(32));
        Assert.IsTrue(Review(Shortfall, labelled).IsEmpty);
    }

    /// <summary>A rewrite whose label write failed: the body reads right, the label never came.</summary>
    [TestMethod]
    public void A_review_whose_body_reads_right_gets_its_missing_label_the_next_night_and_then_nothing()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        var unlabelled = open with { Issue = open.Issue with { Labels = [] }, LabelEvents = [] };
        _time.SetUtcNow(FirstAnniversary.AddDays(1));

        var decision = Review(Shortfall, unlabelled);

        Assert.AreEqual(open.Issue.Body, decision.Draft!.Body, "nothing to rewrite: only the label");
        CollectionAssert.AreEqual(new[] { "review - scheduled" }, decision.Draft.Labels.ToArray());
        Assert.IsNull(decision.Plan);
        _time.SetUtcNow(FirstAnniversary.AddDays(2));
        Assert.IsTrue(Review(Shortfall, Written(unlabelled, decision.Draft, FirstAnniversary.AddDays(1))).IsEmpty);
    }

    [TestMethod]
    public void A_label_staff_took_off_the_review_stays_off_through_rewrites_and_the_deadline()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        var unlabelled = open with
        {
            Issue = open.Issue with { Labels = [] },
            LabelEvents = [.. open.LabelEvents, Removed("Review - Scheduled", "alice", FirstAnniversary.AddDays(1))],
        };
        RecheckResult[] better = [new(13, "Commits in the last 90 days", false, "25", "≥ 30")];

        _time.SetUtcNow(FirstAnniversary.AddDays(2));
        Assert.IsTrue(Review(Shortfall, unlabelled).IsEmpty);
        Assert.IsEmpty(Review(better, unlabelled).Draft!.Labels, "a rewrite does not put it back either");
        _time.SetUtcNow(FirstAnniversary.AddDays(31));
        var retire = Review(Shortfall, unlabelled);
        CollectionAssert.AreEqual(new[] { "Retire" }, retire.Draft!.Labels.ToArray());
        StringAssert.Contains(retire.Summary, "marked 'Retire' for staff.");

        var retired = Fed(Written(unlabelled, retire.Draft, FirstAnniversary.AddDays(31)), retire.Plan!, FirstAnniversary.AddDays(31));
        var unretired = retired with
        {
            Issue = retired.Issue with { Labels = [] },
            LabelEvents = [.. retired.LabelEvents, Removed("Retire", "bob", FirstAnniversary.AddDays(31).AddHours(1))],
        };
        _time.SetUtcNow(FirstAnniversary.AddDays(32));
        var left = Review(Shortfall, unretired);
        Assert.IsTrue(left.IsEmpty, "Retire taken off by a Working Group member stays off too");
        StringAssert.Contains(left.Summary, "'Retire' stays off #", "the summary does not claim a label that is not there");
    }

    /// <summary>
    /// A night that labelled the review Retire and stopped before its comment (refused), then staff took Retire off: the
    /// comment would tell them the issue is labelled Retire and ask them to decide, which they did.
    /// </summary>
    [TestMethod]
    public void After_staff_took_Retire_off_a_retire_comment_never_posted_is_not_posted()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(31));
        var labelled = Written(open, Review(Shortfall, open).Draft!, FirstAnniversary.AddDays(31));
        var unretired = labelled with
        {
            Issue = labelled.Issue with { Labels = ["review - scheduled"] },
            LabelEvents = [.. labelled.LabelEvents, Removed("Retire", "alice", FirstAnniversary.AddDays(31).AddHours(2))],
        };
        _time.SetUtcNow(FirstAnniversary.AddDays(32));

        var decision = Review(Shortfall, unretired);

        Assert.IsTrue(decision.IsEmpty, string.Join("\n", decision.Plan?.Comments.Select(c => c.Body) ?? []));
        StringAssert.Contains(decision.Summary, "'Retire' stays off #77");
    }

    [TestMethod]
    [DataRow("mallory")]
    [DataRow(Automation)]
    public void A_label_taken_off_by_an_outsider_or_by_the_automation_comes_back(string actor)
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        var unlabelled = open with
        {
            Issue = open.Issue with { Labels = [] },
            LabelEvents = [.. open.LabelEvents, Removed("review - scheduled", actor, FirstAnniversary.AddDays(1))],
        };
        _time.SetUtcNow(FirstAnniversary.AddDays(20));

        CollectionAssert.AreEqual(new[] { "review - scheduled" }, Review(Shortfall, unlabelled).Draft!.Labels.ToArray());
    }

    [TestMethod]
    public void Day_before_the_deadline_is_not_yet_retirement()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        _time.SetUtcNow(FirstAnniversary.AddDays(30).AddMinutes(-1));

        Assert.IsTrue(Review(Shortfall, open).IsEmpty);
    }

    [TestMethod]
    public void Pass_after_retirement_label_closes_and_removes_the_label()
    {
        var open = Opened(Recheck.Review(Project, Shortfall, null, [], []).Draft!, FirstAnniversary);
        var labelled = open with { Issue = open.Issue with { Labels = ["review - scheduled", "Retire"] } };
        _time.SetUtcNow(FirstAnniversary.AddDays(40));

        var decision = Review(AllPass, labelled);

        CollectionAssert.AreEqual(new[] { "Retire" }, decision.Plan!.RemoveLabels.ToArray());
        Assert.IsFalse(decision.Plan.State!.Open);
    }

    [TestMethod]
    public void Issue_opened_by_hand_takes_its_period_from_its_opening_date()
    {
        var byHand = new IssueHistory(
            new IssueSnapshot(90, "Periodic review: TorchThing", "Stars are low.", "alice", true, ["review - scheduled"],
                FirstAnniversary.AddDays(2), null, "https://github.com/pytorch-fdn/ecosystem/issues/90"),
            [], []);
        _time.SetUtcNow(FirstAnniversary.AddDays(33));

        var decision = Review(Shortfall, byHand);

        Assert.AreEqual(90, decision.Draft!.Number);
        StringAssert.Contains(decision.Draft.Body, "<!-- ecosystem-bot:period 1 -->");
        StringAssert.Contains(decision.Draft.Body, "by **2026-08-16**", "the grace period counts from the day the issue opened");
        CollectionAssert.AreEqual(new[] { "review - scheduled", "Retire" }, decision.Draft.Labels.ToArray(), "one label write with the rewrite");
        Assert.IsEmpty(decision.Plan!.AddLabels);
    }

    [TestMethod]
    [DataRow("mallory")]
    [DataRow("helper-bot[bot]")]
    public void Hidden_period_written_by_someone_else_is_not_trusted(string author)
    {
        var forged = new IssueHistory(
            new IssueSnapshot(91, "Periodic review: TorchThing", "<!-- ecosystem-bot:period 5 -->", author, false, [],
                FirstAnniversary.AddDays(2), FirstAnniversary.AddDays(3), "https://github.com/pytorch-fdn/ecosystem/issues/91"),
            [], []);
        _time.SetUtcNow(new DateTimeOffset(2027, 1, 16, 0, 0, 0, TimeSpan.Zero));

        Assert.IsTrue(Recheck.IsDue(Project, forged.Issue));
        Assert.IsNotNull(Review(Shortfall, forged).Draft);
    }

    [TestMethod]
    public void Measured_text_is_neutralised_in_the_table()
    {
        RecheckResult[] odd = [new(15, "LICENSE | file", false, "<!-- ecosystem-bot:period 9 --> @someone", "present")];

        var body = Recheck.Review(Project, odd, null, [], []).Draft!.Body;

        StringAssert.Contains(body, "LICENSE \\| file");
        Assert.DoesNotContain("<!-- ecosystem-bot:period 9", body);
        Assert.DoesNotContain("@someone", body);
    }

    [TestMethod]
    public void Nothing_measured_is_a_warning_naming_the_project()
    {
        var decision = Recheck.Review(Project with { IssueNumber = 42 }, [], null, [], []);

        Assert.AreEqual("TorchThing: nothing measured.", decision.Summary);
        Assert.AreEqual("#42 (TorchThing): nothing could be measured for the periodic re-check.", decision.Warning);
        Assert.IsTrue(decision.IsEmpty);
    }

    [TestMethod]
    public void Acceptance_date_is_the_last_time_Accepted_was_added()
    {
        var issue = Application("Accepted") with { ClosedAt = Accepted.AddDays(9) };
        LabelEvent[] events = [Added("Accepted", "alice", Accepted.AddDays(-5)), Removed("Accepted", "alice", Accepted.AddDays(-4)), Added("Accepted", "alice", Accepted)];

        Assert.AreEqual(Accepted, ProjectOf(issue, events).AcceptedAt);
        Assert.AreEqual(Accepted.AddDays(9), ProjectOf(issue, []).AcceptedAt);
        Assert.AreEqual(Given.Opened, ProjectOf(Application("Accepted"), []).AcceptedAt);
        Assert.AreEqual(Given.Opened, ProjectOf(Application("New"), events).AcceptedAt, "listed without the label: its Accepted events do not count");
    }

    [TestMethod]
    public void Accepted_put_back_by_the_guard_after_an_outsider_removed_it_keeps_the_acceptance_date()
    {
        var issue = Application("Accepted");
        var removed = Accepted.AddMonths(2);
        LabelEvent[] events =
            [Added("Accepted", "alice", Accepted), Removed("Accepted", "mallory", removed), Added("Accepted", Automation, removed.AddDays(1))];

        Assert.AreEqual(Accepted, ProjectOf(issue, events).AcceptedAt);
    }

    [TestMethod]
    public void Staff_accepting_again_after_an_outsiders_removal_the_guard_never_undid_dates_the_acceptance_anew()
    {
        var removed = Accepted.AddMonths(2);
        LabelEvent[] events = [Added("Accepted", "alice", Accepted), Removed("Accepted", "mallory", removed), Added("Accepted", "alice", removed.AddMonths(1))];

        Assert.AreEqual(removed.AddMonths(1), ProjectOf(Application("Accepted"), events).AcceptedAt);
    }

    [TestMethod]
    public void Anniversaries_keep_to_month_ends()
    {
        var endOfMonth = Project with { AcceptedAt = new DateTimeOffset(2026, 8, 31, 0, 0, 0, TimeSpan.Zero) };
        _time.SetUtcNow(new DateTimeOffset(2027, 2, 28, 0, 0, 0, TimeSpan.Zero));

        var decision = Recheck.Review(endOfMonth, Shortfall, null, [], []);

        StringAssert.Contains(decision.Draft!.Body, "started on 2027-02-28");
    }

    [TestMethod]
    public void Application_address_that_is_not_a_plain_link_is_shown_as_text()
    {
        var odd = Project with { ApplicationUrl = "see <b>here</b> @someone" };

        var body = Recheck.Review(odd, Shortfall, null, [], []).Draft!.Body;

        StringAssert.Contains(body, "application: see &lt;b&gt;here&lt;/b&gt; @\u2060someone)");
    }

    [TestMethod]
    public void A_project_is_named_after_its_title_and_linked_to_its_issue()
    {
        var issue = Application("Accepted");

        Assert.AreEqual(new AcceptedProject("TorchThing", issue.HtmlUrl, Given.Opened, []) { IssueNumber = 42 }, ProjectOf(issue, []));
        Assert.AreEqual("https://github.com/pytorch-fdn/ecosystem/issues/42", ProjectOf(issue with { HtmlUrl = "" }, []).ApplicationUrl);
        Assert.AreEqual("torchthing", ProjectOf(issue with { Title = "[Ecosystem] " }, []).Name, "an empty title gives the repository's name");
        Assert.AreEqual("TorchThing", ProjectOf(issue with { Title = "[Ecosystem application] TorchThing" }, []).Name, "a tag like the prefix is no part of the name");
    }

    [TestMethod]
    public void Candidates_are_the_accepted_then_the_listed_each_once()
    {
        var accepted = Application(Rules.Labels.Accepted);
        var older = Application() with { Number = 50 };
        var newer = Application() with { Number = 60 };

        var (candidates, unmatched) = Recheck.Candidates([newer, accepted, older], Entries("#50", "example/torchthing", "#99", "example/other"), Read);
        var (latest, _) = Recheck.Candidates([older, newer], Entries("example/torchthing"), Read);

        CollectionAssert.AreEqual(new[] { 42, 50 }, candidates.Select(c => c.Issue.Number).ToArray(), "owner/repo names the accepted application, already listed");
        CollectionAssert.AreEqual(new[] { "#99", "example/other" }, unmatched.ToArray());
        Assert.AreEqual(60, latest.Single().Issue.Number, "owner/repo names the latest application when none is accepted");
    }

    [TestMethod]
    public void Candidates_read_each_issue_once_and_come_back_read()
    {
        IssueSnapshot[] issues = [Application(Rules.Labels.Accepted), Application() with { Number = 50 }, Application() with { Number = 60 }];
        var reads = new List<int>();

        var (candidates, _) = Recheck.Candidates(issues, Entries("example/torchthing", "example/other", "#50"), issue =>
        {
            reads.Add(issue.Number);
            return Read(issue);
        });

        CollectionAssert.AreEquivalent(new[] { 42, 50, 60 }, reads, "two entries name a repository: each issue is still read once");
        CollectionAssert.AreEqual(issues.Take(2).ToArray(), candidates.Select(c => c.Issue).ToArray(), "the host re-checks the applications as read");
    }

    [TestMethod]
    [DataRow("42", 42, null)]
    [DataRow("#7", 7, null)]
    [DataRow("huggingface/transformers.js", null, "huggingface/transformers.js")]
    [DataRow("pytorch/vision.git", null, "pytorch/vision")]
    [DataRow("pytorch/vision.GIT", null, "pytorch/vision")]
    public void A_recheck_entry_is_an_issue_number_or_a_repository(string text, int? number, string? repository)
    {
        Assert.IsTrue(RecheckEntry.TryRead(text, out var entry, out _));
        Assert.AreEqual(new RecheckEntry(text, number, RepositoryReference.Read(repository)), entry);
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("pytorch/vision/extra")]
    [DataRow("https://github.com/pytorch/vision")]
    public void Anything_else_is_no_recheck_entry(string text)
    {
        Assert.IsFalse(RecheckEntry.TryRead(text, out _, out var problem));
        Assert.AreEqual($"`{text}` is neither an issue number (such as 42) nor a repository of the form owner/repo", problem);
    }

    [TestMethod]
    public void Of_two_open_reviews_the_automation_opened_the_first_is_the_latest_review()
    {
        var title = PeriodicRecheck.TitleFor(Project);
        var byHand = new IssueSnapshot(70, title, "", "alice", false, [], Given.Opened, Given.Opened, "");
        var first = byHand with { Number = 77, Author = Automation, IsOpen = true, ClosedAt = null };
        var second = first with { Number = 80 };

        var (ownOpen, latest) = Recheck.ReviewIssues(Project, [second, byHand, first, Application()]);

        CollectionAssert.AreEqual(new[] { 77, 80 }, ownOpen.Select(i => i.Number).ToArray());
        Assert.AreEqual(77, latest?.Number);
    }

    /// <summary>
    /// Anyone may open an issue, its author may close it: a project's owner opening and closing one under the review's title
    /// must not count as this period's review, or the re-check would never open (nor mark the project for retirement).
    /// </summary>
    [TestMethod]
    public void An_issue_an_outsider_opened_under_the_reviews_title_is_no_review()
    {
        var closedByItsAuthor = new IssueSnapshot(90, PeriodicRecheck.TitleFor(Project), "Nothing to see.", "mallory", false, [],
            FirstAnniversary.AddHours(1), FirstAnniversary.AddHours(2), "https://github.com/pytorch-fdn/ecosystem/issues/90");
        _time.SetUtcNow(FirstAnniversary.AddDays(1));

        var (_, latest) = Recheck.ReviewIssues(Project, [closedByItsAuthor]);

        Assert.IsNull(latest);
        Assert.IsTrue(Recheck.IsDue(Project, latest));
        var draft = Recheck.Review(Project, Shortfall, latest, [], []).Draft;
        Assert.IsNotNull(draft, "a review of its own is opened");
        Assert.IsNull(draft.Number, "a new issue, not the outsider's");
    }

    [TestMethod]
    public void A_review_a_configured_bot_opened_is_not_the_automations_to_close_as_a_duplicate()
    {
        var first = new IssueSnapshot(77, PeriodicRecheck.TitleFor(Project), "", Automation, true, [], Given.Opened, null, "");
        var bots = first with { Number = 80, Author = "helper-bot[bot]" };

        var (ownOpen, _) = Recheck.ReviewIssues(Project, [first, bots]);

        CollectionAssert.AreEqual(new[] { 77 }, ownOpen.Select(i => i.Number).ToArray());
    }

    /// <summary>An accepted project on GitLab has nothing wrong in its body: staff are told to check it by hand, not to fix the body.</summary>
    [TestMethod]
    public void A_project_on_another_forge_is_not_measured_and_the_warning_asks_staff_to_check_it_by_hand()
    {
        var answers = new FieldAnswer?[ApplicationForm.Labels.Count];
        answers[(int)ApplicationField.RepositoryUrl] = new("gitlab.com/torchthing/torchthing");
        var application = new Application(Application("Accepted"), "TorchThing", ApplicationKind.Application, answers, [], IntakeFixtures.Form);

        var decision = Recheck.Unmeasured(Project with { IssueNumber = 42 }, application, null);

        Assert.AreEqual(
            "#42 (TorchThing) is due for its periodic re-check, but its repository is on GitLab (https://gitlab.com/torchthing/torchthing), "
            + "which the re-check cannot measure; staff check it by hand.",
            decision?.Warning);
    }

    /// <summary>Another foundation's form asks for the repository in its own words: staff are told the question they know.</summary>
    [TestMethod]
    public void A_missing_repository_is_named_by_the_forms_own_question()
    {
        var form = ApplicationForm.Parse("""
            body:
            - {type: input, id: repository-url, attributes: {label: Source repository}}
            - {type: textarea, id: maintainers, attributes: {label: Maintainers}}
            """);
        var application = new Application(Application("Accepted"), "TorchThing", ApplicationKind.Application, [null, null], [], form);

        var decision = Recheck.Unmeasured(Project with { IssueNumber = 42 }, application, null);

        Assert.AreEqual("#42 (TorchThing) is due for its periodic re-check, but its 'Source repository' names no GitHub repository; "
            + "fix the application body.", decision?.Warning);
    }

    private static AcceptedProject ProjectOf(IssueSnapshot issue, IReadOnlyList<LabelEvent> events) =>
        AcceptedProject.Of(Read(issue), events, Rules, People, "https://github.com/pytorch-fdn/ecosystem");

    private static RecheckEntry[] Entries(params string[] texts) =>
        [.. texts.Select(text => RecheckEntry.TryRead(text, out var entry, out var problem) ? entry : throw new ArgumentException(problem))];

    private static Application Read(IssueSnapshot issue)
    {
        var answers = new FieldAnswer?[ApplicationForm.Labels.Count];
        answers[(int)ApplicationField.RepositoryUrl] = new("https://github.com/example/torchthing");
        return new(issue, new IntakeRules().ProjectNameIn(issue.Title), ApplicationKind.Application, answers, [], IntakeFixtures.Form);
    }

    /// <summary>The review as the next night reads it, opened by the automation with its labels.</summary>
    private static IssueHistory Opened(IssueDraft draft, DateTimeOffset at) => new(
        new IssueSnapshot(77, draft.Title, draft.Body, Automation, true, draft.Labels, at, null,
            "https://github.com/pytorch-fdn/ecosystem/issues/77"),
        [],
        [.. draft.Labels.Select(label => Added(label, Automation, at))]);

    /// <summary>The review after the host wrote <paramref name="draft"/>: its text, and the labels it lacked added by the automation.</summary>
    private static IssueHistory Written(IssueHistory review, IssueDraft draft, DateTimeOffset at)
    {
        var added = draft.Labels.Where(label => !review.Issue.HasLabel(label)).ToList();
        return review with
        {
            Issue = review.Issue with { Title = draft.Title, Body = draft.Body, Labels = [.. review.Issue.Labels, .. added] },
            LabelEvents = [.. review.LabelEvents, .. added.Select(label => Added(label, Automation, at))],
        };
    }

    private static IssueHistory Fed(IssueHistory review, IssuePlan plan, DateTimeOffset at)
    {
        var (issue, comments) = Apply(review.Issue, review.Comments, plan, at);
        return review with { Issue = issue, Comments = comments };
    }

    private RecheckDecision Review(IReadOnlyList<RecheckResult> results, IssueHistory review) =>
        Recheck.Review(Project, results, review.Issue, review.Comments, review.LabelEvents);

    [TestMethod]
    public void A_project_not_due_or_without_a_repository_is_not_measured_and_the_missing_repository_is_a_warning()
    {
        var project = Project with { IssueNumber = 42 };
        var application = Read(Application("Accepted"));
        var early = new PeriodicRecheck(Rules, People, new FakeTimeProvider(FirstAnniversary.AddMinutes(-1)));

        Assert.AreEqual("TorchThing: not due (accepted 2026-01-15, every 6 months).", early.Unmeasured(project, application, null)?.Summary);
        Assert.IsNull(Recheck.Unmeasured(project, application, null));
        var unmeasurable = Recheck.Unmeasured(project, new(Application("Accepted"), "TorchThing", ApplicationKind.Application,
            new FieldAnswer?[ApplicationForm.Labels.Count], [], IntakeFixtures.Form), null);
        Assert.AreEqual(42, unmeasurable?.IssueNumber);
        Assert.AreEqual("#42 (TorchThing) is due for its periodic re-check, but its 'Project repo URL' names no GitHub repository; fix the application body.", unmeasurable?.Warning);
    }
}
