"""``eventwire`` with the fake pipeline in place of the model: for the subprocess tests of watch.

Usage: ``python tests/watch/run_eventwire.py watch FEEDS ...`` (the same arguments as
``eventwire``). Everything but the coder is the real command.
"""

from __future__ import annotations

import eventwire.pipeline
from eventwire.cli import main
from fakes import FakePipeline  # this script's folder is first on sys.path

eventwire.pipeline.Pipeline = FakePipeline  # type: ignore[misc, assignment]

if __name__ == "__main__":
    main()
