"""Main window: left navigation, one page per screen, status bar with the database and counts."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dvdesk import APP_TITLE
from dvdesk.domain import catalog
from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import money_vn
from dvdesk.domain.vocab import AuditAction, InitiativeKind, MilestoneKind, SubjectKind
from dvdesk.qtmodels.initiatives import ID_ROLE, InitiativeTableModel
from dvdesk.services import milestone_figures
from dvdesk.services import statistics as stats
from dvdesk.store.changes import Changes
from dvdesk.store.search import InitiativeFilter
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_initiatives_page import Ui_InitiativesPage
from dvdesk.ui.forms.ui_main_window import Ui_MainWindow
from dvdesk.ui.operations import OpRunner, PageRefresh
from dvdesk.ui.views.audit_page import AuditPage
from dvdesk.ui.views.backup_page import BackupPage
from dvdesk.ui.views.catalogs_page import CatalogsPage
from dvdesk.ui.views.documents_page import DocumentsPage
from dvdesk.ui.views.guide_dialog import add_guide_action
from dvdesk.ui.views.import_wizard import ImportWizard
from dvdesk.ui.views.initiative_dialog import InitiativeDialog
from dvdesk.ui.views.person_dialog import PersonDialog
from dvdesk.ui.views.registry_tools import RegistryTools
from dvdesk.ui.views.reports_page import ReportsPage
from dvdesk.ui.views.reviews_page import ReviewsPage
from dvdesk.ui.views.search_dialog import SearchDialog
from dvdesk.ui.views.settings_page import SettingsPage
from dvdesk.ui.views.trash_page import TrashPage
from dvdesk.ui.widgets.bar_chart import BarChart
from dvdesk.ui.widgets.unit_picker import UnitPicker

NAV = [
    ("dashboard", "Tổng quan"),
    ("initiatives", "Mô hình, điển hình"),
    ("reviews", "Đánh giá, sơ kết, tổng kết"),
    ("awards", "Khen thưởng"),
    ("documents", "Văn bản"),
    ("reports", "Báo cáo"),
    ("catalogs", "Danh mục"),
    ("trash", "Thùng rác"),
    ("audit", "Nhật ký thay đổi"),
    ("settings", "Sao lưu, cài đặt"),
]


class PendingPage(QWidget):
    """A screen whose feature is not built yet says so plainly (no fake data)."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        head = QLabel(title)
        head.setStyleSheet("font-size: 13pt; font-weight: bold;")
        body = QLabel(f"Chức năng \"{title}\" đang được xây dựng và sẽ có trong phiên bản sau.\n"
                      "Dữ liệu của chức năng này vẫn được lưu an toàn trong cơ sở dữ liệu.")
        body.setWordWrap(True)
        layout.addWidget(head)
        layout.addWidget(body)
        layout.addStretch(1)


class DashboardPage(QWidget):
    """Figures and charts a leader looks at, straight from the database; clicking a bar asks the
    main window to open the registry filtered by it (``filterRequested``)."""

    filterRequested = Signal(dict)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        head = QLabel("Tổng quan phong trào thi đua \"Dân vận khéo\"")
        head.setStyleSheet("font-size: 13pt; font-weight: bold;")
        top.addWidget(head, 1)
        top.addWidget(QLabel("Phạm vi:"))
        self.scope_combo = QComboBox()
        self.scope_combo.addItem("Tất cả các giai đoạn", None)
        for ph in store.phases.list():
            self.scope_combo.addItem(ph.name, ph.id)
        # a milestone's figures come from its reviews and decisions (services/milestone_figures.py)
        for m in store.phases.milestones():
            if m.kind != MilestoneKind.ANNUAL:
                self.scope_combo.addItem(f"Kỳ: {m.name}", f"milestone:{m.id}")
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.scope_combo)
        layout.addLayout(top)
        box = QGroupBox("Số liệu chính")
        self.grid = QGridLayout(box)
        layout.addWidget(box)
        charts = QGridLayout()
        self.chart_year = BarChart("Mô hình, điển hình theo năm")
        self.chart_field = BarChart("Theo lĩnh vực")
        self.chart_block = BarChart("Theo khối")
        self.chart_awards = BarChart("Khen thưởng theo hình thức")
        charts.addWidget(self.chart_year, 0, 0)
        charts.addWidget(self.chart_field, 0, 1)
        charts.addWidget(self.chart_block, 1, 0)
        charts.addWidget(self.chart_awards, 1, 1)
        layout.addLayout(charts, 1)
        self.chart_year.rowClicked.connect(lambda k: self._request(year=k))
        self.chart_field.rowClicked.connect(lambda k: self._request(field_id=k))
        self.chart_block.rowClicked.connect(lambda k: self._request(block_id=k))
        self.refresh()

    def milestone_id(self) -> int | None:
        data = self.scope_combo.currentData()
        return int(data.split(":")[1]) if isinstance(data, str) else None

    def _request(self, **kw) -> None:
        if None in kw.values():
            return
        phase = self.scope_combo.currentData()
        if self.milestone_id() is not None:
            phase = self.store.phases.milestone_by_id(self.milestone_id()).phase_id
        self.filterRequested.emit({**kw, "phase_id": phase})

    def scope(self) -> stats.Scope:
        data = self.scope_combo.currentData()
        return stats.Scope(phase_id=None if isinstance(data, str) else data)

    def _show_figures(self, figures: list[tuple[str, str]]) -> None:
        while self.grid.count():
            old = self.grid.takeAt(0).widget()
            old.hide()  # gone at once, not only when the deferred delete runs
            old.deleteLater()
        for i, (label, value) in enumerate(figures):
            v = QLabel(value)
            v.setStyleSheet("font-size: 15pt; font-weight: bold;")
            v.setAlignment(Qt.AlignmentFlag.AlignCenter)
            t = QLabel(label)
            t.setAlignment(Qt.AlignmentFlag.AlignCenter)
            t.setWordWrap(True)
            self.grid.addWidget(v, 0, i)
            self.grid.addWidget(t, 1, i)

    def show_milestone(self, milestone_id: int) -> None:
        """The figures of a milestone, from its reviews and decisions (never today's statuses)."""
        f = milestone_figures.figures(self.store, milestone_id)
        rate = f"{100 * f.recognition_rate:.1f} %".replace(".", ",")
        self._show_figures([
            (f"Đăng ký: {money_vn(f.registered.collective)} tập thể, {money_vn(f.registered.individual)} cá nhân",
             money_vn(f.registered.total)),
            ("Được công nhận", money_vn(f.recognized.total)),
            ("Tỉ lệ công nhận", rate),
            ("Tiêu biểu", money_vn(f.exemplary.total)),
            ("Đề nghị khen thưởng", money_vn(f.proposed.total)),
            ("Lượt khen thưởng", money_vn(f.awards_total)),
            ("Tổng tiền thưởng (đồng)", money_vn(f.money_total)),
        ])
        self.chart_year.title = "Kết quả của kỳ (từ kết quả đánh giá và quyết định khen thưởng)"
        self.chart_year.set_data([(None, label, [value]) for label, value in (
            ("Đăng ký", f.registered.total), ("Công nhận", f.recognized.total), ("Tiêu biểu", f.exemplary.total),
            ("Nhân rộng", f.replicated.total), ("Đề nghị khen", f.proposed.total),
            ("Được khen", f.awarded_models))], [f.milestone.name])
        series = ["Đăng ký", "Được công nhận", "Tiêu biểu"]
        self.chart_field.set_data([(r.key, r.label, [r.registered, r.recognized, r.exemplary]) for r in f.by_field],
                                  series)
        self.chart_block.set_data([(r.key, r.label, [r.registered, r.recognized, r.exemplary]) for r in f.by_block],
                                  series)
        self.chart_awards.set_data([(a.form_id, a.label, [a.collective, a.individual]) for a in f.awards_by_form],
                                   ["Tập thể", "Cá nhân"])

    def refresh(self) -> None:
        if self.milestone_id() is not None:
            self.show_milestone(self.milestone_id())
            return
        self.chart_year.title = "Mô hình, điển hình theo năm"
        s, scope = self.store, self.scope()
        years = stats.by_year(s, scope)
        total = stats.totals(years)
        awards = stats.awards_by_form(s, scope)
        rate = f"{100 * total.rate:.1f} %".replace(".", ",")
        figures = [
            (f"Đăng ký (hiện tại): {money_vn(total.registered_collective)} tập thể, "
             f"{money_vn(total.registered_individual)} cá nhân", money_vn(total.registered)),
            ("Được công nhận", money_vn(total.recognized)),
            ("Tỉ lệ công nhận", rate),
            ("Tiêu biểu", money_vn(total.exemplary)),
            ("Lượt khen thưởng", money_vn(sum(a.total for a in awards))),
            ("Tổng tiền thưởng (đồng)", money_vn(sum(a.money for a in awards))),
        ]
        self._show_figures(figures)
        series = ["Đăng ký", "Được công nhận", "Tiêu biểu"]
        self.chart_year.set_data([(r.key, str(r.key), [r.registered, r.recognized, r.exemplary]) for r in years],
                                 series)
        self.chart_field.set_data([(r.key, r.label, [r.registered, r.recognized, r.exemplary])
                                   for r in stats.by_field(s, scope)], series)
        self.chart_block.set_data([(r.key, r.label, [r.registered, r.recognized, r.exemplary])
                                   for r in stats.by_block(s, scope)], series)
        self.chart_awards.set_data([(a.form_id, a.label, [a.collective, a.individual]) for a in awards],
                                   ["Tập thể", "Cá nhân"])


class InitiativesPage(RegistryTools, QWidget):
    """The registry: search-as-you-type (debounced), filters, sortable table over 30,000 rows."""

    DEBOUNCE_MS = 200
    changed = Signal()
    newRequested = Signal()  # toolbar "Thêm mới"
    editRequested = Signal(int)  # toolbar "Sửa": the selected initiative's id
    importRequested = Signal()  # toolbar "Nhập"

    # what the registry shows: its rows, and the catalogs its filters offer
    TABLES = ("initiatives", "units", "fields", "blocks", "phases")
    CATALOG_TABLES = ("units", "fields", "blocks", "phases")

    def __init__(self, store, parent=None, runner: OpRunner | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.ui = Ui_InitiativesPage()
        self.ui.setupUi(self)
        self.model = InitiativeTableModel(store, self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._install_tools()  # toolbar, context menu, column widths and chooser (registry_tools.py)
        self.ui.table.verticalHeader().setDefaultSectionSize(24)
        self.ui.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 30k rows: no per-row sizing
        self.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.ui.searchEdit.textChanged.connect(lambda _=None: self._timer.start())
        self.unit_picker = UnitPicker(self.ui.unitHolder)
        holder = QHBoxLayout(self.ui.unitHolder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.unit_picker)
        self.unit_picker.set_units(store.units.list())
        self.unit_picker.set_show_old(True)
        self.unit_picker.set_unit_id(None)
        self.unit_picker.unitChanged.connect(lambda _id: self.apply_filter())
        self.ui.allUnitsButton.clicked.connect(self._all_units)
        self._fill_combos()
        for combo in self._combos():
            # shrink with the window (1366 px laptops); the full text shows in the open list
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setToolTip(combo.accessibleName())
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self._total: int | None = None  # cached; reset when records change
        self.changed.connect(self._forget_total)
        self._update_count()

    def _fill_combos(self) -> None:
        u = self.ui
        u.phaseCombo.addItem("Mọi giai đoạn", None)
        for p in self.store.phases.list():
            u.phaseCombo.addItem(p.name, p.id)
        u.yearCombo.addItem("Mọi năm", None)
        for (y,) in self.store.conn.execute("SELECT DISTINCT year FROM initiatives ORDER BY year"):
            u.yearCombo.addItem(str(y), y)
        u.fieldCombo.addItem("Mọi lĩnh vực", None)
        for f in self.store.fields.list():
            u.fieldCombo.addItem(f.name, f.id)
        u.blockCombo.addItem("Mọi khối", None)
        for b in self.store.blocks.list():
            u.blockCombo.addItem(b.name, b.id)
        u.statusCombo.addItem("Mọi trạng thái", None)
        for code, label in catalog.STATUSES.items():
            u.statusCombo.addItem(label, code)
        u.levelCombo.addItem("Mọi cấp", None)
        for code, label in catalog.LEVELS.items():
            u.levelCombo.addItem(f"Công nhận cấp {label.lower()}", code)
        u.kindCombo.addItem("Mọi loại", None)
        for (kind, subject), label in {(InitiativeKind.MO_HINH, None): "Mô hình", (InitiativeKind.DIEN_HINH, None): "Điển hình",
                                       (InitiativeKind.DIEN_HINH, SubjectKind.TAP_THE): "Điển hình tập thể",
                                       (InitiativeKind.DIEN_HINH, SubjectKind.CA_NHAN): "Điển hình cá nhân"}.items():
            u.kindCombo.addItem(label, (kind, subject))

    def _combos(self) -> tuple:
        u = self.ui
        return (u.phaseCombo, u.yearCombo, u.fieldCombo, u.blockCombo, u.statusCombo, u.kindCombo, u.levelCombo)

    def _all_units(self) -> None:
        self.unit_picker.set_unit_id(None)
        self.apply_filter()

    def refill_filters(self) -> None:
        """Catalogs changed: rebuild the filter combos, keeping what was chosen where it still exists."""
        combos = self._combos()
        unit = self.unit_picker.unit_id()
        self.unit_picker.blockSignals(True)
        self.unit_picker.set_units(self.store.units.list())
        self.unit_picker.set_unit_id(unit)
        self.unit_picker.blockSignals(False)
        chosen = [c.currentData() for c in combos]
        for c in combos:
            c.blockSignals(True)
            c.clear()
        self._fill_combos()
        for c, data in zip(combos, chosen, strict=True):
            c.setCurrentIndex(max(0, c.findData(data)))
            c.blockSignals(False)

    def current_filter(self) -> InitiativeFilter:
        u = self.ui
        kind = u.kindCombo.currentData()
        unit = self.unit_picker.unit_id()
        text = u.searchEdit.text()
        if max((len(w) for w in text.split()), default=0) < 2:
            text = ""  # a lone letter matches nearly everything: search from the second letter on
        return InitiativeFilter(
            text=text, phase_id=u.phaseCombo.currentData(), year=u.yearCombo.currentData(),
            field_id=u.fieldCombo.currentData(), block_id=u.blockCombo.currentData(),
            status=u.statusCombo.currentData(), kind=kind[0] if kind else None,
            subject_kind=kind[1] if kind else None, recognition_level=u.levelCombo.currentData(),
            unit_ids=self.store.units.family_ids(unit) if unit else [],
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def hideEvent(self, event) -> None:
        """A search typed just before the page (or the window) was hidden runs when it is shown
        again, never on a database that may be closed by then."""
        if self._timer.isActive():
            self._timer.stop()
            self._filter_pending = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.columns_customized:
            self.fit_columns()
        if getattr(self, "_filter_pending", False):
            self._filter_pending = False
            self.apply_filter()

    def _forget_total(self) -> None:
        self._total = None

    def reload(self) -> None:
        """Records changed elsewhere: recount and re-query, keeping the selection and the scroll."""
        self._total = None
        self.model.reload()
        self._update_count()

    def apply_changes(self, changes: Changes) -> None:
        """The runner says what changed: refill the filters only when a catalog did; re-query the
        rows keeping what is selected and where the table is scrolled."""
        if changes.touches(*self.CATALOG_TABLES):
            self.refill_filters()
        if changes.touches("initiatives"):
            if changes.everything or changes.ids("initiatives", AuditAction.INSERT, AuditAction.DELETE, AuditAction.RESTORE, AuditAction.PURGE):
                self._total = None
            self.model.reload(None if changes.everything else changes.ids("initiatives"))
            self._update_count()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def trash_selected(self) -> int:
        """Move the selected initiatives to the trash after a confirmation; returns how many."""
        ids = self.selected_ids()
        if not ids:
            return 0
        what = (f"mô hình \"{self.store.initiatives.get(ids[0]).name}\"" if len(ids) == 1
                else f"{money_vn(len(ids))} mô hình, điển hình đã chọn")
        if not Asker.confirm(self, "Chuyển vào thùng rác",
                             f"Chuyển {what} vào thùng rác?\nCó thể khôi phục lại từ Thùng rác."):
            return 0
        def trash(store, ctx) -> int:  # one user action: all or nothing
            for k, iid in enumerate(ids):
                if ctx.cancelled():
                    raise DvdeskError("Đã hủy: không có mô hình nào được chuyển vào thùng rác.")
                store.initiatives.delete(iid)
                if k % 200 == 0:
                    ctx.progress(k, len(ids), "Đang chuyển vào thùng rác")
            return len(ids)

        try:
            if self.runner is not None:
                done = self.runner.call(trash, handler=self, parent=self)
            else:
                with self.store.tx():
                    done = trash(self.store, _NoContext())
                self.reload()
        except DvdeskError as exc:
            Asker.error(self, "Không chuyển được vào thùng rác", str(exc))
            return 0
        self.changed.emit()
        return done

    def show_filtered(self, **kw) -> None:
        """Set the filter combos from a dashboard click (year, field_id, block_id, phase_id)."""
        combos = {"phase_id": self.ui.phaseCombo, "year": self.ui.yearCombo, "field_id": self.ui.fieldCombo,
                  "block_id": self.ui.blockCombo}
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
        for key, combo in combos.items():
            if kw.get(key) is not None:
                combo.setCurrentIndex(max(0, combo.findData(kw[key])))
        for combo in self._combos():
            combo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.apply_filter()

    def clear_filters(self) -> None:
        self.unit_picker.blockSignals(True)
        self.unit_picker.set_unit_id(None)
        self.unit_picker.blockSignals(False)
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.searchEdit.clear()
        self.apply_filter()

    def _update_count(self) -> None:
        if self._total is None:
            self._total = self.store.initiatives.count()
        total = self._total
        shown = self.model.rowCount()
        text = f"{money_vn(shown)} / {money_vn(total)} bản ghi" if shown != total else f"{money_vn(total)} bản ghi"
        self.ui.countLabel.setText(text)


class _NoContext:
    """An operation's context when no runner is attached (a page used on its own in tests)."""

    def cancelled(self) -> bool:
        return False

    def progress(self, done: int, total: int, text: str = "") -> None:
        pass


class MainWindow(QMainWindow):
    # Screens built as ``factory(store, runner)``. A page that declares ``TABLES`` (the tables it shows)
    # and ``apply_changes(changes)`` is refreshed from the runner's Changes automatically.
    PAGE_FACTORIES: ClassVar[dict] = {}
    def __init__(self, store, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{APP_TITLE} — {Path(store.path).name}")
        self.pages: dict[str, QWidget] = {}
        self.runner = OpRunner(store, self)
        for key, title in NAV:
            if key == "dashboard":
                page = DashboardPage(store)
            elif key == "initiatives":
                page = InitiativesPage(store, runner=self.runner)
            elif key == "reports":
                page = ReportsPage(store)
            elif key == "catalogs":
                page = CatalogsPage(store)
            elif key == "settings":
                page = QTabWidget()
                self.settings_page = SettingsPage(store)
                page.addTab(self.settings_page, "Cài đặt")
                self.backup_page = BackupPage(store)
                page.addTab(self.backup_page, "Sao lưu, khôi phục")
            elif key == "trash":
                page = self.trash_page = TrashPage(store)
            elif key == "audit":
                page = self.audit_page = AuditPage(store)
            elif key in self.PAGE_FACTORIES:
                page = self.PAGE_FACTORIES[key](store, self.runner)
            else:
                page = PendingPage(title)
            self.pages[key] = page
            self.ui.stack.addWidget(page)
            self.ui.navList.addItem(title)
        self.ui.navList.currentRowChanged.connect(self.ui.stack.setCurrentIndex)
        self.pages["dashboard"].filterRequested.connect(self.open_registry_filtered)
        self.backup_page.restored.connect(self.on_restored)
        self.backup_page.busyChanged.connect(lambda busy: self.ui.navList.setEnabled(not busy))
        self._nav_row = 0
        self.ui.navList.currentRowChanged.disconnect(self.ui.stack.setCurrentIndex)
        self.ui.navList.currentRowChanged.connect(self._navigate)
        self.ui.navList.setCurrentRow(0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([230, 1050])
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionFind.triggered.connect(self.open_search)
        # the registry's own search box: Ctrl+Shift+F (Ctrl+F searches initiatives and awards)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, activated=self.focus_search)
        self.ui.actionBackup.triggered.connect(self.backup_now)
        self.ui.actionAbout.triggered.connect(self.about)
        add_guide_action(self)  # Trợ giúp › Hướng dẫn sử dụng (F1)
        self.ui.actionDelete.triggered.connect(self.delete_selected)
        self.ui.actionPrint.triggered.connect(self.print_report)
        self._add_import_actions()
        self.ui.menuEdit.addAction("Khen thưởng các mô hình đã chọn…", self.award_selected)
        self.ui.actionNew.triggered.connect(lambda: self.open_initiative(None))
        registry = self.pages["initiatives"]
        registry.newRequested.connect(lambda: self.open_initiative(None))
        registry.editRequested.connect(self.open_initiative)
        registry.importRequested.connect(lambda: self.open_import("initiatives"))
        self.pages["initiatives"].ui.table.doubleClicked.connect(
            lambda index: self.open_initiative(index.data(ID_ROLE)))
        self.ui.actionSave.setEnabled(False)  # Ctrl+S saves inside the open form
        self.ui.actionSave.setToolTip("Ctrl+S lưu biểu mẫu đang mở")
        # F5: the database may have been changed by another program: every page reads it again
        QShortcut(QKeySequence("F5"), self, activated=lambda: self.runner.announce(Changes.all()))
        self.db_label = QLabel()
        self.count_label = QLabel()
        self.ui.statusbar.addWidget(self.db_label, 1)
        self.ui.statusbar.addPermanentWidget(self.count_label)
        self._connect_pages()
        self.refresh_status()
        self._restore_geometry()
        if store.readonly:
            self._read_only_mode()

    def _read_only_mode(self) -> None:
        """A database that cannot be written: a banner says so and the editing actions are off
        (any write that is still tried is refused by the store in the same words)."""
        from dvdesk.store.db import READ_ONLY_MESSAGE

        banner = QLabel(f"CHỈ ĐỌC — {READ_ONLY_MESSAGE}")
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c36b;")
        central = self.centralWidget()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(central, 1)
        self.setCentralWidget(box)
        self.read_only_banner = banner
        for action in (self.ui.actionNew, self.ui.actionDelete, self.ui.actionSave):
            action.setEnabled(False)
        self.import_menu.setEnabled(False)
        self.setWindowTitle(self.windowTitle() + " (chỉ đọc)")

    def _connect_pages(self) -> None:
        """Each page refreshes from the runner's ``Changes`` only when a table it shows changed."""
        p = self.pages
        self.settings_page.changesMade.connect(self.runner.announce)  # the re-sort's own worker
        self.refreshers = [
            PageRefresh(p["dashboard"], self.runner, ("initiatives", "awards", "decisions", "reviews", "fields",
                                                      "blocks", "award_forms", "phases"),
                        lambda _c: p["dashboard"].refresh()),
            PageRefresh(p["initiatives"], self.runner, InitiativesPage.TABLES, p["initiatives"].apply_changes),
            PageRefresh(p["reports"], self.runner, ("initiatives", "decisions", "awards", "phases", "settings"),
                        lambda _c: p["reports"].reload()),
            PageRefresh(p["catalogs"], self.runner, ("units", "fields", "blocks", "award_forms", "phases", "issuers"),
                        lambda _c: p["catalogs"].refresh()),
            PageRefresh(self.settings_page, self.runner, ("settings",), lambda _c: self.settings_page.refresh()),
            PageRefresh(self.trash_page, self.runner, ("*",), lambda _c: self.trash_page.refresh(),
                        actions=(AuditAction.DELETE, AuditAction.RESTORE, AuditAction.PURGE)),
            PageRefresh(self.audit_page, self.runner, ("*",), lambda _c: self.audit_page.reload()),
            PageRefresh(self.count_label, self.runner, ("initiatives", "awards"), lambda _c: self.refresh_status()),
        ]
        for key in self.PAGE_FACTORIES:
            page = p.get(key)
            if page is not None and hasattr(page, "TABLES") and hasattr(page, "apply_changes"):
                self.refreshers.append(PageRefresh(page, self.runner, page.TABLES, page.apply_changes))

    def _navigate(self, row: int) -> None:
        """Leaving the settings with unsaved changes asks first."""
        settings_row = [k for k, _ in NAV].index("settings")
        if (self._nav_row == settings_row and row != settings_row and self.settings_page.is_dirty()
                and not Asker.confirm(self, "Cài đặt chưa lưu", "Cài đặt có thay đổi chưa lưu. Bỏ các thay đổi đó?")):
            self.ui.navList.blockSignals(True)
            self.ui.navList.setCurrentRow(settings_row)
            self.ui.navList.blockSignals(False)
            return
        if self._nav_row == settings_row and row != settings_row and self.settings_page.is_dirty():
            self.settings_page.load()  # discard
        self._nav_row = row
        self.ui.stack.setCurrentIndex(row)

    def refresh_status(self) -> None:
        self.db_label.setText(f"Cơ sở dữ liệu: {self.store.path}")
        n = self.store.initiatives.count()
        a = self.store.scalar("SELECT count(*) FROM awards WHERE deleted_at IS NULL")
        self.count_label.setText(f"{money_vn(n)} mô hình, điển hình · {money_vn(a)} khen thưởng")

    def open_registry_filtered(self, kw: dict) -> None:
        self.ui.navList.setCurrentRow(1)
        self.pages["initiatives"].show_filtered(**kw)

    IMPORT_KINDS = (("initiatives", "mô hình, điển hình"), ("awards", "khen thưởng"), ("units", "đơn vị"))

    def _add_import_actions(self) -> None:
        """Tệp → Nhập từ Excel (wizard) and the blank templates."""
        menu = self.ui.menuFile.addMenu("Nhập từ &Excel")
        self.ui.menuFile.insertMenu(self.ui.actionBackup, menu)
        for kind, label in self.IMPORT_KINDS:
            menu.addAction(f"Nhập {label}…", lambda k=kind: self.open_import(k))
        menu.addSeparator()
        for kind, label in self.IMPORT_KINDS:
            menu.addAction(f"Lưu mẫu nhập {label}…", lambda k=kind: self.save_template(k))
        self.import_menu = menu

    def award_selected(self) -> int:
        """Sửa → Khen thưởng các mô hình đã chọn: the registry's selection into a decision (the open
        editor, or a new one) on the Khen thưởng page."""
        ids = self.pages["initiatives"].selected_ids()
        page = self.pages.get("awards")
        if not ids or not hasattr(page, "add_from_registry"):
            Asker.inform(self, "Khen thưởng", "Hãy chọn các mô hình, điển hình trong danh sách trước.")
            return 0
        self.ui.navList.setCurrentRow([k for k, _ in NAV].index("awards"))
        return page.add_from_registry(ids)

    def open_import(self, kind: str) -> ImportWizard:
        wizard = ImportWizard(self.store, self, kind=kind)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        wizard.open()
        return wizard

    def _imported(self, report) -> None:
        """The wizard's worker wrote on its own connection: tell every page what it wrote."""
        reports = report if isinstance(report, list) else [report]
        changes = None
        for rep in reports:
            ch = getattr(rep, "changes", None)
            if ch:
                changes = ch if changes is None else changes.merged(ch)
        self.runner.announce(changes if changes is not None else Changes.all())

    def save_template(self, kind: str, target: str | None = None) -> None:
        from dvdesk.services.importers.templates import TEMPLATE_FILES, save_template

        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, "Lưu mẫu nhập Excel", TEMPLATE_FILES[kind],
                                                    "Tệp Excel (*.xlsx)")
        if not target:
            return
        try:
            path = save_template(kind, target)
        except (DvdeskError, OSError) as exc:
            Asker.error(self, "Không lưu được mẫu", str(exc))
            return
        self.ui.statusbar.showMessage(f"Đã lưu mẫu nhập: {path}", 10_000)

    def open_initiative(self, initiative_id: int | None = None) -> InitiativeDialog:
        """Ctrl+N: a new initiative; double-click in the registry: edit that one."""
        dlg = InitiativeDialog(self.store, initiative_id, self, runner=self.runner)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def print_report(self) -> None:
        """Ctrl+P: documents are printed from their PDF (official format): open the Báo cáo page."""
        self.ui.navList.setCurrentRow([k for k, _ in NAV].index("reports"))
        self.pages["reports"].ui.pdfButton.setFocus()

    def delete_selected(self) -> None:
        """Del: the list on screen moves its selected records to the trash (or clears, on pages that
        handle Del themselves)."""
        page = self.ui.stack.currentWidget()
        if hasattr(page, "trash_selected"):
            page.trash_selected()
        elif hasattr(page, "delete_selected"):  # a page from PAGE_FACTORIES handles Del itself
            page.delete_selected()

    def open_search(self) -> SearchDialog:
        """Ctrl+F: one search over initiatives and award recipients (one dialog, raised again)."""
        dlg = getattr(self, "search_dialog", None)
        if dlg is None:
            dlg = self.search_dialog = SearchDialog(self.store, self, open_initiative=self.open_initiative,
                                                    open_award=self.open_person)
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        return dlg

    def open_person(self, award) -> PersonDialog:
        dlg = PersonDialog(self.store, award, self, open_initiative=self.open_initiative)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def focus_search(self) -> None:
        page = self.ui.stack.currentWidget()
        if hasattr(page, "focus_search"):  # a page from PAGE_FACTORIES with its own search box
            page.focus_search()
            return
        self.ui.navList.setCurrentRow(1)
        self.pages["initiatives"].ui.searchEdit.setFocus()
        self.pages["initiatives"].ui.searchEdit.selectAll()

    def backup_now(self) -> None:
        """Menu "Sao lưu ngay": the backup page does it (chosen folder, thinning, verification)."""
        self.ui.navList.setCurrentRow([k for k, _ in NAV].index("settings"))
        self.pages["settings"].setCurrentWidget(self.backup_page)
        self.backup_page.backup_now()

    def on_restored(self, _previous) -> None:
        self.runner.announce(Changes.all())  # the whole database was replaced
        self.ui.statusbar.showMessage("Đã khôi phục dữ liệu từ bản sao lưu.", 10_000)

    def about(self) -> None:
        from dvdesk import __version__

        Asker.inform(self, "Giới thiệu", f"dvdesk {__version__}\nQuản lý phong trào thi đua \"Dân vận khéo\".")

    def _restore_geometry(self) -> None:
        if self.settings is None:
            return
        geo = self.settings.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        cols = self.settings.value("main/initiatives_header")
        if cols is not None:
            self.pages["initiatives"].ui.table.horizontalHeader().restoreState(cols)
            self.pages["initiatives"].columns_customized = True

    def closeEvent(self, event) -> None:
        if self.settings_page.resort_running():  # let the re-sort finish its transaction
            QThreadPool.globalInstance().waitForDone(30_000)
        self.runner.shutdown()
        for timer in self.findChildren(QTimer):  # no debounce may fire after the database is closed
            timer.stop()
        if self.settings is not None:
            self.settings.setValue("main/geometry", self.saveGeometry())
            self.settings.setValue("main/initiatives_header",
                                   self.pages["initiatives"].ui.table.horizontalHeader().saveState())
        super().closeEvent(event)


from dvdesk.ui.views.awards_page import AwardsPage  # noqa: E402  (the page does not import this module)

MainWindow.PAGE_FACTORIES["awards"] = lambda store, runner: AwardsPage(store, runner)
MainWindow.PAGE_FACTORIES["documents"] = lambda store, runner: DocumentsPage(store, runner)
MainWindow.PAGE_FACTORIES["reviews"] = lambda store, runner: ReviewsPage(store, runner)
