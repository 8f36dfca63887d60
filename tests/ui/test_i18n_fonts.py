"""Every interface language renders with real glyphs: no text of a translation draws the
missing-glyph box, with the window's font and Qt's font fallback (one case per language, grouped
by script family: Latin, Cyrillic, Arabic, Hebrew, Devanagari, Bengali, Tamil, CJK).

The check lays the text out as the widgets do (``QTextLayout``) and looks at every glyph drawn:
glyph 0 is a font's ``.notdef`` box, and a glyph whose picture equals the picture Qt draws for a
code point no font has (U+10FFFD) is the box too. The text is also painted to an offscreen image.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from reader.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
WS = QFontDatabase.WritingSystem
SCRIPT: dict[str, QFontDatabase.WritingSystem] = {
    "zh_CN": WS.SimplifiedChinese, "zh_TW": WS.TraditionalChinese, "ja": WS.Japanese,
    "ko": WS.Korean, "hi": WS.Devanagari, "bn": WS.Bengali, "ta": WS.Tamil, "ar": WS.Arabic,
    "fa": WS.Arabic, "ur": WS.Arabic, "he": WS.Hebrew, "ru": WS.Cyrillic, "uk": WS.Cyrillic,
    "vi": WS.Vietnamese,
}  # fmt: skip
"""The writing system a language needs a font for (Latin for the others)."""
MISSING = "\U0010fffd"
"""A private-use code point no font draws."""


def _texts(code: str) -> list[str]:
    """Every translated text of a language, and its own name, as the window shows them."""
    texts = [i18n.LANGUAGES[code]]
    for message in ET.parse(I18N / f"broadsheet_{code}.ts").getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        texts += [t.replace("&", "").replace("%Ln", "12") for t in forms if t]
    return texts


def _layout(text: str, font: QFont) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return layout


def _picture(raw: QRawFont, glyph: int) -> bytes:
    image = raw.alphaMapForGlyph(glyph, QRawFont.AntialiasingType.PixelAntialiasing)
    if image.isNull() or image.sizeInBytes() == 0:
        return b"blank"  # a space, a joiner: nothing drawn, and no box either
    bits = image.constBits()
    return bytes(bits) + f"{image.width()}x{image.height()}".encode()


def _box_pictures(font: QFont) -> set[bytes]:
    """How the missing-glyph box looks in ``font`` (and in the fonts it falls back to)."""
    return {
        _picture(run.rawFont(), glyph)
        for run in _layout(MISSING, font).glyphRuns()
        for glyph in run.glyphIndexes()
    }


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The runs of ``text`` drawn as missing-glyph boxes with ``font`` (empty: all real)."""
    boxes = _box_pictures(font)
    bad = []
    for run in _layout(text, font).glyphRuns():
        raw = run.rawFont()
        notdef = _picture(raw, 0)
        for glyph in run.glyphIndexes():
            picture = _picture(raw, glyph)
            if picture == b"blank" and glyph != 0:
                continue
            if glyph == 0 or picture == notdef or picture in boxes:
                bad.append(f"{raw.familyName()}: {text!r}")
                break
    return bad


def _painted(text: str, font: QFont) -> bool:
    """Paint ``text`` on an offscreen image; True when some ink landed."""
    image = QImage(2000, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    _layout(text, font).draw(painter, QPointF(4, 4))
    painter.end()
    return any(image.pixelColor(x, y).red() < 128 for y in range(0, 60, 2) for x in range(0, 600))


def test_the_box_detector_sees_a_box(qapp: QApplication) -> None:
    assert missing_glyphs(MISSING + "a", qapp.font()) != []
    assert missing_glyphs("Broadsheet", qapp.font()) == []
    # A font that may not fall back draws Japanese, Hindi and Arabic as boxes: seen as such.
    alone = QFont("DejaVu Sans")
    alone.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    if "DejaVu Sans" in QFontDatabase.families():
        for text in ("設定", "सेटिंग", "\u06af\u06be\u0646\u0679\u06d2"):
            assert missing_glyphs(text, alone) != [], text


@pytest.mark.parametrize("code", [c for c in i18n.LANGUAGES if c != "en"])
def test_every_translation_renders_with_real_glyphs(qapp: QApplication, code: str) -> None:
    system = SCRIPT.get(code, WS.Latin)
    if not QFontDatabase.families(system):
        pytest.skip(
            f"no {system.name} font installed (apt-get install fonts-noto-core fonts-noto-cjk;"
            " .ci/run installs them)"
        )
    font = qapp.font()
    fonts: list[Any] = [font, QFont(font.family(), 14, QFont.Weight.Bold)]
    texts = _texts(code)
    for each in fonts:
        assert [bad for text in texts for bad in missing_glyphs(text, each)] == []
    assert _painted(" ".join(texts[:6]), font)


@pytest.mark.parametrize(
    ("code", "face"),
    [("zh_CN", "Noto Sans CJK SC"), ("zh_TW", "Noto Sans CJK TC"), ("ja", "Noto Sans CJK JP"),
     ("ko", "Noto Sans CJK KR")],
)  # fmt: skip
def test_han_characters_take_the_languages_shapes(qapp: QApplication, code: str, face: str) -> None:
    if face not in QFontDatabase.families():
        pytest.skip(f"{face} is not installed (apt-get install fonts-noto-cjk)")
    try:
        i18n.install_language(qapp, code)
        runs = _layout(
            i18n.translate("WindowActions", "&Settings…") + "直骨", qapp.font()
        ).glyphRuns()
        assert {run.rawFont().familyName() for run in runs} == {face}
    finally:
        i18n.install_language(qapp, "en")
    assert "CJK" not in " ".join(qapp.font().families())  # English: the font as it was
