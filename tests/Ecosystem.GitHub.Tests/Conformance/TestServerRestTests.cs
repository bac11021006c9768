using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Ecosystem.GitHub.Tests.Conformance;

[TestClass]
public sealed class TestServerRestTests : SeededServerTests
{
    [TestMethod]
    public async Task Pages_carry_GitHubs_Link_header_with_absolute_urls()
    {
        using var response = await Http.GetAsync("repos/pytorch-fdn/ecosystem/issues?state=all&per_page=2&sort=created&direction=asc");
        var link = response.Headers.GetValues("Link").Single();
        var base_ = Server.RestUri.ToString();

        Assert.AreEqual(
            $"<{base_}repos/pytorch-fdn/ecosystem/issues?state=all&per_page=2&sort=created&direction=asc&page=2>; rel=\"next\", "
            + $"<{base_}repos/pytorch-fdn/ecosystem/issues?state=all&per_page=2&sort=created&direction=asc&page=2>; rel=\"last\"",
            link);
        var numbers = (await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(i => i!["number"]!.GetValue<int>());
        CollectionAssert.AreEqual(new[] { 1, 2 }, numbers.ToArray());
    }

    [TestMethod]
    public async Task Last_page_links_back_and_has_no_next()
    {
        using var response = await Http.GetAsync("repos/pytorch-fdn/ecosystem/issues?state=all&per_page=2&page=2");
        var link = response.Headers.GetValues("Link").Single();

        Assert.DoesNotContain("rel=\"next\"", link);
        Assert.Contains("page=1>; rel=\"first\"", link);
        Assert.Contains("page=1>; rel=\"prev\"", link);
        Assert.HasCount(1, (await response.Content.ReadFromJsonAsync<JsonArray>())!);
    }

    [TestMethod]
    public async Task Issues_list_filters_state_and_labels_and_marks_pull_requests()
    {
        var open = (await Http.GetFromJsonAsync<JsonArray>("repos/pytorch-fdn/ecosystem/issues"))!;
        var labelled = (await Http.GetFromJsonAsync<JsonArray>("repos/pytorch-fdn/ecosystem/issues?state=all&labels=New,in%20voting"))!;

        Assert.HasCount(3, open);
        Assert.IsNotNull(open.Single(i => i!["number"]!.GetValue<int>() == 3)!["pull_request"]);
        Assert.AreEqual(1, labelled.Single()!["number"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task Adding_labels_creates_unknown_ones_and_records_labeled_events_by_the_token_login()
    {
        using var response = await Http.PostAsJsonAsync("repos/pytorch-fdn/ecosystem/issues/2/labels", new { labels = new[] { "Brand new", "New" } });
        var labels = (await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(l => l!["name"]!.GetValue<string>());

        CollectionAssert.AreEqual(new[] { "New", "Brand new" }, labels.ToArray());
        Assert.IsTrue(Server.State.Repository("pytorch-fdn", "ecosystem").Labels.Any(l => l.Name == "Brand new"));
        var labeled = Server.State.Issue("pytorch-fdn", "ecosystem", 2).Events.Single();
        Assert.AreEqual(("labeled", "Brand new", "ecosystem-bot[bot]"), (labeled.Event, labeled.LabelName, labeled.Actor));
    }

    [TestMethod]
    public async Task Removing_a_label_the_issue_lacks_is_404()
    {
        using var response = await Http.DeleteAsync("repos/pytorch-fdn/ecosystem/issues/2/labels/Accepted");

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.AreEqual("Label does not exist", (await response.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Closing_through_patch_sets_reason_and_records_the_event()
    {
        using var response = await Http.PatchAsJsonAsync("repos/pytorch-fdn/ecosystem/issues/2", new { state = "closed", state_reason = "not_planned" });
        var issue = Server.State.Issue("pytorch-fdn", "ecosystem", 2);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(("closed", "not_planned"), (issue.State, issue.StateReason));
        Assert.AreEqual(SeededServer.Now, issue.ClosedAt);
        Assert.AreEqual("closed", issue.Events.Single().Event);
    }

    [TestMethod]
    public async Task Comments_made_through_the_api_belong_to_the_token_login_as_a_bot()
    {
        using var created = await Http.PostAsJsonAsync("repos/pytorch-fdn/ecosystem/issues/2/comments", new { body = "<!-- ecosystem:intake -->" });
        var comment = (await created.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode);
        Assert.AreEqual("ecosystem-bot[bot]", comment["user"]!["login"]!.GetValue<string>());
        Assert.AreEqual("Bot", comment["user"]!["type"]!.GetValue<string>());
        using var deleted = await Http.DeleteAsync($"repos/pytorch-fdn/ecosystem/issues/comments/{comment["id"]}");
        Assert.AreEqual(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.IsEmpty(Server.State.Issue("pytorch-fdn", "ecosystem", 2).Comments);
    }

    [TestMethod]
    public async Task Links_for_people_are_github_coms_https_addresses_while_the_api_links_name_the_server()
    {
        // As GitHub gives them (https://github.com/octocat/Hello-World/issues/1347#issuecomment-1 in its OpenAPI examples):
        // a tally's stored state keeps ballot links only when they are https.
        using var created = await Http.PostAsJsonAsync("repos/pytorch-fdn/ecosystem/issues/2/comments", new { body = "/vote approve" });
        var comment = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var issue = (await Http.GetFromJsonAsync<JsonObject>("repos/pytorch-fdn/ecosystem/issues/2"))!;

        Assert.AreEqual($"https://github.com/pytorch-fdn/ecosystem/issues/2#issuecomment-{comment["id"]}", comment["html_url"]!.GetValue<string>());
        Assert.AreEqual("https://github.com/pytorch-fdn/ecosystem/issues/2", issue["html_url"]!.GetValue<string>());
        Assert.AreEqual("https://github.com/ecosystem-bot%5Bbot%5D", comment["user"]!["html_url"]!.GetValue<string>());
        Assert.AreEqual($"{Server.RestUri}repos/pytorch-fdn/ecosystem/issues/2", comment["issue_url"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Unknown_repository_is_404_in_GitHubs_shape()
    {
        using var response = await Http.GetAsync("repos/acme/gone");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.AreEqual("Not Found", body["message"]!.GetValue<string>());
        Assert.IsNotNull(body["documentation_url"]);
    }

    [TestMethod]
    public async Task Request_without_a_token_is_401_and_the_log_records_sent_tokens()
    {
        using var anonymous = SeededServer.Rest(Server, token: null);
        using var response = await anonymous.GetAsync("repos/acme/widget");
        await Http.GetAsync("repos/acme/widget");

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        CollectionAssert.AreEqual(new[] { null, SeededServer.Token }, Server.Requests.Select(r => r.Token).ToArray());
    }

    [TestMethod]
    public async Task Every_answer_carries_rate_limit_headers()
    {
        using var response = await Http.GetAsync("users/alice");

        Assert.AreEqual("5000", response.Headers.GetValues("x-ratelimit-limit").Single());
        Assert.AreEqual("core", response.Headers.GetValues("x-ratelimit-resource").Single());
        Assert.IsGreaterThan(SeededServer.Now.ToUnixTimeSeconds(), long.Parse(response.Headers.GetValues("x-ratelimit-reset").Single()));
    }

    [TestMethod]
    public async Task Write_requests_lists_only_changes()
    {
        await Http.GetAsync("repos/pytorch-fdn/ecosystem/issues/1");
        await Http.PostAsJsonAsync("repos/pytorch-fdn/ecosystem/issues/1/comments", new { body = "hi" });

        var write = Server.WriteRequests.Single();
        Assert.AreEqual(("POST", "/api/v3/repos/pytorch-fdn/ecosystem/issues/1/comments", 201), (write.Method, write.Path, write.Status));
        Assert.Contains("\"hi\"", write.Body!);
        Server.ClearLog();
        Assert.IsEmpty(Server.Requests);
    }

    [TestMethod]
    public async Task Package_indexes_answer_seeded_packages_and_404_otherwise()
    {
        using var anonymous = new HttpClient { BaseAddress = Server.BaseUri };
        var pypi = (await anonymous.GetFromJsonAsync<JsonObject>("pypi/widget/json"))!;
        var conda = (await anonymous.GetFromJsonAsync<JsonObject>("conda/package/conda-forge/widget"))!;
        using var missing = await anonymous.GetAsync("pypi/nothing/json");

        Assert.AreEqual("2.1.0", pypi["info"]!["version"]!.GetValue<string>());
        Assert.AreEqual("2.1.0", conda["latest_version"]!.GetValue<string>());
        Assert.AreEqual(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
