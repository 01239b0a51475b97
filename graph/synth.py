"""A synthetic corpus in the project's own formats, deterministic by seed, for scale tests.

It simulates English councils over 2012-2025 (posts and their successive holders, inspections
under the single inspection framework and ILACS, monitoring and focused visits, government
commissioners) and writes the documents that would report them: Ofsted reports and letters,
council press releases and committee minutes, local and trade news articles, and government
press releases. Each document is generated prose; every fact written to ``data/facts/`` is
evidenced by a span of that prose, so the whole pipeline (loader, evidence checks, build,
SHACL) runs on it unchanged.

Grades, judgement areas and themes are read from the ontology's SKOS schemes. People,
publishers, quotations, grades and findings are invented; the council names are real.

>>> write_corpus(Path("out/synth"), councils=3, seed=1)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from graph.model import FACT_GROUPS
from graph.namespace import KG
from graph.synth_words import (
    BENEFITS,
    CONSEQUENCES,
    COUNCILS,
    FIRST_NAMES,
    MONTHS,
    NEWSPAPER_TITLES,
    PREDECESSORS,
    SURNAME_HEADS,
    SURNAME_TAILS,
    TEAMS,
    THEME_PHRASES,
    TRADE_PUBLISHERS,
)

__all__ = ["SIZES", "Vocabulary", "generate", "read_vocabulary", "write_corpus"]

ROOT = Path(__file__).resolve().parents[1]
# --size presets: (councils, detail). Tuned so `kg build` gives about that many triples.
SIZES = {"10k": (2, 0.25), "100k": (16, 0.4), "1m": (153, 0.4)}
START, END = date(2012, 1, 1), date(2025, 6, 30)
ILACS_FROM = date(2018, 1, 1)
KING_FROM = date(2022, 9, 8)  # "Her Majesty's Inspector" before, "His Majesty's" after


# --- the ontology's schemes ----------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    id: str
    label: str


@dataclass
class Vocabulary:
    """Grades (best first), the judgement areas of each framework, and the finding themes."""

    grades: list[Concept]
    sif_areas: list[Concept]  # the overall judgement first
    ilacs_areas: list[Concept]  # the overall judgement first
    themes: list[Concept]

    def grade(self, rank: int) -> Concept:
        return self.grades[max(0, min(rank, len(self.grades) - 1))]


def _local(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def read_vocabulary(ontology: Path) -> Vocabulary:
    """Read grades, SIF and ILACS areas and themes from ``ontology/*.ttl``."""
    graph = Graph()
    for path in sorted(Path(ontology).glob("*.ttl")):
        graph.parse(path, format="turtle")

    def label(node) -> str:
        return str(graph.value(node, SKOS.prefLabel) or graph.value(node, RDFS.label))

    def in_scheme(scheme: URIRef) -> list[URIRef]:
        return sorted(graph.subjects(SKOS.inScheme, scheme), key=str)

    grades = sorted(in_scheme(KG.GradeScheme), key=lambda g: int(graph.value(g, KG.rank)))
    tops = set(graph.objects(KG.JudgementAreaScheme, SKOS.hasTopConcept))

    def areas(collection: URIRef) -> list[URIRef]:
        # The overall judgement (the scheme's top concept) first, then the rest by id.
        members = graph.objects(collection, SKOS.member)
        return sorted(members, key=lambda a: (a not in tops, str(a)))

    sif, ilacs = areas(KG.SifAreas), areas(KG.IlacsAreas)
    return Vocabulary(
        grades=[Concept(_local(g), label(g)) for g in grades],
        sif_areas=[Concept(_local(a), label(a)) for a in sif],
        ilacs_areas=[Concept(_local(a), label(a)) for a in ilacs],
        themes=[Concept(_local(t), label(t)) for t in in_scheme(KG.ThemeScheme)],
    )


# --- small helpers -------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_year(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def short_area(label: str) -> str:
    """``Adoption performance (SIF)`` -> ``Adoption performance``."""
    return re.sub(r"\s*\([^()]*\)$", "", label)


def add_days(day: date, days: int) -> date:
    return min(day + timedelta(days=days), END)


def quoted(words: str) -> str:
    return f"“{words}”"


# --- the simulated world -------------------------------------------------------------------


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Tenure:
    person: Person
    start: date
    end: date | None  # None: still in post at the end of the simulation


@dataclass
class Era:
    """A council body over the dates it existed (a predecessor, or the current council)."""

    id: str
    name: str
    start: date
    end: date  # exclusive
    posts: dict[str, str] = field(default_factory=dict)  # role -> post id
    units: dict[str, str] = field(default_factory=dict)  # unit key -> body id


ROLES = {
    # role: (post name, where: council|unit|committee, tenure years (min, max))
    "dcs": ("Director of Children's Services", "council", (1.5, 6.0)),
    "lead": ("Cabinet Member for Children's Services", "council", (1.0, 4.0)),
    "leader": ("Leader of the Council", "council", (2.0, 8.0)),
    "ceo": ("Chief Executive", "council", (3.0, 8.0)),
    "opposition": ("Opposition Spokesperson for Children's Services", "council", (1.5, 4.0)),
    "chair": ("Chair", "committee", (1.0, 4.0)),
}


@dataclass
class Council:
    short: str
    name: str
    slug: str
    eras: list[Era]
    paper: tuple[str, str]  # publisher id, name
    rng: random.Random
    tenures: dict[str, list[Tenure]] = field(default_factory=dict)
    chronic: list[str] = field(default_factory=list)  # theme ids that keep coming back
    councillors: list[Person] = field(default_factory=list)

    def era(self, day: date) -> Era:
        for era in self.eras:
            if era.start <= day < era.end:
                return era
        return self.eras[-1]

    def holder(self, role: str, day: date) -> Tenure:
        """Who held the post on ``day`` (between holders: the one who left last)."""
        latest = self.tenures[role][0]
        for tenure in self.tenures[role]:
            if tenure.start <= day:
                latest = tenure
        return latest


@dataclass
class Doc:
    """A source document being written: metadata, paragraphs, and the facts it evidences."""

    id: str
    title: str
    kind: str
    publisher: str | None
    published: date | None
    paras: list[str] = field(default_factory=list)
    facts: dict[str, list[dict]] = field(default_factory=dict)
    counter: int = 0

    def say(self, text: str) -> str:
        self.paras.append(text)
        return text

    def fact(self, group: str, item: dict) -> dict:
        self.facts.setdefault(group, []).append({k: v for k, v in item.items() if v is not None})
        return item

    def new_id(self, tag: str) -> str:
        self.counter += 1
        return f"{self.id}-{tag}{self.counter}"

    def text(self) -> str:
        return "\n\n".join([self.title, *self.paras]) + "\n"

    def dated(self) -> dict:
        """Date fields for a fact whose date is this document's publication date."""
        if self.published is None:
            return {}
        return {
            "date": self.published.isoformat(),
            "date_basis": "inferred",
            "date_note": "The document's publication date.",
        }


class World:
    """Everything generated: entities, documents; built council by council in date order."""

    def __init__(self, vocab: Vocabulary, councils: int, seed: int, detail: float):
        if not 1 <= councils <= len(COUNCILS):
            raise ValueError(f"councils must be between 1 and {len(COUNCILS)}")
        self.vocab = vocab
        self.seed = seed
        self.detail = detail
        self.rng = random.Random(f"synth/{seed}")
        self.people: dict[str, Person] = {}
        self.names: set[str] = set()
        self.bodies: list[dict] = []
        self.posts: list[dict] = []
        self.docs: list[Doc] = []
        self.doc_ids: set[str] = set()
        self.busy: dict[str, list[tuple[date, date, str]]] = {}
        self.former_dcs: list[Person] = []
        self.national()
        order = list(COUNCILS)
        self.rng.shuffle(order)
        # A reorganised council first, so even small corpora exercise successions.
        first = next(i for i, (short, _) in enumerate(order) if short in PREDECESSORS)
        order.insert(0, order.pop(first))
        self.councils = [self.council(short, kind) for short, kind in order[:councils]]
        for council in self.councils:
            self.history(council)

    # -- people and entities --------------------------------------------------------------

    def person(self, rng: random.Random, title: str | None = None) -> Person:
        while True:
            first = rng.choice(FIRST_NAMES)
            surname = rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_TAILS)
            name = f"{first} {surname}"
            if name not in self.names:
                break
        self.names.add(name)
        ident = slug(name)
        aliases = [f"{title} {surname}"] if title else []
        person = Person(ident, name, aliases)
        self.people[ident] = person
        return person

    def body(self, ident: str, name: str, kind: str, **extra) -> str:
        self.bodies.append({"id": ident, "name": name, "kind": kind, **extra})
        return ident

    def post(self, ident: str, name: str, body: str) -> str:
        self.posts.append({"id": ident, "name": name, "body": body})
        return ident

    def tenures(
        self, rng: random.Random, years: tuple[float, float], make, start: date = START
    ) -> list[Tenure]:
        """Successive holders from ``start`` (someone already in post) to the end."""
        out: list[Tenure] = []
        day = start - timedelta(days=rng.randrange(0, 900))
        while day < END:
            length = int(365 * rng.uniform(*years))
            end = day + timedelta(days=length)
            out.append(Tenure(make(day, end), day, end if end < END else None))
            day = end + timedelta(days=rng.randrange(0, 90))
        return out

    def national(self) -> None:
        rng = self.rng
        self.ofsted = self.body("ofsted", "Ofsted", "inspectorate", aliases=["the inspectorate"])
        self.dfe = self.body(
            "department-for-education", "Department for Education", "government-department"
        )
        for ident, name in TRADE_PUBLISHERS:
            self.body(ident, name, "publisher", public=False)
        self.hmci = self.post("ofsted-chief-inspector", "His Majesty's Chief Inspector", "ofsted")
        self.national_director = self.post(
            "ofsted-national-director-social-care", "National Director for Social Care", "ofsted"
        )
        self.hmi = self.post("ofsted-hmi", "His Majesty's Inspector", "ofsted")
        self.posts[-1]["aliases"] = ["Her Majesty's Inspector"]
        self.minister = self.post(
            "dfe-minister-children-families", "Minister for Children and Families", self.dfe
        )
        self.commissioner = self.post(
            "dfe-childrens-services-commissioner", "Children's Services Commissioner", self.dfe
        )

        def who(_s, _e, title=None):
            return self.person(rng, title)

        self.national_tenures = {
            "hmci": self.tenures(rng, (3.0, 5.5), who),
            "director": self.tenures(rng, (2.5, 5.0), who),
            "minister": self.tenures(rng, (0.7, 2.5), lambda s, e: self.person(rng, "Minister")),
        }
        self.inspectors = [self.person(rng) for _ in range(12 + int(30 * self.detail))]
        self.commissioners = [self.person(rng) for _ in range(4 + int(6 * self.detail))]

    def national_holder(self, role: str, day: date) -> Person:
        for tenure in self.national_tenures[role]:
            if tenure.start <= day and (tenure.end is None or day < tenure.end):
                return tenure.person
        return self.national_tenures[role][-1].person

    def council(self, short: str, kind: str) -> Council:
        rng = random.Random(f"synth/{self.seed}/{short}")
        name = f"{short} County Council" if kind == "county" else f"{short} Council"
        if short == "City of London":
            name = "City of London Corporation"
        ident = slug(name)
        eras = []
        if short in PREDECESSORS:
            old_name, until = PREDECESSORS[short]
            until_day = date.fromisoformat(until)
            eras.append(Era(slug(old_name), old_name, START, until_day))
            eras.append(Era(ident, name, until_day, date(2100, 1, 1)))
        else:
            eras.append(Era(ident, name, START, date(2100, 1, 1)))
        note = "Synthetic corpus: everything said here about this council is invented."
        for index, era in enumerate(eras):
            extra: dict = {"note": note}
            if index + 1 < len(eras):
                extra["succeeded_by"] = eras[index + 1].id
                extra["succession_date"] = eras[index + 1].start.isoformat()
            self.body(era.id, era.name, "council", **extra)
            unit = self.body(
                f"{era.id}-childrens-services",
                f"{era.name} children's services",
                "unit",
                part_of=era.id,
                aliases=[f"{short} children's services"],
            )
            committee = self.body(
                f"{era.id}-childrens-scrutiny",
                f"Children's Services Scrutiny Committee, {era.name}",
                "committee",
                part_of=era.id,
            )
            era.units = {"services": unit, "committee": committee}
            if index:
                prev = eras[index - 1]
                for key, body_id in prev.units.items():
                    for item in self.bodies:
                        if item["id"] == body_id:
                            item["succeeded_by"] = era.units[key]
                            item["succession_date"] = era.start.isoformat()
            for role, (post_name, where, _) in ROLES.items():
                if where == "committee":
                    body_id = committee
                    post_name = "Chair of the Children's Services Scrutiny Committee"
                else:
                    body_id = era.id
                era.posts[role] = self.post(f"{era.id}-{slug(role)}", post_name, body_id)
        paper_name = f"{short} {rng.choice(NEWSPAPER_TITLES)}"
        paper = self.body(slug(paper_name), paper_name, "publisher", public=False)
        council = Council(short, name, ident, eras, (paper, paper_name), rng)
        themes = [t.id for t in self.vocab.themes]
        council.chronic = rng.sample(themes, 4)
        for role, (_, _, years) in ROLES.items():
            title = "Cllr" if role in {"lead", "leader", "opposition", "chair"} else None
            council.tenures[role] = self.tenures(
                rng, years, lambda s, e, r=role, t=title: self.holder_for(rng, r, s, e, t, short)
            )
        council.councillors = [self.person(rng, "Cllr") for _ in range(4)]
        return council

    def holder_for(self, rng: random.Random, role: str, start: date, end: date, title, short):
        """A new person, or for directors sometimes one who led another council before."""
        if role == "dcs":
            free = [
                p
                for p in self.former_dcs
                if all(
                    e <= start - timedelta(days=60) and where != short
                    for _, e, where in self.busy.get(p.id, [])
                )
            ]
            if free and rng.random() < 0.3:
                person = rng.choice(free)
            else:
                person = self.person(rng, title)
                self.former_dcs.append(person)
            self.busy.setdefault(person.id, []).append((start, end, short))
            return person
        return self.person(rng, title)

    # -- a council's history ----------------------------------------------------------------

    def history(self, council: Council) -> None:
        rng = council.rng
        grades = self.vocab.grades
        # The single inspection framework, once, 2014-2017.
        day = date(2014, 1, 6) + timedelta(days=rng.randrange(0, 365 * 4 - 60))
        rank = rng.choices(range(len(grades)), weights=[3, 30, 42, 25][: len(grades)])[0]
        framework = "sif"
        last_rank = None
        for _ in range(6):
            if day >= END - timedelta(days=120):
                break
            inspection = self.inspection(council, day, framework, rank, last_rank)
            last_rank = rank
            inadequate = rank == len(grades) - 1
            if inadequate and rng.random() < 0.7:
                self.commissioner_sent(council, inspection)
            # Visits between inspections: monitoring after inadequate, focused visits otherwise.
            gap = 365 * (2 if inadequate else rng.choice([3, 3, 4]))
            next_day = day + timedelta(days=gap + rng.randrange(-60, 60))
            if next_day < ILACS_FROM:
                next_day = ILACS_FROM + timedelta(days=rng.randrange(30, 500))
            visit = day + timedelta(days=150)
            count = 0
            while visit < next_day - timedelta(days=120) and visit < END - timedelta(days=60):
                if inadequate or (visit >= ILACS_FROM and count == 0):
                    self.visit(council, visit, inspection, inadequate, count + 1, rank)
                    count += 1
                visit += timedelta(days=rng.randrange(110, 170) if inadequate else 400)
            # The next grade: improvement is more likely than decline.
            move = rng.choices([-2, -1, 0, 1], weights=[8, 40, 40, 12])[0]
            rank = max(0, min(len(grades) - 1, rank + move))
            day = next_day
            framework = "ilacs"
        for tenure in council.tenures["dcs"][1:]:
            if START < tenure.start < END and rng.random() < 0.8 * self.detail + 0.2:
                self.appointment(council, tenure)

    def areas(self, framework: str, day: date) -> list[Concept]:
        if framework == "sif":
            return self.vocab.sif_areas
        # ILACS grades care leavers separately from 2023.
        return [
            a
            for a in self.vocab.ilacs_areas
            if a.id != "ilacs-care-leavers" or day >= date(2023, 1, 1)
        ]

    def area_for(self, areas: list[Concept], themes: list[str]) -> Concept | None:
        keys = {
            "care-leavers": "care-leavers",
            "permanence-and-adoption": "adoption",
            "children-in-care": "looked-after children-in-care",
            "placements": "looked-after children-in-care",
            "education": "looked-after children-in-care",
            "strategic-leadership": "leadership leaders",
            "quality-assurance": "leadership leaders",
            "management-oversight": "leadership leaders",
            "workforce-development": "leadership leaders",
            "workforce-turnover": "leadership leaders",
        }
        wanted = keys.get(themes[0], "help-and-protection").split()
        for key in wanted:
            for area in areas:
                if area.id.endswith(key):
                    return area
        for area in areas:
            if area.id.endswith("help-and-protection"):
                return area
        return None

    def theme_phrase(self, theme: str) -> str:
        if theme in THEME_PHRASES:
            return THEME_PHRASES[theme]
        label = next(t.label for t in self.vocab.themes if t.id == theme)
        return label.lower()

    def finding_sentence(self, rng: random.Random, themes: list[str], strength: bool) -> str:
        phrase = " and ".join(self.theme_phrase(t) for t in themes)
        words = {
            "team": rng.choice(TEAMS),
            "phrase": phrase,
            "is": "are" if len(themes) > 1 else "is",
            "has": "have" if len(themes) > 1 else "has",
        }
        if strength:
            template = rng.choice(
                [
                    "In {team}, {phrase} {is} a strength, and {c}.",
                    "Leaders have made sure that {phrase} {is} effective, so {c}.",
                    "Inspectors saw that {phrase} {has} improved in {team}, and {c}.",
                ]
            )
            return template.format(c=rng.choice(BENEFITS), **words)
        template = rng.choice(
            [
                "In {team}, {phrase} {is} not good enough, and {c}.",
                "Leaders have not ensured that {phrase} {is} consistently effective, so {c}.",
                "Inspectors found too much variability in {phrase} in {team}, and {c}.",
                "Weaknesses in {phrase} mean that {c}.",
            ]
        )
        return template.format(c=rng.choice(CONSEQUENCES), **words)

    def findings(
        self, doc: Doc, council: Council, inspection: str, areas, count: int, weak: float
    ) -> list[dict]:
        rng = council.rng
        themes = [t.id for t in self.vocab.themes]
        out = []
        for _ in range(count):
            first = rng.choice(council.chronic) if rng.random() < 0.5 else rng.choice(themes)
            chosen = [first]
            if rng.random() < 0.35:
                other = rng.choice(themes)
                if other != first:
                    chosen.append(other)
            strength = rng.random() >= weak
            sentence = self.finding_sentence(rng, chosen, strength)
            doc.say(sentence)
            area = self.area_for(areas, chosen) if areas else None
            out.append(
                doc.fact(
                    "findings",
                    {
                        "id": doc.new_id("f"),
                        "inspection": inspection,
                        "polarity": "strength" if strength else "weakness",
                        "area": area.id if area else None,
                        "themes": chosen,
                        "evidence": sentence,
                    },
                )
            )
        return out

    def new_doc(self, ident: str, title: str, kind: str, publisher, published) -> Doc:
        base, n = ident, 2
        while ident in self.doc_ids:
            ident = f"{base}-{n}"
            n += 1
        self.doc_ids.add(ident)
        doc = Doc(ident, title, kind, publisher, published)
        self.docs.append(doc)
        return doc

    def holding(self, doc: Doc, person: Person, post: str, evidence: str, **dates) -> None:
        item = {"person": person.id, "post": post, **doc.dated(), **dates, "evidence": evidence}
        doc.fact("post_holdings", item)

    def quote(
        self,
        doc: Doc,
        speaker: str,
        words: str,
        evidence: str,
        post: str | None = None,
        role: str | None = None,
        about: Iterable[str] = (),
        context: str | None = None,
        cue: str = "said",
    ) -> str:
        ident = doc.new_id("q")
        doc.fact(
            "quotations",
            {
                "id": ident,
                "speaker": speaker,
                "post": post,
                "speaker_role": role,
                "cue": cue,
                **doc.dated(),
                "context": context,
                "about": list(about) or None,
                "text": words,
                "evidence": evidence,
            },
        )
        return ident

    def mention(self, doc: Doc, fact: str, evidence: str) -> None:
        doc.fact("mentions", {"fact": fact, "evidence": evidence})

    def reaction(self, rng: random.Random, council: Council, rank: int, theme: str) -> str:
        """Words a council leader might say about a grade, mentioning one theme."""
        phrase = self.theme_phrase(theme)
        bad = rank >= len(self.vocab.grades) - 2
        if bad:
            opening = rng.choice(
                [
                    "I am deeply disappointed by this report",
                    "This report makes difficult reading",
                    "We accept the findings of the inspectors in full",
                    "I want to apologise to the children and families we have let down",
                ]
            )
            middle = rng.choice(
                [
                    f"we know that {phrase} has to improve",
                    f"we have already started work on {phrase}",
                    f"the inspectors were right to point to {phrase}",
                ]
            )
            close = rng.choice(
                [
                    "and I will not rest until every child gets the service they deserve.",
                    "and our improvement plan will be in place within weeks.",
                    f"and children in {council.short} deserve nothing less.",
                    "and I will report on our progress every month.",
                ]
            )
        else:
            opening = rng.choice(
                [
                    "I am delighted that the inspectors recognised the hard work of our staff",
                    "This is a very positive report",
                    "I am proud of our social workers",
                    "This judgement is a tribute to everyone in the service",
                ]
            )
            middle = rng.choice(
                [
                    f"they saw real progress in {phrase}",
                    f"we will keep working on {phrase}",
                    f"there is still more to do on {phrase}",
                ]
            )
            close = rng.choice(
                [
                    "and we will build on it.",
                    f"and families in {council.short} can be confident in the service.",
                    "and we are not complacent.",
                ]
            )
        return f"{opening}; {middle}, {close}"

    # -- events and their documents ---------------------------------------------------------

    def inspection(
        self, council: Council, start: date, framework: str, rank: int, last: int | None
    ) -> dict:
        rng = council.rng
        era = council.era(start)
        end = start + timedelta(days=rng.choice([11, 18, 25]))
        published = end + timedelta(days=rng.randrange(35, 70))
        areas = self.areas(framework, start)
        grades = self.vocab.grades
        fw = framework.upper()
        inspection = f"{era.id}-{start.year}-{framework}-inspection"
        overall = grades[rank]
        report = self.new_doc(
            f"{era.id}-{published.isoformat()}-{framework}-report",
            f"Inspection of {era.name} children's services",
            "inspection-report",
            self.ofsted,
            published,
        )
        dates = f"Inspection dates: {long_date(start)} to {long_date(end)}"
        report.say(dates)
        report.fact(
            "events",
            {
                "id": inspection,
                "kind": "inspection",
                "label": f"Ofsted {fw} inspection of {era.name} children's services, {start.year}",
                "framework": framework,
                "agent": [self.ofsted],
                "subject": [era.id],
                "date": start.isoformat(),
                "evidence": dates,
            },
        )
        line = f"Report published: {long_date(published)}"
        report.say(line)
        publication = f"{inspection}-report-publication"
        report.fact(
            "events",
            {
                "id": publication,
                "kind": "report-publication",
                "label": f"Publication of the report of the {fw} inspection of {era.name}",
                "agent": [self.ofsted],
                "subject": [era.id],
                "report_of": inspection,
                "date": published.isoformat(),
                "evidence": line,
            },
        )
        lead = rng.choice(self.inspectors)
        hmi = "His Majesty's Inspector" if start >= KING_FROM else "Her Majesty's Inspector"
        line = f"Lead inspector: {lead.name}, {hmi}"
        report.say(line)
        self.holding(report, lead, self.hmi, line)
        grade_lines = {}
        for area in areas:
            if area.id.endswith("overall"):
                grade = overall
            else:
                grade = self.vocab.grade(rank + rng.choices([-1, 0, 1], weights=[20, 60, 20])[0])
            line = f"{short_area(area.label)}: {grade.label[:1].upper()}{grade.label[1:]}"
            grade_lines[area.id] = (grade, line)
            report.say(line)
            report.fact(
                "judgements",
                {"inspection": inspection, "area": area.id, "grade": grade.id, "evidence": line},
            )
        if last is not None:
            report.say(
                f"At the last inspection, services for children in {council.short} were judged "
                f"to be {grades[last].label}."
            )
        weak = [0.15, 0.35, 0.55, 0.75][min(rank, 3)]
        count = max(4, int(rng.randrange(10, 18) * self.detail))
        found = self.findings(report, council, inspection, areas[1:], count, weak)
        about = [inspection]

        # The council's press release, the same day.
        release = self.new_doc(
            f"{era.id}-{published.isoformat()}-press-release",
            f"{era.name} responds to Ofsted inspection of children's services",
            "press-release",
            era.id,
            published,
        )
        release.say(f"Published: {long_date(published)}")
        line = f"Ofsted has judged children's services in {council.short} to be {overall.label}."
        release.say(line)
        release.fact(
            "judgements",
            {
                "inspection": inspection,
                "area": areas[0].id,
                "grade": overall.id,
                "evidence": line,
            },
        )
        released = []
        for role in ("lead", "dcs", "leader"):
            if role == "leader" and rng.random() < 0.5:
                continue
            tenure = council.holder(role, published)
            post = era.posts[role]
            post_name = ROLES[role][0]
            words = self.reaction(rng, council, rank, rng.choice(council.chronic))
            who = f"{tenure.person.name}, {post_name}"
            sentence = f"{who}, said: {quoted(words)}"
            release.say(sentence)
            self.holding(release, tenure.person, post, who)
            q = self.quote(release, tenure.person.id, words, sentence, post, about=about)
            released.append((q, words, tenure.person, post_name))
        lead_q = released[0]
        stance = "agrees" if rank >= 2 or rng.random() < 0.7 else "qualifies"
        release.fact(
            "responses",
            {
                "id": release.new_id("r"),
                "by": lead_q[2].id,
                "stance": stance,
                "to": [inspection],
                "quotation": lead_q[0],
                **release.dated(),
                "evidence": lead_q[1],
            },
        )

        # The local paper, a day or two later: grade, the report's words, the council's words.
        paper_day = add_days(published, rng.randrange(0, 3))
        undated = rng.random() < 0.05
        article = self.new_doc(
            f"{era.id}-{paper_day.isoformat()}-{slug(council.paper[1])}",
            f"{council.short} children's services rated {overall.label} by Ofsted",
            "news-article",
            council.paper[0],
            None if undated else paper_day,
        )
        if not undated:
            article.say(f"{long_date(paper_day)}")
        line = (
            f"Children's services at {era.name} have been rated {overall.label} by Ofsted "
            f"following an inspection in {month_year(start)}."
        )
        article.say(line)
        article.fact(
            "judgements",
            {
                "inspection": inspection,
                "area": areas[0].id,
                "grade": overall.id,
                "evidence": line,
            },
        )
        article.fact("mentions", {"fact": inspection, "evidence": line})
        report_quotes = []
        for finding in rng.sample(found, min(len(found), 2)):
            words = finding["evidence"]
            sentence = f"The report said: {quoted(words)}"
            article.say(sentence)
            q = self.quote(
                article,
                self.ofsted,
                words,
                sentence,
                role="the report",
                about=about,
                context=publication,
            )
            report_quotes.append((q, words))
        for q, words, person, post_name in released:
            if rng.random() < 0.8:
                sentence = f"{person.name}, {post_name}, said: {quoted(words)}"
                article.say(sentence)
                self.mention(article, q, sentence)
        opposition = council.holder("opposition", paper_day)
        if rank >= 2:
            words = rng.choice(
                [
                    f"This is a damning report and the families of {council.short} "
                    "deserve answers.",
                    "The administration has been warned about these failings for years.",
                    f"Children in {council.short} have been let down, and someone must "
                    "take responsibility.",
                ]
            )
        else:
            words = rng.choice(
                [
                    "I welcome the report, but the administration must not be complacent.",
                    f"Staff deserve the credit for this, and the council must keep investing in "
                    f"{self.theme_phrase(rng.choice(council.chronic))}.",
                ]
            )
        who = f"{opposition.person.name}, {ROLES['opposition'][0]}"
        sentence = f"{who}, said: {quoted(words)}"
        article.say(sentence)
        self.holding(article, opposition.person, era.posts["opposition"], who)
        self.quote(
            article, opposition.person.id, words, sentence, era.posts["opposition"], about=about
        )
        if rng.random() < 0.6:
            n = rng.randrange(150, 1400)
            line = f"The council currently looks after {n:,} children in care."
            article.say(line)
            article.fact(
                "figures",
                {
                    "id": article.new_id("fig"),
                    "label": "children in care",
                    "value": n,
                    "unit": "children",
                    **article.dated(),
                    "about": [era.id],
                    "evidence": line,
                },
            )

        # A trade paper, within the week: the national director, and words reported again.
        if rng.random() < 0.3 + 0.6 * self.detail:
            self.trade_article(
                council, era, inspection, overall, published, released, report_quotes
            )

        # The scrutiny committee discusses the report a couple of months later.
        if rng.random() < 0.4 + 0.6 * self.detail:
            self.minutes(council, add_days(published, rng.randrange(40, 80)), inspection, found)
        return {"id": inspection, "era": era, "published": published, "rank": rank}

    def trade_article(self, council, era, inspection, overall, published, released, report_quotes):
        rng = council.rng
        day = add_days(published, rng.randrange(1, 7))
        ident, _ = rng.choice(TRADE_PUBLISHERS)
        doc = self.new_doc(
            f"{era.id}-{day.isoformat()}-{ident}",
            f"Ofsted: {council.short} children's services {overall.label}",
            "trade-news-article",
            ident,
            day,
        )
        doc.say(f"{long_date(day)}")
        line = f"Inspectors have rated {era.name}'s children's services {overall.label}."
        doc.say(line)
        doc.fact("mentions", {"fact": inspection, "evidence": line})
        for q, words in report_quotes[:1]:
            sentence = f"According to the report, {quoted(words)}"
            doc.say(sentence)
            self.mention(doc, q, sentence)
        for q, words, person, post_name in released[:2]:
            sentence = f"{person.name}, the council's {post_name.lower()}, said: {quoted(words)}"
            doc.say(sentence)
            self.mention(doc, q, sentence)
        director = self.national_holder("director", day)
        theme = self.theme_phrase(rng.choice(council.chronic))
        words = rng.choice(
            [
                f"Across the country, {theme} remains the area where councils struggle most.",
                f"We continue to see too much variation in {theme} between councils.",
                f"Where councils get {theme} right, children feel the difference quickly.",
                f"Strong leaders make sure that {theme} is a priority, and it shows.",
            ]
        )
        who = f"{director.name}, Ofsted's National Director for Social Care"
        sentence = f"{who}, said: {quoted(words)}"
        doc.say(sentence)
        self.holding(doc, director, self.national_director, who)
        self.quote(doc, director.id, words, sentence, self.national_director, about=[inspection])

    def minutes(self, council: Council, day: date, inspection: str, found: list[dict]) -> None:
        rng = council.rng
        era = council.era(day)
        committee = era.units["committee"]
        doc = self.new_doc(
            f"{era.id}-{day.isoformat()}-scrutiny-minutes",
            f"Minutes of the Children's Services Scrutiny Committee, {long_date(day)}",
            "council-minutes",
            era.id,
            day,
        )
        line = f"Minutes of the meeting held on {long_date(day)}"
        doc.say(line)
        meeting = f"{doc.id}-meeting"
        doc.fact(
            "events",
            {
                "id": meeting,
                "kind": "meeting",
                "label": f"Meeting of the Children's Services Scrutiny Committee of {era.name}, "
                f"{long_date(day)}",
                "agent": [committee],
                "subject": [inspection],
                "date": day.isoformat(),
                "evidence": line,
            },
        )
        chair = council.holder("chair", day)
        line = f"Present: {chair.person.aliases[0]} (Chair)"
        doc.say(line)
        self.holding(doc, chair.person, era.posts["chair"], line)
        dcs = council.holder("dcs", day)
        line = (
            f"The Director of Children's Services, {dcs.person.name}, presented the report of "
            "the inspection."
        )
        doc.say(line)
        self.holding(doc, dcs.person, era.posts["dcs"], line)
        weaknesses = [f for f in found if f["polarity"] == "weakness"]
        for finding in rng.sample(weaknesses, min(len(weaknesses), 2 + int(2 * self.detail))):
            theme = finding["themes"][0]
            phrase = self.theme_phrase(theme)
            stance = rng.choices(["agrees", "disputes", "qualifies"], weights=[6, 2, 2])[0]
            if stance == "agrees":
                words = rng.choice(
                    [
                        f"The inspectors are right about {phrase}, and we have a plan to fix it.",
                        f"We accept what the report says about {phrase}.",
                    ]
                )
                lead_in = f"On {phrase}, {dcs.person.name} said:"
            elif stance == "disputes":
                words = rng.choice(
                    [
                        f"We do not recognise the picture the report paints of {phrase}.",
                        f"Our own audits show that {phrase} is better than the inspectors found.",
                    ]
                )
                lead_in = f"The Director did not accept the finding on {phrase}:"
            else:
                words = rng.choice(
                    [
                        f"The report is fair on {phrase}, but it does not reflect the work "
                        "of the last six months.",
                        f"There is some truth in what was said about {phrase}, but the "
                        "picture is mixed.",
                    ]
                )
                lead_in = f"The Director said the finding on {phrase} was only partly right:"
            sentence = f"{lead_in} {quoted(words)}"
            doc.say(sentence)
            q = self.quote(
                doc,
                dcs.person.id,
                words,
                sentence,
                era.posts["dcs"],
                about=[finding["id"]],
                context=meeting,
            )
            doc.fact(
                "responses",
                {
                    "id": doc.new_id("r"),
                    "by": dcs.person.id,
                    "stance": stance,
                    "to": [finding["id"]],
                    "quotation": q,
                    **doc.dated(),
                    "evidence": sentence,
                },
            )
        member = rng.choice(council.councillors)
        words = rng.choice(
            [
                "How will the committee know that things are actually getting better for children?",
                "What is being done to keep experienced social workers in the county?",
                "Can the Director assure us that no child is waiting for a social worker?",
            ]
        )
        sentence = f"{member.aliases[0]} asked: {quoted(words)}"
        doc.say(sentence)
        self.quote(doc, member.id, words, sentence, context=meeting, cue="asked")
        as_of = date(day.year if day.month > 3 else day.year - 1, 3, 31)
        figures = [
            ("average caseload per social worker", rng.randrange(12, 28), "children"),
            ("agency social workers", rng.randrange(5, 45), "per cent"),
            ("children in care", rng.randrange(150, 1400), "children"),
        ]
        for label, value, unit in figures[: 1 + int(2 * self.detail)]:
            if unit == "per cent":
                line = (
                    f"At {long_date(as_of)}, {value} per cent of social workers were agency staff."
                )
            elif label == "children in care":
                line = f"At {long_date(as_of)}, {value:,} children were in the care of the council."
            else:
                line = (
                    f"At {long_date(as_of)}, the average caseload was {value} children per "
                    "social worker."
                )
            doc.say(line)
            doc.fact(
                "figures",
                {
                    "id": doc.new_id("fig"),
                    "label": label,
                    "value": value,
                    "unit": unit,
                    "date": as_of.isoformat(),
                    "about": [era.id],
                    "evidence": line,
                },
            )

    def visit(
        self, council: Council, day: date, inspection: dict, monitoring: bool, n: int, rank: int
    ) -> None:
        rng = council.rng
        era = council.era(day)
        framework = "monitoring" if monitoring else "ilacs"
        kind = "monitoring visit" if monitoring else "focused visit"
        letter_day = add_days(day, rng.randrange(20, 40))
        doc = self.new_doc(
            f"{era.id}-{letter_day.isoformat()}-{slug(kind)}-letter",
            f"{kind[:1].upper()}{kind[1:]} to {era.name} children's services",
            "monitoring-letter",
            self.ofsted,
            letter_day,
        )
        doc.say(f"Published: {long_date(letter_day)}")
        line = (
            f"This letter summarises the findings of the {kind} to {era.name} children's "
            f"services on {long_date(day)}."
        )
        doc.say(line)
        ident = f"{era.id}-{day.isoformat()}-{slug(kind)}"
        doc.fact(
            "events",
            {
                "id": ident,
                "kind": "monitoring-visit",
                "label": f"Ofsted {kind} to {era.name}, {long_date(day)}",
                "framework": framework,
                "agent": [self.ofsted],
                "subject": [era.id],
                "part_of": None,
                "date": day.isoformat(),
                "evidence": line,
            },
        )
        if monitoring:
            doc.say(
                f"This was the {_ordinal(n)} monitoring visit since the local authority was "
                f"judged inadequate."
            )
        inspector = rng.choice(self.inspectors)
        hmi = "His Majesty's Inspector" if day >= KING_FROM else "Her Majesty's Inspector"
        line = f"Yours sincerely, {inspector.name}, {hmi}"
        count = max(3, int(rng.randrange(4, 9) * self.detail))
        weak = 0.6 if monitoring else 0.4
        found = self.findings(doc, council, ident, None, count, weak)
        doc.say(line)
        self.holding(doc, inspector, self.hmi, line)
        if rng.random() < 0.5 * self.detail + 0.1:
            paper_day = add_days(letter_day, rng.randrange(0, 4))
            article = self.new_doc(
                f"{era.id}-{paper_day.isoformat()}-{slug(council.paper[1])}",
                f"Inspectors report on {council.short} children's services",
                "news-article",
                council.paper[0],
                paper_day,
            )
            article.say(long_date(paper_day))
            line = (
                f"Ofsted inspectors visited {council.short} children's services in "
                f"{month_year(day)}."
            )
            article.say(line)
            self.mention(article, ident, line)
            finding = rng.choice(found)
            sentence = f"Their letter said: {quoted(finding['evidence'])}"
            article.say(sentence)
            self.quote(
                article,
                self.ofsted,
                finding["evidence"],
                sentence,
                role="the inspectors' letter",
                about=[ident],
            )
            tenure = council.holder("lead", paper_day)
            words = self.reaction(rng, council, rank, rng.choice(council.chronic))
            who = f"{tenure.person.aliases[0]}, {ROLES['lead'][0]}"
            sentence = f"{who}, said: {quoted(words)}"
            article.say(sentence)
            self.holding(article, tenure.person, era.posts["lead"], who)
            self.quote(article, tenure.person.id, words, sentence, era.posts["lead"], about=[ident])

    def commissioner_sent(self, council: Council, inspection: dict) -> None:
        rng = council.rng
        era = inspection["era"]
        day = add_days(inspection["published"], rng.randrange(20, 60))
        person = rng.choice(self.commissioners)
        doc = self.new_doc(
            f"{era.id}-{day.isoformat()}-commissioner-appointed",
            f"Children's services commissioner appointed for {council.short}",
            "press-release",
            self.dfe,
            day,
        )
        doc.say(f"Published: {long_date(day)}")
        line = (
            f"The Department for Education has appointed {person.name} as Children's Services "
            f"Commissioner for {era.name}."
        )
        doc.say(line)
        doc.fact(
            "events",
            {
                "id": f"{doc.id}-appointment",
                "kind": "appointment",
                "label": f"Appointment of a Children's Services Commissioner for {era.name}",
                "agent": [self.dfe],
                "subject": [era.id, inspection["id"]],
                "post": self.commissioner,
                "date": day.isoformat(),
                "evidence": line,
            },
        )
        self.holding(doc, person, self.commissioner, line)
        minister = self.national_holder("minister", day)
        words = rng.choice(
            [
                f"Every child in {council.short} deserves to be safe and to be given the "
                "support they need.",
                f"The failings identified by Ofsted in {council.short} are unacceptable, and "
                "they must be put right quickly.",
                "Where a council is failing children, we will not hesitate to act.",
            ]
        )
        who = f"{minister.name}, Minister for Children and Families"
        sentence = f"{who}, said: {quoted(words)}"
        doc.say(sentence)
        self.holding(doc, minister, self.minister, who)
        self.quote(doc, minister.id, words, sentence, self.minister, about=[inspection["id"]])
        words = rng.choice(
            [
                f"I look forward to working with leaders in {council.short} to secure the "
                "improvements children need.",
                "My first task is to understand whether the council has the capacity to "
                "improve on its own.",
                "I will report to the Secretary of State within three months.",
            ]
        )
        sentence = f"{person.name} said: {quoted(words)}"
        doc.say(sentence)
        self.quote(doc, person.id, words, sentence, self.commissioner, about=[inspection["id"]])

    def appointment(self, council: Council, tenure: Tenure) -> None:
        rng = council.rng
        day = tenure.start - timedelta(days=rng.randrange(20, 60))
        if day < START:
            return
        era = council.era(tenure.start)
        doc = self.new_doc(
            f"{era.id}-{day.isoformat()}-new-director",
            f"{council.short} appoints new director of children's services",
            "news-article",
            council.paper[0],
            day,
        )
        doc.say(long_date(day))
        line = (
            f"{tenure.person.name} will take up the post of Director of Children's Services at "
            f"{era.name} in {month_year(tenure.start)}."
        )
        doc.say(line)
        self.holding(
            doc,
            tenure.person,
            era.posts["dcs"],
            line,
            start=f"{tenure.start.year}-{tenure.start.month:02d}",
        )
        before = council.holder("dcs", tenure.start - timedelta(days=1))
        if before is not tenure and before.end is not None and before.start < tenure.start:
            old_era = council.era(before.end - timedelta(days=1))
            line = (
                f"{before.person.name} left the post of Director of Children's Services in "
                f"{month_year(before.end)}."
            )
            doc.say(line)
            self.holding(
                doc,
                before.person,
                old_era.posts["dcs"],
                line,
                end=f"{before.end.year}-{before.end.month:02d}",
            )
        leader = council.holder("leader", day)
        words = rng.choice(
            [
                "We have appointed an experienced director who shares our ambition for children.",
                f"Children in {council.short} will benefit from strong and stable leadership.",
                "This appointment marks the next stage of our improvement journey.",
            ]
        )
        who = f"{leader.person.aliases[0]}, {ROLES['leader'][0]}"
        sentence = f"{who}, said: {quoted(words)}"
        doc.say(sentence)
        self.holding(doc, leader.person, era.posts["leader"], who)
        self.quote(doc, leader.person.id, words, sentence, era.posts["leader"])


def _ordinal(n: int) -> str:
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    return words[n - 1] if n <= len(words) else f"{n}th"


# --- writing ---------------------------------------------------------------------------------


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _mapping(item: dict, indent: str, first: str) -> list[str]:
    """One YAML mapping; ``first`` prefixes the first line (``- `` in a list)."""
    lines = []
    for index, (key, value) in enumerate(item.items()):
        lead = first if index == 0 else indent
        if isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            lines.extend(_mapping(value, indent + "  ", indent + "  "))
        else:
            lines.append(f"{lead}{key}: {_scalar(value)}")
    return lines


def dump_yaml(data: dict, header: str = "") -> str:
    """Deterministic YAML (strings double-quoted, JSON escapes) for the project's formats."""
    lines = [f"# {line}" for line in header.splitlines()]
    for key, value in data.items():
        if isinstance(value, list):
            if not value:
                continue
            lines.append(f"{key}:")
            for item in value:
                if isinstance(item, dict):
                    lines.extend(_mapping(item, "    ", "  - "))
                else:
                    lines.append(f"  - {_scalar(item)}")
        elif isinstance(value, dict):
            lines.append(f"{key}:")
            lines.extend(_mapping(value, "  ", "  "))
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def _source_meta(doc: Doc) -> dict:
    if doc.published is None:
        published = {
            "date": "unknown",
            "basis": "unknown",
            "note": "The page shows no date.",
        }
    else:
        published = {
            "date": doc.published.isoformat(),
            "basis": "stated",
            "note": f"The text gives the date {long_date(doc.published)}.",
        }
    return {
        "id": doc.id,
        "title": doc.title,
        "title_basis": "headline",
        "kind": doc.kind,
        "publisher": {"body": doc.publisher, "basis": "stated"} if doc.publisher else "unknown",
        "original_file": f"synthetic/{doc.id}.txt",
        "published": published,
    }


GROUPS = FACT_GROUPS


def generate(
    councils: int, seed: int = 1, detail: float = 1.0, ontology: Path | None = None
) -> dict[str, str]:
    """The corpus as ``{relative path: file text}``; same arguments, same bytes."""
    ontology = Path(ontology or ROOT / "ontology")
    vocab = read_vocabulary(ontology)
    world = World(vocab, councils, seed, detail)
    files: dict[str, str] = {}
    header = (
        f"Synthetic corpus (scripts/synth.py --councils {councils} --seed {seed} "
        f"--detail {detail}).\nEvery person, publisher, quotation and finding is invented."
    )
    entities = {
        "people": [
            {"id": p.id, "name": p.name, **({"aliases": p.aliases} if p.aliases else {})}
            for p in sorted(world.people.values(), key=lambda p: p.id)
        ],
        "bodies": world.bodies,
        "posts": world.posts,
    }
    files["data/entities.yaml"] = dump_yaml(entities, header)
    for doc in world.docs:
        text = doc.text()
        for group in GROUPS:
            for item in doc.facts.get(group, []):
                evidence = item.get("evidence") or item.get("text")
                if evidence not in text:  # a bug in this generator, never bad luck
                    raise AssertionError(f"{doc.id}: evidence not in text: {evidence!r}")
        files[f"data/sources/{doc.id}.txt"] = text
        files[f"data/sources/{doc.id}.yaml"] = dump_yaml(_source_meta(doc))
        facts = {"source": doc.id, **{g: doc.facts.get(g, []) for g in GROUPS}}
        files[f"data/facts/{doc.id}.yaml"] = dump_yaml(facts)
    for path in sorted(ontology.glob("*.ttl")):
        files[f"ontology/{path.name}"] = path.read_text(encoding="utf-8")
    return files


def write_corpus(
    out: Path,
    councils: int,
    seed: int = 1,
    detail: float = 1.0,
    force: bool = False,
    ontology: Path | None = None,
) -> int:
    """Write the corpus as a project folder at ``out``; return the number of files.

    Written to a temporary folder beside ``out``, then renamed into place: ``out`` is never
    left half-written. A non-empty ``out`` is refused unless ``force``.
    """
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not force:
        raise FileExistsError(f"{out} exists and is not empty (use --force to replace it)")
    files = generate(councils, seed, detail, ontology)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        for folder in ("data/sources", "data/facts", "ontology"):
            (tmp / folder).mkdir(parents=True)
        for rel, text in files.items():
            (tmp / rel).write_bytes(text.encode("utf-8"))
        if out.exists():
            out.rename(old)
        tmp.rename(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    if old.exists():
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    return len(files)
