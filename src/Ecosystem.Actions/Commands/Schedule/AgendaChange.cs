namespace Ecosystem.Actions.Commands.Schedule;

public enum AgendaChange
{
    Unchanged,
    Created,
    Updated,
}
