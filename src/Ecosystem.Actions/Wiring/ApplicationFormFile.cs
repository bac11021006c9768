using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Wiring;

/// <summary>
/// Finds and reads the issue form applications are written with. On GitHub the form is always the repository's own
/// (<c>application.template</c>, or <c>--template</c>), never a bundled copy: parsing against a form that differs
/// from the live one would report answers as missing that are there. (Only offline <c>validate --body-file</c>
/// outside a checkout falls back to the bundled PyTorch form, with a notice.)
/// </summary>
public static class ApplicationFormFile
{
    /// <summary>
    /// The form at <paramref name="template"/> (<c>--template</c>), else at <c>application.template</c>, relative to the
    /// workspace. A missing or unusable form is a setup error (exit 2) naming the command, the file, where its path came
    /// from and what to do: no command can recognise applications without it.
    /// </summary>
    public static ApplicationForm Load(CommandContext context, string? template = null)
    {
        var (path, origin) = template is null ? (context.Configuration.ApplicationTemplate, "application.template") : (template, "--template");
        var fullPath = Path.GetFullPath(path, context.Workspace);
        string yaml;
        try
        {
            yaml = File.ReadAllText(fullPath);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Problem($"The application form {path} ({origin}) is not in {context.Workspace}. "
                + "Check out the repository before this step (actions/checkout), or point application.template (or --template) at the issue form.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Problem($"The application form {path} ({origin}) cannot be read: {Why(fullPath, exception)}.");
        }

        try
        {
            return ApplicationForm.Parse(yaml, path);
        }
        catch (FormatException exception)
        {
            throw Problem($"The application form is not usable ({origin}): {exception.Message}");
        }

        SetupException Problem(string message) => new($"{context.CommandName}: {message}");
    }

    /// <summary>Why a file could not be read; a folder is named one, where .NET says access to it is denied.</summary>
    public static string Why(string fullPath, Exception exception) =>
        Directory.Exists(fullPath) ? "it is a folder; name the file" : exception.Message.TrimEnd('.');
}
