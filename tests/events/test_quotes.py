"""eventwire.events.quotes and `eventwire quotes`: statements, their speakers and outlets."""

from __future__ import annotations

import json

import pytest

from eventwire.actors.resolve import ActorResolver
from eventwire.events.quotes import quotes_of

pytestmark = pytest.mark.slow

TEXT = ('"We will not give up our land," Ukrainian President Volodymyr Zelensky said on Sunday. '
        "A senior Ukrainian official told AFP that talks would resume in Istanbul. "
        "Russian troops shelled Kharkiv overnight.")  # fmt: skip


def test_quotes_direct_and_indirect_with_speaker_and_outlet(pipeline) -> None:  # noqa: ANN001
    doc = pipeline.nlp(TEXT)
    resolver = ActorResolver(pipeline.knowledge, None)
    resolver.learn(doc)
    first, second = quotes_of(doc, resolver, "a")
    assert (first.text, first.direct, first.speaker.cameo_code) == ("We will not give up our land", True, "UKRGOV")
    assert (second.text, second.direct, second.outlet) == ("talks would resume in Istanbul", False, "Agence France-Presse")
    assert second.speaker.cameo_code == "UKRGOV"


def test_quotes_command_writes_one_json_object_a_line(cli, tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    result = cli("quotes", "story.txt", "--format", "jsonl")
    assert result.code == 0
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [row["verb"] for row in rows] == ["said", "told"]  # the shelling is an event, not a statement
    assert rows[1]["outlet"] == "Agence France-Presse"


def test_quotes_command_unknown_format_is_a_clear_error(cli, tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    result = cli("quotes", "story.txt", "--format", "xml")
    assert result.code == 1 and "unknown format 'xml'" in result.err


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        pytest.param('The Kenyan foreign minister said the talks had been "very productive".', False,
                     id="a quoted phrase inside a reported statement"),
        pytest.param('The Kenyan foreign minister said: "The talks have been very productive."', True,
                     id="a whole quoted statement after the verb"),
        pytest.param('"The talks have been very productive," the Kenyan foreign minister said.', True,
                     id="a whole quoted statement before the verb"),
    ],
)
def test_quotes_direct_only_when_the_whole_statement_is_quoted(pipeline, text: str, direct: bool) -> None:  # noqa: ANN001
    doc = pipeline.nlp(text)
    resolver = ActorResolver(pipeline.knowledge, None)
    resolver.learn(doc)
    [quote] = quotes_of(doc, resolver, "a")
    assert quote.direct is direct
