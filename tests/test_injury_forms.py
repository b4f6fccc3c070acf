"""Forms of injury in single sentences (readers.py, lexicon.toml): rows in our own words, positives
with their negatives."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon_data
from casualty_cli.model import Document


def _injured(text: str) -> int | None:
    """The document's injured figure as the scorer takes it (None: no injured statement at all)."""
    found = [
        s.best for s in extract_statements(Document("t", text))
        if s.outcome == "injured" and s.scope == "incident" and s.best is not None
    ]
    return max(found) if found else None


ROWS = [
    # people who sought or needed medical care are the living hurt, not less the dead
    ("Forty people had sought medical help after the blast, the ministry said.", 40),
    ("Five soldiers needed medical attention after the shelling.", 5),
    ("Twelve people sought medical treatment after the attack, in which three died.", 12),
    # a word the lexicon does not know between "be" and the participle is an adverb, misspelt or rare; not
    # a participle of its own, a count, a noun of people, or a word after a possessive's "'s"
    ("Two hikers were slihgtly injured when a branch fell on their tent.", 2),
    ("Three guards were grievously wounded in the raid.", 3),
    ("Two campers were not injured.", None),
    ("Two were listed in fair condition after the crash.", None),
    ("The storm's wind injured two people.", 2),
    ("The storm's blast wounded a farmer and a boy.", 2),
    # "causing injuries" after a comma: the one person the clause before names last, not its subject
    ("A falling branch struck a 12-year-old boy waiting for a bus, causing serious injuries.", 1),
    ("A gust threw a sign onto a cyclist on Main Street, causing minor injuries.", 1),
    ("A man lost control of his truck on the ice, causing injuries.", None),
    ("Hail battered the county fair, causing minor injuries.", None),
    ("A falling branch struck a car, causing minor injuries to two passengers.", 2),
    # an age in parentheses after an apposition, before the verb: the subject is before the apposition
    ("One hiker died, the other, his cousin, (31) was badly hurt.", 1),
    ("A ranger, Omar Said, (40) was wounded by poachers.", 1),
    ("A ranger, Omar Said, (40) was killed by poachers.", None),
    # "had" an injury, over a few words of where
    ("One hiker had a knee and ankle injury after the fall.", 1),
    ("A farmer had minor injuries when his barn collapsed.", 1),
    ("Two people suffered a variety of injuries.", 2),
    ("The driver had no injuries.", 0),
    ("The boxer had a history of injuries.", None),
    ("Dispatchers received reports of injuries along the highway.", None),
    # two clauses joined by "and", each with its own injured subject, count together; a pronoun is the
    # person told before
    ("The consul's son was seriously wounded and his driver was slightly hurt in the ambush.", 2),
    ("Two guards were injured in the blast and three porters were hurt by glass.", 5),
    ("A farmer was hurt when a silo fell and she was struck by debris.", 1),
    ("A guard was injured and he was taken to a clinic.", 1),
    # a count's people told again after a dash glued to the noun ("occupants-a man"): the count
    ("Winds rolled a trailer, injuring its two occupants-a man and his teenage son.", 2),
    # "They" opening a sentence of injuries: the people counted last in the sentences before
    ("A man and his two sons sheltered in a closet as the roof tore away. They suffered only cuts.", 3),
    ("Four campers were caught in the flash flood. They sustained minor injuries.", 4),
    ("A man was caught in the flood. They said he suffered minor injuries.", 1),
    ("Three firefighters searched the ruins all night. They suffered no injuries.", 0),
    # the people before a participle's phrase and "including": the count, not the one included
    ("Four nationals living in the compound, including the consul, were slightly injured.", 4),
    ("Three men working at the site including a guard were hurt.", 3),
    ("Shells landing near the school, including a mortar round, injured two guards.", 2),
    ("A truck carrying 12 pupils, including a girl, overturned and a teacher was hurt.", 1),
    # a capitalised word after a count, then lower-case modifiers and a noun of people: the noun is the head
    ("The blast injured five Soviet embassy staff and two guards.", 7),
    ("A mortar round wounded three Kenyan farm workers and a boy.", 4),
    ("The bomb wounded one Serb near the old bridge.", 1),
    # companions ("along with", "as well as") join more people to the injured, as to the dead; not past "and"
    ("Two guards were wounded in the attack, along with a cook.", 3),
    ("The blast wounded the driver as well as three passengers.", 4),
    ("Nine were killed and 14 were hurt, as well as two firemen.", 16),
    ("Raiders wounded one herder, and abducted another along with two boys.", 1),
    # ... and inside a subject, before its verb
    ("Two police officers as well as a cook were injured.", 3),
    ("Two guards as well as one of the cooks were hurt in the exchange.", 3),
    ("Two guards along with a cook were hurt.", 3),
    ("Two guards together with one of the cooks were hurt in the exchange.", 3),
    # a gerund after a determiner is a noun: no verb shares an object with it
    ("The shelter is a block from the shooting and feeds 200 children daily.", None),
    ("Bandits were seen shooting and wounding two herders.", 2),
    # an apposition of three ages or more, its commas inside it
    ("Three men, aged 21, 22 and 24, were wounded outside the club.", 3),
    ("Three girls, ages 4, 6, and 9, were hurt when the porch fell.", 3),
    ("Two men, aged 30 and 41, were wounded.", 2),
    # "N (people) out of (the) M": the count is N
    ("Four people out of the 75 inside the hall were wounded.", 4),
    ("Three out of ten residents were hurt.", 3),
    ("Two of the six were hurt.", 2),
    # "a" and a capitalised noun is someone of a people, in a subject's list as in an object's
    ("A Briton and a Dane were injured in the blast.", 2),
    ("The blast injured a Briton and a Dane.", 2),
    ("A Toyota and a bus were hit by gunfire.", None),
    # a list has one "and": after "A and B", ", and" opens another clause
    ("Two people died, one Spanish and one Tunisian, and twelve were wounded.", 12),
    ("Gunfire hit 2nd Avenue and Main Street, and at least five people were wounded.", 5),
    ("A guard, a nurse, and a driver were injured.", 3),
    # a list of people before "of" and whose they are: the list, not the owner
    ("The wife and daughter of a prison officer were injured in the blast.", 2),
    ("Two guards of a bank manager were wounded.", 2),
    ("The son of a farmer was wounded.", 1),
    # the count before "including" and its appositions, not the one the last of them names
    ("Five people, including Omar Dida, the Deputy Prosecutor, were injured.", 5),
    ("A Samburu herder, 16-year-old Lekupe, and his brother were injured.", 2),
    # a pronoun takes no apposition: "him, his driver" are two
    ("Gunmen fired on the judge's car, injuring him, his driver, and a bodyguard.", 3),
    ("The blast wounded Ali Musa, the mayor, and his son.", 2),
    # "no" before a list of nouns denies each of them
    ("The storm crossed open pasture with no damage or injuries reported.", None),
    ("The funnel passed over the lake with no injuries or damage.", 0),
    ("A farmer escaped with bruises and no other injuries.", 1),
    # "had" more hurts of someone told before is no one more
    ("A falling branch hit Maria Lopez on the arm. Maria also had two small cuts on her hand.", 1),
    # hurts the lexicon names
    ("A camper received minor scratches on her arms.", 1),
    ("Three children sustained abrasions and contusions.", 3),
    # cut by glass or debris (not "cut" alone)
    ("A boy was cut by flying glass when the window burst.", 1),
    ("The factory cut 40 workers last spring.", None),
    # cut when a mishap follows, or by what flies or shatters
    ("A woman was cut when hail smashed the windshield of her truck.", 1),
    ("Two clerks were cut by shards from the display case.", 2),
    ("A farmhand was cut by flying sheet metal from the barn roof.", 1),
    ("Power was cut when the line came down, and the mill closed.", None),
    ("The firm cut when orders dried up, and 40 jobs went.", None),
    # "when" ends an idiom but is no verb's end: the list after it is the subject of its own verb
    ("She was at the club with her son when he and six others were shot.", 7),
    # taken somewhere "for treatment", a hospital's name or not
    ("Both drivers were taken to Lakeside Health in Marquette for treatment.", 2),
    ("Both drivers were taken to the county line for questioning.", None),
    # a state after the object of "left", "put"
    ("The home invasion put three women into the hospital.", 3),
    ("The blast left two soldiers in grave condition.", 2),
    ("The flood left the bridge in poor condition.", None),
    ("The driver put the truck into the garage.", None),
    # a count and "other" with its noun left out
    ("One person was hurt in Millbrook and three other were hurt in Dover.", 4),
    ("One person was hurt and three other people were hurt in Dover.", 4),
    # people treated for injuries, or who escaped with them, are alive: the report's dead are not among them
    ("Twelve miners were treated for injuries at the site, three of them in serious condition. Two miners died.", 12),
    ("Six climbers escaped with cuts and bruises. A guide was killed.", 6),
    ("Nine workers suffered injuries in the collapse. Two workers died.", 7),
    # a group hurt by an injury verb after "and" adds to the group told before it in the clause
    ("Two hikers were badly hurt and a ranger suffered minor injuries.", 3),
    ("A lorry driver was wounded and his son sustained cuts to the face.", 2),
    ("A cyclist was struck by a van and taken to Lakeside Hospital and Trauma Center with minor injuries.", 1),
    # the day of a date is no count ("an Oct. 13 gang shooting" is no 13 gang members), unless the date
    # has its day first ("01 Oct. 7 people")
    ("The feud began with an Oct. 13 gang shooting in which a herder was killed and his brother was shot in the arm.", 1),
    ("01 Oct. 7 people wounded in the attack on a village.", 7),
    # cases are no people: "a dozen cases in which children were shot" counts the cases
    ("The court has heard close to a dozen cases involving incidents in which children were shot.", None),
    # nor are the minutes of a time of day
    ("Police got calls around 12:45 a.m. about people being shot outside a bar.", None),
    ("At 12:45 a.m. three people were shot outside a bar.", 3),
    ("0:47 Driver shot in the arm on Blackstone and Saginaw", None),
    # an irregular participle's phrase after the subject ("caught in the crossfire"), as one in "-ed"
    ("A man was shot by a passing rider. Two people caught in the crossfire were injured.", 2),
    ("She and her son were both taken to the hospital in stable condition.", 2),
    # a count of people told again one by one after its comma is the count; a list of roles adds up
    ("The winds rolled a trailer, injuring its two occupants, a man and his son.", 2),
    ("The blast wounded three people - a woman and her two children.", 3),
    ("The blast wounded two soldiers, a policeman and a cook.", 4),
    # "a/an" and an injury participle before a person is someone hurt; "the" is someone told before
    ("Four bodies were found inside. An injured woman was found in the yard.", 1),
    ("A wounded soldier was carried to the truck.", 1),
    ("The wounded soldier was carried to the truck.", None),
    # a contracted "not" says their hurts are not life-threatening as the full one does: alive, so not the dead
    ("The girl was pronounced dead. A 2-year-old in the car was also hit but suffered injuries that weren't life-threatening.", 1),
    ("The girl was pronounced dead. A 2-year-old in the car was also hit but suffered injuries that were life-threatening.", None),
    # "critical but stable condition" is alive as "stable condition" is
    ("Two men were pronounced dead. A boy was taken to the hospital and listed in critical but stable condition.", 1),
    ("Two men were pronounced dead. A boy was taken to the hospital and listed in critical, stable condition.", 1),
    # a dead attacker is none of the people he shot; dead people of the same kind as those shot may be
    ("A gunman shot three shoppers at a store. Police returned fire, killing the gunman.", 3),
    ("Police shot two suspects. One suspect died.", 1),
    ("Police said the bomber was fatally shot. Officers shot her after she refused to stop.", None),
    # one who took their own life (in a headline's tense too) is dead, not hurt by the shot that killed them
    ("Inmate Takes Own Life In Cell\n\nGuards said the inmate shot himself with a smuggled pistol.", None),
    ("A farmer takes his own life after the flood. He shot himself in a barn.", None),
    # "hit" hits people only as a passive told with where on the body; a victim of one clause and another
    # of the next are two
    ("A girl was hit in the head and her uncle was injured.", 2),
    ("A teenager was hit in the leg as he ran from the car.", 1),
    ("Two brothers were hit in their legs outside the bar.", 2),
    ("A cashier was hit in her upper back by a round fired through the door.", 1),
    ("The driver got hit on the head with a bottle.", 1),
    ("A mortar round hit the second floor of the barracks.", None),
    ("The rockets hit Kibbutz Nir Am and an orchard.", None),
    ("Officials blamed a foreign hit squad for the attack.", None),
    ("The gunman hit them from behind with his car.", None),
    ("The depot was hit in the raid.", None),
    ("A lorry hit a cyclist on the bridge.", None),
    # the wounded of whom a part is said to have died are people hit: the dead are taken off them
    ("A parcel bomb went off, wounding five clerks, one of whom later died of her wounds.", 4),
    ("Six villagers were wounded, two of whom have since died.", 4),
    ("Gunmen wounded seven people, two mortally.", 5),
    # a bare count told to have died of its wounds, after a semicolon, is such a part; a bare "died" of
    # something else is not
    ("Four guards were wounded; one succumbed to his injuries in hospital.", 3),
    ("Six porters were wounded; two later died of their wounds.", 4),
    ("Six porters were wounded; two died when a second shell fell.", 6),
    # the part that died is taken off its own whole, whoever else the report counts dead
    ("A letter bomb wounded four clerks, one of whom later died. An hour later a second bomb killed a guard.", 3),
    ("Gunmen killed two guards and wounded six people, one of whom later died.", 5),
    # a whole told as a least stays one, less its part that died
    ("At least 40 bystanders were wounded, three of whom later died.", 37),
    ("More than 20 pilgrims were injured, two of whom died in hospital.", 18),
    # the dead told beside the wounded, not as a part of them, are others
    ("The shooting left three people wounded and one dead.", 3),
    ("Nine guards were wounded and one of the attackers died.", 9),
    # people brought out alive "with injuries" are the living hurt, whether the verb is passive or active;
    # alive with no injury named are no casualties
    ("Four miners were hauled out alive with injuries after two days underground.", 4),
    ("Divers brought 17 passengers up alive, all of them with injuries, and flew them to the port.", 17),
    ("Rescue teams dug nine people out of the debris alive.", None),
    ("Three children were found alive in the wreckage.", None),
    # so are people a verb of rescue tells in the clause before "with" and an injury, beside the report's dead
    ("The quake killed 30 people. Six people pulled from the rubble with injuries were taken to Pokhara.", 6),
    ("Nine bodies were recovered. Two miners were dug out of the shaft with serious injuries.", 2),
    ("A boat capsized and 12 people drowned. Four were rescued from the river with injuries.", 4),
    # ... not a rescue with a tool, nor one with no count of the rescued
    ("Nine bodies were recovered. Two miners were dug out of the shaft with shovels.", None),
    ("Nine bodies were recovered. The rescued were dug out with injuries to their legs.", None),
    # someone's kin, several of them, opening the sentence after the one that told the dead, are others
    # than the dead; kin told before the dead, or as a killer's object, are the whole the dead came from
    ("A shopkeeper was hacked to death. His two sons suffered injuries trying to save him.", 2),
    ("A farmer was shot dead in his field. Her three children sustained wounds in the crossfire.", 3),
    ("His two sons were shot near the gate. One of them died in hospital.", 1),
    ("The gunman shot his wife and then shot their two sons. The wife died.", 1),
    ("A man was killed. Two neighbours were shot in the same burst of fire.", 1),
    # an exact count of people taken into care that holds a wounded figure told roughly, where the count less
    # the dead would fall below it, is those wounded told exactly; people "shot" may hold the dead
    ("Nine people were killed and more than 40 wounded in the blast. The ministry later said 43 people had "
     "been hospitalised.", 43),
    ("Six soldiers died and at least 20 were injured. Officials said 24 people were hospitalized.", 24),
    ("Nine people were killed and 40 wounded in the blast. The ministry later said 43 people had been "
     "hospitalised.", 40),
    ("Two people died and at least five were injured. In all, 6 people were shot.", 5),
    # a verb after "and" shares the subject of its own clause, not one told before a clause of contrast
    ("Twelve villagers were killed, while five others sustained machete cuts and are receiving treatment at "
     "the general hospital.", 5),
    ("Eight miners were killed, whereas three others suffered burns and are in hospital.", 3),
    ("Four guards were shot and are in hospital.", 4),
    # the dead of an event recalled, or told beside the report's own, are none of its people hit
    ("A man was shot dead as the mob moved through the town. Medics treated 40 people. The riot came hours "
     "after a gunman shot dead two brothers at a checkpoint.", 39),
    ("A man was shot dead in the square. Medics treated 12 people. In a separate attack, gunmen killed five "
     "farmers.", 11),
    # (the report's own dead are taken off as before)
    ("Two men were shot dead in the square. Medics treated 12 people.", 10),
    # people told with a hurt whose clause goes on with a verb of carrying them to care ([syntax]
    # carried_to_care) are the living hurt, fewer than the dead as they may be ...
    ("Twenty villagers were killed by raiders at dawn. Six villagers sustained gunshot injuries and were "
     "rushed to the district hospital.", 6),
    ("At least 12 miners lost their lives in the blast. Four miners suffered burns and were shifted to a "
     "trauma centre in the city.", 4),
    ("Nine pilgrims died when the bus overturned. Five pilgrims received head injuries and had been referred "
     "to the state hospital.", 5),
    # ... not when the hurt is not told (people shot may be among the dead), nor when they die after
    ("Twenty villagers were killed by raiders at dawn. Six villagers were shot and were rushed to the "
     "district hospital.", None),
    ("Five people died in the house. Two girls suffered severe burns and were transported to hospitals. "
     "Both later died.", None),
]


def _scopes(text: str) -> list[str]:
    return [s.scope for s in extract_statements(Document("t", text)) if s.outcome == "injured"]


# a count of people hurt in several events is a running total, not this report's toll
SEVERAL = [
    ("Fourteen other people were wounded in shootings across the city over the weekend.", "cumulative"),
    ("Two men were hurt in unrelated incidents on Sunday.", "cumulative"),
    ("Two men were hurt in the shooting on Sunday.", "incident"),
    # "the blasts" with "the" are the parts of the attack the report tells (twin bombs, a second charge),
    # so their count is its toll; "separate" or a number of attacks still makes several
    ("The minister said 211 people were wounded in the blasts near the cemetery.", "incident"),
    ("Forty pilgrims were injured in the explosions at the shrine on Friday.", "incident"),
    ("Sixty-four shoppers were hurt in the bombings at the market.", "incident"),
    ("Nine people were injured in separate attacks on two checkpoints.", "cumulative"),
    ("Seven soldiers were wounded in three attacks across the province.", "cumulative"),
]


@pytest.mark.parametrize(("text", "scope"), SEVERAL)
def test_several_events(text: str, scope: str) -> None:
    assert _scopes(text) == [scope]


@pytest.mark.parametrize(("text", "figure"), ROWS)
def test_injured(text: str, figure: int | None) -> None:
    assert _injured(text) == figure


# A count told injured by its own noun is one statement, injured as read, whatever the verb after it makes of
# it: no second one of people hit less the dead ("2500 hit, less 1134 killed"); people a verb alone tells
# hit are still taken less the dead, and a sum that starts at a count told injured stands.
ONE_COUNT_ONCE = [
    ("A roof fell in, killing 40 people. About 250 injured people were treated at the college hospital.", [250]),
    ("A tanker exploded, killing 12. Some 60 wounded villagers were taken to hospital.", [60]),
    ("A roof fell in, killing 40 people. About 250 people were treated at the college hospital.", [210]),
    ("A lorry driver was wounded and his son sustained cuts to the face.", [1, 2, 1]),
]


@pytest.mark.parametrize(("text", "figures"), ONE_COUNT_ONCE)
def test_a_count_told_injured_is_stated_once(text: str, figures: list[int]) -> None:
    found = [s.best for s in extract_statements(Document("t", text)) if s.outcome == "injured"]
    assert found == figures


# Every noun of people in the lexicon ([people] singular and plural) is a victim in a list and under a count.
_PEOPLE = lexicon_data()["people"]
# known misses (none now: a collective noun under a count of its own, "three twins", takes the count)
_MISSES: set[str] = set()


def _rows(nouns: list[str], form: str, figure: int) -> list[object]:
    return [
        pytest.param(form.format(noun), figure, id=noun,
                     marks=[pytest.mark.xfail(strict=True, reason="known miss")] if noun in _MISSES else [])
        for noun in nouns
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    _rows(_PEOPLE["singular"], "The {} and a guard were injured in the blast.", 2)
    + _rows(_PEOPLE["plural"], "Three {} were injured in the blast.", 3),
)
def test_every_noun_of_people_is_counted(text: str, figure: int) -> None:
    assert _injured(text) == figure
