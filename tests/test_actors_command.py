"""The `eventwire actors` and `eventwire eval actors` commands, and the user's own knowledge."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from clirun import Result

from eventwire.records import ActorMention

pytestmark = pytest.mark.slow

STORY = (
    "Talks in Geneva\n\n"
    "Turkish Foreign Minister Hakan Fidan met Egyptian officials on Monday. "
    "Fidan said the talks would go on. Jan Kowalczyk, a local trader, said he was worried.\n"
)


def test_actors_command_lists_every_mention_with_its_reason(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = cli("actors", "story.txt", "--published", "2025-11-18", "--format", "jsonl")
    assert result.code == 0, result.err
    mentions = [ActorMention.model_validate_json(line) for line in result.out.splitlines()]
    by_text = {mention.text: mention for mention in mentions}
    fidan = by_text["Turkish Foreign Minister Hakan Fidan"]
    assert (fidan.cameo_code, fidan.how) == ("TURGOV", "knowledge base 2025-11-18")
    assert by_text["Fidan"].how == "earlier mention"
    assert by_text["Egyptian officials"].cameo_code == "EGYGOV"
    assert "Geneva" not in by_text
    assert all(STORY.split("\n\n", 1)[1][m.start : m.end] == m.text for m in mentions)


def test_actors_unresolved_ranks_a_stores_unknown_actors(cli: Callable[..., Result], tmp_path: Path) -> None:
    for number in range(3):
        (tmp_path / f"s{number}.txt").write_text(
            f"Harbour talks\n\nThe Zorvian Brotherhood attacked a depot. Story {number}.\n", encoding="utf-8"
        )
    assert cli("ingest", ".", "--published", "2025-11-18", "--db", "e.db").code == 0
    result = cli("actors", "--unresolved", "--db", "e.db", "--format", "jsonl")
    assert result.code == 0, result.err
    ranked = [json.loads(line) for line in result.out.splitlines()]
    assert ranked[0] == {"text": "the zorvian brotherhood", "mentions": 3, "articles": 3}


def test_actors_without_paths_or_unresolved_is_an_error(cli: Callable[..., Result]) -> None:
    result = cli("actors")
    assert result.code == 1
    assert result.err.startswith("eventwire: error: actors:")


def test_actors_users_own_knowledge_folder_merges_in(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "mine"
    own.mkdir()
    (own / "people.tsv").write_text(
        "name\tnames\tcode\tsector\toffice\tstart\tend\twikidata_id\n"
        "Jane Doelittle\tDoelittle\tNZL\tGOV\tForeign Minister\t2024-01-01\t\t\n",
        encoding="utf-8",
    )
    (tmp_path / "story.txt").write_text("Doelittle condemned the raid.\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_KNOWLEDGE", str(own))
    result = cli("actors", "story.txt", "--published", "2025-03-01", "--format", "jsonl")
    assert result.code == 0, result.err
    (mention,) = [ActorMention.model_validate_json(line) for line in result.out.splitlines()]
    assert mention.cameo_code == "NZLGOV"


def test_actors_missing_knowledge_folder_is_a_clear_error(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "story.txt").write_text("Moscow condemned the raid.\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_KNOWLEDGE", str(tmp_path / "nowhere"))
    result = cli("actors", "story.txt")
    assert result.code == 1
    assert "nowhere: the extra knowledge folder does not exist" in result.err


def test_eval_actors_scores_a_gold_file(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "gold.tsv").write_text(
        "id\tpublished\tcontext\tsentence\tmention\tcode\tsector\tnote\n"
        "g1\t2025-11-18\t\tMoscow condemned the raid.\tMoscow\tRUS\tGOV\tcapital-metonym\n"
        "g2\t2025-11-18\t\tKenyan police fired tear gas.\tKenyan police\tKEN\tCOP\tdemonym\n",
        encoding="utf-8",
    )
    result = cli("eval", "actors", "--gold", "gold.tsv")
    assert result.code == 0, result.err
    assert "gold.tsv" in result.out and "100.0%" in result.out
