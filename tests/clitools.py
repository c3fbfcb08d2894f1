"""Helpers shared by the CLI tests: run commands in-process, build ad-hoc briefs."""

import json
from pathlib import Path

from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.models import Brief

SECTIONS = [
    "Bottom line",
    "Stories",
    "Key developments",
    "Risks",
    "Reactions",
    "Outlook",
    "Sources",
]
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def adhoc(source, out, *extra):
    return cli(
        "generate",
        "--source",
        source,
        "--topic",
        "Ukraine",
        "--date",
        "2026-11-24",
        "--output",
        out,
        *extra,
    )


def with_template(tmp_path, articles, name: str, content: str) -> Path:
    """A config whose templates_dir holds one overriding file."""
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / name).write_text(content)
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'templates_dir = "tpl"\n[[topics]]\nname = "U"\nsince = "48h"\nsources = ["{articles}"]\n'
    )
    return config


def brief_at(out: Path, date: str, slug: str) -> Brief:
    """The validated brief JSON written under `out` for that date and topic slug."""
    return Brief.model_validate_json((out / date / f"{slug}.json").read_text())


def llm_section(base_url: str, **options) -> list[str]:
    """The lines of a briefgen.toml's [llm] section for the test server (llm_server.py):
    the openai provider, model "test-model", and `options` as keys."""
    return [
        "[llm]",
        'provider = "openai"',
        'model = "test-model"',
        f'base_url = "{base_url}"',
        *(f"{key} = {json.dumps(value)}" for key, value in options.items()),
    ]


LLM_DAY = "2026-11-24"


def llm_config(tmp_path, articles, llm, **options) -> str:
    """A briefgen.toml using the fake server; `options` go into [llm] (concurrency 1 by
    default, so scripted faults hit the requests in a known order: story 1, 2, 3, synthesis;
    no story judge by default, whose calls would come first: test_judge.py tests it). The
    demo's Ukraine topic; its briefs are of LLM_DAY."""
    options = {"concurrency": 1, "judge_pairs": 0, **options}
    topic = ['name = "Ukraine"', 'include = ["Ukraine", "Kyiv"]', f'sources = ["{articles}"]']
    return write_llm_config(tmp_path, llm.base_url, topic, **options)


def write_llm_config(tmp_path, base_url: str, topic: list[str], **options) -> str:
    """tmp_path/briefgen.toml: output in out/, [llm] for the test server (`options`, and a
    price table from `prices`), one topic of `topic`'s lines, since 48h."""
    prices = options.pop("prices", None)
    lines = ['output_dir = "out"', *llm_section(base_url, **options)]
    if prices:
        lines += ['[llm.prices."test-model"]', *(f"{k} = {v}" for k, v in prices.items())]
    lines += ["[[topics]]", 'since = "48h"', *topic]
    config = tmp_path / "briefgen.toml"
    config.write_text("\n".join(lines) + "\n")
    return str(config)


def llm_generate(config, *extra):
    return cli("generate", "--config", config, "--date", LLM_DAY, "--format", "json", *extra)


def llm_brief(tmp_path):
    return brief_at(tmp_path / "out", LLM_DAY, "ukraine")
