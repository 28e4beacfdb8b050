import pkgutil
import subprocess
import sys

import companion.core


def test_core_imports_no_qt_and_no_sql_library():
    modules = [f"companion.core.{m.name}" for m in pkgutil.iter_modules(companion.core.__path__)]
    assert "companion.core.ratio" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "heavy = ('PySide6', 'shiboken6', 'sqlite_utils')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
