namespace Ecosystem.Actions.Hosting;

/// <summary>
/// The options every command shares, after the command line and the action inputs are combined
/// (the command line wins).
/// </summary>
/// <param name="ConfigPath"><c>--config FILE</c> or input <c>config</c>; null when neither is given.</param>
/// <param name="DryRun"><c>--dry-run</c> or input <c>dry-run</c> (a YAML 1.2 boolean).</param>
/// <param name="Overrides">Each <c>--set key.path=value</c> as given, in order, for the configuration layer, which checks them.</param>
/// <param name="Token">Input <c>token</c>, else <c>GITHUB_TOKEN</c>; null when neither is set. Already masked.</param>
public sealed record CommonOptions(
    string? ConfigPath,
    bool DryRun,
    IReadOnlyList<string> Overrides,
    string? Token);
