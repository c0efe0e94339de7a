"""Running the ``eventwire`` command in this process, its status and output captured.

In-process so the spaCy model loads once per test session; a few tests in test_cli.py run a
real subprocess as well, to see exactly what a user's terminal sees.
"""

from __future__ import annotations

import contextlib
import io
import sys
from dataclasses import dataclass

import pytest

from eventwire.cli import main


@dataclass(frozen=True)
class Result:
    """Exit status, standard output and standard error of one command."""

    code: int
    out: str
    err: str


def run_cli(*args: str) -> Result:
    """Run ``eventwire ARGS...`` and return what it did."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", ["eventwire", *args])
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
                code = 0
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    return Result(code, out.getvalue(), err.getvalue())
