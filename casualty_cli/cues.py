"""What a report's words say about an event: who (people named, ages), what was hit (targets),
whether a figure covers several sites, and the distinctive words of a headline.

Plain readers over a piece of text, each a regular expression or a word list; no NLP model. The
pipeline reads them once per statement (:class:`StatementCues`) and once per event of a report, and
grouping compares what they found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from casualty_cli.places import place_key, wordset
from casualty_cli.textscan import WordLed, whole_words

__all__ = [
    "AREA_HAZARDS",
    "LIST_LIMIT",
    "StatementCues",
    "ages",
    "area_hazards",
    "find_person_cues",
    "find_targets",
    "hazards_named",
    "keywords",
    "lead_names",
    "person_names",
    "several_sites",
    "site_names",
    "targets",
    "toll_moves",
]

#: The longest list of places, people, ages... a signature keeps.
LIST_LIMIT = 8

_PERSON = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s[A-Z]\.)?(?:\s(?:Mc|Mac|O'|De|Van\s|La)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2}(?:\s(?:Jr|Sr|II|III)\.?)?"
#: The words that open the person cues that do not open with the name itself.
_ROLES = ("victim", "victims", "deceased", "shooter", "gunman", "suspect")
_DEATHS = ("shooting", "killing", "death", "murder", "slaying", "funeral", "memorial")
_ACTS = ("charged", "arrested", "sentenced", "convicted", "indicted", "killed", "shot")
_PERSON_CUES_RE = re.compile(
    rf"""
    identified\s(?:(?:him|her|them|the\s\w+)\s)?as\s(?:\d{{1,2}}-year-old\s)?(?P<a>{_PERSON})   # identified as X
    |(?P<b>{_PERSON}),\s(?:age\s)?(?P<age>\d{{1,2}}),                                       # X, 32,
    |\b(?P<age2>\d{{1,2}})-year-old\s(?:[a-z]+\s){{0,2}}(?P<c>{_PERSON})                     # 15-year-old X
    |\b(?:{"|".join(_ROLES)})(?:\s(?:was|as|is))?,?\s(?P<d>{_PERSON})                         # victim X
    |(?P<e>{_PERSON})\s(?:was|were|had\sbeen|is)\s(?:fatally\s|critically\s|later\s)?       # X was shot
        (?:shot|killed|wounded|struck|hit|found|charged|arrested|identified|pronounced|sentenced|convicted)\b
    |\b(?:{"|".join(_DEATHS)})s?\sof\s(?P<f>{_PERSON})                                        # death of X
    |\b(?:{"|".join(_ACTS)})\s(?P<g>{_PERSON})                                                 # charged X
    """,
    re.VERBOSE,
)
#: Tried only where a name (a capital), one of the words above, or an age ("15-year-old") begins.
_PERSON_CUES = WordLed(
    _PERSON_CUES_RE, (*_ROLES, *_DEATHS, *_ACTS), numbers_with=("-year-old",), capitals=True, inside=("identified",)
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


def find_person_cues(text: str) -> tuple[re.Match[str], ...]:
    """The matches :func:`person_names` reads, for a text read once and then span by span."""
    return tuple(_PERSON_CUES.finditer(text))


def person_names(text: str, found: Iterable[re.Match[str]] | None = None) -> list[str]:
    """Person names near ages and "identified as", lower case: ``["kevin barbee"]``; ``found`` are the
    matches of :func:`find_person_cues` in ``text`` when they were read already."""
    names: list[str] = []
    for m in _PERSON_CUES.finditer(text) if found is None else found:
        raw = next(g for g in (m.group(k) for k in "abcdefg") if g)
        words = [w for w in raw.split() if not re.fullmatch(r"(?:[A-Z]\.|Jr\.?|Sr\.?|II|III)", w)]
        while words and words[0].lower().rstrip(".") in _TITLES:
            words = words[1:]
        if len(words) < 2 or any(w.lower() in _NOT_NAME for w in words):
            continue
        key = f"{words[0]} {words[-1]}".lower().replace("’", "'")
        if key not in names:
            names.append(key)
    return names[:LIST_LIMIT]


def ages(text: str) -> list[int]:
    found: list[int] = []
    for m in _AGE.finditer(text):
        age = int(m.group(1) or m.group(2))
        if age not in found:
            found.append(age)
    return sorted(found)[:LIST_LIMIT]


# Canonical target, then the words and two-word phrases that name it (any case). Order matters only for display.
TARGET_WORDS: dict[str, tuple[str, ...]] = {
    "hospital": (
        "hospital", "hospitals", "clinic", "clinics", "medical facility", "medical facilities",
        "medical center", "medical centers", "medical centre", "medical centres",
        "health center", "health centers", "health centre", "health centres",
    ),
    "school": ("school", "schools", "kindergarten", "kindergartens", "university", "universities", "college", "campus"),
    "market": ("market", "markets", "marketplace", "bazaar", "souk"),
    "mosque": ("mosque", "mosques"),
    "church": ("church", "churches", "cathedral", "chapel"),
    "synagogue": ("synagogue", "synagogues"),
    "temple": ("temple", "temples"),
    "bar": ("bar", "pub", "tavern", "lounge"),
    "club": ("club", "clubs", "nightclub", "nightclubs", "disco"),
    "restaurant": ("restaurant", "restaurants", "cafe", "café"),
    "hotel": ("hotel", "hotels", "motel"),
    "store": ("store", "stores", "shop", "gas station", "supermarket"),
    "mall": ("mall", "shopping center", "shopping centre"),
    "park": ("park", "playground", "basketball court"),
    "party": ("party", "parties", "wedding", "funeral"),
    "apartment": ("apartment", "apartments", "flat", "flats"),
    "home": ("home", "homes", "house", "houses", "residence", "residences"),
    "checkpoint": ("checkpoint", "checkpoints"),
    "camp": ("camp", "refugee camp"),
    "bus": ("bus", "train", "subway"),
    "station": ("station", "stations", "railway station", "train station", "bus station", "police station"),
    "airport": ("airport", "airfield"),
    "theatre": ("theatre", "theater"),
}  # fmt: skip
#: The kind each word of :data:`TARGET_WORDS` names, and each two-word phrase, lower case.
_TARGET_OF: dict[str, str] = {w: kind for kind, rows in TARGET_WORDS.items() for w in rows if " " not in w}
_TARGET_PHRASES: dict[tuple[str, str], str] = {
    (w.split()[0], w.split()[1]): kind for kind, rows in TARGET_WORDS.items() for w in rows if " " in w
}
_PHRASE_STARTS = frozenset(first for first, _ in _TARGET_PHRASES)
_WORD = re.compile(r"\w+")

# Where the wounded were taken is not where they were hurt: "rushed to Nash General Hospital".
_TAKEN_TO = re.compile(
    r"(?:taken|rushed|transported|airlifted|flown|driven|treated|admitted|died|dies|die|dying|pronounced|released|brought|arrived|hospitali[sz]ed|remained|remain|remains|still)\s(?:\w+\s){0,5}$",
    re.IGNORECASE,
)


# Who speaks for a hospital is no sign that it was hit: "hospital officials said", "a hospital spokesman";
# nor is a hospital that speaks, receives or treats the wounded ("Hospitals in Goma said they were treating
# 200 people", "a hospital in Saada had received 200 wounded").
_SPEAKS_FOR = re.compile(
    r"\s(?:officials?|sources?|spokes(?:man|woman|person)|authorities|director|staff|workers|records|doctors?|"
    r"administrators?|chiefs?|morgue)\b"
    r"|(?:\s(?:in|at)\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?(?:\s(?:had|has|have|were|was|are|is))?"
    r"\s(?:said|says|say|told|reported|received|receiving|treated|treating|admitted)\b",
    re.IGNORECASE,
)
# Who works at a hospital speaks for it: "The doctor at Finote Selam hospital said".
_STAFF_AT = re.compile(
    r"(?:doctors?|nurses?|medics?|surgeons?|officials?|staff|director|spokes(?:man|woman|person))\s(?:at|from|of)\s"
    r"(?:the\s|a\s)?(?:[\w'’-]+\s){0,3}$",
    re.IGNORECASE,
)


#: Every word that names a target or opens a phrase that does.
_TARGET_WORDS_ANY = frozenset(_TARGET_OF) | _PHRASE_STARTS


def _target_words(text: str) -> Iterator[tuple[str, int, int]]:
    """Each target named in ``text``, as ``(kind, start, end)``: a word of :data:`TARGET_WORDS`, or two
    words of a phrase with one space between them, in any case."""
    low = text.lower()
    words: Iterable[tuple[int, int, str]]
    if len(low) == len(text):
        # The words (runs of ``\w``) of ``low`` are those of ``text`` lowered, as no letter's lower case is
        # another kind of character: only the table's words that ``low`` holds are looked at, where they stand.
        found = whole_words(low, _TARGET_WORDS_ANY.intersection(_WORD.findall(low)))
        words = ((start, start + len(word), word) for start, word in found)
    else:  # a letter lowers to two ("İ"): ``low``'s offsets are not the text's, so every word is read
        words = ((m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text))
    phrase_end = 0
    for start, end, word in words:
        if start < phrase_end:
            continue  # the second word of a phrase already read
        if word in _PHRASE_STARTS and text[end : end + 1].isspace():
            nxt = _WORD.match(text, end + 1)
            kind = _TARGET_PHRASES.get((word, nxt.group().lower())) if nxt else None
            if nxt and kind:
                phrase_end = nxt.end()
                yield kind, start, nxt.end()
                continue
        kind = _TARGET_OF.get(word)
        if kind:
            yield kind, start, end


def find_targets(text: str) -> tuple[tuple[str, int, int], ...]:
    """The targets named in ``text`` that :func:`targets` weighs, as ``(kind, start, end)``, for a text
    read once and then span by span (:func:`~casualty_cli.textscan.spans_within`)."""
    return tuple(_target_words(text))


def targets(text: str, found: Iterable[tuple[str, int, int]] | None = None) -> list[str]:
    """What was hit ("hospital", "market"...), the most named first; where the wounded were taken,
    and a hospital that only speaks ("hospital officials said"), are left out. ``found`` are what
    :func:`find_targets` gives for ``text`` when it was read already (offsets in ``text``)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for kind, start, end in _target_words(text) if found is None else found:
        if kind == "hospital" and (
            _TAKEN_TO.search(text[max(0, start - 60) : start]) or _SPEAKS_FOR.match(text, end)
            or _STAFF_AT.search(text[max(0, start - 60) : start])
        ):
            continue
        counts[kind] += 1
        first.setdefault(kind, start)
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


def keywords(head: str) -> list[str]:
    """Distinctive words of a headline: ``"Double suicide near Turtle Bay Resort"`` → turtle, resort..."""
    words: list[str] = []
    for w in re.findall(r"[A-Za-z][a-z'’]{3,}", head):
        w = w.lower().replace("’", "'").removesuffix("'s")
        if len(w) >= 4 and w not in _GENERIC_WORDS:
            key = place_key(w)  # spelt as place keys are, so a place's words can be told apart
            if key not in words:
                words.append(key)
    return words[:LIST_LIMIT]


#: How much of a report's body :func:`lead_names` reads: about its first two sentences.
LEAD_NAME_CHARS = 400


def lead_names(lead: str) -> list[str]:
    """The capitalised words of a lead, as place keys, each on its own and in runs of up to three: a
    report that names its town only as a subject or object ("Residents of Kramatorsk left flowers",
    "a bridge across the river to Mundakai") is read for no town, yet names it plainly, as a headline's
    words may (see :func:`keywords`).

    >>> lead_names("Residents of Kramatorsk left flowers at the station on Saturday.")
    ['residents', 'kramatorsk', 'saturday']
    """
    out: list[str] = []
    for run in re.findall(r"[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){0,2}", lead[:LEAD_NAME_CHARS]):
        words = [w.removesuffix("'s").removesuffix("’s") for w in run.split()]  # "Morocco's interior ministry"
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                key = place_key(" ".join(words[i:j]))
                if key and key not in out:
                    out.append(key)
    return out[: 3 * LIST_LIMIT]


# The nouns of a site a name stands before: "the Police Lines compound", "Robb Elementary School", "Crocus City
# Hall", "Kanjuruhan Stadium". Not where the wounded are taken ("Lady Reading Hospital"): many events share it.
_SITE_NAME_NOUNS = """compound school elementary academy hall stadium arena airport terminal station mosque shrine
    church cathedral synagogue temple market bazaar mall supermarket theatre theater hotel club nightclub
    university college dam bridge prison jail camp base barracks port harbour harbor cemetery square plaza
    factory plant mine tower centre center"""
_SITE_NAME = re.compile(
    rf"""(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s(?:(?:al|el|ad|de|of)[\s-])?[A-Z][\w'’-]*){{0,3}})
        \s(?P<noun>(?i:{"|".join(_SITE_NAME_NOUNS.split())}))\b""",
    re.VERBOSE,
)
#: How much of a report's body :func:`site_names` reads, after its headline.
SITE_NAME_CHARS = 600


def site_names(head: str, body: str) -> list[str]:
    """The names of the sites a headline and lead name, as place keys: a name of two words or more before a
    site's noun ("inside the Police Lines compound", "Robb Elementary School"), the noun left out; a name of
    one word is most often the town's, an adjective or a common name ("the Shia mosque", "City Hall"). A
    follow-up may name the site where the first report named the town, or read the site as a town ("Toll
    from Police Lines blast passes 90").

    >>> site_names("Gunman kills 9 at Texas school", "He opened fire at Robb Elementary School in Uvalde.")
    ['rob elementary']
    >>> site_names("Blast in mosque", "A bomber struck inside the Police Lines compound. The Shia mosque was full.")
    ['police lines']
    """
    out: list[str] = []
    for m in _SITE_NAME.finditer(f"{head}\n{body[:SITE_NAME_CHARS]}"):
        words = [w for w in m.group("name").split() if w.lower() not in _ARTICLE_WORDS]
        if len(words) < 2:
            continue  # "the Shia mosque", "a Kabul hospital", "City Hall": an adjective, the town, a common name
        key = place_key(" ".join(words))
        if key and key not in out:
            out.append(key)
    return out[:LIST_LIMIT]


_ARTICLE_WORDS = frozenset({"the", "a", "an"})


# Natural hazards that strike an area, not a site: reports of one earthquake or flood are filed from the
# different villages it hit. Each kind and the headline words that name it.
_HAZARD_WORDS: tuple[tuple[str, str], ...] = (
    ("earthquake", "earthquake earthquakes quake quakes tremor"),
    ("flood", "flood floods flooding floodwaters"),
    ("cyclone", "cyclone hurricane typhoon"),
    ("tsunami", "tsunami"),
    ("landslide", "landslide landslides mudslide mudslides"),
    ("wildfire", "wildfire wildfires bushfire bushfires"),
)
#: A headline word, spelt as :func:`keywords` gives it, and the area hazard it names.
AREA_HAZARDS: dict[str, str] = {place_key(w): kind for kind, words in _HAZARD_WORDS for w in words.split()}


def area_hazards(words: Iterable[str]) -> set[str]:
    """The area hazards that headline :func:`keywords` name.

    >>> sorted(area_hazards(keywords("Morocco quake toll rises as floods hit the coast")))
    ['earthquake', 'flood']
    """
    return {AREA_HAZARDS[w] for w in words if w in AREA_HAZARDS}


def hazards_named(text: str) -> list[str]:
    """The area hazards a text names, in the order it names them: an event's lead tells of the
    earthquake its headline may leave out ("In Antakya, whole streets lie in ruins" over "... from
    Monday's earthquake").

    >>> hazards_named("In Antakya, rescuers dug on. The toll from Monday's earthquake and the floods rose.")
    ['earthquake', 'flood']
    """
    found: list[str] = []
    for word in re.findall(r"[A-Za-z]{4,}", text):
        kind = AREA_HAZARDS.get(place_key(word.lower()))
        if kind is not None and kind not in found:
            found.append(kind)
    return found


# A headline that tells a toll moving: "Krasnogorsk attack toll rises to 115", "Toll from Police Lines blast
# passes 90", "Quake dead pass 2,000", "Police cut mosque bombing toll to 84", "final toll put at 145". The
# words that name a toll, the words that move it after it, and the verbs that move it before it. After "toll" a
# few words may stand before the move ("Toll at Donetsk region rail hub climbs to 50"); after "dead", "deaths"
# or "casualties" one at most ("Quake deaths now top 1,200"), since a first report's "Dozens dead as storm
# passes" speaks of something else.
_TOLL_NOUNS = "toll tolls dead deaths casualties"
_TOLL_MOVES_AFTER = """rises rise rose risen climbs climb climbed passes pass passed tops top topped reaches
    reach reached jumps jump jumped mounts mounted soars soared surges surged nears grows grew swells
    increases increased falls fell drops dropped lowered revised raised"""
_TOLL_MOVES_BEFORE = "raises raise raised lowers lower lowered cuts cut revises revise revised ups updates"
_TOLL_MOVES = re.compile(
    rf"""(?:\btolls?\b(?:\W+[\w'’-]+){{0,6}}?|\b(?:dead|deaths|casualties)\b(?:\W+[\w'’-]+)?)\W+
        (?:{"|".join(_TOLL_MOVES_AFTER.split())}|put\sat|stands?\sat|now\sat)\b
    |\b(?:{"|".join(_TOLL_MOVES_BEFORE.split())})\b(?:\W+[\w'’-]+){{0,4}}?\W+(?:{"|".join(_TOLL_NOUNS.split())})\b
    |\bfinal\s(?:death\s)?toll\b""",
    re.IGNORECASE | re.VERBOSE,
)


def toll_moves(head: str) -> bool:
    """Does a headline tell a toll that has moved since an earlier count (risen, passed a mark, been
    revised or put at a final figure)? Such a report follows up an event already reported.

    >>> [toll_moves(h) for h in ("Toll at Donetsk region rail hub climbs to 50", "Police cut mosque bombing toll to 84",
    ...  "Quake dead pass 2,000 as villages lie in ruins", "Gunman kills 14 at Texas school")]
    [True, True, True, False]
    """
    return _TOLL_MOVES.search(head) is not None


# A figure over several sites or attacks: "strikes on at least five medical facilities", "hitting hospitals
# and a school", "in several villages". Such a toll is many events' sum, never one site's toll.
_SEVERAL_SITES = re.compile(
    r"""
    \b(?:several|multiple|various|numerous|separate|a\sseries\sof|a\swave\sof|
        \d+|two|three|four|five|six|seven|eight|nine|ten|dozens\sof)\s(?:[\w-]+\s)?
        (?:places|sites|locations|facilities|hospitals|clinics|schools|towns|cities|villages|provinces|
           attacks|strikes|raids|bombings)\b
    |\b(?:hit|hitting|struck|striking|targeted|targeting|bombed|bombing|shelled|shelling|strikes\son|attacks\son)
        \s(?:[\w-]+\s){0,2}(?:hospitals|clinics|schools|facilities|markets|villages|towns|cities|regions)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def several_sites(text: str) -> bool:
    """Does ``text`` speak of several sites or attacks at once?

    >>> several_sites("Almost 50 civilians died in strikes on at least five medical facilities.")
    True
    >>> several_sites("Strikes on cities kill dozens")
    True
    >>> several_sites("Three people were shot and taken to area hospitals.")
    False
    """
    return _SEVERAL_SITES.search(text) is not None


@dataclass(frozen=True, slots=True)
class StatementCues:
    """What a statement's own sentence says besides the figure: read once, by the pipeline, and handed
    to grouping, which never reads the sentence again.

    ``date`` and ``victims`` are the extractor's (the statement's ``event_date`` and ``victims``);
    ``aggregate`` is true for a running total (the extractor's ``cumulative`` scope) or a toll over
    several sites; ``in_title`` for a statement in the report's own headline; ``in_headline`` for one
    in any headline (the report's or a post's), which names places more broadly than a body does.
    """

    places: tuple[tuple[str, str], ...]
    date: date | None
    targets: tuple[str, ...]
    victims: str | None
    names: tuple[str, ...]
    aggregate: bool
    in_title: bool
    in_headline: bool = False
    #: the toll is spread over several sites (:func:`several_sites`), or over an area or a time in a
    #: running total's own words ("killed across Idlib province", "so far this year"); an ``aggregate``
    #: statement without it is one event recalled ("a week after the bombing that killed 91")
    spread: bool = False
