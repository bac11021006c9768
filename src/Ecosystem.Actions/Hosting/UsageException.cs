namespace Ecosystem.Actions.Hosting;

/// <summary>The command line is wrong (unknown command or option, missing value). The host prints usage and exits with 2.</summary>
public sealed class UsageException(string message, string? commandName = null) : Exception(message)
{
    /// <summary>The command whose usage to show, or null for the program's.</summary>
    public string? CommandName { get; } = commandName;
}
