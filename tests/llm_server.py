"""A small OpenAI-compatible Chat Completions server on 127.0.0.1, for tests and benchmarks.

It speaks the real protocol to the real `openai` client and answers like a careful model:
schema-valid JSON built from the fenced articles of the request, copying their sentences, so
its answers are grounded; the story judge's questions it answers by a rule (FakeLLM.same_event).
Scripted faults replace the next answers one by one: HTTP errors,
broken JSON, schema violations, truncation, refusals, slowness, invented quotes and numbers.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fake_embeddings import FakeEmbeddings
from llm_answers import entries, story_answer, synthesis

from briefgen import tokens

log = logging.getLogger(__name__)
# What the prompt asks: the brief's language (system prompt), the articles that are not in
# it (story prompt: "Articles S1 (de), S2 (zh) are not in English").
TARGET = re.compile(r"in plain, neutral (\w+)")
FOREIGN = re.compile(r"^Articles (.+) are not in \w+:", re.MULTILINE)
JUDGE = "report the same event"  # in the story judge's system prompt (same_event.md.j2)
PAIR = re.compile(r"^(P\d+): (A\d+) and (A\d+)$", re.MULTILINE)  # a pair it asks about
FAULTS = (
    "ok",
    "429",
    "500",
    "401",
    "invalid_json",
    "cut_json",  # the answer breaks off mid-object, with finish_reason "stop"
    "schema",
    "length",
    "refusal",
    "slow",
    "invented_quote",
    "invented_number",
    "fenced_json",
    "html",
    "no_usage",
    "forged_original",
    "loose",  # keys the schema lacks, null for empty lists (servers that follow it roughly)
    "words",  # a refusal in words, not JSON
    "spanish",  # a story answer in Spanish, whatever the brief's language
    "repeated",  # the first development given three times
    "repeated_lines",  # the synthesis's first line twice, and again as the outlook
    "reasoning",  # no content, only reasoning_content (a reasoning model out of tokens)
    "unrelated",  # a story answer of whose items none holds: figures no article gives
    "stray_ids",  # every item cites an article it was not sent (S99)
    "bracketed_ids",  # ids as some models write them: "[S1]", "s2"
    "one_stray_id",  # the first development cites an article it was not sent, the rest hold
    "no_developments",  # a lead, risks and reactions, but no development
    "invented_levels",  # every risk's likelihood and impact "high", whatever its article says
)


@dataclass
class FakeLLM:
    """State of one server: what it was asked, and the faults to play next."""

    delay: float = 0.0  # seconds before every answer, like a real model's latency
    slow_s: float = 5.0  # how long a "slow" answer takes
    # like OpenAI's prompt cache: a prompt's first tokens that an earlier prompt began with,
    # from 1,024 on and in steps of 128, are reported as usage.prompt_tokens_details.cached_tokens
    prompt_cache: bool = True
    base_url: str = ""
    requests: list[dict] = field(default_factory=list)
    prompts: list[list[int]] = field(default_factory=list)  # tokens of each prompt, for caching
    script: deque[str] = field(default_factory=deque)
    targeted: dict[str, deque[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    embeddings: FakeEmbeddings = field(default_factory=lambda: FakeEmbeddings())
    # the story judge's answer for two articles' (title, text): by default one event when
    # they share two names (capitalised words inside sentences), a crude rule (right on
    # about half the labelled corpora's pairs in doubt); tests give their own
    same_event: Callable[[tuple[str, str], tuple[str, str]], bool] = field(
        default_factory=lambda: _share_two_names
    )
    judge_omits: set[str] = field(default_factory=set)  # pairs it leaves out ("P2")
    judge_ids: Callable[[str], str] = str  # how it writes a pair's id back ("P2")
    # False: response_format json_schema refused as llama-cpp-python's server refuses it
    json_schema: bool = True

    def fail_next(self, *faults: str) -> None:
        """Play these faults (see FAULTS) on the next requests, in order."""
        assert all(f in FAULTS for f in faults), faults
        self.script.extend(faults)

    def fail_when(self, text: str, *faults: str) -> None:
        """Play these faults on the next requests whose prompt contains `text`."""
        assert all(f in FAULTS for f in faults), faults
        self.targeted.setdefault(text, deque()).extend(faults)

    def answer(
        self, body: dict, received: float | None = None
    ) -> tuple[int, dict | bytes, dict[str, str]]:
        """(status, JSON body or raw bytes, headers) for one request; `received` is when its
        headers were read (time.monotonic()), so reading the body counts as the server's work."""
        received = time.monotonic() if received is None else received
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        system = next((m["content"] for m in body["messages"] if m["role"] == "system"), "")
        with self.lock:
            self.requests.append(body)
            queue = next((q for t, q in self.targeted.items() if q and t in user), self.script)
            fault = queue.popleft() if queue else "ok"
        if not self.json_schema and body.get("response_format", {}).get("type") == "json_schema":
            error = (  # llama-cpp-python's answer, word for word
                "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', "
                "'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\"}"
            )
            return 500, {"error": {"message": error, "type": "internal_server_error"}}, {}
        if fault == "html":  # a proxy's login page, say, with status 200
            return 200, b"<html><body>Please log in</body></html>", {"Content-Type": "text/html"}
        if fault in ("429", "500", "401"):
            time.sleep(self.delay)
            headers = {"Retry-After": "1"} if fault == "429" else {}
            error = {"error": {"message": f"scripted {fault}", "type": "test", "code": fault}}
            return int(fault), error, headers
        content = json.dumps(self._content(system, user, fault))
        finish = "stop"
        refusal = None
        if fault == "invalid_json":  # malformed: a key without its colon
            content = content.replace(":", " oops", 1)
        elif fault == "cut_json":
            content = content[: len(content) // 2]
        elif fault == "schema":
            content = json.dumps({"lead": 42, "developments": "none", "extra": True})
        elif fault == "length":
            content, finish = content[: len(content) // 3], "length"
        elif fault == "fenced_json":  # what some servers do in JSON mode
            content = f"Here is the JSON:\n```json\n{content}\n```"
        elif fault == "refusal":
            content, refusal = None, "I can't help with that request."
        elif fault == "words":
            content = "I'm sorry, but I can't help with that."
        message = {"role": "assistant", "content": content, "refusal": refusal}
        if fault == "reasoning":
            message |= {"content": "", "reasoning_content": "Let me think about the articles."}
        # each message tokenized once, for the count and the prompt cache (tokenizing every
        # prompt twice kept this server busy enough to accept a burst of requests late)
        encode = tokens._encoding().encode_ordinary
        ids = [encode(m["content"] or "") for m in body["messages"]]
        prompt_tokens = sum(map(len, ids)) + tokens.TOKENS_PER_MESSAGE * len(ids)
        prompt_tokens += tokens.TOKENS_PER_REPLY  # as tokens.count_messages counts
        completion_tokens = tokens.count(content or "")
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        if self.prompt_cache:
            cached = self._cached([t for message in ids for t in message])
            usage["prompt_tokens_details"] = {"cached_tokens": cached}
        # the answer takes `delay` in all, this server's own work included
        time.sleep(
            max(0.0, received + (self.slow_s if fault == "slow" else self.delay) - time.monotonic())
        )
        return (
            200,
            {
                "id": f"chatcmpl-{len(self.requests)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body["model"],
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                **({} if fault == "no_usage" else {"usage": usage}),
            },
            {},
        )

    def _cached(self, ids: list[int]) -> int:
        """Tokens at the start of this prompt (`ids`, its messages' tokens one after the other)
        that an earlier one began with (see prompt_cache)."""
        with self.lock:
            longest = max((_common(ids, p) for p in self.prompts), default=0)
            self.prompts.append(ids)
        return longest // 128 * 128 if longest >= 1024 else 0

    def _content(self, system: str, user: str, fault: str) -> dict:
        found = entries(user)
        if JUDGE in system:
            article = {sid: (title, text) for _, sid, title, text in found}
            return {
                "answers": [
                    {
                        "pair": self.judge_ids(pair),
                        "reason": "scripted",
                        "same_event": self.same_event(article[a], article[b]),
                    }
                    for pair, a, b in PAIR.findall(user.rpartition("<<<END ARTICLES")[2])
                    if pair not in self.judge_omits
                ]
            }
        if found and found[0][0] == "DIGESTS":
            said = synthesis(found)
            if fault == "repeated_lines":
                first = said["summary"][0]
                said["summary"].insert(1, "  " + first.rstrip("."))
                said["outlook"] = [first, *said["outlook"]][:5]
            return said
        target = TARGET.search(system)
        foreign = {
            sid: lang
            for listed in FOREIGN.findall(user)
            for sid, lang in re.findall(r"(\w+) \((\w+)\)", listed)
        }
        answer = story_answer(found, foreign, target[1] if target else "English")
        if answer["developments"] and fault == "invented_quote":
            answer["developments"][0]["quotes"] = ["We have secretly agreed to everything."]
        if answer["developments"] and fault == "forged_original":  # a translation of nothing
            answer["developments"][0]["quotes"] = ["[English] Nobody said this anywhere."]
            answer["developments"][0]["original_quotes"] = ["Das hat niemand irgendwo gesagt."]
        if answer["developments"] and fault == "invented_number":
            answer["developments"][0]["detail"] += " Officials counted 987654 casualties."
        if fault == "loose":
            answer |= {"confidence": 0.93, "risks": None, "reactions": None}
            for item in answer["developments"]:
                item["importance"] = "high"
        if fault == "spanish":
            said = "Las autoridades confirmaron el hecho principal del día en la ciudad."
            answer["lead"], answer["outlook"] = said, [said]
            for item in [*answer["developments"], *answer["risks"], *answer["reactions"]]:
                item["detail"] = said
        if fault == "repeated":  # within the schema's six
            answer["developments"] = answer["developments"][:1] * 3 + answer["developments"][1:3]
        items = [x for kind in ("developments", "risks", "reactions") for x in answer[kind] or []]
        if fault == "unrelated":  # (its lead holds)
            for item in items:
                item["detail"] = "Officials counted 987654 casualties."
        if fault == "stray_ids":
            for item in items:
                item["sources"] = ["S99"]
        if fault == "one_stray_id" and answer["developments"]:
            answer["developments"][0]["sources"] = ["S99"]
        if fault == "invented_levels":  # every risk "high", whatever its article says
            for risk in answer["risks"]:
                risk["likelihood"] = risk["impact"] = "high"
        if fault == "no_developments":
            answer["developments"] = []
        if fault == "bracketed_ids":
            for item in items:
                ids = enumerate(item["sources"])
                item["sources"] = [f"[{s}]" if n % 2 else s.lower() for n, s in ids]
        return answer


def _share_two_names(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return len(_names(" ".join(a)) & _names(" ".join(b))) >= 2


def _names(text: str) -> set[str]:
    return set(re.findall(r"(?<=[a-z,;] )[A-Z][a-z]{2,}", text))


def _common(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's default of 5 drops a burst of connections

    def handle_error(self, request, client_address):
        """Log quietly: socketserver prints the traceback to stderr, where it lands in the
        output of the CLI run under test (a client that hangs up mid-request, say)."""
        log.debug("llm_server: error serving %s", client_address, exc_info=True)


@contextlib.contextmanager
def serve(llm: FakeLLM):
    """Run the server on a free loopback port; `llm.base_url` is its /v1 address."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm holds
        # the body back until the client's delayed ACK (40 ms) on a reused connection, which
        # real servers don't do and which would be timed as the client's
        disable_nagle_algorithm = True

        def do_POST(self):
            received = time.monotonic()
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length))
            if self.path.rstrip("/") == "/v1/embeddings":
                authorization = self.headers.get("Authorization", "")
                status, payload, headers = llm.embeddings.answer(body, authorization)
            elif self.path.rstrip("/") != "/v1/chat/completions":
                status, payload, headers = 404, {"error": {"message": "no such route"}}, {}
            else:
                status, payload, headers = llm.answer(body, received)
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", headers.pop("Content-Type", "application/json"))
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)

        def log_message(self, *args):
            pass

    httpd = Server(("127.0.0.1", 0), Handler)
    llm.base_url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield llm
    finally:
        httpd.shutdown()
        httpd.server_close()


if __name__ == "__main__":  # a server for trying the openai provider by hand, or benchmarks
    import argparse

    parser = argparse.ArgumentParser(description="Fake OpenAI-compatible server on loopback.")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    args = parser.parse_args()
    with serve(FakeLLM(delay=args.delay)) as server:
        print(server.base_url, flush=True)
        threading.Event().wait()


STORIES = 3  # the demo articles about Ukraine: three stories, so 3 story calls + 1 synthesis


@pytest.fixture
def llm(monkeypatch):
    """A FakeLLM served on loopback that answers in 3 s when asked to be slow, no API key set
    (conftest.py makes it every test's; test_judge.py and others have their own)."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with serve(FakeLLM(slow_s=3.0)) as server:
        yield server
