namespace Ecosystem.Domain.Intake;

public static class PackageNames
{
    /// <summary>The repository's name, then the project's from the title (prefix and tagline cut), normalised as PyPI does.</summary>
    public static IReadOnlyList<string> Guess(RepositoryReference? repository, string? title)
    {
        var names = new List<string>();
        if (repository is not null)
        {
            Add(names, repository.Name);
        }

        if (!string.IsNullOrWhiteSpace(title) && !title.Contains("<Project Name>", StringComparison.OrdinalIgnoreCase))
        {
            var name = title.Trim();
            if (name.StartsWith('['))
            {
                var close = name.IndexOf(']', StringComparison.Ordinal);
                name = close < 0 ? name : name[(close + 1)..];
            }

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
    public static string Normalise(string name) => HeadingText.Fold(name, '-', char.IsAsciiLetterOrDigit, static c => c is '-' or '_' or '.' or ' ');

    private static void Add(List<string> names, string raw)
    {
        var name = Normalise(raw);
        if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }
}
