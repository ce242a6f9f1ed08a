"""The registry's tools, kept apart from the main window: the list toolbar (Thêm mới, Sửa, Xóa, In,
Xuất danh sách đang xem, Nhập) and its context menu, "In" as the official initiatives list (PDF),
the export of exactly the rows in view, and the columns (fitted to the screen, chosen from the
header's menu; the main window saves the header's state in QSettings)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import money_vn
from dvdesk.qtmodels.initiatives import COLUMNS, view_rows
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.widgets.list_toolbar import ListToolbar


class _NoContext:
    def cancelled(self) -> bool:
        return False

    def progress(self, done: int, total: int, text: str = "") -> None:
        pass


def print_initiatives(store, opts, ids: list[int], target: Path) -> Path:
    """The official initiatives list (services.reports) restricted to ``ids`` (the search text and
    the kind of subject are not options of the list), renumbered, written to ``target``."""
    from dvdesk.domain.vocab import SubjectKind
    from dvdesk.services.documents import Row, SectionRow, TotalRow, roman
    from dvdesk.services.reports.common import export
    from dvdesk.services.reports.initiatives import initiative_list, total_label

    doc = initiative_list(store, opts)
    wanted = {r["code"]: r["subject_kind"] for k in range(0, len(ids), 500)
              for r in store.initiatives.rows_by_ids(ids[k:k + 500])}
    table = doc.blocks[0]
    source = table.rows

    def rows():
        section, n_section, tt, n_collective = None, 0, 0, 0
        for r in (source() if callable(source) else source):
            if isinstance(r, SectionRow):
                section = r
            elif isinstance(r, Row) and r.cells[1] in wanted:
                if section is not None:
                    n_section += 1
                    yield replace(section, text=f"{roman(n_section)}. {section.text.split('. ', 1)[-1]}")
                    section = None
                tt += 1
                n_collective += wanted[r.cells[1]] == SubjectKind.TAP_THE
                yield replace(r, cells=[tt, *r.cells[1:]])
        if tt:
            yield TotalRow(total_label(tt, n_collective), [], span=len(table.columns))

    doc.blocks[0] = replace(table, rows=rows)
    return export(doc, target)


class RegistryTools:
    """Mixed into the registry page (``InitiativesPage``), which has ``store``, ``runner``, ``ui``,
    ``model``, ``selected_ids()``, ``trash_selected()`` and the signals ``newRequested``,
    ``editRequested(int)``, ``importRequested``."""

    # default widths; on show the name, unit and person columns share what is left, so a 1366 px
    # screen shows every column up to "Người thực hiện" (the header's menu hides columns)
    COLUMN_WIDTHS = (110, 280, 135, 180, 45, 105, 90, 110, 140)
    FLEX_COLUMNS: ClassVar[dict] = {1: (0.45, 170), 3: (0.27, 110), 8: (0.28, 100)}  # column: (share, minimum)

    def _install_tools(self) -> None:
        header = self.ui.table.horizontalHeader()
        for col, width in enumerate(self.COLUMN_WIDTHS):
            self.ui.table.setColumnWidth(col, width)
        self.columns_customized = False  # set when the user resizes or a saved header state is restored
        header.sectionResized.connect(self._section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))
        self._add_toolbar()
        from dvdesk.ui.views.initiative_dialog import open_with_system

        self.open_file = open_with_system  # injectable for tests
        self.ask_save_path = self._ask_save_path

    def _section_resized(self, _col: int, _old: int, _new: int) -> None:
        if self.isVisible() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.columns_customized = True  # a drag on the header

    def _add_toolbar(self) -> None:
        bar = self.toolbar = ListToolbar(self, self.ui.table, edit_on_double_click=False)
        bar.add("new", self.newRequested.emit, tip="Đăng ký mô hình, điển hình mới (Ctrl+N)")
        bar.add("edit", lambda: self.selected_ids() and self.editRequested.emit(self.selected_ids()[0]),
                tip="Sửa mô hình, điển hình đang chọn (hoặc bấm đúp vào dòng)")
        bar.add("delete", self.trash_selected)
        bar.add_separator()
        bar.add("print", self.print_view, tip="In danh sách đang xem: tệp PDF đúng thể thức, mở ngay (nhóm theo đơn vị)")
        bar.add("export", self.export_view, text="Xuất danh sách đang xem",
                tip="Xuất đúng các dòng đang xem (theo tìm kiếm, bộ lọc và thứ tự sắp xếp) ra tệp Excel")
        bar.add("import", self.importRequested.emit, tip="Nhập mô hình, điển hình từ tệp Excel")
        self.ui.pageLayout.insertWidget(1, bar)

    def column_menu(self) -> QMenu:
        """Right click on the header: choose the columns shown (kept with the header's state)."""
        header = self.ui.table.horizontalHeader()
        menu = QMenu(self)
        menu.setTitle("Cột hiển thị")
        for col in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: self.show_column(c, on))
        menu.addSeparator()
        menu.addAction("Hiện mọi cột, độ rộng mặc định", self.reset_columns)
        return menu

    def show_column(self, col: int, on: bool) -> None:
        header = self.ui.table.horizontalHeader()
        if not on and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last visible column stays
        header.setSectionHidden(col, not on)

    def reset_columns(self) -> None:
        header = self.ui.table.horizontalHeader()
        for col, width in enumerate(self.COLUMN_WIDTHS):
            header.setSectionHidden(col, False)
            header.moveSection(header.visualIndex(col), col)
            self.ui.table.setColumnWidth(col, width)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Give the name, unit and person columns the width the other visible columns leave."""
        header = self.ui.table.horizontalHeader()
        avail = self.ui.table.viewport().width()
        if avail < 200:
            return
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        fixed = sum(self.COLUMN_WIDTHS[c] for c in visible if c not in self.FLEX_COLUMNS)
        flex = [c for c in visible if c in self.FLEX_COLUMNS]
        share = sum(self.FLEX_COLUMNS[c][0] for c in flex) or 1
        # each flexible column gets its minimum, then a share of what is left (no horizontal scroll
        # while the minimums fit)
        extra = max(0, avail - fixed - 2 - sum(self.FLEX_COLUMNS[c][1] for c in flex))
        for c in flex:
            part, minimum = self.FLEX_COLUMNS[c]
            self.ui.table.setColumnWidth(c, minimum + int(extra * part / share))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.columns_customized and self.isVisible():
            self.fit_columns()  # until the user sizes a column (or a saved layout is restored)

    def list_options(self):
        """The current filter as options of the official initiatives list (for "In")."""
        from dvdesk.services.reports.initiatives import InitiativeListOptions

        f = self.model.filter
        phase = next((p.code for p in self.store.phases.list() if p.id == f.phase_id), None) if f.phase_id else None
        return InitiativeListOptions(phase=phase, year=f.year, unit_ids=list(f.unit_ids), field_id=f.field_id,
                                     block_id=f.block_id, recognition_level=f.recognition_level, status=f.status,
                                     kind=f.kind)

    def print_view(self, target: str | Path | None = None) -> None:
        """"In": the rows in view as the official list (PDF, grouped by unit), opened when written."""
        import tempfile

        ids = self.model.ids()
        if not ids:
            Asker.inform(self, "Không có gì để in", "Danh sách đang xem không có mô hình, điển hình nào.")
            return
        opts = self.list_options()
        target = Path(target) if target else Path(tempfile.mkdtemp(prefix="dvdesk-in-")) / "Danh sach mo hinh.pdf"

        def op(store, ctx) -> Path:
            return print_initiatives(store, opts, ids, target)

        self._run_file_op(op, "Đang tạo tệp PDF…", lambda path: self.open_file(path))

    def _ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, "Xuất danh sách đang xem", "Danh sach mo hinh dang xem.xlsx",
                                              "Tệp Excel (*.xlsx)")
        return path

    def export_view(self, target: str | Path | None = None) -> None:
        """"Xuất danh sách đang xem": exactly the rows in view, in their order, as shown."""
        target = target or self.ask_save_path()
        if not target:
            return
        ids = self.model.ids()

        def op(store, ctx) -> Path:
            from dvdesk.services.files import write_table_xlsx

            rows = view_rows(store, ids, lambda done, total: ctx.progress(done, total, "Đang xuất ra Excel"),
                             ctx.cancelled)
            return write_table_xlsx(target, "Mô hình, điển hình", [h for _, h in COLUMNS], rows,
                                    widths=[14, 60, 20, 36, 8, 24, 20, 20, 26])

        def done(path: Path) -> None:
            self.last_export = Path(path)
            Asker.inform(self, "Đã xuất tệp Excel", f"Đã xuất {money_vn(len(ids))} dòng ra tệp:\n{path}")

        self._run_file_op(op, "Đang xuất danh sách ra Excel…", done)

    def _run_file_op(self, op, label: str, on_done) -> None:
        """Long file work runs in the runner's worker (progress, Cancel); alone, it runs here."""
        def failed(exc: Exception) -> None:
            Asker.error(self, "Không tạo được tệp", str(exc))

        if self.runner is not None:
            self.runner.run(op, label=label, parent=self, on_done=on_done, on_failed=failed, cancellable=True)
            return
        try:
            result = op(self.store, _NoContext())
        except (DvdeskError, OSError) as exc:
            failed(exc)
            return
        on_done(result)

