using Chancery.Portal.Chart;
using Chancery.Portal.Setup;
using Chancery.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Chart;

/// <summary>
/// The organization chart of a unit's subtree as of the page's date: SVG laid out as a tidy tree
/// on the server, and the same units as a nested list. <c>?depth=</c> levels below the unit (2 by
/// default, 0 for all); <c>?layout=down|right</c> (automatic by default).
/// </summary>
public sealed class IndexModel(V1.Units.UnitsClient units) : PortalPage
{
    public const int DefaultDepth = 2;
    public const int MaxDepth = 12;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>As typed; what does not read as 0..<see cref="MaxDepth"/> is the default.</summary>
    [BindProperty(SupportsGet = true, Name = "depth")]
    public string? DepthText { get; set; }

    [BindProperty(SupportsGet = true, Name = "layout")]
    public string? LayoutText { get; set; }

    public int Depth => int.TryParse(DepthText, out var d) && d is >= 0 and <= MaxDepth ? d : DefaultDepth;

    public ChartOrientation? Requested => LayoutText switch { "down" => ChartOrientation.Down, "right" => ChartOrientation.Right, _ => null };

    public ChartNode? Root { get; private set; }
    public int Count { get; private set; }
    public int Levels { get; private set; }
    public string Svg { get; private set; } = "";
    public string List { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var subtree = await Call(async ct =>
        {
            var all = new List<SubtreeUnit>();
            using var call = units.StreamSubtree(new StreamSubtreeRequest { Id = Id, AsOf = AsOf, MaxDepth = Depth == 0 ? 0 : Depth + 1 }, cancellationToken: ct);
            await foreach (var message in call.ResponseStream.ReadAllAsync(ct))
            {
                all.AddRange(message.Units);
            }

            return all;
        });
        Root = subtree is null ? null : ChartBuilder.Build(subtree, Depth);
        if (Root is null)
        {
            Problem ??= new Problems.Problem(Grpc.Core.StatusCode.NotFound, T.NotFound, [], [], null, null);
            return Refused();
        }

        var nodes = Root.PreOrder().ToList();
        Count = nodes.Count;
        Levels = nodes.Max(n => n.Depth) + 1;
        var links = new ChartLinks(UnitUrl, id => ChartUrl(id, Depth, LayoutText));
        var geometry = ChartGeometry.For(Requested ?? ChartBuilder.Choose(Root));
        var title = T.Chart.Chart + ": " + Root.Unit.Name;
        Svg = ChartSvg.Write(Root, geometry, links, T.Chart, title, T.Chart.Description(Count, Levels, AsOfShown));
        List = ChartList.Write(Root, links, T.Chart);
        return Page();
    }

    /// <summary>The chart of <paramref name="id"/>, as of this page's date.</summary>
    public string ChartUrl(string id, int depth, string? layout)
    {
        var query = Keep(("depth", depth == DefaultDepth ? null : depth.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("layout", layout is "down" or "right" ? layout : null));
        return "/units/" + Uri.EscapeDataString(id) + "/chart" + QueryString.Create(query.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)));
    }
}
