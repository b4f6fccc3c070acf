"""Places in war, terror and disaster reporting: each way news names where something happened is a
row, with real places in our own words; then what the places do to grouping, through the real
extraction, pipeline and store (tests/fixtures/stories/places.jsonl)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.grouping import describe, merge, title
from casualty_cli.model import Document, Statement
from casualty_cli.places import (
    AREA_NOUNS,
    OTHER_NAMES,
    PLACE_ATTACKS,
    PLACE_PREPOSITIONS,
    PLACE_VERBS,
    area_keys,
    extract_places,
    find_in_body,
    is_region,
    place_key,
    places_disagree,
    same_place,
)
from casualty_cli.store import Store
from casualty_cli.store.ingest import ingest


def keys(text: str) -> list[str]:
    return [k for k, _ in extract_places(text, title="")]


def found(text: str, name: str) -> bool:
    return place_key(name) in keys(text)


# (form, sentence, the place it must give)
FOUND = [
    ("verb then through", "Nineteen people were killed when floods swept through Beira, Mozambique, on Friday.", "beira"),
    ("near", "A roadside bomb killed six soldiers near Kandahar on Sunday.", "kandahar"),
    ("outside", "Al-Shabaab fighters stormed a base outside Mogadishu before dawn.", "mogadishu"),
    ("compass of", "A car bomb went off at a checkpoint north of Baghdad, killing four.", "Baghdad"),
    ("distance and compass", "The blast was 60 km (37 miles) south of Kabul.", "kabul"),
    ("compass opening a sentence", "South of Tripoli, rival militias fought for a third day.", "tripoli"),
    ("across a province", "Air strikes across Idlib province killed 14 people on Tuesday.", "idlib"),
    ("a site in a town", "A suicide bomber blew herself up at a market in Maiduguri.", "maiduguri"),
    ("the adjective city of", "Barrel bombs fell on the northern Syrian city of Aleppo overnight.", "Aleppo"),
    ("the capital, X", "A truck bomb killed hundreds in the Somali capital, Mogadishu, in October 2017.", "mogadishu"),
    ("possessive site", "Air strikes destroyed Aleppo's al-Quds hospital in April 2016.", "Aleppo"),
    ("possessive with a named site", "Two blasts ripped through Maiduguri's Monday Market.", "maiduguri"),
    ("a strike on a hospital in a town", "An air strike hit a hospital in Kunduz overnight.", "kunduz"),
    ("a hospital near a town", "An air strike destroyed a hospital near Maarat al-Numan.", "Maarat al-Numan"),
    ("possessive area part", "Mortars fell on Baghdad's outskirts overnight.", "Baghdad"),
    ("the village of", "Boko Haram gunmen killed 97 people in the village of Kukawa.", "kukawa"),
    ("verb the town of", "Boko Haram fighters overran the town of Baga in January 2015.", "baga"),
    ("verb and name", "Shells pounded Donetsk overnight, the city council said.", "donetsk"),
    ("disaster verb", "The floods devastated Derna in September 2023.", "derna"),
    ("province after the name", "A drone strike in Nangarhar province killed 30 farm workers.", "nangarhar"),
    ("State after the name", "Bandits attacked villages of Zamfara State on Saturday.", "zamfara"),
    ("governorate", "Shelling hit Deir ez-Zor governorate again on Monday.", "Deir ez-Zor"),
    ("rebel-held and a compass word", "Shelling killed 23 in rebel-held eastern Ghouta.", "ghouta"),
    ("a capitalised compass word is part of the name", "Hurricane Florence killed 42 people in North Carolina.", "North Carolina"),
    ("sentence opening In", "In Kunduz, Taliban fighters killed three soldiers.", "kunduz"),
    ("wire dateline with a country", "KABUL, Afghanistan (Reuters) - A suicide bomber killed 26 people.", "kabul"),
    ("wire dateline with a date", "BEIRUT, Aug 4 (Reuters) - A huge blast tore through the port.", "beirut"),
    # a dateline the text names nowhere else, over a lead naming another town, is where it was filed
    ("a bureau's dateline", "KABUL - Taliban fighters stormed an army base in Ghazni province overnight.", "ghazni"),
    ("a bureau's dateline, a village", "OUAGADOUGOU - Gunmen killed 132 people in the village of Solhan.", "solhan"),
    ("the town's site", "Two rockets hit the Kramatorsk railway station on Friday.", "kramatorsk"),
    ("the town's outskirts", "Drones struck houses in the Kharkiv suburb of Pisochyn at dawn.", "kharkiv"),
    ("the town's site, one word", "An air strike flattened the Mariupol theatre.", "mariupol"),
    # a people's name and "capital", with no name after: the country's capital city
    ("the people's capital", "The truck bomb at a junction in the Somali capital killed 358.", "mogadishu"),
    ("the people's capital, another country", "Rockets fell on the Ukrainian capital before dawn.", "kyiv"),
    ("a headline's capital without the", "Suicide blast in Afghan capital kills 9", "kabul"),
]


@pytest.mark.parametrize(("text", "name"), [r[1:] for r in FOUND], ids=[r[0] for r in FOUND])
def test_a_place_is_found(text: str, name: str) -> None:
    assert found(text, name)


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Kramatorsk station toll rises to 50", "kramatorsk"),
        ("Beira toll climbs to 60", "beira"),
        ("Mariupol theatre strike: hundreds feared dead", "mariupol"),
    ],
)
def test_a_headline_names_the_place_of_a_site_or_a_toll(headline: str, name: str) -> None:
    assert place_key(name) in [k for k, _ in extract_places("More victims died overnight.", title=headline)]


@pytest.mark.parametrize(
    ("dateline", "shown"),
    [
        ("DEIR AL-BALAH, Gaza Strip (AP) —", "Deir al-Balah"),
        ("MARAT AL-NUMAN, Syria (Reuters) -", "Marat al-Numan"),
        ("ROCKY MOUNT, N.C. —", "Rocky Mount"),
        ("AL-HASAKAH, Syria (AFP) -", "Al-Hasakah"),
    ],
)
def test_a_datelines_capitals_are_shown_as_the_name_is_written(dateline: str, shown: str) -> None:
    [(_, display), *_] = extract_places(f"{dateline} A bomb killed four people.", title="")
    assert display == shown


# (what it is, sentence, a place that must not be given)
NOT_FOUND = [
    ("near-fatal", "He survived a near-fatal Overdose in May.", "Overdose"),
    ("outside the hospital", "Two men were shot outside the hospital.", "hospital"),
    ("who struck, not where", "Nine people died in Russian air strikes on Tuesday.", "Russia"),
    ("custody", "The suspect died in Kenyan custody.", "kenyan"),
    ("a group, not a place", "Fighters loyal to the Islamic State claimed the attack.", "islamic"),
    ("an institution named after a saint", "He was rushed to St. Mary's Hospital.", "St. Mary"),
    ("a language", "The statement was read out in Arabic.", "arabic"),
    ("North Carolina is not Carolina", "Hurricane Florence killed 42 people in North Carolina.", "carolina"),
    ("north of X is not North X", "A car bomb went off north of Baghdad.", "North Baghdad"),
    ("the adjective is not the city", "Barrel bombs fell on the northern Syrian city of Aleppo.", "syrian"),
    ("a capitalised verb opens a sentence", "Hit by a car, the boy died on Elm Road.", "by"),
    ("a bullet hits a person, not a place", "A stray bullet struck Marcus Reed in the leg.", "Marcus Reed"),
    ("a hospital named after a saint", "She was taken to St. Luke's hospital downtown.", "St. Luke"),
    ("a children's hospital", "The boy died at the children's hospital.", "children"),
    # where the wounded were treated is not where they were hurt
    ("hospitals in a city", "Gunmen attacked Yelwata; the wounded were in hospitals in Makurdi.", "Makurdi"),
    ("taken to a hospital in", "The injured were taken to a hospital in Maiduguri after the blast.", "Maiduguri"),
    ("treated in", "Four soldiers hurt at the checkpoint were treated in Peshawar.", "Peshawar"),
    # a place named as the neighbour of the report's own is another place
    ("neighbouring", "A mudslide buried two houses overnight, and three died in neighbouring Tanga.", "Tanga"),
    ("neighboring", "Floodwater swept cars away in Durban and in neighboring Pinetown.", "Pinetown"),
    ("a possessive before a site", "The strike hit the Children's railway station.", "children"),
    # what struck, opening a headline or a sentence, is not where
    ("air strikes", "Air strikes on a market in Idlib killed 31 on Monday.", "air"),
    ("a drone strike", "Drone strike kills four in Kherson", "drone"),
    ("a car bomb", "Car bomb kills 12 at a checkpoint in Mogadishu", "car"),
    ("a capital no country's people name", "Venture capital firms met in Nairobi.", "venture"),
    # a headline's hazard and how strong it was are no town before a toll
    ("a strong quake", "Powerful quake kills more than 2,300 in Turkey and Syria", "powerful"),
    ("a quake's toll", "Quake toll passes 21,000 as hopes fade", "quake"),
    ("a storm's own name", "Storm Daniel floods eastern Libya", "Daniel"),
    ("a cyclone's own name", "Cyclone Idai toll rises in Beira", "Idai"),
]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # one Arabic name written with and without its closing "h", or with other vowels
        ("Saada", "Sa'dah", True),
        ("Saada", "Saadah", True),
        ("Derna", "Darnah", True),
        ("Jindires", "Jandaris", True),
        ("Idlib", "Idleb", True),
        ("Yelwata", "Yelewata", True),
        # short names need the same letters, other consonants or opening vowels are other places
        ("Gaza", "Giza", False),
        ("Homs", "Hama", False),
        ("Salem", "Selma", False),
        ("Austin", "Aston", False),
        ("Houston", "Boston", False),
    ],
)
def test_transliterations_of_one_name_are_one_place(a: str, b: str, same: bool) -> None:
    assert same_place(place_key(a), place_key(b)) is same


@pytest.mark.parametrize(("text", "name"), [r[1:] for r in NOT_FOUND], ids=[r[0] for r in NOT_FOUND])
def test_no_place_is_made_up(text: str, name: str) -> None:
    assert not found(text, name)


def test_page_furniture_openings_are_no_places() -> None:
    assert keys("In Pictures: the day after the storm. In Brief: more rain is due.") == []


@pytest.mark.parametrize("word", [*PLACE_PREPOSITIONS, *PLACE_VERBS])
def test_every_introducing_word_brings_a_place(word: str) -> None:
    # the tables are the rule: each word, and only what follows it, gives the place
    assert keys(f"The water reached the dam before it {word} Chimoio on Friday.") == ["chimoio"]


@pytest.mark.parametrize("words", PLACE_ATTACKS)
def test_every_attack_names_the_place_it_hit(words: str) -> None:
    # "the missile strike on Dnipro", "the shelling of Kherson": the city is the place
    assert keys(f"Officials said the {words} Chimoio killed four people.") == ["chimoio"]


@pytest.mark.parametrize("noun", AREA_NOUNS)
def test_every_area_noun_names_a_place(noun: str) -> None:
    assert keys(f"The militia withdrew from Kajiado {noun} last week.") == ["kajiado"]


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Syria", True), ("Mozambique", True), ("Myanmar", True), ("Burma", True), ("Democratic Republic of the Congo", False),
        ("Congo", True), ("Middle East", True), ("West Bank", True), ("Aleppo", False), ("Beira", False),
        ("Singapore", False), ("Hong Kong", False), ("Kunduz", False),
        # wide areas of war reporting; their towns are places
        ("Gaza", True), ("Gaza Strip", True), ("Donbas", True), ("Darfur", True), ("Rafah", False),
        ("Gaza City", False), ("El Fasher", False),
    ],
)  # fmt: skip
def test_countries_and_regions_are_weak_places(name: str, region: bool) -> None:
    assert is_region(place_key(name)) is region


def test_babels_territory_names_kept_between_runs_are_babels() -> None:
    """The names are kept beside the compiled patterns under the hash of babel's data: made at the first
    ask, read back at the next, and both times what babel itself gives."""
    from casualty_cli.places import _babel_territory_names, _territory_names

    babel = _babel_territory_names()
    assert ("SY", "Syria") in babel
    assert _territory_names() == babel
    assert _territory_names() == babel


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        (["alepo"], ["idlib"], True),
        (["alepo", "syria"], ["syria"], False),  # the country says too little to disagree with a town in it
        (["syria"], ["iraq"], False),
        (["beira", "mozambique"], ["maputo", "beira"], False),
        ([], ["kabul"], False),
    ],
)
def test_only_specific_places_disagree(a: list[str], b: list[str], disagree: bool) -> None:
    assert places_disagree(a, b) is disagree


# --- titles: a tie of votes does not depend on which report came first ------------------------------


def test_a_tie_of_place_votes_goes_to_the_specific_place_then_alphabetical() -> None:
    base = {"v": 1, "date": "2019-03-15", "date_from": "statement", "date_lo": "2019-03-15", "date_hi": "2019-03-15"}
    a = dict(base, places=["sofala", "beira"], place_names=["Sofala", "Beira"], place_votes={"sofala": 1, "beira": 1})
    b = dict(base, places=["mozambique", "beira"], place_names=["Mozambique", "Beira"], place_votes={"mozambique": 1, "beira": 1})
    c = dict(base, places=["mozambique", "sofala"], place_names=["Mozambique", "Sofala"], place_votes={"mozambique": 1, "sofala": 1})
    titles = {title(merge(merge(x, y), z)) for x, y, z in ((a, b, c), (c, b, a), (b, a, c), (c, a, b))}
    # Beira, Sofala and Mozambique have two votes each: the towns before the country, then A before S
    assert titles == {"Beira, 2019-03-15"}


def test_a_reports_strongest_place_titles_its_incident() -> None:
    # the dateline's town, then a region the background names more often: the town, though later in A-Z
    doc = Document(
        "m", "Twin car bombs kill 121\n\nMOGADISHU - Two car bombs exploded outside the education ministry in "
        "Mogadishu on Saturday, killing 121 people. Troops have retaken villages in Hiraan, and fighting in "
        "Hiraan goes on, officials in Hiraan said.", date(2022, 10, 30),
    )
    sig = describe(doc, extract_statements(doc))
    assert sig["places"][:2] == ["mogadishu", "hiran"]
    assert title(sig).startswith("Mogadishu, ")


def test_a_tie_of_votes_goes_to_a_town_before_its_division() -> None:
    base = {"v": 1, "date": "2023-10-05", "date_from": "statement", "date_lo": "2023-10-05", "date_hi": "2023-10-05"}
    sig = dict(base, places=["kharkiv", "hroza"], place_names=["Kharkiv", "Hroza"], areas=["kharkiv"],
               place_votes={"kharkiv": 1, "hroza": 1}, place_firsts={"kharkiv": 1})
    assert title(sig) == "Hroza, 2023-10-05"


def test_an_event_of_running_totals_gives_no_vote_for_the_title() -> None:
    doc = Document("r", "Since January, 112 people have been killed in attacks across Hiraan and Bay regions.",
                   date(2022, 10, 30))
    sig = describe(doc, extract_statements(doc))
    assert sig["aggregate"] and sig["place_votes"] == {} and sig["place_firsts"] == {}


# --- grouping through the pipeline and the store ------------------------------------------------------

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "places.jsonl"
DOCS = {
    d["id"]: Document(d["id"], d["text"], date.fromisoformat(d["published"]), None, d["source"])
    for d in map(json.loads, FIXTURE.read_text(encoding="utf-8").splitlines())
}
_READ: dict[str, list[Statement]] = {}


def extract(doc: Document) -> list[Statement]:
    if doc.id not in _READ:
        _READ[doc.id] = extract_statements(doc)
    return [Statement.from_dict(s.to_dict()) for s in _READ[doc.id]]


def incidents_of(tmp_path: Path, ids: list[str]) -> dict[str, set[str]]:
    """Ingest the reports one by one, in this order: each incident's title and the reports in it."""
    store = Store(tmp_path / "store")
    for doc_id in ids:
        assert not ingest(store, [DOCS[doc_id]], extractor=extract).failed
    state = store.load()
    return {i.title: {state.reports[r].doc for r in i.reports} for i in state.incidents.values()}


@pytest.mark.parametrize("order", [["idai-beira-a", "idai-beira-b"], ["idai-beira-b", "idai-beira-a"]])
def test_two_wordings_of_one_flood_join(tmp_path: Path, order: list[str]) -> None:
    # one says "swept through Beira, Mozambique", the other "died in Beira" under a Maputo dateline
    found = incidents_of(tmp_path, order)
    assert list(found.values()) == [{"idai-beira-a", "idai-beira-b"}]
    assert next(iter(found)).startswith("Beira, ")


@pytest.mark.parametrize("order", [["azaz-2016-02-15", "maarat-2016-02-15"], ["maarat-2016-02-15", "azaz-2016-02-15"]])
def test_two_strikes_in_two_towns_of_one_country_on_one_day_stay_apart(tmp_path: Path, order: list[str]) -> None:
    # both say "Syria", "hospital" and Monday: the towns differ, and a country is a weak place
    found = incidents_of(tmp_path, order)
    assert sorted(found.values(), key=sorted) == [{"azaz-2016-02-15"}, {"maarat-2016-02-15"}]
    assert {t.split()[0] for t in found} == {"Azaz", "Maarat"}


def test_a_round_up_entry_may_open_with_any_place_introducing_word() -> None:
    from casualty_cli.pipeline import analyse

    doc = Document(
        "roundup-openings",
        "Attacks leave ten dead in eastern Afghanistan\n\nKABUL - Militants struck in two provinces on Wednesday, "
        "officials said.\n\nNear Kandahar, a roadside bomb killed six soldiers on patrol, the army said.\n\n"
        "Outside Jalalabad, gunmen killed four guards at a checkpoint, police said.",
        date(2018, 5, 9),
    )
    statements = extract(doc)
    events = analyse(doc, statements).events
    assert [(e.signature["places"][0], e.own_story) for e in events] == [("kandahar", True), ("jalalabad", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Insurgents in Thailand's south shot two teachers.", "Thailand"),
        ("A car bomb went off outside an Iraqi police station in Khaldiyah.", "Khaldiyah"),
        ("A bomb tore through a Shiite district of Baghdad.", "Baghdad"),
        ("Anti-riot police fired tear gas in Kisumu.", "Kisumu"),
    ],
)
def test_demonyms_and_possessives_leave_the_place(text: str, name: str) -> None:
    # "Iraqi police", "Shiite district", "Anti-riot police" name who or which, not where
    assert keys(text) == [place_key(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Title\nST. LOUIS (AP) - A man was shot on Monday.", "St. Louis"),
        ("Police in Ft. Lauderdale said two men were hurt.", "Fort Lauderdale"),
    ],
)
def test_a_saint_or_a_fort_opening_a_name_stays(text: str, name: str) -> None:
    assert keys(text) == [place_key(name)] == [place_key(name.replace("St.", "Saint").replace("Fort", "Ft."))]


def test_a_colon_after_capitals_is_page_furniture_not_a_dateline() -> None:
    assert keys("Title\nRELATED: Man hurt in crash\nWATCH LIVE: Crews at the scene") == []


@pytest.mark.parametrize(("places", "joins"), [(["alepo", "syria"], True), (["syria"], False)])
def test_a_follow_up_weeks_later_needs_a_specific_place(places: list[str], joins: bool) -> None:
    from casualty_cli.grouping import match

    day = {"v": 1, "date_from": "statement", "names": [], "streets": [], "ages": [34], "targets": ["hospital"], "keywords": ["qud"]}
    strike = dict(day, date="2016-04-27", date_lo="2016-04-27", date_hi="2016-04-27", places=places)
    # a month on, a report on the inquiry names the day of the strike outright ("the April 27 strike")
    inquiry = dict(day, date="2016-05-30", date_lo="2016-05-30", date_hi="2016-05-30", places=places, mentions=["2016-04-27"])
    assert (match(inquiry, [("i1", strike)]) == "i1") is joins


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a bureau's dateline over a lead that names another town: where the report was filed
        ("KABUL - Taliban fighters stormed an army base in Ghazni province overnight.", ["ghazni"]),
        ("OUAGADOUGOU - Gunmen killed 132 people in the village of Solhan.", ["solhan"]),
        # the text names the dateline's town again, or the lead names no other: the event's town
        ("LAGOS - Six died when a tower fell in the Ikoyi district of Lagos.", ["lagos", "ikoyi"]),
        ("KABUL - A blast outside a school in western Kabul killed 25.", ["kabul"]),
        ("MOGADISHU - Two car bombs killed 100 people in Somalia.", ["mogadishu", "somalia"]),
        # "this village" is the dateline's: the report was filed where it happened
        (
            "MOULAY BRAHIM - Villagers dug through the rubble in this mountain village south of Marrakech.",
            ["moulay brahim", "marakech"],
        ),
    ],
)
def test_a_dateline_named_nowhere_else_is_where_the_report_was_filed(text: str, keys: list[str]) -> None:
    assert [k for k, _ in extract_places(text, title="")] == keys


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Moroccan quake toll climbs past 2,000", "Morocco"),
        ("Ukrainian station hit by two missiles", "Ukraine"),
        ("Turkish floods kill 12", "Turkey"),
        ("Syrian strike kills five", "Syria"),
    ],
)
def test_a_headline_adjective_of_a_country_names_the_country(headline: str, country: str) -> None:
    found = extract_places("Rescuers searched the rubble on Saturday.", title=headline)
    assert (place_key(country), country) in found
    assert is_region(place_key(country))


@pytest.mark.parametrize(("old", "new"), [("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Dnepropetrovsk", "Dnipro"),
                                          ("Zaporozhye", "Zaporizhzhia"), ("Al-Fashir", "El Fasher"),
                                          ("Rangoon", "Yangon"), ("Bombay", "Mumbai"), ("Baleswar", "Balasore"),
                                          ("Bangalore", "Bengaluru"), ("Orissa", "Odisha"), ("Allahabad", "Prayagraj")])
def test_a_places_other_name_is_the_same_place(old: str, new: str) -> None:
    # one outlet's "Kiev" and another's "Kyiv" are one city
    assert place_key(old) == place_key(new)


def test_every_other_name_leads_to_a_name_in_use() -> None:
    # the table is the rule: no name it gives is itself an other name, and every key is a key as made
    assert not set(OTHER_NAMES.values()) & set(OTHER_NAMES)
    assert all(place_key(k) == OTHER_NAMES[k] for k in OTHER_NAMES)


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Gunmen killed 14 people in Tadaryat, also in Yagha province.", {"yagha"}),
        ("Shelling hit Deir ez-Zor governorate and Kharkiv oblast again.", {"deir ez zor", "kharkiv"}),
        ("A sheriff's deputy was shot in Harris County.", set()),  # a county holds few towns: kept a place
        ("Troopers of the Michigan State Police were shot at.", set()),  # US news names its states so
        # a state of another country, in lower case or one countryinfo knows; not a US university or office
        ("Gunmen killed 12 farmers in Benue state on Saturday.", {"benue"}),
        ("The army said 9 died in an ambush in Shan state.", {"shan"}),
        ("Bandits attacked a village in Zamfara State on Sunday.", {"zamfara"}),
        ("Two were shot near the Fresno State campus.", set()),
        ("The Suffolk County State's Attorney charged him.", set()),
        ("He was shot in the Garden State on Friday.", set()),
        ("Gunmen stormed a village in Solhan.", set()),
    ],
)
def test_a_place_named_as_a_division_is_an_area(text: str, areas: set[str]) -> None:
    assert area_keys("", find_in_body(text)) == {place_key(a) for a in areas}
