namespace KognitosGen;

/// <summary>The Kognitos region whose REST API a client calls.</summary>
public enum KognitosRegion
{
    /// <summary>United States: <c>https://rest-api.app.kognitos.com</c>.</summary>
    US = 0,

    /// <summary>European Union: <c>https://rest-api.eu.kognitos.com</c>.</summary>
    EU = 1,

    /// <summary>United Kingdom: <c>https://rest-api.uk.kognitos.com</c>.</summary>
    UK = 2,
}
