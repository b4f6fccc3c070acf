"""The regular expressions the reading of a report still applies around the token reader's readings.

Running totals (:data:`CUMULATIVE_RE`), people said to survive (:data:`SURVIVED_RE`), who one person
is (:data:`WHO_RE`), an attacker who died too (:data:`SUICIDE_RE`), some of the wounded who died
(:data:`SOME_DIED_RE`) and the parts of a breakdown. Each verbose and commented.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from casualty_cli.extraction import compiled
from casualty_cli.extraction.numbers import FIGURE

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
PLURAL_NOUN = _PLURAL_LIST
SINGULAR_NOUN = _SINGULAR_LIST

# Adjectives or compounds between a figure and its noun: "two other", "three young", "five MSF".
_MODS = (
    r"(?:(?!(?:a|an|the|and|or|were|was|are|is|of|in|on|at|to|his|her|their|its|while|when|after|before|but|who|which|that|with|by|for|from)\s)(?:[A-Za-z'’-]+|\d{1,3}-[A-Za-z-]+)\s+){0,3}?"
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


