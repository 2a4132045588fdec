using System;
using System.Text;

namespace KognitosGen.Wire;

/// <summary>Builds a query string with every value escaped; null values are left out.</summary>
internal sealed class QueryString
{
    private readonly StringBuilder _builder = new();

    public QueryString Add(string name, string? value)
    {
        if (value is null)
            return this;
        _builder.Append(_builder.Length == 0 ? '?' : '&')
            .Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryString Add(string name, int? value) =>
        value is null ? this : Add(name, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => _builder.ToString();
}
