using Ecosystem.Actions.Hosting;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Reads the issue form named by <c>application.template</c> from the checked-out repository: the tally needs it to
/// recognise applications and to find their maintainers, who do not vote on their own project.
/// </summary>
public static class ApplicationFormFile
{
    public static ApplicationForm Load(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var relative = context.Configuration.Application.Template;
        var workspace = context.Environment.GetValueOrDefault("GITHUB_WORKSPACE") is { Length: > 0 } root
            ? root
            : Directory.GetCurrentDirectory();
        var path = Path.GetFullPath(Path.Combine(workspace, relative));
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"application.template: the issue form {relative} cannot be read from the workspace ({path}: {exception.Message}). " +
                "Check out the repository (actions/checkout) before this step, or set application.template to the form's path.",
                exception);
        }

        try
        {
            return ApplicationForm.Parse(yaml, relative);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"application.template: {exception.Message}", exception);
        }
    }
}
