"""What `casualty store check` and `casualty store repair` print."""

from __future__ import annotations

from typing import Any

from rich.console import Console


def render_check(console: Console, result: dict[str, Any]) -> None:
    console.print(f"store {result['store']}", markup=False)
    console.print(f"  store.json: {result['manifest']}", markup=False)
    for seg in result["segments"]:
        if seg["bytes"] is None:
            console.print(f"  {seg['segment']}: missing", markup=False)
            continue
        committed = "" if seg["committed"] is None else f" ({seg['committed']} committed)"
        console.print(
            f"  {seg['segment']}: {seg['records']} records, {seg['bytes']} bytes{committed}", markup=False
        )
    for line in result["notes"]:
        console.print(f"note: {line}", markup=False)
    for line in result["damage"]:
        console.print(f"damage: {line}", markup=False)
    console.print("ok" if result["ok"] else "DAMAGED: see `casualty store repair --help`", markup=False)


def render_repair(console: Console, result: dict[str, Any]) -> None:
    for line in result["notes"]:
        console.print(line, markup=False)
    if not result["repaired"]:
        return
    console.print(f"backup: {result['backup']}", markup=False)
    counts = ", ".join(f"{name} {n}" for name, n in result["records"].items())
    console.print(f"store.json rebuilt; records committed: {counts}", markup=False)
    for line in result["left_out"]:
        console.print(f"left out: {line}", markup=False)
