"""The Vietnamese label of every field (database column) users see, defined once.

Used by the validation messages (:mod:`dvdesk.domain.rules`), the audit log, the registration
dialog and the importer's column headers. ``FIELD_LABELS`` maps a column name to its label where
the name means the same thing in every table; ``RECORD_FIELD_LABELS`` holds the few columns whose
name is shared by tables but means something more specific in one of them (the ``name`` of an
initiative is "Tên mô hình, điển hình", of a unit "Tên đơn vị"). :func:`field_label` and
:func:`labels_for` combine the two.

Labels are in sentence case ("Số nơi nhân rộng"); :func:`lower_first` gives the form used inside
a sentence ("Chưa nhập số nơi nhân rộng.").
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    # shared by several tables
    "code": "Mã",
    "name": "Tên",
    "note": "Ghi chú",
    "summary": "Trích yếu",
    "number": "Số, ký hiệu",
    "deleted_at": "Ngày xóa",
    "valid_from": "Hiệu lực từ ngày",
    "valid_to": "Hiệu lực đến ngày",
    "unit_id": "Đơn vị",
    "unit_name": "Tên đơn vị",
    "phase_id": "Giai đoạn",
    "milestone_id": "Kỳ sơ kết, tổng kết",
    "year": "Năm",
    "field_id": "Lĩnh vực",
    "block_id": "Khối",
    "form_id": "Hình thức khen thưởng",
    "rating": "Xếp loại",
    "exemplary": "Tiêu biểu",
    "amount": "Số tiền",
    "coefficient": "Hệ số",
    "basis": "Căn cứ",
    # initiatives (mô hình, điển hình): the registration form
    "kind": "Loại",
    "subject_kind": "Đối tượng (tập thể/cá nhân)",
    "person_name": "Họ và tên",
    "person_position": "Chức vụ",
    "registered_on": "Ngày đăng ký",
    "situation": "Thực trạng, lý do xây dựng",
    "goals": "Mục tiêu, tiêu chí",
    "methods": "Nội dung, cách thức thực hiện",
    "area": "Địa bàn thực hiện",
    "target_group": "Đối tượng áp dụng",
    "lead_force": "Lực lượng chủ trì",
    "partners": "Lực lượng phối hợp",
    "participants": "Lực lượng tham gia",
    "budget": "Kinh phí",
    "workdays": "Ngày công",
    "socialized": "Kinh phí xã hội hóa",
    "start_date": "Ngày bắt đầu",
    "progress": "Tiến độ thực hiện",
    "evaluation_date": "Thời điểm đánh giá",
    "outputs": "Sản phẩm, kết quả đầu ra",
    "sustainability": "Khả năng duy trì, nhân rộng",
    "status": "Trạng thái",
    "recognition_level": "Cấp công nhận",
    "recognition_decision": "Số quyết định công nhận",  # the number of the decision, as issued
    "recognition_date": "Ngày công nhận",
    # the number of places the initiative was taken up in (ấp, khu phố, đơn vị khác)
    "replication_count": "Số nơi nhân rộng",
    "tags": "Thẻ, từ khóa",
    # awards
    "decision_id": "Quyết định",
    "recipient_name": "Tên tập thể, cá nhân",
    "recipient_kind": "Đối tượng (tập thể/cá nhân)",
    "position": "Chức vụ",
    "unit_text": "Đơn vị ghi trong quyết định",
    "birth_year": "Năm sinh",
    "gender": "Giới tính",
    "achievement": "Thành tích",
    "initiative_id": "Mô hình, điển hình",
    "base_salary": "Mức lương cơ sở",
    "manual_order": "Thứ tự sắp xếp",
    # decisions
    "signed_on": "Ngày ký",
    "issuer_parent": "Cơ quan cấp trên",
    "issuer_name": "Cơ quan ban hành",
    "issuer_symbol": "Ký hiệu cơ quan",
    "signer_authority": "Quyền hạn ký",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Người ký",
    "style": "Thể thức văn bản",
    # units
    "level": "Cấp",
    "short_name": "Tên viết tắt",
    "parent_id": "Đơn vị cấp trên",
    "symbol": "Ký hiệu",
    "precedence": "Thứ tự",
    "verified": "Đã xác minh",
    # attachments
    "file_name": "Tên tệp",
    "caption": "Chú thích",
    # settings (the audit log records them as fields of the settings table)
    "backup_dir": "Thư mục sao lưu",
    "agency": "Thông tin cơ quan",
    "name_order": "Thứ tự tên",
    "tone_order": "Thứ tự dấu thanh",
    "award_order": "Thứ tự danh sách khen thưởng",
    # directive documents
    "doc_type": "Loại văn bản",
    "issued_on": "Ngày ban hành",
    "issuer": "Cơ quan ban hành",
    # unit links, phases, milestones
    "predecessor_id": "Đơn vị tiền thân",
    "successor_id": "Đơn vị kế tục",
    "effective_date": "Ngày hiệu lực",
    "start_year": "Năm bắt đầu",
    "end_year": "Năm kết thúc",
    "key": "Mã kỳ",
    "held_on": "Ngày tổ chức",
    # status history, reviews, award forms
    "from_status": "Từ trạng thái",
    "to_status": "Sang trạng thái",
    "changed_on": "Ngày chuyển",
    "recognized": "Được công nhận",
    "proposed_form_id": "Hình thức đề nghị khen thưởng",
    "reviewed_on": "Ngày đánh giá",
    "carries_money": "Có tiền thưởng",
    # issuers and decisions (schema v2)
    "body": "Cơ quan ban hành (mã)",
    "parent_name": "Cơ quan cấp trên",
    "authority": "Thẩm quyền quyết định",
    "numbering": "Cách đánh số",
    "term_start": "Năm đầu nhiệm kỳ",
    "place": "Địa danh",
    "issuer_body": "Cơ quan ban hành",
    "issuer_id": "Cơ quan ban hành",
    "legal_bases": "Căn cứ",
    "proposer": "Xét đề nghị của",
    "amount_override_reason": "Lý do sửa số tiền",
    "document_id": "Văn bản",
    # bookkeeping
    "sort_order": "Thứ tự",
    "uuid": "Mã định danh",
    "created_at": "Ngày tạo",
    "updated_at": "Ngày sửa",
}

# Columns whose shared name means something more specific in one table.
RECORD_FIELD_LABELS: dict[str, dict[str, str]] = {
    "initiatives": {"name": "Tên mô hình, điển hình"},
    "units": {"name": "Tên đơn vị", "code": "Mã đơn vị"},
    "decisions": {"number": "Số quyết định"},
    "reviews": {"summary": "Nhận xét, đánh giá"},
}


def lower_first(text: str) -> str:
    """"Số nơi nhân rộng" -> "số nơi nhân rộng" (only the first letter: "Mã UUID" keeps its capitals)."""
    return text[:1].lower() + text[1:]


def field_label(name: str, table: str | None = None) -> str:
    """The label of column ``name`` (of ``table`` when given); an unknown name is shown as it is."""
    if table is not None:
        specific = RECORD_FIELD_LABELS.get(table, {}).get(name)
        if specific is not None:
            return specific
    return FIELD_LABELS.get(name, name)


def labels_for(table: str) -> dict[str, str]:
    """Every label as seen from one table (its specific labels over the shared ones)."""
    return {**FIELD_LABELS, **RECORD_FIELD_LABELS.get(table, {})}


#: The labels as the audit log writes them inside a sentence ("tên: cũ → mới; kinh phí: 0 → 5000000").
AUDIT_FIELD_LABELS: dict[str, str] = {k: lower_first(v) for k, v in FIELD_LABELS.items()}
