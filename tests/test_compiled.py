"""The compiled-pattern cache gives the very patterns ``re.compile`` gives, and never fails a run."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casualty_cli.extraction import patterns as P
from casualty_cli.extraction.compiled import PatternCache

CASES = [
    (r"(?P<fig>\d+)\s+(?P<noun>people|men)\b", re.I, "Police said 12 People were hurt"),
    (r"""(?:were|was)\s+  # an auxiliary
         (?P<verb>killed|injured)""", re.I | re.X, "two men WERE killed"),
    (r"(?<=[a-z]{2}.)(?=[A-Z][a-z])", 0, "dead.The police"),
    (r"\b(?-i:[A-Z][a-z]+)\s+(?:is|was)\b", re.I, "then Maria was shot"),
    (P.SOME_DIED_RE.pattern, P.SOME_DIED_RE.flags, "six people were wounded -- two mortally"),
]

SAMPLES = ["", "nothing here", "Police said 12 People were hurt", "two men WERE killed", "dead.The police",
           "then Maria was shot", "three people were shot and killed; one died later",
           "six people were wounded -- two mortally"]


def same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in SAMPLES:
        assert [(m.span(), m.groupdict(), m.groups()) for m in a.finditer(text)] == [
            (m.span(), m.groupdict(), m.groups()) for m in b.finditer(text)
        ]


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_fresh_and_kept_patterns_behave_as_re_compile(tmp_path: Path, pattern: str, flags: int, text: str) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path)
    fresh = first.compile(pattern, flags)
    same(fresh, re.compile(pattern, flags))
    assert fresh.search(text) is not None
    first.save()
    assert path.exists()

    second = PatternCache(path)
    kept = second.compile(pattern, flags)
    assert not second.dirty  # taken from the file, not compiled again
    same(kept, re.compile(pattern, flags))


def test_the_engines_patterns_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    sources = [(P.SOME_DIED_RE.pattern, P.SOME_DIED_RE.flags), (P.CUMULATIVE_RE.pattern, P.CUMULATIVE_RE.flags)]
    first = PatternCache(path)
    for source, flags in sources:
        first.compile(source, flags)
    first.save()
    second = PatternCache(path)
    text = " two men and a woman dead, police said, in a series of shootings across the city"
    for source, flags in sources:
        kept = second.compile(source, flags)
        ref = re.compile(source, flags)
        for i in range(len(text)):
            a, b = kept.match(text, i), ref.match(text, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
    assert not second.dirty


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", marshal.dumps([1, 2, 3]), marshal.dumps({"0:x": "garbage"})],
    ids=["empty", "garbage", "a list", "a bad entry"],
)
def test_a_damaged_file_falls_back_and_is_rewritten(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    cache = PatternCache(path)
    same(cache.compile("x", 0), re.compile("x"))
    cache.save()
    assert PatternCache(path).compile("x", 0).pattern == "x"
    assert isinstance(marshal.loads(path.read_bytes()), dict)


def test_code_that_sre_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    # an entry of the right shape whose code is invalid: _sre validates it and refuses it
    path.write_bytes(marshal.dumps({"0:abc": (32, [1, 2, 3, 999999, 5], 0, {}, (None,))}))
    cache = PatternCache(path)
    same(cache.compile("abc", 0), re.compile("abc"))
    assert cache.dirty


def test_no_path_is_plain_re_compile() -> None:
    cache = PatternCache(None)
    same(cache.compile(r"\d+ dead", re.I), re.compile(r"\d+ dead", re.I))
    cache.save()  # nothing to write, nowhere to write it


def test_an_unwritable_place_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    cache = PatternCache(blocker / "sub" / "patterns.marshal")  # its parent cannot be a directory
    same(cache.compile("dead", 0), re.compile("dead"))
    cache.save()
    assert cache.dirty  # not written; the next run compiles again


def test_patterns_of_earlier_versions_are_dropped_once_they_outnumber_the_used_ones(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    old = PatternCache(path)
    for i in range(10):
        old.compile(f"old pattern {i}", 0)
    old.save()
    new = PatternCache(path)
    new.compile("old pattern 0", 0)  # still in use
    new.compile("new pattern", 0)
    new.save()
    kept = marshal.loads(path.read_bytes())
    assert sorted(kept) == ["0:new pattern", "0:old pattern 0"]


def test_entries_not_asked_for_are_kept_while_few(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path)
    first.compile("lazy one", 0)
    first.compile("always", 0)
    first.save()
    second = PatternCache(path)
    second.compile("always", 0)
    second.compile("another", 0)
    second.save()
    assert sorted(marshal.loads(path.read_bytes())) == ["0:always", "0:another", "0:lazy one"]


def test_a_later_run_finds_every_pattern_whatever_the_hashing_of_strings(tmp_path: Path) -> None:
    # Patterns built from the lexicon's sets must come out the same when a set's order changes (with
    # PYTHONHASHSEED, from run to run): else every run compiles them again and rewrites the file.
    report = tmp_path / "report.txt"
    report.write_text("Two people were killed and five injured in a blast on Monday, police said.\n")
    path = tmp_path / "cache"

    def run(seed: str) -> bytes:
        env = {**os.environ, "CASUALTY_CACHE_DIR": str(path), "PYTHONHASHSEED": seed}
        env.pop("CASUALTY_NO_PATTERN_CACHE", None)
        subprocess.run([sys.executable, "-m", "casualty_cli", "extract", str(report), "--json", "--jobs", "1"],
                       env=env, check=True, capture_output=True)
        (kept,) = path.glob("patterns-*.marshal")
        return kept.read_bytes()

    assert run("1") == run("2")


def test_a_kept_value_is_made_once_and_read_back_by_a_later_run(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    made: list[int] = []

    def make() -> dict[str, object]:
        made.append(1)
        return {"people": ["man", "woman"], "n": 3}

    first = PatternCache(path)
    assert first.kept("table 1", make, dict) == {"people": ["man", "woman"], "n": 3}
    first.save()
    second = PatternCache(path)
    assert second.kept("table 1", make, dict) == {"people": ["man", "woman"], "n": 3}
    assert len(made) == 1  # the later run read it back
    assert second.kept("table 2", make, dict) == make()  # another key is made afresh


def test_a_kept_value_of_another_kind_or_one_marshal_refuses_is_made_afresh(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(marshal.dumps({"kept:table": ["not", "a", "dict"]}))
    cache = PatternCache(path)
    assert cache.kept("table", lambda: {"a": 1}, dict) == {"a": 1}
    refused = cache.kept("odd", lambda: {"when": object()}, dict)
    assert isinstance(refused, dict)
    cache.save()
    assert "kept:odd" not in marshal.loads(path.read_bytes())  # and the file is still written


def test_the_lexicon_kept_between_runs_is_the_toml_file_parsed() -> None:
    import tomllib
    from importlib.resources import files

    from casualty_cli.extraction.lexicon import lexicon_data

    text = files("casualty_cli.extraction").joinpath("lexicon.toml").read_text(encoding="utf-8")
    assert lexicon_data() == tomllib.loads(text)
