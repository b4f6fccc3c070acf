"""Whatever bytes arrive, reading yields documents and one-line errors: never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_cli.errors import InputError
from casualty_cli.inputs import read_documents
from casualty_cli.model import Document

SUFFIXES = ["", ".txt", ".md", ".html", ".xml", ".jsonl"]

#: Bytes that look a little like each kind, so the readers past detection get exercised too.
PREFIXES = [
    b"",
    b"<html><body><p>",
    b'<?xml version="1.0"?><rss version="2.0"><channel><item>',
    b'{"id": "1", "text": "',
]

any_bytes = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda s: s.encode("utf-8")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=300).map(lambda s: s.encode("latin-1")),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(SUFFIXES), prefix=st.sampled_from(PREFIXES), body=any_bytes)
def test_reading_any_bytes_never_raises(suffix: str, prefix: bytes, body: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(prefix + body)
        for item in read_documents([str(path)]):
            assert isinstance(item, Document | InputError)
            if isinstance(item, InputError):
                assert "\n" not in str(item)
                assert str(item).startswith(str(path))
