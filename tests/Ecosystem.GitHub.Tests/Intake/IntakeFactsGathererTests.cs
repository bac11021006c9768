using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Intake;
using Ecosystem.GitHub.Packages;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Ecosystem.GitHub.Tests.Intake;

[TestClass]
public sealed class IntakeFactsGathererTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task Index_that_cannot_be_asked_is_unknown_and_the_next_index_is_still_asked()
    {
        var state = new GitHubState();
        state.AddCondaPackage("torchrender");
        await using var server = new TestGitHubServer(state);
        await server.StartAsync();
        server.Faults.Add("GET", "/pypi/{name}/json", FaultHits.Always, Fault.Status(503, "Service Unavailable"));
        var gatherer = new IntakeFactsGatherer(Gateway().Object, Packages(server), new IntakeRules { Time = new FakeTimeProvider(Now) }, NoPeople);

        var facts = await gatherer.GatherAsync(Application(), [], CancellationToken.None);

        CollectionAssert.AreEqual(
            new[] { (PackageIndex.PyPI, "torchrender", (bool?)null), (PackageIndex.CondaForge, "torchrender", (bool?)true) },
            facts.Packages!.Lookups.Select(l => (l.Index, l.Name, l.Found)).ToArray());
        Assert.IsEmpty(facts.Packages.TurnedOff);
        CollectionAssert.AreEqual(new[] { "/pypi/torchrender/json", "/conda/package/conda-forge/torchrender" }, server.Requests.Select(r => r.Path).ToArray());
    }

    [TestMethod]
    public async Task Index_turned_off_is_not_asked_and_named_as_turned_off()
    {
        var gatherer = new IntakeFactsGatherer(Gateway().Object, NoIndexes, new IntakeRules { Time = new FakeTimeProvider(Now) }, NoPeople);

        var facts = await gatherer.GatherAsync(Application(), [], CancellationToken.None);

        Assert.IsEmpty(facts.Packages!.Lookups);
        CollectionAssert.AreEqual(new[] { PackageIndex.PyPI, PackageIndex.CondaForge }, facts.Packages.TurnedOff.ToArray());
    }

    [TestMethod]
    public async Task Commit_window_is_the_rules_activity_window_before_now()
    {
        var gateway = new Mock<IGitHubGateway>();
        gateway.Setup(g => g.GetRepositoryFactsAsync("torchrender", "torchrender", Now.AddDays(-90)))
            .ReturnsAsync(new RepositoryFacts { Repository = new("torchrender", "torchrender"), Exists = true, Stars = 7, CommitsInWindow = 3, ActiveContributorLogins = ["janedoe"] });
        gateway.Setup(g => g.GetExistingLoginsAsync(It.IsAny<IReadOnlyCollection<string>>()))
            .ReturnsAsync(new HashSet<string>(["janedoe"], StringComparer.OrdinalIgnoreCase));
        var gatherer = new IntakeFactsGatherer(gateway.Object, NoIndexes, new IntakeRules { Time = new FakeTimeProvider(Now) }, NoPeople);

        var facts = await gatherer.GatherAsync(Application(), [], CancellationToken.None);

        Assert.AreEqual(7, facts.Repository!.Stars);
        Assert.AreEqual(3, facts.Repository.CommitsInWindow);
        Assert.IsTrue(facts.Maintainers!.Contains("JaneDoe"));
        Assert.IsFalse(facts.Maintainers.Contains("rajpatel"));
    }

    [TestMethod]
    public async Task A_declined_application_dates_from_its_decision_though_the_guard_put_back_the_label_an_outsider_removed()
    {
        var decided = Now.AddDays(-100);
        var gateway = Gateway();
        gateway.Setup(g => g.GetLabelEventsAsync(7)).ReturnsAsync(
            [
                new("Declined", true, "staff-alice", decided), new("Declined", false, "mallory", Now.AddDays(-3)),
                new("Declined", true, "bot[bot]", Now.AddDays(-2)),
            ]);
        var asked = 0;
        Task<TrustedPeople> People()
        {
            asked++;
            return Task.FromResult(new TrustedPeople(["staff-alice"], [], "bot[bot]", []));
        }

        var gatherer = new IntakeFactsGatherer(gateway.Object, NoIndexes, new IntakeRules { Time = new FakeTimeProvider(Now) }, People);
        PriorApplication declined = new(Application().Issue with { Number = 7, Labels = ["Declined"] });

        var facts = await gatherer.GatherAsync(Application(), [declined, new(Application().Issue with { Number = 8 })], CancellationToken.None);

        CollectionAssert.AreEqual(new DateTimeOffset?[] { decided, null }, facts.PriorApplications!.Select(p => p.DecidedAt).ToArray());
        Assert.AreEqual(1, asked, "the people are read for the decided application only");
    }

    [TestMethod]
    public async Task A_declined_application_dates_from_staff_declining_again_after_an_outsiders_removal_the_guard_never_undid()
    {
        var gateway = Gateway();
        gateway.Setup(g => g.GetLabelEventsAsync(7)).ReturnsAsync(
            [
                new("Declined", true, "staff-alice", Now.AddDays(-100)), new("Declined", false, "mallory", Now.AddDays(-60)),
                new("Declined", true, "staff-alice", Now.AddDays(-20)),
            ]);
        var people = Task.FromResult(new TrustedPeople(["staff-alice"], [], "bot[bot]", []));
        var gatherer = new IntakeFactsGatherer(gateway.Object, NoIndexes, new IntakeRules { Time = new FakeTimeProvider(Now) }, () => people);
        PriorApplication declined = new(Application().Issue with { Number = 7, Labels = ["Declined"] });

        var facts = await gatherer.GatherAsync(Application(), [declined], CancellationToken.None);

        Assert.AreEqual(Now.AddDays(-20), facts.PriorApplications!.Single().DecidedAt);
    }

    /// <summary>
    /// A closed earlier application counts from its close and nothing more is read: a too early one carries no waiting date
    /// (the comments of a wait closed as too early were read to date one).
    /// </summary>
    [TestMethod]
    public async Task A_closed_too_early_application_is_counted_from_its_close_without_a_read()
    {
        var gateway = Gateway();
        var gatherer = new IntakeFactsGatherer(gateway.Object, NoIndexes, new IntakeRules { Time = new FakeTimeProvider(Now) }, NoPeople);
        PriorApplication closed = new(Application().Issue with { Number = 7, IsOpen = false, Labels = ["too early"], ClosedAt = Now.AddDays(-10) });

        var facts = await gatherer.GatherAsync(Application(), [closed], CancellationToken.None);

        Assert.IsNull(facts.PriorApplications!.Single().DecidedAt);
        gateway.Verify(g => g.GetCommentsAsync(It.IsAny<int>(), It.IsAny<DateTimeOffset?>()), Times.Never);
    }

    /// <summary>No package index is asked.</summary>
    private static PackageIndexClient NoIndexes => new(new HttpClient(), null, null);

    /// <summary>Never read: without an earlier decided application, nobody's trust is asked.</summary>
    private static Task<TrustedPeople> NoPeople() => throw new AssertFailedException("the people were read");

    private static Mock<IGitHubGateway> Gateway()
    {
        var gateway = new Mock<IGitHubGateway>();
        gateway.Setup(g => g.GetRepositoryFactsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>()))
            .ReturnsAsync(RepositoryFacts.Missing(new("torchrender", "torchrender")));
        gateway.Setup(g => g.GetExistingLoginsAsync(It.IsAny<IReadOnlyCollection<string>>()))
            .ReturnsAsync(new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        return gateway;
    }

    /// <summary>The package indexes as the test server serves them (PyPI at its root, anaconda.org under <c>conda/</c>).</summary>
    private static PackageIndexClient Packages(TestGitHubServer indexes) =>
        new(new HttpClient(), indexes.ApiUri, new Uri(indexes.ApiUri, "conda/"));

    /// <summary>The application of the corpus body <c>complete</c>: its repository, its two maintainers and the project's name.</summary>
    private static Application Application()
    {
        var form = ApplicationForm.Parse("""
            body:
            - {type: input, id: repository-url, attributes: {label: Repository}}
            - {type: input, id: maintainers, attributes: {label: Maintainers}}
            """);
        FieldAnswer?[] answers = [new("https://github.com/torchrender/torchrender"), new("@janedoe, @rajpatel")];
        var issue = new IssueSnapshot(1, "[Ecosystem] TorchRender", "", "janedoe", true, ["New"], Now, null, "https://github.com/pytorch-fdn/ecosystem/issues/1");
        return new Application(issue, "TorchRender", ApplicationKind.Application, answers, [], form);
    }
}
