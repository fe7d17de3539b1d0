"""A name cut from a title with a subtitle: "Metallica" of the film "Metallica: Some Kind Of Monster",
"GoldenEye" of the game "GoldenEye: Rogue Agent" (13-af).

The model's span stops at the colon, so the unit's name is the band's or the 1995 film's, and the
identity step joined the work to them by spelling. A unit whose every mention is followed by a colon and
two or more capitalised words ("X: Some Kind Of Monster") names that titled work: where such units and
other units share a name key and their articles name no less common name in common (a game and its series
in articles naming Rockstar stay together), the work's units are one entity apart from the rest
(``senses.split_senses``). Not in football or rugby reports, whose team sheets write "Wales: Gareth
Thomas, ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from analysis.corpus.identity.accords import every_mention

#: the type a titled work's units get (coarse OTHER)
SUBTITLE_LABEL = "WORK_OF_ART"
#: a colon, then at least two capitalised words (the first no initial)
_SUBTITLE = re.compile(r":\s+[A-Z0-9][\w'-]+(?:\s+[A-Z0-9][\w'-]*)+")


def subtitle_units(tables: Any, units: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (article_id, name) units among ``units`` whose every mention is followed by ": Subtitle Words"."""
    return every_mention(tables, units, lambda text, end: _SUBTITLE.match(text, end) is not None)
