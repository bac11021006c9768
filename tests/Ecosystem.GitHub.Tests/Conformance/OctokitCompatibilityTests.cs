using Ecosystem.TestServer;
using Ecosystem.TestServer.Faults;
using Octokit;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>Octokit.net (what the gateway uses) reads the test server's answers, follows its pages and maps its rate-limit answers.</summary>
[TestClass]
public sealed class OctokitCompatibilityTests
{
    private TestGitHubServer _server = null!;
    private GitHubClient _client = null!;

    [TestInitialize]
    public async Task Start()
    {
        _server = await SeededServer.StartAsync();
        _client = new GitHubClient(new ProductHeaderValue("ecosystem-tests"), _server.ApiUri)
        {
            Credentials = new Credentials(SeededServer.Token),
        };
    }

    [TestCleanup]
    public async Task Stop() => await _server.DisposeAsync();

    [TestMethod]
    public async Task Repository_facts_deserialize()
    {
        var repository = await _client.Repository.Get("acme", "widget");

        Assert.AreEqual((350, "BSD-3-Clause", "main", false), (repository.StargazersCount, repository.License.SpdxId, repository.DefaultBranch, repository.Archived));
    }

    [TestMethod]
    public async Task Issue_pages_are_followed_through_Link_headers()
    {
        var issues = await _client.Issue.GetAllForRepository("pytorch-fdn", "ecosystem", new RepositoryIssueRequest { State = ItemStateFilter.All }, new ApiOptions { PageSize = 1 });

        Assert.HasCount(3, issues);
        Assert.HasCount(3, _server.Requests);
        Assert.IsNotNull(issues.Single(i => i.Number == 3).PullRequest);
    }

    [TestMethod]
    public async Task Comments_labels_state_and_events_round_trip()
    {
        var comment = await _client.Issue.Comment.Create("pytorch-fdn", "ecosystem", 2, "<!-- ecosystem:intake -->\nHello");
        await _client.Issue.Comment.Update("pytorch-fdn", "ecosystem", comment.Id, "edited");
        var labels = await _client.Issue.Labels.AddToIssue("pytorch-fdn", "ecosystem", 2, ["In review"]);
        await _client.Issue.Labels.RemoveFromIssue("pytorch-fdn", "ecosystem", 2, "New");
        var closed = await _client.Issue.Update("pytorch-fdn", "ecosystem", 2, new IssueUpdate { State = ItemState.Closed, StateReason = ItemStateReason.NotPlanned });
        var events = await _client.Issue.Events.GetAllForIssue("pytorch-fdn", "ecosystem", 2);
        var comments = await _client.Issue.Comment.GetAllForIssue("pytorch-fdn", "ecosystem", 2);

        Assert.AreEqual("ecosystem-bot[bot]", comment.User.Login);
        Assert.AreEqual(AccountType.Bot, comment.User.Type);
        CollectionAssert.AreEqual(new[] { "New", "In review" }, labels.Select(l => l.Name).ToArray());
        Assert.AreEqual(ItemStateReason.NotPlanned, closed.StateReason!.Value.Value);
        CollectionAssert.AreEqual(new[] { "labeled", "unlabeled", "closed" }, events.Select(e => e.Event.StringValue).ToArray());
        Assert.AreEqual("New", events[1].Label.Name);
        Assert.AreEqual("edited", comments.Single().Body);
    }

    [TestMethod]
    public async Task Users_deserialize_and_unknown_users_throw_not_found()
    {
        var alice = await _client.User.Get("alice");

        Assert.AreEqual("Alice A.", alice.Name);
        await Assert.ThrowsAsync<NotFoundException>(() => _client.User.Get("nobody-here"));
    }

    [TestMethod]
    public async Task Rate_limit_faults_map_to_Octokits_exceptions()
    {
        _server.Faults.Add("GET", "/repos/{owner}/{repo}", FaultHits.Nth(1), Fault.SecondaryRateLimit(5));
        _server.Faults.Add("GET", "/repos/{owner}/{repo}", FaultHits.Nth(2), Fault.PrimaryRateLimit(SeededServer.Now.AddMinutes(30)));

        await Assert.ThrowsAsync<SecondaryRateLimitExceededException>(() => _client.Repository.Get("acme", "widget"));
        var primary = await Assert.ThrowsAsync<RateLimitExceededException>(() => _client.Repository.Get("acme", "widget"));

        Assert.AreEqual(SeededServer.Now.AddMinutes(30), primary.Reset);
    }
}
