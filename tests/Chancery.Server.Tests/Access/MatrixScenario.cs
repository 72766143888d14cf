using System.Collections.Concurrent;
using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;
using Role = Chancery.Core.Access.Role;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// What the matrix calls with and on: a province with a district that the unit administrator
/// administers (and a unit below it) and a district outside; people signed in through the
/// sign-in page (viewer, unit administrator, and one whose grant the matrix revokes); machine
/// clients (system administrator, auditor); a user and a client for the administration calls.
/// </summary>
public sealed class MatrixScenario
{
    public const string AdministratorClient = "matrix-administrator";
    public const string AuditorClient = "matrix-auditor";
    public const string TargetClient = "matrix-target";

    private readonly ConcurrentDictionary<(string, Place), Lazy<Task<Target>>> shared = new();

    private string administratorSecret = "";

    private MatrixScenario(ChanceryHost host) => Host = host;

    public ChanceryHost Host { get; }

    public Unit Province { get; private set; } = null!;

    /// <summary>The top of the unit administrator's subtree.</summary>
    public Unit Inside { get; private set; } = null!;

    /// <summary>A unit below <see cref="Inside"/>: where inside units are moved to.</summary>
    public Unit InsideBelow { get; private set; } = null!;

    /// <summary>A district beside <see cref="Inside"/>, outside the subtree.</summary>
    public Unit Outside { get; private set; } = null!;

    public string ViewerToken { get; private set; } = "";

    public Guid UnitAdministratorId { get; private set; }

    public string UnitAdministratorToken { get; private set; } = "";

    /// <summary>A person holding no grant; the matrix grants and revokes around each call.</summary>
    public Guid RevokedUserId { get; private set; }

    public string RevokedUserToken { get; private set; } = "";

    public string AuditorToken { get; private set; } = "";

    public string SystemAdministratorToken { get; private set; } = "";

    public static async Task<MatrixScenario> CreateAsync(ChanceryHost host)
    {
        var s = new MatrixScenario(host);
        var units = host.Units;
        s.Province = await units.CreateRootAsync();
        s.Inside = await units.CreateAsync(UnitsApi.UniqueName("Huyện Trong"), UnitKind.District, s.Province, "2010-01-01");
        s.InsideBelow = await units.CreateAsync(UnitsApi.UniqueName("Xã Trong"), UnitKind.Commune, s.Inside, "2010-01-01");
        s.Outside = await units.CreateAsync(UnitsApi.UniqueName("Huyện Ngoài"), UnitKind.District, s.Province, "2010-01-01");

        var tokens = host.Tokens;
        s.administratorSecret = await tokens.RegisterClientAsync(AdministratorClient, Scopes.All, Role.SystemAdministrator);
        s.SystemAdministratorToken = await s.AdministratorTokenAsync(Scopes.All);
        var auditorSecret = await tokens.RegisterClientAsync(AuditorClient, Scopes.All, Role.Auditor);
        s.AuditorToken = await tokens.ClientCredentialsAsync(AuditorClient, auditorSecret, Scopes.All);
        await tokens.RegisterClientAsync(TargetClient, [Scopes.HierarchyRead]);

        s.ViewerToken = await SignInAsync(host, "matrix.viewer", Role.Viewer, null);
        var unitAdministrator = await tokens.CreateUserAsync("matrix.unitadmin", Role.UnitAdministrator, Guid.Parse(s.Inside.Id));
        s.UnitAdministratorId = unitAdministrator.Id;
        s.UnitAdministratorToken = (await tokens.SignInAsync("matrix.unitadmin", unitAdministrator.Password, Scopes.All)).AccessToken;
        var revoked = await tokens.CreateUserAsync("matrix.revoked");
        s.RevokedUserId = revoked.Id;
        s.RevokedUserToken = (await tokens.SignInAsync("matrix.revoked", revoked.Password, Scopes.All)).AccessToken;
        return s;
    }

    /// <summary>A new token of the system administrator's machine client, with these scopes only.</summary>
    public Task<string> AdministratorTokenAsync(IEnumerable<string> scopes) =>
        Host.Tokens.ClientCredentialsAsync(AdministratorClient, administratorSecret, scopes);

    /// <summary>The token of a cell's caller (null for none). Expired and foreign tokens are made by the matrix itself.</summary>
    public async Task<string?> TokenAsync(Cell cell, string scope) => cell switch
    {
        Cell.NoToken => null,
        Cell.ExpiredToken => await AdministratorTokenAsync(Scopes.All),
        Cell.ForeignKeyToken => ForeignTokens.SignWithNewKey(await AdministratorTokenAsync(Scopes.All)),
        Cell.MissingScope => await AdministratorTokenAsync(Scopes.All.Where(s => s != scope)),
        Cell.Viewer => ViewerToken,
        Cell.UnitAdministratorInside or Cell.UnitAdministratorOutside => UnitAdministratorToken,
        Cell.Auditor => AuditorToken,
        Cell.SystemAdministrator => SystemAdministratorToken,
        Cell.RevokedGrant => RevokedUserToken,
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    public CallInvoker With(string? token) => Host.With(token);

    /// <summary>The objects of probes that only read them: made by <paramref name="prepare"/> once per scenario and place, then shared.</summary>
    public Task<Target> SharedAsync(string name, Place place, Func<MatrixScenario, Place, Task<Target>> prepare) =>
        shared.GetOrAdd((name, place), _ => new Lazy<Task<Target>>(() => prepare(this, place))).Value;

    /// <summary>A new unit below the subtree's top (inside) or below the district outside, made by a system administrator.</summary>
    public Task<Unit> NewUnitAsync(Place place) =>
        Host.Units.CreateAsync(UnitsApi.UniqueName("Phòng Thử"), UnitKind.Division, Of(place), "2020-01-01");

    /// <summary>The district inside or outside the subtree.</summary>
    public Unit Of(Place place) => place == Place.Inside ? Inside : Outside;

    private static async Task<string> SignInAsync(ChanceryHost host, string userName, Role role, Guid? unitId)
    {
        var user = await host.Tokens.CreateUserAsync(userName, role, unitId);
        return (await host.Tokens.SignInAsync(userName, user.Password, Scopes.All)).AccessToken;
    }
}
