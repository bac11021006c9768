using System.Globalization;
using Ecosystem.TestServer.Logging;
using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>
/// The nightly guard reads every issue with its comments and label events by the page: one GraphQL request per 100
/// issues, one more only for an issue with over 100 comments; its writes stay one reminder per stale wait.
/// </summary>
[TestClass]
public sealed class NightlyGuardByThePageTests
{
    private const string Waiting = "Waiting on comment";

    [TestMethod]
    [DataRow(100)]
    [DataRow(1000)]
    public async Task Nightly_guard_of_n_waiting_reads_pages_of_100_and_one_more_for_a_long_thread(int n)
    {
        await using var scenario = await World.Guard().StartAsync();
        for (var i = 0; i < n; i++)
        {
            scenario.AddApplication(World.Now.AddDays(-10).AddMinutes(i), "New").AddLabel(Waiting, World.Staff, World.Now);
        }

        // One of them has a discussion of 150 comments: its comments after the first 100 take one request of their own.
        var talkative = scenario.Repository.Issues[n / 2];
        for (var i = 0; i < 150; i++)
        {
            talkative.AddComment("carol", "A question about the CI matrix, " + i.ToString(CultureInfo.InvariantCulture) + ".", at: World.Now.AddDays(-5).AddMinutes(i));
        }

        scenario.DaysAfterStart(30);
        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        var pages = (n + 99) / 100;
        var reads = night.Requests.Where(r => !r.IsWrite).ToList();
        // People (the viewer and the Working Group team), the pages of issues and the rest of the long thread: ⌈n/100⌉ + 3;
        // and each thread's comments from the newest read on, once its reminder is posted (another run may have posted one).
        Assert.AreEqual(pages + 3 + n, reads.Count, Describe(reads));
        Assert.AreEqual(pages, reads.Count(r => IsQuery(r, "IssueHistories")));
        Assert.AreEqual(1, reads.Count(r => IsQuery(r, "IssueComments")));
        // Writes unchanged: one reminder comment per application waiting for 30 days.
        Assert.HasCount(n, night.WriteRequests, night.ToString());
        Assert.IsTrue(night.WriteRequests.All(r => r.Method == "POST" && r.Path.EndsWith("/comments", StringComparison.Ordinal)));
        Assert.IsTrue(scenario.Repository.Issues.All(i => World.CommentsBy(i, World.Automation).Count == 1));

        scenario.DaysAfterStart(31);
        var nextNight = await scenario.NightlyAsync();

        Assert.IsEmpty(nextNight.WriteRequests, "each reminder is found among the comments read by the page");
    }

    private static bool IsQuery(RecordedRequest request, string name) =>
        request.GraphQLDocument?.Contains("query " + name + "(", StringComparison.Ordinal) == true;

    private static string Describe(IEnumerable<RecordedRequest> requests) =>
        string.Join("\n", requests.Select(r => r.Method + " " + r.Path + (r.GraphQLDocument is { } d ? " " + d.Split('\n').FirstOrDefault(l => l.StartsWith("query", StringComparison.Ordinal)) : string.Empty)));
}
