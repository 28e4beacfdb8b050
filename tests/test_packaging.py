"""Resources ship inside the wheel and are found through one helper from a real install."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_resources_and_the_installed_package_finds_them(tmp_path):
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = (tmp_path / "dist").glob("companion-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "companion/resources/icons/companion.svg" in names
    assert not any(name.startswith("resources/") for name in names)

    # A non-editable install is the wheel unpacked into site-packages; use it alone on the path.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import companion.core.resources as p, companion; "
        "r = p.resource('icons', 'companion.svg'); "
        "package = __import__('pathlib').Path(companion.__file__).parent; "
        "print(r.is_file(), str(r).startswith(str(package)))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]
