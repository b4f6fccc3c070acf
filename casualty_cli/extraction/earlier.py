"""Earlier figures are history, not news: a toll a report recalls as superseded is never its current claim.

"It had earlier put the toll at 11", "up from 125", "the previous toll was 250", "revised from 12",
"revising its earlier figure of 11": the figure fills the ``previous`` of the report's current
statement's :class:`~casualty_cli.model.Revision`, and a statement read from it is dropped.
"The toll has risen to seven after two wounded officers died": the two are the injured who died,
counted in the seven, so the "two wounded" and "two died" read from that clause are dropped, and the
seven gets a breakdown part :data:`~casualty_cli.model.DIED_OF_WOUNDS` of two, which history moves
from the injured to the killed.

An event recalled in passing ("the attack came a week after a suicide bomber killed 20") is another
event: the figures of the recalled clause are ``cumulative`` (other events'), as a running total is.

The phrases are one table, :data:`EARLIER_FORMS`; the tests run every row of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from casualty_cli.extraction.numbers import FIGURE, parse_figure
from casualty_cli.model import DIED_OF_WOUNDS, Breakdown, Revision, Statement

__all__ = ["EARLIER_FORMS", "set_earlier_figures_apart", "set_recalled_events_apart"]

#: How a report names a figure it no longer holds: each form ends where the figure (``FIG``) stands.
EARLIER_FORMS: tuple[str, ...] = (
    # "it had earlier put the toll at 11", "officials initially gave the death toll as 9"
    r"(?:had\s+)?(?:earlier|previously|initially|originally|first)\s+(?:put|given|gave|reported|set|placed|estimated)"
    r"\s+(?:the|its|their|a)\s+(?:death\s+)?(?:toll|figure|number|count)\s+(?:at|as)\s+FIG",
    # "the previous toll was 250", "an earlier figure of 11", "its initial count had been 12"
    r"(?:earlier|previous|initial|original|prior)\s+(?:death\s+)?(?:toll|figure|count|estimate)\s+"
    r"(?:of|was|had\s+been|stood\s+at|at)\s+FIG",
    # "up from 125", "revised from 12", "down from an earlier 30"
    r"(?:up|down|revised|raised|lowered|increased|rose|risen)\s+from\s+(?:an?\s+(?:earlier|previous|initial)\s+"
    r"(?:(?:figure|toll|count)\s+of\s+)?)?FIG",
)
_EARLIER = re.compile(
    r"\b(?:" + "|".join(f"(?:{form.replace('FIG', f'(?P<f{n}>' + FIGURE + ')')})" for n, form in enumerate(EARLIER_FORMS)) + ")",
    re.I | re.X,
)
# "after two wounded officers died": injured people who died, already in the new toll.
_INJURED_DIED = re.compile(
    r"\bafter\s+(?P<fig>" + FIGURE + r")\s+(?:of\s+the\s+)?(?:wounded|injured)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:died|succumbed|passed\s+away)",
    re.I | re.X,
)


# "a week after a suicide bomber killed 20", "less than two weeks after an attack in Karachi": another event.
_RECALLED = re.compile(
    r"\b(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+after\s+(?:a|an|another)\s", re.I
)
#: A recalled clause that opens its sentence ("Two days after a bomb in Bogota, ...") ends at its comma.
_OPENING = 30


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return start, min(ends) if ends else len(text)


def set_recalled_events_apart(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` with those of a recalled event's clause made ``cumulative`` (another event's)."""
    out = statements
    for m in _RECALLED.finditer(text):
        start, end = _sentence(text, m.start())
        if m.start() - start <= _OPENING:
            comma = text.find(",", m.end(), end)
            end = end if comma == -1 else comma
        out = [replace(st, scope="cumulative") if m.start() <= st.start < end else st for st in out]
    return out


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def set_earlier_figures_apart(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` without those read from an earlier figure, and with that figure as the
    ``previous`` of the revision its paragraph's current statements make (in the same order)."""
    spans: list[tuple[int, int, int | None]] = []
    for m in _EARLIER.finditer(text):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        fig = parse_figure(m.group(name))
        spans.append((m.start(name), m.end(name), fig.best if fig else None))
    moved: list[tuple[int, int]] = []  # (where, how many) injured people who died
    for m in _INJURED_DIED.finditer(text):
        spans.append((m.start(), m.end(), None))  # nothing to fill: what was read there goes
        fig = parse_figure(m.group("fig"))
        if fig is not None and fig.best:
            moved.append((m.start(), fig.best))
    if not spans:
        return statements

    def inside(st: Statement, lo: int, hi: int) -> bool:
        return lo <= st.start < hi or st.start <= lo < st.end

    kept = [st for st in statements if not any(inside(st, lo, hi) for lo, hi, _ in spans)]
    dropped = [st for st in statements if st not in kept]
    for lo, _, value in spans:
        if value is None:
            continue
        outcome = next((st.outcome for st in dropped if st.start <= lo < st.end or lo <= st.start), "killed")
        para = _paragraph(text, lo)
        current = [
            st for st in kept
            if st.outcome == outcome and st.best is not None and st.best != value and para[0] <= st.start < para[1]
        ]  # fmt: skip
        figures = {st.best for st in current}
        for n, st in enumerate(kept):
            if st.outcome != outcome or st.best not in figures or (st.revision and st.revision.previous is not None):
                continue
            assert st.best is not None
            kept[n] = replace(st, revision=Revision("up" if st.best > value else "down", value))
    for at, count in moved:
        # the new toll counts them: "has risen to seven after two wounded officers died"
        sent = _sentence(text, at)
        for n, st in enumerate(kept):
            if st.outcome == "killed" and sent[0] <= st.start < sent[1] and not any(b.group == DIED_OF_WOUNDS for b in st.breakdown):
                kept[n] = replace(st, breakdown=[*st.breakdown, Breakdown(DIED_OF_WOUNDS, count)])
    return kept
