"""Running the dashboard in-process with ``streamlit.testing.v1.AppTest``, shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "page.py")


def run_app(**state) -> AppTest:
    """One script run with ``state`` set in the session first (in order); fails on any exception box."""
    at = AppTest.from_file(APP, default_timeout=300)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def frame(at: AppTest, key: str) -> pd.DataFrame:
    """The rows of the table the app drew with ``key`` (each table sits in a box keyed box_<key>)."""
    return at.get_by_key(f"box_{key}").dataframe[0].value
