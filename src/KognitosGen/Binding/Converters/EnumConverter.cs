using System;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>An enum by name: see <see cref="KognitosRead.TryEnum{TEnum}"/> and <see cref="KognitosWrite.Enum{TEnum}"/>.</summary>
internal sealed class EnumConverter<TEnum> : KognitosValueConverter<TEnum>
    where TEnum : struct, Enum
{
    public static readonly EnumConverter<TEnum> Instance = new();

    public override bool TryRead(ref Utf8JsonReader reader, out TEnum value) => KognitosRead.TryEnum(ref reader, out value);

    public override void Write(Utf8JsonWriter writer, TEnum value) => KognitosWrite.Enum(writer, value);
}
