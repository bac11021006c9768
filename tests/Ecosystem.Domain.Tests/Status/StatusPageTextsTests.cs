using System.Text.RegularExpressions;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Status;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Status;

/// <summary>The page and the step summary of a small repository, against their golden files; hostile titles included.</summary>
[TestClass]
public sealed class StatusPageTextsTests
{
    private const string Hostile = "<script>alert('x')</script> @pytorch/everyone <img src=x onerror=alert(1)> [link](javascript:alert(1))";

    private static StatusReport SmallCase(ReviewOrder order = ReviewOrder.ReturningFirst, Foundation? foundation = null)
    {
        var world = new StatusWorld(order, foundation);
        var created = At("2026-10-20T16:00Z");
        world.Add(1, created, "In review").Session("2026-11-10").Assigned("bob")
            .Comment("bob", created.AddDays(2)).Label("Accepted", At("2026-11-12T18:00Z"));
        world.Add(2, created.AddDays(1), "In review").Session("2026-12-08").Assigned("bob", "carol").Titled(Hostile)
            .Comment("carol", created.AddDays(5))
            .Label("Waiting on comment", created.AddDays(6)).Unlabel("Waiting on comment", created.AddDays(9));
        world.Add(3, created.AddDays(2), "New").Titled("[Ecosystem] Torch\u202Eflow & \"friends\"");
        world.Add(4, created.AddDays(3), "New", "Waiting on comment");
        world.Add(5, created.AddDays(4), "New").Incomplete();
        return world.Build();
    }

    [TestMethod]
    public void Small_repository_page_matches_its_golden_file()
    {
        GoldenFile.AssertMatches("status-page.small.html", SmallCase().Page());
    }

    [TestMethod]
    public void Small_repository_summary_matches_its_golden_file()
    {
        GoldenFile.AssertMatches("status-summary.small.md", SmallCase().Summary());
    }

    [TestMethod]
    public void A_fifo_page_does_not_say_returning_applications_go_first()
    {
        var page = SmallCase(ReviewOrder.Fifo).Page();

        Assert.Contains("Applications are reviewed in order of their issue number. A session", page);
        Assert.DoesNotContain("returning applications go first", page);
    }

    /// <summary>Another foundation adopting the process: its page was titled "PyTorch Ecosystem applications".</summary>
    [TestMethod]
    public void The_page_is_titled_after_the_configured_ecosystem()
    {
        var page = SmallCase(foundation: new Foundation("Cloud Native Computing Foundation", "CNCF & Friends Landscape")).Page();

        Assert.Contains("<title>CNCF &amp; Friends Landscape applications: where they stand</title>", page);
        Assert.Contains("<h1>CNCF &amp; Friends Landscape applications</h1>", page);
        Assert.DoesNotContain("PyTorch", page);
    }

    [TestMethod]
    public void A_hostile_title_is_text_in_the_page_and_absent_from_the_summary()
    {
        var report = SmallCase();
        var page = report.Page();
        var summary = report.Summary();

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; @pytorch/everyone &lt;img src=x onerror=alert(1)&gt;", page);
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotContain("\u202E", page);
        Assert.DoesNotContain("pytorch/everyone", summary);
    }

    [TestMethod]
    public void The_page_loads_nothing_from_elsewhere()
    {
        var page = SmallCase().Page();

        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("default-src 'none'", page);
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("src=\"http", page);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", page);
        Assert.DoesNotContain("@import", page);
        Assert.DoesNotContain("@font-face", page);
    }

    /// <summary>The counts read "1 open application(s)", "1 coming session(s)", "1 application(s). Reviewers".</summary>
    [TestMethod]
    public void Counts_of_one_and_of_none_read_as_English()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-10-20T16:00Z"), "In review").Session("2026-12-08").Assigned("bob");

        var report = world.Build();

        StringAssert.Contains(report.Summary(), "\n1 open application (scheduled for a session: 1). 1 coming session; 0 decisions in the last 12 months.\n");
        StringAssert.Contains(report.Page(), "<p>1 application. Reviewers: bob.</p>");
        Assert.AreEqual("Read 1 application: 1 open, 1 coming session, 0 decisions in the last 12 months.", report.LogLine(1));
        Assert.DoesNotContain("(s)", report.Summary() + report.Page());
    }

    /// <summary>Sessions of one application each: the page said "A session takes up to 1 applications."</summary>
    [TestMethod]
    public void A_session_of_one_application_is_counted_as_one()
    {
        var page = new StatusWorld { BatchMax = 1 }.Build().Page();

        StringAssert.Contains(page, "A session takes up to 1 application. Expected sessions");
    }

    /// <summary>
    /// Mermaid's lines take a number at every month (it draws no gap), so a month without a measurement was drawn as a
    /// median of 0 days, and its y-axis starts at the least value given. Each figure measured now has its own bars over the
    /// months measured, from 0; one measured nowhere has no chart.
    /// </summary>
    [TestMethod]
    public void The_summary_charts_only_the_months_measured_from_zero()
    {
        var world = new StatusWorld();
        var created = At("2026-10-20T16:00Z");
        world.Add(1, created, "New").Comment("bob", created.AddDays(2));
        world.Add(2, created, "New").Comment("bob", created.AddDays(3))
            .Label("Waiting on comment", At("2026-11-20T16:00Z")).Unlabel("Waiting on comment", At("2026-12-01T16:00Z"));

        var charts = Regex.Matches(world.Build().Summary(), "```mermaid\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

        CollectionAssert.AreEqual(
            new[]
            {
                "xychart-beta\n    title \"Time to first response: median days per month\"\n    x-axis [\"Oct\"]\n    y-axis \"days\" 0 --> 3\n"
                + "    bar [2.5]\n",
                "xychart-beta\n    title \"Time waiting on the applicant: median days per month\"\n    x-axis [\"Dec\"]\n"
                + "    y-axis \"days\" 0 --> 11\n    bar [11]\n",
            },
            charts);
    }

    /// <summary>
    /// With no session held in the twelve months, the section of applications reviewed per session showed an empty grid and
    /// an empty table, saying nothing a sighted reader could see; it says so, as each figure with nothing measured does.
    /// </summary>
    [TestMethod]
    public void The_sessions_chart_says_plainly_when_no_session_was_held()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-10-20T16:00Z"), "New");

        var page = world.Build().Page();

        Assert.Contains("<h3 id=\"figure-reviewed-heading\">Applications reviewed per session</h3>\n"
            + "<p class=\"note\">No review session in the last 12 months.</p>", page);
        Assert.DoesNotContain("No review session in the last 12 months.</p>", SmallCase().Page());
    }

    /// <summary>A figure with nothing measured read "Median — days, 90th percentile — days, over 0 application(s)".</summary>
    [TestMethod]
    public void A_figure_says_plainly_when_nothing_was_measured_and_counts_one_application_as_one()
    {
        var world = new StatusWorld();
        var created = At("2026-10-20T16:00Z");
        world.Add(1, created, "New").Comment("bob", created.AddDays(2));

        var page = world.Build().Page();

        Assert.Contains(
            "From submission (or the return of an application decided before) to the outcome label, less any time it was closed. "
            + "No decision was measured in the last 12 months.</p>", page);
        Assert.Contains("Median 2.0 days, 90th percentile 2.0 days, over 1 application.</p>", page);
        Assert.DoesNotContain("— days", page);
        Assert.DoesNotContain("application(s).</p>", page);
    }

    /// <summary>
    /// Declined after its March session, back in July, reviewed again in September and accepted: one application, waiting twice
    /// for a review and for a decision, and the page said "over 2 applications". Each figure now names what it counts, as the
    /// sessions and the decisions list them: reviews, decisions; first response and waiting, applications.
    /// </summary>
    [TestMethod]
    public void A_figure_counts_the_reviews_or_decisions_it_measures_not_applications()
    {
        var world = new StatusWorld();
        world.Add(1, At("2026-02-02T16:00Z"), "In review").Comment("bob", At("2026-02-05T16:00Z"))
            .Label("Declined", At("2026-03-17T16:00Z"))
            .Label("Returning", At("2026-07-01T16:00Z"), StatusWorld.Bot).Label("New", At("2026-07-01T16:00Z"), StatusWorld.Bot)
            .Unlabel("Declined", At("2026-07-01T16:00Z"), StatusWorld.Bot)
            .Session("2026-09-08", "2026-03-10").Label("Accepted", At("2026-09-15T16:00Z"));

        var page = world.Build().Page();

        Assert.Contains("took the application, less any time it was closed. Median 52.5 days, 90th percentile 65.7 days, over 2 reviews.</p>", page);
        Assert.Contains("outcome label, less any time it was closed. Median 59.5 days, 90th percentile 72.7 days, over 2 decisions.</p>", page);
        Assert.Contains("the applicant and the automation. Median 3.0 days, 90th percentile 3.0 days, over 1 application.</p>", page);
        Assert.Contains("<th scope=\"col\" class=\"num\">Measured</th></tr></thead>", page);
        Assert.DoesNotContain("Applications measured", page);
    }
}
