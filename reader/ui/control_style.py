"""Controls whose edges can be seen in every reading mode (WCAG 2.1 non-text contrast, 3:1).

Fusion draws the outline of check boxes, radio buttons, fields, buttons, combo and spin boxes
in the window colour made 40 % darker: about 2:1 on a light window, 1.1:1 on a dark one (an
unselected radio button in Dark could not be seen). :class:`ContrastStyle` keeps Fusion's
drawing and draws each control's edge again in :func:`outline_colour`: the palette's text
colour mixed toward the window colour only as far as 3:1 against both the window and the
field (base) colour still holds, so it follows any palette, the desktop's included.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QWidget,
)

from reader.core.render.palette import contrast_ratio
from reader.ui.lazy_qt import Qt

TARGET = 4.0
"""Above 3:1, so anti-aliased (round) edges still reach it."""

_FRAMED = {
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
}
_INDICATORS = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
}
_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
}


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved toward ``b`` by ``t`` (0..1)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


@lru_cache(maxsize=32)
def _outline(text: str, window: str, base: str) -> str:
    fg, bg = QColor(text), QColor(window)
    best = text
    for step in range(0, 90, 2):
        candidate = _mix(fg, bg, step / 100).name()
        if min(contrast_ratio(candidate, window), contrast_ratio(candidate, base)) < TARGET:
            break
        best = candidate
    return best


def outline_colour(palette: QPalette) -> QColor:
    """The edge colour of controls in ``palette``: as quiet as 3:1 on window and base allows."""
    text = palette.color(QPalette.ColorRole.WindowText).name()
    window = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    return QColor(_outline(text, window, base))


class ContrastStyle(QProxyStyle):
    """Fusion with control edges drawn in :func:`outline_colour` (see the module's note)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing, then the edge of the controls it draws too faintly."""
        super().drawPrimitive(element, option, painter, widget)
        if element in _INDICATORS:
            round_ = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            self._edge(painter, option, round_=round_, inset=1.0)
        elif element in _FRAMED:
            flat = QStyleOptionButton.ButtonFeature.Flat
            if isinstance(option, QStyleOptionButton) and option.features & flat:
                return
            self._edge(painter, option, radius=2.0)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing, then the edge of combo boxes, spin boxes and slider handles."""
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX:
            self._edge(painter, option, radius=2.0)
        elif control == QStyle.ComplexControl.CC_Slider and widget is not None:
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)
            self._edge(painter, option, radius=2.0, rect=QRectF(handle))

    def _edge(
        self,
        painter: QPainter,
        option: QStyleOption,
        *,
        round_: bool = False,
        radius: float = 0.0,
        inset: float = 0.0,
        rect: QRectF | None = None,
    ) -> None:
        area = QRectF(option.rect) if rect is None else rect
        area = area.adjusted(0.5 + inset, 0.5 + inset, -0.5 - inset, -0.5 - inset)
        if area.width() < 4 or area.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_ or radius > 0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(outline_colour(option.palette), 1.0))
        if round_:
            painter.drawEllipse(area)
        elif radius:
            painter.drawRoundedRect(area, radius, radius)
        else:
            painter.drawRect(area)
        painter.restore()
