"""Forms of war and insurgency reports as national and regional outlets of the Sahel, Central and East Africa,
North Africa, Iraq, Afghanistan, the Philippines, Latin America and the Caucasus file them, often in English
translated from French or Arabic (the eighteenth session's blind25a): a communique's earlier figures, days and
villages named beside the counts, a toll risen by the wounded told before the first count, a war's span of
months, another event dated last week and told again by "the operation", a victim named in apposition to a role.
Each table holds reports the rule reads and reports it must leave as they were. The sentences are written for
this file.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

# A figure a communique "had given" is told as a bare count ("given" before it, as "reported" or "announced"
# stand): the communique's wounded are the report's.
GIVEN_BY_A_COMMUNIQUE: list[tuple[str, int]] = [
    ("The army's first statement had also given 14 wounded, nine soldiers and five civilians.", 14),
    ("The regional governor had given 31 injured on Sunday evening.", 31),
    # (no count of people after "given")
    ("The doctors had given 40 injections to the children of the camp.", 0),
    ("Each family was given 25 kilograms of rice by the agency.", 0),
]


@pytest.mark.parametrize(("text", "injured"), GIVEN_BY_A_COMMUNIQUE)
def test_a_figure_a_communique_had_given(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# A day of the week before a comma is no one's name, so the count after it is no age: "on Friday and Saturday,
# six dead" is six dead ("Calvin Rhodes, 24 was shot" stays an age).
A_DAY_BEFORE_A_COMMA: list[tuple[str, int]] = [
    ("Clashes between two militias left 30 casualties on Thursday and Friday, six dead and 24 injured, the medical "
     "centre said.", 6),
    ("Fighting in the old town between Monday and Wednesday, 9 killed, according to the local council.", 9),
    # (a name before the comma: an age)
    ("The victim, Calvin Rhodes, 24 was shot dead outside the bar on Sunday.", 1),
]


@pytest.mark.parametrize(("text", "killed"), A_DAY_BEFORE_A_COMMA)
def test_a_day_before_a_comma_is_no_name(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A place's name of two words or more whose last word ends as a noun of people does ("-ian") is no person
# joined to the next count: "in Barangay Kajatian, and 22 others were wounded" is 22 wounded.
A_PLACE_NAME_ENDING_AS_PEOPLE: list[tuple[str, int]] = [
    ("Two soldiers were killed in the blast at the gate in Barangay Masilian, and 17 others were wounded, the army "
     "said.", 17),
    ("A policeman died in Port Adrian and 8 others were hurt.", 8),
    # (a surname that ends as a noun of people does is the name's last word: three people)
    ("Dana Flint, Willie Norman and Chris Cole were wounded in the shooting outside the club.", 3),
    # (people named by a noun of people: each counts)
    ("The Palestinian and two others were wounded when the car was hit.", 3),
    ("A Christian and a Muslim were wounded in the blast.", 2),
    ("Husband and wife were wounded in the attack on the farm.", 2),
]


@pytest.mark.parametrize(("text", "injured"), A_PLACE_NAME_ENDING_AS_PEOPLE)
def test_a_place_name_is_no_person(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# A toll risen by some of the wounded who died, told before the sentence that gives the first count with its
# wounded ("killing four and wounding three", four being the new toll less those who died): the first count's
# wounded held them, so the injured are the wounded less those who died.
A_RISE_TOLD_BEFORE_THE_FIRST_COUNT: list[tuple[str, int]] = [
    ("The number of police officers killed in Sunday's ambush has risen to seven, after two of the wounded officers "
     "died in hospital on Tuesday, the governor said.\n\nThe gunmen had fired on the patrol near the bridge, killing "
     "five officers and wounding six others.", 4),
    ("The toll of the mortar attack on the market has risen to four after one of the wounded died overnight.\n\nThe "
     "shell had landed among the stalls, killing three people and injuring 11.", 10),
    # (the later sentence tells the new toll with its wounded: those left already)
    ("The toll of the mortar attack on the market has risen to four after one of the wounded died overnight.\n\nThe "
     "shell had landed among the stalls, killing four people and injuring 11.", 11),
    # (a later count that is no first toll of this one)
    ("The toll of the mortar attack on the market has risen to four after one of the wounded died overnight.\n\nThe "
     "shell had landed among the stalls, killing nine people and injuring 11.", 11),
]


@pytest.mark.parametrize(("text", "injured"), A_RISE_TOLD_BEFORE_THE_FIRST_COUNT)
def test_a_rise_told_before_the_first_count(text: str, injured: int) -> None:
    assert figure(text, "injured") == injured


# A war or a campaign of months or years told as the subject of its toll ("The five-month siege left more than
# 1,100 people dead") is a running total of its months, as one told "during the decades-long insurgency" was;
# one of hours or days is one event's.
A_CAMPAIGN_OF_MONTHS: list[tuple[str, int]] = [
    ("Troops killed nine fighters of the group in an air strike on Friday, the army said. The group is a remnant "
     "of those who held the city in 2017. The five-month siege left more than 1,100 people dead.", 9),
    ("A roadside bomb killed four soldiers on Monday. The 12-year insurgency has killed more than 40,000 people.", 4),
    ("A roadside bomb killed four soldiers on Monday. Its two-year offensive left about 3,000 dead.", 4),
    # (a siege of days, and one with no span: the report's own)
    ("The three-day siege of the hotel left 40 people dead, officials said.", 40),
    ("The siege of the hotel left 40 people dead, officials said.", 40),
]


@pytest.mark.parametrize(("text", "killed"), A_CAMPAIGN_OF_MONTHS)
def test_a_campaign_of_months_is_a_running_total(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A toll of an event the lead does not name, dated "last week" or "last month" at its sentence's end, past a
# lead with a toll of its own, is that earlier event's; and a sentence right after such a sentence that tells its
# figures "in the operation" (a noun of an event the lead does not name) tells that event again.
LAST_WEEKS_EVENT: list[tuple[str, int]] = [
    ("Depot blast: death toll rises to 41\n\nThe death toll from Monday's explosion at the fuel depot has risen to "
     "41, the ministry said on Tuesday.\n\n"
     "According to the ombudsman, at least 150 people were killed during the three days of fighting last week. "
     "The other side's ministry has said 120 of its soldiers were killed in the operation.", 41),
    ("A bus hit a landmine on the road to the market on Sunday, killing 11 passengers. Rebels killed 25 villagers "
     "in an attack on a village further north last month.", 11),
    # (a lead that tells no toll: a follow-up of last month's killing, its own)
    ("Two men were charged on Friday over the killing of a teenager.\n\nInvestigators say the men shot and killed "
     "the boy, 15, and two of his friends last month.", 3),
    # (an event the lead names: its own)
    ("A blast at a fuel depot near the town killed at least 12 people, officials said on Tuesday.\n\nBy Thursday, "
     "officials said 19 people had died in the blast last week.", 19),
    # (the sentence before counts the report's own: "the operation" is the report's)
    ("Troops killed 14 fighters in an operation in the hills on Monday, the army said. Two soldiers were wounded, "
     "it said. Four soldiers were killed in the operation, a local official said.", 18),
]


@pytest.mark.parametrize(("text", "killed"), LAST_WEEKS_EVENT)
def test_last_weeks_event_is_another(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A victim named in apposition to a role told with "a" or "one" ("A resident of the village, 76-year-old Aziz Karimov,
# was also killed") is someone new, whom "also" adds to the dead told before, as "a military adviser, Milad
# Bidi, had died as well" was.
A_ROLE_THEN_A_NAME_ALSO_KILLED: list[tuple[str, int]] = [
    ("Nine soldiers were killed in the fighting on the border, the ministry said. On Monday, a resident of the "
     "village of Tala in the border district, 70-year-old Rauf Karimov, was also killed when a shell hit his "
     "house, prosecutors said.", 10),
    ("Nine soldiers were killed in the fighting, the ministry said. A shepherd, Ali Hasanov, was also killed.", 10),
    ("Nine soldiers were killed in the fighting, the ministry said. A shepherd, Ali Hasanov, 41, was also killed.",
     10),
    ("Thirteen civilians were killed in the shelling, officials said. One soldier, Lance Naik Ravi Singh, was also "
     "killed in the firing, the army said.", 14),
    # (a name told before, with no role before it: the same person)
    ("Rauf Karimov and eight soldiers were killed in the fighting. Karimov, 70, was also wounded before he died.", 9),
]


@pytest.mark.parametrize(("text", "killed"), A_ROLE_THEN_A_NAME_ALSO_KILLED)
def test_a_role_then_a_name_also_killed(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# "One of them, " and a long apposition, then "died", right after a sentence whose last group is the wounded, is
# one of the wounded who died: off the wounded; and not added to a toll an earlier sentence raised by her death.
ONE_OF_THEM_DIED: list[tuple[str, str, int]] = [
    ("A man wounded in Friday's drone strike on the bus station has died in hospital, officials said, raising the "
     "number of people killed in the attack to 12.\n\nThe governor said 40 people were wounded, six of them "
     "children. One of them, a 52-year-old driver who had been flown to the capital with burns to his arms and "
     "back, died on Sunday night, the governor said.", "injured", 39),
    ("A man wounded in Friday's drone strike on the bus station has died in hospital, officials said, raising the "
     "number of people killed in the attack to 12.\n\nThe governor said 40 people were wounded, six of them "
     "children. One of them, a 52-year-old driver who had been flown to the capital with burns to his arms and "
     "back, died on Sunday night, the governor said.", "killed", 12),
    # (the group told last is the dead: no wounded leave)
    ("A drone strike on the bus station killed 12 people on Friday and wounded 40, officials said. Five bodies were "
     "taken to the morgue. One of them, a 52-year-old driver who had worked at the station for years, died at the "
     "wheel, his colleagues said.", "injured", 40),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ONE_OF_THEM_DIED)
def test_one_of_them_died(text: str, outcome: str, best: int) -> None:
    assert figure(text, outcome) == best


# Where "in the" or "during the" and a noun of an armed forces' event stand is found from "the" and the noun (a
# literal re finds fast), then the word before by hand: the same places as the whole pattern, which opens with no
# literal (re tried it at every character of each report).
PIECES = ["in", "during", "the", " ", "  ", "\n", "\t", "fighting", "operation", "battle", "war", "s", "xin",
          "indie", "_", ".", "é", "٣", "ª", "In", "the\u00a0"]


def test_the_event_told_back_is_found_where_the_whole_pattern_matches() -> None:
    import random
    import re

    from casualty_cli.extraction import statements

    nouns = statements._THE_EVENT_TOLD_BACK.pattern
    whole = re.compile(r"\b(?:in|during)\s+" + nouns)
    rng = random.Random(7)
    texts = ["Two died in the fighting.", "during the operation", "within the war", "in  the\nbattle",
             "xin the war", "_in the war", "in the wars"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    for text in texts:
        assert statements._the_event_told_back_at(text) == [(m.start(), m.group(1)) for m in whole.finditer(text)], text
