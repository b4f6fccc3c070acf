"""Who is who: a person reported hurt who then died is one of the dead, not one injured more; a person
told apart from the dead stays injured. Sentences are our own.

The rows are the contract of :mod:`casualty_cli.extraction.same_person` (and of the readers it relies on).
"""

from __future__ import annotations

from datetime import date

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.model import Document, report_figure


def figures(text: str) -> tuple[int, int]:
    """The report's killed and injured figures as the scorer reads them: the largest incident figure."""
    statements = extract_statements(Document("t", text, date(2016, 5, 2)))
    return report_figure(statements, "killed") or 0, report_figure(statements, "injured") or 0


SAME_PERSON = [
    # (text, (killed, injured))
    pytest.param(
        "Boy dies after shooting\n\nA 14-year-old boy who was critically wounded in a shooting on Friday died on "
        "Sunday, police said.",
        (1, 0),
        id="who was wounded ... died: one subject",
    ),
    pytest.param(
        "Toddler dies\n\nMaya Jones was critically injured in the shooting on Elm Street. The 3-year-old died "
        "at the hospital on Tuesday.",
        (1, 0),
        id="critically injured, then the one dead person died",
    ),
    pytest.param(
        "Teen killed at party\n\nA 17-year-old was shot and killed at a party on Saturday. "
        "The victim, Carl Dunn, was shot in the chest, police said.",
        (1, 0),
        id="named victim beside an aged death",
    ),
    pytest.param(
        "Deputy killed by accident\n\nA county sheriff's deputy was killed in an accidental shooting on Monday. "
        "Officers were told Deputy Sam Reyes was shot in the face.",
        (1, 0),
        id="a title before the name",
    ),
    pytest.param(
        "Four dead in shooting\n\nFour people were killed in the shooting on Main Street. "
        "Police later found a fourth person shot behind the house.",
        (4, 0),
        id="the fourth person of four dead",
    ),
    pytest.param(
        "Three dead\n\nThree men were killed on Friday. A fourth man was taken to the hospital with gunshot "
        "wounds, but he later died.",
        (3, 0),
        id="but he later died",
    ),
    pytest.param(
        "Found\n\nPolice found the body of a bank guard who had been shot in the head.",
        (1, 0),
        id="the body of one shot",
    ),
    pytest.param(
        "Found\n\nThe body of 25-year-old Dan Moore was found shot behind the building.",
        (1, 0),
        id="the body of an aged person shot",
    ),
    pytest.param(
        "Girl dies\n\nA 7-year-old girl injured by a stray bullet on Friday has died, police said.",
        (1, 0),
        id="a participle after the subject of died",
    ),
    pytest.param(
        "9-year-old shot by 2-year-old sibling dies, parents arrested", (1, 0), id="shot by ... dies"
    ),
    pytest.param(
        "Teen dies\n\nA teenager hospitalized after a shooting on Saturday has died.",
        (1, 0),
        id="hospitalized after ... has died",
    ),
    pytest.param(
        "Girl, 5\n\nLena Park was shot in the head on Monday. Her father said she is now brain dead.",
        (1, 0),
        id="brain dead",
    ),
    pytest.param(
        "Shooting\n\nA woman was critically injured in the shooting on Friday. She died on Saturday.",
        (1, 0),
        id="the dead told of only by a pronoun after",
    ),
    pytest.param(
        "Pellet gun\n\nOfficials said the teen died after being injured by a pellet fired from a pellet gun.",
        (1, 0),
        id="died after being injured: one person",
    ),
    pytest.param(
        "Two shootings\n\nA pastor, 61, was killed at his church. A 40-year-old man was critically injured in a "
        "crash nearby. He was flown to a trauma center, where he died.",
        (1, 0),
        id="a lone pronoun dead in the next sentence is the person hurt before it",
    ),
    pytest.param(
        "Apartment shooting\n\nOfficers found the father dead and the girl wounded. She was later pronounced dead "
        "at the hospital.",
        (1, 0),
        id="the pronoun's antecedent is the one hurt, told last",
    ),
    pytest.param(
        "Envoy shot\n\nAn envoy was shot dead outside his home. His wife was seriously wounded. She died in "
        "hospital two days later.",
        (2, 0),
        id="kin of the dead, hurt, then dead: one more dead",
    ),
    pytest.param(
        "Farm attack\n\nRaiders killed a farmer and two herders. Their young son was badly hurt. He died on Monday.",
        (4, 0),
        id="kin of the dead told after a count, then dead: the count and one",
    ),
]

OTHER_PERSON = [
    pytest.param(
        "Two shot\n\nA man was killed and a woman was wounded in a shooting on Sunday.",
        (1, 1),
        id="killed and wounded in one sentence",
    ),
    pytest.param(
        "Shooting\n\nThree people were shot and killed and a fourth was wounded on Sunday morning.",
        (3, 1),
        id="a fourth beside three dead",
    ),
    pytest.param(
        "Crash\n\nThe driver is in critical condition and a six-year-old passenger has been pronounced dead.",
        (1, 1),
        id="driver and passenger told apart",
    ),
    pytest.param(
        "Girl killed\n\nA 7-year-old girl was killed on Sunday. Officers found a 56-year-old who had been shot "
        "in the leg. The 56-year-old was taken to the hospital.",
        (1, 1),
        id="ages differ",
    ),
    pytest.param(
        "Girl killed\n\nAna Ruiz, 5, was killed on Sunday. Her stepfather, Carlos Vega, was also shot and is on "
        "life support.",
        (1, 1),
        id="also shot",
    ),
    pytest.param(
        "Shooting\n\nA woman was critically injured in the shooting on Friday. He died on Saturday.",
        (1, 1),
        id="a pronoun of the other sex",
    ),
    pytest.param(
        "Bombing\n\nA car bomb killed a judge in the capital. A woman passerby was injured in the blast.",
        (1, 1),
        id="a passerby: someone new",
    ),
    pytest.param(
        "Attack\n\nGunmen killed a diplomat in the capital on Monday. The diplomat's driver was injured in the attack.",
        (1, 1),
        id="the dead person's driver",
    ),
    pytest.param(
        "Ambush\n\nA Dutch nurse was shot dead in the town. The Dutch nurse's driver was hurt in the attack.",
        (1, 1),
        id="the dead person's driver, the owner named",
    ),
    pytest.param(
        "Ambush\n\nA convoy was attacked, killing an assistant of the truck driver. The driver was injured.",
        (1, 1),
        id="driver beside an assistant",
    ),
    pytest.param(
        "Ambush\n\nShakhbanova was wounded in the arm and her driver was killed.",
        (1, 1),
        id="wounded, and her driver killed",
    ),
    pytest.param(
        "Ambush\n\nGunmen fired on the convoy of councillor Ali al-Hakim. Two of his guards were killed, but "
        "al-Hakim was only slightly hurt.",
        (2, 1),
        id="a name with al-",
    ),
    pytest.param(
        "Officer shot\n\nA police officer was shot and wounded on Thursday, and the suspect was killed.",
        (1, 1),
        id="officer and suspect",
    ),
    pytest.param(
        "Shooting\n\nDavid Moss, 11, was shot and killed in his home. His friend Nia Cole was critically injured "
        "but is now doing well.",
        (1, 1),
        id="names differ",
    ),
]


#: Readings that are no one injured in this report: the one who shot, a negated subject, another event.
NO_INJURED = [
    pytest.param(
        "Man killed\n\nRon Bell was outside when two other men walked up and shot him several times.",
        (1, 0),
        id="the subject shot him",
    ),
    pytest.param(
        "Two men, 18 and 19, shot into the family's home on Dec. 13, the complaint alleges.",
        (0, 0),
        id="shot into a home",
    ),
    pytest.param(
        "Crash\n\nNeither the driver or the other passenger was injured.", (0, 0), id="neither ... or"
    ),
    pytest.param(
        "Attack\n\nA village headman was shot at by two men on a motorbike.", (0, 0), id="shot at: fired upon"
    ),
    pytest.param(
        'School mourns\n\n"Any time one of our pupils is hurt, the whole town feels it," the principal said.',
        (0, 0),
        id="any time ... is hurt: no event",
    ),
    pytest.param(
        "Crash\n\nA train hit the bus, but none of the 40 passengers were injured.",
        (0, 0),
        id="none of the 40",
    ),
    pytest.param(
        "Blast\n\nA pipe bomb went off in the lane, almost injuring two boys.", (0, 0), id="almost injuring"
    ),
    pytest.param(
        "Bombings\n\nTwo bombs went off in the city. In total, nine people were killed and 23 were wounded in "
        "the attacks.",
        (0, 0),
        id="a total over several attacks",
    ),
    pytest.param(
        "Bombing\n\nSeven people were killed and 27 wounded in total in the double bombings at the gate.",
        (7, 27),
        id="a total of one double bombing",
    ),
    pytest.param(
        "Blast\n\nDamage was very minor and no one was hurt.", (0, 0), id="minor and no one: no list"
    ),
    pytest.param(
        "Boy dies\n\nA 9-year-old boy was killed on Friday. In September, a 7-year-old girl was shot in the chest "
        "as she rode her bike. That same month, a 2-year-old was shot at a housing project.",
        (1, 0),
        id="months named apart: other events",
    ),
    pytest.param(
        "Shooting\n\nA woman was killed on Friday. Her neighbour was wounded in the shooting. Police said he "
        "shot her before turning the gun on himself.",
        (1, 1),
        id="a pronoun of the one who shot, no death told by it",
    ),
    pytest.param(
        "Shooting\n\nA man was killed on Friday. A woman was wounded and is expected to survive. She died of a "
        "heart attack years later, family said.",
        (1, 1),
        id="said to survive: not the pronoun's dead",
    ),
    pytest.param(
        "Shooting\n\nA man was killed on Friday. A woman was wounded in the arm. Police arrived within minutes. "
        "Officers searched the area. She died at the scene.",
        (1, 1),
        id="a pronoun sentences away is not the one hurt",
    ),
    pytest.param(
        "Raid\n\nA trader was shot dead and a boy was wounded in the raid. Elders said he was killed by "
        "cattle thieves.",
        (1, 1),
        id="a pronoun after a sentence that tells a death too: either's",
    ),
]


# "The other" of two people, and "which of" a group: one person each. People hit told by a role that
# none of the dead told by a noun has are none of the dead; anyone ("people", "men") or kin may be.
ONE_OF_TWO = [
    # "a dead man", "a deceased white male": one person, dead; "deceased" after "be" too, never as a verb
    pytest.param(
        "Body found\n\nDeputies located a deceased elderly male with a gunshot wound to the chest.",
        (1, 0),
        id="a deceased elderly male with a gunshot wound",
    ),
    pytest.param(
        "Body found\n\nHikers found a dead man near the trail on Sunday.",
        (1, 0),
        id="a dead man",
    ),
    pytest.param(
        "Body found\n\nThe driver was deceased when medics arrived.",
        (1, 0),
        id="was deceased",
    ),
    pytest.param(
        "Crash\n\nThe truck swerved into a dead end and a dead man's switch stopped the train.",
        (0, 0),
        id="a dead end, a dead man's switch: no one",
    ),
    pytest.param(
        "Fire\n\nCrews found a dead dog in the yard.",
        (0, 0),
        id="a dead dog: no person",
    ),
    # "the man" after "of" and a word that names no people is the man, no part of a group
    pytest.param(
        "Shooting\n\nDeputies released the name of the man found shot and killed on a farm road.",
        (1, 0),
        id="the name of the man shot and killed",
    ),
    pytest.param(
        "Raid\n\nA guard was killed in the raid. A cousin of the guard was also killed.",
        (2, 0),
        id="a cousin of the guard: the cousin, someone more",
    ),
    pytest.param(
        "Raid\n\nThe name of the man was not released. Two of the guards were wounded.",
        (0, 2),
        id="two of the guards: a part of a group",
    ),
    # "another" right after the verb sets the object apart from the one who shot, not from the dead
    pytest.param(
        "Hotel shooting\n\nA guest is in custody after he accidentally shot another man in a room. The man died "
        "at the hospital.",
        (1, 0),
        id="shot another man; the man died: one person",
    ),
    pytest.param(
        "Hotel shooting\n\nA guest accidentally shot another man in the arm. A woman was killed by a stray round.",
        (1, 1),
        id="shot another man; a woman died: two people",
    ),
    pytest.param(
        "Hotel shooting\n\nA man was shot dead in the lobby. Another man was shot in the arm.",
        (1, 1),
        id="another man as a subject: someone else",
    ),
    # people in care, then people killed in one clause, are others; people shot, or care and "died", may not be
    pytest.param(
        "Pile-up\n\nFifty cars collided; 12 people were hospitalized and one driver was killed on the shoulder.",
        (1, 12),
        id="hospitalized and killed: others",
    ),
    pytest.param(
        "Pile-up\n\nFifty cars collided; 12 people were hospitalized and two of them died.",
        (2, 10),
        id="hospitalized and died: among them",
    ),
    pytest.param(
        "Shooting\n\nSix men were shot outside the club and one was killed.",
        (1, 5),
        id="shot and killed: among them",
    ),
    pytest.param(
        "Crash\n\nA passenger in the van was killed. Both drivers were taken to a hospital.",
        (1, 2),
        id="drivers hit beside a dead passenger: none of the dead",
    ),
    pytest.param(
        "Raid\n\nTwo officers were shot in the raid. One officer died.",
        (1, 1),
        id="officers hit, an officer dead: one of them",
    ),
    pytest.param(
        "Bar shooting\n\nFour people were shot at the bar. A guard died.",
        (1, 3),
        id="people hit, a guard dead: one of them",
    ),
    pytest.param(
        "Shooting\n\nTwo brothers were shot outside a store. A teacher died.",
        (1, 1),
        id="kin hit: may be the one who died",
    ),
    pytest.param(
        "Crash on Route 9\n\nOne driver died at the scene and the other was badly hurt.",
        (1, 1),
        id="the other of two: one more, injured",
    ),
    pytest.param(
        "Ambush\n\nOne guard was shot dead and the other wounded in the leg.",
        (1, 1),
        id="the other, with the verb left out after and",
    ),
    pytest.param(
        "Storm\n\nOn the other hand, three hikers were slightly injured.",
        (0, 3),
        id="the other hand is no person",
    ),
    pytest.param(
        "Shooting at a bar\n\nThree men were shot. Police would not say which of the three men was killed.",
        (1, 2),
        id="which of three: one of them died",
    ),
    pytest.param(
        "Shooting at a bar\n\nThree men were shot. Two of the three men were killed.",
        (2, 1),
        id="a count of three stays a count",
    ),
    pytest.param(
        "Boy shot\n\nThe boy was flown to a trauma centre, where he was pronounced deceased.",
        (1, 0),
        id="pronounced deceased is dead",
    ),
    pytest.param(
        "Boy shot\n\nThe boy was flown to a trauma centre, where he was not pronounced deceased.",
        (0, 1),
        id="not pronounced deceased: one hurt",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERSON + OTHER_PERSON + NO_INJURED + ONE_OF_TWO)
def test_killed_and_injured_of_the_report(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


# "they" as the subject of a verb of dying stands for the last group of two or more hurt before it in its
# sentence, or, opening its sentence, for the group told last in the two sentences before: those hurt are
# the dead. Not a "they" of anything else, nor one with no group of people before it.
THEY_DIED = [
    ("Crash\n\nThe four were hurt in the crash and were flown to a trauma centre where they died.", (4, 0)),
    ("Shooting\n\nTwo brothers were shot on the porch and were rushed to a hospital, where they died.", (2, 0)),
    ("Shooting\n\nTwo brothers were shot on the porch. They died at the hospital.", (2, 0)),
    ("Shooting\n\nTwo brothers were shot on the porch. They survived.", (0, 2)),
    ("Shooting\n\nTwo brothers were shot on the porch while they waited for a ride.", (0, 2)),
    ("Shooting\n\nTwo brothers were shot on the porch. Police said they had no suspects.", (0, 2)),
    ("Storm\n\nThe storm flooded the valley, and residents said they feared more deaths.", (0, 0)),
]


@pytest.mark.parametrize(("text", "expected"), THEY_DIED)
def test_they_died(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


KNOWN_MISSES = [
    pytest.param(
        "Teen dies\n\nA teenager wounded in a double shooting that killed his brother died Tuesday.",
        (2, 0),
        id="the object of a relative clause read as the subject of died",
    ),
    pytest.param(
        "Four found dead\n\nFour people were found shot dead in a car. Officials say she also suffered a gunshot "
        "wound to the head and was found in the trunk.",
        (4, 0),
        id="also of a second wound, not of someone else",
    ),
    pytest.param(
        "Shooting\n\nOne of the two victims was shot inside the house and another was shot outside. Both men died.",
        (2, 0),
        id="one ... and another of a group of the dead",
    ),
]


@pytest.mark.xfail(strict=True, reason="known miss")
@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_known_misses(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


# Every noun of kin in the lexicon ([identity] kin), read after a possessive ([identity] kin_owners): kin of
# the dead named beside them is someone else, so stays injured; "the father" may be the one who died.
_IDENTITY = lexicon().identity


@pytest.mark.parametrize("owner", sorted(_IDENTITY["kin_owners"]))
@pytest.mark.parametrize("kin", sorted(_IDENTITY["kin"]))
def test_kin_of_the_dead_is_someone_else(kin: str, owner: str) -> None:
    told = f"Crash\n\nThe teen was killed on the highway on Friday, and {owner} {kin} was shot."
    assert figures(told) == (1, 1)
    assert figures(told.replace(f"{owner} {kin}", f"the {kin}")) == (1, 0)


@pytest.mark.parametrize("alive", sorted(_IDENTITY["survived"]))
def test_a_person_hit_said_to_survive_is_someone_else(alive: str) -> None:
    # [identity] survived: each phrase tells a person hit from the one who died
    text = f"Shooting\n\nA man was killed in the shooting on Friday. The woman was shot in the arm; she {alive}."
    assert figures(text) == (1, 1)
    assert figures(text.replace(f"; she {alive}", "")) == (1, 0)
