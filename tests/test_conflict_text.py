"""Killed figures in terror and conflict reporting (issue 12): event notes and incident descriptions.

Every row is a sentence written for this file. The rules are of English syntax and general lexicon
entries: the victims named by a killing verb's object or passive subject, coordination, a body found,
a verb that nearly happened, and killings recalled as the background of another event.
"""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


@pytest.fixture(autouse=True)
def _token_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASUALTY_READER", "tokens")


def _killed(text: str) -> int | None:
    """The document's killed figure as the scorer takes it (None: none)."""
    return report_figure(extract_statements(Document("t", text)), "killed")


KILLED = [
    # a name of four or five words, or with a particle in small letters, is one person and an item of a
    # list ("and his son" after it is a second)
    ("Gunmen shot dead Sheikh Yusuf Ali Hamid Barre and his son outside the mosque.", 2),
    ("Gunmen killed Abdullahi Hassan Nur Farah and his driver on the road to Beledweyne.", 2),
    ("Militiamen killed Carlos de la Vega and two of his bodyguards near the ranch.", 3),
    ("Masked men killed Tariq al Nuaimi and his nephew at a checkpoint.", 2),
    ("Gunmen killed Omar el Badri in Benghazi.", 1),
    ("A mortar round killed councillor Wim van der Molen and a passer-by.", 2),
    # ... and before the verb too, where a body's name stands before it ("the Kano Peace Foundation")
    ("Sheikh Yusuf Ali Hamid Barre and his son were shot dead outside the mosque.", 2),
    ("The director of the Kano Peace Foundation Musa Bello Adamu was killed along with his secretary.", 2),
    # "the governor of Garissa, NAME, and his guard": the name is the governor's, the place no one
    ("The governor of Marsabit, Abdi Hussein Wario, and his bodyguard were shot dead by bandits.", 2),
    ("The chief of Kotulo, Ali Dida, and two elders were killed in the raid.", 3),
    # a body found is a death; "the bodies of" counts its people
    ("Villagers recovered the body of a missing shepherd from a ravine.", 1),
    ("The body of an elderly trader was found near the river on Monday.", 1),
    ("Soldiers found the bodies of three farmers in a ditch.", 3),
    # "his body" found, after a hyphenated adjective or before "the next day"
    ("His bullet-riddled body was found in a ravine two days later.", 1),
    ("A teacher was abducted on Monday. Police found his body the next day.", 1),
    # "both" as the subject; offices of the lexicon
    ("The mayor and his aide were abducted by rebels. Both were found dead near the river.", 2),
    ("Both were killed when the roof fell in.", 2),
    ("The driver and his assistant were killed by the blast.", 2),
    ("Gunmen shot dead the coordinator of the aid convoy.", 1),
    # "their bodies" found: as many as the group of people told last in the two sentences before
    ("Three traders were abducted from a bus in the south. Their bodies were found the next morning.", 3),
    ("Militants seized eleven villagers. Two days later their bodies were found dumped in a field.", 11),
    ("Six drivers were abducted on the highway. A week later they were found dead in a ditch.", 6),
    # "death total" is a toll's noun
    ("One death was reported at first. Later the death total was raised from 1 to 4.", 4),
    # a name right after a date's year is a person, not a count and a name
    ("On March 4, 2008 Omar Farah was assassinated in Mogadishu.", 1),
    ("Ten Somalis were killed in the raid.", 10),
    # a count before "bodies of" and a noun of people with no count
    ("Four bodies of soldiers wearing uniforms were found in the forest.", 4),
    # "body guards" is no "body of"
    ("Two body guards of the governor were killed in the ambush.", 2),
    # the present of "shoot dead" and "shoot and kill" (a headline's tense)
    ("Troops shoot dead a bus conductor at a checkpoint", 1),
    ("Raiders shoot and kill two herders near the border", 2),
    # "killed" as a state after "leaving": "leaving one person killed and two wounded"
    ("Rival clans fought for a day, leaving one man killed and four wounded.", 1),
    # the people's noun after a place name in a counted object
    ("Youths from one village hacked 4 Marsabit herders to death.", 4),
    # people nouns of conflict reporting
    ("A hijacker was killed when commandos stormed the plane.", 1),
    ("Five cattle rustlers were killed in a gunfight with reservists.", 5),
    ("Police killed two suspected thieves in the market.", 2),
    # names with a particle, a title before a name, a name told again by its roles
    ("Gunmen shot dead Hamid al-Rubaie outside his shop.", 1),
    ("Omar el-Masri was assassinated near his office.", 1),
    ("Rebels shot and killed army Captain Juan Rivas at a roadblock.", 1),
    ("Gunmen killed Liberal Party organiser Anil Kumar at his farm.", 1),
    ("Assailants killed Nasir Ahmed, a tribal elder and a member of the council, near the mosque.", 1),
    ("Assailants killed Nasir Ahmed, a tribal elder, and a member of the council near the mosque.", 2),
    # the subject is the head before its modifiers: "of" names, a relative clause, an apposition, a
    # participle, a parenthesis
    ("A clerk from the Bank of Lusaka and Ndola was shot dead in the robbery.", 1),
    ("A mechanic and a surveyor from the Bureau of Roads and Works were killed in the ambush.", 2),
    ("A senior official of the National Front of Sind, was assassinated in his car.", 1),
    ("A reporter working for Radio Dalsan, which is based in the capital was killed by gunmen.", 1),
    ("A commander of the Democratic Front of Tripura (DFT) died when his grenade went off.", 1),
    ("Three teachers, all members of the union, working in the camp were shot and killed.", 3),
    ("Six guards, including a shift leader, of a mining company were killed by a landmine.", 6),
    ("Four farmers suspected of helping the army were killed by insurgents.", 4),
    ("A man who allegedly robbed a widow is lynched by a mob.", 1),
    # a headline's bare object: an adjective in -ed before it, a clause after it
    ("Villagers lynch alleged thief", 1),
    ("Crowd kills man accused of witchcraft", 1),
    ("Bomb kills bank clerk and injures two guards", 1),
    ("Youths kill trader they blamed for the theft", 1),
    ("Soldiers respond to the raid; kill 12 of them", 12),
    # the subject before a parenthesis and its comma; a weekday between the auxiliary and the verb
    ("Musa Adan (alias Gaal), was shot dead by two gunmen.", 1),
    ("Three rangers were Sunday night killed by poachers in the park.", 3),
    # "them both"; a name told again by two roles before its verb
    ("The mine went off as he and his brother walked past, killing them both.", 2),
    ("Omar Said, the head of the council and a party member, was killed along with his guard.", 2),
    # a body found, told without "of"
    ("A body has been found in a shallow grave near the farm.", 1),
    ("His body was found the next morning in a ravine.", 1),
    ("A charred body was discovered in the forest on Monday.", 1),
    ("Police recovered a body from the canal near the market.", 1),
    ("An unidentified corpse was retrieved from the river.", 1),
    ("Four corpses were found in a shallow grave.", 4),
    ("Rescuers discovered two miners dead in the shaft.", 2),
    # a headline's reduced passive before a comma; "gun down"; a coded low estimate
    ("Raiders attack a village, six herders killed, two wounded.", 6),
    ("Troops gun down two suspected smugglers at the border.", 2),
    ("Deaths were not confirmed (coded at low estimate of 4).", 4),
    # "shot him dead", "the head of" a place, "killed one who ...", "hanged"
    ("Masked men dragged him out of the shop and shot him dead.", 1),
    ("Rebels shot dead the head of Sadiq village on Tuesday.", 1),
    ("The gunman killed one who tried to stop him.", 1),
    ("Insurgents hanged two teachers accused of spying.", 2),
    # two verbs sharing an object; a bare object before "of"; a quoted verb; one person's bare second role
    ("Robbers raided the farm, killing and robbing the owner.", 1),
    ("Troops shoot dead leader of a rebel cell", 1),
    ('A village elder was "beaten to death" by a mob.', 1),
    ("Gunmen murdered Ali Musa, a local activist and former council candidate, at his shop.", 1),
    # a clause of another event that opens the sentence: the count after its comma is this event's
    ("Three days after a bus was bombed in the city, two soldiers were killed at a checkpoint.", 2),
    # one determiner, two bare roles and a singular verb: one person; two determiners or a plural verb: two
    ("A cleric and critic of the government was killed in the capital.", 1),
    ("A teacher and poet was shot dead outside his home.", 1),
    ("A teacher and a poet were shot dead outside the school.", 2),
    ("A soldier and policeman were killed at the checkpoint.", 2),
    # a headline's bare object: a word of suspicion and a modifier before the noun; a name as a modifier
    ("Villagers kill suspected goat thief", 1),
    ("Raiders shoot and kill Samburu peace activist", 1),
    # the people before "of" are the subject: "guards of a minister"; a noun in quotation marks
    ("Two security guards of a bank manager were killed by gunfire.", 2),
    ("The driver of a minister was killed in the ambush.", 1),
    ('A suspected "spy" was shot dead by rebels in the market.', 1),
    ("A preacher known as “Sheikh Ali” is shot dead outside the court.", 1),
    # an age in years after "a"; a count before the pronoun of a relative clause; "representative"
    ("Bandits killed a four years old boy in the raid.", 1),
    ("Vigilantes attack and kill three they accuse of theft.", 3),
    ("Party representative killed at his home near the border", 1),
    # two bare titles before one name; a long title; a name of four words
    ("Rebels murdered journalist and teacher Hari Prasad by the road.", 1),
    ("Gunmen killed radio reporter and announcer Luis Ortega Diaz.", 1),
    ("Gunmen killed teacher Ali Musa and farmer Omar Musa.", 2),
    ("Rebels claimed the killing of former Tarlac province police chief, Jose Cruz.", 1),
    ("Gunmen shot and killed municipal councillor Juan Carlos Ortega Ruiz at his farm.", 1),
    # a party's claimed figure yields to the report's own; alone, the claim is the figure told
    ("A roadside bomb killed 4 soldiers. The rebels claim 20 fatalities.", 4),
    ("Six guards died in the raid. The militants claimed they had killed 30 troops.", 6),
    ("The rebels claimed to have killed 12 soldiers in the raid.", 12),
    ("A bomb killed 3 people. The blast later claimed the life of a fourth.", 4),
    ("The group claimed responsibility for the blast that killed 7 people.", 7),
    # a list of names, each with its role between commas: each person once
    ("Hadi Musa, a judge, and Omar Ali, a lawyer, were killed in the blast.", 2),
    ("Ali Saeed, an aide to the minister, and his son were shot dead at home.", 2),
    ("Hadi Musa, a judge, Omar Ali, a lawyer, and Sami Haddad, a doctor, died in the fire.", 3),
    ("Ali Musa, Omar Hasan, and Sami Haddad were killed in the blast.", 3),
    ("Rebels are blamed for the murder of two police agents, Luis Neira Garcia and Hernan Caicedo.", 2),
    ("Gunmen killed two farmers, Ali Musa and Omar Hasan, near the border.", 2),
    ("Jean Muller, a former leader of the Alsace Front (AF), and his bodyguard were shot dead in a bar.", 2),
    ("However, during the raid, four guards and two drivers were killed.", 6),
    # "in a series of attacks" frames one operation: its toll is no running total
    ("In a series of attacks on army posts, rebels killed seven soldiers.", 7),
    # a listed person followed by where or whose the person is: "a teacher from X and a nurse"
    ("A teacher from Garissa and a nurse were shot dead at the market.", 2),
    ("A mechanic from Wajir and a nurse from Moyale were killed in the raid.", 2),
    ("Two guards at the bank and a customer were shot dead by robbers.", 3),
    # ... but a place after a killing and a figure of another outcome are no second person
    ("Bandits killed a man in Hola and 1 was injured.", 1),
    # a name with a title of office between commas is one person, the title's "of" notwithstanding
    ("Ruth Wanjiku, Director of Planning, and Omar Dida were shot dead in Garissa.", 2),
    ("Ruth Wanjiku, Director of Planning, and Omar Dida, Chief of Staff, were shot dead.", 2),
    ("Ruth Wanjiku, Director of Planning, and her driver died in the blast.", 2),
    # an object told with where or whose it is, then the next one: "killed a trader in X and two herders"
    ("Bandits killed a trader in Mandera and two herders in Wajir.", 3),
    ("The bomber killed two soldiers from the northern unit and five civilians.", 7),
    ("Gunmen killed a guard at the depot and his wife.", 2),
    # ... but places after "and" are no people, and a clause after "and" is its own
    ("Troops killed two rebels in the north and the south of the district.", 2),
    ("Police killed a robber in Eastleigh and two others were hurt.", 1),
    ("A gunman killed two people at Moi Avenue and Tom Mboya Street.", 2),
    # a headline's bare object, then a participle of a reduced relative clause, regular or not
    ("Villagers kill man caught stealing goats", 1),
    ("Mob lynches youth found with stolen phone", 1),
    ("Soldiers kill herder walking home from market", 1),
    # the acronym of a name in parentheses between a count and its noun
    ("Two Rapid Deployment Unit (RDU) officers were shot dead at a roadblock.", 2),
    ("Raiders killed three Kenya Police Reservists (KPR) and a herder.", 4),
    ("An air strike killed four Islamic State (IS) fighters near the bridge.", 4),
    # agent nouns of unrest and crime are people, so they head a listed item
    ("Riots spread to the port. 1 rioter and 1 constable killed.", 2),
    ("A looter and a shop owner were shot dead during the unrest.", 2),
    ("Two traffickers and a guide drowned when the boat capsized.", 3),
    # "dead" as an adjective before the noun of the body found
    ("The body of a dead fisherman was found on the shore by villagers.", 1),
    # a role after a name and its comma is the name's, in a list of two: "A, an engineer and B, a teacher"
    ("Ruth Wanjiku, an engineer and Omar Dida, a teacher of Garissa, were gunned down.", 2),
    ("Ruth Wanjiku, an engineer and Omar Dida were gunned down.", 2),
    # ... but a list of roles, or of names, counts each
    ("A teacher, a nurse and a driver were gunned down.", 3),
    ("Ruth Wanjiku, Omar Dida and Ali Musa were gunned down.", 3),
    # offices as the head of a subject
    ("The deputy speaker was assassinated outside parliament.", 1),
    ("The consul general was shot dead at his residence.", 1),
    ("A Belgian Jesuit was killed at the mission.", 1),
    # "a" before a plural noun of people (a slip of number): the article counts one
    ("A policemen was shot dead at the gate and another was wounded.", 1),
    ("An unknown gunmen was killed in the exchange of fire.", 1),
    # ... but "a" opening a vague or exact quantity is no one
    ("A dozen soldiers were killed in the ambush.", 12),
    # "were both killed" counts two even when the list is not read as two
    ("Ali Musa and his wife Amina were both killed when the bomb went off.", 2),
    ("Ali Musa was killed and both of his sons were wounded.", 1),
    # the count of members is theirs, not the group's
    ("Three members of one clan were killed in the raid.", 3),
    ("Two members of a single household died in the fire.", 2),
    # a list after "including" with no comma: the count before "including" heads it
    ("Nine people including two nurses and three guards were killed.", 9),
    ("Nine people, including two nurses and three guards, were killed.", 9),
    # a partitive object with a figure in digits: "killing 12 of the raiders"
    ("Police opened fire, killing 12 of the raiders.", 12),
    ("Troops shot dead 3 of the 20 attackers.", 3),
    # a counted group's people are a listed item: "four police and a reservist"
    ("Four police and a reservist were killed in the ambush.", 5),
    ("Five women and two children were killed.", 7),
    # one count over two bare plural nouns joined by "and"
    ("Six women and children were killed when the raiders struck.", 6),
    ("The inspector was killed along with his driver.", 2),
    # a rank before a name, after a force's noun or a nationality, is one person
    ("Gunmen shot dead police Capt. Omar Said near his home.", 1),
    ("Insurgents killed Iraqi army Lt. Col. Hadi Salim, a battalion commander, in Mosul.", 1),
    ("Rebels shot and killed Police Sergeant-Major Ali Musa at the market.", 1),
    # a nationality, then modifiers, before a listed object's noun: the noun heads it, and the list goes on
    ("Gunmen killed a Dutch cultural attache and his driver in Beirut.", 2),
    ("Rebels killed a Belgian Roman Catholic priest and three young men travelling with him.", 4),
    ("Rebels killed a Pakistani and two Indians at the checkpoint.", 3),
    # "a <role> and <bare role> of ...": one person's two roles; not a plain noun of people
    ("Gunmen killed a tribal elder and brother of the district governor near the mosque.", 1),
    ("Gunmen killed a man and woman of the village near the mosque.", 2),
    ("Gunmen killed a teacher and the principal of the school.", 2),
    # a name, its role told with where or whose it is between commas, then more people after "and"
    ("Gunmen shot dead Omar Farah, a candidate from Mosul, and his two guards.", 3),
    ("Gunmen killed Hadi Musa, a member of the Basra city council, and three of his guards.", 4),
    ("Gunmen killed Hadi Musa, a teacher from Basra, and wounded his wife.", 1),
    # a fronted phrase of reprisal names the other event; the clause after its comma is this one
    ("In retaliation for the murder of a chief the previous week, raiders killed three herders.", 3),
    ("In revenge for an earlier raid, villagers hacked two rustlers to death.", 2),
    # "killed as they ...": a clause of time after a headline's passive, not an object
    ("Four suspects killed as they fled a police roadblock", 4),
    ("Gunmen killed as many as 20 villagers.", 20),
    ("Police detective shot dead while on patrol", 1),
    # a place and its comma before a count: the count, not an age
    ("Fighting flared in southern Somalia, 12 killed near the border.", 12),
    ("In Kabul, 15 were killed by the blast.", 15),
    ("Ahmed Shah, 24 was shot dead.", 1),
    ("A man from Kabul, 24, was shot dead.", 1),
    # "total of" with its article left out; "slashed to death"
    ("The clashes left total of 13 dead.", 13),
    ("Youths slashed a herder to death near the well.", 1),
    ("A herder was slashed to death.", 1),
]

# people joined by "along with", "together with", "as well as", "in addition to"
COMPANIONS = [
    ("A district judge was shot dead along with his bodyguard outside the court.", 2),
    ("Gunmen killed a village elder together with his two sons.", 3),
    ("The guard died in the blast in addition to the bomber himself.", 2),
    ("Commandos killed both hijackers, as well as one hostage.", 3),
    ("The governor, along with three aides, was killed in the ambush.", 4),
    # "as was", "as were" after the dead: more dead
    ("His bodyguard was killed in the blast, as was a passer-by.", 2),
    ("Gunmen attacked a guard at the bank, killing him along with his son and nephew.", 3),
    ("Two herders were killed, as were three of the raiders.", 5),
    # no more dead: a thing, or people told as wounded
    ("The trader was killed along with his donkey.", 1),
    ("Police found the bodies of two men, along with a woman who had gunshot wounds.", 2),
    ("The blast killed nine people as well as injuring twenty.", 9),
    ("The guard was killed, as was feared by his family.", 1),
]

# two groups of dead, each the subject of its own verb, joined by "and"
CLAUSES = [
    ("Three rebels were killed in the gunfight and two villagers died in the crossfire.", 5),
    ("Two soldiers killed and four militants killed in the raid.", 6),
    # "also" in the second clause says more dead, not the same
    ("Ten soldiers were killed in the ambush and three rebels were also killed.", 13),
    # one of those counted, another outcome, another date: no sum
    ("Four people were killed and one of the dead was a boy.", 4),
    ("Two guards were killed and three workers were wounded.", 2),
    ("A farmer was killed on May 3 and a trader was killed at the market on June 9.", 1),
]

# a crime someone is suspected of: with another death in the sentence it is an earlier event
SUSPECTED = [
    ("Two men suspected of killing a shopkeeper were lynched by residents.", 2),
    ("Villagers lynched a youth suspected to be behind the killing of three goats herders.", 1),
    # alone, the crime is the event
    ("A man accused of killing his two brothers was arrested on Friday.", 2),
]

NOT_KILLED = [
    # an attempted killing: nobody died
    "Two men were held for the attempted assassination of the country's ambassador.",
    # a body of water is no one
    "Divers searched a body of water near the camp.",
    # the bodies of the slain handed back are the dead of an earlier event
    "The government agreed to hand back the bodies of two slain raiders to their clan.",
    # nearly killed: nobody died
    "A mob attacked and nearly killed a suspected thief before police arrived.",
    "The driver was almost killed when the truck overturned.",
    # a body found as the cause of a protest; an exhumation: an earlier death
    "Residents blocked the road after the body of a girl was found in a dam.",
    "Relatives rioted when police tried to exhume the body of a trader.",
    # another event's own sentence, and a count inside a fronted clause of another event
    "Another bomb went off in the same market in May, killing nine people.",
    "A week after the blast that killed six workers, police arrested two men.",
    "A few days before, a wall of the market collapsed, killing four traders.",
    "Soldiers recovered two rifles and a grenade from the car.",
    # a body that is no dead person; "the gun down the hall" is no verb
    "The student body protested in the town.",
    "Officers found body armour and his body guards unharmed.",
    "He pointed the gun down the road and fired twice.",
    # a body not said to be found; a death recalled in memories or honoured
    "He was arrested after he put the body of his neighbour in a car.",
    "The attack brought back memories of 2004 when her father was murdered at a bar.",
    "Mourners held a march honoring a teacher killed in a robbery.",
    # a death told as the cause of a protest: an earlier event
    "Protesters demanded answers after the fatal police shooting in the town.",
    "Traders protested on the highway after a hawker was shot dead by a guard.",
    "Students rioted following the death of a classmate in police custody.",
    "Nurses held a procession demanding justice for the killing of a colleague.",
    # "they" opening a clause of the dead, with no other subject: the group told last
    "They were found dead near the river.",
    # a body of water is no one
    "Three bodies of water lie near the camp.",
    # "their bodies" with no group told before, or not found
    "Their bodies were found the next morning.",
    "Two men were abducted. Their bodies have not been handed to the families.",
    # a ranked name wounded is no death
    "Rebels wounded police Capt. Omar Said at the market.",
    # ... but a fronted phrase of time keeps the other event's own sentence apart
    "In June, another bomb went off at the same bus stop, killing seven.",
    # a vague quantity before a partitive is no figure
    "Troops killed dozens of the raiders in the hills.",
    # a vague quantity after "a" is no figure
    "A few soldiers were killed in the ambush.",
    "A number of villagers were killed when the raiders came.",
    # an organisation is no one, nor a name after "of"
    "The fire killed the Organization of Road Transport and Works.",
]


# Lists of people before a verb: an item that says of what the person is ("the leader of the party"),
# and a counted group of a noun the lexicon does not list beside people ("three police trainers").
LISTS_BEFORE_A_VERB = [
    ("The local leader of the farmers' union, one of his guards and his driver were wounded in the ambush.",
     "injured", 3),
    ("The owner of the shop, his wife and their son were injured when the grenade went off.", "injured", 3),
    ("The chairman of Kenya Farmers Union, his deputy and a guard were shot dead at the gate.",
     "killed", 3),
    ("At least four police trainers and two civilians were wounded when the bus hit a mine.", "injured", 6),
    ("Five Somalis and two policemen were killed at the checkpoint.", "killed", 7),
    # a counted thing is no group of people
    ("Three houses and two shops were destroyed, and a man was hurt.", "injured", 1),
]


# Victims told as coordinated lists and appositions: a name between commas after one person's noun tells
# that person again, ", and" opens another person (no role of the name before it).
LISTS_AND_APPOSITIONS = [
    ("One of his bodyguards, Carlos Mendez, and an unidentified passer-by were killed, and six others were"
     " injured.", "killed", 2),
    ("One of his bodyguards, Carlos Mendez, and an unidentified passer-by were killed, and six others were"
     " injured.", "injured", 6),
    ("The driver, Omar Dida, and two guards were shot dead at the gate.", "killed", 3),
    ("A guard, Hassan Ali, and a nurse died in the blast.", "killed", 2),
    # a role after the name's comma is still the name's; names alone are a list
    ("Ali Musa, an engineer and Omar Dida were killed.", "killed", 2),
    ("Ali Musa, Omar Dida, and Yusuf Noor were killed.", "killed", 3),
    # a name right after one person's noun, no comma, is that person, and an item of a list as a whole
    ("Silva and a member of the dockworkers union Pedro Gomez were killed as they left a bar.", "killed", 2),
    ("Gunmen shot dead the village chief Omar Dida and his son.", "killed", 2),
    ("The bodies of the town's mayor Luis Ortega Rivas and his driver were found on a bridge.", "killed", 2),
    # a noun that heads its clause's subject: the list after its "of" runs up to the verb of the whole
    ("The bodies of a soldier and a policeman were found on a bridge.", "killed", 2),
    ("The deaths of a nurse and two patients were confirmed by the hospital.", "killed", 3),
    ("The killing of a soldier and two civilians was condemned by the governor.", "killed", 3),
    # ... not a verb's object, whose clause ends before "and"; nor a weekday after a noun of people
    ("After the killing of a soldier, two civilians were wounded.", "killed", 1),
    ("Gunmen killed a policeman Monday and wounded two soldiers.", "killed", 1),
    ("Gunmen killed a policeman Monday and wounded two soldiers.", "injured", 2),
    # a name after the comma of what counted people are of tells that one thing or person again
    ("Two Swiss workers of an aid group, Helvetas Relief, were killed when armed men attacked their car.",
     "killed", 2),
    ("Two nurses of a relief agency, Amani Care, were killed on the road.", "killed", 2),
    ("Two sons of the governor, Ali Musa, were shot dead.", "killed", 2),
    # ... but one of them, a single noun or a list of names is no such count
    ("One of the sons of the governor, Ali Musa, was killed.", "killed", 1),
    ("A French teacher, Richard Roger, was shot dead.", "killed", 1),
    ("Four soldiers of the army, Ali Musa and Omar Dida, were killed.", "killed", 4),
    # "another one of" a group is one more person, an item of a list
    ("A passing cart driver and another one of the guards were killed in the attack.", "killed", 2),
    ("Gunmen killed a cook and another one of the guards.", "killed", 2),
    ("Another one of the guards was killed.", "killed", 1),
    # an item whose noun is left out, said once after the next: a figure of the same people, even with a
    # singular verb (one determiner and two bare nouns are still one person with two roles)
    ("One Dutch and one Belgian hostage was killed during the rescue raid.", "killed", 2),
    ("One German and one Austrian were killed in the raid.", "killed", 2),
    ("Two local and three foreign journalists were wounded.", "injured", 5),
    ("A religious leader and party leader was shot dead.", "killed", 1),
    # ... no ages, decades or spans of time before "and"
    ("A woman in her 50s and a teenage girl died on Monday.", "killed", 2),
    ("A man about 30 years old and a 6-year-old boy were wounded.", "injured", 2),
    ("The road was shut for 2.5 hours and 3 people were hurt.", "injured", 3),
    # a person and where the person is, before another with a determiner of its own ("in" opens entries
    # of the lexicon, but alone it is a preposition); a bare second noun is the same person's other role
    ("Ali Hamid, a tribal leader in Kirkuk and former council member, was shot dead.", "killed", 1),
    # a noun phrase after a figure holds no second figure: "two buses killed nine people" is two phrases
    ("The fatal crash of two buses killed nine people.", "killed", 9),
    # the people after "of" of a fatal event's noun, two or more, are its dead (one is its "at least one")
    ("A rebel group claimed the fatal stabbing of two border guards in the old city.", "killed", 2),
    ("A deadly stabbing of a shopkeeper and his son was reported on Main Street.", "killed", 2),
    ("The fatal stabbing of Ana Ruiz shocked the town.", "killed", 1),
    ("Police probed the fatal shooting of two dogs near the farm.", "killed", None),
    # items each counted by their own determiner or figure are people one by one, whatever the verb's
    # number ("was" after a name and its age is still no count)
    ("A British contractor and one South African was killed when a roadside bomb exploded.", "killed", 2),
    ("A soldier and one policeman was killed at the gate.", "killed", 2),
    ("A Kenyan and a Somali soldier was killed in the ambush.", "killed", 2),
    ("Jamie Clayton, 22 was shot dead.", "killed", 1),
    # a person and a phrase of place, membership or a participle in "-ing", before the next item
    ("Two teachers working in poor villages and a former member of the council were killed.", "killed", 3),
    ("A teacher from a school in Garissa and a nurse were killed.", "killed", 2),
    # ... a verb in "-ed" after a noun is a clause's as often
    ("One driver fled before police came and one victim was taken to the hospital.", "injured", 1),
    ("A gang of 10 suspected robbers confronted police and 2 were shot dead.", "killed", 2),
    # a name after a place's possessive and "in" is the place's part, no one
    ("Ana Ruiz and Pedro Gomez, policemen in Yala's Raman District, were shot dead at a market.", "killed", 2),
    ("Two guards in Garissa's Dadaab District were shot and wounded.", "injured", 2),
    ("A man in Kenya's Garissa County was killed.", "killed", 1),
    # a role between commas after a list's last name tells that name again; a hyphenated role whose
    # last part names people ("Sub-Inspector", "ex-soldier") is a noun of people
    ("Ali Hussain, an Assistant Inspector and Omar Ali, a Head Constable of Garissa Police, were gunned down.",
     "killed", 2),
    ("Ali Musa, a Sub-Inspector and Omar Ali, a Head Constable of Garissa Police, were gunned down.",
     "killed", 2),
    ("Gunmen killed an ex-soldier and a co-worker.", "killed", 2),
    ("Ali Musa, a judge, was shot dead.", "killed", 1),
    # a name's possessive opens its item after "and" (not after a determiner: "a promising St. John's
    # University student" is the student's phrase)
    ("The driver and Ali's cousin, who was also in the car, died instantly.", "killed", 2),
    ("A promising St. John's University student and the son of a police officer were gunned down.", "killed", 2),
    # "for" a body tells whose the person is, as "from" and "of" do; the body's name stretches the phrase,
    # and a name between commas after it is the person's
    ("Gunmen killed a security official for Kenya's Oil Company, Major Ali Rashid, and one of Rashid's bodyguards.",
     "killed", 2),
    ("Gunmen killed a worker from the county's Peace Building Office (PBO) and his colleague.", "killed", 2),
    ("Gunmen killed a worker for an aid group and two guards.", "killed", 3),
    # ... a name after "for the" and joined by "and" to another is the body's, no one
    ("Three guards for the Kenyan Industry and Mining Ministry were shot dead on the road.", "killed", 3),
    # ... not "of" a body: whose child a name is, the parents' names are no items
    ("Deputies investigated the accidental shooting of 3-year-old Gavin Ross, son of Steamboat Springs Police"
     " Officer Michael Ross and Joni Ross.", "injured", 1),
    # counted groups joined by "and" again and again are one list; another verb after "and" ends it
    ("The blast killed eight Iraqis and three company employees and two bodyguards.", "killed", 13),
    ("The blast killed eight soldiers and three civilians and wounded 20.", "killed", 11),
    ("The blast killed eight soldiers and three civilians and wounded 20.", "injured", 20),
    # a headline's list joined by commas alone: each item after the first opens with a figure, a
    # possessive, a pronoun of self or its bare noun (not an article: an apposition; not a verb)
    ("Man kills neighbour, her son, himself in Reno", "killed", 3),
    ("Father shoots self after killing wife, 2 young children", "killed", 3),
    ("Deputies probe accidental shooting of boy, father", "injured", 2),
    ("Bullet kills man, grazes child in Atlanta home", "killed", 1),
    ("Man kills wife, police say", "killed", 1),
    ("Officers shot her cousin, a civilian", "injured", 1),
    # ... and its subject: two groups of people joined by a comma alone, opening a headline ("10 police, driver
    # martyred"); not a name or an age after the comma, nor a sentence that closes as one does
    ("12 soldiers, interpreter killed in ambush near border", "killed", 13),
    ("Two guards, driver shot dead in raid on camp", "killed", 3),
    ("Delta farmer, 61, killed in ambush", "killed", 1),
    ("In the delta, two farmers killed in ambush", "killed", 2),
    # a reflexive is named again by no apposition: "himself, Omar" are two (and "killing himself and four
    # passengers" is 5, the README's convention)
    ("A bomber blew himself up near the home of Sheikh Omar, killing himself, Omar, Omar's brother, and seven"
     " others.", "killed", 10),
    # a role and its relative clause after a list's last name tell that name again
    ("A police captain, two members of his squad, and Ali Musa, a prisoner who was under arrest, were killed"
     " in the raid.", "killed", 4),
    ("Ali Musa, a prisoner who was under arrest, was killed in the raid.", "killed", 1),
    # a force's noun counts its members after "other" or "more" as right after the figure
    ("A bomb hit the station, killing a police captain and a policeman and wounding three other police.",
     "injured", 3),
    ("A bomb hit the station, killing a police captain and a policeman and wounding three other police.",
     "killed", 2),
    # one determiner, two bare nouns and a singular verb: one person with two roles, after "the" or a
    # possessive as after "a"; a plural verb makes them two
    ("His bodyguard and driver was killed in the blast.", "killed", 1),
    ("His bodyguard and driver were killed in the blast.", "killed", 2),
    ("The soldier and a policeman was killed at the gate.", "killed", 2),
    # the count before "including" heads a list of three or more it opens, joined by commas and "and"
    ("Six people, including two women, one child, and three men died and 31 people were injured.", "killed", 6),
    ("Four people died, including the gunman, and one was injured.", "injured", 1),
    # a second phrase of place or membership after the first, before the next item
    ("A car bomber killed three members of the peacekeeping force from the Fijian battalion and four"
     " civilians at a roadblock.", "killed", 7),
    # a noun the lexicon does not list, after "a" and right before a name, is that person's role
    ("Two local leaders, ward representative Ali Musa and a party hopeful Omar Dida were shot dead at a bar.",
     "killed", 2),
]


@pytest.mark.parametrize(("text", "outcome", "expected"), LISTS_BEFORE_A_VERB + LISTS_AND_APPOSITIONS)
def test_lists_before_a_verb(text: str, outcome: str, expected: int | None) -> None:
    assert report_figure(extract_statements(Document("t", text)), outcome) == expected


@pytest.mark.parametrize(("text", "expected"), KILLED)
def test_killed(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(("text", "expected"), COMPANIONS)
def test_companions_are_counted_with_the_dead(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_two_clauses_of_dead_are_counted_together(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUSPECTED)
def test_crime_suspected_is_earlier_when_another_death_is_told(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text", NOT_KILLED)
def test_no_killed_figure(text: str) -> None:
    assert _killed(text) in (None, 0)


# The people a sentence says were hit or killed, each (outcome, figure, victims): "dead" after an object
# pronoun is that object's state, not its subject's; a bare verb joined to a negated one did not happen;
# "shoot" and "stab" in the plural present are verbs of their own.
PEOPLE_TOLD: list[tuple[str, list[tuple[str, int | None, str | None]]]] = [
    ("The gunman shot her dead outside the bakery.", [("killed", 1, None)]),
    ("A sniper shot them dead near the bridge.", []),
    ("Rescuers reached the two climbers, one of them dead.", [("killed", 1, None)]),
    ("Soldiers shoot two suspected smugglers at the border post.", [("injured", 2, "smugglers")]),
    ("Attackers stab three worshippers outside a chapel.", [("injured", 3, "worshippers")]),
    ('"Do not go and shoot another child," the pastor told mourners.', []),
    ("Gunmen did not stop and kill the guards, a witness said.", []),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_TOLD)
def test_the_people_told(text: str, expected: list[tuple[str, int | None, str | None]]) -> None:
    got = [(s.outcome, s.best, s.victims) for s in extract_statements(Document("t", text)) if s.outcome != "missing"]
    assert got == expected


def test_a_protest_does_not_make_every_death_its_cause() -> None:
    # the protest's own toll, and a death told in the clause after a semicolon
    assert _killed("Police opened fire on the protesters, killing four.") == 4
    assert _killed("Riots broke out after the verdict; three killed as rioters fought police.") == 3
    # without a protest, "after" is this event's order of things
    assert _killed("Police arrested a man after a woman was shot dead in her home.") == 1


def test_nearly_is_not_a_figure_qualifier_of_the_count() -> None:
    # "nearly" before a figure qualifies the count; right before the verb it says nobody died
    assert _killed("Nearly 20 people were killed in the raid.") == 20
    assert _killed("The blast killed almost 30 people.") == 30


# A party's claim beside the report's own figure is kept on record with scope "claimed", never counted.
CLAIMS_KEPT: list[tuple[str, list[tuple[int | None, str]]]] = [
    ("A roadside bomb killed 4 soldiers. The rebels claim 20 fatalities.", [(4, "incident"), (20, "claimed")]),
    ("Six guards died in the raid. The militants claimed they had killed 30 troops.",
     [(6, "incident"), (30, "claimed")]),
    ("The rebels claimed to have killed 12 soldiers in the raid.", [(12, "incident")]),
    # another account than the report's own is kept apart as a claim is
    ("Three traders died when raiders hit the market. Conflicting reports give nine deaths.",
     [(3, "incident"), (9, "claimed")]),
    ("Two guards were killed at the depot. A second report says five guards were killed.",
     [(2, "incident"), (5, "claimed")]),
    # ... but not another story of the report, nor an account that is the only one told
    ("Two men were shot dead at the bar. In another report, a woman was killed by a bus.",
     [(2, "incident"), (1, "incident")]),
    ("Conflicting reports give nine deaths in the market raid.", [(9, "incident")]),
    # a party that claimed the attack, then said what it did: what it says after its verb of speech is
    # its claim; what the sentence tells before that verb is not ("the bomb that killed two")
    ("A guard died when gunmen raided the post. The insurgents claimed credit for the raid and stated "
     "nine officers had been killed.", [(1, "incident"), (9, "claimed")]),
    ("Two soldiers were shot dead at the bridge. The front claimed responsibility, and said that its "
     "fighters killed 14 troops.", [(2, "incident"), (14, "claimed")]),
    ("A little-known group claimed responsibility for the bomb that killed two and said it was aimed at "
     "the army.", [(2, "incident")]),
    # alone, the claim is the only figure told
    ("Gunmen raided the post. The insurgents claimed credit for the raid and stated nine officers had been "
     "killed.", [(9, "incident")]),
    # the report's own account of nobody hurt is an account all the same: a party's claim yields to it
    ("A mine went off beside a patrol. No casualties were reported. The insurgents claimed credit for "
     "the blast and claimed eleven soldiers killed.", [(0, "incident"), (11, "claimed")]),
    ("A rocket hit the base on Sunday. Nobody was hurt. The rebels claim 25 troops died.",
     [(25, "claimed")]),
    # ... but a witness's account is no party's claim: it stands beside the report's zero
    ("Police said no one was killed. Villagers claim four were killed.", [(0, "incident"), (4, "incident")]),
    # a when or a where between the party's verb and what it says it killed: its claim all the same
    ("Four soldiers were killed at the base. The group said in a statement on its radio station that it "
     "had killed 160 soldiers.", [(4, "incident"), (160, "claimed")]),
    ("The strike hit two empty dormitories. \"There were no casualties,\" the mayor said. The ministry "
     "said on Sunday that it had killed 600 troops there.", [(0, "incident"), (600, "claimed")]),
    # a party's aircraft are its forces: what it says they killed is its claim
    ("Residents said the strike killed 16 vigilantes. The air force said its aircraft had struck a camp and "
     "killed 20 bandits.", [(16, "incident"), (20, "claimed")]),
    # what a commander "told" a channel his own men killed is his side's claim, as "said" is
    ("Six travellers died when their minibus was caught in the crossfire. A rebel officer told a local radio "
     "station that his men had killed 38 policemen.", [(6, "incident"), (38, "claimed")]),
    ("Two guards were shot dead at the gate. The general said his troops had killed 15 raiders in the "
     "counter-attack.", [(2, "incident"), (15, "claimed")]),
    # but what a witness told a reporter someone else did is an account, not a party's claim
    ("A market trader told reporters that soldiers had killed nine people in the square.", [(9, "incident")]),
    # a toll another source gives as higher or lower than the report's is that source's, kept on record
    ("A shell hit the bus station, killing nine people, the governor said. A monitoring group gave a higher "
     "toll of 14 dead.", [(9, "incident"), (14, "claimed")]),
    ("Raiders killed 40 villagers, a rights group said. The army put a far lower figure on it, saying 12 "
     "people had died.", [(40, "incident"), (12, "claimed")]),
    # a toll that rose is no other source's
    ("A shell hit the bus station, killing nine people. The toll later rose to 14.",
     [(9, "incident"), (14, "incident")]),
    # "claimed by": a place or a deed someone lays claim to, no claim of a figure
    ("Two herders were wounded. Officials in the region, claimed by both states, said 30 people were "
     "killed in the raid.", [(30, "incident")]),
    # claiming the attack and saying something else than a figure: no claim of a figure
    ("The front claimed responsibility and said it would strike again. Three police officers were killed "
     "in the blast.", [(3, "incident")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS_KEPT)
def test_a_claim_is_kept_apart(text: str, expected: list[tuple[int | None, str]]) -> None:
    from datetime import date

    from casualty_cli.extraction import extract_statements
    from casualty_cli.model import Document

    found = extract_statements(Document("t", "Headline\n\n" + text, date(2019, 5, 2)))
    assert [(s.best, s.scope) for s in found if s.outcome == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A roadside bomb killed 4 soldiers. The rebels claim 20 fatalities.", "The rebels"),
        ("An IED killed 8 police officers. Al Shabaab claimed 15 fatalities in a statement.", "Al Shabaab"),
        ("Six guards died in the raid. Later, the militants claimed they had killed 30 troops.", "the militants"),
        ("A guard died in the raid. The insurgents claimed credit for it and stated nine officers were killed.",
         "The insurgents"),
    ],
)
def test_a_claim_names_its_claimant(text: str, claimant: str) -> None:
    from datetime import date

    from casualty_cli.extraction import extract_statements
    from casualty_cli.model import Document

    found = extract_statements(Document("t", "Headline\n\n" + text, date(2019, 5, 2)))
    assert [s.attribution for s in found if s.scope == "claimed"] == [claimant]
