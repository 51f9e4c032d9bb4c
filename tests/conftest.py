"""Every test starts in English with no language chosen: the locale of the machine running
the tests (LANG=id_ID.UTF-8 on an Indonesian desktop) must not change what they see, and a
language chosen by one test (`--lang id`) must not leak into the next. Property tests have no
time limit per example: no test is timed."""

from __future__ import annotations

import pytest
from hypothesis import settings

from diklat_cli import i18n

settings.register_profile("diklat", deadline=None)
settings.load_profile("diklat")


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    for name in i18n.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.reset()
    yield
    i18n.reset()
