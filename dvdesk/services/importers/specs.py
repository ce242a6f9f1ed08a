"""What each import reads: the fields of initiatives, awards and units, with the header texts
offices use for them (matched case- and diacritic-insensitively, see :mod:`.layout`)."""

from __future__ import annotations

from dataclasses import dataclass

from dvdesk.domain import labels

KINDS = ("initiatives", "awards", "units")
KIND_LABELS = {"initiatives": "Mô hình, điển hình", "awards": "Khen thưởng", "units": "Đơn vị",
               "reviews": "Kết quả đánh giá tại mốc sơ kết, tổng kết"}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # the header our templates use
    synonyms: tuple[str, ...] = ()
    type: str = "text"  # text | longtext | int | money | year | date | bool | choice | skip
    required: bool = False
    help: str = ""
    example: str = ""
    column: str = ""  # "table.column" the field fills; "" for a column only the importer knows

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


# The stored column an import field fills, where its key is not the column's own name.
COLUMN_OF = {"unit": "unit_id", "phase": "phase_id", "field": "field_id", "block": "block_id",
             "parent": "parent_id", "form": "decisions.form_id", "decision_number": "decisions.number",
             "proposed_form": "proposed_form_id"}


def _stored(table: str, key: str, synonyms: tuple[str, ...] = (), type: str = "text", **kw) -> FieldSpec:
    """A field that fills a stored column: its header is that column's one label
    (:mod:`dvdesk.domain.labels`); the synonyms are other headers offices use for it."""
    column = COLUMN_OF.get(key, key)
    if "." not in column:
        column = f"{table}.{column}"
    where, _, name = column.partition(".")
    return FieldSpec(key, labels.field_label(name, where), synonyms, type, column=column, **kw)


TT = FieldSpec("_tt", "TT", ("STT", "Số TT", "Số thứ tự", "TT.", "Stt"), "skip",
               help="Số thứ tự: không nhập vào chương trình.", example="1")
UUID = FieldSpec("uuid", "UUID", ("Mã định danh", "ID"), help="Mã định danh do dvdesk tạo; để trống khi thêm mới.")
REASON = FieldSpec("_reason", "Lý do", ("Lý do bị từ chối", "Lý do không nhập được"), "skip",
                   help="Cột do dvdesk thêm vào tệp các dòng bị từ chối: không nhập.")

INITIATIVE_FIELDS: tuple[FieldSpec, ...] = (
    TT,
    _stored("initiatives", "code", ("Mã số", "Mã mô hình", "Mã hồ sơ", "Mã MH", "Mã số mô hình"),
            help="Mã mô hình (ví dụ DVK-2025-0001); để trống thì chương trình tự cấp.", example="DVK-2025-0001"),
    _stored("initiatives", "name",
            ("Tên mô hình", "Tên mô hình/điển hình", "Tên mô hình điển hình", "Tên điển hình",
             "Mô hình, điển hình", "Tên mô hình, điển hình tiêu biểu", "Tên mô hình dân vận khéo",
             "Tên mô hình, điển hình Dân vận khéo", "Mô hình", "Điển hình", "Tên", "Tên gọi"),
            required=True, help="Bắt buộc.", example="Mô hình \"Tổ hợp tác sản xuất lúa chất lượng cao\""),
    _stored("initiatives", "unit",
            ("Đơn vị thực hiện", "Cơ quan, đơn vị", "Đơn vị đăng ký", "Địa phương, đơn vị", "Đơn vị, địa phương",
             "Cơ quan, đơn vị, địa phương", "Tên đơn vị", "Địa phương", "Đơn vị xây dựng",
             "Đơn vị thực hiện mô hình", "Cơ quan, đơn vị thực hiện"),
            required=True, help="Bắt buộc. Tên đơn vị như trong danh mục (tên hiện nay hoặc tên cũ); tên chưa có "
            "sẽ được tạo mới với ghi chú \"chưa xác minh\".", example="Xã Vĩnh Hòa"),
    _stored("initiatives", "year",
            ("Năm xây dựng", "Năm đăng ký", "Năm thực hiện", "Năm bắt đầu", "Năm triển khai"),
            "year", help="Năm đăng ký (4 chữ số). Bắt buộc nếu không có ngày đăng ký.", example="2025"),
    _stored("initiatives", "phase", ("Giai đoạn thi đua", "Thuộc giai đoạn"),
            help="Ví dụ 2021-2025; để trống thì lấy theo năm.", example="2021-2025"),
    _stored("initiatives", "field", ("Lĩnh vực thực hiện", "Thuộc lĩnh vực", "Lĩnh vực hoạt động"), "choice",
            help="Kinh tế; Văn hóa - xã hội; Quốc phòng - an ninh; Xây dựng hệ thống chính trị (có thể viết tắt "
            "KT, VH-XH, QP-AN, XDHTCT).", example="Kinh tế"),
    _stored("initiatives", "block", ("Khối thi đua", "Thuộc khối"), "choice",
            help="Khối Đảng; Khối chính quyền; Khối Mặt trận và đoàn thể; Lực lượng vũ trang; Doanh nghiệp; "
            "Khu dân cư/cơ sở. Để trống thì lấy theo đơn vị.", example="Khối chính quyền"),
    _stored("initiatives", "kind", ("Loại hình", "Mô hình hay điển hình", "Loại mô hình"), "choice",
            help="Mô hình hoặc Điển hình (mặc định: Mô hình).", example="Mô hình"),
    _stored("initiatives", "subject_kind",
            ("Tập thể/cá nhân", "Đối tượng", "Tập thể hay cá nhân", "Loại đối tượng"), "choice",
            help="Tập thể hoặc Cá nhân (mặc định: Tập thể; theo dòng mục \"I. TẬP THỂ\", \"II. CÁ NHÂN\" nếu có).",
            example="Tập thể"),
    _stored("initiatives", "person_name",
            ("Họ tên", "Tên cá nhân", "Người thực hiện", "Họ và tên cá nhân", "Cá nhân thực hiện",
             "Họ tên, chức vụ", "Họ và tên, chức vụ", "Người thực hiện (họ tên, chức vụ)"),
            help="Bắt buộc với điển hình cá nhân.", example=""),
    _stored("initiatives", "person_position", ("Chức danh", "Chức vụ, chức danh", "Chức vụ hiện nay"),
            help="Chức vụ của cá nhân.", example=""),
    _stored("initiatives", "registered_on", ("Thời gian đăng ký", "Ngày đăng ký mô hình"), "date",
            help="dd/mm/yyyy (cũng nhận mm/yyyy hoặc chỉ năm).", example="15/03/2025"),
    _stored("initiatives", "status", ("Tình trạng", "Tiến trình", "Trạng thái mô hình"), "choice",
            help="Đăng ký; Thẩm định, bình xét; Phân loại; Công nhận; Tiêu biểu; Đề nghị khen thưởng; Nhân rộng; "
            "Dừng (mặc định: Đăng ký).", example="Đăng ký"),
    _stored("initiatives", "rating", ("Kết quả xếp loại", "Xếp loại mô hình", "Phân loại", "Kết quả phân loại", "Đánh giá",
             "Kết quả đánh giá", "Xếp loại đánh giá"), "choice",
            help="Tốt; Khá; Trung bình; Yếu.", example=""),
    _stored("initiatives", "recognition_level", ("Công nhận cấp", "Cấp công nhận mô hình"), "choice",
            help="Trung ương; Tỉnh; Huyện (đến 30/6/2025); Xã/cơ sở.", example=""),
    _stored("initiatives", "recognition_decision",
            ("Quyết định công nhận", "QĐ công nhận", "Số QĐ công nhận", "Quyết định công nhận số"),
            help="Số, ký hiệu quyết định công nhận.", example=""),
    _stored("initiatives", "recognition_date",
            ("Ngày quyết định công nhận", "Ngày QĐ công nhận", "Ngày ký quyết định công nhận"), "date",
            help="dd/mm/yyyy.", example=""),
    _stored("initiatives", "exemplary", ("Mô hình tiêu biểu", "Điển hình tiêu biểu", "Là tiêu biểu"), "bool",
            help="Ghi \"x\" nếu là mô hình, điển hình tiêu biểu.", example=""),
    _stored("initiatives", "replication_count",
            ("Số lần nhân rộng", "Nhân rộng", "Số mô hình nhân rộng", "Số lượng nhân rộng"), "int",
            help="Số nơi (ấp, khu phố, đơn vị) đã nhân rộng mô hình; số nguyên.", example="0"),
    _stored("initiatives", "situation",
            ("Thực trạng", "Lý do xây dựng", "Thực trạng, lý do", "Sự cần thiết", "Lý do xây dựng mô hình"),
            "longtext", help="Văn bản tự do.", example=""),
    _stored("initiatives", "goals", ("Mục tiêu", "Tiêu chí", "Mục đích, yêu cầu"), "longtext",
            help="Văn bản tự do.", example=""),
    _stored("initiatives", "methods",
            ("Nội dung", "Cách thức thực hiện", "Nội dung thực hiện", "Nội dung, giải pháp", "Giải pháp thực hiện",
             "Cách làm", "Nội dung, cách làm", "Nội dung mô hình"), "longtext", help="Văn bản tự do.", example=""),
    _stored("initiatives", "area", ("Địa bàn", "Địa bàn, đối tượng", "Địa chỉ", "Địa bàn áp dụng"),
            help="Nơi thực hiện.", example=""),
    _stored("initiatives", "target_group",
            ("Đối tượng tác động", "Đối tượng thụ hưởng", "Đối tượng vận động", "Đối tượng hướng tới"),
            help="", example=""),
    _stored("initiatives", "lead_force", ("Chủ trì", "Lực lượng thực hiện", "Đơn vị chủ trì",
             "Cơ quan chủ trì"), help="", example=""),
    _stored("initiatives", "partners", ("Phối hợp", "Đơn vị phối hợp", "Cơ quan phối hợp"),
            help="", example=""),
    _stored("initiatives", "participants", ("Tham gia", "Số người tham gia", "Thành phần tham gia"),
            help="", example=""),
    _stored("initiatives", "budget",
            ("Kinh phí (đồng)", "Kinh phí thực hiện", "Tổng kinh phí", "Nguồn lực, kinh phí",
             "Nguồn kinh phí"), "money",
            help="Số tiền (đồng), ví dụ 15.000.000.", example="0"),
    _stored("initiatives", "workdays", ("Số ngày công",), "int", help="Số nguyên.", example="0"),
    _stored("initiatives", "socialized", ("Xã hội hóa (đồng)", "Xã hội hóa", "Vận động xã hội hóa",
             "Nguồn xã hội hóa"), "money", help="Số tiền (đồng).", example="0"),
    _stored("initiatives", "start_date", ("Thời gian bắt đầu", "Bắt đầu thực hiện", "Thời gian thực hiện",
             "Ngày triển khai", "Thời gian xây dựng", "Thời gian triển khai", "Thời gian xây dựng mô hình",
             "Ngày xây dựng", "Thời điểm xây dựng", "Thời gian bắt đầu thực hiện"), "date", help="dd/mm/yyyy.", example=""),
    _stored("initiatives", "progress", ("Tiến độ",), help="", example=""),
    _stored("initiatives", "evaluation_date", ("Ngày đánh giá", "Thời gian đánh giá"), "date",
            help="dd/mm/yyyy.", example=""),
    _stored("initiatives", "outputs",
            ("Kết quả", "Kết quả đạt được", "Kết quả đầu ra", "Hiệu quả", "Kết quả, hiệu quả", "Sản phẩm",
             "Kết quả thực hiện"), "longtext", help="Văn bản tự do.", example=""),
    _stored("initiatives", "sustainability",
            ("Khả năng duy trì", "Khả năng nhân rộng", "Tính bền vững", "Khả năng nhân rộng, duy trì"), "longtext",
            help="", example=""),
    _stored("initiatives", "tags", ("Chủ đề", "Thẻ", "Từ khóa", "Nhãn", "Chủ đề, từ khóa"),
            help="Các chủ đề, cách nhau bằng dấu chấm phẩy.", example=""),
    _stored("initiatives", "note", ("Ghi chú khác", "Chú thích"), "longtext", help="", example=""),
    UUID,
    REASON,
)

AWARD_FIELDS: tuple[FieldSpec, ...] = (
    TT,
    _stored("awards", "recipient_name",
            ("Họ và tên", "Họ tên", "Tên tập thể, họ và tên cá nhân", "Tập thể, cá nhân", "Tên tập thể/cá nhân",
             "Họ và tên/tên tập thể", "Họ và tên, tên tập thể", "Tên tập thể", "Tên cá nhân", "Người được khen thưởng",
             "Tập thể, cá nhân được khen thưởng", "Tên tập thể, họ tên cá nhân", "Tên"),
            required=True, help="Bắt buộc: họ tên cá nhân hoặc tên tập thể.", example="Nguyễn Văn An"),
    _stored("awards", "recipient_kind",
            ("Đối tượng", "Tập thể hay cá nhân", "Loại đối tượng", "Đối tượng khen thưởng"), "choice",
            help="Tập thể hoặc Cá nhân; có thể thay bằng các dòng mục \"I. TẬP THỂ\", \"II. CÁ NHÂN\".",
            example="Cá nhân"),
    FieldSpec("position_unit", "Chức vụ, đơn vị",
              ("Chức vụ và đơn vị", "Chức vụ, đơn vị công tác", "Chức vụ, nơi công tác", "Chức vụ - đơn vị",
               "Chức vụ, cơ quan, đơn vị"),
              help="Chức vụ và đơn vị viết chung; chương trình tách phần đơn vị nếu nhận ra tên đơn vị.",
              example="Chủ tịch Hội Nông dân, Xã Vĩnh Hòa"),
    _stored("awards", "position", ("Chức danh",), help="Chức vụ của cá nhân.", example=""),
    _stored("awards", "unit", ("Đơn vị công tác", "Cơ quan, đơn vị", "Nơi công tác", "Cơ quan công tác",
             "Đơn vị, địa phương", "Địa phương", "Tên đơn vị"),
            help="Đơn vị của cá nhân (hoặc đơn vị cấp trên của tập thể).", example=""),
    _stored("awards", "achievement",
            ("Tóm tắt thành tích", "Nội dung thành tích", "Thành tích đạt được", "Lý do khen thưởng",
             "Thành tích khen thưởng", "Thành tích, mô hình", "Tên mô hình, điển hình", "Tên mô hình"),
            "longtext", help="Thường là tên mô hình, điển hình.", example="Có thành tích xuất sắc ..."),
    _stored("awards", "amount",
            ("Tiền thưởng", "Số tiền thưởng", "Mức thưởng", "Thành tiền", "Số tiền (đồng)"),
            "money", help="Chỉ để đối chiếu: chương trình tự tính theo hệ số và mức lương cơ sở.", example=""),
    _stored("awards", "decision_number",
            ("Số QĐ", "Quyết định số", "QĐ số", "Quyết định", "Số, ký hiệu quyết định", "Số hiệu quyết định",
             "Số quyết định khen thưởng"),
            help="Bắt buộc nếu đầu bảng không ghi \"Kèm theo Quyết định số …\".", example="12-QĐ/BTGDVTU"),
    FieldSpec("decision_date", "Ngày quyết định",
              ("Ngày QĐ", "Ngày ký", "Ngày ký quyết định", "Ngày ban hành", "Ngày ban hành quyết định",
               "Ngày quyết định khen thưởng"), "date", help="dd/mm/yyyy.", example="10/10/2025"),
    _stored("awards", "form",
            ("Hình thức", "Hình thức khen", "Danh hiệu, hình thức khen thưởng", "Loại khen thưởng",
             "Hình thức khen thưởng đề nghị"), "choice",
            help="Ví dụ: Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy.",
            example="Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    _stored("awards", "birth_year", ("Sinh năm", "Ngày sinh", "Ngày, tháng, năm sinh"), "year",
            help="4 chữ số.", example=""),
    _stored("awards", "gender", ("Nam/Nữ", "Nam, nữ", "Phái"), "choice", help="Nam hoặc Nữ.", example=""),
    FieldSpec("initiative_code", "Mã mô hình", ("Mã số mô hình", "Mã"),
              help="Mã mô hình được khen (nếu có).", example=""),
    UUID,
    REASON,
)

UNIT_FIELDS: tuple[FieldSpec, ...] = (
    TT,
    _stored("units", "code", ("Mã", "Mã số"), help="Mã ngắn, không trùng (tùy chọn).", example="xa_vinh_hoa"),
    _stored("units", "name", ("Đơn vị", "Tên", "Cơ quan, đơn vị", "Tên cơ quan, đơn vị", "Tên đầy đủ",
             "Tên đơn vị, địa phương"),
            required=True, help="Bắt buộc: tên đầy đủ.", example="Xã Vĩnh Hòa"),
    _stored("units", "short_name", ("Tên ngắn", "Tên gọn", "Viết tắt", "Tên thường gọi", "Tên gọi tắt"),
            help="", example="Vĩnh Hòa"),
    _stored("units", "level", ("Cấp đơn vị", "Cấp hành chính"), "choice",
            help="Trung ương; Tỉnh; Huyện (đến 30/6/2025); Xã/cơ sở. Để trống thì đoán theo tên.", example="Xã/cơ sở"),
    _stored("units", "block", ("Khối thi đua", "Thuộc khối"), "choice", help="", example="Khu dân cư/cơ sở"),
    _stored("units", "parent", ("Cấp trên", "Trực thuộc", "Cơ quan cấp trên", "Thuộc",
             "Mã đơn vị cấp trên"),
            help="Tên hoặc mã đơn vị cấp trên.", example=""),
    _stored("units", "valid_from", ("Hiệu lực từ", "Từ ngày", "Ngày thành lập", "Ngày bắt đầu hiệu lực"),
            "date", help="dd/mm/yyyy; để trống nếu có từ lâu.", example=""),
    _stored("units", "valid_to", ("Hiệu lực đến", "Đến ngày", "Ngày hết hiệu lực", "Ngày giải thể",
             "Ngày kết thúc"),
            "date", help="dd/mm/yyyy; để trống nếu còn hoạt động.", example=""),
    FieldSpec("predecessors", "Đơn vị tiền thân", ("Tiền thân", "Hình thành từ", "Đơn vị cũ", "Trước đây là",
                                                   "Sáp nhập từ", "Hợp nhất từ"),
              help="Tên hoặc mã các đơn vị trước khi sáp nhập/đổi tên, cách nhau bằng dấu chấm phẩy.", example=""),
    _stored("units", "symbol", ("Ký hiệu văn bản", "Ký hiệu cơ quan"), help="Ví dụ BTGDVTU.", example=""),
    _stored("units", "precedence", ("Thứ tự sắp xếp", "Thứ tự ưu tiên", "Thứ tự in"), "int",
            help="Số nhỏ in trước.", example="10"),
    _stored("units", "note", ("Chú thích",), "longtext", help="", example=""),
    UUID,
    REASON,
)

# `dvdesk import reviews FILE --milestone KEY`: an office's list of the models recognized (and
# tiêu biểu) at a milestone; each row names an initiative by its code, else by name and unit.
_INIT = {f.key: f for f in INITIATIVE_FIELDS}
REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    TT,
    _INIT["code"],
    _INIT["name"],
    _INIT["unit"],
    _stored("reviews", "rating", ("Kết quả xếp loại", "Phân loại", "Kết quả phân loại", "Đánh giá", "Kết quả đánh giá",
             "Xếp loại đánh giá"), "choice", help="Tốt; Khá; Trung bình; Yếu."),
    _stored("reviews", "recognized", ("Công nhận", "Được công nhận mô hình", "Kết quả công nhận"), "bool",
            help="\"x\" nếu được công nhận (để trống cột này: mọi dòng là mô hình được công nhận)."),
    _stored("reviews", "exemplary", ("Mô hình tiêu biểu", "Điển hình tiêu biểu", "Là tiêu biểu"), "bool",
            help="\"x\" nếu là mô hình, điển hình tiêu biểu."),
    _stored("reviews", "proposed_form", ("Đề nghị khen thưởng", "Hình thức đề nghị", "Đề nghị hình thức khen thưởng",
             "Hình thức khen thưởng đề nghị"), "choice", help="Ví dụ: Bằng khen của Ban Thường vụ Tỉnh ủy."),
    _stored("reviews", "summary", ("Nhận xét", "Tóm tắt", "Tóm tắt kết quả", "Ý kiến nhận xét"),
            "longtext"),
    _stored("reviews", "reviewed_on", ("Ngày bình xét", "Thời gian đánh giá", "Ngày xét"), "date"),
    _stored("reviews", "recognition_level", ("Công nhận cấp", "Cấp công nhận mô hình"), "choice"),
    _stored("reviews", "recognition_decision", ("Quyết định công nhận", "QĐ công nhận", "Số QĐ công nhận",
             "Quyết định công nhận số")),
    _stored("reviews", "recognition_date", ("Ngày quyết định công nhận", "Ngày QĐ công nhận",
             "Ngày ký quyết định công nhận"), "date"),
    REASON,
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "initiatives": INITIATIVE_FIELDS,
    "awards": AWARD_FIELDS,
    "units": UNIT_FIELDS,
    "reviews": REVIEW_FIELDS,
}
PRIMARY = {"initiatives": "name", "awards": "recipient_name", "units": "name", "reviews": "name"}


def spec(kind: str, key: str) -> FieldSpec:
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(key)


def field_label(kind: str, key: str | None) -> str:
    if key is None:
        return "(bỏ qua)"
    return spec(kind, key).label
