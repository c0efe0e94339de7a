"""Reading publication dates: ISO dates or datetimes from records and the --published option."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from eventwire.errors import InputError


def parse_published(value: str) -> dt.date:
    """The calendar date of an ISO date or datetime ("2025-11-18", "2025-11-18T09:30:00Z").

    A datetime keeps the date as written: the local day of publication is what relative dates
    in the article ("on Tuesday") are counted from, so no conversion to UTC is done.

    Raises:
        ValueError: ``value`` is neither.
    """
    text = value.strip()
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    if len(text) > 10 and text[10] in "T ":
        return dt.datetime.fromisoformat(text).date()
    raise ValueError(f"not an ISO date: {value!r}")


def published_problem(value: object) -> str:
    """The one-line problem for a ``published`` field that cannot be read."""
    return f"invalid published date '{value}' (expected YYYY-MM-DD)"


def parse_date_option(value: str, option: str = "--published") -> dt.date:
    """The date given to the ``--published`` command-line option.

    Raises:
        InputError: ``value`` is not an ISO date (a datetime is accepted, its date is used).
    """
    try:
        return parse_published(value)
    except ValueError:
        raise InputError(option, f"invalid date '{value}' (expected YYYY-MM-DD)") from None


def read_dates_file(path: Path) -> dict[str, dt.date]:
    """A file name -> publication date table: tab- or comma-separated ``file``/``published``.

    For folders of plain-text articles that carry no date of their own.

    Raises:
        InputError: the file is missing, lacks the two columns, or holds an invalid date.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the dates file ({error.__class__.__name__})") from None
    delimiter = "\t" if "\t" in text.splitlines()[0] else "," if text.strip() else ","
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    if not rows or not {"file", "published"} <= set(rows[0]):
        raise InputError(str(path), "a dates file needs the columns file and published")
    dates = {}
    for number, row in enumerate(rows, 2):
        try:
            dates[Path(row["file"].strip()).name] = parse_published(row["published"] or "")
        except ValueError:
            raise InputError(f"{path}:{number}", published_problem(row["published"])) from None
    return dates
