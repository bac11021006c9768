using System.Text;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class ApplicationReaderTests
{
    [TestMethod]
    public void Empty_answers_in_their_usual_spellings_read_as_empty()
    {
        var body = "### Contact emails\n\n_No response_\n\n### Project summary\n\nNo response\n\n### Project description\n\n\n\n### Documentation\n\n*No response*\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual(ApplicationKind.Application, application.Kind);
        foreach (var field in new[] { ApplicationField.ContactEmails, ApplicationField.Summary, ApplicationField.Description, ApplicationField.Documentation })
        {
            Assert.IsNotNull(application.AnswerTo(field), field.ToString());
            Assert.IsNull(application.ValueOf(field), field.ToString());
        }
    }

    [TestMethod]
    public void A_byte_order_mark_before_the_first_heading_reads_as_github_reads_it_nothing()
    {
        // A body sent through the API from a file saved with one (a Windows editor, gh issue create --body-file).
        var plain = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(IntakeFixtures.Body("complete")));
        var marked = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue("\uFEFF" + IntakeFixtures.Body("complete")));

        CollectionAssert.AreEqual(plain.Answers.Select(a => a?.Value).ToList(), marked.Answers.Select(a => a?.Value).ToList());
        Assert.AreEqual(plain.FormFindings.Count, marked.FormFindings.Count);
    }

    [TestMethod]
    public void Heading_matching_ignores_case_punctuation_and_spacing_and_reads_an_answer_after_a_colon()
    {
        var body = "###   project   REPO url :  \nhttps://github.com/a/b\n### GitHub handles of the project maintainers\n@a @b\n"
            + "### Project license: BSD-3-Clause\n### Website URL: https://a.example.org\nand its docs\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("https://github.com/a/b", application.ValueOf(ApplicationField.RepositoryUrl));
        Assert.AreEqual("@a @b", application.ValueOf(ApplicationField.Maintainers));
        Assert.AreEqual("BSD-3-Clause", application.ValueOf(ApplicationField.License));
        Assert.AreEqual("https://a.example.org\nand its docs", application.ValueOf(ApplicationField.Website));
        Assert.IsEmpty(application.FormFindings);
    }

    [TestMethod]
    public void Short_answer_on_the_heading_line_is_read_though_the_whole_line_resembles_the_label()
    {
        // "Project license: MIT" shares enough words with "Project license" to be taken as a renamed heading whole,
        // which left the answer behind on the heading line.
        var body = "### Contact emails\na@b.org\n### Project license: MIT\n### Website URL: torchrender.org\n### Documentation\nhttps://a.org\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("MIT", application.ValueOf(ApplicationField.License));
        Assert.AreEqual("torchrender.org", application.ValueOf(ApplicationField.Website));
        Assert.IsEmpty(application.FormFindings);
    }

    [TestMethod]
    [DataRow("### Project license – MIT", ApplicationField.License, "MIT")]
    [DataRow("### Website URL：torchrender.org", ApplicationField.Website, "torchrender.org")]
    [DataRow("### Project repo URL - https://github.com/a/b", ApplicationField.RepositoryUrl, "https://github.com/a/b")]
    [DataRow("### Documentation — https://a.org\nand tutorials", ApplicationField.Documentation, "https://a.org\nand tutorials")]
    public void Answer_on_the_heading_line_after_a_dash_or_a_full_width_colon_is_read(string section, ApplicationField field, string answer)
    {
        // Not a renamed heading, so never "the required question is missing: its heading was removed".
        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue("### Contact emails\na@b.org\n" + section + "\n"));

        Assert.AreEqual(answer, application.ValueOf(field));
        Assert.IsEmpty(application.FormFindings);
    }

    [TestMethod]
    [DataRow("### Project license\n\nBSD-3-Clause", "### License: MIT", ApplicationField.License, "MIT")]
    [DataRow("### GitHub handles of the project maintainer(s)\n\n@janedoe, @rajpatel", "### Maintainers: @janedoe, @rajpatel",
        ApplicationField.Maintainers, "@janedoe, @rajpatel")]
    [DataRow("### Website URL\n\nhttps://torchrender.example.org", "### Website – https://torchrender.ai\nand a blog", ApplicationField.Website,
        "https://torchrender.ai\nand a blog")]
    [DataRow("### Project repo URL\n\nhttps://github.com/torchrender/torchrender", "### Repo https://github.com/torchrender/torchrender",
        ApplicationField.RepositoryUrl, "https://github.com/torchrender/torchrender")]
    [DataRow("### Website URL\n\nhttps://torchrender.example.org", "### Website URL torchrender.example.org\nand a blog",
        ApplicationField.Website, "torchrender.example.org\nand a blog")]
    [DataRow("### GitHub handles of the project maintainer(s)\n\n@janedoe, @rajpatel", "### Maintainers @janedoe, @rajpatel",
        ApplicationField.Maintainers, "@janedoe, @rajpatel")]
    [DataRow("### Contact emails\n\njane.doe@example.org, raj.patel@lab.example.edu", "### Contact jane.doe@example.org",
        ApplicationField.ContactEmails, "jane.doe@example.org")]
    public void Shortened_heading_answered_on_its_line_is_read_with_its_answer(
        string section, string shortened, ApplicationField field, string answer)
    {
        // Read as the question by its words (or its place), the answer on its line was left behind: "required but has no answer".
        // With no colon or dash between (the last four rows), the answer starts at the line's first link, e-mail address or
        // @handle: the whole line named no question, and the link was lost with the heading.
        var body = IntakeFixtures.Body("complete").Replace(section, shortened, StringComparison.Ordinal);

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual(answer, application.ValueOf(field));
        Assert.IsFalse(IntakeFixtures.Assessor().Assess(application, null).Findings.Any(f => f.IsBlockingFailure));
    }

    [TestMethod]
    public void Two_shortened_headings_answered_on_their_lines_side_by_side_are_each_read()
    {
        // Two unknown headings side by side are no single one standing where a question is missing: read by their words.
        var shortened = new Dictionary<string, string>
        {
            ["### Project license\n\nBSD-3-Clause"] = "### License: MIT",
            ["### GitHub handles of the project maintainer(s)\n\n@janedoe, @rajpatel"] = "### Maintainers: @janedoe, @rajpatel",
        };
        var body = shortened.Aggregate(IntakeFixtures.Body("complete"), (text, edit) => text.Replace(edit.Key, edit.Value, StringComparison.Ordinal));

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        CollectionAssert.AreEqual(
            new[] { "MIT", "@janedoe, @rajpatel" },
            new[] { application.ValueOf(ApplicationField.License), application.ValueOf(ApplicationField.Maintainers) });
    }

    [TestMethod]
    public void Sub_heading_with_a_colon_inside_an_answer_stays_answer_text_when_its_question_has_a_heading()
    {
        // "### Summary: …" under the description names the summary question, which has its own heading above.
        var body = IntakeFixtures.Body("complete").Replace("### Are there any other", "### Summary: kernels first\n\n### Are there any other",
            StringComparison.Ordinal);

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("Differentiable rendering for PyTorch, built on custom operators", application.ValueOf(ApplicationField.Summary));
        StringAssert.EndsWith(application.ValueOf(ApplicationField.Description) ?? "", "### Summary: kernels first");
    }

    [TestMethod]
    public void Additional_info_heading_is_the_forms_additional_information_not_text_of_the_answer_above()
    {
        // Applicants shorten the form's last heading; unknown, its text was glued onto the maintainers answer above.
        var body = "### GitHub handles of the project maintainer(s)\n\njanedoe, rajpatel\n\n### Additional info\n\nWe also ship nightly wheels.\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("janedoe, rajpatel", application.ValueOf(ApplicationField.Maintainers));
        Assert.AreEqual("We also ship nightly wheels.", application.ValueOf(ApplicationField.AdditionalInformation));
    }

    [TestMethod]
    [DataRow("### How do you build and test the project today (continuous integration)?  Please describe.", "### CI", ApplicationField.BuildAndTest)]
    [DataRow("### How long do you expect to maintain the project?", "### Maintenance plans", ApplicationField.MaintenancePeriod)]
    [DataRow("### Contact emails", "### Where to reach us", ApplicationField.ContactEmails)]
    public void Renamed_heading_alone_where_a_missing_question_stands_is_read_as_that_question(string heading, string renamed, ApplicationField field)
    {
        // Shortened beyond recognition, it was glued onto the answer above and its question called missing ("its heading was removed").
        var complete = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(IntakeFixtures.Body("complete")));
        var body = IntakeFixtures.Body("complete").Replace(heading + "\n", renamed + "\n", StringComparison.Ordinal);

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        CollectionAssert.AreEqual(complete.Answers.Select(a => a?.Value).ToList(), application.Answers.Select(a => a?.Value).ToList());
        var finding = application.FormFindings.Single();
        Assert.AreEqual(FindingStatus.Warning, finding.Status);
        Assert.AreEqual("form.unknown-heading", finding.Check);
        var line = Array.IndexOf(body.Split('\n'), renamed) + 1;
        Assert.AreEqual($"The heading \"{renamed[4..]}\" (line {line}) is not the form's, but it stands where "
            + $"\"{IntakeFixtures.Form[field]!.Label}\" would, so it was read as that question. Please write the heading as:", finding.Message);
        Assert.AreEqual(IntakeFixtures.Form[field]!.Heading, finding.SuggestedHeading);
    }

    [TestMethod]
    [DataRow("### Project repo URL\n\nhttps://github.com/torchrender/torchrender", "### Source code: https://github.com/torchrender/torchrender",
        ApplicationField.RepositoryUrl, "https://github.com/torchrender/torchrender")]
    [DataRow("### Website URL\n\nhttps://torchrender.example.org", "### Home – https://torchrender.example.org\nand a blog",
        ApplicationField.Website, "https://torchrender.example.org\nand a blog")]
    [DataRow("### Contact emails\n\njane.doe@example.org, raj.patel@lab.example.edu", "### Where to reach us: jane.doe@example.org",
        ApplicationField.ContactEmails, "jane.doe@example.org")]
    public void Renamed_heading_read_by_its_place_keeps_the_answer_on_its_line(string section, string renamed, ApplicationField field, string answer)
    {
        // Read as the question by its place, the answer after the colon or dash was left on the heading: "required but has no answer".
        var body = IntakeFixtures.Body("complete").Replace(section, renamed, StringComparison.Ordinal);

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual(answer, application.ValueOf(field));
        Assert.IsFalse(IntakeFixtures.Assessor().Assess(application, null).Findings.Any(f => f.IsBlockingFailure));
        // The heading quoted is the words standing for the question, which the suggested heading replaces, keeping the answer.
        var finding = application.FormFindings.Single();
        StringAssert.StartsWith(finding.Message, $"The heading \"{renamed[4..renamed.IndexOfAny([':', '–'])].TrimEnd()}\" (line ");
        Assert.AreEqual(IntakeFixtures.Form[field]!.Heading, finding.SuggestedHeading);
    }

    [TestMethod]
    [DataRow("", "https://github.com/torchrender/torchrender/actions")]
    [DataRow("\nWheels and GPU tests on every pull request.",
        "https://github.com/torchrender/torchrender/actions\nWheels and GPU tests on every pull request.")]
    public void Link_written_as_a_heading_where_a_question_is_missing_is_that_questions_answer(string below, string answer)
    {
        // A transcribed body lost a question's heading and put "###" before its answer, a link: the link was taken for the
        // heading, the answer read empty ("required but has no answer"), and the applicant told to replace the link by the heading.
        var question = IntakeFixtures.Form[ApplicationField.BuildAndTest]!;
        var complete = IntakeFixtures.Body("complete");
        var start = complete.IndexOf(question.Label[..20], StringComparison.Ordinal) - 4;
        var end = complete.IndexOf("### Version of PyTorch", StringComparison.Ordinal);
        var body = complete[..start] + "### https://github.com/torchrender/torchrender/actions" + below + "\n\n" + complete[end..];

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual(answer, application.ValueOf(ApplicationField.BuildAndTest));
        var finding = application.FormFindings.Single();
        var line = Array.IndexOf(body.Split('\n'), "### https://github.com/torchrender/torchrender/actions") + 1;
        Assert.AreEqual($"The line \"### https://github.com/torchrender/torchrender/actions\" (line {line}) is a link written as a heading where "
            + $"\"{question.Label}\" would stand, so it was read as that question's answer. Please put the question's heading above it:",
            finding.Message);
        Assert.AreEqual(question.Heading, finding.SuggestedHeading);
    }

    [TestMethod]
    public void Renamed_heading_read_by_its_place_is_not_cut_at_the_colon_of_a_url()
    {
        // "https://" separates no answer from its heading: cut there, the heading would read "Licence terms https". The link
        // is the first line of the answer, cut at the space before it.
        var body = IntakeFixtures.Body("complete")
            .Replace("### Project license\n", "### Licence terms https://x.example/LICENSE\n", StringComparison.Ordinal);

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("https://x.example/LICENSE\n\nBSD-3-Clause", application.ValueOf(ApplicationField.License));
        StringAssert.StartsWith(application.FormFindings.Single().Message, "The heading \"Licence terms\" (line ");
        Assert.IsFalse(IntakeFixtures.Assessor().Assess(application, null).Findings.Any(f => f.IsBlockingFailure));
    }

    [TestMethod]
    public void Two_renamed_headings_where_two_questions_are_missing_are_not_guessed()
    {
        var body = IntakeFixtures.Body("complete")
            .Replace("### Version of PyTorch\n", "### Torch\n", StringComparison.Ordinal)
            .Replace("### Components of PyTorch\n", "### Parts we use\n", StringComparison.Ordinal);

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.IsNull(application.ValueOf(ApplicationField.PyTorchVersion));
        Assert.IsNull(application.ValueOf(ApplicationField.PyTorchComponents));
        Assert.HasCount(2, application.FormFindings);
    }

    [TestMethod]
    public void Ambiguous_heading_where_a_question_is_missing_is_not_read_as_that_question()
    {
        // "Project" names the summary, the description or the licence; taken for the contact emails, its answer would be checked as emails.
        var body = IntakeFixtures.Body("complete").Replace("### Contact emails\n", "### Project\n", StringComparison.Ordinal);

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.IsNull(application.ValueOf(ApplicationField.ContactEmails));
        Assert.Contains("could be any of", application.FormFindings.Single().Message);
    }

    [TestMethod]
    public void Heading_that_fits_several_fields_is_reported_as_ambiguous()
    {
        var body = "### Contact emails\n\na@b.org\n\n### Project\n\nSomething\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        var finding = application.FormFindings.Single();
        Assert.AreEqual("form.unknown-heading", finding.Check);
        Assert.Contains("could be any of", finding.Message);
        Assert.Contains("\"Project summary\"", finding.Message);
        Assert.AreEqual("a@b.org\n\n### Project\n\nSomething", application.ValueOf(ApplicationField.ContactEmails));
    }

    [TestMethod]
    public void Heading_inside_tilde_or_backtick_fence_is_answer_text()
    {
        var body = "### Documentation\n\n````md\n```\n### Website URL\n```\n````\n\n### Version of PyTorch\n\n2.9\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.IsNull(application.AnswerTo(ApplicationField.Website));
        Assert.Contains("### Website URL", application.ValueOf(ApplicationField.Documentation)!);
        Assert.AreEqual("2.9", application.ValueOf(ApplicationField.PyTorchVersion));
    }

    // An applicant who pastes a snippet and forgets its closing fence (or types a fence line as decoration): Markdown reads the
    // rest of the body as code, GitHub's form parser reads every question after it. The answer is its text up to the next
    // question, the fence's opening line and a sub-heading of the snippet with it.
    [TestMethod]
    [DataRow("We test with:\n\n```bash\npip install -e .\npytest tests/", DisplayName = "a snippet never closed")]
    [DataRow("~~~\nmake test\n\n### Nightly\nOn two GPUs.", DisplayName = "a tilde fence never closed, with a sub-heading")]
    [DataRow("CI on every pull request.\n```", DisplayName = "a fence line as decoration")]
    [DataRow("````\nmake test\n```", DisplayName = "a shorter fence does not close a longer one")]
    public void A_fence_never_closed_ends_at_the_next_question_of_the_form(string answer)
    {
        var body = "### Project summary\n\nDifferentiable rendering\n\n"
            + "### How do you build and test the project today (continuous integration)?  Please describe.\n\n"
            + answer + "\n\n### Version of PyTorch\n\n2.9\n\n### Components of PyTorch\n\ntorch.compile\n\n### Project license\n\nMIT\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        ApplicationField[] read = [ApplicationField.BuildAndTest, ApplicationField.PyTorchVersion, ApplicationField.PyTorchComponents,
            ApplicationField.License];
        CollectionAssert.AreEqual(new[] { answer, "2.9", "torch.compile", "MIT" }, read.Select(application.ValueOf).ToArray());
        Assert.IsEmpty(application.FormFindings);
    }

    [TestMethod]
    public void A_fence_closed_after_a_question_heading_keeps_the_heading_as_code()
    {
        // Closed, the fence is a quoted snippet: a question's heading inside it is the snippet's text, as GitHub shows it.
        var body = "### Documentation\n\nOur issue template:\n```md\n### Version of PyTorch\n2.x\n~~~\n```\n\n"
            + "### Components of PyTorch\n\ntorch.compile\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.IsNull(application.AnswerTo(ApplicationField.PyTorchVersion));
        Assert.AreEqual("Our issue template:\n```md\n### Version of PyTorch\n2.x\n~~~\n```", application.ValueOf(ApplicationField.Documentation));
        Assert.AreEqual("torch.compile", application.ValueOf(ApplicationField.PyTorchComponents));
    }

    [TestMethod]
    public void A_chain_of_fences_never_closed_is_read_in_one_pass()
    {
        // Each "```a" opens a fence that nothing closes (a line with an info string closes none); a reader that read the
        // body again after each such fence would do work quadratic in their number. Counted in bytes allocated, which
        // do not depend on the machine's load: doubling the chain may double the work, not quadruple it.
        static string Chain(int fences) => string.Concat(Enumerable.Repeat("```a\n### Contact emails\nx\n", fences));
        var assessor = IntakeFixtures.Assessor();
        long Allocated(string body)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var application = assessor.Read(IntakeFixtures.Issue(body));
            var after = GC.GetAllocatedBytesForCurrentThread();
            StringAssert.StartsWith(application.FormFindings.Single().Message, "\"Contact emails\" appears " + (body.Length / 26) + " times");
            return after - before;
        }

        Allocated(Chain(1_000)); // warm-up: first-use allocations are not the reading's
        var single = Allocated(Chain(1_000));
        var twice = Allocated(Chain(2_000));

        Assert.IsLessThan(3.0, (double)twice / single, $"{single} bytes for 1,000 fences, {twice} for 2,000");
    }

    [TestMethod]
    public void Level_two_and_four_headings_are_answer_text()
    {
        var body = "### Project description\n\n## Why\n#### How\ntext\n\n### Version of PyTorch\n\n2.9\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("## Why\n#### How\ntext", application.ValueOf(ApplicationField.Description));
    }

    // Shapes where CommonMark (Markdig's default reading) and GitHub's form parser disagree on where a question starts;
    // GitHub's parser is followed: it splits at a "###" line whatever HTML, list or missing space surrounds it.
    [TestMethod]
    [DataRow("### Project description\n\nWe render.\n###Website URL\nhttps://example.org\n", DisplayName = "no space after ###")]
    [DataRow("### Project description\n\nWe render.\n<details>\n### Website URL\nhttps://example.org\n</details>\n", DisplayName = "inside an HTML block")]
    [DataRow("### Project description\n\nWe render.\n<!--\n### Website URL\nhttps://example.org\n-->\n", DisplayName = "inside an HTML comment")]
    [DataRow("### Project description\n\n- We render.\n\n  ### Website URL\n  https://example.org\n", DisplayName = "indented under a list item")]
    [DataRow("### Project description\n\nWe render.\n### Website URL ###\nhttps://example.org\n", DisplayName = "closing hashes")]
    public void A_hash_heading_line_githubs_parser_splits_at_starts_a_question(string body)
    {
        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body + "\n### Version of PyTorch\n\n2.9\n"));

        Assert.AreEqual("We render.", application.ValueOf(ApplicationField.Description)!.TrimStart('-', ' ').Split('\n')[0]);
        StringAssert.StartsWith(application.ValueOf(ApplicationField.Website)!.Trim(), "https://example.org");
        Assert.AreEqual("2.9", application.ValueOf(ApplicationField.PyTorchVersion));
    }

    [TestMethod]
    [DataRow("Website URL\n---\nhttps://example.org", DisplayName = "setext heading")]
    [DataRow("> ### Website URL\n> https://example.org", DisplayName = "quoted heading")]
    [DataRow("    ### Website URL\n    https://example.org", DisplayName = "indented code")]
    public void A_heading_that_is_not_a_hash_line_at_the_top_level_is_answer_text(string answer)
    {
        var body = $"### Project description\n\nWe render.\n\n{answer}\n\n### Version of PyTorch\n\n2.9\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.IsNull(application.AnswerTo(ApplicationField.Website));
        Assert.AreEqual("We render.\n\n" + answer, application.ValueOf(ApplicationField.Description));
    }

    [TestMethod]
    [DataRow("<!-- e.g. https://github.com/org/repo -->", null, DisplayName = "only a comment")]
    [DataRow("<!--\nPlease give the URL, e.g. https://github.com/org/repo\n-->\n\n_No response_", null,
        DisplayName = "comment block, then no response")]
    [DataRow("https://github.com/torchrender/torchrender <!-- e.g. https://github.com/org/repo -->", "https://github.com/torchrender/torchrender",
        DisplayName = "real URL, commented example after")]
    [DataRow("<!-- e.g. https://github.com/org/repo -->\nhttps://github.com/torchrender/torchrender", "https://github.com/torchrender/torchrender",
        DisplayName = "commented example, real URL below")]
    [DataRow("Soon.\n\n<!--\nhttps://github.com/org/repo", "Soon.", DisplayName = "comment block never closed")]
    public void Html_comments_github_does_not_show_are_no_part_of_the_answer(string answer, string? read)
    {
        var body = $"### Project summary\n\nWe render.\n\n### Project repo URL\n\n{answer}\n\n### Version of PyTorch\n\n2.9\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual(read, application.ValueOf(ApplicationField.RepositoryUrl)?.Trim());
        var repository = read?.StartsWith("https", StringComparison.Ordinal) == true ? "torchrender/torchrender" : null;
        Assert.AreEqual(repository, application.Repository?.ToString());
        Assert.AreEqual("2.9", application.ValueOf(ApplicationField.PyTorchVersion));
    }

    [TestMethod]
    [DataRow("Build with `<!-- x -->` in the page.", DisplayName = "code span")]
    [DataRow("```html\n<!-- x -->\n```", DisplayName = "fenced code")]
    [DataRow("We use a<!--b and c", DisplayName = "never closed inside a paragraph: text")]
    public void Comment_characters_github_shows_stay_in_the_answer(string answer)
    {
        var body = $"### Project summary\n\nWe render.\n\n### Additional information\n\n{answer}\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual(answer, application.ValueOf(ApplicationField.AdditionalInformation));
    }

    [TestMethod]
    public void An_update_paragraph_after_a_rule_is_a_note_but_not_inside_a_fence()
    {
        var noted = "### Project summary\n\nx\n\n### Additional information\n\nFirst.\n---\nUpdate: 41 contributors.\n";
        var fenced = "### Project summary\n\nx\n\n### Additional information\n\n```\nFirst.\n\nUpdate: 41 contributors.\n```\n";

        var withNote = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(noted));
        var withFence = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(fenced));

        Assert.AreEqual("First.", withNote.ValueOf(ApplicationField.AdditionalInformation));
        Assert.IsFalse(withNote.Answers.Any(a => a?.Value?.Contains("41 contributors", StringComparison.Ordinal) == true), "the note is no answer");
        var dashes = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(noted.Replace("---", "--", StringComparison.Ordinal)));
        Assert.Contains("Update: 41 contributors.", dashes.ValueOf(ApplicationField.AdditionalInformation)!, "two dashes are no rule");
        Assert.Contains("Update: 41 contributors.", withFence.ValueOf(ApplicationField.AdditionalInformation)!);
    }

    [TestMethod]
    [DataRow("\u2028")]
    [DataRow("\u2029")]
    [DataRow("\u0085")]
    [DataRow("\f")]
    public void A_heading_after_a_unicode_line_separator_on_the_same_line_is_answer_text(string separator)
    {
        // GitHub's Markdown and issue forms break lines only at \n, \r\n and \r.
        var body = $"### Project description\n\nWe render.{separator}### Website URL\nhttps://example.org\n\n### Version of PyTorch\n\n2.9\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.IsNull(application.AnswerTo(ApplicationField.Website));
        Assert.AreEqual($"We render.{separator}### Website URL\nhttps://example.org", application.ValueOf(ApplicationField.Description));
        Assert.AreEqual("2.9", application.ValueOf(ApplicationField.PyTorchVersion));
    }

    [TestMethod]
    public void Lines_break_only_at_githubs_line_endings_and_are_numbered_so()
    {
        var body = "### Project description\r\rFirst\u2028still first\r\n### Version of PyTorch\r\n### Version of PyTorch\r2.9\r";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("First\u2028still first", application.ValueOf(ApplicationField.Description));
        Assert.AreEqual("2.9", application.ValueOf(ApplicationField.PyTorchVersion));
        Assert.AreEqual(
            "\"Version of PyTorch\" appears 2 times (lines 4, 5); the answer on line 5 is used.",
            application.FormFindings.Single(f => f.Check == "form.duplicate-heading").Message,
            "line numbers count only GitHub's line breaks");
    }

    [TestMethod]
    public void Update_word_inside_an_ordinary_sentence_is_not_a_note()
    {
        var body = "### Project summary\n\nx\n\n### Additional information\n\nFirst paragraph.\n\nUpdate the docs often, we do.\n";

        var application = IntakeFixtures.Assessor().Read(IntakeFixtures.Issue(body));

        Assert.AreEqual("First paragraph.\n\nUpdate the docs often, we do.", application.ValueOf(ApplicationField.AdditionalInformation));
    }

    [TestMethod]
    public void Free_text_with_template_title_is_a_lost_form_and_without_it_is_left_alone()
    {
        var assessor = IntakeFixtures.Assessor();

        Assert.AreEqual(ApplicationKind.LostForm, assessor.Read(IntakeFixtures.Issue("Please add us", "<Project Name>?assignees=", [])).Kind);
        Assert.AreEqual(ApplicationKind.LostForm, assessor.Read(IntakeFixtures.Issue("Please add us", "[ecosystem] Foo", [])).Kind);
        Assert.AreEqual(ApplicationKind.LostForm, assessor.Read(IntakeFixtures.Issue("Please add us", "Foo", ["new"])).Kind);
        Assert.AreEqual(ApplicationKind.NotAnApplication, assessor.Read(IntakeFixtures.Issue("### Usage\n\nHow do I?", "Question", [])).Kind);
    }

    /// <summary>
    /// The scheduler takes New off; an application without the title prefix then has its labels of the process as its only
    /// mark besides the form. Edited into free text, it is a lost form to report, not an issue to leave alone.
    /// </summary>
    [TestMethod]
    [DataRow("In review")]
    [DataRow("in voting")]
    [DataRow("Returning")]
    public void Free_text_labelled_by_the_process_is_a_lost_form(string label)
    {
        var assessor = IntakeFixtures.Assessor();

        Assert.AreEqual(ApplicationKind.LostForm, assessor.Read(IntakeFixtures.Issue("We rewrote this page.", "TorchRender", [label])).Kind);
    }

    /// <summary>
    /// Staff put the waiting label on any issue, and an outcome's name (Accepted, Declined) may be another kind of issue's
    /// label in the same repository: neither alone makes free text an application.
    /// </summary>
    [TestMethod]
    [DataRow("Waiting on comment")]
    [DataRow("Accepted")]
    [DataRow("Declined")]
    [DataRow("Blog completed")]
    public void Free_text_with_only_a_label_other_issues_may_carry_is_not_an_application(string label)
    {
        var issue = IntakeFixtures.Issue("We rewrote this page.", "TorchRender", [label]);

        Assert.AreEqual(ApplicationKind.NotAnApplication, IntakeFixtures.Assessor().Read(issue).Kind);
    }

    [TestMethod]
    public void One_form_heading_counts_only_with_an_application_title_or_label()
    {
        var assessor = IntakeFixtures.Assessor();
        const string body = "### Documentation\n\nhttps://docs.example.org\n";

        Assert.AreEqual(ApplicationKind.NotAnApplication, assessor.Read(IntakeFixtures.Issue(body, "Docs are down", [])).Kind);
        Assert.AreEqual(ApplicationKind.Application, assessor.Read(IntakeFixtures.Issue(body, "[Ecosystem] Foo", [])).Kind);
    }

    [TestMethod]
    public void Application_label_marks_an_application_whatever_the_title()
    {
        var assessor = IntakeFixtures.Assessor(IntakeFixtures.Rules with { Labels = IntakeFixtures.Rules.Labels with { Application = "ecosystem-application" } });
        const string oneHeading = "### Documentation\n\nhttps://docs.example.org\n";

        Assert.AreEqual(ApplicationKind.Application, assessor.Read(IntakeFixtures.Issue(oneHeading, "Docs are down", ["Ecosystem-Application"])).Kind);
        Assert.AreEqual(ApplicationKind.LostForm, assessor.Read(IntakeFixtures.Issue("Please add us", "TorchRender", ["ecosystem-application"])).Kind);
        Assert.AreEqual(ApplicationKind.NotAnApplication, assessor.Read(IntakeFixtures.Issue(oneHeading, "Docs are down", ["documentation"])).Kind);
    }

    [TestMethod]
    public void Without_an_application_label_configured_no_label_but_new_marks_an_application()
    {
        var assessor = IntakeFixtures.Assessor();

        Assert.AreEqual(ApplicationKind.NotAnApplication, assessor.Read(IntakeFixtures.Issue("Please add us", "TorchRender", ["ecosystem-application"])).Kind);
        Assert.AreEqual(ApplicationKind.NotAnApplication, assessor.Read(IntakeFixtures.Issue("Please add us", "TorchRender", [""])).Kind);
    }

    /// <summary>A megabyte of headings, fences, links and mentions reads, assesses and plans; its speed is benchmarked (README).</summary>
    [TestMethod]
    public void One_megabyte_body_is_read_assessed_and_planned()
    {
        var sb = new StringBuilder();
        sb.Append(IntakeFixtures.Body("complete"));
        var filler = "### " + new string('#', 40) + " ``` ~~~ [a](mailto:a@b.org) @x @y https://github.com/a/b " + new string(' ', 200) + "x\n";
        while (sb.Length < 1_048_576)
        {
            sb.Append(filler).Append("### Project summary\n").Append(new string('a', 3000)).Append('\n');
        }

        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(sb.ToString());
        var application = assessor.Read(issue);
        var report = assessor.Assess(application, IntakeFacts.Offline);
        var plan = assessor.Plan(issue, report);

        Assert.AreEqual(ApplicationKind.Application, application.Kind);
        Assert.AreEqual(new string('a', 3000), application.ValueOf(ApplicationField.Summary));
        CollectionAssert.AreEqual(new[] { "intake-report" }, plan.Comments.Select(c => c.Purpose).ToArray());
    }

    /// <summary>Runs of <c>a.a.a.a.a@</c> and <c>https://github.com/</c> (quadratic for a backtracking scan) read to their answers.</summary>
    [TestMethod]
    public void Pathological_email_and_url_answers_do_not_hang()
    {
        var answer = string.Concat(Enumerable.Repeat("a.a.a.a.a@", 20_000)) + " " + string.Concat(Enumerable.Repeat("https://github.com/", 20_000));

        var emails = AnswerValues.EmailCandidates(answer);

        Assert.AreEqual((1, 0), (emails.Count, emails.Count(AnswerValues.IsEmail)), "one candidate, no address");
        Assert.IsEmpty(AnswerValues.Maintainers(answer).Handles);
        Assert.AreEqual(GitHubUrlKind.Malformed, GitHubUrl.Parse(answer)?.Kind);
    }
}
