namespace Ecosystem.Domain.Issues;

/// <summary>A role's configuration key and its name in <see cref="LabelNames"/>, read and written.</summary>
public sealed record LabelRole(string Key, Func<LabelNames, string> Get, Func<LabelNames, string, LabelNames> Set);
