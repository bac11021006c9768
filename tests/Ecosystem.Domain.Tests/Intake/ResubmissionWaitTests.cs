using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class ResubmissionWaitTests
{
    private static Finding Early(DateOnly until) =>
        new("prior-applications.early", FindingStatus.Fail, "Too early.", "the repository", Blocking: true) { WaitsUntil = until };

    private static IntakeReport Report(params Finding[] findings) => new(7, IntakeVerdict.Incomplete, findings, []);

    [TestMethod]
    public void The_date_counts_whole_days_from_the_decision_in_UTC()
    {
        var decided = new DateTimeOffset(2026, 4, 14, 20, 0, 0, TimeSpan.FromHours(-5));

        Assert.AreEqual(new DateOnly(2026, 7, 14), new ResubmissionWait(90).From(decided), "20:00 at UTC-5 is the 15th of April in UTC");
        Assert.AreEqual(new DateOnly(2026, 4, 15), new ResubmissionWait(0).From(decided));
    }

    [TestMethod]
    public void The_hidden_line_carries_the_latest_date_of_all_findings_and_reads_back()
    {
        var report = Report(
            Early(new DateOnly(2027, 1, 19)),
            new Finding("title", FindingStatus.Pass, "Fine.", "the title"),
            Early(new DateOnly(2027, 3, 2)),
            Early(new DateOnly(2026, 12, 24)));

        var line = ResubmissionWait.Line(report);

        Assert.StartsWith("\n", line);
        Assert.AreEqual(new DateOnly(2027, 3, 2), ResubmissionWait.Until(line));
    }

    [TestMethod]
    public void A_date_come_since_filing_has_its_own_line_beside_one_still_to_come()
    {
        var came = new Finding("prior-applications.resubmission", FindingStatus.Warning, "Reviewed as new.", "the repository")
            { ReviewedFrom = new DateOnly(2026, 11, 2) };

        var line = ResubmissionWait.Line(Report(came, Early(new DateOnly(2027, 3, 2))));

        Assert.AreEqual(new DateOnly(2027, 3, 2), ResubmissionWait.Until(line));
        Assert.AreEqual(new DateOnly(2026, 11, 2), ResubmissionWait.ReviewedFrom(line));
        Assert.IsNull(ResubmissionWait.Until(ResubmissionWait.Line(Report(came))), "a date come is not waited on again");
    }

    [TestMethod]
    public void A_report_without_a_date_has_no_line_and_reads_as_none()
    {
        var line = ResubmissionWait.Line(Report(new Finding("title", FindingStatus.Pass, "Fine.", "the title")));

        Assert.AreEqual(string.Empty, line);
        Assert.IsNull(ResubmissionWait.Until("An intake report without a hidden date."));
    }
}
