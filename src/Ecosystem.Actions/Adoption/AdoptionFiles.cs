using System.Reflection;
using Ecosystem.Actions.Configuration;

namespace Ecosystem.Actions.Adoption;

/// <summary>
/// The files a foundation needs to adopt the automation, embedded in the program: the caller workflow, the commented
/// configuration with every key at its default, and the PyTorch application form, each made from this repository's own.
/// </summary>
public static class AdoptionFiles
{
    /// <summary>How this repository's own caller (<c>.github/workflows/ecosystem.yml</c>) reaches its copy of the reusable workflow.</summary>
    private const string LocalReusableWorkflow = "uses: ./.github/workflows/process.yml\n";

    /// <summary>The PyTorch Ecosystem application form: this repository's <c>.github/ISSUE_TEMPLATE/application.yml</c>.</summary>
    public static string ApplicationForm => Read("application-form.yml");

    /// <summary>Each file <c>init</c> writes, by its path; the form presets the new label and title prefix of <paramref name="rules"/>.</summary>
    public static IReadOnlyList<(string Path, string Text)> ForRepository(Domain.Intake.IntakeRules rules) =>
    [
        (".github/workflows/ecosystem.yml", CallerWorkflow()),
        (EcosystemConfiguration.DefaultPath, AtDefaults(Read("ecosystem.yml"))),
        (EcosystemOptions.DefaultApplicationTemplate, Domain.Intake.ApplicationForm.Presetting(ApplicationForm, rules)),
    ];

    /// <summary>
    /// This repository's caller workflow, calling the released reusable workflow instead of its local copy, pinned at
    /// the program's own release version (<c>Version</c> in Directory.Build.props), such as <c>1.0.0</c>.
    /// </summary>
    private static string CallerWorkflow()
    {
        var version = typeof(AdoptionFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? throw new InvalidOperationException("The program carries no version.");
        var workflow = Read("ecosystem-workflow.yml");
        return workflow.Contains(LocalReusableWorkflow, StringComparison.Ordinal)
            ? workflow.Replace(LocalReusableWorkflow, $"uses: pytorch-fdn/ecosystem-actions/.github/workflows/process.yml@v{version}\n", StringComparison.Ordinal)
            : throw new InvalidOperationException($"The embedded .github/workflows/ecosystem.yml no longer has '{LocalReusableWorkflow.TrimEnd()}' to point at the release.");
    }

    /// <summary>
    /// This repository's configuration with each value it sets for PyTorch (<c>key: value  # set here, default D; note</c>)
    /// put back to its default (<c>key: D  # note</c>), so that a foundation starts from the defaults, every key described.
    /// </summary>
    private static string AtDefaults(string configuration)
    {
        const string SetHere = "# set here, default ";
        // The column the file's comments start at, where a shorter line's comment moves back to.
        const int CommentColumn = 41;
        var lines = configuration.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var marker = line.IndexOf(SetHere, StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            var (colon, note) = (line.IndexOf(": ", StringComparison.Ordinal), line.IndexOf("; ", marker, StringComparison.Ordinal));
            lines[index] = colon > 0 && note > 0
                ? $"{line[..(colon + 2)]}{line[(marker + SetHere.Length)..note]}".PadRight(Math.Min(marker, CommentColumn)) + "# " + line[(note + 2)..]
                : throw new InvalidOperationException($"The embedded .github/ecosystem.yml line {index + 1} is not 'key: value  {SetHere}D; note'.");
        }

        return string.Join('\n', lines);
    }

    private static string Read(string name)
    {
        using var stream = typeof(AdoptionFiles).Assembly.GetManifestResourceStream($"Adoption.{name}")
            ?? throw new InvalidOperationException($"The program lacks its embedded Adoption/{name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
