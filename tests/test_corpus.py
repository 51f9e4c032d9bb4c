"""Extraction scored on the evaluation corpus beside the checkout (../shared), when present.

The corpus is not part of the repository; on a clean clone without it this test skips.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
CORPUS = SHARED / "corpus" / "dev"


@pytest.mark.skipif(not (SCORER.exists() and CORPUS.is_dir()), reason="../shared corpus not present")
def test_core_score_on_the_dev_corpus():
    run = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), "--json", "--cmd", f"{sys.executable} -m diklat_cli extract --json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    figures = json.loads(run.stdout)
    assert figures["errors"] == []
    assert figures["core"] >= 0.95
    assert figures["secondary"] >= 0.80
    ok, total = figures["no_visit_rejected"]
    assert ok == total
