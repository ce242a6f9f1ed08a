"""Deterministic demo database (``dvdesk demo``): realistic Vietnamese data to try things on.

Same seed, same database (UUIDs included). Written through the store's bulk writer in one
transaction, like an import: the derived values, the audit log and the status history are the
ones a clerk's own saves leave. 30,000 initiatives and 10,000 awards take a few seconds.
"""

from __future__ import annotations

import random
import shutil
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from dvdesk.demo import corpus
from dvdesk.domain import money
from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import fold
from dvdesk.domain.vocab import (
    DocumentStyle,
    InitiativeKind,
    MilestoneKind,
    Rating,
    Status,
    SubjectKind,
    UnitLinkKind,
)
from dvdesk.paths import attachments_dir
from dvdesk.store.db import open_store

TODAY = date(2026, 11, 1)  # the demo's "now": fixed so the data never depends on the clock
STATUS_BY_AGE = {
    # years since registration -> (status, weight)
    0: [(Status.DANG_KY, 50), (Status.THAM_DINH, 30), (Status.PHAN_LOAI, 15), (Status.DUNG, 5)],
    1: [(Status.DANG_KY, 5), (Status.THAM_DINH, 10), (Status.PHAN_LOAI, 20), (Status.CONG_NHAN, 45), (Status.TIEU_BIEU, 10), (Status.DUNG, 10)],
    2: [("phan_loai", 10), ("cong_nhan", 45), ("tieu_bieu", 20), ("de_nghi_khen", 8), ("nhan_rong", 7), ("dung", 10)],
}
YEAR_WEIGHTS = {2021: 22, 2022: 18, 2023: 20, 2024: 16, 2025: 17, 2026: 7}


class _Picker:
    """Weighted choice with precomputed cumulative weights (fast for 10^5 draws)."""

    def __init__(self, rng: random.Random, items: Sequence[tuple[object, float]]):
        self.rng = rng
        self.values = [v for v, _ in items]
        self.cum = []
        total = 0.0
        for _, w in items:
            total += w
            self.cum.append(total)

    def __call__(self):
        return self.rng.choices(self.values, cum_weights=self.cum, k=1)[0]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _date_in(rng: random.Random, year: int, last: date = TODAY) -> date:
    start = date(year, 1, 1)
    end = min(date(year, 12, 31), last)
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


class _Names:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.surname = _Picker(rng, corpus.SURNAMES)
        self.middle = {"nam": _Picker(rng, corpus.MIDDLE_MALE), "nu": _Picker(rng, corpus.MIDDLE_FEMALE)}
        self.given = {"nam": _Picker(rng, corpus.GIVEN_MALE), "nu": _Picker(rng, corpus.GIVEN_FEMALE)}

    def person(self) -> tuple[str, str]:
        gender = "nam" if self.rng.random() < 0.55 else "nu"
        return f"{self.surname()} {self.middle[gender]()} {self.given[gender]()}", gender


def _remove_existing(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()
    files = attachments_dir(db)
    if files.exists():
        shutil.rmtree(files)


def build_demo(db: Path | str, initiatives: int = 3000, awards: int = 1000, seed: int = 2025,
               force: bool = False) -> dict[str, int]:
    db = Path(db)
    if db.exists() and db.stat().st_size > 0:
        if not force:
            raise DvdeskError(f"Tệp {db} đã tồn tại: không ghi đè (dùng --force để tạo lại dữ liệu mẫu).")
        _remove_existing(db)
    rng = random.Random(seed)
    store = open_store(db, create=True)
    try:
        with store.tx():
            stats = _fill(store, rng, initiatives, awards)
        store.conn.execute("PRAGMA optimize")
    finally:
        store.close()
    return stats


def _fill(store, rng: random.Random, n_initiatives: int, n_awards: int) -> dict[str, int]:
    c = store.conn  # reads; every write goes through store.bulk / the repositories
    names = _Names(rng)
    party_signers = [s for s in corpus.SIGNERS if "TRƯỞNG BAN" in s[0]]
    state_signers = [s for s in corpus.SIGNERS if s[0] in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")]
    signer = party_signers[1] if len(party_signers) > 1 else party_signers[0]
    agency = {"parent_body": "TỈNH ỦY AN GIANG", "issuing_body": "BAN TUYÊN GIÁO VÀ DÂN VẬN",
              "symbol": "BTGDVTU", "place": "An Giang", "signer_authority": signer[0],
              "signer_title": signer[1], "signer_name": signer[2], "style": DocumentStyle.PARTY, "confirmed": True}
    store.settings.set("agency", agency)

    block_ids = {code: bid for bid, code in c.execute("SELECT id, code FROM blocks")}
    field_ids = {code: fid for fid, code in c.execute("SELECT id, code FROM fields")}
    phases = {code: (pid, s, e) for pid, code, s, e in c.execute("SELECT id, code, start_year, end_year FROM phases")}
    milestones = [dict(zip(("id", "phase_id", "key", "kind", "year", "name"), r, strict=True))
                  for r in c.execute("SELECT id, phase_id, key, kind, year, name FROM milestones ORDER BY year, id")]
    forms = {code: fid for fid, code in c.execute("SELECT id, code FROM award_forms")}

    # -- units --------------------------------------------------------------------------------
    specs = corpus.demo_units()
    unit_ids: dict[str, int] = {}
    units: list[dict] = []
    next_id = store.scalar("SELECT coalesce(max(id), 0) FROM units")
    unit_rows = []
    for spec in specs:  # parents come before children in the corpus
        next_id += 1
        unit_rows.append({
            "id": next_id, "uuid": _uuid(rng), "code": spec["key"], "name": spec["name"],
            "short_name": spec["short_name"], "level": spec["level"], "block_id": block_ids.get(spec["block"]),
            "parent_id": unit_ids.get(spec["parent_key"]) if spec["parent_key"] else None,
            "valid_from": spec["valid_from"], "valid_to": spec["valid_to"], "symbol": spec["symbol"],
            "precedence": spec["precedence"]})
        unit_ids[spec["key"]] = next_id
        units.append({**spec, "id": next_id, "block_id": block_ids.get(spec["block"])})
    store.bulk.insert("units", unit_rows)
    units_by_id = {u["id"]: u for u in units}
    successors: dict[int, list[int]] = defaultdict(list)
    for spec in specs:
        for pk in spec["predecessor_keys"]:
            successors[unit_ids[pk]].append(unit_ids[spec["key"]])

    def current_unit(u: dict, on: date) -> dict:
        """The unit as it was called on ``on``: follow successor links while it had closed."""
        seen = {u["id"]}
        while u["valid_to"] is not None and u["valid_to"] < on and successors.get(u["id"]):
            nxt = successors[u["id"]][0]
            if nxt in seen:
                break
            seen.add(nxt)
            u = units_by_id[nxt]
        return u

    links = []
    for spec in specs:
        preds = spec["predecessor_keys"]
        for pk in preds:
            links.append((unit_ids[pk], unit_ids[spec["key"]], UnitLinkKind.RENAME if len(preds) == 1 else UnitLinkKind.MERGE,
                          (spec["valid_from"] or date(2025, 7, 1)).isoformat()))
    store.bulk.unit_links(links)

    def valid(u: dict, on: date) -> bool:
        return (u["valid_from"] is None or u["valid_from"] <= on) and (u["valid_to"] is None or on <= u["valid_to"])

    # registering units: communes weigh most, then districts, then provincial bodies
    level_weight = {"xa": 6.0, "huyen": 3.0, "tinh": 1.5, "trung_uong": 0.2}
    units_by_year: dict[int, list[dict]] = {}
    for y in YEAR_WEIGHTS:
        mid = date(y, 6, 15) if y != 2025 else date(2025, 9, 1)
        pool = [u for u in units if valid(u, mid)]
        units_by_year[y] = [(u, level_weight.get(u["level"], 1.0)) for u in pool]
    unit_pickers = {y: _Picker(rng, pool) for y, pool in units_by_year.items()}
    communes_by_year = {y: [u["short_name"] or u["name"] for u, _w in pool if u["level"] == "xa"]
                        for y, pool in units_by_year.items()}
    year_pick = _Picker(rng, list(YEAR_WEIGHTS.items()))
    field_pick = _Picker(rng, [("KT", 35), ("VHXH", 30), ("QPAN", 15), ("XDHTCT", 20)])
    frag = {k: getattr(corpus, k) for k in ("SITUATIONS", "GOALS", "METHODS", "RESULTS", "SUSTAINABILITY",
                                             "TARGET_GROUPS")}

    # -- initiatives --------------------------------------------------------------------------
    per_year_seq: dict[int, int] = defaultdict(int)
    next_id = store.scalar("SELECT coalesce(max(id), 0) FROM initiatives")
    rows = []
    exemplary_pool: list[dict] = []
    for _ in range(n_initiatives):
        year = year_pick()
        unit = unit_pickers[year]()
        registered = _date_in(rng, year)
        if not valid(unit, registered):  # registered before/after the unit's life: clamp into it
            registered = max(unit["valid_from"] or registered, min(unit["valid_to"] or registered, registered))
            year = registered.year
        per_year_seq[year] += 1
        code = f"DVK-{year}-{per_year_seq[year]:04d}"
        phase_code = "2021-2025" if year <= 2025 else "2026-2030"
        fcode = field_pick()
        kind = InitiativeKind.MO_HINH if rng.random() < 0.75 else InitiativeKind.DIEN_HINH
        subject = SubjectKind.TAP_THE if kind == InitiativeKind.MO_HINH or rng.random() < 0.4 else SubjectKind.CA_NHAN
        if unit["level"] == "xa":
            place = unit["short_name"] or unit["name"]
        else:  # district and provincial bodies run their models in a commune
            place = rng.choice(communes_by_year[year])
        name = rng.choice(corpus.INITIATIVE_TEMPLATES[fcode]).format(place=place)
        person = position = ""
        if subject == SubjectKind.CA_NHAN:
            person, _ = names.person()
            position = rng.choice(corpus.POSITIONS)
            name = f"{person} ({position})" if kind == InitiativeKind.DIEN_HINH else name
        age = min(2, (TODAY.year - year))
        status = _Picker(rng, STATUS_BY_AGE[age])()
        recognized = status in ("cong_nhan", "tieu_bieu", "de_nghi_khen", "nhan_rong")
        level = None
        rec_date = None
        rec_decision = ""
        if recognized:
            lv_choices = ["xa", "xa", "tinh"] if registered >= date(2025, 7, 1) else ["xa", "huyen", "huyen", "tinh"]
            level = rng.choice(lv_choices)
            rec_date = min(TODAY, registered + timedelta(days=rng.randrange(120, 400)))
            rec_decision = f"{rng.randrange(1, 400)}-QĐ/{'BTGDVTU' if rec_date >= date(2025, 3, 1) else 'BDVTU'}"
        exemplary = status in ("tieu_bieu", "de_nghi_khen", "nhan_rong")
        replication = rng.randrange(1, 12) if status == "nhan_rong" else int(recognized and rng.random() < 0.1)
        tags = "; ".join(rng.sample(corpus.TAGS, k=rng.randrange(0, 3)))
        start = registered + timedelta(days=rng.randrange(0, 60))
        next_id += 1
        row = {
            "id": next_id, "uuid": _uuid(rng), "code": code, "kind": kind, "subject_kind": subject, "name": name,
            "unit_id": unit["id"], "unit_name": unit["name"], "phase_id": phases[phase_code][0], "year": year,
            "field_id": field_ids[fcode], "block_id": unit["block_id"], "person_name": person,
            "person_position": position, "registered_on": registered.isoformat(),
            "situation": rng.choice(frag["SITUATIONS"]), "goals": rng.choice(frag["GOALS"]),
            "methods": rng.choice(frag["METHODS"]), "area": place,
            "target_group": rng.choice(frag["TARGET_GROUPS"]),
            "lead_force": unit["name"], "partners": "Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể",
            "participants": f"{rng.randrange(20, 600)} hộ dân",
            "budget": rng.randrange(0, 200) * 1_000_000, "workdays": rng.randrange(0, 2000),
            "socialized": rng.randrange(0, 500) * 1_000_000, "start_date": start.isoformat(),
            "progress": "Đang triển khai theo kế hoạch" if not recognized else "Đã hoàn thành, duy trì thường xuyên",
            "evaluation_date": (start + timedelta(days=365)).isoformat(),
            "outputs": rng.choice(frag["RESULTS"]).replace("{n}", str(rng.randrange(5, 500))),
            "sustainability": rng.choice(frag["SUSTAINABILITY"]), "status": status,
            "rating": rng.choice([Rating.TOT, Rating.TOT, Rating.KHA, Rating.KHA, Rating.TRUNG_BINH]) if status != Status.DANG_KY else None,
            "recognition_level": level, "recognition_decision": rec_decision,
            "recognition_date": rec_date.isoformat() if rec_date else None, "exemplary": int(exemplary),
            "replication_count": replication, "tags": tags,
        }
        rows.append(row)
        if row["exemplary"] or row["status"] == "cong_nhan":
            exemplary_pool.append(row)
    store.bulk.insert("initiatives", rows, status_history=False)
    store.bulk.status_log(
        [(r["id"], None, Status.DANG_KY, r["registered_on"], "Đăng ký") for r in rows]
        + [(r["id"], Status.DANG_KY, r["status"], r["recognition_date"] or r["registered_on"], "")
           for r in rows if r["status"] != Status.DANG_KY])

    # -- reviews: each initiative at each milestone of its phase from its year on, up to today --
    reviews = []
    ms_by_phase = defaultdict(list)
    for m in milestones:
        ms_by_phase[m["phase_id"]].append(m)
    for r in rows:
        for m in ms_by_phase[r["phase_id"]]:
            if m["year"] < r["year"] or m["year"] > TODAY.year or (m["kind"] == MilestoneKind.ANNUAL and m["year"] == TODAY.year):
                continue
            if m["kind"] != MilestoneKind.ANNUAL and r["status"] in (Status.DANG_KY, Status.DUNG):
                continue
            recognized = r["status"] not in (Status.DANG_KY, Status.THAM_DINH, Status.PHAN_LOAI, Status.DUNG) and m["year"] > r["year"]
            reviews.append({"initiative_id": r["id"], "milestone_id": m["id"], "rating": r["rating"] or "kha",
                            "summary": "", "recognized": int(recognized),
                            "exemplary": int(recognized and bool(r["exemplary"])), "proposed_form_id": None,
                            "reviewed_on": f"{m['year']}-12-15"})
    store.bulk.insert("reviews", reviews)

    # -- decisions and awards -----------------------------------------------------------------
    salaries = [(date.fromisoformat(d), a) for d, a in c.execute("SELECT valid_from, amount FROM base_salaries")]
    rates = {code: store.award_forms.rates(fid) for code, fid in forms.items()}
    award_ms = [m for m in milestones if m["year"] <= 2025]
    decisions = []
    decision_rows = []
    next_id = store.scalar("SELECT coalesce(max(id), 0) FROM decisions")
    seq = defaultdict(int)
    plan = {  # award forms decided at each kind of milestone (one decision each)
        MilestoneKind.ANNUAL: ["GK_BDV_TINH", "GK_BDV_TINH", "GK_BDV_TINH"],
        MilestoneKind.SO_KET: ["GK_BDV_TINH", "GK_BDV_TINH", "BK_UBND_TINH", "BK_TW"],
        MilestoneKind.TONG_KET: ["GK_BDV_TINH", "GK_BDV_TINH", "GK_BDV_TINH", "BK_UBND_TINH", "BK_UBND_TINH", "BK_TW"],
    }
    for m in award_ms:
        base_day = {MilestoneKind.ANNUAL: date(m["year"], 11, 20), MilestoneKind.SO_KET: date(m["year"], 10, 5),
                    MilestoneKind.TONG_KET: date(m["year"], 10, 6)}[m["kind"]]
        for k, fcode in enumerate(plan[m["kind"]]):
            signed = base_day + timedelta(days=2 * k)
            symbol = "BTGDVTU" if signed >= date(2025, 3, 1) else "BDVTU"
            issuer = "BAN TUYÊN GIÁO VÀ DÂN VẬN" if symbol == "BTGDVTU" else "BAN DÂN VẬN"
            parent = "TỈNH ỦY AN GIANG" if signed >= date(2025, 7, 1) else "TỈNH ỦY KIÊN GIANG"
            seq[(symbol, signed.year)] += 1
            number = f"{seq[(symbol, signed.year)] * 7 + 3}-QĐ/{symbol}"
            state = fcode == "BK_UBND_TINH"
            central = fcode == "BK_TW"  # decided by the central board, not the province
            auth, title, sname = rng.choice(state_signers if state else party_signers)
            province = "AN GIANG" if signed >= date(2025, 7, 1) else "KIÊN GIANG"
            d_issuer = f"ỦY BAN NHÂN DÂN TỈNH {province}" if state else issuer
            d_parent = "" if state else parent
            d_symbol = "UBND" if state else symbol
            if central:
                d_parent = "BAN CHẤP HÀNH TRUNG ƯƠNG"
                d_symbol = "BTGDVTW" if signed >= date(2025, 3, 1) else "BDVTW"
                number = f"{seq[(symbol, signed.year)] * 13 + 100}-QĐ/{d_symbol}"
            if state:
                number = f"{seq[(symbol, signed.year)] * 11 + 5}/QĐ-UBND"
            next_id += 1
            decision_rows.append({
                "id": next_id, "uuid": _uuid(rng), "number": number, "signed_on": signed, "issuer_parent": d_parent,
                "issuer_name": d_issuer, "issuer_symbol": d_symbol, "signer_authority": auth, "signer_title": title,
                "signer_name": sname, "form_id": forms[fcode], "milestone_id": m["id"],
                "summary": f"Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
                           f"\"Dân vận khéo\", {m['name'][0].lower() + m['name'][1:]}",
                "style": DocumentStyle.STATE if state else DocumentStyle.PARTY})
            decisions.append({"id": next_id, "signed": signed, "form": fcode, "ms": m})
    store.bulk.insert("decisions", decision_rows)
    award_rows = []
    if decisions and n_awards:
        weights = [(d, {"GK_BDV_TINH": 6, "BK_UBND_TINH": 2, "BK_TW": 1}[d["form"]]) for d in decisions]
        dec_pick = _Picker(rng, weights)
        pool_by_year = defaultdict(list)
        for r in exemplary_pool:
            pool_by_year[r["year"]].append(r)
        seen: set[tuple] = set()  # a decision honours a recipient once
        while len(award_rows) < n_awards:
            d = dec_pick()
            cands = [y for y in pool_by_year if y <= d["signed"].year]
            src = rng.choice(pool_by_year[rng.choice(cands)]) if cands and rng.random() < 0.8 else None
            if src is not None and src["subject_kind"] == SubjectKind.CA_NHAN:
                kind, name, position = SubjectKind.CA_NHAN, src["person_name"], src["person_position"]
                gender = None
            elif src is not None:
                kind, name, position = SubjectKind.TAP_THE, src["unit_name"], ""
                gender = None
            elif rng.random() < 0.35:
                kind, name, position, gender = SubjectKind.TAP_THE, None, "", None
            else:
                (name, gender), kind = names.person(), SubjectKind.CA_NHAN
                position = rng.choice(corpus.POSITIONS)
            unit = current_unit(units_by_id[src["unit_id"]], d["signed"]) if src else unit_pickers[
                min(2025, d["signed"].year)]()
            if name is None:
                name = unit["name"]
            if (d["id"], kind, fold(name)) in seen:
                continue
            seen.add((d["id"], kind, fold(name)))
            coefficient, amount = money.award_amount(rates[d["form"]], kind, d["signed"], salaries)
            salary = money.base_salary_on(d["signed"], salaries) if amount else 0
            achievement = src["name"] if src else rng.choice(corpus.EXEMPLAR_ACHIEVEMENTS)
            award_rows.append({
                "uuid": _uuid(rng), "decision_id": d["id"], "recipient_kind": kind, "recipient_name": name,
                "position": position, "unit_id": unit["id"], "unit_text": unit["name"],
                "birth_year": rng.randrange(1960, 2000) if kind == SubjectKind.CA_NHAN else None, "gender": gender,
                "achievement": achievement, "initiative_id": src["id"] if src else None,
                "coefficient": str(coefficient), "base_salary": salary, "amount": amount})
    store.bulk.insert("awards", award_rows)
    # a few directive documents
    docs = [("11-CT/TU", "CT", "2019-08-01", "Ban Thường vụ Tỉnh ủy",
             "Chỉ thị về tăng cường công tác quản lý đoàn viên, hội viên"),
            ("415-KH/BDVTU", "KH", "2021-04-15", "Ban Dân vận Tỉnh ủy",
             "Kế hoạch thực hiện phong trào thi đua \"Dân vận khéo\" giai đoạn 2021–2025"),
            ("175-TB/VPTU", "TB", "2021-04-29", "Văn phòng Tỉnh ủy",
             "Thông báo kết luận của Thường trực Tỉnh ủy tại hội nghị sơ kết"),
            ("12-HD/BTGDVTU", "HD", "2026-03-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
             "Hướng dẫn đăng ký mô hình \"Dân vận khéo\" giai đoạn 2026–2030")]
    store.bulk.insert("directive_documents", [
        {"uuid": _uuid(rng), "number": n, "doc_type": t, "issued_on": d, "issuer": iss, "summary": s}
        for n, t, d, iss, s in docs])
    return {"units": len(units), "initiatives": len(rows), "reviews": len(reviews), "decisions": len(decisions),
            "awards": len(award_rows)}
