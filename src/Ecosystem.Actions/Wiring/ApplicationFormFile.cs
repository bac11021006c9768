using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Wiring;

/// <summary>The repository's own issue form, which applications are written with (see <c>ValidateCommand.LoadForm</c>).</summary>
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
