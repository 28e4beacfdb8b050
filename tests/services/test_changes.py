"""Every write announces a typed change; the window sees writes by other processes too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.services import Change, Changes, Subject
from companion.services import ratio as ratio_service
from companion.services.ratio import Logged, Removed
from tests.support import ServiceSession as Session
from tests.support import log_from_another_process


def test_logging_and_undoing_announce_what_happened(store, clock):
    session = Session(store, clock)
    heard: list[Change] = []
    stop = session.changes.listen(heard.append)
    entry = ratio_service.log_interaction(session, False, topic="billing")
    removed = ratio_service.undo_last(session, clock().replace(hour=0))
    assert heard == [
        Change(Subject.INTERACTIONS, Logged(entry)),
        Change(Subject.INTERACTIONS, Removed(removed)),
    ]
    stop()
    assert ratio_service.undo_last(session, clock().replace(hour=0)) is None
    ratio_service.log_interaction(session, True)
    assert len(heard) == 2  # no longer listening


def test_everything_concerns_every_screen():
    assert Change(Subject.EVERYTHING).concerns(Subject.HAPPY)
    assert Change(Subject.HAPPY).concerns(Subject.HAPPY, Subject.PHRASES)
    assert not Change(Subject.CHECKS).concerns(Subject.HAPPY)


def test_a_write_by_another_process_reaches_the_open_window_within_a_second(parts, qtbot):
    today = parts.window.screen_widget("today")
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    assert today.positive_count.text() == "1"
    log_from_another_process(parts.store.path, parts.controller.clock(), positive=True)
    with qtbot.waitSignal(parts.controller.changed, timeout=2500) as caught:
        pass
    assert caught.args[0] == Change(Subject.EVERYTHING)
    assert today.positive_count.text() == "2"
    assert parts.tray.icon.toolTip().count("2 positives") == 1


def test_activating_the_app_looks_for_other_writers_at_once(parts, qtbot):
    parts.window.hide()  # slow watching while hidden
    log_from_another_process(parts.store.path, parts.controller.clock(), positive=False)
    with qtbot.waitSignal(parts.controller.changed, timeout=1000):
        parts.controller.on_application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert parts.window.screen_widget("today").negative_count.text() == "1"


def test_a_listening_owner_is_not_kept_alive_by_its_own_hub(qapp):
    """The Controller owns its Changes and listens to it: no reference cycle, so it is freed
    at once (on the GUI thread), never later by the collector on a worker thread."""
    import gc
    import weakref

    from companion.settings import Settings
    from companion.ui.controller import Controller

    gc.disable()
    try:
        from companion.store import open_store

        store = open_store()
        controller = Controller(store, Settings())
        alive = weakref.ref(controller)
        heard: list[Change] = []
        controller.changed.connect(heard.append)
        controller.changes.announce(Subject.HAPPY)
        assert [c.subject for c in heard] == [Subject.HAPPY]
        del controller
        assert alive() is None
        store.close()
    finally:
        gc.enable()


def test_a_plain_function_listener_stays_until_stopped():
    changes = Changes()
    heard: list[Change] = []
    stop = changes.listen(lambda change: heard.append(change))
    changes.announce(Subject.CHECKS)
    stop()
    changes.announce(Subject.CHECKS)
    assert len(heard) == 1
