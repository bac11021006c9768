using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Tests.Runtime;

[TestClass]
public sealed class WorkflowCommandTests
{
    // Vectors from actions/toolkit packages/core/__tests__/command.test.ts.
    [TestMethod]
    public void Command_only_has_empty_message()
    {
        Assert.AreEqual("::some-command::", WorkflowCommand.Format("some-command", string.Empty));
    }

    [TestMethod]
    public void Message_escapes_every_percent_cr_and_lf()
    {
        Assert.AreEqual(
            "::some-command::percent %25 percent %25 cr %0D cr %0D lf %0A lf %0A",
            WorkflowCommand.Format("some-command", "percent % percent % cr \r cr \r lf \n lf \n"));
    }

    [TestMethod]
    public void Message_escapes_literal_escape_sequences_again()
    {
        Assert.AreEqual(
            "::some-command::%2525 %2525 %250D %250D %250A %250A",
            WorkflowCommand.Format("some-command", "%25 %25 %0D %0D %0A %0A"));
        Assert.AreEqual(
            "::some-command::%2525 %2525 %250D %250D %250A %250A %253A %253A %252C %252C",
            WorkflowCommand.Format("some-command", "%25 %25 %0D %0D %0A %0A %3A %3A %2C %2C"));
    }

    [TestMethod]
    public void Property_escapes_colon_and_comma_as_well()
    {
        Assert.AreEqual(
            "::some-command name=percent %25 percent %25 cr %0D cr %0D lf %0A lf %0A colon %3A colon %3A comma %2C comma %2C::",
            WorkflowCommand.Format(
                "some-command",
                [new("name", "percent % percent % cr \r cr \r lf \n lf \n colon : colon : comma , comma ,")],
                string.Empty));
    }

    [TestMethod]
    public void Message_keeps_colon_and_comma()
    {
        Assert.AreEqual("::warning::a: b, c", WorkflowCommand.Format("warning", "a: b, c"));
    }

    [TestMethod]
    public void Properties_are_joined_by_commas_in_order()
    {
        Assert.AreEqual(
            "::some-command prop1=value 1,prop2=value 2,prop3=value 3::some message",
            WorkflowCommand.Format("some-command", [new("prop1", "value 1"), new("prop2", "value 2"), new("prop3", "value 3")], "some message"));
    }

    [TestMethod]
    public void Empty_and_null_properties_are_left_out()
    {
        Assert.AreEqual(
            "::error file=a.md::m",
            WorkflowCommand.Format("error", [new("title", null), new("file", "a.md"), new("line", string.Empty)], "m"));
    }

    [TestMethod]
    public void Non_string_values_are_json_as_in_the_toolkit()
    {
        Assert.AreEqual(
            "::some-command prop1=[\"test%3Aobject\"],prop2=123,prop3=true::[\"test:object\"]",
            WorkflowCommand.Format(
                "some-command",
                [new("prop1", new List<string> { "test:object" }), new("prop2", 123), new("prop3", true)],
                new List<string> { "test:object" }));
    }

    [TestMethod]
    public void Missing_command_name_is_named_missing_command()
    {
        Assert.AreEqual("::missing.command::x", WorkflowCommand.Format(string.Empty, "x"));
    }

    [TestMethod]
    [DataRow("plain", "::x p=plain::plain")]
    [DataRow("%%\r\n\r\n::,,", "::x p=%25%25%0D%0A%0D%0A%3A%3A%2C%2C::%25%25%0D%0A%0D%0A::,,")]
    [DataRow("50% done: 3,4\r\nnext", "::x p=50%25 done%3A 3%2C4%0D%0Anext::50%25 done: 3,4%0D%0Anext")]
    [DataRow("%0A already escaped %3A", "::x p=%250A already escaped %253A::%250A already escaped %253A")]
    [DataRow("", "::x::")]
    public void Escaping_matches_the_toolkit_rules(string value, string expected)
    {
        Assert.AreEqual(expected, WorkflowCommand.Format("x", [new("p", value)], value));
    }

    [TestMethod]
    public void Booleans_are_lower_case_values()
    {
        Assert.AreEqual("true", WorkflowCommand.Value(true));
        Assert.AreEqual("false", WorkflowCommand.Value(false));
        Assert.AreEqual("101", WorkflowCommand.Value(101));
        Assert.AreEqual(string.Empty, WorkflowCommand.Value(null));
        Assert.AreEqual("[1,2]", WorkflowCommand.Value(new[] { 1, 2 }));
    }
}
