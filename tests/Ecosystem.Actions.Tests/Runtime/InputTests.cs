using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Tests.Runtime;

// Cases follow actions/toolkit packages/core/__tests__/core.test.ts.
[TestClass]
public sealed class InputTests
{
    private static ActionsRuntime RuntimeWith(params (string Name, string Value)[] variables) =>
        new(variables.ToDictionary(variable => variable.Name, variable => (string?)variable.Value), new StringWriter());

    [TestMethod]
    public void Input_name_is_upper_cased_with_spaces_as_underscores_and_hyphens_kept()
    {
        var runtime = RuntimeWith(("INPUT_MY_INPUT", "a"), ("INPUT_DRY-RUN", "b"), ("INPUT_MULTIPLE_SPACES_VARIABLE", "c"));

        Assert.AreEqual("a", runtime.GetInput("my input"));
        Assert.AreEqual("b", runtime.GetInput("dry-run"));
        Assert.AreEqual("c", runtime.GetInput("multiple spaces variable"));
    }

    [TestMethod]
    public void Input_is_case_insensitive_in_its_name()
    {
        var runtime = RuntimeWith(("INPUT_MY_INPUT", "val"));

        Assert.AreEqual("val", runtime.GetInput("My InPuT"));
    }

    [TestMethod]
    public void Hyphenated_input_is_read_from_the_hyphenated_variable()
    {
        var runtime = RuntimeWith(("INPUT_DRY-RUN", "true"), ("INPUT_DRY_RUN", "false"));

        Assert.IsTrue(runtime.GetBooleanInput("dry-run"));
    }

    [TestMethod]
    public void Missing_optional_input_is_empty()
    {
        Assert.AreEqual(string.Empty, RuntimeWith().GetInput("missing"));
    }

    [TestMethod]
    public void Input_is_trimmed()
    {
        var runtime = RuntimeWith(("INPUT_WITH_TRAILING_WHITESPACE", "  some val  "));

        Assert.AreEqual("some val", runtime.GetInput("with trailing whitespace"));
    }

    [TestMethod]
    public void Input_keeps_special_characters()
    {
        var runtime = RuntimeWith(("INPUT_SPECIAL_CHARS_'\t\"\\", "'\t\"\\ response "));

        Assert.AreEqual("'\t\"\\ response", runtime.GetInput("special chars_'\t\"\\"));
    }

    [TestMethod]
    [DataRow("true", true)]
    [DataRow("True", true)]
    [DataRow("TRUE", true)]
    [DataRow("false", false)]
    [DataRow("False", false)]
    [DataRow("FALSE", false)]
    [DataRow(" true ", true)]
    public void Boolean_input_accepts_the_yaml_core_schema(string value, bool expected)
    {
        Assert.AreEqual(expected, RuntimeWith(("INPUT_BOOLEAN_INPUT", value)).GetBooleanInput("boolean input"));
    }

    [TestMethod]
    [DataRow("wrong")]
    [DataRow("yes")]
    [DataRow("1")]
    [DataRow("tRUE")]
    [DataRow("")]
    public void Boolean_input_outside_the_core_schema_is_rejected_naming_the_input(string value)
    {
        var runtime = RuntimeWith(("INPUT_WRONG_BOOLEAN_INPUT", value));

        var error = Assert.ThrowsExactly<SetupException>(() => runtime.GetBooleanInput("wrong boolean input"));

        Assert.AreEqual(
            "Input does not meet YAML 1.2 \"Core Schema\" specification: wrong boolean input\n" +
            "Support boolean input list: `true | True | TRUE | false | False | FALSE`",
            error.Message);
    }

}
