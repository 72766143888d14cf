using Chancery.Core.Errors;
using Chancery.Core.Reorganizations.Files;
using Chancery.Server.Grpc;

namespace Chancery.Server.Reorganizations;

/// <summary>Hand-written mapping between the contract's import and export messages and the core's hierarchy files.</summary>
public static class FileMapping
{
    /// <summary>How many problems a response lists (of the file, or of the plan it became).</summary>
    public const int ListedProblems = DetailBudget.MaxItems;

    public static HierarchyFileFormat Format(V1.FileFormat format, InputErrors errors, string field) => format switch
    {
        V1.FileFormat.JsonLines => HierarchyFileFormat.JsonLines,
        V1.FileFormat.Csv => HierarchyFileFormat.Csv,
        _ => Missing(errors, field),
    };

    public static ImportSettings ToCore(V1.ImportHeader header, InputErrors errors)
    {
        var format = Format(header.Format, errors, "header.format");
        if (string.IsNullOrWhiteSpace(header.PlanId))
        {
            errors.Add("header.plan_id", "An import is a plan: give it an id (1 to 100 letters, digits, '.', '_', ':', '-'); the same id again changes nothing.");
        }

        var effective = PlanMapping.Effective(header.EffectiveDate, errors, "header.effective_date");
        var basis = BasisMapping.Basis(header.Basis, errors, "header.basis");
        Core.Text.TextGuard.Check(header.Description, errors, "header.description");
        var description = string.IsNullOrWhiteSpace(header.Description) ? null : header.Description.Trim();
        return new ImportSettings(format, header.PlanId.Trim(), effective, basis, description, header.DryRun, header.CloseMissing);
    }

    public static V1.ImportHierarchyResponse ToMessage(this ImportResult result)
    {
        var response = new V1.ImportHierarchyResponse { Lines = result.Lines, Result = result.Plan?.ToListedMessage() };
        response.Problems.AddRange(result.Problems.Take(ListedProblems).Select(p => new V1.FileProblem { Line = p.Line, Field = p.Field, Message = p.Message }));
        if (result.ProblemCount > response.Problems.Count)
        {
            response.Problems.Add(new V1.FileProblem { Line = 0, Field = "file", Message = DetailBudget.More(result.ProblemCount, response.Problems.Count) });
        }

        return response;
    }

    /// <summary>The plan's result with its first <see cref="ListedProblems"/> problems (a file of many lines can break many rules).</summary>
    private static V1.PlanResult ToListedMessage(this Core.Reorganizations.PlanResult result)
    {
        var listed = result.Problems.Count <= ListedProblems ? result : result with { Problems = result.Problems.Take(ListedProblems).ToList() };
        var message = listed.ToMessage();
        if (listed.Problems.Count < result.Problems.Count)
        {
            message.Problems.Add(new V1.PlanProblem
            {
                OperationIndex = -1, Kind = "failed-precondition", Code = "plan.more-problems", Subject = $"plans/{result.PlanId}",
                Description = DetailBudget.More(result.Problems.Count, listed.Problems.Count),
            });
        }

        return message;
    }

    private static HierarchyFileFormat Missing(InputErrors errors, string field)
    {
        errors.Add(field, "Name the file's format: FILE_FORMAT_JSON_LINES or FILE_FORMAT_CSV.");
        return HierarchyFileFormat.JsonLines;
    }
}
