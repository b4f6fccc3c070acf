"""Stories in one report: the posts of a live blog, the events of a round-up, and which statement tells which.

A file is not always one story. A live blog is a run of posts, each opened by its own headline line; a
round-up tells several attacks, one a paragraph or one a sentence ("In Kunduz, ...", "Separately, ...").
This module cuts a report into *stories* (spans of its text) and its statements into *events*: the
statements that speak of one incident. Each event is then grouped on its own, so a report may add to
several incidents while each of its statements belongs to exactly one.

How stories are found, with the extractor's own sentence splitter
(:func:`~casualty_cli.extraction.sentences.split_sentences`):

- **posts**: a headline line past the first line opens a post when the report holds two or more of
  them, each of three words or more (a single short line, "Advertisement", is page furniture);
- **events**: a sentence that opens with "Separately,", "Elsewhere,", "Meanwhile,", "In a separate
  attack," or with where it happened, "In PLACE,", "Near PLACE,", "North of PLACE," (a place
  :mod:`~casualty_cli.places` knows; its table of place-introducing words is the one used);
- **paragraphs**: every other line.

How statements become events (:func:`split_events`): the first statement of a post or event opens an
event of its own (unless it repeats the toll of an earlier one: a live blog tells the same toll
twice); a statement in a paragraph joins the last event of its section whose cues do not contradict
its own (another place, another day, a toll over several sites beside one site's toll), else it opens
one. A statement in the report's own headline joins the event with the same toll, else the first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from casualty_cli.cues import (
    StatementCues,
    find_person_cues,
    find_targets,
    person_names,
    several_sites,
    targets,
)
from casualty_cli.extraction.patterns import CUMULATIVE_RE
from casualty_cli.extraction.sentences import Sentence, split_sentences
from casualty_cli.model import Document, Statement
from casualty_cli.places import PLACE_OPENING, BodyMatches, extract_places, find_in_body, places_disagree
from casualty_cli.textscan import spans_within, within

__all__ = [
    "DATE_TOLERANCE",
    "Story",
    "TextReading",
    "find_stories",
    "read_cues",
    "read_text",
    "split_events",
    "story_at",
    "strong_places",
    "title_and_body",
    "title_end",
]

#: Days two dates of one event may lie apart (a report's "Monday" and another's "Feb. 15").
DATE_TOLERANCE = 2
#: A post's headline has at least this many words; shorter lines are page furniture.
POST_WORDS = 3
#: A post's body holds at least this many characters (a photo credit or a "Follow us" line does not).
POST_BODY = 80

StoryKind = Literal["lead", "post", "event", "paragraph"]

# "Separately, ...", "In a separate attack, ...": a new event, wherever it happens.
_ANOTHER_EVENT = re.compile(
    r"(?:Separately|Elsewhere|Meanwhile|Also|In\s+(?:a\s+)?separate\s+[\w-]+(?:\s+[\w-]+)?|In\s+another\s+[\w-]+"
    r"(?:\s+[\w-]+)?)\s*,"
)


# "In the southern city of Kherson": a settlement framed before its name
_FRAMED_OPENING = re.compile(r"In\s+the\s+(?:[a-z]+\s+){0,2}(?:city|town|village|province|region|district)\s+of\s")


@dataclass(frozen=True, slots=True)
class Story:
    """A span of a report's text that tells one thing: its lead, a post, an event, or a paragraph."""

    start: int
    end: int
    kind: StoryKind
    #: the post's headline (a live blog's), else None
    headline: str | None = None
    #: the places an "In PLACE," opening names, as ``(key, display)``
    places: tuple[tuple[str, str], ...] = ()

    @property
    def opens_event(self) -> bool:
        """A post or a sentence like "Separately, ...": its first statement starts an event."""
        return self.kind in ("post", "event")


def title_and_body(doc: Document) -> tuple[str, str]:
    """The report's headline (its title, else its first line) and the text under it."""
    if doc.title:
        return doc.title, doc.text
    head, _, rest = doc.text.partition("\n")
    return head, rest


@lru_cache(maxsize=32)
def strong_places(doc: Document) -> list[tuple[str, str]]:
    """The places of the report's dateline and headline (``extract_places(strong_only=True)``), read
    once a report (each event of a round-up asks for them)."""
    head, body = title_and_body(doc)
    return extract_places(body, title=head, strong_only=True)


@dataclass(frozen=True, eq=False)
class TextReading:
    """The place, person and target patterns' matches over a whole report, read once: grouping's cues
    of the report (its places, people, the lead's targets) and of each statement's sentence are both
    taken from them.

    ``places`` are the body's (:func:`~casualty_cli.places.find_in_body`), in ``doc.text`` from
    ``body_start``; ``names`` and ``targets`` are in ``names_text`` (headline, newline, body), where
    ``doc.text``'s offset ``i`` is ``i + names_shift``.
    """

    doc: Document
    head: str
    body: str
    body_start: int
    places: BodyMatches
    place_starts: tuple[tuple[int, ...], ...]
    names_text: str
    names_shift: int
    names: tuple[re.Match[str], ...]
    name_starts: tuple[int, ...]
    targets: tuple[tuple[str, int, int], ...]
    target_starts: tuple[int, ...]

    def sentence_places(self, start: int, end: int) -> list[tuple[str, str]] | None:
        """What ``extract_places`` reads in ``doc.text[start:end]`` with no headline, or None when it
        must be read alone (see :func:`~casualty_cli.textscan.within`)."""
        if start < self.body_start:
            return None
        found = within(self.places, self.place_starts, self.doc.text, start, end)
        if found is None:
            return None
        return extract_places(self.doc.text[start:end], title="", found=found, base=start)

    def sentence_names(self, start: int, end: int) -> list[str] | None:
        """What ``person_names`` reads in ``doc.text[start:end]``, or None when it must be read alone."""
        shift = self.names_shift
        found = within((self.names,), (self.name_starts,), self.names_text, start + shift, end + shift)
        return None if found is None else person_names("", found[0])

    def head_targets(self, start: int, end: int) -> list[str] | None:
        """What ``targets`` reads in ``names_text[start:end]`` (the lead is its first characters), or
        None when it must be read alone."""
        found = spans_within(self.targets, self.target_starts, self.names_text, start, end)
        return None if found is None else targets(self.names_text[start:end], found)

    def sentence_targets(self, start: int, end: int) -> list[str] | None:
        """What ``targets`` reads in ``doc.text[start:end]``, or None when it must be read alone."""
        return self.head_targets(start + self.names_shift, end + self.names_shift)


def read_text(doc: Document) -> TextReading:
    """Read the place, person and target patterns once over a report (:class:`TextReading`)."""
    head, body = title_and_body(doc)
    body_start = 0 if doc.title else len(head) + 1
    names_text = f"{head}\n{body}"
    places = find_in_body(doc.text, body_start)
    names = find_person_cues(names_text)
    hits = find_targets(names_text)
    return TextReading(
        doc,
        head,
        body,
        body_start,
        places,
        tuple(tuple(m.start() for m in found) for found in places),
        names_text,
        len(head) + 1 if doc.title else 0,
        names,
        tuple(m.start() for m in names),
        hits,
        tuple(start for _, start, _ in hits),
    )


def title_end(doc: Document) -> int:
    """Where the report's own headline (its first line) ends in its text; 0 when the text has none."""
    first = doc.text.find("\n")
    if first == -1:
        return 0
    head = doc.text[:first].strip()
    if doc.title and head != doc.title.strip():
        return 0
    return first


def _post_heads(sentences: Sequence[Sentence], text: str) -> list[Sentence]:
    """The headline lines that open posts: past the first line, of :data:`POST_WORDS` words or more, and
    followed by a body of :data:`POST_BODY` characters or more that holds a full sentence; a report is
    a live blog only with two such posts or more."""
    heads: list[Sentence] = []
    lines = [s for s in sentences if s.is_headline]
    for n, s in enumerate(lines):
        if s.start == 0 or not text[: s.start].strip() or len(text[s.start : s.end].split()) < POST_WORDS:
            continue
        body_end = lines[n + 1].start if n + 1 < len(lines) else len(text)
        body = text[s.end : body_end]
        if len(body.strip()) >= POST_BODY and any(p in body for p in ".!?"):
            heads.append(s)
    return heads if len(heads) >= 2 else []


def _opening(text: str, sent: Sentence) -> tuple[StoryKind, tuple[tuple[str, str], ...]] | None:
    """Does the sentence open a new event ("Separately, ...", "In Kunduz, ...")? Its kind and places."""
    m = PLACE_OPENING.match(text, sent.start, sent.end)
    if _ANOTHER_EVENT.match(text, sent.start, sent.end):
        m = PLACE_OPENING.search(text, sent.start, min(sent.end, sent.start + 90))
        return "event", _opening_places(m.group(0)) if m else ()
    if m is None:
        return None
    places = _opening_places(m.group(0))
    return ("event", places) if places else None


def _names_only(text: str, start: int, places: tuple[tuple[str, str], ...]) -> bool:
    """Does the opening at ``start`` frame a settlement and name it, and nothing more ("In the southern
    city of Kherson,")? Not "In the YouTube video," nor "In Queens, a gunman ..." of a city's own news."""
    opening = text[start : text.find(",", start)]
    return _FRAMED_OPENING.match(opening) is not None and any(opening.endswith(name) for _, name in places)


def _lone_opening(
    doc: Document, sentences: Sequence[Sentence], openings: dict[int, tuple[StoryKind, tuple[tuple[str, str], ...]]]
) -> int | None:
    """The one "In PLACE," of a report that still opens an event: past the lead, framing a settlement
    ("In the southern city of Kherson, ..."), one the headline and dateline do not name ("Drones kill
    five in Kharkiv"). Its start, or None."""
    first = next((s.end for s in sentences if not s.is_headline), 0)
    found = [k for k, (_, places) in openings.items() if places and k > first and _names_only(doc.text, k, places)]
    if len(found) != 1:
        return None
    strong = [k for k, _ in strong_places(doc)]
    mine = [k for k, _ in openings[found[0]][1]]
    return found[0] if strong and places_disagree(mine, strong) else None


def _opening_places(opening: str) -> tuple[tuple[str, str], ...]:
    # extract_places reads "in X" in running text: the opening's capital "In" is lowered for it
    return tuple(extract_places(opening[:1].lower() + opening[1:], title=""))


def find_stories(doc: Document, sentences: Sequence[Sentence] | None = None) -> list[Story]:
    """The stories of a report in order; together they cover its text from its start on.

    A live blog's post runs from its headline to the next post, paragraphs and all; elsewhere every
    line is a paragraph of its own. "In PLACE, ..." opens an event only in a report that holds two
    such openings or more (a round-up); "Separately, ..." always does.
    """
    text = doc.text
    if sentences is None:
        sentences = split_sentences(text)
    if not sentences:
        return []
    posts = {s.start for s in _post_heads(sentences, text)}
    openings = {s.start: o for s in sentences if s.start not in posts and (o := _opening(text, s)) is not None}
    if sum(1 for o in openings.values() if o[1]) < 2:
        lone = _lone_opening(doc, sentences, openings)
        openings = {
            k: o for k, o in openings.items() if not o[1] or _ANOTHER_EVENT.match(text, k) or k == lone
        }
    cuts: list[tuple[int, StoryKind, str | None, tuple[tuple[str, str], ...]]] = [(0, "lead", None, ())]
    headline: str | None = None
    prev_end = 0
    for s in sentences:
        # a newline between the last sentence and this one (looked for in that gap only: linear on long lines)
        new_line, prev_end = text.find("\n", prev_end, s.start) != -1, s.end
        if s.start in posts:
            headline = text[s.start : s.end]
            cuts.append((s.start, "post", headline, ()))
            continue
        if s.start in openings:
            kind, places = openings[s.start]
            cuts.append((s.start, kind, headline, places))
        elif new_line and s.start > 0 and cuts[-1][0] != s.start and not s.is_headline and not headline:
            cuts.append((s.start, "paragraph", headline, ()))
    stories = []
    for n, (start, kind, head, places) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(text)
        if end > start:
            stories.append(Story(start, end, kind, head, places))
    return stories


def _sentence_at(sentences: Sequence[Sentence], st: Statement) -> Sentence | None:
    # Sentences are in order; the statement's is the last that starts at or before it.
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= st.start:
            lo = mid + 1
        else:
            hi = mid
    return sentences[lo - 1] if lo else None


def _read_sentence(
    text: str, sent: Sentence | None, reading: TextReading | None
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...], bool]:
    """A sentence's places, targets, people and whether it speaks of several sites; places, targets and
    people from the report's ``reading`` where it can tell them."""
    found = names = hit = None
    if reading is not None and sent is not None:
        found = reading.sentence_places(sent.start, sent.end)
        names = reading.sentence_names(sent.start, sent.end)
        hit = reading.sentence_targets(sent.start, sent.end)
    return (
        tuple(extract_places(text, title="") if found is None else found),
        tuple(targets(text) if hit is None else hit),
        tuple(person_names(text) if names is None else names),
        several_sites(text),
    )


def _running_total(sentence: str) -> bool:
    """Does a sentence tell a running total in so many words (the reader's own cues of one: "across Idlib
    province", "so far this year")? The reader files an event recalled in passing as it files a running
    total ("cumulative"); grouping lets only the recalled event join the site's incident."""
    return CUMULATIVE_RE.search(sentence.lower()) is not None


def read_cues(
    doc: Document,
    statements: Sequence[Statement],
    sentences: Sequence[Sentence] | None = None,
    reading: TextReading | None = None,
) -> list[StatementCues]:
    """Each statement's cues, read from its own sentence (found by the extractor's splitter); places,
    targets and people are taken from ``reading`` where it can tell them.

    A statement whose offsets lie outside the text (a human's move of one statement) is read from its quote.
    """
    if sentences is None:
        sentences = split_sentences(doc.text)
    head_end = title_end(doc)
    out = []
    # what a sentence says, read once however many statements stand in it
    read: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...], bool]] = {}
    for st in statements:
        sent = _sentence_at(sentences, st) if st.end <= len(doc.text) else None
        text = doc.text[sent.start : sent.end] if sent is not None else st.quote
        if text not in read:
            read[text] = _read_sentence(text, sent if reading is not None else None, reading)
        places, hit, names, several = read[text]
        out.append(
            StatementCues(
                places=places,
                date=st.event_date,
                targets=hit,
                victims=st.victims,
                names=names,
                aggregate=st.scope == "cumulative" or several,
                in_title=sent is not None and st.start < head_end,
                in_headline=sent is not None and (sent.is_headline or st.start < head_end),
                spread=several or (st.scope == "cumulative" and _running_total(text)),
            )
        )
    return out


@dataclass(slots=True)
class _Event:
    members: list[int]
    section: int
    date: int | None
    aggregate: bool
    places: list[str] = field(default_factory=list)
    #: (outcome, best) of every member, to tell a toll told again at once
    tolls: set[tuple[str, int | None]] = field(default_factory=set)

    def add(self, i: int, st: Statement) -> None:
        self.members.append(i)
        self.tolls.add((st.outcome, st.best))


def _day(d: date | None) -> int | None:
    return d.toordinal() if d else None


def _compatible(e: _Event, places: Sequence[str], day: int | None, aggregate: bool) -> bool:
    if e.aggregate != aggregate:
        return False
    if e.date is not None and day is not None and abs(e.date - day) > DATE_TOLERANCE:
        return False
    return not places_disagree(places, e.places)


def story_at(starts: Sequence[int], pos: int) -> int:
    """The index of the story (by the ``starts`` of the stories, in order) that holds text position ``pos``."""
    return max(0, bisect_right(starts, pos) - 1)


def _sections(stories: Sequence[Story]) -> list[int]:
    """For each story, the post or event it belongs to (the index of that story), or -1 for the lead's."""
    out, current = [], -1
    for i, s in enumerate(stories):
        if s.opens_event:
            current = i
        out.append(current)
    return out


def _same_toll(e: _Event, st: Statement) -> bool:
    return (st.outcome, st.best) in e.tolls


def split_events(
    statements: Sequence[Statement], cues: Sequence[StatementCues], stories: Sequence[Story]
) -> list[list[int]]:
    """Indices of ``statements`` grouped by the event they speak of, in document order (see the module
    docstring); every statement is in exactly one event."""
    if not statements:
        return []
    sections = _sections(stories)
    starts = [s.start for s in stories]
    events: list[_Event] = []
    by_section: dict[int, list[_Event]] = {}
    titles: list[int] = []
    for i in sorted(range(len(statements)), key=lambda i: statements[i].start):
        c, st = cues[i], statements[i]
        if c.in_title:
            titles.append(i)
            continue
        at = story_at(starts, st.start) if stories else 0
        section = sections[at] if stories else -1
        own = stories[section].places if section >= 0 else ()
        places = list(dict.fromkeys([k for k, _ in c.places] + [k for k, _ in own]))
        day = _day(c.date)
        pool = by_section.get(section, [])
        target: _Event | None = None
        if section >= 0 and not pool:
            # the first statement of a post or event: its own event, unless it tells an earlier toll again
            target = next(
                (e for e in events if st.best and _same_toll(e, st) and _compatible(e, places, day, c.aggregate)),
                None,
            )
        elif section >= 0 and stories[section].kind == "post":
            target = pool[-1]  # a post tells one story: its body and its headline are one event
        else:
            target = next((e for e in reversed(pool) if _compatible(e, places, day, c.aggregate)), None)
        if target is None:
            target = _Event([], section, day, c.aggregate)
            events.append(target)
            by_section.setdefault(section, []).append(target)
        elif target.section != section:
            # a post that repeats an earlier toll: the rest of the post joins that event too
            by_section[target.section].remove(target)
            target.section = section
            by_section.setdefault(section, []).append(target)
        target.add(i, st)
        if target.date is None:
            target.date = day
        target.places.extend(p for p in places if p not in target.places)
    for i in titles:
        st, c = statements[i], cues[i]
        places = [k for k, _ in c.places]
        same_toll = [e for e in events if _same_toll(e, st)]
        fits = [e for e in same_toll or events if _compatible(e, places, _day(c.date), c.aggregate)]
        if not events:
            events.append(_Event([], -1, _day(c.date), c.aggregate))
        chosen = (fits or same_toll or events)[0]
        chosen.add(i, st)
    return sorted(
        (sorted(e.members) for e in events if e.members), key=lambda m: min(statements[j].start for j in m)
    )
