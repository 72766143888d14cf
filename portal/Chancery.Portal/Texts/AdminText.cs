using Chancery.Portal.Setup;

namespace Chancery.Portal.Texts;

/// <summary>The words of the administration and audit pages, in Vietnamese and in English (kept apart from <see cref="Text"/>).</summary>
public sealed record AdminText
{
    public static AdminText Current => Languages.IsEnglish ? En : Vi;

    public required string Administration { get; init; }
    public required string Users { get; init; }
    public required string Clients { get; init; }
    public required string Grants { get; init; }
    public required string AuditTrail { get; init; }
    public required string UserName { get; init; }
    public required string UserNameHint { get; init; }
    public required string DisplayName { get; init; }
    public required string Password { get; init; }
    public required string PasswordHint { get; init; }
    public required string CreateUser { get; init; }
    public required string PasswordShownOnce { get; init; }
    public required string SecretShownOnce { get; init; }
    public required string Status { get; init; }
    public required string Active { get; init; }
    public required string Disabled { get; init; }
    public required string LockedUntil { get; init; }
    public required string Disable { get; init; }
    public required string Enable { get; init; }
    public required string SetPassword { get; init; }
    public required string NextPage { get; init; }
    public required string FirstPage { get; init; }
    public required string ClientId { get; init; }
    public required string Scopes { get; init; }
    public required string RedirectUris { get; init; }
    public required string RedirectUrisHint { get; init; }
    public required string PublicClient { get; init; }
    public required string RegisterClient { get; init; }
    public required string RotateSecret { get; init; }
    public required string RotateHint { get; init; }
    public required string Principal { get; init; }
    public required string PrincipalKind { get; init; }
    public required string User { get; init; }
    public required string Client { get; init; }
    public required string ChooseUser { get; init; }
    public required string ClientIdForGrant { get; init; }
    public required string Role { get; init; }
    public required string ChooseRole { get; init; }
    public required string Subtree { get; init; }
    public required string SubtreeHint { get; init; }
    public required string NoSubtree { get; init; }
    public required string GrantRole { get; init; }
    public required string Revoke { get; init; }
    public required string GrantedAt { get; init; }
    public required string GrantedBy { get; init; }
    public required string RevokedAt { get; init; }
    public required string IncludeRevoked { get; init; }
    public required string Filter { get; init; }
    public required string Done { get; init; }
    public required string Actions { get; init; }
    public required string EntityKind { get; init; }
    public required string EntityId { get; init; }
    public required string ActorId { get; init; }
    public required string Rpc { get; init; }
    public required string RpcHint { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Verify { get; init; }
    public required string ChainIntact { get; init; }
    public required string ChainBroken { get; init; }
    public required string EntriesChecked { get; init; }
    public required string FirstBad { get; init; }
    public required string Entity { get; init; }
    public required string NoEntries { get; init; }
    public required string Any { get; init; }
    public required string Manage { get; init; }
    public required string Refused { get; init; }

    /// <summary>The four roles, in the order of the contract (1 to 4).</summary>
    public required IReadOnlyList<string> RoleLabels { get; init; }

    public string RoleName(V1.Role role) => (int)role is >= 1 and <= 4 ? RoleLabels[(int)role - 1] : role.ToString();

    public static readonly AdminText Vi = new()
    {
        Administration = "Quản trị", Users = "Người dùng", Clients = "Hệ thống kết nối", Grants = "Vai trò và phân quyền", AuditTrail = "Nhật ký kiểm tra",
        UserName = "Tên đăng nhập", UserNameHint = "3–100 ký tự: a-z, chữ số, '.', '_', '-', '@'", DisplayName = "Tên hiển thị",
        Password = "Mật khẩu (không bắt buộc)", PasswordHint = "Ít nhất 10 ký tự; để trống để hệ thống tự tạo",
        CreateUser = "Tạo người dùng", PasswordShownOnce = "Mật khẩu (chỉ hiện một lần):", SecretShownOnce = "Mã bí mật (chỉ hiện một lần):",
        Status = "Trạng thái", Active = "Đang hoạt động", Disabled = "Đã khóa", LockedUntil = "Tạm khóa đến",
        Disable = "Khóa tài khoản", Enable = "Mở khóa", SetPassword = "Đặt mật khẩu mới", NextPage = "Trang sau", FirstPage = "Trang đầu",
        ClientId = "Mã hệ thống (client_id)", Scopes = "Phạm vi truy cập", RedirectUris = "Địa chỉ chuyển hướng (không bắt buộc)",
        RedirectUrisHint = "Mỗi dòng một địa chỉ; để trống cho hệ thống máy (client credentials)", PublicClient = "Ứng dụng công khai (không có mã bí mật, chỉ PKCE)",
        RegisterClient = "Đăng ký hệ thống", RotateSecret = "Đổi mã bí mật", RotateHint = "Mã bí mật cũ hết hiệu lực ngay",
        Principal = "Chủ thể", PrincipalKind = "Loại chủ thể", User = "Người dùng", Client = "Hệ thống", ChooseUser = "— Chọn người dùng —",
        ClientIdForGrant = "Hoặc mã hệ thống (client_id)", Role = "Vai trò", ChooseRole = "— Chọn vai trò —",
        Subtree = "Phạm vi quản trị (đơn vị gốc của nhánh)", SubtreeHint = "Chỉ cho vai trò quản trị đơn vị: chọn đơn vị trên cây", NoSubtree = "Không chọn (các vai trò khác)",
        GrantRole = "Giao vai trò", Revoke = "Thu hồi", GrantedAt = "Giao lúc", GrantedBy = "Người giao", RevokedAt = "Thu hồi lúc",
        IncludeRevoked = "Gồm cả vai trò đã thu hồi", Filter = "Lọc", Done = "Đã thực hiện.", Actions = "Thao tác",
        EntityKind = "Loại đối tượng", EntityId = "Mã đối tượng", ActorId = "Người thực hiện (mã)", Rpc = "Thao tác (RPC)",
        RpcHint = "Ví dụ /chancery.v1.Units/CreateUnit", From = "Từ ngày", To = "Đến trước ngày",
        Verify = "Kiểm tra chuỗi", ChainIntact = "Chuỗi nhật ký toàn vẹn.", ChainBroken = "Chuỗi nhật ký bị phá vỡ.",
        EntriesChecked = "Số mục đã kiểm tra", FirstBad = "Mục sai đầu tiên", Entity = "Đối tượng", NoEntries = "Không có mục nào.", Any = "Tất cả",
        Manage = "Quản lý", Refused = "Không thực hiện được",
        RoleLabels = ["Quản trị hệ thống", "Quản trị đơn vị", "Người xem", "Kiểm toán viên"],
    };

    public static readonly AdminText En = new()
    {
        Administration = "Administration", Users = "Users", Clients = "Clients", Grants = "Roles and grants", AuditTrail = "Audit trail",
        UserName = "User name", UserNameHint = "3–100 characters: a-z, digits, '.', '_', '-', '@'", DisplayName = "Display name",
        Password = "Password (optional)", PasswordHint = "At least 10 characters; leave empty to have one generated",
        CreateUser = "Create user", PasswordShownOnce = "Password (shown this once):", SecretShownOnce = "Secret (shown this once):",
        Status = "Status", Active = "Active", Disabled = "Disabled", LockedUntil = "Locked until",
        Disable = "Disable", Enable = "Enable", SetPassword = "Set a new password", NextPage = "Next page", FirstPage = "First page",
        ClientId = "Client id", Scopes = "Scopes", RedirectUris = "Redirect URIs (optional)",
        RedirectUrisHint = "One per line; empty for a machine client (client credentials)", PublicClient = "Public client (no secret, PKCE only)",
        RegisterClient = "Register client", RotateSecret = "Rotate secret", RotateHint = "The old secret stops working at once",
        Principal = "Principal", PrincipalKind = "Kind of principal", User = "User", Client = "Client", ChooseUser = "— Choose a user —",
        ClientIdForGrant = "Or a client id", Role = "Role", ChooseRole = "— Choose a role —",
        Subtree = "Subtree administered (its top unit)", SubtreeHint = "Unit administrators only: choose the unit on the tree", NoSubtree = "None (other roles)",
        GrantRole = "Grant role", Revoke = "Revoke", GrantedAt = "Granted at", GrantedBy = "Granted by", RevokedAt = "Revoked at",
        IncludeRevoked = "Include revoked grants", Filter = "Filter", Done = "Done.", Actions = "Actions",
        EntityKind = "Entity kind", EntityId = "Entity id", ActorId = "Actor (id)", Rpc = "Operation (RPC)",
        RpcHint = "For example /chancery.v1.Units/CreateUnit", From = "From", To = "Before",
        Verify = "Verify the chain", ChainIntact = "The audit chain is intact.", ChainBroken = "The audit chain is broken.",
        EntriesChecked = "Entries checked", FirstBad = "First bad entry", Entity = "Entity", NoEntries = "No entries.", Any = "Any",
        Manage = "Manage", Refused = "Not done",
        RoleLabels = ["System administrator", "Unit administrator", "Viewer", "Auditor"],
    };
}
