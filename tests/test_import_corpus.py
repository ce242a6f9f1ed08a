"""The corpus of hand-made sheets (tests/data/sheets, built by build_corpus.py): each imports as
its author meant, row by row, read back from the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dvdesk.domain.entities import Unit
from dvdesk.services.importers import ImportOptions, import_workbook
from dvdesk.services.importers.report import REJECT
from tests.import_sheets import seed_units

SHEETS = Path(__file__).parent / "data" / "sheets"
EXPECTED = json.loads((SHEETS / "expected.json").read_text(encoding="utf-8"))
FILES = {k: v.get("file", k) for k, v in EXPECTED.items()}

EXTRA_UNITS = [
    ("Hội Liên hiệp Phụ nữ xã Vĩnh Hòa", "xa", "MTDT"),
    ("Ban Công tác Mặt trận ấp Mới", "xa", "KDC"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Vĩnh Hòa", "xa", "MTDT"),
    ("Hội Cựu chiến binh xã Vĩnh Hòa Hiệp", "xa", "MTDT"),
]


def _setup(store) -> None:
    seed_units(store)
    blocks = {b.code: b.id for b in store.blocks.list()}
    for name, level, block in EXTRA_UNITS:
        store.units.create(Unit(name=name, level=level, block_id=blocks[block]))


def _run(store, case: str):
    exp = EXPECTED[case]
    options = ImportOptions(exp["kind"], **exp["options"])
    options.backup = False
    return import_workbook(store, SHEETS / FILES[case], exp["kind"], options=options)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_corpus_sheet_imports_as_meant(store, case):
    exp = EXPECTED[case]
    _setup(store)
    if exp.get("setup") == "c09":
        _run(store, "c08-phong-tcvn3.xlsx")
    reports = _run(store, case)
    results = {r.row: r for rep in reports for r in rep.results}
    # row by row: every expected row and nothing else; a rejected row says why, in its row
    assert sorted(results) == sorted(int(k) for k in exp["rows"]), [
        (r.row, r.action, r.reason) for r in results.values()]
    for row, outcome in exp["rows"].items():
        r = results[int(row)]
        action, _, reason = outcome.partition(":")
        assert r.action == action, (row, r.action, r.reason)
        if action == REJECT:
            assert reason.lower() in r.reason.lower(), (row, r.reason)
    for row, text in exp.get("notes", {}).items():
        assert any(text in n for n in results[int(row)].notes), results[int(row)].notes
    for name, value in exp.get("mapping", {}).items():
        cols = {c.letter: c.field for c in reports[0].columns}
        assert cols.get(name) == value, (name, cols)
    c = store.conn
    for rec in exp.get("records", []):
        r = results[rec["row"]]
        code = r.reason.removeprefix("mã ")
        row = dict(zip([d[0] for d in c.execute("SELECT * FROM initiatives LIMIT 0").description],
                       c.execute("SELECT * FROM initiatives WHERE code = ?", (code,)).fetchone(), strict=True))
        for k, v in rec.items():
            if k != "row":
                assert row[k] == v, (rec["row"], k, row[k])
    for row, unit in exp.get("units", {}).items():
        code = results[int(row)].reason.removeprefix("mã ")
        got = c.execute("SELECT u.name, u.verified FROM initiatives i JOIN units u ON u.id = i.unit_id "
                        "WHERE i.code = ?", (code,)).fetchone()
        assert got == (unit, 1), (row, got)
    if "new_units" in exp:
        assert sorted(n for rep in reports for n in rep.new_units) == sorted(exp["new_units"])
        unverified = [n for (n,) in c.execute("SELECT name FROM units WHERE verified = 0")]
        assert sorted(unverified) == sorted(exp["new_units"])
    for name, close in exp.get("suggest", {}).items():
        assert close in reports[0].unit_suggestions[name]
        assert any(close in line for line in reports[0].summary_lines())
    if "decision" in exp:
        d = exp["decision"]
        row = c.execute("SELECT d.number, d.signed_on, f.name, d.issuer_name, d.signer_authority, d.signer_title, "
                        "d.signer_name, d.style, i.name FROM decisions d JOIN award_forms f ON f.id = d.form_id "
                        "LEFT JOIN issuers i ON i.id = d.issuer_id WHERE d.number = ?", (d["number"],)).fetchone()
        assert row is not None
        got = dict(zip(("number", "signed_on", "form", "issuer_name", "signer_authority", "signer_title",
                        "signer_name", "style", "issuer"), row, strict=True))
        for k, v in d.items():
            assert got[k] == v, (k, got[k])
    for name, amount in exp.get("amounts", {}).items():
        got = c.execute("SELECT amount, amount_override_reason FROM awards WHERE recipient_name = ?",
                        (name,)).fetchone()
        assert got[0] == amount, (name, got)
    if "no_form_like" in exp:  # nothing filed under a form the sheet did not name
        assert c.execute("SELECT count(*) FROM awards").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
    for code, values in exp.get("reviews", {}).items():
        row = c.execute("SELECT r.exemplary, r.recognized, r.rating FROM reviews r JOIN initiatives i "
                        "ON i.id = r.initiative_id JOIN milestones m ON m.id = r.milestone_id "
                        "WHERE i.code = ? AND m.key = ?", (code, exp["options"]["milestone"])).fetchone()
        assert row == (values["exemplary"], values["recognized"], values["rating"]), (code, row)


def test_created_form_is_flagged_to_verify_and_has_its_issuer(store):
    _setup(store)
    for (seeded,) in store.conn.execute("SELECT id FROM issuers WHERE body = 'BTV_TINH'").fetchall():
        store.issuers.delete(seeded)  # a catalog without the Ban Thường vụ: the import creates it
        store.trash.purge("issuers", seeded)
    _run(store, "c05-bang-khen-btv-tinh-uy#create")
    code, body = store.conn.execute(
        "SELECT code, issuer_body FROM award_forms WHERE name = 'Bằng khen của Ban Thường vụ Tỉnh ủy'").fetchone()
    assert code.startswith("KIEM_TRA_")
    issuer = store.conn.execute("SELECT kind, note, body FROM issuers WHERE body = ?", (body,)).fetchone()
    assert issuer[0] == "cap_uy" and "chưa xác minh" in issuer[1]
    # the printed amount is kept; the reason says so
    reason = store.conn.execute("SELECT amount_override_reason FROM awards WHERE recipient_name = 'Nguyễn Văn An'"
                                ).fetchone()[0]
    assert "Số tiền theo danh sách đã ký" in reason


def test_cli_prints_the_mapping_and_why(tmp_path, capsys):
    from dvdesk.cli import main
    from dvdesk.store.db import create_store

    db = tmp_path / "t.sqlite3"
    with create_store(db) as store:
        _setup(store)
    rc = main(["import", "initiatives", str(SHEETS / "c02-tieu-de-gay-nham.xlsx"), "--db", str(db)])
    out = capsys.readouterr().out
    assert rc == 0
    assert "E \"Đối tượng\" → Xếp loại (theo giá trị (xếp loại: Tốt, Khá, Yếu)" in out


def test_cli_reviews_needs_a_milestone_and_exits_3_on_rejects(tmp_path, capsys):
    from dvdesk.cli import main
    from dvdesk.store.db import create_store

    db = tmp_path / "t.sqlite3"
    with create_store(db) as store:
        _setup(store)
    assert main(["import", "initiatives", str(SHEETS / "c08-phong-tcvn3.xlsx"), "--db", str(db)]) == 0
    assert main(["import", "reviews", str(SHEETS / "c09-so-ket-2023.xlsx"), "--db", str(db)]) == 1
    rc = main(["import", "reviews", str(SHEETS / "c09-so-ket-2023.xlsx"), "--db", str(db),
               "--milestone", "so-ket-2023"])
    err = capsys.readouterr().err
    assert rc == 3 and "Dòng 12: Không tìm thấy mô hình" in err


def test_cli_year_and_create_forms(tmp_path, capsys):
    from dvdesk.cli import main
    from dvdesk.store.db import create_store

    db = tmp_path / "t.sqlite3"
    with create_store(db) as store:
        _setup(store)
    assert main(["import", "initiatives", str(SHEETS / "c04-khong-co-nam.xlsx"), "--db", str(db)]) == 3
    assert "Thiếu năm" in capsys.readouterr().err
    assert main(["import", "initiatives", str(SHEETS / "c04-khong-co-nam.xlsx"), "--db", str(db),
                 "--year", "2022"]) == 0
    f = str(SHEETS / "c05-bang-khen-btv-tinh-uy.xlsx")
    assert main(["import", "awards", f, "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert "Bằng khen của Ban Thường vụ Tỉnh ủy" in err and "--create-forms" in err
    assert main(["import", "awards", f, "--db", str(db), "--create-forms"]) == 0
    assert "hình thức khen thưởng mới" in capsys.readouterr().out


def test_units_template_help_sheet_is_not_imported(tmp_path, capsys):
    from dvdesk.cli import main
    from dvdesk.services.importers.templates import save_template
    from dvdesk.store.db import create_store

    db = tmp_path / "t.sqlite3"
    create_store(db).close()
    path = save_template("units", tmp_path / "mau.xlsx")
    assert main(["import", "units", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Hướng dẫn" not in out
