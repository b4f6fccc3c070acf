"""Rendering for curation: one incident with statuses, notes and competing claims; acts; toll rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from casualty_cli.history import TollRevision
from casualty_cli.model import OUTCOMES
from casualty_cli.render.common import print_wrapped
from casualty_cli.render.incidents import format_toll

Raw = dict[str, Any]


def _figure(s: Raw) -> str:
    return format_toll({**s, "low": None, "high": None}) if s.get("best") is not None else format_toll(s)


def rule_line(rule: str, tolls: Raw) -> str:
    """``toll rule: latest · killed 25 (7–25), injured 30``."""
    parts = [f"{o} {format_toll(tolls.get(o))}" for o in OUTCOMES if tolls.get(o)]
    return f"toll rule: {rule}" + (f" · {', '.join(parts)}" if parts else " · no figure counts")


def render_act(console: Console, act: Raw) -> None:
    """What a curation command just recorded."""
    why = f" ({act['reason']})" if act.get("reason") else ""
    print_wrapped(console, f"event {act['id']}: {act['what']}{why} · by {act['user']}")


def render_acts(console: Console, acts: Sequence[Raw], title: str = "curation") -> None:
    """One line an act (a table would fold the sentences): event, when, who, what, why."""
    if not acts:
        return
    console.print(Text(title, style="bold"))
    for a in acts:
        when = str(a["at"]).replace("T", " ").removesuffix("Z")[:16]
        line = f"{a['id']:>4}  {when}  {a['user']}  {a['what']}"
        if a.get("reason"):
            line += f" — why: {a['reason']}"
        if a.get("undone_by"):
            line += f" [undone by event {a['undone_by']}]"
        print_wrapped(console, line, first="  ", indent=" " * 8, style="dim" if a.get("undone_by") else "")


def render_incident_view(console: Console, detail: Raw, revisions: Sequence[TollRevision]) -> None:
    """``casualty show``: figures under the rule, competing claims, notes, statements by report, acts."""
    title = f"{detail['id']}  {detail['title']}" + ("  [contested]" if detail["contested"] else "")
    console.print(Text(title, style="bold"))
    counting = sum(1 for s in detail["statements"] if s["status"] != "retracted")
    console.print(
        f"event date {detail['event_date'] or 'unknown'} · {len(detail['reports'])} report(s) · "
        f"{detail['statement_count']} statement(s), {counting} counting · {len(revisions)} revision(s)"
    )
    table = Table(title=f"current toll (rule: {detail['rule']})", title_justify="left", pad_edge=False)
    for col in ("outcome", "best", "low", "high", "rule", "as of", "source"):
        table.add_column(col)
    for o in OUTCOMES:
        t = detail.get(o)
        if not t:
            continue
        table.add_row(
            o,
            format_toll({**t, "low": None, "high": None}),
            "" if t["low"] is None else str(t["low"]),
            "" if t["high"] is None else str(t["high"]),
            f"{t['rule']} (revision {t['revision']})",
            t["as_of"],
            Text(t["source"] or ""),
        )
    if table.row_count:
        console.print(table)
    else:
        console.print(f"no figure counts under rule {detail['rule']}")
    for c in detail["conflicts"]:
        console.print(
            Text(f"contested {c['outcome']}: reports of about the same time disagree", style="bold")
        )
        for claim in c["claims"]:
            print_wrapped(
                console,
                f"{claim['published']}  {claim['source'] or 'unknown source'}: {_figure(claim)}"
                f"  [{claim['statement']}]  “{claim['quote']}”",
                first="   ",
                indent="      ",
            )
    for n in detail["notes"]:
        print_wrapped(console, f"note ({n['user']}, {n['at']}): {n['text']}")
    for rep in detail["reports"]:
        head = f"{rep['published'] or 'undated'}  {rep['source'] or 'unknown source'}  [{rep['key']}] {rep['doc']}"
        print_wrapped(console, head, style="bold")
        if not rep["statements"]:
            console.print("   (no statements)")
        for s in rep["statements"]:
            bits = [f"{s['outcome']} {_figure(s)}"]
            if s.get("victims"):
                bits.append(s["victims"])
            if s.get("breakdown"):
                bits.append("; ".join(f"{b['best']} {b['group']}" for b in s["breakdown"]))
            if s.get("scope") != "incident":
                bits.append(f"scope {s['scope']}")
            if s.get("hedge"):
                bits.append(f"hedge: {s['hedge']}")
            if s.get("attribution"):
                bits.append(f"said by {s['attribution']}")
            fix = s.get("correction")
            if fix:
                bits.append(
                    f"CORRECTED from {_figure(s['machine'])} by {fix['user']}"
                    + (f": {fix['reason']}" if fix.get("reason") else "")
                )
            gone = s.get("retraction")
            if gone:
                bits.append(f"RETRACTED by {gone['user']}: {gone['reason']}")
            style = "strike dim" if gone else ""
            print_wrapped(console, " · ".join(str(b) for b in bits), f"   {s['id']}  ", " " * 13, style)
            print_wrapped(console, f"“{s['quote']}”", first=" " * 6, indent=" " * 7, style="dim")
    render_acts(console, detail["acts"])


def render_timeline_extras(
    console: Console, rule: str, tolls: Raw, acts: Sequence[Raw], curated: Sequence[Raw] = ()
) -> None:
    """Below ``casualty timeline``'s table: the toll now under the rule, the statements a person
    retracted or corrected (a retracted one is in no revision), and the acts on the incident."""
    print_wrapped(console, rule_line(rule, tolls))
    for s in curated:
        where = f"{s['published'] or 'undated'}  {s['source'] or 'unknown source'}"
        if s.get("retraction"):
            gone = s["retraction"]
            head = f"retracted  {s['id']}  {where}: {s['outcome']} {_figure(s)}, not counted ({gone['user']}: {gone['reason']})"
        else:
            fix = s["correction"]
            why = f": {fix['reason']}" if fix.get("reason") else ""
            head = (
                f"corrected  {s['id']}  {where}: {s['outcome']} {format_toll(s['machine'])} read as "
                f"{format_toll(s)} ({fix['user']}{why})"
            )
        print_wrapped(console, head)
    render_acts(console, acts)
