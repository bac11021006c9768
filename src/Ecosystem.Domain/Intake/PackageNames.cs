namespace Ecosystem.Domain.Intake;

public static class PackageNames
{
    /// <summary>The repository's name, then the project's (its tagline cut), normalised as PyPI does.</summary>
    public static IReadOnlyList<string> Guess(RepositoryReference? repository, string projectName)
    {
        var names = new List<string>();
        if (repository is not null)
        {
            Add(names, repository.Name);
        }

        if (!projectName.Contains(ApplicationForm.TitlePlaceholder, StringComparison.OrdinalIgnoreCase))
        {
            var name = projectName;
            foreach (var cut in (string[])[":", " - ", " – ", " — ", "|", "(", ","])
            {
                var at = name.IndexOf(cut, StringComparison.Ordinal);
                if (at > 0)
                {
                    name = name[..at];
                }
            }

            Add(names, name);
        }

        return names;
    }

    /// <summary>PEP 503: lower case, runs of '-', '_', '.' and spaces become one '-'.</summary>
    private static string Normalise(string name) => HeadingText.Fold(name, '-', char.IsAsciiLetterOrDigit, static c => c is '-' or '_' or '.' or ' ');

    private static void Add(List<string> names, string raw)
    {
        var name = Normalise(raw);
        if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }
}
