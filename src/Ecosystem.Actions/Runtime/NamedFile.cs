namespace Ecosystem.Actions.Runtime;

/// <summary>
/// A file a person names (the configuration, the application form, <c>--body-file</c>, <c>GITHUB_EVENT_PATH</c>), read
/// whole: its text, or null and the problem, worded here the same for each, to follow its name: it does not exist (and
/// where it was looked for; <c>IsMissing</c>), it is a folder (which .NET calls access denied, sending a person after
/// permissions), it is not UTF-8 (a name read with a replacement character would reach GitHub), or .NET's reason.
/// </summary>
public sealed record NamedFile(string? Text, string Problem, bool IsMissing)
{
    public static NamedFile Read(string fullPath)
    {
        try
        {
            // Asked, not caught: no configuration file is the usual case (the defaults), and an exception costs every start.
            return File.Exists(fullPath)
                ? new(File.ReadAllText(fullPath, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)), string.Empty, false)
                : new(null, Why(fullPath, null), !Directory.Exists(fullPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            return new(null, Why(fullPath, exception), false);
        }
    }

    /// <summary>Why the file at <paramref name="fullPath"/> could not be read (<paramref name="exception"/> null: it is not there).</summary>
    public static string Why(string fullPath, Exception? exception) =>
        Directory.Exists(fullPath) ? "is a folder; name the file"
            : exception is null or FileNotFoundException or DirectoryNotFoundException ? $"does not exist (looked for {fullPath})"
            : exception is System.Text.DecoderFallbackException ? "is not UTF-8 text: save it as UTF-8"
            : $"cannot be read: {exception.Message.TrimEnd('.')}";
}
