"""Deterministic demo database (``dvdesk demo``): realistic Vietnamese data to try things on.

Same seed, same database (UUIDs included). Written through the store's bulk writer in one
transaction, like an import: the derived values, the audit log and the status history are the
ones a clerk's own saves leave. 30,000 initiatives and 10,000 awards take a few seconds.

True to life on every date: the issuers (the office's Ban before and after the 2025 mergers, the
Ban Thường vụ Tỉnh ủy, the UBND tỉnh, the central Ban) are dated rows, and each decision carries the
names, symbol, style and signer of its issuer as on its date, under the award form named as then.
Party numbers run in one sequence per issuer and term, State numbers restart every year, and the
office's recognition decisions take their numbers from the same sequences. Conferences are dated;
at each one, registered ≥ recognized ≥ tiêu biểu ≥ proposed ≥ awarded, and every award of a
milestone's decision is for a model proposed there (recognized and tiêu biểu there) or for an
exemplary person, honoured through a unit that existed on the decision date and that the issuer may
honour (not itself, not the Party committee above it, not the Ban issuing under it).
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
    Level,
    MilestoneKind,
    Numbering,
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
    2: [(Status.PHAN_LOAI, 10), (Status.CONG_NHAN, 45), (Status.TIEU_BIEU, 20), (Status.DE_NGHI_KHEN, 8),
        (Status.NHAN_RONG, 7), (Status.DUNG, 10)],
}
YEAR_WEIGHTS = {2021: 22, 2022: 18, 2023: 20, 2024: 16, 2025: 17, 2026: 7}
MERGER = date(2025, 7, 1)  # Kiên Giang and An Giang merged: the office is An Giang's from this day
RECOGNIZED = frozenset({Status.CONG_NHAN, Status.TIEU_BIEU, Status.DE_NGHI_KHEN, Status.NHAN_RONG})
EXEMPLARY = frozenset({Status.TIEU_BIEU, Status.DE_NGHI_KHEN, Status.NHAN_RONG})


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


def _weekday_before(d: date) -> date:
    """``d`` or the Friday before it when it falls on a weekend."""
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def _held_on(m: dict) -> date | None:
    """When the demo's office held a milestone's conference (None: not yet on ``TODAY``)."""
    if m["kind"] == MilestoneKind.ANNUAL:
        d = _weekday_before(date(m["year"], 12, 15))
    else:  # sơ kết and tổng kết around 15/10
        d = date(m["year"], 10, 15) if m["kind"] == MilestoneKind.TONG_KET else _weekday_before(date(m["year"], 10, 15))
    return d if d <= TODAY else None


def _on(rows: list[dict], on: date) -> int:
    """Index of the row of ``rows`` (dated issuer rows of one body) in force on ``on``."""
    for i, r in enumerate(rows):
        if (r["valid_from"] is None or r["valid_from"] <= on) and (r["valid_to"] is None or on <= r["valid_to"]):
            return i
    raise ValueError(f"no issuer on {on}")


class _Numbers:
    """Document numbers as an office hands them out: one sequence per key (an issuer's term, or
    its year), rising with the date at about ``rate`` numbers a day (the office numbers every
    document of the type, not only the ones in the demo), never repeating."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.requests: list[tuple] = []

    def ask(self, key: tuple, start: date, rate: float, on: date) -> int:
        self.requests.append((key, on, len(self.requests), start, rate))
        return len(self.requests) - 1

    def allocate(self) -> list[int]:
        out = [0] * len(self.requests)
        last: dict[tuple, int] = {}
        for key, on, i, start, rate in sorted(self.requests, key=lambda r: (repr(r[0]), r[1], r[2])):
            n = max(last.get(key, 0) + 1, int(max(0, (on - start).days) * rate) + 1 + self.rng.randrange(3))
            last[key] = out[i] = n
        return out


def _number_text(n: int, symbol: str, style: str) -> str:
    return f"{n}/QĐ-{symbol}" if style == DocumentStyle.STATE else f"{n}-QĐ/{symbol}"


def dated_award_forms(store) -> None:
    """Date the seeded award forms and add the ones named after the bodies as they were before
    1/3/2025 ("Giấy khen của Ban Dân vận Tỉnh ủy"…), each with the issuing body and the
    coefficients of the form it stands for. Inside the caller's transaction."""
    seeded = {r["code"]: dict(r) for r in store.query("SELECT * FROM award_forms")}
    store.bulk.set_columns("award_forms", [
        (seeded[code]["id"], {"issuer_body": body, "valid_from": since})
        for code, (body, since) in corpus.SEEDED_FORM_ISSUERS.items()])
    new_ids = store.bulk.insert("award_forms", [
        {"code": code, "name": name, "carries_money": seeded[twin]["carries_money"],
         "sort_order": seeded[twin]["sort_order"], "valid_from": since, "valid_to": until, "issuer_body": body}
        for code, name, body, since, until, twin in corpus.DEMO_FORMS])
    coefficient_rows = []
    for fid, (_code, _name, _body, _since, _until, twin) in zip(new_ids, corpus.DEMO_FORMS, strict=True):
        for r in store.query("SELECT recipient_kind, valid_from, coefficient, basis FROM award_coefficients "
                             "WHERE form_id = ? ORDER BY id", (seeded[twin]["id"],)):
            coefficient_rows.append({"form_id": fid, **dict(r)})
    store.bulk.insert("award_coefficients", coefficient_rows)


def _fill(store, rng: random.Random, n_initiatives: int, n_awards: int) -> dict[str, int]:
    c = store.conn  # reads; every write goes through store.bulk / the repositories
    names = _Names(rng)

    block_ids = {code: bid for bid, code in c.execute("SELECT id, code FROM blocks")}
    field_ids = {code: fid for fid, code in c.execute("SELECT id, code FROM fields")}
    phases = {code: (pid, s, e) for pid, code, s, e in c.execute("SELECT id, code, start_year, end_year FROM phases")}
    milestones = [dict(zip(("id", "phase_id", "key", "kind", "year", "name"), r, strict=True))
                  for r in c.execute("SELECT id, phase_id, key, kind, year, name FROM milestones ORDER BY year, id")]

    # -- issuers: the bodies that sign award decisions, as they were on each date ----------------
    # the new database's default catalog (one row per body, named from a profile) becomes the demo's
    # dated one: a body's first row is written over its seeded row, the later ones are added
    seeded = {r["body"]: r for r in store.query("SELECT * FROM issuers ORDER BY id")}
    issuer_rows, issuers_by_body = [], defaultdict(list)
    for i, spec in enumerate(corpus.ISSUERS, 1):
        auth, title, sname = spec["signers"][0]
        row = {k: v for k, v in spec.items() if k not in ("rate", "signers")}
        row.update({"uuid": _uuid(rng), "signer_authority": auth, "signer_title": title, "signer_name": sname,
                    "sort_order": i})
        issuer_rows.append(row)
    ids: list[int | None] = []
    fresh = []
    for row in issuer_rows:
        before = seeded.pop(row["body"], None)
        if before is not None:
            store.bulk.update("issuers", [(before["id"], {k: v for k, v in row.items() if k != "uuid"}, before)])
            ids.append(before["id"])
        else:
            ids.append(None)
            fresh.append(dict(row))
    new_ids = iter(store.bulk.insert("issuers", fresh))
    ids = [i if i is not None else next(new_ids) for i in ids]
    for leftover in seeded.values():  # a seeded body the demo does not use
        store.issuers.delete(leftover["id"])
    for row_id, spec in zip(ids, corpus.ISSUERS, strict=True):
        issuers_by_body[spec["body"]].append({**spec, "id": row_id})
    for rows_of_body in issuers_by_body.values():
        rows_of_body.sort(key=lambda r: r["valid_from"] or date.min)
    office = issuers_by_body[corpus.BODY_BAN][-1]
    auth, title, sname = office["signers"][0]
    store.settings.set("agency", {
        "parent_body": office["parent_name"], "issuing_body": office["name"], "symbol": office["symbol"],
        "place": office["place"], "signer_authority": auth, "signer_title": title, "signer_name": sname,
        "style": DocumentStyle.PARTY, "confirmed": True})

    def seq_start(iss: dict) -> date:
        return iss["valid_from"] or corpus.TERM_2020_START

    # -- award forms named as on their dates ------------------------------------------------------
    dated_award_forms(store)
    forms = {code: fid for fid, code in c.execute("SELECT id, code FROM award_forms")}
    form_ranges = defaultdict(list)  # issuer body -> [(valid_from, valid_to, code)]
    demo_codes = set(corpus.SEEDED_FORM_ISSUERS) | {f[0] for f in corpus.DEMO_FORMS}  # the forms the demo awards
    for code, body, vf, vt in c.execute("SELECT code, issuer_body, valid_from, valid_to FROM award_forms "
                                        "WHERE issuer_body != '' ORDER BY id"):
        if code in demo_codes:
            form_ranges[body].append((vf and date.fromisoformat(vf), vt and date.fromisoformat(vt), code))

    def form_of(body: str, on: date) -> str:
        for vf, vt, code in form_ranges[body]:
            if (vf is None or vf <= on) and (vt is None or on <= vt):
                return code
        raise ValueError(f"no award form of {body} on {on}")

    # -- milestones: when each conference was held ------------------------------------------------
    held: dict[int, date] = {}
    for m in milestones:
        d = _held_on(m)
        if d is not None:
            held[m["id"]] = d
    store.bulk.set_columns("milestones", [(mid, {"held_on": d}) for mid, d in held.items()])
    reviewed_on = {mid: d - timedelta(days=14) for mid, d in held.items()}

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

    def in_office_province(u: dict, on: date) -> bool:
        """Before the merger the office is Kiên Giang's: it honours Kiên Giang's units only."""
        return on >= MERGER or u["key"].startswith("kg_")

    # registering units: communes weigh most, then districts, then provincial bodies
    level_weight = {Level.XA: 6.0, Level.HUYEN: 3.0, Level.TINH: 1.5, Level.TRUNG_UONG: 0.2}
    units_by_year: dict[int, list[dict]] = {}
    for y in YEAR_WEIGHTS:
        mid = date(y, 6, 15) if y != 2025 else date(2025, 9, 1)
        pool = [u for u in units if valid(u, mid)]
        units_by_year[y] = [(u, level_weight.get(u["level"], 1.0)) for u in pool]
    unit_pickers = {y: _Picker(rng, pool) for y, pool in units_by_year.items()}
    communes_by_year = {y: [u["short_name"] or u["name"] for u, _w in pool if u["level"] == Level.XA]
                        for y, pool in units_by_year.items()}
    year_pick = _Picker(rng, list(YEAR_WEIGHTS.items()))
    field_pick = _Picker(rng, [("KT", 35), ("VHXH", 30), ("QPAN", 15), ("XDHTCT", 20)])
    frag = {k: getattr(corpus, k) for k in ("SITUATIONS", "GOALS", "METHODS", "RESULTS", "SUSTAINABILITY",
                                             "TARGET_GROUPS")}
    numbers = _Numbers(rng)

    # -- award decisions planned first: their numbers share the sequences of recognitions --------
    plan = {  # issuing bodies of a milestone's decisions (one decision each)
        MilestoneKind.ANNUAL: [corpus.BODY_BAN, corpus.BODY_BAN],
        MilestoneKind.SO_KET: [corpus.BODY_BAN, corpus.BODY_BAN, corpus.BODY_BTV, corpus.BODY_UBND, corpus.BODY_TW],
        MilestoneKind.TONG_KET: [corpus.BODY_BAN, corpus.BODY_BAN, corpus.BODY_BAN, corpus.BODY_BTV,
                                 corpus.BODY_UBND, corpus.BODY_UBND, corpus.BODY_TW],
    }
    lead_days = {corpus.BODY_BAN: 4, corpus.BODY_BTV: 9, corpus.BODY_UBND: 12, corpus.BODY_TW: 20}
    phase_years = {m["year"] for m in milestones if m["kind"] != MilestoneKind.ANNUAL}
    decisions = []
    for m in milestones:
        if m["id"] not in held or m["year"] > 2025:
            continue
        if m["kind"] == MilestoneKind.ANNUAL and m["year"] in phase_years:
            continue  # the year of a sơ kết or tổng kết honours there, not at the year-end review
        seen_body: dict[str, int] = defaultdict(int)
        for body in plan[m["kind"]]:
            k = seen_body[body]
            seen_body[body] += 1
            signed = _weekday_before(held[m["id"]] - timedelta(days=lead_days[body] + 3 * k))
            iss = issuers_by_body[body][_on(issuers_by_body[body], signed)]
            key = ("issuer", iss["id"], signed.year if iss["numbering"] == Numbering.YEAR else iss["term_start"])
            start = date(signed.year, 1, 1) if iss["numbering"] == Numbering.YEAR else seq_start(iss)
            signer = iss["signers"][0] if rng.random() < 0.6 else rng.choice(iss["signers"])
            decisions.append({"ms": m, "body": body, "signed": signed, "issuer": iss, "signer": signer,
                              "form": form_of(body, signed), "ticket": numbers.ask(key, start, iss["rate"], signed)})

    # the office's decision for the coming year-end review: signed, its list not entered yet
    coming = next((m for m in milestones if m["kind"] == MilestoneKind.ANNUAL and m["year"] == TODAY.year), None)
    if coming is not None:
        signed = _weekday_before(TODAY - timedelta(days=4))
        iss = issuers_by_body[corpus.BODY_BAN][_on(issuers_by_body[corpus.BODY_BAN], signed)]
        decisions.append({"ms": coming, "body": corpus.BODY_BAN, "signed": signed, "issuer": iss,
                          "signer": iss["signers"][0], "form": form_of(corpus.BODY_BAN, signed), "draft": True,
                          "ticket": numbers.ask(("issuer", iss["id"], iss["term_start"]), seq_start(iss),
                                                iss["rate"], signed)})

    # -- initiatives --------------------------------------------------------------------------
    per_year_seq: dict[int, int] = defaultdict(int)
    next_id = store.scalar("SELECT coalesce(max(id), 0) FROM initiatives")
    rows = []
    recognition_batches: dict[tuple, int] = {}  # (recognizer key, date) -> ticket
    recognition_text: list[tuple[dict, int, str, str]] = []  # (row, ticket, symbol, style)
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
        if unit["level"] == Level.XA:
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
        recognized = status in RECOGNIZED
        level = None
        rec_date = None
        next_id += 1
        if recognized:
            # recognized in a batch: one decision of the recognizing body on the 10th of a month
            rec_date = min(TODAY, registered + timedelta(days=rng.randrange(120, 400)))
            rec_date = rec_date.replace(day=10) if rec_date.day >= 10 else (rec_date.replace(day=1) - timedelta(days=1)).replace(day=10)
            here = current_unit(unit, rec_date)
            if not valid(here, rec_date):
                here = unit
            merged = rec_date >= MERGER
            if here["level"] == Level.XA:
                level = rng.choice([Level.XA, Level.XA, Level.TINH] if merged else [Level.XA, Level.HUYEN, Level.HUYEN, Level.TINH])
            elif here["level"] == Level.HUYEN and not merged:
                level = rng.choice([Level.HUYEN, Level.HUYEN, Level.TINH])
            else:
                level = Level.TINH
            if level == Level.TINH and not in_office_province(here, rec_date):  # old An Giang's own Ban
                symbol = "BTGDVTU" if rec_date >= date(2025, 3, 1) else "BDVTU"
                key, start, rate, style = ("ag0_ban", symbol), corpus.TERM_2020_START, 0.3, DocumentStyle.PARTY
            elif level == Level.TINH:
                iss = issuers_by_body[corpus.BODY_BAN][_on(issuers_by_body[corpus.BODY_BAN], rec_date)]
                key = ("issuer", iss["id"], iss["term_start"])
                start, rate, symbol, style = seq_start(iss), iss["rate"], iss["symbol"], DocumentStyle.PARTY
            elif level == Level.HUYEN:
                district = here["parent_key"] if here["level"] == Level.XA else here["key"]
                key, start, rate = ("huyen", district), corpus.TERM_2020_START, 0.25
                symbol, style = "BDVHU", DocumentStyle.PARTY
            else:
                key, start, rate = ("xa", here["key"], rec_date.year), date(rec_date.year, 1, 1), 0.3
                symbol, style = "UBND", DocumentStyle.STATE
            batch = (key, rec_date)
            if batch not in recognition_batches:
                recognition_batches[batch] = numbers.ask(key, start, rate, rec_date)
            recognition_text.append((next_id, recognition_batches[batch], symbol, style))
        exemplary = status in EXEMPLARY
        replication = rng.randrange(1, 12) if status == Status.NHAN_RONG else int(recognized and rng.random() < 0.1)
        tags = "; ".join(rng.sample(corpus.TAGS, k=rng.randrange(0, 3)))
        start = registered + timedelta(days=rng.randrange(0, 60))
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
            "recognition_level": level, "recognition_decision": "",
            "recognition_date": rec_date.isoformat() if rec_date else None, "exemplary": int(exemplary),
            "replication_count": replication, "tags": tags,
        }
        rows.append(row)
    issued = numbers.allocate()
    by_id = {r["id"]: r for r in rows}
    for row_id, ticket, symbol, style in recognition_text:
        by_id[row_id]["recognition_decision"] = _number_text(issued[ticket], symbol, style)
    store.bulk.insert("initiatives", rows, status_history=False)
    store.bulk.status_log(
        [(r["id"], None, Status.DANG_KY, r["registered_on"], "Đăng ký") for r in rows]
        + [(r["id"], Status.DANG_KY, r["status"], r["recognition_date"] or r["registered_on"], "")
           for r in rows if r["status"] != Status.DANG_KY])

    # -- reviews: each initiative at each milestone of its phase from its year on, up to today --
    # recognized (and tiêu biểu) at a milestone once recognized before it was reviewed
    reviews = []
    review_at: dict[tuple[int, int], dict] = {}
    exemplary_at: dict[int, list[dict]] = defaultdict(list)
    ms_by_phase = defaultdict(list)
    for m in milestones:
        if m["id"] in reviewed_on and not (m["kind"] == MilestoneKind.ANNUAL and m["year"] == TODAY.year):
            ms_by_phase[m["phase_id"]].append(m)
    reviewed_iso = {mid: d.isoformat() for mid, d in reviewed_on.items()}
    for r in rows:
        rec = r["recognition_date"]
        for m in ms_by_phase[r["phase_id"]]:
            on = reviewed_iso[m["id"]]
            if m["year"] < r["year"] or on < r["registered_on"]:
                continue
            if m["kind"] != MilestoneKind.ANNUAL and r["status"] in (Status.DANG_KY, Status.DUNG):
                continue
            recognized = rec is not None and rec <= on
            # columns left at their defaults are left out: a third less to clean, store and audit
            review = {"initiative_id": r["id"], "milestone_id": m["id"], "rating": r["rating"] or Rating.KHA,
                      "recognized": int(recognized), "exemplary": int(recognized and bool(r["exemplary"])),
                      "reviewed_on": on}
            if recognized:
                review.update(recognition_level=r["recognition_level"],
                              recognition_decision=r["recognition_decision"], recognition_date=rec)
            reviews.append(review)
            review_at[(r["id"], m["id"])] = review
            if review["exemplary"]:
                exemplary_at[m["id"]].append(r)

    # -- decisions ----------------------------------------------------------------------------
    docs = [("11-CT/TU", "CT", "2019-08-01", "Ban Thường vụ Tỉnh ủy",
             "Chỉ thị về tăng cường công tác quản lý đoàn viên, hội viên"),
            ("415-KH/BDVTU", "KH", "2021-04-15", "Ban Dân vận Tỉnh ủy",
             "Kế hoạch thực hiện phong trào thi đua \"Dân vận khéo\" giai đoạn 2021–2025"),
            ("175-TB/VPTU", "TB", "2021-04-29", "Văn phòng Tỉnh ủy",
             "Thông báo kết luận của Thường trực Tỉnh ủy tại hội nghị sơ kết"),
            ("12-HD/BTGDVTU", "HD", "2026-03-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
             "Hướng dẫn đăng ký mô hình \"Dân vận khéo\" giai đoạn 2026–2030")]
    def phase_of(issued: str) -> int | None:  # the phase a document belongs to: the one its year falls in
        year = int(issued[:4])
        return next((pid for pid, start, end in phases.values() if start <= year <= end), None)

    doc_ids = store.bulk.insert("directive_documents", [
        {"uuid": _uuid(rng), "number": n, "doc_type": t, "issued_on": d, "issuer": iss, "summary": s,
         "phase_id": phase_of(d)}
        for n, t, d, iss, s in docs])
    plans = {  # the phase's plan a decision rests on
        2021: (doc_ids[1], "Căn cứ Kế hoạch số 415-KH/BDVTU ngày 15/4/2021 của Ban Dân vận Tỉnh ủy về thực hiện "
                           "phong trào thi đua \"Dân vận khéo\" giai đoạn 2021–2025;"),
        2026: (doc_ids[3], "Căn cứ Hướng dẫn số 12-HD/BTGDVTU ngày 02/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy "
                           "về đăng ký mô hình \"Dân vận khéo\" giai đoạn 2026–2030;")}
    next_id = store.scalar("SELECT coalesce(max(id), 0) FROM decisions")
    decision_rows = []
    decisions.sort(key=lambda d: (d["signed"], d["ticket"]))  # ids in the order they were signed
    for d in decisions:
        next_id += 1
        d["id"] = next_id
        iss, m, signed = d["issuer"], d["ms"], d["signed"]
        bases = [next(t for since, t in reversed(corpus.LEGAL_BASES_LAW) if since <= signed),
                 next(t for since, t in reversed(corpus.LEGAL_BASES_DECREE) if since <= signed),
                 plans[2021 if m["year"] <= 2025 else 2026][1]]
        proposer = corpus.PROPOSERS[d["body"]].format(
            ban="Dân vận" if signed < date(2025, 3, 1) else "Tuyên giáo và Dân vận",
            province="Kiên Giang" if signed < MERGER else "An Giang")
        auth, title, sname = d["signer"]
        decision_rows.append({
            "id": next_id, "uuid": _uuid(rng), "number": _number_text(issued[d["ticket"]], iss["symbol"], iss["style"]),
            "signed_on": signed, "issuer_id": iss["id"], "issuer_parent": iss["parent_name"],
            "issuer_name": iss["name"], "issuer_symbol": iss["symbol"], "signer_authority": auth,
            "signer_title": title, "signer_name": sname, "form_id": forms[d["form"]], "milestone_id": m["id"],
            "summary": f"Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
                       f"\"Dân vận khéo\", {m['name'][0].lower() + m['name'][1:]}",
            "style": iss["style"], "legal_bases": "\n".join(bases), "proposer": proposer})
    store.bulk.insert("decisions", decision_rows)
    store.bulk.insert("decision_documents", [{"decision_id": d["id"], "document_id": plans[
        2021 if d["ms"]["year"] <= 2025 else 2026][0]} for d in decisions])

    # -- awards: models proposed at the decision's milestone (recognized and tiêu biểu there),
    #    and exemplary people ----------------------------------------------------------------
    salaries = [(date.fromisoformat(d), a) for d, a in c.execute("SELECT valid_from, amount FROM base_salaries")]
    rates = {code: store.award_forms.rates(fid) for code, fid in forms.items()}
    award_rows = []
    if decisions and n_awards:
        body_weight = {corpus.BODY_BAN: 6, corpus.BODY_BTV: 1.5, corpus.BODY_UBND: 2, corpus.BODY_TW: 0.7}
        kind_weight = {MilestoneKind.ANNUAL: 1, MilestoneKind.SO_KET: 2, MilestoneKind.TONG_KET: 3}
        dec_pick = _Picker(rng, [(d, body_weight[d["body"]] * kind_weight[d["ms"]["kind"]]) for d in decisions
                                 if not d.get("draft")])
        for pool in exemplary_at.values():
            rng.shuffle(pool)
        cursor: dict[tuple[int, str], int] = defaultdict(int)  # (milestone, body) -> next in its pool
        used: set[tuple[int, int]] = set()  # (milestone, initiative): one award a milestone
        person_units: dict[int, _Picker] = {}
        seen: set[tuple] = set()  # a decision honours a recipient once

        def eligible(u: dict, d: dict) -> bool:
            return (valid(u, d["signed"]) and in_office_province(u, d["signed"])
                    and u["key"] not in corpus.NOT_AWARDED_BY[d["body"]])

        def next_model(d: dict):
            mid = d["ms"]["id"]
            pool = exemplary_at.get(mid, [])
            k = (mid, d["body"])
            while cursor[k] < len(pool):
                src = pool[cursor[k]]
                cursor[k] += 1
                if (mid, src["id"]) in used:
                    continue
                u = current_unit(units_by_id[src["unit_id"]], d["signed"])
                if eligible(u, d):
                    used.add((mid, src["id"]))
                    return src, u
            return None, None

        attempts = 0
        while len(award_rows) < n_awards and attempts < 50 * n_awards:
            attempts += 1
            d = dec_pick()
            src, unit = next_model(d) if rng.random() < 0.85 else (None, None)
            if src is not None and src["subject_kind"] == SubjectKind.CA_NHAN:
                kind, name, position, gender = SubjectKind.CA_NHAN, src["person_name"], src["person_position"], None
            elif src is not None:
                kind, name, position, gender = SubjectKind.TAP_THE, unit["name"], "", None
            else:  # an exemplary person, honoured without a registered model
                if d["id"] not in person_units:
                    person_units[d["id"]] = _Picker(rng, [(u, level_weight.get(u["level"], 1.0)) for u in units
                                                          if eligible(u, d)])
                unit = person_units[d["id"]]()
                (name, gender), kind = names.person(), SubjectKind.CA_NHAN
                position = rng.choice(corpus.POSITIONS)
            if (d["id"], kind, fold(name)) in seen:
                continue
            seen.add((d["id"], kind, fold(name)))
            if src is not None:
                review_at[(src["id"], d["ms"]["id"])]["proposed_form_id"] = forms[d["form"]]
            coefficient, amount = money.award_amount(rates[d["form"]], kind, d["signed"], salaries)
            salary = money.base_salary_on(d["signed"], salaries) if amount else 0
            achievement = src["name"] if src else rng.choice(corpus.EXEMPLAR_ACHIEVEMENTS)
            award_rows.append({
                "uuid": _uuid(rng), "decision_id": d["id"], "recipient_kind": kind, "recipient_name": name,
                "position": position, "unit_id": unit["id"], "unit_text": unit["name"],
                "birth_year": rng.randrange(1960, 2000) if kind == SubjectKind.CA_NHAN else None, "gender": gender,
                "achievement": achievement, "initiative_id": src["id"] if src else None,
                "coefficient": str(coefficient), "base_salary": salary, "amount": amount})
        # proposed at a milestone but not (yet) honoured: the Giấy khen the office would give
        for d in decisions:
            if d["body"] != corpus.BODY_BAN or d.get("draft"):
                continue
            for src in exemplary_at.get(d["ms"]["id"], []):
                review = review_at[(src["id"], d["ms"]["id"])]
                if review.get("proposed_form_id") is None and rng.random() < 0.05:
                    review["proposed_form_id"] = forms[d["form"]]
    store.bulk.insert("reviews", reviews)
    store.bulk.insert("awards", award_rows)
    return {"units": len(units), "initiatives": len(rows), "reviews": len(reviews), "decisions": len(decisions),
            "awards": len(award_rows)}
