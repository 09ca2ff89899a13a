#!/usr/bin/env python3
"""Draws packaging/icon.png, the packages' icon: a white tick on the neutral brand blue, 128 px square.

Standard library only, so anyone can redraw it: python3 packaging/make-icon.py
"""
import pathlib
import struct
import zlib

SIZE = 128
BACKGROUND = (0x1d, 0x70, 0xb8)
TICK = (0xff, 0xff, 0xff)
# The tick: two strokes, as (x0, y0) -> (x1, y1), and their half width in pixels.
STROKES = [((30, 66), (54, 90)), ((54, 90), (100, 40))]
HALF_WIDTH = 9


def distance_to_segment(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    cx, cy = ax + t * dx, ay + t * dy
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5


def pixel(x, y):
    near = min(distance_to_segment(x + 0.5, y + 0.5, a, b) for a, b in STROKES)
    # One pixel of soft edge, so the tick is not jagged.
    cover = max(0.0, min(1.0, HALF_WIDTH + 0.5 - near))
    return bytes(round(bg + (fg - bg) * cover) for bg, fg in zip(BACKGROUND, TICK))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


rows = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9))
       + chunk(b"IEND", b""))
pathlib.Path(__file__).with_name("icon.png").write_bytes(png)
