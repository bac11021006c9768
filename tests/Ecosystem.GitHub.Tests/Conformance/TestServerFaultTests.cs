using System.Net;
using Ecosystem.TestServer.Faults;

namespace Ecosystem.GitHub.Tests.Conformance;

[TestClass]
public sealed class TestServerFaultTests : SeededServerTests
{
    private const string IssuePath = "/repos/{owner}/{repo}/issues/{issue_number}";

    [TestMethod]
    public async Task Nth_fault_hits_only_that_matching_request()
    {
        Server.Faults.Add("GET", IssuePath, FaultHits.Nth(2), Fault.Status(502, "Bad Gateway"));

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            await Http.GetAsync("repos/acme/widget");
            using var response = await Http.GetAsync("repos/pytorch-fdn/ecosystem/issues/1");
            statuses.Add((int)response.StatusCode);
        }

        CollectionAssert.AreEqual(new[] { 200, 502, 200 }, statuses);
        Assert.AreEqual("StatusFault { StatusCode = 502, Message = Bad Gateway }", Server.Requests.Single(r => r.Fault is not null).Fault);
    }

    [TestMethod]
    public async Task Next_n_faults_hit_consecutive_requests_of_any_route()
    {
        var rule = Server.Faults.Add("any", "any", FaultHits.Next(2), Fault.Status(500));

        var statuses = new List<int>();
        foreach (var path in new[] { "rate_limit", "users/alice", "users/alice" })
        {
            using var response = await Http.GetAsync(path);
            statuses.Add((int)response.StatusCode);
        }

        CollectionAssert.AreEqual(new[] { 500, 500, 200 }, statuses);
        Assert.AreEqual(2, rule.Fired);
    }

    [TestMethod]
    public async Task Dropped_connection_gives_the_client_no_answer()
    {
        Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", Fault.DropConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => Http.PostAsync("repos/pytorch-fdn/ecosystem/issues/1/comments", new StringContent("""{"body":"x"}""")));
        Assert.HasCount(2, Server.State.Issue("pytorch-fdn", "ecosystem", 1).Comments, "the dropped request changed nothing");
        Assert.AreEqual(0, Server.Requests.Single().Status);
    }

    [TestMethod]
    public async Task Delay_makes_a_short_client_timeout_expire()
    {
        Server.Faults.Add("GET", "/rate_limit", Fault.Delay(TimeSpan.FromSeconds(5)));
        using var impatient = SeededServer.Rest(Server);
        impatient.Timeout = TimeSpan.FromMilliseconds(300);

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync("rate_limit"));
    }

    [TestMethod]
    public async Task A_stalled_write_whose_client_gave_up_is_applied_before_the_server_is_idle()
    {
        var rule = Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", Fault.Delay(TimeSpan.FromMinutes(5)));
        using var impatient = SeededServer.Rest(Server);
        using var giveUp = new CancellationTokenSource();
        var post = impatient.PostAsync("repos/pytorch-fdn/ecosystem/issues/1/comments", new StringContent("""{"body":"late"}"""), giveUp.Token);
        while (rule.Matches == 0)
        {
            await Task.Delay(1);
        }

        await giveUp.CancelAsync();
        await Assert.ThrowsAsync<TaskCanceledException>(() => post);
        await Server.WhenIdleAsync();

        Assert.AreEqual("late", Server.State.Issue("pytorch-fdn", "ecosystem", 1).Comments[^1].Body, "the write went on after the client gave up");
        Assert.HasCount(1, Server.Requests);
    }

    [TestMethod]
    public async Task Secondary_rate_limit_is_403_with_GitHubs_message_and_retry_after()
    {
        Server.Faults.Add("GET", "/users/{username}", Fault.SecondaryRateLimit(7));

        using var response = await Http.GetAsync("users/alice");

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.AreEqual("7", response.Headers.GetValues("retry-after").Single());
        Assert.Contains("You have exceeded a secondary rate limit", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Too_many_requests_is_429_with_retry_after()
    {
        Server.Faults.Add("any", "/api/graphql", Fault.TooManyRequests(3));

        using var response = await Http.PostAsync(Server.GraphQLUri, new StringContent("""{"query":"query { viewer { login } }"}"""));

        Assert.AreEqual(429, (int)response.StatusCode);
        Assert.AreEqual("3", response.Headers.GetValues("retry-after").Single());
    }

    [TestMethod]
    public async Task Primary_rate_limit_is_403_with_nothing_remaining_and_the_reset_time()
    {
        var reset = SeededServer.Now.AddMinutes(10);
        Server.Faults.Add("GET", "/repos/{owner}/{repo}", Fault.PrimaryRateLimit(reset));

        using var response = await Http.GetAsync("repos/acme/widget");

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.AreEqual("0", response.Headers.GetValues("x-ratelimit-remaining").Single());
        Assert.AreEqual(reset.ToUnixTimeSeconds().ToString(), response.Headers.GetValues("x-ratelimit-reset").Single());
        Assert.Contains("API rate limit exceeded", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Applied_then_502_makes_the_write_and_loses_its_answer()
    {
        Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", Fault.AppliedThenStatus(502));

        using var response = await Http.PostAsync("repos/pytorch-fdn/ecosystem/issues/1/comments", new StringContent("""{"body":"made"}"""));

        Assert.AreEqual(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("Server Error", await response.Content.ReadAsStringAsync());
        Assert.HasCount(3, Server.State.Issue("pytorch-fdn", "ecosystem", 1).Comments, "the write was applied");
        Assert.AreEqual("made", Server.State.Issue("pytorch-fdn", "ecosystem", 1).Comments[^1].Body);
        Assert.AreEqual(502, Server.Requests.Single().Status);
    }

    [TestMethod]
    public async Task Every_answer_carries_a_request_id()
    {
        using var ok = await Http.GetAsync("repos/acme/widget");
        using var failed = await Http.GetAsync("repos/acme/nothing-here");

        var first = ok.Headers.GetValues("x-github-request-id").Single();
        var second = failed.Headers.GetValues("x-github-request-id").Single();
        Assert.AreNotEqual(first, second);
    }

    [TestMethod]
    public async Task GraphQL_rate_limit_is_200_with_a_RATE_LIMITED_error_and_nothing_remaining()
    {
        var reset = SeededServer.Now.AddMinutes(10);
        Server.Faults.Add("POST", "/api/graphql", Fault.GraphQLRateLimited(reset));

        using var response = await Http.PostAsync(Server.GraphQLUri, new StringContent("""{"query":"query { viewer { login } }"}"""));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("0", response.Headers.GetValues("x-ratelimit-remaining").Single());
        Assert.AreEqual(reset.ToUnixTimeSeconds().ToString(), response.Headers.GetValues("x-ratelimit-reset").Single());
        Assert.Contains("\"RATE_LIMITED\"", await response.Content.ReadAsStringAsync());
    }
}
