"""Ofsted grades by judgement area, under the single inspection framework (SIF, 2013-2017)
and the inspection of local authority children's services (ILACS, 2018-).

A grade counts when the sentence is about a rating ("rated", "judged", "branded", "found to be",
"overall", "Ofsted"...) and the grade is used as one ("rated as good", "an overall rating of
inadequate", "Leadership: Good"), not as an ordinary word ("good progress"). Each area named in the
sentence takes the grade after it ("adoption ... was rated good") or, after "overall" or
"for"/"in", the grade before it ("inadequate overall, and also in leadership, ..."). A grade with
no area is the overall judgement. Areas after "as were"/"as does" share the grade before them; a
grade followed by a colon or "judgements for" takes the areas after it, up to a new clause ("- but
...", "although ...") or an area with a rating verb of its own ("with its adoption service judged
outstanding"); "in all (three of the judgement) areas" and "across the board" are every area of the
framework ("all four areas" of three, "across the board" and "in every area" with no count, with
the overall judgement), "in every area except adoption" (or "except one, adoption") every area but
that one, which keeps a grade it is given. Rows may be laid out with colons, tabs or spaces (tables
with pipes and a header are read by ``tables``); a short list may give each area then its grade
("children in care RI, care leavers good"; "RI" in capitals is requires improvement). "From
inadequate to requires improvement" gives the second; "no longer (rated) inadequate" and
aspirations ("get back to good", "get to good") give nothing; nor do grades of a children's home, a
fostering service, a school or a safeguarding board.

The framework is the one the sentence names ("under the single inspection framework"; not for a
grade in a clause before the one naming it, when that clause has a grade of its own), else follows
the area's wording where only one framework uses it (adoption, "achieving permanence": SIF; "impact
of leaders", "children in care": ILACS), else the inspection's year (the year just after the grade,
"inadequate in 2014 and requires improvement in 2017", or else in the grade's own clause or in a
clause with no grade, not one dating something else such as "set up in 2014"; else the year of the
sentence before in the paragraph; else the article's date): 2017 or before is SIF, before 2013 no
area of ours. "Rated good, the same as at its inspection in 2017" gives the grade twice, now and in
2017, as does "rated outstanding in 2014 and again in 2022". A year set off with the grade before
it ("judged inadequate in 2019, is now rated ...") is that grade's only; a grade in a clause about
its time (", when each of the three areas was also judged inadequate") shares it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise

from graph.councils import COUNCILS
from graph.extract.dates import MONTH_NAME, MONTHS
from graph.extract.text import lines_up

__all__ = ["Judgement", "find_judgements", "first_stated"]

GRADE_RE = re.compile(
    r"\b(?P<g>(?:requires?|required|requiring)\s+improvement(?:\s+to\s+be\s+good)?|"
    r"inadequate|outstanding|good|(?-i:RI)|"
    # "gave the top grade for": outstanding; "the lowest rating": inadequate
    r"(?:top|highest|lowest|bottom)\s+(?:possible\s+)?(?:grade|rating|judgement)|"
    # "gave the same grade for the impact of leaders": the grade stated just before
    r"the\s+same\s+(?:grade|rating|judgement|judgment)(?=\s+(?:for|to)\s)|"
    # "help and protection fared the same"
    r"fared\s+the\s+same(?!\s+as\b))\b",
    re.I,
)
# "Merton next door were outstanding in 2022": a council by its place, then its grade
_PLACE_WAS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(p) for p, _kind in sorted(COUNCILS, key=lambda c: -len(c[0])))
    + r")(?:\s*,?\s+next\s+door\s*,?|\s*,?\s+(?:too|also)\s*,?)?\s+(?:was|were|is|are)\s+"
    r"(?i:outstanding|good|inadequate|requir\w+\s+improvement)\s+in\s+(?:[A-Z][a-z]+\s+)?"
    r"20[1-3]\d\b"
)
CONTEXT = re.compile(
    r"\b(?:rated|rating|ratings|re-rated|ranked|judged|judgement|judgment|graded|grade|"
    r"branded|found\s+to\s+be|assessed\s+as|deemed|overall\s+effectiveness|overall|"
    r"require[sd]?\s+improvement|ofsted|inspect\w*)\b"
    # "The county's services were found inadequate in 2016"
    r"|\b(?:was|were|been|is|are)\s+found\s+(?=outstanding|good|inadequate)"
    # "We were outstanding in 2018"
    r"|\b(?:we|they|it|services|council|authority|borough|county|city)\s+(?:was|were)\s+"
    r"(?:outstanding|good|inadequate|requir\w+\s+improvement)\s+in\s+(?:[A-Z][a-z]+\s+)?"
    r"20[1-3]\d\b"
    # "Bromley: from outstanding to good", "moved from good to outstanding"
    r"|\bfrom\s+[\"'\u201c\u2018]?(?:outstanding|good|inadequate|requires?\s+improvement)"
    r"[\"'\u201d\u2019]?\s+(?:in\s+(?:19|20)\d\d\s+)?to\s+"
    r"[\"'\u201c\u2018]?(?:outstanding|good|inadequate|requires?\s+improvement)\b"
    # "RI overall. Up from inadequate in 2019"
    r"|\b(?:up|down)\s+from\s+[\"'\u201c\u2018]?(?:outstanding|good|inadequate|requires?\s+"
    r"improvement)\b"
    # "Camden, next door, outstanding at theirs last year"
    r"|\b(?:outstanding|good|inadequate|requires?\s+improvement)\s+at\s+(?:theirs|ours)\b"
    # a table or list: "Adoption performance: Good", "Adoption performance     Good"
    r"|(?:[:|\t\u2013\u2014-]\s*|\S\s{2,})(?:outstanding|good|inadequate|requires?\s+improvement)\b"
    # a heading named: "found the impact of leaders ... to be good"
    r"|impact\s+of\s+leaders|experiences?\s+and\s+progress|help\s+(?:and|&)\s+protection|"
    r"achieving\s+permanence|adoption\s+performance|leadership,\s+management"
    # a report's summary: "Children's services in the local authority are inadequate"
    r"|children['\u2019]s\s+services\b[^.]{0,60}\b(?:are|is|were|was|remain)\s+"
    r"(?:inadequate|good|outstanding|requires?\s+improvement)",
    re.I,
)
LOCAL_BEFORE = re.compile(
    r"(?:rated|ranked|judged|graded|branded|deemed|assessed|found\s+to\s+be|as|be|been|was|"
    r"were|is|are|remains?|remained|now|of|an?|overall|rating|judgement|judgment|also|from|:|-|–|—|"
    r"\b(?:remains?|remained)\s+at|\b(?:stays?|stayed)(?:\s+at)?|"
    r"\b(?:came|comes|come)\s+out(?:\s+as)?|"  # "care leavers came out good"
    r"\bto|\S\t|\b(?:gave|give|given|awarded)\s+(?:them|it|us)|"
    # ("the impact of leaders were all found good")
    r"\b(?:was|were|been|being|is|are)\s+(?:(?:both|all|each|also)\s+)?found|"
    # "children in care and care leavers are both good"
    r"\b(?:was|were|is|are)\s+(?:both|all|each))\s*[\"'\u201c\u2018]?\s*$",
    re.I,
)
LOCAL_AFTER = re.compile(
    # ("and good again at their most recent inspection")
    r"^\s*[\"'\u201d\u2019]?\s*(?:again\s+)?(?:overall|rating|judgement|judgment|grade|by\s+ofsted|"
    rf"in\s+(?:{MONTH_NAME}\s+)?\d{{4}}|for\s+|in\s+(?:all|each|every)\b|"
    # "and good before that, in 2017"
    r"before\s+that\s*,?\s+in\s+\d{4}|"
    # a label's framework and year in brackets: "previously Inadequate (SIF 2017)"
    r"\(\s*(?:(?:SIF|ILACS)\s*,?\s*)?(?:19|20)\d{2}\s*\)|"
    # "Outstanding at your last inspection", "outstanding at their 2022 inspection", "outstanding
    # at theirs last year"
    r"at\s+(?:(?:its|their|your|our|his|her|the)\s+(?:(?:last|latest|most\s+recent|previous|"
    r"recent|first|own)\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\s+)?(?:full\s+)?inspection|"
    r"theirs|ours|"
    r"its\s+last)\b|"
    # ("and good, under the previous framework, in 2015")
    r",?\s*under\s+the\s+(?:single\s+inspection|SIF|ILACS|old|older|previous|new|current)\b)",
    re.I,
)
NEGATED = re.compile(
    r"(?:(?:no\s+longer|not|never)\s+(?:been\s+|be\s+)?(?:rated|judged|graded|deemed|"
    r"considered|branded|classed|found\s+to\s+be)\s+(?:as\s+)?|no\s+longer|not|never|rather\s+than|get\s+back\s+to|aim\s+to\s+be|ambition\s+to\s+be|"
    r"aspire\s+to\s+be|become|becoming|better\s+than|want\s+to\s+be|to\s+be\s+rated|"
    r"would\s+be|could\s+be|should\s+be|a\s+move\s+to|journey\s+to|get\s+to|getting\s+to|"
    # "so that care leavers are judged good at the next inspection": a purpose
    r"\bso\s+that\s+(?:[\w'\u2019-]+\s+){1,5}(?:is|are|be|get|gets)\s+(?:rated|judged|graded)\s+|"
    # "can be rated good at their next inspection": a hope
    r"(?:can|could|would|should|will|may|might|must)\s+(?:\w+\s+)?be\s+(?:rated|judged|graded)\s+|"
    # (a plain "reach" states a fact: "only two areas ... reach 'good'")
    # "Achieve a judgement of good at the next inspection": a target
    r"(?:achieve|achieving|secure|securing|target|targeting)\s+(?:an?\s+|the\s+)?(?:overall\s+)?"
    r"(?:judgement|judgment|grade|rating)\s+of|"
    # ("held on to good": kept, not a goal)
    r"road\s+to|(?<!\bheld\s)(?<!\bhold\s)(?<!\bholds\s)(?<!\bholding\s)\bon\s+to|(?:to|will|would|could|can|cannot|must|should|not|never|n['\u2019]t|"
    r"yet|finally|ever)\s+reach|reaching|\bout\s+of)\s*[\"'\u201c\u2018]?\s*$",
    re.I,
)
# "inspectors had not rated the city's services inadequate", "did not judge it good"
_NOT_RATED = re.compile(
    r"\b(?:not|never|n['\u2019]t)\s+(?:rated?|judged?|graded?)\s+(?:[\w'\u2019-]+\s+){1,5}$",
    re.I,
)
# A statement put as a question, as counsel puts it to a witness: "Q. When you arrived, the
# most recent inspection ... had rated the council requires improvement?" (not "What would
# you tell a council judged inadequate?", "Was it rated good?")
_DECLARED = re.compile(
    r"\s*(?:\d{1,2}\s+)?Q\.\s+(?:(?:And|So|But)\s+)?(?!(?:What|Who|Whom|Whose|Why|How|Where|Which|Is|Are|"
    r"Was|Were|Do|Does|Did|Have|Has|Had|Can|Could|Would|Should|Will|Shall|May|Might|Must|Isn't|"
    r"Wasn't|Aren't|Weren't|Don't|Didn't)\b)"
)
# A sentence asking the reader to suppose (not "I suppose we were rated good", a hedge)
_SUPPOSED = re.compile(
    r"\s*[\"'\u201c\u2018]?\s*(?:\d{1,2}\.\s+)?(?:Imagine|Suppose|Supposing|Pretend|What\s+if)\b"
)
_BEFORE_QUESTION = re.compile(r"\s[\u2013\u2014-]\s|[;:]\s")
# "That year Ofsted had judged ...", opening the sentence: the year named last before
_OPENS_THAT_YEAR = re.compile(r"\s*(?:(?:In\s+)?[Tt]hat|The\s+same)\s+year\b")
_SAME_YEAR = re.compile(r"\b(?:the|that)\s+same\s+year\b", re.I)
_THAT_YEAR = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:in\s+)?(?:that|the\s+same)|(?:the|that)\s+same)\s+year\b", re.I
)
# "the first ... to be rated", "the latest council to be judged": a fact, not an aim
_NTH = re.compile(
    r"\b(?:first|second|third|fourth|fifth|latest|last|only|newest|few|handful)\s+(?:[\w'\u2019-]+\s+){0,10}$",
    re.I,
)
# An earlier inspection named without its year: "two years after they were judged inadequate".
PAST = re.compile(
    r"\b(?:(?:years?|months?)\s+(?:after|since|before)|previously|formerly|ago|"
    r"(?:last|previous|earlier)\s+inspection|used\s+to|once)\b[^,;]*$",
    re.I,
)
FROM_BEFORE = re.compile(r"\bfrom\s*[\"'\u201c\u2018]?\s*$", re.I)
RATED_OBJECT = re.compile(
    r"\b(?:rated|rating|judged|judging|graded|branded|deemed|ranked|found)\s+"
    r"(?:[\w'\u2019-]+\s+){0,7}?"
    r"(?:services?(?:\s+for\s+children)?|council|authority|department|trust|company|it|them|us|"
    r"(?:support|services?|help|provision|work)\s+for\s+care\s+leavers)\s+"
    r"(?:as\s+)?$"
    # "Ofsted rated Rochdale good": a place named as the object
    r"|\b(?:rated|judged|graded)\s+(?-i:[A-Z][\w'\u2019&-]*\s+){1,4}(?:as\s+)?$"
    # "judged children's services in the London Borough of Barnet inadequate"
    r"|\b(?:rated|judged|graded|found)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:services|social\s+care)"
    r"\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z][\w'\u2019&-]*)\s+(?:(?:of|and|upon|on)\s+)?){1,6}(?:as\s+)?$",
    re.I,
)
_AND_PLACE = re.compile(
    r",?\s(?:and|but|while|whereas)\s+(?!(?:It|They|We|He|She|Ofsted|Inspectors)\b)"
    r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:and|upon|on)\s+)?[A-Z][\w'\u2019-]*){0,3}\s+$"
)
RATED_AREA_OBJECT = re.compile(
    r"\b(?:rated|judged|graded|found)\s+(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,14}?"
    r"(?:care\s+leavers|in\s+care|protection|leaders|leadership|adoption|permanence)\s+"
    r"(?:as\s+|to\s+be\s+)?$",
    re.I,
)
# "as were the experiences and progress of ...", "and so is the impact of leaders": the areas
# that follow share the grade.
ALSO_AFTER = re.compile(
    r"^\s*[\"'\u201d\u2019]?\s*,?\s*(?:(?:and\s+)?(?:as|so)\s+"
    r"(?:were|was|is|are|does|do|did|has|have|had)\b"
    # "judged the impact of leaders to be good, along with the experiences of ..."
    r"|(?:along|together)\s+with\b|as\s+well\s+as\b)"
)
# After a grade (and its time), the areas it includes: ", including for care leavers"
_INCLUDING_AFTER = re.compile(
    r"\s*[\"'\u201d\u2019]?\s*(?:overall\s+)?"
    r"(?:(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|(?:last|this)\s+year)\s*)?"
    # (or in dashes: "required improvement to be good – including for children in care –")
    r"(?:,?|\s*[\u2013\u2014-])\s*including\s+(?:for\s+)?"
)
# Where the areas a grade takes forward ("good for X and for Y") stop: a new clause, whose
# areas have a grade of their own ("- but services for Z were ...", "although ...").
FORWARD_END = re.compile(
    r"(?:,|\s[-\u2013\u2014])?\s*\b(?:but|although|though|whilst|whereas)\b"
    # "..., while finding that the experiences of children in care still required improvement"
    r"|,\s*while\b"
    # "..., and they judged the experiences of children in care to be good": a verb of its own
    r"|,?\s+and\s+(?:they|it|inspectors|Ofsted)\s+(?:also\s+)?(?:judged|rated|found|graded)\b"
    # "..., with inspectors finding the experiences of children in care to be outstanding"
    r"|,?\s+with\s+(?:the\s+)?(?:inspectors|Ofsted)\s+(?:also\s+)?(?:finding|judging|rating|"
    r"grading)\b"
    # "..., with the experiences of children in care and of care leavers each judged 'good'"
    r"|,\s*with\s+(?=[^;.]{0,150}?\b(?:each|both|also|all)\s+(?:judged|rated|graded|good|"
    r"outstanding|inadequate|requir))"
    # "good overall, rated the support for care leavers inadequate": the same subject's verb
    r"|(?:,\s*|\s+and\s+)(?:and\s+)?(?:also\s+)?(?:judged|rated|graded)\s+"
    r"(?:the|its|their|support|services|provision|help|work)\b"  # ("rated support for")
    # "good overall and found that the experiences ... of care leavers were outstanding"
    r"|(?:,\s*|\s+and\s+)(?:and\s+)?(?:also\s+)?(?:found|said|noted|concluded)\s+that\b"
    # "outstanding for children in care, noting that leaders had ...": what the report said
    r"|,\s*(?:noting|saying|adding|observing|remarking|commenting|stating)\b"
    # a motion's next clause, with its own verb: "...; further notes that the experiences
    # and progress of children in care were judged to require improvement" (not a list's
    # next item: "...: the impact of leaders; the experiences and progress of ...")
    r"|;(?=[^;.]*?\b(?:were|was|is|are|been)\b)",
    re.I,
)
# An area just before the next grade's rating verb is that grade's: ", with its adoption
# service judged outstanding".
CLAIMED = re.compile(
    r"^\s*(?:[\w'\u2019]+\s+){0,3}?"  # ("the leadership of the service judged")
    # (an aside: "care leavers, I am proud to say, was judged")
    r"(?:,[^,]{1,60},\s*)?"
    r"(?:(?:was|were|is|are|(?:has|have|had)\s+been|being)\s+)?"
    # ("with help and protection judged to require improvement")
    r"(?:also\s+)?(?:judged|rated|graded|deemed|found\s+to\s+be|assessed\s+as)\s+"
    r"(?:as\s+|to\s+(?:be\s+)?)?"
    r"[\"'\u201c\u2018]?\s*$",
    re.I,
)
# (what stands between an area and its grade, if anything: "leaders still outstanding")
_BARE_GAP = re.compile(r"\s+(?:(?:still|also|now|again|too)\s+)?[\"'\u201c\u2018]?")
CLAUSE_END = re.compile(r",|;|\bwhile\b|\bwhilst\b|\bwhereas\b|\bbut\b", re.I)
# "in all three areas", "in all three of the judgement areas", "every part of the service",
# "across the board": each area of the framework ("all four areas" of three: overall too).
ALL_AREAS = re.compile(
    r"^[\"'\u201d\u2019]?\s*(?:by\s+(?:Ofsted|inspectors|the\s+inspectorate)\s+)?(?:overall\s+)?"
    r"(?:and\s+)?(?:(?:in|across|for)\s+(?:all|each|every)\s+"
    # ("in every one of the three areas", "in all three of the framework's areas", "in each
    # of its three areas"; "good by Ofsted overall and in all three areas")
    r"(?:one\s+)?(?:of\s+(?:the|its|their)\s+)?(?:(?P<n>three|four|five|six)\s+)?"
    r"(?:of\s+(?:the|its)\s+)?"
    r"(?:(?:framework|inspection|report)['\u2019]s\s+)?"
    r"(?:(?:key|judgement|judgment|inspection)\s+)?(?:areas?|judgements?|judgments?|parts?|"
    r"headings?)\b(?!(?:\s+of\s+(?:its|their|the)\s+\w+)?\s+(?:except|but|bar|apart|save|other))"
    r"|(?P<board>across\s+the\s+board)\b)",
    re.I,
)
# The area excepted, as what is given to whom: "except the support given to care leavers"
_GIVEN_TO = r"(?:support|help|services?|work)\s+(?:given|offered|provided)\s+to\s+"
# "inadequate overall and in every area except adoption": every area but the one named next
ALL_EXCEPT = re.compile(
    r"^[\"'\u201d\u2019]?\s*(?:overall\s+)?(?:in\s+(?:19|20)\d\d\s*)?(?:,\s*)?(?:and\s+)?"
    r"(?:in|across|for)\s+(?:all|each|every)\s+"
    r"(?:other\s+)?(?:(?:key|judgement|judgment|inspection)\s+)?(?:areas?|judgements?|judgments?)"
    # ("in every area of its work except the support given to care leavers")
    r"(?:\s+of\s+(?:its|their|the)\s+(?:work|services?|inspection|report))?"
    r"\s+(?:except|apart\s+from|other\s+than|bar|save\s+for|but)\s+(?:for\s+)?(?:the\s+)?"
    rf"(?:{_GIVEN_TO})?",
    re.I,
)
# "..., with every area judged outstanding except ...": the area left out, after the grade
_EXCEPT_AFTER = re.compile(
    r"[\"'\u201d\u2019]?\s*(?:except|apart\s+from|other\s+than|save\s+for)\s+(?:for\s+)?"
    rf"(?:(?:the\s+)?{_GIVEN_TO})?",
    re.I,
)
# "Every area of the inspection was judged inadequate": the same, as the subject.
ALL_AREAS_BEFORE = re.compile(
    r"\b(?:all|each|every)\s+(?:of\s+(?:the|its)\s+)?(?:(?P<n>three|four|five|six)\s+)?"
    r"(?:of\s+the\s+)?"
    # ("each of the single inspection framework's judgements was inadequate")
    r"(?:(?:single\s+inspection\s+framework|SIF|ILACS|inspection|report)['\u2019]s\s+)?"
    r"(?:(?:key|judgement|judgment|inspection)\s+)?(?:areas?|judgements?|judgments?|headings?)"
    r"(?:\s+of\s+the\s+(?:inspection|report|framework))?\s+(?:was|were|is|are)\s+"
    r"(?:(?:also|all)\s+)?(?:(?:judged|rated|graded|found\s+to\s+be)\s+(?:as\s+)?)?"
    r"[\"'\u201c\u2018]?\s*$",
    re.I,
)
# "..., with each of the three graded areas also requiring improvement"
ALL_AREAS_WITH = re.compile(
    r"\bwith\s+(?:all|each|every)\s+(?:of\s+(?:the|its)\s+)?(?:(?P<n>three|four|five|six)\s+)?"
    r"(?:(?:key|judgement|judgment|inspection|graded)\s+)?(?:areas?|judgements?|judgments?)\s+"
    r"(?:(?:beneath|under|below)\s+(?:it|that|this)\s+)?(?:(?:also|all|each)\s+)?(?:(?:judged|rated|graded)\s+(?:as\s+)?)?[\"'\u201c\u2018]?\s*$",
    re.I,
)
# "They judged every area of the service outstanding": the same, as the object
ALL_AREAS_OBJECT = re.compile(
    r"\b(?:judged|rated|graded|found)\s+(?:all|each|every)\s+(?:of\s+(?:the|its)\s+)?"
    r"(?:(?P<n>three|four|five|six)\s+)?(?:(?:key|judgement|judgment|inspection)\s+)?"
    r"(?:areas?|parts?)(?:\s+of\s+(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:service|services|work))?\s+(?:as\s+|to\s+be\s+)?[\"'\u201c\u2018]?\s*$",
    re.I,
)
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
# Years that date something else: "the trust, set up in 2014, ...".
OTHER_YEAR = re.compile(
    r"(?:set\s+up|established|founded|created|formed|launched|appointed|born|joined|"
    # "Writing in 2023, the academic argued that the 'requires improvement' judgement"
    r"took\s+over|[Ww]riting|[Ss]peaking)\s+(?:in\s+)?(?:" + MONTH_NAME + r"\s+)?$",
    re.I,
)
# "rated good, the same as at its last inspection in 2017": the year of an earlier inspection
# given the same grade.
SAME_AS = re.compile(
    r"(?:\bthe\s+same\s+(?:(?:grade\s+|rating\s+|judgement\s+|judgment\s+)?as\b"
    # "the same grade it gave in 2015", "the same rating the council received in 2018"
    r"|(?:grade|rating|judgement|judgment)\s+(?:that\s+)?(?:it|they|the\s+(?:council|borough|"
    r"county|city|authority|trust|service)|inspectors|Ofsted)\s+(?:gave|had|got|received|"
    r"was\s+given|were\s+given|awarded|won|earned)\b"
    # "inadequate, just as a 2015 inspection had done"
    r")|\bas\s+(?:an?|the|its|their)\s+(?=(?:19|20)\d{2}\s+inspection\s+had\b)"
    # "rated good this year, as it had been under the single inspection framework in 2017"
    r"|\bas\s+(?:it|they|the\s+council|the\s+service|its\s+services)\s+(?:had|has|have)\s+"
    r"been\b"
    # "rated the council good in 2019, as they had at the previous inspection in 2016", "as it
    # was in 2016"
    r"|\bas\s+(?:it|they|inspectors|Ofsted)\s+(?:had|did|was|were)\s+(?=(?:at|in)\s))[^.;]{0,60}?"
    r"\b(?P<y>(?:19|20)\d{2})\b",
    re.I,
)
# "..., and a single inspection in 2015 reached the same verdict": the year before.
SAME_BEFORE = re.compile(
    r"\b(?P<y>(?:19|20)\d{2})\b[^.;]{0,40}?\b(?:reached|gave|came\s+to|returned|had)\s+the\s+"
    r"same\s+(?:verdict|grade|judgement|judgment|rating|conclusion)\b",
    re.I,
)
# "rated outstanding in 2014 and again in 2022": the grade given twice (or more: "twice: in
# 2016 and again in 2019", "in both 2016 and 2019", "at inspections in 2014, 2017 and 2021").
AGAIN = re.compile(
    r"\s*(?:overall\s+)?(?:by\s+(?:Ofsted|inspectors)\s+)?"
    r"(?:(?:twice|three\s+times|both\s+times)\s*[,:\u2013\u2014-]?\s*|at\s+(?:its\s+|their\s+)?"
    r"inspections\s+)?in\s+(?:both\s+)?(?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})*"
    # ("inadequate in 2015, under the single inspection framework, and again in 2018")
    r"(?:\s*,\s*under\s+[^,.;]{3,60},)?\s*,?\s+and\s+"
    r"(?:again\b\s*)?(?:in\s+)?"
    # ("and again, under the newer inspection framework, in 2019")
    r"(?:,\s*under\s+[^,.;]{3,60},\s*(?:in\s+)?)?"
    rf"(?:{MONTH_NAME}\s+)?(?P<y>(?:19|20)\d{{2}})\b"  # ("and again in July 2019")
)
# A sentence's subject by its name: "Hollybank was rated outstanding" (or the subject of
# what was noted: "(The panel noted that Wessex Oaks was rated outstanding", after a label:
# "Other notes: Scartho Meadows was judged")
_NAMED_SUBJECT = re.compile(
    r"\s*\(?(?:[Tt]he\s+[a-z]+\s+(?:noted|heard|was\s+told|observed)\s+that\s+"
    r"|[A-Z][a-z]+(?:\s+[a-z]+)?:\s+)?"
    r"(?P<x>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+"
    r"(?:was|is|has\s+been|had\s+been|were)\b"
)
# After a grade, what was inspected: "when Ofsted last inspected it as a children's home"
_INSPECTED_AS = re.compile(
    r"\binspected\s+(?:it|them)\s+as\s+an?\s+(?:children['\u2019]s\s+home|school|nursery|"
    r"academy|college|fostering\s+agency|care\s+home|home)\b",
    re.I,
)
# A sentence saying what a place is, when it is not a council's services: "Oakfield House is a
# four-bedded home for young people", "Hillside is an academy"
_A_HOME = re.compile(
    r"\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+(?:is|was)\s+an?\s+[^.;]{0,60}?"
    r"\b(?:home|school|nursery|academy|hostel|unit|setting|college)\b"
)
# Grades of something other than the council's children's services: a children's home, a
# fostering service, a school, a safeguarding board.
OTHER_SUBJECT = re.compile(
    r"\b(?:children['\u2019]s\s+homes?|residential\s+(?:home|unit|setting|service)s?|"
    r"(?:those|these|such|private)\s+homes|"
    # "no homes rated inadequate", "36 of 41 homes": a provider's homes, counted
    r"(?:no|all|\d+(?:\s+of\s+(?:its\s+|our\s+|the\s+)?\d+)?)\s+homes\b|"
    # "Homes graded Inadequate may not apply": homes of any provider
    r"\bhomes(?=\s+(?:(?:currently|now|still|already)\s+)?(?:graded|rated|judged)\b)|"
    # "Two of the homes used by Croydon": some of them
    r"\b(?:one|two|three|four|five|six|several|some|many|most|both|\d+)\s+of\s+"
    r"(?:the|its|their|those|these|our)\s+(?:[\w-]+\s+)?homes\b|"
    # ("The first house, outside Liskeard, ... was rated good": one of the homes)
    r"(?-i:The|the|this|This|our|Our)\s+(?:(?:first|second|third|new|newest|latest|other)\s+)?"
    r"(?:home\b(?!\s+office)|(?-i:house)\b(?!\s+of\b))|"
    r"(?:short[\s-]breaks?|respite|residential|group|family)\s+homes?\b|"
    # a home's form: "Home's last Ofsted inspection", and the children's homes' heading
    # "overall experiences and progress of children and young people"
    r"(?-i:Home)['\u2019]s(?=\s+(?:last|latest|most\s+recent|previous)\b)|"
    r"experiences\s+and\s+progress\s+of\s+children\s+and\s+young\s+people"
    r"(?!\s+(?:who|in\s+care|leaving))|"
    # a school by its name: "Harefield Road Primary"
    # ("Thornby CE Primary", "St Anne's RC Primary")
    r"(?-i:[A-Z][a-z]+(?:['\u2019]s)?\s+(?:(?:CE|C\s+of\s+E|CofE|RC|Catholic|Methodist)\s+)?"
    r"(?:Primary|Infants?|Juniors?|Grammar|Academy))\b|"
    r"care\s+homes?|fostering\s+(?:services?|agency|agencies)|adoption\s+agency|academy|"
    # (not Ofsted, "England's schools and care inspectorate", "the schools watchdog")
    r"schools?(?!\s+(?:and\s+(?:children['\u2019]s\s+)?(?:social\s+)?care\s+)?"
    r"(?:inspectorate|watchdog|regulator))|"
    r"nursery|college|safeguarding\s+(?:children\s+)?(?:board|partnership)|LSCB|"
    # the family courts' advisory service, which Ofsted also inspects
    r"Cafcass|"
    # a virtual school's own quality assurance of a plan
    r"virtual\s+school|quality[\s-]+assur(?:ed|ance)|"
    r"youth\s+(?:offending|justice)|secure\s+(?:unit|centre)|"
    # health services: "the community health trust that runs its therapy services"
    r"(?:health|NHS|hospital|ambulance)\s+(?:foundation\s+)?trusts?|hospitals?|"
    # a share of cases or records an audit graded: "64% were graded 'good' or better"
    r"(?<![\w.])\d+(?:\.\d+)?(?=\s*(?:%|per\s*cent\b))|"
    # the council's services for adults, which the CQC assesses
    r"adult(?:s['\u2019])?\s+(?:social\s+care|services))\b",
    re.I,
)
# Inspectorates other than Ofsted, by name: "the Care Inspectorate", "Estyn", "the CQC"
OTHER_INSPECTORATES = (
    r"Care\s+Inspectorate(?:\s+Wales)?|Care\s+Quality\s+Commission|CQC|Estyn|"
    r"Education\s+Scotland|HM\s+Inspectorate\s+of\s+(?:Probation|Prisons|Constabulary)"
)
# Another inspectorate's grade, by its name after the grade: "rated good by the CQC"
_OTHER_INSPECTORATE = re.compile(
    r"[\"'\u201d\u2019]?\s+by\s+(?:the\s+)?(?:CQC|Care\s+Quality\s+Commission|HMIP|"
    r"(?:HM\s+|His\s+Majesty['\u2019]s\s+)?(?:[Pp]robation\s+[Ii]nspectorate|Inspectorate\s+of\s+"
    r"(?:Probation|Constabulary|Prisons)))\b"
)
# One of several, opening a sentence: "One, in Edmonton, was rated ...", "The other was"
_ONE_OF = re.compile(r"\s*(?:One|Another|The\s+other|Both)\b(?:\s+of\s+(?:them|these|those))?")
# The children's services named again after another subject
_SERVICES_AGAIN = re.compile(
    r"\b(?:council|authority)(?:['\u2019]s|,\s+whose)\s+children['\u2019]s\s+(?:social\s+care\s+)?"
    r"services\b",
    re.I,
)
# Clauses that may date a different inspection: "..., three years after it was rated ...".
CLAUSE_BREAK = re.compile(
    r";|,\s*(?=(?:having|after|before|while|whilst|whereas|when|following|(?:one|two|three|"
    r"four|five|six|several|some|a)\s+(?:years?|months?))\b)|\b(?:after|before|having|whereas|"
    r"while|whilst|when)\b"
    # "... outstanding - a turnaround for a service that was found to require improvement"
    r"|\s[\u2013\u2014]\s",
    re.I,
)
FRAMEWORK_NAMED = [
    # "three years after a single inspection had judged them good"; not "good in a single
    # inspection" (in one inspection)
    (
        re.compile(
            r"single\s+inspection\s+framework|\bSIF\b|(?<!\bin\s)\b(?:a|the|its|their|our|"
            r"Ofsted['’]s)\s+single\s+inspections?\b",
            re.I,
        ),
        "sif",
    ),
    (
        re.compile(
            r"\bILACS\b|inspection\s+of\s+local\s+authority\s+children"
            # "Three years later, under a new framework, Surrey was rated inadequate again"
            r"|\bunder\s+(?:a|the)\s+new\s+(?:inspection\s+)?framework\b",
            re.I,
        ),
        "ilacs",
    ),
]

# (pattern, SIF area, ILACS area). None: the heading does not exist in that framework.
AREAS: list[tuple[re.Pattern, str | None, str | None]] = [
    (re.compile(p, re.I), sif, ilacs)
    for p, sif, ilacs in [
        (
            r"(?:the\s+)?impact\s+of\s+leaders(?:\s+on\s+social\s+work\s+practice"
            r"(?:\s+with\s+children\s+and\s+families)?)?",
            None,
            "ilacs-leaders",
        ),
        (
            r"(?:the\s+)?experiences?\s+and\s+progress\s+of\s+children\s+in\s+care"
            r"(?:\s+(?:and|&)\s+care\s+leavers)?|children\s+in\s+care\s+(?:and|&)\s+care\s+leavers|"
            r"children\s+in\s+care",
            None,
            "ilacs-children-in-care",
        ),
        (
            r"(?:the\s+)?(?:experiences?\s+and\s+progress\s+of\s+)?children\s+(?:who\s+need|"
            r"in\s+need\s+of|needing)\s+help\s+and\s+protection|help\s+(?:and|&)\s+protection"
            r"(?:\s+(?:of|for)\s+children)?"  # "the help and protection of children"
            # "the help given to children who need protection"
            r"|help\s+(?:given|offered)\s+to\s+children\s+(?:who\s+need\s+protection|at\s+risk)"
            # "helping children who need protecting", "protecting children at risk"
            r"|(?:helping|protecting)\s+children\s+(?:who\s+need\s+(?:help|protection|"
            r"protecting)|at\s+risk)"
            r"|helping\s+and\s+protecting\s+children",  # "found required improvement in"
            "sif-help-and-protection",
            "ilacs-help-and-protection",
        ),
        (
            r"(?:children\s+)?(?:being\s+)?looked[\s-]after(?:\s+children)?"
            r"(?:\s+and\s+[\"'\u201c\u2018]?achieving\s+permanence[\"'\u201d\u2019]?)?|"
            r"achieving\s+permanence",
            "sif-looked-after",
            "ilacs-children-in-care",
        ),
        (r"adoption(?:\s+performance|\s+services?|\s+work)?", "sif-adoption", None),
        (
            r"(?:the\s+)?(?:experiences?\s+and\s+progress\s+of\s+)?care\s+leavers"
            # "those for young adults leaving care"
            r"|(?:young\s+(?:adults|people)\s+)leaving\s+care"
            r"|young\s+(?:adults|people)\s+who\s+(?:have\s+)?left\s+care",
            "sif-care-leavers",
            "ilacs-care-leavers",
        ),
        (
            # (not a person's: "under her leadership")
            r"leadership,?\s+management\s+and\s+governance|"
            r"(?<!\bher\s)(?<!\bhis\s)(?<!\bmy\s)(?<!\byour\s)(?<!\bnew\s)"
            r"leadership(?:\s+and\s+management)?|"
            r"(?:the\s+)?(?:service['\u2019]s\s+)?leaders\b",
            "sif-leadership",
            "ilacs-leaders",
        ),
        (r"overall\s+effectiveness|overall", "sif-overall", "ilacs-overall"),
    ]
]
# An area's name just before a grade: "children in care RI, care leavers good".
_AREA_JUST_BEFORE = re.compile(
    "(?:" + "|".join(pattern.pattern for pattern, _sif, _ilacs in AREAS) + r")"
    r"(?:['\u2019]\s+(?:services|experiences?(?:\s+and\s+progress)?))?"  # "Children in care
    # were judged outstanding, and care leavers' services good", "care leavers' experiences"
    # "help and protection and children in care all good", "leaders still outstanding"
    r"\s+(?:(?:all|both|each|still|also|now|again)\s+)?$",
    re.I,
)
SIF_ONLY = {"sif-adoption"}
SAME = "*same*"  # the grade stated just before: "gave the same grade for leaders"
ALL = "*all*"  # every area of the framework: "good in all three areas"
ALL_OVERALL = "*all+overall*"  # and the overall judgement: "across the board"
AREAS_OF = {
    "sif": [
        "sif-help-and-protection",
        "sif-looked-after",
        "sif-adoption",
        "sif-care-leavers",
        "sif-leadership",
    ],
    "ilacs": ["ilacs-leaders", "ilacs-help-and-protection", "ilacs-children-in-care"],
}
GRADE_IDS = {
    "outstanding": "outstanding",
    "good": "good",
    "inadequate": "inadequate",
}
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass
class Judgement:
    """A grade for one area: ``area`` is a scheme id (``sif-adoption``), ``grade`` a grade id."""

    area: str
    grade: str
    framework: str
    start: int
    end: int
    grade_start: int
    grade_end: int
    year: int | None
    body: str | None = None
    body_id: str | None = None
    earlier: bool = False  # the old grade of a listed change ("- Wirral: from inadequate to")
    former: bool = False  # the old grade of a change in prose ("moved from inadequate to good")


def _grade_id(word: str) -> str:
    low = " ".join(word.lower().split())
    if low.startswith(("the same ", "fared ")):
        return SAME
    if low.startswith(("top ", "highest ")):
        return "outstanding"
    if low.startswith(("lowest ", "bottom ")):
        return "inadequate"
    return GRADE_IDS.get(low, "requires-improvement")


_DOT_LEADERS = re.compile(r"(?:\.[ \t]?){4,}(?=[ \t]*[A-Za-z])")


_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_YEAR_IN_WORDS = re.compile(
    rf"\b(?i:twenty[ -](?P<teen>{_TEENS})|twenty[ -]twenty(?:[ -](?P<unit>{_UNITS}))?"
    rf"|two\s+thousand\s+(?:and\s+)?(?:(?P<low>{_UNITS})|(?P<high>{_TEENS})))\b"
)


def _year_digits(match: re.Match) -> str:
    """ "twenty nineteen" as "2019" and spaces, as long as the words."""
    teens, units = _TEENS.split("|"), _UNITS.split("|")
    teen, unit, low, high = (w and w.lower() for w in match.group("teen", "unit", "low", "high"))
    if teen or high:
        year = 2010 + teens.index(teen or high)
    elif low:
        year = 2001 + units.index(low)
    else:
        year = 2020 + (units.index(unit) + 1 if unit else 0)
    return str(year).ljust(len(match.group()))


def find_judgements(
    text: str,
    sentence_spans: list[tuple[int, int]],
    published: str | None = None,
    skip: list[tuple[int, int]] = (),
) -> list[Judgement]:
    """Judgements in each sentence span; grades inside ``skip`` spans (a person's quoted
    words) are not read."""
    # a table's dot leaders ("Overall effectiveness ........ Good") read as its gap
    text = _DOT_LEADERS.sub(lambda m: " " * len(m.group()), text)
    # a year said in words, as a transcript prints it ("twenty nineteen"), read as its digits
    text = _YEAR_IN_WORDS.sub(_year_digits, text)
    found: list[tuple[str | None, str | None, str, int, int, int, int, int | None]] = []
    named: dict[tuple[int, int], tuple[str, int]] = {}  # a sentence's framework, and where
    earlier: list[tuple[int, int, int | None]] = []  # the sentences before, their grades' year
    former_at: set[int] = set()  # where the old grades of changes stand
    head: list[tuple] = []  # the grades of the last sentence that has some
    for s_start, s_end in sentence_spans:
        sentence = text[s_start:s_end]
        grades, formers = (
            _sentence(text, s_start, s_end, skip)
            if CONTEXT.search(sentence) or _PLACE_WAS.search(sentence)
            else ([], set())
        )
        former_at |= formers
        if _SCALE.match(sentence) or _RANGE.match(sentence):
            grades = []  # the scale explained ("on a four-point scale: outstanding, good, ..."),
            # or a range ("From outstanding to inadequate, we look at ..."): no one's grade
        if sentence.rstrip().rstrip("\"”’'").endswith("?") and not _DECLARED.match(sentence):
            # a question states no grade: "What would you tell a council judged inadequate?";
            # a statement before it does: "X was rated good in 2022 – what has changed?"
            asked = max((m.end() for m in _BEFORE_QUESTION.finditer(sentence)), default=0)
            grades = [g for g in grades if g[3] < s_start + asked]
        if _SUPPOSED.match(sentence):
            grades = []  # "Imagine it is re-inspected this year and rated 'outstanding'"
        # (a grade's copy for another year, "just as a 2015 inspection had done", aside)
        own = [g for i, g in enumerate(grades) if not any(h[3] == g[3] for h in grades[:i])]
        if grades and all(g[-1] is None for g in own):
            # "When inspectors arrived in 2017, they found ... . The council was judged
            # inadequate. Adoption was ...": the year of the sentence before, in the same
            # paragraph, dates it; "Six years later, ... rated outstanding": six years on.
            year = _lead_year(text, earlier[-8:], s_start, published)
            copies = [g[-1] for g in grades if g[-1] is not None]
            if year is not None and copies and year <= max(copies):
                year = None  # "now rated ..., the same as at its inspection in 2017": later
            that_year = _THAT_YEAR.search(sentence)
            stated = that_year and list(YEAR.finditer(sentence, 0, that_year.start()))
            if stated:
                # "The trust took over in April 2018 and, in its first inspection later that
                # year, was rated ...": the year the sentence states
                year = int(stated[-1].group())
            named_before = _OPENS_THAT_YEAR.match(sentence) and list(
                YEAR.finditer(text, max(0, s_start - 1500), s_start)
            )
            if named_before:
                # "... as director, in 2015. // It was not an easy moment. That year Ofsted
                # had judged ...": the year named last before
                year = int(named_before[-1].group())
            # (or "rated inadequate six years ago", just after a grade)
            relative = _THIS_YEAR.search(sentence) or next(
                filter(None, (_relative_after(text, g[4]) for g in own)), None
            )
            if relative and published:
                # "In this year's inspection", "rated ... last year": from the article's date
                year = _relative_year(relative, published)
            later = _YEARS_LATER.search(sentence)
            if year is not None and later:
                year += _count(later.group(1))
            before = _YEARS_EARLIER.search(sentence)
            if year is not None and before:
                year -= _count(before.group(1))  # "Three years earlier, ... judged good"
            elif (
                year is not None
                and not relative
                and earlier
                and earlier[-1][2] is not None
                and _PAST_PERFECT.search(sentence)
                and not _PAST_PERFECT.search(text, earlier[-1][0], earlier[-1][1])
            ):
                # "Ofsted rated it good in 2019. It had been judged inadequate": before the
                # grade just stated (not "The inspection in 2019 ... . It had been judged
                # inadequate", reported)
                year = None
            dated = []
            for g in grades:
                since = list(_YEARS_SINCE.finditer(text, s_start, g[3]))
                if (
                    since
                    and (
                        PAST.search(text[max(s_start, g[3] - 60) : g[3]])
                        # "nine years after a single inspection framework (SIF) visit found
                        # its children's services inadequate": the clause after it rates
                        or _SINCE_RATED.fullmatch(text, since[-1].end(), g[3])
                        # "Seven years ago, the city's services were judged inadequate"
                        # (not "Four years after a damning inspection, ... has been rated good")
                        or (
                            not text[s_start : since[-1].start()].strip()
                            and since[-1].group().lower().endswith("ago")
                        )
                    )
                ):
                    # "set up in 2014 ..., a year after Ofsted judged X inadequate": back from
                    # the year of the clause before "after", else from the article's date
                    told = [
                        int(y.group())
                        for y in YEAR.finditer(text, s_start, since[-1].start())
                        if not since[-1].group().lower().endswith("ago")
                    ]
                    if not told and not published:
                        continue  # "five years after", and no date to count back from
                    base = told[-1] if told else int(published[:4])
                    dated.append((*g[:-1], base - _count(since[-1].group(1))))
                elif g[3] in formers:
                    dated.append(g)  # (the old grade of a change: not the new one's year)
                else:
                    dated.append((*g[:-1], year if g[-1] is None else g[-1]))
            grades = dated
        elif any(g[-1] is None for g in grades):
            # "inadequate in 2018, and at their most recent inspection, last year, they were
            # judged to require improvement": the grade's own "last year", since the grade before
            dated: list = []
            for g in grades:
                since = max((h[4] for h in grades if h[4] <= g[3]), default=s_start)
                relative = published and (
                    _THIS_YEAR.search(text, since, g[3]) or _relative_after(text, g[4])
                )
                apart = dated and dated[-1][-1] and _YEARS_APART.search(text, since, g[3])
                if dated and dated[-1][-1] and not apart:
                    # "inadequate in 2018 and requires improvement to be good four years later"
                    apart = _later_after(text, g[4])
                if g[-1] is None and relative:
                    g = (*g[:-1], _relative_year(relative, published))
                elif g[-1] is None and apart:
                    # "inadequate in 2019, four years after an earlier inspection found it
                    # required improvement"; "inadequate in 2016 and, three years later, good"
                    step = _count(apart.group(1))
                    g = (
                        *g[:-1],
                        dated[-1][-1]
                        + (-step if apart.re is _YEARS_APART and apart.group(2) else step),
                    )
                elif (
                    g[-1] is None and published and dated and _THIS_YEAR.search(text, s_start, g[3])
                ):
                    # "last year inspectors rated them good, with ... judged outstanding":
                    # the same inspection as the grade before
                    g = (*g[:-1], dated[-1][-1])
                dated.append(g)
            grades = dated
        if (
            earlier
            and earlier[-1][2] is not None
            and "\n" not in text[earlier[-1][1] : s_start]
            and _SAME_YEAR.search(sentence)
        ):
            # "Ofsted rated Richmond outstanding in 2019. Kingston was judged good the same
            # year, up from requires improvement in 2016"
            grades = [(*g[:-1], earlier[-1][2]) if g[-1] is None else g for g in grades]
        resolved = []
        for g in grades:
            if g[2] == SAME:
                # the grade just before in the sentence, else the first of the sentence before
                # (and its year, unless another is given)
                just_before = [h for h in resolved if h[3] < g[3]]
                source = just_before[-1] if just_before else (head[0] if head else None)
                if source is None:
                    continue
                g = (*g[:2], source[2], *g[3:7], source[7] if g[7] is None else g[7])
            resolved.append(g)
        grades = resolved
        earlier.append((s_start, s_end, grades[0][-1] if grades else None))
        if not grades:
            continue
        head = grades
        found.extend(grades)
        for pattern, framework in FRAMEWORK_NAMED:
            mention = pattern.search(sentence)
            if (
                mention
                and re.search(r"\b(?:since|before)\s+(?:the\s+)?$", sentence[: mention.start()])
                and _BEGAN.match(sentence, mention.end())
            ):
                continue  # "good overall for the first time since the single inspection
                # framework began": a time, not the grade's framework
            if mention:
                named[(s_start, s_end)] = (framework, s_start + mention.start())
    # One framework per inspection year: SIF-only areas decide it.
    frameworks: dict[int | None, str] = {}
    for sif, ilacs, *_rest, year in found:
        if (sif and sif.startswith("*")) or ilacs == _LEAVERS_FROM_2023:
            continue
        if sif in SIF_ONLY or (sif and not ilacs):
            frameworks[year] = "sif"
        elif ilacs and not sif:
            frameworks.setdefault(year, "ilacs")
    out: list[Judgement] = []
    for sif, ilacs, grade, g_start, g_end, s_start, s_end, year in found:
        if year is not None and year < 2013:
            continue  # before the single inspection framework: no area of ours
        if ilacs == _LEAVERS_FROM_2023:
            if year is None or year < 2023:
                continue  # "children in care and care leavers": one area until 2023
            ilacs = "ilacs-care-leavers"
        framework, mention = named.get((s_start, s_end), (None, 0))
        if (
            framework
            and mention > g_end
            and CLAUSE_END.search(text, g_end, mention)
            and any(s_start == x[5] and x[3] > mention for x in found)
        ):
            # "judged good by Ofsted, nine years after a single inspection framework (SIF)
            # visit found its services inadequate": the later clause's grade's framework
            framework = None
        if framework and year is not None and (framework == "sif") != (year < 2018):
            framework = None  # "outstanding in 2019, and good under the SIF in 2017"
        framework = framework or frameworks.get(year) or _by_date(year, published)
        if sif and sif.startswith("*"):
            areas = list(AREAS_OF[framework])
            # (since 2023 care leavers are judged apart: "all five judgement areas"; but "each
            # of the three judgement areas" are the headings of 2018-22)
            count = sif.split("!")[0].removeprefix(ALL)
            if framework == "ilacs" and (
                count == "5" or (count != "3" and str(year or published or "")[:4] >= "2023")
            ):
                areas.append("ilacs-care-leavers")
            sif, *excepted = sif.split("!")  # ("in every area except adoption")
            # "across the board"; "all four areas" of three: the overall judgement counted in
            if sif == ALL_OVERALL or int(sif.removeprefix(ALL) or 0) > len(areas):
                areas.append(f"{framework}-overall")
            areas = [area for area in areas if area not in excepted]
        else:
            if framework == "sif" and sif is None:
                framework = "ilacs"
            if framework == "ilacs" and ilacs is None:
                framework = "sif"
            areas = [sif if framework == "sif" else ilacs]
        line = text.rfind("\n", 0, g_start) + 1
        earlier = bool(_LISTED_CHANGE.fullmatch(text, line, g_start))
        # "moved from inadequate to requires improvement": the old grade, undated
        former = g_start in former_at and year is None
        for area in areas:
            out.append(
                Judgement(
                    area,
                    grade,
                    framework,
                    s_start,
                    s_end,
                    g_start,
                    g_end,
                    year,
                    earlier=earlier,
                    former=former,
                )
            )
    return out


def first_stated(judgements: list[Judgement], body_of) -> list[Judgement]:
    """One grade per body, area and inspection: the first stated (headline, lead) wins.
    ``body_of(j)`` gives a judgement's body."""
    out, seen = [], set()

    def grade_of(j: Judgement) -> tuple:
        # (the overall grade under either framework is one)
        return body_of(j), j.grade, j.area.endswith("-overall") or j.area

    # The old grade of a change ("from inadequate to good") is counted when nothing else the
    # text states gives it: its inspection is usually stated apart, with its year and areas.
    stated = {grade_of(j) for j in judgements if not j.former}
    for j in judgements:
        if j.former and grade_of(j) in stated:
            continue
        key = (body_of(j), j.area, j.year, j.earlier or j.former)
        if key not in seen:
            seen.add(key)
            out.append(j)
    return out


_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# "this year's inspection", "rated ... last year", "This spring the council was rated good"
_THIS_YEAR = re.compile(
    r"\b(this|last)\s+year(?:['\u2019]s)?\b|\b(this)\s+(?:spring|summer|autumn|winter|month)\b"
    r"|\blast\s+month(?:['\u2019]s)?\b"
    # "at the inspection this March": this year's
    rf"|\bthis\s+(?:{MONTH_NAME})\b"
    # "Last week's report ... rates it good" (not "a spokesperson said this week")
    r"|\b(?:last|this)\s+week['\u2019]s\b"
    # "In March, Ofsted judged ...": the last March before the article
    rf"|\b(?-i:In)\s+(?P<month>{MONTH_NAME})\b(?!\s*,?\s*(?:19|20)\d\d|\s+\d|\s+(?:last|this|next)\s+"
    r"year)"
    # "At a full inspection last autumn": the last autumn over before the article
    r"|\blast\s+(?P<season>spring|summer|autumn)\b"
    # "at the inspection last November": the last November before the article
    rf"|\blast\s+(?P<last_month>{MONTH_NAME})\b",
    re.I,
)
# "children in care and care leavers good": care leavers are an area of their own from 2023
_LEAVERS_FROM_2023 = "ilacs-care-leavers-from-2023"
# the last month of each season
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11}

# "kept the outstanding rating it was first awarded in 2019, and this time it is outstanding in
# all five areas": the inspection the article reports
# ("judged inadequate in 2017 and are now rated good": now, not 2017)
_THIS_TIME = re.compile(
    r"\bthis\s+time\b|\b(?:is|are|has\s+been|have\s+been)\s+now\b|\bnow\s+(?=rated|judged)", re.I
)


# The inspectors' return: "when inspectors returned", "when Ofsted came back"
_WHEN_INSPECTORS = r"when\s+(?:the\s+)?(?:inspectors|Ofsted|the\s+inspectorate)\s+"
_CAME_BACK = (
    r"(?:returned|came\s+back|went\s+back|were\s+back|visited\s+again|"
    r"inspected\s+(?:it\s+|them\s+)?again)"
)
# Between a grade and a relative time just after it: "outstanding overall last year"
# ("rated good when inspectors returned this year")
_TO_RELATIVE = re.compile(
    r"\s*[\"'\u201d\u2019]?\s*(?:overall\s+)?(?:again\s+)?(?:by\s+(?:Ofsted|inspectors)\s+)?"
    # ("good again at their most recent inspection, last year")
    # ("judged good at a full inspection last year")
    r"(?:at\s+(?:its|their|the|an?)\s+(?:(?:most\s+recent|latest|last|full|new|standard)\s+)*"
    r"inspection\s*,?\s*)?"
    rf"(?:{_WHEN_INSPECTORS}(?:{_CAME_BACK}|visited)\s+)?",
    re.I,
)


def _relative_after(text: str, pos: int) -> re.Match | None:
    """The relative time ("last year", "six years ago") just after the grade ending at
    ``pos``."""
    at = _TO_RELATIVE.match(text, pos).end()
    return _THIS_YEAR.match(text, at) or (
        _AGO.match(text, at) if "\n" not in text[pos:at] else None
    )


def _later_after(text: str, pos: int) -> re.Match | None:
    """ "N years later" just after the grade ending at ``pos`` ("... and requires improvement
    to be good four years later")."""
    return _YEARS_LATER.match(text, _TO_RELATIVE.match(text, pos).end())


def _relative_year(relative: re.Match, published: str) -> int:
    """The year "this year", "last year" or "last month" means in an article of
    ``published``."""
    year = int(published[:4])
    if relative.re is _AGO:
        return year - _count(relative.group(1))
    if relative.re is _THIS_YEAR and relative.group("season"):
        ends = _SEASON_ENDS[relative.group("season").lower()]
        return year - 1 if not published[5:7].isdigit() or int(published[5:7]) <= ends else year
    if relative.re is _THIS_YEAR and relative.group("last_month"):
        month = MONTHS[relative.group("last_month")[:3].lower()]
        return year if published[5:7].isdigit() and month < int(published[5:7]) else year - 1
    if relative.re is _THIS_YEAR and relative.group("month"):
        month = MONTHS[relative.group("month")[:3].lower()]
        return year if not published[5:7].isdigit() or month <= int(published[5:7]) else year - 1
    if (relative.group(1) or "").lower() == "last":
        return year - 1
    if relative.group(0).lower().startswith("last") and published[5:7] == "01":
        return year - 1  # "last month", in January
    return year


# A sentence about the present, after one about the past
_NOW = re.compile(
    r"\s*(?:This\s+(?:time|morning|afternoon|evening|week)|Now|Today|Tonight|Yesterday|"
    r"These\s+days|Last\s+month)\b"
    # "It has now been rated good": the present, not the year of the sentence before
    r"|[^.;:!?\n]{0,80}?\b(?:has|have|is|are)\s+now\b",
    re.I,
)
# "That's up from requires improvement in 2022, and from inadequate in 2017": a sentence of
# earlier grades, which does not date the next
_UP_FROM = re.compile(
    r"\s*(?:(?:That|This|It)(?:['\u2019]s|\s+is|\s+was)\s+)?(?:up|down)\s+from\b", re.I
)
# "By its next full inspection it had become ...": an inspection after the one before
_NEXT_INSPECTION = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:its|their|the|a)\s+(?:next|subsequent|following)\s+(?:full\s+)?"
    r"inspection\b",
    re.I,
)
# Every grade of the scale in one sentence: the scale, explained.
_SCALE = re.compile(
    r"(?=.*\boutstanding\b)(?=.*\bgood\b)(?=.*\brequires?\s+improvement\b)(?=.*\binadequate\b)"
    r"(?=.*\b(?:scale|grades|gradings|ratings|judgements)\b)",
    re.I | re.S,
)
_RANGE = re.compile(
    r"\s*(?i:from)\s+[\"'\u201c\u2018]?(?:outstanding|good|inadequate|requires?\s+improvement)"
    r"[\"'\u201d\u2019]?\s+(?i:to)\s+[\"'\u201c\u2018]?(?:outstanding|good|inadequate|"
    r"requires?\s+improvement)[\"'\u201d\u2019]?\s*,",
    re.I,
)
# "Requires improvement (2022: Inadequate)": the year labels the grade after it
_YEAR_LABEL = re.compile(r"\(\d{4}\s*:")
# "five years after Ofsted rated the city's services inadequate", "Two years ago, ...": dated
# back from the article
_HOW_MANY = r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+years?\s+"
_YEARS_SINCE = re.compile(_HOW_MANY + r"(?:after|ago)\b", re.I)
_AGO = re.compile(_HOW_MANY + r"ago\b", re.I)  # "rated inadequate six years ago"
# After "N years after": a clause whose verb rates, up to the grade
_SINCE_RATED = re.compile(
    r"[^,;.]{0,120}\b(?:found|judged|rated|graded|branded|deemed)\s+[^,;.]{0,60}", re.I
)
_YEARS_LATER = re.compile(_HOW_MANY + r"(?:later|on)\b", re.I)
# Between two grades: the second N years before or after the first
_YEARS_APART = re.compile(_HOW_MANY + r"(?:(after)\b(?!\s+(?:that|this)\b)|later\b)", re.I)
_YEARS_EARLIER = re.compile(_HOW_MANY + r"(?:earlier|before)\b(?!\s+(?:the|it|they|that)\b)", re.I)
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:previously\s+|also\s+|already\s+)?been\s+"
    r"(?:judged|rated|graded|found|deemed)\b",
    re.I,
)


def _count(word: str) -> int:
    """ "five" -> 5, "a" -> 1, "3" -> 3."""
    return _NUMBER_WORDS.get(word.lower()) or int(word)


_QA_LINE = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+)?(?P<qa>[QA])\.[ \t]")


def _lead_year(
    text: str, earlier: list[tuple[int, int, int | None]], start: int, published: str | None = None
) -> int | None:
    """The year of the sentences before ``start`` in its paragraph, the nearest first: a
    sentence's grades' year, or a year it states when it has no grade ("When inspectors left
    Knowsley in 2019, ... . Children were, it said, “not seen”. The overall judgement was
    inadequate."), or one it counts back to from the article's date ("Five years ago this
    newspaper ran a front page ... . Ofsted had judged the council inadequate")."""
    if _NOW.match(text, start):
        return None  # "This time inspectors rated us ...": not the time of the sentence before
    if _NEXT_INSPECTION.match(text, start):
        return None  # "By its next full inspection it was rated ...": a later one
    answer = _QA_LINE.match(text, text.rfind("\n", 0, start) + 1)
    for s_start, s_end, year in reversed(earlier):
        if "\n" in text[s_end:start]:
            # (a witness's answer is of the question just before: "Q. ... the single
            # inspection of 2016 ...?" / "A. Yes. Requires improvement overall")
            asked = _QA_LINE.match(text, text.rfind("\n", 0, s_start) + 1)
            if not (
                answer
                and answer.group("qa") == "A"
                and asked
                and asked.group("qa") == "Q"
                and text.count("\n", s_end, start) == 1
            ):
                return (
                    _list_year(text, start)
                    or _heading_year(text, start)
                    or _citation_year(text, start)
                )
            answer = None
        if _UP_FROM.match(text, s_start):
            start = s_start
            continue  # "That's up from requires improvement in 2022": earlier grades, aside
        if year is not None:
            return year
        sentence = text[s_start:s_end]
        if GRADE_RE.search(sentence):
            return None
        for m in YEAR.finditer(sentence):
            if not OTHER_YEAR.search(sentence[max(0, m.start() - 40) : m.start()]):
                return int(m.group())
        ago = _AGO.match(sentence)
        if ago and published and published[:4].isdigit():
            return int(published[:4]) - _count(ago.group(1))
        start = s_start
    return _list_year(text, start) or _heading_year(text, start) or _citation_year(text, start)


# A bibliography's entry for an Ofsted report: "1. Ofsted (2016a). Liverpool: inspection of"
_OFSTED_CITATION = re.compile(
    r"[ \t]*(?:\[?\d{1,3}[.\])][ \t]+)?Ofsted[ \t]*\([ \t]*(?P<y>(?:19|20)\d\d)[a-z]?[ \t]*\)"
)


def _citation_year(text: str, start: int) -> int | None:
    """The year of the Ofsted report an annotation is under, in the lines just above it
    ("1. Ofsted (2016a). Liverpool: ..." / "Liverpool City Council was judged ...")."""
    for line in islice(lines_up(text, start, 3), 1, None):
        found = _OFSTED_CITATION.match(text, line)
        if found:
            return int(found.group("y"))
    return None


def _list_year(text: str, start: int) -> int | None:
    """The year the lead-in of a list or table states, for the line at ``start`` in it
    ("Camden's 2016 judgements were:", then "Overall effectiveness ..... Good")."""
    pos = text.rfind("\n", 0, start) + 1
    for _ in range(20):
        if pos == 0:
            return None
        line_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[line_start : pos - 1].strip()
        if line.endswith(":"):
            para = text.rfind("\n\n", 0, line_start)
            lead = text[para + 2 if para >= 0 else 0 : pos - 1]
            years = [
                int(m.group())
                for m in YEAR.finditer(lead)
                if not OTHER_YEAR.search(lead[max(0, m.start() - 40) : m.start()])
            ]
            return years[-1] if years else None
        if len(line) > 160 or (line.endswith(".") and len(line.split()) > 12):
            return None  # prose, not a list's line
        pos = line_start
    return None


# A timeline's heading: "JULY 2019", "2015", "March 2015:", "10 YEARS AGO – 2013" on a
# line of its own
_DATE_HEADING = re.compile(
    r"(?im)^[ \t]*(?:[\w-]+\s+years?\s+ago\s*[-\u2013\u2014:]\s*)?"
    rf"(?:{MONTH_NAME}\s+)?(?P<y>(?:19|20)\d{{2}})[ \t]*:?[ \t]*$"
)
_OTHER_HEADING = re.compile(r"(?m)^[ \t]*[^\n.!?]{1,60}[^\n.!?:,;\"'\u201d\u2019\s][ \t]*$")


def _heading_year(text: str, start: int) -> int | None:
    """The year of the date heading the paragraph at ``start`` sits under, in a text set out
    under two or more such headings ("JULY 2019" / "First inspection under the new ILACS
    framework. Nottingham is rated good overall"), with no other heading between."""
    every = _date_headings(text)
    para = text.rfind("\n", 0, start) + 1
    headings = [h for h in every if h[1] <= para]
    if not headings or len(every) < 2:
        return None
    _start, end, year = headings[-1]
    if any(
        len(m.group().split()) <= 8 and not _DATE_HEADING.fullmatch(m.group())
        for m in _OTHER_HEADING.finditer(text, end, para)
    ):
        return None
    return year


@lru_cache(maxsize=8)
def _date_headings(text: str) -> tuple[tuple[int, int, int], ...]:
    """Each date heading's span and year, once per text (a text's hash is cached)."""
    return tuple((m.start(), m.end(), int(m.group("y"))) for m in _DATE_HEADING.finditer(text))


def _by_date(year: int | None, published: str | None) -> str:
    """SIF inspections ran to the end of 2017, their reports came out into early 2018."""
    if year is not None:
        return "sif" if year <= 2017 else "ilacs"
    if not published or published == "unknown":
        return "ilacs"
    if published[:4].isdigit() and int(published[:4]) <= 2017:
        return "sif"
    return "sif" if len(published) >= 7 and published[:7] < "2018-06" else "ilacs"


_ANY_COUNCIL = re.compile(
    # (or after a preposition or a verb of running one: "a director newly arrived at an
    # authority judged inadequate", "to lead a council rated inadequate")
    r"(?:^|[.:;]\s+|\b(?:if|when|where|once|unless|at|to|of|in|for|with|from|into|join(?:s|ed|ing)?|"
    r"run(?:s|ning)?|ran|lead(?:s|ing)?|led)\s+)(?:an?|any|every|no)\s+(?:council|"
    r"local\s+authority|authority)\s+(?:that|which|who)?\s*(?:is\s+|was\s+|has\s+been\s+)?"
    r"(?:rated|judged|graded|found\s+to\s+be)\s+(?:as\s+)?[\"'\u201c\u2018]?$"
    r"|\b(?:councils|authorities)\s+(?:that\s+are\s+|which\s+are\s+)?(?:rated|judged|graded)\s+"
    r"(?:as\s+)?[\"'\u201c\u2018]?$"
    # "Half of the councils we examined are now rated good": a share of councils
    r"|(?:\b(?:half|most|many|some|few|all|none|majority|minority|third|quarter|\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten)|\d+(?:\.\d+)?\s*(?:%|per\s*cent\b))\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+|these\s+)?(?:\d+\s+)?(?:councils|authorities|"
    r"local\s+authorities)\b[^.;:]{0,40}\b(?:are|were|is|was|have\s+been|had\s+been)\s+"
    r"(?:now\s+|still\s+)?(?:rated|judged|graded)\s+(?:as\s+)?[\"'\u201c\u2018]?"
    # ("58% of local authorities were judged good or outstanding")
    r"(?:(?:outstanding|good|inadequate)[\"'\u201d\u2019]?\s+or\s+[\"'\u201c\u2018]?)?$",
    re.I,
)
# "... but five still require improvement and one is inadequate": a bare count as the subject,
# of councils or of areas unnamed, is no one body's grade in one area
_COUNT_SUBJECT = re.compile(
    r"(?:^|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:but|and|while|whereas)\s+)(?:only\s+)?(?:\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:still\s+|now\s+)?"
    r"(?:(?:is|are|was|were|remains?)\s+(?:still\s+|now\s+)?(?:(?:rated|judged|graded)\s+)?"
    r"(?:as\s+)?)?$",
    re.I,
)
# A corrections column: what an earlier article said, and was wrong about ("In an article on
# 26 January we said X was rated outstanding in 2017. It was rated good ...")
_CORRECTED = re.compile(
    r"(?:(?<!\bas\s)\bwe|\b(?:an?|the|our)\s+(?:article|headline|story|piece)\b[^.]{0,100}?)\s+"
    r"(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:said|stated|wrote|claimed)\s+(?:that\s+)?",
    re.I,
)
# A framework's start or end: "since the single inspection framework began"
_BEGAN = re.compile(
    r"(?:\s+framework)?(?:\s*\([A-Z]+\))?\s+(?:began|started|begun|was\s+introduced|came\s+in|was\s+launched|ended|was\s+replaced)\b"
)
# A title in quotation marks: 'a front page headlined "OUTSTANDING FOR ADOPTION"'
_TITLED = re.compile(
    r"\b(?:headlined|headline|titled|entitled|headed)\s*,?\s*[\"'\u201c\u2018][^\"\u201d\u2019]*$",
    re.I,
)
# In someone's words, how an inspection ended: "They came out of it good overall"
_CAME_OUT = re.compile(r"\bcame\s+out\s+(?:of\s+(?:it|the\s+inspection)\s+)?", re.I)
_REPORTED_GRADE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|also\s+)?(?:rated|judged|graded)\s+(?:as\s+)?"
    r"[\"'\u201c\u2018]?$",
    re.I,
)
# ... or stated with its year: "Before that, in 2014, they were inadequate", "We were
# outstanding in 2018"
_YEAR_NEXT = re.compile(r"\s+(?:overall\s+)?in\s+(?:[A-Z][a-z]+\s+)?20[1-3]\d\b")
_DATED_GRADE = re.compile(r"\b20[1-3]\d\b[^.;:!?\n]{0,30}\b(?:was|were)\s+$", re.I)
# ... or told as what the inspectorate found: "Ofsted found its children's services
# inadequate in 2019 and rated them good last year"
_BY_INSPECTORATE = re.compile(
    r"\b(?:Ofsted|[Ii]nspectors|the\s+inspectorate)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:found|rated|judged|graded)\b"
)
# Another inspectorate grading, earlier in the sentence: "The Care Inspectorate's joint
# inspection ... graded the partnership's leadership as 'very good' and its processes as 'good'"
_GRADED_BY_OTHER = re.compile(
    rf"\b(?:{OTHER_INSPECTORATES})\b[^.;]{{0,200}}\b(?:graded|rated|judged|assessed|found)\b"
)
# ... or by "they", the inspectors of the sentence before: "They graded our service good"
_THEY_GRADED = re.compile(r"^\s*[\"'\u201c\u2018]?They\s+(?:rated|judged|graded)\s+(?:our|us)\b")
# The four grades listed, as the scale itself
_FOUR_GRADES = re.compile(
    r"outstanding,\s+good,\s+requires?\s+improvement(?:\s+to\s+be\s+good)?,?\s+(?:and\s+|or\s+)?"
    r"inadequate",
    re.I,
)
# A noun just after a grade word ("Good session", "good progress"), not a word that can
# follow a grade ("good overall", "good in 2024", "good for care leavers", "good and improving")
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:overall|in|at|for|and|or|but|to|by|with|since|from|under|across|again|last|"
    r"this|both|each|throughout|rating|ratings|judgement|judgment|grade|when|after|before|"
    r"then|as|on|of|the)\b)[a-z]{3,}\b"
)
_RATED_JUST_BEFORE = re.compile(r"\b(?:found|rated|judged|graded)\s+(?:[\w'\u2019-]+\s+){0,7}$")


def _sentence(text: str, s_start: int, s_end: int, skip) -> tuple[list[tuple], set[int]]:
    """The grades of one sentence, and where those that are the old grade of a change stand."""
    sentence = text[s_start:s_end]
    grades = []
    formers: list[tuple[int, int, str]] = []  # "from inadequate to good": the old grade
    # the scale itself, its four grades listed: "Ofsted's four words - outstanding, good,
    # requires improvement, inadequate - are printed on every report"
    scales = [m.span() for m in _FOUR_GRADES.finditer(sentence)]
    for match in GRADE_RE.finditer(sentence):
        a, b = s_start + match.start(), s_start + match.end()
        if any(x <= match.start() < y for x, y in scales):
            continue
        before = sentence[: match.start()]
        # In a person's words a grade is an opinion, unless it is reported as an inspection's
        # ("Hampshire's services were rated outstanding in 2019")
        if (
            any(x <= a < y for x, y in skip)
            and not _REPORTED_GRADE.search(before[-40:])
            # ("They came out of it good overall, good for leaders ...": the result told)
            and not _CAME_OUT.search(before)
            and not _DATED_GRADE.search(before[-50:])
            and not (_BY_INSPECTORATE.search(before) and _RATED_JUST_BEFORE.search(before[-50:]))
            # ("When Ofsted came in, ... . They graded our care leavers service outstanding")
            and not (
                _THEY_GRADED.search(before)
                and re.search(
                    r"\b(?:Ofsted|[Ii]nspectors)\b", text[max(0, s_start - 300) : s_start]
                )
            )
            and not (
                re.search(r"\b(?:was|were)\s+$", before[-12:])
                and _YEAR_NEXT.match(sentence, match.end())
            )
        ):
            continue
        after = sentence[match.end() :]
        word = match.group("g").lower()
        negated = NEGATED.search(before[-40:]) or _NOT_RATED.search(before[-70:])
        if negated and re.match(r"to\s+be\s+rated", negated.group(0), re.I) and _NTH.search(before):
            negated = None  # "one of the first councils in the region to be rated good"
        if (
            negated
            or (
                _ANY_COUNCIL.search(before[-60:])
                # (not "a journey for a council rated inadequate in 2016": this one's past)
                and not (
                    re.search(r"\b[Aa]n?\s+(?:council|(?:local\s+)?authority)\b", before[-60:])
                    and _YEAR_NEXT.match(after)
                )
            )
            or _COUNT_SUBJECT.search(before[-40:])
            or _CORRECTED.search(before)
            or _TITLED.search(before[-80:])
            or (_GRADED_BY_OTHER.search(before) and "Ofsted" not in before)
            # "4. HM INSPECTORATE OF PROBATION INSPECTION - ACTION PLAN UPDATE // JH reported
            # ... the inspection of the service in May 2024, which had rated the service Good"
            or (
                "Ofsted" not in sentence
                and (heading := _heading_above(text, s_start)) is not None
                and re.search(rf"(?i:{OTHER_INSPECTORATES})", heading)
            )
            # "Current Ofsted ratings: good (4), outstanding (1)": a count of homes, by grade
            or re.match(r"\s*\(\d{1,3}\)", after)
            # "Overall score: 15/20 — Good (scale: Excellent 18–20, Good 14–17)": a score's band
            or re.search(r"\b\d{1,3}\s*/\s*\d{1,3}\s*[\u2013\u2014:-]?\s*$", before[-20:])
            or re.match(r"\s*(?:\(\s*scale\b|\d{1,3}\s*[\u2013-]\s*\d{1,3}\b)", after)
            # 'Defined "failing" as an inadequate judgement at a full inspection': a kind
            or (
                re.search(
                    r"(?i)\b(?:defin|treat|count|class|mean)\w*\b[^.;]{0,60}\bas\s+an?\s+$", before
                )
                and re.match(r"\s+(?:judgement|judgment|rating|grade)\b", after)
            )
        ):
            continue  # "A council rated inadequate will usually receive ...": any council
        if re.search(r":\s*$", before[-3:]) and _NOUN_NEXT.match(after):
            continue  # "Supervisee comment: Good session.": a word of praise for something else
        if (
            PAST.search(before[-60:])
            and not YEAR.search(sentence)
            and not _YEARS_SINCE.search(before[-80:])
        ):
            continue
        if (
            FROM_BEFORE.search(before[-12:])
            and re.match(
                r"\s*[\"'\u201d\u2019]?\s*(?:in\s+(?:19|20)\d\d\s+|,[^,.;]{1,40},\s*)?to\b", after
            )
            and not _LISTED_CHANGE.fullmatch(before)
        ):
            # "from inadequate to ...": the old grade takes the areas of the new one (but in
            # a list of changes, "- Tameside: from inadequate to good", both are read)
            if not re.fullmatch(r"\s*From\s*[\"'\u201c\u2018]?\s*", before):
                # (not a heading's range: "From outstanding to requires improvement: our
                # round-up of the year's verdicts")
                formers.append((match.start(), match.end(), _grade_id(word)))
            continue
        if re.match(
            r"[\"'\u201d\u2019]?\s*(?:,\s*)?or\s+[\"'\u201c\u2018]?(?:outstanding|good|inadequate|"
            r"requires?\s+improvement)\b",
            after,
            re.I,
        ) or re.search(
            r"\b(?:outstanding|good|inadequate|improvement)[\"'\u201d\u2019]?\s*,?\s+or\s+"
            r"[\"'\u201c\u2018]?$",
            before,
            re.I,
        ):
            continue  # "36 of 41 homes rated good or outstanding": either, so no one grade
        if re.match(r"[\"'\u201d\u2019]\s*[,;/]\s*[\"'\u201c\u2018]", after) or re.search(
            r"[\"'\u201d\u2019]\s*[,;/]\s*(?:and\s+|or\s+)?[\"'\u201c\u2018]$", before
        ):
            continue  # grades named as words in a list: 'with an initial capital ("Good",
            # "Requires improvement")'
        if re.search(
            r"\b(?:lose|loses|losing|lost|stripped\s+of)\s+(?:its\s+|their\s+|the\s+)?"
            r"[\"'\u201c\u2018]?$",
            before[-30:],
        ) and re.search(r"\b(?:but|yet|now|still)\b", after):
            # "lose 'outstanding' tag but Ofsted still rates them good": the old grade
            formers.append((match.start(), match.end(), _grade_id(word)))
            continue
        if word.startswith(("require", "requiring")) and not word.startswith(
            "requires improvement to"
        ):
            pass
        elif (
            word.endswith(("grade", "rating", "judgement"))
            and re.search(r"\bthe\s+$", before[-5:])
            # (not "fell short of the top grade", "lost the top rating")
            and not re.search(
                r"\b(?:short\s+of|below|beneath|miss(?:ed|es|ing)?|lost|lose|los(?:es|ing)|"
                r"from|not|never|under)\s+the\s+$",
                before[-25:],
            )
        ):
            pass  # "the top grade": a grade by its name
        elif not (
            LOCAL_BEFORE.search(before[-30:])
            or LOCAL_AFTER.search(after[:60])
            or re.search(r"[\"'\u201c\u2018]\s*$", before[-3:])  # a grade in quotation marks
            or RATED_OBJECT.search(before[-80:])  # "rated its services inadequate"
            # "judged the experiences and progress of its children in care and care leavers
            # outstanding": an area as the object
            or RATED_AREA_OBJECT.search(before[-140:])
            # "rated good by Ofsted in 2016, then requires improvement to be good"
            or (grades and _THEN_GRADE.fullmatch(sentence, grades[-1][1], match.start()))
            # "rated outstanding in 2019, ..., and good last year", "inadequate in 2018 and
            # requires improvement four years later", "and, three years later, good"
            or (
                grades
                and re.search(r"\band\s+$", before[-6:])
                and re.match(
                    r"\s+(?:again\s+)?(?:last|this)\s+year\b|\s+(?:\w+\s+)?years?\s+(?:ago|later)\b",
                    after,
                )
            )
            or (grades and re.search(r"\band,?\s+" + _HOW_MANY + r"later,?\s+$", before[-40:]))
            # "rated requires improvement to be good, and in 2014 inadequate"
            or (grades and re.search(r"\band\s+in\s+(?:19|20)\d\d\s*,?\s*$", before[-16:]))
            # "Kingston was judged good and Richmond outstanding": a second place, its grade
            or (grades and _AND_PLACE.search(before[-50:]))
            or re.search(r"\S[ \t]{2,}$", before)  # a table: "Adoption performance    Good"
            # "rated good overall, with outstanding leadership": an area's grade before it
            or (
                grades
                and re.search(r"\bwith\s+(?:an?\s+)?[\"'\u201c\u2018]?$", before)
                and any(pattern.match(after.lstrip()) for pattern, _sif, _ilacs in AREAS)
            )
            # an area, then its grade, in a list: "children in care RI, care leavers good"
            or (
                _AREA_JUST_BEFORE.search(before[-120:])
                and re.match(r"\s*(?:[,.;)]|and\b|but\b|$)", after)
            )
            # a table row: a heading, then the grade capitalised at the line's end
            or (match.group("g")[0].isupper() and not after.strip(" .|\t") and len(before) < 120)
            # a list of areas: "as follows: overall effectiveness, good; the impact of ..."
            or (
                re.search(r",\s*$", before)
                and re.match(r"\s*(?:[;.]|$)", after)
                and any(
                    pattern.search(before[max(before.rfind(";"), before.rfind(":")) + 1 :])
                    for pattern, _sif, _ilacs in AREAS
                )
            )
        ):
            continue
        if word == "good" and re.match(
            r"\s+(?:progress|work|practice|quality|news|example|morning|afternoon|evening|luck|"
            r"question|point)|\s+enough\b",
            after,
        ):
            continue  # "good progress"; "not yet getting a good enough service"
        if (
            word == "good"
            and re.match(r"\s+at\s", after)
            and not re.match(
                r"\s+at\s+(?:(?:[\w'\u2019-]+\s+){0,4}?(?:inspections?|visits?)\b"
                r"|(?:that|the|this)\s+(?:time|point)\b)",
                after,
            )
        ):
            continue  # "We were good at the easy cases" (not "good at its last inspection")
        if _OTHER_INSPECTORATE.match(after):
            continue  # "is rated requires improvement by the CQC": not Ofsted's
        if re.match(
            r"[\"'\u201d\u2019]?\s+(?:judgements|judgments|ratings|grades)\b"
            r"(?!\s+(?:for|in|across|on|from)\b)",
            after,
        ):
            continue  # "proud of the 'good' judgements they have achieved": no one grade
        if re.search(r"\b(?:the|that|this)\s+[\"'\u201c\u2018]$", before) and re.match(
            r"[\"'\u201d\u2019]\s+(?:judgement|judgment|rating|grade|label|verdict)\b"
            r"(?!\s+(?:for|in|across|on|from|of)\b)",
            after,
        ):
            continue  # "argued that the 'requires improvement' judgement was ...": one named
        since = grades[-1][1] if grades else 0
        other = list(OTHER_SUBJECT.finditer(sentence, since, match.start()))
        if (
            not other
            and not grades
            and re.match(r"\s*(?:Rating|Grade)\s*:", sentence)
            and OTHER_SUBJECT.search(text, text.rfind("\n", 0, s_start) + 1, s_start)
        ):
            continue  # "Quality assured by the Virtual School: ... Rating: Good.": its rating
        if not other and not grades and _ONE_OF.match(sentence):
            # "The council runs two children's homes. One, in Edmonton, was rated requires
            # improvement": one of the things the sentence before names
            lead = text[max(text.rfind("\n", 0, s_start) + 1, s_start - 200) : s_start]
            if OTHER_SUBJECT.search(lead):
                continue
        if not other and not grades and re.match(r"\s*It\b", sentence):
            # "Oakfield House is a four-bedded home ... . It was judged 'good'": the home
            lead = text[max(text.rfind("\n", 0, s_start) + 1, s_start - 300) : s_start]
            last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
            if _A_HOME.match(last):
                continue
        if not other and _INSPECTED_AS.search(sentence, match.end()):
            continue  # "judged good when Ofsted last inspected it as a children's home"
        named = _NAMED_SUBJECT.match(sentence) if not other and not grades else None
        if named and re.search(
            rf"(?<![\w-]){re.escape(named.group('x'))}\s+(?i:(?:secure\s+|primary\s+|secondary\s+|"
            r"junior\s+|infant\s+|high\s+|special\s+)?(?:(?:children['\u2019]s\s+|"
            r"residential\s+|care\s+)?home|school|academy|nursery))\b",
            text,
        ):
            continue  # "Hollybank was rated outstanding", of "Team: Hollybank children's home"
        if other and not _SERVICES_AGAIN.search(sentence, other[-1].end(), match.start()):
            continue  # "its residential home ... had been rated Outstanding" (not "one of six
            # children's homes run by X Council, whose children's services were judged good")
        grades.append((match.start(), match.end(), _grade_id(word)))
    if not grades:
        return [], set()
    areas = []
    taken: list[tuple[int, int]] = []
    for pattern, sif, ilacs in AREAS:
        for match in pattern.finditer(sentence):
            a, b = match.start(), match.end()
            if any(not (b <= x or a >= y) for x, y in taken):
                continue
            if any(not (b <= g0 or a >= g1) for g0, g1, _ in grades):
                continue
            taken.append((a, b))
            areas.append((a, b, sif, ilacs))
            # "Children in care and care leavers were each judged good", "help and protection,
            # children in care and care leavers were all", "both children in care and care
            # leavers as good": two areas (2023 on)
            if (
                ilacs == "ilacs-children-in-care"
                and re.search(r"care\s+leavers$", match.group(0))
                # (not the heading of 2018-2023, "the experiences and progress of children in
                # care and care leavers", one area)
                and "experiences" not in match.group(0).lower()
                and not re.search(r"experiences?\s+(?:and\s+progress\s+)?of\s+$", sentence[:a])
            ):
                if re.match(
                    # (after an aside: "care leavers, judged separately under the new
                    # framework, were both rated good")
                    r"(?:\s*,[^,.;]{1,100},)?\s+(?:were|are)\s+(?:each|both|all)\b",
                    sentence[b:],
                ) or re.search(r"\bboth\s+$", sentence[:a]):
                    areas.append((b, b, "sif-care-leavers", "ilacs-care-leavers"))
                else:
                    # two areas if the inspection's year turns out to be 2023 or later
                    areas.append((b, b, None, _LEAVERS_FROM_2023))
    areas.sort()
    years = _years(sentence, grades)
    # each change's old grade, the index of the new grade, and the years stated between them
    changes = [
        (f0, f1, grade, i, [int(m.group()) for m in YEAR.finditer(sentence, f1, grades[i][0])])
        for f0, f1, grade in formers
        for i in [next((i for i, g in enumerate(grades) if g[0] >= f1), None)]
        if i is not None
    ]
    for *_, i, between in changes:
        if years[i] in between:
            years[i] = None  # "from inadequate, given in 2019, to requires improvement"
    out = []
    assigned: set[int] = set()
    last_mine: list = []
    for i, (g0, g1, grade) in enumerate(grades):
        year = years[i]
        prev_end = grades[i - 1][1] if i else 0
        next_start = grades[i + 1][0] if i + 1 < len(grades) else len(sentence)
        after = sentence[g1:next_start]
        mine = []
        forward = re.match(
            # ("requires improvement to be good, both overall and for help and protection")
            r"^\s*[\"'\u201d\u2019]?\s*(?:by\s+(?:Ofsted|inspectors)\s+(?=overall\b))?"
            r"(?:,?\s*both\s+(?=overall\b|for\b))?"
            # (not a time: "requires improvement to be good in 2022, when inspectors said
            # support for care leavers had improved")
            rf"(?:overall\b|for\b|in\b(?!\s+(?:(?:19|20)\d\d|{MONTH_NAME})\b)|across\b|on\b|:|"
            r"(?:judgements?|judgments?|ratings?|grades?)\s+(?:for|in)\b)",
            after,
        )
        if forward:
            stop = FORWARD_END.search(sentence, g1, next_start)
            hi = stop.start() if stop else next_start
            mine = [
                x
                for x in areas
                if g1 <= x[0] < hi
                and id(x) not in assigned
                and not CLAIMED.match(sentence[x[1] : next_start])
                # "good overall and its services for care leavers outstanding": the area
                # just before the next grade is that grade's
                and not (
                    next_start < len(sentence)
                    and _BARE_GAP.fullmatch(sentence, x[1], next_start)
                    and ";" not in sentence[g1 : x[0]]  # (not a list: "good overall; help ...")
                )
            ]
            if re.match(
                r"^\s*[\"'\u201d\u2019]?\s*(?:by\s+(?:Ofsted|inspectors)\s+)?(?:,?\s*both\s+)?"
                r"overall\b",
                after,
            ):
                mine = [x for x in mine if x[2] != "sif-overall"] + [
                    (g1, g1, "sif-overall", "ilacs-overall")
                ]
                # (the word "overall" is this grade's, not the next one's area)
                assigned.update(
                    id(x) for x in areas if x[2] == "sif-overall" and g1 <= x[0] < g1 + 12
                )
        if not mine and re.search(
            r"\bwith\s+(?:an?\s+)?[\"'\u201c\u2018]?$", sentence[prev_end:g0]
        ):
            # "rated good overall, with outstanding leadership": the area named next (also
            # "with 'outstanding' leadership")
            mine = [
                x
                for x in areas
                if x[0] >= g1 and not sentence[g1 : x[0]].strip(" \t\"'\u201d\u2019")
            ]
        if not mine:
            mine = [x for x in areas if prev_end <= x[0] < g0 and id(x) not in assigned]
            # "praised its leadership but judged its support for care leavers good": the
            # areas after the verb that grades, where there are any
            # (not "found children in care too variable and rated that area ... as")
            verbs = list(_GRADING_VERB.finditer(sentence, prev_end, g0))
            ahead = [x for x in mine if verbs and x[1] <= verbs[-1].start()]
            if (
                ahead
                and any(x[0] >= verbs[-1].end() for x in mine)
                and re.search(
                    r"\b(?:but|while|whilst|whereas|although|though|yet)\b",
                    sentence[ahead[-1][1] : verbs[-1].start()],
                    re.I,
                )
            ):
                mine = [x for x in mine if x[0] >= verbs[-1].end()]
            # "an overall rating of inadequate": the nearest area word is "overall".
            overall = [x for x in mine if x[2] == "sif-overall"]
            if overall and re.search(
                r"overall\s+(?:rating|judgement|judgment|grade)?\s*(?:of|was|is|:)?\s*[\"'\u201c\u2018]?\s*$",
                sentence[prev_end:g0],
                re.I,
            ):
                mine = overall
        # "..., as were the experiences and progress of ...": those areas share the grade.
        also = ALSO_AFTER.match(after)
        if also:
            rest = after[also.end() :]
            stop = CLAUSE_END.search(rest)
            # (a list of areas: "as were the impact of leaders, the experiences ... of
            # children who need help and protection, and the experiences ... of care leavers")
            while (
                stop
                and stop.group() == ","
                and any(
                    x[0] == g1 + also.end() + stop.end() + len(gap.group())
                    for x in areas
                    for gap in [re.match(r"\s*(?:and\s+)?", rest[stop.end() :])]
                )
            ):
                stop = CLAUSE_END.search(rest, stop.end())
            hi = g1 + also.end() + (stop.start() if stop else len(rest))
            mine = [*mine, *(x for x in areas if g1 <= x[0] < hi and id(x) not in assigned)]
        # "rated outstanding last year, including for care leavers": the overall grade, and
        # the areas it names
        including = None if mine else _INCLUDING_AFTER.match(after)
        if including:
            rest = after[including.end() :]
            stop = CLAUSE_END.search(rest)
            hi = g1 + including.end() + (stop.start() if stop else len(rest))
            named = [
                x
                for x in areas
                if g1 + including.end() <= x[0] < hi
                and id(x) not in assigned
                and x[2] != "sif-overall"
            ]
            if named:
                mine = [(g0, g0, "sif-overall", "ilacs-overall"), *named]
        every = (
            ALL_AREAS.match(after)
            or ALL_AREAS_BEFORE.search(sentence[prev_end:g0])
            or ALL_AREAS_WITH.search(sentence[prev_end:g0])
            or ALL_AREAS_OBJECT.search(sentence[prev_end:g0])
        )
        if every:
            n = COUNTS.get((every.group("n") or "").lower(), 0)
            # "across the board", "good in every area": the overall judgement too
            board = every.re is ALL_AREAS and (every.group("board") or not n)
            marker = ALL_OVERALL if board else f"{ALL}{n or ''}"
            mine = [*mine, (g1, g1, marker, marker)]
        excepted = ALL_EXCEPT.match(after) or (
            # "with every area judged outstanding except the experiences ... of care leavers"
            every is not None and every.re is not ALL_AREAS and _EXCEPT_AFTER.match(after)
        )
        but = next((x for x in areas if x[0] >= g1 + excepted.end()), None) if excepted else None
        if but and not re.fullmatch(
            r"(?:one\s*[,:\u2013\u2014-]?\s*)?(?:the\s+)?", sentence[g1 + excepted.end() : but[0]]
        ):
            but = None  # ("except one." and an area further on: not the one)
        if but is not None:
            # (the area excepted is left to the grade it is given next, if any)
            mine = [x for x in mine if x is not but and not str(x[2]).startswith("*")]
            marker = f"{ALL}!{but[2]}!{but[3]}"
            mine = [*mine, (g1, g1, marker, marker)]
        for x in mine:
            assigned.add(id(x))
        if not mine and last_mine and _THAT_PART.match(after):
            mine = last_mine  # "a drop from the good rating that part of the service received"
        if (
            not mine
            and last_mine
            and all(str(x[3]).startswith("ilacs-") and x[3] != "ilacs-overall" for x in last_mine)
            # (of the same framework: not "up from requires improvement at its 2015
            # inspection", when that area was not graded)
            and (year is None or years[i - 1] is None or (year <= 2017) == (years[i - 1] <= 2017))
            and re.search(r",?\s*\b(?:up|down)\s+from\s+[\"'\u201c\u2018]?$", sentence[prev_end:g0])
        ):
            mine = last_mine  # "judged children in care outstanding, up from requires
            # improvement in 2018": that area's earlier grade
        if not mine:
            mine = [(g0, g0, "sif-overall", "ilacs-overall")]
        last_mine = mine
        at = (grade, s_start + g0, s_start + g1, s_start, s_end)
        earlier = SAME_AS.search(sentence, g1, next_start) or SAME_BEFORE.search(
            sentence, g1, next_start
        )
        # "both judged good, the same grade the borough received overall in 2017": an overall
        # grade of 2017, not the areas'
        overall = earlier and re.search(r"\boverall\b", earlier.group(0), re.I)
        again = AGAIN.match(sentence, g1, next_start)
        if (
            again
            and "again" not in again.group(0)
            and _GRADING_VERB.search(sentence, again.end(), next_start)
        ):
            again = None  # "found to require improvement in 2018, and in 2014 they rated it
            # inadequate": another grade, another year
        for _, _, sif, ilacs in mine:
            out.append((sif, ilacs, *at, year))
            if earlier and not overall:
                out.append((sif, ilacs, *at, int(earlier.group("y"))))
            if again:
                out.extend((sif, ilacs, *at, int(y)) for y in YEAR.findall(again.group())[1:])
        if overall:
            out.append(("sif-overall", "ilacs-overall", *at, int(earlier.group("y"))))
    for f0, f1, grade, i, between in changes:
        # the old grade, of the new one's areas, dated by the year between them
        at = (grade, s_start + f0, s_start + f1, s_start, s_end)
        for sif, ilacs, *_rest in [x for x in out if x[3] == s_start + grades[i][0]]:
            out.append((sif, ilacs, *at, between[0] if between else None))
    return out, {s_start + f0 for f0, _, _ in formers}


# A list's line of changes, up to the old grade: "- Tameside: from "
_LISTED_CHANGE = re.compile(
    r"\s*(?:[-*\u2022\u2013]\s+)?[A-Z][\w'\u2019&.-]*(?:[ -][A-Z][\w'\u2019&.-]*){0,3}:\s*from\s+"
    r"[\"'\u201c\u2018]?"
)
# After a grade: the area graded just before ("the good rating that part of the service had")
_THAT_PART = re.compile(
    r"[\"'\u201d\u2019]?\s+(?:rating|grade|judgement|judgment)\s+(?:that|this)\s+(?:part|area)\s+"
    r"of\s+the\s+service\b",
    re.I,
)


# After a grade's year: a comma, then the sentence's own verb or a time of its own.
_ANOTHER_TIME = re.compile(
    r"\d{4}\s*,\s*(?:(?:\w+\s+)?(?:is|are|was|were|has|have|had)\b|.*?\b(?:now|"
    r"(?:last|this)\s+(?:month|year|spring|summer|autumn|winter)|in\s+"
    + MONTH_NAME
    + r"\b(?!\s+\d))"
    r")",
    re.I | re.S,
)


# A year, then a count of years before or after it: "in 2012, three years before"
_YEAR_THEN_COUNT = re.compile(
    r"\b(?P<y>(?:19|20)\d{2})\s*,\s*" + _HOW_MANY + r"(?:(before)|after)\s+(?!that\b|this\b)",
    re.I,
)
# A year just before a clause of time: "a long way from 2016, when"
_YEAR_THEN_WHEN = re.compile(r"\b(?P<y>(?:19|20)\d{2})[\"'\u201d\u2019]?,\s*when\b")
# A clause about the time of the grade just before: "inadequate in July 2022, when".
_SAME_TIME = re.compile(
    r"\s*(?:overall\s+)?"
    # "good overall at our last full inspection in 2022, when ..."
    r"(?:at\s+(?:its|our|their|the|your)\s+(?:[\w-]+\s+){0,3}?inspection\s*)?"
    r"(?:(?:in|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\s*)?"
    r",\s*(?:when|at\s+which|at\s+that\s+time|in\s+which)\b",
    re.I,
)


_GRADING_VERB = re.compile(r"\b(?:rated|rating|judged|judging|graded|found)\b", re.I)
# Between a grade and the next in a run of them: "in 2016, then", ", and later"
_THEN_GRADE = re.compile(r"[^.;:]{0,40}?,?\s+(?:and\s+)?(?:then|later)\s+", re.I)
# After a grade: the inspection it is of is the latest
_LATEST_AFTER = re.compile(
    r"\s*(?:overall\s+)?at\s+(?:its|their|the|our|your)\s+(?:most\s+recent|latest|last|"
    r"current)\s+inspection\b(?!,?\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})",
    re.I,
)
# After a later grade: the inspectors' return, undated ("inadequate in 2020, ... judged good
# overall when inspectors returned in the autumn")
_RETURNED_AFTER = re.compile(
    rf"\s*(?:overall\s+)?{_WHEN_INSPECTORS}{_CAME_BACK}\b"
    r"(?!,?\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})",
    re.I,
)
# After a grade: its own earlier year ("outstanding in 2019, and good before that, in 2017")
_BEFORE_THAT_IN = re.compile(r"\s+before\s+that\s*,?\s+in\s+(?P<y>(?:19|20)\d{2})\b")
# Between two grades: the second is of a later time
_THEN = re.compile(r"(?:,|\band)\s+(?:then|later|subsequently|afterwards)\b", re.I)


def _year_fits(sentence: str, grades: list[tuple[int, int, str]], i: int, at: int) -> bool:
    """Whether the year at ``at`` may date grade ``i`` when no rule of time places it: not a
    year after a later grade, nor a label's ("Good (2022: Inadequate)"), nor one opening the
    next grade's clause ("found to require improvement, and in 2014 they rated it
    inadequate")."""
    g0, g1, _ = grades[i]
    nxt = grades[i + 1][0] if i + 1 < len(grades) else len(sentence)
    return bool(
        (at < g0 or not any(g1 <= h < at for h, _, _ in grades))
        and not (at > g1 and _YEAR_LABEL.match(sentence, at - 1))
        and not (
            g1 < at < nxt < len(sentence)
            and re.search(r",\s*(?:and|but)\s+(?:in|by)\s+$", sentence[g1:at])
        )
    )


def _heading_above(text: str, at: int) -> str | None:
    r"""The nearest heading above the paragraph ``at`` is in: a short line in capitals, with
    only paragraphs between ("4. HM INSPECTORATE OF PROBATION INSPECTION").

    >>> _heading_above("1. OFSTED\n\nIt was rated good.\n\nSo it was.", 30)
    '1. OFSTED'
    """
    end = text.rfind("\n", 0, at)  # (the lines above, read upwards, not the whole text split)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and len(line) <= 120 and line.upper() == line and re.search(r"[A-Z]{3}", line):
            return line
        end = start - 1
    return None


def _years(sentence: str, grades: list[tuple[int, int, str]]) -> list[int | None]:
    """The inspection year of each grade: a year in the grade's own clause, else one in a
    clause with no grade of its own ("In 2016, ... rated inadequate"), else none. Years that
    date something else ("set up in 2014") do not count."""
    same = {m.start("y") for pattern in (SAME_AS, SAME_BEFORE) for m in pattern.finditer(sentence)}
    years = [
        (m.start(), int(m.group()))
        for m in YEAR.finditer(sentence)
        if not OTHER_YEAR.search(sentence[max(0, m.start() - 40) : m.start()])
        and m.start() not in same
    ]
    if not years:
        return [None] * len(grades)
    bounds = [0, *(m.end() for m in CLAUSE_BREAK.finditer(sentence)), len(sentence) + 1]
    clauses = list(pairwise(bounds))

    def clause_of(pos: int) -> int:
        return next(i for i, (a, b) in enumerate(clauses) if a <= pos < b)

    graded = {clause_of(g0) for g0, _, _ in grades}
    free = [(at, y) for at, y in years if clause_of(at) not in graded]
    out = []
    claimed: set[int] = set()  # years an aside's grade took
    for i, (g0, g1, _) in enumerate(grades):
        own = [(at, y) for at, y in years if clause_of(at) == clause_of(g0) and at not in claimed]
        # "rated inadequate in 2014 and requires improvement in 2017": each grade its own year,
        # the one just after it, else the one before it since the grade before.
        nxt = grades[i + 1][0] if i + 1 < len(grades) else len(sentence)
        prev = grades[i - 1][1] if i else 0
        # "By 2017 they had been judged to require improvement, and last year inspectors
        # rated them good, with ...": a time of its own, after the grade before, starts a new
        # inspection whose grades take no year from before it (the article's date dates them)
        cut = max(
            (
                m.end()
                for pattern in (_THIS_YEAR, _THIS_TIME)
                for m in pattern.finditer(sentence, grades[0][1], g0)
            ),
            default=0,
        )
        if i and _THEN.search(sentence, prev, g0):
            # "good in 2016, then requires improvement when inspectors came back in 2019":
            # not the year of the grade before
            cut = g0
        if cut:
            own = [(at, y) for at, y in own if at >= cut]
            free = [(at, y) for at, y in free if at >= cut]
        after = [(at, y) for at, y in own if g1 <= at < nxt]
        before = [y for at, y in own if prev <= at < g0]
        earlier = _BEFORE_THAT_IN.match(sentence, g1)
        # "good in 2022, a long way from 2016, when its services were judged inadequate": the
        # year the clause of time is of
        when = [*_YEAR_THEN_WHEN.finditer(sentence, prev, g0)][-1:]
        # "I joined in 2012, three years before Ofsted judged the services inadequate"
        counted = _YEAR_THEN_COUNT.search(sentence, prev, g0)
        inspected = _WHEN_INSPECTED_IN.match(sentence, g1)
        if inspected and inspected.end() <= nxt:
            # "good in every area when Ofsted last inspected them, in June 2022", "up from
            # requires improvement when inspectors last visited in 2018": that visit's year
            out.append(int(inspected.group("y")))
        elif when and not re.search(r"[;:]", sentence[when[0].end() : g0]):
            out.append(int(when[0].group("y")))
        elif counted and not [y for at, y in own if counted.end() <= at < g0]:
            step = _count(counted.group(2))
            out.append(int(counted.group("y")) + (step if counted.group(3) else -step))
        elif earlier:
            out.append(int(earlier.group("y")))  # "and good before that, in 2017"
        elif not after and (
            _relative_after(sentence, g1)
            or (before and _LATEST_AFTER.match(sentence, g1))
            or (i and _later_after(sentence, g1))
            or (i and _RETURNED_AFTER.match(sentence, g1))
        ):
            out.append(None)  # "and Ofsted gave them outstanding overall last year": the
            # article's date dates it, not the year of the grade before; "rated inadequate in
            # 2020 and good at its most recent inspection": another, undated
        elif after and (
            re.fullmatch(
                r"[\"'\u201d\u2019]?\s*(?:overall\s+)?(?:by\s+(?:Ofsted|inspectors)\s+)?"
                r"(?:,?\s*under\s+the\s+[\w\s()-]{3,50}?,?\s+)?(?:in|during|at\s+(?:its|their|the|our|your)"
                r"(?:\s+[A-Z][a-z]+)?|(?:judgement|judgment|rating|grade)\s+(?:of|in)"
                # "rated outstanding overall at its previous inspection in 2019"
                # (and "at the authority's previous inspection in 2019")
                r"|at\s+(?:its|their|our|your|the(?:\s+[\w-]+['\u2019]s)?|[A-Z][\w-]*['\u2019]s)\s+"
                r"(?:(?:previous|last|latest|most\s+recent|"
                # ("good at its first inspection under the new framework in 2018")
                r"recent|first|full|own)\s+)*inspections?(?:\s+under\s+the\s+[\w\s()-]{3,50}?)?,?\s+in"
                # "the good grade the council received in 2019", "the good rating that part of the
                # service received when the borough was last inspected, in 2019"
                r"|(?:judgement|judgment|rating|grade)\s+(?:[\w'\u2019]+\s+){0,5}?(?:received|got|"
                r"had|achieved|earned|was\s+given|were\s+given|was\s+awarded)"
                r"(?:\s+when\s+[^,.;]{1,80},)?\s+in)\s+",
                sentence[g1 : after[0][0]],
            )
            or (
                # "to good (2023)", "previously Inadequate (SIF 2017)" (not a label of
                # another: "Good (2022: Inadequate)")
                re.fullmatch(r"\s*\(\s*(?:(?:SIF|ILACS)\s*,?\s*)?", sentence[g1 : after[0][0]])
                and re.match(r"\d{4}\)", sentence[after[0][0] :])
            )
        ):
            out.append(after[0][1])
            # "X, judged inadequate in 2019, is now rated ...", "inadequate in 2014, and ...
            # inspectors last month judged the service good": the next grade is of another time
            upto = grades[i + 1][1] + 40 if i + 1 < len(grades) else nxt
            # (matched in the whole sentence: "in November 2023" is not cut to "in November")
            another = _ANOTHER_TIME.match(sentence, after[0][0])
            if another and another.end() <= upto:
                claimed.add(after[0][0])
        elif before:
            out.append(before[-1])
        elif i and _SAME_TIME.match(sentence, prev, g0):
            out.append(out[-1])  # "judged inadequate in July 2022, when each of the three
            # judgement areas was also judged inadequate": the same inspection
        else:
            # (a year after a later grade is that grade's: "rated good - up from requires
            # improvement at its last inspection, in 2015")
            mine = [y for at, y in (own or free) if _year_fits(sentence, grades, i, at)]
            since = [y for at, y in free if prev <= at < g0]
            if i and not own and since:
                # "ILACS (2024) – Requires improvement; previous inspection (2019) – Good":
                # the year named since the grade before, not the first in the sentence
                mine = since[-1:]
            if not mine and own:
                # ("last graded Haringey in 2018, when it was found to require improvement,
                # and in 2014 ...": its own clause's year was the next grade's)
                mine = [y for at, y in free if _year_fits(sentence, grades, i, at)]
            if (
                not mine
                and i
                and out[-1] is not None
                and (
                    (
                        _SAME_VISIT.search(sentence, prev, g0)
                        and not _NEW_TIME.search(sentence, prev, g0)
                    )
                    # "found them requires improvement, with children looked after also
                    # requiring improvement, though inspectors then judged adoption good"
                    or _WITH_ALSO.fullmatch(sentence, prev, g0)
                )
                and not cut  # ("...; this spring they were judged ...": another visit)
            ):
                # "rated ... inadequate overall in 2015; services for children looked after
                # were judged to require improvement": the same visit
                mine = [out[-1]]
            out.append(mine[0] if mine else None)
    # "outstanding overall, and outstanding in each of the three judgement areas, in 2022":
    # the grade said again for the areas, the year after both is the first one's too
    for i in reversed(range(len(grades) - 1)):
        if (
            out[i] is None
            and out[i + 1] is not None
            and grades[i][2] == grades[i + 1][2]
            and _GRADE_SAID_AGAIN.fullmatch(sentence, grades[i][1], grades[i + 1][0])
        ):
            out[i] = out[i + 1]
    return out


_WHEN_INSPECTED_IN = re.compile(
    r"[\"'\u201d\u2019]?\s*(?:overall\s+)?(?:(?:in|across)\s+(?:all|each|every)\s+"
    r"(?:[\w'\u2019]+\s+){0,3}?(?:areas?|judgements?|judgments?)\s+)?"
    rf"(?:{_WHEN_INSPECTORS}|when\s+(?:it|they)\s+)(?:(?:last|previously|first|most\s+recently)\s+)?"
    r"(?:visited|inspected|came)(?:\s+(?:them|it|in))?,?\s+in\s+"
    rf"(?:{MONTH_NAME}\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
_GRADE_SAID_AGAIN = re.compile(r"[\"'\u201d\u2019]?\s*overall\s*,?\s+and\s+(?:also\s+)?", re.I)


# A clause after a semicolon reporting another grade of the visit just stated
_SAME_VISIT = re.compile(
    r";\s*[^;]*\b(?:was|were)\s+(?:\w+ly\s+|also\s+)?(?:judged|rated|found|graded)\b[^;]*$", re.I
)
# An area of the same visit, after the grade before: ", with children looked after also",
# ", though inspectors then judged adoption"
_WITH_ALSO = re.compile(
    r"[\"'\u201d\u2019]?\s*(?:,\s*with\s+[^;,.]{1,80}?\s+also\s+(?:being\s+)?"
    r"|,?\s*(?:though|although|while|whilst|but|and)\s+(?:(?:inspectors|Ofsted|they)\s+)?"
    r"(?:then\s+)?(?:judged|rated|found)\s+(?:that\s+)?[^;,.]{1,80}?\s+(?:as\s+|to\s+be\s+)?"
    # ", though help and protection was judged good"
    r"|,\s*(?:though|although|while|whilst|but)\s+[^;,.]{1,80}?\s+(?:was|were)\s+(?:also\s+)?"
    r"(?:judged|rated|found)\s+(?:as\s+|to\s+be\s+)?"
    # "adoption was singled out as outstanding and help and protection, children looked after,
    # care leavers and leadership were all judged good"
    r"|\s+and\s+[^;.]{1,120}?\s+(?:was|were)\s+(?:all\s+|also\s+|each\s+)?"
    r"(?:judged|rated|found)\s+(?:as\s+|to\s+be\s+)?)",
    re.I,
)
# ... unless it says it is of another time ("; now ...", "; since then ...")
_NEW_TIME = re.compile(r"\b(?:now|since|today|currently|then|later|recently|latest)\b", re.I)
