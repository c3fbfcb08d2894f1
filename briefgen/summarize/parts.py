"""A story's share of an LLM-written brief: grounding its items, the digest the synthesis
reads, the order of the stories, and the offline fallback."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel

from briefgen import assessed
from briefgen.errors import BriefgenError
from briefgen.grounding import Grounder, comparable, line_grounded
from briefgen.language import plainly_other
from briefgen.models import Article, Development, GroundingStats, Reaction, Risk, Story
from briefgen.prompts import language_name
from briefgen.summarize import SummaryRequest
from briefgen.summarize.cues import stance_of
from briefgen.summarize.lang_cues import DENYING
from briefgen.summarize.lean import Lean
from briefgen.summarize.schemas import StoryDigest, Synthesis
from briefgen.summarize.sentences import Sentence

log = logging.getLogger(__name__)
Item = TypeVar("Item", Development, Risk, Reaction)
Answer = TypeVar("Answer", bound=BaseModel)
FALLBACK_CAPS = {"developments": 3, "risks": 2, "reactions": 3, "outlook": 2}
# What the synthesis sees of a story besides its lead: the top developments' headlines, and
# its first outlook lines, as many as the brief's five need from the stories together (two
# each from three stories, one each from five or more).
DIGEST_DEVELOPMENTS = 2
BRIEF_OUTLOOK = 5  # Synthesis.outlook's max_length
MAX_ID, MAX_SHOWN = 12, 5  # a stray id as it is shown again (it is the model's text), how many


@dataclass
class StoryPart:
    """One story's share of the brief, written by the LLM or by the fallback."""

    story: Story
    lead: str = ""
    developments: list[Development] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    outlook: list[str] = field(default_factory=list)
    fallback: str = ""
    grounder: Grounder | None = None  # its articles, for checking what is said of it


def digest_entry(part: StoryPart, stories: int) -> tuple[str, str, str]:
    """What the synthesis needs of a story, as a fenced entry (id, header, text): its title
    and coverage, its lead, the headlines of the developments that matter most and its
    share of the brief's outlook among `stories` (the model put both most important first);
    not every item in full."""
    story = part.story
    lines = [f"Lead: {part.lead}"] if part.lead else []
    # a headline that repeats the story's title (or an earlier one) says nothing new; the
    # offline summarizer's developments have none
    titles = dict.fromkeys(d.title for d in part.developments[:DIGEST_DEVELOPMENTS])
    lines += [f"Development: {t}" for t in titles if t and t.casefold() != story.title.casefold()]
    lines += [f"Outlook: {o}" for o in part.outlook[: -(-BRIEF_OUTLOOK // max(stories, 1))]]
    header = f"{story.title} | {story.status}, {len(story.articles)} articles"
    return story.id, header, "\n".join(lines)


def grounding_text(article: Article) -> str:
    """What claims citing an article are checked against: its title, date and full text."""
    when = f"{article.published:%-d %B %Y} {article.published.isoformat(timespec='minutes')}"
    return f"{article.title}\n{when}\n{article.text}"


def ground_part(
    part: StoryPart, grounder: Grounder, policy: str, stats: GroundingStats, sent: Lean
) -> None:
    """Check each LLM item; keep, flag or drop it by the policy (`llm.ungrounded`). A kept
    item also cites the articles that carry what it used (`Lean.copies`) and ground it too."""

    def keep(items: list, claim, quotes, originals, who=lambda item: "") -> list:
        out = []
        for item in items:
            # a translated quote is grounded by its original
            said, original = quotes(item), originals(item)
            verdict = grounder.check(claim(item), said, item.sources, original, who(item))
            verdict.sources += [
                sid
                for sid in sent.copies(claim(item), verdict.sources)
                if grounder.check(claim(item), said, [sid], original, who(item)).grounded
            ]
            stats.checked += 1
            if verdict.grounded:
                out.append(item.model_copy(update={"sources": verdict.sources}))
            elif verdict.sources and policy == "flag":
                stats.flagged += 1
                update = {"sources": verdict.sources, "flags": verdict.problems}
                out.append(item.model_copy(update=update | _unquoted(item, verdict.unconfirmed)))
            else:
                stats.dropped += 1
                log.info("dropped an ungrounded item: %s", "; ".join(verdict.problems))
        return out

    part.developments = keep(
        part.developments,
        lambda d: f"{d.title}\n{d.detail}",
        lambda d: d.quotes,
        lambda d: d.original_quotes,
    )
    part.risks = keep(part.risks, lambda r: f"{r.risk}\n{r.detail}", lambda r: [], lambda r: [])
    part.risks = [_levels_checked(risk, grounder, policy, stats) for risk in part.risks]
    part.reactions = keep(  # who reacted too: an actor no cited article names is invented
        part.reactions,
        lambda r: r.detail,
        lambda r: [r.quote],
        lambda r: [r.original_quote],
        lambda r: r.actor,
    )
    part.reactions = [
        _stance_told(_stance_checked(r, grounder.language, stats), grounder, stats)
        for r in part.reactions
    ]
    part.lead = part.lead if grounder.line_ok(part.lead) else ""
    part.outlook = [line for line in part.outlook if grounder.line_ok(line)]


def _unquoted(item, unconfirmed: list[str]) -> dict:
    """A flagged item's quotes that its articles do not confirm, taken out of quotation
    marks (nu35: a reaction's "quote said by another" still stood as the reaction's quote);
    its flag note still tells them."""
    if isinstance(item, Reaction):
        return {"quote": "", "original_quote": ""} if item.quote in unconfirmed else {}
    if not isinstance(item, Development) or not unconfirmed:
        return {}
    pairs = zip(item.quotes, [*item.original_quotes, *[""] * len(item.quotes)], strict=False)
    kept = [(quote, original) for quote, original in pairs if quote not in unconfirmed]
    return {
        "quotes": [quote for quote, _ in kept],
        "original_quotes": [original for _, original in kept] if item.original_quotes else [],
    }


# stances a reaction's own words may not state when the model gives the other
OPPOSITE = {"support": {"oppose", "concern"}, "oppose": {"support"}, "concern": {"support"}}
# ... unless they turn a stance word round: "did not oppose", "rejected criticism of", "ne
# s'oppose pas", "nicht abgelehnt", "未反对" (read as opposing, they support)
TURNED = re.compile(
    rf"(?<!\w)(?:not|never|nor|without|ne|sin|não|{DENYING})(?!\w)|n't|不|未|没|ない|않|안\s"
    # criticism answered, not made ("criticised Veltraco" is opposing: nu33 r07; nor
    # "Hitachi criticised", "responded by criticising": the review's)
    r"|(?<!\w)(?:(?:reject|dismiss|rebuff|deflect|answer)\w*|brush\w*\s+(?:off|aside)"
    r"|push\w*\s+back\s+(?:against|on)|hit\w*\s+back\s+at|respond\w*\s+to"
    r"|fend\w*\s+off)\s+(?:the\s+|this\s+|such\s+|all\s+)?critic",
    re.IGNORECASE,
)


def _stance_checked(reaction: Reaction, language: str, stats: GroundingStats) -> Reaction:
    """A reaction whose stance its own words contradict ("support" for one who "called the
    strike completely disproportionate", as the offline summarizer reads it: cues.stance_of)
    is flagged, whatever the policy: the offline reading is no proof. Not when its words
    turn a stance round (TURNED), nor when they tell no stance."""
    if TURNED.search(reaction.detail):
        return reaction
    read = stance_of(Sentence(reaction.detail, 0, 1, lang=language[:2]))
    if read not in OPPOSITE.get(reaction.stance, ()):
        return reaction
    stats.flagged += not reaction.flags
    problem = f"stance '{reaction.stance}', but its words read '{read}'"
    return reaction.model_copy(update={"flags": [*reaction.flags, problem]})


def _stance_told(reaction: Reaction, grounder: Grounder, stats: GroundingStats) -> Reaction:
    """A reaction whose stance the cited articles' sentences naming its actor contradict,
    as the offline summarizer reads them (nu34 r13: "welcomed the strike" of a councillor
    who "rejected the strike, calling it irresponsible"), is flagged, whatever the policy.
    Not when those sentences tell no stance, tell several, or turn one round (TURNED)."""
    if any(flag.startswith("stance '") for flag in reaction.flags):
        return reaction  # its own words contradict it already
    read = {
        stance_of(Sentence(sentence, 0, 1, lang=language[:2]))
        for sentence, language in grounder.naming(reaction.actor, reaction.sources)
        if not TURNED.search(sentence)
    } - {"neutral"}
    if len(read) != 1 or not read <= OPPOSITE.get(reaction.stance, set()):
        return reaction
    (stance,) = read
    stats.flagged += not reaction.flags
    problem = f"stance '{reaction.stance}', but the cited articles read '{stance}'"
    return reaction.model_copy(update={"flags": [*reaction.flags, problem]})


def _levels_checked(risk: Risk, grounder: Grounder, policy: str, stats: GroundingStats) -> Risk:
    """A risk whose likelihood or impact no cited article assesses (Grounder.assessed), or
    only the other way (a "high" impact where they say "no major losses"): flagged with it
    by the policy "flag", else with it left out ("not assessed"). The model's "high" for
    what an article says "could" happen is its own guess."""
    levels_given = [field for field in ("likelihood", "impact") if getattr(risk, field)]
    if not levels_given:
        return risk
    found = grounder.assessed(f"{risk.risk}\n{risk.detail}", risk.sources)
    unassessed = [field for field in levels_given if field not in found]
    sources, problems = ", ".join(risk.sources), []
    if unassessed:
        levels = " and ".join(f"{field} '{getattr(risk, field)}'" for field in unassessed)
        problems.append(f"{levels} not assessed in {sources}")
        if len(unread := grounder.unread(risk.sources)) == len(risk.sources):  # Greek
            problems[-1] = (
                f"{levels} cannot be checked: no level words known for {', '.join(unread)}"
            )
    turned = []  # "high" where the articles only say low, or "low" where only high
    for kind in (k for k in levels_given if k in found):
        given = getattr(risk, kind)
        if (said := assessed.OPPOSITE.get(given)) and found[kind].keys() == {said}:
            turned.append(kind)  # (the words may be of something else: "limited strikes")
            say = "says" if len(risk.sources) == 1 else "say"
            problems.append(f"{kind} '{given}', but {sources} {say} only '{found[kind][said]}'")
    if not problems:
        return risk
    if policy == "flag":
        stats.flagged += not risk.flags
        return risk.model_copy(update={"flags": [*risk.flags, *problems]})
    stats.dropped += 1  # a statement of it left out: the command line's warning counts it
    log.info("left out a risk's %s", "; ".join(problems))
    return risk.model_copy(update=dict.fromkeys(unassessed + turned))


def once(items: list[Item], text: Callable[[Item], str]) -> list[Item]:
    """The items (or lines) a model gave more than once (the same `text`: `line_key`), once,
    an item citing every source the copies did."""
    kept: dict[str, Item] = {}
    for item in items:
        key = line_key(text(item))
        if key not in kept:
            kept[key] = item
        elif hasattr(item, "sources"):
            first = kept[key]
            joined = list(dict.fromkeys([*first.sources, *item.sources]))
            kept[key] = first.model_copy(update={"sources": joined})
    return list(kept.values())


def line_key(text: str) -> str:
    """A line as its copies agree on it: case, spacing, quote marks and a final stop aside."""
    return " ".join(comparable(text).casefold().split()).rstrip(" .")


def in_language(
    language: str, text: Callable[[Answer], str], sources: Iterable[str] = ()
) -> Callable[[Answer], str]:
    """A check for Chat.ask: the answer's `text` is in the brief's language, or left in one
    of its `sources`' languages (untranslated, as the offline summary would be), else a
    problem the model is asked again with (a model asked for English that answers in
    Spanish about German and Japanese reports)."""
    allowed = {language[:2], *(code[:2] for code in sources)}

    def check(answer: Answer) -> str:
        other = plainly_other(text(answer), language)
        if not other or other in allowed:
            return ""
        return f"it is written in {language_name(other)}, not in {language_name(language)}"

    return check


def cites_its_articles(ids: Iterable[str]) -> Callable[[StoryDigest], str]:
    """A check for Chat.ask: some item of a story's answer cites one of the story's articles
    (`ids`), else a problem the model is asked again with. An answer whose items all cite
    "S99" would lose every item to grounding, and the brief would say the sources report
    nothing; one stray item among good ones is grounding's to flag or drop."""
    known = set(ids)

    def check(answer: StoryDigest) -> str:
        items = [*answer.developments, *answer.risks, *answer.reactions]
        if not items or any(not known.isdisjoint(x.sources) for x in items):
            return ""
        strays = sorted({s[:MAX_ID] for x in items for s in x.sources})[:MAX_SHOWN]
        return (
            f"its items cite {', '.join(strays)}, no article of this story: cite the ids of "
            f"its articles ({', '.join(sorted(known, key=_id_order))})"
        )

    return check


def _id_order(sid: str) -> tuple[int, str]:
    return (int(sid[1:]) if sid[1:].isdigit() else 0, sid)


def both(*checks: Callable[[Answer], str]) -> Callable[[Answer], str]:
    """A check for Chat.ask made of several: the first problem one of them finds."""
    return lambda answer: next((p for check in checks if (p := check(answer))), "")


def grounded_lines(lines: list[str], known: list[Grounder], stats: GroundingStats) -> list[str]:
    """Uncited lines can't carry a flag: those with numbers, quotes or names no article has
    are dropped."""
    kept = [line for line in lines if line_grounded(line, known)]
    stats.checked += len(lines)
    stats.dropped += len(lines) - len(kept)
    return kept


def ordered(parts: list[StoryPart], synthesis: Synthesis | None) -> list[StoryPart]:
    """The synthesis's order (unknown ids ignored, missing stories kept), continuing last."""
    rank = {p.story.id: i for i, p in enumerate(parts)}
    if synthesis is not None:
        named = [sid for sid in dict.fromkeys(synthesis.order) if sid in rank]
        rank = {sid: i for i, sid in enumerate([*named, *(s for s in rank if s not in named)])}
    return sorted(parts, key=lambda p: (p.story.status == "continuing", rank[p.story.id]))


def fill_offline(request: SummaryRequest, part: StoryPart) -> None:
    """The extractive summarizer's items for one story, with the brief's source ids."""
    from briefgen.summarize.extractive import ExtractiveSummarizer

    alone = dataclasses.replace(request, stories=[part.story])  # its own source ids
    try:
        brief = ExtractiveSummarizer().summarize(alone)
    except BriefgenError as e:
        part.fallback += f"; offline summary empty too ({e})"
        return
    ids = {alone.source_id(a): request.source_id(a) for a in part.story.articles}

    def remap(items: list, cap: int) -> list:
        return [i.model_copy(update={"sources": [ids[s] for s in i.sources]}) for i in items[:cap]]

    part.lead = brief.summary[0]
    part.developments = remap(brief.developments, FALLBACK_CAPS["developments"])
    part.risks = remap(brief.risks, FALLBACK_CAPS["risks"])
    part.reactions = remap(brief.reactions, FALLBACK_CAPS["reactions"])
    part.outlook = brief.outlook[: FALLBACK_CAPS["outlook"]]
