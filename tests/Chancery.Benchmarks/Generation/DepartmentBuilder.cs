using Chancery.Core.Units;
using static Chancery.Benchmarks.Generation.DepartmentCatalogue;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// One department of a province with everything below it: divisions and teams; agencies whose
/// field units, stations, teams and groups reach level 8; centres; hospitals; schools.
/// </summary>
public sealed class DepartmentBuilder(SeededRandom random)
{
    public GenNode Build(GenNode province, Department department, double scale, string provinceShort)
    {
        var d = new GenNode($"{department.Name} {provinceShort}", UnitKind.Department, province);
        AddDivisions(d, department.Domain);
        AddAgencies(d, department.Domain, scale);
        foreach (var name in Centres.GetValueOrDefault(department.Domain, []))
        {
            var centre = new GenNode(name, UnitKind.PublicServiceUnit, d);
            foreach (var division in random.Sample(CentreDivisions, random.Between(2, 5)))
            {
                AddSubDivisions(new GenNode(division, UnitKind.Division, centre, padOk: true), 0.6);
            }
        }

        if (department.Domain == "yte")
        {
            AddHospitals(d, scale, provinceShort);
        }

        if (department.Domain == "gddt")
        {
            AddSchools(d, scale);
        }

        return d;
    }

    private void AddDivisions(GenNode d, string domain)
    {
        var divisions = CommonDivisions.ToList();
        if (DomainDivisions.TryGetValue(domain, out var own))
        {
            divisions.AddRange(own);
        }
        else
        {
            var k = random.Between(2, 4);
            divisions.AddRange(Enumerable.Range(0, k).Select(i => string.Format(GenericDivisions[i % 3], i + 1)));
        }

        foreach (var name in divisions)
        {
            if (name == "Thanh tra" && random.NextDouble() < 0.4)
            {
                continue;
            }

            AddSubDivisions(new GenNode(name, UnitKind.Division, d, padOk: true), 1.3, deeperChance: 0.2);
        }
    }

    /// <summary>Agencies with a field structure: agency / field unit / station / team / group (levels 4–8).</summary>
    private void AddAgencies(GenNode d, string domain, double scale)
    {
        foreach (var shape in Agencies.GetValueOrDefault(domain, []))
        {
            if (random.NextDouble() < 0.15)
            {
                continue;
            }

            var agency = new GenNode(shape.Name, UnitKind.Agency, d);
            foreach (var name in random.Sample(CentreDivisions, random.Between(2, 4)))
            {
                var division = new GenNode(name.Replace("Phòng Dịch vụ", "Phòng Thanh tra - Pháp chế"), UnitKind.Division, agency, padOk: true);
                AddSubDivisions(division, 0.8);
            }

            var fieldUnits = Math.Max(1, (int)(random.Between(2, 6) * scale));
            for (var f = 1; f <= fieldUnits; f++)
            {
                var field = new GenNode($"{shape.FieldUnit} khu vực {f}", UnitKind.FieldUnit, agency, padOk: true);
                var stations = random.Between(1, 3);
                for (var s = 1; s <= stations; s++)
                {
                    var station = new GenNode($"{shape.Station} số {s}", UnitKind.Station, field, padOk: true);
                    var teams = random.Between(1, 3);
                    for (var t = 1; t <= teams; t++)
                    {
                        var team = new GenNode($"Tổ công tác {t}", UnitKind.Team, station);
                        var groups = random.Between(0, 2);
                        for (var g = 1; g <= groups; g++)
                        {
                            _ = new GenNode($"Nhóm {g}", UnitKind.Group, team);
                        }
                    }
                }
            }
        }
    }

    private void AddHospitals(GenNode d, double scale, string provinceShort)
    {
        var count = Math.Max(3, (int)(random.Between(6, 12) * scale));
        for (var h = 0; h < count; h++)
        {
            var name = h < Hospitals.Count ? $"{Hospitals[h]} {provinceShort}" : $"Trung tâm Y tế khu vực {h - Hospitals.Count + 1}";
            var hospital = new GenNode(name, UnitKind.Hospital, d);
            foreach (var clinical in random.Sample(ClinicalDivisions, random.Between(8, 18)))
            {
                var division = new GenNode(clinical, UnitKind.ClinicalDivision, hospital, padOk: true);
                var wards = random.Choice([0, 0, 1, 2, 3]);
                for (var u = 1; u <= wards; u++)
                {
                    var ward = new GenNode($"Đơn nguyên {u}", UnitKind.SubDivision, division, padOk: true);
                    var groups = random.Choice([0, 0, 1, 2]);
                    for (var g = 1; g <= groups; g++)
                    {
                        _ = new GenNode($"Nhóm chăm sóc {g}", UnitKind.Team, ward);
                    }
                }
            }
        }
    }

    private void AddSchools(GenNode d, double scale)
    {
        var used = new HashSet<string>();
        var count = Math.Max(8, (int)(random.Between(20, 40) * scale));
        for (var s = 0; s < count; s++)
        {
            var school = new GenNode($"Trường THPT {ProvinceCatalogue.PlaceName(random, used)}", UnitKind.School, d);
            foreach (var group in random.Sample(SubjectGroups, random.Between(4, 8)))
            {
                _ = new GenNode(group, UnitKind.SubDivision, school, padOk: true);
            }
        }
    }

    private void AddSubDivisions(GenNode parent, double mean, double deeperChance = 0.0)
    {
        var n = Math.Max(0, (int)(random.Gauss(mean, mean / 2) + 0.5));
        foreach (var name in random.Sample(SubDivisions, Math.Min(n, SubDivisions.Count)))
        {
            var sub = new GenNode(name, UnitKind.SubDivision, parent, padOk: parent.Depth + 1 <= 7);
            if (random.NextDouble() < deeperChance)
            {
                var groups = random.Between(1, 3);
                for (var g = 1; g <= groups; g++)
                {
                    _ = new GenNode($"Nhóm {g}", UnitKind.Team, sub);
                }
            }
        }
    }
}
