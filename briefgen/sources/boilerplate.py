"""What a news page carries inside its article that is no part of the report, which trafilatura
keeps (it drops navigation, cookie banners and lists of links around the article, not what sits
between the article's own paragraphs): a "Read more: <another story>" line, a paywall's
"This article is for subscribers only", a newsletter sign-up, a share bar, a copyright or
tips line. Left in, such a line is a sentence like any other: it can lead the bottom line, and
a topic's keywords match the other story's headline.

Two tests, so that a report is never cut: a block is dropped from the page before extraction
when it is short and either marked as such a widget by its class or id, or mostly the text of
its links (`strip_blocks`, any language); a line of the extracted text is dropped when it is
short and says what such lines say (`is_boilerplate`, in the languages listed)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

# the class or id of a widget inside an article: a paywall, a sign-up, a share bar, a link to
# another story ("inline-link", "read-more", "related")
MARKED = regex.compile(
    r"paywall|subscri|newsletter|sign-?up|promo|related|read-?more|inline-link|share|social",
    regex.I,
)
WIDGET_WORDS = 60  # a marked block this short is a widget; a longer one may be the article
LINKED = 0.6  # a block of LINK_WORDS or fewer that is this much link text links elsewhere
LINK_WORDS = 30
BLOCKS = ("p", "li", "div", "section", "aside", "h2", "h3", "h4", "h5", "h6", "figure")
LISTING = 3  # linked headlines on a page that marks no article: it lists articles
TEASER_WORDS = 3  # ... each of this many words or more ("Home", "World" are menus)
AROUND = {"nav", "header", "footer", "aside"}  # ... outside the page's menus and margins
ARTICLE_TYPE = regex.compile(r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting)"')
LINE_WORDS = 40  # a line longer than this is reporting, whatever it says
# What such lines say, where a report's sentences do not: at a line's start ...
OPENINGS = regex.compile(
    r"\W*(?:©|\(c\)\s|copyright\b)"
    r"|\W*(?:read|see|watch|listen|also\s+read|read\s+also)(?:\s+(?:more|also|next))?\s*:"
    r"|\W*(?:related|more\s+on\s+this(?:\s+story)?|recommended)\s*:"
    r"|(?=.*\bnewsletter)(?=.*\b(?:sign\s+up|subscribe|register))"  # not "sign up for buses"
    r"|\W*share\s+(?:this|the)\s+(?:article|story)|\W*advertisement\W*$"
    r"|\W*the\s+post\s+.+\s+appeared\s+first\s+on\b"  # WordPress's feeds
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian
    r"|\W*(?:lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant)\s*:"
    r"|\W*(?:[àa]\s+)?lire\s+(?:aussi|[ée]galement)\s*:"
    r"|\W*(?:lee|lea|ver|leia|veja)\s+(?:tambi[ée]n|tamb[ée]m|m[aá]s|mais)\s*:"
    r"|\W*leggi\s+anche\s*:|\W*lees\s+(?:ook|meer)\s*:"
    r"|\W*(?:czytaj|zobacz)\s+(?:te[żz]|tak[żz]e|wi[eę]cej)\s*:|\W*читайте\s+также",
    regex.I,
)
# ... and anywhere in it, each phrase holding one of PHRASE_KEYS outside its brackets, spaced
# by one space (a line holding none is not searched: a 14 MB page has 50,000 lines, and the
# search took 65 µs a line, the keys take 8)
PHRASES = [
    r"all\s+rights\s+reserved",
    r"may\s+not\s+be\s+(?:re)?(?:produced|published|distributed)",
    r"subscribe\s+(?:now|today|to\s+our)",
    r"(?:for|to)\s+(?:paying\s+)?subscribers\s+only",
    r"already\s+a\s+subscriber",
    r"(?:log|sign)\s+in\s+to\s+(?:read|continue)",
    r"free\s+articles?\s+(?:left|remaining)",
    r"contact\s+our\s+newsroom",
    r"if\s+you\s+have\s+(?:information|a\s+tip)\s+(?:about|on)\s+this\s+story",
    r"originally\s+(?:published|appeared)\s+(?:by|in|on)\b",
    r"republished\s+(?:here\s+)?with\s+permission",  # a syndicated copy's credit line
    r"alle\s+rechte\s+vorbehalten",
    r"jetzt\s+abonn(?:ieren|ent\s+werden)",
    r"tous\s+droits\s+r[ée]serv[ée]s",
    r"r[ée]serv[ée]\s+aux\s+abonn[ée]s",
    r"abonnez-vous",
    r"todos\s+los\s+derechos\s+reservados",
    r"todos\s+os\s+direitos\s+reservados",
    r"exclusiv[oa]\s+para\s+(?:suscriptores|assinantes)",
    r"riproduzione\s+riservata",
    r"riservato\s+agli\s+abbonati",
    r"alleen\s+voor\s+abonnees",
    r"все\s+права\s+защищены",
]
PHRASE_KEYS = (
    "rights", "may not be", "subscri", " in to ", "article", "newsroom", "this story",
    "originally", "published", "rechte", "abonn", "droits", "derechos", "direitos", "exclusiv",
    "riproduzione", "riservat", "права",
)  # fmt: skip
PHRASE = regex.compile("|".join(PHRASES), regex.I)


def teasers(tree) -> int:
    """How many headlines of a page link to other pages, when the page marks no article
    (og:type "article", a JSON-LD *Article or BlogPosting) and LISTING or more do: a section
    or index page lists articles, and read as one it would join their events in one text.
    0 for an article page, whatever its "More stories" list holds."""
    if _marks_an_article(tree):
        return 0
    linked = 0
    for heading in tree.iter("h1", "h2", "h3", "h4"):
        if any(a.tag in AROUND for a in heading.iterancestors()):
            continue
        words = len(heading.text_content().split())
        if words >= TEASER_WORDS and _mostly_links(heading, words):
            linked += 1
    return linked if linked >= LISTING else 0


def strip_blocks(tree) -> int:
    """Drop from an lxml tree the short blocks that are widgets by their class or id, or
    mostly link text (MARKED, LINKED); how many were found. Their tail text stays."""
    found = []
    for block in tree.iter(*BLOCKS):
        words = len(block.text_content().split())
        marked = MARKED.search(f"{block.get('class', '')} {block.get('id', '')}")
        if (marked and words <= WIDGET_WORDS) or _mostly_links(block, words):
            found.append(block)
    dropped = set(found)
    for block in found:
        if block.getparent() is not None and dropped.isdisjoint(block.iterancestors()):
            block.drop_tree()
    return len(found)


def is_boilerplate(line: str) -> bool:
    """Whether a line of an article's text is a publisher's line, not the report's: it opens
    as one (OPENINGS) or says a publisher's phrase (PHRASES), in LINE_WORDS words at most."""
    if len(line.split()) > LINE_WORDS:
        return False
    if OPENINGS.match(line):
        return True
    folded = f" {' '.join(line.casefold().split())} "
    return any(key in folded for key in PHRASE_KEYS) and PHRASE.search(line) is not None


def without_boilerplate(text: str) -> str:
    """A text without its publisher's lines (is_boilerplate)."""
    return "\n".join(line for line in text.split("\n") if not is_boilerplate(line))


def _marks_an_article(tree) -> bool:
    """Whether the page says it is an article: og:type, or the @type of its JSON-LD."""
    for meta in tree.iter("meta"):
        kind = (meta.get("content") or "").strip().lower()
        if (meta.get("property") or meta.get("name")) == "og:type" and kind == "article":
            return True
    return any(ARTICLE_TYPE.search(script.text or "") for script in linked_data(tree))


def linked_data(tree) -> Iterator:
    """The page's JSON-LD blocks (<script type="application/ld+json">)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            yield script


def _mostly_links(block, words: int) -> bool:
    if not words or words > LINK_WORDS:
        return False
    linked = sum(len(a.text_content().split()) for a in block.iter("a"))
    return linked >= LINKED * words
