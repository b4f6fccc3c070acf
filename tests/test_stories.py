"""Stories, not files: live blogs, round-ups, follow-ups and revisions, through the real extraction,
pipeline and store. The reports in tests/fixtures/stories are our own words on real events."""

from __future__ import annotations

import itertools
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualty_cli.diffs import diff_revisions
from casualty_cli.extraction import extract_statements
from casualty_cli.history import build_revisions, current_toll
from casualty_cli.model import Document, Statement
from casualty_cli.pipeline import analyse
from casualty_cli.store import Store, StoreState
from casualty_cli.store.ingest import ingest
from casualty_cli.store.state import IncidentRecord

STORIES = Path(__file__).parent / "fixtures" / "stories"
_EXTRACTED: dict[str, list[Statement]] = {}


def reports(name: str) -> list[Document]:
    out = []
    for line in (STORIES / name).read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        p = d["published"]
        at = datetime.fromisoformat(p) if "T" in p else None
        day = at.date() if at else date.fromisoformat(p)
        out.append(Document(d["id"], d["text"], day, d.get("title"), d.get("source"), published_at=at))
    return out


def extract(doc: Document) -> list[Statement]:
    # every ingest order reads the same reports: read each once
    if doc.id not in _EXTRACTED:
        _EXTRACTED[doc.id] = extract_statements(doc)
    return [Statement.from_dict(s.to_dict()) for s in _EXTRACTED[doc.id]]


def load(tmp_path: Path, *batches: list[Document]) -> tuple[Store, StoreState]:
    store = Store(tmp_path / "store")
    for batch in batches:
        result = ingest(store, batch, extractor=extract)
        assert not result.failed, result.failed
    return store, store.load()


def by_report(state: StoreState, doc_id: str) -> list[IncidentRecord]:
    keys = {k for k, r in state.reports.items() if r.doc == doc_id}
    return [i for i in state.incidents.values() if keys & set(i.reports)]


def killed(store: Store, state: StoreState, inc: IncidentRecord) -> list[int | None]:
    return [r.best for r in build_revisions(store.entries(state, inc)) if r.outcome == "killed"]


# --- the MSF hospital in Ma'arat al-Numan: three reports and a live blog -----------------------------

MSF = reports("msf.jsonl")


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(MSF)))), ids=lambda o: "".join(map(str, o)))
def test_msf_story_in_every_ingest_order(tmp_path: Path, order: tuple[int, ...]) -> None:
    store, state = load(tmp_path, *([MSF[i]] for i in order))
    [hospital] = by_report(state, "msf-2016-02-18")
    assert set(hospital.reports) == set(state.reports)  # all four reports, the live blog's post included
    # the place most reports name and the strike's day, not the last report's publication, in any order
    assert hospital.title == "Ma'arat al-Numan hospital, 2016-02-15"
    entries = store.entries(state, hospital)
    revisions = build_revisions(entries)
    assert killed(store, state, hospital) == [7, 11, 25]
    diff = {c.field: (c.before, c.after, c.delta) for c in diff_revisions(revisions).changes}
    assert diff["killed.best"] == (11, 25, 14)
    assert diff["killed.breakdown.staff"] == (5, 9, 4)
    toll = current_toll(revisions)
    assert toll["missing"] is not None and toll["missing"].best == 8  # "dozens still missing" stays history
    assert hospital.summary["contested"] is False
    # the ~50 civilians of strikes on several facilities are their own incident, told by the blog only
    others = [i for i in state.incidents.values() if i.id != hospital.id]
    assert [(i.summary["toll"]["killed"]["best"], len(i.reports)) for i in others] == [(50, 1)]
    assert "marat numan" not in others[0].signature["places"]


def test_the_blog_post_on_msf_is_one_event_and_the_civilians_another() -> None:
    blog = next(d for d in MSF if d.id == "msf-liveblog-2016-02-16")
    statements = extract(blog)
    events = analyse(blog, statements).events
    tolls = [sorted({statements[i].best for i in e.statements if statements[i].outcome == "killed"}) for e in events]
    assert tolls == [[50], [11]]  # the two posts on 50 civilians are one event; the hospital's post another
    assert [e.signature["aggregate"] for e in events] == [True, False]


# --- a round-up of three attacks, and a follow-up of one ----------------------------------------------


def test_a_round_up_is_three_incidents_and_the_follow_up_joins_its_own(tmp_path: Path) -> None:
    roundup, follow_up = reports("roundup.jsonl")
    store, state = load(tmp_path, [roundup], [follow_up])
    assert len(state.incidents) == 3
    [helmand] = by_report(state, follow_up.id)
    assert helmand.title == "Helmand, 2017-02-14"
    assert killed(store, state, helmand) == [5, 7]
    revisions = build_revisions(store.entries(state, helmand))
    # the two wounded officers who died move from the injured to the killed: injured 4 -> 2
    assert [(r.outcome, r.best, r.previous) for r in revisions if r.outcome == "injured"] == [("injured", 4, None), ("injured", 2, 4)]
    assert current_toll(revisions)["injured"].best == 2  # type: ignore[union-attr]
    changes = [(c.field, c.before, c.after) for c in diff_revisions(revisions).changes]
    assert changes == [("injured.best", 4, 2)]
    rest = {i.title: (i.summary["toll"]["killed"], i.summary["toll"]["injured"]) for i in state.incidents.values() if i is not helmand}
    assert {t: (k and k["best"], j and j["best"]) for t, (k, j) in rest.items()} == {
        "Kunduz checkpoint, 2017-02-14": (3, None),
        "Herat mosque, 2017-02-14": (None, 2),
    }


# --- a strike on a railway station: a toll rising over three reports, one naming the town only in its site


KRAMATORSK = reports("kramatorsk.jsonl")


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(KRAMATORSK)))), ids=lambda o: "".join(map(str, o)))
def test_a_station_strike_with_a_rising_toll_is_one_incident(tmp_path: Path, order: tuple[int, ...]) -> None:
    store, state = load(tmp_path, *([KRAMATORSK[i]] for i in order))
    # the second report names the town only as "the Kramatorsk railway station" and in its headline
    [station] = by_report(state, "kramatorsk-b")
    assert {state.reports[k].doc for k in station.reports} == {"kramatorsk-a", "kramatorsk-b", "kramatorsk-c"}
    # where the wounded died ("die in hospital") is not what was hit
    assert station.title.startswith("Kramatorsk station, ")
    if order[0] != 2:  # (the last report dates only its saying, "said on Sunday": first in, it dates the incident)
        assert station.title == "Kramatorsk station, 2022-04-08"
    assert killed(store, state, station) == [30, 50, 57]
    # the round-up's other story, shelling elsewhere, is its own incident
    others = [i for i in state.incidents.values() if i.id != station.id]
    assert [killed(store, state, i) for i in others] == [[2]]


def test_a_live_blog_post_revising_an_earlier_posts_toll_joins_its_incident(tmp_path: Path) -> None:
    # "Kramatorsk toll rises to 39" revises the first post's "at least 30": one incident, not two; the post
    # between, on the same strike with no figure, adds none
    store, state = load(tmp_path, reports("kramatorsk-live.jsonl"))
    [station] = state.incidents.values()
    entries = store.entries(state, station)
    assert {e.statement.best for e in entries if e.statement.outcome == "killed"} == {30, 39}  # (39 twice: headline, body)
    assert station.summary["toll"]["killed"]["best"] == 39


def test_a_days_round_up_of_attacks_across_a_country_is_its_attacks_not_its_total(tmp_path: Path) -> None:
    # "Russian attacks killed at least 12 civilians across Ukraine over the past 24 hours": the day's total
    # over three attacks, each told after it with its place, is no incident of its own
    _store, state = load(tmp_path, reports("ukraine-day.jsonl"))
    tolls = sorted(
        (i.title.split(",")[0], i.summary["toll"]["killed"]["best"]) for i in state.incidents.values()
    )
    assert tolls == [("Donetsk", 3), ("Kharkiv apartment", 5), ("Kherson market", 4)]


@pytest.mark.parametrize(("name", "killed_now", "injured_now"), [("school-strike.jsonl", 30, 45), ("hospital-strike.jsonl", 33, 16)])
def test_a_war_report_is_its_strike_not_the_wars_totals(
    tmp_path: Path, name: str, killed_now: int, injured_now: int
) -> None:
    # the war's running totals ("Israel's offensive has killed more than 37,000", "Since then, more than
    # 11,000 civilians have been killed"), the day that started it ("The war began when ..., killing some
    # 1,200") are kept but make no toll of the strike's; another strike told after "Elsewhere in Gaza" in a
    # place of its own (Rafah) is an incident of its own
    _store, state = load(tmp_path, reports(name))
    [strike] = [i for i in state.incidents.values() if i.summary["toll"]["killed"] and i.summary["toll"]["injured"]]
    assert strike.summary["toll"]["killed"]["best"] == killed_now
    assert strike.summary["toll"]["injured"]["best"] == injured_now
    others = sorted(i.summary["toll"]["killed"]["best"] for i in state.incidents.values() if i is not strike)
    assert others == ([2] if name == "school-strike.jsonl" else [])


def test_two_strikes_in_gaza_on_one_day_are_two_incidents(tmp_path: Path) -> None:
    # "Gaza" is a wide area, like a country: a school in central Gaza and a home in Rafah share no place
    _store, state = load(tmp_path, reports("gaza-two-strikes.jsonl"))
    assert sorted(i.summary["toll"]["killed"]["best"] for i in state.incidents.values()) == [9, 17]


def test_a_live_blog_whose_posts_open_with_a_clock_time(tmp_path: Path) -> None:
    # "09:05 Drone attack on ... kills three": a post's headline after its time, not a link to another
    # story (a video's "0:47 ..."); each strike is an incident, the toll of the first revised in a later post
    _store, state = load(tmp_path, reports("timed-live.jsonl"))
    tolls = sorted(
        (i.summary["toll"]["killed"]["best"] if i.summary["toll"]["killed"] else 0,
         i.summary["toll"]["injured"]["best"] if i.summary["toll"]["injured"] else 0)
        for i in state.incidents.values()
    )
    assert tolls == [(0, 2), (5, 7)]


# --- a live blog of four unrelated posts, and another outlet's report on one of them ------------------


def test_a_live_blog_of_four_posts_is_four_incidents(tmp_path: Path) -> None:
    blog, kericho = reports("liveblog-2018-10-13.jsonl")
    _, state = load(tmp_path, [blog])
    assert sorted(i.summary["toll"]["killed"]["best"] for i in state.incidents.values()) == [3, 10, 22, 50]
    _, state = load(tmp_path, [kericho])
    assert len(state.incidents) == 4
    [bus] = by_report(state, kericho.id)
    assert bus.summary["toll"]["killed"]["low"] == 50 and len(bus.reports) == 2
    assert not any(i.summary["contested"] for i in state.incidents.values())


def test_a_second_outlet_joins_the_first_and_hospital_sources_are_no_target(tmp_path: Path) -> None:
    _, state = load(tmp_path, reports("sadr-city.jsonl"))
    [bombing] = state.incidents.values()
    assert len(bombing.reports) == 2
    assert bombing.signature["targets"][0] == "market" and "hospital" not in bombing.signature["targets"]


# --- revisions: a rising toll, a same-day correction -------------------------------------------------


def test_a_toll_rising_over_three_days_is_not_contested(tmp_path: Path) -> None:
    store, state = load(tmp_path, *([d] for d in reversed(reports("ikoyi.jsonl"))))
    [collapse] = state.incidents.values()
    assert killed(store, state, collapse) == [6, 20, 36]
    assert collapse.summary["contested"] is False
    assert collapse.title == "Lagos, 2021-11-01"


@pytest.mark.parametrize("reverse", [False, True])
def test_a_monitor_setting_its_toll_against_the_state_figure_contests_it(tmp_path: Path, reverse: bool) -> None:
    # a day apart, a higher figure would be a toll rising; "a higher toll than the nine given by state
    # media" says the two disagree
    docs = reports("palmyra.jsonl")
    store, state = load(tmp_path, *([d] for d in (reversed(docs) if reverse else docs)))
    [ambush] = state.incidents.values()
    assert killed(store, state, ambush) == [9, 14]
    assert ambush.summary["contested"] is True


@pytest.mark.parametrize("reverse", [False, True])
def test_a_same_day_downward_revision_goes_by_time_of_day(tmp_path: Path, reverse: bool) -> None:
    docs = reports("brussels.jsonl")
    store, state = load(tmp_path, *([d] for d in (reversed(docs) if reverse else docs)))
    [attacks] = state.incidents.values()
    assert killed(store, state, attacks) == [34, 31]
    assert attacks.summary["toll"]["killed"]["best"] == 31
    assert attacks.summary["contested"] is False


# --- the pipeline's analysis: every statement in exactly one event --------------------------------------


ALL = [d for name in sorted(p.name for p in STORIES.glob("*.jsonl")) for d in reports(name)]


@pytest.mark.parametrize("doc", ALL, ids=lambda d: d.id)
def test_each_statement_is_in_exactly_one_event(doc: Document) -> None:
    statements = extract(doc)
    report = analyse(doc, statements)
    placed = sorted(i for e in report.events for i in e.statements)
    assert placed == list(range(len(statements)))
    assert len(report.cues) == len(statements)
    assert all(s.start < s.end for s in report.stories)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Bus crash in Kenya kills 12\n", "In Kunduz, two soldiers were killed.", "Separately, three people were hurt.",
    "\n\n", "Five staff were among the dead.", "Flood toll rises to 9\n", "The toll had earlier been put at 4. ",
    "Police said on Monday that 7 people died in Lagos.", "x", " ",
]), max_size=12))
def test_analysis_partitions_any_report(parts: list[str]) -> None:
    doc = Document("h", "".join(parts), date(2016, 2, 16))
    statements = extract_statements(doc)
    placed = sorted(i for e in analyse(doc, statements).events for i in e.statements)
    assert placed == list(range(len(statements)))


def test_msf_story_through_the_cli() -> None:
    from typer.testing import CliRunner

    from casualty_cli.cli import app

    runner = CliRunner()

    def ok(*args: str) -> object:
        result = runner.invoke(app, [*args, "--json"])
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    out = ok("ingest", str(STORIES / "msf.jsonl"))
    assert isinstance(out, dict) and len(out["incidents"]["created"]) == 2
    rows = ok("incidents")
    assert isinstance(rows, list)
    [hospital] = [r for r in rows if "hospital" in r["title"] and len(r["reports"]) == 4]
    timeline = ok("timeline", hospital["id"])
    assert isinstance(timeline, list)
    assert [r["best"] for r in timeline if r["outcome"] == "killed"] == [7, 11, 25]
    diff = ok("diff", hospital["id"])
    assert isinstance(diff, dict)
    assert {(c["field"], c["before"], c["after"], c["delta"]) for c in diff["changes"]} >= {
        ("killed.best", 11, 25, 14),
        ("killed.breakdown.staff", 5, 9, 4),
    }
    assert ok("incidents", "--contested") == []


def test_an_event_recalled_in_passing_makes_no_incident_of_its_own(tmp_path: Path) -> None:
    text = (
        "Bomb kills five at Quetta market\n\nQUETTA - A bomb hidden on a motorcycle killed five people at a "
        "vegetable market in Quetta on Tuesday, police said.\n\nThe blast came a week after a suicide bomber "
        "killed 20 people at a rally in the city."
    )
    store, state = load(tmp_path, [Document("quetta", text, date(2017, 8, 15), source="Frontier Daily")])
    [market] = state.incidents.values()
    entries = store.entries(state, market)
    assert sorted((e.statement.best, e.statement.scope) for e in entries if e.statement.outcome == "killed") == [
        (5, "incident"), (5, "incident"), (20, "cumulative")
    ]  # every statement is kept, in the report's one incident
    assert killed(store, state, market) == [5]


# --- a missile strike told by three outlets over three days, beside other strikes and a round-up ---------

KRYVYI_RIH = reports("kryvyi-rih.jsonl")


@pytest.mark.parametrize("reverse", [False, True])
def test_a_strike_told_over_three_days_beside_other_strikes_of_those_days(tmp_path: Path, reverse: bool) -> None:
    store, state = load(tmp_path, *([d] for d in (KRYVYI_RIH[::-1] if reverse else KRYVYI_RIH)))
    [strike] = by_report(state, "kryvyi-rih-b")
    assert {state.reports[k].doc for k in strike.reports} == {
        "kryvyi-rih-a", "kryvyi-rih-b", "kryvyi-rih-d", "ukraine-roundup-e"
    }
    assert strike.title.startswith("Kryvyi Rih")
    # the round-up's headline ("strikes on cities kill dozens") is the sum of its attacks: no revision of this one
    assert killed(store, state, strike) == [16, 18, 20]
    assert strike.summary["contested"] is False
    by_title = {i.title.split(",")[0].split()[0]: i for i in state.incidents.values()}
    assert set(by_title) == {"Kryvyi", "Kharkiv", "Kherson", "Ukraine"}
    # "In the southern city of Kherson, ..." under a Kharkiv headline is another strike, and the Kharkiv
    # strike keeps its 34 injured (no figure of Kherson or Nikopol revises it)
    kharkiv, kherson = by_title["Kharkiv"], by_title["Kherson"]
    assert {state.reports[k].doc for k in kharkiv.reports} == {"kharkiv-c", "ukraine-roundup-e"}
    assert (kharkiv.summary["toll"]["killed"]["best"], kharkiv.summary["toll"]["injured"]["best"]) == (5, 34)
    assert "kherson" not in kharkiv.signature["places"]
    assert "kharkiv" not in kherson.signature["places"]
    assert kherson.summary["toll"]["killed"]["best"] == 1
    # the round-up's total over the country names no town of its parts
    assert by_title["Ukraine"].signature["places"] == ["ukraine"]


# --- an earthquake told from the capital and from the villages it hit, beside a flood next door -------

QUAKE = reports("morocco-quake.jsonl")


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(QUAKE)))), ids=lambda o: "".join(map(str, o)))
def test_an_earthquake_told_from_three_towns_is_one_incident(tmp_path: Path, order: tuple[int, ...]) -> None:
    store, state = load(tmp_path, *([QUAKE[i]] for i in order))
    [quake] = by_report(state, "morocco-c")
    # Rabat, Moulay Brahim and Amizmiz datelines: one earthquake, its toll more than tripling in a day
    assert {state.reports[k].doc for k in quake.reports} == {"morocco-a", "morocco-b", "morocco-c"}
    assert killed(store, state, quake) == [632, 2012, 2122]
    # a report whose death toll "rose" gives the injured of that newer tally too: no dispute with 329
    assert quake.summary["contested"] is False
    [flood] = by_report(state, "derna-b")
    assert flood.id != quake.id and flood.title.startswith("Derna")


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=lambda o: "".join(map(str, o)))
def test_a_strike_named_by_its_target_city_and_another_citys_news_in_one_paragraph(
    tmp_path: Path, order: tuple[int, ...]
) -> None:
    # "the missile strike on Dnipro" names the city struck; a later report's "In Odesa, two people were
    # injured" in the same paragraph is Odesa's news, never Dnipro's; the Kharkiv drone strike is its own
    docs = reports("dnipro-two-days.jsonl")
    _store, state = load(tmp_path, *([docs[i]] for i in order))
    def toll(i: IncidentRecord, outcome: str) -> int:
        return i.summary["toll"][outcome]["best"] if i.summary["toll"][outcome] else 0
    by_city: dict[str, list[IncidentRecord]] = {}
    for inc in state.incidents.values():
        by_city.setdefault(inc.title.split()[0].rstrip(","), []).append(inc)
    assert sorted(by_city) == ["Dnipro", "Kharkiv", "Odesa"]
    [odesa], [kharkiv] = by_city["Odesa"], by_city["Kharkiv"]
    assert (len(odesa.reports), toll(odesa, "killed"), toll(odesa, "injured")) == (1, 0, 2)
    assert (len(kharkiv.reports), toll(kharkiv, "killed")) == (1, 1)
    assert sum(len(i.reports) for i in by_city["Dnipro"]) == 3
    if order == (0, 1, 2):
        # in the order they were written the three reports of the strike are one incident (the third
        # dates only the day its toll was told: first in, or after the first alone, it may stand apart)
        [dnipro] = by_city["Dnipro"]
        assert (toll(dnipro, "killed"), toll(dnipro, "injured")) == (9, 30)


# --- an event told apart ("In a separate attack, ...") is its own incident, and its toll counts there ---


SEPARATE = [
    # an ordinary article: the main raid, then a separate attack in another state (titled by its town, Gwoza,
    # before its state)
    ("Gunmen killed five villagers in a raid on Kauru in Kaduna state on Tuesday, police said. In a separate "
     "attack on Wednesday, gunmen killed three farmers near Gwoza in Borno state.", {"Kaduna": 5, "Gwoza": 3}),
    # a round-up opening each entry with its place, one entry told as another attack
    ("In Kunduz, a roadside bomb killed two soldiers on Monday. In Herat, a separate attack on a checkpoint "
     "killed four policemen.", {"Kunduz": 2, "Herat": 4}),
]


@pytest.mark.parametrize(("text", "tolls"), SEPARATE)
def test_an_event_told_apart_is_its_own_incident_and_counts_there(
    tmp_path: Path, text: str, tolls: dict[str, int]
) -> None:
    doc = Document(f"sep-{len(text)}", text, date(2024, 3, 6))
    # the reader keeps the other event's toll apart from the report's own figure
    assert [s.scope for s in extract_statements(doc)] == ["incident", "separate"]
    _store, state = load(tmp_path, [doc])
    found = {
        place: i.summary["toll"]["killed"]["best"]
        for i in state.incidents.values() for place in tolls if place in i.title
    }
    assert found == tolls


# --- the event of a page's first paragraph is the page's own, read whole -------------------------------


def test_the_event_of_the_first_paragraph_is_read_whole_though_a_post_repeats_it() -> None:
    # a news page whose video captions look like posts: the first one repeats the lead's toll and joins
    # its event, which stays the page's own (its dateline and headline are its place, and it is no post
    # apart); the second caption tells another shooting, a post of its own
    text = (
        "Four shot dead at a bar, police call in state help\n\n"
        "KETTERING, Ohio - Police in Kettering asked state investigators for help on Sunday after a gunman "
        "killed four people at a bar early in the morning.\n\n"
        "Watch: 4 people shot dead at a bar in Kettering\n\n"
        "Four people were shot dead inside the Blue Lantern bar, the chief told reporters, and the gunman "
        "fled in a grey car toward the highway.\n\n"
        "Related: man shot dead outside a Dayton store on Friday\n\n"
        "A 30-year-old man was shot dead outside a convenience store in Dayton on Friday evening, and police "
        "are looking for two suspects."
    )
    doc = Document("kettering", text, date(2016, 5, 1))
    events = analyse(doc, extract_statements(doc)).events
    assert [(e.own_story, e.signature["places"][0], e.signature["killed"]) for e in events] == [
        (False, "ketering", 4),
        (True, "dayton", 1),
    ]
