using Chancery.Core.Kernel;
namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// How a file is imported: as the plan <see cref="PlanId"/> effective on <see cref="EffectiveDate"/>
/// under <see cref="Basis"/>; <see cref="DryRun"/> checks and reports, storing nothing;
/// <see cref="CloseMissing"/> dissolves the units valid on the effective date that the file leaves out.
/// </summary>
public sealed record ImportSettings(
    HierarchyFileFormat Format, string PlanId, DateOnly EffectiveDate, LegalBasis Basis, string? Description, bool DryRun, bool CloseMissing);
