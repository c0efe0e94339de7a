"""The CAMEO code table: names, Goldstein scores, quad classes and PLOVER type/mode/context."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import DataFileError
from eventwire.records import PLOVER_EVENTS

CODES_PATH = Path(__file__).resolve().parent.parent / "data" / "cameo_codes.tsv"


@dataclass(frozen=True)
class CameoCode:
    """One row of ``cameo_codes.tsv``."""

    cameo: str
    name: str
    goldstein: float
    quad: int
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


@functools.cache
def load_codes(path: Path = CODES_PATH) -> dict[str, CameoCode]:
    """Every CAMEO code of the table, by code."""
    codes: dict[str, CameoCode] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    rows = csv.DictReader((line for _, line in lines), delimiter="\t")
    for (number, _), row in zip(lines[1:], rows):
        try:
            code = CameoCode(
                cameo=row["cameo"], name=row["name"], goldstein=float(row["goldstein"]),
                quad=int(row["quad"]), plover=row["plover"] or None, mode=row["mode"] or None,
                context=tuple(c for c in (row["context"] or "").split("|") if c),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as error:
            raise DataFileError(f"{path.name}:{number}: malformed row ({error})") from None
        problem = _problem(code)
        if problem:
            raise DataFileError(f"{path.name}:{number}: {problem}")
        codes[code.cameo] = code
    return codes


def _problem(code: CameoCode) -> str | None:
    """What is wrong with a row, or None."""
    if not (code.cameo.isdigit() and 2 <= len(code.cameo) <= 4):
        return f"code {code.cameo!r} is not 2 to 4 digits"
    root = int(code.cameo[:2])
    expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
    if code.quad != expected:
        return f"quad {code.quad} does not match root {code.cameo[:2]} (expected {expected})"
    if not -10 <= code.goldstein <= 10:
        return f"Goldstein score {code.goldstein} is outside -10..10"
    if code.plover is not None and code.plover not in PLOVER_EVENTS:
        return f"{code.plover!r} is not a PLOVER event type"
    return None


def cameo_code(cameo: str) -> CameoCode:
    """The table row of a CAMEO code; raises DataFileError when the table lacks it."""
    try:
        return load_codes()[cameo]
    except KeyError:
        raise DataFileError(f"{CODES_PATH.name}: no CAMEO code {cameo!r}") from None
