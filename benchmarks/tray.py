"""Idle in a real tray: `companion --hidden` beside a bare PySide6 tray app (bare_tray.py).

Both run under Xvfb with trayer as the tray host when both are installed (Debian: xvfb, trayer),
offscreen otherwise, where neither has a tray and both show a window instead. Runs are started
alternately a moment apart and overlap; each one's resident memory is read from
/proc/PID/status 15 s after it started, and the first app run also gives the idle CPU time
once start-up work has settled.

Resident memory counts the pages of shared libraries a process has mapped, and the kernel maps
more of them around each page touched when they are already in the page cache. So that the
figures do not depend on what earlier work happened to cache, one warm-up run of each reads
every file it has mapped before the measured runs start.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
RSS_AT_SECONDS = 15.0
SETTLE_SECONDS = 8.0
"""Idle CPU is counted from here on: start-up work, timers set for "just after start-up" and
a first background check of other processes' writes are done by then."""

XVFB = ["Xvfb", "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
TRAYER = ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "200"]

PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
    "app = QApplication(sys.argv[:1])\n"
    "print(QSystemTrayIcon.isSystemTrayAvailable())\n"
)


class TrayHost:
    """Xvfb on a free display with trayer docked at the top; ``tray`` is True once Qt sees a
    system tray there. Without Xvfb or trayer, ``env`` runs everything offscreen."""

    def __init__(self) -> None:
        self.display: str | None = None
        self.tray = False
        self._procs: list[subprocess.Popen[bytes]] = []

    @property
    def description(self) -> str:
        if self.tray:
            return "Xvfb + trayer"
        return "Xvfb, no tray host" if self.display else "offscreen, no tray host"

    def start(self) -> TrayHost:
        if shutil.which("Xvfb") is None:
            return self
        read_end, write_end = os.pipe()
        try:
            xvfb = subprocess.Popen(
                [*XVFB, "-displayfd", str(write_end)],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self._procs.append(xvfb)
            os.close(write_end)
            number = _read_line(read_end, 10.0)
        finally:
            os.close(read_end)  # only after the whole line: Xvfb would die of SIGPIPE
        if not number.isdigit():
            self.close()
            return self
        self.display = f":{number}"
        if shutil.which("trayer") is not None:
            self._procs.append(
                subprocess.Popen(
                    [*TRAYER, "--height", "24"],
                    env=self.env(dict(os.environ)),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            self.tray = self._wait_for_tray()
        return self

    def _wait_for_tray(self, seconds: float = 10.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            probe = subprocess.run(
                [sys.executable, "-c", PROBE],
                env=self.env(dict(os.environ)),
                capture_output=True,
                text=True,
                timeout=30,
            )
            if probe.stdout.strip() == "True":
                return True
            time.sleep(0.3)
        return False

    def env(self, env: dict[str, str]) -> dict[str, str]:
        env = dict(env)
        if self.display is None:
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env["QT_QPA_PLATFORM"] = "xcb"
            env["DISPLAY"] = self.display
        return env

    def close(self) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._procs.clear()


def _read_line(fd: int, seconds: float) -> str:
    """The display number Xvfb writes to -displayfd, ending with a newline."""
    deadline = time.monotonic() + seconds
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 32) if ready else b""
        if not chunk:
            break
        data += chunk
    return data.decode().strip()


@dataclass
class Idle:
    """One process left alone: resident memory at RSS_AT_SECONDS (MiB), and idle CPU (s/min)
    when it was asked for."""

    rss: float = 0.0
    anon: float = 0.0
    cpu_per_minute: float | None = None
    error: str = ""
    argv: list[str] = field(default_factory=list)


def _status_mib(pid: int) -> tuple[float, float]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "RssAnon"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["RssAnon"]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def _watch(argv: list[str], env: dict[str, str], idle_seconds: float | None, out: Idle) -> None:
    """Start ``argv``, read its memory at RSS_AT_SECONDS (and its CPU over ``idle_seconds``
    after SETTLE_SECONDS), then end it."""
    out.argv = argv
    started = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    marks = [(RSS_AT_SECONDS, "rss")]
    if idle_seconds is not None:
        marks += [(SETTLE_SECONDS, "cpu0"), (SETTLE_SECONDS + idle_seconds, "cpu1")]
    cpu0 = 0.0
    try:
        for at, what in sorted(marks):
            time.sleep(max(0.0, started + at - time.monotonic()))
            if proc.poll() is not None:
                out.error = f"{argv[-1]} exited {proc.returncode} before {at:.0f} s"
                return
            if what == "rss":
                out.rss, out.anon = _status_mib(proc.pid)
            elif what == "cpu0":
                cpu0 = cpu_seconds(proc.pid)
            else:
                assert idle_seconds is not None
                out.cpu_per_minute = (cpu_seconds(proc.pid) - cpu0) * 60.0 / idle_seconds
    finally:
        if proc.poll() is None:
            proc.terminate()
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        if out.error and err:
            out.error += ": " + err.decode(errors="replace").strip().splitlines()[-1]


def warm_up(argv: list[str], env: dict[str, str], seconds: float = 4.0) -> None:
    """Run ``argv`` a few seconds, then read every file it has mapped into the page cache (and
    its bytecode is compiled, as after an install)."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(seconds)
        mapped = set()
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{proc.pid}/maps").read_text().splitlines():
                fields = line.split(maxsplit=5)
                if len(fields) == 6 and fields[5].startswith("/"):
                    mapped.add(fields[5])
    finally:
        proc.terminate()
        proc.wait(10)
    for name in sorted(mapped):
        with contextlib.suppress(OSError), open(name, "rb") as file:
            while file.read(1 << 20):
                pass


def measure(
    app: list[str],
    app_env: list[dict[str, str]],
    bare_env: dict[str, str],
    pairs: int,
    gap: float,
    idle_seconds: float | None,
) -> tuple[list[Idle], list[Idle]]:
    """``pairs`` bare tray apps and apps, started alternately ``gap`` seconds apart (each app run
    with its own data folder, ``app_env[i]``, so none hands over to another). The first app run
    also measures idle CPU over ``idle_seconds`` (when given)."""
    bare = [sys.executable, str(HERE / "bare_tray.py")]
    warming = [
        threading.Thread(target=warm_up, args=(argv, env))
        for argv, env in ((bare, bare_env), (app, app_env[0]))
    ]
    for thread in warming:
        thread.start()
    for thread in warming:
        thread.join()
    bare_runs = [Idle() for _ in range(pairs)]
    app_runs = [Idle() for _ in range(pairs)]
    threads = []
    for index in range(pairs):
        for argv, env, out, idle in (
            (bare, bare_env, bare_runs[index], None),
            (app, app_env[index], app_runs[index], idle_seconds if index == 0 else None),
        ):
            thread = threading.Thread(target=_watch, args=(argv, env, idle, out))
            thread.start()
            threads.append(thread)
            time.sleep(gap)
    for thread in threads:
        thread.join()
    for run in bare_runs + app_runs:
        if run.error:
            raise RuntimeError(run.error)
    return bare_runs, app_runs


def median_ratio(app: list[Idle], bare: list[Idle]) -> float:
    return statistics.median(a.rss / b.rss for a, b in zip(app, bare, strict=True))
