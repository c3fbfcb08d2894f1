"""The CLI on bad input: one clear line, the right exit code, nothing half-written."""

import json
import re

import pytest
from clitools import adhoc, cli, runner, with_template

from briefgen.cli import app


def test_empty_folder_fails_cleanly(tmp_path):
    (tmp_path / "empty").mkdir()
    result = adhoc(tmp_path / "empty", tmp_path / "out")
    assert result.exit_code == 1
    assert "no articles found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_no_articles_in_window(articles, tmp_path):
    result = cli(
        "generate", "--source", articles, "--date", "2026-10-01", "--output", tmp_path / "out"
    )
    assert result.exit_code == 1
    assert "outside the time window" in result.stderr and "--since" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_date_after_today_in_the_topic_s_timezone_is_refused(articles, tmp_path):
    import datetime as dt
    from zoneinfo import ZoneInfo

    zone = "Pacific/Kiritimati"  # UTC+14: its today is the latest there is
    tomorrow = dt.datetime.now(ZoneInfo(zone)).date() + dt.timedelta(days=1)
    today = dt.datetime.now(ZoneInfo(zone)).date()
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\ntimezone = "{zone}"\n'
        f'[[topics]]\nname = "Ukraine"\nsources = ["{articles}"]\n'
    )
    late = cli("generate", "--config", config, "--date", str(tomorrow), "--format", "json")
    assert late.exit_code == 2 and f"--date: {tomorrow} is in the future" in late.stderr
    now = cli("generate", "--config", config, "--date", str(today), "--format", "json")
    assert "is in the future" not in now.stderr
    # the config's pinned `date` too (a brief dated days ahead, covering the last 24 hours)
    config.write_text(f'date = "{tomorrow}"\n' + config.read_text())
    pinned = cli("generate", "--config", config, "--format", "json")
    assert pinned.exit_code == 2 and f"date (config): {tomorrow} is in the future" in pinned.stderr
    assert not (tmp_path / "out" / str(tomorrow)).exists()


def test_bad_files_are_reported_and_the_run_goes_on(articles, tmp_path):
    (articles / "blob.md").write_bytes(b"\x00\xff" * 100)
    result = adhoc(articles, tmp_path / "out", "--since", "48h", "--format", "json,html")
    assert result.exit_code == 0
    assert "blob.md" in result.stderr and "binary file" in result.stderr
    brief = json.loads((tmp_path / "out" / "2026-11-24" / "ukraine.json").read_text())
    assert any("blob.md" in e["source"] for e in brief["stats"]["source_errors"])
    html = (tmp_path / "out" / "2026-11-24" / "ukraine.html").read_text()
    assert "Sources not read in full" in html and "binary file" in html


def test_a_brief_from_the_few_sources_left_is_degraded(articles, tmp_path):
    """Most sources dead: the brief is written from the rest, and exit 3 tells cron so,
    reused or not; one dead source of two is a warning only."""
    dead = ["--source", "http://127.0.0.1:9/a.xml", "--source", "http://127.0.0.1:9/b.xml"]
    for attempt in ("built", "reused"):
        result = adhoc(articles, tmp_path / "out", "--since", "48h", "--format", "json", *dead)
        assert result.exit_code == 3, (attempt, result.output)
        assert "degraded: Ukraine: 2 of the 3 sources could not be read" in result.stderr
    assert "reusing it" in result.stderr
    half = adhoc(articles, tmp_path / "half", "--since", "48h", "--format", "json", *dead[:2])
    assert half.exit_code == 0, half.output
    assert "connection refused" in half.stderr and "degraded" not in half.stderr
    twice = adhoc(articles, tmp_path / "twice", "--since", "48h", "--format", "json", *dead[:2],
                  *dead[:2])  # fmt: skip
    assert twice.exit_code == 0 and twice.stderr.count("connection refused") == 1  # read once


def test_invalid_config_exits_2_with_one_line(tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text('[[topics]]\nname = "T"\nsources = ["a"]\nsince = "soon"\n')
    result = cli("generate", "--config", config)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "topics[0].since" in result.stderr and "Traceback" not in result.output


def test_a_config_without_topics_or_a_folder_for_a_config_is_named_as_given(tmp_path):
    config = tmp_path / "mine.toml"
    config.write_text('output_dir = "out"\n')
    result = cli("generate", "--config", config)
    assert result.exit_code == 2 and f"add [[topics]] to {config}" in result.stderr
    result = cli("generate", "--config", tmp_path)
    assert result.exit_code == 2
    assert f"config file {tmp_path} is a folder; give the .toml file in it" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "24/11/2026"], "write YYYY-MM-DD"),
        (["--date", "2999-06-01"], "--date: 2999-06-01 is in the future"),
        (["--format", "html,docx"], "unknown format 'docx'"),
        (["--provider", "magic"], "--provider: llm.provider: Input should be 'extractive'"),
        (["--since", "forever"], "--since: 'forever' is not a duration"),
        # --base-url was silently left unused (a new user's)
        (["--provider", "extractive", "--base-url", "http://127.0.0.1:9/v1"],
         "--base-url is for an LLM, and --provider extractive uses none"),
        (["--provider", "extractive", "--model", "m", "--base-url", "http://127.0.0.1:9/v1"],
         "--model and --base-url are for an LLM"),
    ],
)  # fmt: skip
def test_bad_options_exit_2(articles, args, message):
    result = cli("generate", "--source", articles, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_unwritable_output_folder(articles, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    result = adhoc(articles, blocker / "out", "--since", "48h")
    assert result.exit_code == 2  # a usage error, found before any work
    assert f"--output: {blocker} is a file, not a folder" in result.stderr
    assert not (tmp_path / ".briefgen").exists()  # nothing gathered, no run recorded


def test_broken_user_template_is_a_clear_error(articles, tmp_path):
    config = with_template(tmp_path, articles, "brief.html.j2", "{% if %}")
    result = cli("generate", "--config", config, "--date", "2026-11-24")
    assert result.exit_code == 1
    assert "template error" in result.stderr


def test_unexpected_error_is_one_line_and_the_run_is_recorded(articles, tmp_path):
    config = with_template(tmp_path, articles, "brief.html.j2", "{{ 1 / 0 }}")
    result = cli("generate", "--config", config, "--date", "2026-11-24")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "unexpected ZeroDivisionError" in result.stderr and "--debug" in result.stderr
    runs = cli("runs", "--config", config)
    assert re.search(r"\bfailed\b", runs.stdout) and "unexpected error: ZeroDivision" in runs.stdout
    with pytest.raises(ZeroDivisionError):
        runner.invoke(
            app,
            ["--debug", "generate", "--config", str(config), "--date", "2026-11-24"],
            catch_exceptions=False,
        )


def test_topics_that_would_overwrite_each_other(tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text(
        '[[topics]]\nname = "Ukraine war"\nsources = ["a"]\n'
        '[[topics]]\nname = "Ukraine: War"\nsources = ["b"]\n'
    )
    result = cli("generate", "--config", config)
    assert result.exit_code == 2 and "would write the same files" in result.stderr


def test_articles_without_sentences_fail_without_files(tmp_path):
    folder = tmp_path / "stubs"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\npublished: 2026-11-24T08:00:00Z\n---\nTitle\n\nToo short.\n\nAlso short here.\n"
    )
    result = adhoc(folder, tmp_path / "out")
    assert result.exit_code == 1 and "no usable sentence" in result.stderr
    assert not (tmp_path / "out").exists()


def test_secrets_in_source_urls_are_not_shown(tmp_path):
    secret = "http://alice:s3cr3t@127.0.0.1:9/feed.xml?token=abc123&cat=world"
    (tmp_path / "a.md").write_text(
        "---\npublished: 2026-11-24T08:00:00Z\n---\nTitle\n\n"
        "A sentence that is long enough to be used here.\n"
    )
    result = adhoc(tmp_path / "a.md", tmp_path / "out", "--source", secret, "--format", "json")
    assert result.exit_code == 0, result.output
    saved = (tmp_path / "out" / "2026-11-24" / "ukraine.json").read_text()
    for text in (result.stderr, saved):
        assert "s3cr3t" not in text and "abc123" not in text
    assert "token=***" in saved


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--base-url", "localhost:11434/v1", "--model", "m"], "is not an http(s) URL"),
        (["--base-url", "http://127.0.0.1:9/v1"], "needs a model name"),
    ],
)
def test_bad_llm_options_are_usage_errors(articles, tmp_path, extra, said):
    result = adhoc(articles, tmp_path / "out", *extra)
    assert result.exit_code == 2 and said in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("recipient", "said"),
    [
        ("not mail", "is not an email address"),
        # parseaddr reads these as their first address: they used to fail after the build
        ("ok@example.org, victim@evil.example", "is more than one email address"),
        ("team: a@example.org, b@example.org;", "is more than one email address"),
        ("ok@example.org victim@evil.example", "is not an email address"),
        ("ok@example.org <victim@evil.example>", "is not an email address"),
        ("ok@example.org;", "is not an email address"),
        ("ok@example.org\u2028x", "is not an email address"),
    ],
)
def test_a_bad_recipient_in_the_config_is_a_usage_error(articles, tmp_path, recipient, said):
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[email]\nhost = "127.0.0.1"\nport = 9\n'
        f'[[topics]]\nname = "U"\nsince = "48h"\nsources = ["{articles}"]\n'
        f'recipients = ["good@example.org", "{recipient}"]\n'
    )
    result = cli("generate", "--config", config, "--date", "2026-11-24", "--email", "--dry-run")
    assert result.exit_code == 2, result.output
    assert f"topics[0].recipients[1]: {recipient!r} {said}" in result.stderr
    assert not (tmp_path / "out").exists()  # refused before any brief is built


@pytest.mark.parametrize("template", ["story.md.j2", "same_event.md.j2"])
def test_a_broken_prompt_template_is_one_line(articles, tmp_path, monkeypatch, template):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-unused")  # the run stops before any call
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / template).write_text("{% for %}")
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'prompts_dir = "prompts"\n[llm]\nprovider = "openai"\nmodel = "m"\n'
        f'base_url = "http://127.0.0.1:9/v1"\n[[topics]]\nname = "U"\nsince = "48h"\n'
        f'sources = ["{articles}"]\n'
    )
    result = cli("generate", "--config", config, "--date", "2026-11-24")
    assert result.exit_code == 2
    assert f"prompt template {template}" in result.stderr and "Traceback" not in result.output


def test_send_names_the_missing_brief(tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text('[email]\nhost = "127.0.0.1"\n')
    result = cli("send", tmp_path / "nope.pdf", "--to", "a@x.org", "--config", config)
    assert result.exit_code == 2 and f"no brief at {tmp_path / 'nope.pdf'}" in result.stderr


def test_a_source_two_topics_read_is_warned_of_once(articles, tmp_path):
    missing = tmp_path / "gone"
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n'
        f'[[topics]]\nname = "Ukraine war"\nsince = "48h"\nsources = ["{articles}", "{missing}"]\n'
        f'[[topics]]\nname = "Black Sea"\nsince = "48h"\nsources = ["{articles}", "{missing}"]\n'
    )
    result = cli("generate", "--config", config, "--date", "2026-11-24", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("no such file or folder") == 1
    for slug in ("ukraine-war", "black-sea"):  # each brief still says what it could not read
        brief = json.loads((tmp_path / "out" / "2026-11-24" / f"{slug}.json").read_text())
        assert [e["source"] for e in brief["stats"]["source_errors"]] == [str(missing)]
