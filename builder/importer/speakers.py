"""Who said a quotation: people's names, their roles, and the patterns of reported speech
('according to NAME', 'NAME, role, said', 'said NAME', 'a BODY statement', ...)."""
from __future__ import annotations

import re
from typing import NamedTuple

from builder.importer.text import words
from builder.outline.model import Quote

UNATTRIBUTED = "Unattributed"

SPEECH_VERBS = (
    r"said|says|saying|stated|states|told|tells|added|adds|noted|notes|wrote|writes|warned|warns|"
    r"argued|argues|explained|explains|suggested|suggests|claimed|claims|insisted|insists|"
    r"believes|believed|identified|identifies|described|describes|called|calls|asserted|asserts|"
    r"declared|declares|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|remarked|remarks|observed|"
    r"observes|predicted|predicts|cautioned|cautions|announced|announces|acknowledged|"
    r"acknowledges|admitted|admits|maintained|maintains|contended|contends|reiterated|"
    r"reiterates|put it|puts it|anticipates|anticipated|pointed out|points out|commented|"
    r"comments|replied|replies|testified|recalled|recalls|insisted|concluded|concludes|"
    r"promised|promises|vowed|vows|conceded|concedes|countered|counters|wrote|told reporters"
)
# capitalised words before a name that are its role (the President, Foreign Minister, Dr.)
ROLE_WORDS = {
    "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general",
    "director", "deputy", "chief", "head", "spokesperson", "spokesman", "spokeswoman",
    "ambassador", "senator", "governor", "mayor", "chairman", "chairwoman", "chair", "professor",
    "prof", "prof.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord",
    "king", "queen", "prince", "princess", "sheikh", "ayatollah", "commander", "admiral",
    "colonel", "captain", "lieutenant", "sergeant", "analyst", "analysts", "expert", "experts",
    "official", "officials", "envoy", "negotiator", "adviser", "advisor", "economist",
    "researcher", "fellow", "former", "top", "senior", "supreme", "leader", "vice", "interior",
    "finance", "trade", "energy", "security", "national", "executive", "justice", "chancellor",
    "speaker", "representative", "pope", "bishop", "reverend", "judge", "like", "engineer",
    "scientist", "diplomat", "lawyer", "campaigner", "activist", "harbour", "harbor", "master",
    "environment", "agriculture", "water", "health", "state",
}
# lower-case words that end a role written before a name ('the senior engineer NAME')
ROLE_NOUNS = (
    "official", "minister", "analyst", "negotiator", "spokesperson", "spokesman", "spokeswoman",
    "director", "expert", "adviser", "advisor", "envoy", "ambassador", "economist", "researcher",
    "professor", "engineer", "scientist", "mayor", "governor", "president", "secretary", "chief",
    "leader", "commander", "diplomat", "lawyer", "activist", "farmer", "campaigner", "head",
    "chair", "chairman", "chairwoman", "representative", "member", "master", "manager", "editor",
    "correspondent", "historian", "hydrologist", "fellow", "officer", "minister",
)
DEMONYMS = {
    "russian", "iranian", "israeli", "american", "british", "chinese", "french", "german",
    "syrian", "turkish", "ukrainian", "saudi", "iraqi", "egyptian", "indian", "japanese",
    "european", "western", "eastern", "us", "u.s.", "uk", "u.k.", "eu", "un", "lebanese",
    "palestinian", "emirati", "qatari", "pakistani", "afghan", "korean", "italian", "spanish",
    "polish", "canadian", "australian", "brazilian", "mexican", "african", "arab", "persian",
}
# capitalised words that start a sentence, not a name
STOP_START = {
    "the", "this", "that", "these", "those", "a", "an", "in", "on", "at", "as", "but", "and",
    "or", "according", "both", "their", "his", "her", "its", "our", "it", "they", "we", "he",
    "she", "when", "while", "although", "however", "meanwhile", "such", "for", "from", "with",
    "without", "after", "before", "during", "since", "despite", "beyond", "under", "over", "if",
    "then", "there", "here", "what", "why", "how", "who", "where", "which", "yet", "still",
    "also", "even", "only", "many", "some", "most", "all", "each", "every", "one", "two", "by",
    "to", "of", "state", "news", "agency", "similarly", "furthermore", "moreover", "today",
    "yesterday", "last", "next", "my", "your", "i", "you", "mid",
}
# words that make a capitalised run a body, place, day or document rather than a person
ORG_WORDS = {
    "institute", "university", "council", "ministry", "agency", "commission", "program",
    "programme", "center", "centre", "department", "union", "nations", "states", "east", "west",
    "north", "south", "kremlin", "news", "times", "post", "group", "bank", "fund", "company",
    "corporation", "party", "committee", "assembly", "parliament", "congress", "court", "office",
    "organisation", "organization", "foundation", "association", "forum", "network", "service",
    "services", "force", "forces", "army", "navy", "police", "government", "administration",
    "st", "st.", "saint", "city", "republic", "kingdom", "sea", "river", "gulf", "valley", "lake",
    "mountains", "basin", "island", "islands", "bay", "strait", "ocean", "province", "region",
    "county", "district", "street", "road", "square", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "treaty",
    "agreement", "accord", "pact", "plan", "act", "law", "project", "initiative", "summit",
    "conference", "statement", "report", "herald", "gazette", "tribune", "journal", "daily",
    "weekly", "radio", "television", "tv", "press", "harbour", "harbor", "port", "market",
    "cooperative", "co-operative", "authority", "board", "secretariat", "middle", "security",
    "strategic", "technologies", "cyber",
}
# words between a role written before a name and the text before it
ROLE_LEAD_IN = {
    "quoted", "cited", "quoting", "citing", "said", "says", "by", "the", "a", "an", "according",
    "to", "as", "recently", "that", "with", "told", "and", "also", "of", "from", "on", "in",
    "for", "is", "was", "has", "had", "have", "wrote",
}

CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]*\w\.?"
NAME_RUN_RE = re.compile(
    rf"(?<![\w'\u2019]){CAP}(?:\s+(?:(?:al|el|bin|ibn|de|da|di|van|von|der|le|la|du)[\s-])?{CAP})*")
VERBS = rf"(?:{SPEECH_VERBS})"
LOWER_WORDS = r"(?:[a-z][\w-]*\s+){0,4}"  # up to four lower-case words


class Name(NamedTuple):
    start: int
    end: int
    name: str
    caps: str  # capitalised role words written before the name


def _is_role_or_stop(word: str, following: int) -> bool:
    head, bare = word.lower(), word.lower().rstrip(".")
    is_demonym = (head in DEMONYMS or bare in DEMONYMS) and following > 1
    return head in STOP_START or bare in STOP_START or head in ROLE_WORDS or bare in ROLE_WORDS \
        or is_demonym


def _split_role(sentence: str, run: list[str], start: int) -> tuple[list[str], list[str], int]:
    """A capitalised run split into its leading role words and the rest, and where the rest is."""
    role: list[str] = []
    while run and _is_role_or_stop(run[0], len(run)):
        head, bare = run[0].lower(), run[0].lower().rstrip(".")
        if head not in STOP_START and bare not in STOP_START:
            role.append(run[0])
        else:
            role = []
        start = sentence.index(run[0], start) + len(run[0])
        run = run[1:]
    return role, run, start


def _is_not_a_person(name_words: list[str]) -> bool:
    low = [w.lower().strip("'\u2019") for w in name_words]
    if any(w in ORG_WORDS or w.removesuffix("'s").removesuffix("\u2019s") in ORG_WORDS for w in low):
        return True
    return any(len(w) >= 2 and w.isupper() and not re.fullmatch(r"[A-Z]\.?", w) for w in name_words)


def find_names(sentence: str, known: dict[str, Quote]) -> list[Name]:
    """Possible person names in the sentence; a lone surname only when `known` has it (by its
    lower-case form), and then as the full name it was first given with."""
    out = []
    for m in NAME_RUN_RE.finditer(sentence):
        role, run, start = _split_role(sentence, m.group(0).split(), m.start())
        if not run:
            continue
        run = [w.rstrip(".") if not re.fullmatch(r"[A-Z]\.", w) else w for w in run]
        if len(run) > 3:
            run = run[-2:]
        if _is_not_a_person(run):
            continue
        name = re.sub(r"['\u2019]s$", "", " ".join(run))
        start = sentence.index(run[0], start)
        if len(run) == 1:
            if name.lower() not in known:
                continue
            name = known[name.lower()].by
        out.append(Name(start, m.end(), name, " ".join(role)))
    return out


def role_before(text_before: str) -> str:
    """A lower-case role written just before a name ('senior engineer'), or ''."""
    m = re.search(r"((?:[a-z][\w-]*\s+){0,4})$", text_before)
    found = words(m.group(1)) if m else []
    if not found or not found[-1].lower().startswith(ROLE_NOUNS):
        return ""
    while found and (found[0].lower() in ROLE_LEAD_IN or found[0].endswith("ly")):
        found = found[1:]
    return " ".join(found)


def appositive(text_after: str) -> str:
    """The role between commas just after a name (', the Foreign Minister,'), or ''."""
    m = re.match(r"^,\s*([^,\u00ab\u00bb]{3,160}?)(?:,|\.?\s*$)", text_after)
    if not m:
        return ""
    role = m.group(1).strip()
    if len(words(role)) > 20 or re.search(rf"\b(?:{SPEECH_VERBS})\b", role) or \
            re.match(r"^(?:who|which|that|and|but|as|when|if)\b", role, re.I):
        return ""
    return re.sub(r"^(?:a|an|the)\s+", "", role)


def _according_to(masked: str, names: list[Name]) -> Quote | None:
    for n in names:
        if re.search(rf"\baccording to\s+{LOWER_WORDS}$", masked[:n.start], re.I):
            role = appositive(masked[n.end:]) or role_before(masked[:n.start]) or n.caps
            return Quote("", n.name, role)
    return None


def _quoted_by(masked: str, names: list[Name]) -> Quote | None:
    """SOURCE quoted [role] NAME: the name, and the source as `via`."""
    for n in names:
        m = re.search(rf"\b(quoted|cited|quoting|citing)\s+{LOWER_WORDS}$", masked[:n.start])
        if m:
            via = ""
            v = re.search(rf"({CAP}(?:\s+{CAP})*)\s+(?:\w+ly\s+)?$", masked[:m.start()])
            if v:
                via = " ".join(w for w in v.group(1).split() if w.lower() not in STOP_START)
            role = role_before(masked[:n.start]) or n.caps or appositive(masked[n.end:])
            return Quote("", n.name, role, via)
    return None


def _name_said(masked: str, names: list[Name]) -> Quote | None:
    """NAME[, role,] said."""
    for n in names:
        rest = masked[n.end:]
        m = re.match(rf"^(,\s*[^,]{{3,160}}?,)?\s+(?:(?:has|had|have|also|explicitly|"
                     rf"recently|repeatedly|publicly|once|later|then|as|previously)\s+)*"
                     rf"{VERBS}\b", rest)
        if m:
            role = (appositive(rest) if m.group(1) else "") or n.caps or role_before(masked[:n.start])
            return Quote("", n.name, role)
    return None


def _said_name(masked: str, names: list[Name]) -> Quote | None:
    """said [role] NAME."""
    for n in names:
        if re.search(rf"\b{VERBS}\s+{LOWER_WORDS}$", masked[:n.start]):
            role = role_before(masked[:n.start]) or n.caps or appositive(masked[n.end:])
            return Quote("", n.name, role)
    return None


def _body_statement(masked: str) -> Quote | None:
    """a BODY statement (or spokesperson, press release ...): the body and the word as speaker."""
    m = re.search(r"\b(?:an?|the)\s+((?:[A-Z][\w-]+\s+){1,3})(statement|communiqu\u00e9|"
                  r"communique|spokes(?:person|man|woman)|press release|announcement)\b", masked)
    if m:
        body = [w for w in m.group(1).split() if w.lower() not in STOP_START]
        if body:
            return Quote("", f"{' '.join(body)} {m.group(2)}")
    return None


def _any_full_name(masked: str, names: list[Name]) -> Quote | None:
    """Any name of two words or more, when the sentence reports speech."""
    if re.search(rf"\b{VERBS}\b|\baccording to\b", masked, re.I):
        for n in names:
            if len(n.name.split()) >= 2:
                return Quote("", n.name, n.caps or appositive(masked[n.end:]))
    return None


def find_speaker(masked: str, known: dict[str, Quote]) -> Quote:
    """Who said the quote in this sentence (its quoted passages masked out), as a Quote with no
    text; `by` is 'Unattributed' when no pattern finds a speaker."""
    names = find_names(masked, known)
    return (_according_to(masked, names) or _quoted_by(masked, names) or _name_said(masked, names)
            or _said_name(masked, names) or _body_statement(masked)
            or _any_full_name(masked, names) or Quote("", UNATTRIBUTED))
