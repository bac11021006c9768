using Ecosystem.Actions.Hosting;
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
    /// Reads the form at <paramref name="path"/> (relative to <paramref name="workspace"/>); on failure returns null
    /// and a message naming the file, where the path came from (<paramref name="origin"/>) and what to do.
    /// </summary>
    public static ApplicationForm? TryLoad(string path, string workspace, string origin, out string problem)
    {
        var fullPath = Path.GetFullPath(path, Path.GetFullPath(workspace));
        problem = string.Empty;
        string yaml;
        try
        {
            yaml = File.ReadAllText(fullPath);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = $"The application form {path} ({origin}) is not in {Path.GetFullPath(workspace)}. "
                + "Check out the repository before this step (actions/checkout), or point application.template (or --template) at the issue form.";
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"The application form {path} ({origin}) cannot be read: {exception.Message}";
            return null;
        }

        try
        {
            return ApplicationForm.Parse(yaml, path);
        }
        catch (FormatException exception)
        {
            problem = $"The application form is not usable ({origin}): {exception.Message}";
            return null;
        }
    }

    /// <summary>
    /// The form named by <c>application.template</c> in the checkout; a missing or unusable form is an error naming
    /// the file and what to do (commands that need the form to recognise applications cannot run without it).
    /// </summary>
    public static ApplicationForm Load(CommandContext context) =>
        TryLoad(context.Configuration.ApplicationTemplate, context.Workspace, "application.template", out var problem)
            ?? throw new InvalidOperationException(problem);
}
