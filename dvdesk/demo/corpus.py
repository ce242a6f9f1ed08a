"""Word lists and units for the demo database ("Dân vận khéo" in Kiên Giang / An Giang).

Everything here is **invented**, but modelled on real geography, real unit names and real
naming habits so that a demo database built from it looks and sorts like the real thing:

* People: Vietnamese họ / chữ lót / tên with weights close to their real frequency in the
  Mekong delta (Nguyễn ≈ 38 %, "Văn" and "Thị" frequent but far from universal, Khmer
  surnames Danh, Thạch, Sơn). Given names cover every tone and the letters ă â đ ê ô ơ ư,
  so the data exercises the Vietnamese collation.
* Units: the old province of Kiên Giang (with a few units of the old An Giang province)
  until 30/6/2025 and the merged province of An Giang from 1/7/2025, with the 2025
  reorganization: no district level after 30/6/2025, communes merged 2–3 into one,
  Ban Dân vận + Ban Tuyên giáo → Ban Tuyên giáo và Dân vận Tỉnh ủy from 1/3/2025, and some
  new commune names that clash with an old commune name of the other province ("a name does
  not identify a unit"). Commune groupings and symbols are plausible, not the official ones;
  signer names are invented except "Nguyễn Văn Phích", the signer of the public seed
  document quoted in DOMAIN.md.
* Texts: names of "Dân vận khéo" models per field and sentence fragments for the long
  fields of a registration. Placeholders: ``{place}`` in INITIATIVE_TEMPLATES (may be
  absent), exactly one ``{n}`` in each RESULTS sentence, none anywhere else.

The module is pure data (stdlib only); ``_validate()`` is a self-check.
"""

from __future__ import annotations

import string
import unicodedata
from datetime import date

from dvdesk.domain.vocab import DocumentStyle, IssuerKind, Numbering
from dvdesk.store.seed import BLOCKS as SEED_BLOCKS
from dvdesk.store.seed import FIELDS as SEED_FIELDS

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# Họ, weights ≈ percent of the population (southern mix: Huỳnh and Võ more than Hoàng and Vũ).
SURNAMES: list[tuple[str, float]] = [
    ("Nguyễn", 38.0),
    ("Trần", 11.0),
    ("Lê", 9.5),
    ("Phạm", 7.0),
    ("Huỳnh", 3.2),
    ("Hoàng", 1.8),
    ("Phan", 4.5),
    ("Võ", 3.3),
    ("Vũ", 1.2),
    ("Đặng", 2.0),
    ("Bùi", 2.0),
    ("Đỗ", 1.4),
    ("Hồ", 1.3),
    ("Ngô", 1.3),
    ("Dương", 1.0),
    ("Lý", 0.6),
    ("Trương", 0.8),
    ("Đoàn", 0.6),
    ("Danh", 0.7),
    ("Lâm", 0.5),
    ("Châu", 0.4),
    ("Thạch", 0.4),
    ("Đinh", 0.4),
    ("Trịnh", 0.3),
    ("Mai", 0.3),
    ("Cao", 0.3),
    ("Lương", 0.3),
    ("Hà", 0.3),
    ("Tô", 0.25),
    ("Lưu", 0.25),
    ("Sơn", 0.25),
    ("Quách", 0.2),
    ("Thái", 0.2),
    ("Kim", 0.2),
    ("Tạ", 0.15),
    ("La", 0.15),
    ("Triệu", 0.15),
    ("Kiều", 0.1),
    ("Từ", 0.1),
    ("Diệp", 0.1),
    ("Tăng", 0.1),
    ("Chung", 0.1),
]

MIDDLE_MALE: list[tuple[str, float]] = [
    ("Văn", 30.0),
    ("Minh", 8.0),
    ("Thanh", 6.0),
    ("Quốc", 6.0),
    ("Hữu", 5.0),
    ("Tấn", 4.0),
    ("Ngọc", 4.0),
    ("Công", 3.5),
    ("Hoàng", 3.0),
    ("Thành", 3.0),
    ("Đức", 3.0),
    ("Trung", 2.0),
    ("Xuân", 2.0),
    ("Duy", 2.0),
    ("Phước", 2.0),
    ("Chí", 2.0),
    ("Trọng", 2.0),
    ("Quang", 2.0),
    ("Đình", 1.5),
    ("Anh", 1.5),
    ("Thế", 1.5),
    ("Hoài", 1.2),
    ("Gia", 1.0),
    ("Nhật", 1.0),
    ("Bảo", 1.0),
    ("Kim", 1.0),
    ("Việt", 1.0),
    ("Bá", 0.8),
    ("Mạnh", 0.8),
    ("Tiến", 0.8),
    ("Nhựt", 0.5),
    ("Vĩnh", 0.5),
    ("Trường", 0.5),
    ("Thiện", 0.5),
    ("Khắc", 0.5),
    ("Hoàng Minh", 0.6),
    ("Ngọc Minh", 0.5),
    ("Minh Quốc", 0.4),
    ("Hoàng Anh", 0.3),
]

MIDDLE_FEMALE: list[tuple[str, float]] = [
    ("Thị", 28.0),
    ("Ngọc", 7.0),
    ("Thanh", 4.5),
    ("Thu", 3.5),
    ("Kim", 3.5),
    ("Hồng", 2.5),
    ("Mỹ", 2.5),
    ("Minh", 2.0),
    ("Bích", 1.8),
    ("Thúy", 1.8),
    ("Phương", 1.5),
    ("Xuân", 1.5),
    ("Hoàng", 1.2),
    ("Cẩm", 1.2),
    ("Như", 1.2),
    ("Hoài", 1.0),
    ("Khánh", 1.0),
    ("Bảo", 1.0),
    ("Quỳnh", 0.8),
    ("Tuyết", 0.8),
    ("Ánh", 0.5),
    ("Thị Thu", 3.0),
    ("Thị Ngọc", 3.0),
    ("Thị Thanh", 2.5),
    ("Thị Kim", 2.0),
    ("Thị Hồng", 2.0),
    ("Thị Mỹ", 2.0),
    ("Thị Bích", 1.5),
    ("Thị Thúy", 1.5),
    ("Thị Cẩm", 1.0),
    ("Thị Phương", 1.0),
    ("Thị Minh", 1.0),
    ("Thị Tuyết", 1.0),
    ("Thị Ánh", 0.8),
    ("Thị Kiều", 0.6),
    ("Thị Lệ", 0.6),
    ("Thị Huyền", 0.5),
    ("Thị Hải", 0.5),
    ("Thị Quỳnh", 0.5),
    ("Ngọc Bích", 0.5),
]

GIVEN_MALE: list[tuple[str, float]] = [
    ("An", 1.2), ("Ân", 0.5), ("Anh", 2.0), ("Bảo", 1.5), ("Bách", 0.3), ("Bắc", 0.3),
    ("Bằng", 0.4), ("Bình", 2.0), ("Chiến", 0.8), ("Chính", 0.6), ("Công", 0.6), ("Cường", 1.5),
    ("Danh", 0.5), ("Dũng", 2.0), ("Duy", 1.0), ("Dương", 0.6), ("Đạt", 1.5), ("Định", 0.6),
    ("Đông", 0.6), ("Đức", 2.0), ("Được", 0.3), ("Em", 0.5), ("Giang", 0.5), ("Hải", 2.0),
    ("Hào", 0.4), ("Hậu", 0.8), ("Hiển", 0.4), ("Hiếu", 1.2), ("Hiệp", 0.8), ("Hòa", 1.0),
    ("Hoàng", 1.0), ("Học", 0.3), ("Hùng", 2.0), ("Hưng", 1.2), ("Huy", 1.5), ("Kha", 0.3),
    ("Khải", 0.5), ("Khang", 0.7), ("Khánh", 1.2), ("Khoa", 1.0), ("Kiên", 0.8), ("Kiệt", 0.8),
    ("Lâm", 0.8), ("Lễ", 0.3), ("Lộc", 1.0), ("Lợi", 0.8), ("Long", 1.5), ("Luân", 0.4),
    ("Lực", 0.5), ("Mạnh", 0.8), ("Minh", 2.5), ("Nam", 2.0), ("Nghĩa", 1.2), ("Nguyên", 0.8),
    ("Nhân", 1.0), ("Nhựt", 0.5), ("Phát", 0.8), ("Phong", 1.2), ("Phú", 0.8), ("Phúc", 1.2),
    ("Phước", 1.0), ("Quân", 1.2), ("Quang", 1.5), ("Quý", 0.6), ("Sang", 0.8), ("Sĩ", 0.3),
    ("Sơn", 1.5), ("Tài", 1.2), ("Tâm", 1.2), ("Tân", 0.8), ("Thắng", 1.5), ("Thành", 2.0),
    ("Thạnh", 0.6), ("Thanh", 1.0), ("Thiện", 0.8), ("Thịnh", 0.8), ("Thông", 0.5), ("Thuận", 0.8),
    ("Tiến", 1.0), ("Tín", 0.6), ("Toàn", 1.0), ("Trí", 1.0), ("Trọng", 0.6), ("Trung", 1.5),
    ("Trường", 1.0), ("Tú", 0.6), ("Tuấn", 2.0), ("Tùng", 0.8), ("Út", 0.4), ("Việt", 1.0),
    ("Vinh", 1.2), ("Vĩnh", 0.4), ("Vũ", 0.8), ("Vương", 0.3), ("Xuân", 0.4), ("Sỹ", 0.2),
]

GIVEN_FEMALE: list[tuple[str, float]] = [
    ("An", 0.6), ("Anh", 2.0), ("Ánh", 0.8), ("Bé", 0.5), ("Bích", 0.6), ("Cẩm", 0.4),
    ("Châu", 0.6), ("Chi", 0.8), ("Cúc", 0.4), ("Diễm", 0.8), ("Diệp", 0.3), ("Diệu", 0.4),
    ("Dung", 1.2), ("Duyên", 1.0), ("Đào", 0.6), ("Đẹp", 0.3), ("Điệp", 0.4), ("Đoan", 0.3),
    ("Em", 0.6), ("Giang", 0.8), ("Hà", 1.2), ("Hạnh", 1.2), ("Hảo", 0.4), ("Hằng", 1.5),
    ("Hân", 0.6), ("Hiền", 1.2), ("Hoa", 1.5), ("Hòa", 0.5), ("Hồng", 1.2), ("Huệ", 0.6),
    ("Hương", 2.0), ("Huyền", 1.2), ("Khánh", 0.4), ("Khuê", 0.3), ("Kiều", 0.6), ("Kim", 0.6),
    ("Lài", 0.3), ("Lan", 2.0), ("Lệ", 0.4), ("Liên", 0.8), ("Liễu", 0.4), ("Linh", 2.0),
    ("Loan", 1.0), ("Luyến", 0.3), ("Lụa", 0.3), ("Ly", 0.8), ("Mai", 1.5), ("Mận", 0.3),
    ("My", 0.8), ("Mỹ", 0.6), ("Nga", 1.2), ("Ngà", 0.5), ("Ngân", 1.2), ("Ngọc", 1.5),
    ("Nguyệt", 0.8), ("Nhàn", 0.6), ("Nhi", 1.0), ("Nhung", 1.2), ("Như", 0.8), ("Nữ", 0.3),
    ("Nương", 0.3), ("Oanh", 0.8), ("Phấn", 0.2), ("Phượng", 1.0), ("Phương", 1.5), ("Quyên", 0.8),
    ("Quỳnh", 1.0), ("Sen", 0.4), ("Sương", 0.6), ("Tâm", 1.0), ("Thắm", 0.6), ("Thanh", 1.0),
    ("Thảo", 2.0), ("Thơ", 0.6), ("Thoa", 0.6), ("Thu", 1.2), ("Thúy", 1.2), ("Thủy", 1.5),
    ("Thư", 1.0), ("Thương", 0.8), ("Tiên", 0.8), ("Trâm", 0.8), ("Trang", 2.0), ("Trinh", 1.0),
    ("Tuyền", 0.6), ("Tuyết", 1.2), ("Uyên", 0.6), ("Út", 0.4), ("Vân", 1.2), ("Vi", 0.5),
    ("Xuân", 0.8), ("Yến", 1.5), ("Ý", 0.3),
]

# Chức vụ of people honoured in the movement (commune, hamlet, agency and enterprise level).
POSITIONS: list[str] = [
    "Bí thư Chi bộ ấp",
    "Bí thư Chi bộ khu phố",
    "Trưởng ấp",
    "Phó Trưởng ấp",
    "Trưởng khu phố",
    "Trưởng Ban công tác Mặt trận ấp",
    "Tổ trưởng Tổ nhân dân tự quản",
    "Bí thư Đảng ủy xã",
    "Phó Bí thư Thường trực Đảng ủy xã",
    "Chủ tịch Ủy ban nhân dân xã",
    "Phó Chủ tịch Ủy ban nhân dân xã",
    "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    "Chủ tịch Hội Nông dân xã",
    "Chủ tịch Hội Liên hiệp Phụ nữ xã",
    "Chủ tịch Hội Cựu chiến binh xã",
    "Bí thư Đoàn xã",
    "Chi hội trưởng Chi hội Phụ nữ",
    "Chi hội trưởng Chi hội Nông dân",
    "Công an viên",
    "Trưởng Công an xã",
    "Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
    "Đồn trưởng Đồn Biên phòng",
    "Cảnh sát khu vực",
    "Người có uy tín trong đồng bào dân tộc Khmer",
    "Trụ trì chùa",
    "Hội viên Hội Cựu chiến binh",
    "Hội viên Hội Nông dân",
    "Hội viên Hội Người cao tuổi",
    "Đoàn viên thanh niên",
    "Cán bộ hưu trí",
    "Giáo viên",
    "Hiệu trưởng Trường Tiểu học",
    "Trưởng trạm y tế",
    "Nhân viên y tế ấp",
    "Công chức Văn hóa - Xã hội",
    "Công chức Tư pháp - Hộ tịch",
    "Chuyên viên",
    "Phó Trưởng phòng",
    "Trưởng phòng",
    "Doanh nhân",
    "Giám đốc Hợp tác xã",
    "Tổ trưởng Tổ hợp tác",
    "Chủ tàu cá",
    "Nông dân sản xuất, kinh doanh giỏi",
]

# ---------------------------------------------------------------------------------------------
# Classifications
# ---------------------------------------------------------------------------------------------

# the seeded catalogs every database starts with (one definition: dvdesk.store.seed)
BLOCKS: list[tuple[str, str]] = SEED_BLOCKS
FIELDS: list[tuple[str, str]] = SEED_FIELDS

# ---------------------------------------------------------------------------------------------
# Units (versioned: valid_from / valid_to, predecessor links)
# ---------------------------------------------------------------------------------------------

_PQ_HUYEN_END = date(2021, 1, 31)  # Huyện Phú Quốc became Thành phố Phú Quốc on 1/2/2021
_PQ_CITY_START = date(2021, 2, 1)
_BAN_OLD_END = date(2025, 2, 28)  # last day before the early-2025 merger of agencies
_BAN_NEW_START = date(2025, 3, 1)
_OLD_END = date(2025, 6, 30)  # last day of districts, old communes and old provinces
_NEW_START = date(2025, 7, 1)

_OE, _BE, _BS, _NS = _OLD_END, _BAN_OLD_END, _BAN_NEW_START, _NEW_START

# Province-level units, in print order (Party, state, Mặt trận and mass organizations, armed
# forces, enterprises). Row: key, name, short_name, block, parent_key, valid_from, valid_to,
# predecessor_keys, symbol.
_ProvRow = tuple[str, str, str, str, "str | None", "date | None", "date | None", tuple[str, ...], str]

_KG_PROVINCE: tuple[_ProvRow, ...] = (
    ("kg_tinh_uy", "Tỉnh ủy Kiên Giang", "Tỉnh ủy", "DANG", None, None, _OE, (), "TU"),
    ("kg_ban_to_chuc", "Ban Tổ chức Tỉnh ủy Kiên Giang", "Ban Tổ chức Tỉnh ủy", "DANG", "kg_tinh_uy", None, _OE, (), "BTCTU"),
    ("kg_ban_tuyen_giao", "Ban Tuyên giáo Tỉnh ủy Kiên Giang", "Ban Tuyên giáo Tỉnh ủy", "DANG", "kg_tinh_uy", None, _BE, (), "BTGTU"),
    ("kg_bdvtu", "Ban Dân vận Tỉnh ủy Kiên Giang", "Ban Dân vận Tỉnh ủy", "DANG", "kg_tinh_uy", None, _BE, (), "BDVTU"),
    ("kg_btgdvtu", "Ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Giang", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "DANG", "kg_tinh_uy", _BS, _OE, ("kg_ban_tuyen_giao", "kg_bdvtu"), "BTGDVTU"),
    ("kg_ubkt", "Ủy ban Kiểm tra Tỉnh ủy Kiên Giang", "Ủy ban Kiểm tra Tỉnh ủy", "DANG", "kg_tinh_uy", None, _OE, (), "UBKTTU"),
    ("kg_van_phong_tu", "Văn phòng Tỉnh ủy Kiên Giang", "Văn phòng Tỉnh ủy", "DANG", "kg_tinh_uy", None, _OE, (), "VPTU"),
    ("kg_dang_uy_khoi_dn", "Đảng ủy Khối Doanh nghiệp tỉnh Kiên Giang", "Đảng ủy Khối Doanh nghiệp", "DANG", "kg_tinh_uy", None, _BE, (), "ĐUK"),
    ("kg_tinh", "Tỉnh Kiên Giang", "Kiên Giang", "CQ", None, None, _OE, (), ""),
    ("kg_ubnd", "Ủy ban nhân dân tỉnh Kiên Giang", "UBND tỉnh", "CQ", None, None, _OE, (), "UBND"),
    ("kg_so_noi_vu", "Sở Nội vụ tỉnh Kiên Giang", "Sở Nội vụ", "CQ", "kg_ubnd", None, _BE, (), "SNV"),
    ("kg_so_ldtbxh", "Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang", "Sở Lao động - Thương binh và Xã hội", "CQ", "kg_ubnd", None, _BE, (), "SLĐTBXH"),
    ("kg_so_noi_vu_2025", "Sở Nội vụ tỉnh Kiên Giang", "Sở Nội vụ", "CQ", "kg_ubnd", _BS, _OE, ("kg_so_noi_vu", "kg_so_ldtbxh"), "SNV"),
    ("kg_so_nnptnt", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang", "Sở Nông nghiệp và Phát triển nông thôn", "CQ", "kg_ubnd", None, _BE, (), "SNNPTNT"),
    ("kg_so_tnmt", "Sở Tài nguyên và Môi trường tỉnh Kiên Giang", "Sở Tài nguyên và Môi trường", "CQ", "kg_ubnd", None, _BE, (), "STNMT"),
    ("kg_so_nnmt", "Sở Nông nghiệp và Môi trường tỉnh Kiên Giang", "Sở Nông nghiệp và Môi trường", "CQ", "kg_ubnd", _BS, _OE, ("kg_so_nnptnt", "kg_so_tnmt"), "SNNMT"),
    ("kg_so_y_te", "Sở Y tế tỉnh Kiên Giang", "Sở Y tế", "CQ", "kg_ubnd", None, _OE, (), "SYT"),
    ("kg_so_gddt", "Sở Giáo dục và Đào tạo tỉnh Kiên Giang", "Sở Giáo dục và Đào tạo", "CQ", "kg_ubnd", None, _OE, (), "SGDĐT"),
    ("kg_so_vhtt", "Sở Văn hóa và Thể thao tỉnh Kiên Giang", "Sở Văn hóa và Thể thao", "CQ", "kg_ubnd", None, _OE, (), "SVHTT"),
    ("kg_ban_dan_toc", "Ban Dân tộc tỉnh Kiên Giang", "Ban Dân tộc", "CQ", "kg_ubnd", None, _BE, (), "BDT"),
    ("kg_so_dttg", "Sở Dân tộc và Tôn giáo tỉnh Kiên Giang", "Sở Dân tộc và Tôn giáo", "CQ", "kg_ubnd", _BS, _OE, ("kg_ban_dan_toc",), "SDTTG"),
    ("kg_mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang", "Ủy ban MTTQ Việt Nam tỉnh", "MTDT", None, None, _OE, (), "MTTQ-BTT"),
    ("kg_tinh_doan", "Tỉnh đoàn Kiên Giang", "Tỉnh đoàn", "MTDT", None, None, _OE, (), "TĐTN"),
    ("kg_hlhpn", "Hội Liên hiệp Phụ nữ tỉnh Kiên Giang", "Hội LHPN tỉnh", "MTDT", None, None, _OE, (), ""),
    ("kg_hnd", "Hội Nông dân tỉnh Kiên Giang", "Hội Nông dân tỉnh", "MTDT", None, None, _OE, (), ""),
    ("kg_hccb", "Hội Cựu chiến binh tỉnh Kiên Giang", "Hội Cựu chiến binh tỉnh", "MTDT", None, None, _OE, (), ""),
    ("kg_ldld", "Liên đoàn Lao động tỉnh Kiên Giang", "Liên đoàn Lao động tỉnh", "MTDT", None, None, _OE, (), "LĐLĐ"),
    ("kg_cong_an", "Công an tỉnh Kiên Giang", "Công an tỉnh", "LLVT", None, None, _OE, (), ""),
    ("kg_bchqs", "Bộ Chỉ huy Quân sự tỉnh Kiên Giang", "Bộ Chỉ huy Quân sự tỉnh", "LLVT", None, None, _OE, (), ""),
    ("kg_bdbp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "Bộ đội Biên phòng tỉnh", "LLVT", None, None, _OE, (), ""),
    ("kg_xskt", "Công ty TNHH Một thành viên Xổ số kiến thiết Kiên Giang", "Xổ số kiến thiết Kiên Giang", "DN", None, None, None, (), ""),
    ("kg_cap_nuoc", "Công ty Cổ phần Cấp thoát nước Kiên Giang", "Cấp thoát nước Kiên Giang", "DN", None, None, None, (), ""),
    ("kg_thuy_san_tac_cau", "Công ty TNHH Chế biến Thủy sản Tắc Cậu", "Thủy sản Tắc Cậu", "DN", None, None, None, (), ""),
)

# A few units of the old An Giang province: the other side of the 2025 merger.
_AG_OLD_PROVINCE: tuple[_ProvRow, ...] = (
    ("ag0_tinh_uy", "Tỉnh ủy An Giang", "Tỉnh ủy", "DANG", None, None, _OE, (), "TU"),
    ("ag0_ban_tuyen_giao", "Ban Tuyên giáo Tỉnh ủy An Giang", "Ban Tuyên giáo Tỉnh ủy", "DANG", "ag0_tinh_uy", None, _BE, (), "BTGTU"),
    ("ag0_bdvtu", "Ban Dân vận Tỉnh ủy An Giang", "Ban Dân vận Tỉnh ủy", "DANG", "ag0_tinh_uy", None, _BE, (), "BDVTU"),
    ("ag0_btgdvtu", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "DANG", "ag0_tinh_uy", _BS, _OE, ("ag0_ban_tuyen_giao", "ag0_bdvtu"), "BTGDVTU"),
    ("ag0_tinh", "Tỉnh An Giang", "An Giang", "CQ", None, None, _OE, (), ""),
    ("ag0_ubnd", "Ủy ban nhân dân tỉnh An Giang", "UBND tỉnh", "CQ", None, None, _OE, (), "UBND"),
    ("ag0_so_noi_vu", "Sở Nội vụ tỉnh An Giang", "Sở Nội vụ", "CQ", "ag0_ubnd", None, _OE, (), "SNV"),
    ("ag0_so_nnptnt", "Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang", "Sở Nông nghiệp và Phát triển nông thôn", "CQ", "ag0_ubnd", None, _BE, (), "SNNPTNT"),
    ("ag0_so_nnmt", "Sở Nông nghiệp và Môi trường tỉnh An Giang", "Sở Nông nghiệp và Môi trường", "CQ", "ag0_ubnd", _BS, _OE, ("ag0_so_nnptnt",), "SNNMT"),
    ("ag0_so_y_te", "Sở Y tế tỉnh An Giang", "Sở Y tế", "CQ", "ag0_ubnd", None, _OE, (), "SYT"),
    ("ag0_so_gddt", "Sở Giáo dục và Đào tạo tỉnh An Giang", "Sở Giáo dục và Đào tạo", "CQ", "ag0_ubnd", None, _OE, (), "SGDĐT"),
    ("ag0_mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "Ủy ban MTTQ Việt Nam tỉnh", "MTDT", None, None, _OE, (), "MTTQ-BTT"),
    ("ag0_tinh_doan", "Tỉnh đoàn An Giang", "Tỉnh đoàn", "MTDT", None, None, _OE, (), "TĐTN"),
    ("ag0_hlhpn", "Hội Liên hiệp Phụ nữ tỉnh An Giang", "Hội LHPN tỉnh", "MTDT", None, None, _OE, (), ""),
    ("ag0_hnd", "Hội Nông dân tỉnh An Giang", "Hội Nông dân tỉnh", "MTDT", None, None, _OE, (), ""),
    ("ag0_hccb", "Hội Cựu chiến binh tỉnh An Giang", "Hội Cựu chiến binh tỉnh", "MTDT", None, None, _OE, (), ""),
    ("ag0_ldld", "Liên đoàn Lao động tỉnh An Giang", "Liên đoàn Lao động tỉnh", "MTDT", None, None, _OE, (), "LĐLĐ"),
    ("ag0_cong_an", "Công an tỉnh An Giang", "Công an tỉnh", "LLVT", None, None, _OE, (), ""),
    ("ag0_bchqs", "Bộ Chỉ huy Quân sự tỉnh An Giang", "Bộ Chỉ huy Quân sự tỉnh", "LLVT", None, None, _OE, (), ""),
    ("ag0_bdbp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", "Bộ đội Biên phòng tỉnh", "LLVT", None, None, _OE, (), ""),
)

# The merged province of An Giang (from 1/7/2025). The mass organizations now sit under the
# Ủy ban Mặt trận Tổ quốc.
_AG_NEW_PROVINCE: tuple[_ProvRow, ...] = (
    ("ag_tinh_uy", "Tỉnh ủy An Giang", "Tỉnh ủy", "DANG", None, _NS, None, ("kg_tinh_uy", "ag0_tinh_uy"), "TU"),
    ("ag_btgdvtu", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "DANG", "ag_tinh_uy", _NS, None, ("kg_btgdvtu", "ag0_btgdvtu"), "BTGDVTU"),
    ("ag_tinh", "Tỉnh An Giang", "An Giang", "CQ", None, _NS, None, ("kg_tinh", "ag0_tinh"), ""),
    ("ag_ubnd", "Ủy ban nhân dân tỉnh An Giang", "UBND tỉnh", "CQ", None, _NS, None, ("kg_ubnd", "ag0_ubnd"), "UBND"),
    ("ag_so_noi_vu", "Sở Nội vụ tỉnh An Giang", "Sở Nội vụ", "CQ", "ag_ubnd", _NS, None, ("kg_so_noi_vu_2025", "ag0_so_noi_vu"), "SNV"),
    ("ag_so_nnmt", "Sở Nông nghiệp và Môi trường tỉnh An Giang", "Sở Nông nghiệp và Môi trường", "CQ", "ag_ubnd", _NS, None, ("kg_so_nnmt", "ag0_so_nnmt"), "SNNMT"),
    ("ag_so_y_te", "Sở Y tế tỉnh An Giang", "Sở Y tế", "CQ", "ag_ubnd", _NS, None, ("kg_so_y_te", "ag0_so_y_te"), "SYT"),
    ("ag_so_gddt", "Sở Giáo dục và Đào tạo tỉnh An Giang", "Sở Giáo dục và Đào tạo", "CQ", "ag_ubnd", _NS, None, ("kg_so_gddt", "ag0_so_gddt"), "SGDĐT"),
    ("ag_so_vhttdl", "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang", "Sở Văn hóa, Thể thao và Du lịch", "CQ", "ag_ubnd", _NS, None, ("kg_so_vhtt",), "SVHTTDL"),
    ("ag_so_dttg", "Sở Dân tộc và Tôn giáo tỉnh An Giang", "Sở Dân tộc và Tôn giáo", "CQ", "ag_ubnd", _NS, None, ("kg_so_dttg",), "SDTTG"),
    ("ag_mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "Ủy ban MTTQ Việt Nam tỉnh", "MTDT", None, _NS, None, ("kg_mttq", "ag0_mttq"), "MTTQ-BTT"),
    ("ag_tinh_doan", "Tỉnh đoàn An Giang", "Tỉnh đoàn", "MTDT", "ag_mttq", _NS, None, ("kg_tinh_doan", "ag0_tinh_doan"), "TĐTN"),
    ("ag_hlhpn", "Hội Liên hiệp Phụ nữ tỉnh An Giang", "Hội LHPN tỉnh", "MTDT", "ag_mttq", _NS, None, ("kg_hlhpn", "ag0_hlhpn"), ""),
    ("ag_hnd", "Hội Nông dân tỉnh An Giang", "Hội Nông dân tỉnh", "MTDT", "ag_mttq", _NS, None, ("kg_hnd", "ag0_hnd"), ""),
    ("ag_hccb", "Hội Cựu chiến binh tỉnh An Giang", "Hội Cựu chiến binh tỉnh", "MTDT", "ag_mttq", _NS, None, ("kg_hccb", "ag0_hccb"), ""),
    ("ag_ldld", "Liên đoàn Lao động tỉnh An Giang", "Liên đoàn Lao động tỉnh", "MTDT", "ag_mttq", _NS, None, ("kg_ldld", "ag0_ldld"), "LĐLĐ"),
    ("ag_cong_an", "Công an tỉnh An Giang", "Công an tỉnh", "LLVT", None, _NS, None, ("kg_cong_an", "ag0_cong_an"), ""),
    ("ag_bchqs", "Bộ Chỉ huy Quân sự tỉnh An Giang", "Bộ Chỉ huy Quân sự tỉnh", "LLVT", None, _NS, None, ("kg_bchqs", "ag0_bchqs"), ""),
    ("ag_bdbp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", "Bộ đội Biên phòng tỉnh", "LLVT", None, _NS, None, ("kg_bdbp", "ag0_bdbp"), ""),
)

# Districts (level "huyen") and their communes (level "xa"), in print order. A district row:
# key, name, parent (the province), valid_from, valid_to, predecessor_keys, communes. A commune
# is (key, name) valid from "long before" to 30/6/2025, or
# (key, name, valid_from, valid_to, predecessor_keys).
_Commune = tuple  # (key, name) or (key, name, valid_from, valid_to, predecessor_keys)
_DistrictRow = tuple[str, str, str, "date | None", "date | None", tuple[str, ...], tuple[_Commune, ...]]

_KG_DISTRICTS: tuple[_DistrictRow, ...] = (
    ("kg_tp_rach_gia", "Thành phố Rạch Giá", "kg_tinh", None, _OE, (), (
        ("kg_p_vinh_thanh_van", "Phường Vĩnh Thanh Vân"),
        ("kg_p_vinh_thanh", "Phường Vĩnh Thanh"),
        ("kg_p_vinh_lac", "Phường Vĩnh Lạc"),
        ("kg_p_vinh_thong", "Phường Vĩnh Thông"),
        ("kg_p_rach_soi", "Phường Rạch Sỏi"),
        ("kg_x_phi_thong", "Xã Phi Thông"),
    )),
    ("kg_tp_ha_tien", "Thành phố Hà Tiên", "kg_tinh", None, _OE, (), (
        ("kg_p_dong_ho", "Phường Đông Hồ"),
        ("kg_p_binh_san", "Phường Bình San"),
        ("kg_p_to_chau", "Phường Tô Châu"),
        ("kg_x_my_duc", "Xã Mỹ Đức"),
    )),
    ("kg_h_phu_quoc", "Huyện Phú Quốc", "kg_tinh", None, _PQ_HUYEN_END, (), (
        ("kg_tt_duong_dong", "Thị trấn Dương Đông", None, _PQ_HUYEN_END, ()),
        ("kg_tt_an_thoi", "Thị trấn An Thới", None, _PQ_HUYEN_END, ()),
    )),
    ("kg_tp_phu_quoc", "Thành phố Phú Quốc", "kg_tinh", _PQ_CITY_START, _OE, ("kg_h_phu_quoc",), (
        ("kg_p_duong_dong", "Phường Dương Đông", _PQ_CITY_START, _OE, ("kg_tt_duong_dong",)),
        ("kg_p_an_thoi", "Phường An Thới", _PQ_CITY_START, _OE, ("kg_tt_an_thoi",)),
        ("kg_x_ham_ninh", "Xã Hàm Ninh"),
    )),
    ("kg_h_chau_thanh", "Huyện Châu Thành", "kg_tinh", None, _OE, (), (
        ("kg_tt_minh_luong", "Thị trấn Minh Lương"),
        ("kg_x_giuc_tuong", "Xã Giục Tượng"),
        ("kg_x_vinh_hoa_hiep", "Xã Vĩnh Hòa Hiệp"),
        ("kg_x_binh_an_ct", "Xã Bình An"),
        ("kg_x_mong_tho_a", "Xã Mong Thọ A"),
        ("kg_x_mong_tho_b", "Xã Mong Thọ B"),
    )),
    ("kg_h_giong_rieng", "Huyện Giồng Riềng", "kg_tinh", None, _OE, (), (
        ("kg_tt_giong_rieng", "Thị trấn Giồng Riềng"),
        ("kg_x_ban_thach", "Xã Bàn Thạch"),
        ("kg_x_thanh_hung", "Xã Thạnh Hưng"),
        ("kg_x_thanh_phuoc", "Xã Thạnh Phước"),
        ("kg_x_ngoc_chuc", "Xã Ngọc Chúc"),
        ("kg_x_ngoc_thuan", "Xã Ngọc Thuận"),
    )),
    ("kg_h_go_quao", "Huyện Gò Quao", "kg_tinh", None, _OE, (), (
        ("kg_tt_go_quao", "Thị trấn Gò Quao"),
        ("kg_x_dinh_hoa", "Xã Định Hòa"),
        ("kg_x_thoi_quan", "Xã Thới Quản"),
        ("kg_x_vhh_bac", "Xã Vĩnh Hòa Hưng Bắc"),
        ("kg_x_vhh_nam", "Xã Vĩnh Hòa Hưng Nam"),
    )),
    ("kg_h_an_bien", "Huyện An Biên", "kg_tinh", None, _OE, (), (
        ("kg_tt_thu_ba", "Thị trấn Thứ Ba"),
        ("kg_x_nam_thai", "Xã Nam Thái"),
        ("kg_x_nam_thai_a", "Xã Nam Thái A"),
        ("kg_x_dong_thai", "Xã Đông Thái"),
        ("kg_x_tay_yen", "Xã Tây Yên"),
        ("kg_x_tay_yen_a", "Xã Tây Yên A"),
    )),
    ("kg_h_u_minh_thuong", "Huyện U Minh Thượng", "kg_tinh", None, _OE, (), (
        ("kg_x_thanh_yen", "Xã Thạnh Yên"),
        ("kg_x_thanh_yen_a", "Xã Thạnh Yên A"),
        ("kg_x_an_minh_bac", "Xã An Minh Bắc"),
        ("kg_x_vinh_hoa", "Xã Vĩnh Hòa"),
        ("kg_x_hoa_chanh", "Xã Hòa Chánh"),
    )),
    ("kg_h_kien_luong", "Huyện Kiên Lương", "kg_tinh", None, _OE, (), (
        ("kg_tt_kien_luong", "Thị trấn Kiên Lương"),
        ("kg_x_binh_an_kl", "Xã Bình An"),
        ("kg_x_hoa_dien", "Xã Hòa Điền"),
        ("kg_x_kien_binh", "Xã Kiên Bình"),
    )),
    ("kg_h_hon_dat", "Huyện Hòn Đất", "kg_tinh", None, _OE, (), (
        ("kg_tt_hon_dat", "Thị trấn Hòn Đất"),
        ("kg_tt_soc_son", "Thị trấn Sóc Sơn"),
        ("kg_x_binh_son", "Xã Bình Sơn"),
        ("kg_x_son_kien", "Xã Sơn Kiên"),
    )),
    ("kg_h_tan_hiep", "Huyện Tân Hiệp", "kg_tinh", None, _OE, (), (
        ("kg_tt_tan_hiep", "Thị trấn Tân Hiệp"),
        ("kg_x_tan_hiep_a", "Xã Tân Hiệp A"),
        ("kg_x_tan_hoi", "Xã Tân Hội"),
        ("kg_x_tan_an", "Xã Tân An"),
    )),
    ("kg_h_giang_thanh", "Huyện Giang Thành", "kg_tinh", None, _OE, (), (
        ("kg_x_tan_khanh_hoa", "Xã Tân Khánh Hòa"),
        ("kg_x_phu_loi", "Xã Phú Lợi"),
        ("kg_x_phu_my", "Xã Phú Mỹ"),
        ("kg_x_vinh_dieu", "Xã Vĩnh Điều"),
        ("kg_x_vinh_phu", "Xã Vĩnh Phú"),
    )),
    ("kg_h_vinh_thuan", "Huyện Vĩnh Thuận", "kg_tinh", None, _OE, (), (
        ("kg_tt_vinh_thuan", "Thị trấn Vĩnh Thuận"),
        ("kg_x_vinh_thuan", "Xã Vĩnh Thuận"),
        ("kg_x_vinh_binh_bac", "Xã Vĩnh Bình Bắc"),
        ("kg_x_vinh_binh_nam", "Xã Vĩnh Bình Nam"),
    )),
    ("kg_h_an_minh", "Huyện An Minh", "kg_tinh", None, _OE, (), (
        ("kg_tt_thu_muoi_mot", "Thị trấn Thứ Mười Một"),
        ("kg_x_thuan_hoa", "Xã Thuận Hòa"),
        ("kg_x_dong_hung", "Xã Đông Hưng"),
        ("kg_x_dong_hung_a", "Xã Đông Hưng A"),
        ("kg_x_tan_thanh", "Xã Tân Thạnh"),
        ("kg_x_van_khanh", "Xã Vân Khánh"),
    )),
    ("kg_h_kien_hai", "Huyện Kiên Hải", "kg_tinh", None, _OE, (), (
        ("kg_x_hon_tre", "Xã Hòn Tre"),
        ("kg_x_lai_son", "Xã Lại Sơn"),
        ("kg_x_an_son", "Xã An Sơn"),
    )),
)

_AG_OLD_DISTRICTS: tuple[_DistrictRow, ...] = (
    ("ag0_tp_long_xuyen", "Thành phố Long Xuyên", "ag0_tinh", None, _OE, (), (
        ("ag0_p_my_binh", "Phường Mỹ Bình"),
        ("ag0_p_my_long", "Phường Mỹ Long"),
        ("ag0_p_binh_duc", "Phường Bình Đức"),
        ("ag0_p_binh_khanh", "Phường Bình Khánh"),
        ("ag0_p_my_thoi", "Phường Mỹ Thới"),
        ("ag0_p_my_quy", "Phường Mỹ Quý"),
    )),
    ("ag0_tx_tan_chau", "Thị xã Tân Châu", "ag0_tinh", None, _OE, (), (
        ("ag0_p_long_thanh", "Phường Long Thạnh"),
        ("ag0_p_long_hung", "Phường Long Hưng"),
        ("ag0_x_tan_an", "Xã Tân An"),
        ("ag0_x_tan_thanh", "Xã Tân Thạnh"),
        ("ag0_x_vinh_xuong", "Xã Vĩnh Xương"),
        ("ag0_x_vinh_hoa", "Xã Vĩnh Hòa"),
    )),
    ("ag0_h_phu_tan", "Huyện Phú Tân", "ag0_tinh", None, _OE, (), (
        ("ag0_tt_phu_my", "Thị trấn Phú Mỹ"),
        ("ag0_tt_cho_vam", "Thị trấn Chợ Vàm"),
        ("ag0_x_tan_hoa", "Xã Tân Hòa"),
        ("ag0_x_phu_thanh", "Xã Phú Thạnh"),
        ("ag0_x_phu_lam", "Xã Phú Lâm"),
        ("ag0_x_phu_long", "Xã Phú Long"),
    )),
    ("ag0_h_chau_thanh", "Huyện Châu Thành", "ag0_tinh", None, _OE, (), (
        ("ag0_tt_an_chau", "Thị trấn An Châu"),
        ("ag0_x_hoa_binh_thanh", "Xã Hòa Bình Thạnh"),
        ("ag0_x_vinh_an", "Xã Vĩnh An"),
        ("ag0_x_vinh_binh", "Xã Vĩnh Bình"),
        ("ag0_x_binh_hoa", "Xã Bình Hòa"),
        ("ag0_x_an_hoa", "Xã An Hòa"),
    )),
)

# District-level bodies, printed right after their district. Row: district key, key, name,
# short_name, block, parent_key, valid_to, symbol. All are valid from "long before".
_DISTRICT_BODIES: tuple[tuple[str, str, str, str, str, str, date, str], ...] = (
    ("kg_tp_rach_gia", "kg_thanh_uy_rach_gia", "Thành ủy Rạch Giá", "Thành ủy Rạch Giá", "DANG", "kg_tinh_uy", _OE, "TU"),
    ("kg_tp_rach_gia", "kg_bdv_thanh_uy_rach_gia", "Ban Dân vận Thành ủy Rạch Giá", "BDV Thành ủy Rạch Giá", "DANG", "kg_thanh_uy_rach_gia", _OE, "BDVTU"),
    ("kg_tp_rach_gia", "kg_ca_rach_gia", "Công an thành phố Rạch Giá", "Công an TP Rạch Giá", "LLVT", "kg_cong_an", _BE, ""),
    ("kg_h_chau_thanh", "kg_huyen_uy_chau_thanh", "Huyện ủy Châu Thành", "Huyện ủy Châu Thành", "DANG", "kg_tinh_uy", _OE, "HU"),
    ("kg_h_chau_thanh", "kg_bdv_huyen_uy_chau_thanh", "Ban Dân vận Huyện ủy Châu Thành", "BDV Huyện ủy Châu Thành", "DANG", "kg_huyen_uy_chau_thanh", _OE, "BDVHU"),
    ("kg_h_giong_rieng", "kg_huyen_uy_giong_rieng", "Huyện ủy Giồng Riềng", "Huyện ủy Giồng Riềng", "DANG", "kg_tinh_uy", _OE, "HU"),
    ("kg_h_giong_rieng", "kg_bdv_huyen_uy_giong_rieng", "Ban Dân vận Huyện ủy Giồng Riềng", "BDV Huyện ủy Giồng Riềng", "DANG", "kg_huyen_uy_giong_rieng", _OE, "BDVHU"),
    ("kg_h_giong_rieng", "kg_mttq_giong_rieng", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Giồng Riềng", "Ủy ban MTTQ huyện Giồng Riềng", "MTDT", "kg_mttq", _OE, "MTTQ-BTT"),
    ("kg_h_giong_rieng", "kg_ca_giong_rieng", "Công an huyện Giồng Riềng", "Công an huyện Giồng Riềng", "LLVT", "kg_cong_an", _BE, ""),
    ("kg_h_u_minh_thuong", "kg_huyen_uy_u_minh_thuong", "Huyện ủy U Minh Thượng", "Huyện ủy U Minh Thượng", "DANG", "kg_tinh_uy", _OE, "HU"),
    ("kg_h_u_minh_thuong", "kg_bdv_huyen_uy_u_minh_thuong", "Ban Dân vận Huyện ủy U Minh Thượng", "BDV Huyện ủy U Minh Thượng", "DANG", "kg_huyen_uy_u_minh_thuong", _OE, "BDVHU"),
    ("ag0_tp_long_xuyen", "ag0_thanh_uy_long_xuyen", "Thành ủy Long Xuyên", "Thành ủy Long Xuyên", "DANG", "ag0_tinh_uy", _OE, "TU"),
    ("ag0_tp_long_xuyen", "ag0_bdv_thanh_uy_long_xuyen", "Ban Dân vận Thành ủy Long Xuyên", "BDV Thành ủy Long Xuyên", "DANG", "ag0_thanh_uy_long_xuyen", _OE, "BDVTU"),
)

# Communes, wards and special zones of the merged province, valid from 1/7/2025, each with the
# 2–3 old communes merged into it. Several names repeat an old name: Xã Vĩnh Hòa, Xã Tân Thạnh
# and Xã Vĩnh Bình (Kiên Giang side) were also communes of old An Giang; Xã Tân An (An Giang
# side) was also a commune of old Kiên Giang; Xã Bình An existed twice in Kiên Giang.
_AG_NEW_COMMUNES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ag_p_rach_gia", "Phường Rạch Giá", ("kg_p_vinh_thanh_van", "kg_p_vinh_thanh", "kg_p_vinh_lac")),
    ("ag_p_vinh_thong", "Phường Vĩnh Thông", ("kg_p_vinh_thong", "kg_p_rach_soi", "kg_x_phi_thong")),
    ("ag_p_ha_tien", "Phường Hà Tiên", ("kg_p_dong_ho", "kg_p_binh_san")),
    ("ag_p_to_chau", "Phường Tô Châu", ("kg_p_to_chau", "kg_x_my_duc")),
    ("ag_dk_phu_quoc", "Đặc khu Phú Quốc", ("kg_p_duong_dong", "kg_p_an_thoi", "kg_x_ham_ninh")),
    ("ag_x_chau_thanh", "Xã Châu Thành", ("kg_tt_minh_luong", "kg_x_giuc_tuong")),
    ("ag_x_binh_an", "Xã Bình An", ("kg_x_binh_an_ct", "kg_x_vinh_hoa_hiep")),
    ("ag_x_mong_tho", "Xã Mong Thọ", ("kg_x_mong_tho_a", "kg_x_mong_tho_b")),
    ("ag_x_giong_rieng", "Xã Giồng Riềng", ("kg_tt_giong_rieng", "kg_x_ban_thach")),
    ("ag_x_thanh_hung", "Xã Thạnh Hưng", ("kg_x_thanh_hung", "kg_x_thanh_phuoc")),
    ("ag_x_ngoc_chuc", "Xã Ngọc Chúc", ("kg_x_ngoc_chuc", "kg_x_ngoc_thuan")),
    ("ag_x_go_quao", "Xã Gò Quao", ("kg_tt_go_quao", "kg_x_dinh_hoa", "kg_x_thoi_quan")),
    ("ag_x_vinh_hoa_hung", "Xã Vĩnh Hòa Hưng", ("kg_x_vhh_bac", "kg_x_vhh_nam")),
    ("ag_x_an_bien", "Xã An Biên", ("kg_tt_thu_ba", "kg_x_nam_thai")),
    ("ag_x_dong_thai", "Xã Đông Thái", ("kg_x_dong_thai", "kg_x_nam_thai_a")),
    ("ag_x_tay_yen", "Xã Tây Yên", ("kg_x_tay_yen", "kg_x_tay_yen_a")),
    ("ag_x_u_minh_thuong", "Xã U Minh Thượng", ("kg_x_thanh_yen", "kg_x_thanh_yen_a", "kg_x_an_minh_bac")),
    ("ag_x_vinh_hoa", "Xã Vĩnh Hòa", ("kg_x_vinh_hoa", "kg_x_hoa_chanh")),
    ("ag_x_kien_luong", "Xã Kiên Lương", ("kg_tt_kien_luong", "kg_x_binh_an_kl")),
    ("ag_x_hoa_dien", "Xã Hòa Điền", ("kg_x_hoa_dien", "kg_x_kien_binh")),
    ("ag_x_hon_dat", "Xã Hòn Đất", ("kg_tt_hon_dat", "kg_x_binh_son")),
    ("ag_x_son_kien", "Xã Sơn Kiên", ("kg_tt_soc_son", "kg_x_son_kien")),
    ("ag_x_tan_hiep", "Xã Tân Hiệp", ("kg_tt_tan_hiep", "kg_x_tan_hiep_a")),
    ("ag_x_tan_hoi", "Xã Tân Hội", ("kg_x_tan_hoi", "kg_x_tan_an")),
    ("ag_x_giang_thanh", "Xã Giang Thành", ("kg_x_tan_khanh_hoa", "kg_x_phu_loi", "kg_x_phu_my")),
    ("ag_x_vinh_dieu", "Xã Vĩnh Điều", ("kg_x_vinh_dieu", "kg_x_vinh_phu")),
    ("ag_x_vinh_thuan", "Xã Vĩnh Thuận", ("kg_tt_vinh_thuan", "kg_x_vinh_thuan")),
    ("ag_x_vinh_binh", "Xã Vĩnh Bình", ("kg_x_vinh_binh_bac", "kg_x_vinh_binh_nam")),
    ("ag_x_an_minh", "Xã An Minh", ("kg_tt_thu_muoi_mot", "kg_x_thuan_hoa")),
    ("ag_x_dong_hung", "Xã Đông Hưng", ("kg_x_dong_hung", "kg_x_dong_hung_a")),
    ("ag_x_tan_thanh", "Xã Tân Thạnh", ("kg_x_tan_thanh", "kg_x_van_khanh")),
    ("ag_dk_kien_hai", "Đặc khu Kiên Hải", ("kg_x_hon_tre", "kg_x_lai_son", "kg_x_an_son")),
    ("ag_p_long_xuyen", "Phường Long Xuyên", ("ag0_p_my_binh", "ag0_p_my_long")),
    ("ag_p_binh_duc", "Phường Bình Đức", ("ag0_p_binh_duc", "ag0_p_binh_khanh")),
    ("ag_p_my_thoi", "Phường Mỹ Thới", ("ag0_p_my_thoi", "ag0_p_my_quy")),
    ("ag_p_tan_chau", "Phường Tân Châu", ("ag0_p_long_thanh", "ag0_p_long_hung")),
    ("ag_x_tan_an", "Xã Tân An", ("ag0_x_tan_an", "ag0_x_tan_thanh")),
    ("ag_x_vinh_xuong", "Xã Vĩnh Xương", ("ag0_x_vinh_xuong", "ag0_x_vinh_hoa")),
    ("ag_x_phu_tan", "Xã Phú Tân", ("ag0_tt_phu_my", "ag0_x_tan_hoa")),
    ("ag_x_cho_vam", "Xã Chợ Vàm", ("ag0_tt_cho_vam", "ag0_x_phu_thanh")),
    ("ag_x_phu_lam", "Xã Phú Lâm", ("ag0_x_phu_lam", "ag0_x_phu_long")),
    ("ag_x_an_chau", "Xã An Châu", ("ag0_tt_an_chau", "ag0_x_hoa_binh_thanh")),
    ("ag_x_vinh_an", "Xã Vĩnh An", ("ag0_x_vinh_an", "ag0_x_vinh_binh")),
    ("ag_x_binh_hoa", "Xã Bình Hòa", ("ag0_x_binh_hoa", "ag0_x_an_hoa")),
)

_UNIT_PREFIXES = ("Thành phố ", "Thị xã ", "Huyện ", "Thị trấn ", "Phường ", "Xã ", "Đặc khu ")


def _short(name: str) -> str:
    """"Xã Vĩnh Hòa Hiệp" → "Vĩnh Hòa Hiệp"."""
    for prefix in _UNIT_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _unit(
    key: str,
    name: str,
    short_name: str,
    level: str,
    block: str,
    parent_key: str | None,
    valid_from: date | None,
    valid_to: date | None,
    predecessor_keys: tuple[str, ...] | list[str],
    symbol: str,
) -> dict:
    return {
        "key": key,
        "name": name,
        "short_name": short_name,
        "level": level,
        "block": block,
        "parent_key": parent_key,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "predecessor_keys": list(predecessor_keys),
        "symbol": symbol,
        "precedence": 0,
    }


def _province_units(rows: tuple[_ProvRow, ...]) -> list[dict]:
    return [_unit(k, n, s, "tinh", b, p, vf, vt, pr, sym) for k, n, s, b, p, vf, vt, pr, sym in rows]


def _district_units(rows: tuple[_DistrictRow, ...]) -> list[dict]:
    out: list[dict] = []
    for dkey, dname, parent, dfrom, dto, dpred, communes in rows:
        out.append(_unit(dkey, dname, _short(dname), "huyen", "CQ", parent, dfrom, dto, dpred, ""))
        for bdist, bkey, bname, bshort, bblock, bparent, bto, bsym in _DISTRICT_BODIES:
            if bdist == dkey:
                out.append(_unit(bkey, bname, bshort, "huyen", bblock, bparent, None, bto, (), bsym))
        for commune in communes:
            if len(commune) == 2:  # the usual case: valid from "long before" to 30/6/2025
                commune = (*commune, None, _OE, ())
            ckey, cname, cfrom, cto, cpred = commune
            out.append(_unit(ckey, cname, _short(cname), "xa", "KDC", dkey, cfrom, cto, cpred, ""))
    return out


def demo_units() -> list[dict]:
    """All units of the demo province, before and after 1/7/2025, in print order.

    ``precedence`` follows the list order: for each province its Party bodies, state agencies,
    Mặt trận and mass organizations, armed forces, enterprises, then districts (each followed by
    its district-level bodies and its communes) or, after 1/7/2025, the new communes. A fresh
    list of fresh dicts is returned on every call.
    """
    units = [
        *_province_units(_KG_PROVINCE),
        *_district_units(_KG_DISTRICTS),
        *_province_units(_AG_OLD_PROVINCE),
        *_district_units(_AG_OLD_DISTRICTS),
        *_province_units(_AG_NEW_PROVINCE),
        *(
            _unit(k, n, _short(n), "xa", "KDC", "ag_tinh", _NS, None, preds, "")
            for k, n, preds in _AG_NEW_COMMUNES
        ),
    ]
    for i, unit in enumerate(units, start=1):
        unit["precedence"] = i * 10
    return units


# ---------------------------------------------------------------------------------------------
# Initiatives ("mô hình") and exemplars ("điển hình")
# ---------------------------------------------------------------------------------------------

INITIATIVE_TEMPLATES: dict[str, list[str]] = {
    "KT": [
        'Mô hình "Tổ hợp tác sản xuất lúa chất lượng cao" ở {place}',
        "Vận động nhân dân hiến đất làm đường giao thông nông thôn tại {place}",
        "Chi hội phụ nữ tiết kiệm giúp nhau phát triển kinh tế",
        'Mô hình "Cánh đồng lớn" liên kết tiêu thụ lúa gạo ở {place}',
        "Mô hình tôm - lúa bền vững gắn với liên kết tiêu thụ sản phẩm tại {place}",
        "Tổ hợp tác nuôi cua biển dưới tán rừng ở {place}",
        'Mô hình "Nông dân giúp nhau giảm nghèo bền vững" tại {place}',
        "Hợp tác xã trồng khóm gắn với sản phẩm OCOP ở {place}",
        "Mô hình nuôi bò sinh sản xoay vòng giúp hộ nghèo tại {place}",
        "Vận động nhân dân chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả ở {place}",
        'Mô hình "Ngân hàng bò" của Hội Cựu chiến binh giúp hội viên thoát nghèo',
        'Mô hình "Góp vốn xoay vòng" giúp hội viên phụ nữ khởi nghiệp tại {place}',
        "Tổ hợp tác khai thác, nuôi trồng thủy sản ven biển ở {place}",
        'Mô hình "Chợ phiên nông sản sạch" kết nối tiêu thụ cho bà con ở {place}',
        "Vận động doanh nghiệp bao tiêu sản phẩm cho nông dân tại {place}",
        "Mô hình trồng hồ tiêu theo hướng hữu cơ ở {place}",
        "Mô hình nuôi cá lồng bè trên biển gắn với du lịch trải nghiệm tại {place}",
        "Tổ đoàn kết ngư dân khai thác hải sản xa bờ ở {place}",
        'Phong trào "Mỗi hội viên nông dân một sản phẩm sạch" ở {place}',
        "Mô hình thanh niên khởi nghiệp bán nông sản qua sàn thương mại điện tử tại {place}",
        "Vận động nhân dân góp vốn, ngày công nạo vét kênh mương nội đồng ở {place}",
        "Mô hình sản xuất rau an toàn theo tiêu chuẩn VietGAP tại {place}",
        "Hợp tác xã nông nghiệp kiểu mới gắn với cơ giới hóa đồng bộ ở {place}",
        'Mô hình "Dạy nghề gắn với giải quyết việc làm" cho lao động nông thôn ở {place}',
        "Mô hình trồng nấm rơm quanh năm giúp hộ cận nghèo tăng thu nhập ở {place}",
        "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa Khmer tại {place}",
        "Mô hình trồng tràm kết hợp nuôi ong lấy mật ở {place}",
        "Vận động đồng bào Khmer đưa giống lúa mới vào sản xuất ở {place}",
        'Mô hình "Cầu nông thôn" vận động xây cầu bê tông thay cầu khỉ ở {place}',
    ],
    "VHXH": [
        'Mô hình "Tủ bánh mì 0 đồng" tại {place}',
        'Mô hình "Dòng họ khuyến học, khuyến tài" ở {place}',
        '"Bếp ăn tình thương" phục vụ bệnh nhân nghèo tại {place}',
        'Mô hình "Mái ấm tình thương" hỗ trợ xây nhà cho hộ nghèo ở {place}',
        '"Tuyến đường hoa" do hội viên phụ nữ tự quản ở {place}',
        'Mô hình "Nhà sạch, vườn đẹp" ở {place}',
        'Mô hình "Gia đình 5 không, 3 sạch" ở {place}',
        'Mô hình "Phân loại rác thải tại nguồn" trong khu dân cư ở {place}',
        'Mô hình "Tiếp sức mùa thi" của Đoàn Thanh niên',
        "Lớp học tình thương cho trẻ em có hoàn cảnh khó khăn tại {place}",
        'Mô hình "Câu lạc bộ dưỡng sinh người cao tuổi" ở {place}',
        'Mô hình "Hũ gạo tình thương" giúp học sinh nghèo ở {place}',
        "Lớp dạy chữ Khmer dịp hè tại chùa ở {place}",
        '"Ngày chủ nhật xanh" làm sạch môi trường ở {place}',
        'Mô hình "Cộng đồng chung tay chăm sóc trẻ em mồ côi" ở {place}',
        'Mô hình "Xe cứu thương 0 đồng" đưa bệnh nhân đi cấp cứu tại {place}',
        "Vận động lắp đặt nước sạch miễn phí cho hộ nghèo ở {place}",
        'Mô hình "Cây mùa xuân" tặng quà Tết cho hộ khó khăn',
        "Câu lạc bộ đờn ca tài tử gắn với tuyên truyền pháp luật ở {place}",
        'Mô hình "Tuyến đường thắp sáng" lắp đèn năng lượng mặt trời ở {place}',
        'Mô hình "Thư viện xanh" khuyến khích đọc sách trong thiếu nhi tại {place}',
        '"Tổ y tế tình nguyện" khám, phát thuốc miễn phí ở {place}',
        'Mô hình "Phòng, chống bạo lực gia đình dựa vào cộng đồng" ở {place}',
        'Mô hình "Đám cưới văn minh, tiết kiệm" trong đồng bào Khmer ở {place}',
        "Vận động nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện tại {place}",
        "Lớp dạy bơi miễn phí phòng, chống đuối nước cho trẻ em ở {place}",
        'Mô hình "Chùa Khmer xanh - sạch - đẹp" ở {place}',
        'Mô hình "Nồi cháo yêu thương" tại bệnh viện',
    ],
    "QPAN": [
        'Mô hình "Camera an ninh" ở {place}',
        "Tổ tự quản an ninh trật tự ở {place}",
        'Mô hình "Khu dân cư không có tội phạm và tệ nạn xã hội" tại {place}',
        'Mô hình "Tiếng kẻng an ninh" ở {place}',
        'Mô hình "Tổ dân phòng tự quản" tuần tra ban đêm ở {place}',
        'Mô hình "Nâng bước em tới trường - Con nuôi đồn Biên phòng"',
        "Tổ đoàn kết tàu thuyền an toàn trên biển ở {place}",
        'Mô hình "Ngư dân với biển đảo quê hương" tại {place}',
        'Mô hình "Gia đình không có người thân vi phạm pháp luật" ở {place}',
        'Mô hình "Cảm hóa, giáo dục người lầm lỗi tái hòa nhập cộng đồng" ở {place}',
        'Mô hình "Tổ tự quản đường biên, mốc quốc giới" ở {place}',
        'Mô hình "Chốt dân quân thường trực" phòng, chống tội phạm tại {place}',
        'Mô hình "Phòng, chống ma túy dựa vào cộng đồng" ở {place}',
        'Mô hình "Tổ hòa giải ở cơ sở" giải quyết mâu thuẫn từ sớm, từ xa tại {place}',
        'Mô hình "Cựu chiến binh tham gia giữ gìn an ninh trật tự" ở {place}',
        'Mô hình "Thanh niên xung kích bảo vệ an ninh trật tự" tại {place}',
        "Vận động nhân dân giao nộp vũ khí, vật liệu nổ ở {place}",
        'Mô hình "Zalo an ninh trật tự" kết nối người dân với Công an xã ở {place}',
        "Vận động ngư dân chống khai thác hải sản bất hợp pháp (IUU) ở {place}",
        'Mô hình "Tổ liên gia an toàn phòng cháy, chữa cháy" ở {place}',
        'Mô hình "Tuyến đường an toàn giao thông" ở {place}',
        'Mô hình "Ấp an toàn về an ninh trật tự" ở {place}',
        '"Dân vận khéo" trong công tác tuyển chọn và gọi công dân nhập ngũ ở {place}',
        'Mô hình "Đồng hành cùng phụ nữ biên giới" tại {place}',
        'Mô hình "Mỗi cán bộ, chiến sĩ là một tuyên truyền viên pháp luật"',
        'Mô hình "Phòng, chống lừa đảo trên không gian mạng" cho người cao tuổi ở {place}',
        'Mô hình "Xuân Biên phòng ấm lòng dân bản"',
    ],
    "XDHTCT": [
        'Mô hình "Dân vận khéo" trong giải quyết thủ tục hành chính tại {place}',
        'Mô hình "Mỗi cán bộ, đảng viên gắn với một hộ dân" ở {place}',
        'Mô hình "Bộ phận một cửa thân thiện" tại {place}',
        'Mô hình "Ngày thứ bảy cùng dân" ở {place}',
        'Mô hình "Cà phê doanh nhân" đối thoại giữa lãnh đạo tỉnh với doanh nghiệp',
        "Đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân ở {place}",
        'Mô hình "Chi bộ bốn tốt" ở {place}',
        "Nâng cao chất lượng sinh hoạt chi bộ ấp tại {place}",
        'Mô hình "Tổ công nghệ số cộng đồng" hướng dẫn người dân dịch vụ công trực tuyến ở {place}',
        'Mô hình "Cán bộ nói đi đôi với làm, đi trước làm gương" ở {place}',
        "Tiếp nhận, trả kết quả thủ tục hành chính tại nhà cho người cao tuổi, người khuyết tật ở {place}",
        "Phát triển đảng viên trong đồng bào dân tộc Khmer ở {place}",
        "Phát triển tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước",
        'Mô hình "Hộp thư góp ý của nhân dân" tại {place}',
        'Mô hình "Ban Giám sát đầu tư của cộng đồng" hoạt động hiệu quả ở {place}',
        "Sinh hoạt chi hội gắn với giải quyết kiến nghị của hội viên ở {place}",
        "Chi đoàn giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp ở {place}",
        'Mô hình "Kết nối Zalo giữa chính quyền với nhân dân" ở {place}',
        'Thực hiện phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" ở {place}',
        'Mô hình "Cán bộ, công chức thân thiện, lắng nghe, phục vụ" tại {place}',
        "Tiếp xúc, đối thoại với chức sắc, chức việc các tôn giáo ở {place}",
        'Mô hình "Trí thức trẻ tình nguyện về cơ sở"',
        'Mô hình "Nụ cười công sở, hài lòng người dân" tại {place}',
        'Mô hình "Hội quán nông dân" giải quyết vướng mắc của hội viên ở {place}',
        'Mô hình "Mặt trận lắng nghe ý kiến nhân dân" ở {place}',
        "Thanh toán không dùng tiền mặt trong chi trả an sinh xã hội tại {place}",
        'Mô hình "Chính quyền thân thiện, gần dân" sau sắp xếp đơn vị hành chính ở {place}',
    ],
}

# Thành tích lines for individuals and collectives (phase-neutral: no years in the text).
EXEMPLAR_ACHIEVEMENTS: list[str] = [
    'Có thành tích xuất sắc trong thực hiện phong trào thi đua "Dân vận khéo"',
    'Có thành tích tiêu biểu trong xây dựng và nhân rộng mô hình "Dân vận khéo"',
    "Tích cực vận động nhân dân hiến đất, đóng góp ngày công làm đường giao thông nông thôn",
    "Có nhiều đóng góp trong vận động đồng bào dân tộc Khmer phát triển kinh tế, giữ gìn an ninh trật tự",
    "Tích cực vận động xây dựng nhà đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn",
    "Có thành tích xuất sắc trong công tác dân vận chính quyền, cải cách thủ tục hành chính",
    "Gương mẫu, đi đầu trong xây dựng nông thôn mới, đô thị văn minh",
    "Tích cực tham gia giữ gìn an ninh trật tự, phòng, chống tội phạm ở cơ sở",
    "Vận động nhân dân tham gia phân loại rác thải, bảo vệ môi trường",
    "Có nhiều sáng kiến trong vận động hội viên phụ nữ tiết kiệm, giúp nhau phát triển kinh tế",
    "Vận động ngư dân chấp hành quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
    "Tích cực hỗ trợ người dân thực hiện dịch vụ công trực tuyến, chuyển đổi số ở cơ sở",
    "Có thành tích trong vận động thanh niên lên đường thực hiện nghĩa vụ quân sự",
    "Tích cực vận động các nhà hảo tâm trao học bổng cho học sinh nghèo hiếu học",
    "Điển hình tiêu biểu trong sản xuất, kinh doanh giỏi, giúp đỡ cộng đồng",
    "Có nhiều đóng góp trong hòa giải thành các vụ việc mâu thuẫn, tranh chấp ở cơ sở",
    "Người có uy tín gương mẫu, vận động đồng bào chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
    "Tích cực tham gia công tác an sinh xã hội, chăm lo gia đình chính sách, hộ nghèo",
    "Có thành tích xuất sắc trong thực hiện dân chủ ở cơ sở",
    "Tích cực vận động nhân dân đóng góp xây dựng cầu, đường nông thôn",
    'Có thành tích trong vận động đồng bào có đạo sống "tốt đời, đẹp đạo"',
    "Hoàn thành xuất sắc nhiệm vụ, góp phần thực hiện thắng lợi việc sắp xếp đơn vị hành chính",
    "Tích cực tham gia phòng, chống dịch bệnh, chăm sóc sức khỏe nhân dân",
    "Có thành tích trong vận động hội viên nông dân liên kết sản xuất, xây dựng thương hiệu nông sản",
    "Tích cực vận động nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
    "Xây dựng tổ chức cơ sở đảng, chính quyền, Mặt trận và đoàn thể trong sạch, vững mạnh",
    "Có thành tích xuất sắc trong công tác dân vận của lực lượng vũ trang, giúp dân xóa đói, giảm nghèo",
    "Tích cực tham gia bảo vệ chủ quyền, an ninh biên giới, biển đảo",
    'Có thành tích trong vận động nhân dân xây dựng "Gia đình văn hóa", "Ấp văn hóa"',
    "Thực hiện tốt công tác dân vận trong doanh nghiệp, chăm lo đời sống người lao động",
    'Có thành tích tiêu biểu trong Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
]

# Fragments for the long fields of a registration (thực trạng; mục tiêu; cách thức; kết quả;
# duy trì, nhân rộng; đối tượng). Whole sentences; only RESULTS has a placeholder ({n}).
SITUATIONS: list[str] = [
    "Địa bàn có nhiều tuyến đường đất nhỏ hẹp, lầy lội vào mùa mưa, việc đi lại và vận chuyển nông sản của người dân gặp nhiều khó khăn.",
    "Tỷ lệ hộ nghèo, hộ cận nghèo còn cao, chủ yếu là hộ đồng bào dân tộc Khmer thiếu đất sản xuất và thiếu vốn.",
    "Người dân còn sản xuất nhỏ lẻ, chưa liên kết tiêu thụ nên giá bán nông sản bấp bênh, thường bị thương lái ép giá.",
    "Tình hình trộm cắp vặt, tụ tập gây mất trật tự vào ban đêm còn diễn ra, gây bức xúc trong nhân dân.",
    "Nhiều thủ tục hành chính người dân còn phải đi lại nhiều lần, phần lớn chưa quen sử dụng dịch vụ công trực tuyến.",
    "Rác thải sinh hoạt chưa được thu gom, xử lý triệt để, một bộ phận người dân còn xả rác xuống kênh rạch.",
    "Một số trẻ em có hoàn cảnh khó khăn có nguy cơ bỏ học do gia đình thiếu điều kiện chăm lo.",
    "Tình trạng xâm nhập mặn ngày càng phức tạp, ảnh hưởng trực tiếp đến sản xuất lúa và nuôi trồng thủy sản của nhân dân.",
    "Một số tàu cá chưa chấp hành nghiêm quy định về thiết bị giám sát hành trình, tiềm ẩn nguy cơ vi phạm vùng biển nước ngoài.",
    "Sinh hoạt chi bộ ở một số ấp còn hình thức, chưa thu hút đảng viên tham gia đóng góp ý kiến.",
    "Mâu thuẫn, tranh chấp nhỏ trong khu dân cư chưa được hòa giải kịp thời, dễ dẫn đến khiếu nại vượt cấp.",
    "Lao động trẻ đi làm ăn xa nhiều, người cao tuổi và trẻ em ở nhà thiếu sự chăm sóc.",
    "Sau khi sắp xếp đơn vị hành chính, địa bàn rộng, người dân ở xa trung tâm xã gặp khó khăn khi liên hệ giải quyết công việc.",
    "Tình trạng đuối nước ở trẻ em vào mùa nước nổi vẫn còn xảy ra do nhiều em chưa biết bơi.",
    "Phong trào khuyến học được nhân dân đồng tình nhưng chưa có nguồn lực ổn định để hỗ trợ học sinh nghèo.",
]

GOALS: list[str] = [
    'Huy động sức dân cùng với Nhà nước xây dựng kết cấu hạ tầng nông thôn theo phương châm "Nhà nước và nhân dân cùng làm".',
    "Nâng cao thu nhập cho người dân, phấn đấu giảm tỷ lệ hộ nghèo hằng năm vượt chỉ tiêu được giao.",
    "Củng cố khối đại đoàn kết toàn dân tộc, tăng cường mối quan hệ mật thiết giữa Đảng với nhân dân.",
    "Kéo giảm các vụ việc phạm pháp hình sự, không để xảy ra điểm nóng về an ninh trật tự.",
    "Rút ngắn thời gian giải quyết thủ tục hành chính, nâng cao mức độ hài lòng của người dân.",
    "Toàn bộ hộ dân trong ấp thực hiện phân loại rác thải tại nguồn.",
    "Không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn.",
    "Hình thành vùng sản xuất tập trung, có liên kết tiêu thụ ổn định và truy xuất được nguồn gốc.",
    "Nâng cao chất lượng sinh hoạt chi bộ, phát huy vai trò tiên phong, gương mẫu của cán bộ, đảng viên.",
    "Tàu cá tham gia tổ đoàn kết chấp hành đầy đủ quy định về khai thác hải sản, không vi phạm vùng biển nước ngoài.",
    "Hòa giải thành phần lớn các vụ việc ngay tại cơ sở, hạn chế đơn thư vượt cấp.",
    "Mỗi hội viên, đoàn viên là một tuyên truyền viên tích cực trong cộng đồng dân cư.",
    "Giữ gìn, phát huy bản sắc văn hóa truyền thống của đồng bào Khmer gắn với phát triển du lịch.",
    "Người dân biết sử dụng điện thoại thông minh để thực hiện dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.",
]

METHODS: list[str] = [
    "Chi bộ ra nghị quyết chuyên đề, phân công đảng viên phụ trách từng nhóm hộ để tuyên truyền, vận động.",
    "Tổ chức họp dân công khai chủ trương, dự toán kinh phí và phương án thi công để nhân dân bàn bạc, quyết định.",
    "Ban vận động đến từng hộ gặp gỡ, giải thích rõ lợi ích, vận động hiến đất, dời hàng rào, cây trái.",
    "Phối hợp với Ngân hàng Chính sách xã hội giải ngân vốn vay ưu đãi qua các tổ tiết kiệm và vay vốn.",
    "Mời cán bộ kỹ thuật tập huấn quy trình sản xuất, hỗ trợ giống, phân bón theo hình thức trả chậm.",
    "Thành lập tổ tự quản, phân ca tuần tra, duy trì giao ban định kỳ với Công an xã.",
    "Tuyên truyền qua loa truyền thanh, nhóm Zalo, tờ rơi song ngữ Việt - Khmer và lồng ghép trong sinh hoạt chi hội.",
    "Vận động mạnh thường quân, doanh nghiệp đóng góp kinh phí, vật tư; công khai thu chi trên bảng tin ấp.",
    "Cán bộ, công chức trực tiếp hướng dẫn người dân nộp hồ sơ trực tuyến, hỗ trợ số hóa giấy tờ miễn phí.",
    "Phát huy vai trò người có uy tín, chức sắc tôn giáo, sư sãi và Achar trong vận động đồng bào.",
    "Định kỳ hằng quý sơ kết, rút kinh nghiệm, biểu dương kịp thời tập thể, cá nhân tiêu biểu.",
    'Lồng ghép với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và các chương trình mục tiêu quốc gia.',
    "Ký kết quy chế phối hợp giữa chính quyền, Mặt trận, các đoàn thể và đồn Biên phòng trên địa bàn.",
    "Đưa nội dung mô hình vào hương ước, quy ước của ấp và tiêu chí bình xét gia đình văn hóa.",
    "Đoàn viên thanh niên xung kích hỗ trợ ngày công, phương tiện cho hộ neo đơn, người cao tuổi.",
]

RESULTS: list[str] = [
    "Đã vận động {n} hộ hiến đất để mở rộng, nâng cấp các tuyến đường giao thông nông thôn.",
    "Làm mới, nâng cấp {n} km đường giao thông nông thôn, kinh phí chủ yếu do nhân dân đóng góp.",
    "Xây dựng và bàn giao {n} căn nhà đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn.",
    "Có {n} hộ thoát nghèo bền vững sau khi tham gia mô hình.",
    "Thu nhập của các thành viên tăng bình quân {n}% so với trước khi tham gia.",
    "Giải ngân {n} triệu đồng vốn vay ưu đãi cho hội viên phát triển sản xuất.",
    "Hướng dẫn người dân nộp thành công {n} hồ sơ dịch vụ công trực tuyến.",
    "Hòa giải thành {n} vụ việc mâu thuẫn, tranh chấp ngay tại cơ sở.",
    "Lắp đặt {n} camera an ninh tại các tuyến đường, điểm giao nhau trong khu dân cư.",
    "Trao {n} suất học bổng cho học sinh nghèo vượt khó học tốt.",
    "Có {n} tàu cá lắp đặt và duy trì thiết bị giám sát hành trình 24/24 giờ.",
    "Kết nạp {n} đảng viên mới, trong đó có đảng viên là người dân tộc Khmer.",
    "Thu gom, xử lý khoảng {n} tấn rác thải sinh hoạt mỗi tháng.",
    "Tổ chức {n} lớp dạy bơi miễn phí cho trẻ em từ 6 đến 15 tuổi.",
    "Phát {n} phần bánh mì miễn phí mỗi tuần cho người lao động nghèo và học sinh.",
    "Huy động {n} ngày công lao động cùng nhiều vật tư từ nhân dân.",
]

SUSTAINABILITY: list[str] = [
    "Mô hình có quy chế hoạt động rõ ràng, được nhân dân đồng thuận nên có khả năng duy trì lâu dài.",
    "Nguồn kinh phí chủ yếu từ xã hội hóa và đóng góp của thành viên, không phụ thuộc ngân sách nhà nước.",
    "Cách làm đơn giản, dễ thực hiện, có thể nhân rộng ra các ấp, khu phố khác trong xã.",
    "Mô hình đã được Ban Thường vụ Đảng ủy chọn để nhân rộng trên toàn địa bàn.",
    "Nhiều địa phương trong tỉnh đã đến tham quan, học tập kinh nghiệm và áp dụng có hiệu quả.",
    "Gắn với chương trình xây dựng nông thôn mới nâng cao nên được cấp ủy, chính quyền quan tâm bố trí nguồn lực.",
    "Hiệu quả kinh tế rõ rệt nên người dân tự nguyện tham gia, số thành viên tăng qua từng năm.",
    "Cần tiếp tục tập huấn, nâng cao kỹ năng cho lực lượng nòng cốt để duy trì chất lượng hoạt động.",
    "Có thể áp dụng ở các địa bàn có đông đồng bào dân tộc Khmer và vùng có điều kiện tương tự.",
    "Nội dung mô hình đã được đưa vào hương ước, quy ước nên trở thành nếp sinh hoạt thường xuyên của cộng đồng.",
    "Sau sắp xếp đơn vị hành chính, mô hình tiếp tục được xã mới duy trì và mở rộng phạm vi thực hiện.",
    "Sổ theo dõi, danh sách thành viên và nhóm Zalo được cập nhật thường xuyên, thuận lợi cho việc bàn giao, kế thừa.",
    "Chi phí duy trì thấp, chủ yếu dựa vào ngày công và tinh thần tự nguyện của nhân dân.",
]

TARGET_GROUPS: list[str] = [
    "Hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo trên địa bàn ấp.",
    "Đồng bào dân tộc Khmer ở các phum, sóc.",
    "Hội viên nông dân sản xuất lúa và canh tác tôm - lúa.",
    "Ngư dân và chủ tàu cá khai thác hải sản xa bờ.",
    "Người dân đến giao dịch tại Bộ phận tiếp nhận và trả kết quả thủ tục hành chính.",
    "Học sinh có hoàn cảnh khó khăn ở các trường tiểu học, trung học cơ sở.",
    "Người cao tuổi, người khuyết tật và đối tượng bảo trợ xã hội.",
    "Hội viên phụ nữ, nhất là phụ nữ đơn thân, phụ nữ thuộc hộ nghèo.",
    "Đoàn viên, thanh niên và lao động trẻ ở nông thôn.",
    "Cán bộ, đảng viên sinh hoạt tại các chi bộ ấp, khu phố.",
    "Người đã chấp hành xong án phạt tù trở về địa phương.",
    "Các hộ dân sinh sống dọc tuyến biên giới.",
    "Tín đồ, chức sắc, chức việc các tôn giáo trên địa bàn.",
    "Doanh nghiệp, hộ kinh doanh và người lao động trong các khu, cụm công nghiệp.",
]

TAGS: list[str] = [
    "nông thôn mới",
    "chuyển đổi số",
    "đồng bào Khmer",
    "cải cách hành chính",
    "an sinh xã hội",
    "giảm nghèo bền vững",
    "bảo vệ môi trường",
    "biển đảo",
    "biên giới",
    "khuyến học",
    "an ninh trật tự",
    "tôn giáo",
    "xây dựng Đảng",
    "kinh tế tập thể",
    "biến đổi khí hậu",
    "phụ nữ",
    "thanh niên",
    "người cao tuổi",
    "du lịch cộng đồng",
    "sản phẩm OCOP",
]

# ---------------------------------------------------------------------------------------------
# Signers: (authority line, title, name). Party style uses "K/T", "T/M"; state style "KT.", "TM.".
# ---------------------------------------------------------------------------------------------

SIGNERS: list[tuple[str, str, str]] = [
    ("TRƯỞNG BAN", "", "Trần Thị Kim Hoa"),
    ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích"),
    ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Danh Minh Sang"),
    ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Thị Thu Thảo"),
    ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Huỳnh Quốc Việt"),
    ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Thanh Tùng"),
    ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thành Đạt"),
    ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Thị Ngọc Hằng"),
    ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Hữu Lộc"),
    ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Thạch Thị Sa Rinh"),
    ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Công Hậu"),
]

# ---------------------------------------------------------------------------------------------
# Issuers of award decisions (table ``issuers``), dated like units
# ---------------------------------------------------------------------------------------------

# The provincial Party term 2020–2025 ends with the congress of the merged province; the demo puts
# the start of the 2025–2030 term on 1/10/2025. Party numbers run in one sequence per term.
TERM_2020_START = date(2020, 10, 15)
TERM_2025_START = date(2025, 10, 1)
_TERM_2020_END = date(2025, 9, 30)
CENTRAL_TERM_START = date(2021, 2, 1)  # the central bodies' term 2021–2026

# body → stable code across renames (``award_forms.issuer_body``)
BODY_BAN, BODY_BTV, BODY_UBND, BODY_TW = "BAN", "BTV_TINH", "UBND_TINH", "BAN_TW"

# One row per issuer as it was between two dates. ``signers`` (not a column) are the
# (authority, title, name) lines its decisions are signed with; the first is the row's default.
# ``rate`` (not a column) is roughly how many numbers of its sequence it uses a day (every
# document of the type, not only the awards), so the demo's numbers look like the real ones.
ISSUERS: list[dict] = [
    {"body": BODY_BAN, "kind": IssuerKind.BAN, "name": "BAN DÂN VẬN", "parent_name": "TỈNH ỦY KIÊN GIANG",
     "authority": "BAN DÂN VẬN TỈNH ỦY", "symbol": "BDVTU", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2020, "place": "Kiên Giang", "valid_from": TERM_2020_START, "valid_to": _BAN_OLD_END, "rate": 0.3,
     "signers": [("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích"), ("TRƯỞNG BAN", "", "Trần Thị Kim Hoa"),
                 ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Danh Minh Sang")]},
    {"body": BODY_BAN, "kind": IssuerKind.BAN, "name": "BAN TUYÊN GIÁO VÀ DÂN VẬN", "parent_name": "TỈNH ỦY KIÊN GIANG",
     "authority": "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "symbol": "BTGDVTU", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2020, "place": "Kiên Giang", "valid_from": _BAN_NEW_START, "valid_to": _OLD_END, "rate": 0.5,
     "signers": [("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Phích"),
                 ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Thị Thu Thảo")]},
    {"body": BODY_BAN, "kind": IssuerKind.BAN, "name": "BAN TUYÊN GIÁO VÀ DÂN VẬN", "parent_name": "TỈNH ỦY AN GIANG",
     "authority": "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "symbol": "BTGDVTU", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2020, "place": "An Giang", "valid_from": _NEW_START, "valid_to": _TERM_2020_END, "rate": 0.6,
     "signers": [("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Thị Thu Thảo"),
                 ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Châu Văn Lợi")]},
    {"body": BODY_BAN, "kind": IssuerKind.BAN, "name": "BAN TUYÊN GIÁO VÀ DÂN VẬN", "parent_name": "TỈNH ỦY AN GIANG",
     "authority": "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "symbol": "BTGDVTU", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2025, "place": "An Giang", "valid_from": TERM_2025_START, "valid_to": None, "rate": 0.6,
     "signers": [("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Thị Thu Thảo"), ("TRƯỞNG BAN", "", "Trương Minh Khôi"),
                 ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Châu Văn Lợi")]},
    {"body": BODY_BTV, "kind": IssuerKind.CAP_UY, "name": "TỈNH ỦY KIÊN GIANG", "parent_name": "",
     "authority": "BAN THƯỜNG VỤ TỈNH ỦY", "symbol": "TU", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2020, "place": "Kiên Giang", "valid_from": TERM_2020_START, "valid_to": _OLD_END, "rate": 1.2,
     "signers": [("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Thanh Tùng"),
                 ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Huỳnh Quốc Việt")]},
    {"body": BODY_BTV, "kind": IssuerKind.CAP_UY, "name": "TỈNH ỦY AN GIANG", "parent_name": "",
     "authority": "BAN THƯỜNG VỤ TỈNH ỦY", "symbol": "TU", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2020, "place": "An Giang", "valid_from": _NEW_START, "valid_to": _TERM_2020_END, "rate": 1.5,
     "signers": [("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Thanh Tùng"),
                 ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lưu Hoàng Nam")]},
    {"body": BODY_BTV, "kind": IssuerKind.CAP_UY, "name": "TỈNH ỦY AN GIANG", "parent_name": "",
     "authority": "BAN THƯỜNG VỤ TỈNH ỦY", "symbol": "TU", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2025, "place": "An Giang", "valid_from": TERM_2025_START, "valid_to": None, "rate": 1.5,
     "signers": [("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Thanh Tùng"),
                 ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lưu Hoàng Nam")]},
    {"body": BODY_UBND, "kind": IssuerKind.UBND, "name": "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "parent_name": "",
     "authority": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "symbol": "UBND", "style": DocumentStyle.STATE, "numbering": Numbering.YEAR,
     "term_start": None, "place": "Kiên Giang", "valid_from": None, "valid_to": _OLD_END, "rate": 7.0,
     "signers": [("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Thị Ngọc Hằng"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thành Đạt"),
                 ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Hữu Lộc")]},
    {"body": BODY_UBND, "kind": IssuerKind.UBND, "name": "ỦY BAN NHÂN DÂN TỈNH AN GIANG", "parent_name": "",
     "authority": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG", "symbol": "UBND", "style": DocumentStyle.STATE, "numbering": Numbering.YEAR,
     "term_start": None, "place": "An Giang", "valid_from": _NEW_START, "valid_to": None, "rate": 9.0,
     "signers": [("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Hữu Lộc"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hồ Văn Mừng"),
                 ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Minh Thúy")]},
    {"body": BODY_TW, "kind": IssuerKind.BAN_TW, "name": "BAN DÂN VẬN", "parent_name": "BAN CHẤP HÀNH TRUNG ƯƠNG",
     "authority": "BAN DÂN VẬN TRUNG ƯƠNG", "symbol": "BDVTW", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2021, "place": "Hà Nội", "valid_from": CENTRAL_TERM_START, "valid_to": _BAN_OLD_END, "rate": 0.8,
     "signers": [("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trương Quang Hiếu"),
                 ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Đỗ Thị Minh Nguyệt")]},
    {"body": BODY_TW, "kind": IssuerKind.BAN_TW, "name": "BAN TUYÊN GIÁO VÀ DÂN VẬN", "parent_name": "BAN CHẤP HÀNH TRUNG ƯƠNG",
     "authority": "BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG", "symbol": "BTGDVTW", "style": DocumentStyle.PARTY, "numbering": Numbering.TERM,
     "term_start": 2021, "place": "Hà Nội", "valid_from": _BAN_NEW_START, "valid_to": None, "rate": 1.2,
     "signers": [("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Đỗ Thị Minh Nguyệt"),
                 ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Vương Đình Khải")]},
]

# Units an issuer never honours as a collective: the province as a whole, its Party committee and
# its people's committee (they are above every provincial issuer), and — for the Ban and the
# Ban Thường vụ — the Ban itself (a body does not award itself or the Ban that issues under it).
TOP_UNIT_KEYS = frozenset({"kg_tinh", "kg_tinh_uy", "kg_ubnd", "ag0_tinh", "ag0_tinh_uy", "ag0_ubnd",
                           "ag_tinh", "ag_tinh_uy", "ag_ubnd"})
BAN_UNIT_KEYS = frozenset({"kg_bdvtu", "kg_btgdvtu", "ag0_bdvtu", "ag0_btgdvtu", "ag_btgdvtu"})
NOT_AWARDED_BY = {BODY_BAN: TOP_UNIT_KEYS | BAN_UNIT_KEYS, BODY_BTV: TOP_UNIT_KEYS | BAN_UNIT_KEYS,
                  BODY_UBND: TOP_UNIT_KEYS, BODY_TW: TOP_UNIT_KEYS}

# Award forms the demo adds to the seeded catalog (code, name, issuer body, valid_from, valid_to,
# rates like: the seeded form whose coefficients it copies). The seeded forms are the ones in force
# today; the demo dates them and adds the forms named after the bodies as they were before 1/3/2025.
DEMO_FORMS: list[tuple[str, str, str, date | None, date | None, str]] = [
    ("GK_BDV_TINH_2020", "Giấy khen của Ban Dân vận Tỉnh ủy", BODY_BAN, None, _BAN_OLD_END, "GK_BDV_TINH"),
    ("BK_BDV_TW_2021", "Bằng khen của Ban Dân vận Trung ương", BODY_TW, None, _BAN_OLD_END, "BK_TW"),
    ("BK_BTV_TINH_UY", "Bằng khen của Ban Thường vụ Tỉnh ủy", BODY_BTV, None, None, "BK_UBND_TINH"),
]
# Seeded forms: issuer body and first day (renamed bodies: the form as named from that day).
SEEDED_FORM_ISSUERS: dict[str, tuple[str, date | None]] = {
    "GK_BDV_TINH": (BODY_BAN, _BAN_NEW_START),
    "BK_TW": (BODY_TW, _BAN_NEW_START),
    "BK_UBND_TINH": (BODY_UBND, None),
}

# "Căn cứ …;" lines of a decision, by the date they apply from (newest last).
LEGAL_BASES_LAW: list[tuple[date, str]] = [
    (date(2014, 1, 1), "Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003 và Luật sửa đổi, bổ sung một số điều "
                       "của Luật Thi đua, khen thưởng ngày 16/11/2013;"),
    (date(2024, 1, 1), "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;"),
]
LEGAL_BASES_DECREE: list[tuple[date, str]] = [
    (date(2017, 8, 15), "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi "
                        "hành một số điều của Luật Thi đua, khen thưởng;"),
    (date(2024, 1, 1), "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi "
                       "hành một số điều của Luật Thi đua, khen thưởng;"),
    (date(2025, 7, 1), "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều "
                       "của Luật Thi đua, khen thưởng;"),
]
# who proposed a decision, by issuer body ("Xét đề nghị của …")
PROPOSERS = {BODY_BAN: "Trưởng phòng Dân vận", BODY_BTV: "Ban {ban} Tỉnh ủy",
             BODY_UBND: "Giám đốc Sở Nội vụ", BODY_TW: "Ban Thường vụ Tỉnh ủy {province}"}

# ---------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------

_TONE_MARKS = {"\u0300": "huyền", "\u0309": "hỏi", "\u0303": "ngã", "\u0301": "sắc", "\u0323": "nặng"}
_UNIT_FIELDS = (
    "key", "name", "short_name", "level", "block", "parent_key", "valid_from", "valid_to",
    "predecessor_keys", "symbol", "precedence",
)


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise ValueError(f"demo_corpus: {message}")


def _tones(word: str) -> set[str]:
    marks = {_TONE_MARKS[c] for c in unicodedata.normalize("NFD", word) if c in _TONE_MARKS}
    return marks or {"ngang"}


def _letters(word: str) -> set[str]:
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in _TONE_MARKS)
    return set(unicodedata.normalize("NFC", bare))


def _fields(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]


def _overlaps(a: dict, b: dict) -> bool:
    lo, hi = date.min, date.max
    return max(a["valid_from"] or lo, b["valid_from"] or lo) <= min(a["valid_to"] or hi, b["valid_to"] or hi)


def _validate() -> None:
    """Raise ValueError if the corpus is inconsistent."""
    units = demo_units()
    texts: list[str] = []

    # Weighted name lists.
    for label, items, minimum in (
        ("SURNAMES", SURNAMES, 30), ("MIDDLE_MALE", MIDDLE_MALE, 20), ("MIDDLE_FEMALE", MIDDLE_FEMALE, 20),
        ("GIVEN_MALE", GIVEN_MALE, 80), ("GIVEN_FEMALE", GIVEN_FEMALE, 80),
    ):
        names = [n for n, _ in items]
        _check(len(items) >= minimum, f"{label} has {len(items)} entries, want >= {minimum}")
        _check(len(set(names)) == len(names), f"{label} has duplicates")
        _check(all(w > 0 for _, w in items), f"{label} has a non-positive weight")
        texts += names
    for label, items in (("GIVEN_MALE", GIVEN_MALE), ("GIVEN_FEMALE", GIVEN_FEMALE)):
        tones = set().union(*(_tones(n) for n, _ in items))
        letters = set().union(*(_letters(n) for n, _ in items))
        _check(len(tones) == 6, f"{label} covers only the tones {sorted(tones)}")
        _check(set("ăâđêôơư") <= letters, f"{label} misses letters {set('ăâđêôơư') - letters}")
    total = sum(w for _, w in SURNAMES)
    _check(0.35 < dict(SURNAMES)["Nguyễn"] / total < 0.41, "Nguyễn should be about 38 %")
    for label, items, common in (("MIDDLE_MALE", MIDDLE_MALE, "Văn"), ("MIDDLE_FEMALE", MIDDLE_FEMALE, "Thị")):
        share = sum(w for n, w in items if n.split()[0] == common) / sum(w for _, w in items)
        _check(0.2 < share < 0.6, f"{label}: {common} share {share:.2f} is unrealistic")

    # Classifications.
    block_codes = {c for c, _ in BLOCKS}
    _check([c for c, _ in BLOCKS] == ["DANG", "CQ", "MTDT", "LLVT", "DN", "KDC"], "BLOCKS codes")
    _check([c for c, _ in FIELDS] == ["KT", "VHXH", "QPAN", "XDHTCT"], "FIELDS codes")
    texts += [n for _, n in BLOCKS] + [n for _, n in FIELDS] + POSITIONS
    _check(len(set(POSITIONS)) == len(POSITIONS), "POSITIONS has duplicates")

    # Units.
    by_key = {u["key"]: u for u in units}
    _check(len(by_key) == len(units), "unit keys are not unique")
    _check(150 <= len(units) <= 250, f"{len(units)} units, want 150-250")
    successors: dict[str, list[str]] = {}
    for u in units:
        k = u["key"]
        _check(tuple(u) == _UNIT_FIELDS, f"{k}: keys {tuple(u)}")
        _check(k.isascii() and k.replace("_", "").isalnum() and k == k.lower(), f"{k}: key is not a slug")
        _check(u["level"] in ("tinh", "huyen", "xa"), f"{k}: level {u['level']}")
        _check(u["block"] in block_codes, f"{k}: block {u['block']}")
        _check(bool(u["name"]) and bool(u["short_name"]), f"{k}: empty name")
        vf, vt = u["valid_from"], u["valid_to"]
        _check(vf is None or vt is None or vf <= vt, f"{k}: valid_from after valid_to")
        if u["level"] == "huyen":
            _check(vt is not None and vt <= _OLD_END, f"{k}: district-level unit valid after 30/6/2025")
        if u["parent_key"] is not None:
            parent = by_key.get(u["parent_key"])
            _check(parent is not None, f"{k}: unknown parent {u['parent_key']}")
            _check(parent is not None and _overlaps(u, parent), f"{k}: never valid together with its parent")
        for p in u["predecessor_keys"]:
            pred = by_key.get(p)
            _check(pred is not None, f"{k}: unknown predecessor {p}")
            _check(pred is not None and pred["valid_to"] is not None and vf is not None
                   and pred["valid_to"] < vf, f"{k}: starts before its predecessor {p} ends")
            successors.setdefault(p, []).append(k)
        texts += [u["name"], u["short_name"], u["symbol"]]
    _check(sorted(u["precedence"] for u in units) == [u["precedence"] for u in units], "precedence order")
    _check(len({u["precedence"] for u in units}) == len(units), "precedence not unique")
    for u in units:
        if u["level"] == "xa" and u["valid_to"] == _OLD_END:
            _check(u["key"] in successors, f"{u['key']}: merged commune without successor")
        if u["level"] == "xa" and u["valid_from"] == _NEW_START:
            _check(2 <= len(u["predecessor_keys"]) <= 3, f"{u['key']}: want 2-3 predecessors")
    symbols = {u["symbol"] for u in units}
    _check({"BDVTU", "BTGDVTU", "HU"} <= symbols, "missing Party symbols")
    # New communes whose name repeats an old commune name of the *other* old province.
    old_names = {(u["name"], u["key"].split("_")[0]) for u in units if u["level"] == "xa" and u["valid_to"] == _OLD_END}
    clashes = [
        u["key"] for u in units
        if u["level"] == "xa" and u["valid_from"] == _NEW_START
        and any((u["name"], side) in old_names
                for side in {"kg", "ag0"} - {p.split("_")[0] for p in u["predecessor_keys"]})
    ]
    _check(len(clashes) >= 2, f"only {clashes} clash with an old commune name of the other province")

    # Texts.
    _check(set(INITIATIVE_TEMPLATES) == {c for c, _ in FIELDS}, "INITIATIVE_TEMPLATES keys")
    for code, templates in INITIATIVE_TEMPLATES.items():
        _check(len(templates) >= 25, f"INITIATIVE_TEMPLATES[{code}] has {len(templates)} entries")
        _check(len(set(templates)) == len(templates), f"INITIATIVE_TEMPLATES[{code}] has duplicates")
        for t in templates:
            _check(set(_fields(t)) <= {"place"}, f"bad placeholder in {t!r}")
            _check(not t.endswith("."), f"template ends with a period: {t!r}")
        texts += templates
    _check(len(EXEMPLAR_ACHIEVEMENTS) >= 25, "EXEMPLAR_ACHIEVEMENTS too short")
    for t in EXEMPLAR_ACHIEVEMENTS:
        _check(not _fields(t), f"placeholder in {t!r}")
    texts += EXEMPLAR_ACHIEVEMENTS
    for label, items in (
        ("SITUATIONS", SITUATIONS), ("GOALS", GOALS), ("METHODS", METHODS), ("RESULTS", RESULTS),
        ("SUSTAINABILITY", SUSTAINABILITY), ("TARGET_GROUPS", TARGET_GROUPS),
    ):
        _check(len(items) >= 12, f"{label} has {len(items)} sentences")
        _check(len(set(items)) == len(items), f"{label} has duplicates")
        for s in items:
            _check(s[0].isupper() and s.endswith("."), f"{label}: not a sentence: {s!r}")
            want = ["n"] if label == "RESULTS" else []
            _check(_fields(s) == want, f"{label}: placeholders in {s!r}")
        texts += items
    _check(len(TAGS) >= 15 and len(set(TAGS)) == len(TAGS), "TAGS")
    texts += TAGS
    _check(len(SIGNERS) >= 6 and all(len(s) == 3 and s[0] and s[2] for s in SIGNERS), "SIGNERS")
    texts += [part for s in SIGNERS for part in s]
    for row in ISSUERS:
        _check(row["valid_from"] is None or row["valid_to"] is None or row["valid_from"] <= row["valid_to"],
               f"issuer dates: {row['name']}")
        texts += [row["name"], row["authority"], row["symbol"], row["place"]]
        texts += [part for s in row["signers"] for part in s if part]

    for t in texts:
        _check(unicodedata.is_normalized("NFC", t), f"not NFC: {t!r}")
        _check(t == t.strip() and "  " not in t, f"stray spaces in {t!r}")
