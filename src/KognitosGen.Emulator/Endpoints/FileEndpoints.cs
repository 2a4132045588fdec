using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>POST /v2/files: announces a file and answers where to upload its bytes.</summary>
internal sealed class FileEndpoints(EmulatorRuntime runtime)
{
    // The bucket of S3-URI file IDs (the FileResource.id example's shape).
    private const string S3Bucket = "s3://kognitos-emulator-uploads/";

    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/v2/files", new RequestDelegate(CreateAsync));

    private async Task CreateAsync(HttpContext context)
    {
        var errors = new List<ErrorDetail>();
        using var document = await JsonBody.ReadObjectAsync(context, errors);
        if (document is null)
        {
            await ApiResponses.InvalidInputAsync(context, errors);
            return;
        }

        var body = document.RootElement;
        var requestedName = JsonBody.BoundedString(body, "file_name", RequestValidation.MaxFileNameLength, errors);
        var agentId = JsonBody.Id(body, "agent_id", required: false, errors);
        var caller = ApiResponses.Caller(context);
        // The schema lets an agent-scoped key omit agent_id; an organisation key must name the agent.
        if (agentId is null && caller.AgentScope is null && !errors.Exists(e => e.Field == "agent_id"))
            errors.Add(new ErrorDetail("agent_id", "is required unless the API key is scoped to an agent"));
        if (errors.Count > 0)
        {
            await ApiResponses.InvalidInputAsync(context, errors);
            return;
        }

        agentId ??= caller.AgentScope!;
        if (!caller.CanAccess(agentId))
        {
            await ApiResponses.ForbiddenAgentAsync(context, agentId);
            return;
        }

        if (!runtime.Scenario.AgentsById.ContainsKey(agentId))
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ErrorMessages.AgentNotFound,
                [new ErrorDetail("agent_id", $"no agent '{agentId}'")]);
            return;
        }

        var fileName = FileNameSanitizer.Sanitize(requestedName!);
        var file = runtime.Files.Add(id =>
        {
            var grant = UploadGrantFactory.Create(agentId, id, fileName, runtime);
            return new StoredFile
            {
                Id = runtime.Variants.FileIds == FileIdForm.S3Uri ? S3Bucket + grant.Key : id,
                UploadId = id,
                AgentId = agentId,
                FileName = fileName,
                Grant = grant,
            };
        });

        runtime.Counters.FileCreated();
        var request = context.Request;
        var uploadUrl = $"{request.Scheme}://{request.Host}{request.PathBase}{UploadEndpoints.PathFor(file.UploadId)}";
        var resource = new FileResource(file.Id, file.FileName, uploadUrl, "POST",
            new Dictionary<string, string>(), file.Grant.ToUploadFields());
        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status201Created, resource,
            WireJsonContext.Readable.FileResource);
    }
}
