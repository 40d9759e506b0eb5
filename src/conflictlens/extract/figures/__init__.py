"""Casualty figures in one sentence, and their reconciliation within one incident.

A figure is a number phrase tied to a casualty status (killed / injured) and
to whom it counts (people, children, soldiers, attackers...). The status comes
from the verb before the number ("killing at least four people"), the words
after its noun ("14 people were killed"), a status noun ("14 fatalities"), a
toll ("the death toll rose to 18"), or a negation ("no one was hurt" -> 0).

The work is split by job: `lexicon` (word lists) < `build` (one Figure) <
`status` < `phrases` < `subjects` < `lists` < `tolls` < `passes` < `sentence`
(sentence_figures), and `totals` (reconcile) beside them; this package
re-exports the names the rest of conflictlens uses.
"""
from __future__ import annotations

from conflictlens.extract.figures.lexicon import (
    INJURE_VERBS, INJURED_AFTER, KILL_VERBS, KILLED_AFTER, ROLES, STATUS_NOUNS, UNITS_OR_TENS)
from conflictlens.extract.figures.phrases import num_end_index
from conflictlens.extract.figures.sentence import may_have_figures, sentence_figures
from conflictlens.extract.figures.tolls import is_rising, rising_status_target
from conflictlens.extract.figures.totals import reconcile, subcount
from conflictlens.model import Figure

__all__ = ["Figure", "INJURED_AFTER", "INJURE_VERBS", "KILLED_AFTER", "KILL_VERBS", "ROLES", "STATUS_NOUNS",
           "UNITS_OR_TENS", "is_rising", "may_have_figures", "num_end_index", "reconcile", "rising_status_target",
           "sentence_figures", "subcount"]
