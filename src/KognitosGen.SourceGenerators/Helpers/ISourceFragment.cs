using System.Text;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>
/// Generated C# that writes itself straight into the text being built (see <see cref="SourceWriter.LineHandler"/>):
/// what a file is made of need not become a string first.
/// </summary>
internal interface ISourceFragment
{
    void WriteTo(StringBuilder builder);
}
