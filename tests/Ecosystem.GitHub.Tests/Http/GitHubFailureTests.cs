using Ecosystem.GitHub.Http;

namespace Ecosystem.GitHub.Tests.Http;

[TestClass]
public sealed class GitHubFailureTests
{
    [TestMethod]
    public void Cancellation_and_an_exhausted_rate_limit_stop_the_run_and_any_other_failure_concerns_one_item()
    {
        Assert.IsTrue(GitHubFailure.StopsTheRun(new OperationCanceledException()));
        Assert.IsTrue(GitHubFailure.StopsTheRun(new TaskCanceledException()));
        Assert.IsTrue(GitHubFailure.StopsTheRun(new GitHubRateLimitException("GitHub refuses requests until 14:00 UTC.")));

        Assert.IsFalse(GitHubFailure.StopsTheRun(new GitHubRequestException("GitHub answered 502 (Bad Gateway) to: read issue 42.", new HttpRequestException())));
        Assert.IsFalse(GitHubFailure.StopsTheRun(new InvalidOperationException("The form has no heading 'Project name'.")));
    }
}
