using Aspire.Hosting.ApplicationModel;

namespace KognitosGen.Aspire.Hosting;

/// <summary>
/// A Kognitos account, reached at an endpoint or a cloud region with an API key held in a secret parameter; its
/// connection string is <c>Endpoint={url};Key={key}</c> or <c>Region={region};Key={key}</c>.
/// </summary>
/// <param name="name">The resource's name, which is also the connection's name.</param>
/// <param name="location">The connection string's part naming where: <c>Endpoint=https://...</c> or <c>Region=EU</c>.</param>
/// <param name="apiKey">The account's API key.</param>
public sealed class KognitosResource(string name, string location, ParameterResource apiKey) : Resource(name), IResourceWithConnectionString
{
    /// <summary>The API key (a secret parameter).</summary>
    public ParameterResource ApiKey { get; } = apiKey;

    /// <summary>Where the account is reached, as the connection string says it.</summary>
    public string Location { get; } = location;

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Location};Key={ApiKey}");
}
