"""Word lists in case-insensitive patterns, rewritten so that ``re`` skips their alternatives faster.

``re`` tries an alternation's branches one by one. A branch that opens with a case-sensitive literal
or character set is skipped in C when the text's character does not match it; a branch opening with
a case-insensitive letter (as every word of a ``re.I`` pattern does) is entered, and fails only
there, which costs several times more. :func:`by_first_letter` groups the words of a list by their
first letter, each group opening with that letter as a case-sensitive set of every character
``re.I`` matches it with: ``(?:man|woman|mother)`` becomes ``(?:(?-i:[Mm])(?:an|other)|(?-i:[Ww])oman)``.

What matches is unchanged. At one place of the text only one group can match (its first letter
is there), and within a group the words keep their order, so the first word to lead to a match is
the same. A branch that does not open with a plain letter or digit ("(?:first|second)[- ]grader",
"\\d{1,2}yo") keeps its place: branches are grouped only between such branches.
"""

from __future__ import annotations

from collections.abc import Iterator

#: Characters other than a letter's two cases that ``re.I`` matches it with (Python's simple case
#: folding): the dotted and dotless I, the Kelvin sign, the long s. A test checks this table.
_IGNORECASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def advance(token: str, depth: int, in_set: bool) -> tuple[int, bool]:
    """The depth of parentheses and whether inside a character set after ``token`` (one character or
    an escape pair, which opens and closes nothing), given both as they were before it."""
    if len(token) != 1:
        return depth, in_set
    if in_set:
        return depth, token != "]"
    if token == "[":
        return depth, True
    if token == "(":
        return depth + 1, in_set
    if token == ")":
        return depth - 1, in_set
    return depth, in_set


def tokens(source: str) -> Iterator[tuple[int, str, int, bool]]:
    """Each token of a pattern (an escape pair or one character) with its offset, and the depth of
    parentheses and whether it stands inside a character set, both as they are *before* it."""
    depth = 0
    in_set = False
    i = 0
    while i < len(source):
        token = source[i : i + 2] if source[i] == "\\" else source[i]
        yield i, token, depth, in_set
        depth, in_set = advance(token, depth, in_set)
        i += len(token)


def _split_top(body: str) -> list[str]:
    """The branches of an alternation's body, split at its top-level ``|``, verbose spaces dropped."""
    branches: list[str] = []
    current: list[str] = []
    for _, token, depth, in_set in tokens(body):
        if not in_set and depth == 0 and token == "|":
            branches.append("".join(current))
            current = []
        elif in_set or not token.isspace():  # verbose mode: a space outside a set is no part of the pattern
            current.append(token)
    branches.append("".join(current))
    return branches


def _first_set(c: str) -> str:
    """A case-sensitive pattern for what ``re.I`` matches ``c`` with."""
    if not c.isalpha():
        return c
    low = c.lower()
    return "(?-i:[" + low + low.upper() + _IGNORECASE_EXTRA.get(low, "") + "])"


def _groupable(branch: str) -> bool:
    return bool(branch) and branch[0].isascii() and branch[0].isalnum() and branch[1:2] not in ("?", "*", "+", "{")


def by_first_letter(source: str) -> str:
    """``(?:w1|w2|...)rest`` (verbose, for a case-insensitive pattern) with its branches grouped by first letter."""
    assert source.startswith("(?:")
    # the parenthesis that closes the alternation
    i = next(i for i, token, depth, in_set in tokens(source) if token == ")" and depth == 1 and not in_set)
    branches = _split_top(source[3:i])
    out: list[str] = []
    k = 0
    while k < len(branches):
        if not _groupable(branches[k]):
            out.append(branches[k])  # it may match where any letter stands: it keeps its place
            k += 1
            continue
        groups: dict[str, list[str]] = {}
        while k < len(branches) and _groupable(branches[k]):
            groups.setdefault(branches[k][0].lower(), []).append(branches[k][1:])
            k += 1
        for first, rests in groups.items():
            out.append(_first_set(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "(?:" + "|".join(out) + ")" + source[i + 1 :]
