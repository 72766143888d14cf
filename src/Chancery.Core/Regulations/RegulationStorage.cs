namespace Chancery.Core.Regulations;

/// <summary>Between stored rows and states.</summary>
public static class RegulationStorage
{
    public static RegulationState ToState(Regulation r) => new(
        r.Id, r.Version, r.UnitId, r.Kind, r.Year, r.Number, r.Identifier, r.Title, r.ReplacesId, r.RepealedFrom, BodyJson.Decision(r.RepealDecision));

    public static void Apply(Regulation row, RegulationState s)
    {
        (row.Id, row.Version, row.UnitId, row.Kind, row.Year, row.Number) = (s.Id, s.Version, s.UnitId, s.Kind, s.Year, s.Number);
        (row.Identifier, row.Title, row.ReplacesId, row.RepealedFrom, row.RepealDecision) = (s.Identifier, s.Title, s.ReplacesId, s.RepealedFrom, BodyJson.Decision(s.Repeal));
    }

    public static VersionState ToState(RegulationVersion v) => new(
        v.Id, v.Version, v.RegulationId, v.Number, v.Status, v.Title, v.AmendsId, BodyJson.Operations(v.Operations), BodyJson.Body(v.Body),
        BodyJson.Decision(v.Decision), v.EffectiveFrom);

    public static void Apply(RegulationVersion row, VersionState s)
    {
        (row.Id, row.Version, row.RegulationId, row.Number, row.Status, row.Title, row.AmendsId) = (s.Id, s.Version, s.RegulationId, s.Number, s.Status, s.Title, s.AmendsId);
        (row.Operations, row.Body, row.Decision) = (BodyJson.Operations(s.Operations), BodyJson.Body(s.Body), BodyJson.Decision(s.Decision));
        (row.DecisionNumber, row.DecisionDate, row.EffectiveFrom) = (s.Decision?.Number, s.Decision?.Date, s.EffectiveFrom);
    }
}
