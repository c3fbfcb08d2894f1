"""Who says or does what in a sentence: actors, pronoun speakers, direct quotations."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.summarize.sentences import Sentence

SPEECH_VERBS = (
    r"said|says|told|stated|added|noted|argued|insisted|stressed|emphasi[sz]ed|wrote|declared"
    r"|announced|described|called|urged|vowed|pledged|labell?ed|dismissed|responded|replied"
    r"|acknowledged|admitted|maintained|defended|conceded|countered|explained"
)
REACTION_VERBS = (
    SPEECH_VERBS + r"|welcom\w+|prais\w+|backed|supported|applauded|hailed|endorsed|commended"
    r"|condemn\w*|denounc\w+|criticis\w+|criticiz\w+|rejected|slammed|opposed|accused|protested"
    r"|warn\w*|expressed|voiced|cautioned|questioned|(?:was|were) critical"
)
COMMENTATORS = re.compile(
    r"\b(?:critics|analysts?|observers|experts?|opposition|lawmakers|allies|diplomats?"
    r"|campaigners|activists|commentators|economists?|insurers|residents|groups|organi[sz]ations"
    r"|unions|companies|firms|businesses|investors|traders|banks|founders|doctors|scientists"
    r"|researchers|officials|ministers|governments|leaders|industry|consumers|users)\b",
    re.IGNORECASE,
)
PRONOUN = r"(?:he|she|they|we)"
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "am"}  # before a verb in -ing
ABBREVIATION = re.compile(r"\b(Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|St|Jr|Sr)\.")
MASK = "\u2024"  # stands in for the dot of "Dr." while matching, so names keep their title
RELATIVE = re.compile(r",\s+(?:in |of |for |by )?(?:which|who|whose|where)\b[^,]*,")
INTRO = re.compile(
    r"^(?:(?:but|and|however|meanwhile|still|yet|also|separately|in response|in a statement"
    r"|on \w+day|earlier|later|previously|not every \w+ was \w+)\b[,:]?\s*"
    r"|(?:in|at|from) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*,\s*"
    r"|according to [^,;:\"“”]{1,80},\s*)+",
    re.IGNORECASE,
)
BEFORE_VERB = re.compile(
    r"^(?P<actor>[^\"“”]{2,110}?),?\s+(?:has |have |had |also |too,? |previously |publicly "
    r"|openly |quickly |swiftly |repeatedly |strongly |sharply |on \w+day )*(?P<verb>"
    + REACTION_VERBS
    + r")\b",
    re.IGNORECASE,
)
AFTER_QUOTE = re.compile(
    r"[\"”’],?\s+(?:(?:" + SPEECH_VERBS + r")\s+(?P<actor>[A-Z][^,.;:\"“”]{1,80})"
    r"|(?P<subject>[A-Z][^,.;:\"“”]{1,60}?)(?:,[^\"“”]{1,80},)?\s+(?:" + SPEECH_VERBS + r")\b)"
)
ACCORDING_TO = re.compile(r"\baccording to (?P<actor>[^,.;:\"“”]{2,80})", re.IGNORECASE)
PRONOUN_SPEAKER = re.compile(
    r"(?:[\"”’],?\s+"
    + PRONOUN
    + r"\s+(?:"
    + SPEECH_VERBS
    + r")\b|^"
    + PRONOUN
    + r"\s+(?:"
    + REACTION_VERBS
    + r")\b)",
    re.IGNORECASE,
)
NOT_ACTOR = re.compile(
    r"\b(?:is|are|was|were|be|been|it|this|that|which|who|there|if|when|because|after|before"
    r"|while|he|she|they|we|i)\b",
    re.IGNORECASE,
)
PERSON = re.compile(
    r"\b(?:mr|mrs|ms|dr|prof|sir|dame|lord|lady|president|prime minister|minister|chancellor"
    r"|governor|mayor|senator|judge|chief|chair(?:man|woman|person)?|director|ceo|founder"
    r"|spokes(?:man|woman|person)|secretary|ambassador|colonel|captain|officer"
    r"|commissioner|head|leader|manager|economist|analyst|professor|lawyer|coach|king|queen"
    r"|pope|father|mother|(?:wo)?man|resident|witness|official|doctor|survivor|nurse"
    r"|teacher|student|driver|farmer|worker|neighbou?r|owner|relative|passenger|victim"
    r"|activist|lawmaker|mp|councillor|candidate)\b",
    re.IGNORECASE,
)
ARTICLES = {"a", "an", "the"}
ORGANISATION = re.compile(
    r"\b(?:inc|corp|corporation|ltd|plc|llc|ag|sa|gmbh|group|holdings?|bank|company|co"
    r"|ministry|department|agency|police|service|council|authority|union|party|government"
    r"|commission|institute|university|association|federation|office|court|fund|airlines?"
    r"|motors|systems|technologies|energy|partners|capital|board|committee|league|club"
    r"|foundation|society|network|news|times|post|press|reuters|associated|international"
    r"|watch|amnesty|nations|organi[sz]ation|ngo|red cross|red crescent)\b",
    re.IGNORECASE,
)
CURLY_QUOTE = re.compile(r"“([^“”]+)”")


def find_actor(text: str) -> str:
    """The named actor who speaks or responds in the sentence, or ''."""
    masked = RELATIVE.sub(" ", ABBREVIATION.sub(lambda m: m[1] + MASK, text))
    candidates = []
    if match := AFTER_QUOTE.search(masked):
        candidates.append(match["actor"] or match["subject"])
    # "According to Reuters, Boeing rejected the offer": the stance is Boeing's, unless what
    # stands before the verb is still a list ("According to Smith, Jones and Brown, ...")
    subject = ""
    if (match := BEFORE_VERB.match(INTRO.sub("", masked))) and not _a_noun(match):
        subject = match["actor"]
    if subject and "," not in subject:
        candidates.append(subject)
    if match := ACCORDING_TO.search(masked):
        candidates.append(match["actor"])
    if subject and "," in subject:
        candidates.append(subject)
    for raw in candidates:
        if actor := _clean_actor(raw):
            return actor.replace(MASK, ".")
    return ""


def main_verb(text: str) -> str:
    """The verb that follows the sentence's opening actor ('welcomed' in 'Japan welcomed the
    decision ...'), lower case, or '' when the sentence does not open with an actor."""
    masked = RELATIVE.sub(" ", ABBREVIATION.sub(lambda m: m[1] + MASK, text))
    match = BEFORE_VERB.match(INTRO.sub("", masked))
    found = match and not _a_noun(match) and _clean_actor(match["actor"])
    return match["verb"].lower() if found else ""


def _a_noun(match: re.Match[str]) -> bool:
    """Whether the reaction verb BEFORE_VERB found is a noun: an -ing form with no auxiliary
    before it ("kept its red warning", "issued a warning"; not "were warning")."""
    before = match["actor"].split()
    return match["verb"].lower().endswith("ing") and (
        not before or before[-1].lower() not in AUXILIARIES
    )


def speakers(sentences: Sequence[Sentence]) -> list[str]:
    """Each sentence's actor; 'they said' takes the last actor named in the same article,
    and so does 'she said', unless that actor is an organisation and a person was named
    before it: "Chief executive Anna Berg said ... Orbitel said it had told regulators. 'We
    are sorry,' she said" is Anna Berg's (nu35 gave it to Orbitel)."""
    last: dict[int, str] = {}
    person: dict[int, str] = {}
    out = []
    for sentence in sentences:
        actor = find_actor(sentence.text)
        if actor:
            last[sentence.article] = actor
            if a_person(actor):
                person[sentence.article] = actor
        elif match := PRONOUN_SPEAKER.search(sentence.text):
            actor = last.get(sentence.article, "")
            if re.search(r"\b(?:he|she)\b", match[0], re.IGNORECASE) and an_organisation(actor):
                actor = person.get(sentence.article, actor)
        out.append(actor)
    return out


def a_person(actor: str) -> bool:
    """Whether an actor names a person: with a title or a role ("Governor Elena Marquez-Holt",
    "a local resident"), or two capitalised words or more and no word of an organisation
    ("Anna Berg"; not "Northwind Bank", "Human Rights Watch")."""
    if PERSON.search(actor):
        return True
    words = [w for w in actor.split() if w[:1].isupper() and w.lower() not in ARTICLES]
    return len(words) >= 2 and not ORGANISATION.search(actor)


def an_organisation(actor: str) -> bool:
    """Whether an actor names an organisation: a word of one and no person's title or role
    ("Human Rights Watch", "General Motors"), or one capitalised word alone ("Orbitel")."""
    if ORGANISATION.search(actor):
        return not PERSON.search(ORGANISATION.sub("", actor))
    words = actor.split()
    return len(words) == 1 and words[0][:1].isupper() and not PERSON.search(actor)


def _clean_actor(actor: str) -> str:
    actor = actor.strip(" ,;:—-")
    words = actor.split()
    if not 1 <= len(words) <= 12 or NOT_ACTOR.search(actor):
        return ""
    named = any(w[:1].isupper() for w in words)
    if not named and not COMMENTATORS.search(actor):
        return ""
    return actor[:1].upper() + actor[1:]


def quotes_in(text: str) -> list[str]:
    """Direct quotations of at least three words (straight quotes paired in order)."""
    found = CURLY_QUOTE.findall(text)
    straight = text.split('"')
    found += straight[1:-1:2] if len(straight) >= 3 else []
    return [q.strip(" ,.") for q in found if len(q.split()) >= 3]
