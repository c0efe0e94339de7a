"""The exceptions eventwire raises, all under :class:`EventwireError`.

    EventwireError
    ├── InputError          an input file, row or option cannot be read (names the input)
    │   ├── RecordError     one record (JSONL/CSV line) of an input is malformed
    │   └── NotFoundError   no stored article, event or cluster has the id asked for
    ├── DataFileError       one of the knowledge files is malformed (names file:line)
    ├── ModelError          the spaCy pipeline named in the settings cannot be loaded
    └── StoreError          the database cannot be opened, migrated or written

The command line turns any of them into a one-line message and a non-zero exit status.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input cannot be read. The message names the input and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class RecordError(InputError):
    """One record of a multi-record input (JSONL line, CSV row) is malformed."""

    def __init__(self, source: str, line: int, problem: str) -> None:
        self.line = line
        super().__init__(f"{source}:{line}", problem)


class NotFoundError(InputError):
    """An id names nothing stored (an event to review, an article to show)."""


class DataFileError(EventwireError):
    """A knowledge file under eventwire/data (or a user's own) is malformed."""


class ModelError(EventwireError):
    """The configured spaCy pipeline cannot be loaded."""


class StoreError(EventwireError):
    """The event store cannot be opened, migrated or written."""
