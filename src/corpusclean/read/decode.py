"""Bytes to text: bounded decompression, binary detection, BOM, declared charset, detection.

The decoded text, after `repair`, is the page's *source text*: every offset in the manifest
points into it, and `verify` recomputes it from the raw bytes with the same functions.
"""

from __future__ import annotations

import codecs
import math
import re
import zlib
from collections import Counter

from ..errors import PageError
from .alphabets import LATIN_FAMILY, best_latin_page

# Magic numbers of formats that are never pages: said by name so the error row is useful.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xca\xfe\xba\xbe", "a Mach-O or Java class file"),
    (b"RIFF", "a RIFF (WAV/WebP/AVI) file"),
    (b"\x1f\x8b", "gzip data compressed a second time"),  # the first layer is undone before this check
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
)
# Two-letter signatures also begin ordinary text ("MZ Wallace bags ..."): a real DOS/PE
# header has NUL bytes within its first 64 bytes, text does not.
_NEEDS_NUL = frozenset({b"MZ"})

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)


def text_bytes(text: str) -> bytes:
    """A str's UTF-8 bytes. A str may hold lone surrogates (os.fsdecode, a JSON "\\ud800"):
    they are no text, and become U+FFFD as an undecodable byte would. Encoded as they are
    ("surrogatepass") they would make the bytes invalid UTF-8, and the whole page would go
    to a charset guess that reads its every accented letter as another alphabet."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # one U+FFFD per lone surrogate (not one per byte of it)
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing to expand past `limit` bytes (gzip bombs).

    Every member of a multi-member file is read (concatenated .gz files are valid gzip, and
    `gzip -d` reads them all); the limit bounds their total.
    """
    out: list[bytes] = []
    size = 0
    rest = data
    while True:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = d.decompress(rest, limit + 1 - size)
        except zlib.error as e:
            raise PageError(f"corrupt gzip data ({e})", "bad_gzip") from None
        out.append(chunk)
        size += len(chunk)
        if size > limit:
            raise PageError(
                f"gzip expands past the page size limit of {limit:,} bytes (a gzip bomb or a dump); "
                "raise --max-bytes to read it",
                "too_large",
            )
        if not d.eof:
            raise PageError("truncated gzip file: the compressed stream ends early", "bad_gzip")
        rest = d.unused_data
        # Anything after the last member that is not another member (NUL padding from tape
        # or block devices, as `gzip -d` allows) is not part of the page.
        if not rest.startswith(b"\x1f\x8b"):
            return b"".join(out)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None when it may be text."""
    head = data[:64]
    for magic, name in _MAGIC:
        if head.startswith(magic) and (magic not in _NEEDS_NUL or b"\x00" in head):
            return name
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime video or HEIF image"
    sample = data[:8192]
    if not sample:
        return None
    if _utf16_without_bom(sample) or _has_bom(sample):
        return None
    if _looks_compressed(sample):
        return "binary data (compressed or encrypted, not text)"
    # Text, even broken text, has almost no C0 control bytes besides \t \n \r \f and ESC.
    # 10% is far above any real page seen in bench/dev (max 0.0%) and far below binaries (>25%).
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) > 0.10:
        return "binary data (not text)"
    return None


def _looks_compressed(sample: bytes) -> bool:
    """Compressed or encrypted bytes without a known header: all 256 byte values, evenly used.

    Text in any encoding is far from that: byte entropy 4.4-5.8 bits in bench/dev pages and
    in Russian, Japanese, Chinese and Korean samples in their legacy encodings, 7.5 at most
    for uniformly random Chinese characters in UTF-16; random and zlib data measure 7.8-8.0.
    Under 1 KB the estimate is too low to tell, and valid UTF-8 is text whatever it measures.
    """
    if len(sample) < 1024:
        return False
    try:  # first, as it settles almost every page at C speed (counting bytes does not)
        sample[:-4].decode("utf-8")  # the last bytes may cut a character in two
    except UnicodeDecodeError:
        pass
    else:
        return False
    n = len(sample)
    entropy = -sum(c / n * math.log2(c / n) for c in Counter(sample).values())
    return entropy >= 7.6


def _has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in _BOMS)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in every other byte, or one alphabet's high byte there."""
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    # 40%: UTF-16 text in a Latin script has ~95% NULs on one side; mixed scripts fewer.
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    for high, low, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if _one_alphabet(high, low) and _reads_as_text(sample, enc):
            return enc
    return None


def _one_alphabet(high: bytes, low: bytes) -> bool:
    """Text in one small alphabet (Cyrillic, Greek, Hebrew, Arabic, an Indic script): every
    code unit's high byte is that block's, or 0 for spaces, digits and punctuation."""
    if 0 not in high:  # not UTF-16 at all (no NUL byte): nothing to count, at C speed
        return False
    top = Counter(high).most_common(2)
    # 95%: a page in one alphabet has no other high byte but a stray symbol or dash; 10
    # distinct low bytes: a line of any alphabet has more (two-byte counters have fewer).
    return (len(top) == 2 and 0 in dict(top) and sum(n for _, n in top) >= 0.95 * len(high)
            and len(set(low)) >= 10)


def _reads_as_text(sample: bytes, enc: str) -> bool:
    text = sample.decode(enc, errors="replace")
    good = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return text.count("\ufffd") <= 0.01 * len(text) and good >= 0.95 * len(text)


def declared_charset(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = codec_name((m.group(1) or m.group(2)).decode("ascii", "replace"))
    # A <meta> that could be read as ASCII is not in UTF-16 or UTF-32 whatever it says:
    # browsers read such a label as UTF-8 (WHATWG, "prescan a byte stream").
    return "utf-8" if name is not None and name.startswith(("utf-16", "utf-32")) else name


#: Labels browsers know that Python's codec registry does not (WHATWG Encoding Standard).
_LABELS = {
    "x-sjis": "cp932", "windows-31j": "cp932", "ms932": "cp932", "x-euc-jp": "euc_jp",
    "windows-874": "cp874", "dos-874": "cp874", "iso-8859-8-i": "iso8859_8", "logical": "iso8859_8",
    "x-cp1252": "cp1252", "x-cp1250": "cp1250", "x-cp1251": "cp1251", "x-gbk": "gb18030",
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman", "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic", "windows-949": "cp949", "x-x-big5": "big5hkscs",
}

#: Codecs whose labels a browser decodes with a superset, as every page that declares them
#: is read there (WHATWG Encoding Standard): "ISO-8859-1" and "US-ASCII" mean Windows-1252,
#: whose 0x80-0x9F are the curly quotes, dashes and ellipses that Latin-1 has as invisible
#: control characters (Apache's default charset for years, so common in crawls).
_SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
    "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs",
    "euc_kr": "cp949", "shift_jis": "cp932",
}


def codec_name(label: str) -> str | None:
    """A charset label (a <meta>'s, an HTTP header's) as Python names the codec a browser
    decodes it with; None when there is no such codec."""
    label = label.strip().lower()
    if label in _LABELS:
        return _LABELS[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def decode(data: bytes, encoding: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text; returns (text, encoding used). Never raises on bad bytes.
    `encoding`: the bytes' encoding when the caller knows it (nothing is guessed then).
    `declared`: the charset the page's transport declared (an HTTP header): it comes before
    the page's own <meta>, as in a browser; valid UTF-8 is read as UTF-8 whatever either says."""
    if encoding is not None:
        return _normalise_newlines(data.decode(encoding, errors="replace")), encoding
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _normalise_newlines(data[len(bom) :].decode(enc, errors="replace")), enc
    u16 = _utf16_without_bom(data[:8192])
    if u16:
        return _normalise_newlines(data.decode(u16, errors="replace")), u16
    try:
        return _normalise_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared or declared_charset(data)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            actual = _misdeclared_latin(data, declared, text)
            if actual is None:
                return _normalise_newlines(text), declared
            return _normalise_newlines(data.decode(actual, errors="replace")), actual
    if _mostly_utf8(data):
        # A page mixing encodings: UTF-8 lines stay UTF-8, the rest are read as Windows-1252,
        # the usual culprit when a UTF-8 template meets legacy content.
        lines = [_decode_line(line) for line in data.split(b"\n")]
        return _normalise_newlines("\n".join(lines)), "utf-8+cp1252"
    enc = _detect(data)
    if enc in LATIN_FAMILY:
        # 50,000 bytes hold a page's accented letters many times over
        enc = best_latin_page(data[:50_000], enc)
    try:
        return _normalise_newlines(data.decode(enc, errors="replace")), enc
    except LookupError:
        return _normalise_newlines(data.decode("cp1252", errors="replace")), "cp1252"


_LATIN_CODECS = frozenset(codecs.lookup(name).name for name in LATIN_FAMILY)


def _misdeclared_latin(data: bytes, declared: str, text: str) -> str | None:
    """The code page of another script (Greek, Cyrillic, ...) a page is written in while it
    declares a Latin one, else None. Old CMS templates say ISO 8859-1 whatever the content
    is written in, and a reading in the declared code page is runs of accented letters
    ("Êáëþò Þñèáôå"): when that reading does not look like a Latin-script language and the
    detector names a code page of another script, the detector is believed."""
    if codecs.lookup(declared).name not in _LATIN_CODECS or _reads_as_latin(text[:200_000]):
        return None
    detected = _detect(data)
    try:
        return None if codecs.lookup(detected).name in _LATIN_CODECS else detected
    except LookupError:
        return None


def _detect(data: bytes) -> str:
    """The legacy encoding of undeclared, non-UTF-8 bytes.

    charset_normalizer ranks candidates by "chaos" and language coherence, and breaks ties by
    name, so Western text (which reads identically in several code pages) comes back as
    cp1250, cp775 or mac_iceland and "crème" turns into "crčme". Windows-1252 is the
    WHATWG default for undeclared legacy pages: prefer it whenever it reads as well as the
    winner, and when the winner is unsure (short text) but cp1252 reads as Latin prose.
    """
    from charset_normalizer import from_bytes

    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None:
        return "cp1252"
    for m in results:
        # 0.01 chaos and 0.05 coherence: the spread between code pages that decode a sample
        # identically or nearly so (measured on French and German samples: 0.0 and 0.023).
        if (m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.05
                and "cp1252" in m.could_be_from_charset):
            return "cp1252"
    # Below 0.4 coherence the winner is a guess: wrong winners on short French and German
    # samples scored 0.32 and less, right ones on Czech and Russian samples 0.46 and 0.68.
    if best.coherence < 0.4 and _reads_as_latin(data[:200_000].decode("cp1252", errors="replace")):
        return "cp1252"
    return best.encoding


# Non-letters that Windows-1252 text uses outside ASCII: typographic punctuation and symbols.
_LATIN_PUNCT = frozenset("\u00a0\u201c\u201d\u2018\u2019\u201e\u201a\u2013\u2014\u2026\u2022\u20ac\u00a3\u00a5"
                         "\u00a7\u00a9\u00ae\u00b0\u00b1\u00b7\u00ab\u00bb\u00bf\u00a1\u00d7\u00f7\u00bd\u00bc"
                         "\u00be\u00a2\u2122\u2020\u2021\u2030\u00aa\u00ba\u00b5\u00b6\u2039\u203a")


def _reads_as_latin(text: str) -> bool:
    """True when a cp1252 reading looks like a Latin-script language, not another script.

    In Western languages accented letters sit among ASCII letters ("Größe", "déjà"); text in
    another script read as cp1252 is runs of accented letters ("Ïðèâåò") and stray symbols
    inside words ("Za¿ó³æ").
    """
    accented = runs = 0
    prev = ""
    for i, ch in enumerate(text):
        if ch.isascii():
            prev = ch
            continue
        if ch.isalpha():
            accented += 1
            runs += not prev.isascii() and prev.isalpha()
        elif ch not in _LATIN_PUNCT:
            return False
        elif ch not in "\u2019\u00b7" and prev.isalpha() and text[i + 1 : i + 2].isalpha():
            return False  # a symbol inside a word
        prev = ch
    # Half: "Größe", "ação" pair accented letters, but never most of them.
    return accented == 0 or runs < 0.5 * accented


def _mostly_utf8(data: bytes) -> bool:
    good = bad = 0
    for line in data.split(b"\n")[:5000]:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    return good > 0 and good >= bad


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
