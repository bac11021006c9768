using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Tests;

/// <summary>
/// "Nothing to do" for the decisions the tests inspect. Production code asks only the issue plans inside them, so the
/// rule lives beside the assertions that need it.
/// </summary>
internal static class PlanEmptiness
{
    extension(GuardianAction action)
    {
        /// <summary>No write planned and no intake run asked for.</summary>
        public bool IsEmpty => action.Plan.IsEmpty && !action.RerunIntake;
    }

    extension(RecheckDecision decision)
    {
        public bool IsEmpty => decision.Draft is null && (decision.Plan is null || decision.Plan.IsEmpty);
    }

    extension(SchedulePlan plan)
    {
        /// <summary>
        /// No application changes (one that joins the batch always gets its session comment): a run that writes nothing
        /// except, at most, an agenda body it already has and a board item an earlier run could not move.
        /// </summary>
        public bool IsEmpty => plan.IssuePlans.Count == 0;
    }
}
