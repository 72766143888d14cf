using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Reorganizations;
using Chancery.Core.Reorganizations.Files;
using Chancery.Core.Units;
using Chancery.Server.Grpc;
using Chancery.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Chancery.Server.Reorganizations;

/// <summary>Hierarchy files: export as of a date in chunks, import as a plan.</summary>
public sealed partial class ReorganizationsService
{
    [Scope(Scopes.HierarchyRead)]
    public override async Task ExportHierarchy(ExportHierarchyRequest request, IServerStreamWriter<ExportHierarchyResponse> responseStream, ServerCallContext context)
    {
        var errors = new InputErrors();
        var date = RequestFields.AsOf(request.AsOf, clock, errors);
        var format = FileMapping.Format(request.Format, errors, "format");
        var withinId = RequestFields.OptionalId(request.WithinId, "within_id", errors);
        errors.ThrowIfAny();
        var snapshot = registry.Current;
        var within = withinId is { } id ? UnitLookup.Require(snapshot, id, date, "within_id") : (Core.Units.UnitView?)null;
        foreach (var chunk in HierarchyFileWriter.Write(ExportedUnit.Walk(snapshot.Units, date, within), format))
        {
            await responseStream.WriteAsync(new ExportHierarchyResponse { Data = ByteString.CopyFrom(chunk.Span) }, context.CancellationToken);
        }
    }

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<ImportHierarchyResponse> ImportHierarchy(IAsyncStreamReader<ImportHierarchyRequest> requestStream, ServerCallContext context)
    {
        if (!await requestStream.MoveNext(context.CancellationToken) || requestStream.Current.PartCase != ImportHierarchyRequest.PartOneofCase.Header)
        {
            throw InputErrors.One("header", "The first message of an import is its header (format, plan_id, effective_date, basis); then the file in chunks.");
        }

        var errors = new InputErrors();
        var settings = FileMapping.ToCore(requestStream.Current.Header, errors);
        errors.ThrowIfAny();
        await using var file = new ImportRequestStream(requestStream);
        var result = await importer.ImportAsync(file, settings, context.Write(null), context.CancellationToken);
        return result.ToMessage();
    }
}
