// context=secret-store: `apiKeyFromYourSecretStore`, the key a program would read from its secret store.
global using static DocContexts.SecretStoreContext;

namespace DocContexts;

internal static class SecretStoreContext
{
    public static string apiKeyFromYourSecretStore => "dev-key";
}
