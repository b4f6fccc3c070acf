"""Follow-ups that name the event otherwise: a toll that moves on days later, a report that names only the
province. Table-driven; every headline and report here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from casualty_cli.cues import site_names, toll_moves
from casualty_cli.grouping import MASS_TOLL, WEIGHTS, describe, match, score
from casualty_cli.model import Document, Revision, Statement
from casualty_cli.places import is_division, place_key

TOLL_HEADLINES = [
    # (headline, whether it tells a toll that has moved since an earlier count)
    ("Death toll in harbour blast climbs to 64", True),
    ("Toll from market bombing passes 40 as search ends", True),
    ("Flood dead top 300 in the delta", True),
    ("Ministry lowers ferry disaster toll to 71", True),
    ("Officials revise stadium deaths down to 120", True),
    ("Hotel siege: final toll put at 31", True),
    ("Quake deaths now at 1,200", True),
    ("Government raises massacre toll to 90", True),
    ("Gunmen kill 12 in raid on border village", False),  # a first report
    ("Dozens dead as storm hits the coast", False),  # the storm hits, not the toll
    ("Dozens dead as storm passes over the coast", False),  # the storm passes
    ("Bus falls into gorge, 30 dead", False),
    ("Deaths now top 500 in flooded delta", True),
    ("Hundreds mourn victims of the mine collapse", False),
    ("Rescuers reach the flooded villages", False),  # no toll named
]


@pytest.mark.parametrize(("head", "moved"), TOLL_HEADLINES)
def test_a_headline_tells_a_toll_that_has_moved(head: str, moved: bool) -> None:
    assert toll_moves(head) is moved


def _sig(killed: int | None, published: str, revised: bool = False, places: list[str] | None = None) -> dict[str, object]:
    return {"killed": killed, "published": published, "revised": revised, "places": places or []}


TOLL_FOLLOWS = [
    # (earlier report: killed, published; later: killed, published, told as moved; whether it follows)
    (30, "2022-04-08", 50, "2022-04-09", True, True),  # the next day, risen
    (93, "2023-01-31", 84, "2023-02-02", True, True),  # cut by a tenth two days on
    (40, "2024-03-22", 145, "2024-03-25", True, True),  # three days on, grown many-fold as bodies were found
    (40, "2024-03-22", 145, "2024-03-26", True, False),  # past the days a toll is followed
    (30, "2022-04-08", 50, "2022-04-09", False, False),  # the later figure not told as a move of an earlier one
    (120, "2022-10-02", 50, "2022-10-03", True, False),  # revised to less than half: no count revised so
    (3, "2016-05-01", 12, "2016-05-02", True, False),  # "toll rises to 12" after a shooting's 3: no mass toll
    (MASS_TOLL, "2016-05-01", MASS_TOLL + 2, "2016-05-02", True, True),  # both of a mass toll
    (50, "2022-04-09", 30, "2022-04-08", True, False),  # told as moved, but before the other: it follows none
]


@pytest.mark.parametrize(("killed", "published", "later", "later_published", "moved", "follows"), TOLL_FOLLOWS)
def test_a_mass_toll_told_as_moved_days_later_follows_the_earlier_count(
    killed: int, published: str, later: int, later_published: str, moved: bool, follows: bool
) -> None:
    first, second = _sig(killed, published), _sig(later, later_published, moved)
    # tolls far apart count against unless the larger came later and both are mass tolls: keep that apart
    base = score(_sig(killed, published), _sig(later, later_published, False))
    expected = base + (WEIGHTS["toll_follows"] if follows else 0.0)
    assert score(first, second) == expected
    assert score(second, first) == expected  # whichever report is weighed against which


def _killed(text: str, quote: str, best: int, revision: Revision | None = None) -> Statement:
    start = text.index(quote)
    return Statement(
        doc="d", outcome="killed", best=best, low=best, high=None, qualifier="exact",
        start=start, end=start + len(quote), quote=quote, revision=revision,
    )  # fmt: skip


SIGNATURES_MOVED = [
    # (headline, body, the statement's revision; whether the signature says the toll moved)
    ("Toll at the dam collapse climbs to 58", "Rescuers said 58 people had now died.", None, True),  # the headline
    ("Dam collapse", "Rescuers said 58 people had now died.", Revision("down", 61), True),  # the statement
    ("Dam collapse", "Rescuers said 58 people had now died.", Revision("up", 40), True),
    ("Dam collapse kills 58", "Rescuers said 58 people had now died.", None, False),  # a first count
    ("Search goes on", "Crews dug below the dam, where the toll has passed 50. Rescuers said 58 people had now died.", None, True),
]


@pytest.mark.parametrize(("head", "body", "revision", "moved"), SIGNATURES_MOVED)
def test_a_report_whose_toll_has_moved_says_so_in_its_signature(
    head: str, body: str, revision: Revision | None, moved: bool
) -> None:
    text = f"{head}\n{body}"
    doc = Document(id="d", text=text, published=date(2024, 5, 3))
    assert describe(doc, [_killed(text, "58 people had now died", 58, revision)])["revised"] is moved


DIVISIONS = [
    # (places, areas, killed; the other's places, areas, killed; what the places add)
    (["khyber pakhtunkhwa"], [], 84, ["peshawar"], [], 93, 0.0),  # a province countryinfo knows, beside a town
    (["peshawar"], [], 93, ["khyber pakhtunkhwa"], [], 84, 0.0),  # whichever report is weighed against which
    (["oudalan"], ["oudalan"], 60, ["solhan"], [], 100, 0.0),  # named as a province in the text
    (["oudalan"], ["oudalan"], 60, ["yagha"], ["yagha"], 100, WEIGHTS["other_place"]),  # two provinces
    (["khyber pakhtunkhwa"], [], 3, ["peshawar"], [], 3, WEIGHTS["other_place"]),  # no mass toll: not read so
    (["khyber pakhtunkhwa", "bajaur"], [], 54, ["peshawar"], [], 93, WEIGHTS["other_place"]),  # names a town too
    (["mountain"], [], None, ["orlando"], [], None, WEIGHTS["other_place"]),  # "Mountain Home" misread
]


@pytest.mark.parametrize(("places", "areas", "killed", "others", "other_areas", "other_killed", "weight"), DIVISIONS)
def test_a_report_of_a_mass_toll_that_names_only_divisions_does_not_disagree_with_a_town(
    places: list[str], areas: list[str], killed: int | None, others: list[str], other_areas: list[str],
    other_killed: int | None, weight: float,
) -> None:  # fmt: skip
    a = {"places": places, "areas": areas, "killed": killed}
    b = {"places": others, "areas": other_areas, "killed": other_killed}
    assert score(a, b) == weight


@pytest.mark.parametrize(
    ("name", "division"),
    [("Khyber Pakhtunkhwa", True), ("Kerala", True), ("Benue", True), ("Texas", False), ("Peshawar", False)],
)
def test_divisions_are_those_of_countries_other_than_the_united_states(name: str, division: bool) -> None:
    assert is_division(place_key(name)) is division


SITE_NAMES = [
    # (headline, lead, the names of sites read)
    ("Blast at shrine", "A bomb went off at the Imam Reza shrine in the old city.", ["imam reza"]),
    ("Gunmen storm hall", "Gunmen stormed the Bataclan Concert Hall on Friday.", ["bataclan concert"]),
    ("Toll rises", "Divers searched below the Kakhovka Dam for the missing.", []),  # one word: the town's, often
    ("Mosque blast", "A bomber struck the Shia mosque at noon.", []),  # an adjective
    ("Rally", "Protesters gathered at City Hall.", []),  # a common name
    ("Crash", "The bus left the Main Street Bus Station at dawn.", [place_key("Main Street Bus")]),
]


@pytest.mark.parametrize(("head", "lead", "names"), SITE_NAMES)
def test_the_names_of_sites_a_lead_names(head: str, lead: str, names: list[str]) -> None:
    assert site_names(head, lead) == names


SITES = [
    # (places, sites, killed; the other's places, sites, killed; what the site and places add together)
    (["lines"], [], 93, ["peshawar"], ["police lines"], 28, WEIGHTS["site"]),  # a site read as a town: no town
    (["peshawar"], ["police lines"], 28, ["lines"], [], 93, WEIGHTS["site"]),  # whichever way round
    ([], ["imam reza"], 40, ["mashhad"], ["imam reza"], 25, WEIGHTS["site"]),  # one site named by both
    (["kabul"], ["imam reza"], 40, ["mashhad"], ["imam reza"], 25, WEIGHTS["site"] + WEIGHTS["other_place"]),
    (["lines"], [], 3, ["peshawar"], ["police lines"], 2, WEIGHTS["other_place"]),  # no mass toll: not read
    (["homestead"], [], 1, ["pittsburgh"], ["allegheny county"], 1, WEIGHTS["other_place"]),  # a county jail
]


@pytest.mark.parametrize(("places", "sites", "killed", "others", "other_sites", "other_killed", "weight"), SITES)
def test_a_site_both_name_joins_two_reports_of_a_mass_toll(
    places: list[str], sites: list[str], killed: int, others: list[str], other_sites: list[str],
    other_killed: int, weight: float,
) -> None:  # fmt: skip
    a = {"places": places, "sites": sites, "killed": killed}
    b = {"places": others, "sites": other_sites, "killed": other_killed}
    tolls = score({"killed": killed}, {"killed": other_killed})  # what the two figures add on their own
    assert score(a, b) == weight + tolls


def _incident(places: list[str], killed: int, published: str, **kw: object) -> dict[str, object]:
    return {"date": published, "date_from": "statement", "date_lo": published, "date_hi": published,
            "places": places, "killed": killed, "published": published, **kw}  # fmt: skip


FOLLOW_UP = _incident([], 84, "2024-01-04", date_from="text", revised=True)  # "Iran lowers bombing toll to 84"

SOLE_FOLLOW_UPS = [
    # (the incidents of those days, the one the follow-up joins or None)
    ([("kerman", _incident(["kerman"], 103, "2024-01-03"))], "kerman"),  # the one mass toll it may go on from
    ([("kerman", _incident(["kerman"], 103, "2024-01-03")), ("sistan", _incident(["zahedan"], 95, "2024-01-03"))],
     None),  # two mass tolls those days: which one is not told
    ([("kerman", _incident(["kerman"], 103, "2024-01-03")), ("shots", _incident(["zahedan"], 2, "2024-01-03"))],
     "kerman"),  # a shooting's toll beside it is no mass toll the follow-up may go on from
    ([("far", _incident(["kerman"], 103, "2023-12-20"))], None),  # weeks before: no follow-up of its toll
    ([("small", _incident(["kerman"], 300, "2024-01-03"))], None),  # lowered to less than half: another count
    ([("named", _incident(["kerman"], 103, "2024-01-03", names=["ali rezaei"]))], "named"),
    ([("kerman", _incident(["kerman"], 103, "2024-01-03")), ("village", _incident(["tadaryat"], 14, "2024-01-03"))],
     "kerman"),  # 84 is no toll that went on from 14: the one it may go on from is Kerman's
    ([("far-below", _incident(["kerman"], 40, "2024-01-03"))], None),  # 84 from 40: more than twice, no sign which
]


@pytest.mark.parametrize(("incidents", "joined"), SOLE_FOLLOW_UPS)
def test_a_moved_toll_with_nothing_else_joins_the_one_mass_toll_it_may_go_on_from(
    incidents: list[tuple[str, dict[str, object]]], joined: str | None
) -> None:
    assert match(FOLLOW_UP, incidents) == joined
    assert match(dict(FOLLOW_UP, revised=False), incidents) is None  # a toll not told as moved: no follow-up


def test_a_follow_up_whose_place_disagrees_is_no_sole_follow_up() -> None:
    incidents = [("kerman", _incident(["kerman"], 103, "2024-01-03"))]
    assert match(dict(FOLLOW_UP, places=["shiraz"]), incidents) is None
