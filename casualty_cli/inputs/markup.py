"""Plain text from small markup: feed summaries (HTML snippets) and Markdown files.

Feed summaries are a few paragraphs of simple HTML, so the standard library's parser is enough and
spares loading trafilatura (a second or more) for every feed; whole pages go to trafilatura instead.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose end is a paragraph break in the text.
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "ul",
    ]
)
#: Elements whose content is never reading text.
_SKIPPED = frozenset(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"])


_WHITESPACE = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Line breaks in HTML source are spaces; only elements break lines.
            self.parts.append(_WHITESPACE.sub(" ", data))


def html_to_text(fragment: str) -> str:
    """The reading text of an HTML fragment: tags dropped, entities decoded, paragraphs kept apart.

    >>> html_to_text("<p>At least <b>7</b> killed &amp; 8 hurt.</p><p>Second.</p>")
    'At least 7 killed & 8 hurt.\\n\\nSecond.'
    """
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return tidy_whitespace("".join(collector.parts))


def tidy_whitespace(text: str) -> str:
    """Runs of spaces become one, lines are trimmed, and at most one blank line separates paragraphs."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)

_MARKDOWN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.MULTILINE), replacement)
    for pattern, replacement in (
        (r"<!--.*?-->", ""),  # comments, often editors' notes that are not the report
        (r"^```.*$|^~~~.*$", ""),  # code fence lines (their content stays)
        (r"!\[[^\]]*\]\([^)]*\)", ""),  # images: their alt text is not the report's prose
        (r"\[([^\]]+)\]\([^)]*\)", r"\1"),  # [link text](url) -> link text
        (r"\[([^\]]+)\]\[[^\]]*\]", r"\1"),  # [link text][ref] -> link text
        (r"^[ \t]{0,3}\[[^\]]+\]:\s+\S+.*$", ""),  # reference definitions
        (r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", r"\1"),  # ATX headings keep their words
        (r"^[ \t]{0,3}(?:=+|-{2,}|\*{3,}|_{3,})[ \t]*$", ""),  # setext underlines and rules
        (r"^[ \t]{0,3}>[ \t]?", ""),  # block quotes
        (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2"),  # strong
        (r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1"),  # emphasis with * (not 2*3*4)
        (r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1"),  # emphasis with _ (not snake_case)
        (r"`([^`]+)`", r"\1"),  # inline code
    )
)


#: Lines that open a block of their own (list item, heading, quote, table row, fence, rule) keep their break.
_BLOCK_LINE = re.compile(
    r"""[ \t]*(?:
        [-*+][ \t] | \d+[.)][ \t]      # list items
      | \#  | > | \|                  # headings, quotes, table rows
      | ``` | ~~~                     # code fences
      | (?:=+|-{2,}|\*{3,}|_{3,})[ \t]*$  # setext underlines and rules
    )""",
    re.VERBOSE,
)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """A Markdown file's YAML-style front matter (simple ``key: value`` lines) and the rest.

    Only flat string fields are read: reports' front matter carries title, date, source and url, and a
    YAML parser would be a dependency for nothing more.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {m["key"].lower(): m["value"].strip().strip("\"'") for m in _FRONT_FIELD.finditer(match["body"])}
    return fields, text[match.end() :]


def markdown_to_text(markdown: str) -> str:
    """Markdown's prose without its markup, so offsets and quotes read as the report does.

    >>> markdown_to_text("# Toll rises\\n\\n**At least 11** were\\n[killed](http://x).")
    'Toll rises\\n\\nAt least 11 were killed.'
    """
    text = _unwrap(markdown)
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return tidy_whitespace(text)


def _unwrap(markdown: str) -> str:
    """Join a paragraph's lines: a line break inside one is a space in Markdown, and a sentence must
    not be cut in two by the width the file was wrapped at."""
    lines: list[str] = []
    for line in markdown.split("\n"):
        previous = lines[-1] if lines else ""
        joinable = previous.strip() and line.strip() and not _BLOCK_LINE.match(line)
        if joinable and not previous.lstrip().startswith(("#", "|", "```", "~~~")):
            lines[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


def first_heading(markdown: str) -> str | None:
    """The first level-one heading, which is a Markdown report's title when front matter names none."""
    match = re.search(r"^#[ \t]+(.+?)[ \t#]*$", markdown, re.MULTILINE)
    return markdown_to_text(match[1]) if match else None
