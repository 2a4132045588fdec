using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// Cache keys spelled with source text (an import scope's directives, a type as written), one string per distinct key
/// of a compilation. A key is copied out of its file's text into a reused buffer and looked up there: a string is made
/// only the first time the compilation meets that spelling, not once per class or property that spells it again.
/// </summary>
internal sealed class SourceTextKeys
{
    // A buffer this large is not kept for the next key.
    private const int MaxKeptCharacters = 16 * 1024;

    [ThreadStatic]
    private static char[]? t_spare;

    // By hash, the first text seen with it. A compilation's classes may be parsed on more than one thread; reads take
    // no lock (a lock here showed its slow path in traces, once per key). A second text with the same hash is not
    // interned, only made again each time (still a correct key).
    private readonly ConcurrentDictionary<int, string> _byHash = new();

    /// <summary>A key being spelled; <see cref="Builder.ToKey"/> ends it.</summary>
    public Builder Start()
    {
        var chars = t_spare ?? new char[256];
        t_spare = null;
        return new Builder(this, chars);
    }

    private string Intern(char[] chars, int length)
    {
        var hash = length;
        for (var i = 0; i < length; i++)
            hash = unchecked((hash * 31) + chars[i]);

        if (_byHash.TryGetValue(hash, out var known) && SameText(known, chars, length))
            return known;
        var made = new string(chars, 0, length);
        var first = _byHash.GetOrAdd(hash, made);
        return SameText(first, chars, length) ? first : made;
    }

    private static bool SameText(string key, char[] chars, int length)
    {
        if (key.Length != length)
            return false;
        for (var i = 0; i < length; i++)
        {
            if (key[i] != chars[i])
                return false;
        }

        return true;
    }

    public struct Builder
    {
        private readonly SourceTextKeys _keys;
        private char[] _chars;
        private int _length;

        public Builder(SourceTextKeys keys, char[] chars) => (_keys, _chars, _length) = (keys, chars, 0);

        public void Append(char value)
        {
            Reserve(1);
            _chars[_length++] = value;
        }

        public void Append(string value)
        {
            Reserve(value.Length);
            value.CopyTo(0, _chars, _length, value.Length);
            _length += value.Length;
        }

        /// <summary>The node's text without its outer trivia, as <see cref="SyntaxNode.ToString"/> gives it.</summary>
        public void Append(SyntaxNode node)
        {
            // A parsed tree holds its text; a tree built another way would have to make it, so the node spells itself.
            if (!node.SyntaxTree.TryGetText(out var text))
            {
                Append(node.ToString());
                return;
            }

            var span = node.Span;
            Reserve(span.Length);
            text.CopyTo(span.Start, _chars, _length, span.Length);
            _length += span.Length;
        }

        /// <summary>The key spelled so far, the compilation's one string for it; the builder is done.</summary>
        public string ToKey()
        {
            var key = _keys.Intern(_chars, _length);
            if (_chars.Length <= MaxKeptCharacters)
                t_spare = _chars;
            _chars = null!;
            return key;
        }

        private void Reserve(int count)
        {
            if (_length + count <= _chars.Length)
                return;
            var larger = new char[Math.Max(_chars.Length * 2, _length + count)];
            Array.Copy(_chars, larger, _length);
            _chars = larger;
        }
    }
}
