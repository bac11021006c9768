namespace Ecosystem.GitHub.GraphQL;

/// <summary>One project field value to set: a single-select option or a date.</summary>
internal sealed record FieldValueChange(string ItemId, string FieldId, string? OptionId, DateOnly? Date);
