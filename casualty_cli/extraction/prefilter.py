"""RE2 pre-filters: a DFA says where a costly Python pattern cannot match, so ``re`` runs only where it may.

Python's ``re`` backtracks: a search of a long alternation over a text costs up to ~80 ns a character. RE2 (a DFA) answers "is there a
match, and where does the leftmost one start?" in one pass, but it has no look-arounds and no
backtracking semantics. So RE2 never decides what matches: it only rules out. :func:`relaxed` rewrites a
Python pattern into one RE2 runs that matches *at least* wherever the Python one does (a superset):

* look-arounds are dropped (an assertion removed only lets more through);
* named groups become plain ones; counted repeats above 4 (``[^,;.]{1,40}``) lose their upper bound,
  which keeps the DFA small (each count would be a state of its own);
* ``\\s``, ``$`` and non-ASCII literals are widened to what :func:`fold` makes of the text.

:func:`fold` turns the text into ASCII bytes, one byte a character (so offsets stay), mapping each
other character to an ASCII one that every RE2 atom accepts wherever the Python atom accepted the
original: a digit to ``0``, a letter to ``x`` (or to the ASCII letter ``re.I`` matches it with:
the Kelvin sign, long s, dotted and dotless i), a space to a space, curly apostrophes to ``'`` and
any other character to ``\\x01`` (no word, no space: what ``\\W`` and ``\\S`` both match).

What the pre-filter rules out, the Python pattern could not have matched: output is unchanged. The
tests check the superset on generated text, and the whole engine's output is compared on the dev set.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from typing import Any, Final

from casualty_cli.extraction import compiled
from casualty_cli.extraction.tokens import FREQUENT_NON_ASCII

_FOLD_ERRORS: Final = "casualty-prefilter-fold"
#: Python's ``\\s`` (str patterns) on ASCII: RE2's ``\\s`` lacks \\v and \\x1c-\\x1f.
_SPACES: Final = r"\t\n\x0b\x0c\r\x1c-\x1f "
_OTHER: Final = "\x01"
#: The characters beyond ASCII that ``re.I`` matches with an ASCII letter, each with that letter (the only
#: four: a test asks re of every character). Text without them matches a word of ASCII letters under
#: ``re.I`` where its lower case holds the word.
CASED_AS_ASCII: Final = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
#: Non-ASCII characters that ``re.I`` matches with an ASCII letter, and the apostrophes the patterns spell.
_TO_ASCII: Final = {**CASED_AS_ASCII, "’": "'", "‘": "'"}
_DIGIT: Final = re.compile(r"\d")


def _fold_char(c: str) -> str:
    if c in _TO_ASCII:
        return _TO_ASCII[c]
    if _DIGIT.match(c):
        return "0"
    if c.isalnum():
        return "x"
    return " " if c.isspace() else _OTHER


def _fold_errors(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeEncodeError)
    return "".join(_fold_char(c) for c in err.object[err.start : err.end]), err.end


codecs.register_error(_FOLD_ERRORS, _fold_errors)


#: The characters beyond ASCII that news text holds most (tokens.FREQUENT_NON_ASCII), each with its fold.
#: fold() replaces them before it encodes: the encoder calls its Python error handler for each run of the
#: others, at ~9,000 instructions a call (callgrind, compiled), where a replace costs ~1 a character.
_FREQUENT: Final = [(c, _fold_char(c)) for c in FREQUENT_NON_ASCII]


def fold(text: str) -> bytes:
    """``text`` as ASCII bytes, one a character, for the patterns of :func:`relaxed` (module docstring)."""
    if not text.isascii():
        for c, folded in _FREQUENT:
            if c in text:
                text = text.replace(c, folded)
    return text.encode("ascii", errors=_FOLD_ERRORS)


#: Characters as RE2 is given them: letters and digits as they are, anything else (up to \\xff) as a hex
#: escape, which RE2 takes for any character, where it refuses some escaped signs. A ``str.translate`` table.
RE2_SPELLING: Final = {c: f"\\x{c:02x}" for c in range(256) if not (chr(c).isascii() and chr(c).isalnum())}


def _literal(c: str) -> str:
    """An ASCII character as RE2 spells it (:data:`RE2_SPELLING`)."""
    return c.translate(RE2_SPELLING)


def relaxed(source: str, flags: int) -> Any:
    """An RE2 pattern (over :func:`fold`'s bytes) that matches wherever ``re.compile(source, flags)`` does."""
    import re2

    return re2.compile(relaxed_source(source, flags), _options())


def leftmost(regexp: Any) -> Callable[[bytes, int, int], tuple[int, int]]:
    """A function giving the span of ``regexp``'s leftmost match in ``data[pos:endpos]``, (-1, -1) for none.

    It calls the RE2 object's own ``Match`` (:func:`_raw_match`), which the wrapper's search() and finditer()
    call too. Should a later google-re2 hide it, the public search() gives the same span.
    """
    raw = _raw_match(regexp, "UNANCHORED")
    if raw is not None:
        match, anchor = raw

        def fast(data: bytes, pos: int, endpos: int) -> tuple[int, int]:
            span: tuple[int, int] = match(anchor, data, pos, endpos)[0]
            return span

        return fast

    def public(data: bytes, pos: int, endpos: int) -> tuple[int, int]:  # pragma: no cover - older or newer wrappers
        m = regexp.search(data, pos, endpos)
        return (-1, -1) if m is None else m.span()

    return public


def _raw_match(regexp: Any, anchor_name: str) -> tuple[Callable[..., Any], Any] | None:
    """The RE2 object's own ``Match`` and the anchor named, or None where the wrapper hides them.

    ``Match(anchor, data, pos, endpos)`` gives the spans of the match (the first is the whole match's),
    without the wrapper's generator and match object: over the short texts the engine searches, that
    halves a call's cost.
    """
    import re2

    raw = getattr(regexp, "_regexp", None)
    anchor = getattr(getattr(re2, "_Anchor", None), anchor_name, None)
    if raw is None or anchor is None or not hasattr(raw, "Match"):
        return None  # pragma: no cover - older or newer wrappers
    return raw.Match, anchor


def relaxed_set(sources: list[str]) -> Any:
    """An RE2 set of :func:`relaxed_source` patterns: one pass tells which of them may match (their indices)."""
    import re2

    found = re2.Set.SearchSet(_options())
    for source in sources:
        found.Add(source)
    found.Compile()
    return found


def _options() -> Any:
    import re2

    options = re2.Options()
    options.max_mem = 64 << 20  # the subjects' DFA outgrows the default 8 MB and RE2 falls back to its NFA
    return options


def relaxed_source(source: str, flags: int, any_case: bool = False) -> str:
    """The RE2 source of :func:`relaxed`. Only the flags ``re.I`` and ``re.X`` are understood.

    ``any_case`` makes the pattern case-insensitive throughout, so that it matches the lower-cased text
    wherever the pattern matches the text.

    A function of its arguments only, kept between runs beside the compiled patterns (compiled.kept,
    under the arguments themselves): rewriting the engine's large patterns took 133 M instructions of
    each run's start (callgrind, compiled), reading them back a small part of that.
    """
    if flags & ~(re.I | re.X):
        raise ValueError("only re.I and re.X are understood")
    found = compiled.kept(f"relaxed {flags} {any_case} {source}", lambda: _relaxed_source(source, flags, any_case), str)
    assert isinstance(found, str)
    return found


def _relaxed_source(source: str, flags: int, any_case: bool) -> str:
    pattern = _widen(source, bool(flags & re.X))
    if any_case:
        pattern = pattern.replace("(?-i:", "(?:")
        flags |= re.I
    return ("(?i)" if flags & re.I else "") + pattern


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


def _groups(source: str) -> dict[str, str]:
    """The body of each named group of a pattern, by name."""
    opened: list[tuple[int, str | None]] = []
    bodies: dict[str, str] = {}
    for offset, tok, _, in_set in tokens(source):
        if in_set:
            continue
        if tok == "(":
            named = re.match(r"\(\?P<(\w+)>", source[offset:])
            opened.append((offset + len(named[0]), named[1]) if named else (offset, None))
        elif tok == ")":
            body_start, name = opened.pop()
            if name is not None:
                bodies[name] = source[body_start:offset]
    return bodies


#: What _widen looks at: escapes, sets' and groups' brackets, comments, spaces, $ and non-ASCII characters.
#: The text between two of them (mostly the letters of word lists) is copied as it is, in one piece.
_SPECIAL: Final = re.compile(r"\\.|[\[\]()#$\s]|[^\x00-\x7f]", re.S)


def _widen(source: str, verbose: bool) -> str:
    out: list[str] = []
    skip_depth: int | None = None  # inside a look-around or back-reference opened at this depth
    comment = False
    groups: dict[str, str] | None = None
    depth = 0
    in_set = False
    copied = 0  # where the text not yet looked at starts
    for special in _SPECIAL.finditer(source):
        offset, tok = special.start(), special.group()
        if not comment and skip_depth is None:
            out.append(source[copied:offset])
        copied = special.end()
        # the depth of parentheses and whether in a set, as before the token (as tokens() counts)
        tok_depth, tok_in_set = depth, in_set
        depth, in_set = advance(tok, depth, in_set)
        if comment:
            comment = tok != "\n"
            continue
        if skip_depth is not None:
            if tok == ")" and not tok_in_set and tok_depth == skip_depth + 1:
                skip_depth = None
            continue
        if not tok_in_set and verbose and tok == "#":
            comment = True
            continue
        if not tok_in_set and verbose and tok.isspace():
            continue
        if not tok_in_set and tok == "(":
            head = source[offset : offset + 4]
            if head.startswith(("(?=", "(?!", "(?<=", "(?<!")):
                skip_depth = tok_depth
                continue
            if head.startswith("(?P="):
                # a back-reference matches what its group matched: something the group's pattern matches
                groups = groups if groups is not None else _groups(source)
                name = source[offset + 4 : source.index(")", offset)]
                out.append("(?:" + _widen(groups[name], verbose) + ")")
                skip_depth = tok_depth
                continue
        if tok == r"\s":
            out.append(_SPACES if tok_in_set else f"[{_SPACES}]")
        elif tok == r"\S" and not tok_in_set:
            out.append(f"[^{_SPACES}]")
        elif tok == "$" and not tok_in_set:
            out.append(r"\n?$")  # Python's $ also matches before a final newline
        elif tok == r"\Z":
            out.append(r"\z")
        elif not tok.isascii():
            out.append(_literal(_fold_char(tok[-1])))
        elif len(tok) == 2 and tok[0] == "\\" and not tok[1].isalnum():
            out.append(_literal(tok[1]))  # an escaped space or sign: RE2 knows not every such escape
        else:
            out.append(tok)
    if not comment and skip_depth is None:
        out.append(source[copied:])
    pattern = re.sub(r"\(\?P<\w+>", "(?:", "".join(out))
    # an upper bound above 4 would make a DFA state of each count
    return re.sub(r"(?<!\\)\{(\d+),(\d+)\}", lambda m: m[0] if int(m[2]) <= 4 else f"{{{m[1]},}}", pattern)
