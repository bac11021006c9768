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
        var file = NamedFile.Read(Path.GetFullPath(path, context.Workspace));
        var fix = file.IsMissing
            ? " Check out the repository before this step (actions/checkout), or point application.template (or --template) at the issue form." : "";
        var yaml = file.Text ?? throw Problem($"The application form {path} ({origin}) {file.Problem}.{fix}");
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
}
