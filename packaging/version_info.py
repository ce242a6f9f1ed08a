"""The Windows version resource of the bundle's executables (file properties → Details), written
from the version in pyproject.toml by packaging/dvdesk.spec."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('042a04b0', [
      StringStruct('CompanyName', 'dvdesk'),
      StringStruct('FileDescription', 'dvdesk — Quản lý phong trào thi đua Dân vận khéo'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('InternalName', 'dvdesk'),
      StringStruct('OriginalFilename', 'dvdesk.exe'),
      StringStruct('ProductName', 'dvdesk'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200])])
  ]
)
"""


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0); a suffix such as "rc1" is dropped."""
    import re

    nums = []
    for part in version.split(".")[:4]:
        lead = re.match(r"\d*", part).group()  # "3rc1" -> 3 (the leading digits only)
        nums.append(int(lead or 0))
    return tuple(([*nums, 0, 0, 0, 0])[:4])  # type: ignore[return-value]


def write_version_file(version: str, target: Path) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(TEMPLATE.format(tup=version_tuple(version), ver=version), encoding="utf-8")
    return str(target)
