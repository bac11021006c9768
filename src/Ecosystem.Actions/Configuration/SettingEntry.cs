namespace Ecosystem.Actions.Configuration;

/// <summary>
/// One value from one source, keyed by its path segments as written (<c>sessions</c>, <c>batch</c>, <c>max</c>).
/// <paramref name="Origin"/> names a source other than the file (an environment variable or an override);
/// such sources may give a list as comma-separated text. <paramref name="IsEmptyList"/> marks a YAML <c>[]</c>.
/// </summary>
internal sealed record SettingEntry(IReadOnlyList<string> Segments, string? Value, string? Origin = null, bool IsEmptyList = false)
{
    public string Key => string.Join(':', Segments);
}
