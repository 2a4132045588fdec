using System;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace KognitosGen.Emulator;

/// <summary>
/// Opaque continuation tokens: a position plus a MAC over (query, position) under a per-instance key.
/// A token altered, invented, issued for another query or by another emulator instance fails to decode,
/// which the endpoints answer with 400.
/// </summary>
internal sealed class ContinuationTokenCodec
{
    private const int PositionBytes = sizeof(long);
    private const int MacBytes = 12;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Encode(string query, long position)
    {
        Span<byte> token = stackalloc byte[PositionBytes + MacBytes];
        BinaryPrimitives.WriteInt64BigEndian(token, position);
        Mac(query, position).CopyTo(token[PositionBytes..]);
        return Base64Url.EncodeToString(token);
    }

    public bool TryDecode(string token, string query, out long position)
    {
        position = 0;
        Span<byte> bytes = stackalloc byte[PositionBytes + MacBytes + 3];
        // IsValid first: TryDecodeFromChars throws, rather than returns false, on characters outside the alphabet.
        if (token.Length == 0 || !Base64Url.IsValid(token) || !Base64Url.TryDecodeFromChars(token, bytes, out var written)
            || written != PositionBytes + MacBytes)
            return false;

        var candidate = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (!CryptographicOperations.FixedTimeEquals(Mac(query, candidate), bytes.Slice(PositionBytes, MacBytes)))
            return false;

        position = candidate;
        return true;
    }

    private byte[] Mac(string query, long position)
    {
        var message = Encoding.UTF8.GetBytes(query + "\n" + position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return HMACSHA256.HashData(_key, message)[..MacBytes];
    }
}
