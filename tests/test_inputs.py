"""Reading reports as they arrive: kinds, encodings, metadata, errors, streaming.

The fixtures under tests/fixtures/inputs/ were written for these tests (real incidents, our own
words); the encoded ones were written with Python's codecs (``str.encode("cp1252")`` etc.).
"""

from __future__ import annotations

import doctest
import errno
import io
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import casualty_cli.inputs.common
import casualty_cli.inputs.markup
from casualty_cli.errors import InputError
from casualty_cli.inputs import read_documents
from casualty_cli.inputs.common import Flags
from casualty_cli.inputs.detect import detect_kind
from casualty_cli.inputs.jsonl import read_jsonl
from casualty_cli.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"


def fixture(relative: str) -> str:
    return str(FIXTURES / relative)


def read_all(*paths: str, **kwargs: object) -> list[Document | InputError]:
    return list(read_documents(list(paths), **kwargs))  # type: ignore[arg-type]


def documents(*paths: str, **kwargs: object) -> list[Document]:
    items = read_all(*paths, **kwargs)
    errors = [item for item in items if isinstance(item, InputError)]
    assert not errors, errors
    return [item for item in items if isinstance(item, Document)]


def only_document(path: str, **kwargs: object) -> Document:
    docs = documents(path, **kwargs)
    assert len(docs) == 1, docs
    return docs[0]


def only_error(path: str) -> InputError:
    items = read_all(path)
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # cp1252: curly quotes and an en dash are bytes 0x91-0x97, which cp1250 and cp1257 read the same;
        # é is where cp1250 would differ only for some letters, so the tie-break must pick cp1252.
        (
            "cp1252.txt",
            "The hospital’s director said “at least seven” people were killed – the café opposite was destroyed too.\n",
        ),
        (
            "latin1_french.txt",
            "Réfugiés: onze personnes ont été tuées à l'hôpital, selon Médecins Sans Frontières.\n",
        ),
        ("cp1251_russian.txt", "По данным врачей, погибли одиннадцать человек.\n"),
        ("utf16.txt", "Twenty-five people were killed, nine of them staff — Médecins Sans Frontières.\n"),
        ("utf16_no_bom.txt", "Eleven people were killed in the strike, the charity said on Tuesday.\n"),
        ("utf8_bom.txt", "At least 11 killed in the strike near Ma’arat al-Numan.\n"),
        ("crlf.txt", "Eleven people were killed.\nThe charity said so.\n"),
    ],
)
def test_text_encodings_are_decoded_exactly(name: str, expected: str) -> None:
    doc = only_document(fixture(f"encodings/{name}"))
    assert doc.text == expected
    assert doc.id == fixture(f"encodings/{name}")


def test_cp1252_fixture_really_is_cp1252() -> None:
    # Guards the fixture itself: if an editor re-saved it as UTF-8 the test above would prove nothing.
    raw = (FIXTURES / "encodings/cp1252.txt").read_bytes()
    assert b"\x92" in raw
    assert b"\x93" in raw
    assert b"\xe9" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("image.png", "binary file"),
        ("binary_named.txt", "binary file"),
        ("controls.txt", "binary file"),
        ("undecodable.txt", "undecodable bytes"),
    ],
)
def test_binary_and_undecodable_files_are_errors_not_mojibake(name: str, problem: str) -> None:
    err = only_error(fixture(f"encodings/{name}"))
    assert err.source == fixture(f"encodings/{name}")
    assert problem in err.problem
    assert err.line is None


def test_html_page_in_declared_cp1252() -> None:
    doc = only_document(fixture("pages/cp1252_declared.html"))
    assert "Ma’arat al-Numan" in doc.text
    assert "“At least seven people were killed,”" in doc.text
    assert "Médecins Sans Frontières" in doc.text


# --- HTML pages -----------------------------------------------------------------------------------


def test_page_date_title_and_canonical_url_from_meta() -> None:
    doc = only_document(fixture("pages/meta_date_only.html"))
    assert doc.published == date(2016, 2, 16)
    assert doc.title == "Missiles hit MSF-supported hospital in Idlib province"
    assert doc.url == "https://news.example.org/2016/idlib-hospital-strike"
    assert doc.source == "Fixture Daily"
    assert doc.id == fixture("pages/meta_date_only.html")
    assert "Eleven people are now known to have been killed" in doc.text
    assert "<p>" not in doc.text


@pytest.mark.parametrize(
    "junk",
    [
        "World desk",  # navigation
        "Weather outlook",
        "Subscribe to our weekend newsletter",  # banner
        "Most read",  # teasers
        "Ten recipes for a rainy afternoon",
        "Cookie settings",  # footer
        "All rights reserved",
    ],
)
def test_page_text_leaves_out_navigation_teasers_and_footer(junk: str) -> None:
    doc = only_document(fixture("pages/nav_footer.html"))
    assert "has risen to 19" in doc.text
    assert "three of them children" in doc.text
    assert junk not in doc.text


def test_copyright_footer_does_not_beat_the_meta_date() -> None:
    doc = only_document(fixture("pages/copyright_footer.html"))
    assert doc.published == date(2015, 10, 5)
    assert "Copyright" not in doc.text


def test_copyright_footer_alone_is_no_publication_date() -> None:
    # trafilatura's extensive date search would read "Copyright 2016" as 2016-01-01.
    doc = only_document(fixture("pages/copyright_only.html"))
    assert doc.published is None


def test_page_with_only_navigation_is_a_broken_page() -> None:
    err = only_error(fixture("pages/no_article.html"))
    assert err.problem.startswith("broken page")


@pytest.mark.parametrize(
    "markup",
    [
        b"<html><head><title>x</title></head><body></body></html>",
        b"<html><body><script>var toll = 7;</script></body></html>",
    ],
)
def test_page_without_text_is_a_broken_page(tmp_path: Path, markup: bytes) -> None:
    page = tmp_path / "shell.html"
    page.write_bytes(markup)
    assert only_error(str(page)).problem.startswith("broken page")


# --- feeds ----------------------------------------------------------------------------------------


def test_rss_feed_gives_one_document_per_entry_with_its_own_date() -> None:
    docs = documents(fixture("feeds/idlib_hospital.rss"))
    assert [d.id for d in docs] == ["wire-idlib-hospital-1", "wire-idlib-hospital-2", "wire-idlib-hospital-3"]
    # Entry 2 is stamped 01:30 +0300 on the 16th: the 15th in UTC, but published on the 16th.
    assert [d.published for d in docs] == [date(2016, 2, 15), date(2016, 2, 16), date(2016, 2, 18)]
    assert [d.url for d in docs] == [
        "https://wire.example.org/syria/2016/02/15/idlib-hospital",
        "https://wire.example.org/syria/2016/02/16/idlib-hospital-toll",
        "https://wire.example.org/syria/2016/02/18/idlib-hospital-final",
    ]
    assert {d.source for d in docs} == {"Fixture Wire: Syria"}
    assert {d.origin for d in docs} == {fixture("feeds/idlib_hospital.rss")}


def test_rss_entry_text_is_title_blank_line_then_plain_summary() -> None:
    first, second, third = documents(fixture("feeds/idlib_hospital.rss"))
    assert first.title == "Missiles strike MSF-backed hospital in Idlib, at least 7 dead"
    assert first.text == (
        "Missiles strike MSF-backed hospital in Idlib, at least 7 dead\n\n"
        "At least seven people were killed on Monday when missiles hit a hospital supported by "
        "Médecins Sans Frontières near Ma'arat al-Numan, the charity said.\n\n"
        "Eight members of its staff could not be accounted for."
    )
    assert second.text.startswith("Death toll in Idlib hospital strike rises to 11\n\nEleven people")
    assert "MSF said & warned" in second.text  # entities decoded once, tags gone
    assert "<" not in second.text
    assert "nine of them members of the hospital's staff" in third.text


def test_atom_feed() -> None:
    docs = documents(fixture("feeds/kunduz.atom"))
    assert [d.id for d in docs] == ["urn:example:fixture-wire:kunduz-1", "urn:example:fixture-wire:kunduz-2"]
    # The second entry has only <updated>, at 00:30 +04:30 on the 4th (still the 3rd in UTC).
    assert [d.published for d in docs] == [date(2015, 10, 3), date(2015, 10, 4)]
    assert docs[1].text == (
        "Kunduz hospital toll climbs to 19\n\n"
        "The dead now number 19: twelve staff and seven patients, three of them children."
    )
    assert docs[0].url == "https://wire.example.org/afghanistan/2015/10/03/kunduz-hospital"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("broken.xml", "feed does not parse"),
        ("cut_off.rss", "feed does not parse"),  # cut off inside its first item
        ("not_a_feed.xml", "not an RSS or Atom feed"),
    ],
)
def test_feed_that_does_not_parse_is_an_error_naming_the_file(name: str, problem: str) -> None:
    err = only_error(fixture(f"feeds/{name}"))
    assert err.source == fixture(f"feeds/{name}")
    assert problem in err.problem
    assert "\n" not in str(err)


def test_feed_with_no_entries_gives_nothing() -> None:
    assert read_all(fixture("feeds/empty_channel.rss")) == []


def test_feed_entry_without_id_takes_its_link_then_its_position(tmp_path: Path) -> None:
    feed = tmp_path / "bare.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Seven killed</title><link>https://example.org/a</link></item>"
        "<item><title>Eleven killed</title></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    assert [d.id for d in documents(str(feed))] == ["https://example.org/a", f"{feed}#2"]


# --- JSON Lines -------------------------------------------------------------------------------------


def test_jsonl_reads_good_rows_and_reports_bad_lines_with_numbers() -> None:
    path = fixture("jsonl/mixed.jsonl")
    items = read_all(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["idlib-1", "idlib-2", "8"]
    assert [d.published for d in docs] == [date(2016, 2, 15), date(2016, 2, 16), date(2016, 2, 18)]
    assert docs[0].title == "Hospital hit in Idlib"
    assert docs[0].source == "Fixture Wire"
    assert docs[0].url == "https://wire.example.org/a"
    assert docs[0].origin == f"{path}:1"
    assert [(e.source, e.line) for e in errors] == [(path, n) for n in (3, 5, 6, 7, 8, 9)]
    problems = [e.problem for e in errors]
    assert problems[0].startswith("not valid JSON")
    assert problems[1:] == [
        'missing "id"',
        'missing "text"',
        '"text" must be a string, got int',
        "\"published\": cannot read 'last Thursday' as a date (use YYYY-MM-DD; relative words like 'yesterday' are not accepted)",
        "expected a JSON object, got list",
    ]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b'{"id": "a", "text": "caf\xe9"}', "undecodable bytes at column 25 (JSON Lines must be UTF-8)"),
        (b'{"id": true, "text": "x"}', '"id" must be a string or an integer, got true'),
        (b'{"id": "", "text": "x"}', 'missing "id"'),
        (
            b'{"id": "a", "text": "x", "published": 20160215}',
            '"published" must be a date string, got 20160215',
        ),
        (b'{"id": "a", "text": "x", "title": ["t"]}', '"title" must be a string, got list'),
        (b'{"id": "a", "text": null}', '"text" must be a string, got NoneType'),
    ],
)
def test_jsonl_malformed_rows(tmp_path: Path, line: bytes, problem: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "fine"}\n' + line + b"\n")
    first, second = read_all(str(path))
    assert isinstance(first, Document)
    assert isinstance(second, InputError)
    assert (second.line, second.problem) == (2, problem)


def test_jsonl_accepts_bom_blank_lines_datetimes_and_integer_ids(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"id": 1, "text": "a", "published": "2016-02-15T22:10:00Z"}\r\n'
        b"\n   \n"
        b'{"id": "b", "text": "", "published": null}'  # no final newline
    )
    docs = documents(str(path))
    assert [(d.id, d.text, d.published) for d in docs] == [("1", "a", date(2016, 2, 15)), ("b", "", None)]
    assert docs[1].origin == f"{path}:4"


def test_jsonl_is_read_lazily_line_by_line() -> None:
    consumed: list[int] = []

    def lines() -> Iterator[bytes]:
        for n in range(1, 1_000_000):
            consumed.append(n)
            yield b'{"id": "%d", "text": "x"}\n' % n

    rows = read_jsonl(lines(), "big.jsonl", Flags())
    first = next(rows)
    assert isinstance(first, Document)
    assert first.id == "1"
    assert consumed == [1]


def test_jsonl_read_error_mid_file_is_one_error_at_that_line() -> None:
    def lines() -> Iterator[bytes]:
        yield b'{"id": "1", "text": "a"}\n'
        yield b'{"id": "2", "text": "b"}\n'
        raise OSError(errno.EIO, "Input/output error")

    items = list(read_jsonl(lines(), "gone.jsonl", Flags()))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "InputError"]
    err = items[-1]
    assert isinstance(err, InputError)
    assert str(err) == "gone.jsonl:3: cannot read further: Input/output error"


def test_read_documents_is_lazy_across_paths() -> None:
    def paths() -> Iterator[str]:
        yield fixture("tree/2016/idlib.txt")
        raise AssertionError("the second path was asked for before the first document was used")

    items = read_documents(paths())
    first = next(items)
    assert isinstance(first, Document)


# --- kinds, folders, lying names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.txt", b"Seven killed.", "text"),
        ("a", b"Seven killed.", "text"),
        ("a.md", b"# Seven killed", "markdown"),
        ("a.html", b"<p>Seven killed</p>", "html"),
        ("a.txt", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("a.txt", b"\n  <html lang='en'>", "html"),
        ("a.txt", b"<div class='story'>Seven killed</div>", "html"),
        ("a", b'<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0">', "feed"),
        ("a.html", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("a.xml", b'<?xml version="1.0"?><html><body>x</body></html>', "html"),
        ("a.rss", b"nothing like a feed", "feed"),  # the name decides; reading it then fails clearly
        ("a.txt", b'{"id": "1", "text": "x"}\n{"id": "2"', "jsonl"),
        ("a.txt", b'{"note": "not a report row"}\n', "text"),
        ("a.jsonl", b"broken first line\n", "jsonl"),
        ("a.TXT", "<html>".encode("utf-16"), "html"),
        ("dir.d/file", b"Seven killed.", "text"),
    ],
)
def test_detect_kind(name: str, head: bytes, kind: str) -> None:
    assert detect_kind(name, head) == kind


def test_folder_is_read_recursively_sorted_skipping_hidden_and_empty_files() -> None:
    root = fixture("tree")
    docs = documents(root)
    assert [d.id for d in docs] == [
        f"{root}/2015/kunduz/day1.txt",
        f"{root}/2015/kunduz/day2.md",
        "azaz",
        f"{root}/2016/idlib.txt",
    ]
    assert docs[2].origin == f"{root}/2016/azaz.jsonl:1"
    assert not any("Draft" in d.text or "scratch" in d.text for d in docs)


def test_several_paths_keep_their_order_and_errors_do_not_stop_the_rest() -> None:
    items = read_all(
        fixture("tree/2016/idlib.txt"), fixture("nope.txt"), fixture("encodings/image.png"), "tree-x"
    )
    assert isinstance(items[0], Document)
    assert [str(i) for i in items[1:]] == [
        f"{fixture('nope.txt')}: no such file or directory",
        f"{fixture('encodings/image.png')}: binary file (NUL bytes), not text",
        "tree-x: no such file or directory",
    ]


@pytest.mark.parametrize(
    ("name", "count", "first_id"),
    [
        ("page_saved_as.txt", 1, "page_saved_as.txt"),
        ("idlib_feed_without_extension", 3, "wire-idlib-hospital-1"),
        ("rows_saved_as.txt", 2, "azaz-1"),
    ],
)
def test_content_decides_when_the_name_lies(name: str, count: int, first_id: str) -> None:
    docs = documents(fixture(f"lying/{name}"))
    assert len(docs) == count
    assert docs[0].id.endswith(first_id)
    assert all("<" not in d.text for d in docs)


def test_page_saved_as_txt_is_read_as_a_page() -> None:
    doc = only_document(fixture("lying/page_saved_as.txt"))
    assert doc.published == date(2016, 2, 15)
    assert doc.title == "Azaz hospital hit"
    assert "Front page" not in doc.text
    assert doc.text.startswith("Missiles struck a children's hospital")


def test_markdown_front_matter_and_markup() -> None:
    doc = only_document(fixture("markdown/report.md"))
    assert doc.title == "Idlib hospital strike: the toll so far"
    assert doc.published == date(2016, 2, 18)
    assert doc.source == "Fixture Notes"
    assert doc.url == "https://notes.example.org/idlib-hospital"
    assert doc.text == (
        "Idlib hospital strike\n\n"
        "Missiles hit the MSF-supported hospital near Ma'arat al-Numan on 15 February 2016.\n\n"
        "Twenty-five people died, nine of them staff.\n\n"
        "- first report: at least 7 killed\n"
        "- second report: 11 killed"
    )


def test_markdown_title_from_first_heading() -> None:
    doc = only_document(fixture("markdown/no_front_matter.md"))
    assert doc.title == "Kunduz trauma centre bombed"
    assert doc.published is None


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("blank.txt", b"  \n\n\t\n"),
        ("empty.jsonl", b""),
        ("blank.jsonl", b"\n\n"),
        ("empty.html", b""),
        ("empty.md", b"\n"),
        ("bom_only.txt", b"\xef\xbb\xbf"),
        ("utf16_bom_only.txt", b"\xff\xfe"),
    ],
)
def test_empty_file_gives_nothing_and_no_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert read_all(str(path)) == []


# --- operating-system failures ---------------------------------------------------------------------


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 would not stop root (CI may run as root), so the refusal is simulated.
    path = tmp_path / "locked.txt"
    path.write_text("Seven killed.", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> io.BytesIO:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert str(only_error(str(path))) == f"{path}: permission denied"


def test_dangling_symlink_in_a_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("Seven killed.", encoding="utf-8")
    (tmp_path / "reports" / "b.txt").symlink_to(tmp_path / "gone.txt")
    items = read_all(str(tmp_path / "reports"))
    assert isinstance(items[0], Document)
    assert str(items[1]) == f"{tmp_path / 'reports' / 'b.txt'}: no such file or directory"


def test_symlink_loop_in_a_folder_ends(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("Seven killed.", encoding="utf-8")
    (tmp_path / "reports" / "again").symlink_to(tmp_path / "reports")
    ids = [d.id for d in documents(str(tmp_path / "reports"))]
    assert ids == [str(tmp_path / "reports" / "a.txt")]


def test_file_that_fails_while_read_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "vanishing.txt"
    path.write_text("Seven killed.", encoding="utf-8")

    class Failing(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: Failing())
    assert str(only_error(str(path))) == f"{path}: cannot read: Input/output error"


# --- standard input and metadata precedence ---------------------------------------------------------


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text_has_id_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, "At least 7 killed in Idlib.\n".encode("cp1252"))
    doc = only_document("-", published=date(2016, 2, 15))
    assert (doc.id, doc.text, doc.published, doc.origin) == (
        "-",
        "At least 7 killed in Idlib.\n",
        date(2016, 2, 15),
        "-",
    )


def test_stdin_jsonl_is_streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, (FIXTURES / "jsonl/mixed.jsonl").read_bytes())
    items = read_all("-")
    assert [i.id for i in items if isinstance(i, Document)] == ["idlib-1", "idlib-2", "8"]
    assert [i.line for i in items if isinstance(i, InputError)] == [3, 5, 6, 7, 8, 9]


@pytest.mark.parametrize(
    ("path", "own_published", "own_source"),
    [
        ("pages/meta_date_only.html", date(2016, 2, 16), "Fixture Daily"),
        ("feeds/idlib_hospital.rss", date(2016, 2, 15), "Fixture Wire: Syria"),
        ("jsonl/mixed.jsonl", date(2016, 2, 15), "Fixture Wire"),
        ("markdown/report.md", date(2016, 2, 18), "Fixture Notes"),
        ("tree/2016/idlib.txt", None, None),
    ],
)
def test_metadata_precedence_flags_then_document_then_none(
    path: str, own_published: date | None, own_source: str | None
) -> None:
    [own, *_] = [i for i in read_all(fixture(path)) if isinstance(i, Document)]
    assert (own.published, own.source) == (own_published, own_source)
    [flagged, *_] = [
        i
        for i in read_all(fixture(path), published=date(2020, 1, 1), source="Desk notes")
        if isinstance(i, Document)
    ]
    assert (flagged.published, flagged.source) == (date(2020, 1, 1), "Desk notes")
    assert (flagged.title, flagged.url) == (own.title, own.url)  # flags do not touch the rest


@pytest.mark.parametrize("module", [casualty_cli.inputs.markup, casualty_cli.inputs.common])
def test_doctests(module: object) -> None:
    failures, _ = doctest.testmod(module)  # type: ignore[arg-type]
    assert failures == 0
