"""One setup path: generate and the scheduler settle the summarizer the same way."""

import logging
from pathlib import Path

import pytest
from clitools import cli

from briefgen.app import App, settle_llm
from briefgen.config import load_settings
from briefgen.errors import ConfigError
from briefgen.schedule import scheduled_run
from briefgen.store import Store
from briefgen.summarize.openai import DEFAULT_MODEL

DAY = "2026-11-24"


def openai_config(tmp_path: Path, articles: Path, llm: str = "") -> Path:
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[llm]\nprovider = "openai"\n{llm}\n'
        f'[[topics]]\nname = "Ukraine"\nsince = "72h"\nsources = ["{articles}"]\n'
    )
    return config


def test_a_scheduled_topic_without_a_key_falls_back_as_generate_does(
    articles, tmp_path, monkeypatch, caplog
):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    config = openai_config(tmp_path, articles)
    generate = cli("generate", "--config", config, "--date", DAY, "--format", "json")
    assert generate.exit_code == 0, generate.output
    said = next(line for line in generate.stderr.splitlines() if line.startswith("warning:"))
    with caplog.at_level(logging.WARNING, logger="briefgen"):
        scheduled_run(str(config), "Ukraine", "2026-11-23")
    assert said.removeprefix("warning: ") in caplog.messages
    store = Store(load_settings(config).database)
    runs = store.recent_runs()
    store.close()
    assert [(r.status, r.provider) for r in runs] == [("ok", "extractive")] * 2


def test_an_openai_topic_without_a_model_gets_the_default_everywhere(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    settings = load_settings(openai_config(tmp_path, tmp_path))
    assert settings.llm.model == ""
    with App.open(settings) as app:  # what generate, schedule and the worker all call
        assert app.settings.llm.model == DEFAULT_MODEL and not app.warnings
    assert settings.llm.model == ""  # the loaded settings are frozen, not changed


def test_a_compatible_server_without_a_model_is_a_config_error_everywhere(tmp_path):
    config = openai_config(tmp_path, tmp_path, 'base_url = "http://127.0.0.1:9/v1"')
    result = cli("generate", "--config", config)
    assert result.exit_code == 2 and "needs a model name" in result.stderr
    with pytest.raises(ConfigError, match="needs a model name"):  # the scheduler's run too
        settle_llm(load_settings(config), explicit=False)
