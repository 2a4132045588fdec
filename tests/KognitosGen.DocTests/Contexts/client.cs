// context=client: `client`, a KognitosClient on the in-process emulator serving samples/emulator/demo.json's
// scenario (the agent a7xm2kp9qwj3v5nh8t4c6r1e9z and its processes, key "dev-key"), new for each block run.
global using static DocContexts.ClientContext;

namespace DocContexts;

internal static class ClientContext
{
    public static KognitosClient client => KognitosGen.DocTests.Running.DocSession.Current.Client;
}
