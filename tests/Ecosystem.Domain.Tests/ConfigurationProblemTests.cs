namespace Ecosystem.Domain.Tests;

[TestClass]
public sealed class ConfigurationProblemTests
{
    [TestMethod]
    public void Text_is_key_path_then_message()
    {
        Assert.AreEqual("sessions.lead-days: `two` is not a whole number", new ConfigurationProblem("sessions.lead-days", "`two` is not a whole number").ToString());
    }

    [TestMethod]
    public void Message_that_names_its_key_stands_alone()
    {
        Assert.AreEqual("unknown key `sesions` (did you mean `sessions`?)", new ConfigurationProblem("sesions", "unknown key `sesions` (did you mean `sessions`?)").ToString());
        Assert.AreEqual("sessions.batch.max (5) is below sessions.batch.min (7)", new ConfigurationProblem("sessions.batch.max", "sessions.batch.max (5) is below sessions.batch.min (7)").ToString());
    }

    [TestMethod]
    public void Message_mentioning_the_key_only_inside_its_source_still_gets_the_prefix()
    {
        var problem = new ConfigurationProblem("sessions.lead-days", "`soon` is not a whole number (from override `sessions.lead-days=soon`)");

        Assert.AreEqual("sessions.lead-days: `soon` is not a whole number (from override `sessions.lead-days=soon`)", problem.ToString());
    }

    [TestMethod]
    public void Problem_with_the_whole_file_is_the_message_alone()
    {
        Assert.AreEqual("override `x` is not of the form key.path=value", new ConfigurationProblem("", "override `x` is not of the form key.path=value").ToString());
    }
}
