"""The regular expressions the reading of a report still applies around the token reader's readings.

Running totals (:data:`CUMULATIVE_RE`), people said to survive (:data:`SURVIVED_RE`), who one person
is (:data:`WHO_RE`), an attacker who died too (:data:`SUICIDE_RE`), some of the wounded who died
(:data:`SOME_DIED_RE`). Each verbose and commented.

Their words are lexicon.toml's: [cumulative], [identity] survived and [suicide] fill the places of
CUMULATIVE_RE, SURVIVED_RE and SUICIDE_RE, and [identity]'s words of the wounded who later died those of
SOME_DIED_RE and its kin (the one place of that rule); what stays spelt here is the grammar around them
(dates, counts, ordinals, "the ... on himself", "were already dead"), and the few words of WHO_RE.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from casualty_cli.extraction import compiled
from casualty_cli.extraction.lexicon import alternation, lexicon, lexicon_data
from casualty_cli.extraction.numbers import FIGURE

_IDENTITY: Final = lexicon().identity

_F: Final = re.I | re.X

_CUMULATIVE: Final = lexicon_data()["cumulative"]
#: Words around a figure that make it a running total, not one event's toll: the phrases and words of
#: lexicon.toml [cumulative], and the forms of dates, counts and ordinals around them. A sentence that
#: opens "In a series of attacks on X," frames one operation: its toll is no running total. A sentence
#: that opens with a year and a colon or dash is an entry of a timeline of earlier events ("2014: Army
#: school attack, 149 killed", "2004 - school siege: 334 hostages killed").
CUMULATIVE_RE: Final = compiled.compile(
    r"""\b(?:since\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|(?P<since_month>since\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|
        september|october|november|december)\b|since\s+(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*\d)|
        in\s+(?:19|20)\d\d|(?<![\d,]\s)(?<!\d)(?<!\ba\s)(?<!\bthe\s)(?<!\d(?:st|nd|rd|th)\sof\s)(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|
        october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:19|20)\d\d\b|(?:the|a)\s+(?:19|20)\d\d\s+(?:[a-z-]+\s+)?(?:DATED_EVENT_NOUNS)s?\b|the\s+(?:\d{1,2}\s+MONTH|MONTH\s+\d{1,2},)\s+(?:19|20)\d\d\s+(?:[a-z-]+\s+){0,3}?(?:DATED_EVENT_NOUNS)s?\b|
        # (attacks told as one operation spread over a city stay its toll: "in coordinated gun and bomb attacks
        # across Paris", statements.py drops the cue with its ``joint`` words)
        (?P<joint>(?:JOINT_EVENTS)\s+(?:[\w-]+\s+){0,4}?)?(?:SPREAD_EVENTS)\b[^.;:]{0,60}?\bacross(?!\s+the\s+(?:street|road|border|river|line)\b)|
        # (a campaign's two kinds joined by "and": "Israel's air and ground campaign in Gaza has since killed")
        (?:the|this|[a-z]+['’]s)\s+(?:[a-z-]+\s+(?:and\s+)?)?(?:WARS|CAMPAIGNS)(?:\s+(?:in|on|of|against|across)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*(?:,[^,]{1,50},\s*)?(?:has|have|had)|
        (?:the|this)\s+(?:[a-z-]+\s+)?(?:WARS|CAMPAIGNS)\s+(?:began|started|erupted|broke\s+out)|
        # a stoppage of work that "began": "killed in Cali since the strike began on 28 April" (an air strike
        # does not begin; "since the strike" alone is the report's own event, [cumulative] one_events)
        since\s+(?:the|this|its)\s+(?:[a-z-]+\s+)?(?:STOPPAGES)\s+(?:began|started)\b|
        # (also told by the sides it is between, with no article at the sentence's start: "Ethnic violence between
        # the two communities, which began in May last year, has claimed more than 200 lives")
        (?:^|\bthe\s|\bthis\s)(?:[a-z-]+\s+)?(?:WARS|CAMPAIGNS)\s+between\s+[^,;:.]{1,60}?\s*(?:,[^,]{1,50},\s*)?(?:has|have|had)|
        # the day a party set a war or a campaign off, told by who did it: "killed in Gaza since Israel began
        # its campaign", "since Russia launched its full-scale invasion", "since Russia invaded", "since
        # Russia's invasion" (a war's running total, as "since the war began" is)
        since\s+(?:[\w'’-]+\s+){1,4}?(?:began|launched|started|opened|waged)\s+(?:its|their|his|her|the|a|an)\s+
        (?:[\w-]+\s+){0,3}?(?:WARS|CAMPAIGNS|campaign)\b|since\s+(?:[\w'’-]+\s+){1,3}?invaded\b|
        # the event a party set its war off after, told with the war: "Israel launched its offensive after
        # militants attacked southern Israel on October 7, killing about 1,200" (the war's first day's toll)
        (?:began|launched|started|opened|waged)\s+(?:its|their|his|her|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:WARS|CAMPAIGNS|campaign)\s+
        (?:WAR_CAUSES)\b|
        # the event an attack answered, with its toll in a clause of its own after a comma ([cumulative] reprisals;
        # not "police killed 5 raiders in response to a raid during which 12 were killed", one event to ACLED)
        (?:REPRISALS)\s+[^,;:.]{1,80}?,\s+(?:in\s+which|which)\b|
        since\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:WARS|CAMPAIGNS)\b|
        # the event that set a war off, told by what it did: "1,200 people were killed in the attack on southern
        # Israel that started the war" (the war's first day, not the report's event)
        (?:that|which)\s+(?:started|began|triggered|sparked|ignited|set\s+off)\s+(?:the|this)\s+(?:[a-z-]+\s+)?WARS\b|
        (?:WARS|CAMPAIGNS)['’]s\s+(?:overall\s+|total\s+)?(?:death\s+)?toll|
        # (not a siege or an offensive of hours or days: "the final toll of the three-day siege", one event's)
        # (nor one a war's party did, named by it: "the toll of the Israeli occupation's massacre in the camp")
        toll\s+(?:in|of|from|during)\s+the\s+(?![\w-]+-(?:hour|day)(?:-long)?\s)(?:[a-z0-9-]+\s+){0,2}?(?:WARS|CAMPAIGNS)\b(?!['’]s\b)|
        # a war or a campaign told by its span of years: "In its more than 40-year terror campaign, the group has
        # been responsible for the deaths of more than 40,000 people", "during the decades-long insurgency"
        # (or of months, and as the subject of what it did: "The five-month siege left more than 1,100 people dead")
        (?:(?:in|during|over|throughout)\s+|^|(?<=\s))(?:its|their|the|a|[a-z]+['’]s)\s+(?:(?:more\s+than|nearly|almost|over|some)\s+)?
        (?:[\w]+-(?:month|year|decade)(?:-long)?|(?:months|years|decades)-long)\s+(?:[\w-]+\s+){0,2}?(?:WARS|CAMPAIGNS|campaign|struggle)\b|
        # what a party "has lost" or who "have been killed" in a campaign: "Israel says it has lost 326 soldiers
        # in the ground campaign" (a present perfect over its months; "killed in the offensive" alone may be a day's)
        (?:has|have)\s+(?:lost|been\s+killed|died)\b[^.;:]{0,60}?\b(?:during|throughout)\s+(?:the|its|their|[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?CAMPAIGNS\b|
        (?:has|have)\s+lost\b[^.;:]{0,60}?\bin\s+(?:the|its|their|[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?CAMPAIGNS\b|
        # (not who "have been killed in the violence": one outbreak's dead, [cumulative] episodes)
        (?:has|have)\s+(?:been\s+killed|died)\b[^.;:]{0,60}?\bin\s+(?:the|its|their|[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?LONG_CAMPAIGNS\b|(?:in|during|throughout)\s+the\s+(?:[a-z0-9-]+\s+){0,2}?WARS\b|
        # what a war killed told in a clause of "in which": "the peace deal that ended a civil war in which an
        # estimated 400,000 people died" (its whole span; not "a conflict that has left two dead", which
        # ACLED codes as the note's event)
        (?:a|an|the|this|that)\s+(?:[a-z0-9-]+\s+){0,2}?WARS\s+in\s+which\b|
        # a war's toll at its end: "By the end of the 2014 conflict, more than 2,200 had been killed"
        by\s+the\s+end\s+of\s+the\s+(?:[a-z0-9-]+\s+){0,2}?WARS\b|
        (?<!^in\sa\s)RUNS\s+of\s+(?!(?:[\w-]+\s+)?(?:JOINT_EVENTS)\s)(?:[\w-]+\s+){0,2}RUN_EVENTS|
        # a run the event is part of, with what the run did: "part of a wave of shelling that killed more
        # than 40 people" (the run's toll, of any events)
        part\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?RUNS\s+of\s+[^,;:]{1,60}?\b(?:that|which)\b|
        # a run of any events told with "a" and what it did in a clause of its own: "ended the truce with a wave
        # of strikes that killed more than 400" (statements.py keeps it only past a lead with a toll of its own:
        # "launched a wave of strikes that killed 12" may be the lead's one night of strikes)
        (?P<run_clause>\ba\s+(?:[\w-]+\s+)?RUNS\s+of\s+[^,;:]{1,60}?\b(?:that|which)\s+(?:killed|left|claimed)\b)|
        # and the run the event is one of: "This tornado was one of 17 that touched down across the state, an
        # outbreak that killed 6 people", "The blast was one of three bombings that killed 20"
        one\s+of\s+(?:at\s+least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+
        (?:(?:[\w-]+\s+){0,2}?(?:tornadoes|twisters|attacks|strikes|airstrikes|bombings|blasts|explosions|shootings|raids)\b|
        (?:that|which)(?!\s+(?:were|was|died|killed)\b))|
        # so is a span of many events the event came in, with what they did: "The killing came during a week
        # of police operations in which more than 80 people were killed"
        (?:during|amid)\s+a\s+(?:[\w-]+\s+)?(?:week|weekend|month|fortnight)\s+of\s+[^;:.]{1,80}?\b(?:in\s+which|that|which)\b|
        # (not a count of days of them: "in three days of attacks on villages" is the count of days')
        # (and the gunfights of South Asian English: "two soldiers and six terrorists were killed in two encounters")
        in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?!(?:[\w-]+\s+){0,2}?(?:JOINT_EVENTS)\s)(?!(?:days|nights)\s+of\s)(?:[\w-]+\s+){0,3}?(?:shootings|attacks|incidents|encounters|gunfights)|
        from\s+(?:early\s+|late\s+)?\w+\s+(?:morning|afternoon|evening|night)\s+(?:to|until|through|into)\b|
        (?P<stretch>(?:over|during|amid|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}(?:stretch|span|period))|
        (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)\s+(?:homicide|murder|shooting|killing)|
        (?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?|(?P<past_weeks>weeks?))|
        # a sitrep's span of days back from its own, counted in hours: "161 Palestinians killed in the past 72
        # hours" (not days: an event note's "six have died ... over the past six days" is its one event)
        (?P<past_days>(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:36|48|72|96|120)\s+hours\b)|
        # a count of weeks, months or years: "killed in three months of protests", "over two years"
        (?P<weeks>(?:in|over|during|within|throughout)\s+(?:(?:over|more\s+than|nearly|almost|about|just|only|some)\s+)?
        (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+(?:weeks|months|years|decades)\b)|
        (?:in|from)\s+(?:\w+\s+)?separate\s+(?:shootings|incidents|attacks)|
        (?:years|decades|weeks?|months?)\s+ago|last\s+MONTH\b|
        # a sentence that opens with a span before the report's own event tells what happened then: "A week
        # before the Mogadishu attack, ..." (not "Hours before the shooting that killed five, he texted")
        ^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+|hours|days|weeks|months)\s+
        (?:(?:hours?|days?|weeks?|months?)\s+)?before\s+(?:the|this|that|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:ONE_EVENTS),|
        # a rate: "a child dies in the camp every two hours", "one person is killed every hour" (not "every
        # day" alone: "a market held every day", "the road they took every week")
        every\s+(?:(?:(?:two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|few|\d+)\s+)?(?:minutes?|hours?)|
        (?:two|three|four|five|six|ten|few|\d+)\s+(?:days|weeks))\b|
        (?:in|within)\s+(?:(?:less|fewer)\s+than\s+|under\s+)?a\s+(?:week|month)(?!-)|  # "three bombings in a month", "in less than a month" (not "a week-long siege")
        (?:weekend|overnight|separate|several|multiple|holiday|unrelated|violent)\s+(?:\w+\s+)?shootings|
        (?P<since_day>since\s+(?:(?:early|late|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend))|
        (?P<since_the>since\s+(?:the|its|last)\s+(?!(?:(?:deadly|devastating|massive|huge|powerful|twin|latest)\s+)?(?:ONE_EVENTS)\b(?!\s+(?:on(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|of|in|at|against|by)\b)|(?:[\w-]+\s+){1,2}(?:ONE_EVENT_VERBS)\b)\w+)|since\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|
        # (not events told as one operation: "in the two coordinated attacks", "three simultaneous attacks")
        (?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?!(?:JOINT_EVENTS)\s)(?:[\w-]+\s+)?(?:shootings|attacks|killings|homicides|disasters)|
        (?P<spread>across\s+the\s+(?:region|province|nation)\b(?!\s+(?:border|line))|
        # (also past the count and noun of an active verb: "a barrage which killed 39 people across Ukraine")
        (?:killed|died|dead|wounded|injured|hurt)\s+(?!(?:[\w,-]+\s+){0,2}?(?:JOINT_EVENTS)\s)(?:[\w,-]+\s+){0,3}?across\s+(?!the\s+(?:street|road|border|river|line|bridge)\b)(?!from\b)\w+|
        # (or a sentence that opens with the land a toll is spread over, as its scene: "Across Ukraine, the
        # barrage killed 41"; not "Across the street," nor "Across from the market,")
        ^across\s+(?!the\s+(?:street|road|border|river|line|bridge|hall|room)\b)(?!from\b)[^,;:]{1,40},|
        # (or over several of a land's parts, named before their plural noun: "in the Lviv and Kherson regions")
        in\s+the\s+(?:[\w'’.-]+\s+){1,4}?(?:SPREAD_REGIONS)\b|
        SPREAD_PHRASES)|
        (?:first|past|last)\s+(?:\w+\s+)?months\s+of|
        # a span counted from an event: "more than 700 civilians killed in the first 10 months after the takeover"
        (?:in|over|during|within)\s+the\s+(?:first|past|last)\s+(?:\w+\s+)?(?:months|years)\s+(?:after|since|following)\b|
        # a week of a month or a year: "13 civilians were killed in north-west Syria in the first week of June"
        (?:in|during|over|within)\s+the\s+(?:first|second|third|fourth|last|final|past)\s+(?:week|weeks|fortnight)\s+of\b|
        # one event named by its day, as history names it: "the earthquake of February 6, in which more than
        # 4,500 people died" (not a span of days, "the storms of July 12-14"; a report whose lead names an
        # event of that noun, or a natural hazard, may name its own event so: statements.py)
        (?P<named_day>(?:the|a)\s+(?:[a-z-]+\s+)?(?P<named_event>ONE_EVENTS)\s+of\s+(?:MONTH\s+\d{1,2}(?:st|nd|rd|th)?|
        \d{1,2}(?:st|nd|rd|th)?\s+MONTH)\b(?!\s*[-–]\s*\d)|
        # (or by its day before the noun, its toll told in a clause of its own: "the October 7 attack, in which
        # about 1,200 people were killed"; not "charged in the March 20 fatal shooting of a boy", the report's)
        the\s+(?:(?:MONTH|SHORT_MONTH)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+MONTH)\s+(?:[a-z-]+\s+)?(?P<day_event>ONE_EVENTS)
        (?=\s*,?\s*(?:in\s+which|that|which)\s))|
        # "since" for "since then" inside a present perfect of dying, after a sentence that tells a war or a
        # campaign: "Israel has continued its offensive ... Nearly 39,800 Palestinians have since been killed"
        # (statements.py keeps it only after such a sentence: "two of the wounded have since died" is the event's)
        (?P<since_then>(?:has|have|had)\s+since\s+(?:been\s+(?:killed|wounded|injured|martyred)|died|lost\s+their\s+lives))|
        (?P<days>(?:in|over|within)\s+(?:just\s+|only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days)|
        (?P<span>(?<!\()(?:between|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to)\s+\d{1,2}(?:st|nd|rd|th)?\s+MONTH|
        MONTH\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to)\s+(?:MONTH\s+)?\d{1,2}\b|
        # (two calendar days with their months, a year after the first: "Between 7 October 2023 and 11 June
        # 2024, at least 37,164 were killed", "from March 3, 2022 to May 1")
        \d{1,2}(?:st|nd|rd|th)?\s+MONTH(?:\s+(?:19|20)\d\d)?\s+(?:and|to)\s+\d{1,2}(?:st|nd|rd|th)?\s+MONTH|
        MONTH\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d,?\s+(?:and|to)\s+MONTH\s+\d{1,2}\b))|
        # a span of years: "2,164 people died from lightning strikes between 2011 and 2020", "from 2015 to 2019"
        (?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until|through)\s+(?:19|20)\d\d\b(?![,.]?\d)|
        (?P<country>(?:COUNTRY_PHRASES)(?!\s+of\b|['’]s\b|\s+(?:COUNTRY_BODIES)\b))|(?:PHRASES)(?!-)(?!(?<=this\syear)['’]s\s+(?:[\w-]+\s+)?(?:OCCASIONS)\b)|
        ^(?:19|20)\d\d\s*(?::|[-–—])(?!\S)|
        # an event of a month named with "a" that opens its sentence (past a list's dash), no day or year after
        # the month: one among that month's, not the report's ("- A July air strike on a detention centre killed
        # 53"; "charged in a July 2014 shooting" is its own; mid-sentence, "a block from where five were wounded
        # in a December shooting", it would speak for the report's count before it too, so it is not read)
        (?:^|(?<=^[-–•*]\s))an?\s+MONTH\s+(?:[a-z-]+\s+){0,2}?(?:ONE_EVENTS)\b|
        # a calendar day with no year that opens a sentence past the lead: "On August 28, three militants were
        # killed in Uri" (another event of the story's run; statements.py keeps the lead's own)
        # (a month may be shortened: "On Oct. 30, a similar car bomb killed eight people")
        # (and so does "Last week," or "Last month,": "Last week, 12 soldiers were martyred when militants
        # ambushed a convoy", after the report's own clash)
        # (or a holiday or a season with its year: "Over Christmas 2023, gunmen attacked more than 20 villages ...,
        # killing almost 200", another year's attacks)
        (?P<on_day>^on\s+(?:(?:MONTH|SHORT_MONTH)\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:MONTH|SHORT_MONTH))\s*,(?!\s*(?:19|20)\d\d)|
        ^(?:over|during|at|on)\s+(?:[a-z'’-]+\s+){1,3}(?:19|20)\d\d\s*,|
        ^last\s+(?:week|month)\s*,)|
        # (or "last week" or "last month" that closes the sentence, past a lead with a toll of its own: "at least
        # 200 people were killed and more than 400 wounded during the two days of fighting last week")
        (?P<last_span>last\s+(?:week|month)(?=\s*(?:[.;]|$))))(?!\w)"""  # (not \b: "in the u.s." ends in a full stop, with no word boundary after it)
    # (the nouns of an event named by its year or its calendar day: "the 1949 earthquakes", "the 3 May 2019
    # army raid"; replaced first, as they hold ONE_EVENTS)
    .replace("DATED_EVENT_NOUNS", "murder|killing|killings|slaying|death|massacre|downing|siege|riots|uprising|war|attacks|bombings|ONE_EVENTS")
    .replace("SHORT_MONTH", r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.")
    .replace("MONTH", "(?:january|february|march|april|may|june|july|august|september|october|november|december)")
    .replace("SPREAD_PHRASES", alternation(_CUMULATIVE["spread_phrases"]))
    .replace("SPREAD_REGIONS", alternation(_CUMULATIVE["spread_regions"]))
    .replace("COUNTRY_PHRASES", alternation(_CUMULATIVE["country_phrases"]))
    .replace("COUNTRY_BODIES", alternation(_CUMULATIVE["country_bodies"]))
    .replace("PHRASES", alternation(_CUMULATIVE["phrases"] + _CUMULATIVE["tallies"]))
    .replace("OCCASIONS", alternation(_CUMULATIVE["occasions"]))
    .replace("RUN_EVENTS", alternation(_CUMULATIVE["run_events"]))
    .replace("RUNS", alternation(_CUMULATIVE["runs"]))
    .replace("REPRISALS", alternation(_CUMULATIVE["reprisals"]))
    .replace("WAR_CAUSES", alternation(_CUMULATIVE["war_causes"]))
    .replace("STOPPAGES", alternation(_CUMULATIVE["stoppages"]))
    .replace("WARS", alternation(_CUMULATIVE["wars"]))
    .replace("LONG_CAMPAIGNS", alternation([c for c in _CUMULATIVE["campaigns"] if c not in _CUMULATIVE["episodes"]]))
    .replace("CAMPAIGNS", alternation(_CUMULATIVE["campaigns"]))
    .replace("SPREAD_EVENTS", alternation(_CUMULATIVE["spread_events"]))
    .replace("JOINT_EVENTS", alternation(_CUMULATIVE["joint_events"]))
    .replace("ONE_EVENTS", alternation(_CUMULATIVE["one_events"]))
    .replace("ONE_EVENT_VERBS", alternation(_CUMULATIVE["one_event_verbs"])),
    re.X,  # applied to lower-cased text
)

#: Events people are tied to by a modifier after their noun ("suspects linked to the two attacks", "men
#: accused of the three robberies"; [cumulative] tied_to_events): a cue of CUMULATIVE_RE inside is what the
#: people did or are held for, not a spread of the toll over the events.
TIED_TO_EVENTS_RE: Final = compiled.compile(
    r"\b(?:" + alternation(_CUMULATIVE["tied_to_events"]) + r")\s+(?:[\w'’-]+\s+){0,4}?[\w-]+s\b", re.X
)  # applied to lower-cased text

#: Words that open a sentence's clause of a running total after its event's own figure: "Airstrikes killed
#: 27 people overnight, bringing the toll since October 7 to 34,183" ([cumulative] total_clauses).
TOTAL_CLAUSE_RE: Final = compiled.compile(
    r"\b(?:" + alternation(_CUMULATIVE["total_clauses"]) + r")\s+(?:the|its|their|this|to)\b"
    # a clause of its own after a comma: "A strike killed 9 people on Thursday, as the ministry said the
    # war's toll had passed 40,000"
    r"|,\s+(?:" + alternation(_CUMULATIVE["clause_openers"]) + r")\s"
    # a clause after a semicolon: "One man was killed; they had fled the fighting there last June"
    r"|;"
)  # ("bringing to 120 the number killed since Saturday")
#: "as" opening a headline's second clause, where a sentence would have a comma ("... passes 40,000 as a
#: strike kills 9"; not "as many as", "as well as", "such as", "as a result", nor the "as" of what someone
#: is taken for: "militants dressed as doctors killed 30", "a man known as ...").
HEADLINE_AS_RE: Final = compiled.compile(
    r"(?<!such)(?<!dressed)(?<!disguised)(?<!posing)(?<!known)(?<!identified)(?<!described)"
    r"\s+as\s+(?!(?:many|much|well|long|soon|far|of|a\s+result|part)\b)"
)
#: A relative clause between commas, an aside about someone ("a gangster, who had a hand in a spate of
#: killings, was lynched"): a cue of CUMULATIVE_RE inside it speaks for the aside only. So does one of a
#: noun set in apposition, with its own relative clause: "The Emergency Lawyers, a group that tracks abuses
#: in the war, said 100 were killed" (what the source does, not when the deaths were).
#: And an aside that opens with a participle of work done ([cumulative] aside_participles: "The exhumation,
#: carried out over two weeks, recovered ..."), which, as a "which" aside, dates an event named before it.
ASIDE_PARTICIPLES: Final = tuple(" ".join(p.split()) for p in _CUMULATIVE["aside_participles"])
RELATIVE_ASIDE_RE: Final = compiled.compile(
    r",\s*(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}?(?:that|who|which)|who|which|"
    + alternation(ASIDE_PARTICIPLES)[3:-1] + r")\b[^,;.]*,"
)
#: The noun of one event right before a "which" aside, at most two words after it ("Cyclone Nargis, which
#: hit the delta in 2008, killed about 138,000"; [cumulative] one_events): the aside dates the event whose
#: toll the sentence gives, so a cue inside it speaks for the sentence, where an aside about a person or a
#: place ("the hospital, which opened in 2010, was hit") speaks for itself only.
EVENT_BEFORE_ASIDE_RE: Final = compiled.compile(
    r"\b(?:" + alternation(_CUMULATIVE["one_events"]) + r")(?:\s+[\w'’-]+){0,2}\s*$"
)  # applied to the lower-cased sentence up to the aside's comma
#: A "which" aside that tells how an event is remembered each year ([cumulative] recurrences): it dates no
#: event, so its cue speaks for the aside only ("In the massacre, which the State commemorates every year,
#: 19 Italians lost their lives").
RECURRENCE_RE: Final = compiled.compile(r"\b(?:" + alternation(_CUMULATIVE["recurrences"]) + r")\b")
#: The clause of how an event happened, after its toll, up to the end of the text searched ("12 people
#: were killed when pagers exploded across the country"): a spread of CUMULATIVE_RE inside it is the
#: event's reach, no running total.
WHEN_CLAUSE_RE: Final = compiled.compile(r"\bwhen\b[^;:]*$")
#: One event named with "the" right before a spread's "across": "159 people were injured in the attack across the
#: capital" is that attack's reach (not "killed in the attacks across the country"; [cumulative] one_events).
#: Searched from a little before the spread's match to its end.
ONE_EVENT_ACROSS_RE: Final = compiled.compile(
    r"\bin\s+the\s+(?:[\w-]+\s+)?(?:" + alternation(_CUMULATIVE["one_events"]) + r")\s+across\b"
)  # applied to lower-cased text
#: One event named as a subject's head, with what it was of or on, up to a spread cue after it and before
#: any outcome word: "the near-simultaneous explosion of thousands of pagers used by members across the
#: country killed 12" is one event's reach, as in a clause of "when" (not "strikes across the country", many)
ONE_EVENT_SUBJECT_RE: Final = compiled.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(_CUMULATIVE["one_events"]) + r")\s+(?:of|on|against)\s"
    r"(?:(?!\b(?:killed|killing|kills|wounded|wounding|injured|injuring|died|dead)\b)[^,;:.]){0,90}$"
)
#: A superlative some words before a cue of CUMULATIVE_RE: the cue dates a comparison ("the deadliest
#: attack this year"; [cumulative] superlatives). So does a cue in the clause of "since" after a
#: superlative ("the worst attack since jihadist violence spread into the country in 2015"), up to a
#: comma. Searched up to the cue's start, from :data:`COMPARED_REACH` characters before it.
COMPARED_RE: Final = compiled.compile(
    r"\b(?:(?:" + alternation([w for w in _CUMULATIVE["superlatives"] if w in _CUMULATIVE["span_ordinals"]]) + r")\b"
    # (not an ordinal of a span of time: "with 148 killed in the first two weeks alone across the country" is
    # a total over the span, no comparison)
    r"(?!\s+(?:(?:two|three|four|five|six|seven|eight|ten|few|\d+)\s+)?(?:hours?|days?|nights?|weeks?|months?|years?|half|quarter)\b)"
    # (a superlative before a day is a comparison: "in one of the deadliest days for aid seekers since the war
    # began"; not before a count of days, "in the bloodiest three days of the war", a total over them)
    r"|(?:" + alternation([w for w in _CUMULATIVE["superlatives"] if w not in _CUMULATIVE["span_ordinals"]]) + r")\b"
    r"(?!\s+(?:two|three|four|five|six|seven|eight|ten|few|\d+)\s+(?:hours|days|nights|weeks|months|years)\b))"
    r"(?:(?:\s+\S+){0,8}|(?:\s+\S+){0,8}?\s+since\s[^,;:]*)\s*$"
    # (a record of the weather: "the highest in the country this season"; [cumulative] record_superlatives)
    r"|\b(?:" + alternation(_CUMULATIVE["record_superlatives"]) + r")"
    r"(?:\s+(?:" + alternation(_CUMULATIVE["record_links"]) + r")\b(?:\s+[^\s,;:.]+){0,6})?\s*$"
)
COMPARED_REACH: Final = 120
#: One event told with "a" or "an" before a period of the present ([cumulative] dated_periods) in its
#: clause: "killed 21 civilians in an attack on a village this month" dates that one attack, no running
#: total (not "earlier this month", another event; nor "in attacks this month", many). Searched up to the
#: period's start, from :data:`COMPARED_REACH` characters before it.
ONE_EVENT_DATED_RE: Final = compiled.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(_CUMULATIVE["one_events"]) + r")\b[^,;:.]{0,80}?\s(?<!earlier\s)(?<!later\s)$"
)
#: The same in a report's lead sentence, with any determiner and "earlier" allowed: "more than 400 civilians
#: were killed during the RSF's attack on Zamzam camp earlier this month" dates the report's own event.
ONE_EVENT_DATED_IN_LEAD_RE: Final = compiled.compile(
    r"\b(?:" + alternation(_CUMULATIVE["one_events"]) + r")\b[^,;:.]{0,80}?\s$"
)
DATED_PERIODS: Final = frozenset(_CUMULATIVE["dated_periods"])
#: A monitor's tally verb ([cumulative] tallies) whose object is a finding about one event named with a
#: determiner: "has verified that the attack killed 20 civilians" (matched at the verb's end).
TALLIES: Final = frozenset(_CUMULATIVE["tallies"])
ONE_EVENT_FINDING_RE: Final = compiled.compile(
    r"\s+that\s+(?:the|this|that|an?)\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(_CUMULATIVE["one_events"]) + r")\b"
)  # applied to lower-cased text
#: Where a comparison ends, searched from its cue's end: at a comma that opens the report's own figure,
#: "with" or a verb's -ing form ("the deadliest attack this year, with 52 people killed", "the deadliest
#: this year, killing 31"), or "after" the report's event told with "in which" ("the largest operation in two
#: decades, after a two-day assault in which 12 were killed"); elsewhere it goes on ("the deadliest attack since 2014, when a bombing killed
#: 96"; "the previous deadliest attack, a car bombing in 2022, killed 121": the compared event's own).
COMPARISON_END_RE: Final = compiled.compile(r",\s*(?=with\b|[a-z]+ing\b|after\s+an?\s+(?:[\w-]+\s+){0,2}?(?:ONE_EVENTS)\s+in\s+which\b)".replace(
    "ONE_EVENTS", alternation(_CUMULATIVE["one_events"])
))
#: A clause of the compared event's own between the cue and such a comma ("the deadliest since April 2022,
#: when a missile hit the station in Kramatorsk, killing 61"; [cumulative] compared_event_clauses): the
#: "-ing" after it is that event's, so the comparison goes on to the sentence's end.
#: So does "since" with an event of its own, a subject and its verb in the past ("the worst loss of life since
#: an airliner plunged into the river in 1982, killing 78"; [cumulative] compared_event_subjects): not
#: "since the start of the year, killing 31" nor "since the war started in 2011, killing 140" (a war's
#: start dates the comparison), whose "-ing" is the report's own.
COMPARED_EVENT_RE: Final = compiled.compile(
    r"\b(?:" + alternation(_CUMULATIVE["compared_event_clauses"]) + r")\b|\bsince\s+(?:"
    + alternation(_CUMULATIVE["compared_event_subjects"]) + r")\s+(?!(?:[\w'’-]+\s+){0,2}?(?:"
    + alternation(_CUMULATIVE["wars"]) + r")\b)(?:[\w'’-]+\s+){0,3}?[a-z]{3,}ed\b"
)

#: Who one person is, when the text says: an age ("19-year-old") or a name. Tells two victims apart.
WHO_RE: Final = compiled.compile(r"\d{1,3}-(?:year|month)-old|(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)", re.I)

#: The attacker died too: "killed four classmates and himself", "before turning the gun on himself"
#: (lexicon.toml [suicide]).
_SUICIDE: Final = {name: alternation(words) for name, words in lexicon_data()["suicide"].items()}
SUICIDE_RE: Final = compiled.compile(
    r"""(?:,?\s*\band\s+(?:then\s+)?SELF|,\s*(?:then\s+)?SELF\b|TURNING\s+the\s+WEAPONS\s+on\s+SELF|
        SELF_KILLING\s+SELF|OWN_LIFE)\b"""
    .replace("SELF_KILLING", _SUICIDE["self_killing"])
    .replace("SELF", _SUICIDE["reflexives"])
    .replace("TURNING", _SUICIDE["turning"])
    .replace("WEAPONS", _SUICIDE["weapons"])
    .replace("OWN_LIFE", _SUICIDE["own_life"]),
    _F,
)

# The wounded who later died ([identity] hurt_nouns, later, died_later, died_of_wounds, wounds, parts and
# fatally): the one definition of that rule's words and grammar. The reader takes a part that died off
# the wounded it reads (SOME_DIED_RE, SOME_DIED_AFTER_OBJECT_RE: statements.py), who is who takes the
# hurt who died off the injured (HURT_WHO_DIED_RE, PART_RE: same_person.py), and a sentence that goes on
# to tell its people died (DIED_LATER_RE) keeps them from the living (statements.py).

_LEX: Final = lexicon()
#: Nouns of the hurt: "of the wounded"
_HURT: Final = alternation(_IDENTITY["hurt_nouns"])
#: The time after, before a verb of dying: "one of them had later died", "two have since died"
_LATER: Final = r"(?:" + alternation(_IDENTITY["later"] | _LEX.have) + r"\s+){0,2}"
#: A verb of dying after being hurt: "died", "succumbed", "passed away"
_DIED_LATER: Final = alternation(_IDENTITY["died_later"])
#: A part of a whole told right before it: "of whom", "of them"
_OF_PART: Final = r"of\s+" + alternation(_IDENTITY["parts"])
#: Adverbs of a part of the wounded who died: "two mortally"
_FATALLY: Final = alternation(_IDENTITY["fatally"])
#: "six people were wounded -- two mortally", "wounding four employees, one of whom later died": some of
#: the wounded died, so the wounded are *hit* (a "died" only of a part told as theirs: "of whom", "of them":
#: its count, group ``died``, is taken off them where it stands).
#: A bare count told to have died of its wounds is a part of the wounded too: "Three soldiers were wounded;
#: one succumbed to his injuries the next day", "..., two later died of their wounds" (a plain "one died" may
#: be anyone's).
#: Between a participle of the hurt and a part of them who died ("46 wounded people, most of them with gunshot
#: wounds, two of whom died"): the participle's noun, up to two words, and an aside of how most of them were
#: hurt ([identity] most_of_them: "most of them", "many of them"), each before a comma. Only before a part told
#: "of whom" or "of them" (:data:`_OF_WHOM_DIED`): "3 wounded soldiers and 2 dead civilians" tells others.
_HURT_NOUN_AND_ASIDE: Final = (
    r"(?:\s+[^\W\d_]+){0,2}?(?:\s*,\s*(?:" + alternation(_IDENTITY["most_of_them"]) + r")\s+of\s+them\b[^,.;]{0,60})?"
    r"\s*,\s*"
)
_OF_WHOM_DIED: Final = (
    r"(?P<died>" + FIGURE + r")\s+(?:" + _OF_PART + r"\s+" + _LATER + _DIED_LATER + r"|" + _LATER + r"(?:"
    + alternation(_IDENTITY["died_of_wounds"]) + r"|" + _DIED_LATER + r"\s+(?:of|from)\s+"
    + alternation(_IDENTITY["wounds"]) + r"))\b"
)
SOME_DIED_RE: Final = compiled.compile(
    # (past a short phrase of the hurt's when or where before its comma: "were wounded in action, one of whom
    # later died", "were hurt in the blast, two of whom died later")
    r"(?:\s+(?:in|during|at)\s+(?:the\s+|an?\s+)?[a-z]+(?=\s*,\s*" + FIGURE + r"\s+" + _OF_PART + r"\s))?"
    r"(?:" + _HURT_NOUN_AND_ASIDE + r"(?=" + _OF_WHOM_DIED.replace("(?P<died>", "(?:") + r"))?"
    r"\W{0,4}(?:(?:\s*(?:and|with|but)\s+)?(?:" + FIGURE + r")(?:\s+" + _OF_PART + r")?\s+"
    r"(?:" + _FATALLY + r"|(?:(?:were|was|are)\s+)?(?:already\s+)?dead)\b|" + _OF_WHOM_DIED + ")",
    _F,
)
#: The same after an active verb's counted object, past up to three words of its noun: "wounding four
#: employees, one of whom later died" (not "left three people wounded and one dead": others, dead).
SOME_DIED_AFTER_OBJECT_RE: Final = compiled.compile(
    r"(?:\s+[^\W\d_]+){0,3}?(?:" + _HURT_NOUN_AND_ASIDE + r"(?=" + _OF_WHOM_DIED.replace("(?P<died>", "(?:") + r"))?"
    r"\W{0,4}(?:(?:" + FIGURE + r")(?:\s+" + _OF_PART + r")?\s+" + _FATALLY + r"\b|"
    + _OF_WHOM_DIED + ")",
    _F,
)
#: The same in a clause of its own past a semicolon, up to 200 characters on: "72 passengers with burns were
#: admitted to two hospitals that day; two of them died overnight" (a part told "of them" or "of whom").
SOME_DIED_PAST_SEMICOLON_RE: Final = compiled.compile(r"[^;.]{0,200};\s*" + _OF_WHOM_DIED, _F)
#: Words one of which every form of SOME_DIED_AFTER_OBJECT_RE holds (the longest word of each phrase of
#: dying and of fatally): where none stands after an object, it cannot match.
SOME_DIED_WORDS: Final = tuple(sorted({
    max(p.split(), key=len)
    for p in _IDENTITY["died_later"] | _IDENTITY["died_of_wounds"] | _IDENTITY["fatally"]
}))
#: After a count of the dead: they are some of the hurt told before, "Two of the wounded later died",
#: "three of the injured have since died", "a boy among the wounded had died" (a noun of theirs may
#: follow: "one of the wounded soldiers died").
HURT_WHO_DIED_RE: Final = compiled.compile(
    r"(?:\s+of|(?:\s+[\w'’-]+){0,3}?\s+among)\s+(?:the|those)\s+" + _HURT + r"\s+(?:[^\W\d_]+\s+)?" + _LATER
    + _DIED_LATER + r"\b",
    re.I,
)
#: The same told by an apposition, read as the one who died: "One of the wounded, a woman aged 30, died in
#: hospital" (the count of the hurt before the apposition, searched up to its start; what follows it, from
#: its end).
HURT_BEFORE_APPOSITION_RE: Final = compiled.compile(
    r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the|those)\s+" + _HURT + r"\s*,\s*$", re.I
)
APPOSITION_THEN_DIED_RE: Final = compiled.compile(
    r"[^,;.()]{0,100},\s+(?:[^\W\d_]+\s+)?" + _LATER + _DIED_LATER + r"\b", re.I
)
#: "One of them, " opening a sentence: a part of the group the sentence before told last (same_person.py asks
#: that it be the wounded)
ONE_OF_THEM_BEFORE_RE: Final = compiled.compile(
    r"(?:^|[.!?]\s+|\n)(?:one|two|three|four|five|\d+)\s+of\s+them\s*,\s*$", re.I
)
#: Before a wounded whole, at its sentence's start: "Of the 39 persons injured in the crush, ..."
WHOLE_OF_THE_HURT_RE: Final = compiled.compile(r"(?:^|[.!?]\s+|\n)of\s+the\s+$", re.I)
#: After such a whole, in its sentence: a part of it that died ("..., she was the only one to die", "..., the two
#: who died overnight had suffered head wounds", "the student was the first to die in hospital").
SOME_OF_THE_WHOLE_DIED_RE: Final = compiled.compile(
    r"[^.;]{0,80}?,\s*(?P<part>[^,.;]{0,50}?)\b(?:to\s+)?" + _DIED_LATER + r"\b", re.I
)
#: After any wounded whole, in its sentence: someone who died told as one of them ("Fifteen people were hurt
#: ...; the woman who died on Tuesday night was one of them", "the two who later died were among them").
ONE_OF_THEM_DIED_RE: Final = compiled.compile(
    r"[^.]{0,80}?[,;]\s*(?P<part>[^,.;]{0,40}?)\bwho\s+(?:later\s+|had\s+)?" + _DIED_LATER
    + r"\b[^,.;]{0,40}?\b(?:was|were)\s+(?:one\s+of|among)\s+them\b", re.I
)
#: After a count of hit people: "Nineteen of the wounded were in critical condition" are a part of the
#: injured, none of them dead.
OF_THE_HURT_RE: Final = compiled.compile(r"\s+of\s+(?:the|those)\s+" + _HURT + r"\b", re.I)
#: The whole span of a part's count: "three of whom", "one of them"
PART_RE: Final = compiled.compile(r"\S+\s+" + _OF_PART, re.I)
#: A sentence that goes on to tell its people died ("... and was later pronounced dead"; lower-cased text)
DIED_LATER_RE: Final = compiled.compile(r"\b" + _DIED_LATER + r"\b")


#: "his father", "their young son": kin of someone named before ([identity] kin_owners and kin)
KIN_OF: Final = compiled.compile(
    alternation(_IDENTITY["kin_owners"]) + r"\s+(?:\w+\s+)?" + alternation(_IDENTITY["kin"]) + r"\b", re.I
)

#: A person hit said to be alive: "was shot but survived", "in stable condition" ([identity] survived; lower-cased text).
SURVIVED_RE: Final = compiled.compile(r"\b" + alternation(_IDENTITY["survived"]) + r"\b")
#: Words one of which every form of SURVIVED_RE holds (the longest word of each phrase): where none
#: stands, it cannot match.
SURVIVED_WORDS: Final = tuple(sorted({max(p.split(), key=len) for p in _IDENTITY["survived"]}))

#: What :func:`context_prefilter` answers: the indices of the patterns that may match a sentence.
SURVIVED, DATE, CUE, CLAIM = range(4)


#: What :func:`report_prefilter` answers: the indices of the patterns searched over a whole report that may
#: match somewhere in it.
EARLIER, INJURED_DIED, RECALLED, ZEROS, FATALITY_CODES, OTHER_STORIES = range(6)


@cache
def report_prefilter() -> Any:
    """One RE2 pass over a report's fold (prefilter.py) for the patterns searched over whole reports: earlier
    figures and the injured who died (earlier.py), recalled events, phrases of zero (context.py, searched in
    the lower-cased text: widened to any case), fatality codes and the labels of links to other stories.
    ``.Match(folded)`` lists those that may match somewhere (None for none): most reports hold none of them,
    and one pass tells it for all, where each took a pass of its own (a sixth of the report's reading).
    Each is relaxed as :func:`earlier.matches_from_first_place` relaxes it, the earlier figures' forms cut
    before their figures (earlier.EARLIER_OPENINGS), so a report the set rules out is one where that search
    finds nothing."""
    from casualty_cli.extraction.context import zero_finder
    from casualty_cli.extraction.earlier import _EARLIER, _INJURED_DIED, _RECALLED, EARLIER_OPENINGS
    from casualty_cli.extraction.fatality_codes import _ALONE
    from casualty_cli.extraction.prefilter import relaxed_set, relaxed_source
    from casualty_cli.extraction.statements import _OTHER_STORY_LABEL

    searched = [(p.pattern, p.flags) for p in (_EARLIER, _INJURED_DIED, _RECALLED, zero_finder(), _ALONE, _OTHER_STORY_LABEL)]
    searched[EARLIER] = (EARLIER_OPENINGS, _EARLIER.flags)  # (the forms up to their figures: earlier.py)
    return relaxed_set(
        [relaxed_source(source, flags & (re.I | re.X), any_case=n == ZEROS) for n, (source, flags) in enumerate(searched)]
    )


@cache
def context_prefilter() -> Any:
    """One RE2 pass over a lower-cased sentence (prefilter.py) for SURVIVED_RE, the first words of the
    context's cues (context.py), the date phrases (dates.py, which read the text as it is: widened to
    any case) and the claims of statements.py (_CLAIM): ``.Match(folded)`` lists those that may match it
    (None for none), so ``re``, which pays up to 80 ns a character for these alternations, searches only
    the sentences where one may match. (With _CLAIM the set's pass costs some 7,000 instructions more a
    sentence, where RE2's own search of _CLAIM in each sentence asked about cost 12,000; callgrind.)

    CUMULATIVE_RE is not of the set: its RE2 form, the largest, made the set's DFA build most of its
    states (a set of the four cost 590 M instructions over gvc-dev's sentences, one without it 75 M;
    callgrind). The running totals' search (statements.py) asks RE2 where it may match first anyway."""
    from casualty_cli.extraction.context import cue_pattern
    from casualty_cli.extraction.dates import _DATE_PHRASE
    from casualty_cli.extraction.prefilter import relaxed_set, relaxed_source
    from casualty_cli.extraction.statements import _CLAIM

    cue = cue_pattern()
    return relaxed_set(
        [
            relaxed_source(SURVIVED_RE.pattern, SURVIVED_RE.flags & (re.I | re.X)),
            relaxed_source(_DATE_PHRASE.pattern, _DATE_PHRASE.flags & (re.I | re.X), any_case=True),
            relaxed_source(cue.pattern, 0),
            relaxed_source(_CLAIM.pattern, _CLAIM.flags & (re.I | re.X)),
        ]
    )


