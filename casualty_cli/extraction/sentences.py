"""Cutting a report into posts, headlines and sentences, all as character offsets into the text.

A report is a run of lines. A *headline* is a short line with no closing punctuation that is followed
by more text: the first line of a news page, or the line that opens each post of a live blog. Every
sentence knows the headline of the post it belongs to.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Final, final

from mypy_extensions import mypyc_attr

from casualty_cli.extraction import compiled

# A sentence ends at . ! or ? (and any closing quote) followed by space and an opening capital, digit
# or quote. Abbreviations are filtered afterwards, which is cheaper than a look-behind for each.
# Pages glued by scraping ("pronounced dead.The three others") end a sentence with no space: a period
# between a lower-case word and a capitalised one, or the words "A" and "I" ("injured.A third suspect").
# Both branches open with the punctuation, so that
# ``re`` scans for it in C instead of trying the pattern at every character (4x faster).
_BOUNDARY: Final = compiled.compile(r"""[.!?](?:["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])|(?<=[a-z]{2}.)(?=[A-Z][a-z]|[AI]\s))""")

# Words that end with a period but rarely end a sentence. Months and titles mostly.
_ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr st jr sr lt sgt det gen col capt cpl pvt rep sen gov pres prof rev mt ft no vs
    jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd u.s u.n u.k d.c n.c s.c n.y
    ave blvd rd hwy e w n s a.m p.m approx dept univ""".split()
)
#: How far back the word before a boundary is looked at (_word_before): one past the longest
#: abbreviation, so a longer word is cut to a length no abbreviation has.
_WORD_WINDOW: Final = max(map(len, _ABBREVIATIONS)) + 1
# Lines that close with these are sentences or continue into the next line, not headlines.
_CLOSERS: Final = frozenset(".!?:;,\"”’'")
#: A live blog's post time before its headline: "10:42 Missile strike on Odesa port kills two".
_POST_TIME: Final = compiled.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+[A-Z]")
#: The longest sentence a reader is given, in characters. A longer run with no sentence boundary (a page
#: whose sentences lost their full stops, a list joined by commas) is cut into pieces of at most this
#: length, at its last semicolon or comma past half the length, else at its last space, else anywhere.
#: Readers look at a whole sentence for every figure in it (its context, revision, survivors), so an
#: unbounded sentence made their time grow with the square of its length; bounded, it grows linearly.
#: On the four dev sets, 11 of 96,000 sentences are longer (page furniture, lists of links).
MAX_SENTENCE: Final = 1000


@final
@mypyc_attr(acyclic=True)
class Sentence:
    """A sentence as offsets into its text, with the headline of its post and whether it is one.

    A class with its own ``__init__`` (as tokens.Token): compiled, its fields are read directly, where a
    named tuple's were looked up by name on its type at every read. Numbers and strings only: no cycle,
    so out of the cyclic garbage collector as tokens are (``acyclic``).
    """

    __slots__ = ("end", "headline", "is_headline", "start")

    def __init__(self, start: int, end: int, headline: str | None, is_headline: bool) -> None:
        self.start = start
        self.end = end
        self.headline = headline
        self.is_headline = is_headline

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.headline!r}, {self.is_headline})"

    def _fields(self) -> tuple[int, int, str | None, bool]:
        return self.start, self.end, self.headline, self.is_headline

    def __eq__(self, other: object) -> bool:  # equal by value, as the named tuple it was
        return isinstance(other, Sentence) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())


def _line_spans(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of ``text`` as (start, end), without the spaces around them (a space is what
    str.isspace() says, as str.strip() strips; a line ends at "\n" only). Found with str.find, where a
    pattern's search tried each character (a pattern of them is tests/test_sentences.py's reference)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    at = 0
    while at < n:
        stop = text.find("\n", at)
        if stop < 0:
            stop = n
        while at < stop and text[at].isspace():
            at += 1
        if at < stop:
            end = stop
            while text[end - 1].isspace():
                end -= 1
            spans.append((at, end))
        at = stop + 1
    return spans


def _headline_indices(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """Which of the lines (from :func:`_line_spans`) are headlines, in order."""
    last = len(lines) - 1
    # A headline is short and followed by more text; the first line of a document is one whatever its
    # words. The cheap tests first: most lines are long, or end with a period.
    return [
        i
        for i, (s, e) in enumerate(lines)
        if e - s <= 160
        and text[e - 1] not in _CLOSERS
        and i < last
        and (i == 0 or (text.count(" ", s, e) < 20 and (text[s].isupper() or (
            text[s].isdigit() and _POST_TIME.match(text, s, e) is not None))))  # 20 words at most
    ]


def _headline_lines(text: str) -> list[tuple[int, int, bool]]:
    """Non-empty lines as (start, end, is_headline)."""
    lines = _line_spans(text)
    heads = set(_headline_indices(text, lines))
    return [(s, e, i in heads) for i, (s, e) in enumerate(lines)]


def _line_sentences(text: str, s: int, e: int, headline: str | None) -> list[Sentence]:
    """The sentences of the body line ``text[s:e]``. A database record's fields, set apart by a bar with
    space on each side ("IBC k4187 | 23 Mar 2006 | Tal Afar | 5-6 killed by a roadside bomb | Injured: 11"),
    are sentences of their own, whatever closes them: each field opens a clause, as a sentence does."""
    bar = text.find(" | ", s, e)
    if bar < 0:
        return _field_sentences(text, s, e, headline)
    sentences: list[Sentence] = []
    start = s
    while bar >= 0:
        _field(text, start, bar, headline, sentences)
        start = bar + 3
        bar = text.find(" | ", start, e)
    _field(text, start, e, headline, sentences)
    return sentences


def _field(text: str, s: int, e: int, headline: str | None, out: list[Sentence]) -> None:
    """Appends the sentences of the record's field ``text[s:e]``, its spaces (and an empty field) left out."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.extend(_field_sentences(text, s, e, headline))


def _field_sentences(text: str, s: int, e: int, headline: str | None) -> list[Sentence]:
    """The sentences of ``text[s:e]``, a line or a record's field."""
    # A boundary's punctuation has at least two characters after it in the line (a space and a capital,
    # or the capital and lower-case letter of glued pages): without one, the line is one sentence. Half
    # the lines a reader cuts are, and three str.find calls cost a third of one _BOUNDARY pass.
    if text.find(".", s, e - 2) < 0 and text.find("!", s, e - 2) < 0 and text.find("?", s, e - 2) < 0:
        if e - s <= MAX_SENTENCE:
            return [Sentence(s, e, headline, False)]
        return _bounded(text, s, e, headline, [])
    sentences: list[Sentence] = []
    start = s
    for stop, after in _boundaries(text, s, e):
        word = _word_before(text, max(start, stop - _WORD_WINDOW), stop).lower()
        # "St. Louis", "Feb. 15", "U.S. troops", single initials "J. Smith"
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        if stop + 1 - start <= MAX_SENTENCE:
            sentences.append(Sentence(start, stop + 1, headline, False))
        else:
            _bounded(text, start, stop + 1, headline, sentences)
        start = after
    if start < e:
        _bounded(text, start, e, headline, sentences)
    return sentences


def _boundaries(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of ``_BOUNDARY.finditer(text, s, e)``: the pattern matched (``match``) only at each full
    stop, "!" or "?", the one character a boundary opens with, found with str.find. (Searched, ``re``
    tried each character of a line against the pattern's first character set.)"""
    found: list[tuple[int, int]] = []
    marks = [text.find(mark, s, e) for mark in ".!?"]
    while True:
        at = -1
        for k in marks:
            if k >= 0 and (at < 0 or k < at):
                at = k
        if at < 0:
            return found
        m = _BOUNDARY.match(text, at, e)
        pos = at + 1 if m is None else m.end()
        if m is not None:
            found.append((at, pos))
        for k, mark in enumerate(".!?"):
            if 0 <= marks[k] < pos:
                marks[k] = text.find(mark, pos, e)


def _word_before(text: str, lo: int, stop: int) -> str:
    r"""The word, with its points, that ends at ``stop`` (not before ``lo``): the run of word characters
    and points before ``stop`` (what ``([\w.]+)$`` finds in ``text[lo:stop]``; "" where none)."""
    k = stop
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "_."):
        k -= 1
    return text[k:stop]


def _bounded(text: str, start: int, end: int, headline: str | None, out: list[Sentence]) -> list[Sentence]:
    """Appends the sentence ``text[start:end]`` to ``out``, cut into pieces of at most :data:`MAX_SENTENCE`."""
    while end - start > MAX_SENTENCE:
        hi = start + MAX_SENTENCE
        lo = start + MAX_SENTENCE // 2
        # a clause break keeps its punctuation in the piece before it; a space is left out of both
        cut = max(text.rfind("; ", lo, hi), text.rfind(", ", lo, hi)) + 1
        if cut == 0:
            cut = text.rfind(" ", lo, hi)
        if cut < 0:
            cut = hi
        out.append(Sentence(start, cut, headline, False))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Sentence(start, end, headline, False))
    return out


# A report's lead, defined here once, in three reaches, each for the rules it serves (on the four dev sets
# the hazard's rule read the same statements with the second reach, and the named day's with the first or
# the second; the sentences below, tests/test_lead.py, are where they differ):
# - the lead alone, its first line or sentence (:func:`lead_end`): a natural hazard's report
#   (totals.lead_names_a_natural_hazard). Not the sentence under a headline: "Shelling kills 9 / The
#   shelling broke a truce agreed after the May floods, which killed 240" is no report of a flood.
# - the headline and the lead sentence under it (:func:`headline_and_lead_end`): a suicide attack's report
#   (totals._names_a_suicide_attack), whose words may stand in either ("Blast kills 9 / A suicide bomber
#   ..."), and not further on ("named for the first suicide bomber" tells of another).
# - the report's opening, its first LEAD_REACH characters, whatever its sentences: the event an event
#   named by its day is ("the attack of 12 March", statements._lead_names). Not the headline and lead
#   sentence alone: "Market raid kills 40 / Gunmen opened fire at dawn. Shops burned after the attack. / The
#   attack of 12 March killed 40" is of that attack (read with the narrower reach, it turned history).

#: The longest lead, in characters: the reach of :func:`lead_end`, and the report's opening.
LEAD_REACH: Final = 400
#: The most words of a label opening a report ("SOMALIA.", "UNITED KINGDOM."), before its lead sentence
_LABEL_WORDS: Final = 3


def lead_end(text: str) -> int:
    """Where a report's lead ends: at the end of its first line or of its first sentence, whichever comes
    first (after the blank lines a text may open with: they end no lead), within :data:`LEAD_REACH`
    characters: a news page's headline, an event note's first sentence (totals.lead_names_a_natural_hazard
    looks for a natural hazard in it)."""
    return _lead_end_from(text, 0)


def _lead_end_from(text: str, pos: int) -> int:
    """:func:`lead_end` of ``text[pos:]``, as a place in ``text`` (no copy of the text: a report is asked
    for its lead by several rules)."""
    start = pos
    while start < len(text) and text[start].isspace():
        start += 1
    reach = start + LEAD_REACH
    # (a full stop is looked for only before the line's end: a ". " before it ends there, "\n" being no space;
    # no list and no min(default=), which mypyc calls as any Python function: 6,800 instructions a call)
    line_end = text.find("\n", start, reach)
    stop = text.find(". ", start, reach if line_end < 0 else line_end)
    if stop >= 0:
        return stop + 1
    return line_end + 1 if line_end >= 0 else min(len(text), reach)


def headline_and_lead_end(text: str) -> int:
    """Where a report's headline and lead sentence end: :func:`lead_end`, or where the lead is a headline's
    line or a label ("SOMALIA."), the end of the lead sentence after it too (totals._names_a_suicide_attack
    looks for a suicide attack's words in it)."""
    end = lead_end(text)
    if text[end - 1 : end] == "\n" or len(text[:end].split(None, _LABEL_WORDS)) <= _LABEL_WORDS:  # (words counted to one past)
        end = _lead_end_from(text, end)
    return end


def sentence_open(text: str, at: int, floor: int = 0) -> int:
    """Where the sentence holding ``at`` opens, found by hand: after the last full stop and space, or the
    last line's end, before ``at`` (and not before ``floor``, the start of a window a rule reads), at the
    text's start where there is neither. The rules over a whole report's text use it where they need no
    :class:`SentenceIndex` (a sentence of the coded notes, of "those blasts", of a claim told again); its
    twin is :func:`sentence_close`."""
    stop = text.rfind(". ", floor, at)
    line = text.rfind("\n", floor, at)
    return max(floor, stop + 2 if stop != -1 else floor, line + 1)


def sentence_close(text: str, at: int) -> int:
    """Where the sentence opening at ``at`` ends (a full stop and a space, a line's end, or the text's),
    within :data:`MAX_SENTENCE` characters."""
    ends = [e for e in (text.find(". ", at, at + MAX_SENTENCE), text.find("\n", at, at + MAX_SENTENCE)) if e != -1]
    return min(ends) if ends else min(len(text), at + MAX_SENTENCE)


def text_end_before(text: str, at: int) -> int:
    """``len(text[:at].rstrip())``, without the copy: where the text before ``at`` ends, white space left out."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


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

    The same sentences as :func:`split_sentences`; a reader asks only for those holding a trigger (on the
    dev set, the sentences of 18,000 of its 38,000 lines), and a line's headline is looked up only then.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _line_spans(text)
        self.line_starts = [s for s, _ in self.lines]
        #: the indices of the headline lines, in order: a line's headline is the last at or before it
        self.head_lines = _headline_indices(text, self.lines)
        self._cut: dict[int, tuple[list[int], list[Sentence]]] = {}
        self._last: Sentence | None = None

    def _sentences_of(self, line: int) -> tuple[list[int], list[Sentence]]:
        cut = self._cut.get(line)
        if cut is None:
            s, e = self.lines[line]
            head = bisect_right(self.head_lines, line) - 1  # the last headline line at or before this one
            head_line = self.head_lines[head] if head >= 0 else None
            if head_line == line:
                sentences = [Sentence(s, e, self.text[s:e], True)]
            else:
                headline = None
                if head_line is not None:
                    hs, he = self.lines[head_line]
                    headline = self.text[hs:he]
                sentences = _line_sentences(self.text, s, e, headline)
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
