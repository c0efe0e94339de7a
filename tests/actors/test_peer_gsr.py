"""The issue's second actor target, measured on the PLOVER gold standard peer suite.

The peer suites live outside the project (``../shared/peer-suites``, or the folder named by
``EVENTWIRE_PEER_SUITES``) and are used for measurement only: nothing in the resolver is
tuned on them item by item. Where they are not on the machine, the test is skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.evaluate.actors import read_plover_gsr, score_cases

PEER_SUITES = Path(os.environ.get("EVENTWIRE_PEER_SUITES", Path(__file__).resolve().parents[2].parent / "shared" / "peer-suites"))
GSR = PEER_SUITES / "PLOVER_GSR_CAMEO.txt"
# The issue asks for the gold country of at least 90% of the source and target actors.
COUNTRY_FLOOR = 0.90


@pytest.mark.slow
@pytest.mark.skipif(not GSR.exists(), reason=f"the PLOVER gold standard is not at {GSR}")
def test_plover_gold_standard_country_accuracy(pipeline) -> None:  # noqa: ANN001
    score = score_cases(pipeline, read_plover_gsr(GSR), "PLOVER GSR", gsr=True)
    print(f"PLOVER GSR: {score.cases} actors, country {score.country_accuracy:.1%}, sector {score.sector_accuracy:.1%}")
    assert score.cases >= 600
    assert score.country_accuracy >= COUNTRY_FLOOR
