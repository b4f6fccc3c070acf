"""Grouping events into incidents: which incident an event a report tells speaks of, across reports.

The pipeline (:mod:`casualty_cli.pipeline`) calls only these functions, so the rules can change without
touching storage. It has cut each report into events (:mod:`casualty_cli.stories`) and read each
statement's cues (place, date, target, victims, people named) once; grouping never re-reads a sentence.

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
     "place_names": ["Ma'arat al-Numan"],   # how each is written (one spelling, whatever the order)
     "place_votes": {"marat numan": 3},    # how many events named it among their first two: the title's place
                                          # (none from an event of running totals: the places of other events)
     "place_firsts": {"marat numan": 3},   # how many events named it first: a tie of votes goes to it
     "areas": [],                 # those of the places named as a division ("Yagha province"), not a town
     "streets": ["edwards"], "names": ["kevin barbee"], "ages": [12, 13],
     "targets": ["hospital"],
     "mentions": ["2016-01-30"],  # days the text names outright, weeks before publication
     "keywords": ["medecins"],    # distinctive headline words (place_key spelling)
     "sites": ["police lines"],   # names of sites its headline and lead name ("the Police Lines compound")
     "lead_names": [],            # an event that names no town, or an area hazard: its lead's capitalised
                                  # words, as place keys
     "hazards": [],               # area hazards the headline or lead names ("earthquake", "flood")
     "aggregate": false,          # a toll over several sites or a running total: never one site's incident
     "recalled": false,           # aggregate, but spread over no sites, area or time: an event recalled
                                  # ("a week after the bombing that killed 91"), which may join the site's incident
     "killed": 11, "injured": null,
     "risen": false,              # the killed figure is told as a toll that has risen ("has climbed to 136")
     "revised": false,            # ... or as any move of an earlier count: risen, lowered, passed a mark, final
                                  # ("Police cut mosque bombing toll to 84"): see :func:`_toll_follows`
     "published": "2016-02-16",   # publication of the (first) report
     "reports": 1}

Signatures stored before ``mentions``, ``keywords``, ``published``, ``aggregate``, ``risen``, ``areas``,
``hazards``, ``recalled``, ``place_firsts``, ``lead_names``, ``revised`` and ``sites`` existed simply lack them (without ``hazards``, the headline's are read from ``keywords``).

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
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from casualty_cli.cues import (
    AREA_HAZARDS,
    LIST_LIMIT,
    StatementCues,
    ages,
    area_hazards,
    hazards_named,
    keywords,
    lead_names,
    person_names,
    site_names,
    targets,
    toll_moves,
)
from casualty_cli.extraction.dates import find_date_phrases, find_event_date
from casualty_cli.extraction.numbers import WORD_VALUES
from casualty_cli.model import Document, Statement, counting_scope, report_figure
from casualty_cli.places import (
    area_keys,
    extract_places,
    extract_streets,
    find_in_body,
    is_division,
    is_region,
    same_place,
    specific,
)
from casualty_cli.stories import DATE_TOLERANCE, TextReading, strong_places, title_and_body

__all__ = [
    "SIGNATURE_VERSION",
    "WEIGHTS",
    "IncidentIndex",
    "Signature",
    "days_after_event",
    "describe",
    "lead_date",
    "match",
    "merge",
    "title",
    "title_of",
    "years_since_event",
]

Signature = dict[str, Any]
SIGNATURE_VERSION = 1

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
#: A toll this large is a mass-casualty event's, whose count climbs for days as bodies are found and the
#: wounded die: a later report's toll more than twice as large is no sign of another event. Under it (two
#: shootings in one city on one day) it is.
MASS_TOLL = 10
#: A toll told as moved (``revised``) follows another report's when published this many days after it at most.
TOLL_FOLLOW_DAYS = 3
#: How much of a report's body is read for a toll told as moved, after its headline: about its first sentence
#: ("... where the confirmed toll has passed 200").
TOLL_LEAD_CHARS = 300
#: Score a candidate must reach to be the same incident.
THRESHOLD = 2.0
#: Incidents whose :class:`_Side` an :class:`IncidentIndex` keeps (the latest asked for; about 1.5 KB each).
SIDES = 4096

# --- dates ---------------------------------------------------------------------------------------

# Page furniture that carries dates of publication, not of the event.
_STAMP = re.compile(
    r"(?:Posted|Updated|Published|Last\sUpdated|Created|Modified)\s*(?:on|at)?:?\s[^\n]{0,80}", re.IGNORECASE
)
#: How far back a lead's date may lie: further back, it is background (an earlier event recalled).
LEAD_DATE_DAYS = 31


def lead_date(text: str, published: date | None, lead_chars: int = 1200) -> date | None:
    """The event date a report's own words point to: the first date of its lead, read by the extractor's
    date reader (:func:`~casualty_cli.extraction.dates.find_event_date`).

    Dates more than :data:`LEAD_DATE_DAYS` before publication, or after it, are skipped (background,
    or page furniture), and so are publication stamps ("Posted: Tuesday, March 3"). Without a
    publication date only full dates count.

    >>> lead_date("Four teens were shot Monday evening, police said.", date(2014, 1, 28))
    datetime.date(2014, 1, 27)
    """
    lead = _STAMP.sub(lambda m: " " * len(m.group(0)), text[:lead_chars])
    for start, end, _ in find_date_phrases(lead):
        found = find_event_date(lead, published, start, end)
        if found is None:
            continue
        if published is None or published - timedelta(days=LEAD_DATE_DAYS) <= found <= published + timedelta(days=1):
            return found
    return None


#: "a" to "ten", the reader's own number words (:data:`~casualty_cli.extraction.numbers.WORD_VALUES`)
_COUNTS = {"a": 1, "an": 1, **{w: n for w, n in WORD_VALUES.items() if 1 <= n <= 10}}
# "a week after the bombing", "six days after the explosion", "seven weeks after a student shot dead 14":
# the time since the event a follow-up speaks of (months are too loose to date a day by)
_SINCE_EVENT = re.compile(
    rf"""\b(?P<count>{"|".join(_COUNTS)}|\d{{1,2}})\s(?P<unit>day|week)s?\s
    (?:after|since)\s(?:the|a|an|his|her|its|their)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def days_after_event(text: str) -> int | None:
    """The days a text says have passed since the event it speaks of, when it says so first:

    >>> days_after_event("The coalition spoke a week after the bombing that killed 91 detainees.")
    7
    >>> days_after_event("Lawmakers acted seven weeks after a student shot dead 14 people.")
    49
    >>> days_after_event("He died two months after the attack.") is None
    True
    """
    m = _SINCE_EVENT.search(text)
    if m is None:
        return None
    return _count(m) * (7 if m.group("unit").lower() == "week" else 1)


def _count(m: re.Match[str]) -> int:
    """The number a match's ``count`` group gives, in figures or words ("a", "seven", "10")."""
    count = m.group("count").lower()
    return int(count) if count.isdigit() else _COUNTS[count]


# "A year on, residents lay flowers", "One year after the High Atlas quake, ...", "Two years since the
# massacre, ...": a headline that opens with the years since its event tells of the event's anniversary
_ANNIVERSARY = re.compile(
    rf"""^\W*(?P<count>{"|".join(_COUNTS)}|\d{{1,2}})\syears?\s(?:on\b|after\b|since\b)""",
    re.IGNORECASE,
)


def years_since_event(head: str) -> int | None:
    """The years a headline says, opening it, have passed since the event it speaks of:

    >>> years_since_event("A year on, residents lay flowers at the station where 61 died")
    1
    >>> years_since_event("Two years since the massacre, the village is empty")
    2
    >>> years_since_event("Blast kills 20 a year after the last attack") is None
    True
    """
    m = _ANNIVERSARY.match(head)
    n = None if m is None else _count(m)
    return n if n is not None and 1 <= n <= FOLLOW_UP_DAYS // 365 else None


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (28 February for a 29th that year lacks)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


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
            if len(found) >= LIST_LIMIT:
                break
    return found


# --- reports -------------------------------------------------------------------------------------


def day_of(published: date | None) -> date | None:
    """The day of a publication date that may carry a time of day."""
    return published.date() if isinstance(published, datetime) else published


def title_of(doc: Document) -> str:
    """The report's headline: its title, else its first line."""
    return title_and_body(doc)[0]


@lru_cache(maxsize=64)
def _lead_date(head: str, body: str, published: date | None) -> date | None:
    """:func:`lead_date` of a report (or one event of it), read only for an event whose statements give
    no date (on gvc-dev, 1,577 events of 3,871; reading the lead's dates was 6% of the analysis)."""
    return lead_date(f"{head}\n{body}", published)


@lru_cache(maxsize=64)
def _cues(head: str, body: str, published: date | None, reading: TextReading | None = None) -> dict[str, Any]:
    """What a report (or one event of it) says about where and who, and the days it names (its date is
    :func:`_lead_date`'s); places, people and the lead's targets are taken from ``reading`` when it is
    the report's (``head`` and ``body`` are its own)."""
    lead = f"{head}\n{body[:1500]}"
    # the body's place matches, read once for both the places and the divisions among them
    places = find_in_body(body) if reading is None else reading.places
    names = None if reading is None else reading.names
    hit = None if reading is None else reading.head_targets(0, len(lead))
    return {
        "places": extract_places(body, title=head, found=places, base=reading.body_start if reading else 0),
        "areas": area_keys(head, places),
        "streets": extract_streets(f"{head}\n{body}"),
        "names": person_names(f"{head}\n{body}", names),
        "ages": ages(lead),
        "targets": targets(lead) if hit is None else hit,
        "mentions": _mentioned_dates(f"{head}\n{body}", published),
        "keywords": keywords(head),
        "hazards": hazards_named(lead),
    }


def _merge_lists(*lists: Iterable[Any], limit: int = LIST_LIMIT) -> list[Any]:
    out: list[Any] = []
    for items in lists:
        for x in items:
            if x not in out:
                out.append(x)
    return out[:limit]


def describe(
    doc: Document,
    statements: Sequence[Statement],
    cues: Sequence[StatementCues] | None = None,
    *,
    region: tuple[str, str] | None = None,
    reading: TextReading | None = None,
    elsewhere: frozenset[str] = frozenset(),
) -> Signature:
    """The signature of one event as this report tells it; ``statements`` may be empty.

    ``cues`` are the statements' own cues as the pipeline read them (read here when not given);
    ``region`` is the event's (headline, text) when the report tells several events, else None and the
    whole report is read. Cues from the statements' own sentences come first; the event's (or the
    report's) dateline, headline and lead fill in, except the places in ``elsewhere`` (the report's other
    events' own) when the event names a place of its own. The date is the statements' event date, else
    the lead's first date, else a window of :data:`PUBLICATION_LAG` days up to publication.
    """
    if cues is None:
        from casualty_cli.stories import read_cues

        cues = read_cues(doc, statements)
    head, body = title_and_body(doc)
    published = day_of(doc.published)
    if region is None:
        found = _cues(head, body, published, reading if reading is not None and reading.doc is doc else None)
        report_places: list[tuple[str, str]] = []
    else:
        # One event of a report that tells several: its own text, then the report's dateline and headline.
        found = _cues(*region, published)
        report_places = strong_places(doc)
    own_text = (head, body) if region is None else region
    # a body names the place more closely than a headline does ("in Marat al-Numan" under "... in Syria")
    local_places = [p for c in sorted(cues, key=lambda c: c.in_headline) for p in c.places]
    local_targets = [t for c in cues for t in c.targets]
    # the report's dateline and headline stand in only for an event that names no place of its own:
    # a round-up's "KABUL -" is not where its Kunduz attack happened
    # "Drones hit Kharkiv ... In the city of Kherson, shelling killed a man": Kharkiv is not Kherson's
    fill = [p for p in found["places"] if not (local_places and p[0] in elsewhere)]
    places = _merge_lists(local_places, fill) or report_places
    keys: list[str] = []
    names: list[str] = []
    # a town before the country it is in, whatever order the text names them: the title's place
    for key, name in sorted(places, key=lambda p: is_region(p[0])):
        if not any(same_place(key, k) for k in keys):
            keys.append(key)
            names.append(name)

    dates = [c.date for c in cues if c.date]
    years = years_since_event(own_text[0]) if published else None
    when: date | None
    source: str | None
    if published and years and not any(published - d > timedelta(days=LEAD_DATE_DAYS) for d in dates):
        # an anniversary: the statements' days are the memorial's ("left flowers on Saturday, one year
        # after a missile killed 61"), and the event lies the years its headline says before publication
        when, source = _years_before(published, years), "text"
    elif dates:
        # the earliest: a later day is most often when a toll was told or revised, not when it happened
        when, source = min(dates), "statement"
    elif lead := _lead_date(*own_text, published):
        when, source = lead, "text"
    elif published and (since := days_after_event(f"{own_text[0]}\n{own_text[1][:1500]}")) is not None:
        # a follow-up dates its event by the time since ("a week after the bombing that killed 91")
        when, source = published - timedelta(days=since), "text"
    elif published:
        when, source = published, "published"
    else:
        when, source = None, None
    lo = hi = when
    if when is not None and source == "published":
        lo = when - timedelta(days=PUBLICATION_LAG)

    # a report that names no town of its own may name it as a subject or object in its lead, and one
    # of an earthquake its country ("Morocco's interior ministry said 2,012 had died")
    named = lead_names(own_text[1]) if not specific(keys) or found["hazards"] else []
    body_cues = [c for c in cues if not c.in_title] or list(cues)
    aggregate = bool(body_cues) and all(c.aggregate for c in body_cues)
    counting = counting_scope({s.scope for s in statements})
    return {
        "v": SIGNATURE_VERSION,
        "date": when.isoformat() if when else None,
        "date_from": source,
        "date_lo": lo.isoformat() if lo else None,
        "date_hi": hi.isoformat() if hi else None,
        "places": keys[:LIST_LIMIT],
        "place_names": names[:LIST_LIMIT],
        "areas": [k for k in keys[:LIST_LIMIT] if any(same_place(k, a) for a in found["areas"])],
        # an event of running totals or recalled in passing names other events' places: no vote for the title
        "place_votes": {} if aggregate else dict.fromkeys(keys[:2], 1),
        "place_firsts": {} if aggregate else dict.fromkeys(keys[:1], 1),
        "streets": list(found["streets"]),
        "names": _merge_lists([n for c in cues for n in c.names], found["names"]),
        "ages": list(found["ages"]),
        "targets": _merge_lists(Counter(local_targets).keys(), found["targets"], limit=4),
        "mentions": list(found["mentions"]),
        "keywords": list(found["keywords"]),
        "lead_names": named,
        "sites": site_names(*own_text),
        "hazards": list(found["hazards"]),
        "aggregate": aggregate,
        "recalled": aggregate and not any(c.spread for c in body_cues),
        "killed": report_figure(statements, "killed", counting),
        "injured": report_figure(statements, "injured", counting),
        "risen": any(
            s.outcome == "killed" and s.revision is not None and s.revision.direction == "up" for s in statements
        ),
        # the toll told as a move of an earlier count, in a statement's words, the headline or the lead
        "revised": any(s.outcome == "killed" and s.revision is not None for s in statements)
        or toll_moves(own_text[0])
        or toll_moves(own_text[1][:TOLL_LEAD_CHARS]),
        "published": published.isoformat() if published else None,
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
    "headline_place": 2.0,  # one names no town, but its headline words name one of the other's first three
    "lead_place": 1.0,  # ... or its lead's capitalised words do ("Residents of Kramatorsk"): another sign needed
    "other_place": -1.0,  # both name specific places (or only regions), none shared
    "region": 0.5,  # a country or region both name, and no specific place shared
    "hazard_region": 1.5,  # ... and both headlines name one area hazard: the earthquake in that country
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
    "other_toll": -0.5,  # killed figures more than twice apart, the larger not told as a toll that has risen
    "toll_follows": 1.0,  # a mass toll told days later as a move of the other's count (:func:`_toll_follows`)
    "site": 1.0,  # a named site both name, or one's "town" is the other's site ("Police Lines"): :func:`_one_site`
}


class _Side:
    """What :func:`score` reads of one signature, read once: a report's signature is weighed against
    each of its candidates (a dozen on average in a busy city), and was read again for each."""

    __slots__ = (
        "ages", "areas", "date", "date_from", "hazards", "heads", "killed", "leads", "mentions", "mine", "names", "places",
        "published", "regions", "revised", "risen", "sites", "streets", "targets", "window", "words",
    )  # fmt: skip

    def __init__(self, sig: Signature) -> None:
        self.places: list[str] = sig.get("places") or []
        #: the specific places (towns, districts), in order, and the countries and regions
        self.mine = specific(self.places)
        self.regions = _set(self.places) - _set(self.mine)
        #: the specific places named as a division ("Yagha province"), which hold many towns
        self.areas = _set(sig.get("areas"))
        words = sig.get("keywords") or ()
        self.words = _set(words)
        #: runs of up to three headline words, as place keys: "Kyiv mourns ...", "Residents of Maaret al-Numan ..."
        self.heads = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1)]
        #: the lead's capitalised words, when it names no town: "Residents of Kramatorsk left flowers"
        self.leads: list[str] = sig.get("lead_names") or []
        self.hazards = _set(_hazards(sig))
        self.streets = _set(sig.get("streets"))
        self.names = _set(sig.get("names"))
        self.ages = _set(sig.get("ages"))
        self.targets = _set(sig.get("targets"))
        self.date = sig.get("date")
        self.date_from = sig.get("date_from")
        self.mentions = sig.get("mentions")
        self.window = _window(sig)
        self.killed = sig.get("killed")
        self.risen = bool(sig.get("risen"))
        self.revised = bool(sig.get("revised"))
        self.sites: list[str] = sig.get("sites") or []
        self.published: str | None = sig.get("published")


_EMPTY: frozenset[Any] = frozenset()


def _set(items: Iterable[Any] | None) -> frozenset[Any]:
    """``items`` as a set; the one empty set for none (an index keeps a side of every incident, and
    most name no street, person, age or target)."""
    return frozenset(items) if items else _EMPTY


def _place_score(a: _Side, b: _Side, area: bool = False) -> float:
    """What two signatures' place keys add to :func:`score`. Specific places (towns, districts,
    streets' cities) count first; countries and regions (:func:`~casualty_cli.places.is_region`) only
    when no specific place is shared, and weakly: two strikes in Syria on one day may be 300 km apart.

    ``area``: both tell of one area hazard (an earthquake, a flood), told from the towns it hit: towns
    apart say nothing against, and a country both name says much for."""
    w = WEIGHTS
    mine, theirs = a.mine, b.mine
    hit = next(((i, j) for i, x in enumerate(mine) for j, y in enumerate(theirs) if same_place(x, y)), None)
    if hit is not None:
        if (a.areas or b.areas) and _towns_apart(a, b):
            return w["other_place"]
        return w["place"] if min(hit) < 3 else w["side_place"]
    if bool(mine) != bool(theirs):
        if _in_headline(mine or theirs, b.heads if mine else a.heads):
            return w["headline_place"]
        if _in_headline(mine or theirs, b.leads if mine else a.leads):
            return w["lead_place"]
    regions, oregions = a.regions, b.regions
    if area:
        # "Jandaris buries its dead" (Syria) and "Quake kills 2,300 in Turkey and Syria"
        shared = regions & oregions or _in_headline(sorted(regions), b.heads) or _in_headline(sorted(oregions), a.heads)
        return w["hazard_region"] if shared or _countries_named(a) & _countries_named(b) else 0.0
    if mine and theirs:
        # "Khyber Pakhtunkhwa's police chief" beside "a mosque in Peshawar": the town may lie in the division;
        # "Toll from Police Lines blast" beside "the Police Lines compound in Peshawar": no town, a site
        if _only_divisions(a) != _only_divisions(b) or (_mass_tolls(a, b) and _one_site(a, b, towns_only=True)):
            return 0.0
        return w["other_place"]
    if regions & oregions:
        return w["region"]
    return w["other_place"] if regions and oregions and not (mine or theirs) else 0.0


def _site_read_as_town(a: _Side, b: _Side) -> bool:
    """Is one of ``a``'s first three places the name of a site ``b`` names, or its last words ("Police Lines
    blast", read as a town "Lines", beside "inside the Police Lines compound"; "Robb Elementary shooting")?"""
    return any(same_place(town, site) or site.endswith(f" {town}") for town in a.mine[:3] for site in b.sites)


def _one_site(a: _Side, b: _Side, towns_only: bool = False) -> bool:
    """Do two reports name one site by its name (:func:`~casualty_cli.cues.site_names`: "the Police Lines
    compound", "Crocus City Hall"), or does one read as its town the site the other names (only that,
    ``towns_only``)?"""
    if not (a.sites or b.sites):
        return False
    if _site_read_as_town(a, b) or _site_read_as_town(b, a):
        return True
    return not towns_only and any(same_place(x, y) for x in a.sites for y in b.sites)


def _mass_tolls(a: _Side, b: _Side) -> bool:
    """Do both tell a mass toll (:data:`MASS_TOLL`)? A named site is read only then: in local crime news many
    events share one ("the Allegheny County Jail", "Grand Junction High School": on gvc-dev the site joined
    25 pairs of other events and 10 of one), while a massacre's site is its own news."""
    return a.killed is not None and b.killed is not None and min(a.killed, b.killed) >= MASS_TOLL


def _only_divisions(side: _Side) -> bool:
    """Does a report of a mass toll name no town, only divisions: places named as one ("Yagha province":
    ``areas``) or another country's first-level divisions (:func:`~casualty_cli.places.is_division`: "Khyber
    Pakhtunkhwa")? Beside a report that names a town, none shared, it says nothing against: the town may lie
    in it. Two such reports that share none are two areas, and disagree. Only a mass toll's report
    (:data:`MASS_TOLL`) is read so: a province is where news of a massacre is told from, while in local
    crime news a lone capitalised word that is some country's division is most often a name misread
    ("Mountain Home" read as "Mountain", a province of the Philippines: on gvc-dev it joined an Orlando
    shooting)."""
    killed = side.killed
    return (
        killed is not None
        and killed >= MASS_TOLL
        and bool(side.mine)
        and all(k in side.areas or is_division(k) for k in side.mine)
    )


def _countries_named(side: _Side) -> set[str]:
    """The countries and regions a report names anywhere in its headline or lead, as a place or not
    ("Powerful earthquake strikes Morocco", "Morocco's interior ministry said")."""
    return set(side.regions) | {k for k in (*side.heads, *side.leads) if is_region(k)}


def _towns_apart(a: _Side, b: _Side) -> bool:
    """Both name towns, none shared, and what they share are divisions ("Yagha province"): two massacres
    of one night in two villages of one province."""
    areas = a.areas | b.areas
    towns = [x for x in a.mine if x not in areas]
    others = [y for y in b.mine if y not in areas]
    return bool(towns and others) and not any(same_place(x, y) for x in towns for y in others)


def _in_headline(places: Sequence[str], heads: Sequence[str]) -> bool:
    """Whether one of a report's first three places is among the other's headline (or lead) words: a
    report that names its town only as a subject or object ("Russian missiles struck Kyiv", "Kyiv
    mourned", "Residents of Kramatorsk left flowers") is read for no place of its own, yet names it
    plainly."""
    return any(same_place(place, head) for place in places[:3] for head in heads)


def score(sig: Signature, other: Signature) -> float:
    """How strongly two signatures point at one event (at :data:`THRESHOLD` or above: the same).

    The sum of the :data:`WEIGHTS` that apply: shared places, streets, people, ages, targets and
    dates count for; places, streets and people that both name but none shared count against.
    """
    a, b = _Side(sig), _Side(other)
    area, rest = _evidence(a, b)
    return _place_score(a, b, area) + rest


#: The most that places add to a score.
_MOST_FOR_PLACES = max(WEIGHTS["place"], WEIGHTS["side_place"], WEIGHTS["region"], WEIGHTS["hazard_region"], 0.0)


def _score_reaching(sig: Signature | _Side, other: Signature | _Side, floor: float) -> float | None:
    """:func:`score` when it reaches ``floor``, else None. The places, the costliest part to compare,
    are compared only when the rest leaves the score within their reach (about half the candidates
    that pass the date gate do not)."""
    a = sig if isinstance(sig, _Side) else _Side(sig)
    b = other if isinstance(other, _Side) else _Side(other)
    area, rest = _evidence(a, b)
    if rest + _MOST_FOR_PLACES < floor:
        return None
    total = _place_score(a, b, area) + rest
    return total if total >= floor else None


def _evidence(a: _Side, b: _Side) -> tuple[bool, float]:
    """What :func:`score` weighs besides the places: whether both tell of one area hazard (the
    headlines name one, :data:`~casualty_cli.cues.AREA_HAZARDS`), and what all but the places add
    (weights are halves: any order of adding is exact)."""
    w = WEIGHTS
    total = 0.0
    hazards = a.hazards & b.hazards
    if a.streets and b.streets:
        total += w["street"] if a.streets & b.streets else w["other_street"]
    names, onames = a.names, b.names
    if names and onames:
        if names & onames:
            total += w["name"]
        elif _surnames(names) & _surnames(onames):
            total += w["surname"]
        else:
            total += w["other_name"]
    if a.ages & b.ages:
        total += w["age"]
    if a.targets & b.targets:
        total += w["target"]
    if a.date and a.date == b.date and a.date_from != "published":
        total += w["same_date"]
    if _names_a_day_of(a.mentions, b.window) or _names_a_day_of(b.mentions, a.window):
        total += w["date_ref"]
    shared = a.words & b.words
    if shared:
        # A place is counted once, as a place: "Chicago" in both headlines is not more evidence.
        shared -= {word for key in (*a.places, *b.places) for word in key.split()}
    # "quake" and "earthquake" are one word here, counted once
    keywords = {w for w in shared if w not in AREA_HAZARDS} | hazards
    if keywords:
        total += w["keyword"] * min(2, len(keywords))
    x, y = a.killed, b.killed
    # a disaster's toll may grow tenfold over its first days; a report that says its toll has risen
    # ("has climbed to 136") tells of an earlier, smaller figure, and so does a later report of a mass toll
    if x is not None and y is not None and x != y and max(x, y) > 2 * max(1, min(x, y)) and not hazards:
        larger, smaller = (a, b) if x > y else (b, a)
        if not larger.risen and not (min(x, y) >= MASS_TOLL and _told_later(larger, smaller)):
            total += w["other_toll"]
    if _toll_follows(a, b) or _toll_follows(b, a):
        total += w["toll_follows"]
    if (a.sites or b.sites) and _mass_tolls(a, b) and _one_site(a, b):
        total += w["site"]
    return bool(hazards), total


def _toll_follows(a: _Side, b: _Side) -> bool:
    """Does ``a`` tell ``b``'s mass toll moving on, days later? ``a`` was published at most
    :data:`TOLL_FOLLOW_DAYS` after ``b`` (not before), tells its killed figure as a move of an earlier count
    (``revised``: "Toll from Police Lines blast passes 90", "Iran lowers bombing toll to 84"), and both
    figures are of a mass toll (:data:`MASS_TOLL`), ``a``'s no less than half of ``b``'s: a count revised
    down loses some, not most. Under a mass toll (two shootings in one city on one day, "toll rises to 2")
    it says nothing."""
    x, y = a.killed, b.killed
    if not a.revised or x is None or y is None or min(x, y) < MASS_TOLL or 2 * x < y:
        return False
    if not a.published or not b.published:
        return False
    return 0 <= _day(a.published) - _day(b.published) <= TOLL_FOLLOW_DAYS


def _told_later(a: _Side, b: _Side) -> bool:
    """Whether ``a`` was published after ``b``."""
    return bool(a.published and b.published and a.published > b.published)


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
    """The places a signature is filed under for follow-ups: its first few specific ones, exactly as
    keyed (a country shared weeks apart is no sign of one event)."""
    return specific((sig.get("places") or [])[:FOLLOW_UP_PLACES])


def _date_ref(sig: Signature, other: Signature) -> bool:
    """Whether one of them names outright a day in the other's date window ("the Aug. 5 shooting")."""
    return _names_a_day_of(sig.get("mentions"), _window(other)) or _names_a_day_of(other.get("mentions"), _window(sig))


def _names_a_day_of(mentions: Sequence[str] | None, win: tuple[int, int] | None) -> bool:
    """Whether one of the days a signature names outright lies in (or a day off) a date window."""
    return bool(mentions) and win is not None and any(win[0] - 1 <= _day(m) <= win[1] + 1 for m in mentions or ())


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


def _best(
    sig: Signature, candidates: Iterable[tuple[str, Signature]], side_of: Callable[[str, Signature], _Side] | None = None
) -> str | None:
    """The candidate ``sig`` belongs to; ``side_of(id, signature)`` gives a candidate's :class:`_Side`
    (an index keeps them while the incident is unchanged)."""
    win = _window(sig)
    # ISO dates compare as strings: the date gate costs two comparisons, no parsing, per incident.
    near_lo, near_hi = (_iso(win[0] - DATE_TOLERANCE), _iso(win[1] + DATE_TOLERANCE)) if win else ("", "")
    far_lo, far_hi = (_iso(win[0] - FOLLOW_UP_DAYS), _iso(win[1] + FOLLOW_UP_DAYS)) if win else ("", "")
    news_win = _news_window(sig)
    news = (_iso(news_win[0]), _iso(news_win[1])) if news_win else None
    best_id: str | None = None
    best_key: tuple[float, int] = (THRESHOLD, 0)
    aggregate = bool(sig.get("aggregate"))
    recalled = aggregate and bool(sig.get("recalled"))
    mine = _Side(sig)
    #: the incidents in the days around whose mass toll this report's moved toll may go on from
    followed: list[str] = []
    for incident_id, other in candidates:
        if bool(other.get("aggregate")) != aggregate and not (recalled if aggregate else other.get("recalled")):
            # a toll over several sites is never one site's incident, nor the other way round; a follow-up
            # that recalls the event ("six days after the explosion at the port that killed 160") may be,
            # and the site's report may join the incident such a follow-up made when it came first
            continue
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
        side = side_of(incident_id, other) if side_of else _Side(other)
        if not penalty and _sole_follow_up(mine, side):
            followed.append(incident_id)
        reached = _score_reaching(mine, side, THRESHOLD + penalty)
        if reached is None:
            continue
        s = reached - penalty
        # Ties go to the incident nearest in date, then to the lowest id: the same choice whatever
        # order the candidates come in (a plain list or an index).
        gap = _gap(win, lo, hi)
        key = (s, -gap)
        if best_id is None or key > best_key or (key == best_key and incident_id < best_id):
            best_id, best_key = incident_id, key
    if best_id is None and len(followed) == 1:
        # the one incident whose mass toll this report's moved toll goes on from, and nothing disagrees
        return followed[0]
    return best_id


def _sole_follow_up(a: _Side, b: _Side) -> bool:
    """May ``a`` join ``b`` as the follow-up of its toll (or ``b``, told first, be ``a``'s: two reports of one
    day come in either order), when ``b`` is the only incident it may follow? One tells the other's mass
    toll moving on days later (:func:`_toll_follows`), no street or person of theirs disagrees, and one
    names no town or division at all ("Indonesia lowers stadium toll to 125", "Iran lowers bombing toll to
    84") or both name one: two that name their own (a province named like its chief town, "Kerman", beside
    "Shiraz") are not read so, nor a country that disagrees. The tolls are within twice of each other
    ("raises massacre toll to 132" goes on from a village's 100, not from another village's 14 that night,
    though a toll may grow more). :func:`_best` joins them only when no incident reaches the
    threshold and ``b`` is the only such incident in the days around: two mass tolls in those days (two
    massacres of one night, a war's two strikes) leave the report to make its own."""
    x, y = a.killed or 0, b.killed or 0
    if max(x, y) > 2 * min(x, y) or not (_toll_follows(a, b) or _toll_follows(b, a)):
        return False  # a toll more than twice the other's may go on from it, but that is no sign which one
    if (a.streets and b.streets and not a.streets & b.streets) or (a.names and b.names and not a.names & b.names):
        return False
    if a.mine and b.mine and not any(same_place(x, y) for x in a.mine for y in b.mine):
        return False
    return _place_score(a, b, bool(a.hazards & b.hazards)) >= 0.0


def _gap(win: tuple[int, int] | None, lo: str | None, hi: str | None) -> int:
    """Days between a window and an incident's ``lo``..``hi`` (0 when they overlap or lack dates)."""
    if win is None or lo is None or hi is None:
        return 0
    return max(0, _day(lo) - win[1], win[0] - _day(hi))


def match(
    sig: Signature, incidents: Sequence[tuple[str, Signature]] | IncidentIndex, exclude: Container[str] = ()
) -> str | None:
    """The id of the incident ``sig`` belongs to, or None when it is a new incident.

    ``incidents`` is a plain list of ``(incident_id, signature)`` or, for speed over many incidents,
    an :class:`IncidentIndex`. ``exclude`` names incidents ``sig`` cannot be (those another post or
    event of the same report created: the report told them apart).
    """
    found: Sequence[tuple[str, Signature]]
    side_of: Callable[[str, Signature], _Side] | None = None
    if isinstance(incidents, IncidentIndex):
        found, side_of = incidents.candidates(sig), incidents.side
    else:
        found = incidents
    return _best(sig, [(i, other) for i, other in found if i not in exclude] if exclude else found, side_of)


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
    votes = dict(old.get("place_votes") or {})
    for key, name in zip(new.get("places") or [], new.get("place_names") or [], strict=False):
        held = next((i for i, k in enumerate(keys) if same_place(key, k)), None)
        if held is None and len(keys) < LIST_LIMIT:
            keys.append(key)
            names.append(name)
        elif held is not None:
            names[held] = min(names[held], name)  # one spelling whatever the order reports came in
    firsts = dict(old.get("place_firsts") or {})
    for held_votes, new_votes in ((votes, new.get("place_votes")), (firsts, new.get("place_firsts"))):
        for key, n in (new_votes or {}).items():
            at = next((k for k in keys if same_place(key, k)), key)
            held_votes[at] = held_votes.get(at, 0) + int(n)
    out["places"], out["place_names"], out["place_votes"], out["place_firsts"] = keys, names, votes, firsts
    areas = [*(old.get("areas") or []), *(new.get("areas") or [])]
    out["areas"] = [k for k in keys if any(same_place(k, a) for a in areas)]
    for field in ("streets", "names", "ages", "targets", "mentions", "keywords", "hazards", "lead_names", "sites"):
        out[field] = _merge_lists(
            _hazards(old) if field == "hazards" else old.get(field) or [],
            _hazards(new) if field == "hazards" else new.get(field) or [],
            limit=4 if field == "targets" else 3 * LIST_LIMIT if field == "lead_names" else LIST_LIMIT,
        )
    for outcome in ("killed", "injured"):
        if new.get(outcome) is not None:
            out[outcome] = new[outcome]
    if new.get("killed") is not None:
        out["risen"] = bool(new.get("risen"))
    out["reports"] = int(old.get("reports") or 1) + int(new.get("reports") or 1)
    if old.get("aggregate") and not new.get("aggregate"):
        # the site's own report joined the incident a follow-up recalling it made: it is the site's now
        out["aggregate"] = out["recalled"] = False
    return out


def _hazards(sig: Signature) -> list[str]:
    """The area hazards a signature names; one stored before they were kept names its headline's."""
    hazards = sig.get("hazards")
    return sorted(area_hazards(sig.get("keywords") or ())) if hazards is None else list(hazards)


def title(sig: Signature) -> str:
    """A readable title: ``"Ma'arat al-Numan hospital, 2016-02-15"``.

    The place is the one most of the incident's events name among their first two (``place_votes``; an
    event of running totals or recalled in passing has no vote); a tie goes to the more specific place
    (a town before a country, then before a division: "Hroza" before "Kharkiv region"), then to the one
    more events name first (``place_firsts``: a dateline's town before a region the background names),
    then to the first in alphabetical order, so the title never hangs on which report came first.
    """
    names = sig.get("place_names") or []
    keys = sig.get("places") or []
    votes = sig.get("place_votes") or {}
    place = names[0] if names else ""
    firsts = sig.get("place_firsts") or {}
    areas = sig.get("areas") or []
    ranked = sorted(
        (k for k in votes if k in keys),
        key=lambda k: (-int(votes[k]), is_region(k), k in areas, -int(firsts.get(k, 0)), k),
    )
    if ranked and len(names) == len(keys):
        place = names[keys.index(ranked[0])]
    targets = sig.get("targets") or []
    head = " ".join(x for x in (place, targets[0] if targets else "") if x) or "Incident"
    return f"{head}, {sig.get('date') or 'date unknown'}"


def index_keys(sig: Signature) -> tuple[set[int], bool, list[str], list[int]]:
    """What :class:`IncidentIndex` files an incident under: its days (its window, and the days around
    its first report's publication when its text dates it elsewhere, see :func:`_news_window`),
    whether it is undated, the people it names, and the days it names."""
    days: set[int] = set()
    for win in (_window(sig), _news_window(sig)):
        if win is not None:
            days.update(range(win[0], win[1] + 1))
    names = [str(n) for n in sig.get("names") or ()]
    return days, _window(sig) is None, names, [_day(d) for d in sig.get("mentions") or ()]


class IncidentIndex:
    """Incidents bucketed by day, by person named and by day named, so :func:`match` looks at few.

    :meth:`candidates` reads the buckets through ``_on_days``, ``_undated_ids``, ``_named``,
    ``_mentioning`` and :meth:`signature`, so an index kept elsewhere (the store's) can answer them.

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
        #: what scoring reads of the incidents' signatures, read once (:class:`_Side`); the
        #: :data:`SIDES` last asked for, so that memory stays bounded whatever an ingest's size
        self._sides: OrderedDict[str, _Side] = OrderedDict()
        for incident_id, sig in incidents:
            self.put(incident_id, sig)

    def __len__(self) -> int:
        return len(self._sigs)

    def put(self, incident_id: str, sig: Signature) -> None:
        """Add an incident, or replace its signature after :func:`merge`."""
        self.remove(incident_id)
        self._sigs[incident_id] = sig
        days, undated, names, mentions = index_keys(sig)
        for day in days:
            self._by_day[day].add(incident_id)
        if undated:
            self._undated.add(incident_id)
        for name in names:
            self._by_name[name].add(incident_id)
        for day in mentions:
            self._by_mention[day].add(incident_id)

    def remove(self, incident_id: str) -> None:
        self._sides.pop(incident_id, None)
        old = self._sigs.pop(incident_id, None)
        if old is None:
            return
        self._undated.discard(incident_id)
        days, _, names, mentions = index_keys(old)
        for day in days:
            self._by_day[day].discard(incident_id)
        for name in names:
            self._by_name[name].discard(incident_id)
        for day in mentions:
            self._by_mention[day].discard(incident_id)

    def signature(self, incident_id: str) -> Signature:
        return self._sigs[incident_id]

    def side(self, incident_id: str, sig: Signature) -> _Side:
        """What scoring reads of the incident's signature ``sig`` (:meth:`signature`'s), kept until
        the incident is put or removed again, or :data:`SIDES` others were asked for since."""
        side = self._sides.get(incident_id)
        if side is not None:
            self._sides.move_to_end(incident_id)
            return side
        side = self._sides[incident_id] = _Side(sig)
        if len(self._sides) > SIDES:
            self._sides.popitem(last=False)
        return side

    def _on_days(self, lo: int, hi: int) -> set[str]:
        return {i for day in range(lo, hi + 1) for i in self._by_day.get(day, ())}

    def _undated_ids(self) -> set[str]:
        return set(self._undated)

    def _named(self, name: str) -> set[str]:
        return set(self._by_name.get(name, ()))

    def _mentioning(self, lo: int, hi: int) -> set[str]:
        return {i for day in range(lo, hi + 1) for i in self._by_mention.get(day, ())}

    def candidates(self, sig: Signature) -> list[tuple[str, Signature]]:
        """Incidents whose window lies within the tolerance of ``sig``'s, that name its people, or
        that name a day in its window or lie on a day it names (follow-ups, see :func:`_follow_up`)."""
        win = _window(sig)
        ids: set[str] = set()
        if win is None:
            ids |= self._undated_ids()
        else:
            ids |= self._on_days(win[0] - DATE_TOLERANCE, win[1] + DATE_TOLERANCE)
        news = _news_window(sig)
        if news is not None:
            ids |= self._on_days(news[0], news[1])
        for name in sig.get("names") or ():
            ids |= self._named(name)
        if win is not None:
            ids |= self._mentioning(win[0] - 1, win[1] + 1)
            for mentioned in sig.get("mentions") or ():
                ids |= self._on_days(_day(mentioned) - 1, _day(mentioned) + 1)
        return [(i, self.signature(i)) for i in sorted(ids)]
