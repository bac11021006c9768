namespace Ecosystem.Actions.Hosting;

/// <summary>The command line is wrong (unknown command or option, missing value). The host prints usage and exits with 2.</summary>
public sealed class UsageException(string message) : Exception(message);
