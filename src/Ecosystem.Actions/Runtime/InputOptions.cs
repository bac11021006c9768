namespace Ecosystem.Actions.Runtime;

/// <summary>How an input is read, as <c>core.getInput</c>'s <c>InputOptions</c>.</summary>
public sealed record InputOptions(bool Required = false, bool TrimWhitespace = true)
{
    public static InputOptions Default { get; } = new();

    public static InputOptions RequiredInput { get; } = new(Required: true);
}
