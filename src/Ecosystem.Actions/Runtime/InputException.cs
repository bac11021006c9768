namespace Ecosystem.Actions.Runtime;

/// <summary>An input is missing or malformed; the message names the input. The host exits with 2.</summary>
public sealed class InputException(string message) : Exception(message);
