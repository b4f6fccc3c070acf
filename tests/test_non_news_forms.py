"""Forms of the texts that are no news articles which the blind20b set taught (session 14): encyclopedia
infoboxes, humanitarian sitreps, officials' releases, court and inquiry texts, NGO incident trackers and
newsletters. Each row is a text written for this file, with the figure a careful reader records (the
report's own, 0 where it gives none); the rows after each form are the ones it must not change.
"""

from __future__ import annotations

import pytest
from gold_texts import figure

from casualty_cli.model import Outcome

ROWS: list[tuple[str, Outcome, int]] = [
    # an infobox's field of injuries: a noun of hurts that opens its line, a colon and a figure
    ("Harbour fire\n\nDate: 3 June 1998\nDeaths: 41\nNon-fatal injuries: 212\n\nThe fire began in a warehouse.",
     "injured", 212),
    ("Station bombing\n\nDeaths: 9 (including the bomber)\nInjuries: 130+\n\nThe bomb went off at rush hour.",
     "injured", 130),
    ("Dam collapse\n\nDeaths: 12\nNonfatal injuries: about 40\n\nThe wall gave way at night.", "injured", 40),
    ("Dam collapse\n\nDeaths: 12\nNon-fatal injuries: several dozen\n\nThe wall gave way at night.", "injured", 0),
    # ... not a hurt told of one person, nor a figure that is no count of people
    ("The guard was shot in the leg. His injuries: a broken femur and two cuts.", "injured", 1),
    ("Injuries: gunshot wound to the arm, treated at the scene.", "injured", 0),
    ("The report lists the injuries: 3 fractures and 12 burns among the crew.", "injured", 0),
    # a count of people, "of" and whose they are, then as many people again one kind at a time between
    # commas, is the count, not the sum of both
    ("Seventeen workers of the charity, sixteen Tamils and one Muslim, were shot dead in the office.", "killed", 17),
    ("Nine members of the crew of the trawler, seven Filipinos and two Indonesians, were killed.", "killed", 9),
    ("Five staff of the clinic, three nurses and two cleaners, were injured in the blast.", "injured", 5),
    # ... but not a list with no comma to close it, whose items are the people of a sentence's list
    ("Three guards of the bank, two soldiers and a policeman were killed.", "killed", 6),
    # the owner told by "the" and a noun opens a list's item: "the patient's relative" is one more person
    ("The driver and the patient were killed, and a nurse and the patient's relative who was with her were "
     "injured.", "injured", 2),
    ("A guard, the driver's son and a cook were hurt when the shell landed.", "injured", 3),
    ("The teacher and the headmaster's wife were killed.", "killed", 2),
    # ... a sentence's subject told by "The" is still a person told before, who adds only with "also"
    ("A police colonel was shot dead in his car. The colonel's son was also killed.", "killed", 2),
    ("A police colonel was shot dead in his car. The colonel's son was wounded.", "injured", 1),
    # an incident tracker's entries, each a line opening with a full date and a colon: the first is the
    # report's incident, the later ones other incidents, and a month's summary after them a running total
    ("Monthly brief\n\nSomalia\n12 March 2023: In Baidoa, a mortar hit a clinic, killing two nurses and injuring "
     "four patients. Source: partner\n\n19 March 2023: In Mogadishu, a car bomb at a market killed 21 people and "
     "wounded 40. Source: media\n\nSummary\nIn March, 31 aid workers were killed.", "killed", 2),
    ("Monthly brief\n\nSomalia\n12 March 2023: In Baidoa, a mortar hit a clinic, killing two nurses and injuring "
     "four patients. Source: partner\n\n19 March 2023: In Mogadishu, a car bomb at a market killed 21 people and "
     "wounded 40. Source: media\n\nSummary\nIn March, 31 aid workers were killed.", "injured", 4),
    ("Chronology\n\nMay 2, 2019: Floods struck the coast, killing 12 people.\n\nMay 4, 2019: The death toll rose "
     "to 30 as more bodies were found.", "killed", 30),
    # an event named with its year and a plural noun, or with its full date after "the", is another event
    ("The quake struck the coast on Saturday, killing 77 people. The 1949 earthquakes in the same province "
     "killed about 5,000.", "killed", 77),
    ("Gunmen killed four farmers. It was the village of the 3 May 2019 army raid which killed 25 people.",
     "killed", 4),
    ("A bomb wounded one man. The blast came days before the July 11, 2007 attack on a barracks that killed "
     "ten.", "killed", 0),
    # ... not a month and a year after "a", which a court report may name its own event by
    ("Three men were charged in a July 2014 shooting that left a boy dead and six people wounded.", "injured", 6),
    # people with wounds that the sentence tells among the survivors are alive: injured, not hit less the dead
    ("Gunmen killed 30 villagers. Survivors taken to the district hospital included at least nine children with "
     "gunshot wounds.", "injured", 9),
    ("Gunmen killed 30 villagers. Among the survivors were 12 women with burns.", "injured", 12),
    # ... people with wounds told by no word of survival may be the dead
    ("Gunmen killed 30 villagers. Twelve women with gunshot wounds were taken to hospital.", "injured", 0),
    # another storm, named by its title and another name than the report's first, is another event
    ("PHILIPPINES: Typhoon Rai\nSituation Report No. 5\n\nThe toll from Typhoon Rai has risen to 208. Typhoon "
     "Haiyan, which struck the same islands in 2013, left more than 6,000 people dead.", "killed", 208),
    ("Hurricane Ian update\n\nFloridians recalled Hurricane Charley, which killed 10 people in the state. "
     "Officials said Hurricane Ian has killed 58 people.", "killed", 58),
    # ... not the report's own storm named again, nor a title with no storm's name after it
    ("PHILIPPINES: Typhoon Rai\n\nTyphoon Rai, which made landfall on Thursday, has killed 208 people. Typhoon "
     "Rai also destroyed 90,000 homes.", "killed", 208),
    ("Cyclone Freddy\n\nThe Cyclone Warning Centre said the storm killed 21 people in the south.", "killed", 21),
    # what is sent or kept for the hurt serves them: its count after "for" or "to treat" is no people hurt
    ("A strike killed 12 people and wounded 30. The ICRC delivered surgical supplies for 80 wounded patients to "
     "the hospital.", "injured", 30),
    ("The quake killed 40. WHO flew in trauma kits to treat up to 500 injured people.", "injured", 0),
    ("The hospital set up beds for 60 injured after the blast, which killed 9.", "injured", 0),
    # ... people cared for are people hurt, whatever the supplies
    ("Medical supplies ran short, and doctors treated 45 injured.", "injured", 45),
    # after the first toll, a sentence that opens on a calendar day with its year, days apart from every
    # day told up to that toll, tells another event (a judgment's other counts, a profile's earlier attack)
    ("Findings\n\n40. On 3 March 2005, rebels attacked the Amuru camp. The Chamber finds that at least 31 "
     "civilians were killed.\n\n41. At Opit, on 14 April 2005, the rebels killed at least 60 civilians. On 2 "
     "June 2005, 18 civilians were killed at Lira.", "killed", 31),
    ("On 9 May 2016, gunmen raided the market, killing 14 traders. On 20 May 2016, a bomb killed 40 people at a "
     "bus station in the town.", "killed", 14),
    # ... not a day within days of the report's, nor a report that told no calendar day before its toll
    ("On 3 March 2005, rebels attacked the camp and 12 civilians were killed. On 5 March 2005, 20 more bodies "
     "were found in the bush.", "killed", 32),
    ("Rebels attacked the camp and killed 12 civilians. On 20 March 2005, 40 civilians were killed there.",
     "killed", 40),
    # ... one dated line is a note of its own event, whatever follows it
    ("27 September 2018: Gunmen killed 2 people near the town. Police said 5 others were wounded later that day.",
     "injured", 5),
]


@pytest.mark.parametrize(("text", "outcome", "best"), ROWS)
def test_a_form_of_a_text_that_is_no_news_gives_its_figure(text: str, outcome: Outcome, best: int) -> None:
    assert figure(text, outcome) == best
