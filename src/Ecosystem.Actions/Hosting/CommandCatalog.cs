using Ecosystem.Actions.Commands;

namespace Ecosystem.Actions.Hosting;

/// <summary>The commands the program knows, in the order the help lists them.</summary>
public sealed class CommandCatalog
{
    public CommandCatalog(IEnumerable<ICommand> commands)
    {
        Commands = [.. commands];
        var duplicate = Commands.GroupBy(command => command.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two commands are named '{duplicate.Key}'.", nameof(commands));
        }
    }

    public IReadOnlyList<ICommand> Commands { get; }

    public ICommand? Find(string name) =>
        Commands.FirstOrDefault(command => string.Equals(command.Name, name, StringComparison.Ordinal));

    /// <summary>The commands of the action, with their options.</summary>
    public static CommandCatalog Default { get; } = new(
    [
        new ValidateCommand(),
        new ScheduleCommand(),
        new TallyCommand(),
        new GuardCommand(),
        new StatusPageCommand(),
        new InitCommand(),
    ]);
}
