"""Grouping war, terror and disaster news, a fourth set written blind in the thirteenth session, before
that session's grouping rules were merged and by a helper who never read the grouping code; the helper who
wrote those rules never saw it. The fixture (tests/fixtures/war_grouping4.jsonl) holds our own sentences
on the facts and figures of twelve real events of 2015-2023 (the Garissa university attack, the
Manchester Arena bombing, the Mosul al-Jadida air strike, the Sri Lanka Easter bombings, the Palu
earthquake and tsunami, the Brumadinho dam collapse, the Quetta Civil Hospital bombing, the Ogossagou
massacre, the Dnipro apartment strike, the Sanaa funeral hall strike, the Ciudad Juarez migrant centre
fire, the Pazigyi air strike), each told by three to five outlets over days and years, the day after's
report never naming the first one's town, beside ten reports of other events that look like them. Measured
when it was written: pairwise P 1.000, R 0.297 (19 of 64 pairs) on main before the session's grouping
rules, P 1.000, R 0.406 (26 of 64) after (`python bench/bench_ingest_order.py --data
tests/fixtures/war_grouping4.jsonl`). Rows as in the other sets: a row grouping still gets wrong is a
strict xfail that says why."""

from __future__ import annotations

from pathlib import Path

from grouping_tables import table_tests

FIXTURE = Path(__file__).parent / "fixtures" / "war_grouping4.jsonl"

#: Reports of one event, one incident.
TOGETHER = [
    ("wg4-155", "wg4-900"),  # Dnipro 12 dead, then 45 three days on
    ("wg4-798", "wg4-627"),  # Garissa, then "a university college in north-eastern Kenya", 147 dead
    ("wg4-798", "wg4-861"),  # a year on
    ("wg4-627", "wg4-861"),
    ("wg4-340", "wg4-334"),  # Brumadinho's arrests after the Minas Gerais toll of 58
    ("wg4-580", "wg4-316"),  # Ciudad Juarez 39, then 40 with no city named
    ("wg4-580", "wg4-503"),  # the arrests four days later
    ("wg4-316", "wg4-503"),
    ("wg4-658", "wg4-741"),  # Mosul al-Jadida, the toll revised down to 61
    ("wg4-658", "wg4-330"),  # the Pentagon's 105 two months later
    ("wg4-741", "wg4-330"),
    ("wg4-222", "wg4-150"),  # Pazigyi (datelined YANGON), then only "Kanbalu township", about 100
    ("wg4-293", "wg4-537"),  # Ogossagou (datelined BAMAKO), the UN's 157 seven weeks later
    ("wg4-725", "wg4-364"),  # Quetta, then "the Balochistan provincial capital", 70
    ("wg4-725", "wg4-740"),
    ("wg4-725", "wg4-768"),  # the inquiry four months later
    ("wg4-364", "wg4-740"),
    ("wg4-364", "wg4-768"),
    ("wg4-740", "wg4-768"),
    ("wg4-511", "wg4-659"),  # Easter bombings, the funerals in Negombo at 359
    ("wg4-178", "wg4-978"),  # Palu, then "Central Sulawesi" and "the provincial capital", 832
    ("wg4-178", "wg4-339"),
    ("wg4-178", "wg4-778"),
    ("wg4-978", "wg4-339"),
    ("wg4-978", "wg4-778"),
    ("wg4-339", "wg4-778"),
]

#: Reports of other events.
APART = [
    ("wg4-879", "wg4-424"),  # London Bridge twelve days after Manchester, which it names
    ("wg4-658", "wg4-236"),  # a ferry sinking on the Tigris at Mosul two years later
    ("wg4-511", "wg4-703"),  # a raid on the Easter bombers' network in the east a week later
    ("wg4-178", "wg4-495"),  # the Lombok earthquake seven weeks before
    ("wg4-185", "wg4-356"),  # the Mariana tailings dam in Minas Gerais, 2015
    ("wg4-725", "wg4-252"),  # the Quetta police college attack in October, which names the hospital bombing
    ("wg4-293", "wg4-480"),  # the Sobane Da massacre in the Mopti region that June
    ("wg4-926", "wg4-320"),  # a coalition strike on a Sanaa house the next year, also admitted as an error
    ("wg4-155", "wg4-122"),  # the Uman apartment strike in April, which names deaths in Dnipro
    ("wg4-222", "wg4-534"),  # an air strike on a concert in Kachin State the year before
]

_LATER = "a piece months or years later that names no day of the event and no place the first report names"

#: Reports of one event still filed apart, and why.
STILL_APART = [
    ("wg4-879", "wg4-305", "no town ('the city'), the bomber named: a name and a concert are no signal yet"),
    ("wg4-879", "wg4-313", _LATER),
    ("wg4-879", "wg4-831", "a London court three years later"),
    ("wg4-305", "wg4-313", _LATER),
    ("wg4-305", "wg4-831", "a London court three years later"),
    ("wg4-313", "wg4-831", "a London court three years later"),
    ("wg4-926", "wg4-116", "'the capital' and 'al-Kubra hall' for Sanaa's Great Hall; 82 then over 140"),
    ("wg4-926", "wg4-623", "the coalition's admission a week later names no place of the first"),
    ("wg4-116", "wg4-623", "the coalition's admission a week later names no place"),
    ("wg4-155", "wg4-506", "names only the street, Peremohy embankment, not Dnipro"),
    ("wg4-155", "wg4-842", "an anniversary a year later whose toll is read as a running total"),
    ("wg4-506", "wg4-900", "names only the street, Peremohy embankment, not Dnipro"),
    ("wg4-506", "wg4-842", "a year apart"),
    ("wg4-900", "wg4-842", "an anniversary a year later"),
    ("wg4-798", "wg4-779", "four days on: 'Garissa campus' beside the gunman's father's county, Mandera, and a Nairobi mortuary"),
    ("wg4-627", "wg4-779", "four days on: 'Garissa campus' beside the gunman's father's county, Mandera, and a Nairobi mortuary"),
    ("wg4-779", "wg4-861", "four days on: 'Garissa campus' beside the gunman's father's county, Mandera, and a Nairobi mortuary"),
    ("wg4-185", "wg4-340", "names only the state, Minas Gerais, not Brumadinho; 7 bodies then 58"),
    ("wg4-185", "wg4-334", "the arrests name Vale and the dam, not Brumadinho"),
    ("wg4-185", "wg4-335", _LATER),
    ("wg4-340", "wg4-335", _LATER),
    ("wg4-334", "wg4-335", _LATER),
    ("wg4-658", "wg4-594", "names only 'Iraq's second city' and 'the neighbourhood west of the Tigris', its toll 'figures above 200 dead'"),
    ("wg4-594", "wg4-741", "names only 'Iraq's second city'"),
    ("wg4-594", "wg4-330", "names only 'Iraq's second city'"),
    ("wg4-222", "wg4-240", _LATER),
    ("wg4-150", "wg4-240", _LATER),
    ("wg4-293", "wg4-788", "names only 'the Bankass area of the Mopti region', not the village"),
    ("wg4-788", "wg4-537", "names only 'the Bankass area of the Mopti region', not the village"),
    ("wg4-511", "wg4-208", "'the island', 'the commercial capital': no town; a multi-site attack's places"),
    ("wg4-511", "wg4-492", "a toll cut by more than 100 (359 to 253) across the island's sites"),
    ("wg4-511", "wg4-674", _LATER),
    ("wg4-208", "wg4-659", "'the island', 'the commercial capital': no town"),
    ("wg4-208", "wg4-492", "'the island', 'the commercial capital': no town"),
    ("wg4-208", "wg4-674", _LATER),
    ("wg4-659", "wg4-492", "a toll cut by more than 100 (359 to 253)"),
    ("wg4-659", "wg4-674", _LATER),
    ("wg4-492", "wg4-674", _LATER),
]

#: Reports of other events still filed together, and why.
STILL_TOGETHER: list[tuple[str, str, str]] = []


globals().update(table_tests(FIXTURE, TOGETHER, APART, STILL_APART, STILL_TOGETHER))
