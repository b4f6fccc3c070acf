"""Event notes and war reporting from many regions: the forms that notes of the Sahel, the Great
Lakes, the Horn, the Middle East, South Asia and the Americas share.

Every row is a sentence written for this file (facts and figures of real events, in words of our own).
Each table is one rule of general English syntax or one group of lexicon entries; a figure of ``None``
is a sentence that gives no killed figure.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


def _figure(text: str, outcome: str = "killed") -> int | None:
    """The document's figure as the scorer takes it: the largest incident best (None: none)."""
    return report_figure(extract_statements(Document("t", text)), outcome)


NAMES_WITH_DIGITS = [
    # letters and digits in one word name a group or a weapon, never a count
    ("Five M23 fighters and 2 FARDC soldiers were killed near Kitshanga.", 7),
    ("An M23 rebel was killed in the shelling of Sake.", 1),
    ("A G5 Sahel patrol was ambushed near Boulkessi; 4 soldiers were killed.", 4),
    ("Gunmen armed with AK47 rifles attacked a bus, killing 9 passengers.", 9),
    ("The F16 jets struck a depot in Raqqa.", None),
]


@pytest.mark.parametrize(("text", "killed"), NAMES_WITH_DIGITS)
def test_a_name_with_digits_is_no_count(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


BOTH_SIDES = [
    # the dead of both sides of an attack or a clash, told in separate clauses, are the event's dead
    ("On 9 January 2020, militants overran the Chinagodrar post. 89 soldiers were killed. The army said 77 "
     "assailants were neutralised.", 166),
    ("Gunmen stormed the school, killing 149 people. All seven attackers were killed by commandos.", 156),
    ("Troops killed 30 militants in the Hamrin hills. Two soldiers died in the fighting.", 32),
    ("Fifteen VDP members lost their lives; 40 attackers were neutralized.", 55),
    # the khawarij of a Pakistani military statement are the attackers' side
    ("Four soldiers were martyred in the exchange of fire. Eleven khawarij were neutralised.", 15),
    ("Own troops neutralised six khwarij; two soldiers embraced shahadat.", 8),
    # one side told twice is one group: the gunman is not added again
    ("Three worshippers were killed. The gunman was shot dead by police. The gunman was shot dead after a "
     "chase.", 4),
    # the dead already counting the attackers: "including the bomber"
    ("The blast killed 22 people, including the bomber. The bomber was killed instantly.", 22),
    # one person named again by a copula is no one new
    ("A man was shot dead in Narathiwat. Police said the victim was a militant killed by his comrades.", 1),
    # one side only: nothing to add
    ("Police killed 3 gunmen. Two gunmen were killed later in the day.", 3),
    # one who is among the dead is counted with them
    ("Four people were killed at the mall. The shooter was among those killed.", 4),
    # a party's own told "of its members" is of no side: the fighter told before, named by the party
    ("A Hezbollah fighter was killed in a drone strike. The group announced the death of one of its members.", 1),
    ("Two militants died in the raid. The group said two of its members were killed.", 2),
    # but a side's noun after "of their" still names its side
    ("Two soldiers were killed. The rebels said three of their fighters died.", 5),
    # a bare count right after a gerund of killing is those the attack killed, the other side
    ("Three gunmen raided a bank in Karachi, killing two, before police shot all three gunmen dead.", 5),
    ("Militants ambushed a convoy near Kunduz, killing four. Six militants were killed in the fighting.", 10),
    ("Raiders attacked the market in Zurmi, slaughtering eleven. Troops later killed 3 bandits.", 14),
    # a bare count elsewhere may count either side: not added
    ("The toll of the assault on the barracks rose to 12. Four attackers were killed.", 12),
    ("Twelve died in the assault on the barracks. Four attackers were killed.", 12),
    # a count with a side's noun after the gerund is that side, as before
    ("Troops stormed the hideout, killing two militants. Three rebels were killed later.", 3),
    # a side's dead with its wounded who died after them, then the other side's dead
    ("Two soldiers are killed and 11 are injured in the clash. Three of the injured die the next day. Three "
     "of the gunmen are killed.", 8),
    ("Four policemen were killed and nine wounded at the checkpoint. Two of the wounded later died. Five "
     "attackers were shot dead.", 11),
    # a bare count with its wounded who died may count either side: not added
    ("Two died in the assault on the barracks and 11 were wounded. Three of the wounded later died. Four "
     "attackers were killed.", 5),
]


@pytest.mark.parametrize(("text", "killed"), BOTH_SIDES)
def test_the_dead_of_both_sides_add_up(text: str, killed: int) -> None:
    assert _figure(text) == killed


CLAIMED_BY_A_PARTY: list[tuple[str, int | None]] = [
    # "claimed" before a clause names its speaker, as "said" does: a party's count set against another
    # source's is that party's claim, not a second group of the dead
    ("The Taliban claimed 30 soldiers were killed, but the governor said 6 militants died in the assault.", 6),
    ("The rebels claimed that 12 soldiers died, while the army said 3 rebels were killed near Kidal.", 3),
    ("JNIM claims 20 soldiers were killed in Djibo. The army confirmed 4 dead.", 4),
    # a semicolon ends a source's clause as "but" and "while" do: the second source speaks for its own
    ("The Taliban claimed 25 police died; the governor said 7 militants were killed in Ghazni.", 7),
    ("ISWAP said 40 troops were killed; the army said 9 insurgents died near Damboa.", 9),
    # one source and a semicolon: its two groups are told as they were
    ("Police said 3 soldiers were killed; 4 attackers were also killed in the raid.", 7),
    # alone, a party's claim is the only figure told and stays the note's
    ("Police claimed 4 robbers were killed in a shootout in Recife.", 4),
    ("The Houthis claimed the strike killed 11 Saudi soldiers.", 11),
    # ... unless the note says its own count is unknown: then the claim stays a claim
    ("Rebels claimed that 22 soldiers were killed near Hpakant; fatalities are coded as unknown.", None),
    ("The militia claimed it killed 9 police officers. The death toll remains unknown.", None),
    ("Rebels claimed that 22 soldiers were killed near Hpakant; the motive is unknown.", 22),
    # "claimed" with lives or responsibility is no speaker's verb
    ("The blast claimed 23 lives in a Peshawar market.", 23),
    ("The TTP claimed responsibility for the bombing, which killed 9 people.", 9),
]


@pytest.mark.parametrize(("text", "killed"), CLAIMED_BY_A_PARTY)
def test_a_party_claims_as_it_says(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


ONE_COUNT_OVER_TWO_NOUNS = [
    # one count over a plural noun and another plural noun with a force's initials or a group's noun
    # before it: the count stands for them all (at least)
    ("About 60 soldiers and VDP members were killed near Tin-Akoff.", 60),
    ("Twelve soldiers and militia members were killed in the ambush.", 12),
    ("Nine policemen and army officers were killed when the convoy was hit.", 9),
    ("Eleven civilians and Koglweogo members were killed in Kodyel.", 11),
    # a count of its own for the second noun makes two groups
    ("Ten soldiers and two VDP members were killed.", 12),
    # no count at all
    ("Soldiers and VDP members were killed in the attack.", None),
]


@pytest.mark.parametrize(("text", "killed"), ONE_COUNT_OVER_TWO_NOUNS)
def test_one_count_over_two_nouns(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


THINGS_OF_A_NATION = [
    # a nationality before the noun of a thing is no person: "a Russian military unit"
    ("Ukrainian drones struck a Russian military unit in Melitopol.", "injured", None),
    ("A missile struck a Syrian army base near Homs.", "injured", None),
    # before a noun of people, or alone, it is one
    ("Rockets struck a Russian near the depot.", "injured", 1),
    ("Shelling killed a Ukrainian civilian in Kherson.", "killed", 1),
    ("Gunmen shot a Pakistani policeman in Quetta.", "injured", 1),
    ("Border police shot and killed a Palestinian carrying explosives.", "killed", 1),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), THINGS_OF_A_NATION)
def test_a_thing_of_a_nation_is_no_person(text: str, outcome: str, figure: int | None) -> None:
    assert _figure(text, outcome) == figure


OTHER_SOURCES = [
    # where other sources give another figure, the report's own counts (event data code the lowest)
    ("Gunmen raided Solhan, killing at least 132 civilians. Local sources put the toll at 160.", 132),
    ("Militants attacked rice farmers in Zabarmari, killing 43. Some sources reported 110 deaths.", 43),
    ("Herders killed 4 farmers at Tse-Ikyo. Other reports said 6 people died.", 4),
    ("Two soldiers died in the ambush; unconfirmed reports put the toll at nine.", 2),
    # alone, another source's figure is the only one told, and counts
    ("Local sources said 12 villagers were killed in the raid on Bourasso.", 12),
    ("According to some reports, 30 fighters were killed near Marib.", 30),
]


@pytest.mark.parametrize(("text", "killed"), OTHER_SOURCES)
def test_the_reports_own_figure_before_other_sources(text: str, killed: int) -> None:
    assert _figure(text) == killed


SOURCES_IN_ONE_SENTENCE = [
    # two named sources of one sentence disagree: the least figure is the note's (as event data code),
    # whichever source comes first
    ("According to residents, 12 soldiers were killed, while the army reported 7 dead.", 7),
    ("The army said 5 soldiers died in the ambush, but local sources said 14 were killed.", 5),
    ("Villagers said 30 people were killed, whereas the governor said 18 had died.", 18),
    # what an inquiry found, and who counted the dead, are sources too
    ("A UN inquiry found that at least 26 people were killed, while a rights network counted 59 dead.", 26),
    ("The mission counted 40 dead in the village, while the army said 11 had died.", 11),
    # one source, or figures of different outcomes, stay as they are
    ("Police said 4 people were killed and 9 others were wounded.", 4),
    ("According to the army, 6 soldiers were killed, while medics said 11 were wounded.", 6),
    # figures of separate sentences are not one dispute: a later, higher toll is the toll
    ("Residents said 21 people were killed. The UN mission later said at least 43 had been killed.", 43),
]


@pytest.mark.parametrize(("text", "killed"), SOURCES_IN_ONE_SENTENCE)
def test_the_least_of_two_sources_in_one_sentence(text: str, killed: int) -> None:
    assert _figure(text) == killed


def test_the_other_sources_figure_is_kept_as_a_claim() -> None:
    text = "According to residents, 12 soldiers were killed, while the army reported 7 dead."
    told = {(s.best, s.scope, s.attribution) for s in extract_statements(Document("t", text))}
    assert told == {(12, "claimed", "residents"), (7, "incident", "the army")}


ALIVE = [
    # burned or buried alive, the object between: killed
    ("The military raided Done Taw and burned 11 villagers alive, including 5 teenagers.", 11),
    ("Insurgents burnt two farmers alive in their hut.", 2),
    ("The collapse of the pit buried three miners alive.", 3),
    # "alive" after other verbs, or no "alive": no death
    ("Rescuers found three miners alive under the rubble.", None),
    ("Troops burned 20 houses in the village.", None),
    ("Soldiers burned 20 houses and kept two elders alive as hostages.", None),
]


@pytest.mark.parametrize(("text", "killed"), ALIVE)
def test_burned_or_buried_alive(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


AGES_IN_AN_OBJECT_LIST = [
    # a bare number between commas after one person is that person's age, not a count
    ("A landmine exploded in Bakool, killing a girl, 12, and her brother, 9.", 2),
    ("Gunmen killed a trader, 45, and his son, 19, in Jowhar.", 2),
    ("The blast killed a driver, 30, a guard and two passengers.", 4),
    # a count with its noun stays a count
    ("Militants killed a soldier, 3 civilians and a child near Baidoa.", 5),
]


@pytest.mark.parametrize(("text", "killed"), AGES_IN_AN_OBJECT_LIST)
def test_an_age_in_an_object_list(text: str, killed: int) -> None:
    assert _figure(text) == killed


MORE_BODIES = [
    # "more" with a noun of the dead adds to the dead, even after a group of the injured
    ("Gunmen killed 3 people and injured 5 at a bar in Kurmin Masara. Three more bodies were found the next day.", 6),
    ("The raid killed 10 villagers and wounded 7. Rescuers recovered four more bodies on Sunday.", 14),
    # "more people died" after the injured may be some of the injured: not added
    ("Gunmen killed 3 people and injured 5. Three more people died in hospital.", 3),
]


@pytest.mark.parametrize(("text", "killed"), MORE_BODIES)
def test_more_bodies_add_to_the_dead(text: str, killed: int) -> None:
    assert _figure(text) == killed


WHO_TOLD_IT = [
    # a list after a count and a comma that a verb of speech follows is who told it, not more victims
    ("A drone strike on a square in Amhara killed 26 people and wounded 55, a doctor and an official told Reuters.",
     "injured", 55),
    ("Shelling killed 12, a nurse and a local councillor said.", "killed", 12),
    # a list that no verb of speech follows is a list of victims
    ("Gunmen killed a soldier, a teacher and a farmer, police said.", "killed", 3),
    ("The blast wounded two soldiers, a guard and a cook near the gate.", "injured", 4),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), WHO_TOLD_IT)
def test_who_told_it_is_no_victim(text: str, outcome: str, figure: int) -> None:
    assert _figure(text, outcome) == figure


SIDES_TOLD_ROUGHLY = [
    # a side's dead told about, over or nearly still add to the other side's
    ("Thirty-three soldiers were killed and 12 wounded. Around 40 terrorists were neutralised, the army said.", 73),
    ("The army said more than 400 assailants were neutralised while 3 soldiers were killed.", 403),
    # but a rough group adds to nothing else
    ("About 40 people were killed in the raid. Two soldiers were also killed.", 40),
]


@pytest.mark.parametrize(("text", "killed"), SIDES_TOLD_ROUGHLY)
def test_sides_told_roughly_add_up(text: str, killed: int) -> None:
    assert _figure(text) == killed


def test_a_rough_sum_is_told_about() -> None:
    found = [s for s in extract_statements(Document("t", SIDES_TOLD_ROUGHLY[0][0])) if s.derivation]
    assert [(s.best, s.qualifier, s.low, s.high) for s in found] == [(73, "about", None, None)]


CLAIMS_IN_A_STATEMENT = [
    # a party that says in a statement that it killed: its claim, where the report has its own figure
    ("Three soldiers died in the attack on the base. Al Shabaab said in a statement its fighters had killed 28 "
     "soldiers.", 3),
    ("Two policemen were killed. The rebels said in a video that they had killed 15 policemen.", 2),
    # a party that tells a strike of its own at length, then what it killed with it
    ("A missile killed 20 people in the city, officials said. Moscow said it had carried out \"a precision "
     "strike\" on a hotel where foreign officers were staying, killing up to 60 servicemen.", 20),
    ("Four villagers were wounded. The rebels said they had attacked an army post near the river, killing 30 "
     "soldiers.", 0),
    # the killing of someone the party names after "who" is no deed of the party's own
    ("Two were wounded. Police said they had arrested a man who opened fire at the party, killing 3 people.", 3),
    # alone, the claim is the only figure told
    ("Al Shabaab said in a statement its fighters had killed 28 soldiers near Bulo Marer.", 28),
    ("The army said it had struck a convoy of the militants near the border, killing 12 fighters.", 12),
]


@pytest.mark.parametrize(("text", "killed"), CLAIMS_IN_A_STATEMENT)
def test_a_claim_told_in_a_statement(text: str, killed: int) -> None:
    assert (_figure(text) or 0) == killed


ALSO_BEFORE_THE_VERB = [
    # "also" right before an outcome verb adds the group, as "were also killed" does
    ("Two soldiers were killed in the ambush. Five civilians also died.", 7),
    # a list counting several in each group is new people too
    ("44 commandos were killed in the clashes. 18 rebel fighters and 5 civilians also died.", 67),
    ("Nine soldiers were killed. 12 rebels and 3 villagers were also killed.", 24),
    # "also" before another verb, or a list that counts one ("one man and two women": told before)
    ("Two soldiers were killed. Five civilians also fled the village.", 2),
    ("Two men were killed and three other people wounded. One man and two women were also wounded.", 2),
    # the fighters as a side: the body of one recovered adds to the other side's dead
    ("One policeman was killed in the ambush. Troops recovered the body of a rebel fighter.", 2),
]


@pytest.mark.parametrize(("text", "killed"), ALSO_BEFORE_THE_VERB)
def test_also_before_the_verb(text: str, killed: int) -> None:
    assert _figure(text) == killed


def test_a_list_counting_one_is_told_again() -> None:
    text = "Two men were killed and three other people wounded. One man and two women were also wounded."
    assert _figure(text, "injured") == 3


PARTS_AND_ASIDES = [
    # a part of a count told with "among them" ends a list: the next count is a clause of its own
    ("Twenty-seven people died, among them three children, and 202 were injured.", "injured", 202),
    ("Ten people died, including two children, and 20 were injured.", "injured", 20),
    # a place's district in parentheses within the "of" phrase of an object: the list goes on after it
    ("Gunmen shot dead the village head of Bakin Kogi (Zangon Kataf) and his wife.", "killed", 2),
    ("Bandits killed the chief of Gidan Dan Gwarzo (Isa LGA) and two of his sons.", "killed", 3),
    # an aside with a figure or a mark inside is no place's name: the list is not stepped over
    ("Gunmen killed a trader in Mandera (3 km from the border) and fled.", "killed", 1),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), PARTS_AND_ASIDES)
def test_parts_and_asides_in_lists(text: str, outcome: str, figure: int) -> None:
    assert _figure(text, outcome) == figure


ALSO_KILLED_AFTER_THE_WOUNDED = [
    # "also killed" in a sentence of its own adds to the dead, even after a group of the wounded
    ("A roadside bomb killed a US soldier and wounded two others in Baghdad. An Iraqi interpreter was also killed.",
     "killed", 2),
    ("Militants killed four policemen and injured six. Two civilians were also killed in the crossfire.", "killed", 6),
    # "more" in the same sentence stays more than the dead
    ("The gunman killed three officers and wounded three more.", "injured", 3),
    ("The gunman killed three officers and wounded three more.", "killed", 3),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), ALSO_KILLED_AFTER_THE_WOUNDED)
def test_also_killed_after_the_wounded(text: str, outcome: str, figure: int) -> None:
    assert _figure(text, outcome) == figure


A_LIST_AS_A_SIDE = [
    # a list of groups with no word of a side is the other side of the fighters' dead
    ("Militants seized the gas plant. Thirty-nine hostages and an Algerian security guard were killed; 29 "
     "militants died in the army's assault.", 69),
    # a list that names fighters is on no one side: nothing added
    ("Four soldiers and 10 rebels were killed in the fighting. Three militants died later.", 14),
]


@pytest.mark.parametrize(("text", "killed"), A_LIST_AS_A_SIDE)
def test_a_list_as_a_side(text: str, killed: int) -> None:
    assert _figure(text) == killed


NOTE_LABELS_AND_NAMED_OBJECTS = [
    # a label's word between the noun of the dead and its colon
    ("On 4 April 2023, ISWAP attacked a military base in Marte. Fatalities reported: 3.", 3),
    ("Clashes in Hiraan. Fatalities confirmed: 12, estimated: 20.", 12),
    ("Fatalities reported in the area rose.", None),
    # a force's noun between an adjective of people and the head: "a senior police officer"
    ("A car bomb killed a senior police officer and two of his guards in Hodan.", 3),
    # a ranked or titled name, then the companions joined to it
    ("An airstrike killed PIJ commander Khalil Bahtini along with his wife and daughter.", 3),
    ("Police killed gang leader Ali Musa together with two of his men.", 3),
]


@pytest.mark.parametrize(("text", "killed"), NOTE_LABELS_AND_NAMED_OBJECTS)
def test_note_labels_and_named_objects(text: str, killed: int | None) -> None:
    assert _figure(text) == killed


DAY_OF_MONTH_TOLD_BY_ORDINAL = [
    # "the 3rd of March 2023" is a day, not a month's total
    ("On the 3rd of March 2023, Al Shabaab killed 2 soldiers in Balcad.", "incident"),
    ("On the 21st of June 2022, gunmen killed 4 traders near Gao.", "incident"),
    # a month and its year alone are a month's total, as before
    ("In March 2023, Al Shabaab killed 2 soldiers.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), DAY_OF_MONTH_TOLD_BY_ORDINAL)
def test_a_day_told_by_its_ordinal(text: str, scope: str) -> None:
    assert [s.scope for s in extract_statements(Document("t", text)) if s.outcome == "killed"] == [scope]


ON_EACH_SIDE = [
    # a figure told "on each side" counts both sides
    ("On 18 April 2023, government forces reported 9 killed on each side during clashes in Taizz.", 18),
    ("Clan militias clashed near Galkayo; two people were killed on either side.", 4),
    # "on both sides" tells the whole; "each side of" a river is a place
    ("Clashes near Galkayo left 9 dead on both sides.", 9),
    ("Militias killed 3 herders on each side of the river.", 3),
]


@pytest.mark.parametrize(("text", "killed"), ON_EACH_SIDE)
def test_on_each_side(text: str, killed: int) -> None:
    assert _figure(text) == killed


DATE_SPANS = [
    # a span of days that opens an event note is its event's date: the note's toll is the event's
    ("Between 1 and 7 March 2025, clashes between SAF and RSF in Khartoum Bahri resulted in 10 reported "
     "fatalities.", "incident"),
    ("From 12 to 14 June 2024, Fano and ENDF fought around Bahir Dar; 23 combatants were killed.", "incident"),
    # inside a report, after its headline, or without a year as a report's lead, a span sums several
    # days' events
    ("Between 1 and 7 March, 10 people were killed in clashes in the city.", "cumulative"),
    ("Ten people were killed in clashes in the city between 1 and 7 March.", "cumulative"),
    ("Clashes in the north\n\nBetween 1 and 7 March, 10 people were killed in clashes.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), DATE_SPANS)
def test_a_span_of_days_that_opens_a_note(text: str, scope: str) -> None:
    assert {s.scope for s in extract_statements(Document("t", text)) if s.outcome == "killed"} == {scope}
