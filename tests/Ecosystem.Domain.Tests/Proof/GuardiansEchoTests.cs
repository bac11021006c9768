using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Tests.Proof;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>
/// Hostile labels, logins, titles, project names, addresses and measurements through every guardian: label revert,
/// applicant reply, stale reminder and closing, periodic review issue, pass and retire. Only configured people and
/// real logins are mentioned; nothing else in their texts pings, breaks out or forges a marker.
/// </summary>
[TestClass]
public sealed class GuardiansEchoTests
{
    private const string Team = "pytorch-fdn/ecosystem-wg";
    private static readonly DateTimeOffset Accepted = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstAnniversary = Accepted.AddMonths(6);

    /// <summary>Indexes into <see cref="HostileText.All"/>, so a test's name does not carry a megabyte of text.</summary>
    public static IEnumerable<object[]> Hostile => HostileText.All.Select((_, i) => new object[] { i });

    [TestMethod]
    [DynamicData(nameof(Hostile))]
    public void Hostile_label_actor_and_title_are_not_echoed_by_the_label_revert(int index)
    {
        var text = HostileText.All[index];
        AssertLabelRevertSafe(text, text, text);
    }

    [TestMethod]
    [DynamicData(nameof(Hostile))]
    public void Hostile_labels_and_logins_are_echoed_safely_on_reply_and_when_stale(int index)
    {
        var text = HostileText.All[index];
        AssertApplicantTextsSafe(text, text, text);
    }

    [TestMethod]
    [DynamicData(nameof(Hostile))]
    public void Hostile_project_address_maintainers_and_measurements_are_echoed_safely_by_the_recheck(int index)
    {
        var text = HostileText.All[index];
        AssertRecheckSafe(text, text, [text, "@maint-one", "https://github.com/maint-two"], text);
    }

    [TestMethod]
    [DynamicData(nameof(Hostile))]
    public void Hostile_notes_comments_and_logins_are_echoed_safely_by_the_outcomes_and_returning(int index)
    {
        var text = HostileText.All[index];
        AssertOutcomeTextsSafe(text, text, text);
    }

    [TestMethod]
    [DataRow("https://github.com/example/torchthing/@octocat")]
    [DataRow("https://github.com@evil.example/@pytorch/team")]
    public void An_application_address_with_a_mention_is_shown_as_text_not_as_a_live_link(string address)
    {
        var project = new AcceptedProject("TorchThing", address, Accepted, []);

        var body = new PeriodicRecheck(Rules, People, new FakeTimeProvider(FirstAnniversary))
            .Review(project, [new(15, "LICENSE file", false, "absent", "present")], null, [], []).Draft!.Body;

        EchoSafety.AssertSafe(body, "periodic review issue");
        Assert.Contains("@\u2060", body, "the address is shown as neutralised text");
    }

    [TestMethod]
    public void Mutated_labels_logins_names_and_measurements_never_crash_or_echo_unsafely()
    {
        using var run = FuzzRun.FromEnvironment("guardians", 2_000);
        var texts = new HostileTexts(run.Random);
        for (var i = 0; i < run.Iterations; i++)
        {
            var input = new[] { texts.Next(), texts.Next(), texts.Next(), texts.Next(), texts.Next() };
            run.Check(input, x => string.Join("\n---\n", x), x =>
            {
                AssertLabelRevertSafe(x[0], x[1], x[2]);
                AssertApplicantTextsSafe(x[0], x[1], x[2]);
                AssertRecheckSafe(x[2], x[3], [x[1], x[4]], x[0]);
                AssertOutcomeTextsSafe(x[3], x[4], x[0]);
            });
        }

        run.AssertFullBudget();
    }

    private static void AssertLabelRevertSafe(string label, string actor, string title)
    {
        var application = Application("New", label) with { Title = title };
        var action = new LabelGovernance(Rules, People).Review(application, Added(label, actor, Opened.AddDays(3)), [], []);

        Assert.HasCount(1, action.Plan.Comments, action.Summary);
        EchoSafety.AssertSafe(action.Plan.Comments[0].Body, "label revert");
    }

    /// <summary>The applicant (a hostile login) answers, or does not: the reply notice, the reminder, the closing.</summary>
    private static void AssertApplicantTextsSafe(string label, string author, string maintainer)
    {
        var waiting = Application("New", "In review", label, Rules.Labels.Waiting) with { Author = author, Title = label };
        var events = new[] { Added(Rules.Labels.Waiting, "bob", Opened.AddDays(1)) };
        IReadOnlyCollection<string> maintainers = [maintainer, author];
        var mentions = new[] { Team, Bare(author) };

        var reply = new ApplicantReplies(Rules, People).Review(waiting, Comment(author, Opened.AddDays(2), label), [], events, maintainers);
        foreach (var comment in reply.Plan.Comments)
        {
            EchoSafety.AssertSafe(comment.Body, "applicant replied", mentions);
        }

        foreach (var days in new[] { 35, 65 })
        {
            var stale = new StaleWaits(Rules, People, new FakeTimeProvider(Opened.AddDays(days))).Review(waiting, [], events, maintainers);
            Assert.HasCount(1, stale.Plan.Comments, stale.Summary);
            EchoSafety.AssertSafe(stale.Plan.Comments[0].Body, $"stale after {days} days", mentions);
        }
    }

    /// <summary>A shortfall opens the issue; past the deadline it is marked to retire; a pass closes it.</summary>
    private static void AssertRecheckSafe(string name, string address, IReadOnlyList<string> maintainers, string measured)
    {
        var project = new AcceptedProject(name, address, Accepted, maintainers);
        RecheckResult[] shortfall = [new(14, measured, false, measured, measured), new(15, "LICENSE file", false, "absent", "present")];
        var mentions = maintainers.Select(Bare).ToArray();

        var opening = new PeriodicRecheck(Rules, People, new FakeTimeProvider(FirstAnniversary)).Review(project, shortfall, null, [], []);
        Assert.IsNotNull(opening.Draft, opening.Summary);
        EchoSafety.AssertSafe(opening.Draft.Body, "periodic review issue", mentions);

        var issue = new IssueSnapshot(7, opening.Draft.Title, opening.Draft.Body, Automation, true, opening.Draft.Labels, FirstAnniversary, null, "https://github.com/pytorch-fdn/ecosystem/issues/7");
        var later = new PeriodicRecheck(Rules, People, new FakeTimeProvider(FirstAnniversary.AddDays(40)));
        foreach (var results in new[] { shortfall, [shortfall[0] with { Passed = true }] })
        {
            var decision = later.Review(project, results, issue, [], []);
            Assert.IsNotNull(decision.Plan, decision.Summary);
            foreach (var comment in decision.Plan.Comments)
            {
                EchoSafety.AssertSafe(comment.Body, "periodic review " + comment.Purpose, mentions);
            }
        }
    }

    /// <summary>
    /// Too early (from a note, or from hostile staff comments), community highlight and the returning texts: the
    /// applicant, configured marketing and (told of a never-reviewed application's return, as of an answer) the Working
    /// Group are the only mentions.
    /// </summary>
    private static void AssertOutcomeTextsSafe(string note, string author, string by)
    {
        var application = Application("In review") with { Author = author, Title = note };
        var comments = new List<CommentSnapshot> { Comment("bob", Opened.AddDays(2), note, id: 11), Comment(author, Opened.AddDays(3), note, id: 12) };
        var decided = Opened.AddDays(5);
        var outcomes = new DecisionOutcomes(Rules, People);
        var mentions = new[] { Bare(author), "mkt-anna", "pytorch-fdn/marketing", Team };

        foreach (var decision in new[] { new OutcomeDecision(decided, by), new OutcomeDecision(decided, by, note, "https://github.com/pytorch-fdn/ecosystem/issues/42#issuecomment-5") })
        {
            foreach (var comment in outcomes.TooEarly(application, decision, comments, []).Plan.Comments)
            {
                EchoSafety.AssertSafe(comment.Body, "too early", mentions);
            }

            foreach (var comment in outcomes.CommunityHighlight(application, decision, comments, ["mkt-anna"], "pytorch-fdn/marketing").Plan.Comments)
            {
                EchoSafety.AssertSafe(comment.Body, "community highlight", mentions);
            }
        }

        var waiting = application with { Labels = [Rules.Labels.Waiting] };
        foreach (var asker in new[] { author, by })
        {
            var action = new ReturningRequests(Rules, People).Review(waiting, Comment(asker, decided, "/ecosystem returning"), [], [], [author]);
            foreach (var comment in action.Plan.Comments)
            {
                EchoSafety.AssertSafe(comment.Body, "returning " + comment.Purpose, mentions);
            }
        }
    }

    /// <summary>A handle as the guardians mention it when it is a login (whether it is one, the text decides).</summary>
    private static string Bare(string handle) =>
        handle.Trim().Replace("https://github.com/", string.Empty, StringComparison.Ordinal).TrimEnd('/').TrimStart('@');
}
