using Chancery.Core.Units;
using Chancery.Server.Units;
using Chancery.V1;

namespace Chancery.Benchmarks.Snapshot;

/// <summary>The chunks of a subtree as UnitsService.StreamSubtree makes them, without sending them.</summary>
public static class ServerChunks
{
    public const int ChunkSize = 1000;

    public static IEnumerable<StreamSubtreeResponse> Of(UnitsSnapshot snapshot, Guid id, DateOnly date)
    {
        // In pre-order, a unit's parent is the last unit seen one level up: its id text is reused.
        var idTexts = new List<string>();
        var chunk = new StreamSubtreeResponse { Units = { Capacity = ChunkSize } };
        foreach (var item in snapshot.Subtree(snapshot.Require(id, date), date, 0))
        {
            var unit = item.Depth == 0 ? item.View.ToMessage() : item.View.ToMessage(idTexts[item.Depth - 1]);
            if (item.Depth == idTexts.Count)
            {
                idTexts.Add(unit.Id);
            }
            else
            {
                idTexts[item.Depth] = unit.Id;
            }

            chunk.Units.Add(new SubtreeUnit { Unit = unit, Depth = item.Depth });
            if (chunk.Units.Count == ChunkSize)
            {
                yield return chunk;
                chunk = new StreamSubtreeResponse { Units = { Capacity = ChunkSize } };
            }
        }

        if (chunk.Units.Count > 0)
        {
            yield return chunk;
        }
    }
}
