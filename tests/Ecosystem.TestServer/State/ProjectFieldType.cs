namespace Ecosystem.TestServer.State;

/// <summary>Project field data types, as GraphQL's <c>ProjectV2FieldType</c> spells them.</summary>
public enum ProjectFieldType
{
    Text,
    Number,
    Date,
    SingleSelect,
}
