"""Bytes in many encodings become text, or a clear error; never mojibake."""

import codecs

import pytest

from articles.pipeline.decoding import decode
from articles.pipeline.records import ParseError

RUSSIAN = "Министр иностранных дел России Сергей Лавров встретился с японским коллегой в Москве."
JAPANESE = "ロシアのラブロフ外相は日本の河野外相と会談した。平和条約について話し合った。"
FRENCH = "Le ministre a déclaré que la réunion était très importante pour l'avenir du traité de paix."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (FRENCH.encode("utf-8"), FRENCH),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
        (FRENCH.encode("utf-16"), FRENCH),
        (FRENCH.encode("utf-16-le"), FRENCH),
        (FRENCH.encode("utf-16-be"), FRENCH),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (JAPANESE.encode("shift_jis"), JAPANESE),
        (FRENCH.encode("cp1252"), FRENCH),
    ],
)
def test_each_encoding_is_decoded_to_the_original_text(data, text):
    assert decode(data) == text


def test_a_byte_order_mark_does_not_reach_the_text():
    assert not decode(codecs.BOM_UTF8 + b"Hello").startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (bytes(range(256)) * 4, "encoding"),
        (FRENCH.encode("utf-8") + "Ministère".encode("cp1252"), "mixes"),
    ],
)
def test_undecodable_bytes_are_reported_not_guessed(data, reason):
    with pytest.raises(ParseError, match=reason):
        decode(data)


def _damaged(text: str, every: int) -> bytes:
    """UTF-8 text with a byte of another encoding (or of noise) put in every ``every`` bytes."""
    data = bytearray(text.encode("utf-8"))
    for position in range(len(data) - every, 0, -every):
        data.insert(position, 0x80 + position % 0x7F)
    return bytes(data)


def test_damaged_utf8_is_refused_rather_than_read_as_mojibake_in_another_encoding():
    text = "The minister’s spokesman said on Monday that talks would go on in Geneva next week. " * 20

    with pytest.raises(ParseError, match="not valid UTF-8"):  # read as Mac Roman: "minister‚Äôs"
        decode(_damaged(text, 20))
