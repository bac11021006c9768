using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Tests.Scheduling;

/// <summary><see cref="ReviewCalendar.At"/>: the one place a zone's local day start (or session start) becomes an instant.</summary>
[TestClass]
public sealed class StartOfDayTests
{
    // Havana moves clocks from 00:00 to 01:00 on 2026-03-08 and from 01:00 back to 00:00 on 2026-11-01.
    private static readonly TimeZoneInfo Havana = TimeZoneInfo.FindSystemTimeZoneById("America/Havana");

    [TestMethod]
    public void A_skipped_midnight_starts_the_day_when_clocks_resume()
    {
        var start = ReviewCalendar.At(Havana, new DateOnly(2026, 3, 8), TimeOnly.MinValue);

        Assert.AreEqual(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero), start);
        Assert.AreEqual(new DateTime(2026, 3, 8, 1, 0, 0), start.DateTime, "01:00 local, the first valid minute of the day");
    }

    [TestMethod]
    public void A_repeated_midnight_starts_the_day_at_its_first_occurrence()
    {
        var start = ReviewCalendar.At(Havana, new DateOnly(2026, 11, 1), TimeOnly.MinValue);

        Assert.AreEqual(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), start, "00:00 daylight time (UTC-4), not the later 00:00 standard time (UTC-5)");
        Assert.IsTrue(Havana.IsAmbiguousTime(start.DateTime));
    }

    [TestMethod]
    public void An_ordinary_midnight_is_that_midnight()
    {
        Assert.AreEqual(new DateTimeOffset(2026, 12, 8, 5, 0, 0, TimeSpan.Zero), ReviewCalendar.At(Havana, new DateOnly(2026, 12, 8), TimeOnly.MinValue));
    }
}
