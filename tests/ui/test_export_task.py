"""The shared export task: render through its own connection, write atomically, report."""

from __future__ import annotations

from pathlib import Path

from companion.core.errors import InvalidInput
from companion.store import Store
from companion.ui.export_task import ExportTask


def run(task: ExportTask) -> tuple[list[str], list[str]]:
    finished: list[str] = []
    failed: list[str] = []
    task.signals.finished.connect(finished.append)
    task.signals.failed.connect(failed.append)
    task.run()  # on this thread: the signals arrive at once
    return finished, failed


def test_the_render_reads_its_own_connection_and_the_message_counts(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    seen: list[Store] = []

    def render(opened: Store) -> tuple[str, int]:
        seen.append(opened)
        return "one\ntwo\n", 2

    target = tmp_path / "out.md"
    finished, failed = run(ExportTask(store.path, target, render, lambda n: f"{n} written"))
    assert (finished, failed) == (["2 written"], [])
    assert target.read_text(encoding="utf-8") == "one\ntwo\n"
    assert seen and seen[0] is not store and seen[0].path == store.path


def test_failures_are_messages_and_leave_the_old_file(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    target = tmp_path / "out.md"
    target.write_text("before", encoding="utf-8")

    def refuse(_store: Store) -> tuple[str, int]:
        raise InvalidInput("Export at most ten years at a time.")

    finished, failed = run(ExportTask(store.path, target, refuse, str))
    assert (finished, failed) == ([], ["Export at most ten years at a time."])
    assert target.read_text(encoding="utf-8") == "before"
    missing = tmp_path / "no-such-folder" / "x.md"
    finished, failed = run(ExportTask(store.path, missing, lambda _s: ("x", 1), str))
    assert finished == [] and failed[0].startswith("Could not write")
    assert not Path(missing).parent.exists()
