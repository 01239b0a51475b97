"""The curated input formats: source metadata, the entity registry and per-source facts.

Every model is strict: unknown fields and wrong types are refused, dates are checked against
the calendar, text may not carry control characters. The field docs here are the reference
for people writing ``data/``; ``docs/data-format.md`` shows examples.
"""

from __future__ import annotations

import calendar
import re
from datetime import date as _date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Body",
    "DatedFact",
    "Entities",
    "Event",
    "Facts",
    "Figure",
    "Finding",
    "Judgement",
    "Mention",
    "Person",
    "Post",
    "PostHolding",
    "Published",
    "Publisher",
    "Quotation",
    "Response",
    "SourceMeta",
    "date_period",
    "date_precision",
]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_IRI_BAD = re.compile(r"[\x00-\x20<>\"{}|\\^`]")


def date_precision(value: str) -> Literal["year", "month", "day"]:
    """``"2018"`` -> ``"year"``, ``"2018-02"`` -> ``"month"``, ``"2018-02-20"`` -> ``"day"``."""
    return ("year", "month", "day")[value.count("-")]


def date_period(value: str) -> tuple[_date, _date]:
    """The first and last day a date of any precision covers.

    >>> date_period("2018-02")
    (datetime.date(2018, 2, 1), datetime.date(2018, 2, 28))

    Raises ValueError for anything that is not a real YYYY[-MM[-DD]] date.
    """
    match = _DATE.match(value.strip())
    if not match:
        raise ValueError(f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    if day:
        single = _date(year, month, day)
        return single, single
    if month:
        return _date(year, month, 1), _date(year, month, calendar.monthrange(year, month)[1])
    return _date(year, 1, 1), _date(year, 12, 31)


def _check_date(value: str) -> str:
    match = _DATE.match(value)
    if not match:
        raise ValueError(f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"impossible date {value!r}: month {month}")
    if day:
        try:
            _date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"impossible date {value!r}") from None
    return value


def _check_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    bad = _CONTROL.search(value)
    if bad:
        raise ValueError(f"control character U+{ord(bad.group()):04X} in text")
    return value


def _check_iri(value: str) -> str:
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) or _IRI_BAD.search(value):
        raise ValueError(f"invalid IRI {value!r}")
    return value


Date = Annotated[str, AfterValidator(_check_date)]
Id = Annotated[str, Field(pattern=_ID, max_length=120)]
Text = Annotated[str, AfterValidator(_check_text)]
Iri = Annotated[str, AfterValidator(_check_iri)]
DateBasis = Literal["stated", "inferred"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- sources -------------------------------------------------------------------------------


class Published(_Model):
    """When a source was published: ``date`` (or ``unknown``), how we know, and from what."""

    date: Date | Literal["unknown"]
    basis: Literal["stated", "inferred", "unknown"]
    note: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Published:
        if (self.date == "unknown") != (self.basis == "unknown"):
            raise ValueError("basis is 'unknown' exactly when date is 'unknown'")
        if self.basis == "inferred" and not self.note:
            raise ValueError("an inferred date needs a note saying what it is inferred from")
        return self


class Publisher(_Model):
    """The publishing body (an entity id) and whether the text states it or we infer it."""

    body: Id
    basis: DateBasis
    note: Text | None = None

    @model_validator(mode="after")
    def _note(self) -> Publisher:
        if self.basis == "inferred" and not self.note:
            raise ValueError("an inferred publisher needs a note saying what it is inferred from")
        return self


SourceKind = Literal[
    "news-article",
    "trade-news-article",
    "council-minutes",
    "inspection-report",
    "monitoring-letter",
    "press-release",
    "web-page",
]


class SourceMeta(_Model):
    """``data/sources/<id>.yaml``: metadata of the verbatim text ``data/sources/<id>.txt``."""

    id: Id
    title: Text
    title_basis: Literal["headline", "descriptive"] = "headline"
    kind: SourceKind
    publisher: Publisher | Literal["unknown"]
    publisher_note: Text | None = None
    original_file: Text
    published: Published
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")] = "en"
    url: Iri | None = None


# --- entities ------------------------------------------------------------------------------


class Person(_Model):
    """A person the texts name; ``aliases`` as the texts write them ("Mr Nash")."""

    id: Id
    name: Text
    aliases: list[Text] = []
    note: Text | None = None


BodyKind = Literal[
    "council",
    "inspectorate",
    "government",
    "government-department",
    "court",
    "agency",
    "partnership",
    "board",
    "committee",
    "unit",
    "publisher",
    "company",
    "union",
]


class Body(_Model):
    """An organisation, or a unit inside one (``part_of``); ``succeeded_by`` its replacement."""

    id: Id
    name: Text
    kind: BodyKind
    aliases: list[Text] = []
    part_of: Id | None = None
    succeeded_by: Id | None = None
    succession_date: Date | None = None
    public: bool = True
    note: Text | None = None


class Post(_Model):
    """A post in a body (e.g. Cabinet Member for Children's Services at a council)."""

    id: Id
    name: Text
    body: Id
    aliases: list[Text] = []
    note: Text | None = None


class Entities(_Model):
    """``data/entities.yaml``."""

    people: list[Person] = []
    bodies: list[Body] = []
    posts: list[Post] = []


# --- facts ---------------------------------------------------------------------------------


class _Evidenced(_Model):
    evidence: Text
    note: Text | None = None


class DatedFact(_Model):
    """Mixin: a date at the precision the text allows, stated in the evidence or inferred."""

    date: Date | None = None
    date_basis: DateBasis = "stated"
    date_note: Text | None = None

    @model_validator(mode="after")
    def _date_note(self):
        if self.date_basis == "inferred" and not self.date_note:
            raise ValueError("an inferred date needs date_note saying what it is inferred from")
        if self.date is None and self.date_basis == "inferred":
            raise ValueError("date_basis given without a date")
        return self


EventKind = Literal[
    "inspection",
    "monitoring-visit",
    "report-publication",
    "meeting",
    "appointment",
    "court-case",
    "review",
    "other",
]
Framework = Literal["sif", "ilacs", "monitoring", "area-send", "other"]


class Event(_Evidenced, DatedFact):
    """An inspection, visit, report publication, meeting, appointment or court case."""

    id: Id
    kind: EventKind
    label: Text
    framework: Framework | None = None
    agent: list[Id] = []
    subject: list[Id] = []
    post: Id | None = None
    report_of: Id | None = None
    part_of: Id | None = None


class Judgement(_Evidenced):
    """A grade (``grade`` concept) for one judgement ``area`` of an ``inspection`` event."""

    inspection: Id
    area: Id
    grade: Id


class Finding(_Evidenced):
    """What an inspection found: a strength or weakness, its area where given, its themes."""

    id: Id
    inspection: Id
    polarity: Literal["strength", "weakness"]
    area: Id | None = None
    themes: Annotated[list[Id], Field(min_length=1)]
    text: Text | None = None


class Quotation(_Evidenced, DatedFact):
    """Words in quotation marks, split as the text splits them.

    ``text`` is the quoted words without the marks, verbatim; ``evidence`` (optional, defaults
    to ``text``) may be a longer span, e.g. with the attribution. ``speaker`` is a person, or a
    body when a report or unnamed spokesperson speaks (``speaker_role`` says which, as written).
    """

    id: Id
    speaker: Id
    post: Id | None = None
    speaker_role: Text | None = None
    text: Text
    evidence: Text | None = None  # type: ignore[assignment]
    cue: Text | None = None
    context: Id | None = None
    about: list[Id] = []


class Mention(_Evidenced):
    """This source reports again a quotation, finding, figure, event, response or post holding
    defined elsewhere.

    Defined in another facts file (the same words reported by a second document) or in this
    one (a headline repeating words quoted in the body): one node, one more evidence span.
    """

    fact: Id


class PostHolding(_Evidenced, DatedFact):
    """``person`` held ``post`` at ``date`` (as evidenced); ``start``/``end`` where stated."""

    id: Id | None = None
    person: Id
    post: Id
    start: Date | None = None
    end: Date | None = None


class Figure(_Evidenced, DatedFact):
    """A number the text gives: what it counts, value, unit, and its as-of ``date``."""

    id: Id
    label: Text
    value: int | float
    unit: Text
    about: list[Id] = []


class Response(_Evidenced, DatedFact):
    """``by`` answered findings (or an inspection as a whole): agreeing, disputing or qualifying."""

    id: Id
    by: Id
    stance: Literal["agrees", "disputes", "qualifies"]
    to: Annotated[list[Id], Field(min_length=1)]
    quotation: Id | None = None


class Facts(_Model):
    """``data/facts/<source id>.yaml``: every fact one source states, each with evidence."""

    source: Id
    events: list[Event] = []
    judgements: list[Judgement] = []
    findings: list[Finding] = []
    quotations: list[Quotation] = []
    mentions: list[Mention] = []
    post_holdings: list[PostHolding] = []
    figures: list[Figure] = []
    responses: list[Response] = []


# The fact lists of a facts file, in file order: derived from Facts so they never drift.
FACT_GROUPS: tuple[str, ...] = tuple(name for name in Facts.model_fields if name != "source")
