"""Place names and street names found in report text, by regex (no NLP model), and fuzzy place keys.

Two reports name a place the same way only rarely: "Marat al-Numan", "Maarat al-Numan" and
"Ma'arat al-Numan" are one town; "CHICAGO (AP) —" and "in Chicago, Ill." one city. So a place has
a display form (as first written) and a *key* (:func:`place_key`): lower case, no accents, no
apostrophes, hyphens as spaces, Arabic articles (al-, el-, ...) dropped, doubled letters single.
:func:`same_place` compares keys, fuzzily for names long enough that a fuzzy hit means something.

:func:`extract_places` looks for the cues news writing uses to name where something happened:
datelines, "in <Place>[, <State>]", "in the town of X", "X province", "<Place> police", and in the
headline "<Place> man/teen/...". Streets ("on Edwards Street", "the 4800 block of South Throop")
come from :func:`extract_streets`. Both return keys ranked by how strongly the text points at them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

__all__ = [
    "dateline_places",
    "extract_places",
    "extract_streets",
    "place_key",
    "same_place",
    "street_key",
    "wordset",
]

# A capitalised word of a place name: "Rocky", "Ma'arat", "Winston-Salem", "St.", and the
# lower-case joints Arabic and Romance names carry inside ("al-Numan", "de", "la").
_CAP = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)"
_JOINT = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ad-|de|del|la|le|du|of|upon)[-\s])"
_NAME = rf"{_CAP}(?:\s(?:{_JOINT})?{_CAP}){{0,3}}"

# The state or country after a comma: "Chicago, Ill.", "Rocky Mount, N.C.", "Aleppo, Syria".
_STATE = r"(?:[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z]+)?)"

_DATELINE = re.compile(
    rf"""
    ^[\W_]{{0,3}}                           # line start, maybe a stray bullet
    (?P<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){{0,3}})   # CHICAGO, ROCKY MOUNT, ST. LOUIS
    (?:,\s(?P<state>{_STATE}))?              # , N.C.
    \s*(?:\([^)\n]{{1,30}}\)\s*)?            # (AP), (WKRN)
    (?:--?|—|–)                              # the dash that ends a dateline
    """,
    re.VERBOSE | re.MULTILINE,
)

_IN_PLACE = re.compile(
    rf"""
    \b(?:[Ii]n|[Nn]ear|[Oo]utside|into|across|around)\s
    (?:the\s(?:city|town|village|township|borough|suburb|community|neighbou?rhood|district|area|province|region|county|state|camp)\sof\s)?
    (?:(?:the|downtown|suburban|northern|southern|eastern|western|central|rural|north|south|east|west|northeast|northwest|southeast|southwest)\s)?
    (?P<place>{_NAME})
    (?:,\s(?P<state>{_STATE}))?
    """,
    re.VERBOSE,
)

# "Idlib province", "Harris County", "Back of the Yards neighborhood": the noun says it is a place.
_PLACE_NOUN = re.compile(
    rf"""
    (?P<place>{_NAME})\s
    (?P<noun>[Pp]rovince|[Gg]overnorate|County|Parish|[Dd]istrict|[Nn]eighbou?rhood|[Rr]egion|[Tt]ownship|[Cc]amp)\b
    """,
    re.VERBOSE,
)

# "Erie's west side", "Chicago's South Side": a city named through one of its parts.
_POSSESSIVE = re.compile(
    rf"""(?P<place>{_NAME})['’]s\s
    (?:(?i:north|south|east|west|northeast|northwest|southeast|southwest|far)\s)?
    (?i:side|neighbou?rhood|downtown|suburbs?)\b""",
    re.VERBOSE,
)

# "Rocky Mount police", "Chicago Police Department": US crime news names the city through its police.
_POLICE = re.compile(
    rf"(?P<place>{_NAME})\s(?:[Pp]olice|[Ss]heriff|[Ff]ire\s[Dd]epartment|[Cc]ity\s[Cc]ouncil|[Mm]ayor)\b"
)

# In a headline, "<Place> man/teen/...": "Columbus teen killed", "Oglethorpe County teen killed".
_HEADLINE_DEMONYM = re.compile(
    rf"""
    (?P<place>{_NAME})\s
    (?:\d{{1,2}}-(?i:year|month)-(?i:old)\b                                  # "Killeen 2-year-old"
    |(?i:man|woman|teen|teenager|boy|girl|child|toddler|baby|mother|father|family|couple|student|
       death|deaths|standoff|motorist|driver|juvenile|youth|
       officer|deputy|trooper|resident|residents|shooting|shootings|homicide|murder|police|attack|
       strike|airstrike|bombing|blast|explosion|hospital|school|market|mosque|church|bar|club|home|
       apartment|store|park)s?\b)
    """,
    re.VERBOSE,
)


# Capitalised words that open sentences, name months, people's roles: never a place on their own.
def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NOT_PLACE = wordset(
    """
    a an the this that these those he she it they we i you his her their our its there here then when
    after before while during since until as at by for from on of to with and or but if so no not
    police officers officer authorities investigators detectives officials deputies sheriff witnesses
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr capt sgt lt officer det chief gov sen rep president
    breaking update updated posted video photo photos watch read more related news report reports
    court jail prison custody hospital critical stable condition serious surgery icu
    north south east west northern southern eastern western central downtown
    state city county town village province district neighborhood neighbourhood area region
    u.s us america american
    street st avenue ave road rd boulevard blvd drive dr lane ln way parkway highway hwy route
    metropolitan metro home homes community
    shooting shootings shot shots killed killing dead death deadly fatal fatally murder homicide gunfire
    early morning night evening afternoon weekend pair double triple quadruple mass local
    one two three four five six seven eight nine ten eleven twelve dozen dozens several many some
    man woman teen boy girl child men women teens people person victim victims suspect suspects
    """
)

_APOSTROPHES = "'’‘`´ʻʼʿʾ"
_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "the"})
_SUFFIX_ABBREV = {
    "st": "street",
    "ave": "avenue",
    "av": "avenue",
    "rd": "road",
    "blvd": "boulevard",
    "dr": "drive",
    "ln": "lane",
    "pkwy": "parkway",
    "hwy": "highway",
    "ct": "court",
    "pl": "place",
    "ter": "terrace",
    "cir": "circle",
}
_STREET_SUFFIXES = frozenset(_SUFFIX_ABBREV) | frozenset(_SUFFIX_ABBREV.values()) | {"way", "pike", "trail"}
_DIRECTIONS = frozenset({"n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw"})
_PREFIX_ABBREV = {"st": "saint", "ft": "fort", "mt": "mount"}


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """The comparable form of a place name.

    >>> place_key("Ma'arat al-Numan"), place_key("Marat al-Numan"), place_key("MAARAT AL-NUMAN")
    ('marat numan', 'marat numan', 'marat numan')
    >>> place_key("Ft. Lauderdale"), place_key("FT LAUDERDALE")
    ('fort lauderdale', 'fort lauderdale')
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for c in _APOSTROPHES:
        text = text.replace(c, "")
    # An article joined to its noun ("al-Numan") or inside a name ("Marat al Numan") is dropped;
    # one that opens a name as a word of its own stays ("El Paso", "Al Qaim" keep theirs).
    text = re.sub(r"\b(?:al|el|ad|an|ar|as|ash|at|az)-", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = text.split()
    words = words[:1] + [w for w in words[1:] if w not in _ARTICLES]
    if words and words[0] in _PREFIX_ABBREV:
        words[0] = _PREFIX_ABBREV[words[0]]
    # Transliterations differ most in doubled letters: "Maarat"/"Marat", "Hassan"/"Hasan".
    return re.sub(r"(.)\1+", r"\1", " ".join(words))


@lru_cache(maxsize=262144)
def same_place(a: str, b: str) -> bool:
    """Whether two place keys name one place: equal, or fuzzily equal when both are long enough.

    >>> same_place("marat numan", "marat al numan"), same_place("houston", "boston")
    (True, False)
    """
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    # "las vegas" and "las vegas metropolitan", "harris" and "harris county", "sw atlanta".
    if len(short) >= 4 and (long_.startswith(short + " ") or long_.endswith(" " + short)):
        return True
    if min(len(a), len(b)) < 6 or a[0] != b[0]:
        return False
    return bool(fuzz.ratio(a, b) >= 88)


def _bare(word: str) -> str:
    """A word as _NOT_PLACE lists it: lower case, no closing dot, no possessive ("Monday's")."""
    w = word.lower().rstrip(".")
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _usable(name: str, lower_words: frozenset[str] | None, body: str | None = None) -> str | None:
    """The place key of ``name``, or None when it looks like an ordinary word, a month, a role.

    ``lower_words`` and ``body`` are given for a name found in a Title Case headline, whose
    capitals say nothing: words the body writes in lower case are dropped, and what is left must
    stand in the body as written ("Teen Shot Outside Allapattah Club" keeps "Allapattah").
    """
    words = name.split()
    if words and words[-1].lower().rstrip(".") in _STREET_SUFFIXES:
        return None  # a street, kept by extract_streets
    # "Syria's Idlib province": the possessive names the container, the place is what follows
    while len(words) > 1 and words[0].endswith(("'s", "’s")):
        words = words[1:]
    while words and _bare(words[0]) in _NOT_PLACE:
        words = words[1:]
    while words and words[-1].lower().rstrip(".,") in _NOT_PLACE | {"of", "de", "la", "al"}:
        words = words[:-1]
    if not words:
        return None
    # A Title Case headline capitalises every word: "Man Shot In Leg". A capitalised word the body
    # also writes in lower case is an ordinary word, not a name.
    if lower_words is not None:
        while words and words[-1].lower().strip(".,'") in lower_words:
            words = words[:-1]
        while words and words[0].lower().strip(".,'") in lower_words:
            words = words[1:]
        if not words:
            return None
    if body is not None:
        spans = sorted(
            ((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
            key=lambda ij: ij[0] - ij[1],
        )
        found = next((words[i:j] for i, j in spans if " ".join(words[i:j]) in body), None)
        if found is None:
            return None
        words = [w for w in found if w.lower().rstrip(".") not in _NOT_PLACE] and found
    key = place_key(" ".join(words))
    return key if len(key) >= 3 else None


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z'’\-]+\b", text))


def extract_places(
    text: str, title: str | None = None, limit: int = 8, *, strong_only: bool = False
) -> list[tuple[str, str]]:
    """Places named in a report as ``(key, display)`` pairs, the most strongly indicated first.

    ``title`` is the headline when it is separate; otherwise the first line of ``text`` is taken
    as the headline. Cues weigh: dateline 5, headline 3, "in X" in the lead 2, elsewhere 1.
    ``strong_only`` keeps to the dateline and headline.

    >>> [k for k, _ in extract_places("ROCKY MOUNT, N.C. — Four teens were shot on a court.")]
    ['rocky mount']
    """
    if title is None:
        first, _, rest = text.partition("\n")
        title, body = first, rest
    else:
        body = text
    lower_words = _lower_words(body)
    scores: dict[str, float] = {}
    display: dict[str, str] = {}
    order: dict[str, int] = {}

    title_words: list[str] = re.findall(r"[A-Za-z]{4,}", title)
    title_case = bool(title_words) and sum(w[0].isupper() for w in title_words) > 0.6 * len(title_words)

    def add(name: str, weight: float, pos: int, in_title: bool = False) -> None:
        key = _usable(name, lower_words if in_title else None, body if in_title and title_case else None)
        if key is None:
            return
        for known in scores:
            if same_place(known, key):
                key = known
                break
        scores[key] = scores.get(key, 0.0) + weight
        shown = name.strip().split()
        while len(shown) > 1 and shown[0].endswith(("'s", "’s")):
            shown = shown[1:]  # "Syria's Idlib" shows as "Idlib", as its key says
        display.setdefault(key, " ".join(shown))
        order.setdefault(key, pos)

    lead_end = min(len(body), 1500)
    for m in _DATELINE.finditer(f"{title}\n{body[:4000]}"):
        add(m.group("place").title(), 5.0, m.start())
    for pattern in (_IN_PLACE, _PLACE_NOUN, _POLICE, _HEADLINE_DEMONYM, _POSSESSIVE):
        for m in pattern.finditer(title):
            add(m.group("place"), 3.0, -1, in_title=True)
    body_patterns = ((_IN_PLACE, 1.0), (_PLACE_NOUN, 1.0), (_POLICE, 1.0), (_POSSESSIVE, 1.0))
    for pattern, weight in () if strong_only else body_patterns:
        for m in pattern.finditer(body):
            add(m.group("place"), weight * (2.0 if m.start() < lead_end else 1.0), m.start())
    ranked = sorted(scores, key=lambda k: (-scores[k], order[k]))
    return [(k, display[k]) for k in ranked[:limit]]


def dateline_places(text: str) -> list[str]:
    """Place keys of the datelines in a report: ``"CHICAGO (AP) —"`` → ``["chicago"]``."""
    keys: list[str] = []
    for m in _DATELINE.finditer(text[:4000]):
        key = _usable(m.group("place").title(), None)
        if key and key not in keys:
            keys.append(key)
    return keys


_STREET = re.compile(
    rf"""
    (?:\b(?P<block>\d{{2,5}})\s(?:block\sof\s)?)?          # 4800 block of / 1200
    (?P<name>(?:(?:[NSEW]\.?|North|South|East|West)\s)?
        {_CAP}(?:\s{_CAP}){{0,2}})\s
    (?P<suffix>Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.|Way|
        Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Circle|Court|Ct\.|Place|Pike|Trail|Apartments|Homes)(?!\w)
    |\bblock\sof\s(?P<bare>(?:(?:[NSEW]\.?|North|South|East|West)\s)?{_CAP}(?:\s{_CAP})?)
    """,
    re.VERBOSE,
)


def street_key(name: str) -> str:
    """The comparable form of a street: no direction, no suffix. ``"S. Throop St."`` → ``"throop"``."""
    words = re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split()
    while len(words) > 1 and words[0] in _DIRECTIONS:
        words = words[1:]
    while len(words) > 1 and (words[-1] in _SUFFIX_ABBREV or words[-1] in _SUFFIX_ABBREV.values()):
        words = words[:-1]
    return " ".join(words)


def extract_streets(text: str, limit: int = 6) -> list[str]:
    """Street keys in order of first mention: "on Edwards Street" → ``"edwards"``."""
    seen: list[str] = []
    for m in _STREET.finditer(text):
        name = m.group("name") or m.group("bare")
        if not name:
            continue
        first = name.split()[0].lower().rstrip(".")
        if first in _NOT_PLACE and first not in _DIRECTIONS:
            continue
        key = street_key(name)
        if key and key not in seen and key not in _NOT_PLACE:
            seen.append(key)
            if len(seen) >= limit:
                break
    return seen


def keys_overlap(a: Iterable[str], b: Iterable[str]) -> int:
    """How many keys of ``a`` name a place also in ``b``."""
    bs = list(b)
    return sum(1 for x in a if any(same_place(x, y) for y in bs))
