"""Killed figures of conflict event notes: the short, telegraphic notes of event data sets and the
sentences of war reporting they borrow from.

Every row is a sentence written for this file. Each table is one rule of English syntax or one group
of lexicon entries of general English; a row of ``None`` is a sentence that gives no killed figure.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.model import Document


def _killed(text: str, outcome: str = "killed") -> int | None:
    """The document's figure as the scorer takes it: the largest incident best (None: none)."""
    found = [
        s.best
        for s in extract_statements(Document("t", text))
        if s.outcome == outcome and s.scope == "incident" and s.best is not None
    ]
    return max(found) if found else None


DISMISSED = [
    # a figure a speaker dismisses or refutes is the other side's, as one denied
    ("A herder was shot dead. The governor dismissed reports that 11 people had been killed.", 1),
    ("Two guards died in the raid. The army refuted claims that 30 soldiers were killed.", 2),
    # "dismissed" without a figure's report is no denial
    ("The commander dismissed 12 officers after four prisoners were killed in custody.", 4),
]


@pytest.mark.parametrize(("text", "killed"), DISMISSED)
def test_a_dismissed_report_is_the_other_sides(text: str, killed: int) -> None:
    assert _killed(text) == killed


IN_ACTION = [
    # KIA, WIA: killed, wounded in action
    ("Nine soldiers KIA near the border post.", 9),
    ("Four militiamen reportedly KIA.", 4),
    ("Two rangers were KIA and five WIA during the patrol.", 2),
    # the same letters as a name before a verb (the Kachin Independence Army) are no outcome
    ("About 300 KIA attacked an army outpost in Kachin State.", None),
    ("The army and the KIA clashed near Laiza.", None),
]


@pytest.mark.parametrize(("text", "killed"), IN_ACTION)
def test_killed_in_action(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


def test_wounded_in_action() -> None:
    assert _killed("Two rangers were KIA and five WIA during the patrol.", "injured") == 5


SMALL_FORMS = [
    # a date whose day stands before its abbreviated month is whole: the number after it is a count
    ("3 Oct. 6 killed by bandits near Baragoi.", 6),
    ("On 21 Feb. 2 herders were shot dead at a well.", 2),
    # (a number right after the month is its day)
    ("Feb. 9 a trader was killed by robbers.", 1),
    # "from each side": the count of each of a fight's two sides
    ("Two clans fought over water; one man from each clan was killed.", 2),
    ("Three fighters on each side died in the battle.", 6),
    ("Raiders killed one herder from each village.", 1),
    # a stop word that is also a name, capitalised, is a name's word
    ("Hassan Said and his nephew were shot dead in Wajir.", 2),
    ("Gunmen killed Ahmed Said outside a mosque.", 1),
    ("Said Abdi, a chief, was killed by raiders.", 1),
    # a bare count after "there was" or "there is", as after "there were"
    ("A nurse at the clinic said there was 1 killed in the clash.", 1),
    ("The chief says there is one dead after the raid.", 1),
    ("Police said there were 3 killed.", 3),
    # (an age after "was" with no verb of its own is no count)
    ("The herder was 19 when raiders attacked the well.", None),
]


@pytest.mark.parametrize(("text", "killed"), SMALL_FORMS)
def test_small_forms_of_notes(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


RESULTS = [
    # after a verb of result, "in" or "with" opens who was hurt, not where
    ("A landmine blast results in three soldiers killed near Liboi.", 3),
    ("The cattle raid ended with four herders dead.", 4),
    ("The ambush resulted in two rangers being killed.", 2),
    # (after any other verb it is where)
    ("A soldier on patrol in two districts was killed.", 1),
]


@pytest.mark.parametrize(("text", "killed"), RESULTS)
def test_who_after_a_verb_of_result(text: str, killed: int) -> None:
    assert _killed(text) == killed


SUBJECTS = [
    # an aside of where they were, between commas, however long, after a subject that says where from
    (
        "Six rangers from the Kora camp in Tana River County, on patrol along the old road to Bura near"
        " the river crossing, died when their truck hit a mine.",
        6,
    ),
    ("Two herders from Wajir, on their way to a well near the border, were shot dead.", 2),
    # two roles of one person with a singular verb, the head in both
    ("A senior clan elder and council elder was shot dead near Moyale.", 1),
    ("An elderly couple was killed when raiders torched their hut.", 2),
    # a count, then the names of as many people: the names are the counted people
    ("Two chiefs, Ali Wario and Hassan Dido were killed by bandits.", 2),
    # (people of other kinds after the count are more people)
    ("Two soldiers, a policeman and a civilian were killed.", 4),
]


@pytest.mark.parametrize(("text", "killed"), SUBJECTS)
def test_subjects_of_notes(text: str, killed: int) -> None:
    assert _killed(text) == killed


NO_SUBJECT_ACROSS = [
    # the subject of a count after a verb of claim is not before the verb: the count after it is the
    # party's claim (alone, the only figure told, it counts; beside the report's own it yields)
    ("The militants claimed 12 killed.", 12),
    ('The raiders claimed "dozens" killed, though police reports indicate two dead.', 2),
    # two places joined by "and" before a plural verb are no person
    ("Fighters from Wajir and Mandera are feared dead after the battle.", None),
    # (a name before a singular verb is one)
    ("Two were shot dead in Garissa and Ali Musa was killed in Wajir.", 3),
]


@pytest.mark.parametrize(("text", "killed"), NO_SUBJECT_ACROSS)
def test_no_subject_across_a_claim_or_a_place(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


OTHER_EVENTS = [
    # the deaths a reprisal avenges are another event
    ("Raiders killed 3 herders in a revenge attack for 7 villagers killed last month.", 3),
    ("Militia fighters killed two men in reprisal for the killing of five traders.", 2),
    # a crime the dead were suspected of, in a relative clause of the crime's noun
    ("A youth suspected of joining a gang that killed nine at a market was lynched by residents.", 1),
    # a long aside in parentheses between a subject and its verb, holding a crime of theirs
    (
        "3 bandits (who were said to be accused of killing 8 people during raids on two villages in the"
        " previous week) were shot dead by police.",
        3,
    ),
    # a crime someone told before is suspected of, in a later sentence
    ("Police shot dead a man in Eastleigh. The man was suspected of killing four officers.", 1),
    ("Residents lynched a thief. He was wanted for killing six people.", 1),
    # (told first, the crime is what the report is about)
    ("Ali Musa, accused of killing four guards, went on trial. The guards were killed in 2019.", 4),
    # an event some hours before the one told is another, as one some days before is
    ("A guard was shot dead at the depot, only hours after two traders were killed at the market.", 1),
    ("Two more bombs were found on Monday, hours after a third man hurt in the blast died.", None),
]


@pytest.mark.parametrize(("text", "killed"), OTHER_EVENTS)
def test_other_events_are_set_apart(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


# A group said to be counted as another event's ("coded separately", "counted elsewhere": [syntax]
# coded_apart) is an event told apart, with scope "separate"; the words are read after the group, or after
# its verb, up to the next group, figure or clause's end.
CODED_APART = [
    ("Third day of the riots in the town. 3 killed (coded separately)", None),
    ("Youths burnt a police post - police intervened, killing 5 (counted separately).", None),
    ("Raiders killed 4 herders (coded seperately) and police later shot dead 2 of them.", 2),
    # another group's aside speaks for that group only
    ("4 soldiers killed (and 6 herders - coded separately) in the ambush near the wells.", 4),
    ("A guard was killed. 2 more died in a raid on the next village, coded elsewhere.", 1),
    # no such words: the group counts
    ("Police intervened, killing 5 (all of them armed).", 5),
]


@pytest.mark.parametrize(("text", "killed"), CODED_APART)
def test_a_group_coded_apart_is_another_events(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


def test_a_group_coded_apart_is_kept_as_an_event_told_apart() -> None:
    found = extract_statements(Document("t", "Riots in the town. 3 killed (coded separately)"))
    assert [(s.best, s.scope) for s in found if s.outcome == "killed"] == [(3, "separate")]


ASIDES_OF_A_RUN = [
    # a run of events in a relative clause about someone speaks for the aside only
    ("A suspected robber, who had a hand in a spate of killings in Kisumu, was lynched by residents.", 1),
    ("A chief, who had spoken out against a wave of attacks on herders, was shot dead in Wajir.", 1),
    # (without the aside the run speaks for the sentence)
    ("A spate of killings in Kisumu left 6 dead.", None),
]


@pytest.mark.parametrize(("text", "killed"), ASIDES_OF_A_RUN)
def test_a_run_in_an_aside_speaks_for_the_aside(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


UNCONFIRMED = [
    # a figure its clause calls unconfirmed yields to the report's confirmed one
    ("Three guards were killed at the depot. Nine other deaths are feared but unconfirmed.", 3),
    ("4 killed by raiders -(15 UNCONFIRMED DEATHS in the wider area)", 4),
    ("A chief was shot dead. Up to 6 others may have been killed (unconfirmed).", 1),
    ("2 killed in the raid (5 others feared dead in an early report but not confirmed)", 2),
    # alone, it is the only figure told
    ("Up to 12 people may have been killed in the raid, though this is unconfirmed.", 12),
    # (a figure between them is the one the word speaks of)
    ("5 killed and 30 unconfirmed deaths reported in the district.", 5),
    # an appositive of the figure that calls it unverified, however long the clause between
    ("Airstrikes on the port killed 40 people, the ministry said. The rebels say more than 150 people have "
     "been killed in the strikes in total, a figure that has not been verified.", 40),
    ("Shelling killed six people in the town. Residents said as many as 30 people were killed in the "
     "shelling of the market, a toll that could not be independently verified.", 6),
    # a later sentence's unverified word is not the figure's
    ("Shelling killed six people in the town, and locals said 30 people were killed in the market. The "
     "reports have not been verified.", 30),
    # a figure whose share of the event its clause leaves untold yields too
    ("Officials confirmed 12 deaths from the heat. The city morgue received 140 bodies over the week but did "
     "not say how many were linked to the heat.", 12),
    ("Two fishermen drowned. A charity said it had recovered 30 bodies along the coast but didn't specify how "
     "many were from the storm.", 2),
    # ... and alone, it is the only figure told
    ("The city morgue received 140 bodies over the week but did not say how many were linked to the heat.", 140),
    # the part of a count its next clause says is confirmed is the figure ("but only", "but just"); other
    # clauses after "but" are not
    ("The state has logged 64 suspected heat deaths this week, but only 19 have been confirmed.", 19),
    ("Officials recorded 40 deaths, but just 12 were verified by the coroner.", 12),
    ("Officials recorded 40 deaths, but only 12 were verified by the coroner.", 12),
    ("Officials recorded 40 deaths, but 12 of the victims were children.", 40),
    ("The state has logged 64 suspected heat deaths this week.", 64),
]


@pytest.mark.parametrize(("text", "killed"), UNCONFIRMED)
def test_an_unconfirmed_figure_yields(text: str, killed: int) -> None:
    assert _killed(text) == killed


JOINED = [
    # a to-death verb's particle before its object
    ("A mob beat up three suspects to death in the market.", 3),
    # (not "up to" of a figure)
    ("The blast left up to 7 dead.", 7),
    # "plus" joins more people to those counted
    ("4 traders killed at the market plus 1 guard and 2 drivers.", 7),
    ("Gunmen killed 3 herders plus a boy.", 4),
    # (things are no people)
    ("The raid killed 9, plus 200 goats.", 9),
]


@pytest.mark.parametrize(("text", "killed"), JOINED)
def test_particles_and_companions(text: str, killed: int) -> None:
    assert _killed(text) == killed


FORCES_AND_SOURCES = [
    # one count over two plural nouns, the second after a force's name
    ("At least 12 soldiers and Border Police Reservists are feared dead after the ambush.", 12),
    # a figure cited from a named source in the present tense, after the note's own, is another account
    ("Two herders were killed near the dam. The Daily Courier reports 5 dead.", 2),
    ("One officer reported dead. Radio Baidoa records 7 deaths.", 1),
    # (alone, it is the note's figure)
    ("The Daily Courier reports 5 dead after a raid on a village.", 5),
    # ("Police reports say": reports, a noun)
    ("Two were killed in the raid. Police reports say 5 were killed.", 5),
]


@pytest.mark.parametrize(("text", "killed"), FORCES_AND_SOURCES)
def test_forces_and_cited_sources(text: str, killed: int) -> None:
    assert _killed(text) == killed


COMPANIONS = [
    # a companion described by a clause of no outcome is one more of the dead
    ("A chief was shot dead along with another man who was travelling with him.", 2),
    # (one whose clause tells another outcome is not)
    ("The bodies of two, along with two others who were wounded, were found.", 2),
    # "with" and kin of the dead: companions
    ("A camp worker was killed by armed men with his wife and son near the market.", 3),
    ("A farmer was hacked to death with his two sons.", 3),
    # (not a thing of theirs, nor someone with whom another verb's deed was done)
    ("A guard was shot dead with his own rifle.", 1),
    ("A trader was shot dead with his brother's pistol.", 1),
    ("A teacher was shot dead while riding home with his wife.", 1),
]


@pytest.mark.parametrize(("text", "killed"), COMPANIONS)
def test_companions_of_the_dead(text: str, killed: int) -> None:
    assert _killed(text) == killed


KIND_OF_EVENT = [
    # the bare plural names the kind of event, not several counted ones
    ("Three herders killed near Baragoi in attacks by armed raiders.", 3),
    # (the attacks told, with "the", are several)
    ("Two bombs went off in the town. Nine people were killed in the attacks.", None),
]


@pytest.mark.parametrize(("text", "killed"), KIND_OF_EVENT)
def test_a_bare_plural_of_events(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


DEATH_LED_TO = [
    # a deed that led to one person's death
    ("A boy was struck on the head by an officer, leading to his death on 3 May.", 1),
    ("A trader was beaten by a mob, which resulted in her death.", 1),
    # (the death of someone told before is not one more)
    ("A herder was shot by raiders, causing his death. Two others were wounded.", 1),
]


@pytest.mark.parametrize(("text", "killed"), DEATH_LED_TO)
def test_a_death_a_deed_led_to(text: str, killed: int) -> None:
    assert _killed(text) == killed


DASH_ASIDES = [
    # an aside between dashes inside a subject: the phrase before it is the subject
    ("Two guards -- one a reservist and the other a constable -- were shot dead at the gate.", 2),
    ("Four rangers — three men and a woman — were killed in the ambush.", 4),
    # (a note's clauses between dashes are no aside: they are list items, separate groups that add)
    ("Raid on a village - 2 killed by raiders - 1 herder killed by police.", 3),
]


@pytest.mark.parametrize(("text", "killed"), DASH_ASIDES)
def test_an_aside_between_dashes(text: str, killed: int) -> None:
    assert _killed(text) == killed


LEXICON_OF_DEATHS = [
    # "deaths to" its people (not the singular of a slogan)
    ("The blast caused deaths to nine villagers and injuries to twenty more.", 9),
    ("Marchers chanted death to the governor.", None),
    # a cut throat
    ("Three herders were found with their throats slit near the well.", 3),
    ("A shopkeeper had his throat slit by robbers.", 1),
]


@pytest.mark.parametrize(("text", "killed"), LEXICON_OF_DEATHS)
def test_lexicon_of_deaths(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


OFFICES_ENDING_IN_SS = [
    # a role that ends in "ss" is one person ("boss"), its plural many
    ("A prison warder has shot dead his boss before turning the gun on himself.", 2),
    ("A prison warder has shot dead his boss.", 1),
    ("Gunmen killed two gang bosses outside a bar.", 2),
    ("Militia boss Ali Dere was killed in an ambush.", 1),
    # (a boss told of with no death, and no singular read as a plural count)
    ("The site boss said the bosses of both firms were questioned by police.", None),
    ("Their boss told reporters that two guards were hurt in the raid.", None),
]


@pytest.mark.parametrize(("text", "killed"), OFFICES_ENDING_IN_SS)
def test_offices_ending_in_ss(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


CAUSED_TO = [
    # what a causative verb made someone do happened: the infinitive after it and its object is read
    ("A mob stormed the depot, forcing guards to open fire and kill 2.", 2),
    ("Raiders cornered the patrol, forcing the rangers to shoot dead three of them.", 3),
    ("The landmine caused four herders to be killed.", 4),
    ("The ambush prompted soldiers to kill 5 attackers.", 5),
    ("The rangers were forced to kill 2 poachers.", 2),
    # ... an infinitive of intent, of a command, or a cause itself unreal does not
    ("The gang threatened to kill 3 hostages.", None),
    ("The men plotted to kill 2 chiefs.", None),
    ("The commander ordered troops to kill 4 prisoners.", None),
    ("The raiders tried to force the guards to kill 2 prisoners.", None),
    ("The chief did not force the youths to kill 2 herders.", None),
]


@pytest.mark.parametrize(("text", "killed"), CAUSED_TO)
def test_an_infinitive_after_a_causative_verb_happened(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


SUBJECTS_WITH_A_MODIFIER = [
    # an adjective with its own preposition after the subject's noun, as a participle after it
    ("Four gang members responsible for the raid were shot dead by police.", 4),
    ("Two fighters loyal to the chief were killed in the clash.", 2),
    # "behind" is a preposition of place, after which the subject's noun stands before it
    ("Three men behind the cattle raid were lynched by villagers.", 3),
    ("Cattle rustler notorious for raids in the valley was shot dead by rangers.", 1),
    # an aside in parentheses inside the modifier
    ("Gang member responsible for running the matatu (minibus) extortion racket was shot dead.", 1),
    ("Three men (all herders) from the village were hacked to death.", 3),
    # (an adjective of a thing, not of the subject, gives no count of it)
    ("A bomb responsible for two deaths last year was found near the market.", None),
]


@pytest.mark.parametrize(("text", "killed"), SUBJECTS_WITH_A_MODIFIER)
def test_a_subject_with_a_modifier_after_it(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


REPORTED_TO_BE = [
    # "reported to be" and a participle tells what happened, as "reported killed" does
    ("1 reported to be lynched to death after a theft at the market.", 1),
    ("Two herders were said to be shot dead near the well.", 2),
    ("Three traders were reported to be killed in the raid.", 3),
    # ... an expectation, a plan or a fear does not
    ("Two herders are expected to be killed if the raids go on.", None),
    ("The hostages were going to be killed at dawn.", None),
]


@pytest.mark.parametrize(("text", "killed"), REPORTED_TO_BE)
def test_reported_to_be_killed(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


HYPHENATED_PEOPLE = [
    # a hyphenated noun of people the lexicon lists
    ("Raiders broke into a house, killing the owner's daughter and son-in-law.", 2),
    ("A co-worker of the victim was also shot dead.", 1),
    # (a hyphenated word the lexicon does not list is no person: not thirty people)
    ("The 30 year-old-man had been beheaded.", None),
]


@pytest.mark.parametrize(("text", "killed"), HYPHENATED_PEOPLE)
def test_hyphenated_nouns_of_people(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


GIVEN_FIGURES = [
    # a noun of the dead, a verb that gives its figure, "as" or "at": an event note's coding or a toll
    ("Rebels and the army clashed near the river crossing. Fatalities coded as 11.", 11),
    ("A car bomb went off near the port. Fatalities coded as 25 for this event; the rest are split.", 25),
    ("Fighting went on for two days around the airfield. Deaths were estimated at 40.", 40),
    ("Gunmen raided a cattle camp. The fatalities were put at about 12.", 12),
    ("Government troops shelled the town. Deaths recorded as 3, according to the monitor.", 3),
    # no figure after the verb, or the noun is no subject of it: nothing read
    ("Rebels and the army clashed near the border. Fatalities coded as lowest estimate.", None),
    ("Militias fought near the market. The deaths reported at the clinic were not confirmed.", None),
    ("Police dispersed the protest. Deaths put at risk the talks with the unions.", None),
]


@pytest.mark.parametrize(("text", "killed"), GIVEN_FIGURES)
def test_a_figure_given_to_the_dead(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize("verb", sorted(lexicon().figure_givers))
def test_every_verb_that_gives_a_figure(verb: str) -> None:
    assert _killed(f"Two armed groups fought in the hills. Fatalities were {verb} at 6.") == 6
    assert _killed(f"Two armed groups fought in the hills. Deaths {verb} as 9 in all.") == 9


UNKNOWN_NUMBERS = [
    # "an unknown number of": a count the report does not know; the known counts beside it stand
    ("Rebels overran the outpost. 6 soldiers and an unknown number of rebels were killed.", 6),
    ("Troops repelled the raid, killing 3 attackers and an undetermined number of their backers.", 3),
    ("Police killed an unknown number of suspects and 2 bystanders in the raid.", 2),
    ("Fighting in the valley killed 4 militiamen and an unspecified number of civilians.", 4),
    # alone it gives no figure
    ("An unknown number of villagers were killed when the militia torched the market.", None),
    ("The airstrike killed an undisclosed number of fighters.", None),
]


@pytest.mark.parametrize(("text", "killed"), UNKNOWN_NUMBERS)
def test_an_unknown_number_beside_a_known_one(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


# A state after a list whose last count is unknown is the state of its known counts too.
UNKNOWN_IN_A_LIST_LEFT_DEAD = [
    ("The fighting left 7 guards and an unknown number of raiders dead.", 7),
    ("The ambush left 5 troops, 2 porters and an undisclosed number of gunmen dead.", 7),
    # each state its own group: the unknown count is another outcome's
    ("The ambush left 5 troops dead and an unknown number of gunmen wounded.", 5),
    # the unknown count alone gives no figure
    ("The ambush left an unknown number of gunmen dead.", None),
]


@pytest.mark.parametrize(("text", "killed"), UNKNOWN_IN_A_LIST_LEFT_DEAD)
def test_an_unknown_number_in_a_list_left_dead(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


FORCE_LETTERS = [
    # a count and a force's letters that open the clause: the force's members
    ("Jihadists overran the outpost. 6 VDP were killed.", 6),
    ("Insurgents ambushed the convoy; 4 FDS were killed.", 4),
    ("Raiders hit the village. 5 KPR and 2 herders were killed.", 7),
    ("Gunmen attacked the post. 3 FDS and an unknown number of attackers were killed.", 3),
    # two letters, or letters that do not open the count's clause: no people
    ("Shelling began at 10 PM and went on for hours.", None),
    ("The blast hit the convoy near 40 KM mark on the road.", None),
]


@pytest.mark.parametrize(("text", "killed"), FORCE_LETTERS)
def test_members_of_a_force_by_its_letters(text: str, killed: int | None) -> None:
    assert _killed(text) == killed


CIVILIANS_TOLD_AGAIN = [
    # a count of civilians and its comma, then plain people as many as it counts: the same people
    ("Snipers killed two civilians, a man and a boy, in the old city.", 2),
    ("Shelling killed three villagers, two women and a girl, near the market.", 3),
    ("Two passengers, a man and a woman, were killed when the bus hit a mine.", 2),
    # other roles, or plain people beside a count of a force: more people
    ("The attack killed two soldiers, a woman and a child.", 4),
    ("Gunmen killed two civilians, a soldier and a policeman.", 4),
    ("Shelling killed two villagers, a man and two boys.", 5),
]


@pytest.mark.parametrize(("text", "killed"), CIVILIANS_TOLD_AGAIN)
def test_civilians_told_again_as_plain_people(text: str, killed: int) -> None:
    assert _killed(text) == killed


TOLL_PAST_A_PLACE = [
    # a toll's phrase may hold a place's parenthesis, as event notes write them
    ("The death toll of the raid on Drodro (Djugu) increased to 11.", 11),
    ("The death toll from the ambush near Boni (Douentza, Mopti) rose to 9.", 9),
    # a parenthesis with a figure or a clause ends the look
    ("The death toll (5 by noon) was revised later.", None),
    ("The death toll of the raid (which hit at 3 am) was not known; 40 houses burned.", None),
]


@pytest.mark.parametrize(("text", "killed"), TOLL_PAST_A_PLACE)
def test_a_toll_past_a_place_in_parentheses(text: str, killed: int | None) -> None:
    assert _killed(text) == killed
