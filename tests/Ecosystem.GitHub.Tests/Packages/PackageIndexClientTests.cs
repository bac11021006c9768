using System.Net;
using Ecosystem.Domain.Intake;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Packages;
using Ecosystem.GitHub.Tests.Fakes;

namespace Ecosystem.GitHub.Tests.Packages;

[TestClass]
public sealed class PackageIndexClientTests
{
    // One base URL without its final '/': the client adds it.
    private static readonly Dictionary<string, string> Urls = new() { ["pypi"] = "http://pypi.test", ["conda"] = "http://conda.test/" };

    [TestMethod]
    public async Task Package_on_pypi_exists()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""{"info":{"name":"torchfoo"}}""");
        var client = PackageIndexClient.Create(Urls, github.Options);

        Assert.IsTrue(await client.ExistsAsync(PackageIndex.PyPI, "torchfoo"));
        Assert.AreEqual("http://pypi.test/pypi/torchfoo/json", github.Handler.Requests.Single().Uri.ToString());
    }

    [TestMethod]
    public async Task Package_missing_from_conda_forge_does_not_exist()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.NotFound, """{"error":"\"torchfoo\" could not be found"}""");
        var client = PackageIndexClient.Create(Urls, github.Options);

        Assert.IsFalse(await client.ExistsAsync(PackageIndex.CondaForge, "torchfoo"));
        Assert.AreEqual("http://conda.test/package/conda-forge/torchfoo", github.Handler.Requests.Single().Uri.ToString());
    }

    [TestMethod]
    public async Task Index_outage_is_retried_then_reported()
    {
        using var github = new TestGateway(new GitHubResilienceOptions { MaxRetries = 1, Jitter = () => 0 });
        github.Handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.ServiceUnavailable);
        var client = PackageIndexClient.Create(Urls, github.Options);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.ExistsAsync(PackageIndex.PyPI, "torchfoo"));

        StringAssert.Contains(error.Message, "PyPI answered 503");
        Assert.HasCount(2, github.Handler.Requests);
    }

    [TestMethod]
    public async Task An_index_with_an_empty_url_is_off_and_never_asked()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.OK, "{}");
        var client = PackageIndexClient.Create(new Dictionary<string, string> { ["pypi"] = "", ["conda"] = "http://conda.test" }, github.Options);

        var facts = await client.LookUpAsync(["torchfoo"], CancellationToken.None);

        CollectionAssert.AreEqual(new[] { PackageIndex.PyPI }, facts.TurnedOff.ToArray());
        Assert.AreEqual(new PackageLookup(PackageIndex.CondaForge, "torchfoo", true), facts.Lookups.Single());
        Assert.AreEqual("http://conda.test/package/conda-forge/torchfoo", github.Handler.Requests.Single().Uri.ToString());
    }
}
