"""Event notes written for this file in the styles of conflict-event notes (a date, actors with their
initials, "Fatalities unknown", "coded as 10") and of terrorism-incident descriptions (past tense, "No
group claimed responsibility"), one a file under ``fixtures/event_notes``. Each opens with the figures a
careful coder would record for the note's own event: ``# killed=N injured=M`` (the largest current
figure; a range's lowest; no running totals, earlier events or claims the note contradicts; vague words
as no figure). Facts of real events, sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_texts import figure, figures_read, gold_params, gold_texts

#: Notes the reader still gets wrong, and why.
MISSES: dict[str, str] = {
    "w14_25_rand_letter_later_died": "the guard a second device killed, in a sentence of its own, is not added to the "
                                     "wounded employee who died: pending the summing of victims across sentences",
    "b15_30_rand_hariri": "a named man hurt in the blast who died two months later, told in a sentence of his own "
                          "('Fuleihan, who ... suffered severe burns, died in a Paris hospital in April'), is not added "
                          "to the 22 killed: people named in separate sentences are not summed, and a relative clause "
                          "of hurt with a later month is not read as a wounded who died",
    "e15b_22_himachal_cloudburst_districts": "'In all, 12 persons sustained injuries' in the sentence after the 15 dead "
                                             "is read as 12 hit less the 15 dead ('sustained injuries' may be the dead's, "
                                             "the lexicon's injury_verbs), so injured is 0, not 12",
    "e15b_28_lagos_building_collapse": "'Twenty-three people were rescued alive, five of them with serious injuries, and "
                                       "were taken to the General Hospital': the 23 taken to hospital are read as hit "
                                       "(16 after the 7 dead), not the part 'five of them with serious injuries'",
    "g16_24_rand_mountbatten_mullaghmore": "the lead's list joined by semicolons is now read (3), but the named "
                                           "woman who 'died of her injuries the following day', in a sentence of "
                                           "her own, is not read: 'The Dowager Lady Brabourne' opens with 'The' "
                                           "(and a named person adds only to groups that are each one named person)",
    "g16_31_nws_blanco_river_vacation_home": "the one survivor 'was found clinging to a tree about 12 miles downstream "
                                             "with a punctured lung': the subject of 'with' and an injury is not looked "
                                             "for past a place phrase, so injured is 0, not 1",
    "g16_35_nws_heat_dome_multnomah": "a county's narrative (72 deaths) with the state's toll in its last sentence "
                                      "('Statewide, the heat wave was blamed for 96 deaths'): a natural hazard's spread "
                                      "is its own by the README's convention, so 96; and 'more than 250 emergency "
                                      "department visits for heat-related illness' names no people, so injured 0",
    "e15b_51_daraa_ex_fsa_shooting": "'his companion was wounded': 'companion' is no noun of people in the lexicon; "
                                     "adding it turned two rand-dev injured documents wrong ('shot him and a companion' "
                                     "and 'after shooting the pair', told after the dead, read as new people hurt)",
}


#: The k17_ notes (blind17b, 2026-12: 20 RAND incident descriptions, 20 NWS storm narratives, 20 event notes in
#: the manner of ACLED outside Kenya) the reader still gets wrong, and why.
MISSES_K17B: dict[str, str] = {
    "k17_20_rand_munich_olympics": "17 by the README's conventions (2 athletes, 9 hostages, a police officer and 5 "
                                   "attackers told dead as a group of their own): 'all nine hostages were killed' is "
                                   "not added to the two athletes (the 'nine others' seized are told apart from them "
                                   "only in the clause of seizing), and 'A West German police officer and five of the "
                                   "eight attackers also died' is no counted list for 'also' (a list that counts one, "
                                   "'a man and two women', most often tells people told before), so 9",
    "k17_45_acled_nantaka_mass_grave": "genuinely ambiguous: ACLED codes the 25 bodies of a mass grave to the earlier "
                                       "event that killed them ('The killings are coded in an earlier event; fatalities "
                                       "are not coded here', a sentence of its own); a news reader records 25",
    "k17_58_acled_jacarezinho_operation": "'2 metro passengers were hit by stray bullets' after '27 suspected CV "
                                          "members and 1 police officer were killed': people hit become injured "
                                          "less the report's dead (the Gun Violence Archive's convention), and the "
                                          "list of the dead names no one role, so the passengers are not told apart; "
                                          "keeping hit groups of a role, fewer than the dead, in a later sentence "
                                          "turned two gvc-dev injured documents wrong for two right",
}


#: The n18_ notes (blind18b, 2026-12: 14 RAND incident descriptions, 13 event notes in the manner of ACLED
#: outside Kenya, 13 NWS storm narratives) the reader still gets wrong, and why.
MISSES_N18B: dict[str, str] = {
    "n18_02_rand_schleyer_cologne": "genuinely ambiguous: the kidnapped man 'was shot by his captors' six weeks "
                                    "later, in a sentence of its own, is not added to the four of the kidnap "
                                    "(people named in separate sentences are not summed); a coder may split it off",
    "n18_06_rand_egyptair_648_malta": "60 killed and 5 injured over three scenes: 'two of them died' of five shot, "
                                      "the one hijacker killed in flight and 'another 56 ... and a second "
                                      "hijacker' are separate groups, not summed without a word of more victims "
                                      "for each; the guard 'before being wounded himself' (the subject of 'before "
                                      "being' and a participle is not looked for) and the three shot who lived "
                                      "are not read",
    "n18_20_acled_dasht_archi_checkpoint": "'The MoD said 11 Taliban were killed' beside the note's '6 ANA "
                                           "soldiers killed': a side's dead another party gives do not add (README), "
                                           "which does not say which figure then stands: the reader keeps the "
                                           "larger (11), the writer the note's own (6)",
    "n18_31_nws_lightning_beach_group": "'Lightning struck a group of five', then one killed, two taken to "
                                        "hospital and 'The other two were not injured': the five struck, less the "
                                        "dead, outweigh the two told hurt (4, not 2)",
}


#: The r19_ notes (blind19c, 2026-12: 25 event notes in the manner of ACLED outside Kenya, 20 RAND incident
#: descriptions, 15 IBC, Airwars and UCDP records and OCHA flash updates) the reader still gets wrong, and why.
MISSES_R19C: dict[str, str] = {
    "r19_26_rand_enniskillen_later_died": "'One of the injured, a school headmaster, fell into a coma two days later "
                                          "and died in December 2000, raising the death toll to twelve': a month "
                                          "and its year ('in December 2000') is a running total's cue, so the 12 "
                                          "is another event's, and the wounded who died, told with an apposition, "
                                          "is not taken off the 63 (11/63, not 12/62)",
    "r19_37_rand_bishopsgate": "'about an hour earlier' dates a warning call, but as a cue of an earlier event it "
                               "speaks for the clauses after it, and the clock's 'a.m.' before 'One person, a news "
                               "photographer, was killed' ends no sentence; ending the sentence there (a.m. before "
                               "a number word) turned a gvc-dev injured document wrong ('shortly after 10:30 p.m. "
                               "Four people have been shot' then reads as a tally of many events) for this one",
    "r19_40_rand_lima_japanese_residence": "'One hostage, a Supreme Court justice, and two commandos died': an "
                                           "apposition of capitalised words inside a list with its serial comma "
                                           "ends the list ('two commandos' only, then 14 hostage-takers: 16, not "
                                           "17); 'One hostage, a judge, and two commandos' reads 4, the apposition "
                                           "taken for an item",
}


#: The x21_ notes (blind21c, 2026-12: 35 event notes in the manner of ACLED outside Kenya, 25 RAND incident
#: summaries) the reader still gets wrong, and why.
MISSES_X21C: dict[str, str] = {
    "x21_11_philippines_himamaylan_clash": "'The bodies of 2 NPA members were recovered' after 'One soldier was "
                                           "killed': the rebels' dead are the other side of the clash (3), but "
                                           "'members' names no side (a group's initials before it may be a state "
                                           "force's as well), so the two sides are not summed (2)",
    "x21_27_brazil_jacarezinho_operation": "as k17_58: '2 metro passengers were hit by stray bullets' in a sentence "
                                           "after the 28 dead become injured less the report's dead (0, not 2)",
    "x21_42_rand_labelle_disco": "'a second US soldier died of his wounds two months later', after the two killed and "
                                 "230 wounded: one who 'died of his wounds' is not read as one of the wounded (no "
                                 "'of the wounded'), so he is neither added to the dead nor taken off the wounded "
                                 "(2/230, not 3/229)",
    "x21_43_rand_mountbatten_boat": "as g16_24: the list 'Mountbatten, his 14-year-old grandson Nicholas Knatchbull "
                                    "and a 15-year-old boat boy, Paul Maxwell' ends at the apposed name (1), and 'one "
                                    "of whom, the Dowager Lady Brabourne, died the next day' after 'injured four "
                                    "others' (an apposition after 'of whom') is not read (1/4, not 4/3)",
    "x21_52_rand_munich_olympics": "'In all, 11 Israeli athletes and coaches, one police officer and five attackers "
                                   "died': a count over two bare plural nouns joined by 'and' ('11 athletes and "
                                   "coaches') is read only as the list's last item, so the list ends there (6), and "
                                   "the rescue's 15 stands (15, not 17)",
    "x21_54_rand_enniskillen": "as r19_26: 'One of the injured, Ronnie Hill, died in 2000 after 13 years in a coma, "
                               "bringing the toll to 12': a year 13 years on makes the 12 a running total (11/63, "
                               "not 12/62)",
    "x21_55_rand_oslo_government": "'About two hours later, the same perpetrator ... shot dead 69 people at a ... camp "
                                   "on Utoya island': another event of the same attacker, told by a later time with "
                                   "'About' before it and a known attacker, not a new event's noun, is read as the "
                                   "report's own (69, not 8)",
}


#: The c24_ notes (blind24c, 2026-12: 60 event notes in the manner of ACLED and UCDP outside Kenya, from the
#: Sahel to Colombia) the reader still gets wrong, and why: none after the seventeenth session's rules, with one
#: gold mended to the README's conventions (c24_51: the driver of a car bomb who died in its blast is an
#: attacker killed by his own explosives, not added to the 21 cadets, as g16_'s mended gold).
MISSES_C24: dict[str, str] = {}


@pytest.mark.parametrize(
    "path",
    gold_params("event_notes", {**MISSES, **MISSES_K17B, **MISSES_N18B, **MISSES_R19C, **MISSES_X21C, **MISSES_C24}),
)
def test_a_note_reads_as_a_coder_records_it(path: Path) -> None:
    got, gold = figures_read(path)
    assert got == gold


def test_every_note_is_there() -> None:
    # 40 of session 9, 13 of session 10, 30 of session 11 (w14_), 26 (e15_), 60 (b15_) and 60 (e15b_) of session 12,
    # 60 (g16_) of session 13, 60 (k17_) of session 14, 40 (n18_) of blind18b, 60 (r19_) of blind19c,
    # 60 (x21_) of blind21c, 60 (c24_) of blind24c
    assert len(gold_texts("event_notes")) == 569


# A run the note's event is part of, told with what the run did ("part of a wave of shelling that killed
# more than 40"), is the run's toll, not the event's; a run the event only happened in keeps its figure.
RUNS_THE_EVENT_IS_PART_OF: list[tuple[str, int]] = [
    ("On 3 May 2024, militia shelled a village, killing 3 civilians. The attack was part of a wave of raids "
     "that killed over 60 people in the district that month.", 3),
    ("Soldiers shot dead 2 protesters on 9 June. It is part of a series of crackdowns which left at least 25 "
     "dead across the region.", 2),
    # no run: the event's own toll
    ("On 3 May 2024, militia shelled a village, killing 5 civilians, in what residents called a wave of fear.", 5),
    ("Militia shelled a village on 3 May, killing 31 people. The raid was part of an offensive on the town.", 31),
]


@pytest.mark.parametrize(("text", "killed"), RUNS_THE_EVENT_IS_PART_OF)
def test_a_run_the_event_is_part_of_is_no_toll_of_its_own(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# A count before a noun of deaths is the count, whatever "to" follows ("attributed 4 deaths to heat": heat
# is the cause); with no count before, "deaths to" names the people after it ("caused deaths to 20 civilians").
COUNTED_DEATHS_TO: list[tuple[str, int]] = [
    ("The medical examiner attributed 4 deaths to the heat wave.", 4),
    ("Health officials attributed three deaths to the heat.", 3),
    ("The coroner linked 2 deaths to carbon monoxide from generators.", 2),
    ("The shelling caused deaths to twenty civilians in the market.", 20),
    # a date before the noun is no count: the friend is the one dead
    ("Police charged a teen in the March 1 death of his best friend.", 1),
]


@pytest.mark.parametrize(("text", "killed"), COUNTED_DEATHS_TO)
def test_a_count_before_deaths_to_is_the_count(text: str, killed: int) -> None:
    assert figure(text, "killed") == killed


# Forms the g16_ notes taught (docs/reading-rules.md, "The sixteenth blind set"): each row a text of our own,
# the outcome asked and the figure a careful coder records.
SET_16B_FORMS: list[tuple[str, str, int]] = [
    # another event's news after "Separately," and after a later time with a counted weapon
    ("Police found the bodies of 6 men in a field. Separately, a roadside bomb wounded 4 soldiers.", "injured", 0),
    ("A bomb on a boat killed 2 people. Later that day, two bombs near the border killed 18 soldiers.", "killed", 2),
    ("Less than an hour earlier, a second bag exploded at the airport, killing two porters.", "killed", 0),
    # a war's total at its end, an attack the event answers, a span of events and a run it is one of
    ("A strike killed 9 people. By the end of the conflict, more than 2,000 people had been killed.", "killed", 9),
    ("A drone killed 3 militants, a response to the 2 May attack on a base, which killed 5 soldiers.", "killed", 3),
    ("Police shot dead a teen. It came during a week of raids in three towns in which 40 people were killed.",
     "killed", 1),
    ("The tornado was one of 9 that touched down that night, an outbreak that killed 4 people.", "killed", 0),
    # animals and measures are no people
    ("The storm flattened a barn, killing 30 head of cattle.", "killed", 0),
    ("A man was found about 5 miles downstream with a broken arm. Two people drowned.", "injured", 0),
    # lists: ages in apposition, one count over two nouns, 'and later', an acronym's chief
    ("The blast wounded her three brothers, aged 4, 9 and 11, and her aunt.", "injured", 4),
    ("The bomb killed all 40 passengers and crew and 3 people on the ground.", "killed", 43),
    ("Gunmen shot dead the consul and later his driver.", "killed", 2),
    ("A car bomb killed PKK head Ali Veli and one of his guards.", "killed", 2),
    ("All 88 people on board, among them 20 children, were killed.", "killed", 88),
    # deaths told otherwise: a fatal heart attack, a body thrown away, 'Both deaths', 'N more in' a place
    ("A woman suffered a fatal heart attack while shovelling snow.", "killed", 1),
    ("Pirates shot the captain and threw his body into the sea.", "killed", 1),
    ("Kidnappers shot the trader and his son.", "killed", 0),
    ("A car slid off the road. Both deaths were ruled accidental.", "killed", 2),
    ("An inquiry found that 30 people died in the school and 6 more in a nearby house.", "killed", 36),
    # sources: a part another source gives, a range's top told again, each party's own dead
    ("The strike killed 20 people, including 9 children, according to the ministry; the Red Cross said it had "
     "received the bodies of 7 children.", "killed", 20),
    ("Between 3 and 8 civilians were reported killed in the strike. A monitor put the toll at 8.", "killed", 3),
    ("Country A's ministry reported 5 of its soldiers killed. Country B's ministry reported 3 of its soldiers "
     "killed.", "killed", 8),
    # a hazard's 'other' people with a mishap of their own
    ("A tornado struck the town, killing a man and injuring his wife. Two other people were injured when their "
     "roof collapsed.", "injured", 3),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SET_16B_FORMS)
def test_the_forms_of_set_16b(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


# Forms the k17_ notes taught (docs/reading-rules.md, "The seventeenth blind set"): each row a text of our own,
# the outcome asked and the figure a careful coder records.
SET_17B_FORMS: list[tuple[str, str, int]] = [
    # "both" before a limb or a thing counts no one; who lost a limb and died is one dead
    ("A bomb under his car went off and Walsh lost both legs and died in hospital.", "killed", 1),
    ("The driver lost both arms in the blast.", "killed", 0),
    ("Gunmen killed both guards.", "killed", 2),
    # what people are of is no count
    ("At least 12 people of several nationalities were killed.", "killed", 12),
    # a whole told with "all", then its parts; without "all" the groups add
    ("Gunmen killed all four men of his guard, a driver and three police officers.", "killed", 4),
    ("Gunmen killed four soldiers, a driver and three police officers.", "killed", 8),
    # a list that had its "and" ends before ", and N others"
    ("Three people died, among them Ana Ruiz and Tom Bell, a local judge, and 20 others were hurt.", "injured", 20),
    # days of a month after "over" are no count
    ("Militias killed at least 90 people over 4-5 June.", "killed", 90),
    # hit by stray bullets; attackers hit are none of the victims killed
    ("Two bystanders were hit by stray bullets.", "injured", 2),
    ("Gunmen killed two guards. One of the gunmen, Ali Musa, was shot in the leg.", "injured", 1),
    ("Two people were killed. One of the attackers was wounded in the arm by a guard.", "injured", 1),
    # people hospitalized with an illness are alive
    ("A man died of carbon monoxide poisoning. Three children were hospitalized with carbon monoxide poisoning.",
     "injured", 3),
    # excess deaths are a model's estimate beside the counted dead
    ("The coroner certified 80 heat deaths. Researchers later estimated 140 excess deaths.", "killed", 80),
    # a suspect of a deed is no one hurt
    ("The church shooting suspect was caught in a traffic stop.", "injured", 0),
    # an event note's share of deaths split across events; its sentence's whole is no toll of its own
    ("Militia killed at least 300 people over two days; the fatalities are split across events (150 coded to "
     "each day).", "killed", 150),
    ("The raids went on in the camp. Part of a two-day attack: 150 of the reported 300 coded here.", "killed", 150),
    ("Fatalities coded as 11.", "killed", 11),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SET_17B_FORMS)
def test_the_forms_of_set_17b(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


#: Forms of the n18_ notes (blind18b: 14 RAND descriptions, 13 ACLED-style notes outside Kenya, 13 NWS
#: narratives), each with a row that holds the rule's edge.
SET_18B_FORMS: list[tuple[str, str, int]] = [
    # a party's claim yields to another account ("local sources") as to the report's own; alone it counts
    ("Local sources report 4 soldiers killed. The militants claim 30 fatalities.", "killed", 4),
    ("The militants claim 30 fatalities.", "killed", 30),
    # a count before "of the" and an owner's possessive counts the owner's people
    ("Three of the minister's guards and a driver were killed.", "killed", 4),
    ("Two of the president's bodyguards were wounded.", "injured", 2),
    ("The president's bodyguards and a passer-by were killed.", "killed", 1),
    # "the" before a count opens a list's item; "the N other(s)" stays a group told before
    ("The mayor, his wife and the three officers in the escort car were killed.", "killed", 5),
    ("Ali Musa and the four other teens were shot.", "injured", 4),
    # a role before a name, then an apposition, is one person of the list
    ("The judge, his wife Ana Ruiz, also a lawyer, and three guards were killed.", "killed", 5),
    ("Two magistrates were wounded.", "injured", 2),
    # a person's relative clause between commas inside a list
    ("The driver, who was sitting in the back, and 12 other people were injured.", "injured", 13),
    # the agent named after "by", then "who" and a death, is that person
    ("The device was being carried by Tom Walsh, a member of the cell, who was killed when it went off.", "killed", 1),
    ("The bomb was carried by Tom Walsh, who died instantly.", "killed", 1),
    ("A boy was shot by a man, who fled.", "killed", 0),
    # "treated at the scene for" an injury is hurt, as "treated for" is; at the scene with no hurt is not read
    ("One firefighter was treated at the scene for heat exhaustion.", "injured", 1),
    ("A man was killed. Two people were treated on the scene for cuts.", "injured", 2),
    ("Two people were treated at the scene.", "injured", 0),
    # a ruler's title is a noun of people: one hurt, then "other" people in the clause after, add
    ("The Emir suffered cuts and bruises and was taken to hospital, and 12 other people were wounded.",
     "injured", 13),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SET_18B_FORMS)
def test_the_forms_of_set_18b(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected


#: Forms of the r19_ notes (blind19c: ACLED-style notes outside Kenya, RAND descriptions, casualty database
#: records; the records' own forms are tests/test_record_fields.py), each with a row that holds the rule's edge.
SET_19C_FORMS: list[tuple[str, str, int]] = [
    # a militant group's cadres are a side of the fight: their dead, told by the group itself, add
    ("Rebels raided a camp and 9 soldiers were killed. The rebels said 3 of their cadres died in the raid.",
     "killed", 12),
    ("Maoists ambushed a convoy, killing 6 policemen. Two cadres were also killed.", "killed", 8),
    # one side told twice is not added
    ("Four cadres were killed in the encounter. The group said the 4 cadres were killed in the firing.",
     "killed", 4),
    # "coded as separate events" closing a sentence sets apart every group of its clause; "coded separately"
    # only the group before it; a semicolon bounds the clause
    ("The bodies of 5 herders were found, and 4 thieves were shot dead (coded as separate events).", "killed", 0),
    ("The bodies of 5 herders were found, and 4 thieves were shot dead (coded separately).", "killed", 5),
    ("The bodies of 5 herders were found; 4 thieves were shot dead (coded as separate events).", "killed", 5),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), SET_19C_FORMS)
def test_the_forms_of_set_19c(text: str, outcome: str, expected: int) -> None:
    assert figure(text, outcome) == expected
