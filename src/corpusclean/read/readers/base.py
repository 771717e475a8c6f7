"""The interface every reader implements, and what it yields."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import ClassVar

from ...config import Config
from ...model import Origin


@dataclass(frozen=True, slots=True)
class Record:
    """One page of an input file, as its reader found it."""

    id: str  # the page id: the file's path, or "<file>/<record id>"
    data: bytes | None  # the page's bytes; None when the record cannot be used (see error)
    kind: str | None = None  # "html" or "text"; None: from the file name, else the bytes
    url: str | None = None
    error: str = ""  # why the record cannot be used, for a person
    code: str = ""  # the error rule (too_large, bad_record, ...)
    charset: str | None = None  # the charset its transport declared (a WARC response's HTTP header)
    origin: Origin | None = None  # the input's own id, dates and metadata for it, carried to the output


@dataclass(slots=True)
class Records:
    """What a reader found in one file."""

    records: list[Record] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # records that are not pages, by kind
    failure: tuple[str, str] | None = None  # (message, code): reading stopped; an error page for the file


class Reader:
    """One input format. ``read`` never raises for bad input: damage is a failure or an error record."""

    #: File name endings (lower case) this reader takes.
    suffixes: ClassVar[tuple[str, ...]] = ()
    #: Archives hold many pages: the per-page size limit applies to their records, not the file.
    whole_file: ClassVar[bool] = True

    def read(self, rel: str, data: bytes, config: Config) -> Records:
        raise NotImplementedError
