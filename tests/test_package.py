"""Contract tests of the package: its public surface, its shipped schema and its documentation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import typer

import eventwire
from clirun import Result
from eventwire.cli import app
from eventwire.records import SCHEMA_PATH, event_schema, write_event_schema

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_package_all_is_sorted_and_unique() -> None:
    assert eventwire.__all__ == sorted(eventwire.__all__)
    assert len(set(eventwire.__all__)) == len(eventwire.__all__)


@pytest.mark.parametrize("name", eventwire.__all__)
def test_package_all_name_is_importable(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from eventwire import {name}", namespace)  # noqa: S102 - the statement is the test
    assert namespace[name] is getattr(eventwire, name)


def test_package_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from eventwire import *", namespace)  # noqa: S102
    assert set(namespace) - {"__builtins__"} == set(eventwire.__all__)


def test_package_version_matches_pyproject() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert eventwire.__version__ == project["version"]


def test_package_shipped_schema_matches_the_model() -> None:
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert shipped == event_schema(), (
        "eventwire/data/event.schema.json is out of date with EventRecord; "
        "regenerate it with `python -m eventwire.records`"
    )


def test_package_shipped_schema_is_byte_identical_to_a_regeneration(tmp_path: Path) -> None:
    regenerated = tmp_path / "event.schema.json"
    write_event_schema(regenerated)
    assert regenerated.read_bytes() == SCHEMA_PATH.read_bytes(), (
        "regenerate eventwire/data/event.schema.json with `python -m eventwire.records`"
    )


def test_package_shipped_schema_is_a_valid_draft_2020_12_schema() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_package_schema_command_prints_the_shipped_schema(cli: Callable[..., Result]) -> None:
    result = cli("schema")
    assert result.code == 0
    assert result.err == ""
    assert json.loads(result.out) == event_schema()


def test_package_cli_has_the_documented_commands() -> None:
    assert COMMANDS == sorted(["actors", "batch", "classifier", "clusters", "eval", "events", "export", "extract", "ingest", "quotes", "schema", "serve", "stats", "watch"])


@pytest.mark.parametrize("command", COMMANDS)
def test_package_command_help_shows_an_example(cli: Callable[..., Result], command: str) -> None:
    result = cli(command, "--help")
    assert result.code == 0
    assert f"Usage: eventwire {command}" in result.out
    assert "Example" in result.out, f"`eventwire {command} --help` has no Example section"
    assert "eventwire " + command in result.out.split("Example", 1)[1]


@pytest.mark.parametrize("command", COMMANDS)
def test_package_command_is_in_the_readme(command: str) -> None:
    if not README.exists():
        pytest.skip("README.md does not exist yet (the lead is writing it)")
    text = README.read_text(encoding="utf-8")
    assert f"eventwire {command}" in text, f"README.md does not mention `eventwire {command}`"
