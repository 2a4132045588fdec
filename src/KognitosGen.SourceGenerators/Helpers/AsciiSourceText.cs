using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>
/// Generated C# whose characters are all ASCII (as generated code nearly always is), held as one byte per character:
/// half the memory of a string. A cold run allocates its generated text once per process, and in a build or an IDE
/// session that memory is collected along with the compilation it was made for; the text is what the generator
/// allocates most. Reads back exactly as the same text in a string would, including its checksum (UTF-8 of ASCII
/// is the same bytes).
/// </summary>
internal sealed class AsciiSourceText : SourceText
{
    private readonly byte[] _characters;

    private AsciiSourceText(byte[] characters) => _characters = characters;

    /// <summary>The text of <paramref name="builder"/>: one byte per character when it is all ASCII, else a string.</summary>
    public static SourceText From(StringBuilder builder, ref char[]? scratch)
    {
        var length = builder.Length;
        if (scratch is null || scratch.Length < length)
            scratch = new char[Math.Max(length, 16 * 1024)];
        builder.CopyTo(0, scratch, 0, length);

        var characters = new byte[length];
        for (var i = 0; i < length; i++)
        {
            var ch = scratch[i];
            if (ch > 0x7F)
                return SourceText.From(new string(scratch, 0, length), Encoding.UTF8);
            characters[i] = (byte)ch;
        }

        return new AsciiSourceText(characters);
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _characters.Length;

    public override char this[int position] => (char)_characters[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (destination is null)
            throw new ArgumentNullException(nameof(destination));
        if (sourceIndex < 0 || count < 0 || sourceIndex > _characters.Length - count)
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        if (destinationIndex < 0 || destinationIndex > destination.Length - count)
            throw new ArgumentOutOfRangeException(nameof(destinationIndex));
        for (var i = 0; i < count; i++)
            destination[destinationIndex + i] = (char)_characters[sourceIndex + i];
    }
}
