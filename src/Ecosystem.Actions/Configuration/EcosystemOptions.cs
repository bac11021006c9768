using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Configuration;

// The whole of `.github/ecosystem.yml`: each key binds straight into the domain's rule record that obeys it (a new
// instance holds the domain's own defaults), and the few keys only the host reads are kept beside them.
// EcosystemConfiguration.Load layers the file, environment and overrides on top; ConfigurationSchema lists every key
// once, the README's Configuration section documents each. The small host-only groups share this file.

public sealed class EcosystemOptions
{
    // Board columns are null in the rules until EcosystemConfiguration.Load finds a board (board.owner).
    public IntakeRules Intake { get; set; } = new() { Columns = null };
    public TallyRules Tally { get; set; } = new() { Columns = null };
    public SchedulingRules Scheduling { get; set; } = new() { Columns = null };
    public GuardianRules Guardians { get; set; } = new() { Columns = null };
    public ReviewCalendarSettings Calendar { get; set; } = new();

    /// <summary>The one <see cref="LabelNames"/> value every rules record shares.</summary>
    public LabelNames Labels
    {
        get => Intake.Labels;
        set => (Intake, Tally, Scheduling, Guardians) =
            (Intake with { Labels = value }, Tally with { Labels = value }, Scheduling with { Labels = value }, Guardians with { Labels = value });
    }

    /// <summary>The one <see cref="ResubmissionWait"/> (after a decline) the intake and the tally share.</summary>
    public ResubmissionWait Resubmission
    {
        get => Intake.Resubmission;
        set => (Intake, Tally) = (Intake with { Resubmission = value }, Tally with { Resubmission = value });
    }

    public const string DefaultApplicationTemplate = ".github/ISSUE_TEMPLATE/application.yml";
    public string ApplicationTemplate { get; set; } = DefaultApplicationTemplate;
    public BoardSettings Board { get; set; } = new();
    public PeopleOptions People { get; set; } = new();
}

public sealed class PeopleOptions
{
    public PeopleGroupOptions Staff { get; set; } = new();
    public PeopleGroupOptions Marketing { get; set; } = new();

    /// <summary>Extra bot logins whose label changes are trusted (the automation's own login always is).</summary>
    public IReadOnlyList<string> Automation { get; set; } = [];

    /// <summary>Logins the automation ran under before: their marked comments are its own (see the README's Tokens and permissions).</summary>
    public IReadOnlyList<string> FormerAutomation { get; set; } = [];
}

/// <summary>Listed logins, a GitHub team (<c>org/team-slug</c>, or empty), or both: members of either belong.</summary>
public sealed class PeopleGroupOptions
{
    public IReadOnlyList<string> Users { get; set; } = [];
    public string Team { get; set; } = "";
}
