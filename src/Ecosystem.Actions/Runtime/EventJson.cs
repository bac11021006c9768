using System.Text.Json.Serialization;
using Octokit.Webhooks.Events;
using Octokit.Webhooks.Events.IssueComment;
using Octokit.Webhooks.Events.Issues;
using IssueCommentModels = Octokit.Webhooks.Models.IssueCommentEvent;
using IssuesModels = Octokit.Webhooks.Models.IssuesEvent;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// Octokit.Webhooks' types for the events the caller workflow subscribes to, with their JSON metadata generated at
/// build time. Read by reflection, the library's large models (a repository alone has about 100 members) cost about
/// 45 ms of CPU at each start of a comment run, the most frequent run, and the generic code they instantiate at run
/// time could never be precompiled; generated, the image's composite ReadyToRun code covers it.
/// </summary>
[JsonSerializable(typeof(IssuesOpenedEvent))]
[JsonSerializable(typeof(IssuesEditedEvent))]
[JsonSerializable(typeof(IssuesReopenedEvent))]
[JsonSerializable(typeof(IssuesLabeledEvent))]
[JsonSerializable(typeof(IssuesUnlabeledEvent))]
[JsonSerializable(typeof(IssueCommentCreatedEvent))]
[JsonSerializable(typeof(IssueCommentEditedEvent))]
[JsonSerializable(typeof(IssueCommentDeletedEvent))]
[JsonSerializable(typeof(WorkflowDispatchEvent))]
[JsonSerializable(typeof(UntypedEvent))]
// Two events name their members' types alike; the generator needs distinct names for them.
[JsonSerializable(typeof(IssuesModels.Changes), TypeInfoPropertyName = "IssuesChanges")]
[JsonSerializable(typeof(IssuesModels.ChangesBody), TypeInfoPropertyName = "IssuesChangesBody")]
[JsonSerializable(typeof(IssueCommentModels.Changes), TypeInfoPropertyName = "IssueCommentChanges")]
[JsonSerializable(typeof(IssueCommentModels.ChangesBody), TypeInfoPropertyName = "IssueCommentChangesBody")]
internal sealed partial class EventJson : JsonSerializerContext;
