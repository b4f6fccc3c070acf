"""A report's total of separate victim groups (extraction/totals.py): rows in our own words."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.extraction.tokens import window
from casualty_cli.extraction.totals import SUM_OF, _cue, _places, _told_again, names_a_natural_hazard
from casualty_cli.model import Document, Statement, report_figure


def reading(text: str) -> list[Statement]:
    return extract_statements(Document("t", text))


def toll(text: str, outcome: str) -> int:
    """The report's figure as the eval scorer takes it: the largest incident-scope best."""
    return report_figure(reading(text), outcome) or 0


def sums(text: str) -> list[Statement]:
    return [s for s in reading(text) if s.derivation and s.derivation.startswith(SUM_OF)]


# (text, outcome, the report's figure)
SUMMED = [
    # an ordinal names the total
    ("Two hikers were killed near the trailhead and a third person was killed in a cabin.", "killed", 3),
    ("A man drowned when his canoe overturned. A second man was killed by the same storm.", "killed", 2),
    # ... past a relative clause set aside by commas, which tells of the person and lists no one
    ("Raiders killed five herders at the well. A sixth man, who was shot as he fled, died on Sunday.", "killed", 6),
    ("Two guards died at the gate. A third guard, who had run to help them, died in hospital.", "killed", 3),
    # additive words, after a group of the same outcome
    ("One woman was injured when the roof fell. Two more people were injured by flying glass.", "injured", 3),
    ("Three people were hurt in the first crash. An additional four people were hurt on the bridge.", "injured", 7),
    ("Floods killed nine villagers on Monday, and another 12 people were killed on Tuesday.", "killed", 21),
    # a list of hurt groups told by how bad
    ("The tornado caused one death, one critically injured, and one minor injury.", "injured", 2),
    ("Hail caused two serious injuries and four minor injuries at the fair.", "injured", 6),
    # "another" and a number word of two or more, as with digits
    ("A bomb at the depot injured two guards while a second bomb wounded another three.", "injured", 5),
    # "also", in another sentence than the group it adds to
    ("A farmer was killed by lightning in his field. A teenager was also killed in the next county.", "killed", 2),
    # a count in words opens a new group even where every word of it is capitalised
    ("170 Afghans were killed in the bombing.\n\nThirteen American soldiers were also killed.", "killed",
     183),
    # ... and in another clause of the same sentence, past a verb of speech
    ("Troops killed six militants, the army said, adding that two soldiers were also killed.", "killed", 8),
    ("Six rebels were killed in the raid; two soldiers were also killed.", "killed", 8),
    ("Two workers were injured when a crane fell. Three people were also injured in a bus nearby.", "injured", 5),
    # somewhere else
    ("Two people were hurt when their car windows shattered. A woman was hurt in another town when her roof fell in.",
     "injured", 3),
    # ("Elsewhere in the county, three workers were injured" is no sum: in news "elsewhere" opens another
    # incident, as grouping's stories read it; see test_every_cue_of_the_table_adds_up)
    # a revision word that is any verb ("the roof fell") is no toll's revision
    ("One woman was injured when the roof fell. Two more people were injured by flying glass.", "injured", 3),
    # a clause of contrast in the same sentence
    ("Two children received minor injuries while their father was badly injured by glass.", "injured", 3),
    ("Four people were hurt by debris while a mother and a child were hurt in a trailer.", "injured", 6),
    # someone of someone's ("his driver") is someone new
    ("Gunmen shot dead a judge on his way to court. His driver was also killed.", "killed", 2),
    # "also" after the figure's "of" phrase: "two of his guards were also killed"
    ("Rebels shot dead a district governor at his office. Two of his guards were also killed.", "killed", 3),
    ("A mayor died in the ambush on his convoy. One of the escorts was also killed.", "killed", 2),
    # an ordinal counts the people of every outcome: the second man is the first injured
    ("A man was killed in the shooting. A second man was injured and a third person was injured.", "injured", 2),
    # a denied adverb of degree denies no outcome; a definite count of new people adds all the same
    ("Three miners were injured in the collapse. A fourth miner was injured but was not seriously hurt.",
     "injured", 4),
    ("A woman was wounded at the bar. The two wounded officers were also flown to a trauma center.", "injured", 3),
    # a group told again ("the other two victims") stands between no groups
    ("A man was killed at the bar. The other two victims had minor injuries. A woman was also killed on the porch.",
     "killed", 2),
    # "the other N" larger than any group of its outcome told before: the rest of no group told
    ("The blast killed a guard and injured two other people. The other four injuries were cuts from glass.",
     "injured", 6),
    # a natural hazard's hurt, told place by place
    ("A tornado crossed the county. Two people were hurt in a barn near Alma. Three people were injured in "
     "Dover when their roof fell in.", "injured", 5),
    ("Hail broke windows at the fair in Milton, where four people were injured by glass. In Carver, "
     "thunderstorm winds injured a boy.", "injured", 5),
    ("Floods swept the valley on Sunday. Two hikers drowned near Millbrook. Three people died in Ashford "
     "when a bridge gave way.", "killed", 5),
    ("Thunderstorm winds toppled trees. Two people were hurt when a tree fell on their car. A woman was "
     "injured when her porch roof collapsed.", "injured", 3),
    ("A storm swept the fair in Milton, where two vendors were hurt. Two miles north of Milton, three "
     "people were injured by a falling tree.", "injured", 5),
    ("A tornado flattened a trailer park. A man was injured when his trailer rolled over. Another resident "
     "suffered minor injuries in a shed.", "injured", 2),
    # the hazard named in a sentence between the groups, capitalised as its first word
    ("Two campers were hurt at the fair in Alma when a tent blew over. Winds near 70 mph snapped trees across "
     "the county. Two miles north of Alma, three people were injured when a tree fell on their car.", "injured", 5),
    # (a letter whose small form is longer shifts no offset)
    ("Two campers were hurt at the fair in İzmir when a tent blew over. Winds near 70 mph snapped trees. "
     "Two miles north of İzmir, three people were injured when a tree fell on their car.", "injured", 5),
    # those aboard a craft and those on the ground below it are two places
    ("A cargo plane hit a market, killing all 9 crew members on board; 14 traders on the ground were killed.",
     "killed", 23),
    ("The airliner came down on a suburb. It killed the 62 people aboard. Five residents on the ground were "
     "killed by burning fuel.", "killed", 67),
    # a group whose deed is alleged adds up as any other (the sum keeps the hedge: a test below)
    ("Bandits allegedly killed 4 traders on the road. The body of a fifth trader was found at dusk.", "killed", 5),
    ("On 2 May, militia allegedly shot dead 2 miners. A third miner was also killed.", "killed", 3),
    # the running total goes on
    ("A boy was injured by hail. Two more people were injured in town. Three more were injured on the highway.",
     "injured", 6),
]

NOT_SUMMED = [
    # a list's item is of hurt groups only: a count of the dead or a clause between is no item before it
    ("The crash killed 3, injured 5 and left two drivers hurt.", "injured", 5),
    ("Two people were injured, and three injured people were taken to hospital.", "injured", 3),
    # "another" ends a headline: the count on the next line is no more people
    ("2 teens shot, injured by another\n\nTwo teens are in hospital with gunshot wounds.", "injured", 2),
    # re-mentions of the same victims
    ("A man was killed in the shooting. The man, 34, died at the scene.", "killed", 1),
    ("Two people were shot dead on Friday.\n\nTwo people were killed in the shooting, police said.", "killed", 2),
    ("The toll rose to 11 after two more people died in hospital.", "killed", 11),
    # "others" and "more" counted against the dead, not the injured
    ("One man was killed and two others were wounded. The two other victims were in stable condition.", "injured", 2),
    ("The gunman killed three officers and wounded three more.", "injured", 3),
    ("Two people were killed. Two more people were injured in the blast.", "injured", 2),
    # another event, or where a victim died
    ("One man was killed on Main Street. Twenty minutes earlier, a man was killed in a separate shooting.", "killed", 1),
    ("A teenager was shot and killed. She died at a nearby hospital.", "killed", 1),
    # "while" of another sentence's group, or of another outcome
    ("Two men were injured at the mill. While a woman was injured at home, no one else was hurt.", "injured", 2),
    ("Two people were killed while three others were injured.", "injured", 3),
    # a breakdown, a summary and its parts
    ("Fifteen passengers were killed in the attack. Among those killed were seven soldiers and one police officer.",
     "killed", 15),
    ("The storm killed six people. Four people were killed in the county and two in the city.", "killed", 6),
    # a qualifier, not more people
    ("A woman was injured on Monday. More than 30 people were injured on Tuesday.", "injured", 30),
    # an ordinal that does not follow on
    ("Five people were killed. A second person was killed in the market.", "killed", 5),
    ("Five people were killed. A second man, who was shot as he fled, died in hospital.", "killed", 5),
    # "also" of a name or a pronoun: someone told before
    ("Six people were shot at the party. Thornton was also shot and later charged.", "injured", 6),
    ("A toddler was shot in the leg. The bullet also grazed her hand.", "injured", 1),
    # an ordinal after the dead: "a second man" is the first injured
    ("A man was killed in the shooting. A second man was injured.", "injured", 1),
    # "of the dead" or "of the injured": some of those told before
    ("A guard was killed and four people were wounded. Two of the wounded were also guards.", "injured", 4),
    ("Three soldiers were killed in the blast. One of the dead was also a medic.", "killed", 3),
    # a group "also among" the dead is a part of them, in any sentence
    ("Five people were killed on Monday. Three children were also among the dead.", "killed", 5),
    ("Five people were killed on Monday; three children were also among the dead.", "killed", 5),
    # one figure read twice in its clause is one group
    ("A vendor was shot dead. One bystander was also hit by the gunfire and wounded in the arm.", "injured", 1),
    # "also" of another verb
    ("A boy was killed on Sunday. Police have also identified the boy who was killed.", "killed", 1),
    # a group whose own clause denies the outcome is no victim
    ("Five guests were shot at the wedding. A sixth guest was treated for cuts but had not been shot.", "injured", 5),
    ("Two clerks were injured in the robbery. A customer was also treated, but was not injured.", "injured", 2),
    # "the other two": the rest of a whole told before; "the 19-year-old": someone told by age before;
    # "the other three" after the dead: others than the dead
    ("One man was killed at the gate. The other three were wounded by shrapnel.", "injured", 3),
    ("Two people were hurt at the gate. The other two were not hurt.", "injured", 2),
    ("Four men were shot outside the club. The other two men were also taken to hospital.", "injured", 4),
    ("A 17-year-old and a 19-year-old were shot. The 19-year-old was also treated at another hospital.",
     "injured", 2),
    # a natural hazard's report: a whole told before its places; a hospital is no place of the hurt; a
    # group told again; the same count again; "another" in the sentence of the group before
    ("The storm injured 12 people. In Dover, five people were hurt when a roof fell.", "injured", 12),
    ("An earthquake hit the hills near Alma, and the death toll rose to 300. In Dover alone, rescuers "
     "recovered 41 bodies.", "killed", 300),
    ("Floods swept the hills near Alma and killed 30 people. Rescuers found eight bodies in Dover alone.",
     "killed", 30),
    ("Lightning struck a tent in Alma and injured three campers. Two campers were flown to Mercy Hospital.",
     "injured", 3),
    ("A tornado hit Alma and injured four people. All four people were treated in Dover.", "injured", 4),
    ("Two people were injured in Alma when the tornado hit. Two people were treated in Dover for cuts.",
     "injured", 2),
    ("Snow closed the highway. Two motorists were hurt near Alma, one in a truck and another in a van.",
     "injured", 2),
    ("A storm hit Alma. Two people were hurt when a tree fell on their car. One of them was injured when "
     "the windshield broke.", "injured", 2),
    # no natural hazard: reports of crimes and strikes tell their victims again from place to place
    ("Storm Shadow missiles hit a depot in Lysko, injuring six people. In Varna, three people were injured "
     "when a shell hit a bus.", "injured", 6),
    ("Two people were hurt when a gunman opened fire. A woman was injured when she was hit in the arm.",
     "injured", 2),
    ("Two men were shot outside a bar in Alma. One man was taken to a trauma unit in Dover.", "injured", 2),
    ("Two men were wounded in a hail of bullets on Oak Street. A woman was wounded on Elm Street in Dover.",
     "injured", 2),
    # a hazard named only after the last group (a page's weather box), or as a name's word, is none
    ("Two campers were hurt at the fair in Alma when a tent blew over. Three people were injured in Dover "
     "when a truck overturned. Storms are forecast for the weekend.", "injured", 3),
    ("Two guards were hurt at a depot in Alma when a shell hit. Hurricane Battalion gunners shelled Dover, "
     "where three people were injured when a roof fell.", "injured", 3),
    # no cue: separate sentences are not summed on their own
    ("Two people were slightly injured when their car was crushed. A woman was injured in the next town.", "injured", 2),
    # on the ground after no group told aboard, or rescuers on the ground with no figure of the dead
    ("A bomb killed 40 people in the square. Four people on the ground floor were killed.", "killed", 40),
    ("A plane crashed, killing 52 people on board. Rescuers on the ground found 12 bodies.", "killed", 52),
    # a hedge of the deaths or of the figure keeps its group out of every sum
    ("Three farmers were feared dead near the river. A fourth farmer was also killed.", "killed", 3),
    ("Six guards reportedly died at the gate. Two more guards died in hospital.", "killed", 6),
    # attackers who died by their own attack, named so or told again by "the" and their count, are never added
    ("Twin car bombs hit the ministry, killing 18 clerks. Two suicide bombers also died.", "killed", 18),
    ("The raid on the hotel killed 9 guests; four suicide attackers were also killed.", "killed", 9),
    ("Three suicide bombers struck a bus depot in the capital. 25 passengers were killed and the three men "
     "also died.", "killed", 25),
    ("Two female suicide bombers blew up a train. Thirty riders died; the two women also died.", "killed", 30),
]

# a group told by "the" and a count that differs from the suicide attackers named, or attackers not named
# suicide attackers, is added as ever
SUICIDE_ATTACKERS_APART = [
    ("Two suicide bombers hit the market, killing 20 people. The three guards also died.", "killed", 23),
    ("Gunmen stormed the hotel, killing 9 guests. Four attackers were also killed.", "killed", 13),
    ("Bombers struck the port and killed 11 dockers. Three more bombers were also killed.", "killed", 14),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), SUICIDE_ATTACKERS_APART)
def test_groups_not_named_suicide_attackers_add_up(text: str, outcome: str, figure: int) -> None:
    assert toll(text, outcome) == figure


@pytest.mark.parametrize(("text", "outcome", "figure"), SUMMED)
def test_separate_groups_add_up(text: str, outcome: str, figure: int) -> None:
    assert toll(text, outcome) == figure
    [total] = [s for s in sums(text) if s.outcome == outcome and s.best == figure]
    assert total.qualifier == "exact"
    assert total.derivation is not None and total.derivation.endswith(": separate groups")


@pytest.mark.parametrize(("text", "outcome", "figure"), NOT_SUMMED)
def test_no_sum_without_a_cue_of_more_victims(text: str, outcome: str, figure: int) -> None:
    assert toll(text, outcome) == figure
    assert not [s for s in sums(text) if s.outcome == outcome]


def test_a_sum_names_its_parts_and_stands_after_the_last() -> None:
    text = "Two hikers were killed near the trailhead and a third person was killed in a cabin."
    statements = reading(text)
    [total] = sums(text)
    assert total.derivation == "sum of 2 and 1: separate groups"
    last = statements[statements.index(total) - 1]
    assert (last.best, text[last.start : last.end]) == (1, "a third person")
    assert (total.start, total.end, total.quote) == (last.start, last.end, last.quote)
    assert total.victims is None and total.breakdown == []


def test_a_sum_keeps_the_hedge_of_a_deed_alleged() -> None:
    [total] = sums("Bandits allegedly killed 4 traders on the road. The body of a fifth trader was found at dusk.")
    assert (total.best, total.hedge) == (5, "allegedly")


def test_posts_of_a_live_blog_are_not_summed() -> None:
    text = (
        "Floods in the north\n\nFour people were killed in the floods.\n\n"
        "Landslide in the south\n\nTwo more people were killed in a landslide."
    )
    assert {s.headline for s in reading(text)} == {"Floods in the north", "Landslide in the south"}
    assert not sums(text)


def test_every_cue_of_the_table_adds_up() -> None:
    """Every entry of lexicon.toml's [totals] table, in a sentence of its own."""
    data = tomllib.loads(files("casualty_cli.extraction").joinpath("lexicon.toml").read_text(encoding="utf-8"))
    table = data["totals"]
    for word in table["additive"]:
        assert toll(f"Two people were hurt at the fair. Three {word} people were hurt at the lake.", "injured") == 5
        assert toll(f"Two people were hurt at the fair. An {word} three people were hurt at the lake.", "injured") == 5
    for word in table["also"]:
        assert toll(f"A man was killed at the dam. A woman was {word} killed at the bridge.", "killed") == 2
    for words in table["suicide_attacks"]:
        for attacker in table["lone_attackers"]:
            # a suicide attack's one attacker is not added to the toll the lead gives
            lead = f"A man {words} at the gate of the base" if " " in words else f"A {words} attack hit the base"
            assert toll(f"{lead}, killing 13 soldiers. The {attacker} also died.", "killed") == 13, (words, attacker)
    # an attacker shot by others, or a suicide named only far from the lead, is added
    assert toll("A gunman killed 13 people at the school. The attacker was also killed by police.", "killed") == 14
    assert toll("Three settlers were killed. The attacker was killed by police. The brigade is named for a suicide "
                "bomber of 2002.", "killed") == 4
    for phrase in table["parts_of_the_dead"]:
        # a group "also" killed after the dead told part by part is one more part of them
        text = f"A missile killed three sailors. Two {phrase} were Filipino. A Vietnamese sailor was also killed."
        assert toll(text, "killed") == 3
    for word, n in lexicon().ordinals.items():
        if not word.isalpha():
            continue  # ("a 2nd person was killed" is read by no reader yet)
        assert toll(f"{n - 1} people were killed at the dam. A {word} person was killed at the bridge.", "killed") == n
    for word in table["contrast"]:
        assert toll(f"Two men were hurt by glass {word} a woman was hurt by a falling limb.", "injured") == 3
    for word in table["severities"]:
        assert toll(f"The storm caused one death, two {word} injuries, and three minor injuries.", "injured") == 5
    for word in table["hurt_words"]:
        assert toll(f"The storm caused one death, two {word}, and three minor injuries.", "injured") == 5
    # "Elsewhere" opens another incident's news: it adds nothing to this one's toll
    assert toll("Two men were hurt at the fair. Elsewhere, a woman was hurt at home.", "injured") == 2
    for word in table["places_apart"]:
        assert toll(f"Two men were hurt at the fair. A woman was hurt {word} another farm.", "injured") == 3
    for word in table["other_places"]:
        assert toll(f"Two men were hurt at the fair. A woman was hurt in a {word} barn.", "injured") == 3
    # a natural hazard's report: (its table, a report in which each word makes a group more people, the
    # figure; and the report where another word stands for it, with its figure)
    hazard_rows = [
        ("natural_hazards", "The {w} hit the county. Two people were hurt in Alma. Three people were hurt in Dover.",
         5, ("The {w}", "A gunman"), 3),
        ("place_prepositions", "A storm hit the county. Two people were hurt {w} Alma. Three people were hurt {w} Dover.",
         5, ("A storm", "A gunman"), 3),
        ("mishaps", "A storm hit. Two people were hurt {w} a tree fell. A woman was hurt {w} a roof fell.",
         3, ("A storm", "A gunman"), 2),
        ("directions", "A storm hit the fair in Alma, where two people were hurt. A mile {w} of Alma, a man was hurt.",
         3, ("{w} of", "in"), 2),
        # a name before a noun of a land's division is a place, as its sentence's subject too
        ("place_nouns", "A storm hit the coast. Two people were hurt in Alma. Dover {w} recorded three injuries.",
         5, ("A storm", "A gunman"), 3),
    ]
    for name, template, figure, (old, new), without in hazard_rows:
        for word in table[name]:
            assert toll(template.format(w=word), "injured") == figure, word
            assert toll(template.replace(old, new).format(w=word), "injured") == without, word
    for word in table["parts_of_a_whole"]:
        text = f"A storm swept the fair near Alma and injured 12 people. In Dover {word}, two people were hurt."
        assert toll(text, "injured") == 12, word
        assert toll(text.replace(f" {word}", ""), "injured") == 14, word
    for word in table["mishap_results"]:  # a gerund of its own outcome, in both groups' sentences
        text = f"A storm hit. A tree fell on a car, {word} two people. A roof fell on a barn, {word} three workers."
        outcome = lexicon().one_word[word].outcome
        assert toll(text, outcome) == 5, word
        assert toll(text.replace("A storm", "A gunman"), outcome) == 3, word
    for word in table["not_more"]:
        text = f"The storm injured two more {word} the last one."
        figure = Statement("t", "injured", 2, 2, 2, "exact", text.index("two"), text.index("two") + 3, text)
        assert _cue(text, figure, _told_again(text, figure)) is None
        shorter = text.replace(f" {word}", "")
        assert _cue(shorter, figure, _told_again(shorter, figure)) == ("additive", 0)


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Two people were hurt in a barn near the town of Alma on Monday.", {"alma"}),
        ("In Dover, a woman was taken to Mercy Hospital at 1130 CST.", {"dover"}),
        ("A tree fell on Massachusetts Avenue in the north part of the District.", {"massachusetts", "avenue", "district"}),
        ("Three people were injured in a crash on I-90 in May.", set()),
        ("A tree fell two miles north of Milton.", {"north of milton"}),
    ],
)
def test_places_a_sentence_names(sentence: str, places: set[str]) -> None:
    assert _places(sentence) == places


@pytest.mark.parametrize(
    ("lead", "hazard"),
    [
        ("A tornado touched down near Alma.", True),
        ("Thunderstorm winds downed trees.", True),
        ("Five people were wounded in a hail of bullets.", False),
        ("An ICE agent was shot.", False),
        ("Storm Shadow missiles struck the depot.", False),
        ("He served in Operation Desert Storm.", False),
        ("Floods cut off three villages.", True),
        ("A gunman opened fire at a party.", False),
    ],
)
def test_a_natural_hazard_is_named(lead: str, hazard: bool) -> None:
    assert names_a_natural_hazard(window(lead)) is hazard


@pytest.mark.xfail(strict=True, reason="no cue: separate places alone are not proof of separate victims")
def test_groups_in_named_places_without_a_cue() -> None:
    text = "One person was injured in Eagleville. Three people were injured in Rockvale."
    assert toll(text, "injured") == 4


# People named one by one, each in a sentence of their own, after groups that are each one named person:
# (text, the report's killed figure)
NAMED_ONE_BY_ONE = [
    ("A grenade thrown into the market killed Rosa Delgado, 52, a fruit seller. Ivan Petrenko, a photographer, "
     "died of a stroke while running toward the stall.", 2),
    ("The mine exploded under the truck, killing Omar Haidari. Lena Vogt, 31, died in hospital two days later.", 2),
    ("The avalanche killed Pierre Lacoste. Anna Brandt died the next morning. Kofi Mensah was found dead at noon.", 3),
    # the same person told again: a word of the name was told before, in any case
    ("The blast killed Rosa Delgado. Delgado, 52, had sold fruit there for years.", 1),
    ("A judge was shot dead in his car. Judge Omar Haidari was murdered as he left the court.", 1),
    ("Gunmen killed Omar Haidari near his home. Haidari Khan, his brother, died in the same attack.", 1),
    # a count or a noun told before may hold the named person
    ("Nine people were killed when the roof fell. Lena Vogt, 31, died in hospital.", 9),
    ("A man was shot dead on Pine Street. Lena Vogt, 31, died after a shooting on Elm Street.", 1),
    # a name that does not open its sentence is no new group told on its own
    ("The blast killed Rosa Delgado. Police said Ivan Petrenko, a photographer, died of a stroke.", 1),
]


@pytest.mark.parametrize(("text", "killed"), NAMED_ONE_BY_ONE)
def test_people_named_one_by_one_after_named_people_add_up(text: str, killed: int) -> None:
    assert toll(text, "killed") == killed


# Each party's own dead, told by its source's nation or "of its", in sentences of their own:
# (text, the report's killed figure)
EACH_NATIONS_OWN = [
    ("Serbia's interior minister said 12 Serbian policemen had been killed in the clashes. Kosovo's defence "
     "ministry said 9 of its soldiers had died.", 21),
    ("Peruvian President Ana Soto said 14 Peruvian soldiers were killed. Ecuador's army said 6 of its troops "
     "died in the fighting.", 20),
    # the nation is not the source's: the toll of a side another party gives does not add
    ("Serbia's interior minister said 12 Kosovan policemen had been killed in the clashes. Kosovo's defence "
     "ministry said 9 of its soldiers had died.", 12),
    # no source: the group may be told again
    ("Twelve Serbian policemen were killed in the clashes. Kosovo's defence ministry said 9 of its soldiers "
     "had died.", 12),
    # one source for both
    ("The ministry said 12 Serbian policemen had been killed. The ministry said 9 of its soldiers had died.", 12),
]


@pytest.mark.parametrize(("text", "killed"), EACH_NATIONS_OWN)
def test_each_nations_own_dead_add_up(text: str, killed: int) -> None:
    assert toll(text, "killed") == killed


# A "nearly N" (a headline's or the body's) and an exact figure of the report just below N: (text, the report's
# killed figure)
TOLD_SHORT = [
    ("Nearly 50 dead in ferry fire\n\nOfficials said 47 people were killed when the ferry caught fire.", 47),
    ("Nearly 100 troops dead in clashes\n\nThe army said 49 of its soldiers were killed. The rebels' "
     "commander said 48 of their fighters died.", 97),
    # too far below: another count
    ("Nearly 50 dead in ferry fire\n\nOfficials said 30 people were killed when the ferry caught fire.", 50),
    # a "nearly" of the body's own sentences is told short by a later exact figure as a headline's is
    ("Nearly 50 people were killed when the ferry caught fire. Officials said 47 bodies were recovered.", 47),
    ("Kabul and Islamabad say nearly 60 of their soldiers died in the border clashes. Kabul said 31 of its "
     "troops were killed. Islamabad said 27 of its soldiers had died.", 58),
    ("A shell killed nearly 30 people in the square. Doctors at the city hospital reported 28 dead.", 28),
    # an exact figure above it, or too far below, is another count: the "nearly" stands beside it
    ("A shell killed nearly 30 people in the square. Doctors at the city hospital later reported 31 dead.", 31),
    ("A shell killed nearly 30 people in the square. Doctors at one hospital reported 12 dead.", 30),
    # "about" is not "nearly": it may be either side
    ("About 50 dead in ferry fire\n\nOfficials said 47 people were killed when the ferry caught fire.", 50),
]


@pytest.mark.parametrize(("text", "killed"), TOLD_SHORT)
def test_a_nearly_is_the_reports_exact_figure_just_below(text: str, killed: int) -> None:
    assert toll(text, "killed") == killed


# People of two nations, each told in a sentence of its own, are two groups: (text, the report's injured figure)
NATIONS_APART = [
    ("An ambush hit the convoy. Three French soldiers were wounded. Four Malian soldiers were wounded.", 7),
    ("Two US soldiers were wounded and flown to Germany. Five Iraqi soldiers were wounded in the clash.", 7),
    # the living of a wounded whole add as its own count
    ("Two US soldiers were wounded. Eight Afghan soldiers were wounded in action, one of whom later died.", 9),
    # one nation twice, or a group of no nation, may be told again
    ("Three French soldiers were wounded. Four French soldiers were wounded in the second blast.", 4),
    ("Three French soldiers were wounded. Four soldiers were wounded in the attack.", 4),
]


@pytest.mark.parametrize(("text", "injured"), NATIONS_APART)
def test_people_of_two_nations_told_apart_add_up(text: str, injured: int) -> None:
    assert toll(text, "injured") == injured


# A part of the wounded who died, past a short phrase of when or where: (text, killed, injured)
WOUNDED_IN_ACTION_WHO_DIED = [
    ("Ten people were hurt in the blast, two of whom died later.", 2, 8),
    ("Gunmen killed three guards. Eight soldiers were wounded in action, one of whom later died.", 4, 7),
    ("Eight soldiers were wounded in action.", 0, 8),
]


@pytest.mark.parametrize(("text", "killed", "injured"), WOUNDED_IN_ACTION_WHO_DIED)
def test_a_part_of_the_wounded_who_died_past_a_phrase_of_where(text: str, killed: int, injured: int) -> None:
    assert (toll(text, "killed"), toll(text, "injured")) == (killed, injured)
