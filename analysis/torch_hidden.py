"""Keep spaCy's thinc from importing torch.

thinc (under spaCy) imports torch at its own import whenever torch is installed, to offer torch
layers that the small English pipeline never uses: with the ``transformer`` extra installed, that
was about 1.2 s of CPU added to every model load (the dashboard's first view, each worker's start).
This finder makes that one import, and only it (the importing module is ``thinc.compat``), fail as
if torch were missing; thinc then records ``has_torch = False`` and goes on. Every other import of
torch (the strong sentiment tier's, transformers') finds it as usual, before or after.
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder
from typing import Any

#: The module whose ``import torch`` is refused.
THINC_COMPAT = "thinc.compat"


class HideTorchFromThinc(MetaPathFinder):
    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name != "torch" or "torch" in sys.modules:
            return None
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_globals.get("__name__") == THINC_COMPAT:
                raise ModuleNotFoundError("torch is not offered to thinc (see analysis.torch_hidden)", name=name)
            frame = frame.f_back
        return None


def install() -> None:
    if not any(isinstance(f, HideTorchFromThinc) for f in sys.meta_path):
        sys.meta_path.insert(0, HideTorchFromThinc())
