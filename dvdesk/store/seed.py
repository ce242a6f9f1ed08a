"""Catalogs every new database starts with (DOMAIN.md): fields, blocks, phases and milestones,
award forms with dated coefficients, base salaries, default settings."""

from __future__ import annotations

from datetime import date

from dvdesk.domain import money
from dvdesk.domain.vocab import AwardOrder, DocumentStyle, MilestoneKind, NameOrder, ToneOrder

FIELDS = [
    ("KT", "Kinh tế"),
    ("VHXH", "Văn hóa - xã hội"),
    ("QPAN", "Quốc phòng - an ninh"),
    ("XDHTCT", "Xây dựng hệ thống chính trị"),
]

BLOCKS = [
    ("DANG", "Khối Đảng"),
    ("CQ", "Khối chính quyền"),
    ("MTDT", "Khối Mặt trận và đoàn thể"),
    ("LLVT", "Lực lượng vũ trang"),
    ("DN", "Doanh nghiệp"),
    ("KDC", "Khu dân cư/cơ sở"),
]

# (code, start, end, so_ket year, tong_ket year)
PHASES = [("2021-2025", 2021, 2025, 2023, 2025), ("2026-2030", 2026, 2030, 2028, 2030)]

DEFAULT_SETTINGS: dict[str, object] = {
    # No invented agency: a new database knows no office until the first-run dialog (or Cài đặt)
    # is answered; documents print dotted blanks meanwhile (tests use SAMPLE_AGENCY below).
    "agency": {
        "parent_body": "",
        "issuing_body": "",
        "symbol": "",
        "place": "",
        "signer_authority": "",
        "signer_title": "",
        "signer_name": "",
        "style": DocumentStyle.PARTY,
        "confirmed": False,
    },
    "name_order": NameOrder.VI,  # tên, chữ lót, họ (or AZ: as written)
    "tone_order": ToneOrder.CLDR,  # none huyền hỏi ngã sắc nặng (or ALT: none huyền sắc hỏi ngã nặng)
    "award_order": AwardOrder.PRECEDENCE,
    "backup_dir": "",
}


#: A sample office for tests and examples (never a real database's default; the demo sets its own).
SAMPLE_AGENCY: dict[str, object] = {
    "parent_body": "TỈNH ỦY AN GIANG",
    "issuing_body": "BAN TUYÊN GIÁO VÀ DÂN VẬN",
    "symbol": "BTGDVTU",
    "place": "An Giang",
    "signer_authority": "K/T TRƯỞNG BAN",
    "signer_title": "PHÓ TRƯỞNG BAN",
    "signer_name": "",
    "style": DocumentStyle.PARTY,
}


def milestone_rows(phase_id: int, code: str, start: int, end: int, so_ket: int, tong_ket: int) -> list[tuple]:
    rows = [(phase_id, f"nam-{y}", MilestoneKind.ANNUAL, y, f"Sơ kết năm {y}", None) for y in range(start, end + 1)]
    dash = code.replace("-", "–")
    rows.append((phase_id, f"so-ket-{so_ket}", MilestoneKind.SO_KET, so_ket, f"Sơ kết giữa giai đoạn {dash}", None))
    rows.append((phase_id, f"tong-ket-{tong_ket}", MilestoneKind.TONG_KET, tong_ket,
                 f"Tổng kết giai đoạn {dash}", date(tong_ket, 10, 15).isoformat()
                 if tong_ket == 2025 else None))
    return rows


def seed_catalogs(store) -> None:
    """Fill an empty database's catalogs (one transaction)."""
    import json

    with store.tx() as c:
        c.executemany("INSERT INTO fields(code, name, sort_order) VALUES (?,?,?)",
                      [(code, name, i) for i, (code, name) in enumerate(FIELDS, 1)])
        c.executemany("INSERT INTO blocks(code, name, sort_order) VALUES (?,?,?)",
                      [(code, name, i) for i, (code, name) in enumerate(BLOCKS, 1)])
        for code, start, end, so_ket, tong_ket in PHASES:
            cur = c.execute("INSERT INTO phases(code, name, start_year, end_year) VALUES (?,?,?,?)",
                            (code, f"Giai đoạn {code.replace('-', '–')}", start, end))
            c.executemany(
                "INSERT INTO milestones(phase_id, key, kind, year, name, held_on) VALUES (?,?,?,?,?,?)",
                milestone_rows(cur.lastrowid, code, start, end, so_ket, tong_ket),
            )
        for i, form in enumerate(money.DEFAULT_FORMS.values(), 1):
            valid_to = None
            if form.code in ("GK_HUYEN_UY", "GK_UBND_HUYEN"):
                valid_to = "2025-06-30"  # no district level after 30/6/2025
            cur = c.execute(
                "INSERT INTO award_forms(code, name, carries_money, sort_order, valid_to) VALUES (?,?,?,?,?)",
                (form.code, form.name, int(form.carries_money), i, valid_to),
            )
            c.executemany(
                "INSERT INTO award_coefficients(form_id, recipient_kind, valid_from, coefficient, basis)"
                " VALUES (?,?,?,?,?)",
                [(cur.lastrowid, k.recipient_kind, k.valid_from.isoformat(), str(k.coefficient), k.basis)
                 for k in form.coefficients],
            )
        c.executemany(
            "INSERT INTO base_salaries(valid_from, amount, basis) VALUES (?,?,?)",
            [(d.isoformat(), amount, basis) for (d, amount), basis in
             zip(money.BASE_SALARIES, ["NĐ 38/2019/NĐ-CP", "NĐ 24/2023/NĐ-CP", "NĐ 73/2024/NĐ-CP"], strict=True)],
        )
        c.executemany("INSERT INTO settings(key, value) VALUES (?,?)",
                      [(k, json.dumps(v, ensure_ascii=False)) for k, v in DEFAULT_SETTINGS.items()])
        from dvdesk.store.awarding import seed_issuers

        seed_issuers(store, DEFAULT_SETTINGS["agency"])  # the issuing bodies, named from the profile
