"""What the LLM must answer, as pydantic models; strict JSON Schemas are generated from them.

These are the LLM's side of the contract: `extra="forbid"`, every field required, no ids but
the source ids the prompt gave. The summarizer turns them into the Brief's items. An answer
is read as JSON (`json_value`) and brought to its schema where a loose server strayed
harmlessly (`conformed`) before it is validated.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from briefgen.models import Level, Stance, Text

# ids as models write them besides "S5": "[S5]", "s5", "S 5", "(S5)", "5", "S5, S6"; each
# found, then what is left must be only what stands between ids (one pass each: a long
# string of digits takes no longer than it is long)
LOOSE_ID = re.compile(r"(?<!\w)[sS]?\s?-?\s?(\d{1,6}+)(?!\w)")
BETWEEN_IDS = re.compile(r"(?:[\s\[\]()【】{}<>\"'.,;:/&]|\band\b)+")


def source_ids(value: Any) -> Any:
    """Citation ids as the prompt gave them ("S5"), however the model wrote them: one id
    in brackets or in lower case, or several in one string; anything else as it is (it is
    then no article of the story, and grounding says so)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return value  # not ids: validation says what is wrong ({"id": "S1"} is no string)
    ids: list[str] = []
    for item in value:
        numbers = LOOSE_ID.findall(item)
        if numbers and not BETWEEN_IDS.sub("", LOOSE_ID.sub("", item)):
            ids += [f"S{int(n)}" for n in numbers]
        else:
            ids.append(item)
    return list(dict.fromkeys(ids))


SourceIds = Annotated[list[Text], BeforeValidator(source_ids)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LLMDevelopment(_Strict):
    title: Text = Field(description="a headline of at most 12 words")
    detail: Text = Field(description="one or two factual sentences")
    sources: SourceIds = Field(min_length=1, description="ids of the articles that report it")
    quotes: list[Text] = Field(
        description="exact words from a cited article (translated if in another language), or []"
    )
    original_quotes: list[str] = Field(
        description="per quote, the article's exact words if translated, else ''"
    )


class LLMRisk(_Strict):
    risk: Text = Field(description="the risk in a few words")
    detail: Text = Field(description="why it matters, one or two sentences")
    likelihood: Level | None = Field(
        description="as a cited article assesses it (likely, expected, remote), else null"
    )
    impact: Level | None = Field(description="as a cited article assesses it, else null")
    sources: SourceIds = Field(min_length=1)


class LLMReaction(_Strict):
    actor: Text = Field(description="who reacted: a person, office or organisation")
    stance: Stance
    detail: Text = Field(description="what they said or did, one sentence")
    quote: str = Field(
        description="their exact words from a cited article (translated if in another "
        "language), or ''"
    )
    original_quote: str = Field(
        description="the article's exact words if quote is translated, else ''"
    )
    sources: SourceIds = Field(min_length=1)


class StoryDigest(_Strict):
    """One story, from its articles only."""

    lead: Text = Field(description="the story in one sentence")
    developments: list[LLMDevelopment] = Field(max_length=6)
    risks: list[LLMRisk] = Field(max_length=4)
    reactions: list[LLMReaction] = Field(max_length=6)
    outlook: list[Text] = Field(max_length=3, description="what to watch next")


class Synthesis(_Strict):
    """The whole brief, from the stories' digests."""

    headline: Text = Field(description="the brief's headline, one line")
    summary: list[Text] = Field(min_length=1, max_length=5, description="2-5 bullets")
    order: list[Text] = Field(description="every story id, most important first")
    outlook: list[Text] = Field(max_length=5, description="what to watch next")


# Keywords that OpenAI's strict structured outputs reject; pydantic still enforces them.
_UNSUPPORTED = {"minLength", "maxLength", "default", "title"}


@functools.cache
def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema in the strict form: closed objects, every property required."""

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("properties", "$defs"):  # maps of names to schemas: keep every name
                out[key] = {name: walk(v) for name, v in value.items()}
            elif key not in _UNSUPPORTED:
                out[key] = walk(value)
        if "properties" in out:
            out["additionalProperties"] = False
            out["required"] = list(out["properties"])
        return out

    return walk(model.model_json_schema())


def schema_in_prompt(model: type[BaseModel], response_format: str) -> str:
    """The model's strict JSON Schema as compact text for a system prompt in `json_object`
    mode (servers without structured outputs); '' in `json_schema` mode, where the schema
    travels in the request's response_format."""
    if response_format != "json_object":
        return ""
    return json.dumps(strict_schema(model), separators=(",", ":"))


@functools.cache
def schema_hash(model: type[BaseModel]) -> str:
    """Changes whenever the schema the LLM answers to changes (part of the cache key)."""
    text = json.dumps(strict_schema(model), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def json_value(content: str) -> Any:
    """The JSON object in an answer: servers in JSON mode sometimes wrap it in a ```json
    fence or a sentence, which costs a repair round for nothing. ValueError, saying what
    came instead, when there is none (a refusal in words: "I'm sorry, but ..."), or when
    the object breaks off (an answer cut short) or is malformed."""
    text = content.strip()
    start = text.find("{")
    if start < 0:
        raise ValueError(f"the answer is text, not JSON: {' '.join(text.split())[:120]!r}")
    try:
        return json.JSONDecoder().raw_decode(text[start:])[0]
    except json.JSONDecodeError as e:
        # the text ended inside the object (or inside one of its strings)
        if e.pos >= len(text) - start or e.msg.startswith("Unterminated string"):
            tail = " ".join(text[-60:].split())
            raise ValueError(f"the answer is JSON cut short, ending {tail!r}") from None
        raise ValueError(f"the answer is not valid JSON ({e})") from None


def conformed(data: Any, schema: type[BaseModel]) -> Any:
    """An answer as the schema has it where a loose server strayed harmlessly (servers that
    only roughly follow the schema, in JSON mode): keys the schema does not have left out,
    null for a list read as [] and for a text as ''. Anything else is left for validation
    to refuse."""
    root = strict_schema(schema)

    def walk(value: Any, node: dict[str, Any]) -> Any:
        if "$ref" in node:
            node = root["$defs"][node["$ref"].rpartition("/")[2]]
        kind = node.get("type")
        if kind == "object" and isinstance(value, dict):
            known = node.get("properties", {})
            return {k: walk(v, known[k]) for k, v in value.items() if k in known}
        if kind == "array" and value is None:
            return []
        if kind == "array" and isinstance(value, list) and "items" in node:
            return [walk(v, node["items"]) for v in value]
        return "" if kind == "string" and value is None else value

    return walk(data, root)


class PairAnswer(_Strict):
    """Whether the two articles of one pair tell one event (judge.py)."""

    pair: Text = Field(description="the pair's id, as given: P1, P2, ...")
    reason: str = Field(description="what each reports, in one short sentence")
    same_event: bool = Field(description="true when both report the same event")


class SameEvents(_Strict):
    """The story judge's answer: one entry per pair asked about."""

    answers: list[PairAnswer]
