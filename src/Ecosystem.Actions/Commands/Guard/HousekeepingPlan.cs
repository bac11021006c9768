using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;

namespace Ecosystem.Actions.Commands.Guard;

/// <summary>
/// The guardian rules for one run, with the configuration's "0 turns it off" switches
/// (<c>housekeeping.remind-after-days</c>, <c>recheck-every-months</c>) read out: the domain rules always hold
/// valid periods, and the switches say which results are used. <c>close-after-days: 0</c> passes through, as the
/// domain's own "never close".
/// </summary>
public sealed record HousekeepingPlan(GuardianRules Rules, bool Reminders, bool Closing, bool Rechecks)
{
    // A reminder that is switched off: far enough that a wait never reaches it, near enough that dates stay valid.
    private const int NeverDays = 36_500;

    public static HousekeepingPlan From(EcosystemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var housekeeping = options.Housekeeping;
        var rules = DomainRules.Guardians(options);
        var reminders = housekeeping.RemindAfterDays > 0;
        var closing = housekeeping.CloseAfterDays > 0;
        var remind = (reminders, closing) switch
        {
            (true, _) => housekeeping.RemindAfterDays,
            (false, true) => Math.Max(1, housekeeping.CloseAfterDays - 1),
            (false, false) => NeverDays,
        };
        return new HousekeepingPlan(
            rules with
            {
                RemindAfterDays = remind,
                // 0 keeps its meaning in the domain: never close (and no closing date in the reminder).
                CloseAfterDays = closing ? Math.Max(housekeeping.CloseAfterDays, remind + 1) : 0,
                RecheckEveryMonths = housekeeping.RecheckEveryMonths > 0 ? housekeeping.RecheckEveryMonths : new GuardianRules().RecheckEveryMonths,
            },
            reminders,
            closing,
            housekeeping.RecheckEveryMonths > 0);
    }

    /// <summary>The nightly stale-wait decision with a switched-off reminder taken out.</summary>
    public GuardianAction Filter(GuardianAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Reminders || !action.Plan.Comments.Any(c => c.Purpose == StaleWaits.ReminderPurpose))
        {
            return action;
        }

        var plan = action.Plan with { Comments = [.. action.Plan.Comments.Where(c => c.Purpose != StaleWaits.ReminderPurpose)] };
        return action with { Plan = plan, Summary = $"#{plan.IssueNumber}: no reminder (housekeeping.remind-after-days is 0)." };
    }
}
