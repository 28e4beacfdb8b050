"""The house's shape, read from the code: imports flow ui → services → store → core (and cli →
services → store → core), no import cycles at module level, no module over ~700 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "companion"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(path: Path, module: str, *, top_level_only: bool) -> set[str]:
    """Our modules ``path`` imports (all of them, or only those run when it is imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = list(ast.iter_child_nodes(tree)) if top_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.If) and top_level_only:
            continue  # `if TYPE_CHECKING:` blocks
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")
                if path.name != "__init__.py":
                    package = package[:-1]
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in names if name.startswith("companion")}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "companion"


def _known(names: set[str], modules: dict[str, Path]) -> set[str]:
    return {name for name in names if name in modules}


MODULES = _modules()

# What each layer may import of ours (besides itself). core: nothing; store: core; services:
# store and core; ui and cli: anything but each other; only the app (and the CLI starting it)
# imports ui.
ALLOWED = {
    "core": set(),
    "store": {"core", "paths"},
    "services": {"core", "store", "paths"},
    "cli": {
        "core",
        "store",
        "services",
        "paths",
        "settings",
        "features",
        "desktop",
        "ipc",
        "logfile",
        "clipboard",
    },
}


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_imports_flow_one_way(layer):
    wrong = []
    for module, path in MODULES.items():
        if _layer(module) != layer:
            continue
        for imported in _known(_imports(path, module, top_level_only=False), MODULES):
            target = _layer(imported)
            if target != layer and target not in ALLOWED[layer] and imported != "companion":
                if layer == "cli" and imported == "companion.app":
                    continue  # `companion` with no command starts the app
                wrong.append(f"{module} → {imported}")
    assert wrong == []


def test_nothing_outside_ui_and_app_imports_ui():
    wrong = [
        f"{module} → {imported}"
        for module, path in MODULES.items()
        if _layer(module) not in ("ui", "app")
        for imported in _known(_imports(path, module, top_level_only=False), MODULES)
        if _layer(imported) == "ui"
    ]
    assert wrong == []


def test_no_import_cycles_at_module_level():
    graph = {
        module: _known(_imports(path, module, top_level_only=True), MODULES) - {module}
        for module, path in MODULES.items()
    }
    state: dict[str, int] = {}

    def visit(module: str, trail: tuple[str, ...]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycle = (*trail[trail.index(target) :], target) if target in trail else trail
                raise AssertionError("import cycle: " + " → ".join(cycle))
            if target not in state:
                visit(target, (*trail, target))
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, (module,))


def test_no_module_does_two_jobs_by_size():
    long = {
        module: count
        for module, path in MODULES.items()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 720
    }
    assert long == {}
