using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Chancery.Server.Grpc;

/// <summary>
/// The message of each rule type (each <c>FAILED_PRECONDITION</c> violation's <c>type</c>) in
/// Vietnamese, for a caller whose <c>accept-language</c> metadata prefers it (the portal sends its
/// page's language). The <c>type</c>, the <c>subject</c> and every field name stay as they are; a
/// violation is given the catalogue's sentence instead of the English text the rule wrote, which
/// keeps its particulars (dates, periods, ids) — the subject still names the object. A type not in
/// the catalogue, and every other status, keeps the English text.
/// </summary>
public static class RuleMessages
{
    public static readonly IReadOnlyDictionary<string, string> Vietnamese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hierarchy.parent-period"] = "Thời gian tồn tại của đơn vị phải nằm trong thời gian tồn tại của đơn vị cấp trên.",
        ["hierarchy.open-children"] = "Đơn vị còn đơn vị trực thuộc có hiệu lực sau ngày này: hãy điều chuyển hoặc chấm dứt các đơn vị trực thuộc trước (hoặc trong cùng phương án).",
        ["hierarchy.no-cycle"] = "Không thể đặt một đơn vị dưới chính nó hoặc dưới một đơn vị trực thuộc của nó.",
        ["hierarchy.code-unique"] = "Mã định danh này đã được một đơn vị khác sử dụng trong cùng thời gian.",
        ["hierarchy.already-closed"] = "Đơn vị đã chấm dứt hoạt động.",
        ["hierarchy.effective-date-in-period"] = "Ngày hiệu lực phải nằm trong thời gian tồn tại của đơn vị.",
        ["positions.within-unit"] = "Thời gian của chức danh phải nằm trong thời gian tồn tại của đơn vị.",
        ["positions.one-head"] = "Mỗi đơn vị chỉ có một chức danh người đứng đầu tại cùng một thời điểm.",
        ["positions.effective-date-in-period"] = "Ngày hiệu lực phải nằm trong thời gian của chức danh.",
        ["positions.carried-once"] = "Phương án chuyển cùng một chức danh nhiều lần.",
        ["appointments.within-position"] = "Thời gian bổ nhiệm phải nằm trong thời gian của chức danh.",
        ["appointments.one-holder"] = "Chức danh đã có người giữ (chính thức hoặc quyền) trong thời gian này.",
        ["appointments.duplicate"] = "Người này đã được bổ nhiệm vào chức danh này trong thời gian đó.",
        ["appointments.effective-date-in-period"] = "Ngày hiệu lực phải nằm trong thời gian bổ nhiệm.",
        ["delegations.not-self"] = "Không ai phân công, ủy quyền cho chính mình.",
        ["delegations.both-hold"] = "Phân công, ủy quyền chỉ có hiệu lực khi cả hai bên đều giữ chức danh của mình trong suốt thời gian đó.",
        ["delegations.delegator-holds"] = "Người phân công, ủy quyền phải là người đứng đầu đang giữ chức danh vào thời gian đó.",
        ["delegations.delegate-position"] = "Người được giao không giữ chức danh phù hợp (cấp phó của đơn vị, hoặc người đứng đầu đơn vị cấp dưới, hoặc Chánh Văn phòng).",
        ["delegations.within-delegator"] = "Phạm vi phân công, ủy quyền không được vượt quá những gì người giao đang nắm giữ.",
        ["delegations.no-cycle"] = "Phân công, ủy quyền không được tạo thành vòng.",
        ["delegations.no-reauthorization"] = "Người được ủy quyền không được ủy quyền tiếp cho người khác.",
        ["delegations.no-further"] = "Quyền ký thừa lệnh chỉ được giao tiếp một lần, cho cấp phó của người được giao.",
        ["delegations.field-overlap"] = "Hai cấp phó cùng phụ trách một lĩnh vực trong cùng thời gian: hãy thu hồi phân công kia từ ngày này, hoặc đánh dấu giao trùng có chủ đích kèm lý do.",
        ["delegations.revoke-in-period"] = "Ngày thu hồi phải nằm trong thời gian hiệu lực của phân công, ủy quyền.",
        ["delegations.head-vacant"] = "Đơn vị đang khuyết người đứng đầu.",
        ["fields.code-unique"] = "Mã lĩnh vực này đã được sử dụng trong cùng thời gian.",
        ["fields.of-unit"] = "Lĩnh vực không thuộc danh mục chung cũng không phải lĩnh vực riêng của đơn vị.",
        ["fields.in-use"] = "Lĩnh vực đang được phân công, ủy quyền: hãy thu hồi trước.",
        ["fields.effective-date-in-period"] = "Ngày hiệu lực phải nằm trong thời gian của lĩnh vực.",
        ["access.already-revoked"] = "Quyền này đã bị thu hồi.",
        ["access.grant-exists"] = "Quyền này đã được cấp.",
        ["access.public-client"] = "Ứng dụng công khai không có khóa bí mật.",
        ["access.session-ended"] = "Phiên đăng nhập này đã kết thúc.",
        ["audit.chain-broken"] = "Chuỗi nhật ký đã bị thay đổi: không thể thực hiện.",
        ["plan.id-reused"] = "Một phương án khác có cùng mã đã được thực hiện: hãy đặt mã khác.",
    };

    /// <summary>Whether the call's <c>accept-language</c> puts Vietnamese first (<c>vi</c>, <c>vi-VN</c>, <c>vi;q=1, en;q=0.5</c>).</summary>
    public static bool WantsVietnamese(ServerCallContext? context) =>
        context?.RequestHeaders.GetValue("accept-language") is { } header
        && header.Split(',')[0].Trim() is var first && (first.Equals("vi", StringComparison.OrdinalIgnoreCase) || first.StartsWith("vi-", StringComparison.OrdinalIgnoreCase) || first.StartsWith("vi;", StringComparison.OrdinalIgnoreCase));

    /// <summary>The status with each known rule's description (and, for a refusal by rules, its message) in Vietnamese.</summary>
    public static Google.Rpc.Status InVietnamese(Google.Rpc.Status status)
    {
        for (var i = 0; i < status.Details.Count; i++)
        {
            if (!status.Details[i].TryUnpack<PreconditionFailure>(out var failure))
            {
                continue;
            }

            foreach (var v in failure.Violations)
            {
                if (Vietnamese.TryGetValue(v.Type, out var text))
                {
                    v.Description = text;
                }
            }

            status.Details[i] = Any.Pack(failure);
            if (status.Code == (int)Code.FailedPrecondition && failure.Violations.FirstOrDefault() is { } first && Vietnamese.ContainsKey(first.Type))
            {
                status.Message = failure.Violations.Count == 1 ? first.Description : $"{first.Description} (và {failure.Violations.Count - 1} vi phạm khác)";
            }
        }

        return status;
    }
}
