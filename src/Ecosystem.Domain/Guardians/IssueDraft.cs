namespace Ecosystem.Domain.Guardians;

/// <summary>An issue the automation keeps: created when <see cref="Number"/> is null, else its title and body are set.</summary>
public sealed record IssueDraft(int? Number, string Title, string Body, IReadOnlyList<string> Labels);
