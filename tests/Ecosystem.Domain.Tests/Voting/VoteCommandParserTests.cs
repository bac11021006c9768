using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Voting;

[TestClass]
public sealed class VoteCommandParserTests
{
    private static VoteVerb[] Verbs(string body) => [.. VoteCommandParser.Parse(body).Select(c => c.Verb)];

    [TestMethod]
    [DataRow("\u2028")]
    [DataRow("\u2029")]
    [DataRow("\u0085")]
    [DataRow("\f")]
    public void A_vote_after_a_unicode_line_separator_is_on_the_same_line_so_not_a_ballot(string separator)
    {
        Assert.IsEmpty(VoteCommandParser.Parse("I agree with the others" + separator + "/vote approve"));
    }

    [TestMethod]
    public void A_unicode_line_separator_stays_inside_the_decline_reason()
    {
        var command = VoteCommandParser.Parse("/vote decline not yet\u2028/vote approve").Single();

        Assert.AreEqual(VoteVerb.Decline, command.Verb);
        Assert.AreEqual("not yet\u2028/vote approve", command.Reason);
    }

    [TestMethod]
    [DataRow("\n")]
    [DataRow("\r\n")]
    [DataRow("\r")]
    public void Markdown_line_breaks_start_a_ballot_line(string lineBreak)
    {
        CollectionAssert.AreEqual(new[] { VoteVerb.Abstain, VoteVerb.Approve }, Verbs("/vote abstain" + lineBreak + "/vote approve"));
    }

    [TestMethod]
    [DataRow("/vote approve", VoteVerb.Approve)]
    [DataRow("/vote yes", VoteVerb.Approve)]
    [DataRow("/vote +1", VoteVerb.Approve)]
    [DataRow("/vote LGTM", VoteVerb.Approve)]
    [DataRow("/VOTE Approve", VoteVerb.Approve)]
    [DataRow("/vote decline not ready", VoteVerb.Decline)]
    [DataRow("/vote no", VoteVerb.Decline)]
    [DataRow("/vote -1", VoteVerb.Decline)]
    [DataRow("/vote reject", VoteVerb.Decline)]
    [DataRow("/vote abstain", VoteVerb.Abstain)]
    [DataRow("/vote open", VoteVerb.Open)]
    [DataRow("/vote close", VoteVerb.Close)]
    [DataRow("/vote refresh-members", VoteVerb.RefreshMembers)]
    [DataRow("/vote recuse", VoteVerb.Recuse)]
    [DataRow("   /vote approve   ", VoteVerb.Approve)]
    [DataRow("/vote approve.", VoteVerb.Approve)]
    [DataRow("/vote +1!", VoteVerb.Approve)]
    [DataRow("/vote decline: no GPU CI", VoteVerb.Decline)]
    [DataRow("/vote abstain, conflict of interest", VoteVerb.Abstain)]
    [DataRow("/vote", VoteVerb.Unknown)]
    [DataRow("/vote maybe", VoteVerb.Unknown)]
    [DataRow("/vote .", VoteVerb.Unknown)]
    [DataRow("/vote **maybe**", VoteVerb.Unknown)]
    // GitHub shows a no-break space (a Mac's Option+Space, a paste from a document) or an ideographic space (a CJK input
    // method) as a space: the member reads "/vote approve", and the ballot counts.
    [DataRow("/vote\u00A0approve", VoteVerb.Approve)]
    [DataRow("/vote\u3000yes", VoteVerb.Approve)]
    [DataRow("/vote\u202F+1", VoteVerb.Approve)]
    [DataRow("/vote \u00A0abstain", VoteVerb.Abstain)]
    public void Verb_and_synonyms_are_recognised_case_insensitively(string line, VoteVerb expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Verbs(line));

    [TestMethod]
    public void A_decline_reason_after_a_no_break_space_is_kept()
    {
        var command = VoteCommandParser.Parse("/vote\u00A0decline\u00A0no GPU CI").Single();
        Assert.AreEqual(VoteVerb.Decline, command.Verb);
        Assert.AreEqual("no GPU CI", command.Reason);
    }

    [TestMethod]
    public void Decline_reason_is_the_rest_of_its_line_only()
    {
        var command = VoteCommandParser.Parse("I looked.\n/vote decline  no CI for ROCm  \nand more thoughts\n").Single();
        Assert.AreEqual(VoteVerb.Decline, command.Verb);
        Assert.AreEqual("no CI for ROCm", command.Reason);
        Assert.AreEqual("/vote decline  no CI for ROCm", command.Line);
    }

    /// <summary>
    /// The tally cuts a stored reason again at the length it was stored with: the cut must then change nothing, or a re-run
    /// would rewrite the tally; and half an emoji would reach GitHub as U+FFFD, never the text wanted.
    /// </summary>
    [TestMethod]
    [DataRow(299, "a…")]
    [DataRow(298, "a😀…")]
    public void A_long_reason_is_cut_whole_emoji_and_a_second_cut_changes_nothing(int before, string expectedEnd)
    {
        var reason = VoteCommandParser.Parse("/vote decline " + new string('a', before) + "😀" + new string('b', 500)).Single().Reason!;

        StringAssert.EndsWith(reason, expectedEnd);
        Assert.AreEqual(reason, MarkdownText.Truncate(reason, VoteCommandParser.MaxReasonLength));
    }

    /// <summary>A reason needs a letter or a digit: punctuation alone gives none, as <c>/vote decline.</c> always did.</summary>
    [TestMethod]
    [DataRow("/vote decline   ")]
    [DataRow("/vote decline.")]
    [DataRow("/vote decline -")]
    [DataRow("/vote no ...")]
    [DataRow("/vote decline: —")]
    public void Decline_without_reason_has_null_reason(string line) =>
        Assert.IsNull(VoteCommandParser.Parse(line).Single().Reason);

    [TestMethod]
    [DataRow("/vote decline 2", "2")]
    [DataRow("/vote decline 未成熟", "未成熟")]
    public void A_reason_with_a_letter_or_digit_is_kept_as_written(string line, string reason) =>
        Assert.AreEqual(reason, VoteCommandParser.Parse(line).Single().Reason);

    /// <summary>
    /// GitHub does not show an HTML comment: a member's note to self on the ballot's line is not its reason (the tally would
    /// publish it), and a decline whose only words are such a note has no reason. In code, it is shown, so kept.
    /// </summary>
    [TestMethod]
    [DataRow("/vote decline not ready <!-- ask them about ROCm -->", "not ready")]
    [DataRow("/vote decline <!-- I will tell them privately -->", null)]
    [DataRow("/vote decline <!-- draft --> no GPU CI", "no GPU CI")]
    [DataRow("**/vote decline no GPU CI** <!-- draft -->", "no GPU CI")]
    [DataRow("/vote decline parses `<!-- -->` badly", "parses `<!-- -->` badly")]
    public void An_html_comment_on_the_ballot_line_is_no_reason(string line, string? reason) =>
        Assert.AreEqual(reason, VoteCommandParser.Parse(line).Single().Reason);

    /// <summary>
    /// What GitHub does not show of the ballot's line is not its reason either: an HTML comment opened on it and closed on a
    /// later line, and the backslash of a hard line break. A dash or colon the member set between the verb and the reason
    /// separates them, and is no part of the reason the tally publishes.
    /// </summary>
    [TestMethod]
    [DataRow("/vote decline not ready <!-- ask them\nabout ROCm -->", "not ready", DisplayName = "an HTML comment over two lines")]
    [DataRow("/vote decline <!-- I will tell\nthem privately -->\nThanks all.", null, DisplayName = "only an HTML comment over lines")]
    [DataRow("My review.\n\n/vote decline no GPU CI\\\nThe rest is fine.", "no GPU CI", DisplayName = "a backslash hard break")]
    [DataRow("/vote decline - not ready", "not ready", DisplayName = "a dash after the verb")]
    [DataRow("/vote decline — no GPU CI", "no GPU CI", DisplayName = "an em dash after the verb")]
    [DataRow("/vote decline : -- no GPU CI", "no GPU CI", DisplayName = "a colon and dashes after the verb")]
    [DataRow("**/vote decline** - no GPU CI", "no GPU CI", DisplayName = "a dash after a verb in bold")]
    [DataRow("/vote decline -1 for now", "-1 for now", DisplayName = "a minus sign that starts a word is kept")]
    [DataRow("/vote decline <b>no GPU CI</b><br>", "no GPU CI", DisplayName = "HTML tags around the reason")]
    [DataRow("/vote decline `<br>` in the docs", "`<br>` in the docs", DisplayName = "a tag in code is shown, so kept")]
    public void What_GitHub_does_not_show_or_a_separator_is_no_part_of_the_reason(string body, string? reason) =>
        Assert.AreEqual(reason, VoteCommandParser.Parse(body).Single().Reason);

    /// <summary>
    /// HTML written straight after the verb (a line break a member types to end the line, a note to self) is not shown as text:
    /// GitHub shows "/vote approve", so the ballot counts with the verb the member sees (it was an unknown verb, "approve&lt;br&gt;").
    /// </summary>
    [TestMethod]
    [DataRow("/vote approve<br>", VoteVerb.Approve, null, DisplayName = "a line break tag after the verb")]
    [DataRow("/vote approve<br/>\nThe CI is solid.", VoteVerb.Approve, null, DisplayName = "a self-closing line break, discussion after")]
    [DataRow("/vote abstain<!-- conflict: I contribute to it -->", VoteVerb.Abstain, null, DisplayName = "an HTML comment after the verb")]
    [DataRow("/vote decline<!-- draft --> no GPU CI", VoteVerb.Decline, "no GPU CI", DisplayName = "an HTML comment between verb and reason")]
    [DataRow("**/vote approve**<br>", VoteVerb.Approve, null, DisplayName = "in bold, a line break tag after")]
    public void Html_written_straight_after_the_verb_is_not_part_of_it(string body, VoteVerb verb, string? reason)
    {
        var command = VoteCommandParser.Parse(body).Single();

        Assert.AreEqual(verb, command.Verb);
        Assert.AreEqual(reason, command.Reason);
    }

    [TestMethod]
    [DataRow("/voter approve")]
    [DataRow("I /vote approve")]
    [DataRow("`/vote approve`")]
    [DataRow("    /vote approve")]
    [DataRow("\t/vote approve")]
    [DataRow("> /vote approve")]
    [DataRow("  > /vote approve")]
    [DataRow("> quoting\n> /vote approve")]
    [DataRow("```\n/vote approve\n```")]
    [DataRow("~~~text\n/vote approve\n~~~")]
    [DataRow("````\n```\n/vote approve\n````")]
    [DataRow("```\nunclosed fence\n\n/vote approve")]
    [DataRow("text `code\n/vote approve` more")]
    [DataRow("<!-- hidden\n/vote approve\n-->")]
    [DataRow("no command here")]
    [DataRow("")]
    public void Lines_in_quotes_code_or_comments_do_not_count(string body) =>
        Assert.IsEmpty(VoteCommandParser.Parse(body));

    [TestMethod]
    public void Command_after_a_closed_fence_counts() =>
        CollectionAssert.AreEqual(new[] { VoteVerb.Approve }, Verbs("```\n/vote decline x\n```\n/vote approve"));

    [TestMethod]
    public void Command_after_a_paragraph_with_closed_inline_code_counts() =>
        CollectionAssert.AreEqual(new[] { VoteVerb.Abstain }, Verbs("use `/vote approve` to vote\n/vote abstain"));

    [TestMethod]
    public void Command_after_html_comment_ends_counts() =>
        CollectionAssert.AreEqual(new[] { VoteVerb.Approve }, Verbs("<!--\nnote\n-->\n/vote approve"));

    [TestMethod]
    public void Command_after_a_quote_counts() =>
        CollectionAssert.AreEqual(new[] { VoteVerb.Decline }, Verbs("> /vote approve\n\n/vote decline quoted text is not mine"));

    [TestMethod]
    public void Every_command_line_is_returned_in_order() =>
        CollectionAssert.AreEqual(
            new[] { VoteVerb.Approve, VoteVerb.Recuse, VoteVerb.Decline },
            Verbs("/vote approve\r\nsecond thoughts\r\n/vote recuse\r\n/vote decline x"));

    private static string[] NearMisses(string body) => [.. VoteCommandParser.Read(body).NearMisses.Select(n => n.Why)];

    /// <summary>
    /// A line that starts like a ballot but is not one (a full-width slash from a CJK input method, a dash or a colon glued
    /// to /vote) is listed, so the member learns from the tally that it did not count, where it was left out without a word.
    /// </summary>
    [TestMethod]
    [DataRow("\uFF0Fvote yes")]
    [DataRow("/vote-yes")]
    [DataRow("/vote_approve")]
    [DataRow("Thanks for the answers.\n/vote: approve")]
    public void A_line_that_starts_like_a_ballot_but_is_none_is_listed(string body)
    {
        var reading = VoteCommandParser.Read(body);

        Assert.IsEmpty(reading.Commands);
        CollectionAssert.AreEqual(new[] { VoteCommandParser.NotACommand }, NearMisses(body));
    }

    [TestMethod]
    [DataRow("See the /vote-tally comment above.")]
    [DataRow("> /vote-yes")]
    [DataRow("`/vote-yes`")]
    public void Such_a_line_mid_sentence_quoted_or_in_code_is_not_listed(string body) => Assert.IsEmpty(NearMisses(body));

    [TestMethod]
    public void A_lazy_continuation_line_belongs_to_the_quote_and_is_listed_not_counted()
    {
        var reading = VoteCommandParser.Read("> I agree with wg-carol:\n/vote approve\n\nMy own view follows later.");

        Assert.IsEmpty(reading.Commands);
        Assert.AreEqual(("/vote approve", ShownText.InQuote), reading.NearMisses.Single());
    }

    [TestMethod]
    public void A_ballot_after_the_quote_ends_counts()
    {
        var reading = VoteCommandParser.Read("> /vote decline not yet\n\n/vote approve");

        CollectionAssert.AreEqual(new[] { VoteVerb.Approve }, reading.Commands.Select(c => c.Verb).ToArray());
        CollectionAssert.AreEqual(new[] { ShownText.InQuote }, reading.NearMisses.Select(n => n.Why).ToArray());
    }

    /// <summary>
    /// Members write a ballot in bold (or only its verb), or as a list item of its own, also nested under their notes, a task-list
    /// item or a heading: shown on GitHub as their words at the start of the line, it counts (it was listed as "not at the start of a
    /// line", and the member's vote was lost unless they read the tally). Indented as far where GitHub shows code, a quote or a comment,
    /// it is listed, not counted. A heading's closing sequence is not its text, so not a decline's reason.
    /// </summary>
    [TestMethod]
    [DataRow("**/vote approve**", VoteVerb.Approve, null, DisplayName = "in bold")]
    [DataRow("*/vote approve*", VoteVerb.Approve, null, DisplayName = "in italics")]
    [DataRow("__/vote yes__", VoteVerb.Approve, null, DisplayName = "in bold, underscores")]
    [DataRow("**/vote decline no GPU CI**", VoteVerb.Decline, "no GPU CI", DisplayName = "in bold with its reason")]
    [DataRow("**/vote decline** no GPU CI", VoteVerb.Decline, "no GPU CI", DisplayName = "the command in bold, its reason after")]
    [DataRow("- /vote approve", VoteVerb.Approve, null, DisplayName = "a list item")]
    [DataRow("* /vote decline no GPU CI", VoteVerb.Decline, "no GPU CI", DisplayName = "a list item with its reason")]
    [DataRow("1. /vote abstain", VoteVerb.Abstain, null, DisplayName = "a numbered list item")]
    [DataRow("- **/vote approve**", VoteVerb.Approve, null, DisplayName = "a list item in bold")]
    [DataRow("My review:\n\n- /vote approve", VoteVerb.Approve, null, DisplayName = "a list item after a paragraph")]
    [DataRow("- I read the README\n    - /vote approve", VoteVerb.Approve, null, DisplayName = "a nested list item")]
    [DataRow("1. notes\n   - /vote approve", VoteVerb.Approve, null, DisplayName = "under a numbered item")]
    [DataRow("- CI is green\n  - docs read\n    - /vote decline no GPU CI", VoteVerb.Decline, "no GPU CI", DisplayName = "two levels down")]
    [DataRow("- notes\n\t- **/vote approve**", VoteVerb.Approve, null, DisplayName = "nested with a tab, in bold")]
    [DataRow("- notes\n    1. /vote abstain", VoteVerb.Abstain, null, DisplayName = "a nested numbered item")]
    [DataRow("- reviewed the CI\n\n    /vote approve", VoteVerb.Approve, null, DisplayName = "a list item's paragraph indented past its text")]
    [DataRow("I read it all.\n    /vote approve", VoteVerb.Approve, null, DisplayName = "a paragraph's next line, whose indent is not shown")]
    [DataRow("/vote **approve**", VoteVerb.Approve, null, DisplayName = "the verb in bold")]
    [DataRow("/vote _decline_ no GPU CI", VoteVerb.Decline, "no GPU CI", DisplayName = "the verb in italics, its reason after")]
    [DataRow("/vote **decline no GPU CI**", VoteVerb.Decline, "no GPU CI", DisplayName = "the verb and its reason in bold")]
    [DataRow("**/vote approve**.", VoteVerb.Approve, null, DisplayName = "in bold, a full stop after")]
    [DataRow("/vote *approve*!", VoteVerb.Approve, null, DisplayName = "the verb in italics, an exclamation mark after")]
    [DataRow("**/vote decline no GPU CI**.", VoteVerb.Decline, "no GPU CI", DisplayName = "in bold with its reason, a full stop after")]
    [DataRow("## /vote approve", VoteVerb.Approve, null, DisplayName = "a heading")]
    [DataRow("My review\n\n### **/vote decline** no GPU CI", VoteVerb.Decline, "no GPU CI", DisplayName = "a heading in bold with its reason")]
    [DataRow("## /vote decline not ready ##", VoteVerb.Decline, "not ready", DisplayName = "a heading with its closing sequence")]
    [DataRow("## /vote approve ##", VoteVerb.Approve, null, DisplayName = "a heading of the verb alone, closed")]
    [DataRow("### **/vote decline no GPU CI** ###", VoteVerb.Decline, "no GPU CI", DisplayName = "a heading in bold, closed")]
    [DataRow("- ### /vote decline no GPU CI #####  ", VoteVerb.Decline, "no GPU CI", DisplayName = "a list item's heading, closed")]
    [DataRow("## /vote decline issue #12 ## unfixed", VoteVerb.Decline, "issue #12 ## unfixed", DisplayName = "a heading whose #s are words")]
    [DataRow("- [x] /vote approve", VoteVerb.Approve, null, DisplayName = "a ticked task-list item")]
    [DataRow("- [ ] /vote abstain", VoteVerb.Abstain, null, DisplayName = "an open task-list item")]
    [DataRow("- notes\n  * [X] **/vote decline** no GPU CI", VoteVerb.Decline, "no GPU CI", DisplayName = "a nested task-list item in bold")]
    public void A_ballot_in_bold_or_as_a_list_item_of_its_own_counts(string body, VoteVerb verb, string? reason)
    {
        var reading = VoteCommandParser.Read(body);

        Assert.IsEmpty(reading.NearMisses, string.Join(", ", reading.NearMisses));
        Assert.AreEqual((verb, reason), (reading.Commands.Single().Verb, reading.Commands.Single().Reason));
    }

    [TestMethod]
    [DataRow("<img alt=\"/vote approve\" src=\"x.png\">", ShownText.InHtml, DisplayName = "an HTML block's attribute")]
    [DataRow("Looks good <img alt=\"\n/vote approve\">", ShownText.InHtml, DisplayName = "a line starting inside an inline tag's attribute")]
    [DataRow("Thanks <!-- my ballot:\n/vote approve\n-->", ShownText.InHtmlComment, DisplayName = "an inline HTML comment")]
    [DataRow("<!--\n/vote approve\n-->", ShownText.InHtmlComment, DisplayName = "an HTML comment block")]
    [DataRow("Run `/vote approve` to vote", ShownText.InCode, DisplayName = "a code span")]
    [DataRow("text `code\n/vote approve` more", ShownText.InCode, DisplayName = "a line starting inside a code span")]
    [DataRow("```\n/vote approve\n```", ShownText.InCodeBlock, DisplayName = "a fenced code block")]
    [DataRow("~~~\nunclosed\n/vote approve", ShownText.InCodeBlock, DisplayName = "an unclosed fence")]
    [DataRow("    /vote approve", ShownText.InCodeBlock, DisplayName = "indented code")]
    [DataRow("I /vote approve", VoteCommandParser.NotAtLineStart, DisplayName = "mid-line")]
    [DataRow("I **/vote approve**", VoteCommandParser.NotAtLineStart, DisplayName = "in bold mid-line")]
    [DataRow("> - /vote approve", ShownText.InQuote, DisplayName = "a list item in a quote")]
    [DataRow("> **/vote approve**", ShownText.InQuote, DisplayName = "in bold in a quote")]
    [DataRow("```\n- /vote approve\n```", ShownText.InCodeBlock, DisplayName = "a list item in a fenced code block")]
    [DataRow("<!--\n**/vote approve**\n-->", ShownText.InHtmlComment, DisplayName = "in bold in an HTML comment")]
    [DataRow("- `/vote approve`", ShownText.InCode, DisplayName = "a list item of code")]
    [DataRow("    - /vote approve", ShownText.InCodeBlock, DisplayName = "indented 4 outside a list: code")]
    [DataRow("Notes:\n\n    - /vote approve", ShownText.InCodeBlock, DisplayName = "indented 4 after a blank line, outside a list: code")]
    [DataRow("- notes\n\n        /vote approve", ShownText.InCodeBlock, DisplayName = "indented 4 past a list item's text: code")]
    [DataRow("> - notes\n>   - /vote approve", ShownText.InQuote, DisplayName = "nested in a quote")]
    [DataRow("> ## /vote approve", ShownText.InQuote, DisplayName = "a heading in a quote")]
    [DataRow("```\n- [x] /vote approve\n```", ShownText.InCodeBlock, DisplayName = "a task-list item in a fenced code block")]
    [DataRow("    ## /vote approve", ShownText.InCodeBlock, DisplayName = "a heading indented 4: code")]
    [DataRow("## I /vote approve", VoteCommandParser.NotAtLineStart, DisplayName = "a heading, mid-line")]
    [DataRow("- [x] I /vote approve", VoteCommandParser.NotAtLineStart, DisplayName = "a task-list item, mid-line")]
    [DataRow("```\n- notes\n    - /vote approve\n```", ShownText.InCodeBlock, DisplayName = "nested in a fenced code block")]
    [DataRow("<!--\n- notes\n    - /vote approve\n-->", ShownText.InHtmlComment, DisplayName = "nested in an HTML comment")]
    [DataRow("- notes\n    - I /vote approve", VoteCommandParser.NotAtLineStart, DisplayName = "nested, mid-line")]
    [DataRow("- notes\n    - `/vote approve`", ShownText.InCode, DisplayName = "nested, in code")]
    [DataRow("/vo\u200Bte approve", "contains an invisible character (U+200B)", DisplayName = "a zero-width space in /vote")]
    [DataRow("\u2060/vote approve", "contains an invisible character (U+2060)", DisplayName = "a word joiner before /vote")]
    [DataRow("/vote appr\u200Dove", "contains an invisible character (U+200D)", DisplayName = "a zero-width joiner in the verb")]
    [DataRow("/vote\u200B approve", "contains an invisible character (U+200B)", DisplayName = "a zero-width space after /vote")]
    public void A_near_miss_is_listed_with_its_reason(string body, string why)
    {
        var reading = VoteCommandParser.Read(body);

        Assert.IsEmpty(reading.Commands, body);
        CollectionAssert.AreEqual(new[] { why }, reading.NearMisses.Select(n => n.Why).ToArray(), body);
    }

    /// <summary>
    /// A line under an HTML tag without a blank line between is part of an HTML block (CommonMark 4.6). GitHub passes one
    /// opened by a tag such as details or p (kinds 6 and 7) through as HTML and shows its text: a ballot there is the member's
    /// own words and counts (null: counted), but not in a comment or a tag there. A pre block (kind 1) shows as code, like a
    /// fenced block, and script, style and textarea are removed or raw: not counted, nor are such elements inside a block.
    /// </summary>
    [TestMethod]
    [DataRow("<details><summary>my notes</summary>\n/vote approve\nThe CI is green.\n</details>", null, DisplayName = "a collapsible block")]
    [DataRow("<details>\n/vote approve\n</details>", null, DisplayName = "a details block")]
    [DataRow("<p>\n/vote yes", null, DisplayName = "a paragraph tag")]
    [DataRow("<span>\n/vote approve\n</span>", null, DisplayName = "an inline tag alone on its line (kind 7)")]
    [DataRow("- <details>\n  /vote approve\n  </details>", null, DisplayName = "in a list item")]
    [DataRow("<details>\n<!-- draft:\n/vote approve\n-->\n</details>", ShownText.InHtmlComment, DisplayName = "an HTML comment over lines in it")]
    [DataRow("<details>\n<!-- never closed\n/vote approve\n</details>", ShownText.InHtmlComment, DisplayName = "an HTML comment never closed in it")]
    [DataRow("<div title=\"my vote:\n/vote approve\">\n</div>", ShownText.InHtml, DisplayName = "an attribute over lines")]
    [DataRow("<pre>\n/vote approve\n</pre>", ShownText.InHtml, DisplayName = "a pre block, shown as code")]
    [DataRow("<script>\n/vote approve\n</script>", ShownText.InHtml, DisplayName = "a script block, removed")]
    [DataRow("<style>\n/vote approve\n</style>", ShownText.InHtml, DisplayName = "a style block, removed")]
    [DataRow("<textarea>\n/vote approve\n</textarea>", ShownText.InHtml, DisplayName = "a textarea block")]
    [DataRow("<div>\n<pre>\n/vote approve\n</pre>\n</div>", ShownText.InHtml, DisplayName = "a pre element in a details-like block")]
    [DataRow("<details>\n<code>\n/vote approve</code>\n</details>", ShownText.InHtml, DisplayName = "a code element in it")]
    public void A_ballot_in_an_html_block_counts_where_GitHub_shows_it_as_text(string body, string? why)
    {
        var reading = VoteCommandParser.Read(body);

        CollectionAssert.AreEqual(why is null ? new[] { VoteVerb.Approve } : [], reading.Commands.Select(c => c.Verb).ToArray(), body);
        CollectionAssert.AreEqual(why is null ? Array.Empty<string>() : [why], reading.NearMisses.Select(n => n.Why).ToArray(), body);
    }

    [TestMethod]
    [DataRow("<div>\n<!-- draft: /vote decline -->\n/vote approve\n</div>", ShownText.InHtmlComment, DisplayName = "after a comment")]
    [DataRow("<div>\n<pre>/vote decline</pre>\n/vote approve\n</div>", ShownText.InHtml, DisplayName = "after a pre element")]
    public void The_text_after_hidden_html_in_a_block_is_shown_again(string body, string hidden)
    {
        var reading = VoteCommandParser.Read(body);

        Assert.AreEqual(VoteVerb.Approve, reading.Commands.Single().Verb);
        Assert.AreEqual(hidden, reading.NearMisses.Single().Why);
    }

    [TestMethod]
    public void An_empty_html_comment_closes_itself_so_the_next_line_is_shown_and_counts()
    {
        // CommonMark: "<!-->" is a whole comment (its line holds "-->"), as GitHub renders it; the ballot below is visible.
        var reading = VoteCommandParser.Read("<!-->\n/vote approve\n-->");

        CollectionAssert.AreEqual(new[] { VoteVerb.Approve }, reading.Commands.Select(c => c.Verb).ToArray());
        Assert.IsEmpty(reading.NearMisses);
    }

    [TestMethod]
    public void A_ballot_after_a_byte_order_mark_that_starts_the_comment_counts()
    {
        // A comment posted through the API from a file saved with one (gh issue comment --body-file, a Windows editor):
        // GitHub shows no mark, so the member sees "/vote approve" and has voted.
        var reading = VoteCommandParser.Read("\uFEFF/vote approve\nLooks ready to me.");

        Assert.AreEqual(VoteVerb.Approve, reading.Commands.Single().Verb);
        Assert.IsEmpty(reading.NearMisses);
        var inside = VoteCommandParser.Read("Agreed.\n\uFEFF/vote approve");
        Assert.AreEqual("contains an invisible character (U+FEFF)", inside.NearMisses.Single().Why, "a mark further on is shown: a near miss");
    }

    [TestMethod]
    public void A_reason_may_hold_an_invisible_character_without_losing_the_ballot()
    {
        var command = VoteCommandParser.Read("/vote decline no CI\u200B yet").Commands.Single();

        Assert.AreEqual(VoteVerb.Decline, command.Verb);
        Assert.AreEqual("no CI\u200B yet", command.Reason);
    }

    [TestMethod]
    public void A_ballot_in_a_list_item_continuation_is_the_authors_own_and_counts() =>
        CollectionAssert.AreEqual(new[] { VoteVerb.Approve }, Verbs("- reviewed the CI\n\n  /vote approve"));

    [TestMethod]
    public void Thousands_of_nested_quotes_are_listed_as_too_deep_not_parsed()
    {
        var reading = VoteCommandParser.Read(new string('>', 10_000) + " /vote approve");

        Assert.IsEmpty(reading.Commands);
        CollectionAssert.AreEqual(new[] { ShownText.TooDeep }, NearMisses(new string('>', 10_000) + " /vote approve"));
    }

    [TestMethod]
    public void Text_without_vote_has_no_near_miss() =>
        Assert.IsEmpty(VoteCommandParser.Read("> quoting someone\n`code` and <b>html</b>\n/voter approve").NearMisses);
}
