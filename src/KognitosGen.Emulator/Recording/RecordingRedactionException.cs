using System;

namespace KognitosGen.Recording;

/// <summary>
/// The recording writer met a value it has not classified, or a known secret survived redaction: it writes nothing
/// rather than risk a secret in the file. The message names the member, never the value.
/// </summary>
internal sealed class RecordingRedactionException(string message) : Exception(message);
