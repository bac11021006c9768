using Ecosystem.Domain.Scheduling;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class ReviewCalendarTests
{
    [TestMethod]
    public void Nth_weekday_recurrences_give_the_second_and_fourth_tuesday()
    {
        var sessions = TwiceMonthly().Upcoming(At("2026-12-01T10:00-08:00"), 4);

        CollectionAssert.AreEqual(
            new[] { Date("2026-12-08"), Date("2026-12-22"), Date("2027-01-12"), Date("2027-01-26") },
            sessions.Select(s => s.Date).ToArray());
        Assert.AreEqual(At("2026-12-08T09:00-08:00"), sessions[0].StartsAt);
        Assert.AreEqual(TimeSpan.FromHours(-8), sessions[0].StartsAt.Offset);
    }

    [TestMethod]
    public void The_session_day_still_targets_the_session_after_it_started()
    {
        var next = TwiceMonthly().NextSession(At("2026-12-08T15:00-08:00"));

        Assert.AreEqual(Date("2026-12-08"), next?.Date);
    }

    [TestMethod]
    public void At_23_30_local_the_session_day_is_still_today_though_UTC_is_the_next_day()
    {
        // 23:30 in Los Angeles is 07:30 UTC on the 9th.
        var next = TwiceMonthly().NextSession(At("2026-12-09T07:30Z"));

        Assert.AreEqual(Date("2026-12-08"), next?.Date);
    }

    [TestMethod]
    public void At_00_30_local_the_session_has_passed_and_the_next_one_is_targeted()
    {
        var next = TwiceMonthly().NextSession(At("2026-12-09T08:30Z"));

        Assert.AreEqual(Date("2026-12-22"), next?.Date);
    }

    [TestMethod]
    public void At_00_30_UTC_the_day_before_a_session_in_Los_Angeles_is_still_the_previous_evening()
    {
        var calendar = TwiceMonthly();

        Assert.AreEqual(Date("2026-12-07"), calendar.Today(At("2026-12-08T00:30Z")));
        Assert.AreEqual(Date("2026-12-08"), calendar.NextSession(At("2026-12-08T00:30Z"))?.Date);
    }

    [TestMethod]
    public void Sessions_keep_local_time_across_the_daylight_saving_change()
    {
        // US daylight saving time starts on 2027-03-14.
        var sessions = TwiceMonthly().Upcoming(At("2027-03-01T09:00-08:00"), 2);

        Assert.AreEqual(At("2027-03-09T17:00Z"), sessions[0].StartsAt);
        Assert.AreEqual(TimeSpan.FromHours(-8), sessions[0].StartsAt.Offset);
        Assert.AreEqual(At("2027-03-23T16:00Z"), sessions[1].StartsAt);
        Assert.AreEqual(TimeSpan.FromHours(-7), sessions[1].StartsAt.Offset);
    }

    [TestMethod]
    public void An_explicit_start_skipped_by_daylight_saving_moves_to_the_first_valid_minute()
    {
        var calendar = new ReviewCalendar(Settings(LosAngeles, dates: ["2027-03-14T02:30"]));

        var session = calendar.NextSession(At("2027-03-01T00:00-08:00"));

        Assert.AreEqual(At("2027-03-14T03:00-07:00"), session?.StartsAt);
    }

    [TestMethod]
    public void The_day_of_the_autumn_change_is_found_from_its_first_hour()
    {
        // 2027-11-07 01:30 happens twice in Los Angeles; the session date is that day either way.
        var calendar = new ReviewCalendar(Settings(LosAngeles, dates: ["2027-11-07T01:30"]));

        var session = calendar.NextSession(At("2027-11-07T01:10-07:00"));

        Assert.AreEqual(At("2027-11-07T01:30-07:00"), session?.StartsAt);
    }

    [TestMethod]
    public void Explicit_dates_and_recurrences_are_merged_one_session_a_day_and_an_explicit_time_wins()
    {
        var calendar = new ReviewCalendar(Settings(LosAngeles, recurrence: ["0 9 * * TUE#2", "0 9 * * TUE#2", "30 8 * * TUE#4", "0 10 * * TUE#4"], dates: ["2026-12-15", "2026-12-08T14:00", "2026-12-15"]));

        var sessions = calendar.Upcoming(At("2026-12-01T00:00-08:00"), 4);

        CollectionAssert.AreEqual(
            new[] { At("2026-12-08T14:00-08:00"), At("2026-12-15T09:00-08:00"), At("2026-12-22T08:30-08:00"), At("2027-01-12T09:00-08:00") },
            sessions.Select(s => s.StartsAt).ToArray());
    }

    [TestMethod]
    public void A_recurrence_firing_many_times_a_day_gives_one_session_that_day()
    {
        var calendar = new ReviewCalendar(Settings("UTC", recurrence: ["*/15 * * * *"]));

        var sessions = calendar.Upcoming(At("2026-12-01T10:07Z"), 3);

        CollectionAssert.AreEqual(
            new[] { At("2026-12-01T00:00Z"), At("2026-12-02T00:00Z"), At("2026-12-03T00:00Z") },
            sessions.Select(s => s.StartsAt).ToArray());
    }

    [TestMethod]
    public void A_skipped_date_is_left_out()
    {
        var calendar = TwiceMonthly("2026-12-22");

        var sessions = calendar.Upcoming(At("2026-12-09T10:00-08:00"), 2);

        CollectionAssert.AreEqual(new[] { Date("2027-01-12"), Date("2027-01-26") }, sessions.Select(s => s.Date).ToArray());
        Assert.IsTrue(calendar.IsSkipped(Date("2026-12-22")));
    }

    [TestMethod]
    public void Consecutive_skipped_dates_are_all_left_out()
    {
        var next = TwiceMonthly("2026-12-22", "2027-01-12").NextSession(At("2026-12-09T10:00-08:00"));

        Assert.AreEqual(Date("2027-01-26"), next?.Date);
    }

    [TestMethod]
    public void Without_recurrence_the_calendar_ends_after_its_last_date()
    {
        var calendar = new ReviewCalendar(Settings(LosAngeles, dates: ["2026-12-08"]));

        Assert.IsNull(calendar.NextSession(At("2026-12-09T10:00-08:00")));
        Assert.HasCount(1, calendar.Upcoming(At("2026-12-01T10:00-08:00"), 5));
    }

    [TestMethod]
    public void A_date_chosen_by_hand_is_the_calendar_session_or_a_one_off_at_nine()
    {
        var calendar = new ReviewCalendar(Settings(LosAngeles, recurrence: ["0 14 * * TUE#2"]));

        Assert.AreEqual(At("2026-12-08T14:00-08:00"), calendar.SessionOn(Date("2026-12-08")).StartsAt);
        Assert.AreEqual(At("2026-12-10T09:00-08:00"), calendar.SessionOn(Date("2026-12-10")).StartsAt);
    }

    [TestMethod]
    public void Each_reader_says_what_is_wrong_with_an_invalid_value()
    {
        Assert.IsFalse(ReviewCalendarSettings.TryReadTimeZone("Mars/Olympus_Mons", out _, out var zone));
        StringAssert.StartsWith(zone, "`Mars/Olympus_Mons` is not a known IANA time zone");
        Assert.IsFalse(ReviewCalendarSettings.TryReadRecurrence("0 9 * * TUESDAY", out _, out var word));
        StringAssert.StartsWith(word, "`0 9 * * TUESDAY` is not a cron expression");
        Assert.IsFalse(ReviewCalendarSettings.TryReadRecurrence("0 0 9 * * TUE", out _, out var sixFields));
        StringAssert.StartsWith(sixFields, "`0 0 9 * * TUE` is not a cron expression");
        Assert.IsFalse(ReviewCalendarSettings.TryReadRecurrence("0 9 30 2 *", out _, out var never));
        Assert.AreEqual("`0 9 30 2 *` never matches a date", never);
        Assert.IsFalse(ReviewCalendarSettings.TryReadSessionStart("8 Dec 2026", out _, out var date));
        StringAssert.StartsWith(date, "`8 Dec 2026` is not a date");
        Assert.IsFalse(ReviewCalendarSettings.TryReadDate("someday", out _, out var skip));
        StringAssert.StartsWith(skip, "`someday` is not a date");
    }
}
