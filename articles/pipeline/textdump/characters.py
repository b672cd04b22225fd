"""A page's lines as one array of characters, for reading every line without a Python loop per line.

The line scorer reads every line of every page; counting characters and matching words
line by line in Python cost more than everything else the reader does. Here a page is
one array of code points with a class per character, and a span of it (a word, a
phrase) is compared with a list of words by a polynomial hash of its lower-case letters.
"""

from functools import cache, cached_property

import numpy as np

# Character classes, one bit each. DIGIT is ``\d``, NUMERAL ``str.isdigit``.
UPPER, DIGIT, NUMERAL, GLUE_LOWER, GLUE_UPPER, LETTER, TERMINAL, BULLET = (1 << bit for bit in range(8))
TERMINALS = '.!?。！？…"”’»)」』）'  # what a sentence (or a quotation of one) ends with
BULLETS = "•·-–—*►▪●"
BMP = 0x10000
SPACE, NEWLINE = ord(" "), ord("\n")
# Scripts written without spaces between words: kana, CJK ideographs (and their extensions and
# compatibility forms), half-width katakana. Hangul is left out: Korean puts spaces between words.
UNSPACED_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF66, 0xFF9F))
UNSPACED_START = UNSPACED_RANGES[0][0]
HASH_BASE = 0x100000001B3  # odd, so its powers have inverses modulo 2**64
HASH_MODULUS = 2**64


def _glue_classes(char: str) -> int:
    """The letters whose change of case marks two words glued together ("inPrivacy")."""
    if "a" <= char <= "z" or "а" <= char <= "я" or char == "ё":
        return GLUE_LOWER
    if "A" <= char <= "Z" or "А" <= char <= "Я" or char == "Ё":
        return GLUE_UPPER
    return 0


def _classes(char: str) -> int:
    flags = UPPER * char.isupper() | DIGIT * char.isdecimal() | NUMERAL * char.isdigit()
    # ``[^\W\d_]`` in a regular expression: a letter.
    letter = char.isalnum() and not char.isdecimal() and char != "_"
    marks = TERMINAL * (char in TERMINALS) | BULLET * (char in BULLETS)
    return flags | LETTER * letter | marks | _glue_classes(char)


def _lower(code: int) -> int:
    lowered = chr(code).lower()
    return ord(lowered) if len(lowered) == 1 else code


@cache
def _class_table() -> np.ndarray:
    return np.fromiter(map(_classes, map(chr, range(BMP))), dtype=np.uint8, count=BMP)


def code_table(chars: str) -> np.ndarray:
    """A lookup table over the BMP, true at the given characters: ``table[page.bmp_codes]`` marks them."""
    table = np.zeros(BMP, dtype=bool)
    table[[ord(char) for char in chars]] = True
    return table


@cache
def _lower_table() -> np.ndarray:
    return np.fromiter(map(_lower, range(BMP)), dtype=np.uint64, count=BMP)


class _Powers:
    """Powers of the hash base and of its inverse modulo 2**64, grown as longer pages come."""

    def __init__(self):
        self.up = self.down = np.ones(0, dtype=np.uint64)

    def upto(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.up) < n:
            size = max(n, 2 * len(self.up), 4096)
            self.up = _cumulative_powers(HASH_BASE, size)
            self.down = _cumulative_powers(pow(HASH_BASE, -1, HASH_MODULUS), size)
        return self.up[:n], self.down[:n]


def _cumulative_powers(base: int, n: int) -> np.ndarray:
    powers = np.full(n, base, dtype=np.uint64)
    powers[0] = 1
    return np.cumprod(powers, dtype=np.uint64)  # wraps modulo 2**64


_POWERS = _Powers()


def text_hash(text: str) -> int:
    """The hash ``PageText.span_hashes`` gives a span holding ``text`` (in lower case)."""
    powers = (pow(HASH_BASE, i, HASH_MODULUS) for i in range(1, len(text) + 1))
    return sum(_lower(ord(char)) * power for char, power in zip(text, powers, strict=True)) % HASH_MODULUS


class HashSet:
    """A set of hashes looked up for a whole array at once: one slot per hash, chosen by some of its bits."""

    def __init__(self, texts):
        hashes = np.array(sorted({text_hash(text) for text in texts}), dtype=np.uint64)
        size = 1 << max(6, (64 * len(hashes)).bit_length())
        self.mask = np.uint64(size - 1)
        bits = size.bit_length() - 1
        # The high bits of a product are the best mixed.
        self.shift = next(s for s in range(64 - bits, -1, -1) if self._fits(hashes, np.uint64(s)))
        slots = np.arange(size, dtype=np.uint64)
        # An empty slot holds a value that belongs to another slot, so that nothing matches it.
        self.table = (slots ^ np.uint64(1)) << self.shift
        self.table[self._slots(hashes)] = hashes

    def _fits(self, hashes: np.ndarray, shift: np.uint64) -> bool:
        return len(np.unique((hashes >> shift) & self.mask)) == len(hashes)

    def _slots(self, values: np.ndarray) -> np.ndarray:
        return (values >> self.shift) & self.mask

    def holds(self, values: np.ndarray) -> np.ndarray:
        return self.table[self._slots(values)] == values


class PageText:
    """The lines joined by line breaks, with where each starts and each character's classes."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.joined = "\n".join(texts)
        self.codes = np.frombuffer(self.joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        self.lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        self.starts = np.zeros(len(texts), dtype=np.int64)
        np.cumsum(self.lengths[:-1] + 1, out=self.starts[1:])
        self.bmp_codes = np.minimum(self.codes, BMP - 1)
        self.classes = _class_table()[self.bmp_codes]
        self._prefix_hashes = None
        if self.codes.max(initial=0) >= BMP:
            self._classify_beyond_the_bmp()

    def _classify_beyond_the_bmp(self) -> None:
        beyond = np.flatnonzero(self.codes >= BMP)
        self.classes[beyond] = [_classes(chr(code)) for code in self.codes[beyond]]

    @cached_property
    def unspaced(self) -> np.ndarray:
        """Which characters belong to a script written without spaces (Japanese, Chinese)."""
        found = np.zeros(len(self.codes), dtype=bool)
        if self.codes.max(initial=0) < UNSPACED_START:
            return found
        for low, high in UNSPACED_RANGES:
            found |= (self.codes >= low) & (self.codes <= high)
        return found

    @cached_property
    def has_unspaced(self) -> bool:
        return bool(self.unspaced.any())

    def per_line(self, mask: np.ndarray) -> np.ndarray:
        """How many characters of each line the mask marks (lines are never empty)."""
        return np.add.reduceat(mask.astype(np.int32), self.starts) if len(mask) else np.zeros(0, np.int32)

    def has_class(self, flag: int) -> np.ndarray:
        return (self.classes & flag) != 0

    def count(self, char: str) -> np.ndarray:
        return self.per_line(self.codes == ord(char))

    def line_of(self, positions) -> np.ndarray:
        """The line each position of the joined text falls in."""
        return np.searchsorted(self.starts, np.asarray(positions, dtype=np.int64), side="right") - 1

    def offsets(self) -> np.ndarray:
        """Each character's position within its line (a line break counts as past the line's end)."""
        return np.arange(len(self.codes)) - np.repeat(self.starts, self.lengths + 1)[: len(self.codes)]

    def lines_containing(self, literal: str) -> np.ndarray:
        found, at = np.zeros(len(self.texts), dtype=bool), self.joined.find(literal)
        while at >= 0:
            line = self.line_of(at)
            found[line] = True
            at = self.joined.find(literal, self.starts[line] + self.lengths[line])
        return found

    def lines_starting(self, pattern) -> np.ndarray:
        """Which lines a pattern that starts with a line break finds a match at the start of.

        A pattern that starts with a line break is searched for as fast as a plain string.
        """
        text, found = self.framed, np.zeros(len(self.texts), dtype=bool)
        line, read = -1, 0
        for match in pattern.finditer(text):
            line, read = line + text.count("\n", read, match.start() + 1), match.start() + 1
            found[line] = True
        return found

    @cached_property
    def framed(self) -> str:
        """The joined lines with a line break before the first and after the last."""
        return "\n" + self.joined + "\n"

    def word_spans(self) -> tuple[np.ndarray, np.ndarray]:
        """Where each word starts and ends: lines are normalised, so one space or line break ends a word."""
        in_word = np.zeros(len(self.codes) + 2, dtype=np.int8)
        in_word[1:-1] = (self.codes != SPACE) & (self.codes != NEWLINE)
        change = np.diff(in_word)
        return np.flatnonzero(change == 1), np.flatnonzero(change == -1)

    def content_words(self, min_letters: int) -> "WordsByLine":
        """The runs of at least ``min_letters`` letters of each line, as hashes of their lower case."""
        in_run = np.zeros(len(self.codes) + 2, dtype=np.int8)
        in_run[1:-1] = self.has_class(LETTER)
        change = np.diff(in_run)
        starts, ends = np.flatnonzero(change == 1), np.flatnonzero(change == -1)
        long = ends - starts >= min_letters
        starts, ends = starts[long], ends[long]
        if self.has_unspaced:
            # Japanese and Chinese words are not set apart: pairs of characters stand for them.
            pairs = np.flatnonzero(self.unspaced[:-1] & self.unspaced[1:])
            order = np.argsort(np.concatenate([starts, pairs]), kind="stable")
            starts, ends = np.concatenate([starts, pairs])[order], np.concatenate([ends, pairs + 2])[order]
        return WordsByLine(self.span_hashes(starts, ends), self.line_of(starts))

    def glued_pairs(self) -> np.ndarray:
        """A lower-case letter followed by a capital, counted at the lower-case letter."""
        pairs = np.zeros(len(self.codes), dtype=bool)
        pairs[:-1] = self.has_class(GLUE_LOWER)[:-1] & self.has_class(GLUE_UPPER)[1:]
        return pairs

    def span_hashes(self, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """The hash of the lower-case text of each span ``[start, end)``, as ``text_hash`` computes it.

        The prefix sums weigh the character at ``i`` by the base to the power ``i + 1``;
        dividing a span's sum by the base to the power of its start (multiplying by the
        inverse) gives the hash of its text wherever it sits.
        """
        prefix = self._hashes()
        _, down = _POWERS.upto(len(self.codes) + 1)
        return (prefix[ends] - prefix[starts]) * down[starts]

    def _hashes(self) -> np.ndarray:
        if self._prefix_hashes is None:
            lower = _lower_table()[self.bmp_codes]
            beyond = self.codes >= BMP
            lower[beyond] = self.codes[beyond]
            up, _ = _POWERS.upto(len(self.codes) + 1)
            self._prefix_hashes = np.zeros(len(self.codes) + 1, dtype=np.uint64)
            np.cumsum(lower * up[1:], out=self._prefix_hashes[1:])
        return self._prefix_hashes


class PhraseFinder:
    """Where a list of phrases occurs in a page, case aside, each a match of its own hash.

    Only spans that start with the first two letters of a phrase of their length are hashed.
    """

    def __init__(self, phrases):
        phrases = sorted(set(phrases))
        alphabet = sorted({char for phrase in phrases for char in phrase[:2]})
        self.size = np.uint32(len(alphabet) + 1)
        # Each character's place in the alphabet, by its lower case; 0 for any other.
        self.places = np.zeros(BMP, dtype=np.uint32)
        for place, char in enumerate(alphabet, start=1):
            self.places[_lower_table() == ord(char)] = place
        self.lengths = np.array(sorted({len(phrase) for phrase in phrases}), dtype=np.int64)
        self.starting = np.zeros((self.size * self.size, len(self.lengths)), dtype=bool)
        for phrase in phrases:
            self.starting[self._pair(phrase), np.searchsorted(self.lengths, len(phrase))] = True
        self.starts_any = self.starting.any(axis=1)
        self.hashes = HashSet(phrases)

    def _pair(self, phrase: str) -> int:
        return self.places[ord(phrase[0])] * self.size + self.places[ord(phrase[1])]

    def find(self, page: "PageText", within: np.ndarray, starts: np.ndarray | None = None):
        """The phrases found among the characters ``within`` marks, starting anywhere or at ``starts``.

        Returns where each starts and its hash.
        """
        if starts is None:
            places = self.places[page.bmp_codes]
            pairs = places * self.size
            pairs[:-1] += places[1:]
            at = np.flatnonzero(within & self.starts_any[pairs])
            pairs = pairs[at]
        else:
            following = np.minimum(starts + 1, len(page.codes) - 1)
            pairs = self.places[page.bmp_codes[starts]] * self.size + self.places[page.bmp_codes[following]]
            at, pairs = starts[self.starts_any[pairs]], pairs[self.starts_any[pairs]]
        which, length_index = np.nonzero(self.starting[pairs])
        starts = at[which]
        ends = starts + self.lengths[length_index]
        fits = ends <= len(page.codes)
        starts, ends = starts[fits], ends[fits]
        fits = within[ends - 1]
        starts, ends = starts[fits], ends[fits]
        hashes = page.span_hashes(starts, ends)
        hits = self.hashes.holds(hashes)
        return starts[hits], hashes[hits]


class WordsByLine:
    """Word hashes and the line each word is on, in page order."""

    def __init__(self, hashes: np.ndarray, lines: np.ndarray):
        self.hashes, self.lines = hashes, lines

    def of_line(self, line: int) -> set[int]:
        return self.each_of([line])[0]

    def each_of(self, lines) -> list[set[int]]:
        """The words of each line, one set per line."""
        lows = np.searchsorted(self.lines, lines).tolist()
        highs = np.searchsorted(self.lines, np.asarray(lines) + 1).tolist()
        hashes = self.hashes.tolist()
        return [set(hashes[low:high]) for low, high in zip(lows, highs, strict=True)]

    def of_lines(self, lines, n_lines: int) -> set[int]:
        """The words of all these lines together."""
        chosen = np.zeros(n_lines, dtype=bool)
        chosen[lines] = True
        return set(self.hashes[chosen[self.lines]].tolist())
