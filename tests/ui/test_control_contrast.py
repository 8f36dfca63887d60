"""Every control's edge reaches 3:1 against its background in every reading mode (WCAG 2.1
non-text contrast; issue 11 bug 9): the controls are rendered and their edge pixels measured."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.render.palette import contrast_ratio
from reader.ui import themes

MODES = ["light", "sepia", "dark", "system"]


@pytest.fixture
def app(qapp: QApplication) -> Any:
    yield qapp
    themes.apply_theme(qapp, "light")


def _indicator(element: QStyle.SubElement) -> Callable[[QWidget], QRect]:
    def rect(widget: QWidget) -> QRect:
        option = QStyleOptionButton()
        option.initFrom(widget)
        return widget.style().subElementRect(element, option, widget)

    return rect


def _slider_handle(widget: QWidget) -> QRect:
    assert isinstance(widget, QSlider)
    option = QStyleOptionSlider()
    widget.initStyleOption(option)
    return widget.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, widget
    )


def _whole(widget: QWidget) -> QRect:
    return widget.rect()


def _controls() -> list[tuple[str, QWidget, Callable[[QWidget], QRect]]]:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 10)
    slider.setValue(3)
    combo = QComboBox()
    combo.addItems(["Medium", "Wide"])
    return [
        ("check box", QCheckBox("Refresh at start"), _indicator(QStyle.SubElement.SE_CheckBoxIndicator)),
        ("radio button", QRadioButton("Dark"), _indicator(QStyle.SubElement.SE_RadioButtonIndicator)),
        ("line edit", QLineEdit(), _whole),
        ("push button", QPushButton("Subscribe"), _whole),
        ("combo box", combo, _whole),
        ("spin box", QSpinBox(), _whole),
        ("slider handle", slider, _slider_handle),
    ]  # fmt: skip


def edge_contrast(image: QImage, rect: QRect, background: QColor) -> float:
    """The weakest side of ``rect``'s edge: on each side, at its middle, the strongest contrast
    against ``background`` of the pixels from 3 px outside the edge to 3 px inside."""
    centre = rect.center()
    sides = {
        "left": [QPoint(rect.left() + d, centre.y()) for d in range(-3, 4)],
        "right": [QPoint(rect.right() + d, centre.y()) for d in range(-3, 4)],
        "top": [QPoint(centre.x(), rect.top() + d) for d in range(-3, 4)],
        "bottom": [QPoint(centre.x(), rect.bottom() + d) for d in range(-3, 4)],
    }
    weakest = 21.0
    for points in sides.values():
        inside = [p for p in points if image.rect().contains(p)]
        best = max(contrast_ratio(QColor(image.pixel(p)).name(), background.name()) for p in inside)
        weakest = min(weakest, best)
    return weakest


@pytest.mark.parametrize("mode", MODES)
def test_every_control_edge_reaches_3_to_1(app: QApplication, qtbot: QtBot, mode: str) -> None:
    themes.apply_theme(app, mode)
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    layout.setContentsMargins(12, 12, 12, 12)
    controls = _controls()
    for name, widget, _rect in controls:
        layout.addRow(name, widget)
    form.resize(360, 320)
    form.show()
    qtbot.waitExposed(form)
    image = form.grab().toImage()
    background = QColor(image.pixel(2, 2))  # the window colour around the controls
    assert background == app.palette().window().color()
    weak = {}
    for name, widget, rect_of in controls:
        rect = rect_of(widget).translated(widget.mapTo(form, QPoint(0, 0)))
        ratio = edge_contrast(image, rect, background)
        if ratio < 3.0:
            weak[name] = round(ratio, 2)
    assert weak == {}, f"{mode}: edges below 3:1: {weak}"
