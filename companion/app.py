"""Start the GUI: QApplication, single instance, tray, main window (screens load lazily).

Only what the first paint needs is imported before the window shows; the features' start-up
hooks and the single-instance server follow once it has painted, and the rest (charts, the reply
checker, sqlite-utils) loads when a screen or command first asks for it. This module imports
none of ours at its top: PySide6 would read the source of each module imported before
``skip_pyside_source_reading`` has run (see there).

Python's cyclic garbage collector does not run while PySide6 loads, and what it loaded is then
set aside from later collections (``gc.freeze``: its modules, classes and enums live as long as
the process); ``run`` holds collections back again until the first window has painted. PySide6
makes some 28,000 objects as it loads, nearly all for good, and each collection on the way looks
at them again: about 2 ms of the start, and as much of every later full collection.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

_collecting = gc.isenabled()
gc.disable()
from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, SignalInstance, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

gc.freeze()  # also sets the collector's counts back to nothing: no collection falls due at once
if _collecting:
    gc.enable()

if TYPE_CHECKING:
    import argparse
    import datetime as dt
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from companion.core.errors import CompanionError
    from companion.store import Store
    from companion.ui.controller import Controller
    from companion.ui.instance_server import InstanceServer
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)


class Parts:
    """The running app's pieces, for ``run`` and for tests and screenshot scripts.

    The tray is made when first asked for: ``run`` asks once the window has painted (a tray
    icon appearing a moment after the window is not missed, and its module, the notifications
    and the painted badge cost the first window some 6 ms); ``build`` asks at once unless told
    otherwise, and so do the features' start-up hooks.
    """

    def __init__(
        self, app: QApplication, controller: Controller, window: MainWindow, store: Store
    ) -> None:
        self.app = app
        self.controller = controller
        self.window = window
        self.store = store
        self._tray: Tray | None = None

    @property
    def tray(self) -> Tray:
        return self.make_tray()

    def make_tray(self) -> Tray:
        """The tray, made now unless it was already."""
        if self._tray is None:
            from companion.ui.tray import Tray

            self._tray = Tray(self.controller, self.window.app_actions, self.window)
        return self._tray

    def has_tray_made(self) -> bool:
        return self._tray is not None


class _ReadNoSources:
    """Tells PySide6 that no module of this process selects a `__feature__` (none does), so it
    does not read the source of each one (see ``skip_pyside_source_reading``). A finder first
    in ``sys.meta_path`` that finds nothing: it only notes each module's name as it is first
    imported, with select id 0, PySide6's "no feature" (what a module importing
    ``from __feature__`` sets for itself anyway)."""

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        self.table.setdefault(name, 0)

    def invalidate_caches(self) -> None:
        pass


def skip_pyside_source_reading() -> None:
    """PySide6 reads the whole source of every module the first time an import statement
    names it after PySide6 itself was imported (standard library included), looking for
    `from __feature__ import` (snake_case, true_property): some 75 files, about 5 ms of every
    start and the lines linecache then keeps. The app uses no such feature; recording each
    module as using none, as PySide6's own scan would have, saves that reading. Without
    PySide6's table (another version), nothing changes."""
    if any(isinstance(finder, _ReadNoSources) for finder in sys.meta_path):
        return
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        table.setdefault(name, 0)
    sys.meta_path.insert(0, _ReadNoSources(table))


def build(
    clock: Callable[[], dt.datetime] | None = None,
    *,
    features: bool = True,
    tray: bool = True,
    settled: bool = True,
) -> Parts:
    """Create the QApplication (if needed), open the store, build controller, window and tray,
    and install the features' start-up hooks (unless ``features`` is False: `install_features`
    does it later). With ``tray`` False the tray is made when ``Parts.tray`` is first read.
    With ``settled`` False, what the first window need not wait for (see ``settle``) waits
    until ``settle`` is called, and whether the desktop shows tray icons is left for the
    caller to find out (``run``: after the first paint) and set as ``window.has_tray``.

    Raises CompanionError when the database cannot be used.
    """
    skip_pyside_source_reading()
    if QApplication.instance() is None:
        from companion.ui.input_method import use_ibus_for_fcitx

        use_ibus_for_fcitx()  # before Qt picks its input method: fcitx has no plugin here
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from companion import settings as settings_module
    from companion.ui.i18n import install_translations, resolve_language

    settings = settings_module.load()
    # The language, its plural forms and Qt's own texts: before any text is made.
    install_translations(app, resolve_language(settings.language))
    app.setApplicationName("Companion")
    app.setOrganizationName("Companion")
    from companion import paths

    app.setDesktopFileName(paths.APP_ID)  # the launcher `companion desktop install` writes
    from companion.ui import theme

    # Light or dark as the system says: before the first paint where only the colour scheme
    # can say it (GNOME's dark style, Windows), else in ``settle``.
    theme.follow(app, before_first_paint=not settled)

    from companion.store import open_store
    from companion.ui import icons

    app.setWindowIcon(icons.app_icon())
    store = open_store()
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow

    if clock is not None:
        controller = Controller(store, settings, clock=clock)
    else:
        controller = Controller(store, settings)
    window = MainWindow(controller, has_tray=settled and tray_available())
    window.quit_requested.connect(app.quit)
    parts = Parts(app, controller, window, store)
    if settled:
        settle(parts)
    if tray or features:
        parts.make_tray()
    forget_module_sources()
    if features:
        install_features(parts)
    return parts


def settle(parts: Parts) -> None:
    """What every start needs but the first window does not wait for, each of which builds
    PySide6's ``Qt`` namespace (about 12 ms): the colour scheme where it was not asked before
    the first paint (a dark one re-themes the window), and the check for other writers and a
    new day whenever the app becomes active."""
    from companion.ui import theme

    theme.follow(parts.app)
    parts.controller.watch_activation()


def tray_available() -> bool:
    """Whether the desktop shows tray icons (as ``Tray.available``, without loading the tray's
    module). A start that shows its window asks after the first paint: it shows the window
    either way, and asking can take a call to the desktop's tray host over D-Bus."""
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def install_features(parts: Parts) -> None:
    """Each feature adds its quick actions, timers and Today rows from a light module; its
    screens, dialogs and core load when first used."""
    from companion import features

    forget_module_sources()
    for hook in features.install_hooks():
        install = features.resolve(hook)
        assert callable(install)
        install(parts.window, parts.tray)
    forget_module_sources()


FIRST_PAINT_WAIT_MS = 500
"""How long the work that follows the first paint waits for it at most (a window the desktop
keeps unmapped never paints)."""


class FirstPaint(QObject):
    """Calls ``then`` once, as soon as ``window`` has painted for the first time (or after
    FIRST_PAINT_WAIT_MS without a paint), so what can wait does not delay the first window.

    A window with a ``painted`` signal (MainWindow) is heard through it; any other widget
    through an event filter, which PySide6 hands every event of the widget, loading each event
    class of Qt to do so (about 5 ms, which the first window need not wait for)."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then: Callable[[], object] | None = then
        painted = getattr(window, "painted", None)
        self._painted = painted if isinstance(painted, SignalInstance) else None
        if self._painted is not None:
            self._painted.connect(self.on_painted)
        else:
            window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.on_painted()
        return False

    @Slot()
    def on_painted(self) -> None:
        if self._painted is not None:
            self._painted.disconnect(self.on_painted)
            self._painted = None
        QTimer.singleShot(0, self.run)  # once this paint has reached the screen

    @Slot()
    def run(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            then()


def run(args: argparse.Namespace) -> int:
    """Run the app until Quit; the process ends with the returned exit code."""
    skip_pyside_source_reading()
    collecting = gc.isenabled()
    gc.disable()  # until the first window has painted (see the module's docstring)
    from companion import paths
    from companion.core.errors import CompanionError

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    asked_input_method = os.environ.get("QT_IM_MODULE", "")
    _start_log_file()
    forget_module_sources()
    try:
        parts = build(features=False, tray=False, settled=False)
    except CompanionError as error:
        _attach_log_file()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        if not offer_restore(error):
            return 2
        try:
            parts = build(features=False, tray=False, settled=False)
        except CompanionError as again:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "Companion", again.message)
            return 2
    app, window = parts.app, parts.window
    replaced_input_method = (
        asked_input_method if os.environ.get("QT_IM_MODULE", "") != asked_input_method else None
    )
    if args.exit_after_show:
        window.show()
        FirstPaint(window, app.quit)
        return _exit(app.exec(), parts, None)

    server: InstanceServer | None = None
    restart = False

    def on_restart_requested() -> None:
        nonlocal restart
        restart = True
        app.quit()

    window.restart_requested.connect(on_restart_requested)

    def find_tray() -> None:
        window.has_tray = tray_available()
        if window.has_tray:
            app.setQuitOnLastWindowClosed(False)

    if not args.hidden:
        window.show()  # with a tray or without: which one is found out after the first paint
    else:
        find_tray()
        if not window.has_tray:
            window.showMinimized()  # started with the session: at hand, not in the way

    def after_first_paint() -> None:
        nonlocal server
        if collecting:
            gc.enable()
        settle(parts)  # a dark scheme found only now re-themes the window at once
        if not args.hidden:
            find_tray()
        # The tray next: its icon appears a moment after the window, before anything else.
        if window.has_tray:
            parts.tray.show()
        else:
            from companion.ui.tray import start_without_tray

            start_without_tray(parts.tray, window, paths.config_dir())
        _attach_log_file()
        install_features(parts)
        from companion.ui import welcome

        welcome.offer_first_run(window)  # on a first run: the ratio, your day, the keys
        from companion.ui import input_method

        input_method.note_once(window, paths.config_dir(), replaced_input_method)
        catch_unexpected_errors(parts)
        from companion import ipc
        from companion.ui.instance_server import InstanceServer

        server = InstanceServer(parts.controller, ipc.socket_path(paths.data_dir()), window)
        if not server.listen():
            log.info("another Companion is running; this one does not take CLI hand-offs")
        forget_module_sources()

    if window.isVisible() and not window.isMinimized():
        FirstPaint(window, after_first_paint)
    else:
        QTimer.singleShot(0, after_first_paint)
    code = app.exec()
    return _exit(code, parts, server, restart=restart)


def forget_module_sources() -> None:
    """Free the source lines PySide6 has read so far. It reads the source of every module
    imported after it (looking for `from __feature__ import`), and linecache keeps each line:
    some 3 MiB for the app's modules that nothing reads again (a traceback reads its files
    anew). Freed between the batches of imports, the memory is used again by the next."""
    import linecache

    linecache.clearcache()


class EarlyRecords(logging.Handler):
    """The records of the first moments, kept until companion.log is attached once the window
    has painted (the log file's module, with logging.handlers, would cost the first window about
    5 ms); they are written to it then, in order. `--exit-after-show` ends before that: its
    records go to stderr only."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _start_log_file() -> None:
    """companion.log from the first moment, Qt's own warnings included (kept by EarlyRecords
    until _attach_log_file)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    logging.getLogger().addHandler(EarlyRecords())
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def on_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(on_qt_message)


def _attach_log_file() -> None:
    """Attach companion.log and write the records kept since start-up to it."""
    root = logging.getLogger()
    early = [handler for handler in root.handlers if isinstance(handler, EarlyRecords)]
    if not early:
        return
    for handler in early:
        root.removeHandler(handler)
    from companion import logfile, paths
    from companion.core.errors import CompanionError

    try:
        attached = logfile.attach(paths.data_dir())
    except (OSError, CompanionError) as error:  # the folder itself is unusable: said at open
        log.warning("no log file: %s", error)
        return
    if attached is None:
        return
    for handler in early:
        for record in handler.records:
            if record.levelno >= attached.level:
                attached.handle(record)


def offer_restore(error: CompanionError) -> bool:
    """When the database is damaged or missing and a good backup exists, offer to restore it.
    True when it was restored (start again); False after saying what is wrong."""
    from PySide6.QtWidgets import QMessageBox

    from companion import paths
    from companion.core.errors import CompanionError, DatabaseUnavailable, NotACompanionDatabase
    from companion.store import backup

    db_path = paths.database_path()
    good = None
    if isinstance(error, DatabaseUnavailable | NotACompanionDatabase):
        good = backup.newest_good(db_path)
    if good is None:
        QMessageBox.critical(None, "Companion", error.message)
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, "Companion", error.message)
    restore = box.addButton(
        QApplication.translate("app", "Restore the newest backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        backup.restore(db_path, good)
    except CompanionError as failure:
        QMessageBox.critical(None, "Companion", failure.message)
        return False
    log.info("restored %s at start-up after: %s", good.path.name, error.message)
    return True


def catch_unexpected_errors(parts: Parts) -> None:
    """Turn an unexpected error into a message in the window (with where the details are)
    instead of a traceback nobody sees."""
    from companion import logfile
    from companion.ui.i18n import arg

    logfile.attach(parts.store.path.parent)  # already there when run() started it
    path = logfile.path_in(parts.store.path.parent)

    def on_unexpected(kind: type[BaseException], value: BaseException, tb: object) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))  # type: ignore[arg-type]
        parts.controller.error.emit(
            arg(
                QApplication.translate(
                    "app",
                    "Something went wrong (%1: %2). Your data is safe; the details are in %3.",
                ),
                kind.__name__,
                value,
                path,
            )
        )

    sys.excepthook = on_unexpected


def _exit(code: int, parts: Parts, server: InstanceServer | None, *, restart: bool = False) -> int:
    """Finish cleanly — stop listening, let workers end, close the database — then end the
    process at once: tearing down thousands of Qt wrappers one by one only delays the exit.
    With ``restart`` the process becomes a new Companion instead (same arguments, shown)."""
    if server is not None:
        server.close()
    QThreadPool.globalInstance().waitForDone(5000)
    parts.store.close()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    if restart:
        again = [argument for argument in sys.argv[1:] if argument != "--hidden"]
        try:
            os.execv(sys.executable, [sys.executable, "-m", "companion", *again])
        except OSError as error:
            log.error("could not start again: %s", error)
    os._exit(code)
