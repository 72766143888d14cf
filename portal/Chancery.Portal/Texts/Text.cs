using Chancery.Portal.Setup;

namespace Chancery.Portal.Texts;

/// <summary>
/// The portal's own words, in Vietnamese and in English: a small typed catalogue, so that a
/// missing translation does not compile. What the server says (its messages) is shown as it says it.
/// </summary>
public sealed partial class Text
{
    public static Text Current => Languages.IsEnglish ? En : Vi;

    public required string Lang { get; init; }
    public required string AppName { get; init; }
    public required string SkipToContent { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageCode { get; init; }
    public required string SignedInAs { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string SignedOutTitle { get; init; }
    public required string SignedOutBody { get; init; }
    public required string Navigation { get; init; }
    public required string AsOf { get; init; }
    public required string AsOfHint { get; init; }
    public required string Show { get; init; }
    public required string Today { get; init; }
    public required string ShownAsOf { get; init; }

    public required string ErrorSummary { get; init; }
    public required string ErrorPrefix { get; init; }
    public required string RuleBroken { get; init; }
    public required string MissingRight { get; init; }
    public required string NotFound { get; init; }
    public required string Stale { get; init; }
    public required string SessionEnded { get; init; }
    public required string ServerUnavailable { get; init; }
    public required string ErrorTitle { get; init; }
    public required string PageNotFound { get; init; }
    public required string UnexpectedError { get; init; }

    public required string Hierarchy { get; init; }
    public required string Open { get; init; }
    public required string Collapse { get; init; }
    public required string NoChildren { get; init; }
    public required string Search { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchHint { get; init; }
    public required string SearchButton { get; init; }
    public required string Results { get; init; }
    public required string NoResults { get; init; }

    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Kind { get; init; }
    public required string Parent { get; init; }
    public required string TopLevel { get; init; }
    public required string ValidFrom { get; init; }
    public required string ValidTo { get; init; }
    public required string Existence { get; init; }
    public required string UntilFurtherNotice { get; init; }
    public required string Version { get; init; }
    public required string Versions { get; init; }
    public required string Lineage { get; init; }
    public required string NoLineage { get; init; }
    public required string Predecessor { get; init; }
    public required string Successor { get; init; }
    public required string Basis { get; init; }
    public required string Children { get; init; }
    public required string Positions { get; init; }
    public required string Position { get; init; }
    public required string Holders { get; init; }
    public required string Vacant { get; init; }
    public required string Vacancies { get; init; }
    public required string NoPositions { get; init; }
    public required string Deputies { get; init; }
    public required string Deputy { get; init; }
    public required string Fields { get; init; }
    public required string NoDeputies { get; init; }
    public required string WhoMaySign { get; init; }
    public required string Field { get; init; }
    public required string EveryField { get; init; }
    public required string Ask { get; init; }
    public required string SignatureBlock { get; init; }
    public required string Chain { get; init; }
    public required string HeadVacant { get; init; }
    public required string NoSigner { get; init; }
    public required string Signer { get; init; }
    public required string AuditEntries { get; init; }
    public required string RecordedAt { get; init; }
    public required string Actor { get; init; }
    public required string Operation { get; init; }
    public required string Reason { get; init; }
    public required string NoAudit { get; init; }
    public required string NotShown { get; init; }
    public required string Changes { get; init; }

    public required string CreateUnit { get; init; }
    public required string CreateChild { get; init; }
    public required string RenameUnit { get; init; }
    public required string CloseUnit { get; init; }
    public required string ChooseKind { get; init; }
    public required string CodeHint { get; init; }
    public required string DateHint { get; init; }
    public required string ReasonHint { get; init; }
    public required string EffectiveDate { get; init; }
    public required string CloseDateHint { get; init; }
    public required string ClosePositions { get; init; }
    public required string Save { get; init; }
    public required string Cancel { get; init; }
    public required string Created { get; init; }
    public required string Renamed { get; init; }
    public required string Closed { get; init; }
    public required string Optional { get; init; }
}
