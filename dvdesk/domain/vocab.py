"""The closed vocabularies of the domain: every code the database stores, with its Vietnamese label.

Each family is a ``str`` enum whose value is the stored code, so a member *is* that string:
``SubjectKind.CA_NHAN == "ca_nhan"``, it is bound to SQLite and written to JSON unchanged, and a
plain code read back from the database finds its member (``Status("dang_ky")``). The label is
defined once, beside the code::

    Status.DANG_KY.label                  # "Đăng ký"
    Status.label_of("tham_dinh")          # "Thẩm định, bình xét"
    Rating.choices()                      # [(Rating.TOT, "Tốt"), ...] in the order of the enum
    Level.codes()                         # ("trung_uong", "tinh", "huyen", "xa")

The families of the CHECK constraints (dvdesk/store/migrations) are tested against the schema;
the settings families (name, tone and award order) are the closed values of ``settings`` keys.
Compatible with Python 3.10 (``class X(str, Enum)``, not ``StrEnum``).
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

V = TypeVar("V", bound="Vocab")


class Vocab(str, Enum):
    """Base of the vocabularies: members are declared as ``NAME = ("code", "Nhãn tiếng Việt")``."""

    _vlabel: str

    def __new__(cls, code: str, label: str):
        member = str.__new__(cls, code)
        member._value_ = code
        member._vlabel = label
        return member

    # A member prints as its code everywhere (str(), f-strings, %-formatting) on every Python
    # version: 3.12 changed format() of mixed-in enums to "Class.MEMBER".
    def __str__(self) -> str:
        return self._value_

    def __format__(self, spec: str) -> str:
        return format(self._value_, spec)

    @property
    def label(self) -> str:
        """The Vietnamese label shown to users."""
        return self._vlabel

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        """The stored codes, as plain strings, in the order of the enum."""
        return tuple(m._value_ for m in cls)

    @classmethod
    def choices(cls: type[V]) -> list[tuple[V, str]]:
        """(member, label) pairs in the order of the enum (for combo boxes and lists)."""
        return [(m, m._vlabel) for m in cls]

    @classmethod
    def labels(cls: type[V]) -> dict[V, str]:
        """member -> label; a plain code finds its entry too (members hash as their code)."""
        return {m: m._vlabel for m in cls}

    @classmethod
    def get(cls: type[V], code: object) -> V | None:
        """The member for ``code``, or None when ``code`` is not one of the family."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def label_of(cls, code: object) -> str:
        """The label of ``code``; "" for None, and an unknown code is shown as it is."""
        if code is None:
            return ""
        member = cls.get(code)
        return member._vlabel if member is not None else str(code)


# -- initiatives (mô hình, điển hình) and awards ---------------------------------------------------
class SubjectKind(Vocab):
    """Who an initiative is about or an award is given to (initiatives.subject_kind,
    awards.recipient_kind, award_coefficients.recipient_kind)."""

    TAP_THE = ("tap_the", "Tập thể")
    CA_NHAN = ("ca_nhan", "Cá nhân")


RecipientKind = SubjectKind


class InitiativeKind(Vocab):
    MO_HINH = ("mo_hinh", "Mô hình")
    DIEN_HINH = ("dien_hinh", "Điển hình")


class Status(Vocab):
    """Lifecycle of an initiative (DOMAIN.md §1), in order; DUNG (stopped) is reachable from anywhere."""

    DANG_KY = ("dang_ky", "Đăng ký")
    THAM_DINH = ("tham_dinh", "Thẩm định, bình xét")
    PHAN_LOAI = ("phan_loai", "Phân loại")
    CONG_NHAN = ("cong_nhan", "Công nhận")
    TIEU_BIEU = ("tieu_bieu", "Tiêu biểu")
    DE_NGHI_KHEN = ("de_nghi_khen", "Đề nghị khen thưởng")
    NHAN_RONG = ("nhan_rong", "Nhân rộng")
    DUNG = ("dung", "Dừng")


class Rating(Vocab):
    """Xếp loại (initiatives.rating, reviews.rating)."""

    TOT = ("tot", "Tốt")
    KHA = ("kha", "Khá")
    TRUNG_BINH = ("trung_binh", "Trung bình")
    YEU = ("yeu", "Yếu")


class Level(Vocab):
    """Administrative level of a unit, and the level that recognized an initiative
    (units.level, initiatives.recognition_level). HUYEN exists only up to 30/6/2025."""

    TRUNG_UONG = ("trung_uong", "Trung ương")
    TINH = ("tinh", "Tỉnh")
    HUYEN = ("huyen", "Huyện")
    XA = ("xa", "Xã/cơ sở")


class Gender(Vocab):
    NAM = ("nam", "Nam")
    NU = ("nu", "Nữ")


class MilestoneKind(Vocab):
    """The conferences of a phase (milestones.kind)."""

    ANNUAL = ("annual", "Sơ kết năm")
    SO_KET = ("so_ket", "Sơ kết")
    TONG_KET = ("tong_ket", "Tổng kết")


class DocumentStyle(Vocab):
    """Official format of a document (decisions.style, the agency setting)."""

    PARTY = ("party", "Văn bản Đảng (HD 36-HD/VPTW)")
    STATE = ("state", "Văn bản hành chính (NĐ 30/2020)")


# -- units, attachments, audit ----------------------------------------------------------------------
class IssuerKind(Vocab):
    """What kind of body issues an award decision (issuers.kind)."""

    BAN = ("ban", "Ban Dân vận / Ban Tuyên giáo và Dân vận (cơ quan mình)")
    CAP_UY = ("cap_uy", "Ban Thường vụ cấp ủy")
    UBND = ("ubnd", "Ủy ban nhân dân")
    BAN_TW = ("ban_tw", "Ban ở Trung ương")


class Numbering(Vocab):
    """How an issuer's document numbers run (issuers.numbering)."""

    TERM = ("term", "Một dãy số cho cả nhiệm kỳ (văn bản Đảng)")
    YEAR = ("year", "Đánh số lại từ đầu mỗi năm (văn bản hành chính)")


class UnitLinkKind(Vocab):
    """How a unit became its successor(s) (unit_links.kind)."""

    MERGE = ("merge", "Hợp nhất")
    SPLIT = ("split", "Chia tách")
    RENAME = ("rename", "Đổi tên")


class AttachmentOwner(Vocab):
    """The tables whose records take attached files (attachments.owner_table)."""

    INITIATIVES = ("initiatives", "Mô hình, điển hình")
    AWARDS = ("awards", "Khen thưởng")
    DECISIONS = ("decisions", "Quyết định")
    DIRECTIVE_DOCUMENTS = ("directive_documents", "Văn bản")


class AuditAction(Vocab):
    """What an audit-log entry records (audit_log.action)."""

    INSERT = ("insert", "Thêm mới")
    UPDATE = ("update", "Sửa")
    DELETE = ("delete", "Xóa (vào thùng rác)")
    RESTORE = ("restore", "Khôi phục")
    PURGE = ("purge", "Xóa vĩnh viễn")


# -- settings ---------------------------------------------------------------------------------------
class NameOrder(Vocab):
    """How personal names are sorted (settings "name_order")."""

    VI = ("vi", "Theo tên, chữ lót, họ (cách xếp của Việt Nam)")
    AZ = ("az", "Theo họ và tên như khi viết")


class ToneOrder(Vocab):
    """The order of the tone marks in the collation (settings "tone_order")."""

    CLDR = ("cldr", "không dấu, huyền, hỏi, ngã, sắc, nặng")
    ALT = ("alt", "không dấu, huyền, sắc, hỏi, ngã, nặng")


class AwardOrder(Vocab):
    """The order of the names in an award list (settings "award_order")."""

    PRECEDENCE = ("precedence", "Theo thứ tự đơn vị, rồi theo tên")
    AZ = ("az", "Theo tên (A–Z)")
    MANUAL = ("manual", "Theo thứ tự sắp xếp bằng tay")


class DocType(Vocab):
    """The kind of a directive document (the letters in its number: "415-KH/BDVTU")."""

    CHI_THI = ("CT", "Chỉ thị")
    NGHI_QUYET = ("NQ", "Nghị quyết")
    KET_LUAN = ("KL", "Kết luận")
    KE_HOACH = ("KH", "Kế hoạch")
    HUONG_DAN = ("HD", "Hướng dẫn")
    THONG_BAO = ("TB", "Thông báo")
    QUYET_DINH = ("QD", "Quyết định")
    BAO_CAO = ("BC", "Báo cáo")
    CONG_VAN = ("CV", "Công văn")
    KHAC = ("khac", "Văn bản khác")


#: Every vocabulary, for tests and tools.
ALL: tuple[type[Vocab], ...] = (
    SubjectKind, InitiativeKind, Status, Rating, Level, Gender, MilestoneKind, DocumentStyle,
    UnitLinkKind, AttachmentOwner, AuditAction, NameOrder, ToneOrder, AwardOrder, DocType,
)
