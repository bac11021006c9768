using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.GitHub.GraphQL;

/// <summary>
/// The GraphQL documents the gateway sends: fixed ones are embedded <c>.graphql</c> files, with each fragment they spread
/// appended from <c>Fragments/{name}.graphql</c> (so a selection two documents share is written once); the aliased ones
/// (one field per issue, login or board change) are built here, every value written through <see cref="Quote"/>.
/// </summary>
internal static partial class GraphQLDocuments
{
    /// <summary><c>query { u0: user(login: "a") { login } … }</c>; alias <c>u{i}</c> is <paramref name="logins"/>[i].</summary>
    public static string UsersExist(IReadOnlyList<string> logins) =>
        Aliased("query UsersExist", logins, (login, i) => $"  u{i}: user(login: {Quote(login)}) {{\n    login\n  }}\n");

    /// <summary>
    /// The edit history of some comments by node id, alias <c>c{i}</c> for <paramref name="nodeIds"/>[i]: every revision's
    /// whole text (<c>diff</c>) and time, newest first, the first text included once the comment was edited.
    /// </summary>
    public static string CommentEdits(IReadOnlyList<string> nodeIds) =>
        Aliased("query CommentEdits", nodeIds, (nodeId, i) => $$"""
                  c{{i}}: node(id: {{Quote(nodeId)}}) {
                    ... on IssueComment {
                      userContentEdits(first: 100) { nodes { editedAt deletedAt diff } }
                    }
                  }

                """);

    /// <summary>
    /// The board items of some issues, alias <c>i{number}</c>, each from <c>$cursor</c> on (null: the first page);
    /// <paramref name="withDate"/> also reads the date field's value (variable <c>$dateField</c>) as <c>sessionDate</c>.
    /// </summary>
    public static string BoardItems(IReadOnlyList<int> issueNumbers, bool withDate)
    {
        // Aliased: fieldValueByName is read twice on one item, for the Status and for the date.
        var dateValue = withDate ? "\n          sessionDate: fieldValueByName(name: $dateField) { ... on ProjectV2ItemFieldDateValue { date } }" : string.Empty;
        var items = string.Concat(issueNumbers.Select(number => FormattableString.Invariant($$"""
                    i{{number}}: issue(number: {{number}}) {
                      id
                      number
                      projectItems(first: 100, after: $cursor) {
                        pageInfo { hasNextPage endCursor }
                        nodes {
                          id
                          isArchived
                          project { id }
                          fieldValueByName(name: $statusField) { ... on ProjectV2ItemFieldSingleSelectValue { name optionId updatedAt } }{{dateValue}}
                        }
                      }
                    }

                """)));
        var dateVariable = withDate ? ", $dateField: String!" : string.Empty;
        return $"query BoardItems($owner: String!, $name: String!, $statusField: String!{dateVariable}, $cursor: String) {{\n"
            + $"  repository(owner: $owner, name: $name) {{\n{items}  }}\n}}\n";
    }

    /// <summary>
    /// Puts items on a project: an issue not on it added by its node id (alias <c>a{i}</c>), an archived item brought back
    /// by its item id (alias <c>u{i}</c>).
    /// </summary>
    public static string AddItems(string projectId, IReadOnlyList<(string ContentId, string? ArchivedItemId)> items) =>
        Aliased("mutation AddBoardItems", items, (item, i) =>
        {
            var (alias, field) = item.ArchivedItemId is { } itemId
                ? ("u", $"unarchiveProjectV2Item(input: {{projectId: {Quote(projectId)}, itemId: {Quote(itemId)}}})")
                : ("a", $"addProjectV2ItemById(input: {{projectId: {Quote(projectId)}, contentId: {Quote(item.ContentId)}}})");
            return $"  {alias}{i}: {field} {{\n    item {{\n      id\n    }}\n  }}\n";
        });

    /// <summary>Sets single-select (<c>s{i}</c>) and date (<c>d{i}</c>) field values in one request.</summary>
    public static string SetFieldValues(string projectId, IReadOnlyList<FieldValueChange> changes) =>
        Aliased("mutation SetBoardFields", changes, (change, i) =>
        {
            var (alias, value) = change.OptionId is not null
                ? ("s", $"singleSelectOptionId: {Quote(change.OptionId)}")
                : ("d", $"date: {Quote(SessionText.Date(change.Date!.Value))}");
            return $"  {alias}{i}: updateProjectV2ItemFieldValue(input: {{projectId: {Quote(projectId)}, itemId: {Quote(change.ItemId)}, fieldId: {Quote(change.FieldId)}, value: {{{value}}}}}) {{\n    projectV2Item {{\n      id\n    }}\n  }}\n";
        });

    /// <summary>A quoted GraphQL string literal: GraphQL's string escapes are JSON's, so the JSON encoder writes it.</summary>
    internal static string Quote(string value) => $"\"{JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";

    /// <summary>An operation with one aliased field per item, each written by <paramref name="field"/> from the item and its index.</summary>
    private static string Aliased<T>(string operation, IEnumerable<T> items, Func<T, int, FormattableString> field) =>
        operation + " {\n" + string.Concat(items.Select((item, i) => FormattableString.Invariant(field(item, i)))) + "}\n";

    /// <summary>Each fixed document composed once per process, as it is sent on every request.</summary>
    private static readonly ConcurrentDictionary<string, string> Composed = new(StringComparer.Ordinal);

    /// <summary>The fixed document <c>{name}.graphql</c> with the fragments it spreads.</summary>
    public static string Fixed(string name) => Composed.GetOrAdd(name, Compose);

    private static string Compose(string name)
    {
        var document = Resource(name);
        while (MissingFragments(document) is [_, ..] missing)
        {
            document = missing.Aggregate(document, (text, fragment) => text + "\n" + Resource("Fragments." + fragment));
        }

        return document;
    }

    private static List<string> MissingFragments(string document)
    {
        var defined = FragmentDefinition().Matches(document).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return [.. FragmentSpread().Matches(document).Select(m => m.Groups[1].Value).Where(n => !defined.Contains(n)).Distinct(StringComparer.Ordinal)];
    }

    private static string Resource(string name)
    {
        var assembly = typeof(GraphQLDocuments).Assembly;
        var resource = $"{typeof(GraphQLDocuments).Namespace}.{name}.graphql";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No embedded GraphQL document '{resource}' in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // A spread is "...Name"; "... on Type" is an inline fragment, not a spread.
    [GeneratedRegex(@"\.\.\.\s*(?!on\b)([_A-Za-z][_0-9A-Za-z]*)", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentSpread();

    [GeneratedRegex(@"^fragment\s+([_A-Za-z][_0-9A-Za-z]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FragmentDefinition();
}
