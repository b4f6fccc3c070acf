"""Event dates: the day a sentence's event happened, read relative to the report's publication date.

Two pure functions:

* :func:`find_date_phrases` lists every date phrase in ``text[start:end]`` as ``(start, end, phrase)``
  with offsets into ``text``. The extraction engine masks these spans so that "Feb. 15", "2/15/2016"
  or "in 2016" is never read as a casualty count.
* :func:`find_event_date` returns the date of the event a sentence (or headline) describes.

Which phrase wins when a span holds several: the **first, left to right, that resolves to a day**, but
a day in the possessive before a noun of one event ("the toll from Monday's earthquake climbed past
21,000 on Friday") comes first, unless a calendar day ("Dec. 3") is told before it.
Phrases that cannot resolve are skipped, not fatal: vague ones ("a few days ago", "February 2016",
"in 2016"), future ones ("next Monday"), relative ones when ``published`` is None, impossible days
("Feb. 30"). Simple and predictable; a sentence rarely names two event days.

Semantics, all plain date arithmetic on ``published``:

* today, tonight, this morning/afternoon/evening, early today: ``published``
* yesterday (morning...), last night: the day before; the day before yesterday, N days ago: N days before
* Monday, early Monday, Tuesday night: the most recent such weekday on or before ``published`` (a
  Monday report saying "Monday" means that day); last Friday, this past Friday: strictly before
* Feb. 15, 15 February: the most recent Feb 15 on or before ``published`` + :data:`FUTURE_TOLERANCE`;
  with a year (Feb. 15, 2016; 15 February 2016; 2/15/2016; 2016-02-15) that day, even with no ``published``

Not phrases at all: vague words with no number in them ("last week", "earlier this month", "tomorrow"):
they name no day and hold no figure to mask. Month names must be capitalised (as English writes them),
which keeps "may have killed" and "march on" out; "10 May" and "12 March" also need a year, because
"10 may have died" is a count. A day number followed by a count noun ("in June 12 people died") is a
count. "USA Today", "Russia Today", "the Sunday Times" are not dates; bare numbers never are.

Speed (the engine calls this for every sentence of millions of characters; see bench/bench_dates.py):
Python's ``re`` pays about 2 µs a position for a dozen-branch case-insensitive pattern like
:data:`_DATE_PHRASE`: a plain ``finditer`` over the 5.6 M-character evaluation corpus takes 10 s. So
:data:`_PREFILTER`, one regex whose branches each open with a literal character (which lets ``re`` skip
ahead in C), finds *anchors*: a character every date phrase must contain ("y" of "day", the capital of a
month, "g" of "night"...). A span with no anchor is rejected at once. Each anchor then costs one or two
anchored ``match`` calls of the alternatives its character allows, at the start of its word or of the
few words just before it that may open a phrase ("early", "last", "the 15th of"). The result equals
``_DATE_PHRASE.finditer`` over the span (tests check this on generated text), and is memoised per
``(text, start, end)`` so that the engine's two calls for one sentence scan it once.

No dateparser in the hot path: every form ``_DATE_PHRASE`` accepts is unambiguous once its groups are
read, so a month table and ``date()`` resolve it, while ``dateparser.parse`` costs 0.5-1 ms a call. The
tests check our month-day readings against dateparser.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Final

from casualty_cli.extraction import compiled
from casualty_cli.extraction.lexicon import alternation, lexicon_data

__all__ = ["FUTURE_TOLERANCE", "days_told", "find_date_phrases", "find_event_date"]

#: How far past the publication date a yearless "Feb. 15" may fall and still mean this year's Feb 15
#: (publication dates are often a day off, and a late edition carries tomorrow's date).
FUTURE_TOLERANCE: Final = timedelta(days=3)

# ---------------------------------------------------------------------------------------------------
# Building blocks, composed into the phrase alternatives below.

_WEEKDAY: Final = r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"

# A month name, capitalised ("Feb", "FEB"): the capital keeps out "may" and "march" the verbs. A dot
# only after an abbreviation: in "in March. 3 suspects..." the dot ends a sentence.
_MONTH: Final = r"""
    \b (?= (?-i:[A-Z]) )
    (?: (?: january | february | march | april | may | june | july | august | september | october
          | november | december ) \b
      | (?: jan | feb | mar | apr | jun | jul | aug | sept? | oct | nov | dec ) \b \.? )
"""
# After a day number ("10 May") May and March need a year too: "10 may have died" is a count.
_MONTH_BUT_MAY_MARCH: Final = r"""
    \b (?= (?-i:[A-Z]) )
    (?: (?: january | february | april | june | july | august | september | october | november
          | december ) \b
      | (?: jan | feb | apr | jun | jul | aug | sept? | oct | nov | dec ) \b \.? )
"""

# A day of the month, 1-31, optionally "15th"; never part of a longer number ("2,015", "1.5", "150").
_DAY: Final = r"""
    \b (?<!\d[,.])                          # a word of its own, not the tail of "2,015" or "1.5"
    (?: [12]\d | 3[01] | 0?[1-9] ) (?: st | nd | rd | th )? \b
    (?! [.,:]\d )
"""
_YEAR: Final = r"(?:19|20)\d\d \b (?![.,]\d)"

# A number followed by one of these is a count, not a day: "in June 12 people died". Nouns only: verbs
# would also reject the common "the attack on Feb. 10 killed 11".
_NOT_A_DAY: Final = r"""
    (?! \s+ (?: people | persons | men | women | children | kids | civilians | soldiers | officers
              | others | more | of \s+ them ) \b )
"""
_COUNT_WORD: Final = r"\b(?: \d{1,2} | an? | one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve )"

# ---------------------------------------------------------------------------------------------------
# The phrase alternatives. Each becomes a named group naming the phrase's kind; it is the outermost group
# of its alternative, so it closes last and ``match.lastgroup`` names it. Where two alternatives can
# start at the same place the longer reading comes first ("Monday, Feb. 15" before "Monday").
_ALTERNATIVES: Final = {
    "md": rf"""                             # Feb. 15 | February 15, 2016 | Monday, Feb. 15 | May 5th
        (?: {_WEEKDAY} ,? \s+ )?            #   a weekday in front belongs to the date
        (?P<md_month> {_MONTH} ) \s*
        (?P<md_day> {_DAY} ) {_NOT_A_DAY}
        (?: ,? \s* (?P<md_year> {_YEAR} ) )?
    """,
    "dm": rf"""                             # 15 February 2016 | the 15th of February | 3 Sept.
        (?: \b the \s+ )?
        (?P<dm_day> {_DAY} ) (?: \s+ of )? \s+
        (?: (?P<dm_month> {_MONTH} ) ,? \s* (?P<dm_year> {_YEAR} )
          | (?P<dm_month2> {_MONTH_BUT_MAY_MARCH} ) )          # "10 May" without a year is a count
    """,
    "iso": r"""                             # 2016-02-15 | 2016/02/15
        (?<![\d/.-])
        (?P<iso_y> (?:19|20)\d\d ) (?P<iso_sep>[-/]) (?P<iso_m> [01]?\d ) (?P=iso_sep) (?P<iso_d> [0-3]?\d )
        (?![\d/-])
    """,
    "num": r"""                             # 2/15/2016 | 2/15/16 | 02-15-2016 (US order; 15/2/2016 too)
        (?<![\d/.-])
        (?P<num_a> [0-3]?\d ) (?P<num_sep>[-/]) (?P<num_b> [0-3]?\d ) (?P=num_sep)
        (?P<num_y> (?:19|20)\d\d | (?<=/)\d\d )   # a two-digit year only after a slash: "3-2-16" is a score
        (?![\d/-])
    """,
    "today": r"""                           # today | tonight | this morning | early today
        \b (?: (?: early | earlier | late | later ) \s+ )?
        (?: (?<!usa\s)(?<!russia\s)(?<!psychology\s) today (?! \s+ show \b )
          | tonight
          | this \s+ (?: morning | afternoon | evening ) )
        \b
    """,
    "yesterday": r"""                       # yesterday | yesterday morning | last night | late last night
        \b (?: (?: early | late ) \s+ )?
        (?: yesterday (?: \s+ (?: morning | afternoon | evening ) )? | last \s+ night )
        \b
    """,
    "ereyesterday": r"""                    # the day before yesterday
        \b (?: the \s+ )? day \s+ before \s+ yesterday \b
    """,
    "days_ago": rf"""                       # 3 days ago | two days ago | a day ago
        (?<!\d) (?<!\d[,.]) (?P<ago_n> {_COUNT_WORD} ) \s+ days? \s+ ago \b
    """,
    "weekday": rf"""                        # Monday | late Saturday | Tuesday night | last Friday
        \b (?: (?: early | earlier | late | later ) \s+ )?
        (?: (?P<wd_rel> last | this \s+ past | past | next | this \s+ coming | coming | this ) \s+ )?
        (?P<wd_name> {_WEEKDAY} ) \b
        (?! \s+ (?: times | telegraph | mirror | express | people | school ) \b )  # papers; Sunday school
        (?: \s+ (?: morning | afternoon | evening | night ) \b )?
    """,
    # Vague phrases are found, so that their numbers are masked, but never resolved to a day.
    "ago": rf"""                            # a few days ago | two weeks ago | 3 years ago
        (?<!\d) (?<!\d[,.]) \b (?: a \s+ few | several | {_COUNT_WORD} ) \s+ (?: days | weeks? | months? | years? ) \s+ ago \b
    """,
    "month_year": rf"""                     # February 2016
        {_MONTH} ,? \s+ {_YEAR}
    """,
    "year": rf"""                           # in 2016 | since 1999
        \b (?: in | since | during | until | before | after ) \s+ {_YEAR} {_NOT_A_DAY}
    """,
}


def _phrase_pattern(*kinds: str) -> re.Pattern[str]:
    """One pattern of the alternatives named, in the order of _ALTERNATIVES (longer readings first)."""
    return compiled.compile(
        "|".join(f"(?P<{kind}>{body})" for kind, body in _ALTERNATIVES.items() if kind in kinds),
        re.IGNORECASE | re.VERBOSE,
    )


#: Every date phrase. _scan must find exactly what ``_DATE_PHRASE.finditer`` finds (a test checks it),
#: but only tries the part of it that the anchor's character allows, which fails faster.
_DATE_PHRASE: Final = _phrase_pattern(*_ALTERNATIVES)
_AFTER_DAY_WORD: Final = _phrase_pattern("md", "today", "yesterday", "ereyesterday", "days_ago", "weekday", "ago")
_AFTER_TIME_WORD: Final = _phrase_pattern("today", "yesterday", "ago")
_AFTER_MONTH: Final = _phrase_pattern("md", "dm", "month_year")
_AFTER_NUMBER: Final = _phrase_pattern("iso", "num", "year")
# 'F' starts both "Feb" and the "F" of "AFTERNOON".
_AFTER_F: Final = _phrase_pattern("md", "dm", "month_year", "today", "yesterday", "ago")
_PHRASE_AFTER_ANCHOR: Final = {
    "y": _AFTER_DAY_WORD, "Y": _AFTER_DAY_WORD,
    "g": _AFTER_TIME_WORD, "G": _AFTER_TIME_WORD, "f": _AFTER_TIME_WORD, "F": _AFTER_F,
    "J": _AFTER_MONTH, "M": _AFTER_MONTH, "A": _AFTER_MONTH, "S": _AFTER_MONTH,
    "O": _AFTER_MONTH, "N": _AFTER_MONTH, "D": _AFTER_MONTH,
    "/": _AFTER_NUMBER, "1": _AFTER_NUMBER, "2": _AFTER_NUMBER,
}  # fmt: skip

# Every phrase _DATE_PHRASE matches contains one of these anchors, so a span without one has no phrase.
# Each branch opens with one literal character and the pattern has no IGNORECASE: then ``re`` scans for
# the set of those characters in C, and at a hit skips in C every branch whose character differs. Open a
# branch with anything else (a class, a lookbehind) and ``re`` tries the whole pattern at every place.
# Lookarounds accept any case, as _DATE_PHRASE does; months want a capital, as _DATE_PHRASE does.
_PREFILTER: Final = compiled.compile(
    r"""
      y (?<= [dD][aA]y )              | Y (?<= [dD][aA]Y )              # Monday, today, yesterday, 3 days ago
    | g (?<= [nN][iI]g ) (?= [hH][tT] ) | G (?<= [nN][iI]G ) (?= [hH][tT] )   # tonight, last night
    | g (?<= [rReE][nN][iI][nN]g )    | G (?<= [rReE][nN][iI][nN]G )    # this morning, this evening
    | g (?<= [aA]g ) (?= [oO]\b )     | G (?<= [aA]G ) (?= [oO]\b )     # two weeks ago
    | f (?<= [aA]f ) (?= [tT][eE][rR][nN][oO][oO][nN] )                 # this afternoon
    | F (?<= [aA]F ) (?= [tT][eE][rR][nN][oO][oO][nN] )
    # A capitalised month at a word start (the (?<!...) sees the letter before the capital).
    | J (?<! [^\W\d_]J ) (?= (?i: an(?:uary)? | une? | uly? ) \b )
    | F (?<! [^\W\d_]F ) (?= (?i: eb(?:ruary)? ) \b )
    | M (?<! [^\W\d_]M ) (?= (?i: ar(?:ch)? | ay ) \b )
    | A (?<! [^\W\d_]A ) (?= (?i: pr(?:il)? | ug(?:ust)? ) \b )
    | S (?<! [^\W\d_]S ) (?= (?i: ept?(?:ember)? ) \b )
    | O (?<! [^\W\d_]O ) (?= (?i: ct(?:ober)? ) \b )
    | N (?<! [^\W\d_]N ) (?= (?i: ov(?:ember)? ) \b )
    | D (?<! [^\W\d_]D ) (?= (?i: ec(?:ember)? ) \b )
    | / (?<= [0-9]/ ) (?= [0-9] )                                       # 2/15/16
    | 1 (?<! [0-9]1 ) (?= 9[0-9][0-9](?![0-9]) )                        # 19xx
    | 2 (?<! [0-9]2 ) (?= 0[0-9][0-9](?![0-9]) )                        # 20xx
    """,
    re.VERBOSE,
)

# Words that may stand before an anchor's word inside one phrase: "early", "this past" (Monday), "the
# 15th of" (February), "two" (days ago), "in" (2016). Numbers are checked apart, by _OPENER_NUMBER.
_OPENERS: Final = frozenset(
    "early earlier late later last this past next coming the of in since during until before after "
    "a an few several one two three four five six seven eight nine ten eleven twelve "
    "days week weeks month months year years".split()
)
_OPENER_NUMBER: Final = compiled.compile(r"\d{1,2}(?:st|nd|rd|th)?", re.IGNORECASE)
_TRAILING_WORD: Final = compiled.compile(r"\w+\Z")
_MAX_OPENERS: Final = 4  # "earlier this past" + one spare: longer runs are not date phrases

_MONTH_NUMBER: Final = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
# date.weekday() numbers by the first two letters of the name.
_WEEKDAY_NUMBER: Final = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
_WORD_NUMBER: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_DAYS_BACK: Final = {"today": 0, "yesterday": 1, "ereyesterday": 2}


def find_date_phrases(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every date phrase in ``text[start:end]``: ``(start, end, phrase)``, offsets into ``text``.

    >>> find_date_phrases("11 people died Monday night, police said on Feb. 16, 2016.")
    [(15, 27, 'Monday night'), (44, 57, 'Feb. 16, 2016')]
    >>> find_date_phrases("The blast may have killed 12 people in March.")
    []
    """
    return [(m.start(), m.end(), m.group()) for m in _scan(text, *_bounds(text, start, end))]


def find_event_date(text: str, published: date | None, start: int = 0, end: int | None = None) -> date | None:
    """The date of the event in ``text[start:end]``, read relative to ``published``; None if none.

    The first phrase that resolves to a day wins, unless it only dates a saying ("said on Thursday") or
    a toll's change ("rose to 36 on Thursday") and another phrase resolves; see the module docstring.
    A day that owns the event ("Monday's earthquake", "yesterday's strike") comes before them all, but
    after a calendar day told before it.

    >>> find_event_date("Two men were shot late Tuesday night.", date(2014, 1, 29))
    datetime.date(2014, 1, 28)
    >>> find_event_date("He died yesterday.", None) is None
    True
    """
    if isinstance(published, datetime):  # a datetime is a date; keep the arithmetic in whole days
        published = published.date()
    said: date | None = None
    said_end = 0
    # each phrase with the day it resolves to, read once: phrases that resolve to none are skipped
    found = [(m, day) for m in _scan(text, *_bounds(text, start, end)) if (day := _resolve(m, published)) is not None]
    for m, day in found:
        if m.lastgroup in _CALENDAR:
            break  # "Five were shot Dec. 3, a block east of today's shooting": a calendar day told first stands
        if _owns_event().match(text, m.end()):
            return day  # "killed by Monday's earthquake climbed past 21,000 on Friday": the quake's day
    for m, resolved in found:
        if said is None and _SAID_ON.search(text, max(0, m.start() - 30), m.start()):
            said, said_end = resolved, m.end()  # "MSF said on Thursday that ... struck on Monday": the day of the saying
            continue
        return resolved
    if said is not None:
        stop = text.find(". ", said_end, said_end + 300)
        if _TOLL_NOW.search(text, said_end, said_end + 300 if stop == -1 else stop):
            return None  # "said on Saturday that the toll had reached nine": the day a toll was told, no event's
    return said


def days_told(text: str, published: date | None, start: int = 0, end: int | None = None) -> list[tuple[date, bool]]:
    """Every day the phrases of ``text[start:end]`` resolve to against ``published``, in order, each with
    whether its phrase names a calendar day ("Jan. 1", "8 January 2023") rather than one relative to the
    publication date ("on Sunday", "yesterday").

    >>> days_told("said on Sunday that 89 died on Jan. 1.", date(2023, 1, 8))
    [(datetime.date(2023, 1, 8), False), (datetime.date(2023, 1, 1), True)]
    """
    if isinstance(published, datetime):
        published = published.date()
    return [(day, m.lastgroup in _CALENDAR) for m in _scan(text, *_bounds(text, start, end))
            if (day := _resolve(m, published)) is not None]


#: The phrases that name a calendar day rather than one relative to the publication date.
_CALENDAR: Final = frozenset({"md", "dm", "iso", "num"})


@cache
def _owns_event() -> re.Pattern[str]:
    """A day's possessive before a noun of one event ([cumulative] one_events of the lexicon), up to three
    words on: "yesterday's strike", "Saturday night's stadium disaster", "Monday's 7.8-magnitude quake".
    That day names the event a sentence tells of, whatever other day dates its telling or its toll."""
    events = alternation(lexicon_data()["cumulative"]["one_events"])
    return compiled.compile(rf"['\u2019]s\s+(?:[\w.,-]+\s+){{0,3}}?(?:{events})\b", re.IGNORECASE)


# A day that only dates what someone said, or a toll's change: another day in the sentence is the event's.
_SAID_ON: Final = compiled.compile(
    r"\b(?:(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|added|confirmed|tweeted|reported|wrote)"
    r"|(?:rose|risen|rises|climbed|climbs|reached|jumped|stood\s+at)\s+(?:to\s+)?[\w,-]+)\s+(?:on\s+)?$"
)


# A toll told as it stands now: the day of its saying is when it was counted, not when the event was.
_TOLL_NOW: Final = compiled.compile(
    r"\b(?:had|has|have)\s+(?:now\s+|since\s+)?(?:risen|reached|climbed|jumped|grown|increased|passed|topped)\b"
)


def _bounds(text: str, start: int, end: int | None) -> tuple[int, int]:
    stop = len(text) if end is None else min(max(end, 0), len(text))
    return min(max(start, 0), stop), stop


# The engine asks for the phrases and for the event date of the same sentence: scan it once. The key
# holds the text; its hash is cached in the str object, so a hit costs no pass over it.
@lru_cache(maxsize=256)
def _scan(text: str, start: int, stop: int) -> tuple[re.Match[str], ...]:
    """The matches of ``_DATE_PHRASE.finditer(text, start, stop)``, found from anchors (module docstring)."""
    found: list[re.Match[str]] = []
    floor = start  # where the next phrase may begin: after the previous one
    for anchor in _PREFILTER.finditer(text, start, stop):
        at = anchor.start()
        if at < floor:
            continue  # inside the phrase just found ("yester-day", "Feb. 15, 2016")
        pattern = _PHRASE_AFTER_ANCHOR[anchor.group()]
        for candidate in _phrase_starts(text, _word_start(text, at, floor), floor):
            m = pattern.match(text, candidate, stop)
            if m is not None and m.end() > at:
                found.append(m)
                floor = m.end()
                break
    return tuple(found)


def _word_start(text: str, at: int, floor: int) -> int:
    """The start of the word holding ``at``: of its letters, or of its digits, where a numeric date
    ("02-15-2016") counts as one run of digits (as "Monday2/15/16" holds the date "2/15/16")."""
    if text[at].isalpha():
        while at > floor and text[at - 1].isalpha():
            at -= 1
        return at
    while at > floor:
        before = text[at - 1]
        if before.isdigit() or (
            before in "/-" and at - 2 >= floor and text[at - 2].isdigit() and text[at].isdigit()
        ):
            at -= 1
        else:
            break
    return at


def _phrase_starts(text: str, word: int, floor: int) -> list[int]:
    """Where a phrase holding the word at ``word`` may start: the run of opener words just before it
    ("late last" night, "the 15th of" February), leftmost first, then the word itself."""
    if word == floor or not text[word - 1].isspace():
        return [word]  # glued to what precedes it, as in "(Monday": no openers
    window_start = max(floor, word - 40)
    window = text[window_start:word]
    words = window.split()
    if window_start > floor and not window[0].isspace() and not text[window_start - 1].isspace():
        words = words[1:]  # the first word was cut by the window's edge
    starts = [word]
    for token in reversed(words):
        core = _TRAILING_WORD.search(token)  # the word itself, without what it is glued to: “Last
        if core is None or len(starts) > _MAX_OPENERS:
            break
        opener = core.group()
        if not (opener.lower() in _OPENERS or _OPENER_NUMBER.fullmatch(opener)):
            break
        starts.append(text.rfind(opener, window_start, starts[-1]))
        if core.start() > 0:
            break  # glued to punctuation, as in 'home."This morning': nothing before it belongs
    starts.reverse()
    return starts


def _resolve(m: re.Match[str], published: date | None) -> date | None:
    """The day a phrase names, or None (vague, future, impossible, or relative with no ``published``)."""
    kind = m.lastgroup
    if kind == "md":
        return _month_day(m["md_month"], m["md_day"], m["md_year"], published)
    if kind == "dm":
        return _month_day(m["dm_month"] or m["dm_month2"], m["dm_day"], m["dm_year"], published)
    if kind == "iso":
        return _safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    if kind == "num":
        return _numeric(m["num_a"], m["num_b"], m["num_y"])
    if published is None:  # everything below is relative to the publication date
        return None
    if kind in _DAYS_BACK:
        return published - timedelta(days=_DAYS_BACK[kind])
    if kind == "days_ago":
        n = m["ago_n"].lower()
        return published - timedelta(days=int(n) if n.isdigit() else _WORD_NUMBER[n])
    if kind == "weekday":
        return _weekday(m["wd_name"], m["wd_rel"], published)
    return None  # vague


def _weekday(name: str, relation: str | None, published: date) -> date | None:
    back = (published.weekday() - _WEEKDAY_NUMBER[name[:2].lower()]) % 7
    relation = " ".join(relation.lower().split()) if relation else ""
    if relation in ("next", "coming", "this coming"):
        return None  # a day to come is never the event's
    if relation in ("last", "past", "this past") and back == 0:
        back = 7  # "last Friday" in a Friday paper is a week ago
    return published - timedelta(days=back)


def _month_day(month: str, day: str, year: str | None, published: date | None) -> date | None:
    month_number = _MONTH_NUMBER[month[:3].lower()]
    day_number = int(day.rstrip("stndrhSTNDRH"))
    if year is not None:
        return _safe_date(int(year), month_number, day_number)
    if published is None:
        return None
    # The most recent such day on or before publication (plus tolerance); a few years back for Feb 29.
    for year_number in range(published.year, published.year - 9, -1):
        candidate = _safe_date(year_number, month_number, day_number)
        if candidate is not None and candidate <= published + FUTURE_TOLERANCE:
            return candidate
    return None


def _numeric(a: str, b: str, year: str) -> date | None:
    year_number = int(year)
    if year_number < 100:  # "2/15/16": news is recent, so 16 is 2016 and 97 is 1997
        year_number += 2000 if year_number < 70 else 1900
    first, second = int(a), int(b)
    # US order (month/day); a first number above 12 can only be a day, as in 15/2/2016.
    return _safe_date(year_number, first, second) or _safe_date(year_number, second, first)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
