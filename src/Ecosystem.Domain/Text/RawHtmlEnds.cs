namespace Ecosystem.Domain.Text;

/// <summary>
/// Whether raw HTML opening at a '&lt;' can close by <paramref name="end"/> (included): a processing instruction, comment,
/// CDATA section or declaration needs its closer after it. Markdig looks for the closer again from every opener, so 65,536
/// characters of <c>&lt;?</c> took seconds; as cmark does, the closer found (or its absence) is remembered for the openers
/// after it, so the text is read once per kind. Openers must be asked about in the order of the text.
/// </summary>
internal sealed class RawHtmlEnds(string text, int end)
{
    private static readonly string[] Closers = ["?>", "-->", "]]>", ">"];

    private readonly int[] _searchedFrom = [int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue];
    private readonly int[] _found = [-1, -1, -1, -1];

    public string Text => text;

    public int End => end;

    /// <summary>How many characters the searches for closers have read (what keeps a hostile text linear).</summary>
    public int CharactersRead { get; private set; }

    public bool MayClose(int at)
    {
        var (kind, from) = KindAt(at);
        if (kind < 0)
        {
            return true; // a tag: Markdig reads it to its first '>' or quote, never past the next opener's own
        }

        if (_searchedFrom[kind] > from || (_found[kind] >= 0 && _found[kind] < from))
        {
            var found = from > end ? -1 : text.IndexOf(Closers[kind], from, end - from + 1, StringComparison.Ordinal);
            CharactersRead += Math.Max(0, (found < 0 ? end + 1 : found + Closers[kind].Length) - from);
            (_searchedFrom[kind], _found[kind]) = (from, found);
        }

        return _found[kind] >= 0;
    }

    /// <summary>Which of <see cref="Closers"/> the raw HTML needs, and from where; -1 for a tag.</summary>
    private (int Kind, int From) KindAt(int at)
    {
        var rest = text.AsSpan(at, Math.Max(0, Math.Min(end + 1, text.Length) - at));
        return rest switch
        {
            ['<', '?', ..] => (0, at + 2),
            ['<', '!', '-', '-', ..] => (1, at + 2), // "<!-->" and "<!--->" hold their own "-->"
            ['<', '!', '[', ..] => (2, at + 3),
            ['<', '!', ..] => (3, at + 2),
            _ => (-1, at),
        };
    }
}
