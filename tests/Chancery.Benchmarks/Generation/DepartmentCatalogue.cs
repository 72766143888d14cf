namespace Chancery.Benchmarks.Generation;

/// <summary>
/// The departments of a provincial People's Committee and what lies below them, as in the
/// OpenLDAP peer's generator: divisions, agencies with field structure, centres, hospitals with
/// clinical divisions, and schools with subject groups.
/// </summary>
public static class DepartmentCatalogue
{
    public sealed record Department(string Name, string Domain, bool Mandatory);

    public sealed record AgencyShape(string Name, string FieldUnit, string Station);

    public static readonly IReadOnlyList<Department> Departments =
    [
        new("Văn phòng Ủy ban nhân dân", "vp", true), new("Sở Nội vụ", "noivu", true),
        new("Sở Tư pháp", "tuphap", true), new("Sở Tài chính", "taichinh", true),
        new("Sở Công Thương", "congthuong", true), new("Sở Nông nghiệp và Môi trường", "nnmt", true),
        new("Sở Xây dựng", "xaydung", true), new("Sở Khoa học và Công nghệ", "khcn", true),
        new("Sở Văn hóa, Thể thao và Du lịch", "vhttdl", true), new("Sở Giáo dục và Đào tạo", "gddt", true),
        new("Sở Y tế", "yte", true), new("Thanh tra tỉnh", "thanhtra", true),
        new("Sở Dân tộc và Tôn giáo", "dantoc", false), new("Sở Ngoại vụ", "ngoaivu", false),
        new("Sở Lao động - Thương binh và Xã hội", "ldtbxh", false),
        new("Sở Kế hoạch và Đầu tư", "khdt", false), new("Sở Giao thông vận tải", "gtvt", false),
        new("Sở Thông tin và Truyền thông", "tttt", false), new("Sở Tài nguyên và Môi trường", "tnmt", false),
        new("Ban Quản lý các khu công nghiệp", "bqlkcn", false), new("Ban Dân tộc", "bandt", false),
        new("Ban Quản lý dự án đầu tư xây dựng", "bqlda", false),
        new("Đài Phát thanh và Truyền hình", "ptth", false), new("Trường Chính trị", "truongct", false),
    ];

    public static readonly IReadOnlyList<string> CommonDivisions =
        ["Văn phòng", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ", "Phòng Pháp chế", "Thanh tra"];

    public static readonly IReadOnlyDictionary<string, string[]> DomainDivisions = new Dictionary<string, string[]>
    {
        ["taichinh"] = ["Phòng Quản lý ngân sách", "Phòng Tài chính doanh nghiệp", "Phòng Quản lý giá và công sản",
            "Phòng Đầu tư", "Phòng Đăng ký kinh doanh", "Phòng Tài chính hành chính sự nghiệp"],
        ["nnmt"] = ["Phòng Trồng trọt và Bảo vệ thực vật", "Phòng Chăn nuôi và Thú y", "Phòng Quản lý đất đai",
            "Phòng Tài nguyên nước", "Phòng Môi trường", "Phòng Biến đổi khí hậu", "Phòng Lâm nghiệp"],
        ["yte"] = ["Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Phòng Bảo hiểm y tế", "Phòng Dân số"],
        ["gddt"] = ["Phòng Giáo dục Mầm non", "Phòng Giáo dục Phổ thông", "Phòng Giáo dục thường xuyên",
            "Phòng Khảo thí và Kiểm định chất lượng"],
        ["congthuong"] = ["Phòng Quản lý thương mại", "Phòng Quản lý công nghiệp", "Phòng Quản lý năng lượng",
            "Phòng Kỹ thuật an toàn và Môi trường"],
        ["xaydung"] = ["Phòng Quản lý quy hoạch kiến trúc", "Phòng Quản lý nhà và thị trường bất động sản",
            "Phòng Quản lý hạ tầng kỹ thuật", "Phòng Quản lý vận tải", "Phòng Quản lý chất lượng công trình"],
    };

    public static readonly IReadOnlyList<string> GenericDivisions =
        ["Phòng Nghiệp vụ {0}", "Phòng Quản lý chuyên ngành {0}", "Phòng Chính sách {0}"];

    public static readonly IReadOnlyList<string> SubDivisions =
        ["Tổ Tổng hợp", "Tổ Nghiệp vụ", "Tổ Một cửa", "Tổ Kiểm tra", "Tổ Hành chính - Quản trị", "Tổ Công nghệ thông tin", "Tổ Thẩm định"];

    public static readonly IReadOnlyDictionary<string, AgencyShape[]> Agencies = new Dictionary<string, AgencyShape[]>
    {
        ["nnmt"] = [new("Chi cục Kiểm lâm", "Hạt Kiểm lâm", "Trạm Kiểm lâm"),
            new("Chi cục Thủy lợi", "Đội Quản lý đê điều", "Trạm Quản lý đê"),
            new("Chi cục Chăn nuôi và Thú y", "Trạm Chăn nuôi và Thú y", "Chốt kiểm dịch"),
            new("Chi cục Trồng trọt và Bảo vệ thực vật", "Trạm Bảo vệ thực vật", "Điểm quan trắc")],
        ["yte"] = [new("Chi cục An toàn vệ sinh thực phẩm", "Đội Thanh tra an toàn thực phẩm", "Tổ kiểm tra")],
        ["taichinh"] = [new("Chi cục Thống kê", "Đội Thống kê khu vực", "Tổ điều tra")],
        ["congthuong"] = [new("Chi cục Quản lý thị trường", "Đội Quản lý thị trường", "Tổ công tác")],
        ["gtvt"] = [new("Ban Quản lý bảo trì đường bộ", "Hạt Quản lý đường bộ", "Tổ tuần đường")],
    };

    public static readonly IReadOnlyDictionary<string, string[]> Centres = new Dictionary<string, string[]>
    {
        ["vp"] = ["Trung tâm Phục vụ hành chính công", "Trung tâm Công báo - Tin học"],
        ["tuphap"] = ["Trung tâm Trợ giúp pháp lý nhà nước", "Trung tâm Dịch vụ đấu giá tài sản"],
        ["noivu"] = ["Trung tâm Lưu trữ lịch sử", "Trung tâm Dịch vụ việc làm"],
        ["khcn"] = ["Trung tâm Công nghệ thông tin và Truyền thông", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"],
        ["vhttdl"] = ["Thư viện tỉnh", "Bảo tàng tỉnh", "Trung tâm Văn hóa - Nghệ thuật", "Trung tâm Huấn luyện và Thi đấu thể thao"],
        ["nnmt"] = ["Trung tâm Khuyến nông", "Văn phòng Đăng ký đất đai", "Trung tâm Quan trắc tài nguyên và môi trường"],
        ["xaydung"] = ["Trung tâm Giám định chất lượng xây dựng", "Trung tâm Đăng kiểm phương tiện"],
        ["yte"] = ["Trung tâm Kiểm soát bệnh tật", "Trung tâm Giám định y khoa", "Trung tâm Kiểm nghiệm"],
    };

    public static readonly IReadOnlyList<string> CentreDivisions =
        ["Phòng Hành chính - Tổng hợp", "Phòng Nghiệp vụ", "Phòng Dịch vụ", "Phòng Kỹ thuật", "Phòng Kế toán"];

    public static readonly IReadOnlyList<string> Hospitals =
        ["Bệnh viện Đa khoa", "Bệnh viện Sản - Nhi", "Bệnh viện Y học cổ truyền", "Bệnh viện Phổi", "Bệnh viện Tâm thần",
         "Bệnh viện Mắt", "Bệnh viện Phục hồi chức năng"];

    public static readonly IReadOnlyList<string> ClinicalDivisions =
        ["Khoa Khám bệnh", "Khoa Cấp cứu", "Khoa Hồi sức tích cực - Chống độc", "Khoa Nội tổng hợp",
         "Khoa Nội tim mạch", "Khoa Ngoại tổng hợp", "Khoa Chấn thương chỉnh hình", "Khoa Phụ sản",
         "Khoa Nhi", "Khoa Truyền nhiễm", "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh", "Khoa Dược",
         "Khoa Gây mê hồi sức", "Khoa Răng Hàm Mặt", "Khoa Tai Mũi Họng", "Khoa Mắt", "Khoa Ung bướu",
         "Khoa Dinh dưỡng", "Khoa Kiểm soát nhiễm khuẩn", "Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng",
         "Phòng Tổ chức cán bộ", "Phòng Tài chính kế toán", "Phòng Quản lý chất lượng"];

    public static readonly IReadOnlyList<string> SubjectGroups =
        ["Tổ Toán", "Tổ Ngữ văn", "Tổ Ngoại ngữ", "Tổ Vật lý - Công nghệ", "Tổ Hóa - Sinh",
         "Tổ Lịch sử - Địa lý", "Tổ Giáo dục thể chất - Quốc phòng", "Tổ Tin học", "Tổ Văn phòng"];
}
