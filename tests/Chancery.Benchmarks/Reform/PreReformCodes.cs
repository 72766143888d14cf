using Chancery.Benchmarks.Generation;

namespace Chancery.Benchmarks.Reform;

/// <summary>
/// Electronic identifier codes before the reform: provinces <c>000.00.00.Hpp</c> (pp 01–63),
/// departments <c>000.00.kk.Hpp</c> and their children <c>000.jj.kk.Hpp</c>, districts
/// <c>000.00.dd.Hpp</c> (dd from 60), communes <c>000.cc.bb.Hpp</c> (bb from 50).
/// </summary>
public static class PreReformCodes
{
    public static void Assign(IReadOnlyList<PreReformProvince> provinces)
    {
        var codes = new CodeAssigner();
        for (var p = 1; p <= provinces.Count; p++)
        {
            var province = provinces[p - 1];
            var h = $"H{p:00}";
            codes.Set(province.Node, $"000.00.00.{h}");
            var k = 0;
            foreach (var department in province.Departments.Values)
            {
                codes.Set(department, $"000.00.{++k:00}.{h}");
                for (var j = 1; j <= Math.Min(99, department.Children.Count); j++)
                {
                    codes.Set(department.Children[j - 1], $"000.{j:00}.{k:00}.{h}");
                }
            }

            var c = 0;
            for (var d = 0; d < province.Districts.Count; d++)
            {
                var district = province.Districts[d];
                codes.Set(district.Node, $"000.00.{60 + d:00}.{h}");
                foreach (var commune in district.Communes)
                {
                    c++;
                    codes.Set(commune.Node, $"000.{(c - 1) % 99 + 1:00}.{50 + (c - 1) / 99:00}.{h}");
                }
            }
        }
    }
}
