namespace KognitosGen.Emulator;

/// <summary>
/// One item of <c>ErrorModel.details</c>. The real schema is not public; the emulator uses
/// <c>{"field": "name", "message": "must be 1 to 100 characters"}</c>, where <c>field</c> names a body member
/// (<c>inputs[0].name</c>), a query or path parameter (<c>limit</c>, <c>run_id</c>), a header
/// (<c>x-api-key</c>) or the whole <c>body</c>.
/// </summary>
internal sealed record ErrorDetail(string Field, string Message);
