"""A figure's breakdown (breakdown.py): every word of the lexicon's [breakdown] table, and table rows."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.model import Document


def _parts(text: str) -> tuple[list[tuple[str, int | None]], bool]:
    killed = [s for s in extract_statements(Document("t", text)) if s.outcome == "killed"]
    assert len(killed) == 1, killed
    return [(b.group, b.best) for b in killed[0].breakdown], killed[0].breakdown_mismatch


@pytest.mark.parametrize("mark", sorted(lexicon().breakdown_whole))
def test_every_mark_of_a_whole_breakdown(mark: str) -> None:
    assert _parts(f"The shelling killed 11 {mark} four soldiers and seven civilians.") == (
        [("soldiers", 4), ("civilians", 7)], False
    )
    assert _parts(f"The shelling killed 12 {mark} four soldiers and seven civilians.")[1]  # 11 is not 12


@pytest.mark.parametrize("words", [" ".join(p) for p in lexicon().breakdown_part])
def test_every_word_of_a_part_breakdown(words: str) -> None:
    assert _parts(f"The raid killed 30, {words} 12 children.") == ([("children", 12)], False)
    assert _parts(f"The raid killed 10, {words} 12 children.")[1]  # some of 10 cannot be 12
    # told later in the sentence, after a comma
    assert _parts(f"30 people were killed in the raid on the camp, {words} 12 children.") == ([("children", 12)], False)


@pytest.mark.parametrize(
    ("text", "parts", "mismatch"),
    [
        ("The strike killed 11 people: five staff, five patients and one caregiver.",
         [("staff", 5), ("patients", 5), ("caregiver", 1)], False),
        ("At least 25 people, including nine staff, were killed.", [("staff", 9)], False),
        ("The blast killed 11 – two MSF medical staff and nine patients.", [("staff", 2), ("patients", 9)], False),
        ("25 people were killed in the raid on the clinic, including nine members of its staff.", [("staff", 9)], False),
        ("The strike killed 11: five staff and five patients.", [("staff", 5), ("patients", 5)], True),
        ("Ten people, including three police officers, were killed.", [("police officers", 3)], False),
        ("The bodies of five victims – three adults, a boy and an infant – were found.",
         [("adults", 3), ("boy", 1), ("infant", 1)], False),
        # another figure stands between: the later breakdown may be that figure's
        ("25 people were killed in the raid on 3 clinics, including nine staff.", [], False),
        # a day of a month is no such figure
        ("25 people were killed in the February 15 raid, including nine staff.", [("staff", 9)], False),
        # no noun of people: no part
        ("The storm killed 4: two houses collapsed.", [], False),
        ("The blast killed 11 and destroyed a bus.", [], False),
    ],
)
def test_breakdowns(text: str, parts: list[tuple[str, int]], mismatch: bool) -> None:
    assert _parts(text) == (parts, mismatch)
