using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>The presigned-POST fields issued for one file and when its policy expires (on the emulator's clock); the upload route checks them.</summary>
internal sealed record UploadGrant(
    string Key,
    string AccessKeyId,
    string SecurityToken,
    string Policy,
    string Signature,
    string ContentType,
    DateTimeOffset Expires)
{
    /// <summary>The fields in the order the docs list them.</summary>
    public IReadOnlyDictionary<string, string> ToUploadFields() => new Dictionary<string, string>
    {
        ["key"] = Key,
        ["AWSAccessKeyId"] = AccessKeyId,
        ["x-amz-security-token"] = SecurityToken,
        ["policy"] = Policy,
        ["signature"] = Signature,
        ["Content-Type"] = ContentType,
    };
}
