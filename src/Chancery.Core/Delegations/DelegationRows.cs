using System.Data.Common;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chancery.Core.Delegations;

/// <summary>
/// Reads every stored delegation at start with a plain data reader on the context's connection
/// and inside its transaction (the read model's one snapshot of the database), instead of
/// materializing EF Core entities first: the model's table and column names, each row straight
/// into a <see cref="DelegationState"/> whose repeated texts are shared (<see cref="DelegationText"/>).
/// </summary>
internal static class DelegationRows
{
    private static readonly string[] Columns =
    [
        nameof(Delegation.Id), nameof(Delegation.Version), nameof(Delegation.Kind), nameof(Delegation.UnitId),
        nameof(Delegation.DelegatorAppointmentId), nameof(Delegation.DelegatorOfficialId), nameof(Delegation.DelegateAppointmentId),
        nameof(Delegation.DelegateOfficialId), nameof(Delegation.PassedFromId), nameof(Delegation.Fields), nameof(Delegation.SupervisedUnits),
        nameof(Delegation.DocumentKinds), nameof(Delegation.Scope), nameof(Delegation.RunsUnitFrom), nameof(Delegation.RunsUnitTo),
        nameof(Delegation.ValidFrom), nameof(Delegation.ValidTo), nameof(Delegation.RevokedFrom), nameof(Delegation.OverlapReason),
        nameof(Delegation.BasisNumber), nameof(Delegation.BasisDate), nameof(Delegation.BasisIssuer), nameof(Delegation.BasisTitle),
    ];

    public static async Task<List<DelegationState>> ReadAllAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Select(db);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var text = new DelegationText();
            var states = new List<DelegationState>();
            while (await reader.ReadAsync(cancellationToken))
            {
                states.Add(Read(reader, text));
            }

            return states;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Select(ChanceryDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Delegation)) ?? throw new InvalidOperationException("Delegation is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = Columns.Select(name => sql.DelimitIdentifier(entity.FindProperty(name)!.GetColumnName(table)!));
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT {string.Join(", ", columns)} FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
        return command;
    }

    private static DelegationState Read(DbDataReader r, DelegationText text)
    {
        var runsFrom = Date(r, 13);
        return new DelegationState(
            r.GetGuid(0), r.GetInt64(1), Kind(r.GetString(2)), r.GetGuid(3),
            r.GetGuid(4), r.GetGuid(5), r.GetGuid(6), r.GetGuid(7), r.IsDBNull(8) ? null : r.GetGuid(8),
            text.List(r.GetString(9), ' '), text.Units(r.GetString(10)), text.List(r.GetString(11), '\n'), text.Intern(Text(r, 12)),
            runsFrom is { } from ? new Period(from, Date(r, 14)) : null, r.GetFieldValue<DateOnly>(15), Date(r, 16), Date(r, 17), text.Intern(Text(r, 18)),
            text.Basis(r.GetString(19), Date(r, 20), Text(r, 21), Text(r, 22)));
    }

    private static DelegationKind Kind(string stored) => Enum.Parse<DelegationKind>(stored);

    private static DateOnly? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
