using Chancery.Portal.Setup;
using Chancery.V1;
using Google.Protobuf;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Plans;

/// <summary>
/// A hierarchy file (JSON Lines or CSV, the server's own import format) as a plan: uploaded, dry-run
/// by ImportHierarchy, its problems shown by line; the file is kept in the form so that Apply sends
/// the same bytes under the same plan id.
/// </summary>
public sealed class UploadModel(Reorganizations.ReorganizationsClient reorganizations) : ChangePage
{
    private const int Chunk = 64 * 1024;

    [BindProperty(Name = "file")] public IFormFile? UploadFile { get; set; }
    /// <summary>The file of the dry run, base64, sent again by Apply.</summary>
    [BindProperty(Name = "content")] public string? FileContent { get; set; }
    [BindProperty(Name = "file_name")] public string? FileName { get; set; }
    [BindProperty(Name = "format")] public FileFormat Format { get; set; }
    [BindProperty(Name = "plan_id")] public string? PlanId { get; set; }
    [BindProperty(Name = "effective_date")] public string? EffectiveDate { get; set; }
    [BindProperty(Name = "basis")] public string? BasisNumber { get; set; }
    [BindProperty(Name = "basis_date")] public string? BasisDate { get; set; }
    [BindProperty(Name = "basis_issuer")] public string? BasisIssuer { get; set; }
    [BindProperty(Name = "description")] public string? Description { get; set; }
    [BindProperty(Name = "close_missing")] public bool CloseMissing { get; set; }

    public ImportHierarchyResponse? Imported { get; private set; }

    public void OnGet() => PlanId = "portal-file-" + Guid.NewGuid().ToString("N")[..12];

    public Task<IActionResult> OnPostAsync() => ImportAsync(dryRun: true);

    public Task<IActionResult> OnPostApplyAsync() => ImportAsync(dryRun: false);

    private async Task<IActionResult> ImportAsync(bool dryRun)
    {
        byte[] bytes;
        if (UploadFile is { Length: > 0 } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            bytes = buffer.ToArray();
            FileName = file.FileName;
        }
        else
        {
            try
            {
                bytes = Convert.FromBase64String(FileContent ?? "");
            }
            catch (FormatException)
            {
                bytes = [];
            }
        }

        if (Format == FileFormat.Unspecified && FileName is { } name)
        {
            Format = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? FileFormat.Csv
                : name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FileFormat.JsonLines
                : FileFormat.Unspecified;
        }

        FileContent = Convert.ToBase64String(bytes);
        var header = new ImportHeader
        {
            Format = Format, PlanId = PlanId ?? "", EffectiveDate = Dates.ToIso(EffectiveDate), Basis = ToBasis(BasisNumber, BasisDate, BasisIssuer),
            Description = Description ?? "", DryRun = dryRun, CloseMissing = CloseMissing,
        };
        Imported = await Call(async ct =>
        {
            using var call = reorganizations.ImportHierarchy(cancellationToken: ct);
            await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Header = header }, ct);
            for (var at = 0; at < bytes.Length; at += Chunk)
            {
                await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Data = ByteString.CopyFrom(bytes, at, Math.Min(Chunk, bytes.Length - at)) }, ct);
            }

            await call.RequestStream.CompleteAsync();
            return await call;
        });
        if (Imported is null)
        {
            return Refused();
        }

        if (Imported.Problems.Count > 0 || Imported.Result is { Applied: false, Problems.Count: > 0 } && !dryRun)
        {
            Response.StatusCode = 409;
        }

        return Page();
    }

    /// <summary>The server names the header's fields header.x; the page's inputs are x.</summary>
    public override string FieldAnchor(string field) =>
        base.FieldAnchor(field.StartsWith("header.", StringComparison.Ordinal) ? field[7..] : field);

    public string? HeaderError(string field) => FieldError("header." + field);

    public IEnumerable<(string Value, string Text)> FormatOptions() =>
    [
        (FileFormat.Unspecified.ToString(), C.FormatByName),
        (FileFormat.JsonLines.ToString(), "JSON Lines (.jsonl)"),
        (FileFormat.Csv.ToString(), "CSV (.csv)"),
    ];
}
