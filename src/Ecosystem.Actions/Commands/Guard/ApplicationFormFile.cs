using Ecosystem.Actions.Hosting;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Commands.Guard;

/// <summary>The issue form named by <c>application.template</c>, read from the checkout.</summary>
public static class ApplicationFormFile
{
    public static ApplicationForm Load(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var workspace = context.Environment.GetValueOrDefault("GITHUB_WORKSPACE") is { Length: > 0 } set
            ? set.Trim()
            : Directory.GetCurrentDirectory();
        var relative = context.Configuration.Application.Template;
        var path = Path.GetFullPath(Path.Combine(workspace, relative));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"application.template: the issue form '{relative}' is not in the workspace ({workspace}). " +
                "Check out the repository (actions/checkout) before this step, or set application.template to the form's path.");
        }

        return ApplicationForm.Parse(File.ReadAllText(path), relative);
    }
}
