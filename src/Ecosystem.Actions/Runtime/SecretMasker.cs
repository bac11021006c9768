namespace Ecosystem.Actions.Runtime;

/// <summary>
/// The values registered with <c>::add-mask::</c>. The runner masks them in the log; this is the second line of
/// defence, so that our own log methods never write them, also outside Actions where no runner masks anything.
/// </summary>
public sealed class SecretMasker
{
    private readonly Lock _gate = new();
    private readonly List<string> _secrets = [];

    public bool Add(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return false;
        }

        lock (_gate)
        {
            if (_secrets.Contains(secret, StringComparer.Ordinal))
            {
                return false;
            }

            _secrets.Add(secret);
            // Longest first, so a secret that contains another is masked whole.
            _secrets.Sort((left, right) => right.Length.CompareTo(left.Length));
            return true;
        }
    }

    public string Apply(string text)
    {
        lock (_gate)
        {
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
