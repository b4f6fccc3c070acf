"""Plain-text tables of casualties: a sitrep's figures by province or locality, one column per outcome.

Agency situation reports (OCHA flash updates, a disaster authority's sitrep) give their toll as a table
of text, no sentence holding a figure::

    Province         Deaths   Injured
    Cabo Delgado       78       570
    Niassa              8       110
    TOTAL              94       768

A table opens with a line of column heads, two or more spaces (or a tab) between them, the first a label
and each of the others a word of the lexicon's ``[tables]`` (``killed``, ``injured``, ``missing``); its
rows follow, each a label and as many figures as there are outcome columns. A row whose label is a word
of ``[tables] totals`` is the table's figure for each column ("TOTAL 94 768"); a table without one gives the
sum of its rows, as the report's own total of the places it lists. Each column is one statement, its quote
the table, its ``derivation`` how the figure was had.

A table may also stand on its side, one row per outcome, each a head word, a wide gap and its figure::

    Dead         84,537
    Missing      53,836
    Injured      19,359

Two such rows or more in a row, one line each, give each outcome its figure (``derivation`` "the table's
row of the dead" ...); a single line is left to the sentence reader ("Killed  4" reads as a verb's object).
"""

from __future__ import annotations

import re
from typing import Final

from casualty_cli.extraction.lexicon import lexicon_data
from casualty_cli.model import Outcome, Statement

__all__ = ["table_statements"]

_WORDS: Final = lexicon_data()["tables"]
#: The outcome of each column head's word
_HEADS: Final[dict[str, Outcome]] = {w: o for o in ("killed", "injured", "missing") for w in _WORDS[o]}
_TOTALS: Final = frozenset(_WORDS["totals"])
#: Cells are set apart by a tab or two spaces or more
_CELLS: Final = re.compile(r"\t+|\s{2,}")
#: A line that may be a table's heads: a cell, a wide gap, then a head word (the quick look for a table)
_HEAD_LINE: Final = re.compile(
    r"^[ \t]*\S[^\n]*?(?:\t|  )[ \t]{0,40}(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")\b", re.I | re.M
)
_FIGURE: Final = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _head_lines(text: str) -> list[re.Match[str]]:
    """``_HEAD_LINE``'s matches in ``text``, as ``finditer`` finds them (one a line at most, from the line's
    start), tried only on the lines that hold a tab or two spaces in a row, the gap a line of heads needs.
    ``finditer`` tried its ``^`` at every character of every report (70 ns each in re's loop, some 0.4 s
    over gvc-dev), where most reports hold no such gap at all; ``str.find`` finds the gaps."""
    found: list[re.Match[str]] = []
    spaces = text.find("  ")
    tab = text.find("\t")
    while spaces >= 0 or tab >= 0:
        gap = tab if spaces < 0 or 0 <= tab < spaces else spaces
        head = _HEAD_LINE.match(text, text.rfind("\n", 0, gap) + 1)
        if head is not None:
            found.append(head)
        line_end = text.find("\n", gap)
        if line_end < 0:
            break
        if 0 <= spaces < line_end:
            spaces = text.find("  ", line_end)
        if 0 <= tab < line_end:
            tab = text.find("\t", line_end)
    return found


def _cells(line: str) -> list[str]:
    return [c for c in _CELLS.split(line.strip()) if c]


def _heads(line: str) -> list[Outcome] | None:
    """The outcome of each column after the label when ``line`` is a table's heads, else None."""
    cells = _cells(line)
    if len(cells) < 2:
        return None
    outcomes = [_HEADS.get(c.lower()) for c in cells[1:]]
    if any(o is None for o in outcomes) or len(set(outcomes)) != len(outcomes):
        return None
    return [o for o in outcomes if o is not None]


def _row(line: str, width: int) -> tuple[str, list[int]] | None:
    """A row's label and its ``width`` figures, or None when ``line`` is no row of such a table."""
    cells = _cells(line)
    if len(cells) != width + 1 or _FIGURE.fullmatch(cells[0]) is not None:
        return None
    if not all(_FIGURE.fullmatch(c) for c in cells[1:]):
        return None
    return cells[0], [int(c.replace(",", "")) for c in cells[1:]]


#: A row of a table on its side: a head word of an outcome, a wide gap, one figure, nothing after it
_OUTCOME_ROW: Final = re.compile(
    r"^[ \t]*(" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")(?:\t+|[ ]{2,})[ \t]*(\d{1,3}(?:,\d{3})+|\d+)[ \t]*$",
    re.I | re.M,
)
_ROW_OF: Final[dict[Outcome, str]] = {"killed": "the dead", "injured": "the injured", "missing": "the missing"}


def _outcome_rows(doc: str, text: str) -> list[Statement]:
    """ "Dead   84,537 / Missing   53,836 / Injured   19,359": a statement for each row of each run of two
    or more lines that give an outcome's head and its figure, one outcome a row (none told twice)."""
    out: list[Statement] = []
    runs: list[list[re.Match[str]]] = []
    for row in _OUTCOME_ROW.finditer(text):
        prev = runs[-1][-1] if runs else None
        if prev is not None and text[prev.end() : row.start()] == "\n":
            runs[-1].append(row)
        else:
            runs.append([row])
    for run in runs:
        outcomes = [_HEADS[r[1].lower()] for r in run]
        if len(run) < 2 or len(set(outcomes)) != len(outcomes):
            continue
        quote = text[run[0].start() : run[-1].end()].strip()
        for r, outcome in zip(run, outcomes, strict=True):
            best = int(r[2].replace(",", ""))
            out.append(Statement(
                doc=doc, outcome=outcome, best=best, low=best, high=best, qualifier="exact",
                start=r.start(1), end=r.end(), quote=quote[:1000], derivation=f"the table's row of {_ROW_OF[outcome]}",
            ))
    return out


def table_statements(doc: str, text: str) -> list[Statement]:
    """A statement for each outcome column of each casualty table in ``text`` (none for most texts), and for
    each row of a table on its side."""
    out: list[Statement] = _outcome_rows(doc, text) if "  " in text or "\t" in text else []
    for head in _head_lines(text):
        line_end = text.find("\n", head.start())
        line_end = len(text) if line_end == -1 else line_end
        line = text[head.start() : line_end]
        outcomes = _heads(line)
        if outcomes is None:
            continue
        rows: list[tuple[str, list[int]]] = []
        end = pos = line_end
        while pos < len(text):
            nxt = text.find("\n", pos + 1)
            nxt = len(text) if nxt == -1 else nxt
            row = _row(text[pos + 1 : nxt], len(outcomes))
            if row is None:
                break
            rows.append(row)
            end = pos = nxt
        if not rows:
            continue
        total = next((figures for label, figures in rows if label.lower().rstrip(":") in _TOTALS), None)
        places = [figures for label, figures in rows if label.lower().rstrip(":") not in _TOTALS]
        quote = text[head.start() : end].strip()
        for col, outcome in enumerate(outcomes):
            if total is not None:
                best, how = total[col], "the table's total row"
            else:
                best, how = sum(f[col] for f in places), f"sum of the {len(places)} rows of a table"
            out.append(Statement(
                doc=doc, outcome=outcome, best=best, low=best, high=best, qualifier="exact",
                start=head.start() + len(line) - len(line.lstrip()), end=end,
                quote=quote[:1000], derivation=how,
            ))
    return out
