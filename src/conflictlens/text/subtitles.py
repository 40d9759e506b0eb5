"""A video's subtitle file (SRT) given as a report: numbered cues with their times, each a line or two of speech, a
sentence running on over several cues ("Yesterday, shells fired / by the Rapid Support Forces / landed inside Abu Shouk
camp,").

`without_cue_lines` reads the speech alone as running text: the cue numbers and time lines out, the lines of a
sentence joined by spaces, a new line only where a speaker's label opens a cue. It returns the text and, for each of its
characters, where that character was in the file, so the spans read from it can be put back.
"""
from __future__ import annotations

import re

_TIME_LINE = re.compile(r"[\ufeff \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
                        r"(?:[ \t]+[A-Za-z]+:\S+)*[ \t\r]*")     # (and a cue's position settings: "X1:100 Y1:20")
_NUMBER_LINE = re.compile(r"[\ufeff \t]*\d{1,5}[ \t\r]*")
# a cue opened by who speaks ("NARRATOR:", "DOCTOR (translated):", "RESIDENT 2:") or a bracketed caption ("[...]")
_SPEAKER = re.compile(r"\s*(?:[A-Z][A-Z .'’-]{1,30}(?: \([^()\n]{1,20}\))?:|\[)")
_MIN_CUES = 3


def without_cue_lines(text: str) -> tuple[str, list[int]] | None:
    """The subtitles' speech as running text, and where each of its characters was; None where `text` is no SRT."""
    if "-->" not in text:
        return None
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    if sum(1 for a, b in lines if _TIME_LINE.fullmatch(text, a, b)) < _MIN_CUES:
        return None
    chars: list[str] = []
    where: list[int] = []
    for k, (a, b) in enumerate(lines):
        if _TIME_LINE.fullmatch(text, a, b) or a == b or not text[a:b].strip():
            continue
        if _NUMBER_LINE.fullmatch(text, a, b) and k + 1 < len(lines) and _TIME_LINE.fullmatch(text, *lines[k + 1]):
            continue        # (the cue's number, its time line next)
        if chars:
            # the line before ends here: a space within speech, a new line where a speaker or a caption opens this one
            cut = a - 1
            chars.append("\n" if _SPEAKER.match(text, a, b) else " ")
            where.append(cut)
        for i in range(a, b):
            if text[i] not in "\r\ufeff":     # (a file's Windows line ends and its byte-order mark)
                chars.append(text[i])
                where.append(i)
    return "".join(chars), where
