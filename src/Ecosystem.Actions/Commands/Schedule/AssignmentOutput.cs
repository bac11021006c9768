using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>One item of the <c>assignments</c> output: the issue and its reviewers, in the output's own names.</summary>
internal sealed record AssignmentOutput(int Issue, IReadOnlyList<string> Reviewers, IReadOnlyList<string> Added, int Missing)
{
    public static AssignmentOutput From(ReviewerAssignment assignment) =>
        new(assignment.IssueNumber, assignment.Reviewers, assignment.Added, assignment.Missing);
}
