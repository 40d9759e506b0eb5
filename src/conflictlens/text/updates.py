"""A wire story's series pasted as one text: "URGENT", "1ST UPDATE", "2ND UPDATE", parted by rules.

Each update retells the story with what is new (a higher toll, a claim, the end of a siege), so the
series reports one incident whose figures are the last part's. Read as one text, its parts would be
the same incident told three times with three tolls, or three incidents. The last part is read as
the report (its slug, title and dateline first), its spans moved back by where it starts.
"""
from __future__ import annotations

import re

# a rule between the parts: "=====", "*****", "---", "- - -"
_RULE = re.compile(r"^[ \t]*(?:[=*_~#-][ \t]*){3,}$", re.MULTILINE)
# what heads a series' part, in its first lines: "URGENT", "1ST UPDATE - SOMALIA-SECURITY", "UKRAINE-CRISIS/KRYVYI RIH (2ND
# UPDATE)", "NIGERIA-SECURITY/BLAST (UPDATE 2)", "(Adds death toll, details)"
_UPDATE_HEAD = re.compile(r"^\s*(?:URGENT\b|FLASH\b|\d+(?:ST|ND|RD|TH) UPDATE\b|.{0,80}\((?:\d+(?:ST|ND|RD|TH) )?UPDATE(?: \d+)?\)"
                          r"|.{0,80}\bUPDATE \d+\b|\((?:Adds|Updates|Recasts|Corrects)\b)")
_HEAD_LINES = 4


def last_update(text: str) -> int | None:
    """Where the last update starts, where the text is such a series (its first part headed, and the parts after it
    all but one, the last among them: not press releases pasted with a later "UPDATE: ..." of their own); else None."""
    if "UPDATE" not in text and "(Adds" not in text and "(Updates" not in text:
        return None
    rules = list(_RULE.finditer(text))
    if not rules:
        return None
    bounds = [0] + [m.end() for m in rules]
    parts = [(a, (rules[k].start() if k < len(rules) else len(text))) for k, a in enumerate(bounds)]
    headed = [_headed(text[a:b]) for a, b in parts]
    if len(parts) < 2 or not headed[0] or not headed[-1] or sum(headed[1:]) < max(1, len(parts) - 2):
        return None
    if not (_story_marks(text[parts[0][0]:parts[0][1]]) & _story_marks(text[parts[-1][0]:parts[-1][1]])):
        return None     # (one story told again: its slug or its dateline's city shared by the first part and the last; not
        #                 a channel's "UPDATE 1 - Kharkiv", "UPDATE 2 - Sumy", each a place of its own)
    start = parts[-1][0]
    return start + (len(text[start:]) - len(text[start:].lstrip()))


# a wire story's slug ("SOMALIA-SECURITY", "UKRAINE-CRISIS/KRYVYI RIH") and its dateline's city ("BAIDOA, May 13 (HNW) -")
_SLUG = re.compile(r"\b[A-Z]{3,}(?:[-/][A-Z]{2,})+\b")
_DATELINE_CITY = re.compile(r"^([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+)?),", re.MULTILINE)


def _story_marks(part: str) -> set[str]:
    """The slugs and dateline cities a part carries."""
    return set(_SLUG.findall(part)) | set(_DATELINE_CITY.findall(part))


def _headed(part: str) -> bool:
    """The part opens with an update's head among its first lines."""
    lines = [line for line in part.split("\n") if line.strip()][:_HEAD_LINES]
    return any(_UPDATE_HEAD.match(line) for line in lines)
