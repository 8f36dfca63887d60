"""Broadsheet's app icons: render the SVG master to PNGs, and pack PNGs into .ico and .icns.

    python packaging/icons.py render [--check]   # resources/icons/broadsheet.svg -> broadsheet-<N>.png
    python packaging/icons.py ico OUT.ico         # Windows icon from the committed PNGs
    python packaging/icons.py icns OUT.icns       # macOS icon from the committed PNGs

``render`` uses Qt's SVG renderer (PySide6 is a dependency anyway); ``ico`` and ``icns`` are plain
Python (both formats can hold PNG data as is), so the build needs neither Pillow nor ImageMagick.
``render --check`` exits 1 when a committed PNG no longer matches the SVG.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
MASTER = ICON_DIR / "broadsheet.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types that hold PNG data, by pixel size (several types share a size: @2x variants).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_path(size: int, folder: Path = ICON_DIR) -> Path:
    """The PNG of one size next to the master."""
    return folder / f"broadsheet-{size}.png"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; ValueError when it is not a PNG."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    count = len(pngs)
    header = struct.pack("<HHH", 0, 1, count)
    offset = 6 + 16 * count
    directory = b""
    images = b""
    for size in sorted(pngs):
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """The (size, image bytes) entries of an .ico (for tests and checks)."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1:
        raise ValueError("not an .ico file")
    entries = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        entries.append((side or 256, data[offset : offset + length]))
    return entries


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """An .icns holding the PNG element types whose size is available."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, payload) elements of an .icns (for tests and checks)."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an .icns file")
    elements = []
    pos = 8
    while pos < len(data):
        kind = data[pos : pos + 4]
        (length,) = struct.unpack(">I", data[pos + 4 : pos + 8])
        elements.append((kind, data[pos + 8 : pos + length]))
        pos += length
    return elements


def load_pngs(sizes: tuple[int, ...], folder: Path = ICON_DIR) -> dict[int, bytes]:
    """The committed PNGs of ``sizes``; checks each one's dimensions."""
    pngs = {}
    for size in sizes:
        data = png_path(size, folder).read_bytes()
        if png_size(data) != (size, size):
            raise ValueError(f"{png_path(size, folder)} is not {size}x{size}")
        pngs[size] = data
    return pngs


def render(master: Path, sizes: tuple[int, ...]) -> dict[int, object]:
    """Render the SVG at each size with Qt; returns QImages by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(master))
    if not renderer.isValid():
        raise ValueError(f"{master} is not a valid SVG")
    images: dict[int, object] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        images[size] = image
    return images


def _differs(a: object, b: object, tolerance: int = 8) -> bool:
    """True when two QImages differ by more than ``tolerance`` in any channel of any pixel."""
    from PySide6.QtGui import QImage

    assert isinstance(a, QImage) and isinstance(b, QImage)
    if a.size() != b.size():
        return True
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    for y in range(a.height()):
        row_a = bytes(a.constScanLine(y))[: a.width() * 4]  # type: ignore[call-overload]
        row_b = bytes(b.constScanLine(y))[: b.width() * 4]  # type: ignore[call-overload]
        if any(abs(x - z) > tolerance for x, z in zip(row_a, row_b, strict=True)):
            return True
    return False


def cmd_render(check: bool, master: Path = MASTER, folder: Path = ICON_DIR) -> int:
    """Write (or with ``check``, compare) the PNGs rendered from the master."""
    from PySide6.QtGui import QImage

    stale = []
    for size, image in render(master, SIZES).items():
        assert isinstance(image, QImage)
        target = png_path(size, folder)
        if check:
            if not target.exists() or _differs(QImage(str(target)), image):
                stale.append(target.name)
        elif not image.save(str(target), b"PNG"):
            raise OSError(f"could not write {target}")
    if stale:
        print("out of date with the SVG: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line of this script."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    render_p = sub.add_parser("render", help="render the SVG master to PNGs")
    render_p.add_argument("--check", action="store_true", help="only compare; exit 1 if stale")
    ico_p = sub.add_parser("ico", help="write a Windows .ico")
    ico_p.add_argument("out", type=Path)
    icns_p = sub.add_parser("icns", help="write a macOS .icns")
    icns_p.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "render":
        return cmd_render(args.check)
    if args.command == "ico":
        args.out.write_bytes(build_ico(load_pngs(ICO_SIZES)))
    else:
        args.out.write_bytes(build_icns(load_pngs(tuple(sorted({s for _, s in ICNS_TYPES})))))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
