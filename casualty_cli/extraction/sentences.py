"""Cutting a report into posts, headlines and sentences, all as character offsets into the text.

A report is a run of lines. A *headline* is a short line with no closing punctuation that is followed
by more text: the first line of a news page, or the line that opens each post of a live blog. Every
sentence knows the headline of the post it belongs to.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from casualty_cli.extraction import compiled

# A sentence ends at . ! or ? (and any closing quote) followed by space and an opening capital, digit
# or quote. Abbreviations are filtered afterwards, which is cheaper than a look-behind for each.
# Pages glued by scraping ("pronounced dead.The three others") end a sentence with no space: a period
# between a lower-case word and a capitalised one. Both branches open with the punctuation, so that
# ``re`` scans for it in C instead of trying the pattern at every character (4x faster).
_BOUNDARY = compiled.compile(r"""[.!?](?:["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])|(?<=[a-z]{2}.)(?=[A-Z][a-z]))""")

# Words that end with a period but rarely end a sentence. Months and titles mostly.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr lt sgt det gen col capt cpl pvt rep sen gov pres prof rev mt ft no vs
    jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd u.s u.n u.k d.c n.c s.c n.y
    ave blvd rd hwy e w n s a.m p.m approx dept univ""".split()
)
_WORD_BEFORE = compiled.compile(r"([\w.]+)$")
# Lines that close with these are sentences or continue into the next line, not headlines.
_CLOSERS = frozenset(".!?:;,\"”’'")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    headline: str | None
    is_headline: bool


def _headline_lines(text: str) -> list[tuple[int, int, bool]]:
    """Non-empty lines as (start, end, is_headline)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            lines.append((s, e))
        pos = nl + 1
    out: list[tuple[int, int, bool]] = []
    for i, (s, e) in enumerate(lines):
        is_head = False
        if i + 1 < len(lines) and e - s <= 160 and text[e - 1] not in _CLOSERS:
            # A headline is short; the first line of a document is one whatever its words.
            words = text.count(" ", s, e) + 1
            is_head = i == 0 or (words <= 20 and text[s].isupper())
        out.append((s, e, is_head))
    return out


def _line_sentences(text: str, s: int, e: int, headline: str | None) -> list[Sentence]:
    """The sentences of the body line ``text[s:e]``."""
    sentences: list[Sentence] = []
    start = s
    for m in _BOUNDARY.finditer(text, s, e):
        w = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start())
        if w is not None:
            word = w.group(1).lower()
            # "St. Louis", "Feb. 15", "U.S. troops", single initials "J. Smith"
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        sentences.append(Sentence(start, m.start() + 1, headline, False))
        start = m.end()
    if start < e:
        sentences.append(Sentence(start, e, headline, False))
    return sentences


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with the headline of its post."""
    sentences: list[Sentence] = []
    headline: str | None = None
    for s, e, is_head in _headline_lines(text):
        if is_head:
            headline = text[s:e]
            sentences.append(Sentence(s, e, headline, True))
        else:
            sentences.extend(_line_sentences(text, s, e, headline))
    return sentences


class SentenceIndex:
    """The sentences of a text, each line cut into sentences when one of them is first asked for.

    The same sentences as :func:`split_sentences`; a reader asks only for those holding a trigger.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _headline_lines(text)
        self.line_starts = [s for s, _, _ in self.lines]
        # the headline each line belongs to (a headline line, to itself)
        self.headlines: list[str | None] = []
        headline: str | None = None
        for s, e, is_head in self.lines:
            if is_head:
                headline = text[s:e]
            self.headlines.append(headline)
        self._cut: dict[int, tuple[list[int], list[Sentence]]] = {}
        self._last: Sentence | None = None

    def _sentences_of(self, line: int) -> tuple[list[int], list[Sentence]]:
        cut = self._cut.get(line)
        if cut is None:
            s, e, is_head = self.lines[line]
            headline = self.headlines[line]
            sentences = [Sentence(s, e, headline, True)] if is_head else _line_sentences(self.text, s, e, headline)
            cut = self._cut[line] = ([x.start for x in sentences], sentences)
        return cut

    def find(self, pos: int) -> Sentence | None:
        """The last sentence that starts at or before ``pos`` (it may end before it), or None."""
        last = self._last
        if last is not None and last.start <= pos < last.end:
            return last  # triggers come in order, often several a sentence; the next starts past its end
        line = bisect_right(self.line_starts, pos) - 1
        if line < 0:
            return None
        starts, sentences = self._sentences_of(line)
        last = self._last = sentences[bisect_right(starts, pos) - 1]  # a line's first sentence starts where it does
        return last
