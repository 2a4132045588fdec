using System.Text.Json;

namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>Sends one input of every supported type; the emulator echoes each back as an output.</summary>
[KognitosProcess("to echo every type", AgentId = Ids.Agent, ProcessId = Ids.Echo, JsonContext = typeof(RunningJson))]
public sealed partial class EchoEveryType
{
    [KognitosInput("text")] public string Text { get; init; } = "";
    [KognitosInput("flag")] public bool Flag { get; init; }
    [KognitosInput("tiny")] public byte Tiny { get; init; }
    [KognitosInput("signed tiny")] public sbyte SignedTiny { get; init; }
    [KognitosInput("short")] public short Short { get; init; }
    [KognitosInput("unsigned short")] public ushort UnsignedShort { get; init; }
    [KognitosInput("int")] public int Int { get; init; }
    [KognitosInput("unsigned int")] public uint UnsignedInt { get; init; }
    [KognitosInput("long")] public long Long { get; init; }
    [KognitosInput("unsigned long")] public ulong UnsignedLong { get; init; }
    [KognitosInput("float")] public float Float { get; init; }
    [KognitosInput("double")] public double Double { get; init; }
    [KognitosInput("money")] public decimal Money { get; init; }
    [KognitosInput("when")] public DateTime When { get; init; }
    [KognitosInput("when exactly")] public DateTimeOffset WhenExactly { get; init; }
    [KognitosInput("day")] public DateOnly Day { get; init; }
    [KognitosInput("time")] public TimeOnly Time { get; init; }
    [KognitosInput("duration")] public TimeSpan Duration { get; init; }
    [KognitosInput("id")] public Guid Id { get; init; }
    [KognitosInput("link")] public Uri? Link { get; init; }
    [KognitosInput("color")] public Color Color { get; init; }
    [KognitosInput("maybe")] public int? Maybe { get; init; }
    [KognitosInput("numbers")] public List<int> Numbers { get; init; } = [];
    [KognitosInput("words")] public string[] Words { get; init; } = [];
    [KognitosInput("prices")] public IReadOnlyList<decimal> Prices { get; init; } = [];
    [KognitosInput("counts")] public Dictionary<string, int> Counts { get; init; } = [];
    [KognitosInput("raw")] public JsonElement Raw { get; init; }
    [KognitosInput("address")] public Address? Address { get; init; }
    [KognitosInput("route")] public List<Address> Route { get; init; } = [];

    [KognitosOutput("the output text")] public string? TextOut { get; private set; }
    [KognitosOutput("the output flag")] public bool FlagOut { get; private set; }
    [KognitosOutput("the output tiny")] public byte TinyOut { get; private set; }
    [KognitosOutput("the output signed tiny")] public sbyte SignedTinyOut { get; private set; }
    [KognitosOutput("the output short")] public short ShortOut { get; private set; }
    [KognitosOutput("the output unsigned short")] public ushort UnsignedShortOut { get; private set; }
    [KognitosOutput("the output int")] public int IntOut { get; private set; }
    [KognitosOutput("the output unsigned int")] public uint UnsignedIntOut { get; private set; }
    [KognitosOutput("the output long")] public long LongOut { get; private set; }
    [KognitosOutput("the output unsigned long")] public ulong UnsignedLongOut { get; private set; }
    [KognitosOutput("the output float")] public float FloatOut { get; private set; }
    [KognitosOutput("the output double")] public double DoubleOut { get; private set; }
    [KognitosOutput("the output money")] public decimal MoneyOut { get; private set; }
    [KognitosOutput("the output when")] public DateTime WhenOut { get; private set; }
    [KognitosOutput("the output when exactly")] public DateTimeOffset WhenExactlyOut { get; private set; }
    [KognitosOutput("the output day")] public DateOnly DayOut { get; private set; }
    [KognitosOutput("the output time")] public TimeOnly TimeOut { get; private set; }
    [KognitosOutput("the output duration")] public TimeSpan DurationOut { get; private set; }
    [KognitosOutput("the output id")] public Guid IdOut { get; private set; }
    [KognitosOutput("the output link")] public Uri? LinkOut { get; private set; }
    [KognitosOutput("the output color")] public Color ColorOut { get; private set; }
    [KognitosOutput("the output maybe")] public int? MaybeOut { get; private set; } = -1;
    [KognitosOutput("the output numbers")] public List<int>? NumbersOut { get; private set; }
    [KognitosOutput("the output words")] public string[]? WordsOut { get; private set; }
    [KognitosOutput("the output prices")] public IReadOnlyList<decimal>? PricesOut { get; private set; }
    [KognitosOutput("the output counts")] public IReadOnlyDictionary<string, int>? CountsOut { get; private set; }
    [KognitosOutput("the output raw")] public JsonElement RawOut { get; private set; }
    [KognitosOutput("the output address")] public Address? AddressOut { get; private set; }
    [KognitosOutput("the output route")] public List<Address>? RouteOut { get; private set; }
}
