using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class RepositoryReferenceTests
{
    [TestMethod]
    [DataRow("pytorch-fdn/ecosystem")]
    [DataRow("Codertocat/Hello-World")]
    [DataRow("a/b.c_d-e")]
    public void Owner_and_name_are_read(string text)
    {
        Assert.AreEqual(text, RepositoryReference.Read(text)?.FullName);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("pytorch-fdn")]
    [DataRow("pytorch-fdn/")]
    [DataRow("/ecosystem")]
    [DataRow("a/b/c")]
    [DataRow("-owner/repo")]
    [DataRow("owner/..")]
    [DataRow("owner/re po")]
    [DataRow("owner\n/repo")]
    [DataRow("a-very-long-organisation-name-beyond-39-chars/repo")]
    public void Anything_else_names_no_repository(string? text)
    {
        Assert.IsNull(RepositoryReference.Read(text));
    }
}
