"""Installed size: ``pip install .`` into a fresh virtual environment, measured with ``du``.

    python -m benchmarks.installed_size        # prints the figure and the largest packages
    python -m benchmarks --size                # the same figure beside the others

Needs pip's index (or a wheel cache) for the dependencies; takes a minute or two, so the main
run only measures it when asked.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MIB = 300.0


@dataclass(frozen=True, slots=True)
class InstalledSize:
    """Sizes in MiB, as ``du -sm`` counts them: the whole venv, the empty venv it started as
    (Python's own pip and setuptools), and each top-level entry of site-packages, largest
    first."""

    total_mib: float
    empty_mib: float
    packages: tuple[tuple[str, float], ...]


def du_mib(path: Path) -> float:
    """Disk usage as ``du`` reports it (blocks actually used), in MiB."""
    out = subprocess.run(
        ["du", "-s", "--block-size=1", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return int(out.split()[0]) / 2**20


def measure(project: Path = ROOT) -> InstalledSize:
    with tempfile.TemporaryDirectory(prefix="companion-size-") as name:
        env_dir = Path(name) / "venv"
        venv.EnvBuilder(with_pip=True, symlinks=True).create(env_dir)
        empty = du_mib(env_dir)
        python = env_dir / "bin" / "python"
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "."],
            cwd=project,
            check=True,
        )
        total = du_mib(env_dir)
        site = next((env_dir / "lib").glob("python3*/site-packages"))
        packages = sorted(
            ((entry.name, du_mib(entry)) for entry in site.iterdir()),
            key=lambda item: -item[1],
        )
        return InstalledSize(total, empty, tuple(packages))


def main() -> int:
    size = measure()
    print(f"installed size, fresh venv + pip install .: {size.total_mib:.0f} MiB")
    print(f"  (the empty venv with pip: {size.empty_mib:.0f} MiB; budget {BUDGET_MIB:.0f} MiB)")
    for name, mb in size.packages[:10]:
        print(f"  {mb:7.1f} MiB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
