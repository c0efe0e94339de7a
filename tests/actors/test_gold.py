"""The actor-resolution quality gate: our own held-out gold set, scored in every test run.

`test.tsv` is held out: the resolver is developed against `dev.tsv` only. The floors and the
held-out file's hash are pinned in `floors.json`, so neither the set nor the bar can move
without a visible change to that file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from eventwire.evaluate.actors import read_gold_tsv, score_cases

GOLD = Path(__file__).parent.parent / "resources" / "actors"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_is_the_pinned_one(name: str) -> None:
    digest = hashlib.sha256((GOLD / name).read_bytes()).hexdigest()
    assert digest == FLOORS[name]["sha256"], f"{name} changed: re-pin its hash in floors.json on purpose"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_meets_its_floors(pipeline, name: str) -> None:  # noqa: ANN001
    cases = read_gold_tsv(GOLD / name)
    score = score_cases(pipeline, cases, name)
    floors = FLOORS[name]
    misses = "\n".join(
        f"  {case.id}: {case.mention!r} expected {'|'.join(sorted(case.codes)) or '-'} {case.sector or '-'}, "
        f"got {'|'.join(sorted(codes)) or '-'} {sector or '-'}"
        for case, codes, sector in score.misses[:25]
    )
    print(f"{name}: {score.cases} cases, country {score.country_accuracy:.1%}, sector {score.sector_accuracy:.1%}")
    assert score.country_accuracy >= floors["country"], misses
    assert score.sector_accuracy >= floors["sector"], misses
