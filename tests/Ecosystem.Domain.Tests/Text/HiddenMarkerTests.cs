using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Text;

[TestClass]
public sealed class HiddenMarkerTests
{
    [TestMethod]
    public void A_marker_is_written_in_one_form_with_or_without_a_value()
    {
        Assert.AreEqual("<!-- ecosystem-bot:vote-tally -->", HiddenMarker.For("vote-tally"));
        Assert.AreEqual("<!-- ecosystem-bot:session 2027-01-12 -->", HiddenMarker.For("session", "2027-01-12"));
    }

    [TestMethod]
    public void A_value_that_could_end_the_comment_or_span_lines_is_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => HiddenMarker.For("session", "x --> <b>"));
        Assert.ThrowsExactly<ArgumentException>(() => HiddenMarker.For("session", "a\nb"));
        Assert.ThrowsExactly<ArgumentException>(() => HiddenMarker.For("session", string.Empty));
        Assert.ThrowsExactly<ArgumentException>(() => HiddenMarker.For("Session"));
    }

    [TestMethod]
    public void A_value_is_read_back_and_a_marker_with_a_value_never_names_the_purpose()
    {
        var body = HiddenMarker.For("period", "2") + "\n" + HiddenMarker.For("periodic-review") + "\ntext";

        Assert.AreEqual("2", HiddenMarker.ValueOf(body, "period"));
        Assert.AreEqual("periodic-review", HiddenMarker.PurposeOf(body));
        Assert.IsNull(HiddenMarker.ValueOf(body, "periodic-review"), "a purpose marker has no value");
        Assert.IsNull(HiddenMarker.ValueOf(body, "session"));
    }

    [TestMethod]
    public void Marker_lines_are_left_out_for_people()
    {
        var body = HiddenMarker.Stamp("vote-tally", "### Working Group vote\n\nText.\n\n" + HiddenMarker.For("tally-state", "{\"a\":1}"));

        Assert.AreEqual("### Working Group vote\n\nText.", HiddenMarker.WithoutMarkers(body));
    }

    // Texts already on GitHub carry the forms of earlier versions: each is still read, so a rerun finds what the
    // previous version wrote (its comment, agenda or onboarding issue) instead of writing it again.
    [TestMethod]
    public void The_earlier_session_line_is_still_read()
    {
        Assert.AreEqual(new DateOnly(2027, 1, 12), ReviewSessionNotice.SessionDateIn("<!-- ecosystem-bot:review-session -->\n<!-- ecosystem-bot-session: 2027-01-12 -->\nScheduled."));
        Assert.AreEqual(new DateOnly(2027, 1, 12), ReviewSessionNotice.SessionDateIn("<!-- ecosystem-bot:review-session -->\n<!-- ecosystem-bot:session 2027-01-12 -->\nScheduled."));
        Assert.IsNull(HiddenMarker.PurposeOf("<!-- ecosystem-bot-session: 2027-01-12 -->"), "an old value line never names a purpose");
    }

    [TestMethod]
    public void The_earlier_reviewers_line_is_still_read()
    {
        const string Old = "<!-- ecosystem-bot:review-agenda -->\n<!-- ecosystem-bot-session: 2026-12-08 -->\n<!-- ecosystem-bot-reviewers: 1=alice 3=bob,carol -->\n## Agenda";
        const string OldEmpty = "<!-- ecosystem-bot:review-agenda -->\n<!-- ecosystem-bot-session: 2026-12-08 -->\n<!-- ecosystem-bot-reviewers: -->";

        var reviewers = ReviewAgenda.ReviewersIn(Old);

        CollectionAssert.AreEqual(new[] { "alice" }, reviewers[1].ToArray());
        CollectionAssert.AreEqual(new[] { "bob", "carol" }, reviewers[3].ToArray());
        Assert.AreEqual(0, ReviewAgenda.ReviewersIn(OldEmpty).Count);
        var history = ReviewAgenda.ReviewerHistory([Old], new DateOnly(2027, 1, 1), 3);
        Assert.AreEqual(1, history["alice"], "the old session line dates the agenda");
        Assert.AreEqual(1, history["carol"]);
    }

    [TestMethod]
    public void The_earlier_application_line_of_an_onboarding_issue_is_still_read()
    {
        Assert.AreEqual(42, OnboardingIssue.ApplicationOf("<!-- ecosystem-bot:onboarding -->\n<!-- ecosystem-bot-application: 42 -->\n### Onboarding"));
        Assert.AreEqual(42, OnboardingIssue.ApplicationOf("<!-- ecosystem-bot:onboarding -->\n<!-- ecosystem-bot:application 42 -->\n### Onboarding"));
    }

    [TestMethod]
    public void The_earlier_onboarding_line_of_an_outcome_comment_is_still_read()
    {
        Assert.AreEqual(57, OnboardingIssue.NumberIn("<!-- ecosystem-bot:vote-outcome -->\n**Onboarding:** staff follow the accepted project's onboarding in #57.\n<!-- ecosystem-bot-onboarding: 57 -->"));
        Assert.AreEqual(57, OnboardingIssue.NumberIn(OnboardingIssue.OutcomeMarker(57)));
        Assert.IsNull(OnboardingIssue.NumberIn("<!-- ecosystem-bot:onboarding -->\nthe onboarding issue itself names no other"));
    }

    [TestMethod]
    public void A_later_rounds_purpose_names_when_it_began_in_utc_and_the_first_rounds_is_the_purpose_itself()
    {
        Assert.AreEqual("vote-outcome", HiddenMarker.OfRound("vote-outcome", null));
        var began = new DateTimeOffset(2027, 1, 5, 0, 20, 30, TimeSpan.FromHours(1));
        Assert.AreEqual("stale-reminder-20270104-232030", HiddenMarker.OfRound("stale-reminder", began));
        Assert.AreEqual("stale-reminder-20270104-232030", HiddenMarker.PurposeOf(HiddenMarker.Stamp(HiddenMarker.OfRound("stale-reminder", began), "text")));
    }
}
