using System;

namespace KognitosGen;

/// <summary>Marks a property of a <see cref="KognitosProcessAttribute"/> class as an output fact, bound from the finished run.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class KognitosOutputAttribute : Attribute
{
    /// <summary>Names the fact.</summary>
    /// <param name="factName">the fact name, which by Kognitos convention starts with "the output", for example "the output total".</param>
    public KognitosOutputAttribute(string factName) => FactName = factName;

    /// <summary>The fact name as written in the Kognitos process.</summary>
    public string FactName { get; }
}
