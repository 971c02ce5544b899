"""Only desktop/gui/ may import Qt: everything else is plain Python (DESIGN.md, rule 1)."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

PACKAGE = Path(desktop.__file__).parent
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _qt_imports(path: Path) -> list[str]:
    return sorted(n for n in _imports(path) if n.split(".")[0] in QT_MODULES)


def test_nothing_outside_gui_imports_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): _qt_imports(path)
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts and _qt_imports(path)
    }
    assert offenders == {}


def test_districts_package_is_scanned() -> None:
    scanned = list((PACKAGE / "districts").rglob("*.py"))
    assert len(scanned) > 5


def test_the_scan_catches_a_qt_import(tmp_path: Path) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n    return QWidget\n")
    assert _qt_imports(module) == ["PySide6.QtWidgets"]


# The entry points compose the window with the rest; nothing else may reach into it.
ENTRY_POINTS = {"cli.py", "__main__.py"}


def _gui_imports(path: Path) -> list[str]:
    return sorted(n for n in _imports(path) if n == "desktop.gui" or n.startswith("desktop.gui."))


def test_nothing_outside_gui_imports_the_gui_but_the_entry_points() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): _gui_imports(path)
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and path.name not in ENTRY_POINTS
        and _gui_imports(path)
    }
    assert offenders == {}


def test_the_scan_catches_a_gui_import(tmp_path: Path) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text("def f():\n    from desktop.gui.app import run\n    return run\n")
    assert _gui_imports(module) == ["desktop.gui.app"]
