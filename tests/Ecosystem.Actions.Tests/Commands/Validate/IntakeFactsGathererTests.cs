using Ecosystem.Actions.Commands.Validate;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Packages;
using Ecosystem.TestServer;
using Ecosystem.TestServer.Faults;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Ecosystem.Actions.Tests.Commands.Validate;

[TestClass]
public sealed class IntakeFactsGathererTests
{
    private static readonly DateTimeOffset Now = World.Now;

    [TestMethod]
    public async Task Index_that_cannot_be_asked_is_unknown_and_the_next_index_is_still_asked()
    {
        await using var world = await World.Create().StartAsync();
        world.State.AddCondaPackage("torchrender");
        world.Server.Faults.Add("GET", "/pypi/{name}/json", FaultHits.Always, Fault.Status(503, "Service Unavailable"));
        var gatherer = Gatherer(world.Server);

        var facts = await gatherer.GatherAsync(Application(), [], CancellationToken.None);

        CollectionAssert.AreEqual(
            new[] { (PackageIndex.PyPI, "torchrender", (bool?)null), (PackageIndex.CondaForge, "torchrender", (bool?)true) },
            facts.Packages!.Lookups.Select(l => (l.Index, l.Name, l.Found)).ToArray());
        CollectionAssert.AreEqual(new[] { "/pypi/torchrender/json", "/conda/package/conda-forge/torchrender" }, world.Server.Requests.Select(r => r.Path).ToArray());
    }

    [TestMethod]
    public async Task Commit_window_is_the_rules_activity_window_before_now()
    {
        await using var world = await World.Create().StartAsync();
        var gateway = new Mock<IGitHubGateway>();
        gateway.Setup(g => g.GetRepositoryFactsAsync("torchrender", "torchrender", Now.AddDays(-90)))
            .ReturnsAsync(new RepositoryFacts { Repository = new("torchrender", "torchrender"), Exists = true, Stars = 7, CommitsInWindow = 3, ActiveContributorLogins = ["janedoe"] });
        gateway.Setup(g => g.GetExistingLoginsAsync(It.IsAny<IReadOnlyCollection<string>>()))
            .ReturnsAsync(new HashSet<string>(["janedoe"], StringComparer.OrdinalIgnoreCase));
        var gatherer = new IntakeFactsGatherer(gateway.Object, Packages(world.Server), [], new IntakeRules { Time = new FakeTimeProvider(Now) });

        var facts = await gatherer.GatherAsync(Application(), [], CancellationToken.None);

        Assert.AreEqual(7, facts.Repository!.Stars);
        Assert.AreEqual(3, facts.Repository.CommitsInWindow);
        Assert.IsTrue(facts.Maintainers!.Contains("JaneDoe"));
        Assert.IsFalse(facts.Maintainers.Contains("rajpatel"));
    }

    private static IntakeFactsGatherer Gatherer(TestGitHubServer indexes)
    {
        var gateway = new Mock<IGitHubGateway>();
        gateway.Setup(g => g.GetRepositoryFactsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>()))
            .ReturnsAsync(RepositoryFacts.Missing(new("torchrender", "torchrender")));
        gateway.Setup(g => g.GetExistingLoginsAsync(It.IsAny<IReadOnlyCollection<string>>()))
            .ReturnsAsync(new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        return new IntakeFactsGatherer(gateway.Object, Packages(indexes), [PackageIndex.PyPI, PackageIndex.CondaForge], new IntakeRules { Time = new FakeTimeProvider(Now) });
    }

    /// <summary>The package indexes as the test server serves them (PyPI at its root, anaconda.org under <c>conda/</c>).</summary>
    private static PackageIndexClient Packages(TestGitHubServer indexes) =>
        new(new HttpClient(), indexes.ApiUri, new Uri(indexes.ApiUri, "conda/"));

    private static Application Application()
    {
        var form = ApplicationForm.Parse(World.Form);
        var issue = new IssueSnapshot(1, "[Ecosystem] TorchRender", World.Body("complete"), "janedoe", true, ["New"], Now, null, "https://github.com/pytorch-fdn/ecosystem/issues/1");
        return new IntakeAssessor(form, new IntakeRules()).Read(issue);
    }
}
