"""Grouping war, terror and disaster news: one strike told by several outlets over days, with other
spellings of its town, other names of the event and a toll that rises, beside reports of other strikes
in the same country or city. The fixture (tests/fixtures/war_grouping.jsonl) is written for these tests:
its sentences are our own, its facts and figures those of six real events of 2017-2024 (the Mogadishu
truck bomb, the Dahyan school bus strike, the MV Nyerere sinking, the Maarat al-Numan market strike,
the Solhan massacre, the strikes on Kyiv of 8 July 2024) and of reports of other attacks near them.
Each row of the tables is two reports and whether a desk editor would file them as one incident."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

FIXTURE = Path(__file__).parent / "fixtures" / "war_grouping.jsonl"

#: Reports of one event, filed apart unless grouping reads them as one.
TOGETHER = [
    ("ukr-1", "ukr-2"),  # "struck Kyiv" / "the toll in Kiev": the town named without "in" in one of them
    ("ukr-1", "ukr-3"),  # "Kyiv observed a day of mourning ... after Monday's attack"
    ("bfa-2", "bfa-3"),  # Solhan / Solhane, named as the object of "the attack on"
    ("syr-1", "syr-3"),  # "Residents of Maaret al-Numan"
    ("syr-1", "syr-2"),  # Ma'arat al-Numan / Maarat al-Nouman
    ("som-1", "som-3"),
    ("yem-1", "yem-3"),  # Dahyan / Dhahyan, toll 29 -> 51
    ("som-1", "som-2"),  # "in the Somali capital": Mogadishu, named by the people's name
    ("tza-1", "tza-2"),  # 44 drowned, then "has risen to 136": a toll told as risen is no sign of another event
]

#: Reports of other events: another city of the same day's barrage, the same city weeks later.
APART = [
    ("ukr-1", "ukr-x2"),  # Kryvyi Rih the same day
    ("ukr-2", "ukr-x1"),  # a round-up of the day across Ukraine
    ("som-1", "som-x1"),  # a hotel attack in Mogadishu two weeks later
    ("yem-1", "yem-x1"),  # another strike in Yemen two weeks later
    ("syr-1", "syr-x1"),  # a round-up of the day's raids in the province
    ("bfa-1", "bfa-x1"),  # another village's massacre the same night, "also in Yagha province"
]

#: An incident's title names the town, not the country's possessive ("Burkina Faso's Yagha province").
TITLES = [("bfa-1", "Solhan, 2021-06-05"), ("syr-1", "Ma'arat al-Numan market, 2019-07-22")]

#: The killed toll of each incident once every report is in: the latest, which is the highest here.
TOLLS = [("ukr-1", 33), ("syr-1", 43), ("som-1", 358), ("yem-1", 51), ("ukr-x2", 11)]


@pytest.fixture(scope="module")
def filed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """Each report's id and the incident row it was filed under."""
    env = {**os.environ, "CASUALTY_STORE": str(tmp_path_factory.mktemp("war") / "store")}
    assert CliRunner().invoke(app, ["ingest", str(FIXTURE)], env=env).exit_code == 0
    rows = json.loads(CliRunner().invoke(app, ["incidents", "--json"], env=env).stdout)
    return {str(r["doc"]): row for row in rows for r in row["reports"]}


@pytest.mark.parametrize(("a", "b"), TOGETHER)
def test_reports_of_one_event_are_one_incident(filed: dict[str, dict[str, object]], a: str, b: str) -> None:
    assert filed[a]["id"] == filed[b]["id"]


@pytest.mark.parametrize(("a", "b"), APART)
def test_reports_of_other_events_stay_apart(filed: dict[str, dict[str, object]], a: str, b: str) -> None:
    assert filed[a]["id"] != filed[b]["id"]


@pytest.mark.parametrize(("doc", "killed"), TOLLS)
def test_current_toll_is_the_latest(filed: dict[str, dict[str, object]], doc: str, killed: int) -> None:
    toll = filed[doc]["killed"]
    assert (toll["best"] if isinstance(toll, dict) else toll) == killed


@pytest.mark.parametrize(("doc", "title"), TITLES)
def test_title_names_the_town(filed: dict[str, dict[str, object]], doc: str, title: str) -> None:
    assert filed[doc]["title"] == title
