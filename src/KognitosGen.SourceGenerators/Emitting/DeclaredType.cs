using System.Text;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Model;

namespace KognitosGen.SourceGenerators.Emitting;

/// <summary>A type as a declaration spells it (<c>?</c> when nullable), written in place.</summary>
internal readonly struct DeclaredType : ISourceFragment
{
    private readonly TypeSpec _type;

    public DeclaredType(TypeSpec type) => _type = type;

    public void WriteTo(StringBuilder builder)
    {
        builder.Append(_type.TypeName);
        if (_type.IsNullable)
            builder.Append('?');
    }
}
