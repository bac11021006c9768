using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>The issue form named by <c>application.template</c>, read from the checked-out repository.</summary>
public static class ApplicationFormFile
{
    /// <summary>The form, or a message naming the key, the path and what to do.</summary>
    public static ApplicationForm Load(string workspace, string template, out string path)
    {
        path = Path.GetFullPath(Path.Combine(workspace, template));
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FormatException(
                $"application.template: the issue form '{template}' cannot be read from the workspace {workspace} ({exception.Message}). " +
                "Check out the repository before this step (actions/checkout), or name the form's path in the configuration.",
                exception);
        }

        return ApplicationForm.Parse(yaml, template);
    }
}
