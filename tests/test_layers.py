"""The layers of DESIGN.md hold: the core and the command line never load Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "reader"


@pytest.mark.parametrize(
    "module",
    ["reader.usecases.refresh", "reader.cli.main", "reader.core.simplify.pipeline", "reader"],
)
def test_module_does_not_load_qt(module: str) -> None:
    code = f"import sys, {module}; print('PySide6' in sys.modules or 'shiboken6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_and_app_import_pyside() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if not (path.parent.name == "ui" or path.name == "app.py")
        and any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path))
    ]
    assert offenders == []


def test_core_does_no_io_and_imports_nothing_of_ours_but_errors() -> None:
    forbidden_roots = {"requests", "urllib3", "sqlite3", "socket", "PySide6", "platformdirs"}
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in _imports(path):
            assert name.split(".")[0] not in forbidden_roots, f"{path.name} imports {name}"
            if name.startswith("reader.") and not name.startswith("reader.core"):
                assert name == "reader.errors", f"{path.name} imports {name}"
