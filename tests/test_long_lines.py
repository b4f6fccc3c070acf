"""Long lines: sentences are bounded, extraction never raises, and its work grows linearly with the text.

A report may come as one line of megabytes with no sentence boundary a reader knows (a page whose full
stops were lost, a list joined by commas). Readers look at a whole sentence for every figure in it, so
the sentence splitter cuts such runs into pieces of at most MAX_SENTENCE characters.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from bisect import bisect_right
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casualty_cli
from casualty_cli import extraction
from casualty_cli.extraction import extract_statements
from casualty_cli.extraction.earlier import PARAGRAPH_REACH
from casualty_cli.extraction.sentences import MAX_SENTENCE, SentenceIndex, split_sentences
from casualty_cli.model import Document

#: Clauses of made-up reports; {n} is a number.
CLAUSES = [
    "{n} people were killed when a truck hit a crowded bus stop",
    "police said {n} others were wounded",
    "a man was shot dead near the old market",
    "the death toll rose to {n} on Sunday",
    "rescuers pulled two children from the rubble",
    "the mayor called for calm",
    "at least {n} soldiers were injured in the ambush according to the army",
    "gunmen killed {n} villagers and burned their homes",
    "three were killed and as many injured",
    "{n} fishermen remain missing after the storm",
    "officials could not say whether anyone had died",
    "Ms. Ortiz told reporters the wounded were taken to hospital in stable condition",
    # earlier figures and recalled events (extraction/earlier.py)
    "the toll rose to {n}, up from 12 the day before",
    "it had earlier put the toll at 9",
    "the march came a week after a bomb killed {n} people",
    "the toll rose to {n} after two wounded officers died",
]
SEPARATORS = [" ", ", ", "; ", ". ", ". the ", " - ", ",", "\t"]


def long_line(rng: random.Random, clauses: int, separators: list[str]) -> str:
    """One line of ``clauses`` made-up clauses, each joined to the next by one of ``separators``."""
    parts = []
    for _ in range(clauses):
        parts.append(rng.choice(CLAUSES).format(n=rng.randint(2, 400)))
        parts.append(rng.choice(separators))
    return "".join(parts)


def test_a_line_without_boundaries_is_cut_after_its_last_comma_in_reach() -> None:
    clause = "word " * 60 + "end,"  # 304 characters, a comma at the end
    text = " ".join([clause] * 12)
    cuts = split_sentences(text)
    assert len(cuts) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in cuts)
    assert all(text[s.end - 1] == "," for s in cuts[:-1])  # every piece but the last ends with its comma
    assert cuts[-1].end == len(text)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("x" * (MAX_SENTENCE * 2 + 5), [(0, MAX_SENTENCE), (MAX_SENTENCE, MAX_SENTENCE * 2), (MAX_SENTENCE * 2, MAX_SENTENCE * 2 + 5)]),
        ("y" * MAX_SENTENCE, [(0, MAX_SENTENCE)]),  # at the bound: one sentence
        ("a" * 700 + " " + "b" * 700, [(0, 700), (701, 1401)]),  # no comma: at the space, left out
        ("a" * 300 + ", " + "b" * 300 + "; " + "c" * 700, [(0, 603), (604, 1304)]),  # the last clause break
    ],
)
def test_a_long_run_is_cut_in_pieces_of_at_most_the_bound(text: str, pieces: list[tuple[int, int]]) -> None:
    assert [(s.start, s.end) for s in split_sentences(text)] == pieces


lines = st.builds(
    lambda seed, clauses, seps: long_line(random.Random(seed), clauses, seps),
    st.integers(0, 2**32),
    st.integers(20, 400),
    st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=4),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(lines, st.tuples(lines, st.text(max_size=200)).map("".join)))
def test_sentences_of_a_long_line_are_bounded_and_lose_nothing(text: str) -> None:
    cuts = split_sentences(text)
    index = SentenceIndex(text)
    pos = 0
    for s in cuts:
        assert 0 < s.end - s.start <= MAX_SENTENCE
        # between sentences, only spaces and the closing quotes after a full stop
        assert all(c.isspace() or c in "\"'”’)]" for c in text[pos : s.start]), text[pos : s.start]
        assert index.find(s.start) == s
        assert index.find(s.end - 1) == s
        pos = s.end
    assert not text[pos:].strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(lines, st.tuples(st.text(max_size=100), lines, st.text(max_size=100)).map("".join)))
def test_extraction_of_a_long_line_never_raises_and_stays_inside_the_text(text: str) -> None:
    statements = extract_statements(Document(id="long", text=text))
    starts = [s.start for s in split_sentences(text)]
    for st_ in statements:
        assert 0 <= st_.start <= st_.end <= len(text)
        assert len(st_.quote) <= MAX_SENTENCE
        # the quote is the sentence the figure stands in
        i = bisect_right(starts, st_.start) - 1
        assert text.startswith(st_.quote, starts[i])


def lines_run(text: str) -> int:
    """How many lines of the package's code run to extract ``text``: work counted, not timed."""
    root = str(Path(casualty_cli.__file__).parent)
    count = 0

    def trace(frame: object, event: str, arg: object) -> object:
        nonlocal count
        if not frame.f_code.co_filename.startswith(root):  # type: ignore[attr-defined]
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)  # type: ignore[arg-type]
    try:
        extract_statements(Document(id="long", text=text))
    finally:
        sys.settrace(None)
    return count


def work_ratio(separators: list[str]) -> float:
    """The lines run to extract a long line of made-up clauses, eight times over, against once."""
    small = long_line(random.Random(1), 300, separators)
    assert len(small) > 2 * PARAGRAPH_REACH
    large = small * 8
    extract_statements(Document(id="warm", text=small))  # patterns compiled on first use, not counted
    return lines_run(large) / lines_run(small)


@pytest.mark.parametrize("separators", [[", "], [" "], [". the "], [", ", ". ", "; "]])
def test_work_grows_linearly_with_one_long_line(separators: list[str]) -> None:
    # 8x the text is at most 8.8x the work. A reader that compares each figure with every other one of
    # its sentence or report does more: before sentences were bounded, 8x the text was 10.8-11.9x the
    # lines, and with earlier figures set apart over the whole report, 41-42x. The small text is longer
    # than the windows readers look in (a sentence, a paragraph's reach each way), so both texts fill them.
    if extraction.BUILD == "compiled":
        # compiled modules run no Python lines to count: they are counted in a process that runs the
        # same modules from their sources
        code = f"import test_long_lines as t; print(t.work_ratio({separators!r}))"
        env = {**os.environ, "CASUALTY_PURE_PYTHON": "1", "PYTHONPATH": str(Path(__file__).parent)}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        ratio = float(done.stdout)
    else:
        ratio = work_ratio(separators)
    assert ratio <= 8.8, ratio
