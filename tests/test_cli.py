import datetime as dt
import io
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from clitools import SECTIONS, adhoc, brief_at, cli, with_template
from pypdf import PdfReader
from rich.table import Table

from briefgen.commands import print_table
from briefgen.models import Brief


def test_adhoc_generate_writes_dated_html_pdf_json(articles, tmp_path):
    result = adhoc(articles, tmp_path / "out", "--since", "48h")
    assert result.exit_code == 0, result.output
    day = tmp_path / "out" / "2026-11-24"
    paths = [day / f"ukraine.{ext}" for ext in ("html", "pdf", "json")]
    assert result.stdout.split() == [str(p) for p in paths]
    brief = Brief.model_validate_json(paths[2].read_text())
    assert brief.date.isoformat() == "2026-11-24"
    # no keyword filter ad hoc: 11 files, minus one out of the window (the syndicated copy
    # adds a sentence of its own, from Tallinn: it stays, its outlet credited)
    assert brief.stats.articles == 10 and brief.stats.stories == 4
    ids = {s.id for s in brief.sources}
    for item in [*brief.stories, *brief.developments, *brief.risks, *brief.reactions]:
        assert item.sources and set(item.sources) <= ids
    text = "".join(p.extract_text() for p in PdfReader(paths[1]).pages)
    flat = " ".join(text.split())
    assert " ".join(brief.headline.split()) in flat
    for heading in SECTIONS:
        assert heading in text
    assert not list(day.glob(".*tmp"))


def test_config_topics_runs_and_statuses(articles, tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\ntimezone = "Europe/Berlin"\n[[topics]]\n'
        f'name = "Ukraine war"\nsince = "48h"\ninclude = ["Ukraine", "Kyiv"]\n'
        f'sources = ["{articles}"]\n'
    )
    first = cli("generate", "--config", config, "--date", "2026-11-24", "--format", "json")
    assert first.exit_code == 0, first.output
    second = cli(
        "generate",
        "Ukraine war",
        "--config",
        config,
        "--date",
        "2026-11-25",
        "--since",
        "72h",
        "--format",
        "json",
    )
    assert second.exit_code == 0, second.output
    brief = brief_at(tmp_path / "out", "2026-11-25", "ukraine-war")
    assert {s.status for s in brief.stories} == {"continuing"}
    runs = cli("runs", "--config", config)
    assert runs.exit_code == 0
    assert runs.stdout.count("Ukraine war") == 2
    assert len(re.findall(r"\bok\b", runs.stdout)) == 2
    # piped: tab-separated, a line a run, every message whole (nothing cut or wrapped)
    header, *rows = runs.stdout.splitlines()
    assert header.startswith("id\ttopic\tdate\t") and header.endswith("\tmessage")
    assert len(rows) == 2 and all(row.count("\t") == header.count("\t") for row in rows)


def test_stories_left_out_by_max_stories_are_told(articles, tmp_path, caplog):
    """The demo's ten articles tell four stories; a brief of two says that two were cut."""
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[[topics]]\nname = "Ukraine"\nsince = "48h"\nmax_stories = 2\n'
        f'sources = ["{articles}"]\n'
    )
    with caplog.at_level(logging.WARNING, logger="briefgen"):  # without -v (a new user's)
        result = cli("generate", "--config", config, "--date", "2026-11-24", "--format", "json")
    assert result.exit_code == 0, result.output
    assert brief_at(tmp_path / "out", "2026-11-24", "ukraine").stats.stories == 2
    assert "Ukraine: 4 stories found, the first 2 kept (max_stories = 2;" in caplog.text
    brief = brief_at(tmp_path / "out", "2026-11-24", "ukraine")
    [warning] = [r.getMessage() for r in caplog.records if "stories found" in r.getMessage()]
    left = warning.partition("left out: ")[2]  # which two (nu35 r06)
    assert left.count("'") == 4 and not any(repr(s.title) in left for s in brief.stories)


def test_articles_left_out_are_counted_with_why(articles, tmp_path, caplog):
    """A text file with no date of its own is dated by its file's time; one from last week
    fell out of the window, and even -v said only "gathered 10 articles" (a new user's
    report)."""
    old = dt.datetime(2026, 11, 17, 10, tzinfo=dt.UTC).timestamp()
    os.utime(articles / "grid-strike-wire-copy.txt", (old, old))
    with caplog.at_level(logging.INFO, logger="briefgen"):
        result = adhoc(articles, tmp_path / "out", "--since", "48h", "--format", "json")
    assert result.exit_code == 0, result.output
    assert (
        "gathered 9 articles from 1 sources in" in caplog.text
        and "(0 source errors); of 11 found, left out: 2 outside the time window (1 dated "
        "only by their file's time)"
        in caplog.text
    )


def test_user_templates_override_packaged_ones(articles, tmp_path):
    config = with_template(tmp_path, articles, "brief.css", "body { color: rgb(1, 2, 3); }")
    out = tmp_path / "out"
    result = cli(
        "generate", "--config", config, "--date", "2026-11-24", "--format", "html", "--output", out
    )
    assert result.exit_code == 0, result.output
    html = (out / "2026-11-24" / "u.html").read_text()
    assert "rgb(1, 2, 3)" in html and "Key developments" in html


def test_init_writes_a_loadable_config(tmp_path):
    result = cli("init", tmp_path / "proj", "--templates")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "proj" / "templates" / "brief.html.j2").exists()
    again = cli("init", tmp_path / "proj")
    assert again.exit_code == 2 and "--force" in again.stderr
    assert (tmp_path / "proj" / "articles").is_dir()
    check = cli("sources", "check", "--config", tmp_path / "proj" / "briefgen.toml")
    assert check.exit_code == 0  # the starter's (empty) articles/ folder is readable
    empty = cli("generate", "--config", tmp_path / "proj" / "briefgen.toml")
    assert empty.exit_code == 1 and "no articles found" in empty.stderr


def test_read_only_commands_create_nothing(tmp_path):
    before = set(tmp_path.iterdir())
    assert cli("runs").exit_code == 0
    no_config = cli("sources", "check")
    assert no_config.exit_code == 2 and "briefgen init" in no_config.stderr
    assert set(tmp_path.iterdir()) == before


def test_sources_check_reports_each_source(articles, server, tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'[[topics]]\nname = "U"\nsources = ["{articles}", "{server.url("/gone.xml")}"]\n'
    )
    result = cli("sources", "check", "--config", config)
    assert result.exit_code == 1
    assert "ok" in result.stdout and "HTTP 404" in result.stdout
    for column in ("status", "items", "seconds", "last error"):
        assert column in result.stdout


def test_sources_check_names_a_folders_skipped_files_and_counts_them(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.md").write_text("A fire\n\nA fire broke out at a plant on Monday.\n")
    (folder / "b.txt").write_bytes(b"\x00\x01binary" * 20)
    (folder / "c.md").write_text("---\ntitle: X\ndate: someday\n---\nText of it.\n")
    config = tmp_path / "briefgen.toml"
    config.write_text(f'[[topics]]\nname = "U"\nsources = ["{folder}"]\n')
    result = cli("sources", "check", "--config", config)
    assert result.exit_code == 0, result.output
    assert "b.txt: binary file, not text" in result.stdout
    assert "(and 1 more file skipped)" in result.stdout


def test_sources_check_shows_304s_and_the_last_error(server, tmp_path):
    rss = (
        "<rss version='2.0'><channel><title>W</title><item><title>Grid</title>"
        "<link>https://w.example.com/1</link><pubDate>Tue, 24 Nov 2026 07:00:00 GMT</pubDate>"
        "<description>Full text. </description></item></channel></rss>"
    )
    url = server.add("/f.xml", rss, content_type="text/xml", status=500)
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'[fetch]\nretries = 0\n[[topics]]\nname = "U"\n'
        f'sources = [{{url = "{url}", full_text = "never"}}]\n'
    )
    down = cli("sources", "check", "--config", config)
    assert down.exit_code == 1 and "failed" in down.stdout and "HTTP 500" in down.stdout
    server.routes["/f.xml"].status = 200
    server.routes["/f.xml"].headers["ETag"] = '"1"'
    up = cli("sources", "check", "--config", config)
    assert up.exit_code == 0 and "ok" in up.stdout
    assert "HTTP 500" in up.stdout  # the last error, with its time
    again = cli("sources", "check", "--config", config)
    assert again.exit_code == 0 and "not modified" in again.stdout
    assert server.not_modified == ["/f.xml"]


def test_every_command_has_help():
    commands = (["generate"], ["runs"], ["init"], ["send"], ["schedule"], ["sources", "check"])
    for command in commands:
        result = cli(*command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout
        assert "<bool>" not in result.stdout  # a flag takes no value: no type beside it
        assert "--help" in result.stdout
    assert "Build briefs now" in cli("--help").stdout


def test_help_imports_no_heavy_library():
    code = (
        "import sys; from typer.testing import CliRunner; from briefgen.cli import app; "
        "CliRunner().invoke(app, ['generate', '--help']); "
        "heavy = {'weasyprint', 'trafilatura', 'sqlalchemy', 'feedparser', 'openai', "
        "'lxml', 'httpx'} & set(sys.modules); print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_demo_config_as_a_subprocess(tmp_path):
    """With -v each stage is a line, and a new database's migrations one line of briefgen's
    (not Alembic's dozen); -v after the command is taken as before it."""
    repo = Path(__file__).resolve().parent.parent
    database = f"sqlite:///{tmp_path / 'new.db'}"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefgen",
            "generate",
            "-v",
            "--config",
            repo / "examples" / "briefgen.toml",
            "--output",
            tmp_path / "demo",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"BRIEFGEN_DATABASE": database},
    )
    assert result.returncode == 0, result.stderr
    assert "briefgen.migrate: upgraded" in result.stderr and "from empty" in result.stderr
    assert "summarized 3 stories" in result.stderr and "alembic" not in result.stderr
    brief = brief_at(tmp_path / "demo", "2026-11-24", "ukraine-war")
    assert len(brief.stories) == 3 and brief.developments and brief.risks and brief.reactions


def test_extraction_libraries_log_only_with_debug(server, tmp_path):
    """trafilatura's own lines ("error: empty HTML tree ...") looked like briefgen's errors:
    briefgen's warning about the page stays, theirs are shown with --debug only."""
    empty = server.add("/empty.html", b"")

    def stderr(*flags: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "briefgen", *flags, "generate", "--source", empty,
             "--topic", "T", "--format", "json", "--output", tmp_path / "out"],
            capture_output=True, text=True, timeout=120,
            env=os.environ | {"BRIEFGEN_DATABASE": f"sqlite:///{tmp_path / 'b.db'}"},
        ).stderr  # fmt: skip

    verbose, debug = stderr("-v"), stderr("--debug")
    assert "empty.html: no article text found on the page" in verbose
    assert "empty HTML tree" not in verbose and "discarding data" not in verbose
    assert "error: empty HTML tree" in debug and "warning: discarding data" in debug


def test_hostile_article_is_inert_end_to_end(server, tmp_path):
    pixel = server.url("/pixel.png")
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(  # plain text: a .md file's tags are markup, dropped
        "---\ntitle: Attack <script>alert(1)</script>\npublished: 2026-11-24T08:00:00Z\n---\n"
        f'Officials said <script>alert(1)</script> and <img src="file:///etc/passwd"> and '
        f'<img src="{pixel}"> and {{{{ 7*7 }}}} appeared in the statement on Monday.\n\n'
        "A second sentence about the statement gives the story more detail today.\n"
    )
    result = adhoc(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    day = tmp_path / "out" / "2026-11-24"
    html = (day / "ukraine.html").read_text()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "{{ 7*7 }}" in html
    text = "".join(p.extract_text() for p in PdfReader(day / "ukraine.pdf").pages)
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text
    assert server.hits == []


def test_feed_and_dead_host_end_to_end(server, tmp_path):
    items = "".join(
        f"<item><title>{title}</title><link>https://wire.example.com/{n}</link>"
        f"<pubDate>Tue, 24 Nov 2026 0{n}:00:00 GMT</pubDate><description>{body}</description>"
        "</item>"
        for n, (title, body) in enumerate(
            [
                (
                    "Grid struck overnight",
                    "Russia launched 120 drones at the power grid overnight, "
                    "officials said. Repairs are expected to take weeks.",
                ),
                (
                    "Power cut in nine regions",
                    "Russia's overnight attack with 120 drones left nine "
                    "regions without power, the grid operator said.",
                ),
            ],
            start=1,
        )
    )
    feed = server.add(
        "/feed.xml",
        f"<rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>",
        content_type="application/rss+xml",
    )
    result = cli(
        "generate",
        "--source",
        feed,
        "--source",
        "http://127.0.0.1:9/feed.xml",
        "--topic",
        "Grid",
        "--date",
        "2026-11-24",
        "--format",
        "json",
        "--output",
        tmp_path / "out",
    )
    assert result.exit_code == 0, result.output
    assert "connection refused" in result.stderr
    brief = brief_at(tmp_path / "out", "2026-11-24", "grid")
    assert [s.outlet for s in brief.sources] == ["Wire", "Wire"]
    errors = {e.source: e.error for e in brief.stats.source_errors}
    assert "connection refused" in errors["http://127.0.0.1:9/feed.xml"]
    # the items are teasers; their pages are on hosts this machine can't reach
    assert "2 of 2 linked pages not read" in errors[feed]


def test_adhoc_keywords_filter(articles, tmp_path):
    result = adhoc(
        articles,
        tmp_path / "out",
        "--since",
        "48h",
        "--format",
        "json",
        "--include",
        "Ukraine",
        "--include",
        "Kyiv",
        "--exclude",
        "grain",
    )
    assert result.exit_code == 0, result.output
    brief = brief_at(tmp_path / "out", "2026-11-24", "ukraine")
    assert len(brief.stories) == 2  # football filtered out, grain convoy excluded
    assert not any("Sevilla" in s.title or "grain" in s.title.lower() for s in brief.stories)
    wrong = cli("generate", "--include", "Ukraine")
    assert wrong.exit_code == 2 and "ad-hoc topic" in wrong.stderr


def test_a_second_run_reuses_the_days_brief_unless_forced_or_elsewhere(articles, tmp_path):
    first = adhoc(articles, tmp_path / "out", "--since", "48h", "--format", "json")
    json_path = tmp_path / "out" / "2026-11-24" / "ukraine.json"
    built = json_path.stat().st_mtime_ns
    again = adhoc(articles, tmp_path / "out", "--since", "48h", "--format", "json")
    assert again.exit_code == 0 and "reusing it (--force rebuilds)" in again.stderr
    assert again.stdout == first.stdout and json_path.stat().st_mtime_ns == built
    forced = adhoc(articles, tmp_path / "out", "--since", "48h", "--format", "json", "--force")
    assert forced.exit_code == 0 and "reusing" not in forced.stderr
    assert json_path.stat().st_mtime_ns != built
    elsewhere = adhoc(articles, tmp_path / "other", "--since", "48h", "--format", "json")
    assert "reusing" not in elsewhere.stderr
    assert (tmp_path / "other" / "2026-11-24" / "ukraine.json").exists()


def test_a_table_on_a_narrow_terminal_folds_its_cells_and_cuts_nothing(monkeypatch):
    """At 60 columns a long URL or message is folded onto more lines, not cut with "…"."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setenv("COLUMNS", "60")
    table = Table("source", "status", "last error")
    url = "http://127.0.0.1:8765/feeds/" + "a-long-feed-name-" * 3 + "feed.xml"
    table.add_row(url, "ok", "HTTP 404 File not found on 2026-11-20 00:00 UTC")
    print_table(table)
    drawn = re.sub(r"\x1b\[[0-9;]*m", "", terminal.getvalue())  # no colours
    assert "…" not in drawn
    rows = [line.split("│")[1:-1] for line in drawn.splitlines() if line.count("│") == 4]
    columns = [
        "".join(cell.replace(" ", "") for cell in column) for column in zip(*rows, strict=True)
    ]
    message = "HTTP 404 File not found on 2026-11-20 00:00 UTC"
    assert columns[0] == url and columns[2] == message.replace(" ", "")  # folded at spaces


def test_global_flags_are_taken_after_the_command_too():
    from briefgen.cli import global_flags_first

    given = ["generate", "--topic", "T", "-v", "--debug", "--", "-v"]
    assert global_flags_first(given) == ["-v", "--debug", "generate", "--topic", "T", "--", "-v"]
    assert global_flags_first(["-v", "runs"]) == ["-v", "runs"]
