using System.Net;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Tests.Fakes;
using Octokit;

namespace Ecosystem.GitHub.Tests.Http;

[TestClass]
public sealed class GitHubRetryRulesTests
{

    private const string SecondaryLimitBody =
        """{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}""";

    private static readonly DateTimeOffset TenOClock = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task Bad_gateway_then_ok_is_retried_and_succeeds()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.BadGateway, """{"message":"Server Error"}""").RespondJson(GitHubJson.Issue(12));

        var issue = await github.Gateway.GetIssueAsync(12);

        Assert.AreEqual(12, issue.Number);
        Assert.HasCount(2, github.Handler.Requests);
        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(1) }, github.Time.Waits.ToArray());
    }

    [TestMethod]
    public async Task Back_off_doubles_per_retry_and_adds_jitter()
    {
        using var github = new TestGateway(new GitHubResilienceOptions { Jitter = () => 0.5 });
        github.Handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.InternalServerError)
            .Respond(HttpStatusCode.GatewayTimeout).RespondJson(GitHubJson.Issue(12));

        await github.Gateway.GetIssueAsync(12);

        CollectionAssert.AreEqual(
            new[] { TimeSpan.FromSeconds(1.25), TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(5) },
            github.Time.Waits.ToArray());
    }

    [TestMethod]
    public async Task Server_errors_beyond_the_retry_budget_reach_the_caller()
    {
        using var github = new TestGateway(new GitHubResilienceOptions { MaxRetries = 2, Jitter = () => 0 });
        for (var i = 0; i < 3; i++)
        {
            github.Handler.Respond(HttpStatusCode.BadGateway, """{"message":"Server Error"}""");
        }

        var error = await Assert.ThrowsAsync<GitHubRequestException>(() => github.Gateway.GetIssueAsync(12));

        Assert.AreEqual(HttpStatusCode.BadGateway, ((ApiException)error.InnerException!).StatusCode);
        Assert.HasCount(3, github.Handler.Requests);
    }

    [TestMethod]
    public async Task Dropped_connection_on_a_read_is_retried()
    {
        using var github = new TestGateway();
        github.Handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .Throw(new IOException("Connection reset by peer"))
            .RespondJson(GitHubJson.Issue(12));

        var issue = await github.Gateway.GetIssueAsync(12);

        Assert.AreEqual(12, issue.Number);
        Assert.HasCount(3, github.Handler.Requests);
    }

    [TestMethod]
    public async Task Attempt_that_times_out_is_retried()
    {
        using var github = new TestGateway(new GitHubResilienceOptions { AttemptTimeout = TimeSpan.FromSeconds(10), Jitter = () => 0 });
        github.Handler.RespondWithAsync(async (request, cancellationToken) =>
            {
                // Hangs until the attempt's own time limit (on the fake clock) cancels it.
                github.Time.Advance(TimeSpan.FromSeconds(11));
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return ScriptedHandler.Response(HttpStatusCode.OK);
            })
            .RespondJson(GitHubJson.Issue(12));

        var issue = await github.Gateway.GetIssueAsync(12).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.AreEqual(12, issue.Number);
        Assert.HasCount(2, github.Handler.Requests);
    }

    [TestMethod]
    public async Task Internal_server_error_on_a_create_is_looked_for_before_it_is_sent_again()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer)
            .Respond(HttpStatusCode.InternalServerError, """{"message":"Server Error"}""")
            .RespondJson("[]")
            .RespondJson(GitHubJson.Comment(991, "hello", "github-actions[bot]", "Bot"));

        var comment = await github.Gateway.CreateCommentAsync(12, "hello");

        Assert.AreEqual(991, comment.Id);
        CollectionAssert.AreEqual(
            new[] { "POST", "POST", "GET", "POST" },
            github.Handler.Requests.Select(r => r.Method.Method).ToArray(),
            "viewer, create, the comments (none found), create again");
        Assert.AreEqual(github.Handler.Requests[1].Body, github.Handler.Requests[3].Body, "the second create sends the same body");
    }

    [TestMethod]
    public async Task Gateway_error_on_a_create_that_GitHub_applied_adopts_the_comment_instead_of_posting_again()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer)
            .Respond(HttpStatusCode.BadGateway)
            .RespondJson($"[{GitHubJson.Comment(991, "hello", "github-actions[bot]", "Bot")}]");

        var comment = await github.Gateway.CreateCommentAsync(12, "hello");

        Assert.AreEqual(991, comment.Id);
        Assert.HasCount(1, github.Handler.Requests.Where(r => r.IsWrite), "never posted twice");
        Assert.AreEqual(0, github.Handler.Remaining);
    }

    [TestMethod]
    public async Task Write_whose_connection_failed_after_sending_is_looked_for_not_resent_blindly()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer)
            .Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .RespondJson($"[{GitHubJson.Comment(991, "hello", "github-actions[bot]", "Bot")}]");

        var comment = await github.Gateway.CreateCommentAsync(12, "hello");

        Assert.AreEqual(991, comment.Id);
        Assert.HasCount(3, github.Handler.Requests);
    }

    [TestMethod]
    public async Task Gateway_error_on_an_edit_is_retried_by_the_handler()
    {
        // An edit applied twice is the same edit: resending it is safe.
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer).Respond(HttpStatusCode.BadGateway).RespondJson(GitHubJson.Comment(991, "hello", "github-actions[bot]", "Bot"));

        var comment = await github.Gateway.UpdateCommentAsync(12, 991, "hello");

        Assert.AreEqual(991, comment.Id);
        Assert.HasCount(3, github.Handler.Requests);
        Assert.AreEqual(github.Handler.Requests[1].Body, github.Handler.Requests[2].Body, "the retry sends the same body");
    }

    [TestMethod]
    public async Task Write_whose_connection_could_not_be_opened_is_retried()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer)
            .Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"))
            .RespondJson(GitHubJson.Comment(991, "hello", "github-actions[bot]", "Bot"));

        var comment = await github.Gateway.CreateCommentAsync(12, "hello");

        Assert.AreEqual(991, comment.Id);
        Assert.HasCount(3, github.Handler.Requests);
    }

    [TestMethod]
    public async Task Graphql_query_is_retried_as_a_read()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.InternalServerError).RespondJson("""{"data":{"viewer":{"login":"github-actions"}}}""");

        Assert.AreEqual("github-actions[bot]", (await github.Gateway.GetAutomationAsync()).Login);
        Assert.HasCount(2, github.Handler.Requests);
    }

    [TestMethod]
    public async Task Graphql_board_mutation_is_retried_after_an_internal_server_error()
    {
        // Setting a board field twice sets it once: resending cannot duplicate anything.
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.InternalServerError, """{"message":"Something went wrong"}""")
            .RespondJson("""{"data":{"s0":{"projectV2Item":{"id":"PVTI_12"}}}}""");
        var board = new Models.ProjectBoard("PVT", "Board", "S", [new Models.BoardOption("o", "New")], null);

        await github.Gateway.UpdateBoardAsync(board, [new Models.BoardItem(12, "I_12", "PVTI_12", "New", null)]);

        Assert.HasCount(2, github.Handler.Requests);
        Assert.AreEqual(github.Handler.Requests[0].Body, github.Handler.Requests[1].Body);
    }

    [TestMethod]
    public async Task Secondary_rate_limit_with_retry_after_is_waited_out()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.Forbidden, SecondaryLimitBody, ("retry-after", "1"), ("x-ratelimit-remaining", "4000"))
            .RespondJson(GitHubJson.Issue(12));

        var issue = await github.Gateway.GetIssueAsync(12);

        Assert.AreEqual(12, issue.Number);
        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(1) }, github.Time.Waits.ToArray());
    }

    [TestMethod]
    public async Task Too_many_requests_with_retry_after_is_waited_out()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.TooManyRequests, """{"message":"Too many requests"}""", ("retry-after", "7"))
            .RespondJson(GitHubJson.Issue(12));

        await github.Gateway.GetIssueAsync(12);

        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(7) }, github.Time.Waits.ToArray());
    }

    [TestMethod]
    public async Task Secondary_rate_limit_without_retry_after_waits_a_minute_on_the_clock()
    {
        var time = new WaitingClock(holdWaits: true);
        using var handler = new ScriptedHandler();
        handler.Respond(HttpStatusCode.Forbidden, SecondaryLimitBody).RespondJson(GitHubJson.Issue(12));
        using var gateway = new GitHubGateway(new GitHubGatewayOptions
        {
            ApiUrl = new Uri("http://github.test/"),
            GraphQLUrl = TestGateway.GraphQLUrl,
            Token = "t",
            Owner = "pytorch-fdn",
            Repository = "ecosystem",
            Time = time,
            InnerHandler = handler,
        });

        var call = gateway.GetIssueAsync(12);
        await time.Waiting.WaitAsync(TimeSpan.FromSeconds(20));
        CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(60) }, time.Waits.ToArray());
        time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(50);
        Assert.IsFalse(call.IsCompleted, "must not retry before a minute has passed");
        Assert.HasCount(1, handler.Requests);

        time.Advance(TimeSpan.FromSeconds(1));
        var issue = await call.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.AreEqual(12, issue.Number);
        Assert.HasCount(2, handler.Requests);
    }

    [TestMethod]
    public async Task Secondary_rate_limit_that_goes_on_without_retry_after_is_waited_out_longer_each_time()
    {
        // GitHub: without retry-after wait at least a minute, and while the limit goes on an exponentially increasing time.
        using var github = new TestGateway(new GitHubResilienceOptions { MaxRateLimitWaits = 4, Jitter = () => 0 });
        github.Handler.Respond(HttpStatusCode.Forbidden, SecondaryLimitBody).Respond(HttpStatusCode.Forbidden, SecondaryLimitBody)
            .Respond(HttpStatusCode.Forbidden, SecondaryLimitBody).Respond(HttpStatusCode.Forbidden, SecondaryLimitBody)
            .RespondJson(GitHubJson.Issue(12));

        await github.Gateway.GetIssueAsync(12);

        // Doubled from a minute, and never past the longest single wait (5 minutes).
        CollectionAssert.AreEqual(new[] { 60, 120, 240, 300 }, github.Time.Waits.Select(wait => (int)wait.TotalSeconds).ToArray());
    }

    [TestMethod]
    public async Task Secondary_rate_limit_asking_for_longer_than_the_cap_fails_clearly()
    {
        using var github = new TestGateway(new GitHubResilienceOptions { MaxSecondaryRateLimitWait = TimeSpan.FromMinutes(2) });
        github.Handler.Respond(HttpStatusCode.Forbidden, SecondaryLimitBody, ("retry-after", "600"));

        var error = await Assert.ThrowsAsync<GitHubRateLimitException>(() => github.Gateway.GetIssueAsync(12));

        StringAssert.Contains(error.Message, "secondary rate limit");
        StringAssert.Contains(error.Message, "600 s");
        Assert.IsEmpty(github.Time.Waits);
    }

    [TestMethod]
    public async Task Primary_rate_limit_resetting_in_an_hour_fails_with_the_reset_time()
    {
        using var github = new TestGateway();
        github.Handler.Respond(
            HttpStatusCode.Forbidden,
            """{"message":"API rate limit exceeded for installation ID 1.","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}""",
            ("x-ratelimit-limit", "5000"),
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-used", "5000"),
            ("x-ratelimit-resource", "core"),
            ("x-ratelimit-reset", TenOClock.ToUnixTimeSeconds().ToString()));

        var error = await Assert.ThrowsAsync<GitHubRateLimitException>(() => github.Gateway.GetIssueAsync(12));

        StringAssert.Contains(error.Message, "primary rate limit (core) is exhausted; resets at 2026-11-27T10:00:00Z, in 58 min");
        StringAssert.Contains(error.Message, "/repos/pytorch-fdn/ecosystem/issues/12");
        Assert.HasCount(1, github.Handler.Requests);
        Assert.IsEmpty(github.Time.Waits);
    }

    [TestMethod]
    public async Task Primary_rate_limit_resetting_soon_is_waited_out()
    {
        using var github = new TestGateway();
        var reset = github.Time.GetUtcNow().AddMinutes(2);
        github.Handler.Respond(
                HttpStatusCode.TooManyRequests,
                """{"message":"API rate limit exceeded"}""",
                ("x-ratelimit-remaining", "0"),
                ("x-ratelimit-reset", reset.ToUnixTimeSeconds().ToString()))
            .RespondJson(GitHubJson.Issue(12));

        await github.Gateway.GetIssueAsync(12);

        CollectionAssert.AreEqual(new[] { TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1) }, github.Time.Waits.ToArray());
    }

    [TestMethod]
    public async Task Forbidden_that_is_no_rate_limit_is_not_retried()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.Forbidden, """{"message":"Resource not accessible by integration"}""");

        var error = await Assert.ThrowsAsync<GitHubRequestException>(() => github.Gateway.GetIssueAsync(12));

        Assert.IsInstanceOfType<ForbiddenException>(error.InnerException);

        Assert.HasCount(1, github.Handler.Requests);
        Assert.IsEmpty(github.Time.Waits);
    }

    [TestMethod]
    public async Task Concurrent_writes_never_overlap_at_the_transport()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(GitHubJson.Viewer);
        await github.Gateway.GetAutomationAsync();
        var inFlight = 0;
        var mostInFlight = 0;
        for (var i = 0; i < 4; i++)
        {
            var id = 990 + i;
            github.Handler.RespondWithAsync(async _ =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref mostInFlight, now);
                await Task.Delay(40);
                Interlocked.Decrement(ref inFlight);
                return ScriptedHandler.Response(HttpStatusCode.Created, GitHubJson.Comment(id, "x", "github-actions[bot]", "Bot"));
            });
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => github.Gateway.CreateCommentAsync(12, $"comment {i}"))));

        Assert.AreEqual(1, mostInFlight);
        Assert.HasCount(4, github.Handler.Requests.Where(r => r.IsWrite));
    }

    [TestMethod]
    public async Task Concurrent_reads_may_overlap()
    {
        using var github = new TestGateway();
        var bothArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;
        for (var i = 0; i < 2; i++)
        {
            github.Handler.RespondWithAsync(async _ =>
            {
                if (Interlocked.Increment(ref arrived) == 2)
                {
                    bothArrived.SetResult();
                }

                await bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return ScriptedHandler.Response(HttpStatusCode.OK, GitHubJson.Issue(12));
            });
        }

        await Task.WhenAll(github.Gateway.GetIssueAsync(12), github.Gateway.GetIssueAsync(12));

        Assert.AreEqual(2, arrived);
    }

    [TestMethod]
    public async Task Cancelled_job_abandons_a_request_that_hangs()
    {
        using var job = new CancellationTokenSource();
        using var github = new TestGateway(cancellation: job.Token);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var transportCancelled = false;
        github.Handler.RespondWithAsync(async (_, cancellationToken) =>
        {
            arrived.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                transportCancelled = true;
                throw;
            }

            return ScriptedHandler.Response(HttpStatusCode.OK);
        });

        var call = github.Gateway.GetIssueAsync(12);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await job.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.IsTrue(transportCancelled, "the request in flight saw the cancellation");
        Assert.HasCount(1, github.Handler.Requests, "not retried after the job was cancelled");
    }

    [TestMethod]
    public async Task Cancelled_job_abandons_a_rate_limit_wait()
    {
        using var job = new CancellationTokenSource();
        var time = new WaitingClock(holdWaits: true);
        using var handler = new ScriptedHandler();
        handler.Respond(HttpStatusCode.Forbidden, SecondaryLimitBody);
        using var gateway = new GitHubGateway(new GitHubGatewayOptions
        {
            ApiUrl = new Uri("http://github.test/"),
            GraphQLUrl = TestGateway.GraphQLUrl,
            Token = "t",
            Owner = "pytorch-fdn",
            Repository = "ecosystem",
            Time = time,
            InnerHandler = handler,
            Cancellation = job.Token,
        });

        var call = gateway.GetIssueAsync(12);
        await time.Waiting.WaitAsync(TimeSpan.FromSeconds(20));
        await job.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.HasCount(1, handler.Requests);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
