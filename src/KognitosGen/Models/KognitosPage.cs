using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KognitosGen;

/// <summary>One page of a list endpoint.</summary>
/// <typeparam name="T">The listed resource.</typeparam>
public sealed class KognitosPage<T>
{
    /// <summary>The items of this page as sent; the API may send <c>null</c>.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<T>? ItemsOrNull { get; init; }

    /// <summary>The items of this page, empty when the server sent none.</summary>
    [JsonIgnore]
    public IReadOnlyList<T> Items => ItemsOrNull ?? Array.Empty<T>();

    /// <summary>The token that fetches the next page; null on the last page.</summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Whether another page follows.</summary>
    [JsonIgnore]
    public bool HasMore => !string.IsNullOrEmpty(ContinuationToken);
}
