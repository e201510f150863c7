"""Write the bad input files of this folder, deterministically.

Run ``python tests/extractors/make_bad_files.py`` from the repository root.
Each file is named ``<expected_error_code>__<description>.<ext>``; the test
``tests/extractors/test_bad_files.py`` loads every one and expects that code.

``file_too_large__50mb.txt`` is about 50 MB, so it is not committed (see
``.gitignore`` here): the test calls ``ensure_large_file()`` to write it when
it is missing. The PDF files of this folder are written by another generator.
"""

from __future__ import annotations

import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "bad"
LARGE_FILE = "file_too_large__50mb.txt"
_DATE = (2023, 5, 14, 14, 30, 0)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOC_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}"><w:body>'
_DOC_TAIL = "</w:body></w:document>"

_PARAGRAPHS = (
    "SUDDEN DEATH REPORT",
    "Name of deceased: Alan PARTRIDGE",
    "Time found: 07:45 on 14/05/2023",
    "Circumstances: The deceased was found by his neighbour at the flat in Norwich Road.",
    "Next of kin: brother, informed in person by PC 1234AB at 11:00.",
)


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def small_docx() -> bytes:
    """A valid minimal .docx with a few paragraphs, fixed timestamps."""
    path = HERE / ".tmp.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(_info("[Content_Types].xml"), _CONTENT_TYPES)
        zf.writestr(_info("_rels/.rels"), _RELS)
        body = "".join(_paragraph(p) for p in _PARAGRAPHS * 20)
        zf.writestr(_info("word/document.xml"), _DOC_HEAD + body + _DOC_TAIL)
    data = path.read_bytes()
    path.unlink()
    return data


def write_bomb(path: Path, expanded_mb: int = 300) -> None:
    """A well-formed .docx whose document.xml expands to ``expanded_mb`` MB
    (about 1000:1: paragraphs separated by long runs of spaces, which is still
    well-formed XML), written in chunks so that generating it stays cheap."""
    chunk = _paragraph("The deceased was found at home.") + " " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compresslevel=9) as zf:
        zf.writestr(_info("[Content_Types].xml"), _CONTENT_TYPES)
        zf.writestr(_info("_rels/.rels"), _RELS)
        with zf.open(_info("word/document.xml"), "w", force_zip64=True) as member:
            member.write(_DOC_HEAD.encode())
            written = 0
            data = chunk.encode()
            while written < expanded_mb * 1024 * 1024:
                member.write(data)
                written += len(data)
            member.write(_DOC_TAIL.encode())


def ensure_large_file() -> Path:
    """Write the ~50 MB text file if it is missing; return its path."""
    path = HERE / LARGE_FILE
    line = (
        b"14/05/2023 14:30 PC 1234AB JONES: Attended the address with the duty sergeant; "
        b"the scene was secured and the coroner's officer informed.\n"
    )
    size = 50 * 1024 * 1024
    if not path.exists() or path.stat().st_size != size:
        block = line * (1024 * 1024 // len(line) + 1)
        with path.open("wb") as f:
            written = 0
            while written < size:
                part = block[: size - written]
                f.write(part)
                written += len(part)
    return path


def make_all() -> None:
    (HERE / "empty_document__whitespace_only.txt").write_bytes(b"   \n\t\n  \r\n\n     \n")
    rng = random.Random(20230514)
    garbage = bytearray(rng.randbytes(8192))
    garbage[100:104] = b"\x00\x00\x00\x00"
    (HERE / "text_binary__garbage.txt").write_bytes(bytes(garbage))
    good = (
        "Sudden death – Flat 3, Café Row. DC O’Brien attended; the neighbour’s statement was taken. "
        "Next of kin: Zoë Müller (sister), told in person.\n"
    ).encode()
    broken = good * 5 + b"Scene photographs: " + b"\xe2\x80 " + good  # a cut-off ’
    (HERE / "text_encoding__invalid_utf8.txt").write_bytes(broken)
    ensure_large_file()
    write_bomb(HERE / "docx_zip_bomb__bomb.docx")
    docx = small_docx()
    (HERE / "docx_corrupt__truncated_zip.docx").write_bytes(docx[: len(docx) // 2])
    (HERE / "export_missing_columns__no_text_column.csv").write_bytes(
        b"Date/Time,Officer,Rank,Contact Method\r\n"
        b"14/05/2023 14:30,SMITH,DC,phone\r\n"
        b"15/05/2023 09:10,SMITH,DC,visit\r\n"
    )
    (HERE / "export_bad_shape__list_of_numbers.json").write_bytes(b"[1, 2, 3, 42]\n")
    (HERE / "export_bad_value__bad_date.csv").write_bytes(
        b"Date/Time,Officer,Details\r\n"
        b"14/05/2023 14:30,SMITH,Telephoned the sister; arranged a visit.\r\n"
        b"32/13/2023 25:61,SMITH,Visited the family home with the deputy.\r\n"
    )
    exe = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")
    exe += bytes(rng.randrange(256) for _ in range(2032))
    (HERE / "unsupported_format__program.exe").write_bytes(bytes(exe))


if __name__ == "__main__":
    make_all()
    sys.stdout.write("bad files written\n")
