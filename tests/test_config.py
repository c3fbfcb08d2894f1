import datetime as dt
from pathlib import Path

import pytest

from briefgen.config import load_settings
from briefgen.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "briefgen.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('outptu_dir = "x"', "unknown key 'outptu_dir'; did you mean 'output_dir'?"),
        (
            '[[topics]]\nname = "T"\nsources = ["a"]\ninclde = ["x"]',
            "unknown key 'topics[0].inclde'; did you mean 'include'?",
        ),
        (  # a misspelt required key: the misspelling is the news, not the key it left out
            '[[topics]]\nname = "T"\nsourcse = ["a"]',
            "unknown key 'topics[0].sourcse'; did you mean 'sources'?",
        ),
        ('[fetch]\ntimeout_s = "soon"', "fetch.timeout_s: Input should be a valid number"),
        (  # Celery 5 keeps no task results on RabbitMQ: said at once, not by the first task
            '[queue]\nbroker_url = "amqp://guest@rabbit.internal//"',
            "queue.broker_url: amqp:// brokers are not supported; give a Redis URL",
        ),
        (  # a scheme's colon left out: no scheme to name (it read "redis//host...://")
            '[queue]\nbroker_url = "redis//127.0.0.1:6379/0"',
            "queue.broker_url: not a broker URL; give a Redis URL (redis://host:6379/0)",
        ),
        ('timezone = "Mars/Olympus"', "timezone: unknown timezone 'Mars/Olympus'"),
        (
            '[[topics]]\nname = "T"\nsources = ["a"]\nschedule = "61 * * * *"',
            "topics[0].schedule: bad cron expression '61 * * * *'",
        ),
        (
            '[[topics]]\nname = "T"\nsources = ["a"]\nsince = "yesterday"',
            "topics[0].since: 'yesterday' is not a duration",
        ),
        (
            '[[topics]]\nname = "T\\r\\nBcc: x@example.com"\nsources = ["a"]',
            "topics[0].name: must be a single line",
        ),
        ('[[topics]]\nname = "T"', "missing key 'topics[0].sources'"),
        (
            '[[topics]]\nname = "T"\nsources = ["ftp://example.com/x.xml"]',
            "ftp:// sources are not supported; use an http(s) URL or a file or folder path",
        ),
        (
            '[[topics]]\nname = "T"\nsources = [{full_text = "always"}]',
            "missing key 'topics[0].sources[0].url'",
        ),
        (
            '[[topics]]\nname = "T"\nsources = ["a"]\nlanguages = ["english"]',
            "'english' is not an ISO 639-1 language code",
        ),
        (  # a country's code, which keeps no article: the language's is named
            '[[topics]]\nname = "T"\nsources = ["a"]\nlanguages = ["en", "jp"]',
            "'jp' is Japan's country code; its language's is 'ja'",
        ),
        ('brief_language = "xx"', "'xx' is not an ISO 639-1 language code; write e.g. 'en'"),
        ('brief_language = "us"', "'us' is United States's country code; its language's is 'en'"),
        ('brief_language = "iw"', "'iw' was withdrawn from ISO 639-1; write 'he'"),
        ("[fetch]\ndeadlin_s = 5", "unknown key 'fetch.deadlin_s'; did you mean 'deadline_s'?"),
        ("output_dir = ", "not valid TOML"),
        ('[email]\nca_file = "no-such-ca.pem"', "email.ca_file: cannot read "),
        ('[email]\nca_file = "."', "email.ca_file: cannot read "),
        ('[email]\nca_file = "briefgen.toml"', "briefgen.toml holds no PEM certificate"),
        ('date = "2026/12/01"', "(got '2026/12/01'); write YYYY-MM-DD, e.g. 2026-12-01"),
        (  # one table where a list of tables is wanted
            '[topics]\nname = "T"\nsources = ["a"]',
            "topics: a list of tables is wanted; write each one under [[topics]], not [topics]",
        ),
    ],
)
def test_bad_config_is_one_line_naming_the_key(tmp_path, toml, expected):
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, toml))
    message = str(info.value)
    assert expected in message
    assert "\n" not in message
    assert info.value.exit_code == 2


def test_paths_are_relative_to_the_config_file(tmp_path, monkeypatch):
    monkeypatch.delenv("BRIEFGEN_DATABASE")
    (tmp_path / "conf").mkdir()
    path = write(
        tmp_path / "conf",
        """
output_dir = "out"
database = "sqlite:///state/db.sqlite"
date = "2026-11-24"
[[topics]]
name = "T"
since = "3d"
sources = ["articles/", {url = "https://example.com/feed.xml", full_text = "never"}]
languages = ["EN", "de"]
""",
    )
    monkeypatch.chdir("/")
    settings = load_settings(path)
    base = (tmp_path / "conf").resolve()
    assert settings.output_dir == base / "out"
    assert settings.database == f"sqlite:///{base}/state/db.sqlite"
    assert settings.date == dt.date(2026, 11, 24)
    topic = settings.topics[0]
    assert topic.since == dt.timedelta(days=3)
    assert [(s.url, s.full_text) for s in topic.sources] == [
        (str(base / "articles"), "auto"),
        ("https://example.com/feed.xml", "never"),
    ]
    assert topic.languages == ["en", "de"]


def test_environment_overrides_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_DATABASE", "sqlite:////tmp/elsewhere.db")
    settings = load_settings(write(tmp_path, 'database = "sqlite:///x.db"'))
    assert settings.database == "sqlite:////tmp/elsewhere.db"


def test_environment_gives_the_broker_with_its_password(tmp_path, monkeypatch):
    """The broker's password had to be written in the file (a new user's): the environment
    gives the whole URL, checked as the file's is."""
    config = write(tmp_path, '[queue]\nbroker_url = "redis://q:6379/0"\nwait_s = 5')
    monkeypatch.setenv("BRIEFGEN_BROKER_URL", "REDIS://:s3cret@q:6379/1")
    queue = load_settings(config).queue
    assert (queue.broker_url, queue.wait_s) == ("redis://:s3cret@q:6379/1", 5)
    monkeypatch.setenv("BRIEFGEN_BROKER_URL", "amqp://:s3cret@q//")
    with pytest.raises(ConfigError, match=r"^BRIEFGEN_BROKER_URL: .*amqp:// brokers") as wrong:
        load_settings(config)
    assert "s3cret" not in str(wrong.value)


def test_missing_config_file_names_the_fix(tmp_path):
    with pytest.raises(ConfigError, match="briefgen init"):
        load_settings(tmp_path / "nope.toml")


def test_unknown_topic_lists_the_known_ones(tmp_path):
    settings = load_settings(write(tmp_path, '[[topics]]\nname = "Energy"\nsources = ["a"]'))
    assert settings.find_topics(["energy"])[0].name == "Energy"
    with pytest.raises(ConfigError, match="'Energy'"):
        settings.find_topics(["Grain"])


def test_a_topic_is_found_by_the_slug_its_files_are_named_by(tmp_path):
    toml = '[[topics]]\nname = "Tech and markets"\nsources = ["a"]'
    settings = load_settings(write(tmp_path, toml))
    assert settings.find_topics(["tech-and-markets"])[0].name == "Tech and markets"
    assert settings.find_topics(["TECH AND MARKETS"])[0].name == "Tech and markets"


def test_starter_config_loads():
    from importlib.resources import files

    text = files("briefgen").joinpath("starter.toml").read_text()
    path = Path("briefgen.toml")
    path.write_text(text)
    settings = load_settings(path)
    assert settings.topics[0].name == "Ukraine war"
    assert settings.llm.provider == "extractive"


def test_the_starter_config_states_the_real_defaults():
    """Every setting the starter writes outside [[topics]] is the default it documents, so
    `briefgen init` never contradicts the code or the README."""
    import tomllib
    from importlib.resources import files

    from briefgen.config import Settings

    starter = tomllib.loads(files("briefgen").joinpath("starter.toml").read_text())
    del starter["topics"]
    written, defaults = Settings.model_validate(starter), Settings()
    checked = 0
    for key, value in starter.items():
        names = value if isinstance(value, dict) else {None: value}
        for name in names:
            path = [key, name] if name else [key]
            got, default = written, defaults
            for part in path:
                got, default = getattr(got, part), getattr(default, part)
            assert got == default, f"{'.'.join(path)} = {got!r}, but the default is {default!r}"
            checked += 1
    assert checked >= 8


def test_a_clash_of_topic_file_names_is_one_short_line(tmp_path):
    text = '[[topics]]\nname = "Ukraine war"\nsources = ["a"]\n'
    text += '[[topics]]\nname = "Ukraine 🇺🇦 war 🔥"\nsources = ["a"]\n'
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    message = str(caught.value)
    assert "would write the same files (ukraine-war.*)" in message
    assert "sources" not in message and "\n" not in message  # not the config dict


def test_a_zero_window_must_be_positive(tmp_path):
    with pytest.raises(ConfigError, match="must be positive"):
        load_settings(write(tmp_path, '[[topics]]\nname = "T"\nsources = ["a"]\nsince = "0h"'))


def test_a_persian_name_written_with_a_zero_width_non_joiner_is_an_address():
    from briefgen.fields import check_address

    named = "\u0645\u06cc\u200c\u0631\u0648\u0645 <m@example.ir>"  # ZWNJ inside the name
    assert check_address(named) == named


def test_a_broker_url_s_scheme_in_capitals_is_read_as_redis(tmp_path):
    settings = load_settings(write(tmp_path, '[queue]\nbroker_url = "REDIS://127.0.0.1:6379/0"'))
    assert settings.queue.broker_url == "redis://127.0.0.1:6379/0"
