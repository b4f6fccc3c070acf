"""The regular expressions of casualty statements, each verbose and commented.

The engine is trigger-first: one pass of :data:`TRIGGER` over the text finds outcome words ("killed",
"wounded", "shot", "death toll"...). Around each trigger, short anchored patterns read who was counted:
the subject before a passive verb ("two protesters and one policeman were killed"), the object after
an active one ("the blast killed 50 civilians", "left two dead"), or the figure of a noun form
("the death toll has risen to 11", "50 deaths").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from casualty_cli.extraction import compiled
from casualty_cli.extraction.alternation import by_first_letter
from casualty_cli.extraction.numbers import FIGURE, WORD_VALUES
from casualty_cli.extraction.prefilter import fold, leftmost

_F = re.I | re.X

#: Agent nouns outside the lists, known by their ending: "herdsmen", "motorcyclists", "physicians",
#: "shopkeepers", "churchgoers". Only endings that name people all but always; "-ers" does not
#: ("containers", "helicopters"), so such words are listed by name.
_OPEN_PLURAL = (
    r"(?:(?!(?:abdo|speci|regi|sta|acu|bitu|se|lu|ru|hy)men\b)[a-z]{2,}men|(?!(?:ass|ins|pers|res|cons|des)ists)[a-z]{3,}ists|(?!medians|meridians)[a-z]{3,}ians"
    r"|[a-z]+(?:keepers|goers|dwellers))"
)
_OPEN_SINGULAR = (
    r"(?:(?!(?:talisman|doberman|ottoman|walkman|snowman|superman|batman|caiman|roman)\b)[a-z]{3,}man"
    r"|(?!(?:ass|ins|pers|res|cons|des)ist)[a-z]{3,}ist|(?!median|meridian)[a-z]{3,}ian"
    r"|[a-z]+(?:keeper|goer|dweller))"
)
#: The same endings as a test of one word (a subject may close with such a word).
OPEN_NOUN_RE = compiled.compile(_OPEN_PLURAL + "|" + _OPEN_SINGULAR, re.I)

#: Heads of a counted group, plural and singular. A group is counted only when one of these closes it,
#: which is what keeps "five medical facilities", "100 kilometers" and "two schools" out.
_PLURAL_LIST = r"""(?:people|persons|individuals|civilians|children|kids|men|women|boys|girls|teens|teenagers|males|females|
    miners|fishermen|farmers|climbers|hikers|volunteers|peacekeepers|citizens|inhabitants|occupants|motorists|drivers|
    pedestrians|cyclists|detainees|mourners|combatants|rescuers|survivors|visitors|attendees|commuters|pilots|
    youths|juveniles|minors|students|pupils|officers|policemen|police\s+officers|troopers|deputies|agents|
    soldiers|troops|servicemen|fighters|militants|rebels|insurgents|gunmen|attackers|suspects|staff|
    staffers|staff\s+members|patients|caregivers|doctors|nurses|medics|paramedics|workers|employees|
    victims|others|adults|residents|villagers|locals|protesters|demonstrators|pilgrims|worshippers|
    worshipers|passengers|members|relatives|siblings|brothers|sisters|sons|daughters|cousins|friends|
    bystanders|customers|guests|patrons|journalists|reporters|inmates|prisoners|migrants|refugees|
    babies|infants|toddlers|family\s+members|americans|tourists|fans|spectators|shoppers|players|
    teachers|firefighters|crew|crew\s+members|marines|sailors|guards|partygoers|clubgoers|
    security\s+forces|personnel|casualties|jihadists|extremists|terrorists|guerrillas|paramilitaries|militiamen|
    settlers|protestors|nationals|foreigners|herders|traders|parishioners|congregants|tribesmen|recruits|cadets|
    conscripts|airmen|seamen|kurds|turks|arabs|jews|muslims|christians|shiites|sunnis|yazidis|rohingya|uighurs|
    tamils|pashtuns|alawites|houthis|cops|jawans|constables|labourers|laborers|labor\s+workers|devotees|bandits|
    assailants|robbers|criminals|gangsters|hostages|captives|kidnappers|smugglers|poachers|officials|lawmakers|
    leaders|commanders|lawyers|judges|pensioners|retirees|schoolchildren|schoolboys|schoolgirls|newborns|
    adolescents|youngsters|orphans|widows|riders|bikers|vendors|hawkers|priests|monks|nuns|clerics|imams|rangers|
    snipers|swimmers|divers|skiers|trekkers|campers|hunters|bathers|revellers|revelers|evacuees|trainees|
    returnees|abductees|porters|shepherds|nomads|elders|seniors|veterans|parents|grandparents|twins|wives|
    husbands|mothers|fathers|uncles|aunts|nephews|nieces|grandchildren|grandsons|granddaughters|neighbours|
    neighbors|classmates|roommates|colleagues|coworkers|co-workers|teammates|comrades|supporters|voters|
    candidates|delegates|diplomats|contractors|engineers|mechanics|builders|cleaners|truckers|conductors|
    bodyguards|surgeons|scholars|professors|lecturers|researchers|athletes|footballers|cricketers|wrestlers|
    dancers|singers|actors|writers|bloggers|photographers|merchants|shopkeepers|cashiers|waiters|chefs|
    janitors|caretakers|maids|couriers|travellers|travelers|holidaymakers|backpackers|mountaineers|
    (?-i:[A-Z][a-z]+(?:ians|ans|is|ese))|
    (?:\d{1,3}|[a-z]+)-(?:year|month)-olds|""" + _OPEN_PLURAL + r""")(?![\w-])"""

_SINGULAR_LIST = r"""(?:man|woman|boy|girl|child|kid|teen|teenager|youth|juvenile|minor|student|person|
    individual|officer|policeman|policewoman|trooper|deputy|agent|soldier|fighter|gunman|shooter|suspect|
    victim|patient|doctor|nurse|worker|employee|resident|driver|passenger|pedestrian|bystander|customer|
    clerk|guard|baby|infant|toddler|father|mother|dad|mom|son|daughter|brother|sister|husband|wife|
    boyfriend|girlfriend|uncle|aunt|nephew|niece|cousin|grandmother|grandfather|grandson|granddaughter|
    friend|neighbor|neighbour|relative|housemate|owner|manager|teacher|pastor|security\s+guard|journalist|
    reporter|civilian|trader|farmer|caregiver|infant|homeowner|tenant|roommate|classmate|stepfather|
    stepson|stepdaughter|fiance|fiancee|sibling|male|female|senior|junior|freshman|sophomore|(?:first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]grader|
    kindergartner|kindergartener|preschooler|cop|jawan|constable|labourer|laborer|devotee|bandit|assailant|
    robber|gangster|hostage|captive|kidnapper|smuggler|poacher|official|lawmaker|leader|commander|lawyer|
    judge|pensioner|retiree|schoolboy|schoolgirl|schoolchild|newborn|adolescent|youngster|orphan|widow|
    widower|rider|biker|vendor|hawker|priest|monk|nun|cleric|imam|ranger|sniper|swimmer|diver|skier|
    trekker|hiker|climber|camper|hunter|evacuee|trainee|detainee|inmate|prisoner|porter|shepherd|herder|
    elder|veteran|parent|grandparent|twin|colleague|coworker|co-worker|teammate|comrade|supporter|voter|
    candidate|diplomat|ambassador|contractor|engineer|mechanic|builder|cleaner|trucker|conductor|bodyguard|
    bouncer|surgeon|pupil|scholar|professor|lecturer|researcher|athlete|footballer|cricketer|wrestler|
    boxer|dancer|singer|actor|actress|writer|blogger|photographer|migrant|refugee|motorist|cyclist|
    shopper|pilgrim|worshipper|worshiper|villager|protester|protestor|demonstrator|militant|rebel|
    insurgent|terrorist|attacker|marine|sailor|pilot|firefighter|paramedic|medic|rescuer|volunteer|
    mourner|spectator|player|coach|referee|guest|patron|landlord|landlady|occupant|commuter|traveller|
    traveler|inhabitant|citizen|foreigner|settler|merchant|executive|banker|cashier|waiter|waitress|
    bartender|chef|janitor|caretaker|nanny|babysitter|maid|courier|couple(?!\s+of\b)|\d{1,2}yo|
    (?:\d{1,3}|[a-z]+)[- ](?:year|month|week)s?[- ]old|""" + _OPEN_SINGULAR + r""")(?![\w-]|['’]s\b)"""
# Grouped by first letter, which ``re`` skips faster (same matches: see alternation.py).
PLURAL_NOUN = by_first_letter(_PLURAL_LIST)
SINGULAR_NOUN = by_first_letter(_SINGULAR_LIST)

# Adjectives or compounds between a figure and its noun: "two other", "three young", "five MSF".
_MODS = (
    r"(?:(?!" + by_first_letter(r"(?:a|an|the|and|or|were|was|are|is|of|in|on|at|to|his|her|their|its|while|when|after|before|but|who|which|that|with|by|for|from)\s") + r")(?:[A-Za-z'’-]+|\d{1,3}-[A-Za-z-]+)\s+){0,3}?"
)

#: What a counted group may be of: "members of a wedding party", "three of the family".
_GROUP_WORDS = "family|household|group|crew|unit|team|party|clan|tribe|delegation|congregation|community"

#: A counted group: "at least 80 civilians", "two other teens", "dozens of people", "the four".
COUNT_NP = (
    r"(?:the\s+|all\s+|another\s+|an\s+additional\s+|additional\s+|a\s+further\s+|his\s+|her\s+|their\s+)?(?P<fig>"
    + FIGURE
    + r")(?!-[a-z]|[- ](?:years?|months?|weeks?)[- ]old)(?:\s+(?:of\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|those\s+|these\s+)?)?"
    + _MODS
    + r"(?P<noun>"
    + PLURAL_NOUN
    + r")(?:\s+of\s+(?:the|a|an|his|her|their|one)\s+(?:[\w'’-]+\s+)?(?:"
    + _GROUP_WORDS
    + r"))?)?"
)

# "a mother of three", "a father of two young children": whose children, not a count.
_PARENT_OF = (
    r"(?:(?<=father|mother|parent)\s+of\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"(?:\s+(?:young\s+|small\s+)?(?:children|kids|sons|daughters|boys|girls))?)?"
)

#: One person: "a 17-year-old boy", "his daughter", "the victim", "the 19-year-old".
SINGLE_NP = (
    r"(?:(?:a|an|the|one|another|his|her|their|its|this|that)\s+"
    + _MODS
    + r"(?P<sing>"
    + SINGULAR_NOUN
    + r")(?:\s+" + SINGULAR_NOUN + r"(?![\w-]))?" + _PARENT_OF + r"(?:\s*,\s*\d{1,3}\s*,)?"
    r"|(?P<agesing>\d{1,3}[- ](?:year|month)s?[- ]old)(?:\s+" + _MODS + SINGULAR_NOUN + r")?)"
)

# One item of a list of people ("a trader and his daughter", "two protesters and one policeman").
_ITEM = (
    r"(?:(?:the\s+|his\s+|her\s+|their\s+)?" + FIGURE + r"\s+" + _MODS + r"(?:" + PLURAL_NOUN + r")"
    r"|(?:a|an|the|one|another|his|her|their)\s+" + _MODS + SINGULAR_NOUN
    + r"|\d{1,3}-(?:year|month)-old(?:\s+" + SINGULAR_NOUN + r")?(?:\s+(?-i:[A-Z][a-z'’-]+)){0,3}"
    + r"|he|she|him|her)"
)
LIST_NP = r"(?P<list>" + _ITEM + r"(?:\s*,\s*" + _ITEM + r")*\s*,?\s+and\s+" + _ITEM + r")"
ITEM_RE = compiled.compile(_ITEM, _F)

#: Everything that may stand between a subject and its passive outcome verb.
_AUX_WORDS = r"""(?:were|was|are|is|have|has|had|been|being|be|got|get|gets|remain|remains|
    remained|later|also|all|both|each|reportedly|allegedly|critically|seriously|fatally|badly|mortally|
    severely|slightly|(?:believed|confirmed|known|reported|thought|said)\s+to\s+have|knocked\s+down|run\s+over|mown\s+down|mowed\s+down|feared|confirmed|found|were\s+later|subsequently|eventually|
    initially|may\s+have|might\s+have|declared|brought|aged\s+\d{1,3},?|
    in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(?:teens|\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties),?|apparently|then|still|now|already|either|tragically|ultimately|
    not|ages?\s+\d{1,3}(?:\s*(?:,|and|,\s*and)\s*\d{1,3})*,?|accidentally|mistakenly|unintentionally|inadvertently|twice|once|abducted|kidnapped|trapped|(?:[a-z]+|\d+)\s+times|
    (?:in|to)\s+(?:the|his|her|their)\s+(?:[a-z]+\s+)?(?:head|face|chest|back|neck|leg|legs|arm|arms|abdomen|stomach|torso|side|shoulder|foot|hand|buttocks|groin|hip|thigh|eye)s?,?|
    in\s+(?:a\s+)?(?:critical|serious|stable|grave|fair)\s+condition|but|among(?:\s+(?:the|those))?|
    (?:[a-z]+|\d+)\s+of\s+(?:them|whom)\s+[a-z][a-z\s-]{0,30}?,|
    (?:\d{1,3}[- ]year[- ]old\s+)?(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})(?:\s*,\s*\d{1,3})?
    \s*,?\s+and\s+(?:\d{1,3}[- ]year[- ]old\s+)?(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})(?:\s*,\s*\d{1,3})?,|
    (?:at|in|inside|outside|near)\s+the\s+(?:[a-z]+\s+)?(?:scene|home|house|car|vehicle|room|apartment|residence|building|party|store|shop|bar|club|restaurant|area|park),?|reported|presumed|(?:including|among\s+them|among\s+whom)\s+[^,;.]{1,40},|including\s+(?:(?!who\s|that\s|which\s)[\w'’-]+\s+){0,3}?(?!who\b|that\b|which\b)[\w'’-]+|so\s+far|thus\s+far|officially|
    (?:taken|rushed|transported|airlifted)\s+to\s+(?:a\s+|the\s+|an\s+area\s+)?(?:[\w'-]+\s+){0,3}?hospitals?,?|
    (?:hit|struck|run\s+over|mowed\s+down|mown\s+down|knocked\s+down|swept\s+away|washed\s+away|crushed|buried|trapped|pinned)\s+(?:by|under|beneath|in)\s+(?:[\w'’-]+\s+){1,3}?and|
    shot|stabbed|knifed|and|wounded|injured|hit|where\s+(?:he|she|they)|taken\s+to\s+(?:a\s+|the\s+)?(?:[\w'-]+\s+){0,3}?hospitals?\s+where\s+(?:he|she|they))"""
_AUX = r"(?:\s*,?\s+(?:(?:who|that)\s+)?(?:" + by_first_letter(_AUX_WORDS) + r",?\s+)*)"

#: A person's name: "Maria Lopez", "Rafael McCloud", "O'Neal" (one to three capitalised words).
_NAME_WORD = r"[A-Z](?:[a-z'’]{1,3}[A-Z])?[a-z'’-]+"  # one split point only: no backtracking blow-up
NAME = r"(?:" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2})"

#: Two or more names, each perhaps with an age: "Inna Gonzalez, 21, and Davion Funderburk, 22".
_AGED_NAME = NAME + r"(?:\s*,\s*\d{1,3})?"
NAMES = _AGED_NAME + r"(?:\s*,\s*" + _AGED_NAME + r")*\s*,?\s+and\s+" + _AGED_NAME

# "scrapes on both legs": two of a body's parts, not two people
_BODY_PARTS = r"(?:legs|arms|hands|feet|eyes|ears|sides|knees|ankles|shoulders|thighs|lungs|cheeks)\b"
_BOTH = r"""\b(?:both(?!\s+""" + _BODY_PARTS + r""")|all\s+(?P<allfig>""" + FIGURE + r"""))(?:\s+(?:of\s+(?:the|them)\s+)?""" + _MODS + r"""(?:""" + PLURAL_NOUN + r"""))?"""

#: People given as a list of ages: "his 12- and 10-year-old sons", "his sons, ages 3 and 4" (2 each).
AGED_GROUP = (
    r"(?:(?:his|her|their|the|two|three|four|five)\s+)?(?:"
    r"(?P<agelist>\d{1,2}-?(?:\s*,\s*\d{1,2}-?)*\s*,?\s*and\s+\d{1,2}-(?:year|month)-old)\s+" + _MODS + PLURAL_NOUN
    + r"|" + _MODS + PLURAL_NOUN + r",?\s+(?:ages|aged)\s+(?P<agelist2>\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*and\s+\d{1,2})"
    + r")"
)

def _pieces(alternatives: list[str], tail: str, family: str, head: str = "") -> str:
    """One piece of a pattern ``head(?:alt1|alt2|...)tail``: some of its alternatives, and a
    never-matching alternative for every other named group, so that its matches answer None for them.

    Tried at one place in turn, the pieces of an alternation give what the whole would: the first
    alternative that leads to a match wins either way (when ``head`` cannot end in two places from
    which two alternatives both match). So the subjects' and objects' variants share their pieces,
    compiled once: the big patterns cost 50-70 ms each to compile.
    """
    source = head + "|".join(alternatives) + tail
    missing = [g for g in dict.fromkeys(re.findall(r"\(\?P<(\w+)>", family)) if f"(?P<{g}>" not in source]
    return head + r"(?:" + "|".join([*alternatives, *(f"(?P<{g}>(?!))" for g in missing)]) + r")" + tail


_BOTH_AND = r"""(?P<both>\bboth\s+(?!""" + _BODY_PARTS + r""")[^,.;:]{1,40}?\s+and\s+[^,.;:]{1,40}?(?=\s)|""" + _BOTH + r""")"""
_AGED = r"""(?P<aged>\b""" + AGED_GROUP + r""")"""
_AND_FORMS = [
    r"""(?P<named>\b(?-i:""" + NAMES + r"""))""",
    r"""(?P<pair>\b(?:(?:a|an|the|his|her|their)\s+)?""" + SINGULAR_NOUN + r"""(?:\s+and|\s*,)\s+(?:(?:his|her|their)\s+)?""" + SINGULAR_NOUN + _PARENT_OF + r""")""",
    r"""\b""" + LIST_NP,
]
_SUBJECTS = [
    r"""\b""" + COUNT_NP,
    r"""\b""" + SINGLE_NP,
    r"""(?P<pron>\b(?:he|she)\b)""",
    r"""(?:\b(?:a|the|his|her|their)\s+)?family\s+of\s+(?P<fam>""" + FIGURE + r""")""",
    r"""\b(?P<bareage>""" + SINGULAR_NOUN + r""")\s*,\s*\d{1,3}\s*,""",
    r"""(?P<another>\b(?:another|one\s+other)(?:\s+(?:one|person|man|woman|victim))?)""",
    r"""\b(?P<ofwhom>""" + FIGURE + r""")\s+of\s+(?:whom|them|those)""",
    r"""^\s*(?:\S+\s+){0,4}?(?P<bare>""" + SINGULAR_NOUN + r""")""",
    r"""(?P<name>\b(?-i:""" + NAME + r""")(?:\s*,\s*\d{1,3}\s*,?)?)""",
]

#: Objects of an active outcome verb: anchored at the start of the text after the trigger.
_OBJECT_FORMS = [
    LIST_NP,
    COUNT_NP,
    SINGLE_NP,
    r"""(?P<onamed>(?-i:""" + NAMES + r"""))""",
    r"""(?P<obare>(?:(?!(?:at|a|an|the|to|in|on|of|and|his|her|their|him|them|into|toward|towards)\s)[\w'’-]+\s+){0,2}?""" + SINGULAR_NOUN + r""")(?=\s*[,.;:!?]|\s*$|\s+(?:in|at|on|near|during|after|outside|inside|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b)""",
    r"""(?P<oname>(?-i:""" + NAME.replace("{0,2}", "{1,2}") + r"""|""" + _NAME_WORD + r"""(?=\s*[,.;]|\s+(?:before|after|on|in|at|during|and)\b)))""",
]
_OBJECT_TAIL = (
    r"""(?P<state>\s+(?:dead|to\s+death|injured|wounded|hurt|hospitali[sz]ed|in\s+(?:a\s+)?(?:critical|serious|stable|grave)\s+condition))?
    (?P<more>,?\s+(?:and|with)\s+(?P<fig2>"""
    + FIGURE
    + r"""|another|one\s+other|(?:a|an|his|her|their)\s+""" + _MODS + SINGULAR_NOUN + r""")(?:\s+(?:other|more))?(?:\s+"""
    + PLURAL_NOUN
    + r""")?
        \s+(?P<state2>dead|injured|wounded|hurt|hospitali[sz]ed))?"""
)
# Every named group of the subjects' (objects') alternatives: each piece answers for all of them.
_SUBJECT_GROUPS = "".join([_BOTH_AND, _AGED, *_AND_FORMS, *_SUBJECTS])
_OBJECT_GROUPS = "".join([r"(?P<aged>", AGED_GROUP, *_OBJECT_FORMS, _OBJECT_TAIL])

_SUBJECT_TAIL = _AUX + r"$"

#: Subjects of a passive outcome: anchored at the end of the text before the trigger. The whole
#: alternation is (both | aged | named | pair | list | the simple forms); its pieces are tried in that
#: order (:func:`subject_matchers`). The "and" forms are costly, so a text without " and " is read with
#: SUBJECT_SIMPLE_RE alone (the "both"/"all N" form and the simple forms).
SUBJECT_SIMPLE_RE = compiled.compile(_pieces([r"(?P<both>" + _BOTH + r")", *_SUBJECTS], _SUBJECT_TAIL, _SUBJECT_GROUPS), _F)


@cache
def _subject_and_re() -> re.Pattern[str]:
    """Subjects joined by "and": lists, pairs of names or kin ("a trader and his daughter")."""
    return compiled.compile(_pieces(_AND_FORMS, _SUBJECT_TAIL, _SUBJECT_GROUPS), _F)


@cache
def _subject_both_and_re() -> re.Pattern[str]:
    """ "both X and Y", then the "both"/"all N" form."""
    return compiled.compile(_pieces([_BOTH_AND], _SUBJECT_TAIL, _SUBJECT_GROUPS), _F)


@cache
def _subject_aged_re() -> re.Pattern[str]:
    """Subjects with the list-of-ages form: compiled on first need."""
    return compiled.compile(_pieces([_AGED], _SUBJECT_TAIL, _SUBJECT_GROUPS), _F)


Matcher = Callable[[str, int], "re.Match[str] | None"]


@cache
def subject_matchers(with_and: bool, aged: bool) -> tuple[Matcher, ...]:
    """The pieces of the subjects' alternation, in order; the first to match at a place is its match.

    SUBJECT_SIMPLE_RE tries the "both"/"all N" form again after the "and" forms: it matches there
    only if it matched first, so the order of the whole is kept.
    """
    if not with_and:
        return (SUBJECT_SIMPLE_RE.match,)
    aged_forms = (_subject_aged_re().match,) if aged else ()
    return (_subject_both_and_re().match, *aged_forms, _subject_and_re().match, SUBJECT_SIMPLE_RE.match)


@cache
def subject_prefilter() -> Callable[[bytes], int]:
    """RE2's widening of the subjects' whole alternation (prefilter.py), tail included, as a function giving
    where its leftmost match starts (prefilter.leftmost_to_end): in the text before a trigger, no later
    than any of :func:`subject_matchers` match, and where it gives -1 they match nowhere. One pattern
    for texts with and without " and ": the "and" forms seldom match where they are not tried, and a
    second pattern would cost its compilation and DFA."""
    from casualty_cli.extraction.prefilter import leftmost_to_end

    return leftmost_to_end(subject_whole_source(), _F)


def subject_whole_source() -> str:
    """The subjects' whole alternation, tail included, that :func:`subject_prefilter` widens (flags ``_F``)."""
    return r"(?:" + "|".join([_BOTH_AND, _AGED, *_AND_FORMS, *_SUBJECTS]) + r")" + _SUBJECT_TAIL


#: Objects of an active outcome verb, without the list-of-ages form, which is costly and needs "age"
#: or "-old" in the text. No form opens with a space, so only the longest run of spaces before it counts.
OBJECT_RE = compiled.compile(_pieces(_OBJECT_FORMS, _OBJECT_TAIL, _OBJECT_GROUPS, head=r"\s+"), _F)


@cache
def object_aged_re() -> re.Pattern[str]:
    """Objects in the list-of-ages form, tried before OBJECT_RE: compiled on first need."""
    return compiled.compile(_pieces([r"(?P<aged>" + AGED_GROUP + r")"], _OBJECT_TAIL, _OBJECT_GROUPS, head=r"\s+"), _F)


#: Outcome triggers. The group name says which reading applies; "hit" is someone shot or taken to
#: hospital whose fate is not said: it becomes injured once the deaths of the report are known.
TRIGGER_SOURCE = (
    r"""\b(?:
        (?P<toll>death\s+tolls?|tolls?|number\s+of\s+(?:dead|deaths|people\s+killed|fatalities))\b
      | (?P<bodyof>bodies\s+of)\b
      | (?P<kdeath>deaths|fatalities|bodies)\b
      | (?P<kinjury>injuries)\b
      | (?P<ofdeath>(?:death|killing|murder|slaying|shooting\s+death|(?:fatal|deadly)\s+shooting|fatal\s+injury)\s+of)\b
      | (?P<fatalevent>(?:fatal|deadly)\s+(?:[a-z'’.-]+\s+){0,3}?(?:shooting|shootout|stabbing)|shooting\s+death)\b
      | (?P<selfkill>(?:kills|killed|killing|kill)\s+(?:him|her)?self|(?:fatally\s+)?shot\s+(?:him|her)self\s+to\s+death|fatally\s+shot\s+(?:him|her)self|took\s+(?:his|her)\s+own\s+life|taking\s+(?:his|her)\s+own\s+life)\b
      | (?P<killed>
            shot\s+(?:and\s+)?killed|shot\s+dead|shot\s+to\s+death|(?:stabbed|beaten|burned|burnt|crushed|charred|bludgeoned|mauled|stoned)\s+to\s+death
          | killed|slain|murdered|dead|died|die|dies|perished|succumbed|lost\s+(?:their|his|her)\s+li(?:ves|fe)
          | fatally\s+(?:shot|wounded|injured|struck|stabbed|hit)
          | passed\s+away|pass\s+away|passes\s+away|did\s+not\s+survive|didn't\s+survive|didn’t\s+survive
          | (?:suffered|suffers|sustained|suffering)\s+(?:a\s+)?fatal\s+(?:gunshot\s+|bullet\s+)?(?:wounds?|injury|injuries)
          | pronounced\s+dead|executed|massacred|assassinated|martyred|neutrali[sz]ed
          | drowned|(?:burned|burnt)\s+alive|electrocuted|suffocated|(?:starved|trampled|hacked)\s+to\s+death)\b
      | (?P<selfhit>(?:shot|shoots|shooting)\s+(?:(?:him|her)self|(?:his|her)\s+own\s+(?:hand|leg|foot|arm|finger|thigh|knee)))\b
      | (?P<akill>killing|kills|kill|fatally\s+(?:wounding|injuring|shooting|striking)
          | (?:claimed|claiming|claims|took|taking|takes)\s+the\s+li(?:ves|fe)\s+of)\b
      | (?P<fatal>fatally|mortally)\b
      | (?P<injured>shot\s+and\s+(?:wounded|injured)|injured|wounded|hurt|injuring|wounding|injures|injure|wounds)\b
      | (?P<hit>shot|stabbed|knifed|gunned\s+down|(?:struck|hit)\s+by\s+(?:(?:the|a|an|stray)\s+){0,2}(?:gunfire|bullets?|shots?|gunshots?)
          | (?:arrived|showed\s+up|turned\s+up)\s+at\s+(?:a\s+|the\s+|an\s+area\s+|area\s+|local\s+)?(?:[\w'-]+\s+){0,3}?hospitals?|hospitali[sz]ed
          | struck\s+in\s+the\s+(?:head|face|chest|back|neck|leg|arm|abdomen|stomach|shoulder|foot|hand|hip|thigh|eye)
          | expected\s+to\s+(?:recover|survive|live)
          | fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)
          | (?:taken|transported|rushed|airlifted|flown|sent)\s+to\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|nearby\s+)?(?:[\w'-]+\s+){0,3}?(?:hospitals?|general|medical\s+center|trauma\s+cent(?:er|re))
          | in\s+(?:a\s+)?(?:critical|serious|stable|grave|fair|good)(?:\s+but\s+stable)?\s+condition
          | (?:received|receiving|receive|receives)\s+(?:medical\s+|hospital\s+)?treatment
          | (?:rescued|found|pulled\s+out|recovered)\s+with\s+(?:\w+\s+){0,2}?(?:injuries|wounds)
          | (?:remains?|remained|still)\s+in\s+(?:the\s+)?hospital
          | admitted\s+(?:to|at|in)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'-]+\s+){0,3}?hospitals?
          | grazed
          | recovering\s+from\s+(?:\w+\s+){0,2}?(?:gunshot\s+wounds?|wounds?|injuries)
          | (?:treated|hospitali[sz]ed)\s+for\s+(?:\w+\s+){0,2}?(?:injuries|injury|wounds?|gunshot\s+wounds?|burns|(?:[\w-]+\s+)?inhalation)
          | treated\s+and\s+released|treated\s+(?:at|in)\s+(?:a\s+|the\s+|an\s+)?(?:[\w'-]+\s+){0,3}?hospitals?
          | (?:suffered|suffers|sustained|suffering|sustaining|with)\s+(?:\w+\s+){0,3}?(?:gunshot|bullet|gun\s+shot)\s+wounds?
          | (?:suffered|suffers|sustained|received|receiving|suffering|sustaining)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:wounds?|injury|injuries))\b
      | (?P<ahit>shooting|shoots|striking|struck|strikes|grazing)\b
      | (?P<sent>sent|sending|sends|put|putting)\b
      | (?P<left>left|leaving|leaves)\b
      | (?P<missing>missing|unaccounted\s+for)\b
      | (?P<lives>(?:claimed|claiming|claims|cost|costing|costs)\s+(?:[\w,.-]+\s+){1,4}?lives|lives\s+(?:were|have\s+been|had\s+been)\s+lost)\b
      | (?P<possdeath>(?:'s|’s)\s+(?:shooting\s+|stabbing\s+|violent\s+)?(?:death|killing|murder|slaying))\b
      | (?P<msuicide>murder[-\s]suicides?)\b
      | (?P<multi>(?:double|triple|quadruple|quintuple)\s+(?:fatal\s+)?(?:homicide|murder|killing|shooting|stabbing)s?)\b
    )"""
)

#: The trigger pattern as Python reads it: named groups say which reading applies.
TRIGGER = compiled.compile(re.sub(r"\s+", "", TRIGGER_SOURCE))

def _compile_finder(source: str) -> Any:
    """A fast finder for where triggers start: RE2 (a DFA) over the text's fold (prefilter.fold), when RE2
    is installed; :func:`~casualty_cli.extraction.prefilter.relaxed` makes it match wherever ``re`` does.

    The pattern has no look-arounds and no groups (RE2's Python wrapper is slow to report them).
    Python's ``re`` then reads each hit, anchored, to tell which trigger it is.
    """
    try:
        import re2  # noqa: F401
    except ImportError:  # pragma: no cover - the dependency is declared; this keeps a broken install working
        return None
    from casualty_cli.extraction.prefilter import relaxed

    return relaxed(re.sub(r"\s+", "", source), 0)


_FINDER = _compile_finder(TRIGGER_SOURCE)
_FINDER_LEFTMOST = None if _FINDER is None else leftmost(_FINDER)


def find_triggers(lowered: str, folded: bytes | None = None) -> Iterator[re.Match[str]]:
    """Every trigger in the lower-cased text, as matches of :data:`TRIGGER`, in order.

    ``folded`` is ``prefilter.fold(lowered)`` when the caller has it already (one byte a character, so
    RE2's byte offsets are the text's character offsets).
    """
    if _FINDER_LEFTMOST is None:
        yield from TRIGGER.finditer(lowered)
        return
    scan = fold(lowered) if folded is None else folded
    match = TRIGGER.match
    # RE2's finditer, without its match objects: from each hit's end on (one further after an empty hit)
    find = _FINDER_LEFTMOST
    pos = 0
    end = len(scan)
    while True:
        hit_start, hit_end = find(scan, pos, end)
        if hit_start < 0:
            return
        m = match(lowered, hit_start)
        if m is not None:
            yield m
        if pos == end:
            return
        pos = pos + 1 if pos == hit_end else hit_end

#: What must follow a bare "fatally"/"mortally" for it to be a death: "two people were shot, one fatally."
FATAL_AFTER_RE = compiled.compile(r"(?=\s*[,.;)—–-]|\s*$|\s+(?:in|on|at|during|after|near|outside|inside|by|when|while)\b)")
#: What must follow an active "shooting"/"shoots" for it to name a victim: "shooting his daughter".
AHIT_AFTER_RE = compiled.compile(r"\s+(?:a|an|his|her|their|two|three|four|five|six|\d)\b")
#: "the attack claimed 15 lives": the figure between the verb and "lives".
LIVES_CLAIMED_RE = compiled.compile(r"\w+\s+(?P<fig>" + FIGURE + r")\s+lives\b", _F)
#: "three were killed and as many injured": the count of the clause before.
AS_MANY_BEFORE_RE = compiled.compile(r"\bas\s+many\s+(?:others?\s+|more\s+)?(?:(?:were|have\s+been|had\s+been)\s+)?$", re.I)
#: "struck the knee of an 11-year-old girl": the body part before the person hit.
BODY_PART_OF_RE = compiled.compile(
    r"\s+(?:the|his|her)\s+(?:head|face|chest|back|neck|leg|arm|abdomen|stomach|shoulder|foot|hand|hip|thigh|knee|ankle|eye)\s+of(?=\s)"
)

#: A figure standing right before a noun trigger: "11 deaths", "the 50 fatalities".
FIGURE_BEFORE_RE = compiled.compile(
    r"(?P<fig>" + FIGURE + r")\s+(?:(?:more|new|confirmed|reported|civilian|other|total)\s+){0,2}$", _F
)

#: After "death toll": "... has risen to 11", "... stood at 25", "of 50".
TOLL_RE = compiled.compile(
    r"""(?P<mid>(?:\s+[\w'’,-]+){0,16}?)\s+(?:(?:has|have|had)\s+)?
        (?P<verb>rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|hit|stands|stood|is|was|now|
        at|to|of|reaches|grew|grown|surged|dropped|fell|lowered|revised|decreased|hits|tops|topped|crossed|crosses|
        exceeded|exceeds|surpassed|surpasses|passed|passes|touched|touches|mounted|mounts|soared|soars|jumps|climbs)
        (?:\s+(?:up|down))?(?:\s+(?:to|at))?\s+(?P<fig>"""
    + FIGURE
    + r""")""",
    _F,
)

# Every form opens with "no": written as the literal prefix "no", then the word boundary before it
# (?<!\w..), ``re`` scans for "no" in C instead of trying the pattern at every character.
NEGATION_RE = compiled.compile(
    r"""no(?<!\w..)(?:\s+one|body|-one|ne\s+of\s+(?:the|them|those)(?:\s+[\w-]+){0,2}|\s+one\s+else|\s+other\s+(?:people|persons|injuries)|
        \s+(?:injuries|deaths|casualties|fatalities))\s+(?:else\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|appeared\s+to\s+have\s+been|appears\s+to\s+have\s+been|were\s+reported|was\s+reported|reported|seriously|critically|physically|else)\s+)*
        (?P<verb>killed|injured|hurt|wounded|reported|dead|struck|shot)\b""",
    re.X,  # applied to lower-cased text
)

#: Words around a figure that make it a running total, not one event's toll.
CUMULATIVE_RE = compiled.compile(
    r"""\b(?:since\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|since\s+(?:january|february|march|april|may|june|july|august|
        september|october|november|december)\b|since\s+the\s+(?:start|beginning|outbreak)|so\s+far\s+this\s+(?:year|month)|
        this\s+year|last\s+year|in\s+(?:19|20)\d\d|in\s+(?:january|february|march|april|may|june|july|august|september|
        october|november|december)\s+(?:19|20)\d\d|the\s+(?:19|20)\d\d\s+(?:murder|killing|shooting|slaying|death|massacre)|(?:the|this)\s+(?:war|conflict|uprising|civil\s+war)\s+(?:has|have|had)|
        in\s+the\s+(?:war|conflict|uprising|civil\s+war)|to\s+date|within\s+(?:a|the)\s+span\s+of|collectively|
        (?:series|string|spate|wave|rash)\s+of\s+(?:[\w-]+\s+){0,2}(?:shootings|attacks|killings|homicides|bombings)|
        violent\s+(?:night|weekend|day|week|holiday)|(?:this|last)\s+(?:week|weekend|month|year)\s+alone|
        in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?(?:shootings|attacks|incidents)|
        from\s+(?:early\s+|late\s+)?\w+\s+(?:morning|afternoon|evening|night)\s+(?:to|until|through|into)\b|
        (?:over|during|amid|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}(?:stretch|span|period)|year\s+to\s+date|this\s+month|each\s+year|every\s+year|a\s+year|
        per\s+year|annually|homicides?\s+(?:this|so\s+far)|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)\s+(?:homicide|murder|shooting|killing)|
        (?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?|weeks?|days|hours)|
        across\s+the\s+country|nationwide|worldwide|statewide|(?:in|from)\s+(?:\w+\s+)?separate\s+(?:shootings|incidents|attacks)|
        across\s+the\s+city|citywide|in\s+the\s+(?:united\s+states|u\.s\.|country|nation|state)|(?:years|decades|weeks?|months?)\s+ago|shootings\s+(?:across|around|throughout)|
        (?:weekend|overnight|separate|several|multiple|holiday|unrelated|violent)\s+(?:\w+\s+)?shootings|
        since\s+(?:(?:early|late|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)|
        since\s+(?:the|its|last)\s+\w+|since\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|
        (?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w-]+\s+)?(?:shootings|attacks|killings|homicides)|
        in\s+a\s+(?:given|single)\s+(?:day|week|weekend|month|year)|
        (?:strikes|airstrikes|attacks|raids|bombings|clashes|shelling)\s+across|across\s+the\s+(?:region|province|nation)\b(?!\s+(?:border|line))|
        this\s+season|(?:first|second)\s+half\s+of|(?:first|past|last)\s+(?:\w+\s+)?months\s+of|so\s+far\s+in|
        (?:in|over|within)\s+(?:just\s+|only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days)\b""",
    re.X,  # applied to lower-cased text
)

#: A breakdown after a figure: ": five staff, five patients and one caregiver", ", including nine staff".
BREAKDOWN_LEAD_RE = compiled.compile(r"""\s*(?::|—|–|,?\s+including|,?\s+among\s+them|\s+\()\s*""", _F)
BREAKDOWN_ITEM_RE = compiled.compile(
    r"(?P<fig>" + FIGURE + r")\s+" + _MODS + r"(?P<group>" + PLURAL_NOUN + r"|" + SINGULAR_NOUN + r")", _F
)
BREAKDOWN_SEP_RE = compiled.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)", _F)

#: Numbers that are not counts of people: ages, times, money, ordinals, measures.
AGE_AFTER_RE = compiled.compile(
    r"\s*(?:-|\s)(?:years?|months?|weeks?)(?:-|\s)old|\s*(?:years?|yrs?)\b|\s*(?:%|percent|a\.m|p\.m|am\b|pm\b|o'clock|times|rounds|shots|bullets|miles|feet|yards|blocks|hours|minutes|days|weeks|months|kilometers|kilometres|km|meters|metres|dollars|cents)",
    re.I,
)
AGE_BEFORE_RE = compiled.compile(
    r"(?:\b(?:ages?|aged|age|No\.|number|route|highway|interstate|\$|#|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s*|[$#]\s*|\b(?:father|mother|dad|mom|parent|grandmother|grandfather)\s+of\s+)$",
    re.I,
)

#: What may stand before a figure that has no noun ("Two were killed", "police said 2 dead", ", one fatally").
#: "Calvin Williams, 24 was shot": a number after a name and a comma is an age.
NAME_COMMA_RE = compiled.compile(r"(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s*,$")
BARE_LEAD_RE = compiled.compile(
    r"(?:^|[,:;—–(-]|\b(?:said|says|say|that|and|but|while|with|after|when|where|as|the|all|another|additional|further|for|other|"
    r"included|including|include|were|are|reported|reports|confirmed|announced|counted|recorded|of\s+whom|of\s+them))$",
    re.I,
)

#: Who one person is, when the text says: an age ("19-year-old") or a name. Tells two victims apart.
WHO_RE = compiled.compile(r"\d{1,3}-(?:year|month)-old|(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)", re.I)

#: The attacker died too: "killed four classmates and himself", "before turning the gun on himself".
SUICIDE_RE = compiled.compile(
    r"""(?:,?\s*\band\s+(?:then\s+)?(?:himself|herself)|,\s*(?:then\s+)?(?:himself|herself)\b|(?:turning|turned|turns)\s+the\s+(?:gun|weapon|rifle|pistol)\s+on\s+(?:himself|herself)|
        (?:shooting|shot|killing|killed|kills)\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|taking\s+(?:his|her)\s+own\s+life)\b""",
    _F,
)

#: "six people were wounded -- two mortally": some of the wounded died, so the wounded are *hit*.
SOME_DIED_RE = compiled.compile(
    r"\W{0,4}(?:\s*(?:and|with|but)\s+)?(?:" + FIGURE + r")(?:\s+of\s+(?:them|whom|those))?\s+"
    r"(?:fatally|mortally|critically\s+and\s+fatally|(?:(?:were|was|are)\s+)?(?:already\s+)?dead)\b",
    _F,
)

#: First words a subject can open with (besides numbers, capitals and the sentence's first word).
SUBJECT_OPENERS = frozenset(
    [*WORD_VALUES, "hundred", "thousand", "million", "dozen", "dozens", "scores", "hundreds", "thousands",
     "several", "many", "numerous", "a", "an", "the", "one", "another", "his", "her", "their", "its", "this",
     "that", "both", "all", "he", "she", "between", "at", "more", "over", "up", "upwards", "as", "nearly",
     "almost", "close", "about", "around", "approximately", "roughly", "some", "fewer", "less", "under",
     "only", "just", "in", "handful", "couple", "few", "family"]
)

#: A person hit said to be alive: "was shot but survived", "in stable condition" (lower-cased text).
SURVIVED_RE = compiled.compile(
    r"\b(?:survived|survives|expected\s+to\s+(?:live|recover|survive)|is\s+recovering|was\s+recovering|"
    r"on\s+life\s+support|non-life[- ]threatening|minor\s+(?:injuries|injury|wounds?)|(?:now\s+)?doing\s+(?:well|better|fine)|not\s+life[- ]threatening|treated\s+and\s+released|"
    r"in\s+(?:a\s+)?(?:stable|good|fair)\s+condition)\b"
)
#: Words one of which every form of SURVIVED_RE holds: where none stands, it cannot match (a test checks).
SURVIVED_WORDS = ("surviv", "life", "condition", "recovering", "expected", "minor", "doing", "treated")

#: What :func:`context_prefilter` answers: the indices of the patterns that may match a sentence.
CUMULATIVE, SURVIVED, DATE, CUE = range(4)


@cache
def context_prefilter() -> Any:
    """One RE2 pass over a lower-cased sentence (prefilter.py) for CUMULATIVE_RE, SURVIVED_RE, the
    first words of the context's cues (context.py) and the date phrases (dates.py, which read the text as it is: widened to any case):
    ``.Match(folded)`` lists those that may match it (None for none), so ``re``, which pays up to 80 ns
    a character for these alternations, searches only the sentences where one may match."""
    from casualty_cli.extraction.context import cue_pattern
    from casualty_cli.extraction.dates import _DATE_PHRASE
    from casualty_cli.extraction.prefilter import relaxed_set, relaxed_source

    lowered = [
        relaxed_source(p.pattern, p.flags & (re.I | re.X))
        for p in (CUMULATIVE_RE, SURVIVED_RE)
    ]
    cue = cue_pattern()
    return relaxed_set(
        [
            *lowered,
            relaxed_source(_DATE_PHRASE.pattern, _DATE_PHRASE.flags & (re.I | re.X), any_case=True),
            relaxed_source(cue.pattern, 0),
        ]
    )


#: The auxiliaries and adverbs between a subject and its verb, at the end of the text before a trigger.
AUX_TAIL_RE = compiled.compile(_AUX + r"$", _F)

#: Last words a subject can close with (besides numbers and capitals): its head noun, a pronoun...
SUBJECT_CLOSERS = frozenset(
    {w.lower() for w in re.findall(r"[A-Za-z]+", _PLURAL_LIST + _SINGULAR_LIST)}
    | SUBJECT_OPENERS
    | set(_GROUP_WORDS.split("|"))
    | {"others", "other", "both", "another", "he", "she", "them", "whom"}
)

#: A subject that is only asked about: "police could not say if the man had died".
QUESTIONED_RE = compiled.compile(r"\b(?:if|whether)\s*$", re.I)

#: After "sent N people": where they went, for "sent five people to the hospital" to count them as hit.
TO_HOSPITAL_RE = compiled.compile(r"\s+(?:in)?to\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|nearby\s+)?(?:[\w'-]+\s+){0,3}?hospitals?\b", re.I)

#: "Injured in the gunfire were a boy and a woman": a participle that opens its sentence, the count after.
FRONTED_AFTER_RE = compiled.compile(r"\s+(?:in|by|during|at|among)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were)\b", re.I)

#: "Among the dead were 11 children": the count comes after the verb.
AMONG_BEFORE_RE = compiled.compile(r"\bamong\s+the\s+$", re.I)
AMONG_AFTER_RE = compiled.compile(r"\s+(?:were|are|was|is|included|include)\b", re.I)

#: A toll said to be superseded: "revising an earlier toll of 11" names the previous figure, not a new one.
EARLIER_TOLL_RE = compiled.compile(r"\b(?:earlier|previous|initial|original|first)\s+(?:death\s+)?$", re.I)
