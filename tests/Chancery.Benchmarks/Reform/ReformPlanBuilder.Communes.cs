using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;
using V1 = Chancery.V1;

namespace Chancery.Benchmarks.Reform;

/// <summary>The district and commune phases of the reform plan.</summary>
public sealed partial class ReformPlanBuilder
{
    /// <summary>Each district's communes to the province (as merged), then the district dissolves with its committee and council.</summary>
    private void CloseDistricts(PreReformProvince province)
    {
        var target = targets[province.Entry.After];
        foreach (var district in province.Districts)
        {
            var transfer = new V1.TransferOperation { NewParent = target };
            transfer.Units.AddRange(district.Communes.Select(c => Ref(c.Node)));
            plan.Operations.Add(new V1.Operation { Label = $"{district.Node.Name}: các xã về tỉnh", Transfer = transfer });
            plan.Operations.Add(new V1.Operation
            {
                Label = $"Kết thúc {district.Node.Name}",
                Dissolve = new V1.DissolveOperation { Unit = Ref(district.Node), Children = V1.ChildrenDisposition.Close },
            });
        }
    }

    /// <summary>The province's communes, in order, in <paramref name="count"/> runs; each run of two or more merges, a township alone becomes a commune.</summary>
    private void MergeCommunes(int provinceIndex, V1.UnitRef province, List<PreReformCommune> communes, int count)
    {
        var used = communes.Select(c => c.Place).ToHashSet();
        var random = new SeededRandom(provinceIndex + 1);
        for (var g = 0; g < count; g++)
        {
            var group = communes.Skip(communes.Count * g / count).Take(communes.Count * (g + 1) / count - communes.Count * g / count).ToList();
            var urban = group.Count(c => c.Node.Kind == UnitKind.Ward) * 2 > group.Count;
            var (title, word, kind) = urban ? ("Phường", "phường", UnitKind.Ward) : ("Xã", "xã", UnitKind.Commune);
            if (group.Count == 1 || g % SurvivorEvery == 0)
            {
                var survivor = group[0];
                if (group.Count > 1)
                {
                    Merge(survivor.Node.Name, group.Select(c => c.Node), survivor.Node, null);
                    Merge(survivor.Committee.Name, group.Select(c => c.Committee), survivor.Committee, null);
                    Merge(survivor.Council.Name, group.Select(c => c.Council), survivor.Council, null);
                }

                if (survivor.Node.Kind == UnitKind.Township)
                {
                    Rename(survivor.Node, $"{title} {survivor.Place}", kind);
                    Rename(survivor.Committee, $"Ủy ban nhân dân {word} {survivor.Place}", UnitKind.PeopleCommittee);
                    Rename(survivor.Council, $"Hội đồng nhân dân {word} {survivor.Place}", UnitKind.PeopleCouncil);
                }

                continue;
            }

            var place = ProvinceCatalogue.PlaceName(random, used);
            var key = $"c/{provinceIndex + 1}/{g + 1}";
            var commune = new V1.UnitRef { Ref = key };
            Merge($"{title} {place}", group.Select(c => c.Node), null, New(key, $"{title} {place}", kind, province));
            Merge($"Ủy ban nhân dân {word} {place}", group.Select(c => c.Committee), null, New($"{key}/ubnd", $"Ủy ban nhân dân {word} {place}", UnitKind.PeopleCommittee, commune));
            Merge($"Hội đồng nhân dân {word} {place}", group.Select(c => c.Council), null, New($"{key}/hdnd", $"Hội đồng nhân dân {word} {place}", UnitKind.PeopleCouncil, commune));
        }
    }

    private void Rename(GenNode unit, string name, UnitKind kind)
    {
        var rename = new V1.RenameOperation { Unit = Ref(unit), Name = name, Kind = (V1.UnitKind)(int)kind, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask() };
        rename.UpdateMask.Paths.Add("name");
        rename.UpdateMask.Paths.Add("kind");
        plan.Operations.Add(new V1.Operation { Label = name, Rename = rename });
    }
}
