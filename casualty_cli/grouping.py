"""Grouping statements into incidents: which event a statement speaks of, across reports.

The store calls only these functions, so the rules can change without touching storage:

- :func:`split_report` cuts one report's statements into events (a report may describe several).
- :func:`describe` makes a JSON-serialisable signature of one event as this report tells it.
- :func:`match` finds the stored incident a signature belongs to, or None for a new incident.
- :func:`merge` folds a new signature into an incident's stored one.
- :func:`title` makes a readable title (place, target, date) from a signature.

A report with no statements still has a signature: ``describe(doc, [])`` reads the date, places,
streets, people and target from the document alone, so it can be matched like any other.

The signature (``SIGNATURE_VERSION`` 1), every value JSON-native and every list short::

    {"v": 1,
     "date": "2016-02-15",        # best guess at the event date (ISO), or null
     "date_from": "statement",    # where it came from: statement | text | published | null
     "date_lo": "2016-02-15",     # the window the event may lie in; merging widens it
     "date_hi": "2016-02-15",
     "places": ["marat numan"],   # place keys (places.place_key), strongest first
     "place_names": ["Ma'arat al-Numan"],   # how each was first written, for titles
     "streets": ["edwards"], "names": ["kevin barbee"], "ages": [12, 13],
     "targets": ["hospital"],
     "mentions": ["2016-01-30"],  # days the text names outright, weeks before publication
     "keywords": ["medecins"],    # distinctive headline words (place_key spelling)
     "killed": 11, "injured": null,
     "published": "2016-02-16",   # publication of the (first) report
     "reports": 1}

Signatures stored before ``mentions``, ``keywords`` and ``published`` existed simply lack them.

Matching: an incident is a candidate when its date window and the new one's (each widened by a
day) overlap, or the days around publication do when the text's date lies outside them (a misread
date costs :data:`OFF_DATE_PENALTY`), or, for follow-up reports weeks later, when both name the same
person, or share a leading place and one names outright a day in the other's window ("charged in
the Aug. 5 shooting"); such a follow-up must score :data:`FOLLOW_UP_PENALTY` more. A candidate's
score adds evidence (same place, street, person, age, target, exact date, a day named outright) and
takes off for contradictions (named streets or people that differ); the best candidate over the
threshold wins. Different events in one city on one day (a weekend in Chicago) are told apart by
streets, names and ages.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from casualty_cli.extraction.dates import find_date_phrases, find_event_date
from casualty_cli.model import Document, Statement
from casualty_cli.places import extract_places, extract_streets, place_key, same_place, wordset

__all__ = [
    "SIGNATURE_VERSION",
    "WEIGHTS",
    "IncidentIndex",
    "Signature",
    "describe",
    "estimate_event_date",
    "match",
    "merge",
    "split_report",
    "title",
]

Signature = dict[str, Any]
SIGNATURE_VERSION = 1

#: Days either side of a date window within which two reports may still speak of one event.
DATE_TOLERANCE = 2
#: Without any date cue, the event is taken to lie this many days before publication at most.
PUBLICATION_LAG = 3
#: A follow-up report (naming the same person, or the day of the event) may come this many days
#: later: trials and sentences often come a year or two after the event.
FOLLOW_UP_DAYS = 730
#: A follow-up weeks away must score this much more than a report within the date tolerance.
FOLLOW_UP_PENALTY = 1.0
#: A report whose text dates it away from an incident published in its days must score this more.
OFF_DATE_PENALTY = 0.5
#: A follow-up must share one of the first this-many places of the incident.
FOLLOW_UP_PLACES = 3
#: A signature's date window never grows wider than this, so a long-running story can't swallow all.
MAX_WINDOW = 7
#: Score a candidate must reach to be the same incident.
THRESHOLD = 2.0
_LIST_LIMIT = 8

# --- dates ---------------------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_WEEKDAYS = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}

_DATE_CUE = re.compile(
    r"""
    \b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|
        Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s
      (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s(?P<year>(?:19|20)\d\d))?   # Jan. 27, 2014
    |\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b   # Monday evening
    |\b(?P<relative>yesterday|last\snight|overnight|early\stoday|earlier\stoday|this\smorning|
        today|tonight|this\safternoon|this\sevening)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Page furniture that carries dates of publication, not of the event.
_STAMP = re.compile(
    r"(?:Posted|Updated|Published|Last\sUpdated|Created|Modified)\s*(?:on|at)?:?\s[^\n]{0,80}", re.IGNORECASE
)
_RELATIVE_DAYS = {"yesterday": 1, "last night": 1, "overnight": 1}


def _resolve_cue(m: re.Match[str], published: date) -> date | None:
    if m.group("month"):
        month = _month_key(m.group("month"))
        day = int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else published.year
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if not m.group("year") and found > published + timedelta(days=1):
            try:
                found = date(year - 1, month, day)
            except ValueError:
                return None
        return found
    if m.group("weekday"):
        back = (published.weekday() - _WEEKDAYS[m.group("weekday").lower()]) % 7
        return published - timedelta(days=back)
    rel = re.sub(r"\s+", " ", m.group("relative").lower())
    return published - timedelta(days=_RELATIVE_DAYS.get(rel, 0))


def _month_key(word: str) -> int:
    w = word.lower().rstrip(".")
    return _MONTHS.get(w, _MONTHS.get(w[:3], 1))


def estimate_event_date(text: str, published: date | None, lead_chars: int = 1200) -> date | None:
    """The event date a report's own words point to: the first date cue of its lead.

    Cues are "Jan. 27", weekdays ("Monday evening": the latest such day up to publication), and
    "yesterday", "last night", "today". Cues more than a month before publication, or after it,
    are ignored (background, or page furniture). Without a publication date only full dates count.

    >>> estimate_event_date("Four teens were shot Monday evening, police said.", date(2014, 1, 28))
    datetime.date(2014, 1, 27)
    """
    lead = _STAMP.sub(" ", text[:lead_chars])
    for m in _DATE_CUE.finditer(lead):
        if published is None:
            if m.group("month") and m.group("year"):
                return _resolve_cue(m, date(int(m.group("year")), 12, 31))
            continue
        found = _resolve_cue(m, published)
        if found is not None and published - timedelta(days=31) <= found <= published + timedelta(days=1):
            return found
    return None


@lru_cache(maxsize=16384)
def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def _mentioned_dates(text: str, published: date | None) -> list[str]:
    """Days a report names outright ("on Aug. 5", "3/9/2016") that lie weeks or months before it
    was published: a follow-up (charges, a trial) names the day of the event it follows up.

    Weekdays and "yesterday" are left out: in a follow-up they name the day of the news, not of the
    event. Days within :data:`PUBLICATION_LAG` of publication add nothing the date window lacks.
    """
    if published is None:
        return []
    found: list[str] = []
    for start, end, phrase in find_date_phrases(text):
        if not any(c.isdigit() for c in phrase) or "ago" in phrase:
            continue
        day = find_event_date(text, published, start, end)
        if day is None or not PUBLICATION_LAG < (published - day).days <= FOLLOW_UP_DAYS:
            continue
        iso = day.isoformat()
        if iso not in found:
            found.append(iso)
            if len(found) >= _LIST_LIMIT:
                break
    return found


# --- people, ages, targets ---------------------------------------------------------------------

_PERSON = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s[A-Z]\.)?(?:\s(?:Mc|Mac|O'|De|Van\s|La)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2}(?:\s(?:Jr|Sr|II|III)\.?)?"
_PERSON_CUES = re.compile(
    rf"""
    identified\s(?:(?:him|her|them|the\s\w+)\s)?as\s(?:\d{{1,2}}-year-old\s)?(?P<a>{_PERSON})   # identified as X
    |(?P<b>{_PERSON}),\s(?:age\s)?(?P<age>\d{{1,2}}),                                       # X, 32,
    |\b(?P<age2>\d{{1,2}})-year-old\s(?:[a-z]+\s){{0,2}}(?P<c>{_PERSON})                     # 15-year-old X
    |\b(?:victim|victims|deceased|shooter|gunman|suspect)(?:\s(?:was|as|is))?,?\s(?P<d>{_PERSON})  # victim X
    |(?P<e>{_PERSON})\s(?:was|were|had\sbeen|is)\s(?:fatally\s|critically\s|later\s)?       # X was shot
        (?:shot|killed|wounded|struck|hit|found|charged|arrested|identified|pronounced|sentenced|convicted)\b
    |\b(?:shooting|killing|death|murder|slaying|funeral|memorial)s?\sof\s(?P<f>{_PERSON})     # death of X
    |\b(?:charged|arrested|sentenced|convicted|indicted|killed|shot)\s(?P<g>{_PERSON})         # charged X
    """,
    re.VERBOSE,
)
_NOT_NAME = wordset(
    """police officer officers sheriff deputy detective chief county city state street avenue road
    north south east west new saint st fort mount lake san los las el la the a an he she they
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december hospital school church university high middle
    elementary memorial medical center news district department"""
)
_TITLES = wordset(
    "officer sgt sergeant det detective lt lieutenant capt captain chief deputy trooper agent mr mrs ms dr rev pastor judge coach"
)
_AGE = re.compile(r"\b(\d{1,2})-year-old\b|,\s(\d{1,2}),\s")


def _person_names(text: str) -> list[str]:
    """Person names near ages and "identified as", lower case: ``["kevin barbee"]``."""
    names: list[str] = []
    for m in _PERSON_CUES.finditer(text):
        raw = next(g for g in (m.group(k) for k in "abcdefg") if g)
        words = [w for w in raw.split() if not re.fullmatch(r"(?:[A-Z]\.|Jr\.?|Sr\.?|II|III)", w)]
        while words and words[0].lower().rstrip(".") in _TITLES:
            words = words[1:]
        if len(words) < 2 or any(w.lower() in _NOT_NAME for w in words):
            continue
        key = f"{words[0]} {words[-1]}".lower().replace("’", "'")
        if key not in names:
            names.append(key)
    return names[:_LIST_LIMIT]


def _ages(text: str) -> list[int]:
    found: list[int] = []
    for m in _AGE.finditer(text):
        age = int(m.group(1) or m.group(2))
        if age not in found:
            found.append(age)
    return sorted(found)[:_LIST_LIMIT]


# Canonical target, then the words that name it. Order matters only for display.
_TARGET_WORDS: dict[str, str] = {
    "hospital": r"hospitals?|clinics?|medical\s(?:facility|facilities|centers?|centres?)|health\s(?:center|centre)s?",
    "school": r"schools?|kindergartens?|universit(?:y|ies)|college|campus",
    "market": r"markets?|marketplace|bazaar|souk",
    "mosque": r"mosques?",
    "church": r"churche?s?|cathedral|chapel",
    "synagogue": r"synagogues?",
    "temple": r"temples?",
    "bar": r"bar|pub|tavern|lounge",
    "club": r"(?:night)?clubs?|disco",
    "restaurant": r"restaurants?|cafe|café",
    "hotel": r"hotels?|motel",
    "store": r"stores?|shop|gas\sstation|supermarket",
    "mall": r"mall|shopping\scent(?:er|re)",
    "park": r"park|playground|basketball\scourt",
    "party": r"party|parties|wedding|funeral",
    "apartment": r"apartments?|apartment\scomplex|flats?",
    "home": r"homes?|houses?|residences?",
    "checkpoint": r"checkpoints?",
    "camp": r"refugee\scamp|camp",
    "bus": r"bus|train|subway",
}
_TARGET = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _TARGET_WORDS.items()) + r")\b",
    re.IGNORECASE,
)
# Where the wounded were taken is not where they were hurt: "rushed to Nash General Hospital".
_TAKEN_TO = re.compile(
    r"(?:taken|rushed|transported|airlifted|flown|driven|treated|admitted|died|pronounced|released|brought|arrived|hospitali[sz]ed)\s(?:\w+\s){0,5}$",
    re.IGNORECASE,
)


def _targets(text: str) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _TARGET.finditer(text):
        kind = m.lastgroup or ""
        if kind == "hospital" and _TAKEN_TO.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        counts[kind] += 1
        first.setdefault(kind, m.start())
    return sorted(counts, key=lambda k: (-counts[k], first[k]))[:4]


# Headline words that say only that someone was shot, by whom, and what the news is about now.
_GENERIC_WORDS = wordset(
    """
    about after again against ahead among amid another around arrest arrested arrests attack
    authorities before being charge charged charges child children city come comes condition
    could county court critical dead deadly death deaths died dies double during family fatal
    fatally father fire fired first found from girl girls gunfire gunman gunshot have head
    help here home hospital hurt identified identify incident injured injures injuring inside
    into investigate investigating investigation involved judge jury killed killer killing
    killings kills last leaves left life local man's mother near news night officer officers
    other others over people person police possible recovering report reported reports says
    second scene sentenced sheriff shoot shooter shooting shootings shot shots slain slaying
    someone son suspect suspects teen teenager teens than that their them there third this
    three through times today told trial two update updated upon victim victims video wants
    watch week weekend were what when where which while who with wounded wounding wounds year
    years young side north south east west northeast northwest southeast southwest area
    morning evening afternoon overnight early late monday tuesday wednesday thursday friday
    saturday sunday
    """
)


def _keywords(head: str) -> list[str]:
    """Distinctive words of a headline: ``"Double suicide near Turtle Bay Resort"`` → turtle, resort..."""
    words: list[str] = []
    for w in re.findall(r"[A-Za-z][a-z'’]{3,}", head):
        w = w.lower().replace("’", "'").removesuffix("'s")
        if len(w) >= 4 and w not in _GENERIC_WORDS:
            key = place_key(w)  # spelt as place keys are, so a place's words can be told apart
            if key not in words:
                words.append(key)
    return words[:_LIST_LIMIT]


# --- reports -------------------------------------------------------------------------------------


def _title_and_body(doc: Document) -> tuple[str, str]:
    if doc.title:
        return doc.title, doc.text
    head, _, rest = doc.text.partition("\n")
    return head, rest


@lru_cache(maxsize=64)
def _cues(head: str, body: str, published: date | None) -> dict[str, Any]:
    """What a report (or one post of a live report) says about where, who and when."""
    lead = f"{head}\n{body[:1500]}"
    return {
        "places": extract_places(body, title=head),
        "streets": extract_streets(f"{head}\n{body}"),
        "names": _person_names(f"{head}\n{body}"),
        "ages": _ages(lead),
        "targets": _targets(lead),
        "date": estimate_event_date(f"{head}\n{body}", published),
        "mentions": _mentioned_dates(f"{head}\n{body}", published),
        "keywords": _keywords(head),
    }


def _region(doc: Document, statements: Sequence[Statement]) -> tuple[str, str] | None:
    """The post of a live report the statements stand in, as (post headline, post text), or None
    when they stand in an ordinary report (under its own headline) and the whole report counts."""
    head, _ = _title_and_body(doc)
    starts = [
        doc.text.rfind(s.headline, 0, s.start + 1)
        for s in statements
        if s.headline and s.headline.strip() != head.strip()
    ]
    starts = [i for i in starts if i > len(head)]
    if not starts:
        return None
    post_head_at = min(starts)
    post_head_end = doc.text.find("\n", post_head_at)
    last = max(s.end for s in statements)
    end = doc.text.find("\n\n", last)
    end = len(doc.text) if end == -1 else end
    if post_head_end == -1 or post_head_end >= end:
        return None
    return doc.text[post_head_at:post_head_end], doc.text[post_head_end:end]


@lru_cache(maxsize=32)
def _strong_places(doc: Document) -> list[tuple[str, str]]:
    head, body = _title_and_body(doc)
    return extract_places(body, title=head, strong_only=True)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or headline) a statement stands in, with a little context either side."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo : hi + 1]


_AGGREGATE = re.compile(
    r"\b(?:several|multiple|various|many|numerous|across|separate|a\sseries\sof|a\swave\sof|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\sof)\s(?:\w+\s)?"
    r"(?:places|sites|locations|facilities|hospitals|schools|towns|cities|villages|provinces|attacks|strikes))\b",
    re.IGNORECASE,
)


def _local_cues(doc: Document, st: Statement) -> dict[str, Any]:
    text = st.quote if st.start >= len(doc.text) else _sentence(doc.text, st.start, st.end)
    if not text:
        text = st.quote
    return {
        "date": st.event_date.toordinal() if st.event_date else None,
        "places": [k for k, _ in extract_places(text, title="")],
        "targets": _targets(text),
        "aggregate": bool(_AGGREGATE.search(text)) or st.scope == "cumulative",
        # The extractor gives every statement its (post) headline; a headline statement stands in it.
        "headline": st.start < len(_title_and_body(doc)[0])
        or bool(st.headline and st.quote and st.quote.strip() in st.headline),
    }


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["aggregate"] != b["aggregate"]:
        return False
    if a["date"] is not None and b["date"] is not None and abs(a["date"] - b["date"]) > DATE_TOLERANCE:
        return False
    return not (
        a["places"] and b["places"] and not any(same_place(x, y) for x in a["places"] for y in b["places"])
    )


def split_report(doc: Document, statements: Sequence[Statement]) -> list[list[int]]:
    """Indices of ``statements`` grouped by the event they speak of, in document order.

    A statement opens a new event when its own sentence contradicts every event so far: another
    event date, another place, or an aggregate ("in several places", a cumulative toll) where the
    other is a single incident. A statement with no cues of its own joins the event before it.
    Headline statements join the body event with the same figure, else the first event.
    """
    if not statements:
        return []
    cues = [_local_cues(doc, s) for s in statements]
    order = sorted(range(len(statements)), key=lambda i: (cues[i]["headline"], statements[i].start))
    events: list[dict[str, Any]] = []
    for i in order:
        c = cues[i]
        target: dict[str, Any] | None
        if c["headline"] and events:
            same_toll = [
                e
                for e in events
                if any(
                    statements[j].outcome == statements[i].outcome
                    and statements[j].best == statements[i].best
                    for j in e["members"]
                )
            ]
            fits = [e for e in same_toll or events if _compatible(e, c)]
            target = (fits or same_toll or events)[0]
        else:
            target = next((e for e in reversed(events) if _compatible(e, c)), None)
        if target is None:
            events.append(
                {"members": [i], **{k: c[k] for k in ("date", "aggregate")}, "places": list(c["places"])}
            )
            continue
        target["members"].append(i)
        if target["date"] is None:
            target["date"] = c["date"]
        target["places"].extend(p for p in c["places"] if p not in target["places"])
    return [
        sorted(e["members"])
        for e in sorted(events, key=lambda e: min(statements[j].start for j in e["members"]))
    ]


def _merge_lists(*lists: Iterable[Any], limit: int = _LIST_LIMIT) -> list[Any]:
    out: list[Any] = []
    for items in lists:
        for x in items:
            if x not in out:
                out.append(x)
    return out[:limit]


def describe(doc: Document, statements: Sequence[Statement]) -> Signature:
    """The signature of one event as this report tells it; ``statements`` may be empty.

    Cues from the statements' own sentences come first; the report's dateline, headline and lead
    fill in. The date is the statements' event date, else the lead's first date cue, else a window
    of :data:`PUBLICATION_LAG` days up to publication.
    """
    head, body = _title_and_body(doc)
    region = _region(doc, statements)
    if region is not None and not _cues(*region, doc.published)["places"]:
        region = None  # a post that names no place of its own is read with the whole report
    if region is None:
        cues = _cues(head, body, doc.published)
        report_places: list[tuple[str, str]] = []
    else:
        # One post of a live report: its own cues, then the report's dateline and headline.
        cues = _cues(*region, doc.published)
        report_places = _strong_places(doc)
    local_places: list[tuple[str, str]] = []
    local_targets: list[str] = []
    for st in statements:
        text = _sentence(doc.text, st.start, st.end) if st.end <= len(doc.text) else st.quote
        local_places.extend(extract_places(text, title=""))
        local_targets.extend(_targets(text))
    places = _merge_lists(local_places, cues["places"], report_places)
    keys: list[str] = []
    names: list[str] = []
    for key, name in places:
        if not any(same_place(key, k) for k in keys):
            keys.append(key)
            names.append(name)

    dates = Counter(s.event_date for s in statements if s.event_date)
    if dates:
        when: date | None = dates.most_common(1)[0][0]
        source: str | None = "statement"
    elif cues["date"]:
        when, source = cues["date"], "text"
    elif doc.published:
        when, source = doc.published, "published"
    else:
        when, source = None, None
    lo = hi = when
    if when is not None and source == "published":
        lo = when - timedelta(days=PUBLICATION_LAG)

    def figure(outcome: str) -> int | None:
        bests = [
            s.best
            for s in statements
            if s.outcome == outcome and s.scope == "incident" and s.best is not None
        ]
        return max(bests) if bests else None

    return {
        "v": SIGNATURE_VERSION,
        "date": when.isoformat() if when else None,
        "date_from": source,
        "date_lo": lo.isoformat() if lo else None,
        "date_hi": hi.isoformat() if hi else None,
        "places": keys[:_LIST_LIMIT],
        "place_names": names[:_LIST_LIMIT],
        "streets": list(cues["streets"]),
        "names": list(cues["names"]),
        "ages": list(cues["ages"]),
        "targets": _merge_lists(Counter(local_targets).keys(), cues["targets"], limit=4),
        "mentions": list(cues["mentions"]),
        "keywords": list(cues["keywords"]),
        "killed": figure("killed"),
        "injured": figure("injured"),
        "published": doc.published.isoformat() if doc.published else None,
        "reports": 1,
    }


# --- matching ------------------------------------------------------------------------------------


def _window(sig: Signature) -> tuple[int, int] | None:
    lo, hi = sig.get("date_lo") or sig.get("date"), sig.get("date_hi") or sig.get("date")
    if not lo or not hi:
        return None
    return _day(lo), _day(hi)


def _surnames(names: Iterable[str]) -> set[str]:
    return {n.rsplit(" ", 1)[-1] for n in names}


#: Evidence for and against two signatures being one event; :func:`score` adds these up.
WEIGHTS: dict[str, float] = {
    "place": 2.0,  # a place both name among their first three
    "side_place": 1.0,  # a shared place that is only a side mention of one of them
    "other_place": -1.0,  # both name places, none shared
    "street": 1.5,
    "other_street": -1.0,
    "name": 2.0,  # a person both name in full
    "surname": 1.0,
    "other_name": -0.5,
    "age": 0.5,
    "target": 0.5,
    "same_date": 0.5,  # the same best date, read from the text (not the publication date)
    "date_ref": 1.0,  # one names outright a day in the other's date window
    "keyword": 0.5,  # each distinctive headline word both share, up to two
    "other_toll": -0.5,  # killed figures more than twice apart
}


def score(sig: Signature, other: Signature) -> float:
    """How strongly two signatures point at one event (at :data:`THRESHOLD` or above: the same).

    The sum of the :data:`WEIGHTS` that apply: shared places, streets, people, ages, targets and
    dates count for; places, streets and people that both name but none shared count against.
    """
    w = WEIGHTS
    total = 0.0
    places, others = sig.get("places") or [], other.get("places") or []
    place_hit = next(
        ((i, j) for i, a in enumerate(places) for j, b in enumerate(others) if same_place(a, b)),
        None,
    )
    if place_hit is not None:
        total += w["place"] if min(place_hit) < 3 else w["side_place"]
    elif places and others:
        total += w["other_place"]
    streets, ostreets = set(sig.get("streets") or ()), set(other.get("streets") or ())
    if streets and ostreets:
        total += w["street"] if streets & ostreets else w["other_street"]
    names, onames = set(sig.get("names") or ()), set(other.get("names") or ())
    if names and onames:
        if names & onames:
            total += w["name"]
        elif _surnames(names) & _surnames(onames):
            total += w["surname"]
        else:
            total += w["other_name"]
    if set(sig.get("ages") or ()) & set(other.get("ages") or ()):
        total += w["age"]
    if set(sig.get("targets") or ()) & set(other.get("targets") or ()):
        total += w["target"]
    if sig.get("date") and sig.get("date") == other.get("date") and sig.get("date_from") != "published":
        total += w["same_date"]
    if _date_ref(sig, other):
        total += w["date_ref"]
    keywords = set(sig.get("keywords") or ()) & set(other.get("keywords") or ())
    if keywords:
        # A place is counted once, as a place: "Chicago" in both headlines is not more evidence.
        keywords -= {word for key in (*places, *others) for word in key.split()}
    if keywords:
        total += w["keyword"] * min(2, len(keywords))
    a, b = sig.get("killed"), other.get("killed")
    if a is not None and b is not None and a != b and max(a, b) > 2 * max(1, min(a, b)):
        total += w["other_toll"]
    return total


def _in_window(win: tuple[int, int] | None, owin: tuple[int, int] | None, slack: int) -> bool:
    if win is None or owin is None:
        return win is None and owin is None
    return win[0] - slack <= owin[1] and owin[0] - slack <= win[1]


def _names_follow_up(sig: Signature, other: Signature) -> bool:
    """Both name the same person in full. Places are left to :func:`score`: a follow-up often
    names another place (the courthouse's county, the victim's home town), and two places that
    disagree count against it there."""
    names = sig.get("names") or ()
    return any(n in names for n in other.get("names") or ())


def _key_places(sig: Signature) -> list[str]:
    """The places a signature is filed under for follow-ups: its first few, exactly as keyed."""
    return list((sig.get("places") or [])[:FOLLOW_UP_PLACES])


def _date_ref(sig: Signature, other: Signature) -> bool:
    """Whether one of them names outright a day in the other's date window ("the Aug. 5 shooting")."""
    for a, b in ((sig, other), (other, sig)):
        mentions = a.get("mentions")
        win = _window(b)
        if mentions and win is not None and any(win[0] - 1 <= _day(m) <= win[1] + 1 for m in mentions):
            return True
    return False


def _follow_up(sig: Signature, other: Signature) -> bool:
    """A report weeks away from an event that still speaks of it: charges, a funeral, a trial.

    It names the same person, or it shares a leading place and names outright a day in the event's
    date window ("charged in the Aug. 5 shooting"). A leading place with a shared street, surname,
    age or headline word was tried too: it joined too many separate events in one city.
    """
    if _names_follow_up(sig, other):
        return True
    return bool(set(_key_places(sig)) & set(_key_places(other))) and _date_ref(sig, other)


def _news_window(sig: Signature) -> tuple[int, int] | None:
    """The days around publication of a report dated from its text: a date read wrong (a birthday,
    an earlier case, a page's update stamp) must not keep the report from its incident."""
    published, win = sig.get("published"), _window(sig)
    if not published or win is None or sig.get("date_from") == "published":
        return None
    day = _day(published)
    lo, hi = day - PUBLICATION_LAG - DATE_TOLERANCE, day + DATE_TOLERANCE
    return lo, hi


def _best(sig: Signature, candidates: Iterable[tuple[str, Signature]]) -> str | None:
    win = _window(sig)
    # ISO dates compare as strings: the date gate costs two comparisons, no parsing, per incident.
    near_lo, near_hi = (_iso(win[0] - DATE_TOLERANCE), _iso(win[1] + DATE_TOLERANCE)) if win else ("", "")
    far_lo, far_hi = (_iso(win[0] - FOLLOW_UP_DAYS), _iso(win[1] + FOLLOW_UP_DAYS)) if win else ("", "")
    news_win = _news_window(sig)
    news = (_iso(news_win[0]), _iso(news_win[1])) if news_win else None
    best_id: str | None = None
    best_key: tuple[float, int] = (THRESHOLD, 0)
    for incident_id, other in candidates:
        lo = other.get("date_lo") or other.get("date")
        hi = other.get("date_hi") or other.get("date")
        penalty = 0.0
        if win is None or lo is None or hi is None:
            if (win is None) != (lo is None or hi is None):
                continue
        elif not (lo <= near_hi and hi >= near_lo):
            onews = _news_window(other)
            if (news and lo <= news[1] and hi >= news[0]) or (
                onews and win[0] - DATE_TOLERANCE <= onews[1] and onews[0] <= win[1] + DATE_TOLERANCE
            ):
                penalty = OFF_DATE_PENALTY
            elif not (lo <= far_hi and hi >= far_lo) or not _follow_up(sig, other):
                continue
            else:
                penalty = FOLLOW_UP_PENALTY
        s = score(sig, other) - penalty
        if s < THRESHOLD:
            continue
        # Ties go to the incident nearest in date, then to the lowest id: the same choice whatever
        # order the candidates come in (a plain list or an index).
        gap = _gap(win, lo, hi)
        key = (s, -gap)
        if best_id is None or key > best_key or (key == best_key and incident_id < best_id):
            best_id, best_key = incident_id, key
    return best_id


def _gap(win: tuple[int, int] | None, lo: str | None, hi: str | None) -> int:
    """Days between a window and an incident's ``lo``..``hi`` (0 when they overlap or lack dates)."""
    if win is None or lo is None or hi is None:
        return 0
    return max(0, _day(lo) - win[1], win[0] - _day(hi))


def match(sig: Signature, incidents: Sequence[tuple[str, Signature]] | IncidentIndex) -> str | None:
    """The id of the incident ``sig`` belongs to, or None when it is a new incident.

    ``incidents`` is a plain list of ``(incident_id, signature)`` or, for speed over many incidents,
    an :class:`IncidentIndex`.
    """
    if isinstance(incidents, IncidentIndex):
        return _best(sig, incidents.candidates(sig))
    return _best(sig, incidents)


def merge(old: Signature, new: Signature) -> Signature:
    """``old`` with what ``new`` adds: a better-sourced date, more places, streets, people; the
    latest tolls. The date window grows to cover both, but never past :data:`MAX_WINDOW` days."""
    rank = {"statement": 3, "text": 2, "published": 1, None: 0}
    out = dict(old)
    if rank[new.get("date_from")] > rank[old.get("date_from")]:
        out["date"], out["date_from"] = new.get("date"), new.get("date_from")
    win, nwin = _window(old), _window(new)
    if win and nwin:
        lo, hi = min(win[0], nwin[0]), max(win[1], nwin[1])
        if hi - lo > MAX_WINDOW:
            centre = _day(out["date"]) if out.get("date") else win[0]
            lo, hi = max(lo, centre - MAX_WINDOW // 2), min(hi, centre + MAX_WINDOW // 2)
        out["date_lo"], out["date_hi"] = _iso(lo), _iso(hi)
    elif nwin:
        out["date_lo"], out["date_hi"] = new.get("date_lo"), new.get("date_hi")
    keys, names = list(old.get("places") or []), list(old.get("place_names") or [])
    for key, name in zip(new.get("places") or [], new.get("place_names") or [], strict=False):
        if len(keys) < _LIST_LIMIT and not any(same_place(key, k) for k in keys):
            keys.append(key)
            names.append(name)
    out["places"], out["place_names"] = keys, names
    for field in ("streets", "names", "ages", "targets", "mentions", "keywords"):
        out[field] = _merge_lists(
            old.get(field) or [], new.get(field) or [], limit=4 if field == "targets" else _LIST_LIMIT
        )
    for outcome in ("killed", "injured"):
        if new.get(outcome) is not None:
            out[outcome] = new[outcome]
    out["reports"] = int(old.get("reports") or 1) + int(new.get("reports") or 1)
    return out


def title(sig: Signature) -> str:
    """A readable title: ``"Ma'arat al-Numan hospital, 2016-02-15"``."""
    names = sig.get("place_names") or []
    place = names[0] if names else ""
    targets = sig.get("targets") or []
    head = " ".join(x for x in (place, targets[0] if targets else "") if x) or "Incident"
    return f"{head}, {sig.get('date') or 'date unknown'}"


class IncidentIndex:
    """Incidents bucketed by day, by person named and by day named, so :func:`match` looks at few.

    >>> index = IncidentIndex()
    >>> index.put("i1", {"date_lo": "2016-02-15", "date_hi": "2016-02-15", "places": ["marat numan"]})
    >>> [i for i, _ in index.candidates({"date_lo": "2016-02-16", "date_hi": "2016-02-16"})]
    ['i1']
    """

    def __init__(self, incidents: Iterable[tuple[str, Signature]] = ()) -> None:
        self._sigs: dict[str, Signature] = {}
        self._by_day: defaultdict[int, set[str]] = defaultdict(set)
        self._by_name: defaultdict[str, set[str]] = defaultdict(set)
        self._by_mention: defaultdict[int, set[str]] = defaultdict(set)
        self._undated: set[str] = set()
        for incident_id, sig in incidents:
            self.put(incident_id, sig)

    def __len__(self) -> int:
        return len(self._sigs)

    def put(self, incident_id: str, sig: Signature) -> None:
        """Add an incident, or replace its signature after :func:`merge`."""
        self.remove(incident_id)
        self._sigs[incident_id] = sig
        for day in self._days(sig):
            self._by_day[day].add(incident_id)
        if _window(sig) is None:
            self._undated.add(incident_id)
        for name in sig.get("names") or ():
            self._by_name[name].add(incident_id)
        for day in sig.get("mentions") or ():
            self._by_mention[_day(day)].add(incident_id)

    @staticmethod
    def _days(sig: Signature) -> set[int]:
        """The days an incident is filed under: its window, and the days around its first report's
        publication when its text dates it elsewhere (see :func:`_news_window`)."""
        days: set[int] = set()
        for win in (_window(sig), _news_window(sig)):
            if win is not None:
                days.update(range(win[0], win[1] + 1))
        return days

    def remove(self, incident_id: str) -> None:
        old = self._sigs.pop(incident_id, None)
        if old is None:
            return
        self._undated.discard(incident_id)
        for day in self._days(old):
            self._by_day[day].discard(incident_id)
        for name in old.get("names") or ():
            self._by_name[name].discard(incident_id)
        for day in old.get("mentions") or ():
            self._by_mention[_day(day)].discard(incident_id)

    def candidates(self, sig: Signature) -> list[tuple[str, Signature]]:
        """Incidents whose window lies within the tolerance of ``sig``'s, that name its people, or
        that name a day in its window or lie on a day it names (follow-ups, see :func:`_follow_up`)."""
        win = _window(sig)
        ids: set[str] = set()
        if win is None:
            ids |= self._undated
        else:
            for day in range(win[0] - DATE_TOLERANCE, win[1] + DATE_TOLERANCE + 1):
                ids |= self._by_day.get(day, set())
        news = _news_window(sig)
        if news is not None:
            for day in range(news[0], news[1] + 1):
                ids |= self._by_day.get(day, set())
        for name in sig.get("names") or ():
            ids |= self._by_name.get(name, set())
        if win is not None:
            for day in range(win[0] - 1, win[1] + 2):
                ids |= self._by_mention.get(day, set())
            for mentioned in sig.get("mentions") or ():
                for day in range(_day(mentioned) - 1, _day(mentioned) + 2):
                    ids |= self._by_day.get(day, set())
        return [(i, self._sigs[i]) for i in sorted(ids)]
