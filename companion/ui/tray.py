"""The tray icon: today's ratio at a glance and a menu with every quick action."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion.core.ratio import format_ratio, format_target
from companion.services import Change, Subject
from companion.ui import icons
from companion.ui.actions import Actions
from companion.ui.controller import Controller
from companion.ui.today import needed_text, state_text


class Tray(QObject):
    """Shows the ratio as a painted badge and in the tooltip; the menu reuses the window's actions.

    A click on the icon opens the window. ``menu`` is built even where the platform has no tray,
    so the same actions stay testable.
    """

    def __init__(
        self, controller: Controller, actions: Actions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.actions = actions
        self.icon = QSystemTrayIcon(icons.app_icon(), self)
        self.menu = QMenu()
        self.menu.addAction(actions.log_positive)
        self.menu.addAction(actions.log_negative)
        self.menu.addAction(actions.undo)
        self.quick_section = self.menu.addSeparator()
        self.menu.addSeparator()
        self.menu.addAction(actions.open_window)
        self.menu.addAction(actions.settings)
        self.menu.addSeparator()
        self.menu.addAction(actions.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self.on_activated)
        controller.changed.connect(self.on_store_changed)
        controller.day_changed.connect(self.refresh)
        controller.settings_changed.connect(self.on_settings_changed)
        controller.notify.connect(self.on_notify)
        self.refresh()

    def add_quick_action(self, action: object) -> None:
        """Later features add their quick actions above Open/Settings/Quit."""
        self.menu.insertAction(self.quick_section, action)  # type: ignore[arg-type]

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def tooltip(self) -> str:
        return self.icon.toolTip()

    @Slot()
    def refresh(self) -> None:
        day = self.controller.today()
        self.icon.setIcon(icons.tray_icon(day))
        if day.total:
            ratio = format_ratio(day.positive, day.negative)
            text = self.tr("Companion — today %s (+%d / −%d), target %s\n%s. %s") % (
                ratio,
                day.positive,
                day.negative,
                format_target(day.target),
                state_text(day),
                needed_text(day),
            )
        else:
            text = self.tr("Companion — no logs yet today (target %s)") % format_target(day.target)
        self.icon.setToolTip(text)

    @Slot(object)
    def on_store_changed(self, change: Change) -> None:
        if change.concerns(Subject.INTERACTIONS):
            self.refresh()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh()

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.actions.open_window.trigger()

    @Slot(str, str)
    def on_notify(self, title: str, message: str) -> None:
        if self.icon.isVisible():
            self.icon.showMessage(title, message, icons.app_icon(), 8000)
