"""Grouping rules, table-driven. Every report here is a short example written for these tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import pytest

from casualty_cli.grouping import (
    WEIGHTS,
    IncidentIndex,
    Signature,
    days_after_event,
    describe,
    lead_date,
    match,
    merge,
    score,
    title,
    years_since_event,
)
from casualty_cli.model import Document, Revision, Statement
from casualty_cli.pipeline import analyse
from casualty_cli.places import extract_places, extract_streets, place_key, same_place


def statement(text: str, quote: str, best: int, *, event_date: date | None = None, **kw: object) -> Statement:
    """A killed statement whose quote stands in ``text`` (offsets as the extractor gives them)."""
    start = text.index(quote)
    return Statement(
        doc="t",
        outcome="killed",
        best=best,
        low=best,
        high=None,
        qualifier="exact",
        start=start,
        end=start + len(quote),
        quote=quote,
        event_date=event_date,
        **kw,  # type: ignore[arg-type]
    )


def report(text: str, published: date, doc_id: str = "t") -> Document:
    return Document(id=doc_id, text=text, published=published)


def split_report(doc: Document, statements: Sequence[Statement]) -> list[list[int]]:
    """The events the pipeline finds in one report, as lists of statement indices."""
    return [list(e.statements) for e in analyse(doc, statements).events]


def ingest(docs: Sequence[Document]) -> list[str]:
    """The incident each report ends up in, ingesting in order (as the store does)."""
    incidents: list[tuple[str, Signature]] = []
    out = []
    for doc in docs:
        sig = describe(doc, [])
        found = match(sig, incidents)
        if found is None:
            found = f"i{len(incidents)}"
            incidents.append((found, sig))
        else:
            k = next(i for i, (iid, _) in enumerate(incidents) if iid == found)
            incidents[k] = (found, merge(incidents[k][1], sig))
        out.append(found)
    return out


# --- place names ----------------------------------------------------------------------------------

SAME_PLACE = [
    ("Marat al-Numan", "Maarat al-Numan"),
    ("Marat al-Numan", "Ma'arat al-Numan"),
    ("Ma’arat al-Numan", "MAARAT AL-NUMAN"),
    ("Ft. Lauderdale", "Fort Lauderdale"),
    ("St. Louis", "Saint Louis"),
    ("Harris County", "Harris"),
    ("southwest Atlanta", "Atlanta"),
]
OTHER_PLACE = [
    ("Houston", "Boston"),
    ("Austin", "Dallas"),
    ("Aleppo", "Idlib"),
    ("Portland", "Portsmouth"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PLACE)
def test_same_place(a: str, b: str) -> None:
    assert same_place(place_key(a), place_key(b))


@pytest.mark.parametrize(("a", "b"), OTHER_PLACE)
def test_other_place(a: str, b: str) -> None:
    assert not same_place(place_key(a), place_key(b))


PLACES = [
    # (text, a place key that must be found)
    ("Gunfire at a bar\nCHICAGO (AP) — Two men were shot outside a bar early Sunday.", "chicago"),
    ("Teens hurt\nROCKY MOUNT, N.C. — Four teenagers were wounded on a basketball court.", "rocky mount"),
    (
        "Strike kills 11\nAn airstrike hit a hospital in the town of Ma'arat al-Numan on Monday.",
        "marat numan",
    ),
    ("Strikes on clinics\nMissiles hit two clinics in Idlib province, a monitor said.", "idlib"),
    ("Man killed\nA man was killed Friday in Springfield, Ill., police said.", "springfield"),
    ("Boy wounded\nDayton police said a boy was wounded on Tuesday.", "dayton"),
    ("El Paso Walmart Shooting Leaves 20 Dead\nThe gunman opened fire in El Paso on Saturday.", "el paso"),
    ("Shooting on city's edge\nPolice said a man was wounded on Erie's west side on Friday.", "erie"),
    ("Killeen 4-year-old wounded\nA boy was hurt when a gun went off at home, police said.", "kilen"),
]


@pytest.mark.parametrize(("text", "key"), PLACES)
def test_extract_places(text: str, key: str) -> None:
    assert key in [k for k, _ in extract_places(text)]


def test_title_case_headline_words_are_not_places() -> None:
    text = "Man Shot In Leg Outside Store\nA man was shot in the leg outside a store in Tulsa on Monday."
    keys = [k for k, _ in extract_places(text)]
    assert keys == ["tulsa"]


STREETS = [
    ("Police were called to the 4800 block of South Throop about 6 p.m.", "throop"),
    ("The shooting happened on Edwards Street near the church.", "edwards"),
    ("Officers found him at the Burning Tree Apartments.", "burning tree"),
    ("A crash closed N. Lake Shore Dr. for hours.", "lake shore"),
]


@pytest.mark.parametrize(("text", "key"), STREETS)
def test_extract_streets(text: str, key: str) -> None:
    assert key in extract_streets(text)


# --- dates ----------------------------------------------------------------------------------------

DATES = [
    # (lead, published, event date)
    ("Four teens were shot Monday evening, police said.", date(2014, 1, 28), date(2014, 1, 27)),
    ("A man was shot dead yesterday in the city centre.", date(2016, 2, 16), date(2016, 2, 15)),
    ("The shooting on Jan. 19 left a boy dead.", date(2016, 1, 21), date(2016, 1, 19)),
    (
        "Posted: Tuesday, March 3, 2015 8:00 PM\nA woman was killed Sunday.",
        date(2015, 3, 3),
        date(2015, 3, 1),
    ),
    ("The Dec. 30 shooting was the city's last of the year.", date(2017, 1, 2), date(2016, 12, 30)),
    ("No date here at all.", date(2017, 1, 2), None),
]


@pytest.mark.parametrize(("lead", "published", "expected"), DATES)
def test_lead_date(lead: str, published: date, expected: date | None) -> None:
    assert lead_date(lead, published) == expected


# --- matching across reports ------------------------------------------------------------------------

MSF_REPORTS = [
    (
        "Hospital hit in Syria\nAn MSF-supported hospital in Marat al-Numan was struck on Monday, "
        "killing at least seven people, the charity said.",
        date(2016, 2, 15),
    ),
    (
        "Toll rises at bombed hospital\nThe death toll from Monday's strike on the hospital in "
        "Maarat al-Numan, Idlib province, has risen to 11, MSF said.",
        date(2016, 2, 16),
    ),
    (
        "MSF condemns attack\nMedecins Sans Frontieres said on Tuesday that 11 people died when its "
        "hospital in Ma'arat al-Numan was hit yesterday.",
        date(2016, 2, 16),
    ),
]


def test_three_spellings_of_one_town_are_one_incident() -> None:
    docs = [report(text, day, f"msf{i}") for i, (text, day) in enumerate(MSF_REPORTS)]
    assert len(set(ingest(docs))) == 1


APART = [
    # (first report, its publication date, second report, its publication date): different events
    pytest.param(
        "Two men shot in Chicago\nCHICAGO — Two men were shot on the 6400 block of South Halsted "
        "Street on Saturday night, police said.",
        date(2015, 8, 2),
        "Woman killed in Chicago\nCHICAGO — A woman was shot dead on the 6400 block of South Halsted "
        "Street on Saturday night, police said.",
        date(2015, 8, 23),
        id="same city and street, three weeks apart",
    ),
    pytest.param(
        "Gunman kills 20 at Walmart\nEL PASO, Texas — A gunman killed 20 people at a Walmart store "
        "on Saturday morning, police said.",
        date(2019, 8, 4),
        "Nine killed in Dayton\nDAYTON, Ohio — A gunman killed nine people in the Oregon District "
        "early Sunday before police shot him dead.",
        date(2019, 8, 4),
        id="different cities, consecutive days",
    ),
    pytest.param(
        "Three shot at party\nMEMPHIS, Tenn. — Three people were shot at a house party on Saturday.",
        date(2016, 5, 22),
        "Two shot at party\nNASHVILLE, Tenn. — Two people were shot at a house party on Saturday.",
        date(2016, 5, 22),
        id="different cities, same date",
    ),
    pytest.param(
        "Singer shot dead after concert\nORLANDO, Fla. — Singer Christina Grimmie, 22, was shot dead "
        "while signing autographs after a concert on Friday night.",
        date(2016, 6, 11),
        "49 killed at Orlando nightclub\nORLANDO, Fla. — A gunman identified as Omar Mateen killed 49 "
        "people at the Pulse nightclub early Sunday.",
        date(2016, 6, 12),
        id="same city, two days apart, different people",
    ),
    pytest.param(
        "Man shot on West Side\nCHICAGO — A 24-year-old man was shot in the 1200 block of South "
        "Pulaski Road on Sunday, police said.",
        date(2016, 10, 30),
        "Teen shot on South Side\nCHICAGO — A 16-year-old boy was shot in the 7900 block of South "
        "Cottage Grove Avenue on Sunday, police said.",
        date(2016, 10, 30),
        id="same city, same day, different streets",
    ),
    pytest.param(
        "Man killed on South Side\nCHICAGO — A 31-year-old man was shot dead in the 300 block of "
        "West 69th Street on Friday, police said.",
        date(2016, 6, 18),
        "Charges in May killing\nCHICAGO — Prosecutors charged a 19-year-old on Monday in the "
        "May 2 killing of a man in the 300 block of West 69th Street.",
        date(2016, 7, 26),
        id="same city and street weeks later, but another day named",
    ),
    pytest.param(
        "Man shot dead in Houston\nHOUSTON — Police identified the victim as James Carter, 34, who "
        "was shot outside a store on Saturday.",
        date(2016, 3, 6),
        "Boston man charged\nBOSTON — James Carter, 29, was charged on Monday with a shooting "
        "outside a store in Dorchester.",
        date(2016, 8, 9),
        id="one name, two cities, months apart",
    ),
    pytest.param(
        "Gunmen kill five in Kano\nKANO, Nigeria — Gunmen killed five people at a market in Kano "
        "on Monday, police said.",
        date(2021, 3, 2),
        "Bandits kill 12 in Zamfara\nGUSAU, Nigeria — Bandits killed 12 villagers in Zamfara state "
        "on Monday, police said.",
        date(2021, 3, 2),
        id="two attacks in one country on one day: towns apart, no area hazard",
    ),
    pytest.param(
        "Earthquake kills 40 in Turkey\nIZMIR, Turkey — An earthquake in the Aegean Sea killed 40 "
        "people in Izmir on Friday, officials said.",
        date(2020, 11, 1),
        "Floods kill 12 in Turkey\nGIRESUN, Turkey — Floods killed 12 people in Giresun on Friday, "
        "officials said.",
        date(2020, 11, 1),
        id="two hazards in one country on one day",
    ),
    pytest.param(
        "Monsoon floods kill 30 in Pakistan\nPESHAWAR, Pakistan — Flash floods swept away homes in "
        "the Swat valley on Tuesday, killing 30 people, officials said.",
        date(2022, 8, 24),
        "Rains leave 12 dead in Kano\nKANO, Nigeria — Twelve people died when flooding tore through "
        "low-lying streets of Kano on Tuesday, emergency officials said.",
        date(2022, 8, 24),
        id="one hazard, both leads, two countries",
    ),
    pytest.param(
        "Gunman kills 3 outside Dayton bar\nDAYTON, Ohio — A gunman shot three men dead outside a bar in "
        "Dayton on Saturday night, police said.",
        date(2019, 3, 10),
        "Teen shot dead at house party\nA 16-year-old was shot dead at a house party on Saturday night, "
        "said a friend who had driven him over from Dayton.",
        date(2019, 3, 10),
        id="a town only in the other's lead, as a subject or object, and nothing else shared",
    ),
    pytest.param(
        "Quake dead pass 300 as villages lie in ruins\nPeru's civil defence agency said on Tuesday that 310 "
        "people had died after Sunday's earthquake. In Huaraz, families dug through the rubble.",
        date(2031, 5, 13),
        "Earthquake kills 12 in the Andes\nEcuador's risk agency said on Monday that 12 people had died "
        "after Sunday's earthquake. In Cuenca, homes collapsed.",
        date(2031, 5, 12),
        id="two earthquakes the same day, each country named only as a possessive",
    ),
]


@pytest.mark.parametrize(("text_a", "pub_a", "text_b", "pub_b"), APART)
def test_different_events_stay_apart(text_a: str, pub_a: date, text_b: str, pub_b: date) -> None:
    first, second = ingest([report(text_a, pub_a, "a"), report(text_b, pub_b, "b")])
    assert first != second


TOGETHER = [
    pytest.param(
        "Teen killed in Hermitage\nNASHVILLE, Tenn. — Police said 15-year-old Marcus Webb was shot "
        "at the Burning Tree Apartments on Tuesday evening.",
        date(2014, 1, 29),
        "Classmate charged in fatal shooting\nA 17-year-old was charged Wednesday in the death of "
        "15-year-old Marcus Webb, who was shot Tuesday at an apartment complex in Nashville.",
        date(2014, 1, 30),
        id="a day later, same victim, same city",
    ),
    pytest.param(
        "Four shot outside Miami club\nMIAMI — Four men were wounded outside a nightclub on "
        "Northwest 7th Avenue early Saturday.",
        date(2015, 6, 13),
        "Police seek gunman in club shooting\nMiami police are still looking for the man who wounded "
        "four people outside a club on Northwest 7th Avenue on Saturday.",
        date(2015, 6, 15),
        id="same street and city, published two days apart",
    ),
    pytest.param(
        "Nine killed at Charleston church\nCHARLESTON, S.C. — A gunman killed nine people at "
        "Emanuel AME Church during a Bible study on Wednesday night, police said.",
        date(2015, 6, 18),
        "Federal grand jury indicts church gunman\nCHARLESTON, S.C. — A federal grand jury on "
        "Wednesday indicted Dylann Roof on hate crime charges in the June 17 shooting that killed "
        "nine people at Emanuel AME Church.",
        date(2015, 7, 23),
        id="five weeks later, same city, names the day of the event",
    ),
    pytest.param(
        "Three shot outside Tulsa bar\nTULSA, Okla. — Three men were shot outside a bar early "
        "Sunday, police said.",
        date(2017, 5, 1),
        "Parolee charged in bar shooting\nTULSA, Okla. — A man paroled on April 20 was charged "
        "on Tuesday with shooting three men outside a bar.",
        date(2017, 5, 2),
        id="the day the text names first is not the event's, publication is close",
    ),
    pytest.param(
        "Teen killed at apartments\nNASHVILLE, Tenn. — Police said 15-year-old Marcus Webb was shot "
        "at the Burning Tree Apartments on Tuesday evening.",
        date(2014, 1, 29),
        "Trial opens in teen's death\nA jury heard opening statements on Monday in the trial of the "
        "man charged in the death of 15-year-old Marcus Webb at the Burning Tree Apartments.",
        date(2014, 9, 16),
        id="months later, same person and street, no place named",
    ),
    pytest.param(
        "Teen killed at apartments\nNASHVILLE, Tenn. — Police said 15-year-old Marcus Webb was shot "
        "at the Burning Tree Apartments on Tuesday evening.",
        date(2014, 1, 29),
        "Jury convicts man in teen's killing\nNASHVILLE, Tenn. — A jury on Monday convicted a "
        "21-year-old man of murder in the death of 15-year-old Marcus Webb.",
        date(2015, 9, 22),
        id="a verdict twenty months later names the same person in the same city",
    ),
    pytest.param(
        "Morocco earthquake kills hundreds\nRABAT, Morocco — An earthquake in the High Atlas killed at "
        "least 820 people on Friday night, the interior ministry said.",
        date(2023, 9, 9),
        "Quake toll in Morocco passes 2,000\nAMIZMIZ, Morocco — The toll from Friday's quake rose to "
        "2,012 on Saturday as rescuers reached mountain villages, the ministry said.",
        date(2023, 9, 9),
        id="one earthquake told from the capital and from a village it hit, its toll more than doubled",
    ),
    pytest.param(
        "Quake kills 2,300 in Turkey and Syria\nANKARA — A magnitude 7.8 earthquake struck southern "
        "Turkey before dawn on Monday, killing more than 2,300 people, officials said.",
        date(2023, 2, 6),
        "Jandaris buries its dead\nIn the rebel-held town of Jandaris in north-west Syria, families "
        "buried 200 neighbours on Monday in fresh graves after the earthquake, rescuers said.",
        date(2023, 2, 7),
        id="one earthquake: only the lead of the town's report names it, the other's headline its country",
    ),
    pytest.param(
        "Car bomb kills 12 at Mosul market\nMOSUL, Iraq — A car bomb went off in a crowded market in Mosul "
        "on Thursday, killing 12 people, police said.",
        date(2017, 3, 2),
        "Mourners bury market bomb victims\nResidents of Mosul buried the 12 people killed in the market "
        "bombing on Friday, carrying coffins through the old city.",
        date(2017, 3, 3),
        id="the town only as a subject in the lead, the market in both",
    ),
    pytest.param(
        "Bridge collapse kills 43 in Genoa\nGENOA, Italy — A motorway bridge collapsed in Genoa on Tuesday, "
        "killing 43 people, officials said.",
        date(2018, 8, 14),
        "One year on, Genoa remembers bridge victims\nHundreds gathered in Genoa on Wednesday for a memorial "
        "to the 43 people killed when the motorway bridge collapsed.",
        date(2019, 8, 14),
        id="an anniversary a year later, dated a year back, not to the memorial",
    ),
    pytest.param(
        "Earthquake strikes Peru, killing 40\nLIMA, Peru — A powerful earthquake struck the Andes late on "
        "Sunday, killing at least 40 people, officials said.",
        date(2031, 5, 12),
        "Quake dead pass 300 as villages lie in ruins\nPeru's civil defence agency said on Tuesday that 310 "
        "people had died after Sunday's earthquake. In Huaraz, families dug through the rubble.",
        date(2031, 5, 13),
        id="one earthquake: its country named only as a possessive in the lead of the village's report",
    ),
]


@pytest.mark.parametrize(("text_a", "pub_a", "text_b", "pub_b"), TOGETHER)
def test_same_event_is_grouped(text_a: str, pub_a: date, text_b: str, pub_b: date) -> None:
    first, second = ingest([report(text_a, pub_a, "a"), report(text_b, pub_b, "b")])
    assert first == second


@pytest.mark.parametrize(
    ("killed_a", "published_a", "killed_b", "published_b", "against"),
    [
        pytest.param(12, "2017-06-14", 30, "2017-06-16", False, id="a mass toll, more than doubled two days later"),
        pytest.param(30, "2017-06-16", 12, "2017-06-14", False, id="the same, the later report first"),
        pytest.param(12, "2017-06-14", 30, "2017-06-14", True, id="a mass toll and another on the same day"),
        pytest.param(30, "2017-06-14", 12, "2017-06-16", True, id="the smaller toll told later"),
        pytest.param(2, "2016-06-14", 5, "2016-06-15", True, id="two small tolls: two shootings in one city"),
    ],
)
def test_killed_figures_far_apart_count_against_unless_a_mass_toll_grew(
    killed_a: int, published_a: str, killed_b: int, published_b: str, against: bool
) -> None:
    def sig(killed: int | None, published: str) -> Signature:
        return {"places": ["london"], "killed": killed, "published": published}

    with_tolls = score(sig(killed_a, published_a), sig(killed_b, published_b))
    without = score(sig(None, published_a), sig(None, published_b))
    assert (with_tolls < without) is against


# --- one report, several events ----------------------------------------------------------------------

LIVE_BLOG = (
    "Syria live: strikes on hospitals\n\n"
    "Hospital hit in Idlib\n"
    "An airstrike hit a hospital supported by MSF in Ma'arat al-Numan yesterday, killing 11 people, "
    "the charity said.\n\n"
    "UN: nearly 50 civilians killed\n"
    "Nearly 50 civilians were killed when missiles struck several medical facilities and schools "
    "in Aleppo and Idlib provinces, the UN said."
)


def test_live_blog_events_are_split() -> None:
    doc = report(LIVE_BLOG, date(2016, 2, 16))
    statements = [
        # The extractor gives each statement of a live report its post's headline.
        statement(
            LIVE_BLOG, "killing 11 people", 11, event_date=date(2016, 2, 15), headline="Hospital hit in Idlib"
        ),
        statement(
            LIVE_BLOG,
            "Nearly 50 civilians were killed",
            50,
            event_date=date(2016, 2, 15),
            headline="UN: nearly 50 civilians killed",
        ),
    ]
    assert split_report(doc, statements) == [[0], [1]]
    msf, un = (describe(doc, [statements[i]]) for i in (0, 1))
    assert "marat numan" in msf["places"]
    assert "hospital" in msf["targets"]
    assert match(un, [("msf", msf)]) is None


def test_headline_and_body_with_one_toll_are_one_event() -> None:
    text = (
        "11 killed in strike on MSF hospital\n"
        "An airstrike on a hospital in Ma'arat al-Numan on Monday killed 11 people, MSF said."
    )
    doc = report(text, date(2016, 2, 16))
    statements = [
        statement(text, "11 killed", 11),
        statement(text, "killed 11 people", 11, event_date=date(2016, 2, 15)),
    ]
    assert split_report(doc, statements) == [[0, 1]]


def test_no_statements_no_events() -> None:
    assert split_report(report("Nothing happened.", date(2020, 1, 1)), []) == []


# --- signatures ------------------------------------------------------------------------------------------


def test_signature_of_a_report_without_statements() -> None:
    text, day = MSF_REPORTS[1]
    sig = describe(report(text, day), [])
    assert json.loads(json.dumps(sig)) == sig
    assert sig["date"] == "2016-02-15"
    assert sig["date_from"] == "text"
    assert "marat numan" in sig["places"]
    assert "idlib" in sig["places"]
    assert sig["killed"] is None


def test_signature_takes_statement_dates_and_tolls() -> None:
    text = "Hospital hit\nAn airstrike on a hospital in Ma'arat al-Numan killed 11 people, MSF said."
    sig = describe(
        report(text, date(2016, 2, 16)),
        [statement(text, "killed 11 people", 11, event_date=date(2016, 2, 15))],
    )
    assert (sig["date"], sig["date_from"], sig["killed"]) == ("2016-02-15", "statement", 11)
    assert title(sig) == "Ma'arat al-Numan hospital, 2016-02-15"


MENTIONS = [
    # (text, published, days named outright weeks before publication)
    ("Man charged\nHe was charged Monday in the Aug. 5 shooting.", date(2015, 9, 20), ["2015-08-05"]),
    ("Trial opens\nThe March 9, 2016 ambush killed six.", date(2016, 10, 3), ["2016-03-09"]),
    ("Verdict\nA jury on Tuesday convicted him of the 12/24/2015 killing.", date(2016, 6, 1), ["2015-12-24"]),
    (
        "Two shot\nTwo men were shot Monday; police said on Sept. 19 they had no suspect.",
        date(2015, 9, 20),
        [],
    ),
    ("Posted: Sept. 20, 2015\nTwo men were shot yesterday.", date(2015, 9, 20), []),
]


@pytest.mark.parametrize(("text", "published", "expected"), MENTIONS)
def test_signature_keeps_days_named_weeks_back(text: str, published: date, expected: list[str]) -> None:
    assert describe(report(text, published), [])["mentions"] == expected


def test_signature_falls_back_to_publication_window() -> None:
    sig = describe(report("Shots fired\nSomeone was hurt in Tulsa.", date(2017, 5, 10)), [])
    assert (sig["date_from"], sig["date_lo"], sig["date_hi"]) == ("published", "2017-05-07", "2017-05-10")


def test_merge_keeps_lists_short_and_takes_latest_toll() -> None:
    a = {"date": "2016-02-15", "date_from": "text", "date_lo": "2016-02-15", "date_hi": "2016-02-15",
         "places": ["marat numan"], "place_names": ["Marat al-Numan"], "streets": [], "names": [],
         "ages": [], "targets": ["hospital"], "killed": 7, "injured": None, "reports": 1}  # fmt: skip
    b = dict(a, places=["maarat numan", "idlib"], place_names=["Maarat al-Numan", "Idlib"], killed=11)
    merged = merge(a, b)
    assert merged["places"] == ["marat numan", "idlib"]
    assert merged["killed"] == 11
    assert merged["reports"] == 2
    assert title(merged) == "Maarat al-Numan hospital, 2016-02-15"  # one spelling, whichever came first


TOLLS_APART = [
    # (killed, told as risen; the other report's killed, told as risen; whether the gap counts against)
    (44, False, 136, False, True),  # tolls three times apart: most often two events
    (44, False, 136, True, False),  # "has risen to 136": the larger tells of an earlier, smaller figure
    (136, True, 44, False, False),  # whichever report is weighed against which
    (136, False, 44, True, True),  # the smaller figure's rise says nothing of the larger
    (44, False, 60, False, False),  # within twice: no evidence either way
]


@pytest.mark.parametrize(("killed", "risen", "other", "other_risen", "against"), TOLLS_APART)
def test_tolls_far_apart_count_against_unless_the_larger_has_risen(
    killed: int, risen: bool, other: int, other_risen: bool, against: bool
) -> None:
    base = {"date": "2018-09-20", "date_from": "statement", "places": ["ukara"], "place_names": ["Ukara"]}
    a, b = dict(base, killed=killed, risen=risen), dict(base, killed=other, risen=other_risen)
    assert score(a, b) == WEIGHTS["place"] + WEIGHTS["same_date"] + (WEIGHTS["other_toll"] if against else 0.0)


AREAS = [
    # (places, areas; the other's places, areas; what the places add)
    (["solhan", "yagha"], ["yagha"], ["tadaryat", "yagha"], ["yagha"], WEIGHTS["other_place"]),  # two villages
    (["yagha"], ["yagha"], ["solhan", "yagha"], ["yagha"], WEIGHTS["place"]),  # one names only the province
    (["solhan", "yagha"], ["yagha"], ["solhane", "yagha"], [], WEIGHTS["place"]),  # the village, spelt apart
    (["solhan", "yagha"], [], ["tadaryat", "yagha"], [], WEIGHTS["place"]),  # no division named: as before
]


@pytest.mark.parametrize(("places", "areas", "others", "other_areas", "weight"), AREAS)
def test_a_shared_division_does_not_join_two_towns(
    places: list[str], areas: list[str], others: list[str], other_areas: list[str], weight: float
) -> None:
    a = {"places": places, "areas": areas}
    b = {"places": others, "areas": other_areas}
    assert score(a, b) == weight


def test_a_risen_toll_is_in_the_signature_and_merges_with_its_figure() -> None:
    text = "Ferry toll rises\nThe number of people who drowned when the ferry sank off Ukara has risen to 136."
    sig = describe(report(text, date(2018, 9, 22)), [statement(text, "has risen to 136", 136, revision=Revision("up"))])
    assert sig["risen"] is True
    assert merge(sig, dict(sig, killed=224, risen=False))["risen"] is False
    assert merge(sig, dict(sig, killed=None, risen=False))["risen"] is True


def test_index_and_plain_list_agree() -> None:
    docs = [report(text, day, f"m{i}") for i, (text, day) in enumerate(MSF_REPORTS)]
    for param in APART + TOGETHER:  # together: follow-ups by a named day, a name, a misread date
        for text, published in (param.values[:2], param.values[2:]):
            assert isinstance(text, str) and isinstance(published, date)
            docs.append(report(text, published, "x"))
    incidents: list[tuple[str, Signature]] = []
    index = IncidentIndex()
    for n, doc in enumerate(docs):
        sig = describe(doc, [])
        assert match(sig, incidents) == match(sig, index)
        incidents.append((f"i{n}", sig))
        index.put(f"i{n}", sig)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Strike on hospital\n\nMissiles struck a hospital in Marat al-Numan in Syria's Idlib province.", "idlib", "syrias idlib"),
        ("Airstrikes kill 11\n\nMonday's airstrikes on the hospital in Marat al-Numan killed 11.", "marat numan", "mondays"),
        # a country of two words before the possessive: the place is still what follows
        ("Massacre in the north\n\nGunmen killed 132 in Solhan, in Burkina Faso's Yagha province.", "yagha", "burkina fasos yagha"),
        ("Blast on a highway\n\nA mine went off in South Sudan's Jonglei state, killing four.", "jonglei", "south sudans jonglei"),
    ],
)
def test_possessives_are_not_part_of_places(text: str, kept: str, dropped: str) -> None:
    from casualty_cli.places import extract_places

    keys = [k for k, _ in extract_places(text)]
    assert kept in keys
    assert dropped not in keys


SCORED = [
    {"places": ["kunduz"], "date": "2015-10-03", "date_from": "text", "names": ["Ann Lee"], "killed": 22},
    {"places": ["kunduz", "afghanistan"], "date": "2015-10-03", "date_from": "text", "targets": ["hospital"]},
    {"places": ["kabul"], "streets": ["main street"], "ages": ["19"], "killed": 3},
    {"places": ["afghanistan"], "keywords": ["trauma", "centre"], "mentions": ["2015-10-03"]},
    {"places": [], "names": ["Bo Lee"], "date": "2015-10-04", "date_lo": "2015-10-02", "date_hi": "2015-10-04"},
    {"places": ["kunduz city"], "keywords": ["trauma"], "killed": 9},
]


@pytest.mark.parametrize("floor", [-1.0, 0.0, 0.5, 2.0, 2.5, 3.0, 4.0])
def test_a_score_is_left_short_only_when_it_cannot_reach_the_floor(floor: float) -> None:
    from casualty_cli.grouping import _score_reaching, score

    for a in SCORED:
        for b in SCORED:
            full = score(a, b)
            assert _score_reaching(a, b, floor) == (full if full >= floor else None)


def test_an_index_keeps_the_sides_of_the_incidents_last_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    from casualty_cli import grouping

    monkeypatch.setattr(grouping, "SIDES", 2)
    index = grouping.IncidentIndex()
    sigs = {f"i{n}": {"places": [f"town {n}"], "date": "2015-10-03"} for n in range(4)}
    for iid, sig in sigs.items():
        index.put(iid, sig)
        index.side(iid, sig)
    assert list(index._sides) == ["i2", "i3"]  # the bound: the two asked for last
    assert index.side("i0", sigs["i0"]).places == ["town 0"]  # made again when asked
    assert index.side("i3", sigs["i3"]) is index.side("i3", sigs["i3"])
    moved = {"places": ["elsewhere"], "date": "2015-10-04"}
    index.put("i3", moved)  # a merge changed it: its side is made afresh
    assert index.side("i3", moved).places == ["elsewhere"]
    assert grouping.score(sigs["i0"], moved) == grouping._score_reaching(
        grouping._Side(sigs["i0"]), index.side("i3", moved), -10.0
    )


@pytest.mark.parametrize(
    ("recalled", "joins"),
    [
        pytest.param(True, True, id="a follow-up whose only toll recalls the event joins it"),
        pytest.param(False, False, id="a toll over several sites never joins one site's incident"),
    ],
)
def test_an_event_recalled_may_join_its_site_but_a_toll_over_several_sites_may_not(
    recalled: bool, joins: bool
) -> None:
    # "Rescue teams in Saadah were still pulling bodies from the prison, two days after the strike":
    # the reader files the toll as another event's (cumulative), yet it is this prison's
    day = {"v": 1, "date_from": "statement", "date": "2022-01-21", "date_lo": "2022-01-21", "date_hi": "2022-01-21"}
    strike = dict(day, places=["sada"], keywords=["prison"], killed=70, aggregate=False)
    follow_up = dict(day, places=["sadah"], keywords=["prison"], killed=None, aggregate=True, recalled=recalled)
    assert (match(follow_up, [("i1", strike)]) == "i1") is joins
    # in the other order, the site's report joins the incident the follow-up made, and makes it the site's
    assert (match(strike, [("i1", follow_up)]) == "i1") is joins
    if joins:
        assert not merge(follow_up, strike)["aggregate"]


@pytest.mark.parametrize(
    ("text", "quote", "recalled"),
    [
        pytest.param("Strikes on five hospitals and two schools in Idlib killed almost 50 civilians.", "killed almost 50",
                     False, id="a toll over several sites"),
        pytest.param("At least 50 civilians were killed across Idlib province on Monday, a monitor said.",
                     "At least 50 civilians were killed", False, id="a running total over a province"),
        pytest.param("Shootings in the city have killed 300 people so far this year.", "have killed 300", False,
                     id="a running total over a year"),
        pytest.param("The port explosion, which has killed 158 people, was the worst the city had known.",
                     "has killed 158", True, id="one event recalled"),
        pytest.param("Rescuers pulled bodies from the prison, two days after the strike, and put the dead at 87.",
                     "the dead at 87", True, id="one event recalled, days later"),
    ],
)
def test_a_recalled_event_is_told_apart_from_a_running_total(text: str, quote: str, recalled: bool) -> None:
    # the reader files all of them as cumulative: another event's toll, or a running total
    found = replace(statement(text, quote, 50), scope="cumulative")
    sig = describe(report(text, date(2020, 8, 8)), [found])
    assert sig["aggregate"]
    assert sig["recalled"] is recalled


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The coalition spoke a week after the bombing that killed 91 detainees.", 7),
        ("The government resigned six days after the explosion at the port.", 6),
        ("Lawmakers acted seven weeks after a student shot dead 14 people.", 49),
        ("Aid arrived 10 days since the quake struck.", 10),
        ("He died two months after the attack.", None),  # a month is too loose to date a day by
        ("The strike came after a week of fighting.", None),
    ],
)
def test_a_follow_up_dates_its_event_by_the_time_since(text: str, days: int | None) -> None:
    assert days_after_event(text) == days


def test_a_follow_up_without_a_date_of_its_own_is_dated_by_the_time_since() -> None:
    text = "Coalition denies targeting prison\nThe coalition said the site in Saada was no prison, a week after the bombing."
    sig = describe(report(text, date(2022, 1, 29)), [])
    assert (sig["date"], sig["date_from"]) == ("2022-01-22", "text")


@pytest.mark.parametrize(
    ("headline", "years"),
    [
        ("A year on, residents lay flowers at the station", 1),
        ("One year after the quake, survivors still live in tents", 1),
        ("Two years since the massacre, the village stands empty", 2),
        ("Five years on: the families still wait", None),  # further back than a follow-up is looked for
        ("Blast kills 20 a year after the last attack", None),  # not opening the headline: another event
        ("A year of war: 8,000 civilians dead", None),
        ("Ten years after the flood, a new dam", None),
    ],
)
def test_an_anniversary_headline_gives_the_years_since_the_event(headline: str, years: int | None) -> None:
    assert years_since_event(headline) == years


def test_an_anniversary_is_dated_back_unless_its_statements_date_the_event() -> None:
    text = "A year on, the town remembers\nResidents laid flowers on Saturday where 61 people died."
    memorial = statement(text, "61 people died", 61, event_date=date(2023, 4, 8))
    sig = describe(report(text, date(2023, 4, 8)), [memorial])
    assert (sig["date"], sig["date_from"]) == ("2022-04-08", "text")
    recalled = statement(text, "61 people died", 61, event_date=date(2022, 4, 8))
    assert describe(report(text, date(2023, 4, 8)), [recalled])["date"] == "2022-04-08"
