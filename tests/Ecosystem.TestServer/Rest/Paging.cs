using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Ecosystem.TestServer.Rest;

/// <summary>GitHub's page-number pagination: <c>per_page</c> (default 30, max 100), <c>page</c>, and the <c>Link</c> header.</summary>
internal static class Paging
{
    public static JsonArray Page(HttpContext context, IReadOnlyList<JsonNode> all)
    {
        var perPage = Math.Clamp(Number(context, "per_page", 30), 1, 100);
        var page = Math.Max(Number(context, "page", 1), 1);
        var last = Math.Max((all.Count + perPage - 1) / perPage, 1);
        var links = new List<string>();
        if (page < last)
        {
            links.Add($"<{PageUrl(context, page + 1)}>; rel=\"next\"");
            links.Add($"<{PageUrl(context, last)}>; rel=\"last\"");
        }
        if (page > 1)
        {
            links.Add($"<{PageUrl(context, 1)}>; rel=\"first\"");
            links.Add($"<{PageUrl(context, Math.Min(page - 1, last))}>; rel=\"prev\"");
        }
        if (links.Count > 0)
        {
            context.Response.Headers["Link"] = string.Join(", ", links);
        }
        return [.. all.Skip((page - 1) * perPage).Take(perPage).Select(n => n.DeepClone())];
    }

    private static int Number(HttpContext context, string name, int fallback) =>
        int.TryParse(context.Request.Query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string PageUrl(HttpContext context, int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in QueryHelpers.ParseQuery(context.Request.QueryString.Value))
        {
            if (key != "page")
            {
                query.Add(key, [.. values.Select(v => v ?? "")]);
            }
        }
        query.Add("page", page.ToString(CultureInfo.InvariantCulture));
        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query.ToQueryString()}";
    }
}
