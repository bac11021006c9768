using System.Globalization;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.Logging;

namespace Ecosystem.Actions.Tests.Commands.Tally;

/// <summary>
/// The nightly tally reads the applications in voting or in review by the page: one GraphQL request per 100 issues with
/// their comments, and one more only for an issue with over 100 comments.
/// </summary>
[TestClass]
public sealed class NightlyTallyByThePageTests
{
    [TestMethod]
    [DataRow(100)]
    [DataRow(1000)]
    public async Task Nightly_tally_of_n_in_review_reads_pages_of_100_and_one_more_for_a_long_thread(int n)
    {
        await using var world = await World.Tally().StartAsync();
        for (var i = 1; i <= n; i++)
        {
            world.AddApplication("[Ecosystem] Project " + i.ToString(CultureInfo.InvariantCulture));
        }

        // One of them is voting, in a thread of 150 comments: its comments after the first 100 take one request of their own.
        var voting = world.Repository.Issues[n / 2];
        world.Say(voting, World.Staff, "/vote open");
        for (var i = 0; i < 148; i++)
        {
            world.Say(voting, i % 2 == 0 ? "bob" : "janedoe", "A question about the CI matrix, " + i.ToString(CultureInfo.InvariantCulture) + ".");
        }

        world.Say(voting, "carol", "/vote approve");

        var night = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        var pages = (n + 99) / 100;
        // The viewer, the Working Group team, the pages of issues, the rest of the long thread, and the voting thread's
        // comments since the tally comment was posted (another run may have posted one too): ⌈n/100⌉ + 4.
        Assert.AreEqual(pages + 4, Reads(night).Count, Describe(Reads(night)));
        Assert.AreEqual(pages, Reads(night).Count(r => IsQuery(r, "IssueHistories")));
        Assert.AreEqual(1, Reads(night).Count(r => IsQuery(r, "IssueComments")));
        Assert.AreEqual(1, World.MembershipReads(night));
        Assert.AreEqual(1, Reads(night).Count(r => r.Path.EndsWith("/comments", StringComparison.Ordinal)), "only the read after the tally comment");
        // Only the voting application is written to (its tally comment); the tally saw carol's ballot after comment 100.
        Assert.IsNotEmpty(night.WriteRequests);
        Assert.IsTrue(night.WriteRequests.All(r => r.Path.Contains($"/issues/{voting.Number}/", StringComparison.Ordinal)), World.Writes(night));
        StringAssert.Contains(world.OwnComments(voting).Single().Body, "carol | ✅ approve");

        var nextNight = await world.NightlyAsync();

        Assert.IsEmpty(nextNight.WriteRequests, World.Writes(nextNight));
    }

    private static List<RecordedRequest> Reads(RunResult result) => [.. result.Requests.Where(r => !r.IsWrite)];

    private static bool IsQuery(RecordedRequest request, string name) =>
        request.GraphQLDocument?.Contains("query " + name + "(", StringComparison.Ordinal) == true;

    private static string Describe(IEnumerable<RecordedRequest> requests) =>
        string.Join("\n", requests.Select(r => r.Method + " " + r.Path + (r.GraphQLDocument is { } d ? " " + d.Split('\n').FirstOrDefault(l => l.StartsWith("query", StringComparison.Ordinal)) : string.Empty)));
}
