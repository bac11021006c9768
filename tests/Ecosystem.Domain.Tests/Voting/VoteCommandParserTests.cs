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
    [DataRow("/vote", VoteVerb.Unknown)]
    [DataRow("/vote maybe", VoteVerb.Unknown)]
    public void Verb_and_synonyms_are_recognised_case_insensitively(string line, VoteVerb expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Verbs(line));

    [TestMethod]
    public void Decline_reason_is_the_rest_of_its_line_only()
    {
        var command = VoteCommandParser.Parse("I looked.\n/vote decline  no CI for ROCm  \nand more thoughts\n").Single();
        Assert.AreEqual(VoteVerb.Decline, command.Verb);
        Assert.AreEqual("no CI for ROCm", command.Reason);
        Assert.AreEqual("/vote decline  no CI for ROCm", command.Line);
    }

    [TestMethod]
    public void Decline_without_reason_has_null_reason() =>
        Assert.IsNull(VoteCommandParser.Parse("/vote decline   ").Single().Reason);

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
}
