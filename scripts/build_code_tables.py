"""Build eventwire/data/cameo_codes.tsv from the public CAMEO/PLOVER reference tables.

Run by hand when the reference tables change:
    python scripts/build_code_tables.py ../shared/peer-suites
It reads the CAMEO -> PLOVER conversion table and the Goldstein scale (facts: codes, names,
scores, types) and writes one row per CAMEO code in the project's own format.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "cameo_codes.tsv"

# CAMEO 01 and 02 are not in the conversion table: PLOVER drops public statements (01)
# and folds appeals (02) into REQUEST. Names per the CAMEO 1.1b3 codebook.
STATEMENT_AND_APPEAL_NAMES = {
    "01": "Make public statement", "010": "Make statement, not specified below",
    "011": "Decline comment", "012": "Make pessimistic comment", "013": "Make optimistic comment",
    "014": "Consider policy option", "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility", "017": "Engage in symbolic act",
    "018": "Make empathetic comment", "019": "Express accord",
    "02": "Appeal", "020": "Make an appeal or request, not specified below",
    "021": "Appeal for material cooperation", "0211": "Appeal for economic cooperation",
    "0212": "Appeal for military cooperation", "0213": "Appeal for judicial cooperation",
    "0214": "Appeal for intelligence", "022": "Appeal for diplomatic cooperation",
    "023": "Appeal for aid", "0231": "Appeal for economic aid", "0232": "Appeal for military aid",
    "0233": "Appeal for humanitarian aid", "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform", "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of popular dissent", "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate", "027": "Appeal to others to settle dispute",
    "028": "Appeal to engage in or accept mediation",
}  # fmt: skip
APPEAL_MODES = {"021": "assist", "022": "assist", "023": "assist", "024": "change",
                "025": "yield", "026": "meet", "027": "meet", "028": "meet"}  # fmt: skip
# The conversion table names CAMEO 100 by its PLOVER type; CAMEO calls it a demand.
NAME_FIXES = {"100": "Demand, not specified below", "10": "Demand"}
TYPO_FIXES = {"Apolgize": "Apologize", "adminstrative": "administrative", "Ostruct": "Obstruct"}
ROOT_PLOVER = {"09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
               "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
               "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}  # fmt: skip
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#\s*(.*)$")
HEADER = """\
# CAMEO event codes with their names, Goldstein scores, quad classes and PLOVER type/mode/context.
# One row per CAMEO 1.1b3 code (2-digit roots too). Columns:
#   cameo     the CAMEO code as a string ("042", "1246")
#   name      the CAMEO name of the code
#   goldstein Goldstein conflict-cooperation score (-10..10)
#   quad      quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
#             3 verbal conflict (09-13), 4 material conflict (14-20)
#   plover    PLOVER 0.8 event type; empty for CAMEO 01 (statements are quotes, not events)
#   mode      PLOVER mode of that type, or empty
#   context   PLOVER contexts separated by "|", or empty
# Facts from the public PLOVER CAMEO->PLOVER table (2021) and the CAMEO Goldstein scale.
# To extend: add a row; eventwire validates every row on load and names file:line on error.
# Regenerate with: python scripts/build_code_tables.py ../shared/peer-suites
"""


def quad_class(code: str) -> int:
    """Quad class of a CAMEO code by its root."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def main(folder: Path) -> None:
    goldstein = {}
    with open(folder / "CAMEO.goldsteinscale.txt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            goldstein[row["CAMEOEVENTCODE"].strip()] = float(row["GOLDSTEINSCALE"])
    plover: dict[str, tuple[str, str, str, str]] = {}
    for raw in (folder / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = LINE.match(raw.strip())
        if not match or match.group(1) in plover:
            continue
        code, event, mode, context, name = (part.strip() for part in match.groups())
        name = name.split("  ")[0].strip()
        for wrong, right in TYPO_FIXES.items():
            name = name.replace(wrong, right)
        contexts = "|".join(c.strip() for c in context.split(";") if c.strip())
        plover[code] = (name, event, mode.strip(), contexts)
    rows = []
    for code in sorted(goldstein, key=lambda c: (c[:2], c)):
        if code in plover:
            name, event, mode, context = plover[code]
        elif code in STATEMENT_AND_APPEAL_NAMES:
            name = STATEMENT_AND_APPEAL_NAMES[code]
            event = "REQUEST" if code.startswith("02") else ""
            mode, context = APPEAL_MODES.get(code[:3], ""), ""
        else:  # a 2-digit root with no row of its own: name it by its first child
            child = plover.get(code + "0")
            name = child[0].replace(", not specified below", "") if child else code
            event, mode, context = (child[1] if child else ROOT_PLOVER.get(code, "")), "", ""
        name = NAME_FIXES.get(code, name)
        rows.append([code, name, f"{goldstein[code]:g}", str(quad_class(code)), event, mode, context])
    with open(OUT, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["cameo", "name", "goldstein", "quad", "plover", "mode", "context"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/peer-suites"))
