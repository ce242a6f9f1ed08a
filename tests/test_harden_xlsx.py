"""Workbooks from outside are parsed through defusedxml: an entity-expansion ("billion laughs")
or external-entity workbook is refused by the importer's reader, quickly, in Vietnamese."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from dvdesk.services.importers.reader import ImportFileError, inspect_workbook, read_sheet

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lolololololololololol">'
          + "".join(f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">' for i in range(1, 10))
          + "]>")
EXTERNAL = '<!DOCTYPE x [<!ENTITY lol9 SYSTEM "file:///etc/passwd">]>'


def workbook(path: Path, *, dtd: str = "", where: str = "") -> Path:
    """A minimal .xlsx: one sheet, A1 a shared string, A2 an inline string; ``dtd`` is put in
    front of ``where`` ("strings" or "sheet"), whose text then uses the entity ``&lol9;``."""
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    shared = "&lol9;" if where == "strings" else "Tên mô hình"
    inline = "&lol9;" if where == "sheet" else "abc"
    parts = {
        "[Content_Types].xml": (
            f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (f'{head}<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'{head}<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
                            '<sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'{head}<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        "xl/sharedStrings.xml": (f'{head}{dtd if where == "strings" else ""}<sst xmlns="{NS}" count="1" '
                                 f'uniqueCount="1"><si><t>{shared}</t></si></sst>'),
        "xl/worksheets/sheet1.xml": (
            f'{head}{dtd if where == "sheet" else ""}<worksheet xmlns="{NS}"><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
            f'<row r="2"><c r="A2" t="inlineStr"><is><t>{inline}</t></is></c></row></sheetData></worksheet>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text.encode("utf-8"))
    return path


def test_defusedxml_is_what_openpyxl_uses():
    import openpyxl

    assert openpyxl.DEFUSEDXML is True


def test_plain_workbook_reads(tmp_path):
    path = workbook(tmp_path / "ok.xlsx")
    assert [s.name for s in inspect_workbook(path).sheets] == ["Danh sách"]
    assert read_sheet(path).rows[1].values == ["abc"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("where", ["strings", "sheet"])
@pytest.mark.parametrize("dtd", [LAUGHS, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_entity_workbook_is_refused(tmp_path, where, dtd):
    path = workbook(tmp_path / "bom.xlsx", dtd=dtd, where=where)
    for read in (inspect_workbook, read_sheet):
        t0 = time.perf_counter()
        with pytest.raises(ImportFileError, match="khai báo thực thể XML") as e:
            read(path)
        assert time.perf_counter() - t0 < 5
        assert "bom.xlsx" in str(e.value) and "lol" not in str(e.value)
