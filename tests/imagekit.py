"""Hostile and huge images for tests, made with zlib and struct (no image library needed)."""

from __future__ import annotations

import struct
import zlib

SVG_USE_BOMB = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
    b'xmlns:xlink="http://www.w3.org/1999/xlink" width="32" height="32"><defs>'
    b'<path id="a0" d="M0,0 L1,1"/>'
    + b"".join(
        b'<g id="a%d">' % i + b'<use xlink:href="#a%d"/>' % (i - 1) * 10 + b"</g>"
        for i in range(1, 12)
    )
    + b'</defs><use xlink:href="#a11"/></svg>'
)
"""A nested ``<use>`` bomb: 10^11 paths to draw from about 4 kB (the drill's icon)."""


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header(width: int, height: int, colour_type: int = 2) -> bytes:
    """A PNG signature and IHDR chunk (8 bits a sample)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)


def big_png(width: int, height: int, rgb: tuple[int, int, int] = (40, 90, 160)) -> bytes:
    """A real, complete RGB PNG of one colour: tiny on disk, ``width * height * 4`` bytes
    once decoded (8000 x 8000 is about 60 kB here and 256 MB in memory)."""
    first = b"\x00" + bytes(rgb) * width
    same = b"\x02" + b"\x00" * (3 * width)  # filter "Up": the row above again
    packer = zlib.compressobj(9)
    parts = [packer.compress(first)] + [packer.compress(same) for _ in range(height - 1)]
    parts.append(packer.flush())
    return png_header(width, height) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def truncated_png(width: int = 640, height: int = 480) -> bytes:
    """A PNG cut off in the middle of its pixel data."""
    whole = big_png(width, height, (200, 30, 30))
    return whole[: len(whole) // 2]


def gif_many_frames(frames: int = 5000, side: int = 64) -> bytes:
    """A GIF89a with ``frames`` frames (a frame bomb for a decoder that reads them all)."""
    header = b"GIF89a" + struct.pack("<HHBBB", side, side, 0xF0, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    # one frame: graphic control (no delay), descriptor, LZW min size 2, a tiny data block
    frame = (
        b"\x21\xf9\x04\x00\x00\x00\x00\x00"
        + b"\x2c"
        + struct.pack("<HHHHB", 0, 0, side, side, 0)
        + b"\x02\x02\x44\x01\x00"
    )
    return header + loop + frame * frames + b"\x3b"


GARBAGE = bytes(range(256)) * 8
"""Bytes that are no image at all."""
