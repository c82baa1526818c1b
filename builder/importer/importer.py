"""Article → starting outline: turn a .txt or .md article into outline YAML to edit.

The importer reads the article's structure (title, a table of contents, Markdown or plain-text
headings), gives each section its paragraphs as a `summary`, first-pass `bullets` and a
`takeaway`, collects quoted speech with who said it, and leaves out page debris (link lists,
map and image captions, calls to comment), listing what it left out.

Everything here is a first pass to be edited: bullets are the sections' own sentences, cut
at a clause boundary; speakers are found with simple patterns. Standard library only.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

__all__ = ["ImportResult", "import_article"]


@dataclass(frozen=True)
class ImportResult:
    outline_yaml: str
    dropped: tuple[str, ...]
    sections: int
    subsections: int
    quotes: int


# --- limits (kept under the outline format's own: 1,000 characters a line, 10,000 a text) ---
MAX_WORDS = 20
MAX_BULLETS = 5
MAX_LINE = 900
MAX_TEXT = 9500
MAX_SUBSECTIONS = 50
MAX_QUOTES = 50
MAX_SECTIONS = 2000

# --- words and patterns ---
MINOR = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "vs", "vs.", "via", "into", "onto", "over", "per", "than", "up", "off", "out",
    "is", "are", "be", "its", "it", "so", "yet", "de", "la", "le", "du", "von", "van", "al", "el",
}
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "vs", "etc", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "est", "dept",
    "univ", "mt", "ft", "ave", "e.g", "i.e", "cf", "al",
}
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
SUBORDINATE = {
    "which", "while", "whereas", "although", "though", "because", "but", "who", "where", "whose",
    "as", "particularly", "especially", "including", "such", "with", "allowing", "making",
    "highlighting", "underscoring", "providing", "ensuring", "suggesting", "signalling",
    "signaling", "leaving", "meaning", "so", "yet", "since", "after", "before", "despite",
}
INTRO_WORDS = {
    "according", "born", "from", "despite", "although", "while", "when", "as", "after", "before",
    "beyond", "in", "for", "with", "given", "since", "unlike", "like", "amid", "following", "if",
    "because", "though", "whereas", "at", "by", "during", "under", "over", "through", "within",
    "without", "once", "until", "to", "on", "upon", "whether",
}
SUBORDINATE_IN = {"while", "although", "though", "because", "if", "when", "whereas", "since",
                  "unless", "whether", "once", "until"}
DANGLING = {
    "and", "or", "but", "the", "a", "an", "of", "to", "in", "with", "for", "which", "that", "as",
    "by", "on", "at", "from", "its", "their", "his", "her", "is", "are", "was", "were", "while",
    "whose", "who", "into", "such", "than", "both",
}

LIST_RE = re.compile(r"^(?:[-*+\u2022\u25aa\u25cf\u2013]|\d{1,3}[.)])\s+(\S.*)$")
TOC_RE = re.compile(r"^(?:table of contents|contents|in this article|on this page|"
                    r"what(?:'|\u2019)s inside)\s*:?$", re.I)
CTA_RE = re.compile(
    r"in the comments|comments? (?:section )?below|leave (?:a|your) (?:comment|reply)|"
    r"\b(?:share|tell us|let us know|drop)\b.{0,40}\b(?:thoughts|perspectives?|views|opinions?|"
    r"comments?|what you think)\b|what (?:are|do) you think|what are your thoughts|"
    r"join the (?:conversation|discussion)|subscribe (?:to|for)|sign up (?:for|to)|"
    r"follow us on|explore our other articles|read more:|click here|"
    r"don(?:'|\u2019)t forget to (?:like|share|subscribe)", re.I)
CAPTION_START_RE = re.compile(r"^(?:map|maps|image|images|photo|photos|photograph|picture|"
                              r"figure|fig\.|source|credit|credits|caption|illustration|"
                              r"video|watch)\b", re.I)
SITE_WORDS_RE = re.compile(r"\b(?:guide|world|wikipedia|news|times|department|ministry|reuters|"
                           r"getty|images?|photos?|shutterstock|alamy|atlas|maps?|encyclopedia|"
                           r"britannica|travel|tourism|official site)\b|\.(?:com|org|net|gov)\b",
                           re.I)
BYLINE_RE = re.compile(r"^(?:by|written by|posted by|published|updated|last updated|posted)\b"
                       r"[\s:]", re.I)
QUOTE_RE = re.compile(r'"([^"\n]+)"|\u201c([^\u201c\u201d\n]+)\u201d')
CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]*\w\.?"
NAME_RUN_RE = re.compile(
    rf"(?<![\w'\u2019]){CAP}(?:\s+(?:(?:al|el|bin|ibn|de|da|di|van|von|der|le|la|du)[\s-])?{CAP})*")


# --- text helpers ---

def _clean(text: str) -> str:
    """The text with one kind of newline and no characters YAML or the renderers refuse."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = re.sub(r"[\u0085\u2028\u2029]", "\n", text)
    text = text.replace("\t", "    ")
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffe\uffff"
                  r"\ud800-\udfff]", "", text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _words(text: str) -> list[str]:
    return text.split()


def _md_inline(text: str) -> str:
    """Markdown inline markup removed: links keep their text, emphasis and code their words."""
    text = re.sub(r"<!--.*?-->", "", text)
    text = re.sub(r"!\[([^\]]{0,300})\]\([^)]{0,2000}\)", r"\1", text)
    text = re.sub(r"\[([^\]]{1,300})\]\([^)]{0,2000}\)", r"\1", text)
    text = re.sub(r"\[([^\]]{1,300})\]\[[^\]]{0,100}\]", r"\1", text)
    text = re.sub(r"</?[A-Za-z][^>]{0,300}>", "", text)
    text = re.sub(r"`([^`]{0,300})`", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?![\w_])", r"\1", text)
    return text.replace("\\", "") if re.search(r"\\[\\`*_{}\[\]()#+\-.!]", text) else text


def _key(text: str) -> str:
    """A heading's comparison key: case, quotes, dashes and punctuation ignored."""
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"[^\w\s'-]", " ", text)
    return _squash(text)


def _is_title_case(text: str) -> bool:
    words = [w.strip("\"'\u201c\u201d\u2018\u2019()[]:,;") for w in _words(text)]
    words = [w for w in words if w and w not in ("-", "&", "\u2013", "\u2014", "|", "/")]
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    significant = [w for w in words if w.lower() not in MINOR]
    if not significant:
        return False
    capital = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capital / len(significant) >= 0.75


def _heading_like(text: str) -> bool:
    """A short Title Case line, not a sentence, not a list item: probably a heading."""
    text = text.strip()
    words = _words(text)
    if not words or len(words) > 14 or len(text) > 110:
        return False
    if LIST_RE.match(text) or text[0] in "\"'\u201c\u2018(" or re.search(r"https?://", text):
        return False
    if re.search(r"[.,;!\u2026]$", text) or (text.endswith("?") and len(words) > 10):
        return False
    if text.endswith(":") or CTA_RE.search(text):
        return False
    return _is_title_case(text)


def _has_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?\u2026][\"'\u201d\u2019)]*$", text.strip())) and len(_words(text)) >= 4


# --- sentences ---

def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; never splits inside a double-quoted passage."""
    balanced = text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")
    spans, start = [], 0
    counted, straight, curly = 0, 0, 0  # quotation marks before `counted`
    for m in re.finditer(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+", text):
        nxt = text[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"'\u201c\u2018(["):
            continue
        last = re.search(r"(\S+)\s*$", text[max(start, m.start() - 40):m.start()])
        token = last.group(1).lstrip("\"'\u201c\u2018([").lower() if last else ""
        if "." in m.group(0)[:1] and (token in ABBREVIATIONS or len(token) == 1
                                     or re.fullmatch(r"(?:\w\.)+\w?", token)):
            continue
        if balanced:
            chunk = text[counted:m.end()]
            straight += chunk.count('"')
            curly += chunk.count("\u201c") - chunk.count("\u201d")
            counted = m.end()
            if straight % 2 or curly:
                continue
        end = m.end()
        spans.append((start, len(text[:end].rstrip())))
        start = end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in _sentence_spans(text) if text[a:b].strip()]


def _drop_unpaired(text: str, opening: str, closing: str) -> str:
    """Remove the last surplus `opening` (or `closing`) marks until both counts agree."""
    while text.count(opening) != text.count(closing):
        surplus = opening if text.count(opening) > text.count(closing) else closing
        i = text.rfind(surplus)
        text = text[:i] + text[i + 1:]
    return text


def _balance(text: str) -> str:
    """Unpaired quotation marks and brackets left by a cut removed."""
    if text.count('"') % 2:
        i = text.rfind('"')
        text = text[:i] + text[i + 1:]
    for opening, closing in (("\u201c", "\u201d"), ("(", ")")):
        text = _drop_unpaired(text, opening, closing)
    return _squash(text.replace("( ", "(").replace(" )", ")"))


def _tidy_end(text: str) -> str:
    """Trailing punctuation and dangling little words removed."""
    while True:
        before = text
        text = re.sub(r"[\s,;:\u2014\u2013-]+$", "", text)
        words = text.split()
        if len(words) > 3 and words[-1].lower().strip("\"'\u201c\u201d") in DANGLING:
            text = " ".join(words[:-1])
        if text == before:
            return text


def _shorten(sentence: str, period: bool, limit: int = MAX_WORDS) -> str:
    """The sentence cut to about `limit` words at a clause boundary (never mid-word)."""
    words = _words(_squash(sentence))
    if len(words) > limit:
        choice = _cut_point(words, limit)
        if choice:
            text = " ".join(words[:choice])
        elif len(words) <= limit + 3:
            text = " ".join(words)
        else:
            text = " ".join(words[:limit])
            return _tidy_end(_balance(_tidy_end(text))) + "\u2026"
    else:
        text = " ".join(words)
    text = _balance(_tidy_end(text))
    # a final full stop is dropped for bullets and added for takeaways
    if period:
        text = re.sub(r"[,;:]+([\"\u201d\u2019)]*)$", r"\1", text)
        if not re.search(r"[.!?\u2026][\"\u201d\u2019)]*$", text):
            text += "."
    else:
        text = re.sub(r"[.,;:]+([\"\u201d\u2019)]*)$", r"\1", text)
    return text


def _bare(word: str) -> str:
    return word.lower().strip("\"'\u201c\u201d\u2018\u2019()[],;:.")


def _cut_point(words: list[str], limit: int) -> int | None:
    """How many words to keep so the cut falls at a clause boundary, or None."""
    intro = _bare(words[0]) in INTRO_WORDS
    found: dict[int, int] = {}
    for kept in range(min(limit, len(words) - 1), 4, -1):
        head, prev, nxt = words[:kept], words[kept - 1], _bare(words[kept])
        if prev.endswith((";", ":")) or words[kept] in ("\u2014", "\u2013", "-"):
            found.setdefault(3, kept)
        elif prev.endswith(","):
            commas = [i for i, w in enumerate(head[:-1]) if w.endswith(",")]
            if intro or len(commas) % 2 or _bare(prev) in DANGLING:
                continue  # an opening phrase, the end of an aside, or a clause left open
            segment = head[commas[-1] + 1 if commas else 0:]
            following = []
            for w in words[kept:]:
                following.append(w)
                if w.endswith((",", ";", ".")):
                    break
            if len(segment) <= 3 or len(following) <= 3 or nxt in ("and", "or"):
                continue  # an item of a list
            if any(_bare(w) in SUBORDINATE_IN for w in segment):
                continue  # a subordinate clause waiting for its main clause
            found.setdefault(2 if nxt in SUBORDINATE or nxt.endswith("ing") else 1, kept)
        elif nxt in ("which", "while", "whereas", "although", "though", "because", "but"):
            if nxt == "but" and "not only" in " ".join(head).lower():
                continue
            found.setdefault(1, kept)
    late = [(k, p) for p, k in found.items()]
    return (max((k for k, p in late if p >= 2 and k >= 10), default=None)
            or max((k for k, p in late if k >= 8), default=None)
            or (found[max(found)] if found else None))


def _clip(text: str, limit: int = MAX_LINE) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return _tidy_end(cut) + "\u2026"


def _is_cta(sentence: str) -> bool:
    return bool(CTA_RE.search(sentence)) and not re.search(r'["\u201c\u201d]', sentence)


# --- the article as blocks ---

@dataclass
class _Block:
    kind: str  # para | heading | list | bq | image
    lines: list = field(default_factory=list)  # [(line number, text)]
    level: int = 0
    links: int = 0  # list items that were Markdown links

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def text(self) -> str:
        return _squash(" ".join(t for _, t in self.lines))

    @property
    def single(self) -> bool:
        return self.kind == "heading" or (self.kind == "para" and len(self.lines) == 1)


@dataclass
class _Quote:
    text: str
    by: str
    role: str = ""
    via: str = ""


@dataclass
class _Section:
    title: str
    line: int = 0
    paragraphs: list = field(default_factory=list)  # [str]
    items: list = field(default_factory=list)  # content list items
    quotes: list = field(default_factory=list)  # [_Quote]
    subsections: list = field(default_factory=list)
    asides: set = field(default_factory=set)  # paragraphs that are block quotations
    extra_quotes: int = 0  # quotations beyond the outline's limit, not collected

    def has_text(self) -> bool:
        return bool(self.paragraphs or self.items or self.quotes)


class _Importer:
    def __init__(self, text: str, source_name: str):
        self.source_name = _squash(_clean(source_name)) or "an article"
        self.text = _clean(text)
        self.dropped: list[str] = []
        self.speakers: dict[str, _Quote] = {}  # surname → first quote with that speaker
        self.all_quotes: list[_Quote] = []
        self.markdown = False

    # -- reading --

    def lines(self) -> list[tuple[int, str]]:
        raw = self.text.split("\n")
        out = [(i + 1, line.rstrip()) for i, line in enumerate(raw)]
        self.front_title = ""
        if out and out[0][1].strip() == "---":
            for j in range(1, min(len(out), 60)):
                if out[j][1].strip() in ("---", "..."):
                    for _, line in out[1:j]:
                        m = re.match(r"^title:\s*(.+)$", line.strip())
                        if m:
                            self.front_title = m.group(1).strip().strip("\"'")
                    self.dropped.append(f"front matter (lines 1-{j + 1})")
                    out = out[j + 1:]
                    break
        name = self.source_name.lower()
        atx = sum(1 for _, line in out if re.match(r"^#{1,6}\s+\S", line))
        self.markdown = name.endswith((".md", ".markdown", ".mdown")) or atx >= 2
        return out

    def wrapped(self, lines) -> bool:
        """Whether prose is hard-wrapped (paragraphs are runs of lines, not single lines)."""
        def prose(line: str) -> bool:
            return bool(line) and not LIST_RE.match(line) and not (
                self.markdown and re.match(r"^(?:#|>|```|~~~|!\[|\||[-=]{2,}$)", line))

        texts = [t.strip() for _, t in lines]
        prose_lines = sorted(len(t) for t in texts if prose(t))
        if self.markdown:
            # Markdown joins a paragraph's lines, unless every line is a whole long paragraph
            return not prose_lines or prose_lines[len(prose_lines) // 2] <= 200
        joins = sum(1 for a, b in zip(texts, texts[1:]) if prose(a) and prose(b)
                    and not re.search(r"[.!?:\"'\u201d\u2019]$", a) and len(_words(a)) >= 8)
        return joins >= max(2, 0.3 * len(prose_lines))

    def blocks(self) -> list[_Block]:
        lines = self.lines()
        wrapped = self.wrapped(lines)
        md = self.markdown
        blocks: list[_Block] = []
        cur: _Block | None = None

        def close():
            nonlocal cur
            if cur is not None and cur.lines:
                blocks.append(cur)
            cur = None

        i = 0
        while i < len(lines):
            no, raw = lines[i]
            s = raw.strip()
            i += 1
            if md and re.match(r"^(```|~~~)", s):
                close()
                fence = s[:3]
                j = i
                while j < len(lines) and not lines[j][1].strip().startswith(fence):
                    j += 1
                end = lines[min(j, len(lines) - 1)][0]
                self.dropped.append(f"code block (lines {no}-{end})")
                i = j + 1
                continue
            if not s:
                close()
                continue
            if md:
                m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", s)
                if m:
                    close()
                    if _md_inline(m.group(2)).strip():
                        blocks.append(_Block("heading", [(no, _md_inline(m.group(2)).strip())],
                                             level=len(m.group(1))))
                    continue
                if re.fullmatch(r"=+|-+", s) and len(s) >= 2 and cur is not None \
                        and cur.kind == "para" and len(cur.lines) == 1:
                    cur.kind, cur.level = "heading", 1 if s[0] == "=" else 2
                    close()
                    continue
                if re.fullmatch(r"(?:[-*_]\s*){3,}", s):
                    close()
                    continue
                m = re.fullmatch(r"!\[([^\]]*)\]\([^)]*\)", s)
                if m:
                    close()
                    blocks.append(_Block("image", [(no, m.group(1).strip())]))
                    continue
                m = re.match(r"^>\s?(.*)$", s)
                if m:
                    if cur is None or cur.kind != "bq":
                        close()
                        cur = _Block("bq")
                    if m.group(1).strip():
                        cur.lines.append((no, _md_inline(m.group(1).strip())))
                    continue
            m = LIST_RE.match(s)
            if m and not (md and raw.startswith("    ") and cur is not None and cur.kind == "para"):
                if cur is None or cur.kind != "list":
                    close()
                    if blocks and blocks[-1].kind == "list":  # a list that went on after a gap
                        cur = blocks.pop()
                    else:
                        cur = _Block("list")
                item = m.group(1).strip()
                if md and re.fullmatch(r"\[[^\]]+\]\([^)]*\)", item):
                    cur.links += 1
                cur.lines.append((no, _md_inline(item).strip() if md else item))
                continue
            text = _md_inline(s).strip() if md else s
            if not text:
                continue
            if cur is not None and cur.kind == "list" and md and raw[:1] == " ":
                n, t = cur.lines[-1]
                cur.lines[-1] = (n, f"{t} {text}")
                continue
            if not wrapped:
                close()
                blocks.append(_Block("para", [(no, text)]))
                continue
            if cur is not None and cur.kind == "para":
                cur.lines.append((no, text))
                continue
            close()
            nxt = lines[i][1].strip() if i < len(lines) else ""
            if _heading_like(text) and len(text) <= 90 and nxt:
                blocks.append(_Block("para", [(no, text)]))  # a heading directly above its text
            else:
                cur = _Block("para", [(no, text)])
        close()
        return blocks

    # -- debris --

    def caption_kind(self, text: str, trailing: bool) -> str | None:
        has_join = bool(re.search(r"\s[-\u2013\u2014|]\s", text))
        if CAPTION_START_RE.match(text) or (has_join and SITE_WORDS_RE.search(
                re.split(r"\s[-\u2013\u2014|]\s", text, maxsplit=1)[-1])) or " | " in text:
            pass
        elif not trailing:
            return None
        if re.search(r"\bmaps?\b", text, re.I):
            return "map caption"
        if re.search(r"\b(?:image|photo|photograph|picture|illustration)\b", text, re.I):
            return "image caption"
        if has_join or CAPTION_START_RE.match(text):
            return "caption"
        return "trailing line"

    def is_link_list(self, block: _Block) -> bool:
        items = [t for _, t in block.lines]
        if block.links and block.links >= len(items) / 2:
            return True
        if len(items) < 3:
            return False
        short = [t for t in items if len(_words(t)) <= 8 and not re.search(r"[.!?;:]$", t)]
        title = [t for t in short if _is_title_case(t)]
        return len(short) == len(items) and len(title) >= 0.6 * len(items)

    def drop_list(self, block: _Block, before: int) -> None:
        items = [t for _, t in block.lines]
        shown = ", ".join(f"'{_clip(t, 60)}'" for t in items[:6]) + (", \u2026" if len(items) > 6 else "")
        where = f"after line {before}" if before else f"at line {block.line}"
        self.dropped.append(f"link list of {len(items)} items {where}: {shown}")

    def strip_debris(self, blocks: list[_Block]) -> list[_Block]:
        # calls to comment, sentence by sentence
        kept: list[_Block] = []
        for b in blocks:
            if b.kind == "para":
                sentences = _sentences(b.text)
                calls = [s for s in sentences if _is_cta(s)]
                if calls:
                    self.dropped.append(f"comment call-to-action '{_clip(calls[0], 60)}' (line {b.line})")
                    rest = [s for s in sentences if not _is_cta(s)]
                    if not rest:
                        continue
                    b = _Block("para", [(b.line, " ".join(rest))])
            kept.append(b)
        blocks = kept
        # the article's end: its last real paragraph
        last = max((i for i, b in enumerate(blocks)
                    if (b.kind == "para" and (_has_sentence(b.text) or len(_words(b.text)) >= 12))
                    or b.kind == "bq" or (b.kind == "list" and not self.is_link_list(b))),
                   default=len(blocks) - 1)
        out: list[_Block] = []
        prev_line = 0
        for i, b in enumerate(blocks):
            trailing = i > last
            if b.kind == "image":
                label = f"'{_clip(b.text, 80)}' " if b.text else ""
                self.dropped.append(f"image {label}(line {b.line})")
                continue
            if b.kind == "list" and (trailing or self.is_link_list(b)):
                self.drop_list(b, prev_line)
                continue
            if b.single and b.kind in ("para", "heading"):
                text = b.text
                kind = self.caption_kind(text, trailing and b.kind == "para")
                if kind and not TOC_RE.match(text) and not (self.toc_keys and
                                                             _key(text) in self.toc_keys):
                    self.dropped.append(f"{kind} '{_clip(text, 80)}' (line {b.line})")
                    continue
                if BYLINE_RE.match(text) and len(_words(text)) <= 12:
                    self.dropped.append(f"byline '{_clip(text, 80)}' (line {b.line})")
                    continue
            elif trailing and b.kind == "para" and len(_words(b.text)) < 8:
                self.dropped.append(f"trailing line '{_clip(b.text, 80)}' (line {b.line})")
                continue
            out.append(b)
            prev_line = b.lines[-1][0]
        return out

    # -- quotes --

    def names(self, sentence: str) -> list[tuple[int, int, str, str]]:
        """Possible person names: (start, end, name, capitalised role words before it)."""
        out = []
        for m in NAME_RUN_RE.finditer(sentence):
            words = m.group(0).split()
            start = m.start()
            role: list[str] = []
            while words:
                w = words[0].lower().rstrip(".")
                head = words[0].lower()
                is_demonym = (head in DEMONYMS or w in DEMONYMS) and len(words) > 1
                if head in STOP_START or w in STOP_START or head in ROLE_WORDS or w in ROLE_WORDS \
                        or is_demonym:
                    if head not in STOP_START and w not in STOP_START:
                        role.append(words[0])
                    else:
                        role = []
                    start = sentence.index(words[0], start) + len(words[0])
                    words = words[1:]
                    continue
                break
            if not words:
                continue
            words = [w.rstrip(".") if not re.fullmatch(r"[A-Z]\.", w) else w for w in words]
            if len(words) > 3:
                words = words[-2:]
            low = [w.lower().strip("'\u2019") for w in words]
            if any(w in ORG_WORDS or w.removesuffix("'s").removesuffix("\u2019s") in ORG_WORDS
                   for w in low):
                continue
            if any(len(w) >= 2 and w.isupper() and not re.fullmatch(r"[A-Z]\.?", w) for w in words):
                continue
            name = " ".join(words)
            name = re.sub(r"['\u2019]s$", "", name)
            start = sentence.index(words[0], start)
            if len(words) == 1:
                known = self.speakers.get(name.lower())
                if not known:
                    continue
                name = known.by
            out.append((start, m.end(), name, " ".join(role)))
        return out

    def role_before(self, text_before: str) -> str:
        m = re.search(r"((?:[a-z][\w-]*\s+){0,4})$", text_before)
        words = _words(m.group(1)) if m else []
        if not words or not words[-1].lower().startswith(ROLE_NOUNS):
            return ""
        skip = {"quoted", "cited", "quoting", "citing", "said", "says", "by", "the", "a", "an",
                "according", "to", "as", "recently", "that", "with", "told", "and", "also", "of",
                "from", "on", "in", "for", "is", "was", "has", "had", "have", "wrote"}
        while words and (words[0].lower() in skip or words[0].endswith("ly")):
            words = words[1:]
        return " ".join(words)

    @staticmethod
    def appositive(text_after: str) -> str:
        m = re.match(r"^,\s*([^,\u00ab\u00bb]{3,160}?),", text_after)
        if not m:
            return ""
        role = m.group(1).strip()
        if len(_words(role)) > 20 or re.search(rf"\b(?:{SPEECH_VERBS})\b", role) or \
                re.match(r"^(?:who|which|that|and|but|as|when|if)\b", role, re.I):
            return ""
        return re.sub(r"^(?:a|an|the)\s+", "", role)

    def speaker(self, masked: str) -> _Quote:
        """Who said the quote in this sentence (quoted passages masked out)."""
        cands = self.names(masked)
        verbs = rf"(?:{SPEECH_VERBS})"
        # 1. according to NAME[, role,]
        for start, end, name, caps in cands:
            if re.search(r"\baccording to\s+(?:[a-z][\w-]*\s+){0,4}$", masked[:start], re.I):
                role = self.appositive(masked[end:]) or self.role_before(masked[:start]) or caps
                return _Quote("", name, role)
        # 2. SOURCE quoted [role] NAME
        for start, end, name, caps in cands:
            m = re.search(r"\b(quoted|cited|quoting|citing)\s+(?:[a-z][\w-]*\s+){0,4}$", masked[:start])
            if m:
                via = ""
                v = re.search(rf"({CAP}(?:\s+{CAP})*)\s+(?:\w+ly\s+)?$", masked[:m.start()])
                if v:
                    vw = [w for w in v.group(1).split() if w.lower() not in STOP_START]
                    via = " ".join(vw)
                role = self.role_before(masked[:start]) or caps or self.appositive(masked[end:])
                return _Quote("", name, role, via)
        # 3. NAME[, role,] said
        for start, end, name, caps in cands:
            rest = masked[end:]
            m = re.match(rf"^(,\s*[^,]{{3,160}}?,)?\s+(?:(?:has|had|have|also|explicitly|"
                         rf"recently|repeatedly|publicly|once|later|then|as|previously)\s+)*"
                         rf"{verbs}\b", rest)
            if m:
                role = (self.appositive(rest) if m.group(1) else "") or caps \
                    or self.role_before(masked[:start])
                return _Quote("", name, role)
        # 4. said [role] NAME
        for start, end, name, caps in cands:
            if re.search(rf"\b{verbs}\s+(?:[a-z][\w-]*\s+){{0,4}}$", masked[:start]):
                role = self.role_before(masked[:start]) or caps or self.appositive(masked[end:])
                return _Quote("", name, role)
        # 5. a BODY statement
        m = re.search(r"\b(?:an?|the)\s+((?:[A-Z][\w-]+\s+){1,3})(statement|communiqu\u00e9|"
                      r"communique|spokes(?:person|man|woman)|press release|announcement)\b", masked)
        if m:
            body = [w for w in m.group(1).split() if w.lower() not in STOP_START]
            if body:
                return _Quote("", f"{' '.join(body)} {m.group(2)}")
        # 6. any name, when the sentence reports speech
        if re.search(rf"\b{verbs}\b|\baccording to\b", masked, re.I):
            for start, end, name, caps in cands:
                if len(name.split()) >= 2:
                    return _Quote("", name, caps or self.appositive(masked[end:]))
        return _Quote("", "Unattributed")

    def register(self, q: _Quote) -> None:
        if q.by == "Unattributed":
            return
        words = q.by.split()
        for key in (q.by.lower(), words[-1].lower()):
            self.speakers.setdefault(key, q)

    def quotes_in(self, paragraph: str, target: _Section) -> list[_Quote]:
        out: list[_Quote] = []
        spans = _sentence_spans(paragraph)
        for m in QUOTE_RE.finditer(paragraph):
            words = (m.group(1) or m.group(2) or "").strip()
            if len(_words(words)) < 4:
                continue
            if len(target.quotes) + len(out) >= MAX_QUOTES:
                target.extra_quotes += 1
                continue
            text = re.sub(r"[\s,;:]+$", "", _squash(words))
            start = m.start()
            a, b = next(((a, b) for a, b in spans if a <= start < max(b, a + 1)), (0, len(paragraph)))
            a = max(a, start - 400)  # a window round the quote keeps long paragraphs quick
            b = min(max(b, m.end()), m.end() + 300)
            sentence = paragraph[a:b]
            masked = QUOTE_RE.sub(" \u00abQ\u00bb ", sentence)
            masked = re.sub(r"[ ]{2,}", " ", masked)
            q = self.speaker(masked)
            if q.by == "Unattributed":
                q = self.similar(text) or q
            if q.by != "Unattributed" and not q.role:
                known = self.speakers.get(q.by.lower())
                if known:
                    q = _Quote("", q.by, known.role, q.via)
            q = _Quote(_clip(text, MAX_TEXT), _clip(q.by), _clip(q.role), _clip(q.via))
            self.register(q)
            self.all_quotes.append(q)
            out.append(q)
        return out

    def similar(self, text: str) -> _Quote | None:
        """An earlier attributed quote whose words this one mostly repeats."""
        words = set(_key(text).split())
        for q in self.all_quotes:
            if q.by == "Unattributed":
                continue
            other = set(_key(q.text).split())
            if words and len(words & other) >= 0.7 * len(words):
                return _Quote("", q.by, q.role, q.via)
        return None

    def blockquote(self, block: _Block) -> tuple[str, _Quote | None]:
        lines = [t for _, t in block.lines]
        attribution = ""
        if lines and re.match(r"^(?:\u2014|\u2013|--|-)\s*\S", lines[-1]):
            attribution = re.sub(r"^(?:\u2014|\u2013|--|-)\s*", "", lines[-1])
            lines = lines[:-1]
        body = _squash(" ".join(lines))
        m = re.fullmatch(r"(.*?)\s*(?:\u2014|\u2013|--)\s*([A-Z][^\u2014\u2013]{2,120})", body)
        if not attribution and m and not re.search(r"[.!?]$", m.group(2)):
            body, attribution = m.group(1), m.group(2)
        text = body.strip().strip("\"\u201c\u201d").strip()
        if len(_words(text)) < 4:
            return body, None
        if attribution:
            name, _, role = attribution.partition(",")
            q = _Quote(_clip(text, MAX_TEXT), _clip(name.strip()),
                       _clip(re.sub(r"^(?:a|an|the)\s+", "", role.strip())))
        else:
            q = self.similar(text) or _Quote("", "Unattributed")
            q = _Quote(_clip(text, MAX_TEXT), q.by, q.role, q.via)
        self.register(q)
        self.all_quotes.append(q)
        summary = f"\u201c{text}\u201d" + (f" \u2014 {attribution}" if attribution else "")
        return summary, q

    # -- structure --

    def add_content(self, target: _Section, block: _Block) -> None:
        if block.kind == "para":
            target.paragraphs.append(block.text)
            for quote in self.quotes_in(block.text, target):
                if all(quote.text != o.text for o in target.quotes):
                    target.quotes.append(quote)
        elif block.kind == "list":
            target.items += [t for _, t in block.lines]
        elif block.kind == "bq":
            summary, q = self.blockquote(block)
            if summary:
                target.asides.add(len(target.paragraphs))
                target.paragraphs.append(summary)
            if q is not None:
                target.quotes.append(q)
        elif block.kind == "heading":
            target.paragraphs.append(block.text)

    def toc_match(self, text: str, sections: list[_Section], used: set) -> int | None:
        key = _key(text)
        keys = [_key(s.title) for s in sections]
        for i, k in enumerate(keys):
            if i not in used and k == key:
                return i
        words = set(key.split())
        for i, k in enumerate(keys):
            other = set(k.split())
            if i in used or len(other) < 3 or not words:
                continue
            if (key.startswith(k) or k.startswith(key)) and min(len(words), len(other)) >= 3:
                return i
            if len(words & other) / len(words | other) >= 0.8:
                return i
        return None

    def build(self) -> ImportResult:
        self.toc_keys: set[str] = set()
        blocks = self.blocks()
        if not blocks and not self.front_title:
            raise ValueError("the article has no text")
        # title and subtitle
        headline = self.front_title
        if not headline:
            first = blocks[0]
            if self.markdown and first.kind != "heading":
                h1 = next((b for b in blocks[:4] if b.kind == "heading" and b.level == 1), None)
                first = h1 or first
            headline = first.lines[0][1] if first.kind != "heading" else first.text
            headline = _squash(_md_inline(headline) if self.markdown else headline)
            headline = LIST_RE.sub(r"\1", headline)
            rest = first.lines[1:] if first.kind in ("para", "list", "bq") else []
            idx = next(i for i, b in enumerate(blocks) if b is first)
            blocks[idx:idx + 1] = [_Block(first.kind, rest)] if rest else []
        headline = headline.lstrip("#").strip() or "Imported article"
        title, sep, subtitle = headline.partition(": ")
        if not sep or not title.strip() or not subtitle.strip():
            title, subtitle = headline, ""
        title, subtitle = _clip(title.strip(), 300), _clip(subtitle.strip(), 300)

        # table of contents
        toc: list[str] = []
        for i, b in enumerate(blocks[:-1]):
            if b.single and TOC_RE.match(b.text) and blocks[i + 1].kind == "list":
                toc = [LIST_RE.sub(r"\1", t).strip().rstrip(".") for _, t in blocks[i + 1].lines]
                toc = [re.sub(r"\s*\.{3,}\s*\d+$", "", t) for t in toc if t]
                del blocks[i:i + 2]
                break
        self.toc_keys = {_key(t) for t in toc}
        blocks = self.strip_debris(blocks)

        intro = _Section("Introduction")
        sections: list[_Section] = []
        if toc:
            sections = [_Section(_clip(t, 300)) for t in toc]
            used: set[int] = set()
            current: _Section | None = None
            target = intro
            for b in blocks:
                is_heading = b.kind == "heading" or (b.single and b.kind == "para"
                                                     and _heading_like(b.text))
                idx = self.toc_match(b.text, sections, used) if b.single else None
                if idx is not None and (is_heading or len(_words(b.text)) <= 14):
                    used.add(idx)
                    current = target = sections[idx]
                    current.line = b.line
                    continue
                if is_heading:
                    if current is None:
                        self.dropped.append(f"heading before the first section "
                                            f"'{_clip(b.text, 80)}' (line {b.line})")
                        continue
                    target = _Section(_clip(b.text, 300), b.line)
                    current.subsections.append(target)
                    continue
                self.add_content(target, b)
            for i, s in enumerate(sections):
                if i not in used:
                    self.dropped.append(f"table-of-contents entry '{_clip(s.title, 80)}' "
                                        "(no heading for it in the text; left out)")
        elif self.markdown and any(b.kind == "heading" for b in blocks):
            current = None
            target = intro
            for b in blocks:
                if b.kind == "heading":
                    if b.level <= 2 or current is None:
                        current = target = _Section(_clip(b.text, 300), b.line)
                        sections.append(current)
                    else:
                        target = _Section(_clip(b.text, 300), b.line)
                        current.subsections.append(target)
                    continue
                self.add_content(target, b)
        else:
            target = intro
            for b in blocks:
                if b.single and _heading_like(b.text):
                    target = _Section(_clip(b.text, 300), b.line)
                    sections.append(target)
                    continue
                self.add_content(target, b)

        # intro quotes go to the first section; empty headings are left out
        if not sections:
            only = _Section("Overview", paragraphs=intro.paragraphs, items=intro.items,
                            quotes=intro.quotes, asides=intro.asides)
            intro = _Section("Introduction")
            sections = [only]
        for s in sections:
            kept = []
            for sub in s.subsections:
                if sub.has_text():
                    kept.append(sub)
                else:
                    self.dropped.append(f"empty heading '{_clip(sub.title, 80)}' (line {sub.line}; "
                                        "no text under it)")
            if len(kept) > MAX_SUBSECTIONS:
                for sub in kept[MAX_SUBSECTIONS:]:
                    s.paragraphs += sub.paragraphs
                kept = kept[:MAX_SUBSECTIONS]
            s.subsections = kept
        kept_sections = []
        for s in sections:
            if s.has_text() or s.subsections:
                kept_sections.append(s)
            elif not toc:
                self.dropped.append(f"empty heading '{_clip(s.title, 80)}' (line {s.line}; "
                                    "no text under it)")
            elif s.line:
                self.dropped.append(f"table-of-contents entry '{_clip(s.title, 80)}' "
                                    f"(line {s.line}; no text under it; left out)")
        sections = kept_sections[:MAX_SECTIONS]
        if not sections:
            raise ValueError("the article has no text to make sections from")
        if intro.quotes:
            sections[0].quotes[:0] = intro.quotes

        key_judgments = self.key_judgments(sections)
        yaml_text = self.emit(title, subtitle, headline, intro, key_judgments, sections)
        def where(message: str) -> int:
            m = re.search(r"\blines? (\d+)", message)
            return int(m.group(1)) if m else 10 ** 9

        return ImportResult(
            outline_yaml=yaml_text,
            dropped=tuple(sorted(self.dropped, key=where)),
            sections=len(sections),
            subsections=sum(len(s.subsections) for s in sections),
            quotes=sum(min(len(x.quotes), MAX_QUOTES) for s in sections for x in [s, *s.subsections]),
        )

    # -- first-pass wording --

    @staticmethod
    def all_sentences(section: _Section) -> list[tuple[int, int, str]]:
        """(paragraph, position, sentence) for every usable sentence of the section."""
        out = []
        for p, para in enumerate(section.paragraphs):
            if p in section.asides:
                continue
            for i, s in enumerate(_sentences(para)):
                if len(_words(s)) >= 4 and not _is_cta(s):
                    out.append((p, i, s))
        return out

    def takeaway(self, section: _Section) -> str:
        sentences = self.all_sentences(section)
        if sentences:
            return _clip(_shorten(sentences[0][2], period=True))
        for sub in section.subsections:
            sentences = self.all_sentences(sub)
            if sentences:
                return _clip(_shorten(sentences[0][2], period=True))
        if section.items:
            return _clip(_shorten(section.items[0], period=True))
        if section.quotes:
            return _clip(_shorten(section.quotes[0].text, period=True))
        return ""

    def bullets(self, section: _Section, takeaway: str) -> list[str]:
        out: list[str] = []
        for item in section.items:
            b = _clip(_shorten(item, period=False))
            if b and b not in out:
                out.append(b)
        sentences = self.all_sentences(section)
        first = sentences[0] if sentences else None
        chosen: list[tuple[int, int, str]] = []
        seen_paras: set[int] = set()
        for p, i, s in sentences:
            if (p, i, s) == first or p in seen_paras:
                continue
            seen_paras.add(p)
            chosen.append((p, i, s))
        for sent in sentences:
            if len(chosen) >= 3:
                break
            if sent != first and sent not in chosen:
                chosen.append(sent)
        chosen.sort()
        for _, _, s in chosen:
            b = _clip(_shorten(s, period=False))
            if b and b not in out and b.rstrip(".") != takeaway.rstrip("."):
                out.append(b)
        return out[:MAX_BULLETS]

    def key_judgments(self, sections: list[_Section]) -> list[str]:
        pattern = re.compile(r"\b(conclusion|concluding|summary|final thoughts|bottom line|"
                             r"takeaways?|outlook|the way ahead|looking ahead)\b", re.I)
        source = next((s for s in sections if pattern.search(s.title)), sections[-1])
        pool = self.all_sentences(source) or [
            t for sub in source.subsections for t in self.all_sentences(sub)]
        firsts = [t for t in pool if t[1] == 0]
        order = firsts + [t for t in pool if t not in firsts]
        picked = sorted(order[:3])
        out = []
        for _, _, s in picked:
            line = _clip(_shorten(s, period=True))
            if line and line not in out:
                out.append(line)
        if not out:
            for s in sections:
                t = self.takeaway(s)
                if t:
                    out.append(t)
                if len(out) >= 3:
                    break
        return out or ["(Write the bottom line here.)"]

    # -- YAML --

    def emit(self, title, subtitle, headline, intro, key_judgments, sections) -> str:
        q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731 - a YAML double-quoted scalar
        out = ["# yaml-language-server: $schema=./outline.schema.json",
               f"# Imported from {self.source_name} by the article importer: a starting point "
               "to edit, not a finished briefing.",
               "# Check every section, bullet, quote and speaker against the source.",
               f"title: {q(title)}"]
        if subtitle:
            out.append(f"subtitle: {q(subtitle)}")
        intro_text = self.prose(intro.paragraphs, "the introduction")
        if intro_text:
            out += ["introduction: |-", *self.block(intro_text, 2)]
        out.append("key_judgments:")
        out += [f"  - {q(k)}" for k in key_judgments]
        out.append("sections:")
        for s in sections:
            out += self.section(s, 2, q, top=True)
            out.append("")
        note = _clip(f"The article this outline was imported from ({self.source_name}).")
        out += ["sources:", f"  - title: {q(_clip(headline))}", f"    note: {q(note)}"]
        return "\n".join(out) + "\n"

    def prose(self, paragraphs: list[str], what: str) -> str:
        kept, total = [], 0
        for p in paragraphs:
            if total + len(p) + 2 > MAX_TEXT:
                if not kept:
                    kept.append(_clip(p, MAX_TEXT))
                self.dropped.append(f"text of {what} cut to {MAX_TEXT:,} characters "
                                    f"({len(paragraphs) - len(kept)} paragraphs left out)")
                break
            kept.append(p)
            total += len(p) + 2
        return "\n\n".join(kept)

    @staticmethod
    def block(text: str, indent: int) -> list[str]:
        pad = " " * indent
        return [f"{pad}{line}" if line else "" for line in text.split("\n")]

    def section(self, s: _Section, indent: int, q, top: bool) -> list[str]:
        pad = " " * indent
        out = [f"{pad}- title: {q(s.title)}"]
        inner = pad + "  "
        takeaway = self.takeaway(s)
        bullets = self.bullets(s, takeaway)
        summary = self.prose(s.paragraphs, f"'{_clip(s.title, 60)}'")
        if takeaway:
            out.append(f"{inner}takeaway: {q(takeaway)}")
        if bullets:
            out.append(f"{inner}bullets:")
            out += [f"{inner}  - {q(b)}" for b in bullets]
        if summary:
            out += [f"{inner}summary: |-", *self.block(summary, indent + 4)]
        if s.quotes:
            quotes = s.quotes
            extra = max(0, len(quotes) - MAX_QUOTES) + s.extra_quotes
            if extra:
                self.dropped.append(f"{extra} quotes in '{_clip(s.title, 60)}' "
                                    f"beyond the first {MAX_QUOTES}")
                quotes = quotes[:MAX_QUOTES]
            out.append(f"{inner}quotes:")
            for quote in quotes:
                out.append(f"{inner}  - text: {q(quote.text)}")
                out.append(f"{inner}    by: {q(quote.by)}")
                if quote.role:
                    out.append(f"{inner}    role: {q(quote.role)}")
                if quote.via:
                    out.append(f"{inner}    via: {q(quote.via)}")
        if top and s.subsections:
            out.append(f"{inner}subsections:")
            for sub in s.subsections:
                out += self.section(sub, indent + 4, q, top=False)
        return out


def import_article(text: str, source_name: str) -> ImportResult:
    """A starting outline (YAML text) made from an article's text, and what was left out.

    Raises ValueError when the article has no text to make an outline from.
    """
    return _Importer(text, source_name).build()
