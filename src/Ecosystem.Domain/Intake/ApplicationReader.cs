using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// Reads an issue body against the form in time linear in its length: <c>###</c> headings (<see cref="FormBody"/>) split it
/// into answers, matched to labels as headings compare, then by shared words, then by place. An unknown heading is reported
/// and its text kept with the answer before it (answers may carry their own sub-headings), except "Update" notes.
/// </summary>
public sealed class ApplicationReader(ApplicationForm form, IntakeRules rules)
{
    private const double MinimumSimilarity = 0.6;

    // What stands between a question's label and an answer written on its heading line (AnswerOnHeadingLine).
    private static readonly string[] HeadingAnswerSeparators = [":", "：", " - ", " – ", " — "];

    // Not an indexed Select: its size is unknown, and the array builder that collects it is compiled by the JIT at every
    // start, as ReadyToRun leaves that generic code out (two methods, about 2% of an offline validate).
    private readonly KnownLabel[] _labels =
        [.. form.Fields.Select(f => new KnownLabel(form.IndexOf(f), HeadingText.Words(f.Label)))];

    public Application Read(IssueSnapshot issue)
    {
        var answers = new FieldAnswer?[form.Fields.Count];
        var findings = new List<Finding>();
        Section? previous = null;
        // Sections by the question they answer (its index in the form), in the order the questions first appear (a
        // question may be answered twice): that order is the order of the duplicate-heading findings.
        var recognised = new List<Answered>();

        var sections = Split(issue.Body);
        var (fields, notes) = (new int?[sections.Count], new bool[sections.Count]);
        var ambiguities = new IReadOnlyList<string>[sections.Count];
        var present = new bool[form.Fields.Count];
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i] = AnswerOnHeadingLine(sections[i]);
            (fields[i], notes[i]) = (Match(sections[i].Heading, out ambiguities[i]), LooksLikeNote(sections[i].Heading));
            present[fields[i] ?? 0] |= fields[i] is not null;
        }

        for (var i = 0; i < sections.Count; i++)
        {
            if (fields[i] is null && !notes[i] && AnswerOnShortenedHeadingLine(sections[i], present) is ({ } section, var question))
            {
                (sections[i], fields[i], present[question]) = (section, question, true);
                ambiguities[i] = [];
            }
        }

        var placed = PlacedByPosition(fields, notes);
        for (var i = 0; i < sections.Count; i++)
        {
            // An ambiguous heading names other questions than the one whose place it takes: it is not taken for that one.
            var (section, ambiguous) = (sections[i], ambiguities[i]);
            var field = fields[i] ?? (ambiguous.Count > 1 ? null : placed[i]);
            if (fields[i] is null && field is { } stands)
            {
                (section, var finding) = ReadByPlace(section, form.Fields[stands]);
                findings.Add(finding);
            }

            if (field is null)
            {
                if (notes[i])
                {
                    continue; // a hand-written "Update" note: no answer, and no renamed heading to report
                }

                var heading = MarkdownText.Truncate(section.Heading, 120);
                var message = ambiguous.Count > 1
                    ? $"The heading \"{heading}\" (line {section.Line}) could be any of {string.Join(", ", ambiguous.Select(label => $"\"{label}\""))}; please restore the form's heading."
                    : $"The heading \"{heading}\" (line {section.Line}) is not a question of the form (renamed beyond recognition?)"
                        + (previous is null ? "; its text was ignored." : "; its text was read as part of the answer above it.");
                findings.Add(new Finding("form.unknown-heading", FindingStatus.Warning, message, $"heading on line {section.Line}"));
                previous?.Append(section);
                continue;
            }

            previous = section;
            var answered = recognised.Find(a => a.Question == field);
            if (answered is null)
            {
                recognised.Add(answered = new Answered(field.Value, []));
            }

            answered.Sections.Add(section);
        }

        foreach (var (field, all) in recognised)
        {
            // The last section that says something, else the last one.
            var pick = all.LastOrDefault(s => EmptyAnswer(s.Text()) is not null) ?? all[^1];
            answers[field] = new FieldAnswer(EmptyAnswer(pick.Text())) { OwnValue = EmptyAnswer(pick.OwnText()) };
            if (all.Count > 1)
            {
                var lines = string.Join(", ", all.Select(s => s.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                findings.Add(new Finding("form.duplicate-heading", FindingStatus.Warning,
                    $"\"{form.Fields[field].Label}\" appears {all.Count} times (lines {lines}); the answer on line {pick.Line} is used.", form.Fields[field].Label));
            }
        }

        var kind = Classify(issue, recognised.Count);
        return new Application(issue, rules.ProjectNameIn(issue.Title), kind, answers, kind == ApplicationKind.Application ? findings : [], form);
    }

    // The one place that decides what an application is; validate, schedule, tally and guard all ask it.
    private ApplicationKind Classify(IssueSnapshot issue, int recognisedFields)
    {
        // A label that says "application": one the process puts on applications alone, or the configured application label.
        var labelled = rules.Labels.OfApplications.Any(issue.HasLabel)
            || (rules.Labels.Application.Length > 0 && issue.HasLabel(rules.Labels.Application));
        // The title still carries the form's placeholder or prefix, or a bracketed tag like it ("[Ecosystem application] Foo").
        var prefix = HeadingText.Normalise(rules.TitlePrefix);
        var templateTitle = issue.Title.Contains(ApplicationForm.TitlePlaceholder, StringComparison.OrdinalIgnoreCase)
            || rules.TitlePrefixEnd(issue.Title) >= 0
            || (prefix.Length > 0 && HeadingText.Normalise(issue.Title).StartsWith(prefix, StringComparison.Ordinal) && issue.Title.TrimStart().StartsWith('['));
        if (recognisedFields >= 2 || (recognisedFields == 1 && (labelled || templateTitle)))
        {
            return ApplicationKind.Application;
        }

        return labelled || templateTitle ? ApplicationKind.LostForm : ApplicationKind.NotAnApplication;
    }

    /// <summary>
    /// For each heading, the question it stands in place of: an unknown heading (not a note) alone between two recognised
    /// ones (or one and the end), where exactly one question between them has no heading anywhere ("### CI" between the
    /// documentation and the PyTorch version is the build-and-test question renamed). One pass, as a body may hold thousands.
    /// </summary>
    private int?[] PlacedByPosition(int?[] fields, bool[] notes)
    {
        var placed = new int?[fields.Length];
        var present = new bool[form.Fields.Count];
        foreach (var field in fields)
        {
            present[field ?? 0] |= field is not null;
        }

        var (before, unknown, unknowns) = (-1, -1, 0);
        for (var i = 0; i <= fields.Length; i++)
        {
            if (i < fields.Length && fields[i] is null)
            {
                (unknown, unknowns) = notes[i] ? (unknown, unknowns) : (i, unknowns + 1);
                continue;
            }

            var after = i < fields.Length ? fields[i]!.Value : present.Length;
            var (missing, missings) = (0, 0);
            for (var question = before + 1; question < after; question++)
            {
                (missing, missings) = present[question] ? (missing, missings) : (question, missings + 1);
            }

            if (unknowns == 1 && missings == 1)
            {
                placed[unknown] = missing;
            }

            (before, unknowns) = (after, 0);
        }

        return placed;
    }

    /// <summary>
    /// A heading read by its place as <paramref name="question"/>, and the warning. Answered on its line, the words before
    /// the separator stand for the question; a link alone is no heading but the answer's first line, written with "###".
    /// </summary>
    private (Section Section, Finding Warning) ReadByPlace(Section section, FormField question)
    {
        var (written, line) = (MarkdownText.Truncate(section.Heading, 120), section.Line);
        var link = !section.Heading.Contains(' ', StringComparison.Ordinal) && AnswerValues.Urls(section.Heading).Count == 1;
        section = link ? SplitAt(section, 0, string.Empty) : AnsweredOnItsLine(section, _ => form.IndexOf(question))?.Section ?? section;
        var message = link
            ? $"The line \"### {written}\" (line {line}) is a link written as a heading where \"{question.Label}\" would stand, so it was read "
                + "as that question's answer. Please put the question's heading above it:"
            : $"The heading \"{MarkdownText.Truncate(section.Heading, 120)}\" (line {line}) is not the form's, but it stands where "
                + $"\"{question.Label}\" would, so it was read as that question. Please write the heading as:";
        return (section, new Finding("form.unknown-heading", FindingStatus.Warning, message, $"heading on line {line}")
        {
            SuggestedHeading = question.Heading,
        });
    }

    /// <summary><paramref name="ambiguous"/> gets the labels <paramref name="heading"/> could name equally well.</summary>
    private int? Match(string heading, out IReadOnlyList<string> ambiguous)
    {
        ambiguous = [];
        if (form.QuestionFor(heading) is var exact and >= 0)
        {
            return exact;
        }

        var words = HeadingText.Words(heading);
        var scored = _labels
            .Select(l => (l.Question, Score: HeadingText.Similarity(words, l.Words)))
            .Where(s => s.Score >= MinimumSimilarity)
            .OrderByDescending(s => s.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        if (scored.Count > 1 && scored[0].Score - scored[1].Score < 0.01)
        {
            ambiguous = scored.Where(s => scored[0].Score - s.Score < 0.01).Select(s => form.Fields[s.Question].Label).ToList();
            return null;
        }

        return scored[0].Question;
    }

    /// <summary>
    /// "### Project license: MIT": the heading and the first line of its answer. Only the label as the form words it counts
    /// before the separator: a sub-heading inside an answer ("### Summary: …") stays answer text. It comes before the looser
    /// match of the whole line, which a short answer ("MIT") would pass, leaving the answer out.
    /// </summary>
    private Section AnswerOnHeadingLine(Section section) => AnsweredOnItsLine(section, form.QuestionFor)?.Section ?? section;

    /// <summary>
    /// "### License: MIT", "### Maintainers – @a, @b": a heading shortened and answered on its line, read as the question its
    /// words before the separator name; only for a question without a heading of its own, so a sub-heading stays answer text.
    /// </summary>
    private (Section Section, int Question)? AnswerOnShortenedHeadingLine(Section section, bool[] present) =>
        AnsweredOnItsLine(section, words => Match(words, out _) is { } question && !present[question] ? question : -1);

    /// <summary>
    /// The section cut at the first separator, or else at the space before the line's first value (<see cref="ValueAfterSpace"/>),
    /// where <paramref name="named"/> finds a question (its index, or -1) before it. The colon of a URL separates nothing.
    /// </summary>
    private static (Section Section, int Question)? AnsweredOnItsLine(Section section, Func<string, int> named)
    {
        foreach (var separator in HeadingAnswerSeparators)
        {
            var at = section.Heading.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && !section.Heading.AsSpan(at).StartsWith("://", StringComparison.Ordinal)
                && named(section.Heading[..at]) is var question and >= 0)
            {
                return (SplitAt(section, at, separator), question);
            }
        }

        var space = ValueAfterSpace(section.Heading);
        return space > 0 && named(section.Heading[..space]) is var valueOf and >= 0 ? (SplitAt(section, space, " "), valueOf) : null;
    }

    /// <summary>"### Repo https://…": the space before the first link, e-mail or @handle (values no label holds), or -1.</summary>
    private static int ValueAfterSpace(string heading)
    {
        for (var space = heading.IndexOf(' ', StringComparison.Ordinal); space > 0; space = heading.IndexOf(' ', space + 1))
        {
            var end = heading.IndexOf(' ', space + 1);
            var word = heading[(space + 1)..(end < 0 ? heading.Length : end)];
            if ((word.Length > 1 && word.Contains('@', StringComparison.Ordinal)) || AnswerValues.Urls(word).Count > 0)
            {
                return space;
            }
        }

        return -1;
    }

    // The rest of the heading's line becomes the first line of its answer.
    private static Section SplitAt(Section section, int at, string separator)
    {
        var answered = new Section(section.Heading[..at], section.Line);
        answered.Lines.Add(section.Heading[(at + separator.Length)..].Trim());
        answered.Lines.AddRange(section.Lines);
        return answered;
    }

    /// <summary>Null for the ways people say "no answer".</summary>
    private static string? EmptyAnswer(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 20)
        {
            return trimmed;
        }

        var bare = trimmed.Trim('_', '*', ' ', '.');
        return trimmed.Length == 0 || string.Equals(bare, "No response", StringComparison.OrdinalIgnoreCase) ? null : trimmed;
    }

    private static bool LooksLikeNote(string heading)
    {
        var words = HeadingText.Normalise(heading).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0] is "update" or "updates" or "updated" or "edit" or "edited" or "edits" or "changelog" or "addendum";
    }

    private List<Section> Split(string body)
    {
        var formBody = new FormBody(body, form);
        var sections = new List<Section>();
        Section? current = null;
        var next = 0;
        foreach (var (text, line) in formBody.Headings)
        {
            current?.Lines.AddRange(formBody.Lines(next, line));
            next = line + 1;
            if (text.Length == 0)
            {
                continue; // a stray "###" line carries nothing
            }

            current = new Section(text, next);
            sections.Add(current);
        }

        current?.Lines.AddRange(formBody.Lines(next, formBody.AnswerEnd(next - 1)));
        return sections;
    }

    private sealed record Answered(int Question, List<Section> Sections);

    private sealed record KnownLabel(int Question, IReadOnlySet<string> Words);

    private sealed record Section(string Heading, int Line)
    {
        private string? _text;

        public List<string> Lines { get; } = [];

        /// <summary>Before any glued-on section.</summary>
        private int? OwnLineCount { get; set; }

        // As GitHub shows it: an HTML comment (a template's hint, an example URL) is not the applicant's answer. GitHub's
        // form parser keeps comments in its values; the split into sections is still its split.
        // Kept once read: the reader asks for the picked answer's text up to three times, and parsing it costs the most.
        public string Text() => _text ??= ShownText.WithoutHtmlComments(string.Join("\n", Lines));

        public string OwnText() => OwnLineCount is { } own ? ShownText.WithoutHtmlComments(string.Join("\n", Lines.Take(own))) : Text();

        public void Append(Section other)
        {
            OwnLineCount ??= Lines.Count;
            Lines.Add("### " + other.Heading);
            Lines.AddRange(other.Lines);
        }
    }
}
