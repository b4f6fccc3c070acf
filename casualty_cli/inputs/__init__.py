"""Turn command-line paths into documents.

:func:`read_documents` yields a :class:`~casualty_cli.model.Document` for every report it can read and an
:class:`~casualty_cli.errors.InputError` (yielded, not raised) for every one it cannot, so one bad file
never stops the others.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from casualty_cli.errors import InputError
from casualty_cli.model import Document


def read_documents(paths: Iterable[str], published: date | None = None) -> Iterator[Document | InputError]:
    for p in paths:
        if p == "-":
            yield Document(id="-", text=sys.stdin.read(), published=published)
            continue
        path = Path(p)
        try:
            if path.suffix == ".jsonl":
                with path.open(encoding="utf-8") as f:
                    for n, line in enumerate(f, 1):
                        if not line.strip():
                            continue
                        try:
                            row = json.loads(line)
                            pub = published or (date.fromisoformat(row["published"]) if row.get("published") else None)
                            yield Document(id=str(row["id"]), text=row["text"], published=pub)
                        except (ValueError, KeyError, TypeError) as err:
                            yield InputError(p, f"malformed JSONL line ({err})", line=n)
            else:
                yield Document(id=p, text=path.read_text(encoding="utf-8"), published=published)
        except (OSError, UnicodeDecodeError) as err:
            yield InputError(p, str(err))
