"""Draft extraction from an article: quotations with speakers, judgements, names and dates.

Rules only, pure Python: see ``text`` (paragraphs, quotation marks), ``quotes`` (who said
it), ``names`` (people and bodies, linked to the registry), ``judgements`` and ``dates``.
The result is a plain dict (JSON-ready) for people to review; nothing here writes files.

>>> draft = extract('Cllr Jane Roe, cabinet member for children, said: "We will improve."')
>>> q = draft["quotations"][0]
>>> q["text"], q["speaker"], q["speaker_role"], q["cue"]
('We will improve.', 'Jane Roe', 'cabinet member for children', 'said')
"""

from __future__ import annotations

import re

from graph.extract.dates import find_dates, masthead_date
from graph.extract.judgements import find_judgements, first_stated
from graph.extract.names import COMPANY_FOR, EntityIndex, fold, slug
from graph.extract.quotes import (
    ENGLISH_COUNCIL,
    EXAMPLE_WORDS,
    INNER_QUOTE,
    NOT_A_COUNCIL,
    SHORT_PLACES,
    UNION,
    Document,
    council_core,
    council_of_place,
    short_places,
    trust_place,
)
from graph.extract.tables import find_tables

__all__ = ["Document", "EntityIndex", "extract"]


def extract(text: str, entities=None, published: str | None = None) -> dict:
    """The draft for ``text``: ``quotations``, ``judgements``, ``people``, ``bodies``, ``dates``.

    ``entities``: the project's registry (``graph.model.Entities``) to link names to; ``published``:
    the article's date (``YYYY[-MM[-DD]]``), to resolve dates written without a year.
    """
    index = entities if isinstance(entities, EntityIndex) else EntityIndex(entities)
    published = published or masthead_date(text)  # "Winter 2023" atop a magazine's page
    doc = Document(text, index)
    return {
        "quotations": [_quotation(q) for q in doc.quotations],
        "judgements": _judgements(doc, published),
        "people": _people(doc),
        "bodies": _bodies(doc),
        "dates": [
            {
                "text": d.text,
                "start": d.start,
                "end": d.end,
                "value": d.value,
                "basis": d.basis,
                "qualifier": d.qualifier,
                "note": d.note,
            }
            for d in find_dates(text, published)
        ],
    }


_ASIDE = re.compile(r",\s+(?:where|which|whose|who|when)\b[^,;.]*,")
_DASH_ASIDE = re.compile(
    r"\s[-\u2013\u2014]\s[^-\u2013\u2014.;\n]{3,160}?\s[-\u2013\u2014]\s|\([^()\n]{3,160}\)|"
    r",\s+(?:where|which|whose|who|when|created|formed|set\s+up)\b[^,;.]*,"
)


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts (in its paragraph)."""
    return max(text.rfind(". ", 0, max(0, start - 2)) + 2, text.rfind("\n", 0, start - 1) + 1)


def _quotation(q) -> dict:
    speaker = q.speaker
    role = q.speaker_role
    if (
        speaker is not None
        and speaker.kind == "anon"
        # ("Ms K", "Mr T": a party the text names by a letter throughout, named so)
        and not re.fullmatch(r"(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+[A-Z]", speaker.name)
    ):
        # Someone the text does not name ("one young person"): no speaker, the words as role.
        speaker, role = None, role or speaker.name
    elif speaker is not None and role == speaker.name:
        role = None  # ("Ms K": her label, not a role)
    role = " ".join(role.split()) if role else role  # (a role over a wrapped line's break)
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "speaker": speaker.name if speaker else None,
        "speaker_id": speaker.id if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "speaker_role": role,
        "cue": q.cue,
        "attribution": q.how,
        "continues": q.continues,
        "headline": q.headline,
        "evidence_start": q.evidence[0],
        "evidence_end": q.evidence[1],
    }


def _judgements(doc: Document, published: str | None) -> list[dict]:
    spans = [s for para in doc.sentences for s in para]
    # Grades in people's own words are opinions, not judgements; the report's words count.
    skip = [
        (q.start, q.end)
        for q in doc.quotations
        if q.speaker is not None
        and q.speaker.kind in ("person", "anon")
        and len(q.text.split()) > 4
    ]
    # (nor are grades in words given as an example: 'Do not say "rated good across the board"')
    skip += [
        (r.start, r.end)
        for r in doc.raw_quotes
        if EXAMPLE_WORDS.search(doc.text, max(0, r.open_start - 80), r.open_start)
    ]
    salient = doc.salient_council()
    trust = doc.salient_trust()
    place_council = doc.place_council()
    council = salient or trust or place_council
    trust_named = (
        len(re.findall(rf"\b(?:the\s+trust|{re.escape(trust.name)})\b", doc.text, re.I))
        if trust is not None
        else 0
    )
    if (
        council is not None
        and trust is not None
        and council.name != trust.name
        and len(re.findall(re.escape(council.name), doc.text, re.I)) <= 1
        and trust_named > 2
    ):
        # a feature about a children's trust that names the council it took over from once
        council = trust
    if (
        council is not None
        and trust is not None
        and council.name == trust.name
        and place_council is not None
        and len(re.findall(r"\bthe\s+council\b", doc.text, re.I)) > trust_named
    ):
        # services "taken back in-house" from a trust the text names: the council of the
        # place, which "the council" says more often than "the trust"
        council = place_council
    # the council "the council's services" means: the salient one, else the text's (not a trust)
    own_council = salient or (
        council if council is not None and (trust is None or council.name != trust.name) else None
    )
    places = doc.council_places()
    several = len(doc.english_councils()) > 1
    # A quotation inside someone's words ('People say, "But they were rated good,"') is a
    # third party's claim, never a judgement: its words are blanked for the reading.
    flat = list(doc.flat)
    for q in doc.quotations:
        if q.speaker is not None and q.speaker.kind in ("person", "anon"):
            for inner in INNER_QUOTE.finditer(doc.flat, q.start, q.end):
                flat[inner.start() : inner.end()] = " " * (inner.end() - inner.start())
    found = find_judgements("".join(flat), spans, published, skip)
    last = None  # the body of the grade before, and where its paragraph (its line) starts
    the_councils: set[int] = set()  # grades of "the council" of the text's children's trust
    for j in found:
        body, body_id = (council.name, council.id) if council else (None, None)
        paragraph = doc.text.rfind("\n", 0, j.start)
        if last and last[2] == paragraph:
            # "The trust was rated good. Inspectors judged the impact of leaders good": the
            # body of the grade before, in the same paragraph
            body, body_id = last[0], last[1]
        # The council or trust named in the sentence: the nearest before the grade, else
        # the first after it ("X's services were rated ..., while Y's were judged good").
        named_here = [
            (start, name, known)
            for start, _end, name, known in doc.bodies
            if j.start <= start < j.end
            and not NOT_A_COUNCIL.search(name)
            and (
                "Council" in name
                or "Borough of" in name
                or (known and known.body_kind == "council")
                or re.search(r"\bTrust$", name)  # a children's services trust
            )
        ]
        # (not one inside an aside set off by dashes, brackets or commas: "Cumberland Council
        # - created last year from part of the former Cumbria County Council - received")
        asides = [
            m.span()
            for m in _DASH_ASIDE.finditer(doc.text, j.start, j.grade_start)
            if any(not (m.start() <= b[0] < m.end()) for b in named_here)
        ]
        named_here = [b for b in named_here if not any(a <= b[0] < z for a, z in asides)]
        before = [b for b in named_here if b[0] < j.grade_start]
        named: list[tuple[int, str]] = []  # places of the text's councils, before the grade
        if named_here:
            _, name, known = before[-1] if before else named_here[0]
            body, body_id = (known.name, known.id) if known else (name, None)
        else:
            # "Inspectors rated Oldham good", "Tameside, which was rated inadequate in 2016":
            # the place of one of the text's councils, the nearest before the grade.
            lead = doc.text[j.start : j.grade_start]
            # (not a place inside a clause set off by commas: "Neighbouring Suffolk, where many
            # Norfolk adopters go for support, had its adoption service judged outstanding")
            lead = _ASIDE.sub(lambda m: " " * len(m.group()), lead)
            named = [
                (m.start(), place)
                for place in places
                for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", lead)
            ]
            english = list(ENGLISH_COUNCIL.finditer(lead))
            short = short_places(lead)
            if short and (not english or short[-1].start() > english[-1].start()):
                # "Richmond was rated good and Kingston requires improvement"
                english = [short[-1]]
            if named:
                place = places[max(named)[1]]
                body, body_id = place.name, place.id
            elif english:
                # "Hampshire's own services were rated outstanding": an English council's
                # place, named in the grade's sentence (in someone's words, too)
                said = english[-1].group(0)
                place = council_of_place(SHORT_PLACES.get(said, said))
                body, body_id = place.name, place.id
            elif several:
                # A round-up of councils by place ("WANDSWORTH", "Merton remains ..."): the
                # place named last before the grade in its paragraph or section heading.
                place = doc.english_place_before(j.grade_start)
                if place is not None:
                    known = places.get(place) or council_of_place(place)
                    body, body_id = known.name, known.id
                elif (
                    last is not None
                    and doc.text.count("\n", last[3], paragraph) <= 2
                    and not (trust is not None and body == trust.name)  # (the trust's text)
                ):
                    # none named since: the body of the grade before, in the paragraph
                    # before ("Norfolk County Council's services have been rated good ..."
                    # / "Inspectors found ...")
                    body, body_id = last[0], last[1]
        # "rated the council's services inadequate": the council, whatever else is named;
        # "the city's children's services": the council of the place
        lead = doc.text[max(j.start, j.grade_start - 60) : j.grade_start]
        own = own_council
        # (not the place just named: "When Ofsted inspected Peterborough in 2018 it judged
        # the council's children's services good", in a text mostly about Cambridgeshire)
        placed = several and bool(named)
        if (
            own is not None
            and not placed
            and re.search(r"\bthe\s+(?:council|authority)['\u2019]s\b[^.;]{0,40}$", lead)
        ):
            body, body_id = own.name, own.id
        elif (
            body is None or (council and body == council.name) or re.search(r"\bTrust$", body)
        ) and (
            the_place := re.search(
                r"\b(?i:the)\s+(city|county|borough|town)['\u2019]s\b[^.;]{0,40}$", lead
            )
        ):
            own = own or place_council
            if (
                several
                and last is not None
                and f"{the_place.group(1).title()} Council" in (last[0] or "")
            ):
                own = None  # in a text of two councils, the county of the grade before
                body, body_id = last[0], last[1]
            if own is not None:
                body, body_id = own.name, own.id
        # "The trust was rated good": the children's services trust the text names most
        if (
            trust is not None
            and not before
            and (
                re.search(
                    r"\bthe\s+trust\b(?!['\u2019])[^.;]{0,40}$",
                    doc.text[j.start : j.grade_start],
                    re.I,
                )
                # a summary's "Trust rated requires improvement (ILACS, 2022)", no article
                or re.match(
                    r"\s*Trust\s+(?:was\s+|is\s+|has\s+been\s+)?(?:rated|judged|graded)\b",
                    doc.text[j.start : j.grade_start],
                )
            )
        ):
            body, body_id = trust.name, trust.id
        if (
            trust is not None
            and not before
            and re.match(
                r"\s*It\b(?![^.;]*\b(?i:council|authority))", doc.text[j.start : j.grade_start]
            )
            and re.match(
                rf"\s*(?:The\s+trust|{re.escape(trust.name)})\b",
                doc.text[_sentence_before(doc.text, j.start) : j.start],
            )
        ):
            # "The trust was set up in 2018 after X Council's services were rated inadequate.
            # It was judged ...": the subject of the sentence before, the trust
            body, body_id = trust.name, trust.id
        # "the former county council's services were judged good in 2022, an improvement on
        # the requires improvement judgement of 2017": the one county council the text names
        kind = not before and re.search(
            r"\bthe\s+(?:former\s+|old\s+|new\s+)?(county|city|borough|district)\s+council\b",
            doc.text[j.start : j.grade_start],
            re.I,
        )
        if kind and (one := doc.council_of_kind(kind.group(1))) is not None:
            body, body_id = one.name, one.id
        elif (
            trust is not None
            and body == trust.name
            and not before
            and (place := trust_place(trust.name)) is not None
            and re.search(r"\bthe\s+council\b(?!['\u2019])[^.;]{0,40}$", lead, re.I)
        ):
            # "the council was rated good in 2015", in a text about its children's trust:
            # the council of the trust's place (its own grade, not the trust's again)
            one = council_of_place(place)
            body, body_id = one.name, one.id
            the_councils.add(id(j))
        j.body, j.body_id = body, body_id
        last = (body, body_id, paragraph, j.end)
    # Tables of grades: each row's body as the table names it, else the text's council; what
    # the words of a row said is left to the table's reading.
    tables = find_tables(doc.text, published)
    rows = {(t.start, t.end) for t in tables}
    found = [j for j in found if not any(a <= j.grade_start < b for a, b in rows)]
    for t in tables:
        t.body, t.body_id = _table_body(t.body, doc, places, council)
    found = sorted([*found, *tables], key=lambda j: j.grade_start)
    _one_name_per_council(found, council, doc.text)
    # A grade stated for a children's trust and again for its council ("Sandwell Children's
    # Trust ... Requires improvement 2022", "It was rated as requiring improvement last year"):
    # the trust's, once.
    # (a year left unsaid on one side is the other's: "rated good" / "judged good last month")
    # (a company's place is where the text says it runs the services: "Sunderland (Together
    # for Children)", "Together for Children, a company wholly owned by Sunderland City
    # Council")
    owned = {
        " ".join((m.group("co") or m.group("co2")).split()): council_core(
            m.group("council") or m.group("council2")
        )
        for m in _COMPANY_OF.finditer(doc.text)
    }

    def place_of(body: str) -> str | None:
        return trust_place(body) or owned.get(body)

    trusts: dict[tuple, set] = {}
    for j in found:
        if j.body and place_of(j.body):
            trusts.setdefault((place_of(j.body), j.area, j.grade), set()).add(j.year)
    found = [
        j
        for j in found
        if id(j) in the_councils
        or not (
            j.body
            and (years := trusts.get((council_core(j.body), j.area, j.grade))) is not None
            and (j.year in years or j.year is None or None in years)
        )
    ]
    return [
        {
            "body": j.body,
            "body_id": j.body_id,
            "area": j.area,
            "framework": j.framework,
            "grade": j.grade,
            "year": j.year,
            "evidence": doc.text[j.start : j.end].strip(),
            "start": j.start,
            "end": j.end,
        }
        for j in first_stated(found, lambda j: j.body)
    ]


def _table_body(
    cell: str | None, doc: Document, places: dict, council
) -> tuple[str | None, str | None]:
    """The body a table's row names ("Essex", "Slough Children First"), else the text's;
    ``places``: the text's councils by place (``Document.council_places``)."""
    if cell is None:
        return (council.name, council.id) if council else (None, None)
    # "Sunderland (Together for Children)": the body in brackets, else the place's council
    place, _, inner = cell.partition("(")
    for name in (inner.rstrip(") "), place.strip(), cell) if inner else (cell,):
        for _start, _end, body, known in doc.bodies:
            if fold(body) == fold(name):
                return (known.name, known.id) if known else (body, None)
        if ENGLISH_COUNCIL.fullmatch(name):
            # ("Telford and Wrekin" is the text's "Telford & Wrekin Council")
            found = (
                places.get(name)
                or next((v for k, v in places.items() if _and(k) == _and(name)), None)
                or council_of_place(name)
            )
            return found.name, found.id
    return cell, None


def _and(place: str) -> str:
    """A place's words with "&" read as "and"."""
    return re.sub(r"\s*&\s*", " and ", place)


def _one_name_per_council(found: list, salient, text: str) -> None:
    """One name for each council the judgements name ("London Borough of Sutton" and "Sutton
    Council" in one text are one body): a known entity's, else the text's most salient
    council's, else the name used first."""
    # (but where both "Somerset County Council" and "Somerset Council" are named, the county
    # council is the one the unitary council replaced: two bodies, as the text writes them)
    names = {j.body for j in found if j.body} | ({salient.name} if salient is not None else set())
    names = {n for n in names if n in text}
    county = {
        _council_core(n)
        for n in names
        if _COUNTY_COUNCIL.search(n)
        and any(
            _council_core(o) == _council_core(n) and not _COUNTY_COUNCIL.search(o) for o in names
        )
    }

    def key(name: str) -> str:
        core = _council_core(name)
        return core + " (county)" if core in county and _COUNTY_COUNCIL.search(name) else core

    chosen: dict[str, tuple[str, str | None]] = {}
    if salient is not None:
        chosen[key(salient.name)] = (salient.name, salient.id)
    for j in found:
        if j.body:
            core = key(j.body)
            if core not in chosen or (j.body_id and not chosen[core][1]):
                chosen[core] = (j.body, j.body_id)
    for j in found:
        if j.body and not j.body_id:
            j.body, j.body_id = chosen.get(key(j.body), (j.body, None))


_COUNTY_COUNCIL = re.compile(r"\bCounty\s+Council\b")
# A company and the council whose services it runs: "Sunderland (Together for Children)",
# "Together for Children, a company wholly owned by Sunderland City Council"
_COMPANY_OF = re.compile(
    rf"(?P<council>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\((?P<co>{COMPANY_FOR})\)"
    rf"|(?P<co2>{COMPANY_FOR}),\s+a\s+company\s+(?:wholly\s+)?owned\s+by\s+"
    r"(?P<council2>[A-Z][\w\s]{2,40}?Council)\b"
)


def _council_core(name: str) -> str:
    """A council's place words ("Sutton" for "London Borough of Sutton"); other names whole."""
    return council_core(name) or name


def _people(doc: Document) -> list[dict]:
    out = []
    seen = set()
    spoken = {q.speaker.name for q in doc.quotations if q.speaker and q.speaker.kind == "person"}
    for m in doc.mentions:
        record = doc._person_of.get(m.start)
        if record is None:
            continue
        titled = m.title is not None
        if not (record.known or titled or record.roles or record.name in spoken):
            continue
        key = record.known.id if record.known else fold(record.name)
        if key in seen:
            for item in out:
                if item["name"] == record.name:
                    form = " ".join(m.text.split())
                    if form not in item["names_seen"]:
                        item["names_seen"].append(form)
            continue
        seen.add(key)
        out.append(
            {
                "name": record.name,
                "id": record.known.id if record.known else slug(record.name),
                "known": record.known is not None,
                "roles": list(record.roles),
                "names_seen": [" ".join(m.text.split())],
                "start": m.start,
                "end": m.end,
            }
        )
    return out


def _bodies(doc: Document) -> list[dict]:
    out = []
    seen = set()
    for start, end, name, known in doc.bodies:
        key = known.id if known else fold(name)
        if key in seen:
            continue
        seen.add(key)
        kind = known.body_kind if known else _guess_kind(name)
        out.append(
            {
                "name": known.name if known else name,
                "id": known.id if known else slug(name),
                "known": known is not None and not known.builtin,
                "kind": kind,
                "start": start,
                "end": end,
            }
        )
    return out


def _guess_kind(name: str) -> str:
    if UNION.search(name):
        return "union"  # "UNISON Kelby branch"
    low = name.lower()
    for word, kind in (
        ("council", "council"),
        ("borough of", "council"),
        ("committee", "committee"),
        ("board", "board"),
        ("partnership", "partnership"),
        ("trust", "agency"),
        ("department", "government-department"),
        ("inspectorate", "inspectorate"),
        ("court", "court"),
    ):
        if word in low:
            return kind
    return "agency"
