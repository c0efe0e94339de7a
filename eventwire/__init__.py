"""eventwire: news articles in, PLOVER/CAMEO political event records out.

    >>> import eventwire
    >>> records = eventwire.extract("Moscow condemned the accord.", published="2025-11-18")
    >>> store = eventwire.Store("sqlite:///eventwire.db")
    >>> frame = store.query(actor="RUS", as_dataframe=True)
"""

from __future__ import annotations

from eventwire.errors import (
    DataFileError,
    EventwireError,
    InputError,
    ModelError,
    RecordError,
    StoreError,
)
from eventwire.pipeline import Pipeline, extract
from eventwire.read import read_source
from eventwire.records import Article, Attribution, ClusterMention, Entity, EventCluster, EventRecord, Evidence, Place
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.version import __version__

__all__ = [
    "Article",
    "Attribution",
    "ClusterMention",
    "DataFileError",
    "Entity",
    "EventCluster",
    "EventRecord",
    "EventwireError",
    "Evidence",
    "InputError",
    "ModelError",
    "Pipeline",
    "Place",
    "RecordError",
    "Settings",
    "Store",
    "StoreError",
    "__version__",
    "extract",
    "read_source",
]
