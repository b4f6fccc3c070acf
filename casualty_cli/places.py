"""Place names and street names found in report text, by regex (no NLP model), and fuzzy place keys.

Two reports name a place the same way only rarely: "Marat al-Numan", "Maarat al-Numan" and
"Ma'arat al-Numan" are one town; "CHICAGO (AP) —" and "in Chicago, Ill." one city. So a place has
a display form (as first written) and a *key* (:func:`place_key`): lower case, no accents, no
apostrophes, hyphens as spaces, Arabic articles (al-, el-, ...) dropped, doubled letters single.
:func:`same_place` compares keys, fuzzily for names long enough that a fuzzy hit means something.

:func:`extract_places` looks for the cues news writing uses to name where something happened:
datelines (wire copy's too), a place-introducing word before a name ("in", "near", "swept through",
"shelled", "40 km north of": the tables :data:`PLACE_PREPOSITIONS`, :data:`PLACE_VERBS`, :data:`PLACE_ATTACKS`,
:data:`COMPASS`), "the Syrian city of X", "X province", "Aleppo's al-Quds hospital", "<Place>
police", "the Somali capital" (:func:`capital_city`), and in the headline "<Place> man/teen/...". Streets ("on Edwards Street", "the 4800 block
of South Throop") come from :func:`extract_streets`. Both return keys ranked by how strongly the
text points at them. :func:`is_region` tells a country or wider region (a weak place) from a town.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from casualty_cli.extraction import compiled
from casualty_cli.textscan import Anchored, WordLed

__all__ = [
    "area_keys",
    "dateline_places",
    "extract_places",
    "extract_streets",
    "is_division",
    "is_region",
    "place_key",
    "places_disagree",
    "same_place",
    "specific",
    "street_key",
    "wordset",
]

# A capitalised word of a place name: "Rocky", "Ma'arat", "Winston-Salem", "St.", and the
# lower-case joints Arabic and Romance names carry inside ("al-Numan", "de", "la").
_CAP = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)"
#: The lower-case joints of a name ("al-Numan", "bin", "de", "upon"): matched inside names, and written in
#: lower case when a dateline's capitals are shown ("DEIR AL-BALAH" is "Deir al-Balah").
_PARTICLES = ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ez", "es", "ed", "ul", "bin", "ibn", "de", "del",
              "la", "le", "du", "of", "upon")
_JOINT = rf"(?:(?:{'|'.join(_PARTICLES)})[-\s])"
_NAME = rf"{_CAP}(?:\s(?:{_JOINT})?{_CAP}){{0,3}}"

# The state or country after a comma: "Chicago, Ill.", "Rocky Mount, N.C.", "Aleppo, Syria".
_STATE = r"(?:[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z]+)?)"

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

_DATELINE = compiled.compile(
    rf"""
    ^[\W_]{{0,3}}                           # line start, maybe a stray bullet
    (?P<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){{0,3}})   # CHICAGO, ROCKY MOUNT, ST. LOUIS
    (?:,\s(?!{_MONTH}\s\d)(?P<state>{_STATE}))?   # , N.C. / , Afghanistan (a month is the date)
    (?:,\s{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?)?   # wire copy's date: ", Oct 5", ", March 3, 2019"
    \s*(?:\([^)\n]{{1,30}}\)\s*)?            # (AP), (Reuters), (WKRN)
    (?:--?|—|–)                              # the dash that ends a dateline (a colon: page furniture, "RELATED:")
    """,
    re.VERBOSE | re.MULTILINE,
)


def _alternation(rows: Iterable[str], capital: bool = False) -> str:
    r"""A regex alternation of a table's rows, longest first, spaces as ``\s``; with ``capital`` each
    row may also open a sentence with a capital ("in" → "[Ii]n"). Rows of one length in their alphabetical
    order (two rows of one length never match at one place): the same pattern in every process, which the
    pattern cache (compiled.compile) keeps under its text."""
    out = []
    for row in sorted(set(rows), key=lambda row: (-len(row), row)):
        pattern = re.escape(row).replace(r"\ ", r"\s")
        out.append(f"[{row[0].upper()}{row[0]}]{pattern[1:]}" if capital else pattern)
    return "|".join(out)


# The tables below are the knowledge; the patterns after them are only the mechanism.

#: Prepositions that put a place after them; they may open a sentence ("In Kunduz, ...").
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "in", "near", "outside", "inside", "into", "across", "around", "through", "throughout",
    "outskirts of", "edge of",
)  # fmt: skip
#: Verbs of what hit a place: "gunmen stormed Baga", "shells pounded Donetsk". Not "hit" or "struck":
#: in crime news what they hit is most often a person ("a bullet struck Smith").
PLACE_VERBS: tuple[str, ...] = tuple(
    "rocked pounded shelled bombed battered ravaged flooded devastated besieged stormed overran raided".split()
)
#: Military attacks and the preposition of their target: "the missile strike on Dnipro", "the shelling of
#: Kherson" (not "attack on" or "assault on": in crime news a person follows them).
PLACE_ATTACKS: tuple[str, ...] = (
    "strike on", "strikes on", "airstrike on", "airstrikes on", "air strike on", "air strikes on",
    "shelling of", "bombardment of", "bombing of", "offensive on",
    "missile attack on", "drone attack on", "rocket attack on", "missile attacks on", "drone attacks on",
)  # fmt: skip
#: Compass points of "40 km north of Baghdad" (never "North Carolina": "of" must follow).
COMPASS: tuple[str, ...] = tuple(
    """north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west""".split()
)
#: Lower-case words that may stand between the introducer and the name: "in rebel-held eastern Aleppo".
#: Not "neighbouring": "in neighbouring Wayanad" names the place next to the report's own.
PLACE_MODIFIERS: tuple[str, ...] = tuple(
    """the downtown suburban rural nearby restive besieged central northern
    southern eastern western northeastern northwestern southeastern southwestern north-eastern
    north-western south-eastern south-western""".split()
) + COMPASS
#: Nouns of "the Syrian city of Aleppo", "hit the town of Baga", "in the village of Kafr Nabl".
SETTLEMENT_NOUNS: tuple[str, ...] = tuple(
    """city town village hamlet township borough suburb community neighbourhood neighborhood district
    area province region county state camp port enclave governorate municipality island""".split()
)
#: Nouns after a name that say it is an area: "Idlib province", "Harris County", "Borno State".
AREA_NOUNS: tuple[str, ...] = tuple(
    """province governorate county parish district neighbourhood neighborhood region township camp
    state municipality prefecture oblast""".split()
)
#: What a place's possessive names inside it: "Erie's west side", "Baghdad's outskirts".
AREA_PARTS: tuple[str, ...] = tuple("side sides downtown suburb suburbs outskirts".split())
#: Sites that a place's possessive names with their own name between: "Aleppo's al-Quds hospital",
#: "Maiduguri's Monday Market", "Baghdad's Sadr City district". Right after the possessive they name an institution after a person or
#: a saint ("St. Luke's hospital", "Children's Hospital"), not a place.
SITE_NOUNS: tuple[str, ...] = tuple(
    "hospital market marketplace airport mosque university port square district quarter neighbourhood neighborhood".split()
)
#: After a name these say who acted, not where: "killed in Russian air strikes", "in Kenyan custody".
ACTOR_NOUNS: tuple[str, ...] = (
    *"""forces troops soldiers army military government militants fighters rebels jets warplanes
    drones artillery navy coalition officials authorities custody strikes airstrikes raids shelling
    bombardment""".split(),
    "air strikes",
)

_INTRODUCER = rf"""(?:
    {_alternation(PLACE_PREPOSITIONS, capital=True)}|{_alternation(PLACE_VERBS)}|{_alternation(PLACE_ATTACKS)}
    |(?:\d[\d.,]*\s?(?:km|kilometres|kilometers|miles)\s(?:\([^)\n]{{1,25}}\)\s)?)?   # 50 km (31 miles)
     (?:{_alternation(COMPASS, capital=True)})\sof                                     # north of
    )"""

#: Words after which a place is where the wounded are treated, not where the event was: "hundreds of
#: wounded were in hospitals in Makurdi", "taken to a hospital in Maiduguri", "treated in Peshawar" (the
#: wounded go to the regional city). Not "a hospital in Kunduz" after any verb: "struck a hospital in X".
CARE_WORDS: tuple[str, ...] = (
    *(f"{p} {a}{h}" for p in ("in", "at", "to") for a in ("", "a ", "the ") for h in ("hospital", "hospitals")),
    *"treated hospitalised hospitalized admitted recovering airlifted evacuated".split(),
)
_AFTER_CARE = "".join(rf"(?<!{re.escape(w)}\s)" for w in CARE_WORDS)

_IN_PLACE_RE = compiled.compile(
    rf"""
    {_AFTER_CARE}\b{_INTRODUCER}\s
    (?:(?:{_alternation(PLACE_MODIFIERS)}|[a-z]+-(?:held|controlled|occupied|run|hit|torn|ravaged|stricken))\s){{0,2}}
    (?P<place>{_NAME})(?![\w'’])
    (?:,\s(?P<state>{_STATE}))?
    (?!\s(?:{_alternation(ACTOR_NOUNS)})\b|-(?:led|backed|based)\b)   # "in Syrian government strikes"
    (?!\s(?:[a-z]+\s)?(?:(?:{_alternation(SETTLEMENT_NOUNS)})\sof|capital)\b)  # "hit the Syrian city of"
    """,
    re.VERBOSE,
)
#: Tried only where an introducer's first word (or, in a text that gives distances, a number) begins.
_IN_PLACE = WordLed(
    _IN_PLACE_RE,
    [row.split()[0] for row in (*PLACE_PREPOSITIONS, *PLACE_VERBS, *PLACE_ATTACKS, *COMPASS)],
    numbers_with=("km", "kilometres", "kilometers", "miles"),
)
#: Characters that never stand inside a name-led pattern's match (a place's words, spaces, "St.",
#: "Ma'arat", "al-Numan"): only the stretches between them that hold the pattern's fixed word are searched.
_NAME_BREAKS = ',;:!?()[]{}<>"“”«»|/\\=+*&%$#@~^—–…'


def _cases(words: Iterable[str]) -> list[str]:
    """Each word as written and with a capital: the needles of a pattern that writes ``[Cc]ounty``."""
    return [v for w in words for v in (w, w[:1].upper() + w[1:])]


def _any_case_words(rows: Iterable[str]) -> str:
    r"""An alternation of the rows, each word of a row lower case or capitalised: ``[Ff]ire\s[Dd]epartment``."""
    return "|".join(r"\s".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in row.split()) for row in rows)

#: A sentence that opens with where: "In Helmand, ...", "Near Kandahar, ...", "North of Baghdad, ..." (a
#: round-up's entry, when what stands before the comma is a place).
PLACE_OPENING = compiled.compile(
    rf"\b(?:{_alternation((*PLACE_PREPOSITIONS, 'at'), capital=True)}|(?:{_alternation(COMPASS, capital=True)})\sof)\s+[^,]{{2,60}},"
)

# "the Syrian city of Aleppo", "hit the town of Baga", "a suburb of Kabul", "the Somali capital, Mogadishu": a settlement
# noun and "of" (or a capital and its comma) name the place after them.
_FRAMED = Anchored(
    compiled.compile(
        rf"""
        \b(?:[Tt]he|an?)\s(?:(?:[a-z]+(?:-[a-z]+)*|[A-Z][a-z]+)\s){{0,3}}   # "the Syrian", "a Shiite"
        (?:(?:{_alternation(SETTLEMENT_NOUNS)})\sof|capital,?)\s
        (?P<place>{_NAME})
        """,
        re.VERBOSE,
    ),
    (*SETTLEMENT_NOUNS, "capital"),
    _NAME_BREAKS.replace(",", ""),  # "the Somali capital, Mogadishu"
    word_start=True,
)

# "in the Somali capital", "Truck bomb in Somali capital kills 231": a people's name before "capital", and no
# name after it, names that country's capital city (:func:`capital_city`); "the Somali capital, Mogadishu" is
# :data:`_FRAMED`'s.
_CAPITAL = Anchored(
    compiled.compile(r"\b(?P<place>[A-Z][a-z]+\scapital)\b(?!,?\s+[A-Z])"),
    ("capital",),
    _NAME_BREAKS.replace(",", ""),
)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Each people's name (demonym, as written) -> its country's capital; a name two countries share
    ("Congolese") is left out. From the countryinfo package, read at the first capital named so."""
    import countryinfo

    found: dict[str, set[str]] = {}
    for country in countryinfo.all_countries():
        try:
            demonym, capital = country.demonym(), country.capital()
        except Exception:  # a country the package holds without one of them
            continue
        if isinstance(demonym, str) and isinstance(capital, str) and demonym and capital:
            found.setdefault(demonym, set()).add(capital)
    return {d: next(iter(c)) for d, c in found.items() if len(c) == 1}


def capital_city(name: str) -> str | None:
    """The city "<people's name> capital" names, or None.

    >>> capital_city("Somali capital"), capital_city("Afghan capital"), capital_city("Venture capital")
    ('Mogadishu', 'Kabul', None)
    """
    people, _, noun = name.rpartition(" ")
    return _capitals().get(people) if noun == "capital" else None


# "Idlib province", "Harris County", "Borno State", "Back of the Yards neighborhood".
_PLACE_NOUN = Anchored(
    compiled.compile(rf"(?P<place>{_NAME})\s(?P<noun>{_alternation(AREA_NOUNS, capital=True)})\b"),
    _cases(AREA_NOUNS),
    _NAME_BREAKS,
    word_start=True,
)

# "Erie's west side", "Chicago's South Side", "Aleppo's al-Quds hospital", "Maiduguri's Monday Market": a
# city named through one of its parts.
_POSSESSIVE = Anchored(
    compiled.compile(
        rf"""(?P<place>{_NAME})['’]s\s
        (?:(?:(?i:far|{_alternation(COMPASS)})\s)?(?i:{_alternation(AREA_PARTS)})
          |(?:[\w'’-]+\s){{1,3}}?(?i:{_alternation(SITE_NOUNS)}))\b""",
        re.VERBOSE,
    ),
    ("'s", "’s"),
    _NAME_BREAKS,
)

#: Sites a name before them places: "the Kramatorsk railway station", "the Mariupol drama theatre".
NAMED_SITES: tuple[str, ...] = tuple(
    "station airport theatre theater market bazaar mosque cathedral port harbour harbor suburb suburbs outskirts".split()
)
# "the Kramatorsk railway station", "the Mariupol drama theatre": a town's name before a site (and at most one
# lower-case word); not a possessive ("the Children's hospital") or an institution named after a person.
_SITE = Anchored(
    compiled.compile(rf"\b[Tt]he\s(?P<place>{_NAME})(?<![’'s]s)\s(?:[a-z]+\s)?(?:{_alternation(NAMED_SITES)})\b"),
    NAMED_SITES,
    _NAME_BREAKS,
    word_start=True,
)

# "Rocky Mount police", "Chicago Police Department": US crime news names the city through its police.
#: Who speaks for a place after its name: "Rocky Mount police".
PLACE_AUTHORITIES: tuple[str, ...] = ("police", "sheriff", "fire department", "city council", "mayor")
_POLICE = Anchored(
    compiled.compile(rf"(?P<place>{_NAME})\s(?:{_any_case_words(PLACE_AUTHORITIES)})\b"),
    _cases(row.split()[0] for row in PLACE_AUTHORITIES),
    _NAME_BREAKS,
    word_start=True,
)

# In a headline, "<Place> man/teen/...": "Columbus teen killed", "Oglethorpe County teen killed".
_HEADLINE_DEMONYM = compiled.compile(
    rf"""
    (?P<place>{_NAME})\s
    (?:\d{{1,2}}-(?i:year|month)-(?i:old)\b                                  # "Killeen 2-year-old"
    |(?i:man|woman|teen|teenager|boy|girl|child|toddler|baby|mother|father|family|couple|student|
       death|deaths|standoff|motorist|driver|juvenile|youth|
       officer|deputy|trooper|resident|residents|shooting|shootings|homicide|murder|police|attack|
       strike|airstrike|bombing|blast|explosion|hospital|school|market|mosque|church|bar|club|home|
       apartment|store|park|station|airport|theatre|theater|camp|checkpoint|toll|massacre|ambush|raid|
       siege|clash|quake|earthquake|flood)s?\b)
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
    live exclusive opinion editor editors note correction warning graphic source click topics tags
    court jail prison custody hospital critical stable condition serious surgery icu
    islamic ramadan eid brief pictures depth border federal national
    iraqi israeli palestinian afghan pakistani syrian lebanese iranian turkish kurdish somali kenyan
    nigerian sudanese yemeni egyptian libyan indian thai filipino chechen ukrainian colombian basque
    ugandan ethiopian tanzanian eritrean rwandan congolese riot anti-riot
    shiite shia sunni muslim christian jewish hindu sikh arab islamist
    arabic english french spanish russian urdu pashto dari persian farsi hebrew kurdish turkish swahili
    north south east west northern southern eastern western central downtown
    northeast northwest southeast southwest children kids
    state city county town village province district neighborhood neighbourhood area region lga government
    u.s us america american
    street st avenue ave road rd boulevard blvd drive dr lane ln way parkway highway hwy route
    metropolitan metro home homes community
    shooting shootings shot shots killed killing dead death deadly fatal fatally murder homicide gunfire
    early morning night evening afternoon weekend pair double triple quadruple mass local
    one two three four five six seven eight nine ten eleven twelve dozen dozens several many some
    man woman teen boy girl child men women teens people person victim victims suspect suspects
    air airstrike airstrikes drone drones missile missiles rocket rockets artillery mortar mortars shelling
    suicide car truck bomb bombs
    quake quakes earthquake earthquakes tremor flood floods blast explosion stampede crush
    powerful huge massive strong major violent
    """
)

#: Words before a storm's own name ("Storm Daniel", "Hurricane Katrina").
_STORM_WORDS = wordset("storm cyclone hurricane typhoon tropical")
_NAMED_COMPASS = frozenset(COMPASS) | wordset("northern southern eastern western central")

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
    key = re.sub(r"(.)\1+", r"\1", " ".join(words))
    return OTHER_NAMES.get(key, key)


#: Older or other-language names of places, as keys, and the key of the name in use: one outlet's "Kiev"
#: and another's "Kyiv" are one city. (Keys as :func:`place_key` makes them: doubled letters single.)
OTHER_NAMES: dict[str, str] = {
    "kiev": "kyiv", "kharkov": "kharkiv", "nikolaev": "mykolaiv", "nikolayev": "mykolaiv", "dnepr": "dnipro",
    "dnepropetrovsk": "dnipro", "dnipropetrovsk": "dnipro", "zaporozhye": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia", "lugansk": "luhansk", "chernigov": "chernihiv", "artemovsk": "bakhmut",
    "artemivsk": "bakhmut", "rovno": "rivne", "lvov": "lviv", "kirovograd": "kropyvnytskyi",
    "kirovohrad": "kropyvnytskyi", "bombay": "mumbai", "calcuta": "kolkata", "madras": "chennai",
    "rangon": "yangon", "fashir": "el fasher", "el fashir": "el fasher",
    # Indian towns and states renamed, both names in the news: "Balasore" and "Baleswar" are one district
    "baleswar": "balasore", "bangalore": "bengaluru", "gurgaon": "gurugram", "alahabad": "prayagraj",
    "orisa": "odisha", "trivandrum": "thiruvananthapuram", "pona": "pune", "benares": "varanasi",
    "banaras": "varanasi", "baroda": "vadodara", "mysore": "mysuru", "simla": "shimla",
}  # fmt: skip


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
    if a[0] != b[0]:
        return False
    # Transliterations of one Arabic name: "Saada", "Sa'dah" and "Saadah"; "Derna" and "Darnah"
    # (see :func:`_vowel_shape`). Short names need the same letters ("Gaza" is not "Giza"), and names
    # the same opening vowels ("Idlib" is "Idleb", "Aston" not "Austin").
    loose, oloose = _final_h(a), _final_h(b)
    if loose == oloose or (
        min(len(loose), len(oloose)) >= 5
        and _opening_vowels(loose) == _opening_vowels(oloose)
        and _vowel_shape(loose) == _vowel_shape(oloose)
    ):
        return True
    if min(len(a), len(b)) < 6:
        return False
    from rapidfuzz import fuzz  # (imported at the first pair that needs it: ``extract`` never does)

    return bool(fuzz.ratio(a, b) >= 88)


def _final_h(key: str) -> str:
    """A key without the "h" that ends a word after a vowel: one transliteration writes the closing
    Arabic ta marbuta ("Saadah", "Darnah", "Jeddah"), another leaves it out ("Saada", "Derna")."""
    return re.sub(r"(?<=[aeiou])h\b", "", key)


def _vowel_shape(key: str) -> str:
    """A key with each run of vowels as one mark: transliterations of one name differ in their vowels
    ("derna", "darna"; "jindires", "jandaris") where places that differ keep different consonants or
    vowels elsewhere ("salem", "selma")."""
    return re.sub(r"[aeiou]+", "*", key)


def _opening_vowels(key: str) -> str:
    return key[: len(key) - len(key.lstrip("aeiou"))]


#: Wide areas that Unicode's territory list lacks, or names differently: weak places like countries.
REGION_NAMES: tuple[str, ...] = (
    "Middle East", "Sahel", "Horn of Africa", "Balkans", "Caucasus", "Gulf", "Persian Gulf", "Levant",
    "Maghreb", "North Africa", "East Africa", "West Africa", "South Asia", "Kurdistan", "West Bank",
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "UK", "USA",
    "Palestine", "Ivory Coast", "Congo", "Burma", "Timor",
    # countries by the names news still uses, where CLDR now gives another ("Türkiye", "Czechia")
    "Turkey", "Czech Republic", "Swaziland", "Macedonia", "Cape Verde",
    # wide areas of war reporting, each holding many towns: "strikes across Gaza" may be 30 km apart
    "Gaza", "Gaza Strip", "Donbas", "Donbass", "Darfur", "Kashmir", "Sinai", "Tigray", "Balochistan",
)  # fmt: skip
# "in this mountain village south of Marrakech": the lead speaks of where it was filed, the dateline's place
_THIS_PLACE = compiled.compile(rf"\b[Tt]his\s(?:[\w-]+\s){{0,3}}(?:{_alternation(SETTLEMENT_NOUNS)})\b")
#: Characters of a report's body its lead sentence reaches, for a dateline's place (extract_places).
_LEAD_REACH = 400
#: Territories that are one city ("Hong Kong", "Singapore"): places as specific as any town.
_CITY_TERRITORIES = frozenset({"HK", "MO", "SG", "MC", "VA", "GI"})


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    """Keys of every country and world region in English (Unicode CLDR's names, through babel), and
    of :data:`REGION_NAMES`; read once, on first use."""
    names = list(REGION_NAMES)
    for code, name in _territory_names():
        if code not in _CITY_TERRITORIES:
            # "Congo - Kinshasa" is Congo; "Myanmar (Burma)" is both names
            names.extend(part for part in re.split(r"[()]", name.split(" - ")[0]) if part.strip())
    return frozenset(place_key(n) for n in names) - {""}


def _territory_names() -> list[tuple[str, str]]:
    """babel's English names of the territories, by code, kept between runs beside the compiled patterns
    (compiled.kept) under the hash of babel's English locale data: loading that data took 147 M
    instructions of an ``extract`` of gvc-dev (1%, callgrind, compiled), for the one report in a hundred
    that asks whether a name is a country's."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("babel")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        return _babel_territory_names()  # (babel's data not in its folder: asked of babel each run)
    data = Path(folders[0]) / "locale-data"
    try:
        key = hashlib.sha256(b"".join((data / f).read_bytes() for f in ("root.dat", "en.dat"))).hexdigest()
    except OSError:
        return _babel_territory_names()
    kept = compiled.kept(f"babel territories {key}", lambda: [list(p) for p in _babel_territory_names()], list)
    assert isinstance(kept, list)
    return [(str(code), str(name)) for code, name in kept]


def _babel_territory_names() -> list[tuple[str, str]]:
    from babel import Locale

    return sorted(Locale("en").territories.items())


def is_region(key: str) -> bool:
    """Whether a place key names a country or a wider region: a *weak* place. Two reports that both
    say "Syria" may speak of strikes 300 km apart, and one that says "Syria" does not contradict one
    that says "Aleppo".

    >>> is_region("syria"), is_region(place_key("Myanmar")), is_region("alepo"), is_region("singapore")
    (True, True, False, False)
    """
    return key in _region_keys()


# "Moroccan quake", "Syrian troops", "Pakistani police": a country's adjective, and the endings that
# turn it back into the country's name ("Moroccan" -> "Morocco", "Ukrainian" -> "Ukraine").
_ADJECTIVE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("ia", "y", "e", "")),
    ("an", ("a", "o", "")),
    ("ese", ("", "a", "on")),
    ("ish", ("ey", "")),
    ("i", ("",)),
)


def country_of_adjective(name: str) -> str | None:
    """The country a one-word adjective names, or None.

    >>> country_of_adjective("Moroccan"), country_of_adjective("Ukrainian"), country_of_adjective("Milan")
    ('Morocco', 'Ukraine', None)
    """
    if not name.isalpha() or is_region(place_key(name)):
        return None
    for ending, stems in _ADJECTIVE_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 2:
            root = name[: -len(ending)]
            found = next((root + s for s in stems if is_region(place_key(root + s))), None)
            if found:
                return found
    return None


def specific(keys: Iterable[str]) -> list[str]:
    """The keys that are not countries or regions (:func:`is_region`), in their order."""
    return [k for k in keys if not is_region(k)]


def places_disagree(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two lists of place keys speak of different places: both name a specific place and
    none is shared. A country or region says too little to disagree with a town in it."""
    sa, sb = specific(a), specific(b)
    return bool(sa) and bool(sb) and not any(same_place(x, y) for x in sa for y in sb)


def _bare(word: str) -> str:
    """A word as _NOT_PLACE lists it: lower case, no closing dot, no possessive ("Monday's")."""
    w = word.lower().rstrip(".")
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _inside(words: list[str]) -> list[str]:
    """The words of a name after the container its possessive names: "Syria's Idlib province" is Idlib,
    and so is "Burkina Faso's Yagha" (a possessive past the first word counts when what it closes is a
    country or region: "St. Mary's Church" stays whole)."""
    for i in range(len(words) - 2, -1, -1):
        closed = words[: i + 1]
        if words[i].endswith(("'s", "’s")) and (
            all(w.endswith(("'s", "’s")) for w in closed) or is_region(place_key(" ".join(closed)[:-2]))
        ):
            return words[i + 1 :]
    return words


@lru_cache(maxsize=65536)
def _usable_in_text(name: str) -> str | None:
    """:func:`_usable` of a name found in running text (not in a headline), remembered: the same names
    come back in sentence after sentence."""
    return _usable(name, None)


def _usable(name: str, lower_words: frozenset[str] | None, body: str | None = None) -> str | None:
    """The place key of ``name``, or None when it looks like an ordinary word, a month, a role.

    ``lower_words`` and ``body`` are given for a name found in a Title Case headline, whose
    capitals say nothing: words the body writes in lower case are dropped, and what is left must
    stand in the body as written ("Teen Shot Outside Allapattah Club" keeps "Allapattah").
    """
    words = name.split()
    if words and words[-1].lower().rstrip(".") in _STREET_SUFFIXES:
        return None  # a street, kept by extract_streets
    words = _inside(words)
    if words and _bare(words[0]) in _STORM_WORDS:
        return None  # "Storm Daniel", "Cyclone Idai": a storm, named as people are, is no place
    # "North Carolina", "South Sudan", "Eastern Ghouta": a compass word written with a capital before
    # another word is part of the name; "north" in running text, or on its own, is not
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]  # "in Thailand's south": the container is the place
    # and so is a leading "St." or "Ft." ("St. Louis", "Ft. Worth"): a saint or a fort, not a street
    while words and _bare(words[0]) in _NOT_PLACE and not (
        len(words) > 1 and words[0][0].isupper() and (_bare(words[0]) in _NAMED_COMPASS or _bare(words[0]) in _PREFIX_ABBREV)
    ):
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


_TITLE_PATTERNS = (_IN_PLACE, _FRAMED, _PLACE_NOUN, _POLICE, _HEADLINE_DEMONYM, _POSSESSIVE, _CAPITAL)


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z'’\-]+\b", text))


#: The patterns read in a report's body, in the order their places are counted.
_BODY_PATTERNS = (_IN_PLACE, _FRAMED, _PLACE_NOUN, _POLICE, _POSSESSIVE, _SITE, _CAPITAL)

#: The matches of each of the body patterns, pattern by pattern, in the order found.
BodyMatches = tuple[tuple[re.Match[str], ...], ...]

#: Area nouns of a division that holds many towns: a place named "Yagha province", "Idlib governorate",
#: "Kharkiv oblast", "Benue state" is an area of the report (:func:`area_keys`), not a town. "State" only
#: where it cannot be American: written in lower case after a name that is no US state ("Benue state",
#: "Shan state"), or after a state of another country that countryinfo knows ("Borno State", "Uttar
#: Pradesh State"); US news names its universities, teams and offices so ("Fresno State", "the Garden
#: State", "State's Attorney"). Not "region" or "county": two reports of one shooting may name the city
#: and its suburb (measured: grouping's pairwise F1 on gvc-dev 0.813 without them, 0.811 with).
DIVISION_NOUNS: frozenset[str] = frozenset("province governorate oblast prefecture state".split())


@lru_cache(maxsize=1)
def _state_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the US states, and of the first-level divisions of every other country (countryinfo's
    provinces), read at the first "State" named."""
    import countryinfo

    us: set[str] = set()
    other: set[str] = set()
    for country in countryinfo.all_countries():
        try:
            names, home = country.provinces(), country.name()
        except Exception:  # a country the package holds without them
            continue
        if isinstance(names, list):
            (us if str(home).lower() == "united states" else other).update(place_key(n) for n in names if isinstance(n, str))
    return frozenset(us), frozenset(other - us)


# A division's noun that a possessive or another capitalised word follows names an office or a body: "the
# Suffolk County State's Attorney", "the Borno State Police Command".
_NAME_GOES_ON = compiled.compile(r"['’]s\b|\s[A-Z]")


def is_division(key: str) -> bool:
    """Is ``key`` a first-level division of a country other than the United States, as countryinfo knows
    them ("khyber pakhtunkhwa", "kerala", "benue")? Many share their name with their chief town ("kerman",
    "herat"): it may be either, so it is read as a division only where that asks less of it (grouping's
    ``_only_divisions``: a report of a mass toll that names only divisions does not disagree with a town).

    >>> is_division(place_key("Khyber Pakhtunkhwa")), is_division(place_key("Texas")), is_division("peshawar")
    (True, False, False)
    """
    return key in _state_keys()[1]


def _a_state_elsewhere(key: str, noun: str) -> bool:
    """Is "state" after the name ``key`` one of another country ("Benue state", "Zamfara State"), not
    American: no US state, and in lower case or a state countryinfo knows of another country?"""
    us, other = _state_keys()
    return key not in us and (noun == "state" or key in other)


def area_keys(title: str, found: BodyMatches) -> frozenset[str]:
    """The keys of the places that the headline or the body's matches (:func:`find_in_body`) name with
    a noun of :data:`DIVISION_NOUNS` after them ("Yagha province", "Benue State", not "Fresno State")."""
    matches = [*_PLACE_NOUN.finditer(title), *found[_BODY_PATTERNS.index(_PLACE_NOUN)]]
    keys: set[str] = set()
    for m in matches:
        noun = m.group("noun")
        if noun.lower() not in DIVISION_NOUNS or _NAME_GOES_ON.match(m.string, m.end()):
            continue
        key = _usable_in_text(m.group("place"))
        if key is not None and (noun.lower() != "state" or _a_state_elsewhere(key, noun)):
            keys.add(key)
    return frozenset(keys)


def find_in_body(text: str, pos: int = 0) -> BodyMatches:
    """The body patterns' matches in ``text`` from ``pos`` on: what :func:`extract_places` reads of a
    body that starts there, read once for a whole report (see :func:`~casualty_cli.textscan.within`)."""
    return tuple(tuple(pattern.finditer(text, pos)) for pattern in _BODY_PATTERNS)


def extract_places(
    text: str,
    title: str | None = None,
    limit: int = 8,
    *,
    strong_only: bool = False,
    found: BodyMatches | None = None,
    base: int = 0,
) -> list[tuple[str, str]]:
    """Places named in a report as ``(key, display)`` pairs, the most strongly indicated first.

    ``title`` is the headline when it is separate; otherwise the first line of ``text`` is taken
    as the headline. Cues weigh: dateline 5, headline 3, "in X" in the lead 2, elsewhere 1.
    ``strong_only`` keeps to the dateline and headline. ``found`` are the body's matches when they were
    read already (:func:`find_in_body`), in a text where the body starts at ``base``.

    >>> [k for k, _ in extract_places("ROCKY MOUNT, N.C. — Four teens were shot on a court.")]
    ['rocky mount']
    """
    if title is None:
        first, _, rest = text.partition("\n")
        title, body = first, rest
    else:
        body = text
    headline = [m.group("place") for pattern in _TITLE_PATTERNS for m in pattern.finditer(title)] if title else []
    # what the body writes in lower case is asked only of names in a headline (most texts have none)
    lower_words = _lower_words(body) if headline else frozenset()
    scores: dict[str, float] = {}
    display: dict[str, str] = {}
    order: dict[str, int] = {}

    title_words: list[str] = re.findall(r"[A-Za-z]{4,}", title)
    title_case = bool(title_words) and sum(w[0].isupper() for w in title_words) > 0.6 * len(title_words)

    def add(name: str, weight: float, pos: int, in_title: bool = False) -> str | None:
        if name.endswith(" capital"):  # "the Somali capital"
            city = capital_city(name)
            if city is None:
                return None
            name = city
        elif in_title:  # "Moroccan quake kills 2,000": the headline's event is in Morocco
            name = country_of_adjective(name.strip()) or name
        key = (
            _usable(name, lower_words, body if title_case else None) if in_title else _usable_in_text(name)
        )
        if key is None:
            return None
        if key not in scores:  # (a key met before is its own first match: no earlier one matched it)
            for known in scores:
                if same_place(known, key):
                    key = known
                    break
        scores[key] = scores.get(key, 0.0) + weight
        if key not in display:
            shown = _inside(name.strip().split())  # "Syria's Idlib" shows as "Idlib", as its key says
            if shown and shown[-1].endswith(("'s", "’s")):
                shown[-1] = shown[-1][:-2]  # "Thailand's" shows as "Thailand"
            display[key] = " ".join(shown)
            order[key] = pos
        return key

    lead_end = min(len(body), 1500)
    for m in _DATELINE.finditer(f"{title}\n{body[:4000]}"):
        add(_dateline_title(m.group("place")), 5.0, m.start())
    filed = [k for k, v in scores.items() if v == 5.0]  # places named by a dateline only, so far
    for name in headline:
        add(name, 3.0, -1, in_title=True)
    lead_places: list[str] = []
    if not strong_only:
        for matches in find_in_body(body) if found is None else found:
            for m in matches:
                at = m.start() - base
                key = add(m.group("place"), 2.0 if at < lead_end else 1.0, at)
                if key is not None and at < _LEAD_REACH:
                    lead_places.append(key)
    # "KABUL - Taliban fighters stormed an army base in Ghazni province": a dateline whose name the text
    # writes nowhere else, over a lead that names another town, is where the report was filed, not the event
    here = _THIS_PLACE.search(body, 0, _LEAD_REACH) is not None
    for key in filed:
        if not here and scores.get(key) == 5.0 and not is_region(key) and any(k != key and not is_region(k) for k in lead_places) and (
            display[key] not in body and display[key] not in title  # ("in the Ikoyi district of Lagos" names it)
        ):
            del scores[key]
    ranked = sorted(scores, key=lambda k: (-scores[k], order[k]))
    return [(k, display[k]) for k in ranked[:limit]]


def _dateline_title(name: str) -> str:
    """A dateline's capitals as a name is written: each word capitalised, its particles after the first
    word in lower case ("DEIR AL-BALAH" -> "Deir al-Balah", "STRATFORD UPON AVON" -> "Stratford upon Avon")."""
    words = name.title().split(" ")
    out = words[:1]
    for word in words[1:]:
        head, dash, rest = word.partition("-")
        if head.lower() in _PARTICLES:
            word = head.lower() + dash + rest
        out.append(word)
    return " ".join(out)


def dateline_places(text: str) -> list[str]:
    """Place keys of the datelines in a report: ``"CHICAGO (AP) —"`` → ``["chicago"]``."""
    keys: list[str] = []
    for m in _DATELINE.finditer(text[:4000]):
        key = _usable(m.group("place").title(), None)
        if key and key not in keys:
            keys.append(key)
    return keys


_STREET_SUFFIX = r"""Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.|Way|
        Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Circle|Court|Ct\.|Place|Pike|Trail|Apartments|Homes"""
_STREET = Anchored(
    compiled.compile(
        rf"""
        (?:\b(?P<block>\d{{2,5}})\s(?:block\sof\s)?)?          # 4800 block of / 1200
        (?P<name>(?:(?:[NSEW]\.?|North|South|East|West)\s)?
            {_CAP}(?:\s{_CAP}){{0,2}})\s
        (?P<suffix>{_STREET_SUFFIX})(?!\w)
        |\bblock\sof\s(?P<bare>(?:(?:[NSEW]\.?|North|South|East|West)\s)?{_CAP}(?:\s{_CAP})?)
        """,
        re.VERBOSE,
    ),
    # a match holds its suffix or "block of", after a space
    [*re.findall(r"[A-Za-z]+", _STREET_SUFFIX), "block"],
    _NAME_BREAKS,
    word_start=True,
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
