"""Generate the bad PDF fixtures in this folder (deterministic, small).

Run: .venv/bin/python tests/extractors/make_bad_pdfs.py
Each file is named ``<expected_error_code>__<description>.pdf``.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent / "bad"


def _pdf(draw, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=0, **kwargs)
    draw(c)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _text_page(c: canvas.Canvas) -> None:
    y = 800
    for n in range(30):
        c.drawString(72, y, f"Line {n + 1}: synthetic text for a test fixture, no real person named.")
        y -= 20


def _image_only(c: canvas.Canvas) -> None:
    # A small greyscale bitmap drawn as an inline image: no text operators at all.
    from reportlab.lib.utils import ImageReader

    size = 16
    raw = bytes((x * 16 + y * 8) % 256 for y in range(size) for x in range(size))
    try:
        from PIL import Image

        image = Image.frombytes("L", (size, size), raw)
        c.drawImage(ImageReader(image), 72, 500, width=300, height=300)
    except ImportError:  # pragma: no cover - Pillow is a reportlab dependency
        c.rect(72, 500, 300, 300, fill=1)


def main() -> None:
    (HERE / "empty_file__zero_byte.pdf").write_bytes(b"")
    whole = _pdf(_text_page)
    (HERE / "pdf_truncated__cut_in_half.pdf").write_bytes(whole[: len(whole) // 2])
    garbage = bytes((i * 37 + 11) % 256 for i in range(2048))
    (HERE / "pdf_corrupt__garbage_body.pdf").write_bytes(b"%PDF-1.7\n" + garbage + b"\n%%EOF\n")
    (HERE / "pdf_encrypted__password.pdf").write_bytes(_pdf(_text_page, encrypt="fixture-password"))
    (HERE / "pdf_needs_ocr__image_only.pdf").write_bytes(_pdf(_image_only))


if __name__ == "__main__":
    main()
