"""Reading an event-notice file: its encoding, its separator, its header and its rows.

Incident-reporting and risk systems export CSV in UTF-8 (with or without a byte
order mark) or in Windows-1252, separated by commas or, in European locales, by
semicolons. Nothing here knows what the columns mean.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from peersupport_desktop.core.sayable import Sayable

_BOM = b"\xef\xbb\xbf"
_SEPARATORS = (",", ";")
_READ_BYTES = 1 << 20


class UnreadableFile(Sayable, ValueError):
    """The file as a whole cannot be read; the message is one sentence, with no content."""


@dataclass(frozen=True, slots=True)
class FileRow:
    line: int  # where the row starts in the file, counting the header as line 1
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NoticeTable:
    headers: tuple[str, ...]
    rows: tuple[FileRow, ...]
    encoding: str
    separator: str


@dataclass(frozen=True, slots=True)
class NoticeStream:
    """A notice file read as it goes: its header at once, its rows one at a time (an
    import of a million rows never holds them all)."""

    headers: tuple[str, ...]
    rows: Iterator[FileRow]  # raises UnreadableFile where the CSV breaks
    encoding: str
    separator: str


def read_table(data: bytes) -> NoticeTable:
    """The header and the rows of a CSV file; blank lines are skipped."""
    stream = stream_table(io.BytesIO(data))
    return NoticeTable(stream.headers, tuple(stream.rows), stream.encoding, stream.separator)


def stream_table(handle: BinaryIO) -> NoticeStream:
    """The header of the open, seekable file, and an iterator over its rows.

    The file is read once through first, in chunks, to settle its encoding (a
    Windows-1252 byte on the last line makes the whole file Windows-1252).
    """
    encoding = _encoding(handle)
    separator = _separator(_first_line(handle, encoding))
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    reader = csv.reader(text, delimiter=separator, strict=True)
    try:
        headers: tuple[str, ...] = ()
        while not any(headers):
            headers = tuple(cell.strip() for cell in next(reader))
    except StopIteration:
        raise UnreadableFile("The file is empty.") from None
    except csv.Error as exc:
        raise UnreadableFile(_csv_problem(exc, reader.line_num)) from None
    named = [h.casefold() for h in headers if h]
    if len(set(named)) < len(named):
        raise UnreadableFile("The file's first line names a column twice.")
    return NoticeStream(headers, _rows(reader), encoding, separator)


def _rows(reader: Any) -> Iterator[FileRow]:
    starts = reader.line_num + 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                yield FileRow(starts, tuple(cells))
            starts = reader.line_num + 1
    except csv.Error as exc:
        raise UnreadableFile(_csv_problem(exc, reader.line_num)) from None
    except UnicodeDecodeError:  # it was whole text a moment ago
        raise UnreadableFile(
            "The file changed while it was read: import it again once it is complete."
        ) from None


def _encoding(handle: BinaryIO) -> str:
    """UTF-8 (with or without its byte order mark), else Windows-1252; the file rewound."""
    bom = handle.read(len(_BOM)) == _BOM
    for encoding in ("utf-8-sig", "cp1252") if bom else ("utf-8", "cp1252"):
        handle.seek(0)
        decoder = codecs.getincrementaldecoder(encoding)()
        empty = True
        try:
            while chunk := handle.read(_READ_BYTES):
                if b"\x00" in chunk:
                    raise UnreadableFile("The file is not a CSV text file.")
                empty = empty and not chunk.strip()
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if bom:
                raise UnreadableFile("The file starts as UTF-8 but is not valid UTF-8.") from None
            continue
        if empty:
            raise UnreadableFile("The file is empty.")
        handle.seek(0)
        return encoding
    raise UnreadableFile("The file is neither UTF-8 nor Windows-1252 text.")


def _first_line(handle: BinaryIO, encoding: str) -> str:
    """The first line that is not blank (the header, unless it has quoted line breaks)."""
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    try:
        for line in text:
            if line.strip():
                return line.rstrip("\r\n")
        return ""
    finally:
        text.detach()  # the handle stays open for the rows
        handle.seek(0)


def _separator(first: str) -> str:
    """The separator that splits the header line into the most columns (comma on a tie)."""
    try:
        counts = {sep: len(next(csv.reader([first], delimiter=sep), [])) for sep in _SEPARATORS}
    except csv.Error as exc:
        raise UnreadableFile(_csv_problem(exc, 1)) from None
    return max(_SEPARATORS, key=lambda sep: (counts[sep], sep == ","))


def _csv_problem(error: csv.Error, line: int) -> str:
    if "field larger than field limit" in str(error):
        return (
            f"Line {line} has a cell longer than {csv.field_size_limit():,} characters: "
            "no notice holds that much, so this is not a notice file."
        )
    return f"The file is not valid CSV near line {line} (a quote out of place?)."
