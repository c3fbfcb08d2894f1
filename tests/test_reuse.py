"""A finished brief is reused only for the same inputs; exit codes a scheduler can trust."""

import json
import os
import shutil
import subprocess
import sys
import time
from html import escape
from pathlib import Path

import pytest
from clitools import adhoc, brief_at, cli
from llm_server import FakeLLM, serve
from smtp_server import free_port

from briefgen.models import Brief

DAY = "2026-11-24"


def json_brief(out, slug="ukraine") -> Brief:
    return brief_at(out, DAY, slug)


def test_the_same_inputs_reuse_the_brief_and_any_other_builds_anew(articles, tmp_path):
    out = tmp_path / "out"
    first = adhoc(articles, out, "--since", "48h", "--format", "json,html")
    assert first.exit_code == 0, first.output
    whole = json_brief(out)

    again = adhoc(articles, out, "--since", "48h", "--format", "json")
    assert again.exit_code == 0 and "from the same inputs" in again.stderr
    assert again.stdout.strip().endswith("ukraine.json")  # only the format asked for
    assert ".html" not in again.stdout

    narrower = adhoc(articles, out, "--since", "48h", "--format", "json", "--include", "grain")
    assert narrower.exit_code == 0, narrower.output
    assert "building anew: the filters changed" in narrower.stderr
    filtered = json_brief(out)
    assert len(filtered.sources) < len(whole.sources)
    assert all("grain" in (s.title + s.url).lower() for s in filtered.sources)

    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(articles / "2026-11-23-meridian-post-grain-convoy.md", one)
    single = adhoc(one, out, "--since", "48h", "--format", "json")
    assert single.exit_code == 0 and "building anew: the sources and the filters" in single.stderr
    assert len(json_brief(out).sources) == 1

    wider = adhoc(one, out, "--since", "72h", "--format", "json")
    assert "the time window changed" in wider.stderr
    offline = adhoc(one, out, "--since", "72h", "--format", "json", "--provider", "extractive")
    assert "from the same inputs" in offline.stderr  # extractive was the provider already


def test_a_reused_brief_is_a_run_of_its_own_that_names_the_brief_s_run(articles, tmp_path):
    """`briefgen runs` lists every run (a scheduled run that reused the day's brief too); a
    reused run never stands for the brief itself: the next one reuses the same run."""
    from briefgen.store import Store

    folder = tmp_path / "arts"
    shutil.copytree(articles, folder)
    copied = folder / "2026-11-24-kyiv-observer-atacms-reactions.md"
    shutil.copy(copied, folder / "syndicated-copy.md")  # a copy, which dedupe drops
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[[topics]]\nname = "Ukraine war"\nsince = "48h"\n'
        f'include = ["Kyiv"]\nsources = ["{folder}"]\n',
        encoding="utf-8",
    )
    for _ in range(3):
        made = cli("generate", "--config", config, "--date", DAY, "--format", "json")
        assert made.exit_code == 0, made.output
    assert "(run 1); reusing it" in made.stderr
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    runs = store.recent_runs()
    store.close()
    assert [(r.status, r.outputs == runs[-1].outputs) for r in runs] == [
        ("reused", True),
        ("reused", True),
        ("ok", True),
    ]
    # the brief's articles, copies dropped and stories, not 0 (an empty brief, a new user
    # read; nu33: "dupes 0" where the brief's run had dropped one)
    assert len({(r.articles, r.duplicates, r.stories) for r in runs}) == 1
    assert runs[0].stories > 0 and runs[0].duplicates > 0
    listed = " ".join(cli("runs", "--config", config).stdout.replace("│", " ").split())
    assert listed.count("reused") == 2 and "the brief of run 1: the same inputs" in listed


def test_a_new_article_in_the_sources_builds_anew_and_a_source_gone_reuses(articles, tmp_path):
    """The same topic and date asked again after a source has a new article: the brief is
    built anew with it. With an article gone (a feed down, a file removed) nothing is new,
    and the fuller brief is kept."""
    out, folder = tmp_path / "out", tmp_path / "arts"
    folder.mkdir()
    names = [
        "2026-11-23-meridian-post-grain-convoy.md",
        "2026-11-24-kyiv-observer-atacms-reactions.md",
    ]
    shutil.copy(articles / names[0], folder)
    first = adhoc(folder, out, "--since", "48h", "--format", "json,html")
    assert first.exit_code == 0, first.output
    assert len(json_brief(out).sources) == 1
    html = out / "2026-11-24" / "ukraine.html"
    first_html = html.read_text()

    shutil.copy(articles / names[1], folder)
    second = adhoc(folder, out, "--since", "48h", "--format", "json")
    assert second.exit_code == 0, second.output
    assert "building anew: 1 new or changed article since run 1" in second.stderr
    assert len(json_brief(out).sources) == 2
    # the first build's HTML is written again with the new article, not left stale beside
    # the new JSON (nor deleted); a run asked for HTML alone still writes the JSON
    assert html.read_text() != first_html
    assert all(escape(s.title) in html.read_text() for s in json_brief(out).sources)
    assert "ukraine.html" in (out / "index.html").read_text()

    (folder / names[0]).unlink()
    third = adhoc(folder, out, "--since", "48h", "--format", "json")
    assert third.exit_code == 0 and "from the same inputs" in third.stderr
    assert len(json_brief(out).sources) == 2
    # a format not written then is rendered from the fuller brief kept, not built anew
    # from the one article left (nu33 r08: the PDF rebuilt it, silently, and lost one)
    pdf = adhoc(folder, out, "--since", "48h", "--format", "pdf")
    assert pdf.exit_code == 0 and "from the same inputs" in pdf.stderr, pdf.stderr
    assert pdf.stdout.strip().endswith("ukraine.pdf")
    assert (out / "2026-11-24" / "ukraine.pdf").exists() and len(json_brief(out).sources) == 2

    edited = folder / names[1]
    edited.write_text(edited.read_text() + "\nA later paragraph, added after the brief.\n")
    fourth = adhoc(folder, out, "--since", "48h", "--format", "json")
    assert "building anew: 1 new or changed article since run 2" in fourth.stderr


def test_topic_names_that_make_one_file_name_are_refused_not_mixed(articles, tmp_path):
    out = tmp_path / "out"
    flags = adhoc(articles, out, "--format", "json", "--topic", "Ukraine 🇺🇦 war 🔥")
    assert flags.exit_code == 0, flags.output
    path = out / DAY / "ukraine-war.json"
    clash = adhoc(articles, out, "--format", "json", "--topic", "Ukraine war")
    assert clash.exit_code == 2
    assert "would overwrite" in clash.stderr and "Ukraine 🇺🇦 war 🔥" in clash.stderr
    assert Brief.model_validate_json(path.read_text()).topic == "Ukraine 🇺🇦 war 🔥"
    again = adhoc(articles, out, "--format", "json", "--topic", "Ukraine 🇺🇦 war 🔥")
    assert again.exit_code == 0 and "from the same inputs" in again.stderr
    # the same name in other capitals is the topic renamed (nu31 r08), and --force replaces
    renamed = adhoc(articles, out, "--format", "json", "--topic", "ukraine  🇺🇦 War 🔥")
    assert renamed.exit_code == 0, renamed.stderr
    assert Brief.model_validate_json(path.read_text()).topic == "ukraine  🇺🇦 War 🔥"
    forced = adhoc(articles, out, "--format", "json", "--topic", "Ukraine war", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert Brief.model_validate_json(path.read_text()).topic == "Ukraine war"


def llm_config(tmp_path, articles, base_url: str) -> str:
    config = tmp_path / "briefgen.toml"
    config.write_text(
        'output_dir = "out"\n[llm]\nprovider = "openai"\nmodel = "m"\n'
        f'base_url = "{base_url}"\nmax_retries = 0\ntimeout_s = 5\n'
        '[[topics]]\nname = "Ukraine"\nsince = "48h"\ninclude = ["Ukraine", "Kyiv"]\n'
        f'sources = ["{articles}"]\n'
    )
    return str(config)


def test_an_unreachable_llm_writes_the_offline_brief_and_exits_3(articles, tmp_path):
    config = llm_config(tmp_path, articles, f"http://127.0.0.1:{free_port()}/v1")
    result = cli("generate", "--config", config, "--date", DAY, "--format", "json")
    assert result.exit_code == 3, result.output
    lines = result.stderr.splitlines()
    degraded = [line for line in lines if line.startswith("degraded:")]
    assert len(degraded) == 1 and "cannot reach the LLM server" in degraded[0]
    assert len(lines) == len(set(lines)), "a warning printed twice"
    assert not any(line.startswith("WARNING") for line in lines)
    brief = json_brief(tmp_path / "out")
    assert brief.stats.llm_calls >= 1 and brief.stats.llm_calls_ok == 0
    assert all(s.fallback for s in brief.stories) and brief.developments  # written offline

    runs = cli("runs", "--config", config)
    row = next(line for line in runs.stdout.splitlines() if "Ukraine" in line)
    assert "degraded" in row and f"0/{brief.stats.llm_calls}" in row


def test_a_brief_the_llm_could_not_write_is_retried_not_reused(articles, tmp_path):
    with serve(FakeLLM()) as llm:
        config = llm_config(tmp_path, articles, llm.base_url)
        llm.fail_next(*["500"] * 30)  # every call of the first run fails
        first = cli("generate", "--config", config, "--date", DAY, "--format", "json")
        assert first.exit_code == 3, first.output
        llm.script.clear()
        second = cli("generate", "--config", config, "--date", DAY, "--format", "json")
        assert second.exit_code == 0, second.output
        assert "retrying the" in second.stderr and "reusing" not in second.stderr
        brief = json_brief(tmp_path / "out")
        assert not any(s.fallback for s in brief.stories)
        assert brief.stats.llm_calls_ok == brief.stats.llm_calls > 0
        third = cli("generate", "--config", config, "--date", DAY, "--format", "json")
        assert third.exit_code == 0 and "from the same inputs" in third.stderr


@pytest.mark.parametrize("change", ["model", "prompts"])
def test_another_model_or_prompt_builds_anew(articles, tmp_path, change):
    with serve(FakeLLM()) as llm:
        config = llm_config(tmp_path, articles, llm.base_url)
        assert cli("generate", "--config", config, "--date", DAY, "--format", "json").exit_code == 0
        extra = ["--model", "m-2"]
        if change == "prompts":
            prompts = tmp_path / "prompts"
            prompts.mkdir()
            (prompts / "system.md.j2").write_text("You write careful briefs. {{ schema }}\n")
            path = Path(config)
            path.write_text(path.read_text().replace("[llm]", 'prompts_dir = "prompts"\n[llm]'))
            extra = []
        again = cli("generate", "--config", config, "--date", DAY, "--format", "json", *extra)
        assert again.exit_code == 0, again.output
        said = {"model": "the summarizer or its model changed", "prompts": "the prompts changed"}
        assert said[change] in again.stderr


def test_a_time_zone_or_page_size_changed_is_said_as_such(articles, tmp_path):
    """nu33 r06: both were said as "the templates changed", which sent the user looking
    for a template change that never happened."""
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\ntimezone = "UTC"\n[render]\npage_size = "A4"\n'
        f'[[topics]]\nname = "Ukraine"\nsince = "48h"\nsources = ["{articles}"]\n'
    )

    def generate():
        return cli("generate", "--config", str(config), "--date", DAY, "--format", "json")

    assert generate().exit_code == 0
    config.write_text(config.read_text().replace('"UTC"', '"Europe/London"'))
    zone = generate()
    assert "building anew: the time zone changed" in zone.stderr, zone.stderr
    config.write_text(config.read_text().replace('"A4"', '"Letter"'))
    page = generate()
    assert "building anew: the render settings changed" in page.stderr, page.stderr
    # a run recorded by the briefgen before, whose templates part held both: no "templates
    # changed" after the upgrade (the review's)
    from briefgen.runkey import changed

    older = {"sources": "a", "templates": "b"}
    assert changed(older, {"sources": "a", "templates": "c", "render": "d"}) == [
        "the inputs briefgen records"
    ]


def test_runs_show_a_long_message_whole(articles, tmp_path):
    config = llm_config(tmp_path, articles, f"http://127.0.0.1:{free_port()}/v1")
    cli("generate", "--config", config, "--date", DAY, "--format", "json")
    runs = cli("runs", "--config", config).stdout
    words = " ".join(runs.replace("│", " ").split())
    assert "(LLM: cannot reach the LLM server at" in words  # wrapped, never cut mid-word
    assert json.loads(json_brief(tmp_path / "out").model_dump_json())["stats"]["llm_calls_ok"] == 0


def test_a_scheduled_run_records_the_same_outcome(articles, tmp_path):
    from briefgen.config import load_settings
    from briefgen.schedule import scheduled_run
    from briefgen.store import Store

    config = llm_config(tmp_path, articles, f"http://127.0.0.1:{free_port()}/v1")
    scheduled_run(config, "Ukraine", DAY)
    store = Store(load_settings(Path(config)).database)
    (run,) = store.recent_runs()
    store.close()
    assert run.status == "degraded" and run.llm_calls_ok == 0 and run.llm_calls >= 1
    assert "the LLM wrote none of the" in run.message


def test_two_generate_of_one_brief_at_once_build_it_once(server, tmp_path):
    """The second waits for the first (a lock per topic and day in the database), then
    reuses what it built: one build, one set of files written, the wait said in one line."""
    import subprocess
    import sys
    import time

    story = "Dock workers in Rotterdam walked out on Tuesday, halting the port's terminals."
    page = server.add("/strike", f"<html><body><article><p>{story}</p></article></body></html>")
    item = (
        f"<item><title>Dock strike halts Rotterdam terminals</title><link>{page}</link>"
        f"<pubDate>Tue, 24 Nov 2026 09:00:00 +0000</pubDate><description>{story}</description>"
        "</item>"
    )
    feed = server.add(
        "/feed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title>{item}'
        "</channel></rss>",
        content_type="application/rss+xml",
        delay=3,  # the first run holds the brief while it reads its source
    )
    command = [
        sys.executable, "-m", "briefgen", "generate", "--source", feed, "--topic", "Ports",
        "--date", DAY, "--output", str(tmp_path / "out"), "--allow-private-networks",
    ]  # fmt: skip
    options = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    first = subprocess.Popen(command, **options)
    deadline = time.monotonic() + 60
    while not server.hits and time.monotonic() < deadline:  # it is reading: the brief is its
        time.sleep(0.05)
    second = subprocess.Popen(command, **options)
    results = [(p.wait(120), *p.communicate()) for p in (first, second)]
    assert [code for code, _, _ in results] == [0, 0], results
    assert "another briefgen is building the 2026-11-24 brief; waiting for it" in results[1][2]
    assert "reusing it" in results[1][2] and "reusing it" not in results[0][2], results
    runs = cli("runs").stdout
    assert runs.count("\tok\t") == 1 and runs.count("\treused\t") == 1, runs


def test_a_rebuilt_brief_s_time_counts_the_reading_of_its_sources(server, tmp_path):
    """A run that reads its sources to tell whether the day's brief is still right, then
    builds anew, took that reading's time too (it was left out of `runs` and the brief)."""

    def feed(n: int) -> str:
        items = "".join(
            f"<item><title>Port strike report {k}</title><link>{server.url(f'/{k}')}</link>"
            f"<pubDate>Tue, 24 Nov 2026 0{k}:00:00 +0000</pubDate><description>Dock workers "
            f"in Rotterdam walked out on Tuesday, report {k} said.</description></item>"
            for k in range(1, n + 1)
        )
        for k in range(1, n + 1):
            server.add(f"/{k}", f"<html><body><p>Dock workers walked out, report {k}.</p>")
        return f'<rss version="2.0"><channel><title>P</title>{items}</channel></rss>'

    url = server.add("/feed.xml", feed(1), content_type="application/rss+xml", delay=2)
    command = ["generate", "--source", url, "--topic", "Ports", "--date", DAY, "--output",
               tmp_path / "out", "--allow-private-networks", "--format", "json"]  # fmt: skip
    assert cli(*command).exit_code == 0
    server.add("/feed.xml", feed(2), content_type="application/rss+xml", delay=2)
    again = cli(*command)
    assert "building anew" in again.stderr, again.output
    assert brief_at(tmp_path / "out", DAY, "ports").stats.duration_s >= 2
    latest = cli("runs").stdout.splitlines()[1]  # newest first; its "time s" column
    assert float(latest.split("\t")[13]) >= 2, latest


def test_a_brief_held_too_long_by_another_build_is_one_line_and_a_dead_one_is_taken_over(
    articles, tmp_path, monkeypatch
):
    """Another machine's briefgen holds the day's brief past the wait: one line says what and
    what to do (no lock's name); a holder whose process ended here is taken over at once,
    without a waiting line."""
    import datetime as dt
    import os
    import socket
    import subprocess
    import sys

    from briefgen import processes, runner
    from briefgen.store import Store

    lock = runner.brief_lock("Ukraine", dt.date(2026, 11, 24))
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    store.take_lock(lock, "another-host:4242:x-1", dt.datetime.now(dt.UTC), lambda h: False)
    monkeypatch.setattr(runner, "BRIEF_WAIT_S", 1.0)
    busy = adhoc(articles, tmp_path / "out", "--since", "48h")
    assert busy.exit_code != 0
    assert (
        "error: Ukraine: another briefgen has been building the 2026-11-24 brief for over 1 s; "
        "run again once it is done" in busy.stderr
    ), busy.stderr
    assert "brief:" not in busy.stderr and "waiting for it" in busy.stderr

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], text=True,
                           capture_output=True, check=True).stdout.strip()  # fmt: skip
    store.release_lock(lock, "another-host:4242:x-1")
    dead = f"{socket.gethostname()}:{ended}:{processes.PROCESS.rsplit(':', 1)[1]}"
    store.take_lock(lock, dead, dt.datetime.now(dt.UTC), lambda h: False)
    store.close()
    taken = adhoc(articles, tmp_path / "out", "--since", "48h")
    assert taken.exit_code == 0, taken.output
    assert "waiting for it" not in taken.stderr, taken.stderr


def test_a_run_that_reads_its_sources_to_tell_whether_to_build_is_listed_while_it_does(
    server, tmp_path
):
    """With the inputs unchanged, a run reads its sources before it knows whether the day's
    brief still stands: it had no row meanwhile, so `briefgen runs` did not show it, and a
    run killed then left no trace (a new user's). It is listed running, then interrupted."""
    item = (
        "<item><title>Port strike</title><link>{}</link><pubDate>Tue, 24 Nov 2026 07:00:00 "
        "+0000</pubDate><description>Dock workers in Rotterdam walked out on Tuesday over pay "
        "and staffing, their union said, halting container traffic at the port.</description>"
        "</item>"
    ).format(server.url("/1"))
    body = f'<rss version="2.0"><channel><title>P</title>{item}</channel></rss>'
    url = server.add("/feed.xml", body, content_type="application/rss+xml")
    command = ["generate", "--source", url, "--topic", "Ports", "--date", DAY, "--output",
               tmp_path / "out", "--allow-private-networks", "--format", "json"]  # fmt: skip
    assert cli(*command).exit_code == 0
    server.add("/feed.xml", body, content_type="application/rss+xml", delay=20)
    asked = server.hits.count("/feed.xml")
    slow = subprocess.Popen(
        [sys.executable, "-m", "briefgen", *map(str, command)], stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while server.hits.count("/feed.xml") == asked and time.monotonic() < deadline:
            time.sleep(0.1)
        newest = cli("runs").stdout.splitlines()[1].split("\t")
        assert newest[4] == "running", newest
    finally:
        slow.kill()
        slow.wait()
    newest = cli("runs").stdout.splitlines()[1].split("\t")
    assert newest[4] == "interrupted", newest
