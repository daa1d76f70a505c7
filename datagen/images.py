"""Saving product illustrations as small PNGs."""

import io
from pathlib import Path

from PIL import Image

MAX_BYTES = 40 * 1024


def png_bytes(image: Image.Image) -> bytes:
    """Encode `image` as an optimised PNG of at most `MAX_BYTES`, reducing colours until it fits."""
    image = image.convert("RGB")
    for colors in (None, 128, 64, 32, 16):
        candidate = (
            image if colors is None else image.quantize(colors=colors, method=Image.Quantize.MEDIANCUT)
        )
        buffer = io.BytesIO()
        candidate.save(buffer, format="PNG", optimize=True)
        if buffer.tell() <= MAX_BYTES:
            return buffer.getvalue()
    raise ValueError(f"illustration does not fit in {MAX_BYTES} bytes even with 16 colours")


def save_png(image: Image.Image, path: Path) -> int:
    data = png_bytes(image)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)
