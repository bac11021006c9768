using System.Globalization;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// The configuration the guardians follow: label names (defaults follow the live tracker),
/// housekeeping periods and whom to tell when an applicant answers.
/// </summary>
public sealed record GuardianRules
{
    public string NewLabel { get; init; } = "New";
    public string WaitingLabel { get; init; } = "Waiting on comment";
    public string ReturningLabel { get; init; } = "Returning";
    public string InReviewLabel { get; init; } = "In review";
    public string TooEarlyLabel { get; init; } = "Too early";
    public string DeclinedLabel { get; init; } = "Declined";
    public string VotingLabel { get; init; } = "in voting";

    /// <summary>Outcome: a community highlight with marketing instead of admission (the live tracker's name).</summary>
    public string CommunityHighlightLabel { get; init; } = "Blog candidate";

    /// <summary>Staff mark the highlight published; the application then closes.</summary>
    public string CommunityHighlightDoneLabel { get; init; } = "Blog completed";
    public string AcceptedLabel { get; init; } = "Accepted";
    public string PeriodicReviewLabel { get; init; } = "review - scheduled";
    public string RetireLabel { get; init; } = "Retire";

    /// <summary>The scheduler's review order: whether <see cref="ReturningLabel"/> really puts an application first.</summary>
    public ReviewOrder Order { get; init; } = ReviewOrder.ReturningFirst;

    /// <summary>The extra label that marks applications (<c>application.label</c>); empty for none. A form may preset it like <see cref="NewLabel"/>.</summary>
    public string ApplicationLabel { get; init; } = "";

    public int RemindAfterDays { get; init; } = 30;
    /// <summary>Days of waiting on the applicant after which an application is closed; 0 = never.</summary>
    public int CloseAfterDays { get; init; } = 60;
    public int RecheckEveryMonths { get; init; } = 6;
    public int RecheckGraceDays { get; init; } = 30;

    /// <summary>Days after a decision before the same project may apply again (<c>requirements.resubmit-after-days</c>).</summary>
    public int ResubmitAfterDays { get; init; } = 90;

    /// <summary>The Working Group team to mention, as <c>org/slug</c>; empty to mention <see cref="WorkingGroupUsers"/>.</summary>
    public string WorkingGroupTeam { get; init; } = "";

    /// <summary>Working Group logins to mention when no team is configured.</summary>
    public IReadOnlyList<string> WorkingGroupUsers { get; init; } = [];

    /// <summary>How soon after opening the form's own <see cref="NewLabel"/> (or <see cref="ApplicationLabel"/>) event may come.</summary>
    public TimeSpan FormLabelWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Everything wrong with these rules, each message naming its configuration key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
            {
                problems.Add(message);
            }
        }

        foreach (var (key, value) in new[]
        {
            ("labels.new", NewLabel), ("labels.waiting", WaitingLabel), ("labels.returning", ReturningLabel),
            ("labels.in-review", InReviewLabel), ("labels.too-early", TooEarlyLabel), ("labels.accepted", AcceptedLabel),
            ("labels.periodic-review", PeriodicReviewLabel), ("labels.retire", RetireLabel),
            ("labels.declined", DeclinedLabel), ("labels.voting", VotingLabel),
            ("labels.community-highlight", CommunityHighlightLabel), ("labels.community-highlight-done", CommunityHighlightDoneLabel),
        })
        {
            Require(!string.IsNullOrWhiteSpace(value), $"{key} must name a label; it is empty.");
        }

        Require(RemindAfterDays > 0, Invariant($"housekeeping.remind-after-days must be at least 1, not {RemindAfterDays}."));
        Require(CloseAfterDays == 0 || CloseAfterDays > RemindAfterDays,
            Invariant($"housekeeping.close-after-days ({CloseAfterDays}) must be later than housekeeping.remind-after-days ({RemindAfterDays}), or 0 to never close."));
        Require(RecheckEveryMonths > 0, Invariant($"housekeeping.recheck-every-months must be at least 1, not {RecheckEveryMonths}."));
        Require(ResubmitAfterDays >= 0, Invariant($"requirements.resubmit-after-days must be 0 or more, not {ResubmitAfterDays}."));
        Require(RecheckGraceDays > 0, Invariant($"housekeeping.recheck-grace-days must be at least 1, not {RecheckGraceDays}."));
        Require(WorkingGroupTeam.Length == 0 || GitHubHandle.IsTeam(WorkingGroupTeam),
            $"people.working-group.team must read 'org/slug', not '{WorkingGroupTeam}'.");
        foreach (var user in WorkingGroupUsers)
        {
            Require(GitHubHandle.Normalise(user) is not null, $"people.working-group.users: '{user}' is not a GitHub login.");
        }

        return problems;
    }

    /// <summary>Throws with every problem listed, so a rule never runs on a half-valid configuration.</summary>
    internal void EnsureValid()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The guardian rules are not valid: " + string.Join(" ", problems));
        }
    }

    /// <summary>Whether <paramref name="label"/> is the <paramref name="configured"/> one: GitHub compares label names without regard to case.</summary>
    public bool IsLabel(string label, string configured) =>
        string.Equals(label, configured, StringComparison.OrdinalIgnoreCase);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
