"""Forms of disaster and terror news from outside the US that the blind19b set taught (session 14):
money paid to the families, disasters the report brings back to mind, the rise a toll's clause already
holds, ... Each row is a sentence written for this file, with the figure a careful reader records (the
report's own, 0 where it gives none); the rows after each form are the ones it must not change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.model import Outcome

ROWS: list[tuple[str, Outcome, int]] = [
    # money is no people, whatever its currency
    ("The state will pay 200,000 Kenyan shillings to the family of each person killed.", "killed", 0),
    ("The cabinet approved 50,000 rupees for each of the injured and 400,000 rupees to the next of kin of each "
     "person who died.", "killed", 0),
    ("Families of the dead will receive 1 million naira each, the governor said.", "killed", 0),
    ("Seven people were killed and the state promised 100,000 roubles to each family.", "killed", 7),
    ("Twelve pilgrims died in the crush and 300,000 rupees will go to each bereaved family.", "killed", 12),
    # a disaster the report brings to mind, with its own clause after a comma, is another event
    ("The landslide revived memories of the March 2014 mudslide in the valley, in which 43 people were killed.",
     "killed", 0),
    ("The blast brought back memories of the 1984 gas leak, which killed more than 3,000 people.", "killed", 0),
    ("The fire was reminiscent of the blaze at a garment factory two years ago, in which 112 workers died.",
     "killed", 0),
    ("Rescuers pulled nine bodies from the rubble on Monday, officials said.", "killed", 9),
    # more people told in a sentence whose clause of a total brings the toll up are that toll's rise
    ("Toll reaches 54 in mine collapse\n\nRescuers pulled out four more bodies on Sunday, taking the toll in the "
     "collapse to 54, officials said.", "killed", 54),
    ("Divers recovered three more bodies, bringing the number of dead to 21.", "killed", 21),
    ("Forty people were killed in the first blast. Another 12 were killed in a second explosion an hour later.",
     "killed", 52),
    # a rescue's days since a weekday are its event's own; shootings since a weekday stay a total
    ("A fire in the coal mine killed 90 workers. The minister said 400 miners had been brought out alive since "
     "Tuesday, 60 of them injured.", "injured", 60),
    ("Gunmen shot 14 people since Friday, two of them fatally, police said.", "injured", 0),
    # a health centre is a place of care as a hospital is: a part of the survivors admitted there is hurt, alive
    ("The boat capsized, killing 130. Officials said 30 people survived. Nine of them were admitted at the "
     "district health centre.", "injured", 9),
    ("The boat capsized, killing 130. Nine of the passengers were taken to a clinic.", "injured", 0),
    # "They" opening a sentence taken to a hospital and treated for hurts are the group told just before
    ("Mud buried the camp, killing 31. Soldiers rescued 14 labourers from a smaller tunnel. They were treated at "
     "the army hospital for cold and minor injuries.", "injured", 14),
    ("Mud buried the camp, killing 31. They were treated at the army hospital.", "injured", 0),
    # attacks told as one operation over a city are one event's toll, not a total over many
    ("At least 60 people were killed and 200 wounded in a series of coordinated gun and bomb attacks across the "
     "capital on Friday night.", "injured", 200),
    ("At least 60 people were killed in coordinated attacks across the city.", "killed", 60),
    ("Air strikes across the province killed 25 people this week.", "killed", 0),
    ("At least 60 people were killed in a series of attacks on villages.", "killed", 0),
    # a part of the wounded who "have now died" or "eventually died" are taken off them, and are no tally
    ("A gunman killed four people at the fair. Twenty were wounded, three of whom have now died.", "injured", 17),
    ("A gunman killed four people at the fair. Twenty were wounded, three of whom have now died.", "killed", 7),
    ("A gunman killed four people. Twenty were wounded, three of whom eventually died.", "injured", 17),
    ("A gunman killed four people. Twenty were wounded, and officials said three more have died.", "injured", 20),
    # ... and a toll a clause of a total brought up before holds them: they add to the dead told apart
    ("A wounded man died on Sunday, bringing the number of people killed in the attack to six. Four people died "
     "on the night of the attack. Fifteen were wounded, two of whom have now died.", "killed", 6),
    # people "confined" in a hospital are in care, alive; confined elsewhere they are no one hurt
    ("A bomb killed 15 at the market. Sixty others remained confined in various hospitals in the city.",
     "injured", 60),
    ("A bomb killed 15 at the market. Forty people were confined to hospital with burns.", "injured", 40),
    ("A bomb killed 15 at the market. Residents were confined to their homes by a curfew.", "injured", 0),
    # "across the city" right after a hospital is where the hurt are cared for, not a spread of the event
    ("The blast on the metro killed 14 people, and 50 others were being treated in hospitals across the city.",
     "injured", 50),
    ("Strikes killed 30 people across the city on Monday.", "killed", 0),
    # who puts a final or official count at a figure is a source, and so are a public service and a morgue's
    # staff: two sources in one sentence give the lower figure
    ("The fire service put the final count at 52 bodies recovered, while staff at the city hospital morgue said "
     "they had received 61 bodies.", "killed", 52),
    ("The ambulance service said 12 people were killed, while the morgue said it had received 15 bodies.",
     "killed", 12),
    ("Rescuers put the final count at 52 bodies. By evening 61 bodies had reached the morgue.", "killed", 61),
    # a headline's attackers told dead are told again in the body, where they add as the fight's other side
    ("Beach attack: toll rises to 18, three gunmen killed\n\nFifteen civilians and three soldiers died, the "
     "minister said. The three gunmen were shot dead by security forces after a gun battle.", "killed", 21),
    ("Beach attack: toll rises to 18, three gunmen killed\n\nEighteen people, including the three gunmen, "
     "died, the minister said.", "killed", 18),
    # a part of the dead ("Among the dead were ...") leaves the whole running: the attackers add to the whole
    ("Thirty people were killed when gunmen attacked the hotel. Among the dead were six Canadians, two French "
     "citizens and an American. Three attackers were killed in the operation.", "killed", 33),
    ("Thirty people were killed when gunmen attacked the hotel. Among the dead were six Canadians, two French "
     "citizens and an American.", "killed", 30),
    # the figure a verb of giving puts "at", past its object, counts before its outcome word
    ("In its latest report the agency placed the casualties at 1,204 dead, 3,310 injured and 77 missing.",
     "killed", 1204),
    ("Officials put the figures at 40 killed and 100 injured.", "killed", 40),
    ("The bus arrived at 5 in the morning and two passengers were killed.", "killed", 2),
    ("The patrol came under fire at 3 and was pinned down.", "killed", 0),
    # people who remain, or are still, in hospital are alive: injured, not the dead taken off them
    ("The explosions killed 112 people. Health officials said 722 people remained in hospital.", "injured", 722),
    ("The fire killed 40. Some 90 people are still in the hospital, officials said.", "injured", 90),
    ("The fire killed 40. Ninety people were taken to hospital.", "injured", 50),
    # ... and a part of the hurt told before, not a group besides them
    ("The collapse killed 39. Officials said 16 people had been injured, 12 of them seriously, and nine were "
     "still in hospital.", "injured", 16),
    ("Two raiders were killed in the clash and three herders died.", "killed", 5),
    # "as many as" wounded, a part of whom died: the part is taken off, as of an exact or "at least" whole
    ("A train killed 50 people. As many as 80 persons were injured, three of whom died during treatment.",
     "injured", 77),
    ("A train killed 50 people. About 80 persons were injured, three of whom died during treatment.",
     "injured", 30),
    # a wounded whole told "Of the N ...", with a part of it that died, holds them: injured is the rest
    ("The toll in the crush rose to 18 after a man being treated in hospital succumbed to his injuries. Of the "
     "30 persons injured in the crush, he was the only one to die, doctors said.", "injured", 29),
    ("The toll rose to 9 as two more of the injured died. Six people were killed at once and 40 were injured "
     "in the blast. Of the 40 injured, the three who died overnight had head wounds.", "injured", 37),
    ("The toll from the bombing rose to 31 on Friday as two of the wounded died in hospital. Of the 150 people "
     "wounded on Tuesday, 60 were still in hospital.", "injured", 148),
    ("A bomb killed 31 people on Tuesday. Of the 150 people wounded, 60 were still in hospital.", "injured", 150),
    ("Of the 150 people wounded, many later died of their injuries, officials said.", "injured", 150),
    # ... and so does any wounded whole a later clause of whose sentence tells one who died "was one of them"
    ("A truck killed four people. Twenty people were hurt on the street; the man who died on Sunday was one of "
     "them.", "injured", 19),
    ("A truck killed four people. Twenty people were hurt; the two who later died were among them.", "injured", 18),
    ("A truck killed four people. Twenty people were hurt; the driver was one of them.", "injured", 20),
    # more people told after a toll are its rise when the toll less them is a figure the report tells it at
    ("The number of bodies recovered rose to 412 on Sunday. Soldiers said 12 more bodies had been found since "
     "Saturday night. The toll stood at 400 on Saturday morning.", "killed", 412),
    ("The toll rose to 412 on Sunday. Another 12 bodies were found on Monday.", "killed", 424),
    # "where they were treated for" an injury after people taken to hospital: those people, alive
    ("The avalanche killed 24 people. Nine people were taken to hospitals in the city, where they were treated "
     "for hypothermia and injuries.", "injured", 9),
    ("The avalanche killed 24 people. Nine people were taken to hospitals in the city.", "injured", 0),
    ("Two men were shot and taken to a hospital, where they died.", "killed", 2),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ROWS)
def test_a_form_of_disaster_or_terror_news_gives_its_figure(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best
