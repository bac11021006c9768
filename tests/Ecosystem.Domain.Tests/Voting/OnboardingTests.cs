using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class OnboardingTests
{
    private static readonly string[] Checklist =
    [
        "Add the project to the PyTorch landscape",
        "List the project on the PyTorch website's ecosystem page",
        "Announce the project (newsletter and social media)",
        "Offer the maintainers a post on the PyTorch blog",
    ];

    private static VoteScenario Accepted()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote approve", 1);
        s.Say("m02", "/vote approve", 2);
        s.Close(3);
        return s;
    }

    [TestMethod]
    public void The_onboarding_issue_links_its_application_lists_the_checklist_and_is_assigned_to_staff()
    {
        var application = new VoteScenario().Issue with { Title = "[Ecosystem] Torch @pytorch/tac <b>Thing</b>" };

        var draft = OnboardingIssue.Draft(application, new IntakeRules(), new Foundation(), Checklist, ["zoe", "Alice"]);

        Assert.AreEqual("Onboarding: Torch @pytorch/tac <b>Thing</b>", draft.Title);
        GoldenFile.AssertMatches("onboarding-issue", draft.Body);
        Assert.AreEqual(42, OnboardingIssue.ApplicationOf(draft.Body));
        CollectionAssert.AreEqual(new[] { "Alice", "zoe" }, draft.Assignees.ToArray());
        Proof.EchoSafety.AssertSafe(draft.Body, "onboarding issue");
    }

    [TestMethod]
    [DataRow("[Ecosystem] TorchThing", "[Ecosystem]", "Onboarding: TorchThing")]
    [DataRow("[Ecosystem application for a TorchThing of many words] TorchThing", "[Ecosystem]", "Onboarding: TorchThing")]
    [DataRow("Ecosystem: TorchThing", "Ecosystem:", "Onboarding: TorchThing")]
    [DataRow("[Ecosystem]", "[Ecosystem]", "Onboarding: [Ecosystem]")]
    public void The_onboarding_issue_is_named_after_the_project(string applicationTitle, string prefix, string expected)
    {
        var application = new VoteScenario().Issue with { Title = applicationTitle };

        var draft = OnboardingIssue.Draft(application, new IntakeRules { TitlePrefix = prefix }, new Foundation(), Checklist, []);
        Assert.AreEqual(expected, draft.Title);
    }

    /// <summary>Half an emoji would reach GitHub as U+FFFD, so the title GitHub holds would never be the title sent.</summary>
    [TestMethod]
    public void A_long_onboarding_title_is_cut_without_splitting_an_emoji()
    {
        var name = new string('a', 187); // after "Onboarding: ", 199 characters: the cut at 200 falls inside the emoji
        var application = new VoteScenario().Issue with { Title = "[Ecosystem] " + name + "😀 and more" };

        Assert.AreEqual("Onboarding: " + name + "…", OnboardingIssue.Draft(application, new IntakeRules(), new Foundation(), Checklist, []).Title);
    }

    [TestMethod]
    public void The_outcome_comment_names_the_onboarding_issue_once_it_exists()
    {
        var s = Accepted();
        var without = s.Tally();
        var with = new VoteTally(s.Rules, s.Time).Run(s.Input() with { OnboardingIssue = 57 });

        Assert.DoesNotContain("Onboarding", without.OutcomeComment!);
        GoldenFile.AssertMatches("outcome-approved-onboarding", with.OutcomeComment!);
        Assert.AreEqual(57, OnboardingIssue.NumberIn(with.OutcomeComment!));
        Assert.IsNull(OnboardingIssue.NumberIn(without.OutcomeComment!));
    }

    [TestMethod]
    public void A_declined_application_gets_no_onboarding_line()
    {
        var s = new VoteScenario(3);
        s.Open();
        s.Say("m01", "/vote decline no tests", 1);
        s.Close(3);

        var result = new VoteTally(s.Rules, s.Time).Run(s.Input() with { OnboardingIssue = 57 });

        Assert.AreEqual(VoteOutcome.Declined, result.Outcome);
        Assert.DoesNotContain("Onboarding", result.OutcomeComment!);
    }

    [TestMethod]
    public void Only_the_automation_s_marker_makes_an_onboarding_issue()
    {
        Assert.IsNull(OnboardingIssue.ApplicationOf("<!-- ecosystem-bot-application: 42 -->\nno purpose marker"));
        Assert.IsNull(OnboardingIssue.NumberIn("no hidden line, just #57"));
    }

    /// <summary>Its onboarding done, an application gets no other; while one is open (a twin closed as its duplicate) that one is found.</summary>
    [TestMethod]
    public void A_finished_onboarding_issue_is_the_automations_first_for_the_application_once_none_is_open()
    {
        var application = new VoteScenario().Issue;
        var people = new TrustedPeople([VoteScenario.StaffLogin], [], VoteScenario.Automation, []);
        var draft = OnboardingIssue.Draft(application, new IntakeRules(), new Foundation(), Checklist, []);
        var issue = application with { Author = VoteScenario.Automation, Body = draft.Body, Number = 60 };
        var twin = issue with { Number = 61, IsOpen = false };
        var forged = issue with { Number = 59, Author = "mallory", IsOpen = false };
        var another = issue with { Number = 58, IsOpen = false, Body = draft.Body.Replace("42", "43", StringComparison.Ordinal) };

        Assert.IsNull(OnboardingIssue.Finished([forged, another, issue, twin], application.Number, people));
        Assert.AreEqual(60, OnboardingIssue.Finished([twin, issue with { IsOpen = false }, forged, another], application.Number, people)?.Number);
        Assert.IsNull(OnboardingIssue.Finished([forged, another], application.Number, people));
    }

}
