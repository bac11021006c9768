using System.Globalization;
using Ecosystem.TestServer.State;
using GraphQLParser.AST;

namespace Ecosystem.TestServer.GraphQL;

/// <summary>GitHub's GraphQL types of the contract, resolved from <see cref="GitHubState"/>. Use under the state lock.</summary>
internal sealed class GitHubGraph(GitHubState state, string baseUrl)
{
    private static readonly string[] FieldConfiguration = ["ProjectV2FieldConfiguration", "ProjectV2FieldCommon", "Node"];

    public GraphObject Root(OperationType operation) => operation == OperationType.Mutation ? Mutation() : Query();

    private GraphObject Query() => Obj("Query", new()
    {
        ["viewer"] = _ => User(state.EnsureUser(state.AuthenticatedLogin, UserKind.Bot)),
        ["repository"] = a => OwnedRepository(a.String("owner"), a),
        ["user"] = a => state.FindUser(a.String("login")) is { Kind: UserKind.User } u
            ? User(u)
            : throw GraphQLFieldException.NotFound($"Could not resolve to a User with the login of '{a.String("login")}'."),
        ["organization"] = a => state.FindUser(a.String("login")) is { Kind: UserKind.Organization } o
            ? Organization(o)
            : throw GraphQLFieldException.NotFound($"Could not resolve to an Organization with the login of '{a.String("login")}'."),
        // GitHub answers an unknown login here with null and no error, where user and organization answer NOT_FOUND.
        ["repositoryOwner"] = a => state.FindUser(a.String("login")) switch
        {
            { Kind: UserKind.User } u => User(u),
            { Kind: UserKind.Organization } o => Organization(o),
            _ => null,
        },
        ["node"] = a => NodeById(a.String("id")),
        ["rateLimit"] = _ => Obj("RateLimit", new()
        {
            ["limit"] = _ => 5000,
            ["cost"] = _ => 1,
            ["remaining"] = _ => 4999,
            ["used"] = _ => 1,
            ["resetAt"] = _ => Time(state.Now.AddHours(1)),
        }),
    });

    private GraphObject Mutation() => Obj("Mutation", new()
    {
        ["addProjectV2ItemById"] = a =>
        {
            var input = a.Object("input");
            var project = ProjectById(Text(input, "projectId"));
            var issue = IssueById(Text(input, "contentId"));
            var item = state.AddProjectItem(project, issue);
            return Obj("AddProjectV2ItemByIdPayload", new()
            {
                ["item"] = _ => Item(item),
                ["clientMutationId"] = _ => input.GetValueOrDefault("clientMutationId"),
            });
        },
        ["updateProjectV2ItemFieldValue"] = a =>
        {
            var input = a.Object("input");
            var (item, field) = ItemAndField(input);
            if (item.IsArchived)
            {
                throw new GraphQLFieldException("UNPROCESSABLE", "The item is archived and cannot be updated");
            }

            var value = input.GetValueOrDefault("value") as IReadOnlyDictionary<string, object?>
                ?? throw new GraphQLFieldException("INVALID_ARGUMENT", "Argument 'value' on InputObject 'UpdateProjectV2ItemFieldValueInput' is required.");
            item.Set(field.Id, FieldValue(field, value));
            return Obj("UpdateProjectV2ItemFieldValuePayload", new()
            {
                ["projectV2Item"] = _ => Item(item),
                ["clientMutationId"] = _ => input.GetValueOrDefault("clientMutationId"),
            });
        },
        ["unarchiveProjectV2Item"] = a =>
        {
            var input = a.Object("input");
            var item = ItemOf(ProjectById(Text(input, "projectId")), Text(input, "itemId"));
            item.IsArchived = false;
            return Obj("UnarchiveProjectV2ItemPayload", new()
            {
                ["item"] = _ => Item(item),
                ["clientMutationId"] = _ => input.GetValueOrDefault("clientMutationId"),
            });
        },
        ["clearProjectV2ItemFieldValue"] = a =>
        {
            var input = a.Object("input");
            var (item, field) = ItemAndField(input);
            item.Clear(field.Id);
            return Obj("ClearProjectV2ItemFieldValuePayload", new()
            {
                ["projectV2Item"] = _ => Item(item),
                ["clientMutationId"] = _ => input.GetValueOrDefault("clientMutationId"),
            });
        },
    });

    private GraphObject User(GitHubUser user) => Obj("User", new()
    {
        ["id"] = _ => user.NodeId,
        ["databaseId"] = _ => user.Id,
        ["login"] = _ => user.Login,
        ["name"] = _ => user.Name,
        ["url"] = _ => $"{baseUrl}{user.Login}",
        ["projectV2"] = a => ProjectOf(user.Login, a.Int("number")),
        ["repository"] = a => OwnedRepository(user.Login, a),
    }, "Actor", "Node", "ProjectV2Owner", "RepositoryOwner");

    private GraphObject Organization(GitHubUser organization) => Obj("Organization", new()
    {
        ["id"] = _ => organization.NodeId,
        ["login"] = _ => organization.Login,
        ["name"] = _ => organization.Name,
        ["url"] = _ => $"{baseUrl}{organization.Login}",
        ["projectV2"] = a => ProjectOf(organization.Login, a.Int("number")),
        ["team"] = a => state.FindTeam(organization.Login, a.String("slug")) is { } team ? Team(team) : null,
        ["repository"] = a => OwnedRepository(organization.Login, a),
    }, "Actor", "Node", "ProjectV2Owner", "RepositoryOwner");

    /// <summary><c>repository(name:)</c> of the query (with its owner) or of an owner; GitHub follows renames by default.</summary>
    private GraphObject OwnedRepository(string owner, GraphArguments arguments) =>
        state.FindRepositoryFollowingRenames(owner, arguments.String("name")) is { } r
            ? Repository(r)
            : throw GraphQLFieldException.NotFound($"Could not resolve to a Repository with the name '{owner}/{arguments.String("name")}'.");

    private GraphObject Team(Team team) => Obj("Team", new()
    {
        ["id"] = _ => $"T_{team.Id}",
        ["slug"] = _ => team.Slug,
        ["name"] = _ => team.Slug,
        ["members"] = a => Connection("TeamMemberConnection", "TeamMemberEdge", team.MemberList.Select(m => state.EnsureUser(m, UserKind.User)).ToList(), a, User),
    }, "Node");

    private GraphObject Repository(Repository repository) => Obj("Repository", new()
    {
        ["id"] = _ => repository.NodeId,
        ["name"] = _ => repository.Name,
        ["nameWithOwner"] = _ => repository.FullName,
        ["url"] = _ => $"{baseUrl}{repository.FullName}",
        ["isArchived"] = _ => repository.IsArchived,
        ["isFork"] = _ => repository.IsFork,
        ["isPrivate"] = _ => repository.IsPrivate,
        ["stargazerCount"] = _ => repository.Stars,
        ["owner"] = _ => state.EnsureUser(repository.Owner, UserKind.Organization) is { Kind: UserKind.Organization } o ? Organization(o) : User(state.EnsureUser(repository.Owner, UserKind.User)),
        ["licenseInfo"] = _ => repository.LicenseSpdxId is { } spdx
            ? Obj("License", new()
            {
                ["spdxId"] = _ => spdx,
                ["name"] = _ => spdx,
                ["key"] = _ => spdx.ToLowerInvariant(),
            }, "Node")
            : null,
        ["defaultBranchRef"] = _ => Obj("Ref", new()
        {
            ["name"] = _ => repository.DefaultBranch,
            ["target"] = _ => HeadCommit(repository),
        }, "Node"),
        ["object"] = a => GitObject(repository, a.String("expression")),
        ["issue"] = a => repository.IssueList.FirstOrDefault(i => i.Number == a.Int("number") && !i.IsPullRequest) is { } issue
            ? Issue(issue)
            : throw GraphQLFieldException.NotFound($"Could not resolve to an Issue with the number of {a.Int("number")}."),
        ["issues"] = a => Connection("IssueConnection", "IssueEdge", Issues(repository, a), a, Issue),
    }, "Node", "RepositoryInfo");

    /// <summary>
    /// <c>Repository.issues</c>: pull requests left out, filtered by <c>states</c> and by <c>labels</c> (an issue with any
    /// one of them, names compared without case, as GitHub does), in <c>orderBy</c> (default: oldest first).
    /// </summary>
    private static List<Issue> Issues(Repository repository, GraphArguments arguments)
    {
        var states = (arguments["states"] as IEnumerable<object?>)?.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var labels = (arguments["labels"] as IEnumerable<object?>)?.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var issues = repository.IssueList
            .Where(i => !i.IsPullRequest && (states is null || states.Contains(i.State.ToUpperInvariant())))
            .Where(i => labels is null || i.LabelNames.Any(labels.Contains))
            .ToList();
        var order = arguments["orderBy"] as IReadOnlyDictionary<string, object?>;
        Func<Issue, DateTimeOffset> key = order?.GetValueOrDefault("field") switch
        {
            "UPDATED_AT" => i => i.UpdatedAt,
            _ => i => i.CreatedAt,
        };
        var sorted = issues.OrderBy(key).ThenBy(i => i.Number);
        return order?.GetValueOrDefault("direction") as string == "DESC" ? [.. sorted.Reverse()] : [.. sorted];
    }

    private GraphObject HeadCommit(Repository repository)
    {
        var newestFirst = repository.CommitList.OrderByDescending(c => c.CommittedDate).ToList();
        return Obj("Commit", new()
        {
            ["oid"] = _ => newestFirst.FirstOrDefault()?.Oid ?? new string('0', 40),
            ["committedDate"] = _ => newestFirst.FirstOrDefault() is { } head ? Time(head.CommittedDate) : null,
            ["history"] = a =>
            {
                var since = a.OptionalString("since") is { } s ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
                var until = a.OptionalString("until") is { } u ? DateTimeOffset.Parse(u, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
                var window = newestFirst.Where(c => (since is null || c.CommittedDate >= since) && (until is null || c.CommittedDate <= until)).ToList();
                return Connection("CommitHistoryConnection", "CommitEdge", window, a, HistoryCommit);
            },
        }, "GitObject", "Node");
    }

    private GraphObject HistoryCommit(Commit commit) => Obj("Commit", new()
    {
        ["oid"] = _ => commit.Oid,
        ["committedDate"] = _ => Time(commit.CommittedDate),
        ["author"] = _ => Obj("GitActor", new()
        {
            ["email"] = _ => commit.AuthorEmail,
            ["name"] = _ => commit.AuthorName,
            ["date"] = _ => Time(commit.CommittedDate),
            ["user"] = _ => commit.AuthorLogin is { } login ? User(state.EnsureUser(login, UserKind.User)) : null,
        }),
    }, "GitObject", "Node");

    private GraphObject? GitObject(Repository repository, string expression)
    {
        var colon = expression.IndexOf(':', StringComparison.Ordinal);
        var revision = colon < 0 ? expression : expression[..colon];
        if (revision != "HEAD" && revision != repository.DefaultBranch)
        {
            return null;
        }
        if (colon < 0)
        {
            return HeadCommit(repository);
        }
        var path = expression[(colon + 1)..].Trim('/');
        if (repository.Paths.Contains(path))
        {
            return Blob(path, repository.FileTexts.GetValueOrDefault(path, ""));
        }
        var prefix = path.Length == 0 ? "" : path + "/";
        var children = repository.Paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p[prefix.Length..]).ToList();
        if (children.Count == 0)
        {
            return null;
        }
        var entries = children
            .Select(c => c.Contains('/', StringComparison.Ordinal) ? (Name: c[..c.IndexOf('/', StringComparison.Ordinal)], Type: "tree") : (Name: c, Type: "blob"))
            .Distinct()
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => Obj("TreeEntry", new()
            {
                ["name"] = _ => e.Name,
                ["type"] = _ => e.Type,
                ["path"] = _ => prefix + e.Name,
                ["mode"] = _ => e.Type == "tree" ? 16384 : 33188,
                ["oid"] = _ => Oid(prefix + e.Name),
            }))
            .ToList();
        return Obj("Tree", new()
        {
            ["oid"] = _ => Oid(path),
            ["entries"] = _ => entries,
        }, "GitObject", "Node");
    }

    // Git calls a file binary when it holds a NUL byte; GitHub then answers no text.
    private static GraphObject Blob(string path, string text)
    {
        var binary = text.Contains('\0', StringComparison.Ordinal);
        return Obj("Blob", new()
        {
            ["oid"] = _ => Oid(path),
            ["abbreviatedOid"] = _ => Oid(path)[..7],
            ["byteSize"] = _ => System.Text.Encoding.UTF8.GetByteCount(text),
            ["isBinary"] = _ => binary,
            ["isTruncated"] = _ => false,
            ["text"] = _ => binary ? null : text,
        }, "GitObject", "Node");
    }

    private GraphObject Issue(Issue issue) => Obj("Issue", new()
    {
        ["id"] = _ => issue.NodeId,
        ["number"] = _ => issue.Number,
        ["title"] = _ => issue.Title,
        ["url"] = _ => $"{baseUrl}{issue.Repository.FullName}/issues/{issue.Number}",
        ["state"] = _ => issue.State.ToUpperInvariant(),
        ["body"] = _ => issue.Body ?? string.Empty,
        ["createdAt"] = _ => Time(issue.CreatedAt),
        ["updatedAt"] = _ => Time(issue.UpdatedAt),
        ["closedAt"] = _ => issue.ClosedAt is { } closed ? Time(closed) : null,
        ["locked"] = _ => issue.IsLocked,
        ["author"] = _ => Actor(issue.Author),
        ["labels"] = a => Connection("LabelConnection", "LabelEdge", issue.LabelNames.ToList(), a, name => Obj("Label", new()
        {
            ["name"] = _ => name,
        }, "Node")),
        ["assignees"] = a => Connection("UserConnection", "UserEdge", issue.AssigneeList.Select(l => state.EnsureUser(l, UserKind.User)).ToList(), a, User),
        ["comments"] = a => Connection("IssueCommentConnection", "IssueCommentEdge", issue.CommentList.ToList(), a, IssueComment),
        ["timelineItems"] = a => Connection("IssueTimelineItemsConnection", "IssueTimelineItemsEdge", TimelineItems(issue, a), a, TimelineItem),
        ["projectItems"] = a => Connection(
            "ProjectV2ItemConnection",
            "ProjectV2ItemEdge",
            // GitHub lists archived items too unless asked not to (includeArchived defaults to true).
            state.AllProjects().SelectMany(p => p.ItemList).Where(i => i.Issue == issue && (!i.IsArchived || a["includeArchived"] is not false))
                .ToList(),
            a,
            Item),
    }, "Node", "ProjectV2ItemContent");

    /// <summary>The <c>Node</c> interface's lookup, for the node types the contract reads by id (issue comments).</summary>
    private GraphObject NodeById(string id) =>
        state.CommentsById.Values.FirstOrDefault(c => c.NodeId == id) is { } comment
            ? IssueComment(comment)
            : throw GraphQLFieldException.NotFound($"Could not resolve to a node with the global id of '{id}'");

    private GraphObject IssueComment(Comment comment) => Obj("IssueComment", new()
    {
        ["id"] = _ => comment.NodeId,
        ["databaseId"] = _ => comment.Id,
        ["body"] = _ => comment.Body,
        ["createdAt"] = _ => Time(comment.CreatedAt),
        ["updatedAt"] = _ => Time(comment.UpdatedAt),
        ["lastEditedAt"] = _ => comment.EditList.Count > 0 ? Time(comment.UpdatedAt) : null,
        ["url"] = _ => $"{baseUrl}{comment.Issue.Repository.FullName}/issues/{comment.Issue.Number}#issuecomment-{comment.Id}",
        ["userContentEdits"] = a => Connection("UserContentEditConnection", "UserContentEditEdge", comment.EditList, a, edit => Obj("UserContentEdit", new()
        {
            ["id"] = _ => $"UCE_{comment.Id}_{edit.Sequence}",
            ["createdAt"] = _ => Time(edit.EditedAt),
            ["updatedAt"] = _ => Time(edit.EditedAt),
            ["editedAt"] = _ => Time(edit.EditedAt),
            ["deletedAt"] = _ => null,
            ["diff"] = _ => edit.Text,
        }, "Node")),
        ["author"] = _ => Actor(comment.Author),
    }, "Node", "Comment", "Deletable", "Minimizable", "Reactable", "RepositoryNode", "Updatable", "UpdatableComment");

    /// <summary>The events of <c>itemTypes</c> (all six kinds kept in state when it is absent), oldest first.</summary>
    private static List<IssueEvent> TimelineItems(Issue issue, GraphArguments arguments)
    {
        var types = (arguments["itemTypes"] as IEnumerable<object?>)?.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. issue.EventList.Where(e => types is null || types.Contains(TimelineItemType(e.Event)))];
    }

    private static string TimelineItemType(string restEvent) => restEvent switch
    {
        "labeled" => "LABELED_EVENT",
        "unlabeled" => "UNLABELED_EVENT",
        "closed" => "CLOSED_EVENT",
        "locked" => "LOCKED_EVENT",
        "unlocked" => "UNLOCKED_EVENT",
        _ => "REOPENED_EVENT",
    };

    private GraphObject TimelineItem(IssueEvent item)
    {
        var fields = new Dictionary<string, Func<GraphArguments, object?>>(StringComparer.Ordinal)
        {
            ["id"] = _ => item.NodeId,
            ["createdAt"] = _ => Time(item.CreatedAt),
            ["actor"] = _ => Actor(item.Actor),
        };
        if (item.LabelName is { } label)
        {
            fields["label"] = _ => Obj("Label", new()
            {
                ["name"] = _ => label,
            }, "Node");
        }

        var typeName = item.Event switch
        {
            "labeled" => "LabeledEvent",
            "unlabeled" => "UnlabeledEvent",
            "closed" => "ClosedEvent",
            "locked" => "LockedEvent",
            "unlocked" => "UnlockedEvent",
            _ => "ReopenedEvent",
        };
        return new GraphObject(typeName, fields, "IssueTimelineItems", "Node");
    }

    /// <summary>An <c>Actor</c>: GraphQL names an app <c>Bot</c> with its login without the "[bot]" that REST shows.</summary>
    private GraphObject Actor(string login)
    {
        var user = state.EnsureUser(login, UserKind.User);
        if (user.Kind != UserKind.Bot)
        {
            return User(user);
        }

        var bare = user.Login.EndsWith("[bot]", StringComparison.Ordinal) ? user.Login[..^"[bot]".Length] : user.Login;
        return Obj("Bot", new()
        {
            ["id"] = _ => user.NodeId,
            ["databaseId"] = _ => user.Id,
            ["login"] = _ => bare,
            ["url"] = _ => $"{baseUrl}apps/{bare}",
        }, "Actor", "Node");
    }

    private GraphObject? ProjectOf(string owner, int number) =>
        state.FindProject(owner, number) is { } project
            ? Project(project)
            : throw GraphQLFieldException.NotFound($"Could not resolve to a ProjectV2 with the number {number}.");

    private GraphObject Project(Project project) => Obj("ProjectV2", new()
    {
        ["id"] = _ => project.NodeId,
        ["number"] = _ => project.Number,
        ["title"] = _ => project.Title,
        ["closed"] = _ => false,
        ["url"] = _ => $"{baseUrl}orgs/{project.Owner}/projects/{project.Number}",
        ["field"] = a => project.FieldByName(a.String("name")) is { } field ? Field(field) : null,
        ["fields"] = a => Connection("ProjectV2FieldConfigurationConnection", "ProjectV2FieldConfigurationEdge", project.FieldList, a, Field),
        ["items"] = a => Connection("ProjectV2ItemConnection", "ProjectV2ItemEdge", project.ItemList, a, Item),
    }, "Node");

    private GraphObject Field(ProjectField field)
    {
        var fields = new Dictionary<string, Func<GraphArguments, object?>>(StringComparer.Ordinal)
        {
            ["id"] = _ => field.Id,
            ["name"] = _ => field.Name,
            ["dataType"] = _ => field.Type switch
            {
                ProjectFieldType.SingleSelect => "SINGLE_SELECT",
                var other => other.ToString().ToUpperInvariant(),
            },
        };
        if (field.Type == ProjectFieldType.SingleSelect)
        {
            fields["options"] = _ => field.Options.Select(o => Obj("ProjectV2SingleSelectFieldOption", new()
            {
                ["id"] = _ => o.Id,
                ["name"] = _ => o.Name,
            })).ToList();
            return new GraphObject("ProjectV2SingleSelectField", fields, FieldConfiguration);
        }
        return new GraphObject("ProjectV2Field", fields, FieldConfiguration);
    }

    private GraphObject Item(ProjectItem item) => Obj("ProjectV2Item", new()
    {
        ["id"] = _ => item.NodeId,
        ["type"] = _ => "ISSUE",
        ["isArchived"] = _ => item.IsArchived,
        ["project"] = _ => Project(item.Project),
        ["content"] = _ => Issue(item.Issue),
        ["fieldValueByName"] = a =>
        {
            var field = item.Project.FieldByName(a.String("name"));
            return field is not null && item.ValueList.TryGetValue(field.Id, out var value)
                ? FieldValueObject(field, value, item.SetAtList[field.Id])
                : null;
        },
    }, "Node");

    /// <summary>
    /// A field's value as GitHub answers it: its own fields by type, and <c>field</c> and <c>updatedAt</c>
    /// (ProjectV2ItemFieldValueCommon).
    /// </summary>
    private GraphObject FieldValueObject(ProjectField field, string value, DateTimeOffset setAt)
    {
        string[] kinds = ["ProjectV2ItemFieldValue", "ProjectV2ItemFieldValueCommon", "Node"];
        var own = new Dictionary<string, Func<GraphArguments, object?>> { ["field"] = _ => Field(field), ["updatedAt"] = _ => Time(setAt) };
        switch (field.Type)
        {
            case ProjectFieldType.SingleSelect:
                own["optionId"] = _ => value;
                own["name"] = _ => field.Options.FirstOrDefault(o => o.Id == value)?.Name;
                return Obj("ProjectV2ItemFieldSingleSelectValue", own, kinds);
            case ProjectFieldType.Date:
                own["date"] = _ => value;
                return Obj("ProjectV2ItemFieldDateValue", own, kinds);
            case ProjectFieldType.Number:
                own["number"] = _ => double.Parse(value, CultureInfo.InvariantCulture);
                return Obj("ProjectV2ItemFieldNumberValue", own, kinds);
            default:
                own["text"] = _ => value;
                return Obj("ProjectV2ItemFieldTextValue", own, kinds);
        }
    }

    private static string FieldValue(ProjectField field, IReadOnlyDictionary<string, object?> value)
    {
        string Need(string key) => value.GetValueOrDefault(key) is { } v
            ? Convert.ToString(v, CultureInfo.InvariantCulture)!
            : throw new GraphQLFieldException("UNPROCESSABLE", $"Field '{field.Name}' needs a value of '{key}'.");
        switch (field.Type)
        {
            case ProjectFieldType.SingleSelect:
                var optionId = Need("singleSelectOptionId");
                return field.Options.Any(o => o.Id == optionId)
                    ? optionId
                    : throw new GraphQLFieldException("UNPROCESSABLE", $"The single select option Id does not belong to the field ('{optionId}' on '{field.Name}').");
            case ProjectFieldType.Date:
                var date = Need("date");
                return DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : throw new GraphQLFieldException("UNPROCESSABLE", $"'{date}' is not a valid date for field '{field.Name}'.");
            case ProjectFieldType.Number:
                return Need("number");
            default:
                return Need("text");
        }
    }

    private (ProjectItem Item, ProjectField Field) ItemAndField(IReadOnlyDictionary<string, object?> input)
    {
        var project = ProjectById(Text(input, "projectId"));
        var item = ItemOf(project, Text(input, "itemId"));
        var fieldId = Text(input, "fieldId");
        var field = project.FieldList.FirstOrDefault(f => f.Id == fieldId)
            ?? throw GraphQLFieldException.NotFound($"Could not resolve to a node with the global id of '{fieldId}'");
        return (item, field);
    }

    private static ProjectItem ItemOf(Project project, string itemId) =>
        project.ItemList.FirstOrDefault(i => i.NodeId == itemId)
        ?? throw GraphQLFieldException.NotFound($"Could not resolve to a node with the global id of '{itemId}'");

    private Project ProjectById(string id) =>
        state.AllProjects().FirstOrDefault(p => p.NodeId == id)
        ?? throw GraphQLFieldException.NotFound($"Could not resolve to a node with the global id of '{id}'");

    private Issue IssueById(string id) =>
        state.AllRepositories().SelectMany(r => r.IssueList).FirstOrDefault(i => i.NodeId == id)
        ?? throw GraphQLFieldException.NotFound($"Could not resolve to a node with the global id of '{id}'");

    private static string Text(IReadOnlyDictionary<string, object?> input, string key) =>
        input.GetValueOrDefault(key) as string
        ?? throw new GraphQLFieldException("INVALID_ARGUMENT", $"Argument '{key}' on the input object is required.");

    private static GraphObject Connection<T>(string typeName, string edgeTypeName, IReadOnlyList<T> all, GraphArguments arguments, Func<T, GraphObject> node)
    {
        var first = arguments.OptionalInt("first");
        if (first is null)
        {
            // GitHub refuses unbounded connections (this server does not serve `last`).
            throw new GraphQLFieldException("MISSING_PAGINATION_BOUNDARIES", $"You must provide a `first` or `last` value to properly paginate the `{typeName}` connection.");
        }
        if (first is < 0 or > 100)
        {
            throw new GraphQLFieldException("EXCESSIVE_PAGE_SIZE", $"Requesting {first} records on the `{typeName}` connection exceeds the `first` limit of 100 records.");
        }
        var start = Math.Min(Cursor.After(arguments.OptionalString("after")), all.Count);
        var count = Math.Min(first.Value, all.Count - start);
        var page = Enumerable.Range(start, count).ToList();
        return Obj(typeName, new()
        {
            ["totalCount"] = _ => all.Count,
            ["nodes"] = _ => page.Select(i => node(all[i])).ToList(),
            ["edges"] = _ => page.Select(i => Obj(edgeTypeName, new()
            {
                ["cursor"] = _ => Cursor.For(i),
                ["node"] = _ => node(all[i]),
            })).ToList(),
            ["pageInfo"] = _ => Obj("PageInfo", new()
            {
                ["hasNextPage"] = _ => start + count < all.Count,
                ["hasPreviousPage"] = _ => start > 0,
                ["startCursor"] = _ => count > 0 ? Cursor.For(start) : null,
                ["endCursor"] = _ => count > 0 ? Cursor.For(start + count - 1) : null,
            }),
        });
    }

    private static GraphObject Obj(string typeName, Dictionary<string, Func<GraphArguments, object?>> fields, params string[] abstractTypes) =>
        new(typeName, fields, abstractTypes);

    private static string Oid(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(path)));

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
