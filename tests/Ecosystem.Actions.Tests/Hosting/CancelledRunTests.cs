using System.Net;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Actions.Tests.Runtime;

namespace Ecosystem.Actions.Tests.Hosting;

/// <summary>A job cancelled (Ctrl-C, SIGTERM) while GitHub has not answered stops at once, not after the request.</summary>
[TestClass]
public sealed class CancelledRunTests
{
    [TestMethod]
    public async Task Cancelled_job_abandons_the_request_in_flight_and_exits_130()
    {
        var transport = new HangingHandler();
        var run = new HostRun { HttpMessageHandlerFactory = () => transport }.WithFile(
            ".github/ISSUE_TEMPLATE/application.yml",
            File.ReadAllText(Path.Combine(ActionRun.RepositoryRoot(), ".github", "ISSUE_TEMPLATE", "application.yml")));
        run.WithFile("event.json", WebhookExamples.First("workflow_dispatch", null));
        run.Environment["GITHUB_EVENT_NAME"] = "workflow_dispatch";
        run.Environment["GITHUB_EVENT_PATH"] = Path.Combine(run.Workspace, "event.json");
        run.Environment["GITHUB_REPOSITORY"] = "pytorch-fdn/ecosystem";
        run.Environment["GITHUB_API_URL"] = "http://github.test";
        run.Environment["GITHUB_GRAPHQL_URL"] = "http://github.test/graphql";
        run.Environment["GITHUB_TOKEN"] = "ghs_test";
        using var job = new CancellationTokenSource();

        var exit = ProgramHost.RunAsync(["validate", "--issue", "12"], run.Host, cancellationToken: job.Token);
        await Task.WhenAny(transport.Arrived, exit).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.IsFalse(exit.IsCompleted, run.Stdout.ToString() + run.Stderr);
        await job.CancelAsync();

        Assert.AreEqual(ExitCodes.Cancelled, await exit.WaitAsync(TimeSpan.FromSeconds(5)), run.Stdout.ToString());
        Assert.IsTrue(transport.SawCancellation, "the request in flight was cancelled, not left to finish");
        StringAssert.StartsWith(run.Stdout.ToString().Split('\n').Last(l => l.Length > 0), "error: `validate` was cancelled before it finished.");
    }

    /// <summary>A transport whose first request never gets an answer.</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Arrived => _arrived.Task;

        public bool SawCancellation { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _arrived.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }

            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
