"""How the fake model of llm_server.py writes: a story answer built from the fenced
articles of the prompt, copying their sentences (so that it is grounded), with their
figures in the brief's language, and a synthesis of the stories' digests."""

from __future__ import annotations

import re

# A fenced block (kind, fence, body) and, in its body, the entries: `<<<id>>> header` lines.
FENCED = re.compile(
    r"<<<(ARTICLES|DIGESTS) fence=(\w+)>>>\n(.*?)\n<<<END \1 fence=\2>>>", re.DOTALL
)
ENTRY = re.compile(r"^<<<(\w+)>>> (.*)$", re.MULTILINE)
# A sentence ends at . ! ? before a capital or an opening quote, or at 。！？ (after the
# closing quote, if one follows).
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“„])|(?<=[。！？])(?![\"”」])|(?<=[。！？][\"”」])")
# A quote: “English” or "straight", „German“, 「Japanese」.
QUOTE = re.compile(r"[“\"]([^”\"]{15,200})[”\"]|„([^“”\"]{15,200})[“”\"]|「([^」]{8,200})」")
SAID = re.compile(r"\bsaid\b|\bsagte\b|说|表示")
DECIMAL_COMMA = {"de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr"}


def entries(user: str) -> list[tuple[str, str, str, str]]:
    """(kind, id, title, text) of every entry fenced in a prompt; the title is the header's
    part before its last " | " (outlet and date, or a story's coverage, come after)."""
    found = []
    for kind, _, body in FENCED.findall(user):
        heads = list(ENTRY.finditer(body))
        for head, after in zip(heads, [*heads[1:], None], strict=True):
            text = body[head.end() : after.start() if after else len(body)].strip("\n")
            found.append((kind, head[1], head[2].rpartition(" | ")[0], text))
    return found


def _quotes(sentence: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in QUOTE.finditer(sentence)]


def _translator(language: str, target: str):
    """How this careful model writes an article's text in the brief's language: when the
    article is in another one, it marks the text as translated ("[English] ...") and writes
    its numbers the target's way (de "1.200" and "3,5" become en "1,200" and "3.5"); a
    German brief's numbers are written the German way."""
    if not language:
        return lambda text: text
    comma_in = language in DECIMAL_COMMA
    comma_out = target in ("German", "French", "Spanish", "Italian", "Portuguese", "Dutch")

    def translate(text: str) -> str:
        if comma_in != comma_out:
            swap = str.maketrans(".,", ",.")
            text = re.sub(r"\d[\d.,]*\d", lambda m: m[0].translate(swap), text)
        for quote in _quotes(text):  # a quote in the text reads as the quote item does
            text = text.replace(quote, f"[{target}] {quote}")
        return text if text.startswith(f"[{target}]") else f"[{target}] {text}"

    return translate


def story_answer(
    articles: list[tuple[str, str, str, str]], foreign: dict[str, str], target: str
) -> dict:
    """A digest that copies the articles' own sentences (translated from the `foreign`
    articles, with the quotes' originals): grounded by construction."""
    developments, risks, reactions, outlook = [], [], [], []
    for _, sid, title, text in articles:
        tr = _translator(foreign.get(sid, ""), target)
        title = tr(title.strip() or "Report")
        sentences = [s.strip() for s in SENTENCE.split(" ".join(text.split())) if len(s) > 30]
        if not sentences:
            continue
        if len(developments) < 4:
            quotes = _quotes(sentences[0])[:1]
            developments.append(
                {
                    "title": title,
                    "detail": tr(sentences[0]),
                    "sources": [sid],
                    "quotes": [tr(q) for q in quotes],
                    "original_quotes": quotes if sid in foreign else [""] * len(quotes),
                }
            )
        for s in sentences[1:]:
            lower = s.lower()
            if len(risks) < 2 and re.search(r"\b(risk|threat|warn|could|danger)", lower):
                risks.append(
                    {
                        "risk": title,
                        "detail": tr(s),
                        # assessed only where the sentence says how likely
                        "likelihood": "high" if "likely" in lower else None,
                        "impact": "high" if "likely" in lower else None,
                        "sources": [sid],
                    }
                )
            elif len(reactions) < 3 and SAID.search(lower):
                quote = (_quotes(s) or [""])[0]
                actor = re.sub(r"^(\w+(?: \w+)?).*", r"\1", s)
                reactions.append(
                    {
                        "actor": actor,
                        "stance": "neutral",
                        "detail": tr(s),
                        "quote": tr(quote) if quote else "",
                        "original_quote": quote if sid in foreign else "",
                        "sources": [sid],
                    }
                )
            elif len(outlook) < 2 and re.search(r"\b(will|expected|next week)\b", lower):
                outlook.append(tr(s))
    lead = developments[0]["detail"] if developments else "No usable text."
    return {
        "lead": lead,
        "developments": developments,
        "risks": risks,
        "reactions": reactions,
        "outlook": outlook,
    }


def synthesis(digests: list[tuple[str, str, str, str]]) -> dict:
    leads, titles, outlook = [], [], []
    for _, _, title, text in digests:
        titles.append(title)
        for line in text.splitlines():
            if line.startswith("Lead: "):
                leads.append(line.removeprefix("Lead: "))
            elif line.startswith("Outlook: "):
                outlook.append(line.removeprefix("Outlook: "))
    return {
        "headline": titles[0] if titles else "Today's brief",
        "summary": (leads or titles or ["Nothing to report."])[:5],
        "order": [d[1] for d in digests],
        "outlook": outlook[:5],
    }
