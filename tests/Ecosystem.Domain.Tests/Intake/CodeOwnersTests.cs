using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class CodeOwnersTests
{
    private const string File = """
        # Maintainers of TorchRender. @former-lead handed over in 2025.
        *            @JaneDoe @torchrender/core    # @commented-out owner
        /docs/       docs-team@example.org @rajpatel
        \#notes.md   @carol
        /build/      @pytorch-fdn/infra
        /legacy/
        """;

    [TestMethod]
    [DataRow("janedoe")]
    [DataRow("RAJPATEL")]
    [DataRow("carol")]
    public void Users_named_as_owners_are_found_without_regard_to_case(string handle)
    {
        Assert.IsTrue(CodeOwners.NamesUser(File, handle));
    }

    [TestMethod]
    [DataRow("former-lead", "a comment line")]
    [DataRow("commented-out", "an inline comment")]
    [DataRow("torchrender", "a team's organization")]
    [DataRow("pytorch-fdn", "a team's organization")]
    [DataRow("example", "an e-mail address's domain")]
    [DataRow("jane", "a prefix of another handle")]
    [DataRow("docs", "a path")]
    public void Handles_that_own_nothing_as_users_are_not_found(string handle, string appearsIn)
    {
        Assert.IsFalse(CodeOwners.NamesUser(File, handle), $"@{handle} appears only in {appearsIn}");
    }

    [TestMethod]
    public void Windows_line_endings_and_tabs_separate_owners()
    {
        Assert.IsTrue(CodeOwners.NamesUser("*\t@alice\r\n/src/\t@bob\r\n", "alice"));
        Assert.IsTrue(CodeOwners.NamesUser("*\t@alice\r\n/src/\t@bob\r\n", "bob"));
    }

    [TestMethod]
    public void No_file_names_nobody()
    {
        Assert.IsFalse(CodeOwners.NamesUser(null, "alice"));
        Assert.IsFalse(CodeOwners.NamesUser("", "alice"));
    }
}
