"""The lazy sentence index finds the sentences split_sentences lists."""

from __future__ import annotations

import random
from bisect import bisect_right

from casualty_cli.extraction.sentences import SentenceIndex, split_sentences


def test_the_index_finds_what_a_search_of_all_sentences_finds() -> None:
    rng = random.Random(11)
    pieces = ["Two men were shot", ". ", "\n", "\n\n", " ", "St. Louis", "dead.The", "Police said", "?", "! ", "“Quote.” ", "a"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        sentences = split_sentences(text)
        starts = [s.start for s in sentences]
        index = SentenceIndex(text)
        for pos in range(len(text) + 1):
            i = bisect_right(starts, pos) - 1
            assert index.find(pos) == (sentences[i] if i >= 0 else None), (text, pos)
