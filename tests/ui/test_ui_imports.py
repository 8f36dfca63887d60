"""The window's helpers stand on their own: none imports the window or the app's start-up, and
the window does not import the start-up (every import counts: inside functions and under
TYPE_CHECKING too)."""

from __future__ import annotations

import ast
from pathlib import Path

import reader.ui

UI = Path(reader.ui.__file__).parent
STARTERS = {"reader.ui.main_window", "reader.ui.app_gui"}
"""Only the start-up (app_gui, and its bench probe) may import the window; nothing imports the
start-up."""
WINDOW_STARTERS = {"reader.ui.app_gui", "reader.ui.startup_probe"}


def _imports(path: Path) -> set[str]:
    """Every ``reader...`` module ``path`` imports, anywhere in the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("reader")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reader"):
            module = str(node.module)
            found.add(module)
            found |= {f"{module}.{a.name}" for a in node.names}
    return found


def test_helpers_never_import_the_window_or_the_start_up() -> None:
    offenders = {}
    for path in sorted(UI.glob("*.py")):
        name = f"reader.ui.{path.stem}"
        allowed = {"reader.ui.main_window"} if name in WINDOW_STARTERS else set()
        wrong = (_imports(path) & STARTERS) - allowed - {name}
        if wrong:
            offenders[name] = sorted(wrong)
    assert offenders == {}
