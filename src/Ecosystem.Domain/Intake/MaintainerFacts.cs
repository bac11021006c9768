namespace Ecosystem.Domain.Intake;

/// <summary>Which of the listed maintainer handles are GitHub accounts (keys compared case-insensitively).</summary>
public sealed record MaintainerFacts(IReadOnlyDictionary<string, bool> HandleExists)
{
    public bool? Exists(string handle)
    {
        foreach (var (known, exists) in HandleExists)
        {
            if (string.Equals(known, handle, StringComparison.OrdinalIgnoreCase))
            {
                return exists;
            }
        }

        return null;
    }
}
