using System.Globalization;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>Checks that need only the issue itself.</summary>
public sealed class FormChecks(ApplicationForm form, IntakeRules rules)
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "tbd", "tba", "tbc", "todo", "to be determined", "to be decided", "to be announced", "to be confirmed", "coming soon",
        "see above", "same as above", "as above", "see description", "xxx", "placeholder", "not answered", "no answer",
    };

    private static readonly HashSet<string> NotApplicable = new(StringComparer.Ordinal)
    {
        "n a", "na", "none", "not applicable", "nil", "no", "nothing", "none yet", "not yet", "none so far",
    };

    // Phrases of normalised words, between spaces: "no URL yet" or "only torchrender-data" still names a repository.
    private static readonly string[] NonePhrases =
        [" none ", " nothing ", " no other ", " no additional ", " no further ", " no more ", " only the main ", " only this ", " just this "];

    public IReadOnlyList<Finding> Run(Application application)
    {
        var findings = new List<Finding>();
        CheckTitle(application, findings);
        CheckRequiredAnswers(application, findings);
        void Check(ApplicationField field, Action<FormField, string, List<Finding>> check)
        {
            if (form[field] is { } question && AnswerOf(application, field) is { } value)
            {
                check(question, value, findings);
            }
        }

        Check(ApplicationField.ContactEmails, CheckEmails);
        Check(ApplicationField.RepositoryUrl, CheckRepositoryUrl);
        Check(ApplicationField.AdditionalRepositories, CheckAdditionalRepositories);
        Check(ApplicationField.Website, CheckLink);
        Check(ApplicationField.Documentation, CheckLink);
        Check(ApplicationField.Description, CheckDescriptionLength);
        Check(ApplicationField.Maintainers, CheckMaintainerCount);
        if (AnswerOf(application, ApplicationField.Maintainers) is null && form[ApplicationField.Maintainers]?.Label is { } label)
        {
            // Requirement 11's row says why it was not counted; the question itself is reported above, as it is required.
            findings.Add(Finding.Skip("form.maintainers", $"no answer to \"{label}\" to count", label, 11));
        }

        return findings;
    }

    /// <summary>"TBD", "TBA", "N/A", "none".</summary>
    internal static bool SaysNotGiven(string words) => HeadingText.Normalise(words) is var normalised
        && (Placeholders.Contains(normalised) || NotApplicable.Contains(normalised));

    public bool IsPlaceholder(FormField field, string value)
    {
        var normalised = HeadingText.Normalise(value);
        if (normalised.Length == 0 || Placeholders.Contains(normalised)
            || value.Contains(ApplicationForm.TitlePlaceholder, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (field.Placeholder is { } placeholder && string.Equals(HeadingText.Normalise(placeholder), normalised, StringComparison.Ordinal))
        {
            return true;
        }

        // "None" is a true answer to "similar projects?" and "components used?"; an optional question may be left at it.
        return NotApplicable.Contains(normalised) && field.Required
            && field.Field is not (ApplicationField.SimilarProjects or ApplicationField.PyTorchComponents);
    }

    /// <summary>
    /// The answer worth checking: not a placeholder (also when a stray heading was glued onto it), nor "None", "N/A", "-"
    /// on an optional question, which are empty answers there.
    /// </summary>
    public string? AnswerOf(Application application, ApplicationField field)
    {
        if (form[field] is not { } question || application.ValueOf(field) is not { } value || PlaceholderIn(application, question, value) is not null)
        {
            return null;
        }

        return !question.Required && SaysNotApplicable(value) ? null : value;
    }

    /// <summary>"None", "N/A", "None, it is all in one repository": nothing to check, unless a link follows.</summary>
    private static bool SaysNotApplicable(string value)
    {
        var normalised = HeadingText.Normalise(value);
        return NotApplicable.Contains(normalised)
            || (NotApplicable.Any(words => normalised.StartsWith(words + " ", StringComparison.Ordinal)) && AnswerValues.Urls(value).Count == 0);
    }

    // The placeholder the answer is, or is before a stray hand-typed "### …" line ("TBD" and then a heading: the text
    // under it does not answer this question); null for a real answer.
    private string? PlaceholderIn(Application application, FormField question, string value) =>
        IsPlaceholder(question, value) ? value
        : application.AnswerTo(question)?.OwnValue is { } own && own != value && IsPlaceholder(question, own) ? own
        : null;

    internal static string Quote(string value) => "\"" + MarkdownText.Truncate(value, 80) + "\"";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private void CheckTitle(Application application, List<Finding> findings)
    {
        var title = application.Issue.Title;
        if (title.Contains(ApplicationForm.TitlePlaceholder, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new Finding("form.title", FindingStatus.Fail,
                "The title still reads \"<Project Name>\": please put the project's name in the title.", "title", Blocking: true));
        }
        else if (!rules.ProjectNameIn(title).Any(char.IsLetterOrDigit))
        {
            // "<Project Name>" deleted and nothing typed: the queue, the agenda and the page would list the application without a name.
            var shape = rules.TitlePrefix.Length > 0 ? $", as \"{rules.TitlePrefix} <project name>\"" : string.Empty;
            findings.Add(new Finding("form.title", FindingStatus.Fail,
                $"The title has no project name: please put the project's name in the title{shape}.", "title", Blocking: true));
        }
        else if (rules.TitlePrefix.Length > 0 && rules.TitlePrefixEnd(title) < 0)
        {
            findings.Add(new Finding("form.title", FindingStatus.Warning,
                $"The title does not start with \"{rules.TitlePrefix}\"; please rename it to \"{rules.TitlePrefix} <project name>\".", "title"));
        }
    }

    private void CheckRequiredAnswers(Application application, List<Finding> findings)
    {
        var before = findings.Count;
        foreach (var field in form.Fields.Where(f => f.Required))
        {
            var name = field.Label;
            if (application.AnswerTo(field) is not { } answer)
            {
                var message = WrittenOtherwise(application.Issue.Body, field) is { } written
                    ? $"{Quote(written)} is not read as its heading (the form's questions are ### headings). Please write the heading as:"
                    : "its heading was removed. Please add the heading back, with your answer below it:";
                findings.Add(new Finding("form.required", FindingStatus.Fail, $"The required question \"{name}\" is missing: {message}", name,
                    Blocking: true) { SuggestedHeading = field.Heading });
            }
            else if (answer.Value is not { } value)
            {
                findings.Add(new Finding(
                    "form.required", FindingStatus.Fail, $"\"{name}\" is required but has no answer.{Asks(field)}", name, Blocking: true));
            }
            else if (PlaceholderIn(application, field, value) is { } placeholder)
            {
                // "N/A", "None", "-": the applicant has nothing to give, so what the form asks for then says what to write.
                var message = SaysNothing(placeholder)
                    ? $"\"{name}\" is required, and {Quote(placeholder)} leaves it unanswered.{Asks(field)}"
                    : $"\"{name}\" is answered with {Quote(placeholder)}, which is a placeholder, not an answer.";
                findings.Add(new Finding("form.required", FindingStatus.Fail, message, name, Blocking: true));
            }
            else if (Unticked(field, value) is { Count: > 0 } unticked)
            {
                var boxes = string.Join(" and ", unticked.Select(box => $"\"{box}\""));
                var message = unticked.Count == 1
                    ? $"the box {boxes} is not ticked. Please edit the issue and tick it."
                    : $"the boxes {boxes} are not ticked. Please edit the issue and tick them.";
                findings.Add(new Finding("form.required", FindingStatus.Fail, $"\"{name}\" is required, and {message}", name, Blocking: true));
            }
        }

        if (findings.Count == before)
        {
            findings.Add(new Finding("form.required", FindingStatus.Pass, "Every required question is answered.", "form"));
        }
    }

    // GitHub writes a ticked box as "- [X] its label"; a label is compared as a heading is.
    private static List<string> Unticked(FormField field, string value)
    {
        if (field.RequiredBoxes.Count == 0)
        {
            return []; // nearly every question: its answer is not read line by line
        }

        var ticked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in MarkdownText.Lines(value))
        {
            if (line.AsSpan().TrimStart() is ['-' or '*' or '+', ' ', '[', 'x' or 'X', ']', .. var label])
            {
                ticked.Add(HeadingText.Normalise(label.ToString()));
            }
        }

        return [.. field.RequiredBoxes.Where(box => !ticked.Contains(HeadingText.Normalise(box)))];
    }

    private static string Asks(FormField field) => string.IsNullOrEmpty(field.Description) ? string.Empty : " The form asks: " + field.Description;

    private static bool SaysNothing(string value) =>
        HeadingText.Normalise(value) is var words && (words.Length == 0 || NotApplicable.Contains(words));

    /// <summary>The question's label on a line of its own written as another heading or in bold ("## Project repo URL").</summary>
    private string? WrittenOtherwise(string body, FormField field) =>
        MarkdownText.Lines(body).FirstOrDefault(line => form.QuestionFor(line) == form.IndexOf(field))?.Trim();

    private static void CheckEmails(FormField field, string value, List<Finding> findings)
    {
        var candidates = AnswerValues.EmailCandidates(value);
        var invalid = candidates.Where(c => !AnswerValues.IsEmail(c)).ToList();
        findings.Add(candidates.Count == 0 ? new Finding("form.emails", FindingStatus.Fail,
                $"No email address found in {Quote(value)}; please give at least one address to contact.", field.Label, Blocking: true)
            : invalid.Count > 0 ? new Finding("form.emails", FindingStatus.Fail,
                $"Not a valid email address: {string.Join(", ", invalid.Select(Quote))}.", field.Label, Blocking: true)
            : new Finding("form.emails", FindingStatus.Pass, $"{Counted.Of(candidates.Count, "contact email")}.", field.Label));
    }

    private static void CheckRepositoryUrl(FormField field, string value, List<Finding> findings)
    {
        var url = GitHubUrl.Parse(value);
        var where = field.Label;
        Finding Fail(string problem) => new("form.repository-url", FindingStatus.Fail,
            $"{problem}; please give a repository's URL, such as https://github.com/owner/name (GitLab, Codeberg and Bitbucket repositories are accepted too).", where, Blocking: true);
        findings.Add(url.Kind switch
        {
            GitHubUrlKind.Repository => new Finding("form.repository-url", FindingStatus.Pass, $"Repository {url.Repository}.", where),
            GitHubUrlKind.OtherForgeRepository => new Finding("form.repository-url", FindingStatus.Pass, $"Repository {url.Address} on {url.Forge}.", where),
            GitHubUrlKind.Organisation => new Finding("form.repository-url", FindingStatus.Warning,
                $"{Quote(url.Text)} is an organisation, not a repository: repository checks need the main repository's URL.", where),
            GitHubUrlKind.OtherHost => Fail($"{Quote(url.Text)} is not a repository on a known code forge"),
            GitHubUrlKind.Malformed => Fail($"{Quote(url.Text)} is not a well-formed repository URL"),
            GitHubUrlKind.Placeholder => Fail($"{Quote(url.Text)} still holds a template's placeholder, not the project's repository"),
            _ => Fail($"No URL found in {Quote(value)}"),
        });
    }

    private static void CheckAdditionalRepositories(FormField field, string value, List<Finding> findings)
    {
        var urls = AnswerValues.RepositoryUrls(value);
        var placeholders = AnswerValues.PlaceholderUrls(value);
        if (urls.Count == 0 && placeholders.Count == 0)
        {
            // "There are none", "Only the main repository", "no other": no URL, and nothing to add.
            if (!HeadingText.HasPhrase(value, NonePhrases))
            {
                findings.Add(new Finding(
                    "form.additional-repositories", FindingStatus.Warning, "No repository URL found in the answer.", field.Label));
            }

            return;
        }

        foreach (var placeholder in placeholders)
        {
            findings.Add(new Finding("form.additional-repositories", FindingStatus.Warning,
                $"{Quote(placeholder)} still holds a template's placeholder; please give the repository's URL, or remove it.", field.Label));
        }

        foreach (var url in urls.Select(GitHubUrl.Classify).Where(u => u.Kind is GitHubUrlKind.Malformed or GitHubUrlKind.Organisation))
        {
            // An optional question: a broken link is for the applicant to fix, not a reason to hold the application.
            var what = url.Kind == GitHubUrlKind.Malformed ? "not a well-formed repository URL" : "an organisation, not a repository";
            findings.Add(new Finding("form.additional-repositories", FindingStatus.Warning, $"{Quote(url.Text)} is {what}.", field.Label));
        }
    }

    private static void CheckLink(FormField field, string value, List<Finding> findings)
    {
        var required = field.Field == ApplicationField.Website;
        var urls = AnswerValues.Urls(value).Select(GitHubUrl.Classify).ToList();
        var malformed = urls.Where(u => u.Kind == GitHubUrlKind.Malformed).ToList();
        var check = required ? "form.website" : "form.documentation";
        if (AnswerValues.PlaceholderUrl(value) is { } placeholder)
        {
            findings.Add(new Finding(check, required ? FindingStatus.Fail : FindingStatus.Warning,
                $"{Quote(placeholder)} still holds a template's placeholder; please give the page's address.", field.Label, Blocking: required));
        }
        else if (urls.Count == 0)
        {
            findings.Add(required
                ? new Finding(check, FindingStatus.Fail,
                    $"No URL found in {Quote(value)}; if the project has no website, give the repository URL again.", field.Label, Blocking: true)
                : new Finding(check, FindingStatus.Warning, "No link to the documentation found; please add its URL.", field.Label));
        }
        else if (malformed.Count > 0)
        {
            findings.Add(new Finding(check, required ? FindingStatus.Fail : FindingStatus.Warning,
                $"Not a well-formed URL: {string.Join(", ", malformed.Select(u => Quote(u.Text)))}.", field.Label, Blocking: required));
        }
    }

    private void CheckDescriptionLength(FormField field, string value, List<Finding> findings)
    {
        var words = AnswerValues.Tokens(value).Count(t => t.Any(char.IsLetterOrDigit));
        findings.Add(words < rules.MinDescriptionWords || words > rules.MaxDescriptionWords
            ? new Finding("form.description-length", FindingStatus.Warning,
                $"The description has {Count(words)} words; the form asks for {Count(rules.MinDescriptionWords)}–{Count(rules.MaxDescriptionWords)}.", field.Label)
            : new Finding("form.description-length", FindingStatus.Pass, $"The description has {Count(words)} words.", field.Label));
    }

    private void CheckMaintainerCount(FormField field, string value, List<Finding> findings)
    {
        var maintainers = AnswerValues.Maintainers(value);
        var handles = maintainers.Handles;
        var listed = handles.Count == 0 ? "none" : string.Join(", ", handles.Select(h => "@" + h));
        var others = maintainers.NotHandles.Count == 0 ? string.Empty
            : $" Not GitHub handles: {string.Join(", ", maintainers.NotHandles.Select(Quote))}.";
        findings.Add(handles.Count < rules.MinMaintainers
            ? new Finding("form.maintainers", FindingStatus.Fail,
                $"{Counted.Of(handles.Count, "GitHub handle")} found ({listed}); "
                + $"at least {Count(rules.MinMaintainers)} maintainers are required.{others} "
                + "Please write each maintainer's GitHub handle as @handle, comma-separated.", field.Label, 11, Blocking: true)
            : new Finding("form.maintainers", FindingStatus.Pass, $"{Count(handles.Count)} maintainers listed: {listed}.", field.Label, 11));
    }
}
