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

    /// <summary>The four commands of the action, with their options.</summary>
    public static CommandCatalog Default { get; } = new(
    [
        new UnavailableCommand(
            "validate",
            "Check application issues against the form and the requirements, and report on each issue.",
            [
                CommandOption.Value("issue", "N|all", "The application issue to check, or all open applications (input: issue)."),
                CommandOption.Value("body-file", "FILE", "Check this issue body from a file instead of an issue (input: body-file)."),
                CommandOption.Value("template", "FILE", "The issue form the body was written with (input: template)."),
            ]),
        new UnavailableCommand(
            "schedule",
            "Move the next batch of applications into the coming review session.",
            [
                CommandOption.Value("session-date", "YYYY-MM-DD", "The review session to schedule for (input: session-date)."),
                CommandOption.Value("batch-size", "N", "How many applications the session takes (input: batch-size)."),
            ]),
        new UnavailableCommand(
            "tally",
            "Count the Working Group's ballots on applications under review and report the tally.",
            [
                CommandOption.Value("issue", "N|all", "The application issue to tally, or all under review (input: issue)."),
            ]),
        new UnavailableCommand(
            "guard",
            "Undo label changes made by people who may not make them.",
            []),
    ]);
}
