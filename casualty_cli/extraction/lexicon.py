"""The token reader's lexicon, loaded from ``lexicon.toml``: every word the reader knows, as data.

:func:`lexicon` reads the file once and indexes it for the reader: a phrase table from each first
word to the entries that open with it (longest first), and sets of nouns, auxiliaries and markers.
Nothing here knows English; the words are all in the data file.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, Final, Literal

from casualty_cli.extraction import compiled

Outcome = Literal["killed", "injured", "hit", "missing"]
#: What an entry is, which says which reader reads around it.
Role = Literal["past", "present", "gerund", "noun", "toll", "leave", "lives", "event", "hospital", "fatal"]

_OUTCOMES: Final = ("killed", "injured", "hit", "missing")


@dataclass(frozen=True, slots=True)
class Entry:
    """One word or idiom of the lexicon in one form: "gunned down" as a participle, killing."""

    words: tuple[str, ...]
    role: Role
    outcome: Outcome
    transitive: bool = True
    #: an event's figure: at least ``least`` ("a fatal shooting"), or exactly ``exact`` ("a double homicide")
    least: int | None = None
    exact: int | None = None


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """One verb or idiom as the data file gives it (the tests build sentences from these)."""

    past: str
    present: tuple[str, ...]
    gerund: str | None
    outcome: Outcome
    transitive: bool


class Markers:
    """Marker phrases by first word (``by_first``), and the set of their last words: a window of tokens holds
    a marker only if it holds one of each, and the last words ("attack", "earlier") are rarer than the first
    ("a", "the"), so most windows are told without a look at their tokens one by one. Asked as a mapping
    of first words (``in``, ``[]``, iteration). A plain class, not a dict subclass: compiled with mypyc its
    attributes are read from the object (``_Sentence.holds`` asks ``bit`` some 138,000 times over gvc-dev),
    where a dict subclass's went through Python's look-up of an instance's ``__dict__``."""

    by_first: dict[str, list[tuple[str, ...]]]
    lasts: frozenset[str]
    #: the first words (the keys) as a set of their own, made once: a test of a window against it is one
    #: set operation, where the keys' view is made anew at each test (compiled, a method call of Python)
    firsts: frozenset[str]
    #: the place of this kind's two bits in :data:`MARKER_BITS` (its last words' bit, then its first
    #: words'); -1: none (an empty kind, made by hand)
    bit: int

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # (set here, not as class defaults: compiled with mypyc, a class default is no attribute of an
        # instance, and a kind made by hand would have no ``bit`` to ask)
        self.by_first = dict(*args, **kwargs)
        self.lasts = frozenset()
        self.firsts = frozenset()
        self.bit = -1

    def __contains__(self, word: object) -> bool:
        return word in self.by_first

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        return self.by_first[word]

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_first)

    def __len__(self) -> int:
        return len(self.by_first)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Markers) and self.by_first == other.by_first

    def __repr__(self) -> str:
        return f"Markers({self.by_first!r})"


#: Each word of a kind of markers (:func:`_by_first_word`), with the bits of the kinds it is a last word
#: or a first word of (:attr:`Markers.bit`): a sentence ORs its words' bits once, and then tells whether
#: it holds a first and a last word of any kind by two bits (readers.py: ``_Sentence.holds``), where two
#: set operations a kind cost some 1,000 instructions each (compiled).
MARKER_BITS: Final[dict[str, int]] = {}
_MARKER_KINDS: Final[list[Markers]] = []

#: The bits of :data:`MARKER_BITS` below the markers' kinds: sets of words a sentence is asked about as a
#: whole (readers.py, ``_Sentence``), one bit a set, ORed with the markers' bits in the one pass over a
#: sentence's tokens that also finds where entries may open. Set by :func:`mark_words`.
OPENS_BIT: Final = 1  # a first word of an entry or a fatal adjective (Lexicon.first_words)
PROTEST_BIT: Final = 2  # a word of Lexicon.protest_words
PROVISIONS_BIT: Final = 4  # the rest: words of syntax.py's sets, marked by readers.py
BODY_WORDS_BIT: Final = 8
AND_BIT: Final = 16
NONE_SURVIVED_BIT: Final = 32
TOTAL_BIT: Final = 64
TOLD_AGAIN_TOLLS_BIT: Final = 128
OTHER_BIT: Final = 256
TOLL_REVISIONS_BIT: Final = 512
#: how many bits they take: the markers' kinds take the bits above
_WORD_SET_BITS: Final = 10


def mark_words(words: Iterable[str], bit: int) -> None:
    """Give each of ``words`` the bit ``bit`` (one of the ``*_BIT`` above) in :data:`MARKER_BITS`."""
    for w in words:
        MARKER_BITS[w] = MARKER_BITS.get(w, 0) | bit


@dataclass(slots=True)
class Lexicon:
    verbs: list[VerbEntry] = field(default_factory=list)
    #: first word -> the entries that open with it, longest first
    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    states: dict[tuple[str, ...], Outcome] = field(default_factory=dict)
    plural: frozenset[str] = frozenset()
    singular: frozenset[str] = frozenset()
    collective: dict[str, int] = field(default_factory=dict)
    #: verbs of ``leave_verbs`` that tell where people were found: "find three wounded" are three hit
    finding_verbs: frozenset[str] = frozenset()
    alive_verbs: frozenset[str] = frozenset()
    #: the present forms of "to death" verbs, which are nouns too: "club members", "burn victims", "stone
    #: masons" (a verb of them only with "to death" after its object)
    to_death_present: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    person_endings: tuple[str, ...] = ()
    demonym_endings: tuple[str, ...] = ()
    demonym_one_endings: tuple[str, ...] = ()
    #: first words of a place's name after which "-er" names one of its people ("a New Zealander")
    demonym_er_firsts: frozenset[str] = frozenset()
    not_person_endings: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    not_people: frozenset[str] = frozenset()
    be: frozenset[str] = frozenset()
    have: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    subject_negations: frozenset[str] = frozenset()
    acted_on: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    fired_upon: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    present_be: frozenset[str] = frozenset()
    #: modal verbs and the other words that make a verb unreal ("to", "if"): ``modal_verbs`` is part of ``modals``
    modals: frozenset[str] = frozenset()
    modal_verbs: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    near_misses: frozenset[str] = frozenset()
    negated_degrees: frozenset[str] = frozenset()
    nobody: tuple[tuple[str, ...], ...] = ()
    #: markers of another event by first word: near the count, and anywhere in the sentence before it
    earlier_event: Markers = field(default_factory=Markers)
    other_event: Markers = field(default_factory=Markers)
    #: words of an ``other_event`` phrase that, opening a sentence, set the scene of an earlier event
    scene_before: frozenset[str] = frozenset()
    alleged_crimes: Markers = field(default_factory=Markers)
    companions: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    protest_words: frozenset[str] = frozenset()
    body_finds: frozenset[str] = frozenset()
    protest_causes: Markers = field(default_factory=Markers)
    several_events: Markers = field(default_factory=Markers)
    other_event_after: Markers = field(default_factory=Markers)
    #: of the markers of another event, those of one told beside the report's own ("a separate")
    separate_event: Markers = field(default_factory=Markers)
    #: a later time opening a sentence ("The following night, a strike ..."): another event, with "a" or "an"
    later_times: Markers = field(default_factory=Markers)
    #: words of a place beside the report's own, after a later time's comma ("in the neighbouring state of")
    places_beside: frozenset[str] = frozenset()
    #: words after a group that say its toll is coded as another event's ("coded separately")
    coded_apart: Markers = field(default_factory=Markers)
    #: those of them that tell of several events, setting apart a whole clause's groups from its end
    coded_apart_all: Markers = field(default_factory=Markers)
    coded_apart_these: frozenset[str] = frozenset()
    coded_apart_spans: frozenset[str] = frozenset()
    #: nouns of one event ([cumulative] one_events): "in a separate attack"
    event_nouns: frozenset[str] = frozenset()
    event_totals: Markers = field(default_factory=Markers)
    plural_events: frozenset[str] = frozenset()
    #: plural nouns of events told as others after "in" ("in three other strikes"): a sum over them
    other_plural_events: frozenset[str] = frozenset()
    #: nouns of what is left of the dead that count only people named after them ("remains of")
    remains_nouns: frozenset[str] = frozenset()
    #: words before a plural noun of events that make it one attack's parts: [cumulative] joint_events
    #: ("twin blasts") and ``event_multiples`` ("the double bombing")
    one_event_of_parts: frozenset[str] = frozenset()
    toll_verbs: frozenset[str] = frozenset()
    #: a casualty database's estimates of the dead: the word before "estimate" and its kind ("lowest": "low")
    estimate_kinds: dict[str, str] = field(default_factory=dict)
    estimate_nouns: frozenset[str] = frozenset()
    #: nouns of a count whose people and outcome follow "of" ("the number of civilians killed")
    toll_heads: frozenset[str] = frozenset()
    figure_labels: frozenset[str] = frozenset()
    confirmed_labels: frozenset[str] = frozenset()
    #: verbs that give a noun of the dead its figure after "as"/"at" ("Fatalities coded as 11")
    figure_givers: frozenset[str] = frozenset()
    #: words before such a noun as an object, when the verb that gives its figure follows it ("led to deaths
    #: estimated at over 10")
    result_tos: frozenset[str] = frozenset()
    #: verbs that say a toll changed: they may stand far after the toll's head
    toll_changes: frozenset[str] = frozenset()
    #: verbs that say where a toll stands, before "at" ("Total deaths stand at 1,482")
    toll_states: frozenset[str] = frozenset()
    #: parts of the body: "struck the knee of a girl" hit the girl
    body_parts: frozenset[str] = frozenset()
    #: verbs that hit things as often as people: they count only people the lexicon knows
    people_only: frozenset[str] = frozenset()
    #: verbs that hit people only as a passive told with a part of the body after it ("was hit in the head")
    hit_on_the_body: frozenset[str] = frozenset()
    body_sides: frozenset[str] = frozenset()
    #: verbs of a side's losses: they count only known people after them, not after ``loss_owners``
    losses: frozenset[str] = frozenset()
    loss_owners: frozenset[str] = frozenset()
    #: parts of a group: "half of the passengers" is no count
    fractions: frozenset[str] = frozenset()
    #: things that act without a will: "a tornado struck Union" struck a place
    hazards: frozenset[str] = frozenset()
    two_people: frozenset[tuple[str, str]] = frozenset()
    one_person_roles: tuple[frozenset[str], ...] = ()
    agents: frozenset[str] = frozenset()
    injury_verbs: tuple[tuple[str, ...], ...] = ()
    #: those of ``injury_verbs`` whose subject is alive ("treated for injuries")
    living_injury_verbs: frozenset[tuple[str, ...]] = frozenset()
    injury_nouns: frozenset[str] = frozenset()
    fatal_words: frozenset[str] = frozenset()
    age_words: frozenset[str] = frozenset()
    school_grades: frozenset[str] = frozenset()
    school_pupils: frozenset[str] = frozenset()
    grade_not_after: frozenset[str] = frozenset()
    hospitals: tuple[tuple[str, ...], ...] = ()
    precautions: Markers = field(default_factory=Markers)
    fatal_adjectives: frozenset[str] = frozenset()
    fatal_events: frozenset[str] = frozenset()
    not_events: frozenset[str] = frozenset()
    dead_nouns: tuple[tuple[str, ...], ...] = ()
    #: the last words of verbs and idioms ("killed", "dead" of "shot dead"): a noun phrase after one is its object
    verb_ends: frozenset[str] = frozenset()
    #: every word an entry may open with: a sentence without one holds no statement
    first_words: frozenset[str] = frozenset()
    #: indexes of the lists above, built once at load, that let a reader skip a token at a glance: the
    #: first words of ``states``, the phrases of ``nobody`` by their last word, the last words of
    #: ``injury_verbs``
    state_firsts: frozenset[str] = frozenset()
    nobody_by_last: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    injury_verb_lasts: frozenset[str] = frozenset()
    #: the entries of ``phrases`` of two words or more by their first word, then their second (longest
    #: first), and the entry of one word of each word that has one: a token's entry is found without trying
    #: the others (nested, not keyed by pairs: a pair is a tuple made and hashed at each token asked)
    by_two_words: dict[str, dict[str, list[Entry]]] = field(default_factory=dict)
    one_word: dict[str, Entry] = field(default_factory=dict)
    #: how many words the longest entry of ``phrases`` has
    longest_entry: int = 1
    #: who is who (same_person.py): each table of ``[identity]`` as a set, ``ordinals`` as a mapping
    identity: dict[str, frozenset[str]] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    #: what opens a breakdown of the whole figure (":"), or of some of its people ("including")
    breakdown_whole: frozenset[str] = frozenset()
    breakdown_part: tuple[tuple[str, ...], ...] = ()
    #: "nine members of its staff": a part named after the group its people are members of
    members: frozenset[str] = frozenset()
    #: the word lists of earlier figures and recalled events (earlier.py), by name
    earlier: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the words of syntax the token reader looks for ([syntax]: determiners, clause openers, months ...), by name
    syntax: dict[str, frozenset[str]] = field(default_factory=dict)
    #: words before a toll's noun that make it an earlier figure: ``earlier`` adjectives and adverbs
    before_earlier_toll: frozenset[str] = frozenset()

    def is_person(self, word: str) -> bool:
        """Does the (lower-case) word name people: a listed noun, a collective or an agent ending?"""
        if word in self.plural or word in self.singular or word in self.collective:
            return True
        if word in self.not_person_endings or word in self.not_people or len(word) < 5:
            return False
        return word.endswith(self.person_endings)


def words_of(phrase: str) -> tuple[str, ...]:
    """A phrase as the tokeniser cuts it: "didn't survive" is ("did", "n't", "survive")."""
    from casualty_cli.extraction.tokens import tokenize

    return tuple(t.low for t in tokenize(phrase))


def longest_first(phrases: Iterable[str]) -> list[str]:
    """The phrases, longest first, and in a fixed order among those of one
    length: a pattern built from a set comes out the same in every run (a set's order changes from run to
    run with the hashing of strings), so the compiled-pattern cache (compiled.py) finds it."""
    return sorted(set(phrases), key=lambda p: (-len(p), p))


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of the lexicon's phrases (words between spaces), longest first."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in longest_first(phrases)) + ")"


def _outcome(value: Any) -> Outcome:
    if value not in _OUTCOMES:
        raise ValueError(f"lexicon.toml: unknown outcome {value!r}")
    return value  # type: ignore[no-any-return]


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(words_of(w) for w in words)


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> Markers:
    index = Markers()
    for p in phrases:
        index.by_first.setdefault(p[0], []).append(p)
    index.lasts = frozenset(p[-1] for p in phrases)
    index.firsts = frozenset(index.by_first)
    index.bit = _WORD_SET_BITS + 2 * len(_MARKER_KINDS)
    _MARKER_KINDS.append(index)
    for words, bit in ((index.lasts, 1 << index.bit), (index.firsts, 2 << index.bit)):
        for w in words:
            MARKER_BITS[w] = MARKER_BITS.get(w, 0) | bit
    return index


#: A past whose consonant is doubled before "-ed": "killed", "stabbed".
_DOUBLED_PAST: Final = re.compile(r"(?P<stem>[a-z]*?)(?P<c>[b-df-hj-np-tv-z])(?P=c)ed")


def misspellings(past: str) -> tuple[str, ...]:
    """The slips of typing a one-word past with a doubled consonant is read in: the consonant once or
    three times, or an "i" before "-ed" ("kiled", "killled", "killied" for "killed"). None of them is an
    English word, so reading them costs no other word; other pasts have none.

    >>> misspellings("killed"), misspellings("shot")
    (('kiled', 'killled', 'killied'), ())
    """
    m = _DOUBLED_PAST.fullmatch(past)
    if m is None:
        return ()
    stem, c = m["stem"], m["c"]
    return (f"{stem}{c}ed", f"{stem}{c * 3}ed", f"{stem}{c * 2}ied")


@cache
def lexicon_data() -> dict[str, Any]:
    """``lexicon.toml`` as its tables, parsed once for every module that reads a table of it (do not
    change what it holds: each caller reads the same dict). Kept between runs beside the compiled
    patterns (compiled.kept), under the hash of the file's bytes: parsing the TOML took a sixth of the
    start-up of a one-report ``extract`` (callgrind), reading the kept tables back a small part of that."""
    raw = files("casualty_cli.extraction").joinpath("lexicon.toml").read_bytes()
    data = compiled.kept(
        f"lexicon.toml {hashlib.sha256(raw).hexdigest()}", lambda: tomllib.loads(raw.decode("utf-8")), dict
    )
    assert isinstance(data, dict)
    return data


@cache
def lexicon() -> Lexicon:
    """The lexicon of ``lexicon.toml``, read once."""
    data = lexicon_data()
    lex = Lexicon()
    entries: list[Entry] = []
    for v in data["verbs"]:
        verb = VerbEntry(
            v["past"], tuple(v.get("present", ())), v.get("gerund"), _outcome(v["outcome"]), v.get("transitive", True)
        )
        lex.verbs.append(verb)
        entries.append(Entry(words_of(verb.past), "past", verb.outcome, verb.transitive))
        entries.extend(Entry((w,), "past", verb.outcome, verb.transitive) for w in misspellings(verb.past))
        entries.extend(Entry(words_of(p), "present", verb.outcome, verb.transitive) for p in verb.present)
        if verb.gerund:
            entries.append(Entry(words_of(verb.gerund), "gerund", verb.outcome, verb.transitive))
    losses = data["losses"]
    lex.losses = frozenset([losses["past"], *losses["present"], losses["gerund"]])
    entries.append(Entry((losses["past"],), "past", "killed"))
    entries.extend(Entry((w,), "present", "killed") for w in losses["present"])
    entries.append(Entry((losses["gerund"],), "gerund", "killed"))
    for w in data["to_death"]:
        lex.verbs.append(VerbEntry(f"{w} to death", (), None, "killed", True))
        entries.append(Entry((*words_of(w), "to", "death"), "past", "killed"))
        entries.append(Entry((f"{w}-to-death",), "past", "killed"))  # "shot-to-death"
    for w in [*data["to_death"], *data["to_death_present"]]:
        # "hacked a woman to death", "stone two thieves to death": the object, then the state
        entries.append(Entry((w,), "leave", "killed"))
    lex.to_death_present = frozenset(data["to_death_present"])
    for w in data["to_death_present"]:
        entries.append(Entry((w, "to", "death"), "present", "killed"))
    for w in data["to_death_gerunds"]:
        entries.append(Entry((w, "to", "death"), "gerund", "killed"))  # "hacking to death 62 villagers"
    for s in data["states"]:
        lex.states[words_of(s["words"])] = _outcome(s["outcome"])
    entries.extend(Entry(words_of(w), "leave", "killed") for w in data["leave_verbs"])
    lex.finding_verbs = frozenset(data["finding_verbs"])
    lex.alive_verbs = frozenset(data["alive_verbs"])
    # "buried two miners alive": the verb, its object, then "alive" (Sentence.leave reads it)
    entries.extend(Entry((w,), "leave", "killed") for w in data["alive_verbs"] if w not in data["to_death"])
    entries.extend(Entry(words_of(n["words"]), "noun", _outcome(n["outcome"])) for n in data["nouns"])
    entries.extend(Entry(words_of(t), "toll", "killed") for t in data["tolls"])
    lex.estimate_kinds = {w: kind for kind in ("low", "high", "best") for w in data[f"{kind}_estimates"]}
    lex.estimate_nouns = frozenset(data["estimate_nouns"])
    entries.extend(Entry((w,), "toll", "killed") for w in data["estimate_nouns"])  # read as a record's label only
    entries.extend(Entry(words_of(n["words"]), "gerund", _outcome(n["outcome"])) for n in data["of_nouns"])
    entries.extend(Entry(words_of(w), "lives", "killed") for w in data["lives_verbs"])
    entries.extend(Entry(words_of(w), "hospital", "hit", False) for w in data["hospital_verbs"])
    entries.extend(Entry(words_of(w), "fatal", "killed", False) for w in data["fatal_adverbs"])
    entries.extend(
        Entry(words_of(e["words"]), "event", _outcome(e["outcome"]), True, e.get("least"), e.get("exact"))
        for e in data["events"]
    )
    phrases: dict[str, list[Entry]] = {}
    for e in entries:
        phrases.setdefault(e.words[0], []).append(e)
    for found in phrases.values():
        found.sort(key=lambda e: -len(e.words))
    lex.phrases = phrases
    for found in phrases.values():
        for e in found:  # (in the order of ``phrases``, longest first)
            if len(e.words) == 1:
                lex.one_word.setdefault(e.words[0], e)
            else:
                lex.by_two_words.setdefault(e.words[0], {}).setdefault(e.words[1], []).append(e)
    lex.longest_entry = max((len(e.words) for e in entries), default=1)
    # (a function word ending an idiom, "injury to", "cut when", is no verb's end)
    lex.verb_ends = frozenset(
        e.words[-1] for e in entries if e.role in ("past", "present", "gerund") and e.words[-1] not in ("of", "to", "for", "when")
    )
    people = data["people"]
    roles = people["roles"]
    # (a role ending in "ss" is one person: "boss")
    lex.plural = frozenset([*people["plural"], *(r for r in roles if r.endswith("s") and not r.endswith("ss"))])
    lex.singular = frozenset([*people["singular"], *(r for r in roles if not r.endswith("s") or r.endswith("ss"))])
    lex.collective = dict(data["collective"])
    lex.pronouns = frozenset(data["pronouns"])
    lex.person_endings = tuple(data["person_endings"])
    lex.demonym_endings = tuple(data["demonym_endings"])
    lex.demonym_one_endings = tuple(data["demonym_one_endings"])
    lex.demonym_er_firsts = frozenset(data["demonym_er_firsts"])
    lex.not_person_endings = frozenset(data["not_person_endings"])
    lex.groups = frozenset(data["groups"])
    lex.not_people = frozenset(data["not_people"])
    lex.be = frozenset(w for p in data["be"] for w in words_of(p))
    lex.have = frozenset(data["have"])
    lex.adverbs = frozenset(data["adverbs"])
    lex.negations = frozenset(w for p in data["negations"] for w in words_of(p))
    lex.modal_verbs = frozenset(data["modal_verbs"])
    lex.modals = lex.modal_verbs | frozenset(data["modals"])
    lex.relatives = frozenset(data["relatives"])
    lex.near_misses = frozenset(data["near_misses"])
    lex.negated_degrees = frozenset(data["negated_degrees"])
    lex.subject_negations = frozenset(data["subject_negations"])
    lex.acted_on = frozenset(data["acted_on"])
    lex.object_pronouns = frozenset(data["object_pronouns"])
    lex.fired_upon = frozenset(data["fired_upon"])
    lex.generic = frozenset(data["generic"])
    lex.present_be = frozenset(data["present_be"])
    lex.nobody = _phrases(data["nobody"])
    lex.earlier_event = _by_first_word(_phrases(data["earlier_event"]))
    lex.other_event = _by_first_word(_phrases(data["other_event"]))
    lex.scene_before = frozenset(data["scene_before"])
    lex.alleged_crimes = _by_first_word(_phrases(data["alleged_crimes"]))
    lex.companions = _by_first_word(_phrases(data["companions"])).by_first  # (asked as a dict)
    lex.protest_words = frozenset(data["protest_words"])
    mark_words(lex.protest_words, PROTEST_BIT)
    lex.body_finds = frozenset(data["body_finds"])
    lex.protest_causes = _by_first_word(_phrases(data["protest_causes"]))
    lex.several_events = _by_first_word(_phrases(data["several_events"]))
    lex.other_event_after = _by_first_word(_phrases(data["other_event_after"]))
    lex.separate_event = _by_first_word(_phrases(data["separate_event"]))
    lex.later_times = _by_first_word(_phrases(data["later_times"]))
    lex.places_beside = frozenset(data["places_beside"])
    lex.coded_apart = _by_first_word(_phrases(data["coded_apart"]))
    lex.coded_apart_all = _by_first_word(_phrases(data["coded_apart_all"]))
    lex.coded_apart_these = frozenset(data["coded_apart_these"])
    lex.coded_apart_spans = frozenset(data["coded_apart_spans"])
    lex.event_nouns = frozenset(data["cumulative"]["one_events"])
    lex.event_totals = _by_first_word(_phrases(data["event_totals"]))
    lex.plural_events = frozenset(data["plural_events"])
    lex.other_plural_events = frozenset(data["other_plural_events"])
    lex.remains_nouns = frozenset(data["remains_nouns"])
    lex.one_event_of_parts = frozenset([*data["cumulative"]["joint_events"], *data["event_multiples"]])
    lex.toll_verbs = frozenset(data["toll_verbs"])
    lex.toll_heads = frozenset(data["toll_heads"])
    lex.figure_labels = frozenset(data["figure_labels"])
    lex.confirmed_labels = frozenset(data["confirmed_labels"])
    lex.figure_givers = frozenset(data["figure_givers"])
    lex.result_tos = frozenset(data["result_tos"])
    lex.toll_changes = frozenset(data["toll_changes"])
    lex.toll_states = frozenset(data["toll_states"])
    lex.body_parts = frozenset(data["body_parts"])
    lex.people_only = frozenset(data["people_only"])
    lex.hit_on_the_body = frozenset(data["hit_on_the_body"])
    lex.body_sides = frozenset(data["body_sides"])
    lex.loss_owners = frozenset(data["loss_owners"])
    lex.fractions = frozenset(data["fractions"])
    lex.hazards = frozenset(data["hazards"])
    lex.agents = frozenset(data["agents"])
    lex.injury_verbs = _phrases(data["injury_verbs"])
    lex.living_injury_verbs = frozenset(_phrases(data["living_injury_verbs"]))
    lex.injury_nouns = frozenset(data["injury_nouns"])
    lex.fatal_words = frozenset(data["fatal_words"])
    lex.age_words = frozenset(data["age_words"])
    lex.school_grades = frozenset(data["school_grades"])
    lex.school_pupils = frozenset(data["school_pupils"])
    lex.grade_not_after = frozenset(data["grade_not_after"])
    lex.hospitals = _phrases(data["hospitals"])
    lex.precautions = _by_first_word(_phrases(data["precautions"]))
    lex.fatal_adjectives = frozenset(data["fatal_adjectives"])
    lex.first_words = frozenset(phrases) | lex.fatal_adjectives
    mark_words(lex.first_words, OPENS_BIT)
    lex.fatal_events = frozenset(data["fatal_events"])
    lex.not_events = frozenset(data["not_events"])
    lex.dead_nouns = _phrases(data["dead_nouns"])
    lex.one_person_roles = tuple(frozenset(group) for group in data["one_person_roles"])
    lex.two_people = frozenset((p.split()[0], p.split()[-1]) for p in data["two_people"])
    lex.state_firsts = frozenset(words[0] for words in lex.states)
    for words in lex.nobody:
        lex.nobody_by_last[words[-1]] = (*lex.nobody_by_last.get(words[-1], ()), words)
    lex.injury_verb_lasts = frozenset(words[-1] for words in lex.injury_verbs)
    identity = dict(data["identity"])
    lex.ordinals = dict(identity.pop("ordinals"))
    lex.identity = {name: frozenset(words) for name, words in identity.items()}
    breakdown = data["breakdown"]
    lex.breakdown_whole = frozenset(breakdown["whole"])
    lex.breakdown_part = _phrases(breakdown["part"])
    lex.members = frozenset(breakdown["members"])
    lex.earlier = {name: tuple(words) for name, words in data["earlier"].items()}
    lex.syntax = {name: frozenset(words) for name, words in data["syntax"].items()}
    lex.before_earlier_toll = frozenset([*lex.earlier["adjectives"], *lex.earlier["adverbs"]])
    return lex
