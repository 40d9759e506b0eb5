"""The first-letter rewrites of word alternations (conflictlens.text.alternation) find what the
original patterns find."""
import re
from importlib import resources

import pytest

from conflictlens.extract import dates, political, sources, types
from conflictlens.text.alternation import by_first_letter, top_alternatives
from conflictlens.text.sentences import split_sentences


def _sentences() -> list[str]:
    texts = [f.read_text(encoding="utf-8") for f in resources.files("conflictlens.samples").iterdir()
             if f.name.endswith(".txt")]
    texts.append("Shelling, air strikes and a car bomb: gunmen opened fire; ISAF said. (Reuters)said "
                 "According to the Governor's office, the Emergency Services reported a drone over Kharkiv.")
    out = [s.text for t in texts for s in split_sentences(t)]
    return out + [s.upper() for s in out] + [s.lower() for s in out]


def test_top_alternatives():
    assert top_alternatives(r"a|b(?:c|d)|[|]x") == ["a", "b(?:c|d)", "[|]x"]


def test_by_first_letter_keeps_order_within_a_letter():
    fast = re.compile(r"\W" + by_first_letter(["said", "says", "say"]))
    assert [m.group()[1:] for m in fast.finditer(" he says, they said, I say")] == ["says", "said", "say"]
    with pytest.raises(ValueError):
        by_first_letter([r"\d+"])


@pytest.mark.parametrize("sentence", _sentences())
def test_same_matches(sentence):
    low = sentence.lower()
    if len(low) == len(sentence):
        slow = [(m.start(), m.end(), types._CUE_INFO[m.lastgroup]) for m in re.compile(types._CUE_SOURCE).finditer(low)]
        fast = [(c.start, c.end, (c.weapon, c.sub_event_type, c.rank)) for c in types.find_cues(sentence, 0)]
        assert fast == slow
    assert sources._anchors(sentence) == [m.span() for m in sources._ANCHOR.finditer(sentence)]
    windows = sources._windows(sentence)
    assert [(a, b, words) for a, b, words in sources._role_titles(sentence, windows)] == \
        [(a, b, [r.span() for r in sources._ROLE_TITLE.finditer(sentence, a, b)]) for a, b in windows]
    assert bool(dates._MAYBE_DATE.search(low)) == bool(
        re.search(r"\d", low) or dates._MAYBE_DATE_WORD.search(" " + low))
    assert bool(political._ANY_CUE.search(low)) == bool(political._ANY_CUE_FAST.search(" " + low))
