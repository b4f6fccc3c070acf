"""Grouping war, terror and disaster news, a second set written blind: its reports were written before
the grouping rules were read, as a held-out test of them. The fixture (tests/fixtures/war_grouping2.jsonl)
holds our own sentences on the facts and figures of eight real events of 2020-2025 (the Kabul airport
bombing, the Saada detention centre strike, the February 2023 earthquake in Turkey and Syria, the Derna
flood, the Kanjuruhan stadium crush, the Beirut port explosion, the Prague university shooting, the
Yelwata massacre), each told by three to five outlets over days with other spellings of its town, the
town named only as "the capital" or by a landmark, tolls that rise and follow-ups, beside reports that
must stay apart: another attack in the same city days later, another town the same day, a round-up of
the day's violence across the country, another disaster the same month. Each row of the tables is two
reports and whether a desk editor would file them as one incident; a row grouping still gets wrong is a
strict xfail that says why. The set is one batch, which ingest groups oldest first: newest first or
backwards, it is filed the same."""

from __future__ import annotations

from pathlib import Path

from grouping_tables import table_tests

FIXTURE = Path(__file__).parent / "fixtures" / "war_grouping2.jsonl"

#: Reports of one event, one incident.
TOGETHER = [
    ("kab-1", "kab-3"),  # "outside Kabul airport" / "in the Afghan capital", 13 then about 170 dead
    ("kab-1", "kab-4"),  # the coffins' return to Delaware names Kabul as where the attack was
    ("kab-1", "kab-2"),  # only 'Hamid Karzai International Airport', but the next day's toll risen past the first 13
    ("kj-1", "kj-2"),  # only the stadium, its toll risen to 174 the same day: the one mass toll it may go on from
    ("kj-1", "kj-3"),  # no place at all, the stadium toll lowered to 125 the next day
    ("sda-1", "sda-2"),  # Saada / Sa'dah
    ("sda-2", "sda-3"),  # Sa'dah / Saadah, its toll "two days after the strike" read as a recalled event's
    ("sda-1", "sda-4"),  # a follow-up dated by "a week after the bombing that killed 91"
    ("tq-1", "tq-2"),  # Gaziantep / Antakya: towns the earthquake hit, its name only in Antakya's lead
    ("tq-1", "tq-3"),  # Jandaris in Syria beside "Quake kills 2,300 in Turkey and Syria"
    ("tq-1", "tq-5"),  # the builders detained over "the February 6 earthquake"
    ("tq-1", "tq-4"),  # "killed by Monday's earthquake climbed past 21,000" on Friday: the quake's day is Monday
    ("dn-1", "dn-3"),  # Derna / Darnah, 2,000 then 5,300 dead the next day
    ("kj-1", "kj-4"),  # Malang, 127 then 131 dead
    ("bei-1", "bei-2"),  # Beirut / "the Lebanese capital", 78 then 135
    ("bei-1", "bei-3"),  # "the port explosion, which has killed 158"
    ("yel-1", "yel-2"),  # Yelwata / Yelewata
    ("yel-1", "yel-3"),  # the burial of "Friday night's attack" victims, whose wounded lie in Makurdi
]

#: Reports of other events.
APART = [
    ("kab-1", "kab-x1"),  # a drone strike in Kabul three days later
    ("sda-1", "sda-x1"),  # a strike on Hodeidah the same day
    ("sda-1", "sda-x2"),  # strikes on Sanaa three days before
    ("tq-1", "tq-x1"),  # a second quake in Hatay two weeks later
    ("tq-1", "dn-x1"),  # another earthquake, in Morocco, months later
    ("dn-1", "dn-x1"),  # the Moroccan earthquake two days before the flood
    ("kj-1", "kj-x1"),  # a crowd crush in Seoul four weeks later
    ("pra-1", "pra-x1"),  # two shot dead in a Prague forest six days before
    ("yel-1", "yel-x2"),  # a round-up of attacks across Nigeria days later
    ("yel-1", "yel-x1"),  # a raid in Gwer West, another area of Benue state, the same morning
]

#: Reports of one event still filed apart, and why.
STILL_APART = [
    ("dn-1", "dn-2", "another town (Al Bayda), no country named, the storm named only in the text"),
    ("dn-1", "dn-4", "the town is only 'the coastal city', the flood only 'flooded'"),
    ("dn-1", "dn-5", "a follow-up two weeks later that names neither a person nor the day"),
    ("bei-1", "bei-4", "names no town ('the explosion at the port')"),
    ("pra-1", "pra-2", "the gunman's home village ('killed his father in the village of Hostoun') is read as the place"),
    ("pra-1", "pra-3", "the reader finds no figure in 'a day of mourning for the 14 victims of ... shooting'"),
    ("pra-1", "pra-4", "a follow-up seven weeks later naming only 'Charles University', an institution"),
    ("yel-1", "yel-4", "names the place only as an adjective, 'the Benue community'"),
]

#: Reports of other events still filed together, and why.
STILL_TOGETHER = [
]


globals().update(table_tests(FIXTURE, TOGETHER, APART, STILL_APART, STILL_TOGETHER))
