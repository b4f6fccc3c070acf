"""Word lists grouped by first letter match what they matched before."""

from __future__ import annotations

import random
import re
import string

from casualty_cli.extraction import alternation
from casualty_cli.extraction.alternation import by_first_letter
from casualty_cli.extraction.patterns import _PLURAL_LIST, _SINGULAR_LIST

_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def test_the_case_sets_are_what_ignorecase_matches() -> None:
    for letter in string.ascii_lowercase:
        matched = set(re.findall(letter, _EVERY_CHARACTER, re.I))
        assert matched == {letter, letter.upper(), *alternation._IGNORECASE_EXTRA.get(letter, "")}, letter


def test_words_are_grouped_and_other_branches_keep_their_place() -> None:
    grouped = by_first_letter(r"(?:man|woman|mother|\d+yo|men)(?![\w-])")
    assert grouped == r"(?:(?-i:[mM])(?:an|other)|(?-i:[wW])oman|\d+yo|(?-i:[mM])en)(?![\w-])"
    assert by_first_letter("(?:ski|sky)") == "(?:(?-i:[sSſ])(?:ki|ky))"


def test_grouped_lists_match_the_same() -> None:
    rng = random.Random(5)
    words = re.findall(r"[a-z]+", _PLURAL_LIST + _SINGULAR_LIST)
    pieces = [*words, " ", "-", "'s", "12", "-year-old", "s", "K", "\u212a", "\u017f", "İ", "ı"]
    for source in (_PLURAL_LIST, _SINGULAR_LIST, "(?:seventeen|seven|six|sixteen|ten)(?![a-z])"):
        old, new = re.compile(source, re.I | re.X), re.compile(by_first_letter(source), re.I | re.X)
        assert old.pattern != new.pattern
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
            text = text.upper() if rng.random() < 0.2 else text
            for pos in range(len(text)):
                a, b = old.match(text, pos), new.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (source[:20], text, pos)


def test_grouped_lists_are_only_in_case_insensitive_patterns() -> None:
    # In a case-sensitive pattern, (?-i:[mM]) would match the capital that "m" did not.
    from casualty_cli.extraction import dates, numbers, patterns, sentences, statements

    for module in (dates, numbers, patterns, sentences, statements):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and re.search(r"\(\?-i:\[[a-z][A-Z]", value.pattern):
                assert value.flags & re.I, f"{module.__name__}.{name}"
