"""Cutting the dateline ("ANKARA (Reuters) -", "KYIV, Nov 18 (AP) —") off an article body.

A dateline is a place in capitals, optionally followed by ", <region or date>" parts and a wire
service in parentheses, then a dash. A place in Title Case is accepted only when a wire follows
it ("Kyiv (AFP) -"): without that, too many ordinary sentences would match.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.records import Dateline

# "WASHINGTON/MOSCOW": a story filed from two places names them joined by a slash.
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?:(?:[ ]+|/)[A-Z][A-Z'’.\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z'’.\-]+(?:[ ]+[A-Z][a-z'’.\-]+){0,2}"
_EXTRA = r",[ ]*[A-Z0-9][\w.'’]*(?:[ ]+[\w.'’]+){0,3}"
_WIRE = r"\([ ]*(?P<wire>[A-Za-z][\w .&'’/-]{0,39}?)[ ]*\)"
_DASH = r"[ ]*(?P<dash>--|[-–—])[ ]*"

_CAPS_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_CAPS_PLACE})(?P<extra>(?:{_EXTRA}){{0,3}})[ ]*(?:{_WIRE})?{_DASH}(?=\S)"
)
_TITLED_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_TITLE_PLACE})(?P<extra>(?:{_EXTRA}){{0,3}})[ ]*{_WIRE}{_DASH}(?=\S)"
)

# All-caps words that open a body before a bare dash without being a place: story labels and
# the acronyms of organisations ("NATO - Russia tensions").
_NOT_PLACES = frozenset(
    "ANALYSIS BREAKING COMMENTARY CORRECTION EDITORIAL EXCLUSIVE EXPLAINER FACTBOX LIVE NEWS "
    "OPINION PHOTOS UPDATE UPDATED URGENT VIDEO WATCH "
    "ASEAN BRICS FIFA IAEA NAFTA NASA NATO OECD OPEC OSCE UEFA UNESCO UNHCR UNICEF".split()
)  # fmt: skip
_MIN_PLACE_LETTERS = 3  # keeps "U.S. - China talks" and "UN (...)" as text
_MIN_BARE_PLACE_LETTERS = 4  # a lone place before a dash: "WHO - " and "IMF - " are not places


def cut_dateline(text: str) -> tuple[Dateline | None, str]:
    """The dateline at the start of ``text`` (or None) and the text after it."""
    caps = _CAPS_DATELINE.match(text)
    if caps is not None and _plausible(caps):
        return _dateline(caps, caps["place"].title()), text[caps.end() :]
    titled = _TITLED_DATELINE.match(text)
    if titled is not None and _plausible(titled):
        return _dateline(titled, titled["place"]), text[titled.end() :]
    return None, text


def _dateline(match: re.Match[str], place: str) -> Dateline:
    """The Dateline record of a match, its text as written up to and with the dash."""
    return Dateline(text=match[0].strip(), place=place, wire=match["wire"])


def _plausible(match: re.Match[str]) -> bool:
    """Whether a match is a dateline rather than a sentence that opens with capitals."""
    place = match["place"]
    letters = sum(char.isalpha() for char in place)
    if letters < _MIN_PLACE_LETTERS:
        return False
    if match["wire"] is not None:
        return True
    if match["dash"] == "-" and not match.string[match.start("dash") - 1].isspace():
        return False  # a hyphenated word such as "COVID-19", not "ANKARA - "
    if match["extra"]:
        return True
    return letters >= _MIN_BARE_PLACE_LETTERS and place.upper() not in _NOT_PLACES


_DATED = re.compile(
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>[0-3]?[0-9]),?\s+(?P<year>(?:19|20)[0-9]{2})"
)
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def dateline_date(dateline: Dateline | None) -> dt.date | None:
    """The date a dateline gives with its year ("KYIV, Nov. 18, 2025 (AP) -"), else None: a
    day without a year ("KYIV, Nov 18") cannot be placed in time on its own."""
    match = _DATED.search(dateline.text) if dateline else None
    if match is None:
        return None
    try:
        return dt.date(int(match["year"]), _MONTHS.index(match["month"]) + 1, int(match["day"]))
    except ValueError:
        return None
