using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KognitosGen.Aspire.Client.Tests;

/// <summary>One client per connection for the host's life, whatever the scope.</summary>
public sealed class LifetimeTests
{
    private static IHost Build(Action<HostApplicationBuilder> add)
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?>
        {
            ["ConnectionStrings:kognitos"] = "Endpoint=http://127.0.0.1:9/;Key=k",
            ["ConnectionStrings:eu"] = "Endpoint=http://127.0.0.1:10/;Key=k",
        });
        add(builder);
        return builder.Build();
    }

    [Fact]
    public void The_client_is_a_singleton_across_scopes()
    {
        using var host = Build(builder => builder.AddKognitosClient("kognitos"));

        using var first = host.Services.CreateScope();
        using var second = host.Services.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<KognitosClient>(), second.ServiceProvider.GetRequiredService<KognitosClient>());
    }

    [Fact]
    public void Keyed_clients_are_one_per_key_and_apart_from_the_default()
    {
        using var host = Build(builder =>
        {
            builder.AddKognitosClient("kognitos");
            builder.AddKeyedKognitosClient("eu");
        });

        var keyed = host.Services.GetRequiredKeyedService<KognitosClient>("eu");

        Assert.Same(keyed, host.Services.CreateScope().ServiceProvider.GetRequiredKeyedService<KognitosClient>("eu"));
        Assert.NotSame(keyed, host.Services.GetRequiredService<KognitosClient>());
        Assert.Equal(new Uri("http://127.0.0.1:10/"), keyed.BaseAddress);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), host.Services.GetRequiredService<KognitosClient>().BaseAddress);
    }

    [Fact]
    public async Task Disposing_the_host_disposes_the_client()
    {
        var host = Build(builder => builder.AddKognitosClient("kognitos"));
        var client = host.Services.GetRequiredService<KognitosClient>();

        host.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetHealthAsync());
    }
}
