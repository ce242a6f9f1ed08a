"""What each import reads: the fields of initiatives, awards and units, with the header texts
offices use for them (matched case- and diacritic-insensitively, see :mod:`.layout`)."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("initiatives", "awards", "units")
KIND_LABELS = {"initiatives": "Mô hình, điển hình", "awards": "Khen thưởng", "units": "Đơn vị"}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # the header our templates use
    synonyms: tuple[str, ...] = ()
    type: str = "text"  # text | longtext | int | money | year | date | bool | choice | skip
    required: bool = False
    help: str = ""
    example: str = ""

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


TT = FieldSpec("_tt", "TT", ("STT", "Số TT", "Số thứ tự", "TT.", "Stt"), "skip",
               help="Số thứ tự: không nhập vào chương trình.", example="1")
UUID = FieldSpec("uuid", "UUID", ("Mã định danh", "ID"), help="Mã định danh do dvdesk tạo; để trống khi thêm mới.")
REASON = FieldSpec("_reason", "Lý do", ("Lý do bị từ chối", "Lý do không nhập được"), "skip",
                   help="Cột do dvdesk thêm vào tệp các dòng bị từ chối: không nhập.")

INITIATIVE_FIELDS: tuple[FieldSpec, ...] = (
    TT,
    FieldSpec("code", "Mã", ("Mã số", "Mã mô hình", "Mã hồ sơ", "Mã MH", "Mã số mô hình"),
              help="Mã mô hình (ví dụ DVK-2025-0001); để trống thì chương trình tự cấp.", example="DVK-2025-0001"),
    FieldSpec("name", "Tên mô hình, điển hình",
              ("Tên mô hình", "Tên mô hình/điển hình", "Tên mô hình điển hình", "Tên điển hình",
               "Mô hình, điển hình", "Tên mô hình, điển hình tiêu biểu", "Tên mô hình dân vận khéo",
               "Tên mô hình, điển hình Dân vận khéo", "Mô hình", "Điển hình", "Tên", "Tên gọi"),
              required=True, help="Bắt buộc.", example="Mô hình \"Tổ hợp tác sản xuất lúa chất lượng cao\""),
    FieldSpec("unit", "Đơn vị",
              ("Đơn vị thực hiện", "Cơ quan, đơn vị", "Đơn vị đăng ký", "Địa phương, đơn vị", "Đơn vị, địa phương",
               "Cơ quan, đơn vị, địa phương", "Tên đơn vị", "Địa phương", "Đơn vị xây dựng",
               "Đơn vị thực hiện mô hình", "Cơ quan, đơn vị thực hiện"),
              required=True, help="Bắt buộc. Tên đơn vị như trong danh mục (tên hiện nay hoặc tên cũ); tên chưa có "
              "sẽ được tạo mới với ghi chú \"chưa xác minh\".", example="Xã Vĩnh Hòa"),
    FieldSpec("year", "Năm", ("Năm xây dựng", "Năm đăng ký", "Năm thực hiện", "Năm bắt đầu", "Năm triển khai"),
              "year", help="Năm đăng ký (4 chữ số). Bắt buộc nếu không có ngày đăng ký.", example="2025"),
    FieldSpec("phase", "Giai đoạn", ("Giai đoạn thi đua", "Thuộc giai đoạn"),
              help="Ví dụ 2021-2025; để trống thì lấy theo năm.", example="2021-2025"),
    FieldSpec("field", "Lĩnh vực", ("Lĩnh vực thực hiện", "Thuộc lĩnh vực", "Lĩnh vực hoạt động"), "choice",
              help="Kinh tế; Văn hóa - xã hội; Quốc phòng - an ninh; Xây dựng hệ thống chính trị (có thể viết tắt "
              "KT, VH-XH, QP-AN, XDHTCT).", example="Kinh tế"),
    FieldSpec("block", "Khối", ("Khối thi đua", "Thuộc khối"), "choice",
              help="Khối Đảng; Khối chính quyền; Khối Mặt trận và đoàn thể; Lực lượng vũ trang; Doanh nghiệp; "
              "Khu dân cư/cơ sở. Để trống thì lấy theo đơn vị.", example="Khối chính quyền"),
    FieldSpec("kind", "Loại", ("Loại hình", "Mô hình hay điển hình", "Loại mô hình"), "choice",
              help="Mô hình hoặc Điển hình (mặc định: Mô hình).", example="Mô hình"),
    FieldSpec("subject_kind", "Tập thể/cá nhân",
              ("Đối tượng", "Tập thể hay cá nhân", "Loại đối tượng", "Đối tượng (tập thể/cá nhân)"), "choice",
              help="Tập thể hoặc Cá nhân (mặc định: Tập thể; theo dòng mục \"I. TẬP THỂ\", \"II. CÁ NHÂN\" nếu có).",
              example="Tập thể"),
    FieldSpec("person_name", "Họ và tên",
              ("Họ tên", "Tên cá nhân", "Người thực hiện", "Họ và tên cá nhân", "Cá nhân thực hiện",
               "Họ tên, chức vụ", "Họ và tên, chức vụ", "Người thực hiện (họ tên, chức vụ)"),
              help="Bắt buộc với điển hình cá nhân.", example=""),
    FieldSpec("person_position", "Chức vụ", ("Chức danh", "Chức vụ, chức danh", "Chức vụ hiện nay"),
              help="Chức vụ của cá nhân.", example=""),
    FieldSpec("registered_on", "Ngày đăng ký", ("Thời gian đăng ký", "Ngày đăng ký mô hình"), "date",
              help="dd/mm/yyyy (cũng nhận mm/yyyy hoặc chỉ năm).", example="15/03/2025"),
    FieldSpec("status", "Trạng thái", ("Tình trạng", "Tiến trình", "Trạng thái mô hình"), "choice",
              help="Đăng ký; Thẩm định, bình xét; Phân loại; Công nhận; Tiêu biểu; Đề nghị khen thưởng; Nhân rộng; "
              "Dừng (mặc định: Đăng ký).", example="Đăng ký"),
    FieldSpec("rating", "Xếp loại", ("Kết quả xếp loại", "Phân loại", "Kết quả phân loại", "Đánh giá",
                                     "Kết quả đánh giá", "Xếp loại đánh giá"), "choice",
              help="Tốt; Khá; Trung bình; Yếu.", example=""),
    FieldSpec("recognition_level", "Cấp công nhận", ("Công nhận cấp", "Cấp công nhận mô hình"), "choice",
              help="Trung ương; Tỉnh; Huyện (đến 30/6/2025); Xã/cơ sở.", example=""),
    FieldSpec("recognition_decision", "Quyết định công nhận",
              ("Số quyết định công nhận", "QĐ công nhận", "Số QĐ công nhận", "Quyết định công nhận số"),
              help="Số, ký hiệu quyết định công nhận.", example=""),
    FieldSpec("recognition_date", "Ngày công nhận",
              ("Ngày quyết định công nhận", "Ngày QĐ công nhận", "Ngày ký quyết định công nhận"), "date",
              help="dd/mm/yyyy.", example=""),
    FieldSpec("exemplary", "Tiêu biểu", ("Mô hình tiêu biểu", "Điển hình tiêu biểu", "Là tiêu biểu"), "bool",
              help="Ghi \"x\" nếu là mô hình, điển hình tiêu biểu.", example=""),
    FieldSpec("replication_count", "Số lần nhân rộng",
              ("Nhân rộng", "Số nơi nhân rộng", "Số mô hình nhân rộng", "Số lượng nhân rộng"), "int",
              help="Số nguyên.", example="0"),
    FieldSpec("situation", "Thực trạng, lý do xây dựng",
              ("Thực trạng", "Lý do xây dựng", "Thực trạng, lý do", "Sự cần thiết", "Lý do xây dựng mô hình"),
              "longtext", help="Văn bản tự do.", example=""),
    FieldSpec("goals", "Mục tiêu, tiêu chí", ("Mục tiêu", "Tiêu chí", "Mục đích, yêu cầu"), "longtext",
              help="Văn bản tự do.", example=""),
    FieldSpec("methods", "Nội dung, cách thức thực hiện",
              ("Nội dung", "Cách thức thực hiện", "Nội dung thực hiện", "Nội dung, giải pháp", "Giải pháp thực hiện",
               "Cách làm", "Nội dung, cách làm", "Nội dung mô hình"), "longtext", help="Văn bản tự do.", example=""),
    FieldSpec("area", "Địa bàn", ("Địa bàn thực hiện", "Địa bàn, đối tượng", "Địa chỉ", "Địa bàn áp dụng"),
              help="Nơi thực hiện.", example=""),
    FieldSpec("target_group", "Đối tượng tác động",
              ("Đối tượng thụ hưởng", "Đối tượng vận động", "Đối tượng hướng tới", "Đối tượng áp dụng"),
              help="", example=""),
    FieldSpec("lead_force", "Lực lượng chủ trì", ("Chủ trì", "Lực lượng thực hiện", "Đơn vị chủ trì",
                                                  "Cơ quan chủ trì"), help="", example=""),
    FieldSpec("partners", "Lực lượng phối hợp", ("Phối hợp", "Đơn vị phối hợp", "Cơ quan phối hợp"),
              help="", example=""),
    FieldSpec("participants", "Lực lượng tham gia", ("Tham gia", "Số người tham gia", "Thành phần tham gia"),
              help="", example=""),
    FieldSpec("budget", "Kinh phí (đồng)", ("Kinh phí", "Kinh phí thực hiện", "Tổng kinh phí", "Nguồn lực, kinh phí",
                                            "Nguồn kinh phí"), "money",
              help="Số tiền, ví dụ 15.000.000.", example="0"),
    FieldSpec("workdays", "Ngày công", ("Số ngày công",), "int", help="Số nguyên.", example="0"),
    FieldSpec("socialized", "Xã hội hóa (đồng)", ("Xã hội hóa", "Kinh phí xã hội hóa", "Vận động xã hội hóa",
                                                  "Nguồn xã hội hóa"), "money", help="Số tiền.", example="0"),
    FieldSpec("start_date", "Ngày bắt đầu", ("Thời gian bắt đầu", "Bắt đầu thực hiện", "Thời gian thực hiện",
                                             "Ngày triển khai"), "date", help="dd/mm/yyyy.", example=""),
    FieldSpec("progress", "Tiến độ", ("Tiến độ thực hiện",), help="", example=""),
    FieldSpec("evaluation_date", "Thời điểm đánh giá", ("Ngày đánh giá", "Thời gian đánh giá"), "date",
              help="dd/mm/yyyy.", example=""),
    FieldSpec("outputs", "Sản phẩm, kết quả đầu ra",
              ("Kết quả", "Kết quả đạt được", "Kết quả đầu ra", "Hiệu quả", "Kết quả, hiệu quả", "Sản phẩm",
               "Kết quả thực hiện"), "longtext", help="Văn bản tự do.", example=""),
    FieldSpec("sustainability", "Khả năng duy trì, nhân rộng",
              ("Khả năng duy trì", "Khả năng nhân rộng", "Tính bền vững", "Khả năng nhân rộng, duy trì"), "longtext",
              help="", example=""),
    FieldSpec("tags", "Chủ đề", ("Thẻ", "Từ khóa", "Nhãn", "Chủ đề, từ khóa"),
              help="Các chủ đề, cách nhau bằng dấu chấm phẩy.", example=""),
    FieldSpec("note", "Ghi chú", ("Ghi chú khác", "Chú thích"), "longtext", help="", example=""),
    UUID,
    REASON,
)

AWARD_FIELDS: tuple[FieldSpec, ...] = (
    TT,
    FieldSpec("recipient_name", "Họ và tên",
              ("Họ tên", "Tên tập thể, họ và tên cá nhân", "Tên tập thể, cá nhân", "Tập thể, cá nhân", "Tên tập thể/cá nhân", "Họ và tên/tên tập thể",
               "Họ và tên, tên tập thể", "Tên tập thể", "Tên cá nhân", "Người được khen thưởng",
               "Tập thể, cá nhân được khen thưởng", "Tên tập thể, họ tên cá nhân", "Tên"),
              required=True, help="Bắt buộc: họ tên cá nhân hoặc tên tập thể.", example="Nguyễn Văn An"),
    FieldSpec("recipient_kind", "Đối tượng", ("Tập thể hay cá nhân", "Loại đối tượng", "Đối tượng khen thưởng",
                                              "Đối tượng (tập thể/cá nhân)"), "choice",
              help="Tập thể hoặc Cá nhân; có thể thay bằng các dòng mục \"I. TẬP THỂ\", \"II. CÁ NHÂN\".",
              example="Cá nhân"),
    FieldSpec("position_unit", "Chức vụ, đơn vị",
              ("Chức vụ và đơn vị", "Chức vụ, đơn vị công tác", "Chức vụ, nơi công tác", "Chức vụ - đơn vị",
               "Chức vụ, cơ quan, đơn vị"),
              help="Chức vụ và đơn vị viết chung; chương trình tách phần đơn vị nếu nhận ra tên đơn vị.",
              example="Chủ tịch Hội Nông dân, Xã Vĩnh Hòa"),
    FieldSpec("position", "Chức vụ", ("Chức danh",), help="Chức vụ của cá nhân.", example=""),
    FieldSpec("unit", "Đơn vị", ("Đơn vị công tác", "Cơ quan, đơn vị", "Nơi công tác", "Cơ quan công tác",
                                 "Đơn vị, địa phương", "Địa phương", "Tên đơn vị"),
              help="Đơn vị của cá nhân (hoặc đơn vị cấp trên của tập thể).", example=""),
    FieldSpec("achievement", "Thành tích",
              ("Tóm tắt thành tích", "Nội dung thành tích", "Thành tích đạt được", "Lý do khen thưởng",
               "Thành tích khen thưởng", "Thành tích, mô hình", "Tên mô hình, điển hình", "Tên mô hình"),
              "longtext", help="Thường là tên mô hình, điển hình.", example="Có thành tích xuất sắc ..."),
    FieldSpec("amount", "Số tiền", ("Tiền thưởng", "Số tiền thưởng", "Mức thưởng", "Thành tiền", "Số tiền (đồng)"),
              "money", help="Chỉ để đối chiếu: chương trình tự tính theo hệ số và mức lương cơ sở.", example=""),
    FieldSpec("decision_number", "Số quyết định",
              ("Số QĐ", "Quyết định số", "QĐ số", "Quyết định", "Số, ký hiệu quyết định", "Số hiệu quyết định",
               "Số quyết định khen thưởng"),
              help="Bắt buộc nếu đầu bảng không ghi \"Kèm theo Quyết định số …\".", example="12-QĐ/BTGDVTU"),
    FieldSpec("decision_date", "Ngày quyết định",
              ("Ngày QĐ", "Ngày ký", "Ngày ký quyết định", "Ngày ban hành", "Ngày ban hành quyết định",
               "Ngày quyết định khen thưởng"), "date", help="dd/mm/yyyy.", example="10/10/2025"),
    FieldSpec("form", "Hình thức khen thưởng",
              ("Hình thức", "Hình thức khen", "Danh hiệu, hình thức khen thưởng", "Loại khen thưởng",
               "Hình thức khen thưởng đề nghị"), "choice",
              help="Ví dụ: Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy.",
              example="Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    FieldSpec("birth_year", "Năm sinh", ("Sinh năm", "Ngày sinh", "Ngày, tháng, năm sinh"), "year",
              help="4 chữ số.", example=""),
    FieldSpec("gender", "Giới tính", ("Nam/Nữ", "Nam, nữ", "Phái"), "choice", help="Nam hoặc Nữ.", example=""),
    FieldSpec("initiative_code", "Mã mô hình", ("Mã số mô hình", "Mã"),
              help="Mã mô hình được khen (nếu có).", example=""),
    UUID,
    REASON,
)

UNIT_FIELDS: tuple[FieldSpec, ...] = (
    TT,
    FieldSpec("code", "Mã đơn vị", ("Mã", "Mã số"), help="Mã ngắn, không trùng (tùy chọn).", example="xa_vinh_hoa"),
    FieldSpec("name", "Tên đơn vị", ("Đơn vị", "Tên", "Cơ quan, đơn vị", "Tên cơ quan, đơn vị", "Tên đầy đủ",
                                     "Tên đơn vị, địa phương"),
              required=True, help="Bắt buộc: tên đầy đủ.", example="Xã Vĩnh Hòa"),
    FieldSpec("short_name", "Tên viết tắt", ("Tên ngắn", "Tên gọn", "Viết tắt", "Tên thường gọi", "Tên gọi tắt"),
              help="", example="Vĩnh Hòa"),
    FieldSpec("level", "Cấp", ("Cấp đơn vị", "Cấp hành chính"), "choice",
              help="Trung ương; Tỉnh; Huyện (đến 30/6/2025); Xã/cơ sở. Để trống thì đoán theo tên.", example="Xã/cơ sở"),
    FieldSpec("block", "Khối", ("Khối thi đua", "Thuộc khối"), "choice", help="", example="Khu dân cư/cơ sở"),
    FieldSpec("parent", "Đơn vị cấp trên", ("Cấp trên", "Trực thuộc", "Cơ quan cấp trên", "Thuộc",
                                            "Mã đơn vị cấp trên"),
              help="Tên hoặc mã đơn vị cấp trên.", example=""),
    FieldSpec("valid_from", "Hiệu lực từ ngày", ("Hiệu lực từ", "Từ ngày", "Ngày thành lập", "Ngày bắt đầu hiệu lực"),
              "date", help="dd/mm/yyyy; để trống nếu có từ lâu.", example=""),
    FieldSpec("valid_to", "Hiệu lực đến ngày", ("Hiệu lực đến", "Đến ngày", "Ngày hết hiệu lực", "Ngày giải thể",
                                                 "Ngày kết thúc"),
              "date", help="dd/mm/yyyy; để trống nếu còn hoạt động.", example=""),
    FieldSpec("predecessors", "Đơn vị tiền thân", ("Tiền thân", "Hình thành từ", "Đơn vị cũ", "Trước đây là",
                                                   "Sáp nhập từ", "Hợp nhất từ"),
              help="Tên hoặc mã các đơn vị trước khi sáp nhập/đổi tên, cách nhau bằng dấu chấm phẩy.", example=""),
    FieldSpec("symbol", "Ký hiệu", ("Ký hiệu văn bản", "Ký hiệu cơ quan"), help="Ví dụ BTGDVTU.", example=""),
    FieldSpec("precedence", "Thứ tự", ("Thứ tự sắp xếp", "Thứ tự ưu tiên", "Thứ tự in"), "int",
              help="Số nhỏ in trước.", example="10"),
    FieldSpec("note", "Ghi chú", ("Chú thích",), "longtext", help="", example=""),
    UUID,
    REASON,
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "initiatives": INITIATIVE_FIELDS,
    "awards": AWARD_FIELDS,
    "units": UNIT_FIELDS,
}
PRIMARY = {"initiatives": "name", "awards": "recipient_name", "units": "name"}


def spec(kind: str, key: str) -> FieldSpec:
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(key)


def field_label(kind: str, key: str | None) -> str:
    if key is None:
        return "(bỏ qua)"
    return spec(kind, key).label
