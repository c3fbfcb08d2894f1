"""One brief sent by one process at a time (a worker's task redelivered while its first worker
still sends), and a relay that never answers, against a real SMTP server on loopback."""

import datetime as dt
import os
from pathlib import Path

from clitools import cli
from smtp_server import smtp_server
from test_email_cli import DAY, configure, generate

from briefgen.store import Store


def test_a_relay_that_does_not_answer_is_waited_for_once_not_once_per_reader(articles, tmp_path):
    """nu33 r03: a relay that took the connection and never answered made every reader go
    through all the retries in turn (about 155 s a reader with the defaults). The readers
    after the first are marked failed at once, for the scheduler's retry job."""
    readers = ["a@example.org", "b@example.org", "c@example.org"]
    with smtp_server(delay_s=3) as server:
        config = configure(tmp_path, articles, server, recipients=readers)
        text = Path(config).read_text().replace("retry_delay_s", "timeout_s = 0.3\nretry_delay_s")
        Path(config).write_text(text)
        result = generate(config)
        assert result.exit_code == 1 and server.delivered == []
        assert server.handler.data_commands == 4  # the first reader's 4 attempts, no more
        said = "not delivered to b@example.org: not tried: the mail server did not answer for a@"
        assert said in result.stderr, result.stderr
        assert "not delivered to a@example.org: 127.0.0.1:" in result.stderr  # said once
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    day = dt.date.fromisoformat(DAY)
    assert [store.delivery("Ukraine", day, r) for r in readers] == ["failed"] * 3
    store.close()


def test_a_redelivered_task_sends_nothing_that_a_live_sender_is_sending(articles, tmp_path):
    """nu33 r01: a worker's task that outlived the visibility timeout (a slow relay) went to
    a second worker, which took over the readers the first had claimed and was still
    sending to: each got the brief twice. One process sends one brief at a time; the
    second waits, then finds them all sent."""
    import io
    import threading

    from rich.console import Console

    from briefgen.config import load_settings
    from briefgen.runner import Options, run_topic

    readers = ["a@example.org", "b@example.org", "c@example.org"]
    with smtp_server(delay_s=0.5) as server:
        config = configure(tmp_path, articles, server, recipients=readers)
        assert cli("generate", "--config", config, "--date", DAY).exit_code == 0  # built
        settings = load_settings(Path(config))
        now, day = dt.datetime.now(dt.UTC), dt.date.fromisoformat(DAY)
        said = io.StringIO()

        def run(take_over: bool, dry_run: bool = False) -> None:
            store = Store(os.environ["BRIEFGEN_DATABASE"])
            options = Options(date=day, email=True, take_over=take_over, dry_run=dry_run)
            console = Console(file=said)
            run_topic(settings, settings.topics[0], store, now, options, console, console)
            store.close()

        first = threading.Thread(target=run, args=(False,))
        first.start()
        while not server.delivered:  # the first is sending, slowly
            threading.Event().wait(0.05)
        run(take_over=False, dry_run=True)  # sends nothing: it does not wait (the review's)
        assert first.is_alive() and "waiting" not in said.getvalue()
        run(take_over=True)  # the same task, redelivered to a second worker
        first.join()
        assert sorted(r for d in server.delivered for r in d.rcpt_tos) == readers, said.getvalue()
        assert "another briefgen is sending the 2026-11-24 brief; waiting" in said.getvalue()


def test_a_sender_that_holds_the_brief_past_the_wait_is_one_line_and_no_failure(articles, tmp_path):
    """The redelivered task's other end: the first worker still sending past the wait (half
    the visibility timeout). One line says so; nothing is sent, and it is no failure."""
    import io
    import threading
    from types import SimpleNamespace

    from clitools import brief_at
    from rich.console import Console

    from briefgen import processes
    from briefgen.config import load_settings
    from briefgen.runner import Options, _email
    from briefgen.store import BRIEF_STALE, brief_lock

    with smtp_server() as server:
        config = configure(tmp_path, articles, server, recipients=["a@example.org"])
        assert cli("generate", "--config", config, "--date", DAY).exit_code == 0
        settings = load_settings(Path(config))
        brief = brief_at(tmp_path / "out", DAY, "ukraine")
        store = Store(os.environ["BRIEFGEN_DATABASE"])
        holding, done = threading.Event(), threading.Event()

        def sender() -> None:  # another process, sending this brief
            with store.held(brief_lock("Ukraine", brief.date, "mail"), BRIEF_STALE, 1,
                            processes.PROCESS):  # fmt: skip
                holding.set()
                done.wait(10)

        thread = threading.Thread(target=sender)
        thread.start()
        holding.wait(5)
        said = io.StringIO()
        console = Console(file=said, width=300)
        result = SimpleNamespace(brief=brief, this_run=None)
        options = Options(email=True)
        sent = _email(result, settings.topics[0], settings, store, dt.datetime.now(dt.UTC),
                      options, (console, console), 0.3)  # fmt: skip
        done.set()
        thread.join()
        store.close()
        assert sent and server.delivered == []
        assert "another briefgen has been sending the 2026-11-24 brief for over" in said.getvalue()
