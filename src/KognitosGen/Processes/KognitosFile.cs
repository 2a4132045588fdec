using System;
using System.IO;

namespace KognitosGen;

/// <summary>A file to upload for a run: a name, an optional content type, and where its bytes come from.</summary>
public sealed class KognitosFile
{
    private readonly Func<Stream> _open;
    private readonly Func<long?> _length;
    private readonly bool _ownsStream;

    private KognitosFile(string fileName, string? contentType, Func<Stream> open, Func<long?> length, bool ownsStream)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            throw new ArgumentException("A file name is required.", nameof(fileName));
        FileName = fileName;
        ContentType = contentType;
        _open = open;
        _length = length;
        _ownsStream = ownsStream;
    }

    /// <summary>The name the file is uploaded under.</summary>
    public string FileName { get; }

    /// <summary>The media type of the <c>file</c> part; <c>application/octet-stream</c> when null.</summary>
    public string? ContentType { get; }

    /// <summary>A file on disk, opened only when it is uploaded.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="contentType">Its media type, if known.</param>
    /// <param name="fileName">The name to upload it under; the path's file name when null.</param>
    public static KognitosFile FromPath(string path, string? contentType = null, string? fileName = null)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException("A path is required.", nameof(path));
        return new KognitosFile(fileName ?? Path.GetFileName(path), contentType,
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true),
            () => new FileInfo(path).Length, ownsStream: true);
    }

    /// <summary>A file held in memory.</summary>
    /// <param name="fileName">The name to upload it under.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">Their media type, if known.</param>
    public static KognitosFile FromBytes(string fileName, byte[] content, string? contentType = null)
    {
        if (content is null)
            throw new ArgumentNullException(nameof(content));
        return new KognitosFile(fileName, contentType, () => new MemoryStream(content, writable: false), () => content.Length, ownsStream: true);
    }

    /// <summary>
    /// A file read from a stream the caller owns and disposes. A seekable stream is read from its position at
    /// the time of this call on each upload; a non-seekable one can be uploaded once, and is sent without a
    /// length, which some storage endpoints refuse.
    /// </summary>
    /// <param name="fileName">The name to upload it under.</param>
    /// <param name="content">A readable stream.</param>
    /// <param name="contentType">Its media type, if known.</param>
    public static KognitosFile FromStream(string fileName, Stream content, string? contentType = null)
    {
        if (content is null)
            throw new ArgumentNullException(nameof(content));
        if (!content.CanRead)
            throw new ArgumentException("The stream must be readable.", nameof(content));
        var start = content.CanSeek ? content.Position : 0;
        return new KognitosFile(fileName, contentType, () =>
        {
            if (content.CanSeek)
                content.Position = start;
            return content;
        }, () => content.CanSeek ? content.Length - start : null, ownsStream: false);
    }

    /// <summary>
    /// Whether the bytes can be read again from the start, so that a failed upload may be sent again: true but for a
    /// non-seekable stream.
    /// </summary>
    internal bool CanBeReadAgain => _ownsStream || _length() is not null;

    /// <summary>The number of bytes to upload, when it can be known before reading them.</summary>
    internal long? Length => _length();

    /// <summary>Opens the bytes; the caller disposes the stream only when <paramref name="dispose"/> is true.</summary>
    internal Stream Open(out bool dispose)
    {
        dispose = _ownsStream;
        return _open();
    }

    /// <inheritdoc />
    public override string ToString() => FileName;
}
