"""Plain text: decode the bytes, normalise newlines, split pages at form feeds.

The decoded, normalised string is the one every span refers to, so offsets are
honest by construction. Decoding is deterministic (no statistical guessing):

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. BOM-less UTF-16 is recognised by its NUL pattern (ASCII text in UTF-16 has a
   NUL in every other byte);
3. any other NUL byte, or a high share of control bytes, means binary;
4. strict UTF-8;
5. otherwise Windows-1252, unless the bytes hold plausible UTF-8 sequences
   (accented letters, ’ – “ €) next to invalid ones: that file was meant to be
   UTF-8 and is broken, and decoding it as cp1252 would produce mojibake.

Newlines become ``\\n`` (CRLF, CR, U+2028, U+2029); a form feed becomes ``\\n`` too
and starts a new ``Page``. Both replacements are one character for one, so a
page boundary is an exact offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.config import Settings
from auditor.document import Page, Span
from extractors.errors import ErrorCode, ExtractionError
from extractors.extracted import Extracted

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# C0 control bytes other than tab, LF, VT, FF, CR, plus DEL. ESC (0x1b) and
# SUB (0x1a, the DOS end-of-file mark) do occur in old text files but are rare.
_CONTROL = frozenset([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.02

_UTF16_SAMPLE = 4096
_UTF8_PLAUSIBLE = re.compile(
    # Two-byte sequences for U+00A0-U+017F (Latin-1 letters and signs, Latin
    # Extended-A) and three-byte sequences for U+2000-U+206F (dashes, quotes,
    # ellipsis), U+20AC (euro) and U+2122 (trade mark). Windows-1252 text
    # almost never produces these byte pairs by accident.
    rb"\xc2[\xa0-\xbf]|[\xc3-\xc5][\x80-\xbf]|\xe2\x80[\x80-\xbf]|\xe2\x81[\x80-\xaf]|\xe2\x82\xac|\xe2\x84\xa2"
)
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded, newline-normalised text and the encoding that produced it."""

    text: str
    encoding: str


def extract(data: bytes, settings: Settings) -> Extracted:
    decoded = decode(data)
    text = decoded.text.replace("\f", "\n")
    if not text.strip():
        raise ExtractionError(ErrorCode.EMPTY_DOCUMENT, "the file holds no text, only whitespace")
    return Extracted(
        text=text,
        format="text",
        pages=_pages(decoded.text),
        encoding=decoded.encoding,
    )


def decode(data: bytes) -> Decoded:
    """Decode ``data`` as text and normalise its newlines (not its form feeds).

    Raises ``TEXT_BINARY`` or ``TEXT_ENCODING``. Used by every text-based format
    (plain text, CSV, JSON).
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return Decoded(normalise_newlines(_decode_unicode(data[len(bom) :], codec, len(bom))), name)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return Decoded(normalise_newlines(_decode_unicode(data, utf16, 0)), utf16)
    # Not UTF-16, so a NUL byte means binary.
    _refuse_binary(data)
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _UTF8_PLAUSIBLE.search(data):
        raise ExtractionError(
            ErrorCode.TEXT_ENCODING,
            f"the file looks like UTF-8 but has an invalid byte sequence at byte offset {bad}; "
            "it may be damaged or mix two encodings",
        )
    undefined = _CP1252_UNDEFINED.search(data)
    if undefined is not None:
        raise ExtractionError(
            ErrorCode.TEXT_ENCODING,
            f"the file is neither UTF-8 (invalid byte at offset {bad}) nor Windows-1252 "
            f"(undefined byte at offset {undefined.start()})",
        )
    return Decoded(normalise_newlines(data.decode("cp1252")), "cp1252")


def _decode_unicode(body: bytes, codec: str, skipped: int) -> str:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        raise ExtractionError(
            ErrorCode.TEXT_ENCODING,
            f"the file is marked as {codec.upper()} but has an invalid sequence at byte offset "
            f"{exc.start + skipped}",
        ) from None
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ExtractionError(
            ErrorCode.TEXT_BINARY,
            f"the file decodes as {codec.upper()} but {controls} of its {len(text)} characters "
            "are control characters: it is not a text file",
        )
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes sit on one parity only
    and the whole file decodes; otherwise None (and a NUL then means binary)."""
    if len(data) % 2 or len(data) < 4:
        return None
    sample = data[:_UTF16_SAMPLE]
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    codec = None
    if odd > 0.3 * half and even < 0.05 * half:
        codec = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        codec = "utf-16-be"
    if codec is None:
        return None
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


def _refuse_binary(data: bytes) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ExtractionError(
            ErrorCode.TEXT_BINARY,
            f"the file contains a NUL byte at offset {nul}: it is binary, not text",
        )
    controls = sum(data.count(bytes([b])) for b in _CONTROL)
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise ExtractionError(
            ErrorCode.TEXT_BINARY,
            f"{controls} of the file's {len(data)} bytes are control characters: it is binary, not text",
        )


def normalise_newlines(text: str) -> str:
    """CRLF, CR, U+2028 and U+2029 to LF (form feeds are left alone)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def _pages(text: str) -> tuple[Page, ...]:
    """Pages split at form feeds; none when there is no form feed.

    The form feed itself belongs to no page. A last page that is only
    whitespace (``pdftotext`` ends its output with a form feed) is dropped.
    """
    if "\f" not in text:
        return ()
    pages: list[Page] = []
    start = 0
    for number, part in enumerate(text.split("\f"), start=1):
        end = start + len(part)
        pages.append(Page(number=number, span=Span(start, end)))
        start = end + 1
    if len(pages) > 1 and not text[pages[-1].span.start :].strip():
        pages.pop()
    return tuple(pages)
