"""RE2 sources read backwards: :func:`reversed_source` gives a pattern for the reversed strings.

A pattern that must end at the end of the text (the subjects' pattern ends with ``$``) starts its
leftmost match where its reversed pattern's longest match, anchored at the start of the reversed
text, ends; an anchored DFA answers that, and stops as soon as no match can grow. RE2 searches such
a pattern that way itself, but it compiles the forward program too, which that search never runs,
and it reverses the pattern as written. Reversed here, the pattern is compiled once, as the program
the search runs, and its word lists are laid out for the DFA (below).

The reversal keeps the language exactly: a sequence is read right to left, each group's body in
turn; a repeat, a character set or a class stays as it is; ``^`` and ``$``, ``\\A`` and ``\\z`` trade
places; ``\\b`` and ``\\B`` look at both sides and stay. Capturing groups become plain ones (no
caller asks for them, and RE2 runs a slower engine to fill them in).

Word lists: the patterns' lists are grouped by their *first* letter (alternation.by_first_letter),
which is what ``re`` wants going forwards. Read backwards, each word opens with its last letter and
RE2 would try every word of a list at every place. So the alternatives of a group that are plain
strings (after writing out small groups of strings and optional strings they contain, ``m(?:an|en)``
being ``man|men``) are written reversed as a tree of their shared openings, ``n(?:am|em)``, and a DFA
state holds one entry for each opening in play instead of one for each word. Over the dev set's
subjects (callgrind, instructions) the DFA's work falls from 953 M to 665 M, and RE2's compilation
from 233 M to 201 M (:class:`_Tree`). The order of alternatives means nothing to a longest match, so
the language is unchanged. A set that holds just one letter's two cases (``(?-i:[Mm])``) counts as
that letter, case-insensitive, to take part.

Only what RE2's syntax and :func:`~casualty_cli.extraction.prefilter.relaxed_source` produce is
understood: anything else (``\\p{..}``, ``\\Q..\\E``, a flag group that is not the pattern's first
item) raises ValueError rather than guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from casualty_cli.extraction.prefilter import RE2_SPELLING

#: One token of an RE2 source. A run of ordinary characters is one token (most of a word list).
_TOKEN = re.compile(
    r"""(?P<run>[^\\\[\](){}|*+?^$.]+)
    |(?P<esc>\\(?:x[0-9A-Fa-f]{2}|[^x]))
    |(?P<set>\[\^?\]?(?:\\(?:x[0-9A-Fa-f]{2}|[^x])|\[:\^?[a-z]+:\]|[^\]\\])*\])
    |(?P<flags>\(\?[imsU-]+\))
    |(?P<open>\((?:\?(?:[imsU-]*:|P<\w+>))?)
    |(?P<close>\))
    |(?P<bar>\|)
    |(?P<quant>(?:[*+?]|\{\d+(?:,\d*)?\})\??)
    |(?P<other>[.^${}\]])""",
    re.X | re.S,
)
#: What can hide a parenthesis (an escape, a set), and the parentheses: where each group ends.
_BRACKETS = re.compile(
    r"""\\(?:x[0-9A-Fa-f]{2}|.)|\[\^?\]?(?:\\(?:x[0-9A-Fa-f]{2}|[^x])|\[:\^?[a-z]+:\]|[^\]\\])*\]|(?P<paren>[()])""",
    re.S,
)
#: Escapes that stand for one character.
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
#: Escapes that stand for a class of characters, or for an assertion that looks both ways.
_KEPT_ESCAPES = frozenset("dDwWsSbB")
#: Assertions that trade places when the text is read backwards.
_MIRRORED = {"^": "$", "$": "^", r"\A": r"\z", r"\z": r"\A"}
#: Escapes inside a set, taken out before asking whether it names a letter.
_ESCAPED = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|.)", re.S)
#: Above this many alternatives, a group is not written out as its strings.
_MAX_STRINGS = 3000


@dataclass(frozen=True, slots=True)
class Lit:
    """Literal characters, as written (left to right); ``fold``: their letters match either case."""

    text: str
    fold: bool


@dataclass(frozen=True, slots=True)
class Atom:
    """Something kept as written: a set, a class escape, ``.`` or an assertion (already mirrored).
    ``fold`` is None where case cannot matter (no letter in it), else whether letters match either case."""

    text: str
    fold: bool | None


@dataclass(frozen=True, slots=True)
class Group:
    """A group's alternatives. Its flags are in the items it holds (each Lit and Atom knows its case)."""

    branches: tuple[tuple[Node, ...], ...]


@dataclass(frozen=True, slots=True)
class Repeat:
    """``node`` with a repetition operator (``*``, ``{1,3}``, ``+?``)."""

    node: Node
    op: str


Node = Lit | Atom | Group | Repeat
Branches = tuple[tuple[Node, ...], ...]
#: The alternatives of a part of a sequence, each a run of items (mostly letters: a word of a list),
#: and whether they hold letters only.
Alternatives = tuple[list[tuple[Node, ...]], bool]


def _letter_pair(set_text: str) -> str | None:
    """The letter of a set that holds exactly one ASCII letter's two cases (``[Mm]``, ``[iIii]``), or None."""
    body = set_text[1:-1]
    if not body.isascii() or not body.isalpha():
        return None
    low = body[0].lower()
    return low if set(body) == {low, low.upper()} else None


def _cased(text: str) -> bool:
    """Can case change what ``text`` (a set) matches? Only where it names a letter."""
    return any(c.isascii() and c.isalpha() for c in _ESCAPED.sub("", text))


def _fold_of(opener: str, fold: bool) -> bool:
    """Whether letters match either case inside a group opened with ``opener``, outside being ``fold``."""
    if opener in ("(", "(?:") or opener.startswith("(?P<"):
        return fold
    on, _, off = opener[2:-1].partition("-")
    if set(on + off) - {"i"}:
        raise ValueError(f"the flags of {opener} are not understood")
    return "i" in on or (fold and "i" not in off)


class _Parser:
    """Reads an RE2 source into nodes, token by token. A group written the same way twice (the
    subjects' pattern holds its noun lists a dozen times) is read once and shared, and the writer
    then writes it once too: where each group ends is found first, in one pass over the brackets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        #: where the parenthesis that closes each group stands, by where the group opens
        self.closing: dict[int, int] = {}
        opened: list[int] = []
        for m in _BRACKETS.finditer(source):
            if m.group("paren") == "(":
                opened.append(m.start())
            elif m.group("paren") == ")":
                if not opened:
                    raise ValueError("unbalanced parentheses")
                self.closing[opened.pop()] = m.start()
        if opened:
            raise ValueError("unbalanced parentheses")
        self.groups: dict[tuple[bool, str], Node] = {}

    def peek(self) -> tuple[str, str]:
        """The next token's kind and text, ("", "") at the end."""
        if self.pos == len(self.source):
            return "", ""
        m = _TOKEN.match(self.source, self.pos)
        if m is None:
            raise ValueError(f"not an RE2 source this module reads, at {self.source[self.pos : self.pos + 10]!r}")
        return m.lastgroup or "", m.group()

    def alternation(self, fold: bool) -> Branches:
        branches = [self.sequence(fold)]
        while self.peek()[0] == "bar":
            self.pos += 1
            branches.append(self.sequence(fold))
        return tuple(branches)

    def sequence(self, fold: bool) -> tuple[Node, ...]:
        items: list[Node] = []
        while True:
            kind, text = self.peek()
            if kind in ("", "bar", "close"):
                break
            start = self.pos
            self.pos += len(text)
            if kind == "run":
                _add(items, Lit(text, fold))
            elif kind == "esc":
                _add(items, self._escape(text, fold))
            elif kind == "set":
                letter = _letter_pair(text)
                items.append(Lit(letter, True) if letter else Atom(text, fold if _cased(text) else None))
            elif kind == "open":
                close = self.closing[start]
                key = (fold, self.source[start : close + 1])
                group = self.groups.get(key)
                if group is None:
                    branches = self.alternation(_fold_of(text, fold))
                    # a group of one item is that item ("(?-i:[Mm])" is a letter, and may join a word),
                    # unless a repeat may follow: "(?:ab)+" repeats both letters
                    one = branches[0][0] if len(branches) == 1 and len(branches[0]) == 1 else None
                    group = one if one is not None and not (isinstance(one, Lit) and len(one.text) > 1) else Group(branches)
                    self.groups[key] = group
                self.pos = close + 1
                _add(items, group)
            elif kind == "quant":
                if not items:
                    raise ValueError("a repetition with nothing to repeat")
                last = items.pop()
                if isinstance(last, Lit) and len(last.text) > 1:  # it repeats the last character only
                    items.append(Lit(last.text[:-1], last.fold))
                    last = Lit(last.text[-1], last.fold)
                items.append(Repeat(last, text))
            elif kind == "other" and text in "^$.":
                items.append(Atom(_MIRRORED.get(text, text), None))
            elif kind == "other":
                _add(items, Lit(text, fold))  # a brace or bracket that opens or closes nothing
            else:  # a flag group: only the pattern's first item may be one (reversed_source takes it off)
                raise ValueError(f"the flags {text} stand inside the pattern")
        return tuple(items)

    @staticmethod
    def _escape(text: str, fold: bool) -> Node:
        c = text[1]
        if c == "x":
            return Lit(chr(int(text[2:], 16)), fold)
        if c in _CHAR_ESCAPES:
            return Lit(_CHAR_ESCAPES[c], fold)
        if c in _KEPT_ESCAPES:
            return Atom(text, None)
        if text in _MIRRORED:
            return Atom(_MIRRORED[text], None)
        if not c.isalnum():
            return Lit(c, fold)
        raise ValueError(f"the escape {text} is not understood")


def _add(items: list[Node], item: Node) -> None:
    """Append ``item``, joining it to letters before it in the same case mode."""
    if isinstance(item, Lit) and items:
        last = items[-1]
        if isinstance(last, Lit) and last.fold == item.fold:
            items[-1] = Lit(last.text + item.text, item.fold)
            return
    items.append(item)


def _in_mode(fold: bool, text: str) -> str:
    """``text`` in a group that makes its letters match either case (``fold``) or only as written."""
    return ("(?i:" if fold else "(?-i:") + text + ")"


class _Writer:
    """Writes nodes reversed. ``fold`` is the case mode of the place written to: an item in the other
    mode is wrapped in ``(?i:...)`` or ``(?-i:...)``, a whole group or list at once where it can be."""

    def __init__(self) -> None:
        self.options_of: dict[int, Alternatives | None] = {}
        self.chunks_of: dict[int, list[Alternatives]] = {}
        self.modes_of: dict[int, frozenset[bool]] = {}
        #: what a group (or a chunk of alternatives) is written as, by its id and the case mode around it
        self.written: dict[tuple[int, bool], str] = {}

    def modes(self, node: Node) -> frozenset[bool]:
        """The case modes of the letters and sets in ``node``."""
        if isinstance(node, Lit):
            return frozenset((node.fold,)) if any(c.isalpha() for c in node.text) else frozenset()
        if isinstance(node, Atom):
            return frozenset() if node.fold is None else frozenset((node.fold,))
        if isinstance(node, Repeat):
            return self.modes(node.node)
        key = id(node)
        found = self.modes_of.get(key)
        if found is None:
            found = self.modes_of[key] = frozenset().union(*(self.modes(x) for b in node.branches for x in b))
        return found

    def node(self, node: Node, fold: bool) -> str:
        if isinstance(node, Lit):
            text = (node.text.lower() if node.fold else node.text)[::-1].translate(RE2_SPELLING)
            return text if node.fold == fold or not any(c.isalpha() for c in node.text) else _in_mode(node.fold, text)
        if isinstance(node, Atom):
            return node.text if node.fold is None or node.fold == fold else _in_mode(node.fold, node.text)
        if isinstance(node, Repeat):
            inner = self.node(node.node, fold)
            return ("(?:" + inner + ")" if isinstance(node.node, Repeat) else inner) + node.op
        key = (id(node), fold)
        found = self.written.get(key)
        if found is None:
            found = self.written[key] = self.group(self.modes(node), fold, lambda mode: self.branches(node.branches, mode))
        return found

    @staticmethod
    def group(modes: frozenset[bool], fold: bool, write: Callable[[bool], str]) -> str:
        """``write(mode)`` as a group, one that sets the case mode of its letters where all are in the other one."""
        if len(modes) == 1 and fold not in modes:
            return _in_mode(not fold, write(not fold))
        return "(?:" + write(fold) + ")"

    def options(self, node: Node) -> Alternatives | None:
        """What ``node`` matches as alternatives, where it is letters, or a group (or optional group) of such."""
        if isinstance(node, Lit):
            return [(node,)], True
        if isinstance(node, Repeat) and node.op in ("?", "??"):
            inner = self.options(node.node)
            return None if inner is None or len(inner[0]) >= _MAX_STRINGS else ([(), *inner[0]], inner[1])
        if not isinstance(node, Group):
            return None
        key = id(node)
        if key not in self.options_of:
            found: list[tuple[Node, ...]] | None = []
            letters = True
            for branch in node.branches:
                chunks = self.chunks(branch)
                if len(chunks) != 1 or found is None or len(found) + len(chunks[0][0]) > _MAX_STRINGS:
                    found = None
                    break
                found.extend(chunks[0][0])
                letters = letters and chunks[0][1]
            self.options_of[key] = None if found is None else (found, letters)
        return self.options_of[key]

    def chunks(self, sequence: tuple[Node, ...]) -> list[Alternatives]:
        """The sequence as consecutive chunks, each a list of alternatives.

        Items are multiplied out (``a(?:b|c)`` is ``ab|ac``) only while that copies letters: a group
        that holds anything else (a repeat, a set) is never copied into two alternatives, so the
        output stays about as long as the input.
        """
        key = id(sequence)
        found = self.chunks_of.get(key)
        if found is not None:
            return found
        done: list[Alternatives] = []
        current: list[tuple[Node, ...]] = [()]
        letters = True
        for item in sequence:
            options = self.options(item) or ([(item,)], False)
            alternatives, more_letters = options
            if (
                (len(alternatives) == 1 or letters)
                and (len(current) == 1 or more_letters)
                and len(current) * len(alternatives) <= _MAX_STRINGS
            ):
                current = [alt + more for alt in current for more in alternatives]
                letters = letters and more_letters
            else:
                done.append((current, letters))
                current, letters = alternatives, more_letters
        done.append((current, letters))
        self.chunks_of[key] = done
        return done

    def alternative(self, items: tuple[Node, ...], fold: bool) -> str:
        """Items reversed; a run of them in the other case mode (and what needs none) wrapped once."""
        out: list[str] = []
        other: list[str] = []  # a run in the other mode, not yet wrapped
        for item in reversed(items):
            modes = self.modes(item)
            if fold in modes or (not modes and not other):
                if other:
                    out.append(_in_mode(not fold, "".join(other)))
                    other = []
                out.append(self.node(item, fold))
            else:
                other.append(self.node(item, not fold))
        if other:
            out.append(_in_mode(not fold, "".join(other)))
        return "".join(out)

    def listed(self, alternatives: list[tuple[Node, ...]], fold: bool) -> list[str]:
        """Alternatives reversed: those of letters only as a tree of their shared openings (:class:`_Tree`),
        the others sorted after them."""
        tree = _Tree()
        others: set[str] = set()
        for alt in alternatives:
            if all(isinstance(item, Lit) for item in alt):
                tree.add(
                    (c.lower() if lit.fold else c, lit.fold and c.isalpha())
                    for lit in reversed(alt) if isinstance(lit, Lit) for c in reversed(lit.text)
                )
            else:
                others.add(self.alternative(alt, fold))
        return [*tree.written(fold), *sorted(others)]

    def chunk(self, chunk: Alternatives, fold: bool) -> str:
        """A chunk's alternatives, reversed (:meth:`listed`)."""
        alternatives = chunk[0]
        if len(alternatives) == 1:
            return self.alternative(alternatives[0], fold)
        key = (id(alternatives), fold)
        found = self.written.get(key)
        if found is None:
            modes = frozenset().union(*(self.modes(x) for alt in alternatives for x in alt))
            found = self.written[key] = self.group(modes, fold, lambda mode: "|".join(self.listed(alternatives, mode)))
        return found

    def branches(self, branches: Branches, fold: bool) -> str:
        """An alternation reversed: the alternatives of its one-chunk branches listed together, then the others."""
        strings: list[tuple[Node, ...]] = []
        others: set[str] = set()
        for branch in branches:
            chunks = self.chunks(branch)
            if len(chunks) == 1:
                strings.extend(chunks[0][0])
            else:
                others.add("".join(self.chunk(chunk, fold) for chunk in reversed(chunks)))
        return "|".join([*self.listed(strings, fold), *sorted(others)])


class _Tree:
    """Strings of letters by their shared openings: ``nam|nem|namow`` is written ``n(?:am(?:|ow)|em)``.

    RE2 would build that tree from the sorted list itself, but it parses every letter of the list
    first: a case-insensitive letter costs RE2 a character class to build, and the subjects' lists
    hold tens of thousands of them.
    """

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[tuple[str, bool], _Tree] = {}
        self.end = False

    def add(self, letters: Iterable[tuple[str, bool]]) -> None:
        """Add a string, as (character, whether it matches either case) pairs."""
        node = self
        for key in letters:
            node = node.children.setdefault(key, _Tree())
        node.end = True

    def written(self, fold: bool) -> list[str]:
        """The strings from here, as alternatives, in a pattern whose letters match either case where ``fold``."""
        out = [""] if self.end else []
        for (c, either), child in sorted(self.children.items()):
            text = c.translate(RE2_SPELLING)
            if c.isalpha() and either != fold:
                text = _in_mode(either, text)
            rest = child.written(fold)
            out.append(text + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
        return out


def reversed_source(source: str) -> str:
    """An RE2 source that matches exactly the reversed strings of what ``source`` matches (module docstring).

    ``source`` may open with ``(?i)``, as relaxed_source's patterns do; no other flag group is understood.
    """
    flags = "(?i)" if source.startswith("(?i)") else ""
    parser = _Parser(source[len(flags) :])
    branches = parser.alternation(bool(flags))
    if parser.pos != len(parser.source):
        raise ValueError("unbalanced parentheses")
    return flags + _Writer().branches(branches, bool(flags))
