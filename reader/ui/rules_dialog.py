"""The rule editor: rules on the left, one rule's form on the right, and below it, live, how many
stored articles the rule would match (FTS5 for word rules on titles and text) and a few of them.

Rules act when articles arrive; "Apply to existing articles" runs one over what is stored now.
Reads go to the GUI's store; every write goes through the user writes (in their thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.rules import Action, Field, Kind, Rule, RuleError, check
from reader.errors import ReaderError
from reader.ui.widgets import PlainLabel, one_line, plain_tooltip_html

if TYPE_CHECKING:
    from reader.store.db import Store
    from reader.ui.user_writes import Change, UserWrites

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 250
"""The preview follows the form this long after the last change."""
SAMPLE = 5


class RulesDialog(QDialog):
    """Make, change, delete and apply filter rules."""

    def __init__(self, store: Store, writes: UserWrites, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Rules"))
        self._store = store
        self._writes = writes
        self._rules: list[Rule] = []
        self._editing = 0
        self.preview_count: int | None = None
        """The count the preview shows now (None while there is none: for tests and screenshots)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        layout = QHBoxLayout(self)
        layout.addLayout(self._make_list(), 1)
        layout.addLayout(self._make_form(), 2)
        self.resize(820, 480)
        self.reload()
        self.new_rule()

    def _make_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.rule_list = QListWidget()
        self.rule_list.setObjectName("ruleList")
        self.rule_list.currentRowChanged.connect(self._on_rule_chosen)
        column.addWidget(self.rule_list)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New rule"))
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_rule)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        return column

    def _make_form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.field = QComboBox()
        for value, text in (
            (Field.TITLE, self.tr("Title")),
            (Field.TEXT, self.tr("Text")),
            (Field.ANY, self.tr("Title or text")),
            (Field.AUTHOR, self.tr("Author")),
            (Field.LINK, self.tr("Link")),
            (Field.FEED, self.tr("Feed name")),
        ):
            self.field.addItem(text, value.value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Contains the words"), Kind.WORDS.value)
        self.kind.addItem(self.tr("Matches the regular expression"), Kind.REGEX.value)
        self.pattern = QLineEdit()
        self.pattern.setObjectName("rulePattern")
        self.pattern.setPlaceholderText(self.tr("For example: football transfer*"))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Look at:"), self.field)
        form.addRow(self.tr("How:"), self.kind)
        form.addRow(self.tr("Pattern:"), self.pattern)
        form.addRow(self.tr("Then:"), self._make_actions())
        self.enabled = QCheckBox(self.tr("Active for new articles"))
        self.enabled.setChecked(True)
        form.addRow("", self.enabled)
        column.addLayout(form)
        self.preview_label = PlainLabel("")  # quotes patterns and errors: plain text
        self.preview_label.setObjectName("rulePreview")
        self.preview_label.setWordWrap(True)
        self.sample = QListWidget()
        self.sample.setObjectName("ruleSample")
        self.sample.setMaximumHeight(120)
        column.addWidget(self.preview_label)
        column.addWidget(self.sample)
        column.addLayout(self._make_buttons())
        for widget in (self.pattern, self.tag):
            widget.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.field, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        return column

    def _make_actions(self) -> QVBoxLayout:
        self.checks: dict[Action, QCheckBox] = {}
        for action, text in (
            (Action.READ, self.tr("Mark read")),
            (Action.STAR, self.tr("Star")),
            (Action.HIDE, self.tr("Hide (never listed)")),
            (Action.TAG, self.tr("Tag:")),
            (Action.NOTIFY, self.tr("Notify")),
        ):
            self.checks[action] = QCheckBox(text)
        self.tag = QLineEdit()
        self.tag.setEnabled(False)
        self.checks[Action.TAG].toggled.connect(self.tag.setEnabled)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.checks[Action.TAG])
        tag_row.addWidget(self.tag, 1)
        actions = QVBoxLayout()
        for action in (Action.READ, Action.STAR, Action.HIDE):
            actions.addWidget(self.checks[action])
        actions.addLayout(tag_row)
        actions.addWidget(self.checks[Action.NOTIFY])
        return actions

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply to existing articles"))
        self.apply_button.clicked.connect(self.apply_to_existing)
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(buttons)
        return row

    # -- the list ------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the rules again; select the one with id ``select`` (or keep the row)."""
        try:
            self._rules = self._store.rules()
        except ReaderError as exc:
            self.preview_label.setText(str(exc))
            return
        row = self.rule_list.currentRow()
        blocker = self.rule_list.blockSignals(True)
        self.rule_list.clear()
        for rule in self._rules:
            text = one_line(rule.name or rule.pattern, 80)
            if not rule.enabled:
                text = self.tr("%1 (off)").replace("%1", text)
            self.rule_list.addItem(QListWidgetItem(text))
        ids = [r.id for r in self._rules]
        if select in ids:
            row = ids.index(select)
        self.rule_list.setCurrentRow(min(row, len(ids) - 1))
        self.rule_list.blockSignals(blocker)

    def _on_rule_chosen(self, row: int) -> None:
        if 0 <= row < len(self._rules):
            self.show_rule(self._rules[row])

    def new_rule(self) -> None:
        """An empty form for a new rule."""
        self.rule_list.setCurrentRow(-1)
        self.show_rule(Rule(Field.TITLE, Kind.WORDS, "", frozenset({Action.READ})))
        self.pattern.setFocus()

    def show_rule(self, rule: Rule) -> None:
        """Put ``rule`` in the form."""
        self._editing = rule.id
        self.name.setText(rule.name)
        self.field.setCurrentIndex(max(0, self.field.findData(rule.field.value)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule.kind.value)))
        self.pattern.setText(rule.pattern)
        for action, box in self.checks.items():
            box.setChecked(action in rule.actions)
        self.tag.setText(rule.tag)
        self.enabled.setChecked(rule.enabled)
        self.delete_button.setEnabled(bool(rule.id))
        self.update_preview()

    def rule(self) -> Rule:
        """The rule as the form has it."""
        return Rule(
            field=Field(self.field.currentData()),
            kind=Kind(self.kind.currentData()),
            pattern=self.pattern.text(),
            actions=frozenset(a for a, box in self.checks.items() if box.isChecked()),
            tag=self.tag.text().strip(),
            name=self.name.text().strip(),
            enabled=self.enabled.isChecked(),
            id=self._editing,
        )

    # -- preview -------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Count the stored articles the form's rule matches, and list the newest few."""
        self._timer.stop()
        self.sample.clear()
        self.preview_count = None
        rule = self.rule()
        if not rule.pattern.strip():
            self.preview_label.setText(self.tr("Type words or a pattern to see what it matches."))
            return
        try:
            preview = self._store.preview_rule(rule, limit=SAMPLE)
        except RuleError as exc:
            self.preview_label.setText(self.tr("This rule cannot work: %1").replace("%1", str(exc)))
            return
        except ReaderError as exc:
            self.preview_label.setText(str(exc))
            return
        self.preview_count = preview.count
        count = QLocale().toString(preview.count)
        if preview.scanned is None:
            text = self.tr("Stored articles it matches: %1").replace("%1", count)
        else:
            text = (
                self.tr("Of the newest %2 articles, it matches: %1")
                .replace("%1", count)
                .replace("%2", QLocale().toString(preview.scanned))
            )
        if preview.too_slow:
            text += " " + self.tr("The pattern is too slow on some articles: they are skipped.")
        self.preview_label.setText(text)
        for article in preview.sample:
            item = QListWidgetItem(one_line(article.title, 200) or "—")
            item.setToolTip(plain_tooltip_html(article.feed_title))
            self.sample.addItem(item)

    # -- writes --------------------------------------------------------------------------
    def _checked(self) -> Rule | None:
        rule = self.rule()
        try:
            check(rule)
        except RuleError as exc:
            self.preview_label.setText(self.tr("This rule cannot work: %1").replace("%1", str(exc)))
            return None
        return rule

    def save(self) -> None:
        """Write the form's rule (new or changed); it acts on articles that arrive from now on."""
        rule = self._checked()
        if rule is None:
            return
        saved: list[Rule] = []

        def done() -> None:
            self.reload(select=saved[0].id if saved else None)
            if saved:
                self._editing = saved[0].id
                self.delete_button.setEnabled(True)
            self.preview_label.setText(self.tr("Saved. It acts on articles as they arrive."))

        self._submit(self.tr("Save rule"), lambda store: saved.append(store.save_rule(rule)), done)

    def apply_to_existing(self) -> None:
        """Run the form's rule over every stored article now."""
        rule = self._checked()
        if rule is None:
            return
        hits: list[int] = []

        def done() -> None:
            count = QLocale().toString(hits[0] if hits else 0)
            self.preview_label.setText(
                self.tr("Applied. Articles it matched: %1").replace("%1", count)
            )

        self.preview_label.setText(self.tr("Applying…"))
        self._submit(self.tr("Apply rule"), lambda store: hits.append(store.apply_rule(rule)), done)

    def delete_rule(self) -> None:
        """Delete the rule in the form (what it did stays)."""
        rule_id = self._editing
        if not rule_id:
            return

        def done() -> None:
            self.reload()
            self.new_rule()

        self._submit(self.tr("Delete rule"), lambda store: store.remove_rule(rule_id), done)

    def _submit(self, label: str, change: Change, done: Callable[[], None]) -> None:
        def failed(words: str) -> None:
            self.preview_label.setText(f"{label}: {words}")

        self._writes.submit(label, change, on_done=done, on_failed=failed)
