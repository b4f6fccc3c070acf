"""Earlier figures are history, not news: a toll a report recalls as superseded is never its current claim.

"It had earlier put the toll at 11", "up from 125", "the previous toll was 250", "revised from 12",
"revising its earlier figure of 11": the figure fills the ``previous`` of the report's current
statement's :class:`~casualty_cli.model.Revision`, and a statement read from it is dropped.
"The toll has risen to seven after two wounded officers died": the two are the injured who died,
counted in the seven, so the "two wounded" and "two died" read from that clause are dropped, and the
seven gets a breakdown part :data:`~casualty_cli.model.DIED_OF_WOUNDS` of two, which history moves
from the injured to the killed.

An event recalled in passing ("the attack came a week after a suicide bomber killed 20") is another
event: the figures of the recalled clause are ``cumulative`` (other events'), as a running total is.

The phrases are one table, :data:`EARLIER_FORMS`, whose words are the lexicon's (``[earlier]`` and the
context's toll nouns and revision words); the tests run every row of it.

Work is linear in the report: a sentence looked at around a phrase reaches at most MAX_SENTENCE
characters each way, a paragraph :data:`PARAGRAPH_REACH`, and statements are found by offset (bisect),
never by a pass over all of them for each phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import accumulate
from typing import Final

from casualty_cli.extraction import compiled
from casualty_cli.extraction.context import cues
from casualty_cli.extraction.lexicon import alternation, lexicon, lexicon_data
from casualty_cli.extraction.numbers import FIGURE, FIGURE_BEFORE_TO, WORD_VALUES, parse_figure
from casualty_cli.extraction.prefilter import fold, leftmost, relaxed
from casualty_cli.extraction.sentences import MAX_SENTENCE
from casualty_cli.extraction.syntax import WEEKDAYS
from casualty_cli.extraction.tokens import lowered
from casualty_cli.model import DIED_OF_WOUNDS, Breakdown, Revision, Statement

__all__ = ["EARLIER_FORMS", "set_earlier_figures_apart", "set_recalled_events_apart"]

def _said_moved() -> list[str]:
    """The words that may stand before "from" and an earlier figure ("up from 125", "revised from 12",
    "climbed from 7"): the context's revision words, a "from" or "to" of theirs left out, and the verbs
    of a toll that changed."""
    c = cues()
    phrases = [words for table in (c.up, c.down, c.either) for group in table.values() for words in group]
    cut = [" ".join(words[:-1] if words[-1] in ("from", "to") else words) for words in phrases]
    return [*cut, *c.of_toll, *lexicon().toll_changes]


_W: Final = {name: alternation(words) for name, words in lexicon().earlier.items()}
_TOLL: Final = r"(?:death\s+)?" + alternation(cues().toll_nouns)
_DAY: Final = alternation(WEEKDAYS)
_MONTH: Final = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                 r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)")
#: A time of the report's day before the report's own telling: "had said shortly after dawn that 40 were
#: killed", "had said hours earlier" ([earlier] parts_of_day).
_DAY_TIME: Final = (
    rf"(?:(?:shortly|just|soon)\s+)?(?:after|before|at|by|in\s+the|early\s+in\s+the|that)\s+{_W['parts_of_day']}"
    r"|hours\s+earlier"
)
#: A day of the week, with a part of it: "on Monday", "on Monday night" ([earlier] parts_of_day).
_ON_DAY: Final = rf"on\s+{_DAY}(?:\s+{_W['parts_of_day']})?"
#: A verb of saying in the past perfect's participle, with whom it was told: "said", "told reporters",
#: "told local media", "told the state broadcaster" (whom: up to two words).
_SAYING: Final = rf"(?:{_W['said']}|told\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)"

#: A toll's clause told in the past perfect between a saying and its figure: "had said on Wednesday that the
#: toll had risen to 101", "had earlier said the death toll stood at 9".
_TOLL_HAD: Final = rf"(?:(?:the|its|their)\s+{_TOLL}\s+(?:had\s+)?{_W['toll_had']}\s+)?"

#: How a report names a figure it no longer holds: each form ends where the figure (``FIG``) stands. The
#: words of each place are lexicon tables: ``[earlier]`` (``_W``), the context's toll nouns and revision words.
EARLIER_FORMS: tuple[str, ...] = (
    # "it had earlier put the toll at 11", "officials initially gave the death toll as 9", "had earlier given a
    # figure of 201 dead"
    # (the toll told by "it": "had earlier put it at 15", "earlier reports had put it at 15")
    rf"(?:had\s+)?{_W['adverbs']}\s+{_W['gave']}\s+(?:(?:the|its|their|a)\s+{_TOLL}\s+(?:at|as|of)|it\s+at)\s+FIG",
    # "Earlier reports had put the toll at 113", "Earlier, officials had put the death toll at 9"
    rf"(?:{_W['adverbs']}|{_W['adjectives']}),?\s+(?:[\w-]+\s+){{1,3}}?(?:had\s+)?{_W['gave']}\s+(?:(?:the|its|their|a)\s+{_TOLL}\s+(?:at|as)|it\s+at)\s+FIG",
    # "Earlier on Thursday, a war monitor had reported more than 100 dead", "Earlier, the ministry had said
    # nine people were killed": a time before the report's, then a past perfect of saying
    rf"{_W['adverbs']},?\s+(?:[\w'’-]+,?\s+){{0,6}}?had\s+{_W['said']}\s+(?:that\s+)?{_TOLL_HAD}FIG",
    # "police had earlier said 9 people died", "the governor initially reported eight dead" (not "police
    # previously said 9 were hurt": a toll still held, that the report may add to)
    rf"(?:had\s+{_W['adverbs']}|{_W['since_changed']})\s+{_W['said']}\s+(?:that\s+)?{_TOLL_HAD}FIG",
    # "The ministry said at first that 40 had been killed": the same adverb told after the saying ([earlier]
    # after_saying)
    rf"{_W['said']}\s+{_W['after_saying']}\s+(?:that\s+)?{_TOLL_HAD}FIG",
    # "A village leader had on Monday told reporters that at least 120 were killed", "the army had said on
    # Sunday 16 died", "had on Sunday put the toll at 16", "had said shortly after dawn that 40 were killed":
    # a past perfect of saying dated by a day ("on Monday night"), or a time of the day, of its own
    rf"had\s+(?:{_ON_DAY}\s+(?:{_SAYING}|{_W['gave']}\s+(?:the|its|their|a)\s+{_TOLL}\s+(?:at|as))|{_SAYING}\s+(?:{_ON_DAY}|{_DAY_TIME}))"
    rf"\s+(?:that\s+)?{_TOLL_HAD}FIG",
    # "On Friday they had reported 58 dead", "On 10 September the ministry had reported 2,122 deaths", "On
    # Wednesday afternoon, officials had counted 13 dead": a day before the report's, then a past perfect
    # of saying or counting
    rf"on\s+(?:{_DAY}(?:\s+{_W['parts_of_day']})?|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}),?\s+(?:[\w'’-]+\s+){{1,3}}?"
    rf"had\s+(?:{_W['said']}|counted|recorded)\s+(?:that\s+)?{_TOLL_HAD}FIG",
    # "Initial reports said 113 people had died", "earlier estimates suggested 40"; an event note's "Initial
    # reports of 3 killed, later reports of 1 killed"
    rf"{_W['adjectives']}\s+(?:reports?|estimates?|figures?|accounts?)\s+(?:(?:had\s+)?(?:said|suggested|gave|put)\s+(?:that\s+)?{_TOLL_HAD}|of\s+)FIG",
    # "the previous toll was 250", "an earlier figure of 11", "its initial count had been 12"
    rf"{_W['adjectives']}\s+{_TOLL}\s+{_W['stood']}\s+FIG",
    # "after earlier saying 14 people had died", "having initially reported 9"
    rf"(?:after|having|while)\s+{_W['adverbs']}\s+(?:{_W['said']}|(?:putting|giving)\s+(?:the\s+|a\s+)?{_TOLL}\s+(?:at|as|of))"
    rf"\s+(?:that\s+)?{_TOLL_HAD}FIG",
    # "had been the first to report the strike, saying on Telegram over the weekend that more than 20 ...": the
    # first telling, told in the past perfect ([earlier] first_to)
    rf"had\s+been\s+the\s+first\s+to\s+{_W['first_to']}\b[^.;]{{0,80}}?,\s+saying\s+(?:[^.;]{{0,40}}?\s)?(?:that\s+)?{_TOLL_HAD}FIG",
    # "revised the number of people killed down to 1,482, from the 2,445 deaths it had reported": the new
    # figure after a word of the change and "to", then a comma and "from" the old one
    rf"{alternation(_said_moved())}\s+(?:[\w'’-]+\s+){{0,6}}?to\s+(?:\d{{1,3}}(?:,\d{{3}})+|[^\s,]+)(?:\s+[\w-]+){{0,2}}?,\s+(?:up\s+|down\s+)?from\s+(?:the|its|their)\s+FIG",
    # "up from 125", "revised from 12", "down from an earlier 30", "down from the 2,445 reported earlier"
    rf"{alternation(_said_moved())}\s+from\s+(?:an?\s+{_W['adjectives']}\s+(?:{_TOLL}\s+of\s+)?|(?:the|its|their)\s+)?FIG",
)
#: "up from 125": the form whose figure the new one may follow after "to" ("rose from 12 to 19")
_FROM_FORM: Final = len(EARLIER_FORMS) - 1


def _earlier_forms(figure: Callable[[int], str]) -> str:
    """The pattern of :data:`EARLIER_FORMS`, each form's ``FIG`` (its end) replaced by ``figure(n)``."""
    return r"\b(?:" + "|".join(f"(?:{form.replace('FIG', figure(n))})" for n, form in enumerate(EARLIER_FORMS)) + ")"


_EARLIER: Final = compiled.compile(
    _earlier_forms(lambda n: f"(?P<f{n}>" + (FIGURE_BEFORE_TO if n == _FROM_FORM else FIGURE) + ")"), re.I | re.X
)
#: The forms without their figures, for the report pre-filter (patterns.report_prefilter): every match of
#: _EARLIER starts with one, so a report where none stands holds no earlier figure. A ninth of _EARLIER's
#: length, with no figure's pattern: RE2 compiled the set 3.6x faster (27 ms -> 7.5 ms), and it let 69 of
#: gvc-dev's 2,983 reports through where the whole pattern let 5 (the searches after it find nothing more).
EARLIER_OPENINGS: Final = _earlier_forms(lambda n: "")
# "after two wounded officers died": injured people who died, already in the new toll. The words of being
# injured and of dying are the lexicon's verbs (one word injured; dying, with no one who killed).
_INJURED_WORDS: Final = [v.past for v in lexicon().verbs if v.outcome == "injured" and " " not in v.past]
_DIED_WORDS: Final = [v.past for v in lexicon().verbs if v.outcome == "killed" and not v.transitive]
_INJURED_DIED: Final = compiled.compile(
    r"\bafter\s+(?P<fig>" + FIGURE + r")\s+(?:more\s+)?(?:of\s+the\s+)?" + alternation(_INJURED_WORDS)
    + r"\s+(?:[\w-]+\s+){0,3}?" + alternation(_DIED_WORDS),
    re.I | re.X,
)


#: The hurt told with an earlier figure of the dead, in its clause after "and": "Officials had initially counted
#: 153 dead, most of whom were buried on Wednesday, and about 100 injured" (no verb of its own between).
_HURT_TOO: Final = compiled.compile(
    r"[^;:]*?,?\s+and\s+(?P<fig>" + FIGURE + r")\s+(?:(?:people|others|more)\s+)?(?:were\s+|had\s+been\s+)?"
    + alternation(_INJURED_WORDS) + r"\b",
    re.I | re.X,
)
_HURT_TOO_REACH: Final = 160
#: The adverbs that say both figures have changed since ([earlier] since_changed: "initially", "originally"),
#: not a time of the day's telling ("had said shortly after dawn that 40 were killed and 60 injured": the
#: injured may still stand)
_SINCE_CHANGED: Final = re.compile(r"\b" + _W["since_changed"] + r"\b", re.I)


# "a week after a suicide bomber killed 20", "less than two weeks after an attack in Karachi": another event.
_RECALLED: Final = compiled.compile(
    r"\b(?:a|" + alternation(WORD_VALUES) + r"|\d+)\s+" + _W["spans"] + r"\s+after\s+(?:a|an|another)\s", re.I
)
#: Where a recalled clause inside its sentence ends: a clause joined after it by ", and" or ";" (as
#: readers._earlier_event ends another event's clause).
_JOINED_CLAUSE: Final = re.compile(r",\s+and\s|;")
#: A recalled clause that opens its sentence ("Two days after a bomb in Bogota, ...") ends at its comma.
_OPENING: Final = 30
#: How much longer than :data:`_OPENING` a dateline before the clause may be, when a dash ends it.
_DATELINE_REACH: Final = 50
_DATELINE_DASHES: Final = ("—", "–", ") -")


_FIRST_PLACE: dict[int, Callable[[bytes, int, int], tuple[int, int]] | None] = {}


def _first_place(pattern: re.Pattern[str]) -> Callable[[bytes, int, int], tuple[int, int]] | None:
    """Where RE2 finds ``pattern`` may first match in a text's fold (prefilter.py), or None without RE2.
    Made once a pattern (keyed by its id: hashing a compiled pattern hashes all its code, every time)."""
    key = id(pattern)
    if key not in _FIRST_PLACE:
        try:
            import re2  # noqa: F401
        except ImportError:  # pragma: no cover - the dependency is declared; this keeps a broken install working
            _FIRST_PLACE[key] = None
        else:
            _FIRST_PLACE[key] = leftmost(relaxed(pattern.pattern, pattern.flags & (re.I | re.X)))
    return _FIRST_PLACE[key]


def matches_from_first_place(pattern: re.Pattern[str], text: str, folded: bytes | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, ``re`` tried only where RE2 finds it may match (:func:`finditer_where_it_may`),
    and not at all when it finds no place (most reports). Searched everywhere by ``re``, the three patterns
    took a third of the reader's time on gvc-dev (0.78 s of 2.4 s); searched by ``re`` from RE2's first place
    to the report's end, the phrases of zero, earlier figures and recalled events still cost 400 M
    instructions over gvc-dev and acled-kenya-dev (callgrind, compiled). ``folded`` is ``fold(text)`` when
    the caller has it."""
    if _first_place(pattern) is None:
        return pattern.finditer(text)
    return finditer_where_it_may(pattern, text, fold(text) if folded is None else folded)


def search_where_it_may(pattern: re.Pattern[str], text: str, folded: bytes, pos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, with ``re`` tried only where RE2 finds the pattern may match in
    ``folded`` (``fold(text)``): the places RE2 finds come in order, and every place where ``pattern``
    matches is one of them, so the first where ``re`` matches too is the leftmost match."""
    first_place = _first_place(pattern)
    if first_place is None:
        return pattern.search(text, pos)
    n = len(folded)
    while True:
        at = first_place(folded, pos, n)[0]
        if at < 0:
            return None
        found = pattern.match(text, at)
        if found is not None:
            return found
        pos = at + 1


def finditer_where_it_may(pattern: re.Pattern[str], text: str, folded: bytes) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, each match found by :func:`search_where_it_may` from where the one
    before ended: ``re`` is tried only where RE2 finds the pattern may match in ``folded`` (``fold(text)``).
    After an empty match, ``re`` reads on by itself from it, as finditer does (an empty match steps on a
    character at the next search)."""
    pos = 0
    while (m := search_where_it_may(pattern, text, folded, pos)) is not None:
        if m.end() == m.start():
            yield from pattern.finditer(text, m.start())
            return
        yield m
        pos = m.end()


def search_within(pattern: re.Pattern[str], text: str, folded: bytes, start: int, end: int) -> re.Match[str] | None:
    """``pattern.search(text, start, end)``, searched by ``re`` only from the first place where RE2 finds
    the pattern may match in that span of ``folded`` (``fold(text)``), and not at all where it finds none
    (most sentences, for the patterns of claims, hedges and suicides asked about them: ``re`` tries those at
    nearly every letter). RE2 is given the span and the character before it, so that at the span's start
    it sees what ``re`` sees there, and at its end nothing after it, as ``re`` sees nothing after ``end``."""
    first_place = _first_place(pattern)
    if first_place is None or start >= end:
        return pattern.search(text, start, end)  # (an empty span: no span RE2 is to be asked about)
    lo = max(0, start - 1)
    data = folded[lo:end]
    at = first_place(data, start - lo, len(data))[0]
    return None if at < 0 else pattern.search(text, lo + at, end)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    lo, hi = max(0, pos - MAX_SENTENCE), min(len(text), pos + MAX_SENTENCE)
    start = max(text.rfind(". ", lo, pos) + 2, text.rfind("\n", lo, pos) + 1, lo)
    ends = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i != -1]
    return start, min(ends) if ends else hi


def _after_a_datelines_dash(text: str, start: int, at: int) -> bool:
    """Does the recalled clause at ``at`` open its sentence right after a dateline's dash, however long the
    dateline ("KOSTIANTYNIVKA, Ukraine (NYT) — Twelve days after a missile tore through the market, ...")?
    The dash is a clause's end, as the reader takes it (syntax.CLAUSE_END)."""
    head = text[start:at].rstrip()
    return head.endswith(_DATELINE_DASHES) and at - start <= _OPENING + _DATELINE_REACH


class _ByStart:
    """The indices of statements in order of their starts, to find those starting in a span."""

    def __init__(self, statements: list[Statement]) -> None:
        self.order = sorted(range(len(statements)), key=lambda i: statements[i].start)
        self.starts = [statements[i].start for i in self.order]

    def within(self, lo: int, hi: int) -> list[int]:
        """The indices of the statements with ``lo <= start < hi``."""
        return self.order[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def set_recalled_events_apart(text: str, statements: list[Statement], folded: bytes | None = None) -> list[Statement]:
    """``statements`` with those of a recalled event's clause made ``cumulative`` (another event's).
    ``folded`` is ``prefilter.fold(text)`` when the caller has it."""
    out = list(statements)
    by_start: _ByStart | None = None
    for m in matches_from_first_place(_RECALLED, text, folded):
        start, end = _sentence(text, m.start())
        if m.start() - start <= _OPENING or _after_a_datelines_dash(text, start, m.start()):
            comma = text.find(",", m.end(), end)
            end = end if comma == -1 else comma
        else:
            # "ended the search on Monday, a day after a ferry capsized, and the coast guard said the toll
            # stood at 31": a clause joined after the recalled one by ", and" or ";" is the report's own
            joined = _JOINED_CLAUSE.search(text, m.end(), end)
            end = end if joined is None else joined.start()
        by_start = by_start or _ByStart(out)  # (replacing a statement keeps its start)
        for i in by_start.within(m.start(), end):
            out[i] = replace(out[i], scope="cumulative")
    return out


#: A day of the calendar, month first or day first ("Oct. 7", "7 October"; [syntax] months)
_MONTHS: Final = alternation(sorted(lexicon().syntax["months"]))
_MONTH_DAY: Final = (rf"(?:\b(?P<m1>{_MONTHS})\.?\s+(?P<d1>[0-3]?\d)(?!\d|,\s*\d{{3}})\b"
               rf"|\b(?P<d2>[0-3]?\d)\s+(?P<m2>{_MONTHS})\b)")
_CALENDAR_DAY: Final = compiled.compile(_MONTH_DAY, re.I)
#: A comparison with an event of a day told since it: "the deadliest attack since the Hamas-led assault of
#: Oct. 7" ([cumulative] superlatives; the day within the clause of "since", before its comma)
_COMPARED_DAY: Final = compiled.compile(
    r"\b(?:" + alternation(lexicon_data()["cumulative"]["superlatives"]) + r")\b(?:\s+\S+){0,8}?\s+since\s"
    r"(?:[^,;:.]|\.(?=\s*\d)){0,80}?" + _MONTH_DAY,
    re.I,
)


def _day_of(m: re.Match[str]) -> tuple[str, int]:
    """The month (its first three letters) and day a match of :data:`_MONTH_DAY` names."""
    month, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
    return month[:3].lower(), int(day)


def set_compared_events_apart(text: str, statements: list[Statement], folded: bytes | None = None) -> list[Statement]:
    """``statements`` with those of the event a comparison names by its day made ``cumulative``: after "the
    deadliest attack on the territory since the assault of Oct. 7", a sentence that names that day before its
    figure ("The Oct. 7 attack killed about 1,200 people") tells of the event compared with, not of the
    report's own. ``folded`` is ``prefilter.fold(text)`` when the caller has it."""
    if " since " not in lowered(text):  # (the reader's lower-cased report, remembered: no copy made again)
        return statements
    # (from the first place RE2 finds a comparison may stand: ``re`` tried the superlatives at every place of
    # a report with " since ", 2.6 M instructions a report of gvc-dev, a twentieth of the whole reading)
    compared = [(m.end(), _day_of(m)) for m in matches_from_first_place(_COMPARED_DAY, text, folded)]
    if not compared:
        return statements
    out = list(statements)
    for n, st in enumerate(out):
        if st.scope != "incident" or st.outcome not in ("killed", "injured"):
            continue
        # (the sentence as the reader found it, its quote: "Oct. 7" ends no sentence)
        head = st.quote[:60]
        start = text.rfind(head, max(0, st.start - MAX_SENTENCE), st.start + len(head)) if head else -1
        if start < 0:
            start = _sentence(text, st.start)[0]
        days = {_day_of(m) for m in _CALENDAR_DAY.finditer(text, start, st.start)}
        if any(end <= start and day in days for end, day in compared):
            out[n] = replace(st, scope="cumulative")
    return out


#: How far from a phrase its paragraph is looked at, each way: a line of megabytes is no paragraph.
PARAGRAPH_REACH: Final = 5 * MAX_SENTENCE


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    lo, hi = max(0, pos - PARAGRAPH_REACH), min(len(text), pos + PARAGRAPH_REACH)
    start = max(text.rfind("\n", lo, pos) + 1, lo)
    end = text.find("\n", pos, hi)
    return start, hi if end == -1 else end


def _drop_inside(statements: list[Statement], spans: list[tuple[int, int, int | None]]) -> tuple[list[Statement], list[Statement]]:
    """The statements (kept, dropped): a statement is dropped when it starts inside a span or a span starts
    inside it."""
    spans = sorted(spans)
    los = [lo for lo, _, _ in spans]
    reach = list(accumulate((hi for _, hi, _ in spans), max))  # the furthest end of the spans so far
    kept: list[Statement] = []
    dropped: list[Statement] = []
    for st in statements:
        before = bisect_left(los, st.start + 1)  # the spans starting at or before it
        starts_inside = before > 0 and reach[before - 1] > st.start
        span_inside = bisect_left(los, st.end) > bisect_left(los, st.start)
        (dropped if starts_inside or span_inside else kept).append(st)
    return kept, dropped


#: One person told by an ordinal and a noun ("a sixth victim", "a second man")
_ORDINAL_ONE: Final = re.compile(r"an?\s+([\w-]+)\s", re.I)


def _ordinal_after(text: str, st: Statement, value: int) -> bool:
    """Is ``st`` one person told by the ordinal that follows an earlier figure ``value`` ("a sixth
    victim" after five)? ([identity] ordinals)"""
    m = _ORDINAL_ONE.match(text, st.start, st.end)
    return m is not None and lexicon().ordinals.get(m[1].lower()) == value + 1


def set_earlier_figures_apart(text: str, statements: list[Statement], folded: bytes | None = None) -> list[Statement]:
    """``statements`` without those read from an earlier figure, and with that figure as the
    ``previous`` of the revision its paragraph's current statements make (in the same order).
    ``folded`` is ``prefilter.fold(text)`` when the caller has it."""
    spans: list[tuple[int, int, int | None]] = []
    for m in matches_from_first_place(_EARLIER, text, folded):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        fig = parse_figure(m.group(name))
        spans.append((m.start(name), m.end(name), fig.best if fig else None))
        if " and " in text[m.end(name) : m.end(name) + _HURT_TOO_REACH] and _SINCE_CHANGED.search(m.group()):
            hurt = _HURT_TOO.match(text, m.end(name), _sentence(text, m.end(name))[1])
            if hurt is not None and (also := parse_figure(hurt.group("fig"))) is not None:
                spans.append((hurt.start("fig"), hurt.end("fig"), also.best))  # "... 153 dead, ..., and about 100 injured"
    moved: list[tuple[int, int]] = []  # (where, how many) injured people who died
    for m in matches_from_first_place(_INJURED_DIED, text, folded):
        spans.append((m.start(), m.end(), None))  # nothing to fill: what was read there goes
        fig = parse_figure(m.group("fig"))
        if fig is not None and fig.best:
            moved.append((m.start(), fig.best))
    if not spans:
        return statements

    kept, dropped = _drop_inside(statements, spans)
    # an earlier figure with no current figure of its outcome left is still the report's latest
    # ("The UN first reported at least 184 killed; officials expect the figure to rise to 300")
    current = {st.outcome for st in kept if st.scope == "incident" and st.best is not None}
    if any(st.outcome not in current and st.scope == "incident" and st.best is not None for st in dropped):
        _, earlier = _drop_inside(dropped, [span for span in spans if span[2] is not None])
        back = {id(st) for st in earlier if st.outcome not in current and st.scope == "incident" and st.best is not None}
        if back:
            staying = back | {id(st) for st in kept}
            kept = [st for st in statements if id(st) in staying]
            dropped = [st for st in dropped if id(st) not in back]
    # The outcome of a span is that of the first dropped statement holding it or after it: one whose
    # start, or last character, is at or past the span's start.
    dropped_reach = list(accumulate((max(st.start, st.end - 1) for st in dropped), max))
    by_start = _ByStart(kept)  # (replacing a statement keeps its start)
    # the kept statements a revision may yet be given, by outcome and figure
    unrevised: dict[tuple[str, int | None], list[int]] = {}
    for n, st in enumerate(kept):
        if not (st.revision and st.revision.previous is not None):
            unrevised.setdefault((st.outcome, st.best), []).append(n)
    for lo, _, value in spans:
        if value is None:
            continue
        first = bisect_left(dropped_reach, lo)
        outcome = dropped[first].outcome if first < len(dropped) else "killed"
        para = _paragraph(text, lo)
        # "385 were killed, up from the 312 previously documented. The remains of 104 have been identified": where
        # the earlier figure's own sentence gives a figure of its outcome, that figure is its revision, no other
        own = [n for n in by_start.within(*_sentence(text, lo))
               if kept[n].outcome == outcome and kept[n].best is not None and kept[n].best != value]
        figures = {
            kept[n].best for n in (own or by_start.within(*para))
            if kept[n].outcome == outcome and kept[n].best is not None and kept[n].best != value
        }  # fmt: skip
        for figure in figures:
            assert figure is not None
            for n in sorted(unrevised.pop((outcome, figure), [])):
                if figure == 1 and _ordinal_after(text, kept[n], value):
                    # "The mayor first said five people had died ... a sixth victim had died": the toll is six
                    kept[n] = replace(kept[n], best=value + 1, low=value + 1, high=value + 1,
                                      revision=Revision("up", value), derivation=f"{value} told before, and one more")
                    continue
                kept[n] = replace(kept[n], revision=Revision("up" if figure > value else "down", value))
    tolls: set[int] = set()  # the new tolls that hold the wounded who died, less them
    for at, count in moved:
        # the new toll counts them: "has risen to seven after two wounded officers died"
        for n in by_start.within(*_sentence(text, at)):
            st = kept[n]
            if st.outcome == "killed" and not any(b.group == DIED_OF_WOUNDS for b in st.breakdown):
                kept[n] = replace(st, breakdown=[*st.breakdown, Breakdown(DIED_OF_WOUNDS, count)])
                if st.best and st.best > count and len(moved) == 1:
                    tolls.add(st.best - count)
    if tolls:
        _wounded_of_the_earlier_toll(text, kept, by_start, spans, dropped, dropped_reach, tolls, moved[0][1])
    return kept


def _wounded_of_the_earlier_toll(
    text: str, kept: list[Statement], by_start: _ByStart, spans: list[tuple[int, int, int | None]],
    dropped: list[Statement], dropped_reach: list[int], tolls: set[int], died: int,
) -> None:
    """ "The death toll ... rose to 55 on Saturday after three more injured succumbed ... The minister had said on
    Friday that 52 people were killed and over 70 injured": an earlier count of the dead that the toll rose from
    by just the wounded who died (52 and 3 make 55) was told with the wounded before they died, so those wounded,
    told in its sentence, are the whole less them (67, "70 injured, less 3 who died"). ``kept`` is changed in
    place."""
    for lo, _, value in spans:
        if value not in tolls:
            continue
        first = bisect_left(dropped_reach, lo)
        if first >= len(dropped) or dropped[first].outcome != "killed":
            continue
        for n in by_start.within(*_sentence(text, lo)):
            st = kept[n]
            if st.outcome == "injured" and st.scope == "incident" and st.derivation is None and st.best and st.best > died:
                kept[n] = replace(st, best=st.best - died, low=None if st.low is None else st.low - died,
                                  high=None if st.high is None else st.high - died,
                                  derivation=f"{st.best} injured, less {died} who died")
