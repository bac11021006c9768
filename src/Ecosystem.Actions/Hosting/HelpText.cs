using System.Text;

namespace Ecosystem.Actions.Hosting;

/// <summary>The usage texts of the program and of each command.</summary>
public static class HelpText
{
    public const string ProgramName = "Ecosystem.Actions";

    private const string HelpFlags = "-h, --help";

    public static string ForProgram(CommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var width = catalog.Commands.Max(command => command.Name.Length) + 3;
        var text = new StringBuilder()
            .Append("Usage: ").Append(ProgramName).Append(" <command> [options]\n\nCommands:\n");
        foreach (var command in catalog.Commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width)).Append(command.Summary).Append('\n');
        }

        return text.Append("\nRun '").Append(ProgramName).Append(" <command> --help' for the options of a command.\n").ToString();
    }

    public static string ForCommand(ICommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = new StringBuilder()
            .Append("Usage: ").Append(ProgramName).Append(' ').Append(command.Name).Append(" [options]\n\n")
            .Append(command.Summary).Append('\n');
        var all = command.Options.Concat(CommonOptions.Definitions).ToList();
        var width = Math.Max(all.Max(option => Format(option).Length), HelpFlags.Length) + 3;

        if (command.Options.Count > 0)
        {
            text.Append("\nOptions:\n");
            AppendOptions(text, command.Options, width);
        }

        text.Append("\nShared options:\n");
        AppendOptions(text, CommonOptions.Definitions, width);
        text.Append("  ").Append(HelpFlags.PadRight(width)).Append("Show this help.\n");
        return text.Append("\nThe GitHub token comes from the input 'token', else GITHUB_TOKEN.\n").ToString();
    }

    private static string Format(CommandOption option) =>
        option.TakesValue ? $"{option.Flag} {option.ValueName}" : option.Flag;

    private static void AppendOptions(StringBuilder text, IEnumerable<CommandOption> options, int width)
    {
        foreach (var option in options)
        {
            text.Append("  ").Append(Format(option).PadRight(width)).Append(option.Description).Append('\n');
        }
    }
}
