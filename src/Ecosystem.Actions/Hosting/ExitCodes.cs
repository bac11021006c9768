namespace Ecosystem.Actions.Hosting;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and failed, or an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>The command line, an input or the configuration is wrong: nothing was attempted.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
