"""RELIABILITY requirement 4 / F9: "subclass once, lint for bare QLabel( / QMessageBox( /
setToolTip(". Any Qt rich-text widget fed with feed text can crash the app, so outside
``reader/ui/widgets.py`` (PlainLabel, the message-box helpers, plain tooltips):

- a tooltip is set only from our translated strings or through ``plain_tooltip*``;
- a bare ``QLabel`` / ``QMessageBox`` appears only in the files listed below, each with the
  reason it cannot show feed text. A new one fails this test until it uses ``widgets`` or is
  reviewed and listed here.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "reader" / "ui"

REVIEWED_BARE: dict[tuple[str, str], str] = {
    ("settings_dialog.py", "QLabel"): "labels of our own translated words; preview is PlainText",
    ("general_settings.py", "QLabel"): "row labels of our own translated words",
    ("recovery_ui.py", "QMessageBox"): "our words; the damage detail is cleaned (see review R-2)",
    ("widgets.py", "QLabel"): "PlainLabel itself",
    ("widgets.py", "QMessageBox"): "the plain message box helpers",
}
SAFE_TOOLTIP_CALLS = {"tr", "translate", "plain_tooltip", "plain_tooltip_html"}


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _calls(path: Path) -> list[ast.Call]:
    return [
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
    ]


def test_bare_rich_text_widgets_only_where_reviewed() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        for call in _calls(path):
            kind = _name(call.func)
            if kind in ("QLabel", "QMessageBox") and (path.name, kind) not in REVIEWED_BARE:
                found.append(f"{path.name}:{call.lineno}: bare {kind}(")
    assert found == [], "use reader.ui.widgets (PlainLabel / message helpers):\n" + "\n".join(found)


def test_tooltips_are_our_words_or_plain() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "widgets.py":
            continue
        for call in _calls(path):
            if _name(call.func) != "setToolTip" or not call.args:
                continue
            arg = call.args[0]
            if isinstance(arg, ast.Constant) or (
                isinstance(arg, ast.Call) and _name(arg.func) in SAFE_TOOLTIP_CALLS
            ):
                continue
            found.append(f"{path.name}:{call.lineno}: setToolTip({ast.unparse(arg)[:60]})")
    assert found == [], "tooltips with feed text go through plain_tooltip:\n" + "\n".join(found)


def test_the_lint_sees_a_bare_label(tmp_path: Path) -> None:
    """The scan itself works (a test must be able to fail)."""
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QLabel\nx = QLabel(title)\nw.setToolTip(t)\n")
    calls = _calls(sample)
    assert [_name(c.func) for c in calls] == ["QLabel", "setToolTip"]
