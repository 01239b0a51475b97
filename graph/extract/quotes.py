"""Who said each quotation: attribution before, after, around, or in the paragraph before.

The order of the rules, for each quotation:

1. in its own sentence: ``X:`` just before it (headlines), or the nearest reporting verb with
   its subject (``X said:``, ``, said X.``, ``, X said.``, ``, he added.``, ``according to X``,
   ``X, cabinet member for ..., said``, ``Cllr X (Con, Ward), ..., said``, ``, said the
   council leader, Cllr X``, ``..., inspectors have said.``); a headline's ``"...": X on ...``;
2. earlier in its paragraph (council minutes: "Mr Nash reported that ... “stop the clock”");
3. a paragraph that opens a quotation without closing it continues into the next paragraph
   when that one opens with a quotation mark: same speaker (and a quotation attributed only
   in its last paragraph gives that speaker to the paragraphs before);
4. a paragraph that is only a quotation: "Those were the words of X" or "The warning came
   from X" in the paragraph after, else the speaker of the paragraph before (skipping
   one-line clutter such as "Hide Ad"), or the lead-in above a list ("Mr Nash noted:"); a
   quotation over several paragraphs attributed at its end takes that speaker rather than
   the paragraph before's (unless that paragraph ends "X said:");
5. a headline, standfirst, crosshead or key-points line quoting words (two or more) that the
   body quotes again: the body's speaker.

In a sentence, a verb joined to the one before ("said ... but called on", "had described ...
and had found") shares its subject; a passive verb speaks for its agent ("was described by
inspectors as"); the verb of saying outranks one it reports ("said the council had accepted");
the listener of "told" (the paper, "the Post") never speaks; a headline's verb after the
quotation ("'...,' admits children's director") outranks the topic before its colon.

Speakers are resolved to full names: "Mr Nash", a bare "Nash", "he" and "the director" to the
person named earlier (a gender learnt from "X said she"; a role from apposition or from an
attendance list, "Cllr Jo Roe (Chair)", "... in the Chair"); a first name to the one person
named in full with it ("Gemma said:"); "the report", "the inspection", "inspectors", "the
council" and spokespeople to their body, "his report" to its author, "Members" to the
committee (or the Cabinet whose meeting it is), "the branch" and "a branch spokesperson" to
the branch named last, "Its members" to the body named just before. Unnamed people ("one
young person told inspectors", "Children describe ...", "I was told") speak, with no name.
Short phrases in quotation marks count only when a reporting verb in their sentence or
paragraph gives them a speaker, and never when they are a grade (a grade at any length), a
title or a term ("the 'front door' service", 'the "front door" is', two "areas for action").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

from graph.councils import COUNCILS
from graph.extract.dates import MONTH_NAME
from graph.extract.given_names import gender_of_given_name, gender_of_lone_name
from graph.extract.judgements import OTHER_INSPECTORATES
from graph.extract.names import (
    _ORG_LEAD_STRIP,
    _TITLE_WORDS,
    ASKED,
    BODY_KINDS,
    BUILTIN_BODIES,
    COMPANY_FOR,
    FEMALE,
    FIRST_SAID,
    HEADING_ROLES,
    MALE,
    NOT_FIRST,
    PARTIES,
    PLACES,
    POST_THEN_NAME,
    REPORT_WORDS,
    ROLE_KEYWORDS,
    TITLES,
    WRITER_CALLS,
    EntityIndex,
    Known,
    Mention,
    _title_case,
    find_mentions,
    fold,
)
from graph.extract.text import (
    BULLETS,
    PARA_NUMBER,
    QuoteSpan,
    find_quotes,
    lines_up,
    mask_quotes,
    paragraphs,
    sentences,
)

__all__ = ["Document", "Quotation", "Speaker"]

CUES = (
    r"according\s+to|in\s+the\s+words\s+of|attributable\s+to|attributed\s+to|"
    r"raised\s+concerns?|expressed\s+concerns?|called\s+for|calls\s+for|pointed\s+out|"
    r"points\s+out|spoke\s+to|singled\s+out|went\s+on\s+to\s+say|goes\s+on\s+to\s+say|"
    r"sa(?:id|ys|y|ying)|add(?:ed|s|ing)?|told|tells?|telling|explain(?:ed|s|ing)?|"
    r"comment(?:ed|s|ing)?|stat(?:ed|es|e|ing)|not(?:ed|es|e|ing)|warn(?:ed|s|ing)?|"
    r"insist(?:ed|s|ing)?|admit(?:ted|s)?|acknowledg(?:ed|es|ing)|argu(?:ed|es|ing)|"
    r"claim(?:ed|s|ing)?|conclud(?:ed|es|ing)|continu(?:ed|es)|declar(?:ed|es)|"
    r"emphasi[sz](?:ed|es|ing)|highlight(?:ed|s|ing)|remark(?:ed|s)|repl(?:ied|ies)|"
    r"respond(?:ed|s)|reveal(?:ed|s)|stress(?:ed|es)|wr(?:ote|ites|iting)|urg(?:ed|es)|"
    r"write(?=\s+that\b)|"  # ("inspectors now write that")
    # "had written in her final statement that" (not "a version written for children")
    r"written(?=\s+(?:that|in\s+(?:his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?\s+that)\b)|"
    r"vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|confirm(?:ed|s)|announc(?:ed|es)|"
    r"observ(?:ed|es)|report(?:ed|s)|(?<=nspectors\s)report|f(?:ound|inds)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|"
    r"prais(?:ed|es|ing)|(?<=nspectors\s)praise|call(?:ed|s|ing)|(?<=\bto\s)call(?=\s+(?:it|that|this|them|the)\b)|"
    r"describ(?:ed|es|ing)|characteri[sz](?:ed|es)|"
    # "Forum members were clear that 'schools cannot keep absorbing this'"
    r"(?:was|were|is|are)\s+clear\s+that|"
    # "Inspectors mentioned detached work as 'a real strength'"
    r"mention(?:ed|s)(?=\s+[^.;:\n]{1,60}?\s+as\s)|"
    # "the Ofsted report had referred to youth justice as 'a strength'"
    r"refer(?:red|s)(?=\s+to\s+[^.;:\n]{1,60}?\s+as\s)|"
    r"label(?:l?ed|s)|suggest(?:ed|s)|recall(?:ed|s)|remember(?:ed|s)|"
    r"ask(?:ed|s)|question(?:ed|s)|"
    r"conced(?:ed|es)|agre(?:ed|es)|believ(?:ed|es)|fel[lt]|feels|recogni[sz](?:ed|es)|"
    r"accept(?:ed|s)|welcom(?:ed|es)|branded|judged|summed\s+up|puts?\s+it|reckon(?:ed|s)|"
    r"hailed|announc(?:ing)|condemn(?:ed|s)|blasted|slammed|hit\s+out|mused|quipped|"
    r"predict(?:ed|s)|recommend(?:ed|s)|demand(?:ed|s)|assured|reassured|accus(?:ed|es)|"
    r"finding|identif(?:ied|ies|y)|post(?:ed|s)|tweet(?:ed|s)|laugh(?:ed|s)|thank(?:ed|s)|"
    r"hails|describe|react(?:ed|s)|remind(?:ed|s|ing)|record(?:ed|s)|e-?mail(?:ed|s)|messag(?:ed|es)|"
    r"text(?:ed|s)|boast(?:ed|s)|smil(?:ed|es)|grin(?:ned|s)|shrug(?:ged|s)|sigh(?:ed|s)|"
    r"mouth(?:ed|s)|whisper(?:ed|s)|shout(?:ed|s)|mutter(?:ed|s)|murmur(?:ed|s)|"
    r"exclaim(?:ed|s)|jok(?:ed|es)|chuckl(?:ed|es)|thinks|(?:went|goes)\s+on(?=\s*,)|"
    # '"Nobody in this chamber," the portfolio holder begins, glancing up'
    # "and she is blunt about it. '...'"
    r"(?:is|was|are|were)\s+(?:more\s+|less\s+|very\s+|equally\s+|just\s+as\s+|typically\s+|"
    r"(?:rather|quite|far|much|a\s+little|a\s+bit)\s+(?:more\s+|less\s+)?)?"
    r"(?:blunt(?:er)?|frank(?:er)?|candid|forthright|unapologetic|emphatic|adamant|philosophical|"
    r"defiant|unrepentant|scathing|matter-of-fact|upbeat|downbeat|optimistic|pessimistic|"
    r"cautious|circumspect|sanguine|unequivocal|outspoken|plain-?spoken|pragmatic|rueful|wry|"
    r"reflective|unsentimental|quiet(?:er)?|gloomier|diplomatic|guarded|forgiving|"
    r"measured|sceptical|skeptical|scornful|dismissive)"
    # ("was blunt about why she gives up her Saturdays.")
    r"(?=\s*[.:]|\s+about\s+(?:(?:it|this|that|them)\s*[.:]|(?:why|how|what)\s[^.:;\"\u201c]{0,80}[.:]))|"
    r"beg(?:ins|an)(?=\s*[,.])|"
    r"answered|maintain(?:ed|s)|plead(?:ed|s)|pled|countered|retort(?:ed|s)|"
    r"protested|complain(?:ed|s)|lament(?:ed|s)|disclos(?:ed|es)|caution(?:ed|s)|"
    # "an alliance, which Chowdhury credits with "keeping us honest""
    r"credit(?:ed|s)(?=\s+(?:[\w'\u2019-]+\s+){0,4}?with\b)|"
    r"recount(?:ed|s)|interject(?:ed|s)|clarifi(?:ed|es)|elaborat(?:ed|es)|speculat(?:ed|es)|"
    r"wonder(?:ed|s)|queried|assert(?:ed|s)|contend(?:ed|s)|objected|snapped|fum(?:ed|es)|"
    r"reiterat(?:ed|es)|repeated|echoed|underlin(?:ed|es)|opin(?:ed|es)|confid(?:ed|es)|"
    r"confess(?:ed|es)|appealed|submit(?:ted|s)|challeng(?:ed|es)|advis(?:ed|es)|inform(?:ed|s)|"
    r"(?:held|holds|ruled|rules)(?=\s+that\b)|"  # a judge's: "Mrs Justice Harlow held that"
    # "has this afternoon issued a statement on the report."
    r"(?:issued|released|put\s+out)\s+(?:a|an|this)\s+(?:short\s+|brief\s+|joint\s+)?"
    r"(?:statement|response)|"
    # "to use Ofsted's words", "in the director's words", "the letter's conclusion that"
    # "your assurance that", "her warning that"
    r"(?:(?:['\u2019]s|(?<=s)['\u2019])|\b(?:his|her|their|your))\s+(?:own\s+)?"
    # ("the caller's closing words were")
    r"(?:(?:closing|final|last|parting|opening|first)\s+words|words|phrase|conclusion|verdict|"
    r"assurance|promise|pledge|warning|admission|"
    r"description|characteri[sz]ation|claim|insistence|remark|finding|observation|statement|"
    # ("Carol's response was that", not "the council's response to abuse was")
    # ("Her comment on the draft findings was:")
    r"(?:response|reply|answer|comment)(?=\s+(?:was|is)\s+that\b|\s*:"
    r"|\s+(?:on|to|about)\s+[^.:;_\"\u201c]{1,60}?\s+(?:was|is)\s*(?:that\b|:)))|"
    # "In her judgment the assessment was", "in his view": the person's (not "Ofsted's
    # judgement", a grade)
    r"(?<![\w'\u2019])(?i:in)\s+(?:his|her|their)\s+(?:judge?ment|view|opinion)|"
    # "the observation of Mrs Justice Harrowby, in an earlier claim, that"
    r"\bthe\s+(?:observation|remark|warning|conclusion|finding|view|words)\s+of(?=\s+[A-Z])|"
    # "put the city's success down to"
    # "a turnaround the sergeant puts down partly to", "which she attributes largely to"
    r"(?:puts?\s+(?:(?:the|its|his|her|their|this|that)\s+)?(?:[\w'\u2019]+\s+){0,3}down|"
    r"attribut(?:ed|es)\s+(?:it|this|that|them|(?:the|its|his|her|their)\s+[\w-]+)|"
    r"(?<=\s)attributes)\s+"
    r"(?:(?:partly|partially|largely|mainly|mostly|chiefly|entirely|in\s+(?:large\s+)?part)\s+)?to"
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
        "ever",
        "recently",
        "earlier",
        "simply",
        "just",
        "however",
        "themselves",
        "himself",
        "herself",
        "itself",
        "morning",
        "afternoon",
        "evening",
        "tonight",
    ]
)
GRADES = re.compile(
    r"^(?:(?:rated|judged|graded|an?|the)\s+)?(?:outstanding|good|inadequate|adequate|(?:requires?|"
    r"required|requiring)\s+improvement(?:\s+to\s+be\s+good)?|good\s+or\s+better)"
    r"[.!]?$",
    re.I,
)
SCARE_LEAD = re.compile(
    r"(?:so-called|known\s+as|dubbed|termed|nicknamed|entitled|titled"
    # "what it calls a 'focused visit'", "citing the 'cost limit'": a term, named
    r"|\bwhat\s+\w+\s+call(?:s|ed)\s+(?:an?|the)|\bciting\s+(?:the|an?|its|their)"
    # "what managers call 'continuity of relationship'": a name a group uses (not "what she
    # calls 'a very uncomfortable conversation'", her words)
    # ("what service families call 'the patch'", "what many young people call")
    r"|\bwhat\s+(?:[a-z]+\s+)?(?:workers|managers|staff|practitioners|carers|residents|"
    r"professionals|people|insiders|colleagues|officers|officials|the\s+sector|the\s+profession|"
    r"families|parents|locals|children|teenagers)\s+(?:now\s+|often\s+|sometimes\s+)?call"
    # "people talk about 'outcomes'": a word people use
    r"|\btalk(?:s|ed|ing)?\s+about"
    # "had never heard the word 'fostering' used about": a word, mentioned
    r"|\b(?:the|a|that|this)\s+(?:word|term|acronym|abbreviation)"
    r"|\b(?:Appendix|Annex|Annexe|Schedule|Table|Figure|Option|Item|Part))\s*$",
    re.I,
)
# A heading naming who speaks or writes: "Budget speech by the Leader of the Council, Cllr X"
# A first-person story's standfirst: "Here she tells her story", "In his own words"
_TELLS_STORY = re.compile(
    r"\b(?:[Hh]ere\s+)?(?:she|he|they)\s+tells?\s+(?:her|his|their)\s+(?:own\s+)?story\b"
    r"|\b[Ii]n\s+(?:her|his|their)\s+own\s+words\b"
)
_WRITTEN_BY = re.compile(
    r"\b(?:[Ss]peech|[Cc]olumn|[Ff]oreword|[Bb]log|[Ss]tatement|[Ii]ntroduction|[Aa]ddress|"
    r"[Ll]ecture|[Ee]ssay)\s+by\s+(?:the\s+[^,\n]{3,80},\s+)?"
)
# "For campaigner Leah Brandt, ...": whose view the sentence gives
_FOR_WHOM = re.compile(r"\s*For\s+(?:[a-z][\w'\u2019-]*\s+){0,3}")
# ", who asked not to be named," between a subject and its verb (whose "asked" is no verb of
# saying, and whose "not" no negation of the verb after it)
_NOT_TO_BE_NAMED = r"not\s+to\s+be\s+(?:named|identified)"
_NOT_NAMED = re.compile(
    r"^\s*,?\s*(?:who|that)\s+(?:asked|requested|wished|wanted|spoke\s+on\s+condition)\s+"
    rf"(?:{_NOT_TO_BE_NAMED}|of\s+anonymity)\s*,?\s*"
)
# The end of a sentence or a lead-in, where a label before a dash may follow
_LABEL_AFTER = re.compile(r"[.!?:][\"'\u201d\u2019]?[ \t]+(?=[A-Z])")


def _shortens(short: str, full: str) -> bool:
    """Whether ``short`` is a short form of the first name ``full`` (both folded): "bernie"
    of "bernadette", "kath" of "katherine"; not "mary" of "margaret".

    >>> _shortens("bernie", "bernadette"), _shortens("mary", "margaret")
    (True, False)
    """
    stem = re.sub(r"(?:ie|y)$", "", short)
    return len(stem) >= 4 and len(full) > len(short) and full.startswith(stem)


# Words signed after a dash at their line's end: '"..." – Leo', '"..." – Sue (residential)'
_SIGNED_ITEM = re.compile(
    r"[\"'\u201d\u2019][ \t]*[\u2013\u2014-][ \t]*[A-Za-z][^\n\"\u201c\u201d]{0,80}$"
)
# A capitalised word, its letters any alphabet's ("Wiesława")
_LONE_WORD = r"[A-Z][^\W\dA-Z_]+"
# A form's field naming the child or young person it is about by a given name and an
# initial: "Young person: Jordan A.", "Pupil: Reece M. | Year 9"
_FIELD_PERSON = re.compile(
    r"(?m)^[ \t]*(?i:young\s+person|child|pupil|learner|student|care\s+leaver|client|"
    # ("Name given: A.Z.", an age assessment's young person)
    r"service\s+user|name\s+(?:given|used))(?:['\u2019]s\s+name)?[ \t]*:[ \t]*"
    r"(?P<n>(?P<g>[A-Z][a-z]{2,})[ \t]+[A-Z]\.|(?P<i>(?!I\.)[A-Z])\.[ \t]?[A-Z]\.|"
    r"Child[ \t]+(?P<k>(?![AI]\b)[A-Z])"  # ("Child: Child K (female, 9)")
    r"|(?P<e>(?![AI]\b)[A-Z])(?=[ \t]*\((?:aged[ \t]+)?\d))"  # ("Child: E (aged 11)")
    r"(?=[ \t]*(?:$|\||[ \t]\s|,|\())"
)
# A line captioning the words under it with their source: "Extract 2 – Ofsted, Middlesbrough,
# 2019 [1]", "Source: Kelby Council, March 2024"
_SOURCE_LINE = re.compile(
    r"[ \t]*(?:Extract|Excerpt|Source|Quotation)\b[ \t]*(?:\d{1,2}[ \t]*)?[\u2013\u2014:-][ \t]*"
    r"(?P<n>[A-Z][^,\[\n(]{1,60}?)[ \t]*(?:[,\[(][^\n]*)?"
)
# Whose words follow, in a heading: "(in J.T.'s words, taken by GP at 22:40)"
_IN_WHOSE_WORDS = re.compile(
    r"\b[Ii]n\s+(?P<who>[A-Z][\w.'\u2019-]*?(?:\s+[A-Z][\w'\u2019-]*)?)['\u2019]s\s+"
    r"(?:own\s+)?words\b"
)
_HEADING_INITIALS = re.compile(
    r"[ \t]*(?:\d{1,2}\.[ \t]+)?[A-Z][A-Z'\u2019 &-]{3,60}\((?P<who>[A-Z]{2,4})\)[ \t]*"
)
# A given name and its initial in brackets, as minutes give a child: "Jaylen (J), aged 15"
_NAME_AND_LETTER = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{2,})[ \t]+\((?P<k>[A-Z])\)")
# After words, a note that no one signed them: '"..." (unsigned)', "(anonymous)"
_UNSIGNED = re.compile(
    r"[ \t]*[(\[](?:unsigned|anonymous|anon\.?|not\s+signed|no\s+name(?:\s+given)?|"
    r"name\s+withheld)[)\]]",
    re.I,
)
# A name and the letter a record calls its person by: "Mehmet A. (known in this record as M)"
_NAME_KNOWN_AS_LETTER = re.compile(
    r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{2,}(?:[ \t]+[A-Z](?:\.|[\w'\u2019-]+))?)[ \t]+"
    r"\((?:known|referred[ \t]+to|called)(?:[ \t]+(?:in|throughout)[ \t]+(?:this|the)[ \t]+"
    r"(?:record|report|document|letter|assessment|plan|minutes))?[ \t]+as[ \t]+"
    r"[\"'\u2018\u201c]?(?P<k>(?!I\b)[A-Z]{1,2})[\"'\u2019\u201d]?\)"
)
# A young person by initials and an age: "J.T. (15)", "K.M. (14)"
_INITIALS_AGED = re.compile(
    r"(?<![\w.])(?P<n>(?![AI]\.)[A-Z]\.[ \t]?[A-Z]\.)[ \t]*\((?:aged[ \t]+)?\d{1,2}\)"
)
# A child a case's heading names by a letter, with sex and birth: "J (a boy, born 2015)"
_LETTER_CHILD = re.compile(
    r"(?<![\w'\u2019.-])(?P<k>(?!I\b)[A-Z])[ \t]+\((?:an?[ \t]+)?(?P<sex>boy|girl|male|female)"
    r"(?:,[ \t]*(?:(?:born|aged|age|DOB|d\.o\.b\.)[^()\n]{0,24}|\d{1,2}))?\)"
    # ... or as "Child L (aged 7)", "sibling Child M (aged 4)"
    r"|\bChild[ \t]+(?P<c>(?![AI]\b)[A-Z])[ \t]+\((?:aged[ \t]+)?\d{1,2}\)"
    # ... or a parent by a letter and the relation: "S (mother)"
    r"|(?<![\w'\u2019.-])(?P<p>(?![AI]\b)[A-Z])[ \t]+\((?:birth[ \t]+)?"
    r"(?P<rel>mother|father|mum|dad|grandmother|grandfather|aunt|uncle)\)"
    # ... or a form's field: "Referred to in this form as: B"
    r"|(?m:^)[ \t]*(?:Referred[ \t]+to|Known)(?:[ \t]+(?:in|throughout)[ \t]+(?:this|the)[ \t]+"
    r"(?:form|record|report|document|assessment|plan))?[ \t]+as[ \t]*:[ \t]*"
    r"(?P<f>(?![AI]\b)[A-Z])[ \t]*(?m:$)"
    # ... or the subject of a letter's or a court paper's "Re:" line: "Re: J (Year 10, ...)"
    # (not "Re: L (a girl, born 2024)", read as a child with her sex above)
    r"|(?m:^)[ \t]*Re:[ \t]*(?P<r>(?![AI]\b)[A-Z])[ \t]*"
    r"\((?!(?:an?[ \t]+)?(?:boy|girl|male|female))"
)
# A child's year of birth: "(a girl, born 3 June 2024)"
_BORN_IN = re.compile(r"\bborn\b[^()\n]*?\b((?:19|20)\d\d)\b")
# Where the letter "A" stands for a child, not the article: before "'s", a verb or a stop
_A_CHILD_USE = (
    r"(?=['\u2019]s\b|\s*[,.;:!?)]|\s+(?:[a-z]+(?:s|ed)|said|drew|told|went|came|wrote|made|"
    r"took|gave|felt|saw|knew|sang|ran|sat|stood|got|did|does|would|will|can|could|says)\b)"
)


def _gender_of_sex(word: str | None) -> str | None:
    """ "m" or "f" for a form's word for a child's sex or a relative ("boy", "female",
    "mother"), None for none.

    >>> _gender_of_sex("boy"), _gender_of_sex("mother"), _gender_of_sex(None)
    ('m', 'f', None)
    """
    if word is None:
        return None
    return "m" if word in ("boy", "male", "father", "dad", "grandfather", "uncle") else "f"


def _letter_alone(letter: str) -> str:
    r"""The pattern of a letter standing alone for a child ("K said", "K's"; a child called A:
    not the article opening a sentence, "A council said", but "A calls her", "A's school").

    >>> import re
    >>> [m.start() for m in re.finditer(_letter_alone("A"), "A council met. A said no.")]
    [15]
    """
    pattern = rf"(?<![\w'\u2019.-]){letter}(?![\w'\u2019-]|\.\s?[A-Z]\.)"
    return pattern + _A_CHILD_USE if letter == "A" else pattern


# Children by initials with their sex and birth: "K.M. (female, born 2016)"
_INITIALS_CHILD = re.compile(
    r"(?<![\w.])(?P<n>(?P<k>[A-Z])\.[ \t]?[A-Z]\.)[ \t]*\((?:an?[ \t]+)?"
    r"(?P<sex>boy|girl|male|female)(?:,[ \t]*(?:born|aged|age|DOB)[^()\n]{0,24})?\)"
)
# ... or by a given name alone, on a line of its own: "Child/young person: Kai"
_FIELD_GIVEN_NAME = re.compile(
    r"(?m)^[ \t]*(?i:child(?:[ \t]*/[ \t]*young[ \t]+person)?|young[ \t]+person|pupil)"
    r"(?:['\u2019]s[ \t]+name)?[ \t]*:[ \t]*(?P<n>[A-Z][a-z]{2,})[ \t]*$"
)
# ... or by initials and the name they go by, in marks: 'C.B. (known as "Cal")'
_INITIALS_KNOWN_AS = re.compile(
    r"(?<![\w.])(?P<i>(?:[A-Z]\.[ \t]?){1,3})[ \t]*\([ \t]*(?:known|referred[ \t]+to)[ \t]+as[ \t]+"
    r"[\"'\u201c\u2018](?P<n>[A-Z][a-z]+)[\"'\u201d\u2019][ \t]*\)"
)
# ... or by a code of capitals opening a list's item, then the sex: "- AB, boy, 14"
_CODED_CHILD = re.compile(
    rf"(?m)^[ \t]*(?:[{re.escape(BULLETS)}][ \t]*)?(?P<n>[A-Z]{{2,3}})(?:,[ \t]*|[ \t]*\()"
    r"(?:an?[ \t]+)?(?P<sex>boy|girl|male|female)\b"
)
# ... or by a letter, a sex and an age, as a log's row gives them: "Young person C, M, 15"
_LOGGED_CHILD = re.compile(
    r"\b(?:Child|Young[ \t]+person|YP|Sibling)[ \t]+(?P<k>(?!I\b)[A-Z]),[ \t]*(?P<sex>[MF]),[ \t]*"
    r"\d{1,2}\b"
)
# A list's item of one given name and a post in lower case: "; Kai, young ambassador;"
_LISTED_GIVEN_NAME = re.compile(
    r"(?:(?<=:)|(?<=;))[ \t]*([A-Z][a-z]+),[ \t]+[a-z][a-z -]{2,40}?(?=[ \t]*(?:;|\n|$|\())"
)
# A name someone asked to be given in the text: "who asked to be called Aysel"
_CALLED_NAME = re.compile(
    r"\b(?:who|that)\s+(?:asked|wished|wanted|chose|preferred)\s+to\s+be\s+(?:called|known\s+as|"
    r"identified\s+(?:only\s+)?as|named\s+(?:only\s+)?as)\s+(?P<n>[A-Z][a-z]+)\b"
)
_PSEUDONYM_IN_MARKS = re.compile(
    r"\b(?:given\s+the\s+(?:pseudonym|name)|(?:known|referred\s+to)\s+(?:here\s+)?as)\s+"
    r"[\"'\u2018\u201c](?P<n>[A-Z][a-z]+)[\"'\u2019\u201d]"
)
# Two first names given one age: "Precious and Ali, both 16"
_AGED_PAIR = re.compile(
    r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+),\s*(?:both|each)\s+(?:aged\s+)?(?:1\d|[2-9]\d|\d)\b"
)
# A first name with an age, opening a sentence: "Jordan is 19 and", "Jordan, 19, has"
_AGED_NAME = re.compile(
    r"(?:\A|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+)(?:\s+is\s+(?:now\s+)?|,\s*(?:now\s+)?)"
    r"(?:1\d|[2-9]\d)\b(?!\s*(?:%|per\s*cent|years?\s+(?:ago|since)))"
    # (not a dateline's day of the week, in any language: "Joi, 12 septembrie 2024")
    r"(?!(?:st|nd|rd|th)?\s+[^\W\d_]+\.?,?\s+(?:19|20)\d{2}\b)"
)
# After a turn's label, its colon: "MR OKONJO (repeating the question): "
_TURN_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:[ \t]+(?=\S)")
# A script's speaker, in capitals at the start of a line: "AMIRA: ", "MR HOLLIS: "
_CAST_WHO = (
    r"(?m)^[ \t]*(?P<who>(?:(?P<title>MR|MRS|MS|MISS|DR)[ \t]+)?(?P<name>[A-Z][A-Z'\u2019-]+))"
)
_CAST_LABEL = re.compile(_CAST_WHO + _TURN_LABEL_AFTER.pattern)
# ... and as a cast list gives them, one to a line: "DEV, 20", "MR HOLLIS, a retired carer"
_CAST_ENTRY = re.compile(_CAST_WHO + r"[ \t]*(?:,|\()")
# A profile card's field ("Joined: 2019", "Team: Fostering") and its words, quoted or after a
# label ("Best bit of the job: '...'")
_CARD_FIELD = re.compile(
    r"[A-Z][\w'\u2019 ]{1,30}:[ \t]*[^\s\"\u201c'\u2018][^\n.!?\"\u201c]{0,50}"
)
_CARD_WORDS = re.compile(r"(?:[A-Z][\w'\u2019 ?]{1,40}:[ \t]*)?[\"\u201c\u2018']")
# A section heading's label before its person: "Candidate 1 \u2013 ", "Interviewee 3: "
# A heading's numbered part, then a bracket: "Prop 1 (", "Speaker 2 ("
_NUMBERED_HEADING = r"[A-Z][\w-]{1,15}[ \t]+\d{1,2}[ \t]+\("
_SECTION_LABEL = re.compile(
    r"[ \t]*(?:(?:Candidate|Applicant|Interviewee|Nominee|Witness|Contributor)"
    r"(?:[ \t]+(?:\d{1,2}|[A-Z]))?[ \t]*[:\u2013\u2014-][ \t]*"
    # (or a numbered part and a first name in brackets: "Prop 1 (Amira)", "Speaker 2 (Theo)")
    rf"|{_NUMBERED_HEADING}(?=[A-Z][\w'\u2019-]+\)[ \t]*(?:\n|$)))"
)
# A section's heading giving it to one person's own words: "SECTION 3 - B IN HER OWN WORDS"
_OWN_WORDS_HEADING = re.compile(r"\bin\s+(?:her|his|their)\s+own\s+words$", re.I)
# The label of an interview summary's subject: "Interviewee: Delroy Whitfield"
_INTERVIEWEE = re.compile(r"(?im)^[ \t]*(?:interviewee|narrator|oral\s+history\s+by)[ \t]*:[ \t]*")
# A first name before a nickname in quotation marks: 'Kevin "Kev" Rudd'
_BEFORE_NICKNAME = re.compile(
    r"(?<![\w'\u2019-])(?!(?:The|A|An|Our|Its|Their|His|Her|This|That|In|On|At|For|And|But)\s)"
    r"[A-Z][a-z]+ $"
)


def _is_nickname(text: str, q: QuoteSpan) -> bool:
    """A capitalised word or two in quotation marks between a first name and a surname."""
    return bool(
        re.fullmatch(r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?", text[q.start : q.end])
        and _BEFORE_NICKNAME.search(text, max(0, q.open_start - 30), q.open_start)
        and re.match(r" [A-Z][a-z][\w'\u2019-]*\b", text[q.close_end : q.close_end + 30])
    )


def _is_pseudonym(text: str, q: QuoteSpan) -> bool:
    """A first name in quotation marks opening a sentence, then an age: a name changed for
    the report ('"Tyler" (15) showed me his bedroom'), not anyone's words."""
    return bool(
        re.fullmatch(r"[A-Z][a-z]+", text[q.start : q.end])
        and re.search(r"(?:^|[.!?]\s+|\n)\s*$", text[max(0, q.open_start - 3) : q.open_start])
        and re.match(r"\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,)", text[q.close_end : q.close_end + 8])
    )


# Who wrote a paper: "written by Dr Jo Roe", "The review, led by Jo Roe,"
_WRITTEN_BY_PERSON = re.compile(
    r"\b(?:written|authored|compiled|conducted|led|undertaken|carried\s+out)\s+by\s+"
    r"(?:(?:the\s+)?(?:independent\s+)?(?:reviewer|author|consultant|expert)\s*,?\s+)?"
)
# An initial and a surname: "P Adeyemi", "J. Roe"
_INITIAL_NAME = re.compile(r"(?P<i>[A-Z])\.?\s+(?P<s>[A-Z][\w'\u2019-]+)")
# "Ofsted, which found ...", "Ms Roe, who said ...": the name is the verb's subject.
RELATIVE = re.compile(
    # ("the SEND area inspection in March, which found")
    r"(?:\s+(?:in|on|last|this)\s+(?:[A-Z][a-z]+|\d{4}|week|month|year)(?:\s+\d{4})?)?"
    r"\s*,\s*(?:which|who)\s+(?:(?:also|then|later|has|had|have|\w+ly)\s+)*"
)
# "A county council spokeswoman": her gender
_SPOKES_NOUN = re.compile(r"spokes(woman|man|person)", re.I)
# Occupations and the like written before a name: "independent social worker Dr Jo Roe",
# "says mum-of-two Kerry Brown", "said care leaver Jo Roe".
_OCCUPATION = re.compile(
    r"\b(?:worker|carer|author|reviewer|consultant|lawyer|barrister|doctor|nurse|teacher|"
    r"headteacher|psychologist|academic|researcher|journalist|campaigner|advocate|practitioner|"
    r"presenter|trainer|facilitator|therapist|counsellor|assessor|mentor|coordinator|mum|mother|"
    r"dad|father|parent|grandmother|grandfather|grandparent|gran|grandad|nan|leaver|pensioner|"
    r"student|resident|volunteer|survivor|(?:grand)?(?:mum|mother|dad|father)-of-[a-z]+)s?$"
)

# The writer's question to someone, whose answer follows: "I put that to", "We asked".
_PUT_TO = re.compile(
    r"\b(?:I|we|We)\s+(?:then\s+|also\s+)?(?:put\s+(?:it|that|this|these|those|the\s+\w+)\s+to|"
    rf"{ASKED})\s+(?:the\s+[\w\s]{{0,30}}?)?$"
)
# What a body or person puts out, between its name in the possessive and the verb.
_OWN_PAPER = re.compile(
    # (or with no possessive: "A council press release in 2019 described")
    r"(?:['\u2019]s)?\s+(?:(?:own|latest|official|written|formal|initial|first|statutory)\s+)?"
    # ("The Department for Education's statutory guidance says")
    r"(?:press\s+release|statement|response|reply|website|letter|post|tweet|submission|"
    r"guidance|strategy|policy|newsletter|handbook|manifesto|"
    r"briefing|update|self-assessment|self-evaluation|improvement\s+plan|action\s+plan|"
    r"account(?:\s+@\w+)?)\s*"
    # "the council's own self-evaluation, submitted before the inspection, described"
    r"(?:,[^,_]{1,80},\s*)?"
    r"(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?"
    r"(?:(?:has|had|also|then|later|\w+ly)\s+)*"
)
# A sentence after a quotation saying whose it was: "That was the verdict of", "Those were
# the words of"
_VERDICT_OF = re.compile(
    r"[\s\u2019\u201d\"']*(?:That|This|Those|These|Such)\s+(?:was|were|is|are|has\s+been)\s+"
    r"(?:the\s+)?(?:(?:blunt|stark|frank|damning|honest|early|first|considered|angry)\s+)?"
    r"(?:verdict|words?|view|message|response|reaction|assessment|warning|conclusion|"
    r"judge?ment|answer|plea|reply)\s+(?:of|from)\s+(?:the\s+)?"
)
# ... or the line someone used: "That's the line Jo Roe road-tested on staff", "That was the
# message Cllr Roe gave"
_LINE_OF = re.compile(
    r"[\s\u2019\u201d\"']*(?:That|This)(?:['\u2019]s|\s+(?:was|is))\s+(?:the|a|her|his)\s+"
    r"(?:[a-z]+\s+)?(?:line|message|phrase|soundbite|mantra|slogan|refrain)\s+(?:that\s+)?"
)
# A message as a sentence's subject ("The post said:"), and its author's verb before it
# ("Cllr Roe published a post on his Facebook page")
_MESSAGES = r"(?:post|tweet|message|e-?mail|comment|status|update|note|text)"
_THE_MESSAGE = re.compile(rf"\s*(?:The|That|This)\s+(?:[\w-]+\s+)?{_MESSAGES}\s+(?:also\s+)?")
# "an email from Ms Lakhani dated 10 January, which reads in part:": the sender's words
_MESSAGE_FROM = re.compile(
    rf"\b(?:an?|the|her|his|their)\s+(?:[\w-]+\s+)?(?:{_MESSAGES}|letter)\s+from\s+"
    r"(?P<from>[A-Z])[^:;\n]{0,80}?,?\s+(?:which|that)\s+(?:reads|read|says|said|states|stated)"
    r"(?:\s+in\s+part)?\s*:\s*$"
)
_PUT_OUT_MESSAGE = re.compile(
    r"\s+(?:(?:had|has|then|later|also)\s+)*(?:published|posted|wrote|sent|shared|put\s+up|"
    rf"tweeted|added)\s+(?:a|an|the|this)\s+(?:[\w-]+\s+){{0,3}}?{_MESSAGES}\b"
)
# "Sandra Pike, from Weymouth, who has fostered for 16 years, told": where a person is from
# and a clause about them, between the name and the verb.
_DESCRIBED = re.compile(
    # ("Care leaver Ayesha, 19, who sits on the Children in Care Council, said")
    r"\s*(?:,\s*(?:aged\s+)?\d{1,2}(?=\s*,))?"
    r"\s*(?:,\s*(?:from|in|of)\s+[A-Z][\w'\u2019-]*(?:[ -][A-Z][\w'\u2019-]*){0,3})?"
    r"(?:\s*,\s*who(?:se)?\s+[^,;:\n_]{3,120})?\s*,\s*"
    # ("Director Jo Roe - who also runs education, and the harbour - said")
    r"|\s+[-\u2013\u2014]\s+(?:(?!\s[-\u2013\u2014]\s)[^.;:!?_\n]){3,160}?\s+[-\u2013\u2014]\s+"
)
# a first name as a sentence's subject: "Aisha, meanwhile, has", "Aisha is one of 34"
_SENTENCE_OPENS = re.compile(r"(?:\A|\n|[.!?][\"'\u201d\u2019]?\s)\s*$")
# A line that is one quotation and nothing else (a pull quote)
_PULL_QUOTE = re.compile(
    r"\s*[\"'\u201c\u2018][^\n\"\u201c\u201d]{3,300}[\"'\u201d\u2019][.!?]?\s*"
)
_AFTER_OPENING = re.compile(
    r"(?:\A|\n|[.!?][\"'\u201d\u2019]?\s)[A-Z][^,.;:!?\n\"\u201c\u201d]{2,70},\s+$"
)
_SUBJECT_GOES_ON = re.compile(
    r",\s+[a-z]|\s+(?:is|was|has|had|now|still|says|said)\b"
    # "Priya wants change", "Priya never stopped": a verb
    r"|\s+(?:(?:never|always|also|still|now|just|finally|then)\s+)?"
    r"(?!(?:this|his|its|was|has|is|as|us)\b)[a-z]{2,}(?:s|ed)\b"
)
# words that end a clause before a post: "The makers were given what the council's director"
_CLAUSE_WORD = re.compile(
    r"(?<![\w-])(?:what|who|whom|which|was|were|is|are|has|have|had|been|given|by|when|where|appoints|"
    r"appointed|names|hires|hired|recruits|recruited)\s+|\s[-\u2013\u2014]\s+"
)
# "the words of the executive director", "a letter from the chief executive"
_LED_BY = re.compile(r"\b(?:of|from|to|under|in|with)\s+(?=(?:the|an?|its|their)\s)", re.I)
# "A 15-year-old member of (the council's) ..." before a body's name
_MEMBER_OF = re.compile(
    r"\b(?i:an?|one|another)\s+(?:(?:\d{1,2}-year-old|young|long-serving|former|new)\s+)?"
    r"(?i:member)\s+of\s+(?:(?i:the|its|their|our)\s+)?(?:[\w'\u2019]+['\u2019]s\s+)?$"
)
# A byline: "By Rowan Pike, 8 November 2024", "Words by Lucy Armitage"
_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:[Bb]y|[Ww]ords\s+by|[Rr]eporting\s+by)\s+$")
# "X was entitled to call that", "X was quick to say": X's own verb of saying
_RAISING = re.compile(
    r",?\s*(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:entitled|right|quick|keen|happy|"
    r"able|careful|eager|willing|wrong|the\s+first)\s+to\s*"
)
# "X(,) is a cartoon villain who tells her that": the person is the verb's subject
_IS_A_WHO = re.compile(
    r",?\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){1,4}(?:who|that)\s+"
    r"(?:(?:also|then|later|once|\w+ly)\s+)*"
)
# "X puts down the phone, stares at her screen, and then says": X's verbs, the last of saying
_VERB_CHAIN = re.compile(
    r"(?:\s+[a-z]+(?:s|ed)\b[^.;:!?_\n]{0,150},"
    # "Amani put her hand up and said": a short act, then the verb, with no comma
    r"|\s+(?:[a-z]+(?:s|ed)|put|stood|got|took|sat|shook|held|rose|turned|went|came|leant)\b"
    r"(?:\s+[a-z]+){0,8})\s+and\s+(?:then\s+|finally\s+)?"
)
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}
# Unnamed people in the plural: "Several students", "parents" (not "one of the parents")
_MANY = re.compile(r"(?i)^(?!(?:one|another)\s+of\s).*(?:s|people|children|families|members)$")
# Before the one who asks, in a clause opening a sentence: "Asked by presenter Kev Mellor"
_ASKED_BY = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:Asked|Questioned|Pressed|Challenged|Interviewed)\s+by|"
    # "In answer to a question from Cllr Parkes, she said"
    r"In\s+(?:answer|reply|response)\s+to\s+(?:a\s+|the\s+)?questions?\s+from)\s+"
    r"(?:(?:the\s+)?[a-z]+\s+){0,2}$"
)
# Before a report named after "according to": "a new", "the latest", "last week's"
_PAPER_ARTICLE = re.compile(
    r"\s*(?:an?|the|this|its|their|last\s+\w+['\u2019]s|\w+day['\u2019]s)\s+"
    r"(?:(?:new|latest|recent|full|final|published|damning|critical|scathing|glowing|"
    r"official|independent|highly|most|long-awaited)\s+)*",
    re.I,
)
# What a report is about or whom it is to, after it: "The Ofsted report on Kelby said"
_ABOUT_PLACE = re.compile(
    r"\s+(?:on|into|about|to)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}(?=[\s,])"
)
# What a person is, between the words and the name: '"...," social worker Lisa Grant said'
_DESCRIBED_BEFORE = re.compile(
    r"\s*,?\s*(?P<r>(?!(?:but|and|or|as|while|whilst|when|though|although|then|yet|so|if|"
    r"because|since|after|before|where|which|who|that|says|said|adds|added)\b)"
    r"(?:[A-Za-z][\w'\u2019-]*\s+){0,4}[a-z][\w'\u2019-]*)\s+"
)
_SPACES = re.compile(r"\s*")
# A clause of time or condition before a sentence's subject, with no comma
_WHEN_CLAUSE = re.compile(
    r"(?:When|After|Once|Before|While|Whilst|Although|Though|Since|As\s+soon\s+as)\s+[^,;:.!?]{3,80}"
)
_THAT_WHEN_CLAUSE = re.compile(
    r"[^.;:!?\n]{0,80}\bthat\s+(?:when|after|once|before|while|whilst|although|though|since|"
    r"as\s+soon\s+as)\s+[^,;:.!?]{3,120}"
)
# "Stoke-on-Trent", "Blackburn with Darwen", "Telford and Wrekin", "Waltham Forest"
# At most five more words ("Bath and North East Somerset"): unbounded, a long run of capitalised
# words was tried from every word to its end, in time quadratic in its length.
_PLACE_NAME = r"[A-Z][a-z]+(?:[- ](?:(?:upon|on|under|with|and)[- ])?[A-Z][a-z]+){0,5}"
# A place in capitals, as news copy sets a story's first word: "SOUTHAMPTON'S children's ..."
_PLACE_CAPS = r"[A-Z]{3,}(?:[- ](?:UPON|ON|UNDER|[A-Z]{2,})){0,5}"
_PLACE = re.compile(
    rf"\b(?:(?P<a>{_PLACE_NAME})(?:['\u2019]s)?|(?P<c>{_PLACE_CAPS})(?:['\u2019][sS])?)\s+"
    rf"(?i:children['\u2019]s\s+(?:social\s+care\s+)?services)\b"
    rf"|\b(?i:children['\u2019]s\s+(?:social\s+care\s+)?services\s+in)\s+(?P<b>{_PLACE_NAME})"
)
# Where no children's services are named: "Tameside council", "Waltham Forest's director of
# children's services", "the council in Halton".
_PLACE_OWNS = re.compile(
    rf"\b(?P<a>{_PLACE_NAME})(?:['\u2019]s\s+(?i:(?:interim\s+|acting\s+)?director|"
    rf"cabinet\s+member|council|lead\s+member|executive\s+member)\b|\s+council\b)"
    rf"|\b(?i:the\s+council\s+in)\s+(?P<b>{_PLACE_NAME})"
)
# Words before "council" that name no place ("Your council magazine"; "Full council meeting":
# a meeting of the council)
_DETERMINERS = {
    *("your", "our", "my", "their", "its", "his", "her", "this", "that", "every", "each"),
    *("full", "whole", "extraordinary"),
}
_NOT_PLACES = {"England", "Britain", "Wales", "Scotland", "London", "UK"}
# The 153 English councils with children's services, by place (longest first: "North East
# Lincolnshire" before "Lincolnshire"); not "Reading", which starts sentences as a verb, nor
# the region "Greater Manchester".
_COUNCIL_KINDS = dict(COUNCILS)
ENGLISH_COUNCIL = _ENGLISH_COUNCIL = re.compile(
    r"(?<![\w-])(?<!Greater\s)(?:"
    # ("Telford & Wrekin" as well as "Telford and Wrekin")
    + "|".join(
        re.escape(p).replace(r"\ and\ ", r"\ (?:and|&)\ ")
        for p in sorted(_COUNCIL_KINDS, key=len, reverse=True)
    )
    + r")(?![\w-])(?<!Reading)"
)
# Councils with no children's services to judge: a children in care council is a forum of
# children in care; youth, parish and town councils.
# A council of children or young people: "the Children in Care Council", "Youth Council"
_YOUNG_PEOPLES_COUNCIL = r"\b(?:Children\s+in\s+Care|Youth|Young\s+People['\u2019]s)\s+Council\b"
NOT_A_COUNCIL = re.compile(
    # (and "Full council meeting at Middlesbrough Town Hall": a meeting of the council)
    _YOUNG_PEOPLES_COUNCIL + r"|\b(?:Parish|Town|Full)\s+Council\b",
    re.I,
)
# A clause after an attribution that closes the quotation's sentence: ", as figures show".
_CLAUSE_AFTER = re.compile(
    r"\s*,\s*(?:as|after|amid|following|while|whilst|ahead\s+of|because|since|when|despite)\s"
)
_HEADING_LINE = re.compile(r"(?m)^[^\n.!?]{2,60}$")
# A byline, or the newsroom it was filed from: "By Jo Roe", "BBC News, Lincolnshire".
_BYLINE_LINE = re.compile(r"\s*(?:By\s+[A-Z]|(?:[A-Z][\w&]*\s+){0,3}News\s*,)")
_COUNCIL_CASE = {p.lower(): p for p in _COUNCIL_KINDS} | {
    p.lower().replace(" and ", " & "): p for p in _COUNCIL_KINDS if " and " in p
}
# A headline's label, then the subject of the quoted words: "Inspectors: care leavers "
# (not one described: "Margaret Ellery: the director who ")
_HEADLINE_LABEL = re.compile(
    r"(?:^|:\s)\s*(?P<l>[A-Z][\w'\u2019 -]{0,30}?):\s+"
    r"(?:(?!(?:who|whom|whose|which|that)\s)[\w'\u2019-]+,?\s+){1,4}$"
)
# A council's place in a web or email address or a workspace's slug: "www.rochdale.gov.uk",
# "press@rochdale.gov.uk", "rochdale-childrens-services"
_COUNCIL_SLUG = re.compile(
    r"(?<![\w-])(?P<p>[a-z]+(?:-[a-z]+)*)\.gov\.uk\b"
    r"|(?<![\w.@-])(?P<p2>[a-z]+(?:-[a-z]+)*?)-(?:childrens?-services|council|cs)\b"
)
# A council's place as it is shortened ("Kingston was judged good", "Southend"): not a
# surname ("Paul Kingston") nor the start of another place ("Kingston Bridge", "Stoke
# Newington", "Newcastle-under-Lyme")
SHORT_PLACES = {
    "Kingston": "Kingston upon Thames",
    "Richmond": "Richmond upon Thames",
    "Southend": "Southend-on-Sea",
    "Stoke": "Stoke-on-Trent",
    "Stockton": "Stockton-on-Tees",
    "Newcastle": "Newcastle upon Tyne",
    "Hull": "Kingston upon Hull",
    "Cheshire West": "Cheshire West and Chester",
    "East Riding": "East Riding of Yorkshire",
}
_SHORT_PLACE = re.compile(
    r"(?<![\w-])(?P<p>"
    + "|".join(SHORT_PLACES)
    + r")(?![\w-]|\s+(?:[A-Z]|upon\b|on\b|under\b|and\s+Chester\b|of\s+Yorkshire\b))"
)


def short_places(text: str) -> list[re.Match]:
    """Where ``text`` names a council by its place's short name ("Kingston", "Southend")."""
    return [
        m
        for m in _SHORT_PLACE.finditer(text)
        if not re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$", text[max(0, m.start() - 30) : m.start()])
        or re.search(
            r"\b(?:In|At|And|The|From|For|By|Like|Unlike|While|Whereas)\s+$", text[: m.start()]
        )
    ]


def council_of_place(place: str) -> Speaker:
    """The council of an English place ("Warwickshire County Council", "Merton Council")."""
    place = place.replace(" & ", " and ")  # ("Telford & Wrekin")
    if place in _ODD_NAMES:
        return Speaker(_ODD_NAMES[place], "body", None)
    suffix = " County Council" if _COUNCIL_KINDS[place] == "county" else " Council"
    return Speaker(place + suffix, "body", None)


# The river or sea a place's name is on: " upon Thames", "-on-Sea", "-on-Trent"
_ON_RIVER = re.compile(r"[- ](?:upon|on)[- ][A-Z][a-z]+$")
# Where a council's paper goes: " to Sandwell MBC's cabinet", " to the children's scrutiny
# committee", " to councillors"
_TO_A_COUNCIL_BODY = re.compile(
    r"\s+(?:to|for|before|going\s+to)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,4}?"
    r"(?:[\w-]+['\u2019]s\s+)?(?:(?i:children['\u2019]s|people|corporate\s+parenting)\s+)?"
    # ("the authority's education, children and families policy committee")
    r"(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,6}?"
    r"(?i:cabinet|scrutiny|overview\s+and\s+scrutiny|committee|full\s+council|councillors|"
    r"members|executive)\b"
)
# Councils whose names are not "<place> Council".
_ODD_NAMES = {
    "Isles of Scilly": "Council of the Isles of Scilly",
    "City of London": "City of London Corporation",
    "Kingston upon Hull": "Hull City Council",
    "Brighton and Hove": "Brighton & Hove City Council",
    "Telford and Wrekin": "Telford & Wrekin Council",
}


def council_core(name: str) -> str:
    """A council's place words: "Sutton" for "London Borough of Sutton" or "Sutton Council"."""
    return " ".join(_COUNCIL_WORDS.sub(" ", name).split())


def trust_place(name: str) -> str | None:
    """The English council place a children's services trust or company is named for
    ("Sandwell" for "Sandwell Children's Trust", "Worcestershire Children First"), if any."""
    if re.search(r"\bCouncil\b|\bBorough\s+of\b", name):
        return None
    found = _ENGLISH_COUNCIL.match(name)
    return found.group(0) if found and re.search(r"\bChildren\b", name[found.end() :]) else None


_ENGLISH_COUNCIL_ANY = re.compile(
    _ENGLISH_COUNCIL.pattern.replace("(?<!Reading)", "(?<!Reading)(?<!READING)"), re.I
)
# Who was told, ending the sentence: "the Manchester Evening News", "reporters", "the BBC".
_LISTENER = re.compile(
    r"\s+(?:(?:the|a)\s+)?(?:[A-Z][\w'\u2019&-]*(?:\s+|(?=[.!?\s]|$))){1,5}[.!?]?\s*"
    r"|\s+(?:reporters|journalists|councillors|members|us|me|him|her|them)\s*[.!?]?\s*"
)
# Verbs that report an attitude or act, not words: inside "X said (that) ..." they are not
# the attribution.
_REPLACED = re.compile(r"\b(?:replaced|replacing|succeeded|succeeding|took\s+over\s+from)\s+")
# A letter's greeting: "Dear Mr Roe,"; its addressee is "you" and "your" in the letter
_DEAR = re.compile(r"(?m)^Dear\s+(?P<who>[^,\n]{2,60}?),?[ \t]*$")
_WITNESS = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[ \t]+)?(?P<who>(?:MR|MRS|MS|MISS|DR|PROFESSOR|CLLR|COUNCILLOR)\s+"
    r"[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){0,3})[ \t]*\((?:affirmed|sworn|recalled)\)"
)
# A subject's clause with no comma: " who spent two days examining how ..."
_BARE_RELATIVE = re.compile(r"\s+(?:who|which)\s+[^,.;:!?\"\u201c\u201d\n]{1,200}$")
# A quotation inside a quotation, in double marks
INNER_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,})[\"\u201d]")
# A question's closing mark right before the verb: '"Where were the managers?" asked'
_QUESTION_CLOSED = re.compile(r"\?[\"'\u201d\u2019]\s*$")
# Inspectorates other than Ofsted, by name
_OTHER_INSPECTORATE = re.compile(rf"\b({OTHER_INSPECTORATES})\b")
# After someone unnamed, a clause or an apposition, then "said she": her gender
_ANON_SAID_PRONOUN = re.compile(
    r"(?:\s+(?:who|that)\b[^,.!?;:\n]{0,100})?(?:\s*,[^.!?;:_\n]{0,80},)?\s+(?:has\s+|had\s+)?"
    r"(?:said|says|added|adds|explained|told\s+\w+)\s+(?:that\s+)?(?P<p>she|he)\b"
)
# A standfirst's promise of who tells the story: "X, the council's director, explains how."
_EXPLAINS_HOW = re.compile(
    r"\b(?:explains|tells\s+(?:us|[A-Z][\w ]{1,30}?)|reveals|describes|recalls)\s+"
    r"(?:how|why|what)\b[^.!?\n]{0,60}[.!?]\s*$"
)
# A reference book's entry heading, surname first in capitals: "ADEBAYO-REID, Marcia (b. 1966),
# director of children's services, London Borough of Southwark"
_ENTRY_HEADING = re.compile(
    r"(?P<sur>[A-Z][A-Z'\u2019-]+(?:\s[A-Z][A-Z'\u2019-]+)?),\s+"
    r"(?P<given>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)"
    r"(?:\s+\((?:b\.\s*)?\d{4}(?:[\u2013-]\d{2,4})?\))?(?P<role>,\s+[^\n]{2,160})?"
)
# Words read out from a paper: a script's "(reading)", or a page cited just before them
_READ_OUT = re.compile(
    r"\((?:reading|reads|reading\s+aloud|reads\s+aloud|quoting)\b[^()\n]{0,30}\)\s*$"
    r"|(?:^|[.!?]\s+|\n)[Pp]age\s+(?:\d{1,3}|[a-z]+)[.:]\s*$"
)
# A form's field, its label and a value on its line: "Advisor: Callum (Contact Officer)"
_FORM_FIELD = re.compile(
    r"(?m)^[ \t]*([A-Za-z][A-Za-z /]{1,40}?)"
    # (a label's number and its post in brackets: "Panel Member 1 (Chair):")
    r"(?:[ \t]+\d{1,2})?(?:[ \t]*\(([A-Za-z][A-Za-z ]{1,30})\))?[ \t]*:[ \t]*(?=\S)"
)
_NUMBERED_PART = re.compile(rf"(?:^|\n){_NUMBERED_HEADING}$")
# Words given as an example of what to say or not to say, in a guide: 'Do not say "..."',
# 'A line such as "..." is fine'
EXAMPLE_WORDS = re.compile(
    r"(?:\b(?:do\s+not|don['\u2019]t|never|avoid)\s+(?:say|saying|write|writing|use|using)"
    r"|\b(?:a|the)\s+(?:line|phrase|sentence|wording|form\s+of\s+words)\s+(?:such\s+as|like)"
    # ("Use the agreed line:", a canvass sheet's "Suggested opener:")
    r"|\b(?:agreed|suggested|standard|approved|holding)\s+(?:line|wording|response|script|"
    r"opener|opening(?:\s+line)?))"
    r"\s*[:,]?\s*$",
    re.I,
)
# An unnamed member by party and post: "a Labour MP", "a Plaid Cymru MS"
_PARTY_POST = re.compile(
    rf"(?i:an?)\s+(?P<p>{PARTIES})\s+(?:MP|MS|MSP|AM|MEP|(?i:councillor|peer))"
)
# "said her husband, Alan Roe": a relation named
_KIN_ROLE = re.compile(
    r"(?i:his|her|their)\s+(?:late\s+)?(?:husband|wife|partner|widow|widower|mother|father|son|"
    r"daughter|sister|brother|grandmother|grandfather|granddaughter|grandson|aunt|uncle|"
    r"niece|nephew|cousin|friend|colleague)"
)
_OWNED = re.compile(r"['\u2019]s\s+([a-z]+)")
# What a person's own words come in: "Ms Roe's statement said"
_OWN_WORDS = {
    "statement", "letter", "words", "email", "post", "tweet", "blog", "column", "article",
    "evidence", "submission", "foreword", "message", "note", "notes", "report", "review",
    "speech", "response", "reply", "account", "diary", "introduction", "own",
}  # fmt: skip
# "Dr Roe's first message to staff"
_OWNED_WORDS = re.compile(
    rf"['\u2019]s\s+(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(sorted(_OWN_WORDS - {'own'}))})\b"
)
# After a name, what they wrote: " wrote a letter", " has sent a card"
_WROTE_A = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:wrote|written|sent|left|posted)\s+(?:a|an|her|his|their)\s+"
    r"(?:(?:short|long|handwritten)\s+)?(?:letter|note|card|message|poem|email|text|statement)\b"
)
# ... or a thing written, then its writer: "a statement that J had written himself"
_WRITTEN_THING_THAT = re.compile(
    r"\b(?:a|the)\s+(?:short\s+|long\s+|handwritten\s+)?(?:letter|note|card|message|poem|"
    r"email|statement)\s+(?:that|which)\s+$"
)
_HAD_WRITTEN = re.compile(r"\s+(?:had\s+|has\s+)?(?:written|wrote|prepared)\b")
# "the letter's conclusion that", "your assurance that"
_POSSESSIVE_CUES = {
    "words", "phrase", "conclusion", "verdict", "assurance", "promise", "pledge", "warning",
    "admission", "statement",
}  # fmt: skip
_WEAK_CUE = re.compile(
    r"(?i:accept(?:ed|s)?|welcom(?:ed|es)|agre(?:ed|es)|believ(?:ed|es)|fel[lt]|feels|"
    r"recogni[sz](?:ed|es)|thank(?:ed|s)?)"
)
# A union's name ("UNISON", "Unite", the built-in unions' names and aliases) or the word
UNION = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(name)
        for _id, full, kind, aliases in BUILTIN_BODIES
        if kind == "union"
        for name in (full, *aliases)
    )
    + r"|[Uu]nion)\b"
)
_MEETING_OF = re.compile(
    r"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<b>(?:[A-Z][\w'\u2019]*\s+){0,6}?"
    r"(?:Cabinet|Committee|Board|Panel|Executive|CABINET|COMMITTEE|BOARD|PANEL|EXECUTIVE)\b)"
    # (or on a line of its own under the council's name: "OLDHAM COUNCIL // CABINET")
    r"|^(?P<line>CABINET|EXECUTIVE)[ \t]*$",
    re.M,
)
_COUNCIL_WORDS = re.compile(
    r"\b(?:(?:London|Royal|Metropolitan)\s+Borough\s+of|City\s+of|County\s+of|"
    r"(?:County|City|Borough|District|Metropolitan\s+Borough|Metropolitan\s+District|Town)"
    r"\s+Council|Council)\b"
)
# A list row grading a place: "Bolton \u2013 Good (inspected 2019)", "Stockport: Outstanding".
_GRADED_ROW = re.compile(
    r"[\s\u2022*-]*(?P<p>[A-Z][a-z]+(?:[- ](?:upon|on|under|[A-Z][a-z]+)){0,5})"
    r"\s*[\u2013\u2014:-]\s*"
    r"(?i:outstanding|good|requires\s+improvement(?:\s+to\s+be\s+good)?|inadequate)"
    r"\s*(?:\(|[.;,]?\s*$)"  # the row ends, or gives its date: not "X: Good at ..."
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
    weak: bool = False  # the speaker only from the paragraph before, which does not end in ":"


@dataclass
class _Person:
    name: str
    known: Known | None = None
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    titles: list[str] = field(default_factory=list)  # "Her Honour Judge": "the judge"

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def councillor(self) -> bool:
        """Titled as a councillor ("Cllr", "Councillor")."""
        return any(t.lower().startswith(("cllr", "councillor", "councilor")) for t in self.titles)

    def speaker(self) -> Speaker:
        """The person as a speaker: their first role, gender and registry id."""
        return Speaker(
            self.name,
            "person",
            self.known.id if self.known else None,
            self.roles[0] if self.roles else None,
            self.gender,
        )


@dataclass
class _Attribution:
    speaker: Speaker
    cue: str | None
    start: int
    end: int
    role: str | None
    loose: bool = False
    inverted: bool = False


# Words, then "the <noun>" saying them: "“...,” the baker says"
_NOUN_SAYS = r"(?:says|said|adds|added|recalls|recalled|admits|admitted|insists|insisted)\b"
_THE_NOUN_SAYS = re.compile(
    r"(?P<mark>[\"“])[^\"“”\n]*[,!?][\"”]\s+(?P<the>the)\s+(?P<n>[a-z]{3,})\s+" + _NOUN_SAYS
)
# ... or opening a sentence: "The locksmith says he would like to help there too"
_THE_NOUN_OPENS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<the>The)\s+(?P<n>[a-z]{3,})\s+" + _NOUN_SAYS
)
# A relative clause with a subject of its own, unnamed, just before its verb: "which the
# midwives said was", "that the neighbours called"
_RELATIVE_SUBJECT = re.compile(
    r",?\s*\b(?:which|that|whom)\s+(?P<who>(?:the|some|many|other)\s+(?:[a-z]+\s+){0,2}?"
    r"[a-z]+s)\s+$"
)
# A dash just after a quotation's closing mark, on its line: a signature may follow
_DASH_NEXT = re.compile(r"[ \t]*[\u2013\u2014-][ \t]*(?=[A-Z])")
# The plain verbs of saying and naming (not "fell", "found", "raised")
_SAYING_VERB = re.compile(
    r"(?i:said|says|say|called|calls|call|described|describes|describe|told|tell|tells|wrote|"
    r"writes|write|named|dubbed|nicknamed)"
)
# A noun of someone's trade, by its ending ("plumber", "locksmith", "florist", "optician"),
# not of a body that does it ("the provider", "the publisher", "the regulator")
_PERSON_NOUN = re.compile(
    r"(?!(?:provider|publisher|broadcaster|operator|regulator|manufacturer|retailer|supplier|"
    r"partner|member|council|inspector|other|order|letter|paper|newspaper|chapter|centre|"
    r"center|quarter|register|error|sector|director)$)[a-z]{3,}(?:er|or|ist|ian|smith|wright)"
)
# ... or by a noun just before the name: "Skipper Moira Feltham has", "said mate Josh Roe"
_NOUN_BEFORE_NAME = re.compile(r"(?<![\w'\u2019-])(?P<head>[A-Za-z][a-z]{3,})[ \t]+$")
# Minutes headed by a body in capitals and its board on the next line: "SANDWELL CHILDREN'S
# TRUST\nBoard of Directors"
_HEADING_BOARD = re.compile(
    r"\s*(?P<body>[A-Z][A-Z'\u2019&-]+(?:[ \t]+[A-Z][A-Z'\u2019&-]*)*)[ \t]*\n[ \t]*"
    r"(?P<b>Board\s+of\s+(?:Directors|Trustees|Governors))\b"
)
# A person described in apposition, ending at a comma: ", the reserve's volunteer warden,"
# (not a phrase with a preposition or a verb: ", the mother of three,", ", the man who")
_DESCRIBED_AS = re.compile(
    r"\s*,\s*the\s+(?:[A-Za-z][\w-]*['\u2019]s\s+)?"
    r"(?:(?!(?:of|for|in|at|to|with|from|by|and|or|on|who|which|that)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?P<head>(?!(?:of|for|in|at|to|with|from|by|and|or|on|who|which|that)\b)[a-z]{4,})"
    r"(?=\s*,)"
)
# The name of a company that runs a council's children's services or trades
_COMPANY_NAME = re.compile(rf"(?:{COMPANY_FOR}|\bChildren\s+First|\bTrust|\bLtd|\bLimited|\bplc)$")


class Document:
    """One text: its paragraphs, quotations, names, and the attributed quotations."""

    def __init__(self, text: str, index: EntityIndex | None = None):
        self.text = text
        self.index = index or EntityIndex()
        self.paras = paragraphs(text)
        raw = find_quotes(text, self.paras)
        # a nickname inside a name ('Kevin "Kev" Rudd') is not a quotation, and the name is
        # read across it
        nicknames = [q for q in raw if _is_nickname(text, q)]
        # a name changed for the report, in quotation marks before an age: '"Tyler" (15)'
        pseudonyms = [q for q in raw if q not in nicknames and _is_pseudonym(text, q)]
        self.raw_quotes = [q for q in raw if q not in nicknames and q not in pseudonyms]
        masked = list(mask_quotes(text, self.raw_quotes))
        for q in nicknames:
            masked[q.open_start : q.close_end] = " " * (q.close_end - q.open_start)
        for q in pseudonyms:  # (the name read, its marks not)
            masked[q.open_start : q.start] = " " * (q.start - q.open_start)
            masked[q.end : q.close_end] = " " * (q.close_end - q.end)
        flat = list(text)
        for a, b in self.paras:  # (a paragraph's hard-wrapped lines read as one)
            i = text.find("\n", a, b)
            while i >= 0:
                masked[i] = flat[i] = " "
                i = text.find("\n", i + 1, b)
        self.masked = "".join(masked)
        self.flat = "".join(flat)  # the text, a paragraph's lines read as one
        self._nicknames = [(q.open_start, text[q.start : q.end]) for q in nicknames]
        self._folded = fold(self.masked)  # for finding a post as written elsewhere
        self.known_hits = self.index.find(self.masked)
        self.sentences: list[list[tuple[int, int]]] = [
            sentences(self.masked, a, b) for a, b in self.paras
        ]
        self.mentions: list[Mention] = []
        for a, b in self.paras:
            self.mentions.extend(find_mentions(self.masked, a, b, self.index, self.known_hits))
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._drop_first_names()
        self._add_field_names()
        self._add_given_names()
        self._add_cast()
        self._add_initials()
        self._add_addressee()
        self._add_author()
        # "Leanne Shaw (Head of Service, First Response)": the end of a post, not a person
        self.mentions = [m for m in self.mentions if not (m.kind == "person" and self._in_post(m))]
        self._drop_described()
        self._drop_word_and_initials()
        self._starts = [m.start for m in self.mentions]
        self._add_field_roles()
        self.people: dict[str, _Person] = {}
        self._person_of: dict[int, _Person] = {}
        self._collect_people()
        self._add_surnames()
        self._add_lettered_surnames()
        self._add_labelled_relatives()
        self._add_person_initials()
        self._add_coded_anon()
        self._add_defined_people()
        self._add_described_people()
        self._add_subject_described()
        self._add_central_occupation()
        self._add_bodies_again()
        self._add_turns()
        self._learn_genders()
        self.bodies = self._collect_bodies()
        self._interviewee = self._labelled_interviewee()
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
            if role and (_AGE.fullmatch(role) or re.match(r"(?:you|he|she|they|we|I)\b", role)):
                role = None  # "(Ellie, 14)", "(Amira, Year 9)"; "Mr Roe, you were director"
            if role:  # ("Juliet Hammond (JH, Director of Children's Services)": no initials)
                role = re.sub(r"^[A-Z]{2,4}[,;]\s*|[,;]\s*[A-Z]{2,4}$", "", role) or None
            if role and role not in record.roles:
                record.roles.append(role)
            # an attendance list: "Councillor J Roe (Leader of the Council) in the Chair"
            chair = re.match(
                r"(?:\s+(?:MP|MBE|OBE|CBE|HMI|KC|QC))?"  # ("Helen Marchbank MP (Chair)")
                r"\s*(?:\([^()\n]{1,80}\))?"
                # (after a post: "Carol Heathcote (CH), Headteacher, Carrbrook Primary School
                # (Chair);", "Chloe (16) – Chair;", "Ruth Roe (RR) - Director of Children's
                # Services, Kelby Council (Chair)")
                r"(?:\s*(?:,|[\u2013\u2014-])[^;:()\n]{1,100}?)?"
                r"\s*(?:,?\s*in\s+the\s+Chair\b|\((?i:chair)\)|[\u2013\u2014-][ \t]*Chair\b)",
                self.masked[m.end : m.end + 120],
            )
            if chair and "Chair" not in record.roles:
                record.roles.append("Chair")
            # a heading's label: "Risk owner: Director of Education and Learning (Jo Roe)"
            label = re.search(
                r"(?:^|\n)[ \t]*(?P<label>(?i:risk\s+owner|report\s+author|(?:lead|contact|"
                r"responsible)\s+officer|accountable\s+(?:director|officer))):[^\n:]{3,120}\(\s*$",
                self.masked[max(0, m.start - 160) : m.start],
            )
            if label and label.group("label") not in record.roles and role:
                record.roles.append(label.group("label"))
            if m.gender and not record.gender:
                record.gender = m.gender
            if m.title and m.title not in record.titles:
                record.titles.append(" ".join(m.title.split()))

    def _named_in_full(self, word: str) -> bool:
        """Whether ``word`` is the first name (or a short form of it: "Bernie" of Bernadette
        Quayle) of someone the text names in full, or a nickname's word."""
        firsts = {
            fold(w)
            for m in self.mentions
            if m.kind == "person"
            for w in m.text.split()[:-1]
            if w[:1].isupper()
        } | {fold(w) for _, n in self._nicknames for w in n.split()}
        return any(f == fold(word) or _shortens(fold(word), f) for f in firsts)

    def _add_field_names(self) -> None:
        """A form's person named by a given name and an initial ("Young person: Jordan A."),
        and that given name standing alone later ("Jordan said"), whatever the name is; or
        by initials ("Young person: L.D.") or as a child by a letter ("Child: Child K"), and
        the letter standing alone ("L said", "K told her social worker")."""
        added = []
        for line in _FIELD_PERSON.finditer(self.masked):
            a, b = line.span("n")
            if not self._taken(a, b):
                added.append(Mention(a, b, "person", line.group("n")))
            # (or by initials, "Young person: L.D.", or a letter, "Child: Child K": the
            # letter alone, "L said", stands for the name as given)
            given = line.group("g") or line.group("i") or line.group("k") or line.group("e")
            name = given if line.group("g") else line.group("n")
            alone_pattern = rf"(?<![\w'\u2019.-]){given}(?![\w-]|\s+[A-Z]|\.\s?[A-Z]\.)"
            if line.group("i"):
                # (the initials again, "A.Z. told the assessors", and the first letter alone,
                # but not the article: "A said", not "A council")
                alone_pattern = rf"(?<![\w.]){re.escape(name)}(?!\w)|" + (
                    _letter_alone(given) if given == "A" else alone_pattern
                )
            for alone in re.finditer(alone_pattern, self.masked):
                if alone.start() != a and not self._taken(alone.start(), alone.end()):
                    added.append(Mention(alone.start(), alone.end(), "person", name))
        seen = {m.start for m in added}

        def add_alone(pattern: str, name: str, gender: str | None = None) -> None:
            """Each standing-alone use of a name, initials or a letter, once."""
            for use in re.finditer(pattern, self.masked):
                a, b = use.span()
                if a not in seen and not self._taken(a, b):
                    seen.add(a)
                    added.append(Mention(a, b, "person", name, gender=gender))

        # ("Young person(s) involved: J.T. (15)": those initials, wherever they stand)
        for aged in {found.group("n") for found in _INITIALS_AGED.finditer(self.masked)}:
            add_alone(rf"(?<![\w.]){re.escape(aged)}(?![\w])", aged)
        # ("Person responsible: Jaylen (J), aged 15": the name, and its letter alone)
        for found in _NAME_AND_LETTER.finditer(self.masked):
            name, letter = found.group("n"), found.group("k")
            if letter != name[0] or name.lower() in NOT_FIRST | PLACES:
                continue
            add_alone(
                rf"(?<![\w'\u2019.-]){name}(?![\w'\u2019-])|(?<![\w'\u2019.(-]){letter}"
                r"(?![\w'\u2019)-]|\.\s?[A-Z]\.)",
                name,
            )
        # ("Mehmet A. (known in this record as M)": the letter alone is the name)
        for found in _NAME_KNOWN_AS_LETTER.finditer(self.masked):
            add_alone(_letter_alone(found.group("k")), found.group("n"))
        # ("K.M. (female, born 2016); R.M. (male, born 2019)": the initials, and their first
        # letter alone where no other child's initials begin with it)
        initialled = list(_INITIALS_CHILD.finditer(self.masked))
        firsts = Counter(found.group("k") for found in initialled)
        for found in initialled:
            name, letter = found.group("n"), found.group("k")
            gender = _gender_of_sex(found.group("sex"))
            add_alone(rf"(?<![\w.]){re.escape(name)}(?![\w])", name, gender)
            if firsts[letter] == 1:
                add_alone(_letter_alone(letter), name, gender)
        # ('C.B. (known as "Cal")': the name in marks, wherever it or the initials stand)
        known_as = {
            found.group("i").strip(): found.group("n")
            for found in _INITIALS_KNOWN_AS.finditer(self.text)
            if found.group("n").lower() not in NOT_FIRST | PLACES
        }
        for initials, name in known_as.items():
            add_alone(
                rf"(?<![\w'\u2019.-]){name}(?![\w'\u2019-])|(?<![\w.]){re.escape(initials)}(?!\w)",
                name,
            )
        # ("Child/young person: Kai": a form's child by a given name alone, wherever it stands)
        for found in _FIELD_GIVEN_NAME.finditer(self.masked):
            name = found.group("n")
            if name.lower() not in NOT_FIRST | PLACES:
                add_alone(rf"(?<![\w'\u2019.-]){name}(?![\w-])", name)
        # ("- AB, boy, 14 (long-term)": a list's child by a code of capitals, wherever it
        # stands alone)
        for found in _CODED_CHILD.finditer(self.masked):
            gender = _gender_of_sex(found.group("sex"))
            add_alone(rf"(?<![\w.]){found.group('n')}(?![\w])", found.group("n"), gender)
        # ("Young person C, M, 15", "Child A, F, 8": the letter, a child)
        for found in _LOGGED_CHILD.finditer(self.masked):
            letter = found.group("k")
            add_alone(_letter_alone(letter), letter, "m" if found.group("sex") == "M" else "f")
        # ("J (a boy, born 2015) and M (a girl, born 2019)": each letter, a child)
        for child in _LETTER_CHILD.finditer(self.masked):
            letter = next(child.group(g) for g in "kcpfr" if child.group(g))
            gender = _gender_of_sex(child.group("sex") or child.group("rel"))
            add_alone(_letter_alone(letter), letter, gender)
        self._insert(added)
        if known_as:
            self.mentions = [
                replace(m, text=known_as[m.text])
                if m.kind == "person" and m.text in known_as
                else m
                for m in self.mentions
            ]

    def _add_given_names(self) -> None:
        """A woman's or a man's given name standing alone, for someone the text never names
        in full: "Dan (our supervising social worker) rang", "Lily asked at tea:" (not part
        of another name, nor a given name that is also a word: "Grace", "Bill", "Mark")."""
        added = []
        # (or any name given with an age, opening a sentence: "Jordan is 19 and", "Jordan,
        # 19, left")
        named_alone = {
            found.group(1)
            for found in _AGED_NAME.finditer(self.masked)
            if found.group(1).lower() not in NOT_FIRST | PLACES
        }
        # (or two names given one age: "Precious and Ali, both 16, spoke")
        named_alone |= {
            name
            for found in _AGED_PAIR.finditer(self.masked)
            for name in found.groups()
            if name.lower() not in NOT_FIRST | PLACES
        }
        # (or one given name in a list of those present, with a post in lower case: "In
        # attendance: Cllr Jo Roe, cabinet member; Kai, young ambassador; ...")
        named_alone |= {
            found.group(1)
            for found in _LISTED_GIVEN_NAME.finditer(self.masked)
            if found.group(1).lower() not in NOT_FIRST | PLACES
        }
        # (or a name no list knows, owning something and named again, never as a place:
        # "knocked on Agnieszka's door ... Agnieszka's case was closed", not "in Southall")
        counts = Counter(re.findall(rf"(?<![\w'\u2019-]){_LONE_WORD}(?![\w-])", self.masked))
        named_alone |= {
            word
            for word in re.findall(
                rf"(?<![\w'\u2019-])({_LONE_WORD})['\u2019]s\s+[a-z]", self.masked
            )
            if counts[word] > 1
            and word.lower() not in NOT_FIRST | PLACES
            and word not in _COUNCIL_KINDS
            # (part of a longer name, "Kelby Children's Trust", a place, "in Kelby", or an
            # institution, "the Senedd")
            and not re.search(
                rf"\b(?i:in|at|from|to|near|across|around|the)\s+{word}\b|\b{word}\s+[A-Z]",
                self.masked,
            )
        }
        for match in re.finditer(rf"(?<![\w'\u2019-]){_LONE_WORD}(?![\w-])", self.masked):
            word, a, b = match.group(0), match.start(), match.end()
            gender = gender_of_lone_name(word)
            if gender is None and word not in named_alone:
                continue
            if self._named_in_full(word):
                continue  # (someone named in full is found by that name later)
            if re.match(r"['\u2019]?\s*[A-Z][a-z]", self.masked[b : b + 3]) or re.match(
                r"[ \t]+[A-Z][a-z]", self.masked[b : b + 3]
            ):
                continue  # part of a longer name: "Lily Ashton"
            lead = re.search(r"([A-Z][\w'\u2019-]*)[ \t]+$", self.masked[max(0, a - 30) : a])
            if lead and lead.group(1).lower() not in NOT_FIRST:
                continue  # ... or the end of one: "Queen Victoria", "Lady Alice"
            if not self._taken(a, b):
                added.append(Mention(a, b, "person", word, gender=gender))
        # "A mother who asked to be called Aysel": the one described is the one so called (or
        # "a care leaver given the pseudonym 'Kyle'", the name in marks)
        called = [*_CALLED_NAME.finditer(self.masked), *_PSEUDONYM_IN_MARKS.finditer(self.text)]
        for found in called:
            for k, m in enumerate(self.mentions):
                if m.kind == "anon" and 0 <= found.start() - m.end <= 2:
                    name = found.group("n")
                    self.mentions[k] = Mention(m.start, m.end, "person", name, gender=m.gender)
        self._insert(added)

    def _add_cast(self) -> None:
        """A script's speakers, labelled in capitals at their lines ("AMIRA: When I moved
        ...", "MR HOLLIS: ..."): a person, where the label is a given name or is listed in a
        cast ("DEV, 20", "MR HOLLIS, a retired foster carer")."""
        labels = list(_CAST_LABEL.finditer(self.masked))
        if not labels:
            return
        listed = {found.group("who") for found in _CAST_ENTRY.finditer(self.masked)}
        added = []
        for found in labels:
            title, name = (found.group("title") or "").title(), found.group("name").title()
            given = None if title else gender_of_given_name(name)
            if name.lower() in NOT_FIRST | PLACES or (
                found.group("who") not in listed and not given
            ):
                continue
            a, b = found.span("who")
            if not self._taken(a, b):
                low = title.lower()
                gender = given or ("f" if low in FEMALE else "m" if low in MALE else None)
                written = f"{title} {name}" if title else name
                added.append(Mention(a, b, "person", written, title=title or None, gender=gender))
        self._insert(added)

    def _drop_first_names(self) -> None:
        """A first name alone after the words and before its verb ('"...," Kev says') of
        someone named in full, or by a nickname, elsewhere is theirs: left to be found again
        as that person's."""
        self.mentions = [
            m
            for m in self.mentions
            if not (
                m.kind == "person"
                and not m.title
                and " " not in m.text
                and self._named_in_full(m.text)
                and any(
                    found.start("name") == m.start
                    for found in [FIRST_SAID.search(self.masked, max(0, m.start - 6), m.end + 12)]
                    if found
                )
            )
        ]
        self._starts = [m.start for m in self.mentions]

    def _add_addressee(self) -> None:
        """A letter to "Dear Ms Brannigan": "you said", "in your letter you described", in the
        letter after it, are hers."""
        dear = _DEAR.search(self.masked)
        named = [m for m in self.mentions if dear and dear.start("who") <= m.start < dear.end()]
        self.addressee: Mention | None = next((m for m in named if m.kind == "person"), None)
        if self.addressee is not None:
            self._add_pronoun("you", r"\b[Yy]ou\b", dear.end())
            return
        # A hearing's witness, "MR JUSTIN ARKWRIGHT (affirmed)": "you" in the questions put
        # to them ("You said: '...'") is the witness, as named in ordinary case
        witness = _WITNESS.search(self.masked)
        if witness is not None and not self._taken(*witness.span("who")):
            title, *names = witness.group("who").split()
            self.addressee = Mention(
                witness.start("who"),
                witness.end("who"),
                "person",
                " ".join([title.title(), *(n.title() for n in names)]),
                title=title.title(),
            )
            self._insert([self.addressee])
            self._add_pronoun("you", r"\b[Yy]ou\b", witness.end())

    def _add_author(self) -> None:
        """A speech, column or foreword "by" a named person, in its heading: "as I said in my
        letter" in it is theirs."""
        head_end = self.paras[min(3, len(self.paras) - 1)][1] if self.paras else 0
        by = _WRITTEN_BY.search(self.masked, 0, head_end)
        after = [m for m in self.mentions if by and by.end() <= m.start < head_end]
        self.author: Mention | None = next((m for m in after if m.kind == "person"), None)
        if self.author is not None and "\n" in self.masked[by.end() : self.author.start]:
            self.author = None
        # or a first-person story's teller, named before "Here she tells her story" ("As told
        # to" a writer): the person the paragraph names first
        told = _TELLS_STORY.search(self.masked, 0, head_end) if by is None else None
        if told is not None:
            para_start = self.masked.rfind("\n", 0, told.start()) + 1
            self.author = next(
                (
                    m
                    for m in self.mentions
                    if para_start <= m.start < told.start() and m.kind == "person"
                ),
                None,
            )
        if self.author is not None:
            self._add_pronoun("I", r"\bI\b", self.author.end)

    def _no_other_teller(self, q: QuoteSpan) -> bool:
        """No verb of saying before the words in their sentence but the summary's own, which
        opens it with no subject ("Describes the day as", not "Recalls his manager telling
        him:")."""
        s_start, _ = self._sentence_of(q, q.open_start)
        s_start = _SPACES.match(self.masked, s_start).end()
        cues = list(CUE_RE.finditer(self.masked, s_start, q.open_start))
        return not cues or (len(cues) == 1 and cues[0].start() == s_start)

    def _labelled_interviewee(self) -> Speaker | None:
        """The one an interview summary is about ("Interviewee: Delroy Whitfield (b. 1958),
        social worker"): its "he" and its words no one else is given are theirs."""
        label = _INTERVIEWEE.search(self.masked)
        if label is None:
            return None
        named = self._mentions_in(label.end(), label.end() + 80)
        if not named or named[0].start != label.end() or named[0].kind != "person":
            return None
        return self._resolve(named[0], named[0].start)

    def _add_pronoun(self, word: str, pattern: str, start: int) -> None:
        """``word`` ("you", "I") wherever ``pattern`` stands after ``start``, as a pronoun."""
        self._insert(
            [
                Mention(found.start(), found.end(), "pronoun", word)
                for found in re.compile(pattern).finditer(self.masked, start)
            ]
        )

    def _add_initials(self) -> None:
        """A body's initials, given once in brackets ("Achieving for Children (AfC)"), name
        it wherever they stand alone ("AfC, the company that runs ..., has told staff")."""
        added = []
        for found in _INITIALS.finditer(self.masked):
            full, short = " ".join(found.group("full").split()), found.group("short")
            tokens = full.split()
            for k in range(len(tokens) - 1):  # "employed by Achieving for Children": the tail
                tail = tokens[k:]
                if tail[0][0].isupper() and short.lower() in (
                    "".join(w[0] for w in tail).lower(),
                    "".join(w[0] for w in tail if w[0].isupper()).lower(),
                ):
                    break
            else:
                continue
            full = " ".join(tokens[k:])
            if any(m.kind == "person" and m.end == found.end("full") for m in self.mentions):
                continue  # a person's: "Claire Hutchins (CH)", read as a person's initials
            for use in re.finditer(rf"(?<![\w(-]){re.escape(short)}(?![\w)-])", self.masked):
                a, b = use.start(), use.end()
                if any(m.start < b and a < m.end for m in self.mentions):
                    continue
                added.append(Mention(a, b, "body", full))
        if added:
            self.mentions = sorted([*self.mentions, *added], key=lambda m: m.start)

    def _drop_word_and_initials(self) -> None:
        """ "Context RV brought": a word before initials that a bracket gives someone
        ("Rachel Vaughan (RV)") is not part of a name; the initials alone are that person's."""
        given = set(_GIVEN_INITIALS.findall(self.masked))
        if not given:
            return
        self.mentions = [
            m
            for m in self.mentions
            if not (
                m.kind == "person"
                and len(words := m.text.split()) == 2
                and words[1] in given
                and words[0][1:].islower()
            )
        ]

    def _drop_described(self) -> None:
        """ "Mensah, a former nurse who retrained as a social worker, ...": the unnamed people
        in a description of a named person are that person, not others who might speak."""
        drop, last_person = set(), None
        for i, m in enumerate(self.mentions):
            if m.kind == "person":
                last_person = m
            elif m.kind == "anon" and last_person is not None:
                # (the person's mention may run into the description: "Kelly, a mum-of-three")
                between = self.masked[last_person.start : m.start]
                if _DESCRIPTION_UP_TO.fullmatch(between):
                    drop.add(i)
        # "One young woman who took part, Chantelle, 19, ...", "a young man called Kieran",
        # "One foster carer, Angela Mercer from Wolverton, ...": the one named after
        for i, (m, after) in enumerate(pairwise(self.mentions)):
            if (
                m.kind == "anon"
                and after.kind == "person"
                and _NAMED_AFTER.fullmatch(self.masked[m.end : after.start])
            ):
                drop.add(i)
                if m.gender and not after.gender:
                    after.gender = m.gender
        self.mentions = [m for i, m in enumerate(self.mentions) if i not in drop]

    def _in_post(self, m: Mention) -> bool:
        """Whether a name ends a post in brackets: "(Head of Service, First Response)"."""
        line_start = max(self.masked.rfind("\n", 0, m.start) + 1, m.start - 200)
        line = self.masked[line_start : m.start]
        # "The Head of Service, First Response explained": the post written out as in the
        # attendance list
        lead = re.search(r"(?:^|[.;:]\s)\s*(?:[Tt]he\s+)?(?P<r>[A-Z][^,.;:()\n]{2,60}),\s*$", line)
        if lead and _strong_role(lead.group("r")):
            post = fold(f"({lead.group('r')}, {m.text})")
            if post in self._folded:
                return True
        opened = line.rfind("(")
        if opened < 0 or ")" in line[opened:] or "," not in line[opened:]:
            return False
        if not re.match(r"\s*\)", self.masked[m.end : m.end + 3]):
            return False
        return _strong_role(line[opened + 1 :].split(",")[0])

    def _add_lettered_surnames(self) -> None:
        """ "Mrs N", where the text names "Mrs Gloria N." (a surname given as its initial):
        that person, not an anonymised party of her own."""
        by_letter: dict[str, list[_Person]] = {}
        for record in {id(r): r for r in self.people.values()}.values():
            last = record.surname.rstrip(".")
            if (len(record.name.split()) >= 2 and re.fullmatch(r"[A-Z]", last)) or re.fullmatch(
                r"(?:[A-Z]\.)+[A-Z]", last
            ):
                # (or initials alone: "Mrs F.A." is "Mrs A")
                by_letter.setdefault(last[-1], []).append(record)
        if not by_letter:
            return
        for i, m in enumerate(self.mentions):
            letter = m.text[-1:]
            # (of the same sex, where both are known: "Mrs A" is not "Mr K.A.")
            same = [
                r
                for r in by_letter.get(letter, [])
                if not (m.gender and r.gender and m.gender != r.gender)
            ]
            if m.kind == "anon" and m.title and len(same) == 1:
                record = same[0]
                self.mentions[i] = replace(m, kind="person", text=record.name)
                self._person_of[m.start] = record

    def _add_labelled_relatives(self) -> None:
        """A form's "Mother, Mrs B.O." or "Father: Kwame Boateng": "T's mother", "the
        mother" and "his mother" are that person, the one so labelled."""
        labelled: dict[str, list[_Person]] = {}
        for found in _RELATIVE_LABEL.finditer(self.masked):
            record = self._person_of.get(found.end())
            if record is not None and record not in labelled.get(found.group("rel").lower(), []):
                labelled.setdefault(found.group("rel").lower(), []).append(record)
        for i, m in enumerate(self.mentions):
            relative = _RELATIVE_SAID.fullmatch(m.text) if m.kind == "anon" else None
            records = labelled.get(relative.group("rel").lower(), []) if relative else []
            if len(records) == 1:
                self.mentions[i] = replace(m, kind="person", text=records[0].name)
                self._person_of[m.start] = records[0]

    def _add_surnames(self) -> None:
        """A bare surname ("Kitto said", "Redfern's contract") names the person introduced in
        full elsewhere in the text, when only one person has that surname."""
        by_surname: dict[str, list[_Person]] = {}
        by_first: dict[str, list[_Person]] = {}
        for record in {id(r): r for r in self.people.values()}.values():
            # a person known by one name only ("Kyle, 20") is found by it again
            by_surname.setdefault(fold(record.surname), []).append(record)
            if len(record.name.split()) >= 2:
                by_first.setdefault(fold(record.name.split()[0]), []).append(record)
        for at, nickname in self._nicknames:
            # 'Kevin "Big Kev" Mallaby ... Kev says': the nickname, as a first name
            holder = next((m for m in self.mentions if m.start < at < m.end), None)
            record = self._person_of.get(holder.start) if holder else None
            if record is not None:
                for word in {nickname, nickname.split()[-1]}:
                    by_first.setdefault(fold(word), []).append(record)
        openings = {full[:4] for full in by_first}  # (where a short form could start)
        added = []
        for match in re.finditer(r"(?<![\w'\u2019-])[A-Z][\w\u2019'-]*[a-z]", self.masked):
            word = re.sub(r"['\u2019]s$", "", match.group(0))
            records = by_surname.get(fold(word), [])
            first = by_first.get(fold(word), [])
            if not records and not first and fold(word)[:4] in openings:
                # "Bernie said", of Bernadette Quayle
                first = list(
                    {
                        id(r): r
                        for full, rs in by_first.items()
                        if _shortens(fold(word), full)
                        for r in rs
                    }.values()
                )
            # "Gemma Rhodes-Walker MP ..., Gemma said:": a first name, as a speaker
            # ... and "says Grace,", "Tunde, who still drives a bus, admits"
            if (
                not records
                and len(first) == 1
                and (
                    CUE_RE.match(self.masked, _skip_aux(self.masked, match.end()))
                    or re.search(
                        rf"\b(?:{CUES})\s+$",
                        self.masked[max(0, match.start() - 20) : match.start()],
                    )
                    or re.match(
                        rf",\s+who\s+[^,.;:\n_]{{3,100}},\s+(?:{CUES})\b",
                        self.masked[match.end() : match.end() + 140],
                    )
                    # "Nasreen's slide is up now": a possessive
                    or match.group(0) != word
                    # a heading's name in brackets: "Prop 1 (Amira)"
                    or (
                        _NUMBERED_PART.search(
                            self.masked, max(0, match.start() - 30), match.start()
                        )
                        and re.match(
                            r"\)[ \t]*(?:\n|$)", self.masked[match.end() : match.end() + 4]
                        )
                    )
                    # a label in a chat's line: "Host: Nasreen: "...", "Ian on care leavers: "...""
                    or re.match(
                        r"(?:\s+on\s+[^:.!?\n\"\u201c]{1,40})?:\s*[\"'\u201c\u2018]",
                        self.masked[match.end() : match.end() + 60],
                    )
                    # a sentence's subject: "Aisha, meanwhile, has", "Aisha is one of 34"
                    # ... or after a phrase opening it: "Now an advocate, Priya wants"
                    or (
                        (
                            _SENTENCE_OPENS.search(
                                self.masked, max(0, match.start() - 4), match.start()
                            )
                            or _AFTER_OPENING.search(
                                self.masked, max(0, match.start() - 80), match.start()
                            )
                        )
                        and _SUBJECT_GOES_ON.match(self.masked, match.end())
                    )
                )
            ):
                records = first
            reflexive = len(records) > 1 and _REFLEXIVE.match(self.masked, match.end())
            if reflexive:
                # "Doyle himself", of Frankie and Eileen Doyle: the one of that gender, or the
                # one whose gender is not known where the others' is the other
                want = "m" if reflexive.group(1) == "himself" else "f"
                known = {
                    id(r): r.gender or gender_of_given_name(r.name.split()[0]) for r in records
                }
                records = [r for r in records if known[id(r)] == want] or [
                    r for r in records if known[id(r)] is None
                ]
            if len(records) != 1:
                continue
            a, b = match.start(), match.start() + len(word)
            if self._taken(a, b):
                continue
            before = self.masked[max(0, a - 30) : a]
            after = self.masked[b : b + 30]
            # (on the same line: not a heading's last word, "2. KERRY'S VIEWS // Kerry said")
            lead = re.search(r"([A-Z][\w'-]*)[ \t]+$", before)
            if (
                lead
                and lead.group(1).lower() not in NOT_FIRST
                and not re.search(r"[.!?:]\s+$", before)
            ):
                continue  # part of another name: "Lady Kitto", "Trevor Kitto" (not "As Kitto")
            if re.match(r"\s+[A-Z][a-z]", after):
                continue
            mention = Mention(a, b, "person", word)
            self._person_of[a] = records[0]
            added.append(mention)
        self._insert(added)

    def _taken(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` overlaps a mention already found."""
        i = bisect_left(self._starts, a)
        return (i < len(self.mentions) and self.mentions[i].start < b) or (
            i > 0 and self.mentions[i - 1].end > a
        )

    def _insert(self, added: list[Mention]) -> None:
        if added:
            self.mentions = sorted([*self.mentions, *added], key=lambda m: m.start)
            self._starts = [m.start for m in self.mentions]

    def _add_bodies_again(self) -> None:
        """A body introduced by its kind ("the charity Action for Children") or as the subject
        of a "which" clause is named wherever its name stands again ("Action for Children
        said")."""
        added = []
        for name in {m.text for m in self.mentions if m.title == "named"}:
            for found in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}\b", self.masked):
                if POST_THEN_NAME.match(self.masked, found.end()):
                    continue  # "Together for Children chief executive Jill Lumsden": hers
                if not self._taken(found.start(), found.end()):
                    added.append(Mention(found.start(), found.end(), "body", name, title="named"))
        self._insert(added)

    def _add_turns(self) -> None:
        """A transcript's turns ("JOANNE ROE: I told my team: '...'", "Roe: I said"): "I" in
        a turn is the person its label names."""
        self._turn_of: dict[int, _Person] = {}
        added = []
        for a, b in self.paras:
            label = _TURN.match(self.masked, a, b)
            if label is None:
                continue
            record = self._person_of.get(a) or self._person_labelled(label.group("who"))
            if record is None:
                continue
            for found in _FIRST_PERSON.finditer(self.masked, label.end(), b):
                if not self._taken(found.start(), found.end()):
                    added.append(Mention(found.start(), found.end(), "pronoun", "I"))
                    self._turn_of[found.start()] = record
        self._insert(added)

    def _add_person_initials(self) -> None:
        """Minutes' initials, given once in brackets on a person's line ("Mel Dransfield,
        Strategic Director (MD)"), name that person wherever they stand alone ("MD
        confirmed that ...")."""
        added = []
        for m in self.mentions:
            record = self._person_of.get(m.start)
            if record is None or len(record.name.split()) < 2:
                continue
            line_end = self.masked.find("\n", m.end)
            line_end = len(self.masked) if line_end < 0 else line_end
            # (or last after the post: "Cllr Hazel Ndiaye-Corr (Chair, HNC)")
            rest = self.masked[m.end : line_end]
            own = _initials(record.name)
            found = next(
                (
                    f
                    for f in (
                        re.search(r"\((?:[^()\n,;]{1,60}[,;]\s*)?([A-Z]{2,4})\)\s*$", rest),
                        # or first in brackets after the name: "Rosalind Farrant HMI (RF, lead
                        # inspector);", or after the post there: "Claire Hutchins (chair, CH),"
                        re.match(
                            r"\s*(?:HMI\s*|[A-Z]{2,3}\s+)?\((?:[^()\n,;]{1,60}[,;]\s*)?"
                            r"([A-Z]{2,4})[,;)]",
                            rest,
                        ),
                        # or after the post, in a list of those present: "Present: Jo Roe, Chair
                        # (JR); ..."
                        re.search(r"\(([A-Z]{2,4})\)\s*[.]?\s*$", rest.split(";", 1)[0][:160]),
                        # or after a dash there: "Present: Priya Menon-Hart (Service Manager)
                        # – PMH; ..."
                        re.match(
                            r"\s*(?:\([^()\n]{1,60}\)\s*)?[\u2013\u2014-]\s*([A-Z]{2,4})\s*(?:[;,.]|$)",
                            rest,
                        ),
                        # or a couple's, in one bracket: "Mr Daniel Trewin and Mrs Sophie
                        # Trewin (DT and ST)"
                        # or in a table's next cell: "| Karen Dobson | KD | LADO (chair) |"
                        re.match(r"[ \t]*\|[ \t]*([A-Z]{2,4})[ \t]*\|", rest),
                        re.search(r"\(([A-Z]{2,4})\s+(?:and|&)\s+[A-Z]{2,4}\)", rest[:200]),
                        re.search(r"\([A-Z]{2,4}\s+(?:and|&)\s+([A-Z]{2,4})\)", rest[:200]),
                        # or before it, in a key: "Key: CW = Cllr Carol Wainwright, ...; MH = Mel
                        # Hodgkiss" (or with the name in brackets: "Also present: DM (Mr Daniel
                        # Mensah, son)")
                        re.search(
                            r"(?<![\w-])([A-Z]{2,4})\s*(?:=|\()\s*$",
                            self.masked[max(0, m.start - 12) : m.start],
                        ),
                    )
                    if f and f.group(1) == own
                ),
                None,
            )
            # or a key's line of its own: "LD - Lily Dawson, subject child", "GP - Dr Rizwan
            # Chaudhry, general practitioner" (whatever the letters stand for; a key's item is
            # short, so a little before the name is looked at)
            keyed = None if found else _KEY_LINE.search(self.masked, max(0, m.start - 60), m.start)
            if keyed and rest.lstrip().startswith(":"):
                keyed = None  # a turn's label after a question's number: "Q15 Tariq Mahmood:"
            # or a table's row, a code in the cell before the name: "| W1 | Joseph Afolabi |"
            keyed = keyed or (
                None if found else _KEY_CELL.search(self.masked, max(0, m.start - 40), m.start)
            )
            found = found or keyed
            if not found or (found.group(1) != own and found is not keyed):
                continue
            # (not the bracket that gives them, but "(RV's words)")
            ini = found.group(1)
            # (and a key's code in brackets after words: '"..." (S2)')
            coded = rf"|(?<=\(){ini}(?=\))" if re.fullmatch(_CODE, ini) else ""
            # (and a heading's, in brackets at its end: "4. CHAIR'S SUMMARY (LH)")
            headed = rf"|(?<=\(){ini}(?=\)[ \t]*(?:\n|$))"
            for use in re.finditer(
                rf"(?<![\w(]){ini}(?![\w)])|(?<=\(){ini}(?=['\u2019]s\b){coded}{headed}",
                self.masked,
            ):
                a, b = use.start(), use.end()
                if self._taken(a, b):
                    continue
                if (
                    self.masked[b : b + 1] == ")"
                    and not coded
                    and not _HEADING_INITIALS.fullmatch(
                        self.masked, self.masked.rfind("\n", 0, a) + 1, b + 1
                    )
                ):
                    continue  # (a bracket giving the initials, not a heading's)
                self._person_of[a] = record
                added.append(Mention(a, b, "person", use.group(0)))
        self._insert(added)

    def _add_coded_anon(self) -> None:
        """A research table's participants by code, named by no one ("| P6 | Finance officer,
        payments team |"): each code where it stands alone is that unnamed participant."""
        added = []
        for row in _CODED_ROW.finditer(self.masked):
            if any(m.kind == "person" for m in self._mentions_in(row.start("r"), row.end("r"))):
                continue  # (a witness named in the row: "| W1 | Joseph Afolabi |")
            code = row.group("c")
            for use in re.finditer(rf"(?<![\w|-]){code}(?![\w-])", self.masked):
                if use.start() != row.start("c") and not self._taken(use.start(), use.end()):
                    role = " ".join(row.group("r").split())
                    added.append(Mention(use.start(), use.end(), "anon", code, role=role))
        self._insert(added)

    def _add_field_roles(self) -> None:
        """A form's field naming someone ("Apprentice: Chloe Barnard") makes its label a post
        wherever "the" goes before it ("the apprentice described"), whoever the noun, and where
        the label alone signs words ("— Sponsor, 21 March 2025")."""
        added = []
        for label, ats in self._form_fields.items():
            if not re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", label) or not any(
                (named := self._mentions_in(at, at + 60))
                and named[0].start == at
                and named[0].kind == "person"
                for at in ats
            ):
                continue
            words = r"\s+".join(label.split())
            # ("— Sponsor, 21 March 2025", signed by the field's label alone, read as a name;
            # and the label itself, "Sponsor:", no one's name)
            bare = {
                m.start
                for m in self.mentions
                if m.kind == "person" and m.text == label.capitalize()
            }
            if bare:
                self.mentions = [m for m in self.mentions if m.start not in bare]
                self._starts = [m.start for m in self.mentions]
                added += [
                    Mention(at, at + len(label), "role", label)
                    for at in bare
                    if self.masked[at + len(label) : at + len(label) + 1] != ":"
                ]
            for use in re.finditer(rf"\b(?i:the)\s+{words}\b(?![\w'\u2019-])", self.masked):
                if _PREPOSITION_BEFORE.search(self.masked, max(0, use.start() - 12), use.start()):
                    continue  # (not an object: "the best material of the proposition")
                if not self._taken(use.start(), use.end()):
                    added.append(Mention(use.start(), use.end(), "role", label))
        self._insert(added)

    def _add_defined_people(self) -> None:
        """Someone a paper defines by a term in brackets ('Team Manager ("the employee")') is
        that unnamed person wherever the term stands again ("the employee told the team")."""
        added = []
        for term in _DEFINED_PERSON.finditer(self.text):
            words = term.group("t")
            for use in re.finditer(rf"\b[Tt]he\s+{words}\b", self.masked):
                if use.start() > term.end() and not self._taken(use.start(), use.end()):
                    phrase = " ".join(use.group(0).split())
                    added.append(Mention(use.start(), use.end(), "anon", phrase))
        self._insert(added)

    def _add_described_people(self) -> None:
        """Someone described in apposition by a noun no post list has ("Brenda Holgate, the
        reserve's volunteer warden,"), or by one just before the name ("Skipper Moira
        Feltham"), is that person where "the <noun>" speaks again ("the warden recalled",
        "the skipper said")."""
        described_by: dict[str, tuple[int, _Person]] = {}  # (the first so described)
        for m in [m for m in self.mentions if m.start in self._person_of]:
            described = _DESCRIBED_AS.match(self.masked, m.end)
            before = _NOUN_BEFORE_NAME.search(self.masked, max(0, m.start - 30), m.start)
            if described is not None:
                head, since = described.group("head"), described.end()
            elif before is not None:
                head, since = before.group("head").lower(), m.end
            else:
                continue
            described_by.setdefault(head, (since, self._person_of[m.start]))
        if not described_by:
            return
        heads = "|".join(sorted(described_by, key=len, reverse=True))
        added = []
        # (one pass over the text for all the nouns: a text of capitalised words has many)
        for use in re.finditer(rf"\b[Tt]he\s+({heads})\b(?=\s+(?:{CUES})\b)", self.masked):
            since, record = described_by[use.group(1)]
            if use.start() > since and not self._taken(use.start(), use.end()):
                added.append(Mention(use.start(), use.end(), "person", record.name))
                self._person_of[use.start()] = record
        self._insert(added)

    def _add_subject_described(self) -> None:
        """A paragraph opening with someone as its subject, then words said by "the <noun>"
        no one else is called ("Pickering is not starry-eyed. '...,' the baker says"): that
        person, described again."""
        added = []
        for found in _THE_NOUN_SAYS.finditer(self.masked):
            a, b = found.start("the"), found.end("n")
            para = self._para_start(a)
            opening = found.start()
            lead = [m for m in self._mentions_in(para, b) if m.start < opening or m.start >= a]
            if (
                self._taken(a, b)
                or len(lead) != 1
                or lead[0].start not in self._person_of
                or self.masked[para : lead[0].start].strip()
                or not re.fullmatch(r"[^.!?\n]+[.!?]\s*", self.masked[lead[0].end : opening])
            ):
                continue
            record = self._person_of[lead[0].start]
            added.append(Mention(a, b, "person", record.name))
            self._person_of[a] = record
        self._insert(added)

    def _add_central_occupation(self) -> None:
        """Words said by "the <occupation>" no one is called ("'...,' the plumber says", in a
        trade paper's piece about a man who runs a plumbing firm): the person the text is
        about, named more often than anyone else (three times at least)."""
        uses = [
            found
            for pattern in (_THE_NOUN_SAYS, _THE_NOUN_OPENS)
            for found in pattern.finditer(self.masked)
            if _PERSON_NOUN.fullmatch(found.group("n"))
            and not self._taken(found.start("the"), found.end("n"))
        ]
        if not uses:
            return
        records = {id(r): r for r in self._person_of.values()}
        counts = Counter(
            id(self._person_of[m.start]) for m in self.mentions if m.start in self._person_of
        )
        top = counts.most_common(2)
        if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] == top[0][1]):
            return
        record = records[top[0][0]]
        added = []
        for found in uses:
            a, b = found.start("the"), found.end("n")
            added.append(Mention(a, b, "person", record.name))
            self._person_of[a] = record
        self._insert(added)

    @cached_property
    def _infants(self) -> set[str]:
        """Children by a letter or initials born in the latest year the text names, or the
        one before ("Re: L (a girl, born 3 June 2024)" in a record of November 2024): too young
        to be the "she" who said a sentence (worked out only when a pronoun asks)."""
        born = {}  # each child's name, by where its year of birth stands
        for found in [*_LETTER_CHILD.finditer(self.text), *_INITIALS_CHILD.finditer(self.text)]:
            year = _BORN_IN.search(found.group(0))
            if year:
                name = found.group("n") if "n" in found.groupdict() else found.group("k")
                born[found.start() + year.start(1)] = (name, int(year.group(1)))
        # (the latest year named other than a birth's: the record's own time)
        years = [
            int(y.group())
            for y in re.finditer(r"\b(?:19|20)\d\d\b", self.text)
            if y.start() not in born
        ]
        latest = max(years, default=None)
        return {name for name, year in born.values() if latest and year >= latest - 1}

    def _learn_genders(self) -> None:
        """ "X ... said she", "thanked Dr X for her": the pronoun gives the person's gender."""
        for m in self.mentions:
            if m.kind == "anon" and m.gender is None:
                # "One care leaver who helped design it, a 20-year-old, said she had moved"
                said = _ANON_SAID_PRONOUN.match(self.masked, m.end, m.end + 240)
                if said:
                    m.gender = "f" if said.group("p") == "she" else "m"
                continue
            record = self._person_of.get(m.start)
            if record is None or record.gender:
                continue
            after = self.masked[m.end : m.end + 120]
            found = re.match(
                r"(?:\s*,[^.!?;:_]{0,80},)?\s+(?:has\s+|had\s+)?(?:said|says|added|explained|"
                r"insisted|admitted|confirmed|warned|told\s+\w+)\s+(?:that\s+)?(?P<p>she|he)\b"
                r"|\s+for\s+(?P<q>her|his)\b"
                # "Child: Child X (male, 14)", "Person A (female, 34)": the sex in brackets
                r"|[ \t]*\((?:an?[ \t]+)?(?P<s>male|female|boy|girl)\b"
                # "Marianne Oyelaran-Birch is already on her second phone call"
                r"|\s+(?:is|was|has|had)\s+(?:\w+\s+){0,4}?(?:on|in|at|with)\s+(?P<r>her|his)\s",
                after,
            )
            if found:
                word = found.group("p") or found.group("q") or found.group("r") or found.group("s")
                record.gender = "f" if word in ("she", "her", "female", "girl") else "m"
                continue
            # "Liam, now 24, was in care from the age of 12. He says": the next sentence's
            # subject, with no one else named between
            then = re.match(r"[^.!?\n]{0,150}[.!?]\s+(?P<p>He|She)\b", after)
            # (its subject: not "Kofi was matched with his mentor, Sandra. He is now ...")
            opens = _SENTENCE_OPENS.search(self.masked, max(0, m.start - 4), m.start)
            if (
                then
                and opens
                and not any(
                    x.kind in ("person", "anon", "role")
                    for x in self._mentions_in(m.end + 1, m.end + then.start("p"))
                )
            ):
                record.gender = "f" if then.group("p") == "She" else "m"
        # else the given name, where it is with little doubt a woman's or a man's
        for record in self.people.values():
            if record.gender is None:
                record.gender = gender_of_given_name(record.name.split()[0])

    def _is_short(self, m: Mention) -> bool:
        if m.known is not None:
            return False
        bare = self._bare(m)
        return len(bare.split()) < 2 or bool(_INITIAL_NAME.fullmatch(bare))

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
        initial = _INITIAL_NAME.fullmatch(bare)
        if initial:
            # "Claimant: Ms P Adeyemi": the one person named in full with that initial
            same = [
                r
                for r in self.people.values()
                if fold(r.surname) == fold(initial.group("s"))
                and len(r.name.split()) >= 2
                and r.name[0] == initial.group("i")
                and not _INITIAL_NAME.fullmatch(r.name)
            ]
            if len(same) == 1:
                return same[0]
        if len(bare.split()) >= 2:
            key = fold(bare)
            if key not in self.people:
                known = self._known_person(bare)
                self.people[key] = self._same_but_short(bare) or _Person(
                    known.name if known else bare, known
                )
            return self.people[key]
        # A title and a surname: the person of that surname named in full, else as written
        # (of two, "Brian and Carol Withey", the one the title's gender fits: "Mrs Withey")
        same = [r for r in self.people.values() if fold(r.surname) == fold(bare)]
        fits = [r for r in same if m.gender and gender_of_given_name(r.name.split()[0]) == m.gender]
        if len(same) > 1 and len(fits) == 1:
            return fits[0]
        if same:
            return same[0]
        # A first name alone ("Brian, 64, added"), or after Sir or Dame ("Sir Edward"): the one
        # person of that first name
        if not m.title or fold(m.title) in ("sir", "dame"):
            first = self._one_person_named(bare, surname=False)
            if first is not None:
                return first
        known = self._known_person(bare, surname=True)
        key = "id:" + known.id if known else fold(m.text)
        if key not in self.people:
            self.people[key] = _Person(known.name if known else " ".join(m.text.split()), known)
        return self.people[key]

    def _same_but_short(self, name: str) -> _Person | None:
        """The one person already named with this surname and a short form of this first
        name, or this short form of theirs ("Bernie Quayle", "Bernadette Quayle"): named
        now by the longer."""
        first, _, rest = fold(name).partition(" ")
        same = [
            r
            for r in {id(r): r for r in self.people.values()}.values()
            if r.known is None
            and fold(r.name).partition(" ")[2] == rest
            and (
                _shortens(first, fold(r.name.split()[0]))
                or _shortens(fold(r.name.split()[0]), first)
            )
        ]
        if len(same) != 1:
            return None
        if len(name) > len(same[0].name):
            same[0].name = name
        return same[0]

    def _one_person_named(self, word: str, surname: bool = True) -> _Person | None:
        """The one person introduced in full whose first name (or surname) is ``word``."""
        word = fold(word)
        found = {
            id(r): r
            for r in self.people.values()
            if fold(r.name.split()[0]) == word or (surname and fold(r.surname) == word)
        }
        if not found and not surname:
            # a short form of the first name: "Bernie" for Bernadette Quayle
            found = {
                id(r): r for r in self.people.values() if _shortens(word, fold(r.name.split()[0]))
            }
        return next(iter(found.values())) if len(found) == 1 else None

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
        # "Councillor Gail Brindley (Chairman)", "Jo Roe (Strategic Director, Children's Services)"
        found = re.match(r"\s*\((?P<role>[^()_\n]{3,100})\)", after)
        if found and (
            _strong_role(found.group("role")) or _KIN_IN_BRACKETS.fullmatch(found.group("role"))
        ):
            # (or a party's kin, as a case heading gives it: "Lisa Rafferty (mother)")
            return found.group("role").strip()
        # an attendance list: "Ms C. Ansah – Director of Children's Services"
        found = re.match(
            r"[ \t]*[\u2013\u2014-][ \t]*(?P<role>[^\n_]{3,100}?)[ \t]*(?:\n|$)", after
        )
        if found and _strong_role(found.group("role")):
            return found.group("role").strip()
        found = re.match(
            r"\s*(?:\([^)]{1,80}\))?\s*,\s*(?P<role>[^,.;:\n_\"\u201c\u201d]{3,150}?)\s*"
            # (initials after the post, in minutes: "Strategic Director (MD)")
            r"(?:\([A-Z]{2,4}\)[ \t]*)?"
            r"(?:,|\.|;|\n|$|\s+(?:said|says|added|told|noted|explained|commented|stated))",
            after,
        )
        if (
            found
            and _strong_role(found.group("role"))
            and "(" not in found.group("role")
            and not _TITLED_NAME.match(found.group("role").strip())
            # "Jo Roe, who was a social worker when X became director,": a clause
            and not re.match(r"(?:who|whose|whom|which|that)\b", found.group("role").strip())
            # "Sharon Meades, spent eleven years as a foster carer": a predicate
            and not re.match(
                r"(?:became|spent|was|is|has|had|have|took|joined|won|lost|went|worked|served|"
                r"lives|lived|moved|started|left)\b",
                found.group("role").strip(),
            )
            # "a question from Cllr Roe, the Director confirmed that ...": a clause
            and not CUE_RE.search(
                self.masked, m.end + found.start("role"), m.end + found.end("role")
            )
            # "In response to a question from Councillor Keogh, the Executive Director
            # explained": the director answers; the role is not Keogh's
            and not (
                found.group(0)[-1].isalpha()
                and re.search(
                    r"\b(?:from|by|to|with|of|for|asked|thanked)\s+$",
                    self.masked[max(0, m.start - 30) : m.start],
                    re.I,
                )
            )
        ):
            return found.group("role").strip()
        # "Hollie Brennan, who took over as director of children's services in the summer"
        found = re.match(
            # (and "When Dr X arrived as Merton's director of children's services, he")
            r"(?:\s*,\s*who|(?=\s+arrived\s))\s+(?:has\s+|had\s+)?(?:took\s+over|became|joined|"
            r"arrived|was\s+appointed|"
            r"(?:has\s+)?been\s+appointed|started|stepped\s+up)\s+as\s+(?:the\s+)?"
            r"(?P<role>[^,.;:\n]{3,100}?)"
            r"(?=\s+(?:in|on|at|last|this|from|since|after|before|earlier|two|three)\b|[,.;:\n]|$)",
            after,
        )
        if found and _strong_role(found.group("role")):
            return found.group("role").strip()
        # "Jo Roe is the council's director of children's services", "X, who has been
        # director since 2021,": the post as a predicate
        found = re.match(
            r"(?:\s*,\s*who)?\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+"
            r"(?P<role>(?:the\s+|its\s+|their\s+)?[^,.;:\n_\"\u201c\u201d]{3,100}?)"
            r"(?=\s+(?:in|on|at|last|this|from|since|until|after|before|when|for\s+(?:the\s+)?"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|past|last|over|more|nearly|"
            r"almost|about|a|an|part|much|most|some)\b)\b|"
            r"[,.;:\n]|$)",
            after,
        )
        if (
            found
            and _strong_role(found.group("role"))
            and not CUE_RE.search(found.group("role"))
            and not _TITLED_NAME.match(found.group("role"))
        ):
            return found.group("role").strip()
        # an attendance list of roles first: "Director of Children's Services (Marcus Dell);
        # Assistant Director – Safeguarding (Jo Roe)"
        if re.match(r"\s*\)", after):
            found = re.search(
                r"(?:^|[;:\n])\s*(?P<role>[^;:\n()_]{3,120}?)\s*\(\s*$",
                self.masked[max(0, m.start - 160) : m.start],
            )
            if found and _strong_role(found.group("role")):
                return found.group("role").strip()
        # a letter's address block: the name on a line, the post on the next
        # ("Ms Jo Roe\nExecutive Director of People\nWest Berkshire Council")
        line_start = self.text.rfind("\n", 0, m.start) + 1
        if not self.text[line_start : m.start].strip():
            found = re.match(r"[ \t]*\n(?P<role>[^\n_]{3,100}?)[ \t]*\n", after)
            # ("Chief Executive, Brighter Futures for Children": a post, then its body)
            if (
                found
                and _strong_role(found.group("role").split(",")[0])
                and not _TITLED_NAME.match(found.group("role").strip())
            ):
                return found.group("role").strip()
        # "appointed Jo Roe as Children's Services Commissioner", "named X as interim director"
        found = re.match(
            r"\s+as\s+(?P<role>(?:its\s+|the\s+|an?\s+)?[^,.;:\n_]{3,80}?)"
            r"(?=\s*(?:[,.;:\n]|$|\s+(?:to|for|in|on|from|until|after)\b))",
            after,
        )
        if found and _strong_role(found.group("role")):
            return found.group("role").strip()
        para_start = self._para_start(m.start)
        number = PARA_NUMBER.match(self.masked, para_start, m.start)
        para_start = max(number.end() if number else para_start, m.start - 200)
        before = self.masked[para_start : m.start]
        cut = max(before.rfind(c) for c in ".;:!?\n")
        segment = before[cut + 1 :]
        # ('"We carry it," Manchester's Director, Dr X, told us': not the closing mark)
        pieces = [p.strip().lstrip("\"'\u201d\u2019").strip() for p in segment.split(",")]
        if len(pieces) >= 2 and pieces[-1] == "":
            pieces.pop()
        # The shortest run of pieces before the name that is a role: "The Cabinet Member for
        # Children, Young People and Schools, County Councillor X" keeps its comma.
        for k in range(1, min(len(pieces), 3) + 1):
            candidate = ", ".join(pieces[-k:])
            # "Kelby Council, through its Executive Director for Children's Services, X,"
            candidate = re.sub(
                r"^(?:and|but|while|whilst|(?-i:For)|through\s+(?:its|their)|via\s+(?:its|their)|"
                # "Then the Liberal Democrat group leader, Cllr X, rises"
                r"(?-i:Then|Now|Next|Finally|Meanwhile|Later|Earlier),?)\s+"
                # "Budget speech by the Leader of the Council, Cllr X"
                r"|^[A-Z][\w\s]{0,40}?\s+by\s+(?=the\s)",
                "",
                candidate,
                flags=re.I,
            )
            # "The makers were given what the council's director of children's services, X,
            # calls ...": the post, after the clause that leads to it
            # "The council's director of children's services is Jo Roe": the post
            candidate = re.sub(r"\s+(?:is|was|has\s+been|had\s+been)$", "", candidate)
            clause = list(_CLAUSE_WORD.finditer(candidate))
            if clause and _strong_role(candidate[clause[-1].end() :]):
                candidate = candidate[clause[-1].end() :]
            # "the words of the executive director", "a letter from the chief executive"
            for led in reversed(list(_LED_BY.finditer(candidate))):
                if _strong_role(candidate[led.end() :]) and not _strong_role(
                    candidate[: led.start()]
                ):
                    candidate = candidate[led.end() :]
                    break
            if (
                candidate
                and _strong_role(candidate)
                and not any(_TITLED_NAME.match(re.sub(r"\s*\(.*", "", p)) for p in pieces[-k:])
                and not CUE_RE.search(candidate)
                # an attendance list: "P Norris (Vice-Chair), A Sahota, K Blakemore"
                and "(" not in candidate
                and len(candidate) <= 120
                and "_" not in candidate
                # "a foster carer from Mill Hill": where the one described is from
                and not re.search(r"\b(?:from|in|at|of|for|with|by|to|near)$", candidate)
            ):
                return candidate
        return None

    def _para_span(self, pos: int) -> tuple[int, int]:
        """The paragraph ``pos`` stands in (``(0, 0)`` between paragraphs)."""
        for a, b in self.paras:
            if a <= pos <= b:
                return a, b
        return 0, 0

    def _para_start(self, pos: int) -> int:
        return self._para_span(pos)[0]

    def _collect_bodies(self) -> list[tuple[int, int, str, Known | None]]:
        out = []
        for m in self.mentions:
            if m.kind == "body" and (m.known is not None or (m.text and not m.role)):
                # ("Ofsted inspectors": the name)
                end = m.start + len("Ofsted") if m.title == "insp" else m.end
                out.append((m.start, end, m.known.name if m.known else m.text, m.known))
        # "Children's Trust" after "Birmingham Children's Trust": the body named in full
        names = {name for _, _, name, known in out if known is None}
        full = {
            name: max(longer, key=len)
            for name in names
            if name.split()[0].lower() in NOT_FIRST  # a generic name, not a place's
            and (longer := [n for n in names if n.endswith(" " + name) and "." not in n])
        }
        return [(a, b, full.get(name, name), known) for a, b, name, known in out]

    def salient_council(self) -> Speaker | None:
        counts: dict[str, tuple[int, Known | None, str]] = {}
        # A council named only for its spokesperson ("A spokesperson for X Council") counts.
        spoken_for = [
            (m.start, m.end, m.text, None)
            for m in self.mentions
            if m.kind == "body"
            and m.known is None
            and m.role
            and "spokes" in m.role.lower()
            and re.search(r"\bCouncil$", m.text)
        ]
        for _, _, name, known in [*self.bodies, *spoken_for]:
            kind = known.body_kind if known else ("council" if "Council" in name else None)
            if kind != "council" and not re.search(r"Council|Borough of|City of", name):
                continue
            if NOT_A_COUNCIL.search(name):
                continue  # "the Children in Care Council": children, not the council
            count, _, _ = counts.get(name, (0, known, name))
            counts[name] = (count + 1, known, name)
        if not counts:
            return self._heading_council()
        count, known, name = max(counts.values(), key=lambda c: c[0])
        if count == 1 and known is None:
            # A council named once in passing ("a social enterprise the council co-owns with
            # the Royal Borough of Kingston upon Thames") in a text about the children's
            # services of a place named more often ("services in Richmond"): that place's
            other = self.place_council()
            if (
                other is not None
                and council_core(other.name) not in name  # "Bath" for "Bath and N..."
                and self._times_named(council_core(other.name))
                > max(2, self._times_named(council_core(name)))
            ):
                return other
        return Speaker(name, "body", known.id if known else None)

    def _heading_council(self) -> Speaker | None:
        """A council named in capitals in the opening lines of minutes ("LONDON BOROUGH OF
        HACKNEY", "KELBY COUNTY COUNCIL"), as it is written in ordinary case."""
        found = _CAPS_COUNCIL.search(self.text[:400])
        if found is None or re.search(_YOUNG_PEOPLES_COUNCIL, found.group(0), re.I):
            return None  # ("TOWER HAMLETS YOUTH COUNCIL": young people's, not the council)
        return Speaker(_title_case(found.group(0)), "body", None)

    def _heading_committee(self) -> str | None:
        """A committee or board named in capitals in the opening lines of minutes ("SCRUTINY
        BOARD (CHILDREN AND FAMILIES)"), as it is written in ordinary case."""
        found = (
            _CAPS_COMMITTEE.search(self.text[:300])
            or _CAPS_MINUTES_OF.search(self.text[:400])
            or _CAPS_MINUTES_HEAD.match(self.text)
        )
        return _title_case(found.group("c")) if found else None

    def the_council(self, pos: int | None = None) -> Speaker | None:
        """Who "the council" at ``pos`` is: in a text about several councils, the council of
        the place named last in its paragraph or section ("Isles of Scilly: requires
        improvement ... A council spokesperson said"); else the council named most, else the
        council of the place the text is about ("The council's response said", in a text
        naming only "Greenwich")."""
        if pos is not None and len(self.english_councils()) > 1:
            place = self.english_place_before(pos)
            if place is not None:
                return self.council_places().get(place) or council_of_place(place)
        return self.salient_council() or self.place_council()

    def council_of_kind(self, kind: str) -> Speaker | None:
        """The one council of a kind ("county", "city") the text names, if it names only
        one: "the county council" in a text about a city council and its county."""
        word = f"{kind.title()} Council"
        of_kind = {
            (known.name, known.id) if known else (name, None)
            for _, _, name, known in self.bodies
            if word in (known.name if known else name)
        }
        if len(of_kind) != 1:
            return None
        name, id_ = of_kind.pop()
        return Speaker(name, "body", id_)

    def council_places(self) -> dict[str, Speaker]:
        """Places that stand for a council in this text: the place words of each council it
        names ("Oldham" for Oldham Council) and the heads of list rows that grade a place
        ("Bolton \u2013 Good (inspected 2019)")."""
        out: dict[str, Speaker] = {}
        councils = [
            (name, known)
            for _, _, name, known in self.bodies
            if (known and known.body_kind == "council")
            or re.search(r"\bCouncil\b|\bBorough of\b", name)
        ] + [
            (m.text, None)
            for m in self.mentions
            if m.kind == "body"
            and m.role
            and "spokes" in m.role.lower()
            and re.search(r"\bCouncil$", m.text)
        ]
        for name, known in councils:
            if NOT_A_COUNCIL.search(name):
                continue
            core = council_core(name)
            if core and core[0].isupper() and core not in out:
                out[core] = Speaker(
                    known.name if known else name, "body", known.id if known else None
                )
                # "Kingston" for the Royal Borough of Kingston upon Thames, "Southend" for
                # Southend-on-Sea, "Hull" for Kingston upon Hull
                short = "Hull" if core == "Kingston upon Hull" else _ON_RIVER.sub("", core)
                if short != core:
                    out.setdefault(short, out[core])
                # "Brighton and Hove" for Brighton & Hove City Council
                out.setdefault(core.replace(" & ", " and "), out[core])
        for a, b in self.paras:
            row = _GRADED_ROW.match(self.text, a, b)
            if (
                row
                and row.group("p").split()[0].lower() not in NOT_FIRST - PLACES
                # ("Leaders: GOOD", "Overall: Good": an area's row, not a place's; "Rating:
                # Good": the label's)
                and not re.fullmatch(
                    r"(?i:leaders|leadership|overall|adoption|care\s+leavers|children\s+in\s+care"
                    r"|looked\s+after|help\s+and\s+protection|rating|grade|judge?ment)",
                    row.group("p"),
                )
            ):
                place = row.group("p")
                out.setdefault(place, Speaker(place + " Council", "body", None))
        return out

    def salient_trust(self) -> Speaker | None:
        """The children's services trust named most, for texts that name no council."""
        name = self._salient("Trust")
        return Speaker(name, "body", None) if name else None

    def place_council(self) -> Speaker | None:
        """ "Croydon children's services", "children's services in Croydon": the council of
        the place named most with its children's services, for texts that name no body."""
        counts = self._place_counts(_PLACE)
        if counts:
            # "a former director of children's services in Salford", in a feature about
            # Knowsley: each place's children's services count with its other mentions, and
            # an English council's place named more often outweighs them
            for place in counts:
                counts[place] += self._times_named(place)
            for place in dict.fromkeys(m.group(0) for m in _ENGLISH_COUNCIL.finditer(self.masked)):
                if place not in counts:  # (each place counted once, in the text's order)
                    counts[place] = self._times_named(place)
        else:
            # Else the place whose council or director the text names, the one named most.
            counts = self._place_counts(_PLACE_OWNS)
            people = {
                w for r in self.people.values() if r.name not in counts for w in r.name.split()
            }
            for place in list(counts):
                if set(place.split()) & people:
                    del counts[place]
                else:
                    counts[place] = self._times_named(place)
        if not counts:
            return self._english_council()
        place = max(counts, key=lambda p: counts[p])
        # ("Warwickshire's children's services": Warwickshire County Council)
        if place in _COUNCIL_KINDS:
            return council_of_place(place)
        return Speaker(place + " Council", "body", None)

    def _times_named(self, place: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(place)}(?![\w-])", self.masked))

    def english_councils(self) -> set[str]:
        """The English council places the text names (any case: "WANDSWORTH" as a heading)."""
        return {_COUNCIL_CASE[m.group(0).lower()] for m in _ENGLISH_COUNCIL_ANY.finditer(self.text)}

    @cached_property
    def _first_paragraph(self) -> int:
        """Where the text's first paragraph of some length (20 words) starts."""
        return next((a for a, b in self.paras if len(self.text[a:b].split()) >= 20), 0)

    def english_place_before(self, pos: int) -> str | None:
        """The English council place named last before ``pos`` in its paragraph, else in the
        heading that opens its section ("WANDSWORTH", "Richmond upon Thames")."""
        start = self.text.rfind("\n\n", 0, pos) + 2 if "\n\n" in self.text[:pos] else 0
        found = list(_ENGLISH_COUNCIL_ANY.finditer(self.text, start, pos))
        if not found:
            heading = None
            for line in _HEADING_LINE.finditer(self.text, 0, start):
                if not _BYLINE_LINE.match(line.group(0)):  # ("BBC News, Lincolnshire": its office)
                    heading = line
            if heading is not None:
                found = list(_ENGLISH_COUNCIL_ANY.finditer(self.text, *heading.span()))
                # (or named since, in the section's paragraphs before: a masthead's "News for
                # south Essex", then "Ofsted's report into Southend-on-Sea City Council")
                # (a masthead's line, above the text's first paragraph, is not a section's)
                if found and heading.end() <= self._first_paragraph:
                    found = (
                        list(_ENGLISH_COUNCIL_ANY.finditer(self.text, heading.end(), start))
                        or found
                    )
        return _COUNCIL_CASE[found[-1].group(0).lower()] if found else None

    def _english_council(self) -> Speaker | None:
        """Last: the English council whose place the text names most ("arrived in
        Warwickshire", "Warwickshire's Sunita Rao"), for a text that names no council."""
        counts: dict[str, int] = {}
        for match in _ENGLISH_COUNCIL.finditer(self.masked):
            counts[match.group(0)] = counts.get(match.group(0), 0) + 1
        if not counts and re.search(r"(?i)\bcounty\s+council\b", self.masked):
            # "the county council", in a text about Lincoln: the county of its county town
            for word in re.findall(r"(?<![\w-])[A-Z][a-z]+(?![\w-])", self.masked):
                if _COUNCIL_KINDS.get(word + "shire") == "county":
                    counts[word + "shire"] = counts.get(word + "shire", 0) + 1
        if not counts:
            # else one named only in a web or email address ("press@rochdale.gov.uk") or a
            # workspace's slug ("rochdale-childrens-services")
            for slug in _COUNCIL_SLUG.finditer(self.text):
                words = slug.group("p") or slug.group("p2")
                place = _COUNCIL_CASE.get(words.replace("-", " ")) or _COUNCIL_CASE.get(words)
                if place is not None:
                    return council_of_place(place)
            # else the one English council place the text names, if only in someone's words
            # ("every social worker in Cambridgeshire", in a committee's minutes)
            named = self.english_councils()
            return council_of_place(named.pop()) if len(named) == 1 else None
        return council_of_place(max(counts, key=lambda p: counts[p]))

    def _place_counts(self, pattern: re.Pattern) -> dict[str, int]:
        counts: dict[str, int] = {}
        for match in pattern.finditer(self.masked):
            groups = match.groupdict()
            place = groups.get("a") or groups.get("b") or _title_case(groups.get("c") or "")
            place = _ORG_LEAD_STRIP.sub("", place)
            # "Cumberland Council's children's services": the place is Cumberland
            place = re.sub(r"\s+(?:County\s+|City\s+|Borough\s+)?Council$", "", place)
            if not place:
                continue
            first = place.split()[0].lower()
            if (
                (first in NOT_FIRST and first not in PLACES)
                or place in _NOT_PLACES
                or first in _DETERMINERS  # "Your council magazine", "Every council"
            ):
                continue
            counts[place] = counts.get(place, 0) + 1
        return counts

    def _salient(self, word: str) -> str | None:
        """The body whose name has ``word`` ("Committee") named most often, if any."""
        counts: dict[str, int] = {}
        for _, _, name, _known in self.bodies:
            if word.lower() in name.lower().split():
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

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
            return record.speaker() if record is not None else None
        if m.kind == "anon":
            # "Sue Kettle, who has been a foster carer for 19 years, ... the foster carer
            # says": the one named with that role
            definite = re.fullmatch(r"(?i:the)\s+(?P<n>[a-z][a-z -]{2,40})", m.text)
            if _NOT_NAMED.match(self.masked[m.end : m.end + 80]):
                definite = None  # ("The social worker, who asked not to be named, said")
            named = self._role_noun(definite.group("n"), pos) if definite else None
            if named is not None and named.kind == "person":
                return named
            # "a Plaid Cymru MS says" in a lede, "Rhodri Bevan, a Plaid Cymru Member of the
            # Senedd, said" further on: the one the party's post introduces
            party = _PARTY_POST.fullmatch(m.text)
            if party and (found := self._party_member(party.group("p"), pos)) is not None:
                return found
            spouse = re.fullmatch(r"(?i:(her|his))\s+(?:husband|wife|partner)", m.text)
            if spouse and (found := self._spouse(spouse.group(1).lower(), m)) is not None:
                return found
            return Speaker(m.text, "anon", None, m.text, m.gender)
        if m.kind == "pronoun":
            return self._pronoun(m, pos)
        if m.kind == "role":
            found = self._role_noun(m.text, pos)
            # (the post written out: "Our Director of Children's Services")
            post = re.match(
                r"\s+(?:of|for)\s+[A-Z][\w'\u2019]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019]*)*",
                self.masked[m.end : m.end + 80],
            )
            words = " ".join(self.masked[m.start : m.end + (post.end() if post else 0)].split())
            if found is None and (
                # (or a body's, by "its": "Its chief executive said")
                re.match(r"(?:our|my|its)\s", words, re.I)
                or re.match(r"the\s+(?:[A-Z][a-z]+\s+)*\d{1,4}\s", words, re.I)
                # "The Assistant Director for Finance noted": a post by its title
                or re.fullmatch(r"(?i:the)\s+(?:[A-Z][a-z]+\s+)+(?:of|for)\s+[A-Z].*", words)
            ):
                # "Our Director of Children's Services at the time told me", "My manager
                # said", "The Section 151 Officer has advised": a post whose holder the text
                # does not name
                return Speaker(words, "anon", None, words)
            return found
        return self._body(m)

    def _spouse(self, word: str, m: Mention) -> Speaker | None:
        """Whom "her husband" is: one named before with her surname and another given name
        ("Raymond and Yvonne Leung ... Mrs Leung says ... her husband adds")."""
        owner = self._owner(word, m.start)
        if owner is None or owner.kind != "person" or len(owner.name.split()) < 2:
            return None
        surname = owner.name.split()[-1]
        for other in reversed(self.mentions[: bisect_left(self._starts, m.start)]):
            record = self._person_of.get(other.start)
            if (
                record is not None
                and record.name != owner.name
                and len(record.name.split()) >= 2
                and record.surname == surname
                and (record.gender is None or m.gender is None or record.gender == m.gender)
            ):
                return record.speaker()
            # "Manjit Sandhu and her husband, Kuldip, ...": his given name in apposition, and
            # her surname
            if (
                record is not None
                and len(record.name.split()) == 1
                and re.search(
                    rf"\b{word}\s+(?:husband|wife|partner),\s*$",
                    self.masked[max(0, other.start - 30) : other.start],
                )
            ):
                gender = m.gender or record.gender
                return Speaker(f"{record.name} {surname}", "person", None, None, gender)
        return None

    def _body(self, m: Mention) -> Speaker | None:
        if m.known is not None:
            return Speaker(m.known.name, "body", m.known.id, m.role)
        role = m.role
        if m.title == "insp":
            # "The Care Inspectorate's joint inspection ... A spokesperson for the inspectorate
            # said": another inspectorate, named last before it
            named = re.search(r"(?i)\binspectorate\b", role or "") and list(
                _OTHER_INSPECTORATE.finditer(self.text, max(0, m.start - 1500), m.start)
            )
            if named and "Ofsted" not in self.text[named[-1].end() : m.start]:
                return Speaker(" ".join(named[-1].group(1).split()), "body", None, role)
            speaker = self._inspectorate()
            return Speaker(speaker.name, "body", speaker.id, role)
        if m.title == "services":  # "Surrey's children's services": the council's
            found = self.council_places().get(m.text) or (
                council_of_place(m.text) if m.text in _COUNCIL_KINDS else None
            )
            return Speaker(found.name, "body", found.id, role) if found else None
        if m.title == "ours":
            # "our release", in a paper headed "LAMBETH COUNCIL": the council's
            council = self._heading_council()
            return Speaker(council.name, "body", None, role) if council else None
        if m.title == "its":  # "Its members": the body "it" is
            return self._pronoun(Mention(m.start, m.start, "pronoun", "it"), m.start)
        if m.title == "kind" and m.text == "company":
            # "the company": the one named most often before that runs a council's services
            # ("Slough Children First", "Together for Children") or trades ("Keys Group Ltd")
            counts: dict[str, int] = {}
            for a, _, name, known in self.bodies:
                name = known.name if known else name
                if a < m.start and _COMPANY_NAME.search(name):
                    counts[name] = counts.get(name, 0) + 1
            best = max(counts, key=lambda n: counts[n], default=None)
            return Speaker(best, "body", None, role) if best else None
        if m.title == "kind":
            # "the branch", "a branch spokesperson": the branch (or union) named last
            for a, b, name, known in reversed(self.bodies):
                words = fold(name).replace("'s", "").split()
                union = m.text == "union" and UNION.search(name)
                # "the charity Become ... the charity said": introduced as one
                kind = m.text == "charity" and (
                    re.search(rf"(?i:{BODY_KINDS})\s+$", self.masked[max(0, a - 30) : a])
                    or re.match(
                        r",\s+(?:a|the)\s+(?:[\w'\u2019-]+\s+){0,3}charity\b",
                        self.masked[b : b + 60],
                    )
                )
                if a < m.start and (m.text in words or union or kind):
                    return Speaker(known.name if known else name, "body", None, role)
            return None
        if m.title == "members":
            board = _HEADING_BOARD.match(self.text)
            if board and self.masked.startswith("Board", m.start):
                # "Board members", in minutes headed "SANDWELL CHILDREN'S TRUST / Board of
                # Directors": that body's board
                name = f"{_title_case(board.group('body'))} {' '.join(board.group('b').split())}"
                return Speaker(name, "body", None, role)
            committee = (
                self._salient("Committee")
                or self._salient("Commission")
                or self._salient("Panel")
                or self._heading_committee()
            )
            if committee is None:
                # minutes of "a Meeting of Cabinet": its members
                meeting = _MEETING_OF.search(self.text)
                committee = (
                    _title_case(" ".join((meeting.group("b") or meeting.group("line")).split()))
                    if meeting
                    else None
                )
            if committee is None:
                # minutes headed "CREDITON TOWN COUNCIL": the council's members
                council = self._heading_council()
                return Speaker(council.name, "body", None, role) if council else None
            return Speaker(committee, "body", None, role)
        if m.title == "group":
            council = self.the_council(m.start) or self.place_council()
            if council is None or m.text.endswith("Council"):  # ("group on Kelby Council")
                return Speaker(m.text, "body", None, role)
            return Speaker(f"{m.text} on {council.name}", "body", None, role)
        if m.title == "council":
            # ("a spokesperson for the county council", in a text of a city and a county)
            kind = re.fullmatch(
                r"(?i:the\s+)?(county|city|borough|district)\s+council",
                self.masked[m.start : m.end],
            )
            council = (
                kind and len(self.english_councils()) > 1 and self.council_of_kind(kind.group(1))
            ) or self.the_council(m.start)
            if council is None:
                return None
            return Speaker(council.name, "body", council.id, role)
        if m.title == "report":
            owner = m.text.strip()
            paper = self._council_paper(m)
            if paper is not None:
                return Speaker(paper.name, "body", paper.id, role)
            if owner in ("his", "her"):
                return self._pronoun(
                    Mention(m.start, m.start, "pronoun", _PRONOUN_OF[owner]), m.start
                )
            if not owner and re.match(r"(?i:the|this)\s", m.role or ""):
                # "the report", just after "his report": that person's report.
                noun = (m.role or "").split()[-1:]
                for earlier in reversed(self._mentions_in(max(0, m.start - 1500), m.start)):
                    if (
                        earlier.title == "report"
                        and earlier.text in ("his", "her")
                        and (earlier.role or "").split()[-1:] == noun
                    ):
                        return self._body(earlier)
                    if earlier.title == "report" and earlier.text:
                        break
            if (
                not owner
                and re.search(r"\bletter\b", m.role or "", re.I)
                and _LETTER_BEFORE_PROCEEDINGS.search(self.masked, max(0, m.start - 600), m.start)
            ):
                # "the letter before proceedings sent on 23/09 ... the key sentence of the
                # letter:": a council's letter to parents before it goes to court
                council = self.the_council(m.start)
                if council is not None:
                    return Speaker(council.name, "body", council.id, role)
            if not owner and re.match(r"(?i:the|this|that)\s+letter\b", m.role or ""):
                # "Calderdale Council wrote to many of us ... The letter described this as":
                # the letter's writer
                for earlier in reversed(self._mentions_in(max(0, m.start - 600), m.start)):
                    if (
                        earlier.kind == "body"
                        and (
                            re.match(
                                r"\s+(?:has\s+|had\s+)?(?:wrote|written|sent)\b",
                                self.masked[earlier.end : earlier.end + 20],
                            )
                            # "By a letter dated 3 November the Council refused"
                            or re.search(
                                r"\b(?i:by|in)\s+(?:a|an|its|their)\s+(?:\w+\s+)?letter\b"
                                r"[^.;:!?\n]{0,60}?\s(?i:the\s+)?$",
                                self.masked[max(0, earlier.start - 100) : earlier.start],
                            )
                        )
                    ):
                        found = self._body(earlier)
                        if found is not None:
                            return Speaker(found.name, "body", found.id, role)
            if not owner:
                # "the commissioner's report": the commissioner's words
                for earlier in self._mentions_in(max(0, m.start - 60), m.start):
                    if earlier.kind == "role" and re.fullmatch(
                        r"['\u2019]s\s*", self.masked[earlier.end : m.start]
                    ):
                        person = self._role_noun(earlier.text.lower(), m.start)
                        if person is not None:
                            return Speaker(
                                person.name, "person", person.id, person.role, person.gender
                            )
            if owner:
                resolved = self._name_to_body(owner)
                if resolved is not None:
                    return Speaker(resolved.name, "body", resolved.id, role)
                author = self._report_author(owner, m)
                if author is not None:
                    return author
            speaker = self._inspectorate()
            return Speaker(speaker.name, "body", speaker.id, role)
        if role and "spokes" in role.lower():
            name = m.text.strip()
            if not name and re.match(r"(?i:the)\s", role):
                # "the spokesperson said": the spokesperson introduced last ("A spokesperson
                # for the British Association of Social Workers said")
                for earlier in reversed(self._mentions_in(max(0, m.start - 2000), m.start)):
                    if (
                        earlier.kind == "body"
                        and earlier.text.strip()
                        and earlier.role
                        and ("spokes" in earlier.role.lower())
                    ):
                        return self._body(earlier)
            # "The Department for Education has confirmed ... A spokesperson said": the body
            # the sentence before is about (not "A council spokesperson": the council's)
            if not name and re.match(r"(?i:an?)\s(?!(?:\w+\s+)?council\b)", role):
                para = self._para_start(m.start)
                for earlier in reversed(self._mentions_in(max(para, m.start - 300), m.start)):
                    if earlier.kind == "body" and (earlier.known or earlier.text.strip()):
                        if earlier.title == "kind":
                            continue
                        found = self._body(earlier)
                        if found is not None and found.kind == "body":
                            return Speaker(found.name, "body", found.id, role)
            # "A spokesperson for Bristol's Labour-led administration", "for the Tory-run
            # council": the council's
            run_by = re.fullmatch(
                r"(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?[\w-]+-(?:led|run|controlled)", name
            ) and re.match(
                r"\s+(?:administration|council|authority|cabinet)\b", self.masked[m.end :]
            )
            if run_by:
                role = f"{role} {run_by.group().strip()}"
            if not name or run_by or fold(name) in {"council", "the council", "county", "local"}:
                council = self.the_council(m.start)
                if council is None:
                    return None
                if (
                    re.search(r"\bcounty\s+council\b", role, re.I)
                    and council.id is None
                    and council.name not in self.text
                    and re.fullmatch(r"[A-Z][\w\s-]*? Council", council.name)
                    and not re.search(r"\b(?:County|City|Borough|District)\b", council.name)
                ):
                    # "A county council spokesperson", in a text naming only "Northumberland"
                    county = council.name.removesuffix(" Council") + " County Council"
                    return Speaker(county, "body", None, role)
                return Speaker(council.name, "body", council.id, role)
            resolved = self.council_places().get(name) or self._name_to_body(name)
            if resolved is not None:
                # ("A Halton spokesperson", in a text naming Halton Borough Council: its)
                return Speaker(resolved.name, "body", resolved.id, role)
            bare = re.sub(r"^(?i:the)\s+", "", name)
            if re.fullmatch(r"[A-Z][a-z]+", bare):
                # "A Guild spokesman", after "The Guild of Independent Florists": that body,
                # by the first word of its name
                full = {
                    found.group(0)
                    for found in re.finditer(
                        rf"(?<![\w'\u2019-]){bare}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
                        r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,4}",
                        self.text[: m.start],
                    )
                }
                if len(full) == 1:
                    return Speaker(full.pop(), "body", None, role)
            return Speaker(bare, "body", None, role)
        if m.text:
            # "Liverpool's Children in Care Council", which the text also names without the
            # possessive ("the Liverpool Children in Care Council"): that name
            owned = re.fullmatch(r"([A-Z][\w-]*)['\u2019]s\s+([A-Z].+)", m.text)
            plain = f"{owned.group(1)} {owned.group(2)}" if owned else None
            if plain and plain in self.text:
                return Speaker(plain, "body", None, None)
            heading = self._heading_council()
            if (
                heading is not None
                and re.fullmatch(r"(?i:Children\s+in\s+Care|Youth)\s+Council", m.text)
                and re.search(r"\b[Oo]ur\s+$", self.masked[max(0, m.start - 6) : m.start])
            ):
                # "Our Children in Care Council", in a paper headed "LAMBETH COUNCIL": the
                # council's, by its place
                return Speaker(f"{council_core(heading.name)} {m.text}", "body", None, None)
            return Speaker(m.text, "body", None, None)
        return None

    def _council_paper(self, m: Mention) -> Speaker | None:
        """ "A report to Sandwell MBC's cabinet warns", and "The report says" after it: a
        council's paper, in its officers' words: the council's."""
        if not m.text.strip() and re.match(r"(?i:the|this)\s", m.role or ""):
            for earlier in reversed(self._mentions_in(max(0, m.start - 1500), m.start)):
                if earlier.title == "report":
                    m = earlier
                    break
        if not _TO_A_COUNCIL_BODY.match(self.masked, m.end):
            return None
        return self.the_council(m.start)

    def _name_to_body(self, name: str) -> Speaker | None:
        low = fold(name)
        if re.search(r"inspector|watchdog|ofsted|regulator|inspectorate", low):
            return self._inspectorate()
        for _a, _b, known in self.index.find(name):
            if known.kind == "body":
                return Speaker(known.name, "body", known.id)
        if low in {"the council", "council", "the authority", "the local authority"}:
            return self.the_council()
        if name[:1].isupper() and len(name.split()) >= 2:
            return Speaker(name.removeprefix("the ").removeprefix("The "), "body", None)
        return None

    def _pronoun(self, m: Mention, pos: int) -> Speaker | None:
        word = m.text
        if word == "you":
            return self._resolve(self.addressee, self.addressee.start)
        if word == "I":
            if m.start in self._turn_of:  # (in a transcript's turn: its speaker)
                return self._turn_of[m.start].speaker()
            return self._resolve(self.author, self.author.start)
        if word in ("he", "she"):
            want = "m" if word == "he" else "f"
            # "He talks about his father, a bus driver, and his first job, which he describes
            # as": the one the sentence opens with
            opening = self._sentence_start(self._para_start(m.start), m.start)
            first = next(
                (
                    o
                    for o in self.mentions
                    if o.kind == "pronoun"
                    and o.text == word
                    and opening <= o.start < m.start
                    and not self.masked[opening : o.start].strip()
                ),
                None,
            )
            if first is not None and first.start != m.start:
                return self._pronoun(first, first.start)
            if self._interviewee is not None and self._interviewee.gender in (None, want):
                return self._interviewee  # (an interview summary's "he")
            # The latest person named or quoted before, of that gender where it is known.
            candidates: list[tuple[int, Speaker]] = [
                (at, s)
                for at, s in self.spoken
                if s.kind in ("person", "anon")
                and at < pos
                # (not many: "Several students asked about the word 'care'")
                and not (s.kind == "anon" and s.gender is None and _MANY.search(s.name))
            ]
            for mention in self.mentions:
                # a person named, or named by a role ("The Strategic Director reminded ..."),
                # or unnamed of that gender ("a mother from ..."), or of either gender just
                # before in the paragraph ("A young constituent of mine ... She said")
                lone = (
                    mention.gender is None
                    and self._para_start(pos) <= mention.start
                    and not _MANY.search(mention.text)
                )
                if (
                    mention.kind == "anon"
                    and mention.start < pos
                    and (mention.gender == want or lone)
                    # "began fostering a teenage girl", "an email from Mr X to an HR
                    # adviser": an object, not who speaks next (but "I asked one of the
                    # social workers ... She said": the one asked answers)
                    and not (
                        re.search(
                            r"\b(?:I|[Ww]e)\s+(?:asked|interviewed)\s+$",
                            self.masked[max(0, mention.start - 20) : mention.start],
                        )
                        is None
                        and re.search(
                            r"\b(?:[a-z]{3,}(?:ing|ed)|from\s+[^,.;]{1,40}?\s+to|tells|told|asks|"
                            r"shows|meets|met|visits|phones|rings|rang|calls|warns|gives|gave|"
                            # "whether it means a child has done something wrong"
                            r"means?|meant)\s+$",
                            self.masked[max(0, mention.start - 60) : mention.start],
                        )
                    )
                ):
                    candidates.append((mention.start, self._resolve(mention, mention.start)))
                spokes = (
                    _SPOKES_NOUN.search(mention.role or "")
                    if mention.kind == "body" and mention.start < pos
                    else None
                )
                if spokes:
                    # "A county council spokeswoman said ... '...,' she said": the body's
                    gender = {"woman": "f", "man": "m"}.get(spokes.group(1).lower())
                    found = self._body(mention) if gender == want or lone else None
                    if found is not None:
                        candidates.append(
                            (mention.start, Speaker(found.name, "body", found.id, found.role, want))
                        )
                if (
                    mention.kind in ("person", "role")
                    and mention.start < pos
                    # (the writer, in the byline, "By Rowan Pike, 8 November", is "I")
                    and not _BYLINE.search(self.masked, max(0, mention.start - 30), mention.start)
                    # ("Asked by presenter Kev Mellor whether ..., she said": the one asked)
                    and not _ASKED_BY.search(self.masked, max(0, mention.start - 40), mention.start)
                    # ("Jill Armitage told NorthEast Live ... '...,' she said": the listener)
                    and not re.search(
                        r"\b(?:told|tells|telling)\s+$",
                        self.masked[max(0, mention.start - 10) : mention.start],
                    )
                ):
                    found = self._resolve(mention, mention.start)
                    if found is not None and found.kind == "person":
                        if found.name in self._infants:
                            continue  # (a baby says nothing: "She talks to L constantly")
                        candidates.append((mention.start, found))
                    elif (
                        found is None
                        and mention.kind == "role"
                        and lone
                        and (
                            re.search(
                                # (at a sentence's or a paragraph's start)
                                r"(?:^|[.!?:,][\"'\u201d\u2019]?\s+|\n\s*)$",
                                self.masked[max(0, mention.start - 4) : mention.start],
                            )
                            # (or the one the writer met: "When I met the Mayor last year he
                            # told me")
                            or re.search(
                                r"\b(?:I|[Ww]e)\s+(?:met|asked|interviewed|visited|rang|phoned)\s+$",
                                self.masked[max(0, mention.start - 20) : mention.start],
                            )
                        )
                    ):
                        # "To their credit, the service manager rang me. She was frank:": a
                        # post whose holder the text does not name
                        words = " ".join(self.masked[mention.start : mention.end].split())
                        candidates.append((mention.start, Speaker(words, "anon", None, words)))
            # One whose gender is unknown, named paragraphs ago, gives way to the text's main
            # speaker known to be of that gender ("Gareth ... says" three paragraphs before
            # "She smiles", in a profile of Marianne)
            subject = self._subject_before(m.start, want, candidates)
            if subject is not None:
                return subject
            near = self._para_start(max(0, self._para_start(pos) - 2))
            times = Counter(s.name for at, s in self.spoken if at < pos and s.gender == want)
            known = any(n >= 3 for n in times.values())
            for at, speaker in sorted(candidates, key=lambda c: -c[0]):
                if speaker.gender is None and self._owner_after_subject(at, candidates):
                    continue  # "Lowenna ... says Tregear's promise is real. '...,' she says":
                    # not the one in the possessive
                if speaker.gender is None and self._gendered_before(at, want, candidates):
                    continue  # "Malcolm Pickersgill, a former cornet with Black Dyke, ...
                    # '...,' he said": a name of no known gender after one of that gender
                if speaker.gender == want or (speaker.gender is None and (at >= near or not known)):
                    return speaker
            return None
        # "it"/"they": the nearest body named just before, else the last body that spoke;
        # for "they", one named in the plural first ("Inspectors found ... But they said").
        # A body in the possessive ("the council's leaving care service") is not a subject.
        para = self._para_start(pos)
        before = self._para_start(max(0, para - 2))  # the paragraph before's start
        near = [
            x
            for x in self._subject_bodies(para, pos)
            if pos - x.end < 200 or (word == "they" and _plural(x))
        ]
        if word == "they":
            # (a sentence's "They" is the plural subject of a sentence before, if one is:
            # "Inspectors came in February. They rated Kelby's services good ... They met")
            opens = self._opens_sentence(m.start)
            near.sort(key=lambda x: (not _plural(x), opens and not self._opens_sentence(x.start)))
            if not near and not self.masked[para:pos].strip():
                # a paragraph opening "They found that": the body named in the plural last
                # in the paragraph before ("what the inspectors wrote")
                # (over a list: "Inspectors ... graded the council in five areas: // • Care
                # leavers: good // They said")
                while before > 0 and _is_bullet(self.masked, before) and para - before < 2000:
                    before = self._para_start(max(0, before - 2))
                plural = [x for x in self._subject_bodies(before, para) if _plural(x)]
                plural.sort(key=lambda x: not self._opens_sentence(x.start))
                near = plural[:1]
        if word == "it":
            # "When Ofsted inspected Kelby Council in 2024, it rated them good": the subject
            # of the clause of time, not its object
            start = self._sentence_start(para, pos)
            near.sort(
                key=lambda x: (
                    not re.search(
                        r"(?:^|\bthat\s+|[,;:]\s*|\b(?:and|but)\s+)\s*"
                        r"(?:when|after|once|as\s+soon\s+as|having)\s+(?:the\s+)?$",
                        self.masked[start : x.start],
                        re.I,
                    )
                )
            )
        if word == "it":
            # "Dr Roe's first message to staff ... was four lines long. '...,' it began": the
            # message, hers (unless a body is named after it)
            for mention in reversed(self._mentions_in(max(para, pos - 300), pos)):
                # (or one written: "Tayla wrote a letter and asked Megan to read it out. It
                # said:", hers, the letter no body's)
                wrote = _WROTE_A.match(self.masked, mention.end, pos) or (
                    # ("read a statement that J had written himself. It said:")
                    _WRITTEN_THING_THAT.search(
                        self.masked, max(0, mention.start - 40), mention.start
                    )
                    and _HAD_WRITTEN.match(self.masked, mention.end, pos)
                )
                if near and near[0].start > mention.start and not wrote:
                    break
                owned = _OWNED_WORDS.match(self.masked, mention.end, pos) or wrote
                if mention.kind == "person" and owned:
                    found = self._resolve(mention, mention.start)
                    if found is not None:
                        return found
        for mention in near:
            found = self._body(mention)
            if found is not None:
                return found
        if word == "it":
            for _, speaker in reversed(self.spoken):
                if speaker.kind == "body":
                    return speaker
            # "Selby Council was rated good. // '...,' it said.": the body named last in the
            # paragraph before, when no body has spoken
            last = self._subject_bodies(before, para)[:1]
            return self._body(last[0]) if last else None
        named = self._mentions_in(para, pos)[-1:]
        if named and named[0].kind == "person" and not near:
            # "Ellis now swims without gloves. '...,' they said": one person named last in the
            # paragraph, whose gender the text never gives, is a singular "they"
            record = self._person_of.get(named[0].start)
            if record is not None and record.gender is None:
                return record.speaker()
        if self.spoken:  # they
            return self.spoken[-1][1]
        return None

    def _subject_before(
        self, at: int, want: str, candidates: list[tuple[int, Speaker]]
    ) -> Speaker | None:
        """ "Owen Bairstow said the placement was stable and that Reece had asked ... He
        said:": a sentence's opening "he" is the subject of the sentence before, of that
        gender, over others named later in it."""
        para = self._para_start(at)
        opening = self._sentence_start(para, at)
        # (or after the quotation it follows: "CH thanked AP and DR. '...,' she said")
        if (
            self.masked[opening:at].strip() and not _QUOTED_LEAD.fullmatch(self.masked, opening, at)
        ) or opening <= para:
            return None
        before = self._sentence_start(para, max(para, opening - 2))
        # (a sentence before may end in its quotation's closing mark: "Sandra told me: '...'
        # I raised this with ..., Amanda Lightfoot, ...")
        closed = list(_CLOSED_END.finditer(self.masked, before, max(before, opening - 2)))
        before = closed[-1].end() if closed else before
        number = PARA_NUMBER.match(self.masked, before, opening)  # ("2.1 R's mother met")
        before = number.end() if number else before
        # ("R's mother met the reviewer. She agreed ... She said:": the same "she" again)
        start = _SPACES.match(self.masked, before).end()
        word = "he" if want == "m" else "she"
        again = next((o for o in self._mentions_in(start, start + 4) if o.start == start), None)
        if again is not None and again.kind == "pronoun" and again.text == word:
            return self._pronoun(again, again.start)
        inside = sorted((c for c in candidates if before <= c[0] < opening), key=lambda c: c[0])
        if len(inside) < 2 or any(c[0] >= opening for c in candidates):
            return None
        first_at, first = inside[0]
        # (of that gender, or of none given where no one else in the sentence is: "Tunde
        # Bakare ... said the retainer would not cover a staff member. '...,' he said")
        unknown = (
            first.gender is None
            and first.kind == "person"
            and all(c.gender != want for _, c in inside[1:])
            # (not one in the possessive: "Holm's deputy, Mette Kjaer, was blunter")
            and not self._possessive(first_at)
        )
        if first.kind not in ("person", "anon") or (first.gender != want and not unknown):
            return None
        return None if self.masked[before:first_at].strip() else first

    def _end_of(self, at: int) -> int:
        """Where the mention starting at ``at`` ends (``at`` if none starts there)."""
        i = bisect_left(self._starts, at)
        return self.mentions[i].end if i < len(self._starts) and self._starts[i] == at else at

    def _possessive(self, at: int) -> bool:
        """Whether the mention at ``at`` is in the possessive ("Holm's deputy")."""
        end = self._end_of(at)
        return self.masked[end : end + 2] in ("'s", "\u2019s")

    def _opens_sentence(self, at: int) -> bool:
        """Whether the mention at ``at`` opens its sentence (after "The" at most)."""
        start = self._sentence_start(self._para_start(at), at)
        return self.masked[start:at].strip() in ("", "The", "the")

    def _owner_after_subject(self, at: int, candidates: list[tuple[int, Speaker]]) -> bool:
        """Whether the person named at ``at`` is in the possessive ("Tregear's promise"), after
        another candidate earlier in the same sentence."""
        if not self._possessive(at):
            return False
        if _OWNED_WORDS.match(self.masked, self._end_of(at)):
            return False  # "Ali's message was shorter": his words
        start = self._sentence_start(self._para_start(at), at)
        return any(start <= other < at for other, _ in candidates)

    def _subject_bodies(self, a: int, b: int) -> list[Mention]:
        """The bodies named in ``[a, b)``, latest first, but not those in the possessive ("the
        council's leaving care service"), which are not a sentence's subject."""
        return [
            x
            for x in reversed([x for x in self.mentions if a <= x.start < b])
            if x.kind == "body" and self.masked[x.end : x.end + 1] not in ("'", "\u2019")
        ]

    def _owner(self, word: str, pos: int) -> Speaker | None:
        """Whose "his", "her", "their" or "your" is: in a letter, "your" is the addressee's
        ("Dear Mr Roe, ... your assurance that")."""
        if word != "your":
            return self._pronoun(Mention(pos, pos, "pronoun", _PRONOUN_OF[word]), pos)
        if self.addressee is None or self.addressee.start >= pos:
            return None
        return self._resolve(self.addressee, self.addressee.start)

    def _party(self, noun: str) -> Speaker | None:
        """A party to a case, as its heading names it: "Respondent: London Borough of
        Lambeth", "Claimant: Ms P Adeyemi"."""
        line = re.search(
            rf"^[ \t]*{noun}s?[ \t]*:[ \t]*(?P<who>\S[^\n]*?)[ \t]*$", self.masked, re.I | re.M
        ) or re.search(
            # the party above its label, or before it on the line: "WILTSHIRE COUNCIL //
            # Defendant", "THE KING (on the application of X) // Claimant"
            rf"^[ \t]*(?:.*\bon\s+the\s+application\s+of\s+)?(?P<who>[^\s(][^\n()]*?)\)?"
            rf"(?:[ \t]*\n[ \t]*|[ \t]{{2,}}|[ \t]*\(?)"
            rf"(?-i:{noun.capitalize()}|{noun.upper()})s?\)?[ \t]*$",
            self.masked,
            re.I | re.M,
        )
        if line is None:
            return None
        for m in self._mentions_in(line.start("who"), line.end("who")):
            if m.kind in ("person", "body"):
                return self._resolve(m, m.start)
        who = line.group("who")
        return Speaker(_title_case(who) if who.isupper() else who, "body", None)

    def _role_noun(self, noun: str, pos: int) -> Speaker | None:
        """The person whose role the noun names: the closest match ("the chair" is the Chair,
        not the Vice Chair), then the one who spoke or was named last."""
        if noun in {"spokesman", "spokeswoman"}:
            return None
        if noun in {"claimant", "defendant", "respondent", "applicant", "appellant"}:
            return self._party(noun)
        if re.fullmatch(r"\d+-year-old|\S+-of-\S+", noun):
            return self._described_again(noun, pos)
        if noun in HEADING_ROLES:
            # a paper's sections each name theirs: the one whose heading came last
            for m in reversed([m for m in self.mentions if m.start < pos]):
                record = self._person_of.get(m.start)
                if record and any(_role_fit(noun, r) == 3 for r in record.roles):
                    return replace(record.speaker(), role=noun.capitalize())
            return None
        if noun == "predecessor":
            # "Ormsby, who replaced Graham Tuck, ... Her predecessor had warned"
            replaced = list(_REPLACED.finditer(self.masked, max(0, pos - 1500), pos))
            for found in reversed(replaced):
                named = self._mentions_in(found.end(), found.end() + 60)
                if named and named[0].start == found.end() and named[0].kind == "person":
                    return self._resolve(named[0], named[0].start)
            return None
        recent: dict[str, int] = {}
        for at, speaker in self.spoken:
            if at < pos and speaker.kind == "person":
                recent[speaker.name] = max(recent.get(speaker.name, -1), at + 10**9)
        for m in self.mentions:
            if m.start < pos and m.start in self._person_of:
                name = self._person_of[m.start].name
                recent[name] = max(recent.get(name, -1), m.start)
            elif m.start < pos and m.kind == "role":
                # "The Executive Member for Children ... introduced the report": the one whose
                # post is written out in full there was named last
                written = fold(self.masked[m.start : m.start + 160]).removeprefix("the ")
                for record in self.people.values():
                    if any(
                        len(r) > len(m.text) and written.startswith(fold(r).removeprefix("the "))
                        for r in record.roles
                    ):
                        recent[record.name] = max(recent.get(record.name, -1), m.start)
        # "The Executive Cabinet Member for Children's Services said": the post written out
        # in full where the noun stands
        here = fold(self.masked[pos : pos + 160]).removeprefix("the ")
        best: tuple[tuple[int, int], _Person, str | None] | None = None
        for record in self.people.values():
            fit = max((_role_fit(noun, r) for r in record.roles), default=0)
            role = next((r for r in record.roles if fit and _role_fit(noun, r) == fit), None)
            written_out = next(
                (
                    r
                    for r in record.roles
                    if len(r) > len(noun) + 4 and here.startswith(fold(r).removeprefix("the "))
                ),
                None,
            )
            if fit and written_out:
                fit, role = 4, written_out
            if fit == 0 and noun in {"judge", "inspector"}:  # "Judge Roe", "Insp Roe"
                fit = max((_role_fit(noun, t) for t in record.titles), default=0)
            if fit == 0 and noun in _TITLE_NOUNS:  # "Canon Roe", "Lt Col Roe", "Revd Roe"
                fit = int(any(re.search(_TITLE_NOUNS[noun], t, re.I) for t in record.titles))
            if fit == 0 and noun in {"councillor", "councilor"}:  # "Cllr Roe"
                fit = int(record.councillor)
            if fit == 0 and noun == "judge":  # "Mrs Justice Roe", "His Honour Roe"
                fit = int(any(re.search(r"(?i)justice|honour", t) for t in record.titles))
            if fit == 0:
                continue
            rank = (fit, recent.get(record.name, -1))
            if best is None or rank > best[0]:
                best = (rank, record, role)
        if best is None:
            # a form's field: "Advisor: Callum (Contact Officer)" ... "The advisor replied:"
            # (or a label ending in the noun: "Panel chair: Dr X" ... "The chair said")
            # (the field before, else after: a sign-off's "— Sponsor" above "Sponsor: Dr X";
            # the first whose value is a person's name)
            fields = [
                at
                for after in (False, True)
                for label, ats in self._form_fields.items()
                if label == noun or (label.endswith(" " + noun) and not after)
                for at in ats
                if (at > pos) == after
            ]
            for field in fields:
                named = self._mentions_in(field, field + 60)
                if named and named[0].start == field and named[0].kind == "person":
                    found = self._resolve(named[0], named[0].start)
                    if found is not None:
                        return found
            introduced = self._introduced_as(noun, pos) or self._named_later(noun, pos)
            if introduced is not None:
                return introduced
            if re.fullmatch(r"(?:lead\s+|senior\s+)?inspectors?", noun):
                return self._inspectorate()  # "The lead inspector wrote", no inspector named
            if noun in ("minister", "secretary of state"):
                # "the Minister for Children and Families. ... the Minister said": a minister
                # the text does not name, unnamed, by the office's title
                titles = [
                    t
                    for t in _OFFICE_TITLE.finditer(self.masked, 0, pos + 200)
                    if fold(t.group(1)) == noun and t.start() <= pos
                ]
                if titles:
                    post = " ".join(titles[-1].group(0).split())
                    return Speaker(post, "anon", None, post)
            if noun in ("author", "reviewer"):
                # "The review was written by Dr Jo Roe. Its author said": the one it names
                for by in reversed(list(_WRITTEN_BY_PERSON.finditer(self.masked, 0, pos))):
                    named = self._mentions_in(by.end(), by.end() + 80)
                    if named and named[0].start == by.end() and named[0].kind == "person":
                        return self._resolve(named[0], named[0].start)
            return None
        _, record, role = best
        return Speaker(
            record.name, "person", record.known.id if record.known else None, role, record.gender
        )

    def _described_again(self, noun: str, pos: int) -> Speaker | None:
        """The person named last with that age or family before "the 45-year-old" or "the
        mother-of-two": "Jo Roe, 45, from Selby", "Jo Roe, aged 45", "mother-of-two Jo Roe"."""
        age = noun.split("-")[0] if noun[0].isdigit() else None
        for m in reversed([m for m in self.mentions if m.start < pos - len(noun)]):
            record = self._person_of.get(m.start)
            if record is None:
                continue
            after = self.masked[m.end : m.end + 80]
            if age and re.match(rf",\s+(?:aged\s+)?{age}\b", after):
                return record.speaker()
            around = self.masked[max(0, m.start - 30) : m.end + 80].lower()
            if not age and re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", around):
                return record.speaker()
        return None

    def _report_author(self, owner: str, m: Mention) -> Speaker | None:
        """ "a report by the government's children's services commissioner": the person of
        that post, named before or (in a paragraph about the report) after."""
        # (the owner as matched ends at its last capital: "the government's")
        noun = re.match(
            r"(?:\s+[\w'\u2019-]+){0,4}?\s*\b(?P<n>commissioner|inspector|reviewer|author)\b",
            self.masked[m.end : m.end + 80],
            re.I,
        )
        if noun is None:
            return None
        person = self._role_noun(noun.group("n").lower(), m.start)
        if person is not None:
            return person
        for later in self.mentions:
            if not (m.end < later.start < m.end + 1500 and later.start in self._person_of):
                continue
            a, b = self._para_span(later.start)
            if re.search(r"(?i)\b(?:his|her|the)\s+(?:\w+\s+)?report\b", self.masked[a:b]):
                return self._person_of[later.start].speaker()
            break
        return None

    @cached_property
    def _form_fields(self) -> dict[str, list[int]]:
        """Where each form field's value starts, by its label in lower case ("Advisor:
        Callum" gives "advisor")."""
        fields: dict[str, list[int]] = {}
        for found in _FORM_FIELD.finditer(self.masked):
            # (each of a label's alternatives: "Practice educator / ASYE assessor:")
            for label in [
                *found.group(1).split("/"),
                *([found.group(2)] if found.group(2) else []),
            ]:
                fields.setdefault(" ".join(label.lower().split()), []).append(found.end())
        return fields

    def _party_member(self, party: str, pos: int) -> Speaker | None:
        """The one person named after ``pos`` (in the lede's reach) whose post names the
        party: "a Labour MP" is "Jo Roe, the Labour MP for Selby"."""
        if sum(1 for a, b in self.paras if b < pos and b - a > 80) > 1:
            return None  # (in the first two paragraphs of prose only)
        words = r"\s+".join(party.split())
        found = {
            record.name: record
            for m in self.mentions
            if pos < m.start < pos + 2500
            and (record := self._person_of.get(m.start)) is not None
            and any(re.search(rf"\b{words}\b", r) for r in record.roles)
        }
        return next(iter(found.values())).speaker() if len(found) == 1 else None

    def _named_later(self, noun: str, pos: int) -> Speaker | None:
        """A post in the lede, its holder named further on ("..., Sefton's lead councillor
        for children has claimed" ... "Cllr Marion Atherley, Sefton's cabinet member for
        children's services, told"): the first person named later with a post that fits."""
        if sum(1 for a, b in self.paras if b < pos and b - a > 80) > 1:
            return None  # (in the first two paragraphs of prose only)
        last = noun.split()[-1]
        for m in self.mentions:
            record = self._person_of.get(m.start)
            if record is None or not pos < m.start < pos + 2500:
                continue
            if any(_role_fit(last, r) for r in record.roles) or (
                last == "councillor" and record.councillor
            ):
                return record.speaker()
        return None

    def _introduced_as(self, noun: str, pos: int) -> Speaker | None:
        """Whom "a <noun>" introduced, where no one named has that role: "A children's
        services commissioner has been appointed ... Sir Andrew Roe, a former director, will
        assess" (the first person named after it, if they hold no other post)."""
        found = list(
            re.finditer(
                rf"\b(?:an?|new)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{re.escape(noun)}\b",
                self.masked[:pos],
                re.I,
            )
        )
        if not found:
            return None
        found = found[-1]
        for m in self.mentions:
            if found.end() <= m.start < min(pos, found.end() + 600) and m.start in self._person_of:
                record = self._person_of[m.start]
                if (
                    any(
                        _strong_role(r) and not re.match(r"(?:an?\s+)?former\b", r, re.I)
                        for r in record.roles
                    )
                    or record.councillor
                ):
                    return None
                return record.speaker()
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
            if re.match(rf"\s+{_NOT_TO_BE_NAMED}\b", self.masked[cue.end() : cue.end() + 30]):
                continue  # ", who asked not to be named, said": the verb is "said"
            # Passive: "it is recognised that", "was found to be" report no speaker.
            if re.search(
                r"\b(?:is|was|are|were|been|be|being)\s+(?:\w+ly\s+|also\s+|not\s+)?$",
                self.masked[max(a, cue.start() - 24) : cue.start()],
                re.I,
            ):
                # "I was told the course was 'under review'": someone unnamed said it
                if re.match(r"(?i:told)$", cue.group(0)) and re.search(
                    r"\b(?:I|we)\s+(?:was|were|had\s+been|have\s+been)\s+$",
                    self.masked[max(a, cue.start() - 24) : cue.start()],
                ):
                    someone = Speaker("someone", "anon", None, "someone")
                    out.append(_Attribution(someone, "told", cue.start(), cue.end(), None))
                    continue
                # "X, who ... when Lindqvist became director, said she had never forgotten
                # being told:": the other person the sentence names told her
                if re.match(r"(?i:told)$", cue.group(0)) and re.match(
                    r"\s*:", self.masked[cue.end() : cue.end() + 3]
                ):
                    told = self._teller(a, cue.start())
                    if told is not None:
                        out.append(_Attribution(told, "told", cue.start(), cue.end(), None))
                        continue
                # ... unless the agent is named: "was described by inspectors as"
                agent = re.match(r"\s+by\s+", self.masked[cue.end() : b])
                named = self._mentions_in(cue.end() + agent.end(), b) if agent else []
                if named and named[0].start == cue.end() + agent.end():
                    speaker = self._resolve(named[0], named[0].start)
                    if speaker is not None:
                        text = " ".join(cue.group(0).split())
                        out.append(_Attribution(speaker, text, cue.start(), named[0].end, None))
                continue
            heard = re.search(
                r"\b(?:had|heard|hear)\s+(?P<who>(?:an?|one|some)\s+[a-z][a-z -]{2,60}?)"
                r"\s+$",
                self.masked[max(a, cue.start() - 80) : cue.start()],
            )
            if heard and re.fullmatch(r"(?i:say|tell)", cue.group(0)):
                # "I had a newly qualified worker say to me": the worker said it
                who = heard.group("who")
                at = cue.start() - len(heard.group(0))
                out.append(_Attribution(Speaker(who, "anon", None, who), "say", at, cue.end(), who))
                continue
            if re.match(r"\s+(?:it|that|this)\s+down\b", self.masked[cue.end() : b]):
                continue  # "and I wrote it down at the time,": an aside, not the words' source
            if re.search(
                r"(?:\bnot|n['\u2019]t|\bnever)\s+(?:going\s+to\s+)?"
                # (not across "but": "LM did not agree but said she would ...")
                r"(?:(?!(?:that|who|which|they|he|she|it|we|I|but)\b)[a-z]+\s+){0,4}?(?<!mince\s)$",
                self.masked[max(a, cue.start() - 50) : cue.start()],
            ) and not re.search(
                rf"\b{_NOT_TO_BE_NAMED}\s*,?\s*$",
                self.masked[max(a, cue.start() - 50) : cue.start()],
            ):
                continue  # "I'm not going to sit here and say 'everything is brilliant'"
            found = self._subject_of(cue, a, b)
            if found is not None:
                out.append(found)
        return out

    def _gendered_before(self, at: int, want: str, candidates: list) -> bool:
        """Whether a person of gender ``want`` is named before ``at`` in its sentence (not a
        body's spokesman: "Opposition spokesman Cllr Tariq Hussain")."""
        start = self._sentence_start(self._para_start(at), at)
        return any(
            start <= other < at and s.gender == want and s.kind != "body" for other, s in candidates
        )

    def _sentence_start(self, a: int, b: int) -> int:
        """Where the sentence that ``b`` ends in starts, not before ``a``."""
        stop = self.masked.rfind(". ", a, b)
        return stop + 2 if stop >= 0 else a

    def _teller(self, a: int, b: int) -> Speaker | None:
        """Who told the subject of the sentence in ``[a, b)`` ("X ... said she had never
        forgotten being told:"): the one other person it names, if only one."""
        start = self._sentence_start(a, b)
        people = []
        for m in self._mentions_in(start, b):
            if m.kind == "person":
                speaker = self._resolve(m, m.start)
                if speaker is not None and speaker.name not in [p.name for p in people]:
                    people.append(speaker)
        return people[1] if len(people) == 2 else None

    def _message_author(self, a: int, cue: int) -> Speaker | None:
        """ "Cllr Roe published a post on his Facebook page. The post said:": the one who
        published, posted or sent the message the sentence's subject names."""
        start = self._sentence_start(a, cue)
        if not _THE_MESSAGE.fullmatch(self.masked, start, cue):
            return None
        for m in reversed(self._mentions_in(max(0, start - 400), start)):
            if m.kind in ("person", "body") and _PUT_OUT_MESSAGE.match(self.masked, m.end):
                return self._resolve(m, m.start)
        return None

    def _lede_role(self, a: int, cue: int) -> tuple[Speaker, int] | None:
        """ "Kent County Council's most senior children's services officer has admitted ..."
        and then "Speaking at ..., corporate director Sarah Pennington said": a post in the
        sentence's subject, unnamed there, is the person named with a post in the paragraph
        after."""
        start = self._sentence_start(a, cue)
        # ('moved "too often", a senior officer has admitted': after the words, too)
        after_words = _LEDE_ROLE_AFTER.search(self.masked, start, cue)
        if after_words:
            start = after_words.start("role")
        at = start if after_words else cue  # (where the attribution starts)
        lede = _LEDE_ROLE.fullmatch(self.masked, start, cue)
        if not lede:
            return None
        if any(m.kind == "person" for m in self._mentions_in(start, cue)):
            return None
        index = next((i for i, (x, y) in enumerate(self.paras) if x <= cue < y), None)
        if index is None:
            return None
        # the paragraph after, or a few on, one who holds the same post ("director Robyn
        # Roe said:", three paragraphs down)
        for j in range(index + 1, min(index + 5, len(self.paras))):
            x, y = self.paras[j]
            for m in self._mentions_in(x, y):
                if m.kind != "person":
                    continue
                role = re.search(
                    r"(?:^|,\s|\s)(?P<r>[a-z][\w\s'\u2019-]{2,60})\s*$", self.masked[x : m.start]
                )
                if not self.masked[x : m.start].strip():
                    # "Lorraine Fairhurst, assistant director for children's social care, told"
                    role = re.match(
                        r",\s+(?P<r>[a-z][\w\s'\u2019-]{2,80}),", self.masked[m.end : y]
                    )
                if not (role and ROLE_KEYWORDS.search(role.group("r"))):
                    if j == index + 1:
                        return None
                    break
                if j > index + 1 and not re.search(
                    rf"\b{lede.group('post')}\b", role.group("r"), re.I
                ):
                    break
                speaker = self._resolve(m, m.start)
                return (speaker, at) if speaker else None
        return None

    def _subject_of(self, cue: re.Match, a: int, b: int) -> _Attribution | None:
        cue_text = re.sub(r"^['\u2019]s?\s+(?:own\s+)?", "", " ".join(cue.group(0).split()))
        inverted = cue_text.lower().startswith(
            ("according", "in the words", "attributable", "attributed")
        )
        # "your assurance that", "in her words": whose the pronoun says
        owner = re.match(r"(?:in\s+)?(his|her|their|your)\s", cue_text, re.I)
        if owner:
            speaker = self._owner(owner.group(1).lower(), cue.start())
            if speaker is None:
                return None
            return _Attribution(speaker, cue_text, cue.start(), cue.end(), None)
        # "followed Ofsted's 2023 inspection of Kelby Council's services, which praised": the
        # inspection's words, the inspectorate's
        if not inverted and _INSPECTION_WHICH.search(self.masked, a, cue.start()):
            return _Attribution(self._inspectorate(), cue_text, cue.start(), cue.end(), None)
        # "Your report quoted the cabinet member, Cllr X, as saying that": the one quoted
        quoted = re.search(
            r"\bquot(?:ed|es|ing)\s+(?=\S)(?P<who>[^.;:!?\n]{1,120}?)\s+as\s+$",
            self.masked[a : cue.start()],
        )
        # "Colleagues recall her saying", "I once heard Mr X say": the one heard
        heard = re.search(
            r"\b(?:recall(?:s|ed)?|remember(?:s|ed)?|heard|hear|hears)\s+"
            r"(?=\S)(?P<who>[^.;:!?\n]{1,80}?)\s+(?:once\s+)?$",
            self.masked[a : cue.start()],
        )
        if heard and re.fullmatch(r"say(?:ing)?", cue_text, re.I):
            at = a + heard.start("who")
            named = self._named_after(at, a + heard.end("who"))
            pronoun = {"her": "she", "him": "he", "them": "they"}.get(heard.group("who"))
            if pronoun:  # ("recall her saying": she)
                named = Mention(at, at + len(heard.group("who")), "pronoun", pronoun), None
            if named is not None and named[0].kind in ("person", "role", "anon", "pronoun"):
                speaker = self._resolve(named[0], named[0].start)
                if speaker is not None:
                    return _Attribution(speaker, cue_text, named[0].start, cue.end(), named[1])
        if quoted and cue_text.lower().endswith("ing"):
            named = self._named_after(a + quoted.start("who"), a + quoted.end("who"))
            if named is not None and named[0].kind in ("person", "role", "anon"):
                speaker = self._resolve(named[0], named[0].start)
                if speaker is not None:
                    return _Attribution(speaker, cue_text, named[0].start, cue.end(), named[1])
        # "X said ... but called on", "inspectors had described ... and had found": a verb
        # joined to the one before shares its subject.
        joined = re.search(
            r"\b(?:and|but)\s+(?:(?:had|has|have|was|were|also|then|later)\s+)*$",
            self.masked[a : cue.start()],
        )
        if joined and not inverted:
            earlier = [c for c in CUE_RE.finditer(self.masked, a, a + joined.start())]
            # (the main clause's verb, not one in a clause it reports: "You reminded the
            # panel that Ofsted had judged ... outstanding, and said that": yours; but "...
            # explained that the inspectors had described ... and had found": theirs, the
            # reported clause's tense going on)
            if not re.search(r"\b(?:had|has|have|was|were)\b", joined.group(0)):
                earlier = [
                    c
                    for c in earlier
                    if not any(
                        re.search(r"\bthat\b", self.masked[c0.end() : c.start()])
                        for c0 in earlier
                        if c0.start() < c.start()
                    )
                ]
            if earlier:
                found = self._subject_of(earlier[-1], a, b)
                if found is not None:
                    return _Attribution(
                        found.speaker, cue_text, found.start, cue.end(), found.role, found.loose
                    )
        # "KD seen by GP for low mood; said she felt": a log's verb with no subject after a
        # semicolon is the clause before's, whoever it names first
        if not inverted and re.search(
            r";\s*(?:(?:also|then|later)\s+)?$", self.masked[a : cue.start()]
        ):
            semi = self.masked.rfind(";", a, cue.start())
            start = max(self.masked.rfind(";", a, semi), self.masked.rfind("|", a, semi)) + 1
            first = self._mentions_in(max(a, start), semi)[:1]
            if (
                first
                and first[0].kind in ("person", "role", "anon", "pronoun")
                and re.fullmatch(
                    r"\s*(?:the\s+)?", self.masked[max(a, start) : first[0].start], re.I
                )
            ):
                speaker = self._resolve(first[0], first[0].start)
                if speaker is not None:
                    return _Attribution(speaker, cue_text, first[0].start, cue.end(), None)
        # "MD confirmed that the Department had written to the Council stating that": the
        # subject of the clause the participle ends
        clause = None
        if cue_text.lower().endswith("ing") and not inverted:
            clause = list(re.finditer(r"\bthat\s+", self.masked[a : cue.start()]))
        if clause:
            at = a + clause[-1].end()
            named = self._mentions_in(at, cue.start())
            if (
                named
                and re.fullmatch(r"(?:the\s+)?", self.masked[at : named[0].start], re.I)
                and named[0].kind in ("person", "body", "role")
                and re.search(
                    r"\b(?:had|has|have|wrote|sent|issued|published|replied|responded)\s",
                    self.masked[named[0].end : cue.start()],
                )
            ):
                speaker = self._resolve(named[0], named[0].start)
                if speaker is not None:
                    return _Attribution(speaker, cue_text, named[0].start, cue.end(), None)
        # "The case note for 14 March, written by Mr Haider, records:": the author
        for m in [] if inverted else self._mentions_in(a, cue.start())[-1:]:
            if (
                m.kind == "person"
                and re.search(
                    r"\b(?:written|compiled|prepared|signed|authored|drafted|started|launched|"
                    r"created|organi[sz]ed|penned|tabled|set\s+up)\s+by\s+"
                    # ("started by parent Sarah Lane")
                    r"(?:(?!the\b|a\b|an\b)[a-z][\w'\u2019-]*\s+){0,3}$",
                    self.masked[a : m.start],
                )
                and re.fullmatch(r"\s*,?\s*(?:also\s+)?", self.masked[m.end : cue.start()])
            ):
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    return _Attribution(speaker, cue_text, m.start, cue.end(), None)
        if not inverted:
            lede = self._lede_role(a, cue.start())
            if lede is not None:
                return _Attribution(lede[0], cue_text, lede[1], cue.end(), None)
            author = self._message_author(a, cue.start())
            if author is not None:
                return _Attribution(author, cue_text, cue.start(), cue.end(), None)
            # "X said", "X, role, said", "Cllr X (Con, Ward), role, said"
            before = self._mentions_in(a, cue.start())
            for m in before:
                role = _listed_role(self.masked[m.end : cue.start()])
                if m.kind == "person" and role and not self.masked[a : m.start].strip():
                    speaker = self._resolve(m, m.start)
                    if speaker is not None:
                        return _Attribution(speaker, cue_text, m.start, cue.end(), role)
            for m in reversed(before):
                if re.search(
                    r"\b(?:spoken|talked|interviewed|seen|met|visited|asked|contacted|consulted|"
                    r"supported|helped)\s+(?:to\s+|with\s+)?by\s+$"
                    # "One young person who spoke to inspectors said"
                    r"|\b(?:who|that)\s+(?:had\s+|has\s+)?(?:(?:spoke|spoken|talked|met|wrote)\s+"
                    r"(?:to|with)|seen|saw|visited|met|known|knew|assessed|supported)\s+$",
                    self.masked[a : m.start],
                ) or _WHERE_QUOTED.search(self.masked[a : m.start]):
                    continue  # "Care leavers spoken to by inspectors said": not the subject
                if m.kind == "body" and any(
                    o.kind == "person"
                    and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.masked[o.end : m.start])
                    for o in before
                ):
                    continue  # "Cllr Sam Lee of Kelby Council said": the person of it
                if any(
                    o.start < m.start and self._bare_relative(a, o, self.masked[o.end : m.start])
                    for o in before
                ):
                    continue  # "Inspectors who examined how Kelby Council responds ... have
                    # found": in the subject's clause, not the subject
                # "a focused visit in September found": when, not who
                between = _WHEN.sub(" ", self.masked[m.end : cue.start()])
                # "one senior councillor, who asked not to be named, told": the subject's
                between = _NOT_NAMED.sub(" ", between)
                if m.kind == "anon" and _WHERE_THEY_WERE.fullmatch(between):
                    between = " "  # "the social worker on the doorstep told her": where
                if m.kind == "body" and any(
                    o.kind == "anon"
                    and re.fullmatch(
                        r"\s+(?:at|from|in|for|with|on)\s+(?:the\s+|our\s+|their\s+|its\s+)?",
                        self.masked[o.end : m.start],
                    )
                    for o in before
                ):
                    continue  # "A union representative at Kelby Council": where they work; "A
                    # young person on our Children in Care Council": what they are part of
                # "The Ofsted report on Kelby (Council) said": the report, about the place
                about = _ABOUT_PLACE.match(between)
                if about and m.title == "report":
                    between = between[about.end() :]
                if m.kind == "body" and re.search(
                    rf"\b(?:{REPORT_WORDS})\s+(?:on|into|about|to)\s+(?:the\s+)?$",
                    self.masked[max(a, m.start - 30) : m.start],
                ):
                    continue  # (not the place it is about)
                member = _MEMBER_OF.search(self.masked, a, m.start)
                if (
                    m.kind == "body"
                    and member
                    and (_is_filler(between) or _DESCRIBED.fullmatch(between))
                    # (not in apposition to a name: "Amira, 16, a member of ...")
                    and not self.masked[a : member.start()].rstrip().endswith(",")
                ):
                    # "A 15-year-old member of the Children in Care Council said": one of
                    # its members, unnamed
                    words = " ".join(self.text[member.start() : m.end].split())
                    return _Attribution(
                        Speaker(words, "anon", None, words),
                        cue_text,
                        member.start(),
                        cue.end(),
                        None,
                    )
                if (
                    m.kind == "person"
                    and cue_text.lower().endswith("ing")
                    and any(
                        o.start < m.start
                        and o.kind in ("person", "body", "role")
                        and re.fullmatch(r"(?:[A-Z][^,.;:]{0,60},)?\s*", self.masked[a : o.start])
                        and re.search(r"\b[a-z]{3,}ed\b", self.masked[o.end : m.start])
                        for o in before
                    )
                ):
                    continue  # "Andrea Holt assessed the grandmother, Carol Rafferty,
                    # positively, describing her as": the object, not the subject
                role = _apposition(between)
                # "The council's chief executive, Tom Hughes, said": the name in apposition
                lead = self.masked[a : m.start].rstrip()
                # (after an honorific the name pattern does not take: "Deputy Alan Rees" of
                # the City of London's Common Council, "Canon Jo Roe")
                lead = re.sub(r",\s*(?:Deputy|Canon|Father|Bishop|Pastor|Imam|Rabbi)$", ",", lead)
                # "The review's author, independent social worker Dr Jo Roe, wrote": a role
                # written before the name, after the comma
                described = re.search(r",\s*(?P<r>[a-z][a-z\s'\u2019-]{2,60})$", lead)
                if (
                    described
                    and m.kind == "person"
                    and (
                        _strong_role(described.group("r"))
                        or _OCCUPATION.search(described.group("r"))
                    )
                ):
                    lead = lead[: described.start()] + ","
                # ("Counsel for the council, Mr Simon Pike, had argued")
                appositive = (
                    re.fullmatch(r"\s*,\s*(?:(?:had|has|have|also|then|later)\s+)*", between)
                    and lead.endswith(",")
                ) or bool(RELATIVE.fullmatch(between) or self._bare_relative(a, m, between))
                if m.kind == "person" and between.strip() != "," and _DESCRIBED.fullmatch(between):
                    role, appositive = None, True
                # "AB's social worker (Daniel Okoro) wrote:": the name in brackets after a post
                bracketed = re.search(r"(?P<r>[a-z][a-z\s'\u2019-]{2,60}?)\s*\($", lead)
                if (
                    m.kind == "person"
                    and bracketed
                    and re.fullmatch(r"\)\s*", between)
                    and (
                        _strong_role(bracketed.group("r"))
                        or _OCCUPATION.search(bracketed.group("r"))
                    )
                ):
                    role, appositive = None, True
                # "Geoff, is a cartoon villain who tells", "Becca puts down the phone, ...,
                # and says": the person is the verb's subject
                if m.kind == "person" and (
                    _IS_A_WHO.fullmatch(between) or _VERB_CHAIN.fullmatch(between)
                ):
                    role, appositive = None, True
                # "The council's press release boasted of": the body speaks in its paper
                if _OWN_PAPER.fullmatch(between):
                    role, appositive = None, True
                if m.kind in ("person", "role") and _RAISING.fullmatch(between):
                    appositive = True  # "X was entitled to call that", "was quick to say"
                if role is None and not _is_filler(between) and not appositive:
                    continue
                speaker = self._resolve(m, m.start)
                if speaker is None:
                    break
                return _Attribution(speaker, cue_text, m.start, cue.end(), role or None)
        # "said X", "according to X", "says Ofsted report", "said the council leader, Cllr X"
        listener = re.match(r"(?:told|tells?|telling|asked|asks|thank(?:ed|s)?)$", cue_text, re.I)
        if (
            listener
            and re.match(r"ask", cue_text, re.I)
            and _QUESTION_CLOSED.search(self.text, max(0, cue.start() - 6), cue.start())
        ):
            listener = None  # '"Where were the managers?" asked Tina Moss': she asked it
        named = None if listener else self._named_after(cue.end(), b)
        if named is not None:
            m, role = named
            after = self.masked[m.end : b]
            # "said the report was fair" is not "said the report."
            if (
                inverted
                or not after.strip()
                or re.match(r"\s*[,.;:!?()\n|]", after)  # (or a table's cell ends: "|")
                # "says foster carer Dave Pritchard from Devizes, who ...", "said Rabbi Jo Roe
                # of Hendon Road Synagogue."
                or re.match(
                    r"\s+(?:from|of|in|at)\s+(?:the\s+)?[A-Z][\w'\u2019&-]+"
                    r"(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w'\u2019&-]+){0,5}\s*[,.;]",
                    after,
                )
            ):
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    found = re.match(
                        r"\s*(?:\([^)]{1,80}\))?\s*,\s*(?P<role>[^,.;:_\n]{3,150})", after
                    )
                    if role is None and found and _strong_role(found.group("role")):
                        role = found.group("role").strip()
                    return _Attribution(speaker, cue_text, cue.start(), m.end, role, inverted=True)
        # "..., with the report at the time describing services as": the subject of "with"
        if not inverted and cue_text.endswith("ing"):
            for m in reversed(self._mentions_in(a, cue.start())):
                if (
                    m.kind in ("person", "body", "role", "anon")
                    and re.search(
                        r"\bwith\s+(?:the\s+)?$", self.masked[max(a, m.start - 9) : m.start]
                    )
                    and re.fullmatch(r"(?:\s+[a-z]+){0,4}\s+", self.masked[m.end : cue.start()])
                ):
                    speaker = self._resolve(m, m.start)
                    if speaker is not None:
                        return _Attribution(speaker, cue_text, m.start, cue.end(), None, loose=True)
                    break
        # "You had a lot of dark hair, which the midwives said was": a relative clause's own
        # subject, unnamed, not the sentence's
        relative = (
            _RELATIVE_SUBJECT.search(self.masked, a, cue.start())
            if not inverted and _SAYING_VERB.fullmatch(cue_text)
            else None
        )
        if relative is not None and not self._mentions_in(relative.start("who"), cue.start()):
            who = " ".join(relative.group("who").split())
            return _Attribution(
                Speaker(who, "anon", None, who), cue_text, relative.start("who"), cue.end(), who
            )
        # The subject of the sentence, with other words before the verb:
        # "Despite this, the report also raised strengths, and said that ..."
        for m in [] if inverted else self._mentions_in(a, cue.start()):
            intro = self.masked[a : m.start].strip()
            # ("But it graded the work ..., saying": a conjunction, then the subject; not
            # a speaker's own "But I'd say to anybody listening", in their words)
            if intro in _CONJUNCTIONS and (
                m.kind != "pronoun" or m.text.lower() not in ("i", "we")
            ):
                intro = ""
            if m.kind in ("person", "body", "pronoun", "role", "anon") and (
                not intro
                # ("Ashford has not had one; a focused visit ... found": a new clause's)
                or intro[-1] in ",:;"
                # "The NSPCC's head of policy described": the body, its officer unnamed
                or (m.kind == "body" and intro in ("The", "the"))
                # "The Revd Jo Roe, Vicar of St Aidan's, Moss Side, said": before a title
                or (m.kind == "person" and m.title and intro == "The")
                # "When inspectors visited in 2022 they rated ..., describing": a clause, then
                # the subject
                or (m.kind == "pronoun" and _WHEN_CLAUSE.fullmatch(intro))
            ):
                if (
                    (
                        m.kind == "pronoun"
                        and m.text == "it"
                        and intro
                        # ("When HM Inspectorate of Probation inspected us, it rated ...": its)
                        and not _WHEN_CLAUSE.fullmatch(intro.rstrip(", "))
                        # ("It is fair to record that when Ofsted inspected ..., it rated")
                        and not _THAT_WHEN_CLAUSE.fullmatch(intro.rstrip(", "))
                    )
                    or (
                        m.title == "services"
                        and not re.search(r",\s*$", self.masked[m.end : cue.start()])
                    )
                    # "It is fair to record that ...": no one
                    or (
                        m.kind == "pronoun"
                        and m.text == "it"
                        and re.match(
                            r"\s+(?:is|was|['\u2019]s|seems|seemed)\s+(?:[a-z]+\s+){0,3}?"
                            r"(?:to|that)\b",
                            self.masked[m.end : cue.start()],
                        )
                    )
                ):
                    continue  # ("Blackpool's children's services were rated ..., following
                    # an inspection which found": not the verb's subject)
                if not intro and _TURN_LABEL_AFTER.match(self.masked, m.end, cue.start()):
                    continue  # a turn's label: "MR OKONJO (repeating): Someone's asked"
                # "Child R's school recorded that", "Mr Roe's lawyer said": someone else
                owned = _OWNED.match(self.masked, m.end)
                if m.kind == "person" and owned and owned.group(1).lower() not in _OWN_WORDS:
                    break
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    return _Attribution(speaker, cue_text, m.start, cue.end(), None, loose=True)
                break
        return None

    def _bare_relative(self, a: int, m: Mention, between: str) -> bool:
        """ "Ofsted inspectors who spent two days examining ... have found": the sentence's
        subject, then its own clause (no comma), up to the verb."""
        return (
            m.kind in ("body", "person", "role")
            and not self.masked[a : m.start].strip()
            and bool(_BARE_RELATIVE.match(between))
        )

    def _named_after(self, pos: int, b: int) -> tuple[Mention, str | None] | None:
        """The speaker named at ``pos``: "X", "by X", or a role and then the name ("the council
        leader, Cllr X", "its England manager, X"); with the role as written, if any."""
        mentions = self._mentions_in(pos, b)
        if not mentions:
            return None
        first = mentions[0]
        between = self.masked[pos : first.start]
        if first.title == "report" and _PAPER_ARTICLE.fullmatch(between):
            return first, None  # "according to a new Ofsted report", "the latest report by"
        if re.fullmatch(r"\s*(?:by\s+)?(?:the\s+)?", between, re.I):
            if first.kind in ("role", "body") and len(mentions) > 1:
                then = mentions[1]
                # "said Oldham Council's chief executive, Jo Roe": the body's role, then a name
                owned = re.fullmatch(
                    r"['\u2019]s\s+(?P<role>[^,.;:_\n]{3,80}?),\s*",
                    self.masked[first.end : then.start],
                )
                if (
                    first.kind == "body"
                    and then.kind == "person"
                    and owned
                    and _strong_role(owned.group("role"))
                ):
                    return then, " ".join(self.text[first.start : then.start].split()).rstrip(",")
                # "said the council leader, Cllr X", "said Oldham's director of children's
                # services, Jo Roe"
                if (
                    first.kind == "role"
                    and then.kind == "person"
                    and re.fullmatch(r"[^,.;:_\n]{0,80}?,\s*", self.masked[first.end : then.start])
                ):
                    return then, " ".join(self.text[first.start : then.start].split()).rstrip(",")
            # "said UNISON branch secretary Carol Mellor": a body's role, then the name
            return self._role_then_name(pos, mentions) or (first, None)
        # (or a place's: "quoted Wakefield's then director, Beverley Stroud, as saying")
        found = re.fullmatch(
            r"\s*(?P<role>(?:(?i:the|its|their|his|her|our)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
            r"['\u2019]s)\s[^,.;:_\n]{1,80}?),\s*",
            between,
        )
        if (
            found
            and first.kind == "person"
            and (
                _strong_role(found.group("role"))
                or _KIN_ROLE.fullmatch(found.group("role"))
                # "says the centre's owner, Jenny Tollemache": any post in words, in apposition
                or re.fullmatch(
                    r"(?i:the|its|their|his|her|our)(?:\s+[a-z][\w'\u2019-]*){1,5}",
                    found.group("role"),
                )
            )
        ):
            return first, found.group("role")
        return self._role_then_name(pos, mentions)

    def _role_then_name(self, pos: int, mentions: list[Mention]) -> tuple[Mention, str] | None:
        """ "said Liberal Democrat group leader Cllr X", "said council leader Jo Roe", "says
        foster carer Dave Pritchard": a role with no article or comma, then the name."""
        person = next((m for m in mentions[:3] if m.kind == "person"), None)
        if person is None or any(
            m.kind not in ("role", "body")
            for m in mentions[:3]
            if m is not person and m.start < person.start
        ):
            return None
        found = re.fullmatch(
            r"\s*(?P<role>[A-Za-z][^,.;:_\n\"\u201c\u201d]{1,80}?)\s+",
            self.masked[pos : person.start],
        )
        if found and (
            _strong_role(found.group("role"))
            or _OCCUPATION.search(found.group("role"))
            or _KIN_ROLE.fullmatch(found.group("role"))
        ):
            return person, " ".join(found.group("role").split())
        return None

    def _colon_speaker(self, q: QuoteSpan, sent_start: int) -> _Attribution | None:
        lead = self.masked[sent_start : q.open_start]
        if not re.search(r":\s*$", lead):
            return None
        colon = sent_start + lead.rstrip().rfind(":")
        sent = _MESSAGE_FROM.search(lead)
        at = sent_start + sent.start("from") if sent else -1
        sender = next(iter(self._mentions_in(at, colon)), None) if sent else None
        if sender is not None and sender.start == at:
            speaker = self._resolve(sender, at)
            if speaker is not None:
                return _Attribution(speaker, None, at, colon + 1, None)
        for m in reversed(self._mentions_in(sent_start, colon)):
            # (a label, its bracketed aside aside: "Note from Keira (CiCC):")
            between = re.sub(r"^\s*\([^()\n]{1,40}\)", "", self.masked[m.end : colon])
            if between.strip() or m.title == "services":
                break  # (not a label: "Bolton children's services: '...'")
            if m.kind == "pronoun" and m.text.lower() in ("it", "them", "him", "her", "me", "us"):
                break  # an object: "something I wrote down, because I liked it:"
            if (
                re.search(
                    r"\b(?:told|tells|telling|asked|asks|informed|to|wrote\s+to|writes\s+to|with)\s+"
                    r"(?:(?:the|a|an|his|her|their)\s+)?"
                    # ("wrote to her manager, Mr Phil Grange:")
                    r"(?:(?:[a-z][\w'\u2019-]*\s+){0,3}[a-z][\w'\u2019-]*\s*,\s*)?$",
                    self.masked[sent_start : m.start],
                    re.I,
                )
                and not re.search(
                    # ("our release opened with the cabinet member, Cllr X:": the words it led with)
                    r"\b(?:opened|opens|began|begins|ended|ends|closed|closes|led|leads)\s+with\s+"
                    r"[^.;:!?\n]{0,80}$",
                    self.masked[sent_start : m.start],
                )
            ) or _WHERE_QUOTED.search(self.masked[sent_start : m.start]):
                break  # "One young person told inspectors:", "X told the Post:", "who shared
                # it with inspectors:": listeners; "quoted in the report:": where
            if re.search(
                r"\bto\s+[a-z]+\s+(?:(?:the|this|that|our|their|its)\s+)?$",
                self.masked[sent_start : m.start],
            ):
                break  # "as one of us put it when we met to agree this letter:": an object
            cues = list(CUE_RE.finditer(self.masked, sent_start, m.start))
            if cues and re.fullmatch(
                r"\s+(?:of|about|on|regarding)\s+(?:\w+\s+)?", self.masked[cues[-1].end() : m.start]
            ):
                break  # "X says of the inspection:": what X speaks of, not who speaks
            speaker = self._resolve(m, m.start)
            if speaker is not None:
                return _Attribution(speaker, None, m.start, colon + 1, None)
        if _OWN_WORDS_LABEL.fullmatch(self.masked, sent_start, colon):
            # "Mentor: Daniel Okwu, 34, ... / In my own words: '...'": the one named above
            for m in reversed(self._mentions_in(max(0, sent_start - 300), sent_start)):
                if m.kind == "person":
                    speaker = self._resolve(m, m.start)
                    if speaker is not None:
                        return _Attribution(speaker, None, sent_start, colon + 1, None)
                    break
        if _UNNAMED_LABEL.fullmatch(self.masked, sent_start, colon):
            # "Spoke to boy's mother by phone. Mum: '...'": the one the label names, unnamed
            words = self.masked[sent_start:colon].strip()
            return _Attribution(
                Speaker(words, "anon", None, words), None, sent_start, colon + 1, words
            )
        return self._caps_label(sent_start, colon)

    def _caps_label(self, sent_start: int, colon: int) -> _Attribution | None:
        """A caption in capitals before the colon ('[GRAPHIC: CLLR JO ROE (LAB): "..."]',
        'JO ROE, CARE LEAVER: "..."'): the person of that full name named in the text."""
        label = _CAPS_LABEL.search(self.text, sent_start, colon + 1)
        if label is None:
            return None
        record = self._person_labelled(label.group("name"))
        if record is None:
            return None
        return _Attribution(record.speaker(), None, label.start("name"), colon + 1, None)

    def _person_labelled(self, label: str) -> _Person | None:
        """The person a label names, titles aside: by full name, or the one person of that
        first name or surname ("SHARON", "ROE")."""
        words = label.split()
        while words and words[0].lower().rstrip(".") in _TITLE_WORDS:
            words.pop(0)
        if len(words) == 1:
            return self._one_person_named(words[0])
        name = fold(" ".join(words))
        found = {id(r): r for r in self.people.values() if fold(r.name) == name}
        return next(iter(found.values())) if len(found) == 1 else None

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
        best: tuple[int, _Attribution] | None = None
        founds = self._cue_attributions(s_start, s_end)
        for found in founds:
            if found.start >= q.open_start and found.end <= q.close_end:
                continue
            if found.loose and found.start < q.open_start and found.end > q.close_end:
                continue  # "Social workers 'at breaking point', union warns": not their verb
            if (
                found.start < q.open_start
                and found.end > q.close_end
                and any(
                    other.start == found.start and other.end <= q.open_start for other in founds
                )
            ):
                continue  # "described the figures as 'worrying' and asked": the first verb's
            if found.end <= q.open_start:
                distance = len(self.masked[found.end : q.open_start].strip())
                # A quotation between the attribution and this one: it is theirs first
                # (and only it, after "the letter's conclusion that").
                if any(found.end <= o.open_start < q.open_start for o in others):
                    if found.cue and found.cue.split()[-1] in _POSSESSIVE_CUES:
                        continue
                    distance += 1000
                # "X said the council had accepted '...'": the verb of saying, not the one
                # reported in its clause
                if _WEAK_CUE.fullmatch(found.cue or "") and any(
                    other.end <= found.start and not _WEAK_CUE.fullmatch(other.cue or "")
                    for other in founds
                ):
                    distance += 500
            else:
                # (", the DfE said": the article before a name)
                between = re.sub(r"(?i)\bthe\s*$", "", self.masked[q.close_end : found.start])
                # (", as Derek puts it.": the clause of manner gives the words to its subject)
                between = re.sub(r"^([\s,]*)as\s+$", r"\1", between)
                # (", social worker Lisa Grant said", ", mother-of-two Lisa Grant told": what
                # the person is, before the name)
                described = _DESCRIBED_BEFORE.fullmatch(between)
                if described and found.speaker.kind == "person" and not found.inverted:
                    between = ""
                    if found.role is None:
                        found = replace(found, role=described.group("r"))
                distance = len(between.strip()) + 1
                if any(q.close_end <= o.open_start < found.start for o in others):
                    distance += 1000
                # After the quotation only ", said X" / ", X said" / "- he added", or a
                # headline's closing ", says X", or ", X (have) said." ending the sentence.
                rest = self.masked[found.end : s_end]
                closing = (
                    not found.inverted
                    and between.rstrip().endswith(",")
                    and (
                        not rest.strip(" .!?\n\"'\u201d\u2019")
                        # "..., X has claimed, as new figures show ...": a clause of its own
                        or bool(_CLAUSE_AFTER.match(rest))
                        # ", Cllr X told the Manchester Evening News."
                        or bool(
                            re.match(r"(?i:told|tells)$", found.cue or "")
                            and _LISTENER.fullmatch(rest)
                        )
                    )
                )
                if re.search(r"\w", between) and not (
                    (found.inverted and between.rstrip().endswith(",")) or closing
                ):
                    continue
            if found.loose:
                distance += 50
            if best is None or distance < best[0]:
                best = (distance, found)
        if colon is not None:
            # "Thurrock Council: 'We let them down,' admits director": the verb's subject
            # after the quotation, rather than the topic before the colon
            # (not past another quotation, which that verb attributes first)
            after = best is not None and best[1].start >= q.close_end and best[0] < 1000
            return best[1] if after else colon
        return best[1] if best else None

    def _colon_subject(self, q: QuoteSpan, index: int, starts_para: bool) -> _Attribution | None:
        """Words after a colon with no verb of saying ("X was quick to respond on social
        media:", "Its post read:"): the subject of the sentence before the colon, or of the
        sentence before that."""
        s_start, _ = self._sentence_of(q, q.open_start)
        lead = self.masked[s_start : q.open_start]
        para = index
        if re.search(r":\s*$", lead):
            end = s_start + lead.rstrip().rfind(":")
            start = s_start
        elif starts_para and index > 0:
            j = index - 1
            while j > 0 and _clutter(self.text, *self.paras[j]):
                j -= 1
            a, b = self.paras[j]
            if not self.masked[a:b].rstrip().endswith(":") or not self.sentences[j]:
                return None
            start, end, para = self.sentences[j][-1][0], b, j
        elif head := _HEADLINE_LABEL.search(lead):
            # a headline's or a caption's "Inspectors: care leavers 'are treated as family'":
            # the label before the words' subject
            start, end = s_start + head.start("l"), s_start + head.end("l")
        else:
            return None
        # "Asked which judgement pleased her most, she didn't hesitate:": the question put is
        # not the subject's verb of saying
        asked = re.match(
            r"\s*(?:When\s+)?(?:[Aa]sked|[Pp]ressed)\b[^,.;:]{0,150},", self.masked[start:end]
        )
        if asked:
            start += asked.end()
        # a line's label ("Speaker notes: When the report came out, X sent ...:")
        label = re.match(r"\s*[A-Z][\w'\u2019 ]{0,30}:\s+(?=[A-Z])", self.masked[start:end])
        if label:
            start += label.end()
        # a clause of time before the subject ("When the 2024 report came out, ...")
        when = _WHEN_CLAUSE.match(self.masked, _SPACES.match(self.masked, start).end(), end)
        if when and self.masked.startswith(",", when.end()):
            start = when.end() + 1
        # "One senior manager argued that ... Another was more direct:": one more of them,
        # unnamed
        another = re.match(
            r"\s*(?P<w>Another|One\s+other|A\s+(?:second|third|fourth)|Others|Some|Several|Many)"
            r"(?:\s+(?!was\b|were\b|is\b|are\b)[a-z][\w-]*){0,2}(?=\s+(?:was|were|is|are|put|"
            r"went|had)\b)",
            self.masked[start:end],
        )
        if another:
            words = " ".join(another.group(0).split())
            return _Attribution(
                Speaker(words, "anon", None, words), None, start + another.start("w"), end, None
            )
        # "Sharon's answer:", "her rule about reports never changed:" (a noun, not the verb)
        whose = self._whose_words(start, end + 1)
        if whose is not None:
            return whose
        if CUE_RE.search(self.masked, start, end) or re.search(
            r"(?i:\bwords\b)", self.masked[start:end]
        ):
            return None  # a verb of saying there is the attribution's business
        spans = [x for x in self.sentences[para] if x[0] <= start]
        for a, b in [(start, end), *([spans[-2]] if len(spans) > 1 else [])]:
            for m in self._mentions_in(a, min(b, end)):
                if (
                    m.kind not in ("person", "body", "anon")
                    and not (m.kind == "pronoun" and m.text in ("he", "she"))
                ) or m.title == "services":
                    continue  # (a topic: "Bolton children's services: '...'")
                if re.search(
                    r"\b(?:told|tells|asked|asks|to|with|me|us)\s+(?:(?:the|a|an)\s+)?$",
                    self.masked[a : m.start],
                    re.I,
                ) or _WHERE_QUOTED.search(self.masked[a : m.start]):
                    continue  # a listener, or where the words were quoted: not the subject
                # The one named in apposition: to the post a body is part of ("The group
                # leader on Kelby Council, Cllr Jo Roe, has sent us this statement:"), or to
                # what someone is, when the name ends the lead ("From a foster carer,
                # Bernadette Nwankwo:")
                person = next(iter(self._mentions_in(m.end, min(b, end))), None)
                if (
                    person is not None
                    and person.kind == "person"
                    and re.fullmatch(r"\s*,\s*", self.masked[m.end : person.start])
                    and (
                        (
                            m.kind == "body"
                            and re.search(
                                r"\b(?:of|on|at|for)\s+(?:the\s+)?$", self.masked[a : m.start]
                            )
                        )
                        or (m.kind == "anon" and not self.masked[person.end : end].strip(" ,:"))
                    )
                ):
                    m = person
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    return _Attribution(speaker, None, m.start, m.end, None)
                break
        return None

    def _dash_aside(self, q: QuoteSpan) -> _Attribution | None:
        """Words set between dashes in a sentence about someone, with no verb of saying ("She
        drove buses for two years – "the best training there is" – before ..."): the
        words of the sentence's subject, named or "he"/"she" at its start."""
        s_start, _ = self._sentence_of(q, q.open_start)
        if not (
            re.search(r"\s[\u2013\u2014-]\s*$", self.masked[s_start : q.open_start])
            and re.match(r"\s*[\u2013\u2014-]\s", self.masked[q.close_end : q.close_end + 3])
        ):
            return None
        mentions = self._mentions_in(s_start, q.open_start)
        if not mentions or self.masked[s_start : mentions[0].start].strip():
            return None
        first = mentions[0]
        if first.kind == "person" or (first.kind == "pronoun" and first.text in ("he", "she")):
            speaker = self._resolve(first, first.start)
            if speaker is not None:
                return _Attribution(speaker, None, first.start, first.end, None)
        return None

    def _asked_about(self, q: QuoteSpan) -> _Attribution | None:
        """A question about someone, then the answer in their words: "What keeps her going?
        'One little girl ...'" (hers)."""
        p_start = self.paras[q.paragraph][0]
        asked = _ASKED_ABOUT.fullmatch(self.masked, p_start, q.open_start)
        if asked is None:
            return None
        at = p_start + asked.start("p")
        word = asked.group("p").lower()
        if word in ("her", "his", "him"):
            speaker = self._owner("his" if word == "him" else word, at)
        else:
            speaker = self._pronoun(Mention(at, at + len(word), "pronoun", word), at)
        if speaker is None:
            return None
        return _Attribution(speaker, None, at, at + len(word), None)

    def _earlier_in_paragraph(self, q: QuoteSpan) -> _Attribution | None:
        s_start, _ = self._sentence_of(q, q.open_start)
        para_start = max(self.paras[q.paragraph][0], s_start - 4 * WINDOW)
        found = self._cue_attributions(para_start, s_start)
        if found:
            return found[-1]
        # "Her philosophy is a simple one. '...'": the sentence just before says whose
        before = self._sentence_of(q, max(para_start, s_start - 2))
        if before[0] < s_start:
            return (
                self._whose_words(before[0], s_start)
                or self._put_to(before[0], s_start)
                # (the words opening their sentence: not "Dr Roe was candid. A 1972
                # inspection described it as '...'", whose words are the inspection's)
                or (self._beat(before[0], s_start) if q.open_start <= s_start + 1 else None)
            )
        return None

    def _beat(self, a: int, b: int) -> _Attribution | None:
        """ "He puts his fork down. '...'": the one whose short action, the sentence just
        before the words, leads into them (a pronoun or a name, then a verb)."""
        beat = _BEAT.fullmatch(self.masked, a, b)
        if beat is None:
            return None
        named = [
            m
            for m in self._mentions_in(beat.start("who"), b)
            if m.kind != "pronoun" or m.text.lower() in ("he", "she", "him", "her")
        ]
        if len(named) != 1 or named[0].start != beat.start("who"):
            return None
        m = named[0]
        if m.kind not in ("pronoun", "person"):
            return None
        speaker = self._resolve(m, m.start)
        if speaker is None or speaker.kind != "person":
            return None
        if m.kind == "pronoun" and speaker.gender != (
            "m" if m.text.lower() in ("he", "him") else "f"
        ):
            return None  # (a pronoun for someone the text has not yet called he or she)
        return _Attribution(speaker, None, m.start, m.end, None)

    def _put_to(self, a: int, b: int) -> _Attribution | None:
        """ "This week we asked Becky, a social worker, what the visit was like." and then
        the answer: the person the writer put it to, asked or spoke to, in ``[a, b)``."""
        for m in reversed(self._mentions_in(a, b)):
            if m.kind == "person" and _PUT_TO.search(self.masked[max(a, m.start - 40) : m.start]):
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    return _Attribution(speaker, None, m.start, m.end, None)
        return None

    def _whose_words(self, a: int, b: int) -> _Attribution | None:
        """The person whose message, advice or answer the words in ``[a, b)`` announce:
        "Lorraine's message to anyone thinking about it is simple.", "For Mr Beddoes the
        answer is simple:"."""
        found = _ANNOUNCED.search(self.masked, a, b)
        if found is None:
            return None
        group = "who1" if found.group("who1") else "who2"
        who = found.group(group)
        if who.lower() in ("her", "his"):
            speaker = self._pronoun(
                Mention(found.start(), found.start(), "pronoun", _PRONOUN_OF[who.lower()]),
                found.start(),
            )
        else:
            speaker = None
            for m in self._mentions_in(found.start(group), found.end(group) + 1):
                if m.kind == "person":
                    speaker = self._resolve(m, m.start)
            record = None if speaker else self._one_person_named(who.split()[-1])
            if record is not None:
                speaker = Speaker(
                    record.name,
                    "person",
                    record.known.id if record.known else None,
                    None,
                    record.gender,
                )
        if speaker is None:
            return None
        return _Attribution(speaker, None, found.start(), found.end(), None)

    def _paragraph_before(self, index: int) -> tuple[_Attribution | None, int]:
        """The last attribution of the paragraph before (clutter lines skipped)."""
        j = index - 1
        while j >= 0 and _clutter(self.text, *self.paras[j]):
            j -= 1
        if j < 0:
            return None, j
        if _SIGNED_ITEM.search(self.masked, *self.paras[j]):
            return None, j  # a signed note or testimonial signs only its own words
        done = [x for x in self._done if x.paragraph == j]
        if done and done[-1].speaker is not None:
            last = done[-1]
            return _Attribution(last.speaker, last.cue, 0, 0, last.speaker_role), j
        a, b = self.paras[j]
        found = self._cue_attributions(max(a, b - 4 * WINDOW), b)
        if found:
            # (the main verb, not the one it reports: "X said the council accepted it had
            # more to do.")
            if len(found) > 1 and _WEAK_CUE.fullmatch(found[-1].cue or ""):
                strong = [f for f in found[:-1] if not _WEAK_CUE.fullmatch(f.cue or "")]
                if strong and strong[-1].end <= found[-1].start:
                    return strong[-1], j
            return found[-1], j
        # "I put that to Cllr Jo Roe, ... and she did not reach for the press release." and
        # then her words: the person the writer put it to, asked or spoke to
        put_to = self._put_to(max(a, b - 4 * WINDOW), b)
        if put_to is not None:
            return put_to, j
        labelled = self._labelled_above(j)
        if labelled is not None:
            return labelled, j
        # a heading "YOUNG PERSON'S ACCOUNT (in J.T.'s words, taken by GP)": that person's
        # (or "4. CHAIR'S SUMMARY (LH)": the one whose initials head it)
        words = _IN_WHOSE_WORDS.search(self.masked, a, b) or _HEADING_INITIALS.fullmatch(
            self.masked, a, b
        )
        named = self._mentions_in(words.start("who"), words.end("who")) if words else []
        if (
            named
            and named[0].kind == "person"
            and self.text.count("\n", b, self.paras[index][0]) <= 2
        ):
            speaker = self._resolve(named[0], named[0].start)
            if speaker is not None:
                return _Attribution(speaker, None, named[0].start, named[0].end, None), j
        last = self.sentences[j][-1] if self.sentences[j] else (a, b)
        return self._whose_words(last[0], b) or self._paragraph_subject(j, last[0]), j

    def _line_above(self, index: int) -> tuple[int, int] | None:
        """Paragraph ``index - 1``, when it is the line just above paragraph ``index``."""
        if index == 0:
            return None
        above_a, above_b = self.paras[index - 1]
        return (
            (above_a, above_b)
            if self.text.count("\n", above_b, self.paras[index][0]) == 1
            else None
        )

    def _source_above(self, index: int) -> _Attribution | None:
        """ "Extract 2 – Ofsted, Middlesbrough, 2019 [1]" / '"Too many children ..."': words
        under a line captioning them with their source."""
        above = self._line_above(index)
        line = _SOURCE_LINE.fullmatch(self.masked, *above) if above else None
        if line is None:
            return None
        for m in self._mentions_in(line.start("n"), line.end("n")):
            speaker = self._resolve(m, m.start) if m.kind in ("person", "body") else None
            if speaker is not None:
                return _Attribution(speaker, None, m.start, m.end, None)
        return None

    def _asked_by_above(self, index: int) -> _Attribution | None:
        """ "Q2 · 29 upvotes · Asked by: Marcus T (foster carer, Earley)" / '"Does that mean
        the money stops?"': words on the line under a line ending with who sent them."""
        above = self._line_above(index)
        by = _SENT_BY_LINE.search(self.masked, *above) if above else None
        if by is None:
            return None
        who, role = by.group("n"), by.group("r")
        if re.fullmatch(r"(?i:anonymous|anon|name\s+withheld)", who):
            return _Attribution(
                Speaker(who, "anon", None, who), None, by.start("n"), by.end("n"), None
            )
        named = next((m for m in self._mentions_in(by.start("n"), by.end("n"))), None)
        speaker = self._resolve(named, named.start) if named and named.kind == "person" else None
        if speaker is None:
            speaker = Speaker(who, "person", None, role)
        return _Attribution(speaker, None, by.start("n"), by.end("n"), role)

    def _labelled_above(self, j: int) -> _Attribution | None:
        """ "C2 Personal referee: Rev. Anthony Cheung (minister)" / "Written reference,
        received 12 January 2024:" / the words: a lead-in naming no one, under a label's
        line naming one person just above it, is that person's."""
        a, b = self.paras[j]
        above = self._line_above(j)
        if not above or not self.masked[a:b].rstrip().endswith(":") or self._mentions_in(a, b):
            return None
        above_a, above_b = above
        people = [m for m in self._mentions_in(above_a, above_b) if m.kind == "person"]
        if len(people) != 1 or not re.fullmatch(
            r"[ \t]*[A-Za-z0-9][\w /()'\u2019-]{0,50}:[ \t]*",
            self.masked[above_a : people[0].start],
        ):
            return None
        speaker = self._resolve(people[0], people[0].start)
        if speaker is None:
            return None
        return _Attribution(speaker, None, people[0].start, people[0].end, None)

    def _opening_person(self, j: int) -> Mention | None:
        """The person named first in paragraph ``j``, if the paragraph opens with them."""
        a, b = self.paras[j]
        mentions = self._mentions_in(a, b)
        if not mentions or self.masked[a : mentions[0].start].strip():
            return None
        if mentions[0].kind == "person":
            return mentions[0]
        # "The leader of the council, Cllr Jo Roe (Ind, Kington), has opened ...": the name
        # in apposition to the post
        person = next((m for m in mentions[1:3] if m.kind == "person"), None)
        if (
            mentions[0].kind == "role"
            and person is not None
            and re.fullmatch(
                r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w'\u2019]+(?:\s+[\w'\u2019]+){0,4})?\s*,\s*",
                self.masked[mentions[0].end : person.start],
            )
        ):
            return person
        return None

    def _paragraph_subject(self, j: int, last: int) -> _Attribution | None:
        """ "Kiera, 20, moved into her first flat last spring. She has been part of our scheme
        ever since." and then words nobody is said to say: the person the paragraph is about,
        named first and the subject of its last sentence, or named first in its last sentence
        ("Children were clear about it. Kyle, 15, had been moved to Telford.")."""
        a, b = self.paras[j]
        opening = self._opening_person(j)
        if opening is None:
            opening = next(iter(self._mentions_in(last, b)), None)
            if (
                opening is None
                or opening.kind != "person"
                or self.masked[last : opening.start].strip()
            ):
                return None
        mentions = self._mentions_in(a, b)
        record = self._person_of.get(opening.start)
        if record is None or any(
            m.kind == "person" and self._person_of.get(m.start) is not record for m in mentions
        ):
            return None
        subject = re.match(r"\s*(?P<w>[A-Z][\w'\u2019-]*)", self.masked[last:b])
        if subject is None or not (
            last <= opening.start
            or subject.group("w") in ("She", "He", "They")
            or fold(subject.group("w")) in {fold(w) for w in record.name.split()}
        ):
            return None
        speaker = self._resolve(opening, opening.start)
        return _Attribution(speaker, None, opening.start, opening.end, None) if speaker else None

    def _lead_in(self, index: int) -> _Attribution | None:
        """Above a list of points: "Mr Nash reported that:" / "Mr Nash noted the following:"."""
        j = index - 1
        while (
            j >= 0
            and (_is_bullet(self.text, self.paras[j][0]) or _clutter(self.text, *self.paras[j]))
            # a numbered point can itself be the lead-in: "2. Inspectors identified:"
            and not self.text[slice(*self.paras[j])].rstrip().endswith(":")
        ):
            j -= 1
        if j < 0:
            return None
        a, b = self.paras[j]
        if not self.text[a:b].rstrip().endswith(":"):
            return None
        found = self._cue_attributions(max(a, b - 4 * WINDOW), b)
        if found:
            return found[-1]
        # no verb of saying: "Among the report's key findings:", "Inspectors' main concerns:"
        for m in reversed(self._mentions_in(max(a, b - 4 * WINDOW), b)):
            if m.kind == "body" and m.title in ("report", "insp"):
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    speaker = Speaker(speaker.name, speaker.kind, speaker.id, None, speaker.gender)
                    return _Attribution(speaker, None, m.start, m.end, None)
        return None

    def _attribute(self) -> list[Quotation]:
        self._done: list[Quotation] = []
        heading = _REFERENCES_HEADING.search(self.text)
        self._references_from = heading.end() if heading else len(self.text) + 1
        pending: list[tuple[QuoteSpan, str, int]] = []
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
                # (what stands before the quotation in its paragraph, up to 300 characters)
                lead = self.text[max(p_start, q.open_start - 300) : q.open_start]
                # (after a bullet, a video's timecode: '0:42 "A service that ..." – what
                # inspectors said', a label in capitals: 'YOU SAID: "..." – Ellie, 14', or a
                # note's tag in brackets: '• (yellow) "..." – Leo')
                starts_para = q.open_start - p_start <= 300 and not re.sub(
                    # (a timecode, in brackets or not, before the label: "[01:02] ON SCREEN: ")
                    r"^\s*(?:\[?\d{1,2}(?::\d\d){1,2}\]?\s+)?"
                    r"[A-Z][A-Z'\u2019 -]{1,30}(?:\s*\([^)\n]{1,30}\))?:\s"
                    rf"|[\s{re.escape(BULLETS)}]|^\s*\[?\d{{1,2}}(?::\d\d){{1,2}}\]?\s"
                    # (or a field's label: 'Endorsement: "..." — Mr Kwame Asante', or a
                    # topic's: 'On the chief executive: "He said to me ..."')
                    r"|^\s*[A-Z][a-z]+:\s|^\s*On\s+[^:\n\"\u201c]{1,40}:\s"
                    r"|(?<![^\s" + re.escape(BULLETS) + r"])\([^()\n]{1,60}\)(?=\s*$)",
                    "",
                    lead,
                )
                attribution = (
                    self._signed_within(words)
                    or self._in_sentence(q, quotes)
                    or self._verdict_after(q)
                    or self._for_whom(q)
                )
                table = None if attribution else self._table_row(q)
                attribution = attribution or table or self._initials_after(q)
                entry = None if attribution else self._entry_author(q)
                if attribution is None and starts_para:
                    attribution = self._colon_after(q) or self._dash_after(q)
                elif attribution is None and _DASH_NEXT.match(self.masked, q.close_end):
                    # 'Agreed. ... "A good, honest viability." – Ruth Ogden, Team Manager':
                    # signed at its line's end, after words of the record's own
                    attribution = self._dash_after(q)
                if attribution is None:
                    attribution = self._dash_label(q, quotes[k - 1].close_end if k else None)
                how = "table" if table else "sentence"
                continues = False
                if attribution is None and entry is not None and not self._colon_names(q):
                    attribution, how = entry, "entry"
                if attribution is None:
                    # "Carol says. Jim is more direct: '...'": the colon's subject, before a
                    # verb of saying earlier in the paragraph (a colon in this sentence only)
                    attribution = self._colon_subject(q, index, starts_para=False)
                    how = "colon"
                if attribution is None:
                    attribution = self._asked_about(q)
                    how = "sentence" if attribution else how
                if attribution is None:
                    attribution = self._earlier_in_paragraph(q)
                    how = "paragraph"
                if (
                    attribution is None
                    and k
                    and self._done
                    and self._done[-1].start == (quotes[k - 1].start)
                ):
                    # '"...," the undertaker said. "..."': words broken by a verb of saying
                    # whose subject is not named go on in the same voice
                    last = self._done[-1]
                    # (a person's: not a body's taken from a paragraph before)
                    if (
                        last.speaker is not None
                        and last.speaker.kind == "person"
                        and _BROKEN_BY.fullmatch(self.masked, quotes[k - 1].close_end, q.open_start)
                    ):
                        attribution = _Attribution(last.speaker, last.cue, 0, 0, last.speaker_role)
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
                if attribution is None and k == 0 and starts_para:
                    pulled = self._pulled(index, words)
                    if pulled is not None:
                        attribution = _Attribution(pulled.speaker, None, 0, 0, pulled.speaker_role)
                        how = "repeated"
                if attribution is None and k == 0 and starts_para:
                    attribution = self._asked_by_above(index) or self._source_above(index)
                    how = "line-above"
                if attribution is None and k == 0 and starts_para and not short:
                    attribution = self._paragraph_after(index)
                    how = "paragraph-after"
                weak = bool(continues and previous_open is not None and previous_open.weak)
                if attribution is None and k == 0 and starts_para and not short:
                    attribution, j = self._paragraph_before(index)
                    how = "paragraph-before"
                    weak = j >= 0 and not self.text[slice(*self.paras[j])].rstrip().endswith(":")
                if attribution is None:
                    attribution = self._colon_subject(q, index, starts_para)
                    how = "colon"
                if attribution is None:
                    attribution = self._dash_aside(q)
                    how = "aside" if attribution else how
                if (
                    attribution is None
                    and self._interviewee is not None
                    and self._no_other_teller(q)
                ):
                    # "Describes the day ... as '...'": an interview summary's words are the
                    # interviewee's, where no one else is given them
                    attribution = _Attribution(self._interviewee, None, 0, 0, None)
                    how = "interviewee"
                if attribution is None:
                    attribution = (
                        self._section_subject(index)
                        or self._profile_card(index)
                        or self._entry_heading(index)
                    )
                    how = "section" if attribution else how
                if attribution is None:
                    attribution = self._record_from(q)
                    how = "record" if attribution else how
                # "PATRICK / (reading) / "Care leavers do not ..."", "Page nine. "...": a
                # report read out, the inspectorate's, where its report is the text's
                if (
                    attribution is None
                    and _READ_OUT.search(self.text, max(0, q.open_start - 60), q.open_start)
                    and re.search(r"\bOfsted\b|\bOFSTED\b", self.text[: q.open_start])
                ):
                    attribution = _Attribution(self._inspectorate(), None, 0, 0, None)
                    how = "read"
                if _UNSIGNED.match(self.text, q.close_end):
                    attribution = None  # a Post-it's '"..." (unsigned)': no one's, as written
                # (what follows in its paragraph: not the next one's "Review: Saturday ...")
                tail = self.text[q.close_end : min(q.close_end + 40, max(p_end, q.close_end))]
                if GRADES.match(words.strip()):
                    continue  # a grade, however long: "requires improvement to be good"
                if short and not continues and not (attribution is None and self._whole_item(q)):
                    if _scare(words, lead, tail) or how not in (
                        "line-above",
                        "sentence",
                        "table",
                        "entry",
                        "paragraph",
                        "lead-in",
                        "colon",
                        "repeated",
                    ):
                        continue
                    if attribution is None:
                        # (not a term defined in brackets: 'Team Manager ("the employee")')
                        defined = self.text[q.open_start - 1 : q.open_start] == "(" and (
                            self.text[q.close_end : q.close_end + 1] == ")"
                        )
                        if self._headline_zone(index) and not defined:
                            pending.append((q, words, index))
                        continue
                if self.text[q.open_start - 1 : q.open_start] == "(" and (
                    _CITED_DATE.match(self.text, q.close_end)
                    or (
                        self.text[q.close_end : q.close_end + 1] == ")"
                        and _CITED_IN.search(lead[-60:-1])
                    )
                ):
                    continue  # a headline cited: '("Ofsted hails ...", 5 November)',
                    # 'In an article on 26 January ("The councils getting it right")'
                if _REFERENCE.search(lead) or (
                    self._references_from <= p_start and _LISTED.match(self.text, p_start)
                ):
                    continue  # a reference: "Roe, J. (2021) 'Why good services ...', Journal",
                    # or a numbered line under "References"
                if _NAMED_DOCUMENT.search(
                    self.text, max(p_start, q.open_start - 120), q.open_start
                ) and not CUE_RE.search(
                    self.masked, self._sentence_of(q, q.open_start)[0], q.open_start
                ):
                    continue  # a document's title: 'The full report, "Inspection of ...", is'
                if _WORDING.search(self.text, max(p_start, q.open_start - 300), q.open_start):
                    continue  # an amendment's wording: 'delete "X" and insert "Y"'
                if _FORM_HEADING.search(self.text, max(p_start, q.open_start - 60), q.open_start):
                    continue  # a form's heading: 'Under "What would make it better?" he
                    # wrote:'
                if EXAMPLE_WORDS.search(self.text, max(p_start, q.open_start - 80), q.open_start):
                    continue  # words to say or not: 'Do not say "rated good across the board"'
                if _NAMED_AS_AFTER.match(tail):
                    continue  # 'that "outstanding in all but name" was also the slogan of'
                if _title_like(words) and (
                    attribution is None or not (starts_para or lead.rstrip().endswith(":"))
                ):
                    continue  # a title: "Getting to Good: Our Plan"
                if (
                    attribution is None
                    and _TERM_AFTER.match(tail)
                    and re.search(r"\b(?:[Tt]he|its|their|our|his|her|\w+['\u2019]s)\s*$", lead)
                ):
                    continue  # a name: "our 'Where to work in 2023' series"
                speaker = attribution.speaker if attribution else None
                role = None
                if attribution is not None:
                    role = attribution.role or speaker.role
                if role and _AGE.fullmatch(role):
                    role = None  # "(Ellie, 14)", "(Amira, Year 9)"
                if (
                    role
                    and speaker is not None
                    and speaker.kind == "person"
                    and " " not in speaker.name
                    and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", role)
                    and not ROLE_KEYWORDS.search(role)
                ):
                    role = None  # "– Pauline, Plymstock": where someone known by a first name
                    # lives
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
                    weak=weak and how in ("paragraph-before", "continuation"),
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
        self._speak_back()
        self._repeated(pending)
        self._headline_of_profile()
        self._standfirst_again()
        return self._done

    def _standfirst_again(self) -> None:
        """A standfirst's words given to a subject its own sentence names ("Sangat asked to
        open their homes: '...'") but quoted again word for word in the body, where a person
        says them ("'...,' he asked the sangat"): that person's."""
        for quotation in self._done:
            if quotation.speaker is None or quotation.how != "sentence" or quotation.paragraph > 3:
                continue
            if quotation.speaker.kind == "body" and _BODY_SUBJECT.search(
                self.masked, self.paras[quotation.paragraph][0], quotation.start
            ):
                continue  # ("Council says ... is 'the start, not the finish'": its own)
            key = _quote_key(quotation.text)
            later = next(
                (
                    x
                    for x in self._done
                    if x.paragraph > quotation.paragraph
                    and not self._headline_zone(x.paragraph)
                    and x.how == "sentence"
                    and x.speaker is not None
                    and x.speaker.kind == "person"
                    and _quote_key(x.text) == key
                ),
                None,
            )
            if later is not None and later.speaker.name != quotation.speaker.name:
                quotation.speaker, quotation.speaker_role = later.speaker, later.speaker_role

    def _headline_of_profile(self) -> None:
        """A headline in the first person with no speaker, above a standfirst about one
        person ("'Kelby taught me to listen'" / "Dr Jo Roe became Kelby's director in 2020.
        She talks to ..."): that person's words."""
        for quotation in self._done:
            if (
                quotation.speaker is not None
                or quotation.paragraph > 3
                or not self._headline_zone(quotation.paragraph)
                or not re.search(r"\b(?:I|I'm|I\u2019m|(?i:me|my|we|our|us))\b", quotation.text)
            ):
                continue
            if self.author is not None and self.author.start > quotation.end:
                # (a first-person story's headline: its teller's, named below it)
                speaker = self._resolve(self.author, self.author.start)
                if speaker is not None:
                    quotation.speaker, quotation.how = speaker, "profile"
                continue
            # "... Deborah Kinsella, the council's assistant director, explains how.": the one
            # the standfirst says will tell the story (before any words quoted below)
            if quotation.paragraph > 2 or self._explainer(quotation) or quotation.paragraph > 1:
                continue
            j = quotation.paragraph + 1
            while j < len(self.paras) and j <= 3 and _clutter(self.text, *self.paras[j]):
                j += 1
            if j >= len(self.paras) or j > 3:
                continue
            a, b = self.paras[j]
            opening = self._opening_person(j)
            if opening is None or any(r.start < b for r in self.raw_quotes if r.start >= a):
                continue
            speaker = self._resolve(opening, opening.start)
            if speaker is not None:
                quotation.speaker, quotation.speaker_role = speaker, speaker.role
                quotation.how = "profile"

    def _explainer(self, quotation: Quotation) -> bool:
        """Give a headline's words to the person a standfirst below says "explains how"."""
        for a, b in self.paras[quotation.paragraph + 1 : quotation.paragraph + 4]:
            if any(a <= r.start < b for r in self.raw_quotes):
                return False
            tells = _EXPLAINS_HOW.search(self.masked, a, b)
            if tells is None:
                continue
            named = [m for m in self._mentions_in(a, tells.start()) if m.kind == "person"]
            speaker = self._resolve(named[-1], named[-1].start) if named else None
            if speaker is None:
                return False
            quotation.speaker, quotation.how = speaker, "profile"
            return True
        return False

    def _speak_back(self) -> None:
        """A quotation over several paragraphs attributed only at its end ("...," Mr X
        concludes.): its earlier paragraphs get the same speaker, rather than none or the
        speaker of the paragraph before it (unless that paragraph ends "X said:")."""
        for i in range(len(self._done) - 1, 0, -1):
            later, earlier = self._done[i], self._done[i - 1]
            if (
                later.continues
                and later.speaker is not None
                and (
                    earlier.speaker is None
                    or (
                        earlier.weak
                        and later.how in ("sentence", "continued-later")
                        and earlier.speaker.name != later.speaker.name
                    )
                )
            ):
                earlier.speaker = later.speaker
                earlier.speaker_role = later.speaker_role
                earlier.cue = later.cue
                earlier.how = "continued-later"

    def _repeated(self, pending: list[tuple[QuoteSpan, str, int]]) -> None:
        """A headline or standfirst quoting words that the body quotes again, attributed
        there ("'At breaking point', union warns" ... "are at breaking point," he said)."""

        def source(words: str, after: int, index: int) -> Quotation | None:
            want = _quote_key(words)
            # "'We stopped chasing the grade'" over how her team had "stopped chasing the
            # grade": the headline's words with its subject put back
            bare = re.sub(r"^(?:we|i)\s+", "", want)
            if len(bare.split()) < 3:
                bare = want
            a, b = self.paras[index]
            # one word ("promise") is too little to know it for the same, unless the headline
            # reports it ("Judge criticises council over 'unacceptable' delays") or the body
            # quotes that word alone (the headline's "vacancies 'easing'" and the body's "are
            # "easing" after a recruitment drive")
            # "'That's not a triumph. That's a slide'" over "That's not a triumph, chair.
            # That's a slide": each sentence of the headline's, in order
            pieces = [_quote_key(p) for p in re.split(r"[.!?]+\s+", words) if len(p.split()) >= 3]
            pieces = pieces if len(pieces) >= 2 else []
            alone = len(want.split()) < 2 and not (
                CUE_RE.search(self.masked, a, b) or _HEADLINE_VERB.search(self.masked, a, b)
            )
            for k, later in enumerate(self._done):
                if later.start <= after or later.speaker is None:
                    continue
                key = _quote_key(later.text)
                if alone:
                    if key == want:
                        return later
                    continue
                # (or run across the next quotation of the same speaker in that paragraph:
                # "'We were the tale. Not any more'" over '"We were the tale," he said. "Not
                # any more. But ..."')
                following = self._done[k + 1] if k + 1 < len(self._done) else None
                if (
                    following is not None
                    and following.paragraph == later.paragraph
                    and following.speaker == later.speaker
                ):
                    key += " " + _quote_key(following.text)
                if (
                    f" {want} " in f" {key} "
                    or f" {bare} " in f" {key} "
                    or _in_order(pieces, f" {key} ")
                ):
                    if any(
                        _within(want, inner.group(1)) for inner in INNER_QUOTE.finditer(later.text)
                    ):
                        continue  # the words of someone the speaker quotes: "She said, "You're
                        # not in trouble, you're in danger,"" (the social worker's, not his)
                    return later
            return self._pulled(index, words)

        for quotation in self._done:
            # (an intro's "has been accused of 'taking credit for other people's work'",
            # quoted again below with its speaker, too)
            unattributed = quotation.speaker is None and (
                self._headline_zone(quotation.paragraph)
                or (quotation.how == "none" and len(_quote_key(quotation.text).split()) >= 3)
            )
            # "'A big step forward': Ofsted recognises progress" over "This is a big step
            # forward," the leader said: a person's words, and the body the news
            body_headline = (
                quotation.speaker is not None
                and quotation.speaker.kind == "body"
                and self._title_line(quotation.paragraph)
                and len(_quote_key(quotation.text).split()) >= 3
                and re.match(r"[\"'\u201d\u2019]\s*:", self.text[quotation.end : quotation.end + 3])
            )
            # "Council leader: 'I take full responsibility'" over the body's "I take full
            # responsibility," he said: the one the body names, not a post's best guess
            a, b = self.paras[quotation.paragraph]
            role_headline = (
                quotation.speaker is not None
                and quotation.speaker.kind == "person"
                and self._headline_zone(quotation.paragraph)
                and quotation.speaker.name.split()[-1] not in self.text[a:b]
            )
            # a crosshead quoting words the next paragraphs quote with their speaker ("'I
            # felt like I mattered'" over '"I felt like I mattered to someone," he said'), not
            # the speaker of the paragraph before it
            crosshead = (
                quotation.how == "paragraph-before"
                and _PULL_QUOTE.fullmatch(self.text, a, b) is not None
                and len(_quote_key(quotation.text).split()) >= 3
            )
            if not (unattributed or body_headline or role_headline or crosshead):
                continue
            found = source(quotation.text, quotation.end, quotation.paragraph)
            if found is not None and (unattributed or crosshead or found.speaker.kind == "person"):
                quotation.speaker, quotation.speaker_role = found.speaker, found.speaker_role
                quotation.how = "repeated"
            elif found is None and unattributed and _FIRST_PERSON.search(quotation.text):
                # '"I've never once been bored": Derby's children's chief bows out' over
                # "Rachel Roe meets Sian Kowalczyk": the one the feature meets
                profiled = self._profiled()
                if profiled is not None and profiled[0] > quotation.end:
                    quotation.speaker, quotation.how = profiled[1], "profiled"
        added = []
        for q, words, index in pending:
            found = source(words, q.end, index)
            if found is not None:
                added.append(
                    Quotation(
                        q.start,
                        q.end,
                        words,
                        found.speaker,
                        found.speaker_role,
                        None,
                        "repeated",
                        index,
                        headline=index == 0,
                        evidence=(q.start, q.end),
                    )
                )
        if added:
            self._done = sorted([*self._done, *added], key=lambda x: x.start)

    def _profiled(self) -> tuple[int, Speaker] | None:
        """The one a feature's standfirst says the writer meets ("Jo Roe meets Sian
        Kowalczyk", "sits down with"), and where they are named there."""
        for index in range(min(len(self.paras), 6)):
            a, b = self.paras[index]
            for found in _MEETS.finditer(self.masked, a, b):
                named = self._mentions_in(found.end(), found.end() + 60)
                if named and named[0].start == found.end() and named[0].kind == "person":
                    speaker = self._resolve(named[0], named[0].start)
                    if speaker is not None:
                        return named[0].start, speaker
        return None

    def _pulled(self, index: int, words: str) -> Quotation | None:
        """A pull quote, a line of its own repeating words quoted above it: that quotation."""
        a, b = self.paras[index]
        if index < 2 or not _PULL_QUOTE.fullmatch(self.text, a, b):
            return None
        want = _quote_key(words)
        for earlier in reversed(self._done):
            if earlier.end < a and earlier.speaker is not None and _within(want, earlier.text):
                return earlier
        return None

    def _headline_zone(self, index: int) -> bool:
        """A headline, standfirst or byline (one of the first three paragraphs, and short), or
        a crosshead or key-points line anywhere (a line of a dozen words, not a sentence)."""
        a, b = self.paras[index]
        if b - a > 1000:
            return False  # (more than 30 words, however short: not read word by word)
        words = len(self.text[a:b].split())
        # (a masthead and a section label above the headline count for none: "THE WESTERN
        # COURIER", "SKETCH")
        labels = sum(
            1 for x, y in self.paras[: min(index, 4)] if _CAPS_LINE.fullmatch(self.text, x, y)
        )
        if index - labels <= 2:
            return words <= 30
        return words <= 12 and self.text[a:b].rstrip("\"'\u201d\u2019 ")[-1:] not in ".!?:,"

    def _title_line(self, index: int) -> bool:
        """A headline: in the headline zone, or a line of up to 20 words near the top that is
        not a sentence (under a release's header lines)."""
        a, b = self.paras[index]
        return self._headline_zone(index) or (
            index <= 6
            and len(self.text[a:b].split()) <= 20
            and self.text[a:b].rstrip("\"'\u201d\u2019 ")[-1:] not in ".!?:,"
        )

    def _colon_after(self, q: QuoteSpan) -> _Attribution | None:
        """A headline '"We will fix this": council leader on ...': the speaker after a colon."""
        found = re.match(r"\s*:\s*", self.masked[q.close_end : q.close_end + 5])
        if found is None:
            return None
        pos = q.close_end + found.end()
        named = self._named_after(pos, self.paras[q.paragraph][1])
        if named is None or named[0].start != pos:
            return None
        m, role = named
        speaker = None if m.title == "services" else self._resolve(m, m.start)
        if speaker is None:  # (a topic: "'...': Bristol children's services improve")
            return None
        return _Attribution(speaker, None, q.close_end, m.end, role)

    def _verdict_after(self, q: QuoteSpan) -> _Attribution | None:
        """'"We are not there yet." That was the verdict of council leader Jo Roe.': the one
        whose verdict, words or response the next sentence says the quotation was."""
        found = _VERDICT_OF.match(self.masked, q.close_end) or _LINE_OF.match(
            self.masked, q.close_end
        )
        if found is None:
            return None
        named = self._named_after(found.end(), self.paras[q.paragraph][1])
        # (after the post: "of council leader Jo Roe", "the line Kelby Council chief executive
        # Jo Roe")
        if named is None or not re.fullmatch(
            r"(?:[a-z][\w'\u2019-]*\s+){0,5}|(?:[A-Z][\w'\u2019&-]*\s+){1,5}(?:[a-z][\w-]*\s+){1,3}",
            self.masked[found.end() : named[0].start],
        ):
            return None
        m, role = named
        speaker = self._resolve(m, m.start)
        return _Attribution(speaker, None, found.start(), m.end, role) if speaker else None

    def _initials_after(self, q: QuoteSpan) -> _Attribution | None:
        """'"A very mature move." (RB)': the one person named whose initials follow it in
        brackets (a game's notes, a note's annotations)."""
        found = re.match(
            rf"[ \t]*\(([A-Z]{{2,4}}|{_CODE})\)", self.masked[q.close_end : q.close_end + 9]
        )
        if found is None or re.search(
            r":\s*$", self.masked[max(0, q.open_start - 3) : q.open_start]
        ):
            return None  # (not after a colon: 'Mrs Roe: "..." (SR)', the note-taker's initials)
        a, b = q.close_end + found.start(1), q.close_end + found.end(1)
        keyed = self._person_of.get(a)
        if keyed is not None:  # a key's code: '"..." (S2)', "S2 Deepak Sohal, ..."
            return _Attribution(keyed.speaker(), None, a, b, None)
        people = {
            id(record): record
            for record in self.people.values()
            if _initials(record.name) == found.group(1)
        }
        if len(people) != 1:
            return None
        (record,) = people.values()
        return _Attribution(record.speaker(), None, a, b, None)

    def _for_whom(self, q: QuoteSpan) -> _Attribution | None:
        """'For campaigner Leah Brandt, the report is "a scandal"': the one whose view the
        sentence gives, when no one else speaks in it."""
        s_start, _ = self._sentence_of(q, q.open_start)
        found = _FOR_WHOM.match(self.masked, s_start, q.open_start)
        if found is None:
            return None
        named = self._mentions_in(found.end(), q.open_start)
        if not named or named[0].start != found.end() or named[0].kind != "person":
            return None
        m = named[0]
        comma = re.match(r"(?:\s*,\s*[^,_]{1,80})?\s*,\s", self.masked[m.end : q.open_start])
        if comma is None or CUE_RE.search(self.masked, m.end, q.open_start):
            return None
        speaker = self._resolve(m, m.start)
        return _Attribution(speaker, None, m.start, m.end, None) if speaker else None

    def _colon_names(self, q: QuoteSpan) -> bool:
        """Whether a colon just before the words closes a sentence naming someone ("They also
        quote an unnamed practitioner:"), not only what the words are ("The most cited
        line:")."""
        s_start, _ = self._sentence_of(q, q.open_start)
        if not self.masked[s_start : q.open_start].rstrip().endswith(":"):
            return False
        return any(
            m.kind in ("person", "anon", "body", "role", "pronoun") and m.title != "report"
            for m in self._mentions_in(s_start, q.open_start)
        )

    def _entry_author(self, q: QuoteSpan) -> _Attribution | None:
        """In an annotated bibliography, words no one else is given are the source's that
        heads their entry ("3. Ofsted (2019). Knowsley: ..." / "The summary's most cited
        line: '...'"; "4. Hendry, M. and Coll, A. (2021)." / "The authors argue that")."""
        heads = (_ENTRY_HEAD.match(self.text, at) for at in lines_up(self.text, q.open_start, 3))
        head = next(filter(None, heads), None)
        if head is None or head.end() > q.open_start:
            return None  # (on the heading's line: its title)
        author = " ".join(head.group("a").split())
        person = _SURNAME_FIRST.match(author)
        if re.fullmatch(r"Ofsted", author):
            speaker = self._inspectorate()
        elif person:
            initials = " ".join(person.group("i").split())
            speaker = Speaker(f"{initials} {person.group('s')}", "person", None)
        else:
            speaker = self._name_to_body(author)
            if speaker is None:
                return None
        return _Attribution(speaker, None, head.start("a"), head.end("a"), None)

    def _table_row(self, q: QuoteSpan) -> _Attribution | None:
        """ "| Danielle Price | Key worker | Phone | "Jordan pays on time." |": the words in a
        row of a pipe table are those of the person named in a cell before theirs."""
        line = self.text.rfind("\n", 0, q.open_start) + 1
        if not self.text.startswith("|", line) or q.close_end > self.text.find("\n", line) > 0:
            return None
        cell = self.text.rfind("|", line, q.open_start)
        if self.text[cell + 1 : q.open_start].strip():
            return None  # the words open their cell
        for m in self._mentions_in(line, cell):
            if m.kind == "person":
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    return _Attribution(speaker, None, m.start, m.end, None)
        return None

    def _dash_label(self, q: QuoteSpan, after: int | None = None) -> _Attribution | None:
        """A speaker labelling a line before a dash or in a table's first cell ("- Jo Roe,
        director – '...'", "| Ofsted | '...' |"): that speaker."""
        p_start = self.paras[q.paragraph][0]
        # (or after a sentence in its paragraph: "Panel comments: HNC \u2013 '...'.")
        for end in _LABEL_AFTER.finditer(self.masked, p_start, q.open_start):
            p_start = end.end()
        if after is not None and p_start < after:
            return None  # (a label after the paragraph's words before: only after a sentence)
        found = re.fullmatch(
            rf"[\s{re.escape(BULLETS)}|]*(?P<who>[^\n|]{{2,120}}?)\s*(?:\s[\u2013\u2014-]|\|)\s*",
            self.masked[p_start : q.open_start],
        )
        if found is None:
            return None
        a, b = found.start("who") + p_start, found.end("who") + p_start
        named = self._named_after(a, b)
        if named is None or named[0].start != a or named[0].kind not in ("person", "body"):
            return None
        m, role = named
        after = re.fullmatch(r"\s*(?:,\s*(?P<role>[^,][^\n]*?))?\s*", self.masked[m.end : b])
        if after is None:
            return None  # (more than a name and its role: "Kelby was praised – 'good'")
        role = role or after.group("role")
        speaker = self._resolve(m, m.start)
        return _Attribution(speaker, None, a, b, role) if speaker else None

    def _signed_within(self, words: str) -> _Attribution | None:
        """A card's or a note's words that end with who sent them, whoever reads them out:
        "... Please save me the new Christmas ones. From Josh." (Josh), "I love you Mummy
        from R" (R)."""
        found = _SIGNED_OFF.search(words)
        if found is None or found.group("who").lower() in NOT_FIRST | PLACES:
            return None
        who = found.group("who")
        record = self._one_person_named(who, surname=False) if len(who) > 1 else None
        speaker = (
            record.speaker()
            if record
            else Speaker(who, "person", None, None, gender_of_given_name(who))
        )
        return _Attribution(speaker, None, 0, 0, None)

    def _dash_after(self, q: QuoteSpan) -> _Attribution | None:
        """A testimonial signed after a dash at its line's end: "'She treats us like people.'
        – Jay, 15" (Jay), "– parent, Brierley Hill family hub" (an unnamed parent)."""
        at, end = q.close_end, self.paras[q.paragraph][1]
        line_end = self.masked.find("\n", at, end)
        if line_end > at and self.masked[at:line_end].strip():
            end = line_end  # (a line of a list: its line)
        signed = self._signed_below(q, at, end)
        if signed is not None:
            return signed
        if not self.masked[at:end].strip() and q.paragraph + 1 < len(self.paras):
            at, end = self.paras[q.paragraph + 1]  # (the dash on the line below)
            if self.masked[at] not in "–—-":
                return None
        found = re.fullmatch(
            # (a post in brackets after the name: "– Sue (residential)"; an initial: "– J")
            r"\s*[–—-]\s*(?P<who>[^,\n(]{1,60}?)\s*(?:\((?P<post>[^()\n]{1,60})\)\s*)?"
            r"(?P<rest>,[^\n]{0,100})?\s*"
            # or in brackets: '"Plans are late" (Jo Roe, director)'
            r"|\s*\((?P<who2>[^,\n()]{2,60})(?P<rest2>,[^\n()]{0,100})?\)[.;]?\s*",
            self.masked[at:end],
        )
        if found is None:
            return None
        part = "who" if found.group("who") else "who2"
        who = found.group(part).strip()
        rest = (found.group("rest" if part == "who" else "rest2") or "").strip(", ")
        rest = rest or (found.group("post") if part == "who" else None) or ""
        a, b = found.start(part) + at, found.end(part) + at
        # '"A service that knows its children" – what inspectors said': theirs
        what = re.match(r"what\s+(?:the\s+)?", who) if part == "who" else None
        for m in self._mentions_in(a, b):
            if what and m.start == a + what.end() and CUE_RE.match(self.masked, m.end + 1):
                a = m.start
            # (or a post a form's field names: "— Sponsor, 21 March 2025")
            if m.kind in ("person", "body", "role") and m.start == a:
                speaker = self._resolve(m, m.start)
                if speaker is not None:
                    return _Attribution(speaker, None, a, b, rest or None)
        if re.fullmatch(r"(?i:anonymous|anon\.?|name\s+withheld)", who):
            return _Attribution(Speaker(who, "anon", None, who), None, a, b, rest or None)
        couple = re.fullmatch(r"(?P<one>[A-Z][a-z]+)\s+(?:and|&)\s+(?P<two>[A-Z][a-z]+)", who)
        if couple and not {n.lower() for n in couple.group("one", "two")} & (NOT_FIRST | PLACES):
            who = couple.group("one")  # "– Mark and Helen, adopters": the first named
        if re.fullmatch(r"[A-Z][a-z]+|[A-Z]", who) and who.lower() not in NOT_FIRST | PLACES:
            # ("- Marcus", after Marcus Ellery was introduced: him; "– J", an initial)
            record = self._one_person_named(who, surname=False) if len(who) > 1 else None
            speaker = record.speaker() if record else Speaker(who, "person", None)
            return _Attribution(speaker, None, a, b, rest or None)
        # (capitalised too, before a word in lower case: "— Youth worker, Limehouse Youth Hub")
        if re.fullmatch(r"(?:an?\s+)?(?:[a-z]|[A-Z](?=[a-z]+\s+[a-z]))[a-z -]{2,40}", who) and (
            part == "who"
            or re.match(r"an?\s", who)  # (not "(sic)", "(emphasis added)")
            # ('"Finally!" (Team manager, Salisbury Children in Care)': a post signs it)
            or _strong_role(who)
        ):
            return _Attribution(Speaker(who, "anon", None, who), None, a, b, who)
        return None

    def _signed_below(self, q: QuoteSpan, at: int, end: int) -> _Attribution | None:
        """A message signed on the line below it, a name and then a post: '"This offer is
        our promise to you." // Cllr Jo Roe, Portfolio Holder for Children's Services'."""
        if not self.masked[at:end].strip() and q.paragraph + 1 < len(self.paras):
            at, end = self.paras[q.paragraph + 1]
        elif not re.match(r"[ \t]*\n", self.masked[at:end]):
            return None
        found = re.fullmatch(
            r"\s*(?P<who>[^\n,]{3,60}),[ \t]*(?P<rest>[^\n]{3,120}?)\s*", self.masked[at:end]
        )
        if found is None:
            return None
        a, b = at + found.start("who"), at + found.end("who")
        named = self._mentions_in(a, b)
        rest = found.group("rest")
        signed = (
            # (a vox pop's "Jordan, 19, student": a name and an age sign it, whatever follows)
            (_strong_role(rest) or re.match(r"\d{1,3},\s", rest))
            # (a signature has no sentence after the name: not "X, role, said staff ...")
            and not re.search(r"[.!?:;\"\u201c\u201d_]$|\s[a-z]+\s+that\b", rest)
            and not CUE_RE.search(rest)
        )
        role = re.sub(r"^\d{1,3},\s*", "", rest.strip())  # (not the age)
        word = found.group("who")
        if (
            signed
            and not named
            and re.fullmatch(r"[A-Z][a-z]+", word)
            and word.lower() not in NOT_FIRST | PLACES
        ):
            # "Priti, team manager, Mansfield": a first name the text gives no one else
            speaker = Speaker(word, "person", None, None, gender_of_given_name(word))
            return _Attribution(speaker, None, a, b, role)
        if (
            len(named) != 1
            or named[0].kind != "person"
            or named[0].end != b
            or self.masked[a : named[0].start].strip() not in ("", "Cllr", "Councillor")
            or not signed
        ):
            return None
        speaker = self._resolve(named[0], named[0].start)
        if speaker is None:
            return None
        return _Attribution(speaker, None, a, b, role)

    def _record_from(self, q: QuoteSpan) -> _Attribution | None:
        """A log's record whose "From:" line names who sent it, a person or a body ("From:
        HHJ Roe (passed on by the legal team) // ... // Extract: '...'"): theirs."""
        # (the record: its lines up to the blank line before them)
        a = max(self.text.rfind("\n\n", 0, q.open_start), 0)
        # (the last before the words)
        found = next(reversed(list(_FROM_LINE.finditer(self.masked, a, q.open_start))), None)
        if found is None:
            return None
        named = self._mentions_in(found.start("who"), found.end("who"))
        if (
            not named
            or named[0].start != found.start("who")
            or named[0].kind
            not in (
                "person",
                "body",
            )
        ):
            return None
        speaker = self._resolve(named[0], named[0].start)
        return _Attribution(speaker, None, 0, 0, None) if speaker else None

    def _section_subject(self, index: int) -> _Attribution | None:
        """Words no one else is given, in a section headed by a label and one person's name
        ("Candidate 1 \u2013 Ruth Roe (currently Assistant Director, ...)", then "Quote
        noted by panel: '...'"): theirs. A heading is a paragraph of one short line with no
        closing punctuation; the first heading above the words is their section's."""
        for j in range(index - 1, -1, -1):
            a, b = self.paras[j]
            line = self.masked[a:b].strip()
            if "\n" in line or len(line) > 140 or not line or line[-1] in ".,;:!?\"'\u201d\u2019":
                continue
            if _OWN_WORDS_HEADING.search(line):
                # "SECTION 3 - B IN HER OWN WORDS": the one named in it
                named = [m for m in self._mentions_in(a, b) if m.kind == "person"]
                speaker = self._resolve(named[0], named[0].start) if len(named) == 1 else None
                return _Attribution(speaker, None, 0, 0, None) if speaker else None
            label = _SECTION_LABEL.match(self.masked, a)
            if label is None:
                return None  # (a bare name above a post or a speech: the words in it are
                # often others', reported)
            named = self._mentions_in(label.end(), b)
            if not named or named[0].start != label.end() or named[0].kind != "person":
                return None
            speaker = self._resolve(named[0], named[0].start)
            return _Attribution(speaker, None, 0, 0, None) if speaker else None
        return None

    def _entry_heading(self, index: int) -> _Attribution | None:
        """A reference book's entry: quotations under a heading line naming their author
        surname first ("ADEBAYO-REID, Marcia (b. 1966), director of children's services"), or
        a body in capitals ("OFSTED"), with only other quotations between."""
        for j in range(index - 1, max(-1, index - 12), -1):
            a, b = self.paras[j]
            line = self.text[a:b].strip()
            if any(a <= r.start < b for r in self.raw_quotes) or line[:1] in "-\u2013\u2014":
                continue  # (another of the entry's quotations, or its source: "— speech, 2023")
            entry = _ENTRY_HEADING.fullmatch(line)
            if entry:
                name = f"{entry.group('given')} {entry.group('sur').title()}"
                role = (entry.group("role") or "").strip(" ,") or None
                return _Attribution(Speaker(name, "person", None, role), None, 0, 0, role)
            body = [m for m in self._mentions_in(a, b) if m.kind == "body" and m.known]
            if body and len(body[0].text) == len(line) and line.isupper():
                speaker = self._body(body[0])
                return _Attribution(speaker, None, 0, 0, None) if speaker else None
            return None
        return None

    def _whole_item(self, q: QuoteSpan) -> bool:
        """Whether the quotation is all of a list's item: '• (yellow) "the dog"', '• "more
        trips" (four notes said this)' (a note, a comment: words someone wrote)."""
        p_start = self.paras[q.paragraph][0]
        line_end = self.text.find("\n", q.close_end)
        line_end = len(self.text) if line_end < 0 else line_end
        return (
            _is_bullet(self.text, p_start)
            and re.fullmatch(
                rf"[\s{re.escape(BULLETS)}]*(?:\([^()\n]{{1,60}}\)\s*)?",
                self.text[p_start : q.open_start],
            )
            is not None
            and re.fullmatch(
                r"[.!?]?\s*(?:\([^()\n]{1,60}\)\s*)?[.]?\s*", self.text[q.close_end : line_end]
            )
            is not None
        )

    def _profile_card(self, index: int) -> _Attribution | None:
        """A staff page's card: a line with a person's name, a line with their role, a few
        "Joined: 2019" lines, then their words, each paragraph opening with them or with a
        label ("Best bit of the job: '...'"): the card's person's."""
        for j in range(index - 1, 0, -1):
            a, b = self.paras[j]
            line = self.masked[a:b].strip()
            if _CARD_FIELD.fullmatch(line) or _CARD_WORDS.match(line):
                continue  # a field, or words of the card (quoted, or labelled)
            if "\n" in line or len(line) > 100 or not ROLE_KEYWORDS.search(line):
                return None
            if line[-1] in ".;:!?\"'\u201d\u2019":
                return None
            # the role line: the line above it names the person, and nothing else
            na, nb = self.paras[j - 1]
            named = self._mentions_in(na, nb)
            if (
                len(named) != 1
                or named[0].kind != "person"
                or self.masked[na : named[0].start].strip()
                or self.masked[named[0].end : nb].strip()
            ):
                return None
            speaker = self._resolve(named[0], named[0].start)
            return _Attribution(speaker, None, 0, 0, line) if speaker else None
        return None

    def _runs_on(self, j: int) -> bool:
        """Whether a quotation left open at the end of paragraph ``j - 1`` goes on in paragraph
        ``j``, which opens with a quotation mark."""
        start = self.paras[j][0]
        return any(q.paragraph == j - 1 and not q.closed for q in self.raw_quotes) and any(
            q.paragraph == j and not self.text[start : q.open_start].strip()
            for q in self.raw_quotes
        )

    def _paragraph_after(self, index: int) -> _Attribution | None:
        """ "Those were the words of X", "The warning came from X": the paragraph after names
        the speaker."""
        j = index + 1
        while j < len(self.paras) and (
            _clutter(self.text, *self.paras[j])
            # (a quotation left open at its paragraph's end goes on in the next: the speaker
            # is named after its last paragraph)
            or (j - index <= 4 and self._runs_on(j))
        ):
            j += 1
        if j >= len(self.paras):
            return None
        a, b = self.paras[j]
        found = re.match(
            r"(?:Those|These|They|That|This)\s+(?:were|are|was|is)\s+(?:the\s+)?"
            r"(?:words|comments|thoughts|views|verdict)\s+of\s+"
            # "The warning came from Dr X, ..."
            r"|(?:The|That|This)\s+(?:\w+\s+)?(?:warning|comment|claim|criticism|admission|"
            r"message|verdict|plea|call|view|assessment)s?\s+(?:came|comes)\s+from\s+"
            # "That line, from a speech by X in 2019, is ..."
            r"|(?:That|This|The)\s+(?:line|phrase|sentence|remark|quote|motto|slogan|words),?\s+"
            r"(?:taken\s+)?from\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:speech|"
            r"interview|letter|article|post|email|blog|book|column|lecture|talk)\s+(?:by|from)\s+"
            # "That was Frankie Doyle, 64, head coach ..."
            r"|(?:That|This)\s+(?:was|is)\s+(?=[A-Z])",
            self.masked[a:b],
        )
        if found is None:
            return None
        named = self._named_after(a + found.end(), b)
        if named is None:
            return None
        m, role = named
        # "by Hargreave's predecessor Stephen Lumb": the person named after the one who owns
        # the description
        then = self._mentions_in(m.end, b)
        if (
            m.kind == "person"
            and then
            and then[0].kind == "person"
            and re.fullmatch(
                r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+", self.masked[m.end : then[0].start]
            )
        ):
            m = then[0]
        speaker = self._resolve(m, m.start)
        if speaker is None:
            return None
        return _Attribution(speaker, None, a, m.end, role)


def _skip_aux(text: str, pos: int) -> int:
    """Past the spaces and auxiliaries after ``pos``: where a verb would start."""
    found = re.match(r"\s+(?:(?:has|had|have|also|ever|once|just)\s+)*", text[pos:])
    return pos + (found.end() if found else 0)


def _evidence(q: QuoteSpan, attribution: _Attribution | None) -> tuple[int, int]:
    if attribution is None or attribution.end == 0:
        return q.start, q.end
    start = min(q.start, attribution.start)
    end = max(q.end, attribution.end)
    if end - start > 1500:
        return q.start, q.end
    return start, end


# The titles before a name that a noun refers back to: "Lt Col Jo Roe ... the colonel said"
_TITLE_NOUNS = {
    "canon": r"\bcanon\b",
    "vicar": r"\brev",
    "pastor": r"\bpastor\b",
    "bishop": r"\bbishop\b",
    "rabbi": r"\brabbi\b",
    "imam": r"\bimam\b",
    "colonel": r"\bcol(?:onel)?\b",
    "major": r"\bmaj(?:or)?\b",
    "captain": r"\bcapt(?:ain)?\b",
    "sergeant": r"\b(?:sgt|sergeant)\b",
    "brigadier": r"\bbrig(?:adier)?\b",
}


# What stands after a name but is not a post: an age, a school year
_AGE = re.compile(r"(?:aged\s+)?\d{1,3}|[Yy]ear\s+\d{1,2}")
# A short action before someone's words: "He puts his fork down.", "Ashdown reaches for it."
_BEAT = re.compile(
    # (or after a post, in apposition: "The federation's chairman, Gordon Fenwick-Hale, hopes
    # other societies will follow.")
    r"\s*(?P<post>(?:The|Its|Their|Our)\s+[^,.!?\n\"\u201c]{1,50},\s+(?=[A-Z]))?"
    r"(?P<who>He|She|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?(post),)\s+"
    r"(?:(?:then|just|finally|slowly)\s+)?(?:(?!(?:is|was|has|does|needs|seems|seemed)\b)"
    r"[a-z]+(?:s|ed)\b"
    # ("He is quiet for a moment.": a pause, not what he is; "He was careful, too.": how he
    # speaks)
    r"|(?:is|was|falls|fell|goes|went)\s+(?:quiet|silent|still)\b"
    r"|(?:is|was)\s+(?:(?:more|less|very|also|just\s+as)\s+)?(?:careful|cautious|blunt|frank|"
    r"candid|honest|direct|emphatic|firm|adamant|defiant|upbeat|philosophical|realistic|"
    r"modest|unapologetic|unrepentant|guarded|measured)\b)"
    r"(?:,?\s+[\w'\u2019-]+){0,6}[.!]\s*"
)


def _role_fit(noun: str, role: str) -> int:
    """How well a role noun ("chair", "strategic director") names a role as written."""
    low = re.sub(r"\s*\([^)]*\)", "", fold(role)).removeprefix("the ")
    # the Chairman is the Chair: "Cllr Jo Roe (Chair)", "The Chairman said"
    noun, low = (re.sub(r"\bchair(?:man|woman|person)\b", "chair", w) for w in (noun, low))
    # "the Leader" is the Leader of the Council, not of a group
    if low == noun or low in (f"{noun} of the council", f"council {noun}"):
        return 3  # ("the council leader": the Leader, not the opposition group's leader)
    if noun == "boss" and re.search(r"\b(?:chief\s+executive|director|leader)\b", low):
        return 1  # the council boss: its chief executive, a director, its leader
    if noun == "dcs" and re.search(r"\bdirector\s+of\s+children'?s\s+services\b", low):
        return 2  # the DCS: the director of children's services
    if low.startswith(noun + ",") or low.startswith(noun + " "):
        return 2
    found = re.search(rf"(?<![\w-])(?P<lead>\w+\s+)?{re.escape(noun)}(?![\w-])", low)
    if found is None:
        return 0
    if found.group("lead") and found.group("lead").strip() in {"vice", "deputy", "assistant"}:
        return 0
    return 1


# Where an unnamed one was, between them and their verb: "the social worker on the doorstep
# told her", "a volunteer at the hut said"
_WHERE_THEY_WERE = re.compile(
    r"\s+(?:on|at|in|from|behind|outside|across)\s+(?:the|a|an|their|his|her|our)\s+"
    r"(?:[a-z][\w'\u2019-]*\s+){1,2}"
)
# A preposition just before: what follows is its object
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|for|with|by|from|on|about|at|in|against|into|over)\s+$", re.I
)
# Between two quotations, a verb of saying and its subject, the words broken by it: ', the
# undertaker said. '
_BROKEN_BY = re.compile(
    r"\s*,?\s*(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w'\u2019-]*\s+){0,3}"
    r"(?:said|says|added|adds|continued|continues|went\s+on)"
    r"|(?:said|says|added|adds)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w'\u2019-]*\s+){0,3}"
    r"[a-z][\w'\u2019-]*)\s*[.,:]\s*"
)
# "Doyle himself": a reflexive after a name gives its gender
_REFLEXIVE = re.compile(r"\s+(himself|herself)\b")
# Initials a bracket gives someone: "(RV)", "(chair, CH)"
_GIVEN_INITIALS = re.compile(r"\((?:[^()\n]{0,60}[,;]\s*)?([A-Z]{2,4})\)")
# A body's word, the subject of a standfirst's words ("Council says ... is '...'")
_BODY_SUBJECT = re.compile(
    r"\b(?:[Cc]ouncil|[Aa]uthority|[Tt]rust|Ofsted|[Ii]nspectors|[Cc]ompany|[Cc]harity|"
    r"[Ww]atchdog)\b"
)
# A sentence's end inside its quotation's closing mark: ".' "
_CLOSED_END = re.compile(r"[.!?][\"'\u201d\u2019]\s+")
# A quotation (masked) opening a sentence before its speaker's pronoun: '"...," she said'
_QUOTED_LEAD = re.compile(r"\s*[\"'\u201c\u2018]_[_\s]*[,!?]?[\"'\u201d\u2019][,]?\s*")
_WHEN = re.compile(
    r"^\s+(?:in|on|during|last|this)\s+(?:" + MONTH_NAME + r"(?:\s+\d{4})?|spring|summer|"
    r"autumn|winter|\d{4})(?=\s)"
    # ("inspectors under the old framework found"): under which framework
    r"|^\s+under\s+the\s+(?:old|older|new|newer|previous|current|single\s+inspection|ILACS|SIF)"
    r"\s+(?:inspection\s+)?framework(?=\s)"
)


def _plural(m: Mention) -> bool:
    """Whether a body is named in the plural ("Inspectors", "Members")."""
    return bool(re.search(r"(?<!')s$", (m.role or m.text).lower()))


def _is_filler(between: str) -> bool:
    words = re.findall(r"[\w'\u2019]+|[^\w\s]", between)
    return all(w.lower() in FILLER or (w.endswith("ly") and w.islower()) for w in words)


def _listed_role(between: str) -> str | None:
    """The role in ``X, cabinet member for children, young people and learning, said``: a role
    with a list in it, when it opens with a role and reports nothing."""
    found = re.fullmatch(r"\s*,(?P<role>[^_()\n]{2,150}?),(?P<rest>[\s\w']*)", between)
    if not (found and "," in found.group("role") and _is_filler(found.group("rest"))):
        return None
    role = found.group("role").strip()
    if not _strong_role(role.split(",")[0]) or CUE_RE.search(role):
        return None
    return role


def _apposition(between: str) -> str | None:
    """The role in ``X, ROLE, said`` / ``X (Con, Ward), ROLE, said`` / ``X (Con) said``."""
    found = re.fullmatch(
        r"\s*(?:\((?P<tag>[^)]{1,80})\))?\s*(?:,(?P<role>[^,_]{2,150}?),|(?<=\)),)?"
        r"(?P<rest>[\s\w']*)",
        between,
    )
    if not found or not _is_filler(found.group("rest")):
        return None
    role = (found.group("role") or "").strip()
    if role and (CUE_RE.search(role) and not _strong_role(role)):
        return None
    if re.match(
        r"(?:in|from|at|on|which|who|whose|published|released|issued|seen|obtained|leaked|"
        r"sent|circulated|shared)\s",
        role,
    ) or re.fullmatch(r"(?:aged\s+)?\d{1,3}", role):
        # "X, from Weymouth, said", "Brian, 64, added", "the inspection, in 2022, found",
        # "X, which represents them, posted", "Ofsted's report, published last month, found"
        return ""
    if not role and not found.group("tag"):
        return None
    if re.fullmatch(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}", role) and not _strong_role(
        role
    ):
        return ""  # "Our director, Rowena Blackwood-Oyelowo, has said": her name, no post
    return role


_STRONG = re.compile(
    r"\b(?:member|director|leader|chief|executive|head|headteacher|chair(?:man|woman|person)?|"
    r"councillor|councilor|officer|commissioner|minister|secretary|manager|inspector|mayor|holder|deputy|lead|"
    r"president|principal|boss|spokes(?:person|man|woman)|ceo|mp|dcs|governor|"
    r"representative|trustee|campaigner|expert|professor|founder|solicitor|adviser|advisor|carer|"
    r"author|writer|journalist|broadcaster|novelist|pharmacist)\b",
    re.I,
)


# A person's message, advice or answer, announced before their words
_ANNOUNCED = re.compile(
    r"(?:\b(?P<poss>(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?(?P<who1>[A-Z][\w-]+|[Hh]er|[Hh]is))"
    r"(?:['\u2019]s)?\s+|\b[Ff]or\s+(?P<who2>(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?[A-Z][\w-]+),?"
    r"\s+the\s+)(?:own\s+|simple\s+|main\s+|one\s+|top\s+|best\s+|golden\s+)?(?:message|"
    r"advice|philosophy|answer|verdict|view|plea|reply|response|motto|mantra|hope|wish|request|"
    r"tip|rule|line|saying|catchphrase|refrain|creed|watchword)\b[^.!?:]{0,60}?(?:\b(?:is|was)\s+(?:a\s+)?(?:simple|clear|straightforward|blunt|short)"
    # "His top tip for new carers?", "Sharon's answer:"
    r"\b|\?|:)"
)
# A named person's description, up to an unnamed person in it: "Mensah, a former nurse who
# retrained as " (a social worker)
# Between an unnamed person and the first name that names them: ", " (apposition), " who
# took part in the research, ", " called "
# A sign-off ending a card's or a note's words: "From Josh.", "From K, age 10.", "Love, Amy
# x", "love you Mummy from R" (a sentence of its own, or after words of love)
_SIGNED_OFF = re.compile(
    r"(?:(?:^|[.!?,]\s+)(?:(?:[Ww]ith\s+)?(?:[Ll]ots\s+of\s+)?[Ll]ove,?\s+(?:from\s+)?|From\s+"
    r"|(?:Best\s+wishes|Kind\s+regards|Yours(?:\s+sincerely|\s+faithfully)?),?\s+)"
    r"|\b[Ll]ove\b[^.!?\n]{0,30}?\s+from\s+)"
    r"(?P<who>[A-Z][a-z]+|[A-Z])(?:,\s+(?:aged?\s+)?\d{1,2})?(?:\s+[xX]+)?[.!]?\s*$"
)
# A form's label of a relative, then the name: "Mother, Mrs B.O.", "Birth father: Kwame Roe"
_RELATIVES = r"(?:birth\s+|step-?)?(?:mother|father)|grand(?:mother|father)|aunt|uncle"
_RELATIVE_LABEL = re.compile(
    rf"(?im)(?:^|:[ \t]*)(?P<rel>{_RELATIVES})[ \t]*[,:][ \t]*(?=(?-i:[A-Z]))"
)
# That relative in the text: "T's mother", "the mother", "his birth father"
_RELATIVE_SAID = re.compile(
    rf"(?i:the|his|her|their|[A-Z](?:\.[A-Z])*\.?['\u2019]s)\s+(?P<rel>{_RELATIVES})"
)
_NAMED_AFTER = re.compile(
    r"(?:\s+who\s[^,.;:!?\n]{3,80})?,\s+|\s+(?:called|named)\s+"
    # "a young woman I'll call Shanice", "a boy whom we will call Sam"
    rf"|\s+(?:whom?\s+|that\s+)?{WRITER_CALLS}\s+"
)
_DESCRIPTION_UP_TO = re.compile(
    # "Jordan, 20, a care leaver": a name, an age, then the unnamed person described
    # ("Janet from Leek, a foster carer": where she lives, too)
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
    r"(?:\s+(?:from|in)\s+[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)?"
    # ("Eddie Moores - a former social worker - was blunter": between dashes, too; "Ruth
    # Adebayo has been a social worker in Waltham Forest for eleven years")
    r"(?:,|\s+[-\u2013\u2014]|\s+(?:is|was|has\s+been|had\s+been|became|is\s+now))\s+"
    r"(?:(?:aged\s+|now\s+)?\d{1,3},\s+)?"
    # "Dan Hurst, who joined as a newly qualified social worker and is now a team manager"
    r"(?:(?:a|an|the|who|whose)\s[^,.;:!?\n]*)?"
)
# A post as a sentence's subject, unnamed: "Kent County Council's most senior children's
# services officer has", "A senior council officer has", "Bury's children's boss has"
# A record's sender: "From: HHJ Penrose (passed on by the council's legal team)"
_FROM_LINE = re.compile(
    r"^[ \t]*(?:From|Sent\s+by|Submitted\s+by|Received\s+from"
    # a video script's name caption: "STRAP: Cllr Jo Roe | Portfolio holder"
    r"|(?i:strap|aston|(?:name\s+)?super|lower\s+third))[ \t]*:[ \t]*"
    r"(?P<who>[^\n(|]{2,80}?)[ \t]*(?:\(|\||$)",
    re.M,
)
# A minister's office by its title: "Minister for Children and Families", "Secretary of State
# for Education"
_OFFICE_TITLE = re.compile(
    r"\b(Minister|Secretary\s+of\s+State)\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'\u2019]*"
    r"(?:(?:,\s*|\s+(?:and|&)\s+|\s+)[A-Z][\w'\u2019]*)*"
)
_LEDE_POST = r"(?:boss|officer|director|chief|leader|head|manager|executive)"
# The same after the quoted words: '..."too often", a senior officer has admitted'
_LEDE_ROLE_AFTER = re.compile(
    r"[\"'\u201d\u2019]?\s*,\s+(?P<role>(?i:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    rf"{_LEDE_POST}\s+(?:has\s+|have\s+|had\s+)?)$"
)
_LEDE_ROLE = re.compile(
    r"(?:(?i:a|an|the)\s+|[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,3}['\u2019]s\s+)"
    rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?P<post>{_LEDE_POST})\s+"
    # ("Southampton City Council's director of children's services has admitted")
    r"(?:(?:of|for)\s+(?:[\w'\u2019-]+\s+){1,4}?)?"
    r"(?:has\s+|have\s+|had\s+)?"
)
# A cited article's date or page after its headline, in brackets: ', 5 November)'
_CITED_DATE = re.compile(
    rf",\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})|(?:{MONTH_NAME})\s+\d{{1,2}}|"
    r"[Pp](?:age|\.)\s*\d+|\d{1,2}/\d{1,2}(?:/\d{2,4})?)[^()\n]{0,30}\)"
)
# What a headline cited in brackets is of: 'An article on 12 January ("...")'
_CITED_IN = re.compile(
    r"\b(?:article|headline|story|piece|report|column|editorial|feature|blog)\b[^.;:\n]{0,40}$",
    re.I,
)
# A reference's author and year, before the title: "Thorne-Abiola, G. (2021) "
_REFERENCE = re.compile(
    # (or numbered, with a full stop after the year: "4. Hendry, M. and Coll, A. (2021). '...'")
    r"(?:^|\n)(?:\d{1,3}[.)][ \t]+)?[A-Z][\w'\u2019-]+,\s+(?:[A-Z]\.\s*){1,3}"
    r"(?:(?:and|&)\s+[^()\n]{1,60})?\((?:19|20)\d{2}[a-z]?\)\.?\s*$"
)
# A line ending with who sent the words under it: "Q2 · 29 upvotes · Asked by: Marcus T
# (foster carer, Earley)"
_SENT_BY_LINE = re.compile(
    r"\b(?:[Aa]sked|[Ss]ubmitted|[Pp]osted|[Ss]ent)\s+by\s*:\s*"
    r"(?P<n>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})[ \t]*"
    r"(?:\((?P<r>[^()\n]{1,80})\))?[ \t]*$"
)
# A bibliography's entry, opening its line: "4. Hendry, M. and Coll, A. (2021).", "1. Ofsted
# (2016a).", "6. Liverpool City Council (2023)."
_ENTRY_HEAD = re.compile(
    r"[ \t]*(?:\[?\d{1,3}[.\])][ \t]+)(?P<a>[A-Z][^()\n]{1,100}?)[ \t]*"
    r"\((?:19|20)\d{2}[a-z]?\)\.[ \t]"
)
# An entry's first author, surname first: "Hendry, M."
_SURNAME_FIRST = re.compile(r"(?P<s>[A-Z][\w'\u2019-]+),[ \t]+(?P<i>(?:[A-Z]\.[ \t]*){1,3})")
# A list of references or notes at the end, and its numbered lines: "14. Ofsted (2016). "...""
_REFERENCES_HEADING = re.compile(
    r"(?im)^[ \t]*(?:references|notes|sources|footnotes|bibliography|citations)[ \t]*:?[ \t]*$"
)
_LISTED = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\]|\^|[-\u2022*])[ \t]+")
# A council's name as a heading in capitals
_CAPS_COUNCIL = re.compile(
    # (or after a bar or a comma: "CLLR JO ROE | HOLLINS WARD, LONDON BOROUGH OF WALTHAM FOREST")
    r"(?m)(?:^|(?<=[|,]))[ \t]*(?:(?:LONDON|ROYAL)\s+BOROUGH\s+OF\s+[A-Z]+(?:[ -][A-Z]+){0,4}"
    r"|[A-Z][A-Z -]{2,40}?\s+(?:COUNTY\s+|CITY\s+|BOROUGH\s+|METROPOLITAN\s+BOROUGH\s+)?COUNCIL)"
    # (and the team whose paper it is: "LONDON BOROUGH OF SUTTON - COMMUNICATIONS TEAM")
    r"(?=[ \t]*$|[ \t]+[-\u2013\u2014|:][ \t])"
)
# A transcript's turn: its speaker's name (or surname), in capitals or not, and a colon.
_TURN = re.compile(
    r"[ \t]*(?P<who>(?:[A-Z][A-Za-z'\u2019.-]+[ \t]+){0,3}[A-Z][A-Za-z'\u2019-]+)"
    + _TURN_LABEL_AFTER.pattern
)
# A caption's name in capitals, a tag in brackets or after a comma, then the colon
_CAPS_LABEL = re.compile(
    r"(?:^|(?<=[\[\n:]))[ \t]*(?P<name>[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,4})"
    r"(?:[ \t]*\([^()\n]{1,40}\)|,[ \t]*[A-Z][A-Z' -]{1,40})?[ \t]*:[ \t]*$"
)
# "a care leaver quoted in the report:": where the words were quoted, not who said them
_WHERE_QUOTED = re.compile(r"\b(?:quoted|cited|featured|reported)\s+in\s+$", re.I)
_CAPS_COMMITTEE = re.compile(
    r"(?m)^[ \t]*(?P<c>[A-Z][A-Z&' -]{2,40}?(?:COMMITTEE|BOARD|COMMISSION|PANEL)"
    r"(?:[ \t]+\([A-Z][A-Z&,' -]{2,40}\))?)[ \t]*$"
)
_LETTER_BEFORE_PROCEEDINGS = re.compile(r"\b(?i:letter\s+before\s+proceedings)\b")
# A body in capitals heading its minutes: "TRAFFORD SCHOOLS FORUM\nMINUTES of the meeting",
# "SPEAK UP WORCS – Worcestershire's Children in Care Council\nMINUTES OF MEETING"
_CAPS_MINUTES_HEAD = re.compile(
    r"\s*(?P<c>[A-Z][A-Z&' -]{2,40}?)[ \t]*(?:[\u2013\u2014-][^\n]*)?\n[ \t]*(?i:minutes)\b"
)
# "MINUTES OF THE MEETING OF THE CHILDREN, YOUNG PEOPLE AND EDUCATION SCRUTINY PANEL HELD ON"
_CAPS_MINUTES_OF = re.compile(
    r"(?m)^[ \t]*MINUTES[ \t]+OF[ \t]+(?:THE[ \t]+|A[ \t]+)?(?:MEETING[ \t]+OF[ \t]+)?"
    r"(?:THE[ \t]+)?"
    r"(?P<c>[A-Z][A-Z&,' -]{2,80}?(?:COMMITTEE|BOARD|COMMISSION|PANEL))(?![A-Z])"
)


# A headline's reporting verbs, in the present: "inspectors praise 'relentless' focus"
_HEADLINE_VERB = re.compile(
    r"\b(?:praise|criticise|criticize|slam|hail|blast|urge|condemn|accuse|vow|pledge|attack|"
    r"question|welcome|call)s?\b",
    re.I,
)
# A name and its initials in brackets: "Achieving for Children (AfC)"
_INITIALS = re.compile(
    r"(?P<full>[A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|for|of|and|the|in|on|&)){1,7})"
    r"\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)"
)
# "Councillor Brendan Keogh" in a list of members: a name, not a role
_TITLED_NAME = re.compile(
    r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Lord|Lady|Baroness)\.?\s+"
    r"(?:[A-Z]\.?\s+)*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?$"
)


def _strong_role(text: str) -> bool:
    return bool(_STRONG.search(text)) and bool(ROLE_KEYWORDS.search(text)) and len(text) <= 150


# Nouns that a quoted term names a kind of: the "edge of care" team, the "front door" service.
TERM_NOUNS = (
    r"team|teams|service|services|academy|model|programme|program|project|scheme|strategy|"
    r"policy|approach|unit|hub|panel|initiative|pathway|plan|framework|offer|process|"
    r"protocol|campaign|review|system|procedure|workstream|board|group|partnership|"
    r"arrangements?|interests?|"  # "declared an 'other' interest"
    r"door|pilot|network|forum|charter|partner|"  # "a 'front door' where referrals sat"
    r"ambition|status|agenda|award|accreditation|series|"
    r"visit|"  # ("that visit was a 'focused visit', which gives no grade")
    r"format|template|tool|technique"  # ("using the 'three columns' format")
)
_TERM_AFTER = re.compile(rf"^[\"'\u201d\u2019]?\s+(?:{TERM_NOUNS})\b", re.I)
_TERM_AFTER_WORD = re.compile(
    r"^[\"'\u201d\u2019]?\s+(?:(?!(?:of|the|to|for|and|in|on|at|an?|with|from|by)\s)"
    rf"[a-z][a-z-]+\s+){{1,2}}(?:{TERM_NOUNS})\b",  # ("its 'grow our own' social work academy")
    re.I,
)
_TERM_LAST = re.compile(rf"\b(?:{TERM_NOUNS})$", re.I)
_VERB_AFTER = re.compile(
    r"^[\"'\u201d\u2019]?\s+(?:is|are|was|were|has|have|had|will|would|could|should|must|"
    r"can|does|did|remains?|remained)\b",
    re.I,
)


def _quote_key(words: str) -> str:
    """Quoted words compared for sameness: folded, without punctuation, and a verb's "s"
    dropped (the headline's "comes of age" is the body's "come of age")."""
    return re.sub(r"\b(\w{3,}[^s\W])s\b", r"\1", re.sub(r"\W+", " ", fold(words))).strip()


# A feature's standfirst: "Rachel Roe meets Sian Kowalczyk"
# (not "She talks to Ravi Menon": the one who talks is the one the feature is about)
_MEETS = re.compile(
    r"(?<=[a-z] )(?:meets|sits\s+down\s+with|spends\s+(?:a|an|the)\s+\w+\s+with|interviews)\s+"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I['\u2019](?:m|ve|d|ll)|me|my|mine|myself)\b")
# A line in capitals, not a sentence: a masthead or a section label
_CAPS_LINE = re.compile(r"\s*[A-Z0-9][A-Z0-9 &'\u2019.,:|/-]{0,60}\s*")


def _in_order(keys: list[str], text: str) -> bool:
    """Whether each of ``keys`` is in ``text`` (spaced at both ends), one after another."""
    at = 0
    for key in keys:
        at = text.find(f" {key} ", at)
        if at < 0:
            return False
        at += len(key) + 1
    return bool(keys)


def _within(key: str, words: str) -> bool:
    """Whether quoted words compared by ``_quote_key`` are among ``words``."""
    return f" {key} " in f" {_quote_key(words)} "


def _scare(words: str, lead: str, tail: str = "") -> bool:
    """A grade, a title or a term in quotation marks, not anyone's words."""
    if GRADES.match(words.strip()):
        return True
    if SCARE_LEAD.search(lead):
        return True
    if _JUDGED_AS.search(lead) and re.fullmatch(
        r"[a-z][a-z-]*(?:,\s+[a-z-]+)*(?:,?\s+and\s+|,\s+)[a-z-]+", words
    ):
        return False  # inspectors praised "stable, experienced" teams: their words, before a noun
    if _TERM_AFTER.match(tail) and (
        not re.search(r"\b(?:in|into|to|with|for)\s*$", lead, re.I)
        or re.search(r"\b(?:[Tt]he|an?|its|their|our|[\w]+['\u2019]s)\s*$", lead)
    ):
        return True  # the "front door" service (not: left in "unstable and temporary" homes)
    if (
        (_TERM_AFTER.match(tail) or re.match(r"^[\"'\u201d\u2019]?\s+(?:work|provision)\b", tail))
        and re.search(r"\bfor\s*$", lead)
        and len(words.split()) <= 4
        and "," not in words
    ):
        return True  # money set aside for 'edge of care' work: a kind of work
    if (
        _TERM_AFTER_WORD.match(tail)
        and "," not in words
        and re.search(r"\b(?:an?|the|its|their|our)\s*$", lead, re.I)
    ):
        return True  # a "grow your own" apprenticeship scheme (not a "stable, permanent"
        # management team)
    if _TERM_LAST.search(words.strip()) and (
        re.search(r"['\u2019]s$", lead.rstrip())
        or re.search(r"\b(?:an?|the|its|their|our)(?:\s+[a-z]+)?\s*$", lead, re.I)
    ):
        return True  # the council's 'placement sufficiency strategy', a generous 'local offer'
    if re.search(r"\b(?:the|its|their|our|[\w]+['\u2019]s)(?:\s+[a-z]+)?\s*$", lead, re.I) and (
        _VERB_AFTER.match(tail)
    ):
        return True  # the "front door" is not ..., its promised 'reform' had ...: a name
    if re.search(r"\b(?:an?|the)\s*$", lead, re.I) and re.match(
        r"^[\"'\u201d\u2019]?\s+(?:of|worth)\s+(?:up\s+to\s+)?[\u00a3$\u20ac\d]", tail
    ):
        return True  # a "golden hello" of \u00a35,000: a thing priced, not words
    if re.search(r"\b(?:the|its|their|our|[\w]+['\u2019]s)\s*$", lead, re.I) and re.match(
        r"^[\"'\u201d\u2019]?\s*[\u2013\u2014-]\s+(?:the|an?)\s", tail
    ):
        return True  # the council's 'front door' \u2013 the team that ...: a term, explained
    if (
        len(words.split()) <= 3
        and re.search(r"\b(?:the|its|their|our)\s*$", lead, re.I)
        and re.match(r"^[\"'\u201d\u2019]?\s*(?:[.;:!?)]|,\s|$)", tail)
    ):
        return True  # what was wrong with the 'local offer'.: a thing named, not words
    if (
        len(words.split()) <= 4
        and "," not in words
        and _GIVEN_A.search(lead)
        and re.match(
            # (or a thing's kind after it: 'started a "life story" box for')
            r"^[\"'\u201d\u2019]?\s*(?:[.;:!?)]|,\s|(?:[a-z]+\s+)?(?:to|for|of|and|in|with)\s|$)",
            tail,
        )
    ):
        return True  # offering a 'golden hello' to staff, set up a "hub": a thing, not words
    if re.search(
        r"(?:\b(?:code|shorthand|jargon|speak|euphemism|slang)\s+for|(?:['\u2019]s|\bis)\s+"
        r"[A-Z][\w-]*\s+for)\s*$",
        lead,
    ):
        return True  # "That's Ofsted for 'rubbish'", council-speak for "no": a gloss
    if re.search(r"\bwhat\s*$", lead, re.I) and re.match(
        r"^[\"'\u201d\u2019]?\s+(?:meant|means|stands\s+for|is|was)\b", tail
    ):
        return True  # asked me what "connected person" meant: a term
    if re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s*$", lead, re.I):
        return True  # two "areas for priority action": a kind of thing, counted
    if words.strip()[:1].isupper() and _NAMED_LIST.search(lead):
        return True  # chapters called 'Doorsteps', 'Courts' and 'Managers': names
    if _WORDS_LIKE.search(lead):
        return True  # words such as "placement", "contact" and "respite": words named
    return _title_like(words)


# A verb of praise or finding, perhaps with "the" or "its": quoted adjectives after it describe
# what follows ("praised 'stable, experienced' teams")
_JUDGED_AS = re.compile(
    r"\b(?:prais(?:ed|es)|f(?:ound|inds)|not(?:ed|es)|commend(?:ed|s)|criticis(?:ed|es)|"
    r"highlight(?:ed|s)|describ(?:ed|es))\s+(?:(?:the|its|their|an?)\s+)?$",
    re.I,
)
# A party named by their kin, in a case heading's brackets: "(mother)", "(father of both children)"
_KIN_IN_BRACKETS = re.compile(
    r"\s*(?i:the\s+)?(?i:mother|father|mum|dad|grandmother|grandfather|aunt|uncle|"
    r"(?:maternal|paternal)\s+(?:grandmother|grandfather)|foster\s+carer|special\s+guardian)"
    r"(?:\s+of\s+[^()\n]{1,40})?\s*"
)
# A participant's or a witness's code: "P1", "W12"
_CODE = r"[A-Z]{1,2}\d{1,2}"
# A key's line, up to the name: "LD - ", "GP – Dr "
_KEY_LINE = re.compile(
    # (or an item of a line's list: "Team: GP - Gavin Pryce (candidate); SR - Sue Randall")
    # (or a number: "P1 — Sharon Delacroix, Director of Children's Services")
    rf"(?:\A|(?<=\n)|[:;])[ \t]*"
    rf"((?:[A-Z][A-Za-z]?[A-Z][A-Za-z]?|{_CODE})(?=[ \t]*(?:=|[-\u2013\u2014:]))"
    # (or a code with a space only, at a line's start: "S1 Lorraine Abbott, Head of Service")
    rf"|(?<![:;])(?<![:;][ \t])(?:{_CODE})(?=[ \t]+(?:[A-Z]|$)))"
    rf"[ \t]*(?:(?:=|[-\u2013\u2014:])[ \t]*)?"
    rf"(?:(?:{TITLES})\.?[ \t]+)?$"
)
# A code in a table's first cell, before the cell with a name: "| W1 | Joseph Afolabi |"
_KEY_CELL = re.compile(
    rf"(?:\A|(?<=\n))\|[ \t]*({_CODE}|[A-Z]{{2,4}})[ \t]*\|[ \t]*"
    rf"(?:(?:{TITLES})\.?[ \t]+)?$"
)
# After words in marks, what they are named as: '"..." was also the slogan of a campaign'
_NAMED_AS_AFTER = re.compile(
    r"[\"'\u201d\u2019]?\s+(?:is|was)\s+(?:also\s+|once\s+)?(?:the|a|an)\s+(?:\w+\s+)?"
    r"(?:slogan|motto|title|name|catchphrase|tagline|strapline|headline)\b",
    re.I,
)
# A person defined by a term in brackets: 'Team Manager, Assessment Team ("the employee")'
_DEFINED_PERSON = re.compile(
    r"\(\s*[\"'\u201c\u2018]the\s+(?P<t>employee|applicant|claimant|complainant|appellant|"
    r"respondent|child|young\s+person|parent|mother|father|carer|officer|worker|subject)"
    r"[\"'\u201d\u2019]\s*\)"
)
# A table's row for a participant by code: "| P6 | Finance officer, payments team | ..."
_CODED_ROW = re.compile(rf"(?m)^\|[ \t]*(?P<c>{_CODE})[ \t]*\|[ \t]*(?P<r>[^|\n]{{2,80}}?)[ \t]*\|")
# A form's label for the words of the one it is about: "In my own words:", "Her words:"
_OWN_WORDS_LABEL = re.compile(
    r"[ \t]*(?:(?i:in)\s+)?(?i:my|his|her|their)\s+(?:own\s+)?(?i:words|view|story)[ \t]*"
)
# A log's label for someone unnamed, before their words: "Mum: '...'", "Nurse in charge: '...'"
_UNNAMED_LABEL = re.compile(
    r"[ \t]*(?:Mum|Dad|Mother|Father|Nan|Gran|Grandmother|Grandfather|Grandma|Grandad|Carer|"
    r"Foster\s+carer|Nurse(?:\s+in\s+charge)?|Doctor|Teacher|Caller|Neighbour|Officer|Paramedic|"
    r"Child|Boy|Girl|Young\s+person|Social\s+worker|Receptionist|Member\s+of\s+public)[ \t]*"
)
# A paragraph opening with a question about someone, answered in the quotation after it
_ASKED_ABOUT = re.compile(
    r"\s*(?:What|Why|How|Where|Which|Does|Did|Is|Was|Would|Will|Can|Could|Has|Do)\b"
    r"[^?\n.!]{0,60}?\b(?P<p>her|him|his|she|he)\b[^?\n.!]{0,40}\?\s*"
)
# An inspection, then a clause of what it said: "Ofsted's 2023 inspection of Kelby Council's
# children's services, which praised"
_INSPECTION_WHICH = re.compile(
    r"\b(?:(?:Ofsted|the\s+inspectorate)['\u2019]s|the|an?|its|their)\s+"
    r"(?:(?:(?:19|20)\d\d|latest|last|most\s+recent|recent|full|previous|Ofsted)\s+)*"
    r"inspection(?:\s+(?:of|into)\s+[^,;.]{1,100})?,\s+which\s+(?:(?:also|had|has)\s+)*$"
)
# A conjunction opening a sentence before its subject: "But it graded ...", "And she said"
_CONJUNCTIONS = {"But", "And", "Yet", "So", "Still", "Then", "Instead"}
# A verb of giving, making or running, then "a" or "the": what follows is a thing
_GIVEN_A = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|launch(?:es|ed|ing)?|pa(?:y|ys|id|ying)|"
    r"receiv(?:e|es|ed|ing)|set(?:ting)?\s+up|sets\s+up|creat(?:e|es|ed|ing)|"
    r"giv(?:e|es|en|ing)|gave|provid(?:e|es|ed|ing)|"
    # "built a 'bank' of its own former staff", "set aside £9m in a "demand reserve""
    r"buil(?:d|ds|t|ding)|establish(?:es|ed|ing)?|set(?:s|ting)?\s+aside|put(?:s|ting)?|"
    r"open(?:s|ed|ing)?|start(?:s|ed|ing)?)"
    r"\s+(?:(?:[\w\u00a3$\u20ac.,]+\s+){0,3}?(?:in|into)\s+)?(?:an?|the)\s*$",
    re.I,
)
# "called" (named, titled, entitled, headed) before a quoted name, or before a list of them
# (the quoted items of a list before this one: "'Doorsteps', 'Courts' and ")
_QUOTED_BEFORE = (
    r"(?:[\"'\u201c\u2018][^\"\u201c\u201d\u2018\u2019\n]{1,40}[\"'\u201d\u2019],?\s+(?:(?:and|or)\s+)?)"
    r"{0,6}$"
)
_NAMED_LIST = re.compile(r"\b(?:called|named|titled|entitled|headed)\s+" + _QUOTED_BEFORE)
# "words such as", "terms like", before a quoted word or a list of them
_WORDS_LIKE = re.compile(
    r"\b(?:words?|terms?|phrases?|expressions?|jargon|language)\s+(?:such\s+as|like|including)\s+"
    + _QUOTED_BEFORE,
    re.I,
)
# A document named just before the quotation marks, with nothing said in between: the quoted
# words are its title ("The full report, "Inspection of X", is available", "a version for
# children, 'Our report'", "Your report ("Services 'require improvement'", March 8)").
_NAMED_DOCUMENT = re.compile(
    r"\b(?:report|version|document|leaflet|booklet|guide|article|story|headline|paper|page|"
    r"film|video|podcast|newsletter)\b(?:[^.!?\"\u201c\u201d\u2018\u2019:]{0,60}?,|\s*\(|,?\s+"
    r"(?:titled|entitled|called|headlined))\s*$"
    # a header line: "Transcript excerpt: "Who's looking after ...?""
    # or a session in a programme: "09:30  Keynote: "Why we stopped ..."", "Workshop B:"
    r"|(?:^|(?<=\n))[ \t]*(?:\d{1,2}[:.]\d\d(?:\s*[\u2013-]\s*\d{1,2}[:.]\d\d)?\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:transcript|excerpt|episode|programme|title|headline|subject|keynote|"
    r"workshop|seminar|session|plenary|lecture|masterclass|strapline|slogan|motto|theme)"
    # ("Chat transcript \u2013 "Getting ready for ILACS"")
    r"(?:\s+excerpt|\s+[A-Z0-9]{1,2})?\s*(?::|\s[\u2013\u2014-])\s*$",
    re.I,
)
# A form's heading or box, named before what was written under it: 'Under "What would make
# it better?" he wrote:', 'On the form "Things I want my social worker to know", T wrote:'
_FORM_HEADING = re.compile(
    r"(?:^|(?<=[\n.;:]))\s*Under\s+(?:the\s+(?:heading|section|box)\s+)?$"
    r"|\b(?:on|in|under)\s+(?:the|a|her|his|their)\s+(?:form|section|box|sheet|template|page"
    r"|heading)\s+$",
    re.I,
)
# The wording of an amendment, not anyone's words: 'delete "the cabinet member" and insert
# "the leader"', 'Add new paragraph 7: "To ask ..."', 'Replace the words "noted" with "welcomed"'
_WORDING = re.compile(
    r"\b(?:delete|deleting|insert|inserting|replace|replacing|substitute|substituting)"
    r"(?:\s+(?:the\s+)?words?)?\s*:?\s*$"
    r"|\b(?:replace|replacing|substitute|substituting)\s+(?:the\s+)?(?:words?\s+)?"
    r"[\"'\u201c\u2018][^\"\u201c\u201d\n]{1,200}[\"'\u201d\u2019]\s+(?:with|by)\s*$"
    r"|\b(?:add|insert)\s+(?:an?\s+)?(?:new|further|additional)\s+(?:paragraph|clause|point|"
    r"resolution|recommendation|bullet)\b[^.!?:\n]{0,40}:\s*$",
    re.I,
)


def _initials(name: str) -> str:
    """A name's initials, as minutes and notes write them.

    >>> _initials("Jonathan Pryce-Thomas")
    'JPT'
    """
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w).upper()


def _title_like(words: str) -> bool:
    tokens = [t for t in re.findall(r"[A-Za-z][\w'\u2019-]*", words)]
    if len(tokens) < 2 or re.search(r"[.!?]$", words.strip()):
        return False
    if all(t.isupper() for t in tokens) and re.search(
        r"\b(?:I|WE|OUR|MY|YOU|YOUR|THEY|MINE)\b|[A-Z]['\u2019](?:S|T|RE|LL|M|VE|D)\b", words
    ):
        return False  # "OUR KIDS DESERVE BETTER", "WE'RE OFF THE BOTTOM": words shouted
    small = {
        "a", "an", "the", "of", "and", "for", "to", "in", "on", "at", "with", "by", "but", "or",
        "nor", "as", "from", "into", "via",
    }  # fmt: skip
    big = [t for t in tokens if t.lower() not in small]
    return bool(big) and all(t[0].isupper() for t in big)


def _clutter(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return len(line.split()) <= 3 and not re.search(r"[.!?:\"\u201c\u201d\u2018\u2019]", line)


def _is_bullet(text: str, start: int) -> bool:
    return text[start] in BULLETS or bool(
        re.match(r"\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s", text[start : start + 5])
    )
