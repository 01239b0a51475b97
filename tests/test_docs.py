"""The README's examples run and give what the README shows."""

from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graph.cli import main
from graph.export import export_bytes
from tests.conftest import ROOT, kg

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_sparql_example_gives_the_table_shown(built_dataset) -> None:
    query = re.search(r"```sparql\n(.*?)```", README, re.S).group(1)
    table = re.search(r"\| speaker \| date \| text \|\n\|[-|]+\|\n((?:\|.*\|\n)+)", README).group(1)
    expected = [
        tuple(c.strip() for c in line.strip().strip("|").split("|"))
        for line in table.strip().splitlines()
    ]
    graph = Graph().parse(data=export_bytes(built_dataset, "turtle").decode(), format="turtle")
    got = sorted({tuple(str(v) for v in row) for row in graph.query(query)})
    assert got == expected


def test_readme_build_summary_matches_a_real_build(project) -> None:
    shown = re.search(r"^built: .*$", README, re.M).group(0)
    result = kg("build", project=project)
    assert result.exit_code == 0
    assert result.stdout.strip() == shown


def test_readme_error_example_is_real(project) -> None:
    facts = project / "data/facts/bucks-government-sends-commissioner.yaml"
    text = facts.read_text(encoding="utf-8")
    text = text.replace("    agent: [ofsted]", "    agent: [ofstead]", 1)
    text = text.replace("its report, released on 29 January", "its report, published on 29 January")
    facts.write_text(text, encoding="utf-8")
    block = re.search(r"```\n\$ kg build\n(.*?)\$ echo", README, re.S).group(1)
    result = kg("build", project=project)
    assert result.exit_code == 1
    assert result.stderr == block


def test_data_format_examples_are_valid_and_verbatim(tmp_path) -> None:
    from graph.evidence import Text
    from graph.model import Entities, Facts, SourceMeta
    from graph.yamlio import read_yaml

    doc = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, re.S)
    models = {"id:": SourceMeta, "people:": Entities, "source:": Facts}
    texts = [Text(p.read_text(encoding="utf-8")) for p in (ROOT / "data" / "sources").glob("*.txt")]
    checked = 0
    for index, block in enumerate(blocks):
        path = tmp_path / f"example{index}.yaml"
        path.write_text(block, encoding="utf-8")
        model = next(m for key, m in models.items() if block.startswith(key))
        parsed = model.model_validate(read_yaml(path).data)
        if isinstance(parsed, Facts):
            groups = [getattr(parsed, name) for name in Facts.model_fields if name != "source"]
            for item in (item for group in groups for item in group):
                for words in (getattr(item, "text", None), item.evidence):
                    if words:
                        assert any(t.find(words) for t in texts), words
                        checked += 1
    assert len(blocks) == 3 and checked >= 9


def _console_examples():
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        command, _, output = block.partition("\n")
        assert command.startswith("$ kg "), command
        yield command[2:], output


@pytest.mark.parametrize(
    ("command", "output"), list(_console_examples()), ids=[c[:40] for c, _ in _console_examples()]
)
def test_readme_console_examples_are_real(built_snapshot, monkeypatch, command, output) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    argv = [*shlex.split(command)[1:], "--project", str(built_snapshot.parents[1])]
    result = CliRunner().invoke(main, argv)
    assert result.output == output
