"""Bytes to text: byte-order marks first, then UTF-8, then detection among legacy encodings.

A text that no encoding reads cleanly is reported (ParseError), never guessed into mojibake:
bytes after a byte-order mark must decode as the encoding it names, and a file
that is not valid UTF-8 is refused when it mostly is (UTF-8 with bytes of
another encoding, or damaged) or when the legacy encoding detection finds reads
it as UTF-8 text misread (ftfy's test of mojibake: ``â€™``, ``Ã©``, ``вЂ™``).
"""

import codecs
import re

from charset_normalizer import from_bytes
from ftfy.badness import is_bad

from .records import ParseError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# charset-normalizer ranks near-equal readings of short Latin text arbitrarily (cp1257 for
# French); among readings about as clean as the best, the encoding most used on the web wins.
COMMON = (
    "utf_16",
    "utf_16_le",
    "utf_16_be",
    "cp1252",
    "latin_1",
    "cp1251",
    "cp932",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "gb2312",
    "big5",
    "euc_kr",
    "cp949",
    "cp1250",
    "iso8859_2",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "iso8859_15",
)
CHAOS_MARGIN = 0.1
MAX_CHAOS = 0.3
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
MAX_CONTROLS = 8
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
HIGH_BYTE = re.compile(rb"[\x80-\xff]")
MIXED_SHARE = 0.5  # of the non-ASCII bytes, in valid UTF-8 sequences although the whole is not UTF-8
UTF16_ZEROS = 0.3  # share of byte pairs with a zero on one side ...
UTF16_STRAY = 0.05  # ... and hardly any on the other


def decode(data: bytes) -> str:
    """Return the text of ``data``; raise ParseError when it is empty, binary or undecodable."""
    if not data.strip():
        raise ParseError("the file is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(_after_bom(data, encoding))
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16))
        except UnicodeDecodeError as error:
            raise ParseError(f"the file looks like {utf16.upper()} but does not decode as it") from error
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_detected(data))


def _after_bom(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding, errors="strict")
    except UnicodeDecodeError as error:
        name = encoding.removesuffix("-sig").upper()
        raise ParseError(
            f"the file starts with a {name} byte-order mark but is not valid {name} (byte {error.start:,})"
        ) from error


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin or Cyrillic letters has a zero in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even, odd = sample[0::2].count(0) / pairs, sample[1::2].count(0) / pairs
    if odd > UTF16_ZEROS and even < UTF16_STRAY:
        return "utf-16-le"
    if even > UTF16_ZEROS and odd < UTF16_STRAY:
        return "utf-16-be"
    return None


def _detected(data: bytes) -> str:
    if _mostly_utf8(data):
        # Reading it as a legacy encoding would turn every "é" into "Ã©".
        raise ParseError("the file mixes UTF-8 with another encoding; it cannot be decoded reliably")
    readings = [match for match in from_bytes(data) if match.chaos <= MAX_CHAOS]
    if not readings:
        raise ParseError("the file is not text in any encoding we can detect")
    cleanest = min(match.chaos for match in readings)
    close = [match for match in readings if match.chaos <= cleanest + CHAOS_MARGIN]
    chosen = str(min(close, key=lambda match: (_rank(match.encoding), match.chaos)))
    if is_bad(chosen):
        raise ParseError("the file is not valid UTF-8, and read in another encoding it is garbled (mojibake)")
    return chosen


def _mostly_utf8(data: bytes) -> bool:
    high = len(HIGH_BYTE.findall(data))
    in_sequences = sum(len(sequence) for sequence in UTF8_SEQUENCE.findall(data))
    return high > 0 and in_sequences / high >= MIXED_SHARE


def _rank(encoding: str) -> int:
    return COMMON.index(encoding) if encoding in COMMON else len(COMMON)


def _checked(text: str) -> str:
    if len(CONTROL.findall(text[:4096])) > MAX_CONTROLS:
        raise ParseError("the file looks binary, not text")
    return text
