using Ecosystem.Actions.Commands;

namespace Ecosystem.Actions.Hosting;

/// <summary>The commands the program knows, in the order the help lists them.</summary>
public sealed class CommandCatalog
{
    public CommandCatalog(IEnumerable<ICommand> commands)
    {
        Commands = [.. commands];
        // A set rather than GroupBy: this runs at every start, and LINQ's grouping types cost about 1.5 ms to load.
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (Commands.FirstOrDefault(command => !names.Add(command.Name)) is { } duplicate)
        {
            throw new ArgumentException($"Two commands are named '{duplicate.Name}'.", nameof(commands));
        }
    }

    public IReadOnlyList<ICommand> Commands { get; }

    public ICommand? Find(string name) =>
        Commands.FirstOrDefault(command => string.Equals(command.Name, name, StringComparison.Ordinal));

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
