namespace Ecosystem.Actions.Hosting;

/// <summary>
/// A <c>--name</c> option. With a <see cref="ValueName"/> it takes a value (<c>--issue 12</c> or <c>--issue=12</c>),
/// without one it is a flag. The action input of the same name (<c>INPUT_ISSUE</c>) is the fallback when the
/// command line does not give it.
/// </summary>
public sealed record CommandOption(string Name, string? ValueName, string Description, bool Repeatable = false)
{
    public string Flag => "--" + Name;

    public bool TakesValue => ValueName is not null;

    /// <summary>The action input read when the command line leaves the option out (same name).</summary>
    public string InputName => Name;

    public static CommandOption Value(string name, string valueName, string description) => new(name, valueName, description);

    public static CommandOption Switch(string name, string description) => new(name, null, description);
}
