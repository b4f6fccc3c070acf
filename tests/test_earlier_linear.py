"""earlier.py finds statements by offset, not by a pass over all of them for each phrase: its results are
those of the plain loops it was first written with (below), on reports of many phrases and statements."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli.extraction import earlier, fatality_codes
from casualty_cli.extraction.prefilter import fold
from casualty_cli.extraction.readers import outcome_words
from casualty_cli.model import DIED_OF_WOUNDS, Breakdown, Revision, Statement

PHRASES = [
    "The toll rose to 40, up from 12 the day before. ",
    "It had earlier put the toll at 9. ",
    "The march came a week after a bomb killed 30 people. ",
    "Two days after an attack in the port, 7 were hurt. ",
    "The toll rose to 7 after two wounded officers died. ",
    "Officials said 14 people died in the crash, revised from 12. ",
    "Police were at the scene. ",
    "\n",
]


def reference_recalled(text: str, statements: list[Statement]) -> list[Statement]:
    out = statements
    for m in earlier._RECALLED.finditer(text):
        start = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1)
        ends = [i for i in (text.find(". ", m.start()), text.find("\n", m.start())) if i != -1]
        end = min(ends) if ends else len(text)
        if m.start() - start <= earlier._OPENING:
            comma = text.find(",", m.end(), end)
            end = end if comma == -1 else comma
        out = [replace(s, scope="cumulative") if m.start() <= s.start < end else s for s in out]
    return out


def reference_earlier(text: str, statements: list[Statement]) -> list[Statement]:
    spans: list[tuple[int, int, int | None]] = []
    for m in earlier._EARLIER.finditer(text):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        fig = earlier.parse_figure(m.group(name))
        spans.append((m.start(name), m.end(name), fig.best if fig else None))
    moved: list[tuple[int, int]] = []
    for m in earlier._INJURED_DIED.finditer(text):
        spans.append((m.start(), m.end(), None))
        fig = earlier.parse_figure(m.group("fig"))
        if fig is not None and fig.best:
            moved.append((m.start(), fig.best))
    if not spans:
        return statements

    def inside(s: Statement, lo: int, hi: int) -> bool:
        return lo <= s.start < hi or s.start <= lo < s.end

    kept = [s for s in statements if not any(inside(s, lo, hi) for lo, hi, _ in spans)]
    dropped = [s for s in statements if any(inside(s, lo, hi) for lo, hi, _ in spans)]
    # an earlier figure with no current figure of its outcome left stays
    current = {s.outcome for s in kept if s.scope == "incident" and s.best is not None}
    back = {id(s) for s in dropped if s.outcome not in current and s.scope == "incident" and s.best is not None
            and any(inside(s, lo, hi) for lo, hi, value in spans if value is not None)}
    kept = [s for s in statements if id(s) in back or not any(inside(s, lo, hi) for lo, hi, _ in spans)]
    dropped = [s for s in dropped if id(s) not in back]
    for lo, _, value in spans:
        if value is None:
            continue
        outcome = next((s.outcome for s in dropped if s.start <= lo < s.end or lo <= s.start), "killed")
        p0, p1 = text.rfind("\n", 0, lo) + 1, text.find("\n", lo)
        p1 = len(text) if p1 == -1 else p1
        # (the figures of the earlier figure's own sentence, where it gives one of its outcome)
        s0 = max(text.rfind(". ", 0, lo) + 2, text.rfind("\n", 0, lo) + 1)
        ends = [i for i in (text.find(". ", lo), text.find("\n", lo)) if i != -1]
        s1 = min(ends) if ends else len(text)
        own = {s.best for s in kept if s.outcome == outcome and s.best is not None and s.best != value and s0 <= s.start < s1}
        figures = own or {
            s.best for s in kept if s.outcome == outcome and s.best is not None and s.best != value and p0 <= s.start < p1
        }
        for n, s in enumerate(kept):
            if s.outcome != outcome or s.best not in figures or (s.revision and s.revision.previous is not None):
                continue
            assert s.best is not None
            kept[n] = replace(s, revision=Revision("up" if s.best > value else "down", value))
    for at, count in moved:
        s0 = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
        ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
        s1 = min(ends) if ends else len(text)
        for n, s in enumerate(kept):
            if s.outcome == "killed" and s0 <= s.start < s1 and not any(b.group == DIED_OF_WOUNDS for b in s.breakdown):
                kept[n] = replace(s, breakdown=[*s.breakdown, Breakdown(DIED_OF_WOUNDS, count)])
    return kept


def random_statements(rng: random.Random, size: int, count: int) -> list[Statement]:
    """Statements anywhere in the text, in any order, some long, some already revised."""
    out = []
    for _ in range(count):
        start = rng.randrange(size)
        end = min(size, start + rng.choice([1, 2, 5, 30, 400]))
        revision = rng.choice([None, Revision("up", None), Revision("down", 3)])
        out.append(Statement("d", rng.choice(["killed", "injured"]), rng.choice([None, 7, 9, 12, 40]), None, None,
                             "exact", start, end, "q", revision=revision))
    return out


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**32), phrases=st.integers(1, 40), count=st.integers(0, 60))
def test_earlier_figures_are_set_apart_as_by_the_plain_loops(seed: int, phrases: int, count: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PHRASES) for _ in range(phrases))
    statements = random_statements(rng, len(text), count)
    assert earlier.set_earlier_figures_apart(text, statements) == reference_earlier(text, statements)
    assert earlier.set_recalled_events_apart(text, statements) == reference_recalled(text, statements)


#: Pieces that re's \s, \b and re.I read in their own ways: no-break and em spaces, the long s and the
#: Kelvin sign (re.I matches them with s and k), letters that are no ASCII, upper case.
ODD_PIECES = ["up", "UP", "from", "\xa0", "\u2003", " ", "12", "ſix", "days", "weeks", "after", "a", "an",
              "earlier", "toll", "at", "wounded", "officers", "died", "é", "Ünd", "K", "\n", ".", ",", "of",
              "previous", "was", "9", "revised", "put", "the", "injured",
              # words the forms take from the lexicon's tables: revision verbs, toll nouns, verbs of dying
              "climbed", "estimate", "tally", "seven", "did", "n't", "didn't", "didn’t", "survive", "perished"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ODD_PIECES + PHRASES), max_size=40))
def test_the_pre_scan_never_misses_a_match(pieces: list[str]) -> None:
    """RE2 only says where a pattern may first match; the matches are re's, all of them."""
    text = " ".join(pieces)
    for pattern in (earlier._EARLIER, earlier._INJURED_DIED, earlier._RECALLED):
        found = [m.span() for m in earlier.matches_from_first_place(pattern, text, None)]
        assert found == [m.span() for m in pattern.finditer(text)]


#: Pieces of a comparison with an event of a day: "the deadliest attack since the assault of Oct. 7".
COMPARISON_PIECES = ["the", "deadliest", "Worst", "deadliest-ever", "first", "attack", "since", "Since", "of",
                     "Oct.", "oct", "October", "7", "31", "2023", "4.5", ",", ".", ";", "\n", "\xa0", "ſince", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COMPARISON_PIECES), max_size=30))
def test_the_pre_scan_never_misses_a_comparison(pieces: list[str]) -> None:
    """A comparison with an event of a day is read from the first place RE2 finds one may stand: the
    matches are re's, all of them."""
    text = " ".join(pieces)
    found = [m.span() for m in earlier.matches_from_first_place(earlier._COMPARED_DAY, text, fold(text))]
    assert found == [m.span() for m in earlier._COMPARED_DAY.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*ODD_PIECES, *PHRASES, "skilled", "shotgun", "shot", "killed", "-killed",
                                 "in critical condition", "critical", "o'killed"]), max_size=40),
       st.integers(min_value=0, max_value=60))
def test_searching_where_re2_says_finds_what_re_finds(pieces: list[str], pos: int) -> None:
    """The outcome words are searched where RE2 finds they may stand: the match is re's own, from any place."""
    text = " ".join(pieces).lower()
    words = outcome_words()
    found = earlier.search_where_it_may(words, text, fold(text), pos)
    expected = words.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*ODD_PIECES, "M42P", "(F05P)", "F??O", "M4", "F15E", "M73MH", ",", ")", "É", "Ⅻ", "٣"]),
                max_size=40))
def test_the_pre_scan_never_misses_a_fatality_code(pieces: list[str]) -> None:
    """NWS fatality codes are read from the first place RE2 finds one may stand: the codes are re's, all of them."""
    text = " ".join(pieces)
    found = [m.span() for m in earlier.matches_from_first_place(fatality_codes._ALONE, text, fold(text))]
    assert found == [m.span() for m in fatality_codes._ALONE.finditer(text)]


#: Pieces of the other patterns the report pre-filter answers for: phrases of zero (any case), labels of
#: links to other stories at a line's start, fatality codes.
REPORT_PIECES = ["No", "no", "deaths", "casualties", "injuries", "were", "reported", "Related", "RELATED:",
                 "Read more", "trending", "\n", ":", "•", "—", "M42P", "(F05P)", "F??O", "More", "stories"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*ODD_PIECES, *PHRASES, *REPORT_PIECES]), max_size=40))
def test_the_report_pre_filter_never_rules_out_a_match(pieces: list[str]) -> None:
    """One RE2 set pass tells which whole-report searches to make: each pattern it rules out for a report
    finds nothing there (the zero phrases are searched in the lower-cased text, the set reads the text)."""
    from casualty_cli.extraction import patterns as P
    from casualty_cli.extraction.context import zero_finder
    from casualty_cli.extraction.statements import _OTHER_STORY_LABEL

    text = " ".join(pieces)
    may = P.report_prefilter().Match(fold(text)) or ()
    searched = {
        P.EARLIER: earlier._EARLIER.search(text), P.INJURED_DIED: earlier._INJURED_DIED.search(text),
        P.RECALLED: earlier._RECALLED.search(text), P.ZEROS: zero_finder().search(text.lower()),
        P.FATALITY_CODES: fatality_codes._ALONE.search(text), P.OTHER_STORIES: _OTHER_STORY_LABEL.search(text),
    }
    for n, found in searched.items():
        assert found is None or n in may, n


#: Words of the patterns searched within a sentence's span (claims, unconfirmed figures, an attacker's
#: suicide), with marks and letters beyond ASCII around them.
WITHIN_PIECES = ["claimed", "claims", "Claim", "responsibility", "said", "says", "they", "it", "had", "killed",
                 "its", "fighters", "another", "report", "local", "sources", "conflicting", "accounts",
                 "unconfirmed", "not", "yet", "been", "confirmed", "verified", "and", "himself", "then", "herself",
                 "turning", "the", "gun", "on", "took", "his", "own", "life", "5", ",", ".", "’", "É", "x", "\n",
                 "a", "second", "victim", "The", "other", "passenger", "an"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WITHIN_PIECES), max_size=40), st.integers(0, 120), st.integers(0, 120))
def test_searching_within_a_span_finds_what_re_finds(pieces: list[str], start: int, length: int) -> None:
    """A span is searched by re from where RE2 finds a pattern may match in it (statements.py's claims,
    "a second victim," before a count; an attacker's suicide): re's own match, at any
    bounds (what stands just before the span and just after it must not change what RE2 lets through)."""
    from casualty_cli.extraction import patterns as P
    from casualty_cli.extraction import statements as S

    text = "".join(p if p in ",." else " " + p for p in pieces)
    end = min(len(text), start + length)
    for pattern, searched in ((S._CLAIM, text.lower()), (S._UNCONFIRMED, text.lower()), (P.SUICIDE_RE, text),
                              (S._NTH_VICTIM_BEFORE, text)):
        # (and the last 40 characters: "the second victim, " is looked for right before a count)
        for lo, hi in ((start, end), (max(0, len(text) - 40), len(text))):
            found = earlier.search_within(pattern, searched, fold(searched), lo, hi)
            expected = pattern.search(searched, lo, hi)
            assert (found and found.span()) == (expected and expected.span()), pattern.pattern[:40]
    # a window where no participle of _UNCONFIRMED stands holds no match of it (the reader tells so without it)
    for m in S._UNCONFIRMED.finditer(text.lower()):
        assert any(w in m.group() for w in S._CONFIRMED)


#: Pieces of a natural hazard's relative clause before a count ("the March 28 earthquake, which killed "),
#: with words of other clauses and marks around them.
HAZARD_PIECES = ["the", "earthquake", "Earthquake,", "(quake", "post-storm", "floods,", "heat", "police", "which",
                 "Which", "that", "killed", "left", "claimed", "more", "than", "at", "least", "3,700", "people", ",",
                 "shooting", "also", "-", "\n", "  ", "thatkilled", "earthquakes",
                 # beyond ASCII: what re.I matches with an ASCII letter, and what it does not
                 "’", "é", "\xa0", "\u2003", "whıch", "ſtorm", "leſt", "\u212a", "İce", "storm’s"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HAZARD_PIECES), max_size=14), st.booleans())
def test_a_hazard_relative_stands_where_its_words_do(pieces: list[str], spaced: bool) -> None:
    """statements._HAZARD_RELATIVE is searched in a window only where its words stand as
    _may_tell_a_hazard_relative finds them: every window where it matches is one of those."""
    from casualty_cli.extraction import statements as S

    window = " ".join(pieces) + (" " if spaced else "")
    if S._HAZARD_RELATIVE.search(window):
        assert S._may_tell_a_hazard_relative(window)


def test_the_characters_re_matches_with_an_ascii_letter_are_four() -> None:
    """prefilter.CASED_AS_ASCII names every character beyond ASCII that re.I matches with an ASCII letter."""
    from casualty_cli.extraction.prefilter import CASED_AS_ASCII

    letter = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF and letter.match(chr(c))}
    assert found == set(CASED_AS_ASCII)
    assert all(letter.match(c) and re.match(a, c, re.I) for c, a in CASED_AS_ASCII.items())
