"""``Qt``, Qt's namespace of enums, built on first use instead of on import.

PySide6 turns all 93 enums of ``QtCore.Qt`` into Python enum classes the moment the name is
imported: about 119 M instructions (~20 ms), a fifth of what the window adds to a bare PySide6
window before its first frame, and that frame needs none of them. The window's modules import
``Qt`` from here; the real namespace is built the first time one of its enums is read (after the
first frame, when a menu, a key or a click needs one). ``tests/ui/test_window_startup.py`` fails
when something before the first frame reads one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any


class _LazyQt:
    """Stands for ``PySide6.QtCore.Qt``: each enum is fetched from it once, then kept."""

    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt as real  # the first read of an enum builds them all

        value = getattr(real, name)
        setattr(self, name, value)  # from now on a plain attribute: no second look-up
        return value


DISPLAY_ROLE = 0
"""``Qt.ItemDataRole.DisplayRole``: roles are plain ints in the model API, and a model method's
default argument is read when its class is made."""
USER_ROLE = 0x0100
"""``Qt.ItemDataRole.UserRole``, the first role free for our own (module constants)."""
ALIGN_HCENTER = 0x0004
"""``Qt.AlignmentFlag.AlignHCenter``, for ``QPainter.drawText``'s int flags."""
ALIGN_TOP = 0x0020
"""``Qt.AlignmentFlag.AlignTop``, for ``QPainter.drawText``'s int flags."""
TEXT_WORD_WRAP = 0x1000
"""``Qt.TextFlag.TextWordWrap``, for ``QPainter.drawText``'s int flags."""


if TYPE_CHECKING:
    from PySide6.QtCore import Qt as Qt
else:
    Qt = _LazyQt()
