"""Who said each quotation: attribution before, after, around, or in the paragraph before.

The order of the rules, for each quotation:

1. in its own sentence: ``X:`` just before it (headlines), or the nearest reporting verb with
   its subject (``X said:``, ``, said X.``, ``, X said.``, ``, he added.``, ``according to X``,
   ``X, cabinet member for ..., said``, ``Cllr X (Con, Ward), ..., said``);
2. earlier in its paragraph (council minutes: "Mr Nash reported that ... “stop the clock”");
3. a paragraph that opens a quotation without closing it continues into the next paragraph
   when that one opens with a quotation mark: same speaker;
4. a paragraph that is only a quotation: the speaker of the paragraph before (skipping
   one-line clutter such as "Hide Ad"), or the lead-in above a list ("Mr Nash noted:").

Speakers are resolved to full names: "Mr Nash", "he" and "the director" to the person named
earlier; "the report", "inspectors", "the council" and spokespeople to their body. Short
phrases in quotation marks count only when a reporting verb in their sentence or paragraph
gives them a speaker, and never when they are a grade or a title (scare quotes).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from graph.extract.names import (
    ROLE_KEYWORDS,
    EntityIndex,
    Known,
    Mention,
    find_mentions,
    fold,
)
from graph.extract.text import (
    BULLETS,
    QuoteSpan,
    find_quotes,
    mask_quotes,
    paragraphs,
    sentences,
)

__all__ = ["Document", "Quotation", "Speaker"]

CUES = (
    r"according\s+to|in\s+the\s+words\s+of|"
    r"raised\s+concerns?|expressed\s+concerns?|called\s+for|calls\s+for|pointed\s+out|"
    r"points\s+out|went\s+on\s+to\s+say|goes\s+on\s+to\s+say|"
    r"sa(?:id|ys|y|ying)|add(?:ed|s|ing)?|told|tells?|telling|explain(?:ed|s|ing)?|"
    r"comment(?:ed|s|ing)?|stat(?:ed|es|e|ing)|not(?:ed|es|e|ing)|warn(?:ed|s|ing)?|"
    r"insist(?:ed|s|ing)?|admit(?:ted|s)?|acknowledg(?:ed|es|ing)|argu(?:ed|es|ing)|"
    r"claim(?:ed|s|ing)?|conclud(?:ed|es|ing)|continu(?:ed|es)|declar(?:ed|es)|"
    r"emphasi[sz](?:ed|es|ing)|highlight(?:ed|s|ing)|remark(?:ed|s)|repl(?:ied|ies)|"
    r"respond(?:ed|s)|reveal(?:ed|s)|stress(?:ed|es)|wr(?:ote|ites|iting)|urg(?:ed|es)|"
    r"vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|confirm(?:ed|s)|announc(?:ed|es)|"
    r"observ(?:ed|es)|report(?:ed|s)|f(?:ound|inds)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|"
    r"prais(?:ed|es|ing)|call(?:ed|s)|describ(?:ed|es|ing)|characteri[sz](?:ed|es)|"
    r"label(?:l?ed|s)|suggest(?:ed|s)|recall(?:ed|s)|ask(?:ed|s)|question(?:ed|s)|"
    r"conced(?:ed|es)|agre(?:ed|es)|believ(?:ed|es)|fel[lt]|feels|recogni[sz](?:ed|es)|"
    r"accept(?:ed|s)|welcom(?:ed|es)|branded|judged|summed\s+up|put\s+it|reckon(?:ed|s)|"
    r"hailed|announc(?:ing)|condemn(?:ed|s)|blasted|slammed|hit\s+out|mused|quipped|"
    r"predict(?:ed|s)|recommend(?:ed|s)|demand(?:ed|s)|assured|reassured|accus(?:ed|es)"
)
CUE_RE = re.compile(rf"\b(?:{CUES})\b", re.I)
FILLER = set(
    [
        "also",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "would",
        "will",
        "to",
        "then",
        "later",
        "further",
        "previously",
        "today",
        "yesterday",
        "this",
        "last",
        "week",
        "month",
        "year",
        "in",
        "a",
        "an",
        "the",
        "statement",
        "letter",
        "response",
        "responding",
        "interview",
        "meeting",
        "who",
        "too",
        "subsequently",
        "once",
        "again",
        "had",
        "has",
        "since",
        "recently",
        "earlier",
        "simply",
        "just",
        "however",
    ]
)
GRADES = re.compile(
    r"^(?:(?:rated|judged|graded|an?|the)\s+)?(?:outstanding|good|inadequate|requires?\s+"
    r"improvement(?:\s+to\s+be\s+good)?|good\s+or\s+better|not\s+good\s+enough)[.!]?$",
    re.I,
)
SCARE_LEAD = re.compile(
    r"(?:so-called|known\s+as|dubbed|termed|nicknamed|entitled|titled)\s*$", re.I
)
SHORT_WORDS = 4
WINDOW = 400  # characters around a quotation searched for its attribution


@dataclass
class Speaker:
    """Who speaks: a person's full name or a body's name, its registry id when known."""

    name: str
    kind: str  # person, body
    id: str | None = None
    role: str | None = None
    gender: str | None = None


@dataclass
class Quotation:
    """One quotation (one paragraph's worth), its speaker and how it was attributed."""

    start: int
    end: int
    text: str
    speaker: Speaker | None
    speaker_role: str | None
    cue: str | None
    how: str
    paragraph: int
    continues: bool = False
    headline: bool = False
    evidence: tuple[int, int] | None = None


@dataclass
class _Person:
    name: str
    known: Known | None = None
    roles: list[str] = field(default_factory=list)
    gender: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class _Attribution:
    speaker: Speaker
    cue: str | None
    start: int
    end: int
    role: str | None
    loose: bool = False
    inverted: bool = False


class Document:
    """One text: its paragraphs, quotations, names, and the attributed quotations."""

    def __init__(self, text: str, index: EntityIndex | None = None):
        self.text = text
        self.index = index or EntityIndex()
        self.paras = paragraphs(text)
        raw = find_quotes(text, self.paras)
        self.raw_quotes = raw
        self.masked = mask_quotes(text, raw)
        self.known_hits = self.index.find(self.masked)
        self.sentences: list[list[tuple[int, int]]] = [
            sentences(self.masked, a, b) for a, b in self.paras
        ]
        self.mentions: list[Mention] = []
        for a, b in self.paras:
            self.mentions.extend(find_mentions(self.masked, a, b, self.index, self.known_hits))
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.people: dict[str, _Person] = {}
        self._person_of: dict[int, _Person] = {}
        self._collect_people()
        self.bodies = self._collect_bodies()
        self.spoken: list[tuple[int, Speaker]] = []
        self.quotations = self._attribute()

    # --- people and bodies -------------------------------------------------------------

    def _collect_people(self) -> None:
        persons = [m for m in self.mentions if m.kind == "person"]
        # Full names first, so "Mr Nash" can find "Richard Nash" wherever he is introduced.
        for m in sorted(persons, key=lambda m: (self._is_short(m), m.start)):
            record = self._person_record(m)
            if record is None:
                continue
            self._person_of[m.start] = record
            role = self._role_around(m)
            if role and role not in record.roles:
                record.roles.append(role)
            if m.gender and not record.gender:
                record.gender = m.gender

    def _is_short(self, m: Mention) -> bool:
        if m.known is not None:
            return False
        return len(self._bare(m).split()) < 2

    def _bare(self, m: Mention) -> str:
        text = m.text
        if m.title:
            text = text[len(m.title) :].lstrip(". ")
        return " ".join(text.split())

    def _person_record(self, m: Mention) -> _Person | None:
        if m.known is not None:
            key = "id:" + m.known.id
            if key not in self.people:
                self.people[key] = _Person(m.known.name, m.known)
            return self.people[key]
        bare = self._bare(m)
        if len(bare.split()) >= 2:
            key = fold(bare)
            if key not in self.people:
                known = self._known_person(bare)
                self.people[key] = _Person(known.name if known else bare, known)
            return self.people[key]
        # A title and a surname: the person of that surname named in full, else as written.
        for record in self.people.values():
            if fold(record.surname) == fold(bare):
                return record
        known = self._known_person(bare, surname=True)
        key = "id:" + known.id if known else fold(m.text)
        if key not in self.people:
            self.people[key] = _Person(known.name if known else " ".join(m.text.split()), known)
        return self.people[key]

    def _known_person(self, name: str, surname: bool = False) -> Known | None:
        for known in self.index.items:
            if known.kind != "person":
                continue
            for alias in known.names:
                if fold(alias) == fold(name) or (surname and fold(alias).split()[-1] == fold(name)):
                    return known
        return None

    def _role_around(self, m: Mention) -> str | None:
        """A role in apposition: "X, cabinet member for ...," / "X (Con, Ward), role," /
        "Director of ..., X" / "Director of children's services X"."""
        after = self.masked[m.end : m.end + 200]
        found = re.match(
            r"\s*(?:\([^)]{1,80}\))?\s*,\s*(?P<role>[^,.;:\n_\"\u201c\u201d]{3,150}?)\s*"
            r"(?:,|\.|;|\n|$|\s+(?:said|says|added|told|noted|explained|commented|stated))",
            after,
        )
        if found and _strong_role(found.group("role")):
            return found.group("role").strip()
        para_start = max(self._para_start(m.start), m.start - 200)
        before = self.masked[para_start : m.start]
        cut = max(before.rfind(c) for c in ".;:!?\n")
        segment = before[cut + 1 :]
        pieces = [p.strip() for p in segment.split(",")]
        candidate = pieces[-2] if len(pieces) >= 2 and pieces[-1] == "" else pieces[-1]
        candidate = re.sub(r"^(?:and|but|while|whilst)\s+", "", candidate, flags=re.I)
        if (
            candidate
            and _strong_role(candidate)
            and not CUE_RE.search(candidate)
            and len(candidate) <= 120
            and "_" not in candidate
        ):
            return candidate
        return None

    def _para_start(self, pos: int) -> int:
        for a, b in self.paras:
            if a <= pos <= b:
                return a
        return 0

    def _collect_bodies(self) -> list[tuple[int, int, str, Known | None]]:
        out = []
        for m in self.mentions:
            if m.kind == "body" and (m.known is not None or (m.text and not m.role)):
                out.append((m.start, m.end, m.known.name if m.known else m.text, m.known))
        return out

    def salient_council(self) -> Speaker | None:
        counts: dict[str, tuple[int, Known | None, str]] = {}
        for _, _, name, known in self.bodies:
            kind = known.body_kind if known else ("council" if "Council" in name else None)
            if kind != "council" and not re.search(r"Council|Borough of|City of", name):
                continue
            count, _, _ = counts.get(name, (0, known, name))
            counts[name] = (count + 1, known, name)
        if not counts:
            return None
        count, known, name = max(counts.values(), key=lambda c: c[0])
        return Speaker(name, "body", known.id if known else None)

    def _inspectorate(self) -> Speaker:
        known = next((k for k in self.index.items if k.id == "ofsted"), None)
        if known is None:
            known = next((k for k in self.index.items if k.body_kind == "inspectorate"), None)
        if known is None:
            return Speaker("Ofsted", "body", None)
        return Speaker(known.name, "body", known.id)

    # --- speaker resolution --------------------------------------------------------------

    def _resolve(self, m: Mention, pos: int) -> Speaker | None:
        if m.kind == "person":
            record = self._person_of.get(m.start)
            if record is None:
                return None
            return Speaker(
                record.name,
                "person",
                record.known.id if record.known else None,
                record.roles[0] if record.roles else None,
                record.gender,
            )
        if m.kind == "pronoun":
            return self._pronoun(m, pos)
        if m.kind == "role":
            return self._role_noun(m.text, pos)
        return self._body(m)

    def _body(self, m: Mention) -> Speaker | None:
        if m.known is not None:
            return Speaker(m.known.name, "body", m.known.id, m.role)
        role = m.role
        if m.title == "insp":
            speaker = self._inspectorate()
            return Speaker(speaker.name, "body", speaker.id, role)
        if m.title == "council":
            council = self.salient_council()
            if council is None:
                return None
            return Speaker(council.name, "body", council.id, role)
        if m.title == "report":
            owner = m.text.strip()
            if owner:
                resolved = self._name_to_body(owner)
                if resolved is not None:
                    return Speaker(resolved.name, "body", resolved.id, role)
            speaker = self._inspectorate()
            return Speaker(speaker.name, "body", speaker.id, role)
        if role and "spokes" in role.lower():
            name = m.text.strip()
            if not name or fold(name) in {"council", "the council", "county", "local"}:
                council = self.salient_council()
                if council is None:
                    return None
                return Speaker(council.name, "body", council.id, role)
            resolved = self._name_to_body(name)
            if resolved is not None:
                return Speaker(resolved.name, "body", resolved.id, role)
            return Speaker(name, "body", None, role)
        if m.text:
            return Speaker(m.text, "body", None, None)
        return None

    def _name_to_body(self, name: str) -> Speaker | None:
        low = fold(name)
        if re.search(r"inspector|watchdog|ofsted|regulator|inspectorate", low):
            return self._inspectorate()
        for _a, _b, known in self.index.find(name):
            if known.kind == "body":
                return Speaker(known.name, "body", known.id)
        if low in {"the council", "council", "the authority", "the local authority"}:
            return self.salient_council()
        if name[:1].isupper() and len(name.split()) >= 2:
            return Speaker(name.removeprefix("the ").removeprefix("The "), "body", None)
        return None

    def _pronoun(self, m: Mention, pos: int) -> Speaker | None:
        word = m.text
        if word in ("he", "she"):
            want = "m" if word == "he" else "f"
            # The latest person named or quoted before, of that gender where it is known.
            candidates: list[tuple[int, Speaker]] = [
                (at, s) for at, s in self.spoken if s.kind == "person" and at < pos
            ]
            for mention in self.mentions:
                if mention.kind == "person" and mention.start < pos:
                    found = self._resolve(mention, mention.start)
                    if found is not None:
                        candidates.append((mention.start, found))
            for _, speaker in sorted(candidates, key=lambda c: -c[0]):
                if speaker.gender in (None, want):
                    return speaker
            return None
        # "it"/"they": the nearest body named just before, else the last body that spoke.
        para = self._para_start(pos)
        for mention in reversed([x for x in self.mentions if para <= x.start < pos]):
            if mention.kind == "body" and pos - mention.end < 200:
                found = self._body(mention)
                if found is not None:
                    return found
        if word == "it":
            for _, speaker in reversed(self.spoken):
                if speaker.kind == "body":
                    return speaker
            return None
        if self.spoken:  # they
            return self.spoken[-1][1]
        return None

    def _role_noun(self, noun: str, pos: int) -> Speaker | None:
        if noun in {"spokesman", "spokeswoman"}:
            return None
        for _, speaker in reversed(self.spoken):
            if speaker.kind == "person" and speaker.role and noun in speaker.role.lower():
                return speaker
        best = None
        for key, record in self.people.items():
            if any(noun in r.lower() for r in record.roles):
                best = record
                if key in self._recent_keys(pos):
                    break
        if best is not None:
            return Speaker(
                best.name, "person", best.known.id if best.known else None, best.roles[0]
            )
        return None

    def _recent_keys(self, pos: int) -> list[str]:
        keys = []
        for m in self.mentions:
            if m.start < pos and m.start in self._person_of:
                record = self._person_of[m.start]
                keys += [k for k, v in self.people.items() if v is record]
        return keys[-3:]

    # --- attribution ---------------------------------------------------------------------

    def _mentions_in(self, a: int, b: int) -> list[Mention]:
        lo = bisect_left(self._starts, a)
        hi = bisect_left(self._starts, b)
        return [m for m in self.mentions[lo:hi] if m.end <= b]

    def _cue_attributions(self, a: int, b: int) -> list[_Attribution]:
        """Every reporting verb in ``[a, b)`` with the speaker it belongs to."""
        out = []
        for cue in CUE_RE.finditer(self.masked, a, b):
            # Passive: "it is recognised that", "was found to be" report no speaker.
            if re.search(
                r"\b(?:is|was|are|were|been|be|being)\s+(?:\w+ly\s+|also\s+|not\s+)?$",
                self.masked[max(a, cue.start() - 24) : cue.start()],
                re.I,
            ):
                continue
            found = self._subject_of(cue, a, b)
            if found is not None:
                out.append(found)
        return out

    def _subject_of(self, cue: re.Match, a: int, b: int) -> _Attribution | None:
        cue_text = " ".join(cue.group(0).split())
        inverted = cue_text.lower().startswith(("according", "in the words"))
        if not inverted:
            # "X said", "X, role, said", "Cllr X (Con, Ward), role, said"
            before = self._mentions_in(a, cue.start())
            for m in reversed(before):
                between = self.masked[m.end : cue.start()]
                role = _apposition(between)
                # "The council's chief executive, Tom Hughes, said": the name in apposition
                lead = self.masked[a : m.start].rstrip()
                appositive = between.strip() == "," and lead.endswith(",")
                if role is None and not _is_filler(between) and not appositive:
                    continue
                speaker = self._resolve(m, m.start)
                if speaker is None:
                    break
                return _Attribution(speaker, cue_text, m.start, cue.end(), role or None)
        # "said X", "according to X", "says Ofsted report"
        for m in self._mentions_in(cue.end(), b):
            between = self.masked[cue.end() : m.start]
            if not re.fullmatch(r"\s*(?:by\s+)?", between, re.I):
                break
            after = self.masked[m.end : b]
            # "said the report was fair" is not "said the report."
            if not inverted and after.strip() and not re.match(r"\s*[,.;:!?()\n]", after):
                break
            speaker = self._resolve(m, m.start)
            if speaker is None:
                break
            role = None
            found = re.match(r"\s*(?:\([^)]{1,80}\))?\s*,\s*(?P<role>[^,.;_\n]{3,150})", after)
            if found and _strong_role(found.group("role")):
                role = found.group("role").strip()
            return _Attribution(speaker, cue_text, cue.start(), m.end, role, inverted=True)
        # The subject of the sentence, with other words before the verb:
        # "Despite this, the report also raised strengths, and said that ..."
        for m in [] if inverted else self._mentions_in(a, cue.start()):
            intro = self.masked[a : m.start].strip()
            if m.kind in ("person", "body", "pronoun") and (not intro or intro[-1] in ",:"):
                if m.kind == "pronoun" and m.text == "it" and intro:
                    continue
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    return _Attribution(speaker, cue_text, m.start, cue.end(), None, loose=True)
                break
        return None

    def _colon_speaker(self, q: QuoteSpan, sent_start: int) -> _Attribution | None:
        lead = self.masked[sent_start : q.open_start]
        if not re.search(r":\s*$", lead):
            return None
        colon = sent_start + lead.rstrip().rfind(":")
        for m in reversed(self._mentions_in(sent_start, colon)):
            if self.masked[m.end : colon].strip():
                break
            speaker = self._resolve(m, m.start)
            if speaker is not None:
                return _Attribution(speaker, None, m.start, colon + 1, None)
        return None

    def _sentence_of(self, q: QuoteSpan, pos: int) -> tuple[int, int]:
        for a, b in self.sentences[q.paragraph]:
            if a <= pos < b:
                return a, b
        para = self.paras[q.paragraph]
        return para

    def _in_sentence(self, q: QuoteSpan, others: list[QuoteSpan]) -> _Attribution | None:
        s_start, _ = self._sentence_of(q, q.open_start)
        _, s_end = self._sentence_of(q, max(q.open_start, q.close_end - 1))
        # Attributions sit near their quotation: a window keeps long runs of text linear.
        s_start = max(s_start, q.open_start - WINDOW)
        s_end = min(s_end, q.close_end + WINDOW)
        opens = [o.open_start for o in others]
        others = others[bisect_left(opens, s_start) : bisect_left(opens, s_end)]
        colon = self._colon_speaker(q, s_start)
        if colon is not None:
            return colon
        best: tuple[int, _Attribution] | None = None
        for found in self._cue_attributions(s_start, s_end):
            if found.start >= q.open_start and found.end <= q.close_end:
                continue
            if found.end <= q.open_start:
                distance = len(self.masked[found.end : q.open_start].strip())
                # A quotation between the attribution and this one: it is theirs first.
                if any(found.end <= o.open_start < q.open_start for o in others):
                    distance += 1000
            else:
                between = self.masked[q.close_end : found.start]
                distance = len(between.strip()) + 1
                if any(q.close_end <= o.open_start < found.start for o in others):
                    distance += 1000
                # After the quotation only ", said X" / ", X said" / "- he added", or a
                # headline's closing ", says X".
                if re.search(r"\w", between) and not (
                    found.inverted and between.rstrip().endswith(",")
                ):
                    continue
            if found.loose:
                distance += 50
            if best is None or distance < best[0]:
                best = (distance, found)
        return best[1] if best else None

    def _earlier_in_paragraph(self, q: QuoteSpan) -> _Attribution | None:
        s_start, _ = self._sentence_of(q, q.open_start)
        para_start = max(self.paras[q.paragraph][0], s_start - 4 * WINDOW)
        found = self._cue_attributions(para_start, s_start)
        return found[-1] if found else None

    def _paragraph_before(self, index: int) -> tuple[_Attribution | None, int]:
        """The last attribution of the paragraph before (clutter lines skipped)."""
        j = index - 1
        while j >= 0 and _clutter(self.text, *self.paras[j]):
            j -= 1
        if j < 0:
            return None, j
        done = [x for x in self._done if x.paragraph == j]
        if done and done[-1].speaker is not None:
            last = done[-1]
            return _Attribution(last.speaker, last.cue, 0, 0, last.speaker_role), j
        a, b = self.paras[j]
        found = self._cue_attributions(max(a, b - 4 * WINDOW), b)
        return (found[-1] if found else None), j

    def _lead_in(self, index: int) -> _Attribution | None:
        """Above a list of points: "Mr Nash reported that:" / "Mr Nash noted the following:"."""
        j = index - 1
        while j >= 0 and (
            _is_bullet(self.text, self.paras[j][0]) or _clutter(self.text, *self.paras[j])
        ):
            j -= 1
        if j < 0:
            return None
        a, b = self.paras[j]
        if not self.text[a:b].rstrip().endswith(":"):
            return None
        found = self._cue_attributions(max(a, b - 4 * WINDOW), b)
        return found[-1] if found else None

    def _attribute(self) -> list[Quotation]:
        self._done: list[Quotation] = []
        by_para: dict[int, list[QuoteSpan]] = {}
        for q in self.raw_quotes:
            by_para.setdefault(q.paragraph, []).append(q)
        previous_open: Quotation | None = None
        for index in range(len(self.paras)):
            quotes = by_para.get(index, [])
            p_start, p_end = self.paras[index]
            if not quotes:
                if not _clutter(self.text, p_start, p_end):
                    previous_open = None
                continue
            for k, q in enumerate(quotes):
                words = self.text[q.start : q.end]
                short = len(words.split()) <= SHORT_WORDS
                lead = self.text[p_start : q.open_start]
                starts_para = not re.sub(rf"[\s{re.escape(BULLETS)}]", "", lead)
                attribution = self._in_sentence(q, quotes)
                how = "sentence"
                continues = False
                if attribution is None:
                    attribution = self._earlier_in_paragraph(q)
                    how = "paragraph"
                if k == 0 and starts_para and previous_open is not None:
                    continues = True
                    if attribution is None or how == "paragraph":
                        attribution = (
                            _Attribution(
                                previous_open.speaker,
                                previous_open.cue,
                                0,
                                0,
                                previous_open.speaker_role,
                            )
                            if previous_open.speaker
                            else None
                        )
                        how = "continuation"
                if attribution is None and _is_bullet(self.text, p_start):
                    attribution = self._lead_in(index)
                    how = "lead-in"
                if attribution is None and k == 0 and starts_para and not short:
                    attribution, _ = self._paragraph_before(index)
                    how = "paragraph-before"
                if short and not continues:
                    if _scare(words, lead) or how not in ("sentence", "paragraph", "lead-in"):
                        continue
                    if attribution is None:
                        continue
                if _title_like(words) and attribution is None:
                    continue
                speaker = attribution.speaker if attribution else None
                role = None
                if attribution is not None:
                    role = attribution.role or speaker.role
                quotation = Quotation(
                    q.start,
                    q.end,
                    words,
                    speaker,
                    role,
                    attribution.cue if attribution else None,
                    how if attribution else "none",
                    index,
                    continues,
                    headline=index == 0
                    and len(self.paras) > 1
                    and self.text[p_start:p_end].rstrip("\"'\u201d\u2019 ")[-1:] not in ".!?:",
                    evidence=_evidence(q, attribution),
                )
                self._done.append(quotation)
                if speaker is not None:
                    self.spoken.append((q.start, speaker))
            last = quotes[-1]
            closes = last.closed
            previous_open = (
                None
                if closes
                else (self._done[-1] if self._done and self._done[-1].start == last.start else None)
            )
        return self._done


def _evidence(q: QuoteSpan, attribution: _Attribution | None) -> tuple[int, int]:
    if attribution is None or attribution.end == 0:
        return q.start, q.end
    start = min(q.start, attribution.start)
    end = max(q.end, attribution.end)
    if end - start > 1500:
        return q.start, q.end
    return start, end


def _is_filler(between: str) -> bool:
    words = re.findall(r"[\w'\u2019]+|[^\w\s]", between)
    return all(w.lower() in FILLER or (w.endswith("ly") and w.islower()) for w in words)


def _apposition(between: str) -> str | None:
    """The role in ``X, ROLE, said`` / ``X (Con, Ward), ROLE, said`` / ``X (Con) said``."""
    found = re.fullmatch(
        r"\s*(?:\((?P<tag>[^)]{1,80})\))?\s*(?:,(?P<role>[^,_]{2,150}?),)?(?P<rest>[\s\w']*)",
        between,
    )
    if not found or not _is_filler(found.group("rest")):
        return None
    role = (found.group("role") or "").strip()
    if role and (CUE_RE.search(role) and not _strong_role(role)):
        return None
    if not role and not found.group("tag"):
        return None
    return role


_STRONG = re.compile(
    r"\b(?:member|director|leader|chief|executive|head|chair(?:man|woman|person)?|councillor|"
    r"officer|commissioner|minister|secretary|manager|inspector|mayor|holder|deputy|lead|"
    r"president|principal|boss|spokes(?:person|man|woman)|ceo|mp|dcs|governor|"
    r"representative|trustee|campaigner|expert|professor|founder|solicitor|adviser|advisor)\b",
    re.I,
)


def _strong_role(text: str) -> bool:
    return bool(_STRONG.search(text)) and bool(ROLE_KEYWORDS.search(text)) and len(text) <= 150


def _scare(words: str, lead: str) -> bool:
    if GRADES.match(words.strip()):
        return True
    if SCARE_LEAD.search(lead):
        return True
    return _title_like(words)


def _title_like(words: str) -> bool:
    tokens = [t for t in re.findall(r"[A-Za-z][\w'\u2019-]*", words)]
    if len(tokens) < 2 or re.search(r"[.!?]$", words.strip()):
        return False
    small = {"a", "an", "the", "of", "and", "for", "to", "in", "on", "at", "with", "by"}
    big = [t for t in tokens if t.lower() not in small]
    return bool(big) and all(t[0].isupper() for t in big)


def _clutter(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return len(line.split()) <= 3 and not re.search(r"[.!?:\"\u201c\u201d\u2018\u2019]", line)


def _is_bullet(text: str, start: int) -> bool:
    return text[start] in BULLETS or bool(
        re.match(r"\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s", text[start : start + 5])
    )
