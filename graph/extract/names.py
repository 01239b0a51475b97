"""Names in text: people, bodies and the nouns that stand for them, linked to known entities.

Rules only (no model): people are capitalised names with a title (Cllr, Mr, Dr...) or in a
position only a person takes (the subject of "said", a name with a role in apposition); bodies
are known names and aliases, council names ("Kent County Council", "London Borough of
Hackney"), and names ending in Trust, Partnership, Board... Known entities come from the
project's registry (``data/entities.yaml``) and a small built-in list of national bodies.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from graph.councils import COUNCILS
from graph.extract.given_names import gender_of_given_name

__all__ = ["PLACES", "EntityIndex", "Known", "Mention", "find_mentions", "slug"]

TITLES = (
    # judges: "Her Honour Judge Jo Roe", "District Judge Roe", "Mr Justice Roe"
    r"(?:His|Her)\s+Honour\s+Judge|(?:His|Her)\s+Honour|District\s+Judge|HHJ|"
    r"(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice|"
    # (and as American papers print it: "Councilor Jo Roe")
    r"County\s+Councillor|Cllrs|Cllr|Councillors|Councillor|Councilors|Councilor|Coun|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|"
    r"Professor|Sir|Dame|Lord|Lady|Baroness|Baron|Rev|Revd|Reverend|Judge|Mayor|Alderman|"
    # police ranks: "Det Insp Jo Roe", "Chief Constable Sam Lee", "Supt Amy Wu"
    r"(?:Det(?:ective)?\.?\s+)?(?:Chief\s+)?(?:Insp|Inspector|Supt|Superintendent|Sgt|Sergeant|"
    r"Con|Constable)|Chief\s+Constable|Assistant\s+Chief\s+Constable|DCI|DI|DS|DC|PC|"
    # forces ranks and clergy: "Lt Col Jo Roe", "Canon Jo Roe", "Pastor Jo Roe"
    r"(?:Lt|Lieutenant)\.?\s+(?:Col|Colonel|Cdr|Commander)|Lt|Lieutenant|Col|Colonel|Maj|Major|"
    r"Capt|Captain|Brig|Brigadier|Cpl|Corporal|Canon|Pastor|Fr|Father|Bishop|Archdeacon|Rabbi|"
    # and nursing's: "Senior Sister Anwen Rowe"
    r"Imam|Sister|"
    # and a congregation's: "Elder Samuel Oduya", "Deacon Jo Roe"
    r"Elder|Deacon|Chaplain|"
    # a Catholic priest's: "Mgr Anthony Riordan", "Monsignor Jo Roe"
    r"Mgr|Monsignor|"
    # chess titles: "GM Rustam Beknazarov", "IM Jo Roe"
    r"WGM|WIM|GM|IM"
)
FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness"}
MALE = {"mr", "sir", "lord", "baron", "fr", "father"}
_TOKEN = (
    r"(?:Mc|Mac|O['\u2019])?[A-Z][a-zA-Z\u00c0-\u017f]*(?:[-'\u2019][A-Z][a-zA-Z\u00c0-\u017f]+)*"
)
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|le|la|du|bin|al|ter)"
# (a name does not run over a blank line: "Dear Mr Roe\n\nFocused visit")
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))"
NAME = rf"{_TOKEN}(?:{_GAP}(?:{_PARTICLE}{_GAP})?{_TOKEN}){{0,3}}"
# After a title, an initial may stand for the given name: "Ms C. Ansah", "Councillor G. Lacey".
PERSON_RE = re.compile(
    # ("Major (retd) Gerald Fenwick")
    rf"\b(?:(?P<title>(?:{TITLES})(?:\.?\s+\((?:retd|rtd|[Rr]etired)\.?\))?)\.?\s+)?"
    rf"(?P<name>(?(title)(?:[A-Z]\.\s?)?){NAME})"
)

# Capitalised words that are not parts of a person's name.
NOT_NAME = set(
    [
        # post-nominals: "Rosalind Farrant HMI", "Jo Roe OBE"
        "HMI",
        "OBE",
        "MBE",
        "CBE",
        "KC",
        "QC",
        # a witness statement cited by its maker: "(WS Dwyer-Heath, §6)"
        "WS",
        "Council",
        "County",
        "Borough",
        "City",
        "District",
        "Metropolitan",
        "Services",
        "Service",
        "Department",
        "Committee",
        "Board",
        "Trust",
        "Partnership",
        "Government",
        "Agency",
        "Court",
        "Cabinet",
        "Hall",
        "House",
        "Street",
        "Road",
        "Rd",  # (as a canvass sheet prints it: "Cliffe Rd")
        "Ave",
        "Report",
        "Ofsted",
        "OFSTED",
        "Education",
        "Children",
        "Children's",
        "Children’s",
        "Childrens",
        "Childrens'",
        "Social",
        "Care",
        "Health",
        "NHS",
        "Police",
        "Authority",
        "Association",
        "Union",
        "Party",
        "Labour",
        "Conservative",
        "Conservatives",
        "Liberal",
        "Democrat",
        "Democrats",
        "Lib",
        "Dem",
        "Dems",
        "Green",
        "Greens",
        "Independent",
        "Reform",
        "Team",
        "Unit",
        "Office",
        "Group",
        "Panel",
        "Network",
        "Centre",
        "Center",
        "Room",
        "School",
        "Schools",
        "Academy",
        "College",
        "University",
        "Inspectorate",
        "Commission",
        "Commissioner",
        "Minister",
        "Secretary",
        "State",
        "Director",
        "Directors",
        "Member",
        "Members",
        "Leader",
        "Chief",
        "Executive",
        "Chair",
        "Chairman",
        "Chairwoman",
        "Head",
        "Officer",
        "Manager",
        # "Senior Practitioner Dariusz Wróbel", "Team Manager", "Advanced Practitioner"
        "Practitioner",
        "Practitioners",
        "Strategic",
        "Corporate",
        "Deputy",
        "Assistant",
        "Portfolio",
        "Holder",
        "Improvement",
        "Safeguarding",
        "Family",
        "Families",
        "Crown",
        "High",
        "Old",
        "Appeal",
        "Act",
        "Plan",
        "Strategy",
        "Framework",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Our",
        "Your",
        "His",
        "Her",
        "Their",
        "Its",
        "In",
        "On",
        "At",
        "For",
        "From",
        "By",
        "With",
        "As",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "Whilst",
        "After",
        "Before",
        "Despite",
        "However",
        "Although",
        "Responding",
        "One",
        "Another",
        "Speaking",
        "Commenting",
        "Writing",
        "Local",
        "National",
        "Regional",
        "British",
        "English",
        # languages and nationalities: "Interpreter: Pashto, in person", "Afghan; Pashto"
        "Pashto",
        "Dari",
        "Farsi",
        "Arabic",
        "Kurdish",
        "Sorani",
        "Tigrinya",
        "Amharic",
        "Urdu",
        "Punjabi",
        "Bengali",
        "Sylheti",
        "Gujarati",
        "Polish",
        "Romanian",
        "Albanian",
        "Vietnamese",
        "Portuguese",
        "Spanish",
        "Lithuanian",
        "Mandarin",
        "Cantonese",
        "Ukrainian",
        "Afghan",
        "Eritrean",
        "Sudanese",
        "Syrian",
        "Iraqi",
        "Iranian",
        "UK",
        "GB",
        "England",
        "Wales",
        "Scotland",
        "Britain",
        "London",
        "Did",
        "Top",
        "Hide",
        "Ad",
        "Ads",
        "Read",
        "More",
        "Share",
        "Advertisement",
        "Image",
        "Picture",
        "Photo",
        "Credit",
        "Click",
        "Here",
        "Minutes",
        "Agenda",
        "Item",
        # a book's, a course's or a series' parts: "Chapter Seven: The Letter", "Module CS-14:"
        "Chapter",
        "Module",
        "Episode",
        "Lesson",
        "Slide",
        "Scene",
        "Contributors",
        "Supporting",
        "Documents",
        "Registered",
        "Address",
        "Tel",
        "Contact",
        "Us",
        "Overall",
        "Inspectors",
        "Inspector",
        "Inspection",
        "Inspections",
        "Good",
        "Outstanding",
        "Inadequate",
        "Requires",
        "Improvement",
        "Adoption",
        "Leadership",
        "Management",
        "Governance",
        "Early",
        "Help",
        "Protection",
        "Looked",
        "After",
        "Care",
        "Leavers",
        "Emergency",
        "Duty",
        "Family",
        "Drug",
        "Alcohol",
        "Youth",
        "Foster",
        "Fostering",
        "Meet",
        # agenda items and job-title words: "Six-Month Update", "Quality Assurance"
        "Assurance",
        "Quality",
        "Update",
        "Review",
        "Progress",
        "Performance",
        "Monitoring",
        "Overview",
        "Scrutiny",
        # people described before their name: "Adopter Gwen Talbot", "Carer Jo Roe"
        "Adopter",
        "Adopters",
        "Carer",
        "Carers",
        "Grandmother",
        "Grandfather",
        "Grandparent",
        "Mum",
        "Mother",
        "Father",
        "Dad",
        "Parent",
        "Campaigner",
        "Resident",
        # and what they are or were: "Outgoing Jo Roe", "Interim Jo Roe", "Tory Jo Roe"
        "Former",
        "Veteran",
        "Outgoing",
        "Incoming",
        "Acting",
        "Interim",
        "Tory",
        "Governors",
        "Councillors",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Cllr",
        "Councillor",
        "Councilor",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Professor",
        "Prof",
        "Miss",
        "Today",
        "Yesterday",
        "Dear",
        "Tomorrow",
        "Last",
        "Next",
        "Year",
        "Years",
        "Week",
        "Month",
        "Day",
        "Meanwhile",
        # occupations written before a name: "Organiser Jan Pryor says"
        "Organiser",
        "Organizer",
        "Coordinator",
        "Co-ordinator",
        "Founder",
        "Volunteer",
        "Treasurer",
        "Headteacher",
        "Presenter",
        "Reporter",
        "Adviser",
        "Advisor",
        "Teacher",
        "Solicitor",
        "Barrister",
        # ("Skipper Alan Fairweather, a former probation officer, has been steering boats")
        "Skipper",
        "Chef",
        "Nurse",
        "Midwife",
        "Paramedic",
        "Firefighter",
        "Pharmacist",
        "Landlord",
        "Landlady",
        "Trustee",
        "Mentor",
        "Tutor",
        "Lecturer",
        "Researcher",
        "Author",
        "Writer",
        "Artist",
        "Musician",
        "Composer",
        "Violinist",
        "Pianist",
        "Cellist",
        "Poet",
        "Photographer",
        "Filmmaker",
        "Designer",
        "Architect",
        "Engineer",
        "Economist",
        "Historian",
        "Boatman",
        "Caretaker",
        "Plumber",
        "Electrician",
        "Mechanic",
        "Cyclist",
        "Footballer",
        "Student",
        "Pupil",
        "Trainee",
        "Apprentice",
        "Graduate",
        "Breeder",
        "Magistrate",
        "Psychologist",
        "Therapist",
        "Counsellor",
        "Dentist",
        "Optician",
        "Surgeon",
        "Consultant",
        # ("Instructor Hollie Marsh", "Conductor Malcolm Pickersgill", "Vet Jo Roe")
        "Instructor",
        "Coach",
        "Trainer",
        "Groom",
        "Conductor",
        "Bandmaster",
        "Driver",
        "Cabbie",
        "Publican",
        "Barber",
        "Hairdresser",
        "Stylist",
        "Vet",
        "Farmer",
        "Jockey",
        "Referee",
        "Umpire",
        "Groundsman",
        "Warden",
        "Ranger",
        "Librarian",
        "Curator",
        # a piece of work, not a person: "for her Extended Project:"
        "Project",
        "Programme",
        "Scheme",
        "Initiative",
        # a note's verbs with no subject, opening its sentences: "Used Hull as her case study"
        "Used",
        "Defined",
        "Claimed",
        "Argued",
        "Quoted",
        "Pointed",
        "Cited",
        "Noted",
        "Called",
        "Described",
        "Gave",
        "Made",
        "Took",
        "Showed",
        "Offered",
        "Raised",
        "Urged",
        "Opened",
        "Closed",
        "Ended",
        "Began",
        "Mentioned",
        "Referred",
        # a log's or a record's: "Met YP at college", "Visited YP at home"
        "Met",
        "Visited",
        "Phoned",
        "Emailed",
        "Texted",
        "Attended",
        "Contacted",
        "Suggested",
        "Explained",
        "Praised",
        "Criticised",
        "Accepted",
        "Rejected",
        "Compared",
        "Rebutted",
        "Questioned",
        "Challenged",
        "Conceded",
        "Admitted",
        "Insisted",
        "Warned",
        "Told",
        "Wrote",
        # sentence adverbs: "Yet Peterborough, just across the border, was judged ..."
        "Yet",
        "Afterwards",
        "Asked",
        "Tonight",
        "Still",
        "Sadly",
        "Second",
        "Third",
        "Unlike",
        "Like",
        "Both",
        "Neither",
        "Welcome",
        "Thanks",
        "Congratulations",
        "Tributes",
        "Indeed",
        "Instead",
        "Elsewhere",
        "Likewise",
        "Similarly",
        "Nonetheless",
        "Nevertheless",
        "Moreover",
        "Furthermore",
        # "Neighbouring Milton Keynes, rated outstanding, ...": a place
        "Neighbouring",
        "Neighboring",
        "Nearby",
        "Also",
        "Now",
        "Then",
        "There",
        "Here",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Which",
        "Following",
        "Since",
        "Until",
        "During",
        "Under",
        "Over",
        "Into",
        "About",
        "Across",
        "Up",  # (a heading: "Up Grasmoor with the 'Derwent Dashers'")
        "Between",
        "Earlier",
        "Later",
        "Further",
        "Sources",
        "Source",
        "News",
        "Press",
        "Release",
        "Statement",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Hampshire",
        "Surrey",
        "Kent",
        "Essex",
        "Devon",
        "Norfolk",
        "Suffolk",
        "Lancashire",
        "Yorkshire",
        "Cumbria",
        "Buckinghamshire",
        "Bucks",
        "Oxfordshire",
        "Berkshire",
        "Hertfordshire",
        "Somerset",
        "Dorset",
        "Cornwall",
        "Birmingham",
        "Manchester",
        "Liverpool",
        "Leeds",
        "Bristol",
        "Sheffield",
        "Newcastle",
        "Nottingham",
        "Leicester",
        "SEND",
        "MASH",
        "DfE",
        "DCS",
        "LGA",
        "IRO",
        "IROs",
        "LSCB",
        "ILACS",
        "SIF",
        "Mayor",
        "Public",
        "Law",
        "Outline",
        "Plus",
        "Life",
        "Story",
        "Select",
        "Chamber",
        "Town",
        "Parish",
        "Fire",
        "Rescue",
        "Housing",
        "Adult",
        "Adults",
        "Learning",
        "Skills",
        "Training",
        "Court",
        "Courts",
        "Family",
        "Justice",
        "Magistrates",
        "Youth",
        "Offending",
        "Probation",
        "Prison",
        "Hospital",
        "Foundation",
        "Fund",
        "Charity",
        "Society",
        "Institute",
        "Federation",
        "Alliance",
        "Forum",
        "Council's",
        "Council’s",
        "People",
        "Officers",
        "Present",
        "Apologies",
        "Absent",
        "Senior",
        "Democratic",
        "MP",
        "MPs",
        "MEP",
        # newspapers' titles: "the Leek Courier", "Express & Star"
        "Courier",
        "Gazette",
        "Sentinel",
        "Chronicle",
        "Echo",
        "Argus",
        "Advertiser",
        "Telegraph",
        "Observer",
        "Mercury",
    ]
)
# Of those, the ones that end a building's name after "at", "outside" ("Loxley House")
_BUILDING_WORDS = {"House", "Hall", "Court", "Chambers", "Street"}
# What a place names, after it: "Higham Hill youth club", "Brook Green library"
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:youth\s+club|library|school|estate|ward|community\s+centre|centre|station|"
    r"surgery|family\s+hub|children['\u2019]s\s+centre|leisure\s+centre|area|branch"
    r"|Road|Rd|Street|Lane|Avenue|Ave)\b"
)
# The last word of a street's name: "off Rye Lane"
_STREET_WORDS = {
    "Lane", "Road", "Rd", "Street", "Avenue", "Ave", "Way", "Close", "Drive", "Place", "Square",
    "Terrace", "Crescent", "Grove", "Gardens", "Row", "Walk", "Parade", "Broadway", "Hill",
    # and landmarks: "the cafe by Kingston Bridge"
    "Bridge", "Park", "Station", "Common", "Green", "Market", "Pier", "Quay", "Wharf",
}  # fmt: skip
# Words that may end or continue a surname (Jane Green, Tom Hall) but never begin a name.
SURNAME_WORDS = set(
    [
        "Green",
        "Hall",
        "Head",
        "May",
        "Young",
        "Law",
        "Hope",
        "House",
        "Street",
        "Rose",
        "Court",
        "Chambers",
    ]
)
NOT_FIRST = {w.lower() for w in NOT_NAME}
# Places in NOT_NAME (never part of a person's name), which can still name a council's area.
PLACES = {
    "hampshire",
    "surrey",
    "kent",
    "essex",
    "devon",
    "norfolk",
    "suffolk",
    "lancashire",
    "yorkshire",
    "cumbria",
    "buckinghamshire",
    "bucks",
    "oxfordshire",
    "berkshire",
    "hertfordshire",
    "somerset",
    "dorset",
    "cornwall",
    "birmingham",
    "manchester",
    "liverpool",
    "leeds",
    "bristol",
    "sheffield",
    "newcastle",
    "nottingham",
    "leicester",
}
NOT_NAME_LOWER = {w.lower() for w in NOT_NAME if w not in SURNAME_WORDS} - {"may"}
# Words that begin sentences and are capitalised only for that reason.
ORG_SUFFIX = (
    r"(?:(?:County|City|Borough|District|Metropolitan\s+Borough|Metropolitan\s+District|"
    r"Town|Parish|Unitary)\s+)?Council|(?:NHS\s+)?(?:Foundation\s+)?Trust|Partnership|"
    r"Safeguarding\s+(?:Children\s+)?(?:Board|Partnership)|Board|Commission|Association|"
    r"Inspectorate|Agency|Department|Ministry|Service|Committee|Academy|College|Authority|"
    r"Youth\s+Parliament|Forum|Network|Alliance|Coalition|Foundation|Panel|Collective|"
    # "The Hair and Beauty Industry Federation welcomed the scheme"
    # (not "Iain Moncrieff of the Society for ...": that name is read whole, above)
    r"(?:Federation|Confederation|Society|Institute|Guild)(?![ \t]+(?:of|for)\b)|"
    r"[Bb]ranch|"  # a union's branch: "UNISON's Bristol branch"
    # a firm: "Tregear Lowe Architects", "Haven Peaks Care Ltd", "Roe Hart Solicitors"
    r"Ltd|Limited|LLP|PLC|plc|CIC|Architects|Solicitors|Associates|Partners|Consultants|"
    r"Consultancy"
    # as some papers print it: "Northamptonshire county council", "Sandwell MBC"
    r"|(?:county|city|borough)\s+council|MBC"
)
# an item of a body's list of names, not a role before the name ("Chair, Audit Committee")
_LIST_WORD = (
    r"(?!(?:The|A|An|To|Chair|Chairman|Chairwoman|Vice|Executive|Chief|Director|Officer|Manager|"
    r"Head|Leader|Member|Dear|Cllr|Councillor|Services)\b)[A-Z][\w'\u2019-]*"
)
_LIST_ITEM = rf"{_LIST_WORD}(?:[ \t]+{_LIST_WORD}){{0,2}}"
# a word of a place's name (a possessive "'s" is not part of it, except in King's Lynn)
_PLACE_WORD = r"[A-Z][\w-]*(?:['\u2019](?!s\b(?!\s+Lynn))[\w-]*)*"
_ORG_WORD = r"(?:[A-Z][\w'\u2019&.-]*|and|upon|on|of|the|under|in|for|with|&)"
ORG_RE = re.compile(
    # "British Association of Social Workers", "Royal College of Nursing"
    rf"\b[A-Z][\w'\u2019&.-]*(?:[ \t]+{_ORG_WORD}){{0,3}}?[ \t]+"
    rf"(?:Association|Society|Institute|Federation|Union|College|Confederation)[ \t]+(?:of|for)"
    rf"[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'\u2019-]*){{0,3}}"
    r"|\b(?:[Tt]he\s+)?Council\s+of\s+the\s+Isles\s+of\s+Scilly\b"
    rf"|\b(?:(?:(?:London|Royal|Metropolitan)\s+)?Borough\s+of|City\s+of|County\s+of|Isle\s+of)"
    # (one space between words: a table's columns are not one name)
    # (a possessive ends the name: "City of York Council's Children in Care Council")
    rf" {_PLACE_WORD}(?: (?:(?:and|upon|on) )?(?!Council\b){_PLACE_WORD})*(?: Council)?"
    # three places in one name: "Bournemouth, Christchurch and Poole Council"
    rf"|\b[A-Z][a-z]+,[ \t]+[A-Z][a-z]+[ \t]+and[ \t]+[A-Z][a-z]+[ \t]+Council\b"
    # a committee of a list: "Children, Young People and Families Scrutiny Committee"
    rf"|\b{_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM}){{1,4}},?"
    rf"[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]{_ORG_WORD}){{0,4}}?"
    r"[ \t](?:Committee|Sub-[Cc]ommittee|Board|Panel|Partnership)\b"
    # "HM Inspectorate of Constabulary and Fire & Rescue Services"
    # (from where a name before it would start: "When HM Inspectorate of Probation")
    r"|\b(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}?"
    r"(?:HM|His\s+Majesty['\u2019]s|Her\s+Majesty['\u2019]s)\s+Inspectorate\s+of\s+"
    r"[A-Z][\w'\u2019-]*(?:(?:\s+(?:and|&))?\s+(?!HM\b|His\b|Her\b)[A-Z][\w'\u2019-]*){0,5}"
    rf"|\b[A-Z][\w'\u2019&.-]*(?:[ \t]{_ORG_WORD}){{0,6}}?[ \t](?:{ORG_SUFFIX})\b"
    rf"|\bDepartment\s+(?:for|of)\s+[A-Z][\w'\u2019]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w'\u2019]*)*"
)


# A person, then "of" a body: "Sam Lee of Kelby Council", "Cllr Jo Roe of the Roe Trust"
_PERSON_OF = re.compile(
    rf"(?:(?P<title>{TITLES})\.?\s+)?(?P<given>[A-Z][a-z]+)(?:\s+[A-Z][\w'\u2019-]+){{1,2}}"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_ORG_LEAD_STRIP = re.compile(
    r"^(?:(?:The|the|A|An|In|At|On|By|For|From|With|And|But|Yesterday|Today|Meanwhile|However|"
    r"Responding|Speaking|After|Before|Since|When|While|Whilst|Under|Last|This|That|Both|"
    r"Despite|According|Earlier|Later|Also|Now|Its|Their|His|Her|Our|Labour-run|Tory-run|"
    r"Conservative-run|Lib|Dem-run|Council-run|Neighbouring|Nearby|Fellow|So|If|As|Then|"
    r"Here|How|Why|What|Where|Once|Thanks|Dear|Until|Because|Although|Though|Sir)\s+)+"
)

# An office or a meeting of a council, before its name.
_OFFICE_OF = re.compile(
    r"(?:(?:Deputy|Opposition|Group|Cabinet|Former|Acting|Interim)\s+|Vice[- ])?"
    r"(?i:meeting|leader|member|members|chair|head|chairman|chief\s+executive|mayor|cabinet|officers?|staff|full\s+council|"
    # ("Inspection of Kelby Council's children's services": the council, as a report names it)
    r"minutes|agenda|inspection|review|report)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# Nouns that speak for a body: inspectorate words, reports, councils, spokespeople.
INSPECTORATE_WORDS = (
    r"inspectors|the\s+inspectorate|the\s+watchdog|the\s+education\s+watchdog|the\s+regulator"
)
# "repost" and other one-letter slips of "report" are common in hurried copy.
REPORT_WORDS = (
    r"(?i:report|r[a-z]port|re[a-z]ort|rep[a-z]rt|repo[a-z]t|repor[a-z]|letter|findings|"
    r"judgement|judgment)"
)
# "The inspection (of local authority children's services) found": the inspectorate's words.
_INSPECTION = re.compile(
    # (and "Ofsted's 2022 inspection of Warwickshire's children's services (good overall)")
    r"(?:\b(?i:the|this|that)|\bOfsted['\u2019]s)\s+(?:(?i:last|latest|previous|most\s+recent|"
    # ("the SEND area inspection", "the joint targeted area inspection")
    r"recent|full|new|first|next|standard|short|SEND|area|joint|targeted|\d{4})\s+)*inspection"
    # (a place's, not a body's: "of Bristol City Council's children's services" names it)
    r"(?:\s+of\s+(?:local\s+authority\s+|(?:[A-Z][\w-]*\s+){0,2}?(?!Council|Trust)[A-Z][\w-]*"
    r"['\u2019]s\s+)?"
    r"children['\u2019]s\s+(?:social\s+care\s+)?services)?(?:\s+\([^()\n]{1,120}\))?(?!\s+of\s)"
    # "a focused visit in September found", "the latest monitoring visit noted"
    r"|\b(?i:an?|the|this|that|its|their)\s+(?:(?i:latest|recent|most\s+recent|last|first|Ofsted|"
    r"second|third|fourth|fifth|follow-up|further|(?:19|20)\d\d)\s+)*(?i:focused|monitoring)\s+"
    r"visits?\b"
    r"(?!\s+(?:letter|report)s?\b)"
    # "A focused visit on care leavers finds": what it looked at, up to its verb
    r"(?:\s+(?:on|to|into|of)\s+(?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+"
    r"(?=\s+(?:finds|found|says|said|notes|noted|reports|reported|describes|described)\b))?"
    # "an Ofsted visit last autumn looking at children in care had found": the visit, up to
    # its verb
    r"|\b(?i:an?|the|this|that|its|their)\s+(?:(?i:latest|recent|last|first|(?:19|20)\d\d)\s+)*"
    r"Ofsted\s+visit\b(?:\s+(?:[\w'\u2019-]+\s+){0,8}?(?=(?:had\s+|has\s+)?"
    r"(?:finds|found|says|said|notes|noted|reports|reported|describes|described)\b))?"
)
# Posts a paper's headings give ("Risk owner: Director of Education (Jo Roe)"), referred back
# to as "the risk owner" in that section
HEADING_ROLES = ("risk owner", "report author")
ROLE_NOUNS = (
    "director",
    "cabinet member",
    "executive member",
    "portfolio holder",
    "lead member",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "chief executive",
    "commissioner",
    "minister",
    "secretary of state",
    "councillor",
    "councilor",
    "mayor",
    "head",
    "headteacher",
    "spokesman",
    "spokeswoman",
    "manager",
    "officer",
    "boss",
    "chief",
    "inspector",
    "judge",
    "author",
    "reviewer",
    # clergy and forces, by the title before the name ("Canon Jo Roe ... the canon said")
    "canon",
    "vicar",
    "pastor",
    "bishop",
    "rabbi",
    "imam",
    "colonel",
    "major",
    "captain",
    "sergeant",
    "brigadier",
    "adviser",
    "advisor",
    # a form's roles ("Practice educator / ASYE assessor: Ruth Ellams" ... "My practice
    # educator once told me")
    "practice educator",
    "product owner",
    "assessor",
    "supervisor",
    "pharmacist",  # ("Superintendent pharmacist Adeel Qureshi ... The pharmacist added")
    "dcs",  # the director of children's services
    *HEADING_ROLES,
    # the parties to a case, named in its heading ("Respondent: London Borough of Lambeth")
    "claimant",
    "defendant",
    "respondent",
    "applicant",
    "appellant",
)
ROLE_KEYWORDS = re.compile(
    r"\b(?:member|director|leader|chief|executive|head|headteacher|chair(?:man|woman|person)?|"
    r"councillor|councilor|officer|commissioner|minister|secretary|spokes(?:person|man|woman)|manager|inspector|"
    r"boss|mayor|lead|holder|deputy|president|principal|governor|chancellor|solicitor|"
    r"adviser|advisor|coordinator|co-ordinator|superintendent|dcs|mp|peer|ceo|founder|"
    r"campaigner|expert|professor|lecturer|researcher|analyst|editor|correspondent|author|"
    r"writer|journalist|broadcaster|novelist|pharmacist|"
    r"service|services|social worker|parent|mother|father|mum|dad|chairman|"
    r"representative|convenor|trustee|partner|(?:foster\s+)?carer)\b",
    re.I,
)

BUILTIN_BODIES = [
    ("ofsted", "Ofsted", "inspectorate", ["OFSTED", "Office for Standards in Education"]),
    ("department-for-education", "Department for Education", "government-department", ["DfE"]),
    ("home-office", "Home Office", "government-department", []),
    ("local-government-association", "Local Government Association", "partnership", ["LGA"]),
    (
        "association-of-directors-of-childrens-services",
        "Association of Directors of Children's Services",
        "partnership",
        ["ADCS", "Association of Directors of Children’s Services"],
    ),
    ("cafcass", "Cafcass", "agency", ["CAFCASS"]),
    ("care-quality-commission", "Care Quality Commission", "inspectorate", ["CQC"]),
    ("nspcc", "NSPCC", "agency", []),
    ("childrens-commissioner", "Children's Commissioner for England", "agency", []),
    (
        "local-government-and-social-care-ombudsman",
        "Local Government and Social Care Ombudsman",
        "agency",
        ["LGSCO", "the Ombudsman", "The Ombudsman"],
    ),
    # unions of social workers and council staff
    ("unison", "UNISON", "union", ["Unison"]),
    ("gmb", "GMB", "union", []),
    ("unite", "Unite the Union", "union", ["Unite"]),
    ("basw", "British Association of Social Workers", "union", ["BASW"]),
    ("national-education-union", "National Education Union", "union", ["NEU"]),
    ("nasuwt", "NASUWT", "union", []),
]
# The built-in bodies by their names and aliases
_BUILTIN_NAMES = {name for _i, full, _k, aliases in BUILTIN_BODIES for name in (full, *aliases)}
# Aliases made only of these words name something only once the full name is in the text.
GENERIC = set(
    [
        "the",
        "a",
        "council",
        "county",
        "department",
        "committee",
        "select",
        "chairman",
        "chair",
        "board",
        "cabinet",
        "judiciary",
        "councillor",
        "watchdog",
        "government",
        "authority",
        "local",
        "service",
        "services",
        "group",
        "team",
        "commissioner",
        "corporate",
        "director",
        "leader",
        "chief",
        "executive",
        "improvement",
        "children's",
        "children’s",
        "social",
        "care",
        "strategic",
        "of",
        "for",
        "and",
    ]
)


def slug(text: str) -> str:
    """``"Jane O'Neill-Smith"`` -> ``jane-oneill-smith``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['\u2019]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80] or "unnamed"


def fold(text: str) -> str:
    """Compare names ignoring case, curly quotes and spacing."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Known:
    """A known person or body: registry id, canonical name, kind and the names it goes by."""

    id: str
    name: str
    kind: str  # person, body
    body_kind: str | None = None
    names: list[str] = field(default_factory=list)
    contextual: list[str] = field(default_factory=list)
    builtin: bool = False


class EntityIndex:
    """Known people and bodies by name and alias (from a registry plus built-in bodies)."""

    def __init__(self, entities=None):
        self.items: list[Known] = []
        self.posts: list[tuple[str, str, list[str]]] = []
        ids = set()
        if entities is not None:
            for person in entities.people:
                self._add(Known(person.id, person.name, "person"), [person.name, *person.aliases])
                ids.add(person.id)
            for body in entities.bodies:
                known = Known(body.id, body.name, "body", body.kind)
                self._add(known, [body.name, *body.aliases])
                ids.add(body.id)
            for post in entities.posts:
                self.posts.append((post.id, post.name, [post.name, *post.aliases]))
        names = {fold(n) for k in self.items for n in k.names + k.contextual}
        for ident, name, kind, aliases in BUILTIN_BODIES:
            if ident in ids or fold(name) in names:
                continue
            self._add(Known(ident, name, "body", kind, builtin=True), [name, *aliases])

    def _add(self, known: Known, names: list[str]) -> None:
        for name in names:
            words = [w for w in re.split(r"[\s()]+", fold(name)) if w]
            if all(w in GENERIC for w in words) or len(name) < 3:
                known.contextual.append(name)
            else:
                known.names.append(name)
        self.items.append(known)

    def by_id(self, ident: str) -> Known | None:
        return next((k for k in self.items if k.id == ident), None)

    def find(self, text: str) -> list[tuple[int, int, Known]]:
        """Every place a known entity is named in ``text`` (longest names first, no overlaps).

        Generic aliases ("the Council") count only when the entity's full name or a specific
        alias is also in the text."""
        hits: list[tuple[int, int, Known]] = []
        present: set[str] = set()
        candidates: list[tuple[str, Known, bool]] = []
        for known in self.items:
            for name in known.names:
                candidates.append((name, known, False))
            for name in known.contextual:
                candidates.append((name, known, True))
        candidates.sort(key=lambda c: -len(c[0]))
        taken = [False] * (len(text) + 1)
        for contextual_pass in (False, True):
            for name, known, contextual in candidates:
                if contextual != contextual_pass:
                    continue
                if contextual and known.id not in present:
                    continue
                pattern = _name_pattern(name, case_insensitive=contextual)
                for match in pattern.finditer(text):
                    if any(taken[match.start() : match.end()]):
                        continue
                    for pos in range(match.start(), match.end()):
                        taken[pos] = True
                    hits.append((match.start(), match.end(), known))
                    present.add(known.id)
        return sorted(hits, key=lambda h: h[0])

    def post_for(self, role: str) -> str | None:
        """The id of a known post whose name or alias is ``role``."""
        want = fold(role).removeprefix("the ")
        for ident, _, names in self.posts:
            if any(fold(n).removeprefix("the ") == want for n in names):
                return ident
        return None


_PATTERNS: dict[tuple[str, bool], re.Pattern] = {}


def _name_pattern(name: str, case_insensitive: bool) -> re.Pattern:
    key = (name, case_insensitive)
    if key not in _PATTERNS:
        parts = [re.escape(p) for p in re.split(r"\s+", name.strip())]
        body = r"\s+".join(parts).replace("\\'", "['\u2019]").replace("\u2019", "['\u2019]")
        flags = re.I if case_insensitive else 0
        _PATTERNS[key] = re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)
    return _PATTERNS[key]


@dataclass
class Mention:
    """A phrase that can be a speaker: a person, a body, a pronoun or a role noun."""

    start: int
    end: int
    kind: str  # person, body, pronoun, role
    text: str
    known: Known | None = None
    title: str | None = None
    role: str | None = None  # for bodies: the noun as written ("the report")
    gender: str | None = None


_SPOKES = re.compile(
    # (or none, opening a line or a sentence: "Spokesperson line issued 08:10:")
    # (not a possessive: "Kelby Council's spokesman", below)
    r"(?:\b(?i:an?|the)\s+|(?:\A|(?<=\n)|(?<=[.:!?]\s))(?=(?:[A-Z][\w&-]*\s+){0,4}(?i:spokes)))"
    r"(?P<body>(?:[A-Z][\w'\u2019&-]*\s+(?:(?:for|of|and)\s+)?){0,6}?)?"
    r"(?P<council>(?i:(?:county|city|borough|district)\s+)?(?i:council)\s+)?"  # "A county
    r"(?P<kind>(?i:branch|union|trust|partnership|charity)\s+)?"  # council spokeswoman"
    r"(?i:spokes(?:person|man|woman))(?:\s+(?:for|from|at)\s+(?P<for>(?:the\s+)?"
    r"[A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|for|of|and))*|the\s+council))?",
)
# A body's spokesperson, in the possessive: "the council's spokeswoman", "its spokesman",
# "Kelby Council's spokesperson", "the charity's spokesperson"
_SPOKES_OF = re.compile(
    r"\b(?:(?P<its>(?i:its|their))|(?:(?i:the)\s+(?P<kind>(?i:council|authority|department|"
    r"charity|union|branch|trust|partnership))|(?P<name>[A-Z][\w'\u2019&-]*(?:\s+(?:(?:for|of|"
    r"and)\s+)?[A-Z][\w&-]*){0,5}?))['\u2019]s)\s+(?:(?i:press|media|official)\s+)?"
    r"(?i:spokes(?:person|man|woman))\b"
)
_REPORT = re.compile(
    rf"\b(?:(?P<owner>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){{0,4}}?)(?:['\u2019]s)?\s+)?"
    rf"(?:(?i:the|this|its|their|a|an|latest|damning|new|final|full|inspection|"
    # ("Its 2023 report on Blackpool found")
    rf"critical|scathing|monitoring(?:\s+visit)?|visit|\d{{4}})\s+)*"
    # (not a headline's "says watchdog report": the watchdog's, below)
    rf"(?<!\bwatchdog\s)(?<!\bregulator\s)(?:{REPORT_WORDS})\b"
    rf"(?:\s+(?:from|by|of)\s+(?P<by>(?:the\s+)?[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*)*))?",
)
# A paragraph of a report, cited before a colon or as the subject of "says": "Para 4 of
# the summary:", "Para 9:", "Para 34 says"
_PARA_OF = re.compile(
    r"\b(?i:para(?:graph)?)\.?\s+\d+(?:\.\d+)?"
    r"(?P<of>\s+of\s+(?:the|its|their)\s+(?:summary|report|letter|findings))?"
    r"(?=\s*:|\s+(?:says|said|states|stated|notes|reads)\b)"
)
_BODY_NOUN = re.compile(
    # ("one inspector", "an Ofsted inspector": one of them, unnamed)
    rf"\b(?P<insp>(?:one|an|another)\s+(?:Ofsted\s+)?inspector|(?:Ofsted\s+)?{INSPECTORATE_WORDS}"
    # a headline's "..., says watchdog", "Watchdog warns ...": no article
    # ("says Cambridgeshire watchdog report": the place's, in a report)
    r"|(?:(?<=\bsays\s)|(?<=\bwarns\s)|(?<=\bfinds\s)|(?<=\bclaims\s)|(?<=\badmits\s))"
    r"(?-i:[A-Z][a-z]+\s+)?(?:watchdog|inspectorate|regulator)(?:\s+report)?"
    r"|(?:watchdog|inspectorate|regulator)(?=\s+(?:says|said|warns|finds|found)\b))\b|"
    rf"\b(?P<council>the\s+(?:local\s+|county\s+|city\s+|borough\s+)?(?:council|authority)\b"
    # in a post: "Council said in the Echo they are ...", the council without its article
    r"|(?:(?<=[.!?]\s)|(?<=\n))(?-i:Council)(?=\s+(?:said|says|told|has\s+said)\b)"
    # a lede's "A north London council has asked ...": the council the text names
    # (not "A councillor said the council was": the words before are one phrase)
    r"|(?:\A|(?<=[.!?]\s)|(?<=\n))(?-i:An?)\s+"
    r"(?:(?!(?:the|said|says|told|tells|that|and|of|in|to|has|had|was|is|who)\b)"
    r"(?-i:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,3}?"
    r"(?:council|local\s+authority)(?=\s+(?:has|have|had|is|was|says|said|admits|admitted|"
    # ("A council press release in 2019 described the model as": its paper)
    r"told|will|press\s+release|statement|briefing|leaflet|website|newsletter)\b))|"
    # "the branch", "their union", "the partnership": the body of that kind named last
    # ("The service said in a statement": of "Peninsula Fire and Rescue Service")
    rf"\b(?:the|their)\s+(?P<generic>branch|union|partnership|charity|department|company|"
    r"service(?![\u2019']s|\s+(?:user|manager|director|lead|area|plan|level)s?\b))\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(?P<p>he|she|they|it)\b", re.I)
_ROLE_NOUN = re.compile(
    r"\b(?:(?:(?i:the|its|their|our|my)|(?i:an?\s+(?=\w+['\u2019]s\s))?[A-Z][\w-]*['\u2019]s)\s+"
    r"|(?=(?i:children['\u2019]s)\s))"  # "admits children's director"
    r"(?:(?i:council|authority|trust|company|borough|county|city|children)(?:['\u2019]s)?\s+"
    r"|(?i:service)['\u2019]s\s+|(?i:services|social\s+care)\s+"
    # ("the operator's managing director", "the charity's chief executive": an owner in
    # lower case, before a post of two words; not "the home's manager", "the paper's leader")
    r"|(?<=[Tt]he\s)[a-z]{3,}['\u2019]s\s+(?=(?i:managing|chief|deputy|assistant)\s)"
    r"|(?i:new|interim|acting|former|permanent|current|lead|senior)\s+){0,3}"
    r"(?:(?!(?i:strategic|corporate|service|assistant|deputy|executive|managing|operational)\b)"
    r"(?:[A-Z][a-z]+|\d{1,4})\s+(?=[A-Za-z\d])){0,2}"  # "the Section 151 Officer"
    r"(?P<r>(?:(?i:strategic|corporate|service|assistant|deputy|executive|managing|"
    r"operational)\s+)?(?i:" + "|".join(ROLE_NOUNS) + r"))\b",
)
# A role with no article opening a headline or a bullet, speaking: "Council leader says",
# "- Director admits"
# ... or a headline's label ("Kelby council boss: 'We let children down'"), or after its verb
# ("'We let children down', says council boss")
_HEADLINE_SPEAKS = r"says|admits|warns|vows|insists|claims|hits\s+back|responds|defends"
_HEADLINE_ROLE = re.compile(
    r"(?m)(?:^(?:[-\u2022*]\s+)?|(?<=\bsays\s)|(?<=\badmits\s)|(?<=\bwarns\s))"
    r"(?:[A-Z][a-z]+\s+(?=(?i:council|county|city|borough)\s))?"
    r"(?:(?i:council|county|city|borough)\s+)?"
    # ("Borders social work chief says", "Children's services chief warns")
    r"(?:(?:[A-Z][a-z]+\s+)?(?i:social\s+(?:work|care)|children['\u2019]s\s+services|care|"
    r"safeguarding)\s+(?=(?i:chief|boss|head|director)\b))?"
    r"(?P<r>(?i:leader|chief\s+executive|director|minister|mayor|commissioner|cabinet\s+member|"
    r"boss|chief|head))"
    rf"(?=\s+(?:{_HEADLINE_SPEAKS})\b|:\s|\s*$)"
)
# A note's "DCS said at the catch-up": the director of children's services, with no article
_BARE_DCS = re.compile(
    r"(?<![Tt]he\s)(?<![Oo]ur\s)(?<![Ii]ts\s)\bDCS(?=\s+(?:said|says|told|tells|added|adds|"
    r"replied|wrote|emailed)\b)"
)
# "A family court judge has criticised ...": the judge the article names (Judge X)
_A_JUDGE = re.compile(
    r"\b(?i:an?)\s+(?:(?i:family\s+court|family|high\s+court|senior|circuit|district)\s+)?"
    r"(?i:judge)\b(?!\s+[A-Z])"
)
# Parties, by the names their members are described with: "a Labour MP", "a Plaid Cymru MS"
PARTIES = (
    r"Labour|Conservative|Tory|Lib\s+Dem|Liberal\s+Democrat|Green|Reform(?:\s+UK)?|"
    r"Plaid\s+Cymru|SNP"
)
# People the text does not name: "one young person", "a mother from Keighley".
_ANON = re.compile(
    r"\b(?i:one|an?|another|some|many|several|two|three|other)\s+"
    r"(?:(?i:young|local|former|single|foster|teenage|elderly|worried|frustrated|disabled|"
    r"concerned|angry|independent|senior|experienced|agency|unnamed|anonymous|council|"
    r"newly\s+qualified|union|trade\s+union|opposition|backbench|locum|retired|"
    r"\d{1,2}-year-old|"  # "a 12-year-old boy"
    # a party's: "a Labour councillor", "a Plaid Cymru MS"
    rf"(?-i:{PARTIES}|Independent))\s+)*"
    r"(?P<noun>(?i:young\s+people|young\s+person|care\s+leavers?|child|children|parents?|"
    r"mothers?|fathers?|mums?|dads?|grandmothers?|grandfathers?|grandparents?|"
    r"foster\s+carers?|carers?|teenagers?|residents?|social\s+workers?|girls?|boys?|"
    r"woman|women|man|men|pupils?|relatives?|family\s+members?|adopters?|whistle-?blowers?|"
    r"staff\s+members?|members\s+of\s+staff|neighbours?|mother-of-\w+|father-of-\w+|"
    r"constituents?|respondents?|reviewing\s+officers?|practitioners?|team\s+managers?|"
    r"health\s+visitors?|police\s+officers?|people|callers?|listeners?|viewers?|readers?|"
    r"councillors?|officials?|sources?|insiders?|headteachers?|students?|trainees?|"
    r"apprentices?|nurses?|teachers?|volunteers?|employees?|professionals?|campaigners?|"
    r"ministers?|representatives?|"
    # "a teaching assistant from Werrington", "a taxi driver", "a youth worker"
    r"(?:[a-z]+\s+)?(?:assistants?|drivers?|workers?|shopkeepers?|cleaners?|vicars?|priests?|"
    r"imams?|midwife|midwives|doctors?|paramedics?|pensioners?|shoppers?|passers?-by|"
    r"commuters?)|"
    # "a locum vet", "one pharmacist", "a retired firefighter"
    r"vets?|pharmacists?|dentists?|surgeons?|firefighters?|lawyers?)"
    r"|[A-Z]{2,6}s?)\b"  # "one NQSW", "a GP"
    r"(?:\s+(?:from|in|at)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)?"
    # "One 14-year-old, at a youth club, said": someone by their age alone
    r"|\b(?i:one|an?)\s+\d{1,2}-year-old\b(?!-)"
    # "the mother of one 16-year-old"
    r"|\b(?i:the)\s+(?P<rel>(?i:mother|father|parent|grandmother|grandfather|mum|dad|sister|"
    r"brother|aunt|uncle|carer|foster\s+carer))\s+of\s+(?i:one|a|an|two|three)\s+[\w-]+"
)
# A user's handle on a forum or social media: "as @WiltsDad_Tom said upthread"
# (not a body's: "the council's own account @coventrycc")
_HANDLE = re.compile(r"(?<![\w@.])(?<!\baccount\s)@(?P<h>[A-Za-z][\w]{2,30})\b")
# Someone unnamed opening a sentence of a log or record with no article, then a verb in the
# past: "Security guard approached workers.", "PCSO on patrol stopped to speak with FA."
_BARE_ROLE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=[\u2013\u2014]\s))"
    r"(?:Security\s+guard|Police\s+officer|PCSO|Neighbour|Shopkeeper|Caretaker|Receptionist|"
    r"Paramedic|Passer-by|Bus\s+driver|Taxi\s+driver)"
    r"(?:\s+on\s+(?:patrol|duty|shift))?(?=\s+[a-z]+ed\b)"
)
# Someone the text does not name, with "the", as a verb's subject: "the duty worker said",
# "said the social worker" (a role noun of a post, "the director", is resolved to its holder)
_ANON_NOUN = (
    r"\b(?i:the)\s+(?:(?i:duty|allocated|new|previous|same|family['\u2019]s|child['\u2019]s|"
    r"boy['\u2019]s|girl['\u2019]s)\s+)?(?:(?i:social\s+worker|duty\s+worker|support\s+worker|"
    r"key\s+worker|foster\s+carer|personal\s+adviser|receptionist|call\s+handler|caseworker|"
    r"health\s+visitor|nurse|teacher|mother|father|mum|dad|grandmother|grandfather|"
    r"carer|advocate|solicitor|barrister|caller))\b"
)
_THE_ANON = re.compile(
    _ANON_NOUN + r"(?=\s+"
    # ("the social worker on the doorstep told her": where they were, then the verb)
    r"(?:(?:on|at|in|from|behind|outside|across)\s+(?:the|a|an|their|his|her|our)\s+"
    r"(?:[a-z][\w'\u2019-]*\s+){1,2}?)?"
    r"(?:then\s+|also\s+)?(?:said|says|told|tells|asked|replied|wrote|"
    r"added|explained|warned|insisted|admitted)\b"
    # ("The caller's closing words were")
    r"|['\u2019]s\s+(?:(?:own|closing|final|last|parting|opening|first)\s+)?words\b)"
    r"|(?:(?<=\bsaid\s)|(?<=\basked\s)|(?<=\badded\s)|(?<=\bwrote\s))"
    + _ANON_NOUN
    + r"(?=\s*[,.;])"
    # a parent as a sentence's subject, before a verb of stance: "The mother accepts the
    # threshold findings. In her final statement she says"
    r"|(?-i:The)\s+(?:mother|father)(?=\s+(?:has\s+(?:not\s+)?[a-z]+ed|had\s+[a-z]+ed|accepts|"
    r"accepted|agrees|agreed|denies|denied|"
    r"disputes|disputed|wants|wanted|opposes|opposed|supports|supported)\b)"
)
# One described but left unnamed at their wish: "The young man from Chorley, who asked not to
# be named, now works ..."
_UNNAMED_AT_WISH = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    r"(?:\s+(?:from|in|at|of)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?"
    r"(?=\s*,\s*who\s+(?:asked|requested|wished|wanted|did\s+not\s+want)\s+"
    r"(?:not\s+to\s+be\s+(?:named|identified)|to\s+remain\s+anonymous|to\s+be\s+named))"
)
# "Her predecessor had warned": the one the person named before replaced.
# A person referred back to by their age or family ("Jo Roe, 45, ... The 45-year-old said",
# "Jo Roe, a mother-of-two, ... the mother-of-two said")
_DESCRIBED_AGAIN = re.compile(
    r"\b[Tt]he\s+(?P<d>\d{1,3}-year-old|(?:grand)?(?:mother|father|mum|dad)-of-[a-z]+)\b(?!-)"
)
_PREDECESSOR = re.compile(r"\b(?i:his|her|their)\s+predecessor\b(?!\s*,)")
# One of a body's people, unnamed: "One of the Children in Care Council representatives".
_ONE_OF = re.compile(
    r"\b(?i:one|two|some|several|another)\s+of\s+(?:(?i:the|its|their|our)\s+"
    # ("one of the council's social workers")
    r"(?:(?i:council|authority|trust|county|city|borough|service)['\u2019]s\s+)?"
    r"|(?i:the\s+)?[A-Z][\w-]*['\u2019]s\s+)"
    r"(?:[A-Z][\w'\u2019&-]*\s+(?:(?:in|of|for|and)\s+)?){0,6}"
    r"(?i:representatives|members|delegates|officers|volunteers|young\s+people|parents|carers|"
    r"signatories|authors|residents|campaigners|speakers|staff|social\s+workers|managers|"
    r"foster\s+carers|care\s+leavers|students|teachers|nurses)\b"
)
# A body's member or source, unnamed: "a Unison representative", "one GMB steward", "a Kelby
# Council source" (an official speaks for the body)
_BODY_ANON = re.compile(
    r"\b(?i:an?|one|another)\s+(?:[A-Z][A-Za-z]+\s+){1,3}"
    # ("One Keswick Mountain Rescue volunteer admits he was")
    r"(?:representative|steward|organiser|convenor|source|insider|volunteer|member|worker|"
    r"official|officer|leader)\b"  # ("One Richmond Scout leader, who did not want to be named")
)
# A worker in a case by the body they work for, or a child's guardian, unnamed: "The local
# authority's social worker had written", "The children's guardian supported"
_CASE_ANON = re.compile(
    r"\b(?i:the)\s+(?:(?:(?i:local\s+authority|council|authority|trust)['\u2019]s\s+"
    r"(?:(?i:allocated|own)\s+)?(?i:social\s+worker|team\s+manager|independent\s+reviewing\s+"
    r"officer|family\s+support\s+worker))|(?i:child(?:ren)?['\u2019]s\s+guardian))\b"
)
# One of a group just named, as a verb's subject: '"Stop moving us," one said', "another added"
# ... or someone not named at all: "Someone's asked, '...'"
_ONE_SAID = re.compile(
    r"\b(?i:one|another|someone|somebody)(?:\s+of\s+them)?(?=(?:['\u2019]s|\s+has)?\s+(?:said|"
    r"says|added|adds|told|recalled|explained|wrote|replied|asked|put\s+it)\b)"
)
# A named person's relative, unnamed: "Child T's grandmother", "Mr Roe's mother".
_KIN = re.compile(
    r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s\s+(?P<kin>(?i:mother|father|parents|"
    r"grandmother|grandfather|grandparents|mum|dad|sister|brother|aunt|uncle|foster\s+carers?|"
    r"family|widow|partner))\b"
    # "the mother of Child B", "the father of the baby"
    r"|\b(?i:the)\s+(?:(?i:mother|father|parents|grandmother|grandfather|mum|dad|aunt|"
    r"uncle|foster\s+carers?))\s+of\s+(?:Child\s+[A-Z]\b|(?i:the)\s+(?i:boy|girl|baby|child|"
    r"toddler|teenager|infant)\b)"
)
# The speaker's own, unnamed: "My social worker said", "My wife kept a list. She used to
# say" (not "my husband Des": a name follows)
_MY_KIN = re.compile(
    r"\b(?i:my|our)\s+(?:(?i:old|new|first|last|previous|current)\s+)?(?i:social\s+worker|"
    r"mum|mother|dad|father|foster\s+carers?|carers?|PA|personal\s+adviser|teacher|key\s+worker|"
    r"husband|wife|partner|gran|nan|grandma|grandad|sister|brother|son|daughter)\b"
    r"(?![ \t]+[A-Z]|[\w'\u2019-])"
)
# The spouse of the one "her" or "his" stands for: "“The training was good,” her husband adds"
_SPOUSE = re.compile(
    # (not "said her husband, Alan Roe": named in apposition)
    r"\b(?i:her|his)\s+(?i:husband|wife|partner"
    # (or one who works with them: "His social worker, standing behind the tee, said:")
    r"|social\s+worker|foster\s+carers?|teacher|personal\s+adviser|key\s+worker)"
    r"\b(?!,?[ \t]+[A-Z]|[\w'\u2019-])"
)
# "Its members told inspectors": the body named just before, as a group.
_ITS_MEMBERS = re.compile(r"\b(?i:its|their)\s+members\b")
# "our release described the council as": the paper of the body whose document it is
_OUR_PAPER = re.compile(
    r"\b(?i:our)\s+(?:(?:own|first|last|latest|\d{4}|press|news)\s+){0,2}"
    r"(?:release|statement|newsletter|website)\b"
)
# "The Conservative group on the council": a party's group, on the text's council.
_PARTY_GROUP = re.compile(
    r"\b(?:(?i:the\s+)?(?:(?i:council['\u2019]s|opposition|ruling|main)\s+)*|(?i:its)\s+)"
    r"(?P<g>(?:Conservative|Labour|Liberal\s+Democrat|Lib\s+Dem|Green|Independent|"
    r"Reform(?:\s+UK)?)\s+(?:opposition\s+)?group)"
    # "on the council": the council of the text; "on Kelby Council": named as written
    r"(?:\s+(?P<p>on|of|at)\s+(?:(?i:the\s+council)\b|(?P<on>(?:[A-Z][a-z]+\s+){1,4}"
    r"(?:(?:Borough|County|City|District)\s+)?Council)\b)"
    # or a group alone, speaking: "The opposition Labour group said"
    r"|(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|claimed|argued|warned|called)\b))"
)
# Unnamed groups opening a clause: "Children describe ...", "..., managers had described".
_GROUP = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|^|(?<=,\s))(?i:children|young\s+people|parents|carers|"
    r"foster\s+carers|social\s+workers|care\s+leavers|staff|managers|partners|families|"
    r"headteachers|practitioners|residents)\b(?!['\u2019])",
    re.M,
)
_FEMALE_NOUNS = re.compile(r"\b(?:mothers?|mums?|grandmothers?|girls?|woman|women|mother-of)", re.I)
_MALE_NOUNS = re.compile(r"\b(?:fathers?|dads?|grandfathers?|boys?|man|men|father-of)\b", re.I)


def _gender_of(phrase: str) -> str | None:
    """The gender a noun gives: "f" for "a mother from Keighley", "m" for "her dad"."""
    return "f" if _FEMALE_NOUNS.search(phrase) else "m" if _MALE_NOUNS.search(phrase) else None


# "Leaders have ...", in a report: the council's leaders.
_LEADERS = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^)(?:Senior\s+leaders|Leaders)\b", re.M)
# "Members" in minutes: the committee, as a body.
_MEMBERS = re.compile(
    r"(?<![\w-])Members(?![\w-])|(?<=\b[Tt]he )Committee(?![\w-])"
    # "Board members described", "Forum members were clear"
    r"|(?:\A|(?<=\n)|(?<=[.!?]\s))(?:Board|Forum|Panel)\s+[Mm]embers(?![\w-])"
)
# A body named in capitals, as in the heading of minutes: "STOKE-ON-TRENT CITY COUNCIL" (at
# most ten words: unbounded, a long run of capitals was tried from each word to its end).
_CAPS_BODY = re.compile(
    r"\b[A-Z][A-Z'\u2019&-]+(?:[ \t]+(?:&|[A-Z][A-Z'\u2019&-]*)){0,9}[ \t]+"
    r"(?:COUNCIL|COMMITTEE|BOARD|TRUST|PARTNERSHIP)\b"
)
_CAPS_LEAD = {"MINUTES", "OF", "THE", "A", "AN", "MEETING", "AGENDA", "REPORT", "TO", "FOR"}
# "YOUR COUNCIL", "OUR COUNCIL": a magazine's heading, not a body's name
_CAPS_NOT_BODY = {"YOUR", "OUR", "MY", "THIS", "EVERY", "EACH"}
# "GOOD NEWS FROM THE CITY COUNCIL": a heading's sentence, not a body's name
_CAPS_HEADLINE_WORDS = {"FROM", "ABOUT", "AT", "WITH", "BY", "INTO", "OVER", "NEWS"}
_SMALL = {"and", "of", "the", "for", "on", "upon", "in", "under", "to", "at"}


def _title_case(words: str) -> str:
    """A name written in capitals, in ordinary case: ``STOKE-ON-TRENT CITY COUNCIL`` ->
    ``Stoke-on-Trent City Council``, ``BOARD (CHILDREN AND FAMILIES)`` -> ``Board (Children
    and Families)``."""
    out = []
    for i, word in enumerate(words.split()):
        opened = word.startswith("(")  # a bracket opens a name of its own
        parts = []
        for j, part in enumerate(word.removeprefix("(").split("-")):
            low = part.lower()
            keep_small = low.rstrip(")") in _SMALL and ((i > 0 and not opened) or j > 0)
            parts.append(low if keep_small else low[:1].upper() + low[1:])
        out.append("(" * opened + "-".join(parts))
    return " ".join(out)


# A party and ward tag after a councillor's name: "(Lab, Little Horton)", "(Con)".
PARTY_TAG = re.compile(
    r"\((?:Lab(?:our)?(?:\s+Co-op)?|Con(?:servative)?|LD|Lib\s*Dems?|Liberal\s+Democrats?|"
    r"Green|Grn|Ind(?:ependent)?|Reform(?:\s+UK)?|UKIP|SNP|PC|Plaid|Residents?|Res)\b[^()\n]{0,60}\)"
)
# A ward or constituency in brackets after a name: "Cllr X (Eastwood Park)", "Y (Kings Heath)";
# a bracketed role ("(Chairman)", "(Leader of the Council)") is not one.
WARD_TAG = re.compile(
    r"(?<=[A-Za-z])\s*\((?!(?:Chair|Vice|Leader|Deputy|Mayor|Director|Executive|Cabinet|"
    r"Member|Officer|Head|Manager|Clerk|Secretary|Minister|Speaker|President|Lead)\b)"
    r"[A-Z][a-z][\w'\u2019-]*(?:[ -](?:upon[ -]|on[ -]|under[ -]|with[ -]|and[ -]|&[ -])?"
    r"[A-Z][a-z][\w'\u2019-]*){0,4}\)"
)
# "Romford MP Graham Pellow", "Croydon Central MP Helen Ashdown": the name follows "MP".
_AFTER_MP = re.compile(r"\b(?:MP|MSP|MEP)s?\s+(?=[A-Z][a-z])")
# The start of a sentence, after its full stop (and a closing quotation mark), at a line's start
# or after a paragraph's number ("4.2 Denise, who fosters in Newark, put it this way:")
_SENTENCE_START = (
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"'\u201d\u2019]\s)"
    r"|(?<=^\d\.\d\s)|(?<=^\d\.\d\d\s)|(?<=^\d\d\.\d\s))"
)
# A first name described at the start of a sentence: "Kelly, a mum-of-three from Droylsden",
# "For Dariusz, a father of three, ..."
_FIRST_DESCRIBED = re.compile(
    _SENTENCE_START + r"(?:For\s+)?(?P<name>[A-Z][a-z]+),\s+"
    r"(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>mum|mother|dad|father|grandmother|grandfather|gran|grandad|"
    r"foster\s+carer|carer|care\s+leaver|parent|teenager|student|social\s+worker|resident|"
    r"widow|nurse|teacher|driver|worker|manager|officer|volunteer|engineer|cleaner|builder|"
    r"mechanic|farmer|pensioner|adopter|childminder|midwife|doctor|lawyer)(?:-of-\w+)?\b",
    re.M,
)
# A first name given as not the person's own: "Kelly – not her real name – keeps ..."
_PSEUDONYM = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)\s*(?:[\u2013\u2014-]|,|\()\s*(?:which\s+is\s+)?not\s+"
    r"(?P<p>her|his|their)\s+real\s+name\b"
)
# A name the writer gives someone: "One, whom she calls Geoff,", "a boy we will call Sam",
# "a young woman I'll call Shanice"
WRITER_CALLS = (
    r"(?:she|he|they|I|we)(?:\s+(?:calls|called|will\s+call|shall\s+call)|['\u2019]ll\s+call)"
)
_CALLED_NAME = re.compile(
    r"\b(?:whom?|that|(?<=[a-z]\s)(?=(?:she|he|they|I|we)[\s'\u2019]))\s*"
    rf"{WRITER_CALLS}\s+(?P<name>[A-Z][a-z]+)\b"
)
# A first name and an age: "Jade, 19, a member of ...", "Liam, now 24, was in care".
# ... or in brackets: "Kai (9) and his sister Ellie-May (6)"
_FIRST_AGE = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][a-z]+|(?<=\s)[A-Z][a-z]+-[A-Z][a-z]+)"
    r"(?:,\s+(?:aged\s+|now\s+|then\s+)?\d{1,2},|\s+\((?:aged\s+)?\d{1,2}\))"
    # a line opening with a first name and an age, as in a cast list: "Jordan, 17. In care ..."
    r"|^(?P<line>[A-Z][a-z]+),[ \t]+\d{1,2}\.[ \t]",
    re.M,
)
# An age, then a name: "16-year-old Tyler", "said eight-year-old Kayden Moss"
_AGED_FIRST = re.compile(
    r"\b(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?))"
    r"-year-old\s+(?P<name>[A-Z][a-z]+)(?![\w'\u2019-])"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
# What someone trained or worked as, before an unnamed-person noun
_WORKED_AS = re.compile(
    r"\b(?:trained|worked|works|working|qualified|retrained|started|began|served|"
    r"worked\s+for\s+years|"
    # "spent twenty-two years as a social worker", "after a decade as a foster carer"
    r"years|decades?|months|career|"
    # "his first job as a residential worker", "her time as a foster carer"
    r"(?:first|last|old|previous)?\s*(?:job|role|post|time|spell|stint))"
    r"(?:\s+(?:part-time|full-time|now|still))?\s+as\s+$"
)
# A likeness before an unnamed-person noun: "the air of a man who", "like a woman"
_LIKENESS = re.compile(
    r"\b(?:like|(?:air|look|intensity|manner|demeanour|bearing|confidence|energy|expression|"
    r"face|voice|tone|smile|posture|calm|patience|gait|swagger)\s+of)\s+$",
    re.I,
)
_PERSON_NOUNS = re.compile(
    r"\b(?:carer|worker|leaver|resident|student|pupil|teacher|nurse|volunteer|teenager|son|"
    r"daughter|woman|man|girl|boy|grandmother|grandfather|grandparent|adopter|practitioner|"
    r"manager|officer|mother|father|mum|dad|advocate|solicitor|mentor|tutor|coach|representative)s?\b",
    re.I,
)
# A first name and a role, speaking: "Sarah, a social worker in the city, emailed:".
_FIRST_ROLE = re.compile(
    r"(?<![\w'\u2019-])(?<!\bfrom\s)(?<!\bin\s)(?P<name>[A-Z][a-z]+),\s+"
    r"(?:(?:one|some)\s+of\s+(?:our|the|their|its|his|her)|an?|the|our|their|its|his|her)\s+"
    # ("Tasha, an advanced practitioner who joined from a residential children's home, says")
    r"(?P<role>[^,.;:\n_]{3,100}),\s+"
    r"(?:has\s+)?(?:said|says|told|tells|added|adds|e-?mailed|wrote|writes|posted|tweeted|"
    r"explained)\b"
)
# A first name in apposition to what they are: "a team manager, Sanjay, tells", and after a
# verb of saying: "says Maureen, a senior practitioner"
_ROLE_THEN_FIRST = re.compile(
    # ("Kofi was matched with his mentor, Sandra, last September")
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|his|her|their|our|my)\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+(?P<name>[A-Z][a-z]+),\s+(?=[a-z])"
    r"|\b(?:says|said|adds|added|recalls|recalled)\s+(?P<name2>[A-Z][a-z]+),\s+(?:an?|the)\s+"
    r"(?P<role2>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\b"
)

# A first name after the noun that says who they are: "Foster carer Sandra", "mum Kelly"
# (not "Foster carer Sandra Pike", a full name read as such).
_NOUN_FIRST = re.compile(
    r"\b(?i:foster\s+carers?|kinship\s+carers?|carers?|care\s+leavers?|mum|mother|dad|father|"
    r"grandmother|grandfather|gran|grandad|nan|parent|social\s+worker|teenager|student|resident|"
    r"constituent|listener|caller|viewer|reader|(?:youth|support|family|key)\s+worker|"
    r"volunteer|nurse|childminder|"
    # "my little brother Tayo", "her eldest son Kai"
    r"(?:(?:little|big|older|younger|eldest|youngest|baby|twin|kid)\s+)?"
    r"(?:brother|sister|son|daughter|nephew|niece|cousin|grandson|granddaughter)|"
    # "my friend Bev", "our neighbour Sal", "my husband Des"
    r"(?<=my\s)(?:friend|neighbour|colleague|husband|wife|partner)|(?<=our\s)(?:friend|"
    r"neighbour|colleague)|(?<=(?:her|his)\s)(?:husband|wife|partner))"
    # "a constituent, Natalie, whose son waited", "one of our social workers, Ellie,": the
    # name in apposition
    # ("A listener, Dawn from Meir, texted the show")
    r"(?:\s+|s?,\s+(?=[A-Z][a-z]+(?:\s+(?:from|in)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?,))"
    r"(?P<name>[A-Z][a-z]+)(?![\w'\u2019-])"
    r"(?!\s+(?:[A-Z]|(?:de|van|von|le)\s))"
)

# A union's branch, after the union's name: "UNISON Bristol branch", "UNISON's Bristol branch"
_BRANCH = re.compile(r"(?:['\u2019]s)?((?:\s+[A-Z][\w'\u2019-]*){1,3}\s+branch)\b")
_BRANCH_OF = re.compile(
    r"(?P<b>(?!(?:The|A|An|Its|Their)\s)(?:[A-Z][\w'\u2019-]*\s+){1,3}branch\s+of\s+(?:the\s+)?)\Z"
)
_OFSTED_INSPECTORS = re.compile(r"\bOfsted\s+inspectors\b")

# Two first names after a plural noun: "Foster carers Pauline and Dev have looked after ..."
_NOUN_PAIR = re.compile(
    r"\b(?i:foster\s+carers|kinship\s+carers|carers|parents|grandparents|adopters)\s+"
    r"(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)(?![\w'\u2019-])(?!\s+[A-Z])"
)

# What the writer did to someone whose answer follows: "We asked", "I spoke to"
ASKED = r"asked|spoke\s+to|talked\s+to|caught\s+up\s+with|interviewed"
# A first name the writer asked, described: "This week we asked Becky, a social worker in
# the Birtley team, what ..."
_ASKED_FIRST = re.compile(
    rf"\b(?:[Ww]e|I)\s+(?:also\s+|then\s+|later\s+)?(?:{ASKED}|met)\s+"
    r"(?P<name>[A-Z][a-z\u00e0-\u00ff]+),\s+(?:an?|one\s+of)\s"
)
# A first name whose note or message a label gives: "Note from Keira (CiCC):", "Reminder from
# Mel at this morning's huddle:"
_NOTE_FROM = re.compile(
    r"\b(?i:note|message|reminder|comment|text|e-?mail|word|update|quote)s?\s+from\s+"
    r"(?P<name>[A-Z][a-z\u00e0-\u00ff]+)(?![\w'\u2019-]|\s+[A-Z])[^:\n\"\u201c]{0,60}:"
)
# A first name after the person it names: "a young man called Kieran", "a mum named Lisa"
_CALLED_FIRST = re.compile(
    r"\b(?i:an?|one)\s+(?:[\w-]+\s+){0,2}?(?P<noun>(?i:man|woman|boy|girl|lad|mum|mother|dad|"
    r"father|carer|care\s+leaver|teenager|student|parent|person|resident|worker|practitioner|"
    r"manager|officer|nurse|teacher|adviser|\d{1,2}-year-old))\s+(?:called|named)\s+"
    r"(?P<name>[A-Z][a-z]+)(?![\w'\u2019-])(?!\s+[A-Z])"
)

# Two first names opening a sentence, then what they do: "Sue and Dave have fostered ..."
_PAIR_START = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+"
    r"(?=(?:have|had|are|were|both|first|met|now|still|live|began|started)\b)",
    re.M,
)

# A listener's message read out: "This one's from Sue in Ulverston:", "an email from Tom in
# Kendal:" (the mention runs to the place, so that the colon follows it); and after the
# words: "..., says Kelly from Chadwell St Mary."
_FIRST_PLACE = r"(?:in|from|at)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_FROM_FIRST = re.compile(
    rf"\b(?:from|listener,)\s+(?P<name>[A-Z][a-z]+)\s+{_FIRST_PLACE}"
    r"(?=\s*:|,\s+who\s+(?:says|said|writes|wrote|texts|texted|asks|asked|emails|emailed)\b)"
    rf"|\b(?:says|said|adds|added|asks|asked)\s+(?P<name2>[A-Z][a-z]+)\s+{_FIRST_PLACE}(?=[.,;!?])"
)

# A first name the words come from, described before them: "My favourite is from Callum, who's
# been with us eighteen months: '...'"
_FROM_FIRST_WHO = re.compile(
    r"\b(?:is|was|came|comes)\s+from\s+(?P<name>[A-Z][a-z]+),\s+who(?=['\u2019]s\s|\s)"
    r"[^,.;:\n_]{3,100}:"
)

# A first name whose note speaks: "Jordan's note on the curry on page 31 says: '...'"
_FIRST_NOTE = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][a-z]+)['\u2019]s\s+(?:note|message|letter|card|e-?mail|"
    r"text|post|comment|poem)\b[^.:;\n_]{0,60}?\s+(?:says|said|reads|read)\b"
)

# A first name, described, speaking: "Pat, who is bringing up her grandsons in Workington,
# told us:", "Sandra in Hinckley has texted:", "Callers: Janet from Leek, a foster carer, said".
_FIRST_SPEAKING = re.compile(
    # at the start of a sentence or after a label: not "Bill Sanderson, from Hillsborough, who
    # ..., said"
    rf"(?:{_SENTENCE_START}|(?<=:\s))"
    r"(?P<name>[A-Z][a-z]+)(?:(?:,\s+(?:from|in)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?"
    r",\s+who\s+[^,.;:\n_]{3,100},|\s+(?:in|from)\s+"
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s+(?:an?|the)\s+[a-z][\w\s-]{2,40},)?)\s+"
    r"(?:has\s+|had\s+)?(?:said|says|told|tells|added|e-?mailed|wrote|writes|posted|tweeted|"
    r"texted|messaged|explained|asked|rang|puts?\s+it)\b",
    re.M,
)

# A first name opening a sentence, then whose child or grandchild: "Marcia, whose grandson has
# been in care since 2018, has had six social workers" (not a place: "Kent, whose services")
_FIRST_WHOSE_KIN = re.compile(
    _SENTENCE_START + r"(?P<name>[A-Z][a-z]+),\s+whose\s+"
    r"(?:(?:two|three|four|eldest|youngest|teenage|adopted|foster|baby|[\d-]+-year-old)\s+)?"
    r"(?:son|daughter|grandson|granddaughter|grandchildren|grandchild|children|child|kids|"
    r"niece|nephew|brother|sister|baby|boys|girls|husband|wife|partner)s?\b",
    re.M,
)
# A first name alone after a quotation and its verb: "'They listen now,' said Rukhsana, whose
# son ...", "'It works,' says Kyle."
_SAID_FIRST = re.compile(
    r"_[,!?]?[\"'\u201d\u2019][ \t]*[,\u2013\u2014-]?[ \t]+(?:said|says|added|adds|explained|"
    r"explains|continued|continues|recalled|recalls|admitted|admits|told\s+us)[ \t]+"
    r"(?P<name>[A-Z][a-z]+)(?=[ \t]*(?:[,.;!?\n]|$))"
)
# ... and before it: "'You'll have thirty by Friday,' Bernadette said"
FIRST_SAID = re.compile(
    r"_[,!?]?[\"'\u201d\u2019][ \t]+(?P<name>[A-Z][a-z]+)[ \t]+(?:said|says|added|adds|asked|"
    r"asks|replied|replies|explained|explains|continued|continues|admitted|admits|recalled|"
    r"recalls|laughed|laughs|sighed|sighs|shouted|whispered)\b"
)
# A place's children's services, speaking for its council: "Surrey's children's services, which
# were judged inadequate in 2018, told us" (not "Surrey's children's services director")
_PLACE_SERVICES = re.compile(
    r"(?<![\w'\u2019-])(?P<place>[A-Z][a-z]+(?:[ -](?:upon[ -]|on[ -])?[A-Z][a-z]+){0,2})"
    r"(?:['\u2019]s)?\s+children['\u2019]s\s+(?:social\s+care\s+)?services\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:director|department|chief|boss|lead|manager|team|staff)\b)"
)
# A name followed by ", which": a body's, not a person's
_WHICH_BODY = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w'\u2019&-]*)"
    r"{1,5}(?=,\s+which\s)"
)
# A body named after its kind: "the charity Action for Children", "children's charity Become"
BODY_KINDS = (
    r"charity|campaign\s+group|pressure\s+group|think[- ]?tank|social\s+enterprise|network|"
    # "the ratings agency Harlow & Finch", "the consultancy Iverson Lowe"
    r"(?:credit\s+)?ratings?\s+agency|consultancy|(?:law|accountancy|audit)\s+firm"
)
_KIND_NAMED = re.compile(
    rf"\b(?i:{BODY_KINDS})\s+(?P<name>[A-Z][\w'\u2019&-]*"
    r"(?:\s+(?:(?:for|of|and|&|the|in)\s+)?[A-Z0-9][\w'\u2019&-]*)*)"
)
# A body's own post and a name after its name: " chief executive Jill Lumsden"
POST_THEN_NAME = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:chief\s+executive|director|chair|manager|head|leader|"
    r"spokes(?:man|woman|person)|officer|founder|president)\s+[A-Z][a-z]"
)
# A company named for whom it serves: "Achieving for Children", "Together for Children",
# "Brighter Futures for Children"
COMPANY_FOR = r"(?:[A-Z][a-z]+\s+){1,3}for\s+(?:Children|Families|Young\s+People)"
_FOR_CHILDREN = re.compile(rf"(?<![\w'\u2019-])(?P<name>{COMPANY_FOR})\b")
# ... or for its place: "Slough Children First" (not a slogan: "Putting Children First")
_PLACE_CHILDREN_FIRST = re.compile(
    # (a place of at most four words: unbounded, a long run of capitalised words backtracked)
    r"(?<![\w'\u2019-])(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})\s+Children\s+First\b"
)
# "Children's Services Improvement Plan, which ...": a paper, a programme or a place
_NOT_BODY_HEADS = {
    "Plan",
    "Strategy",
    "Programme",
    "Policy",
    "Review",
    "Report",
    "Framework",
    "Act",
    "Road",
    "Street",
    "Park",
    "Centre",
    "Hall",
    "House",
    "Scheme",
    "Project",
    "Model",
    "Approach",
}
# Two people sharing a surname: "Grace and Tunde Okonkwo-Bell" (not "Telford and Wrekin").
_COUNCIL_PLACES = {" ".join(place.split()[:3]) for place, _kind in COUNCILS}
_COUNCIL_PLACE_NAMES = {place for place, _kind in COUNCILS}
_COUPLE = re.compile(
    rf"(?<![\w'\u2019-])(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+(?P<s>{_TOKEN})"
    r"(?![\w'\u2019-])"
)


def find_mentions(text: str, start: int, end: int, index: EntityIndex, known_hits) -> list:
    """Speaker-like phrases in ``text[start:end]`` (pass the quote-masked text)."""
    out: list[Mention] = []
    taken = bytearray(end - start + 1)

    def add(mention: Mention) -> bool:
        a, b = mention.start - start, mention.end - start
        if any(taken[a:b]):
            return False
        out.append(mention)
        taken[a:b] = b"\x01" * (b - a)
        return True

    # Nothing in a party and ward tag speaks.
    for match in PARTY_TAG.finditer(text, start, end):
        a, b = match.start() - start, match.end() - start
        taken[a:b] = b"\x01" * (b - a)
    for match in _PARTY_GROUP.finditer(text, start, end):
        # "The Conservative group on the council": the group, on the council of the text
        # ("on Kelby Council": named as written)
        named = match.group("p", "on") if match.group("on") else ()
        group = " ".join(" ".join((match.group("g"), *named)).split())
        group = group[0].upper() + group[1:]
        add(Mention(match.start(), match.end(), "body", group, role=match.group(0), title="group"))
    for match in WARD_TAG.finditer(text, start, end):
        if not re.search(
            r"\b[A-Z][\w'\u2019-]*\s*$", text[max(start, match.start() - 30) : match.start()]
        ):
            continue  # after a name only
        line = max(text.rfind(c, start, match.start()) for c in ";:\n") + 1
        lead = text[max(start, line, match.start() - 120) : match.start()]
        if not any(_person(lead, found) for found in PERSON_RE.finditer(lead)):
            continue  # "Director of Children's Services (Marcus Dell)": a person, not a ward
        a, b = match.start() - start, match.end() - start
        taken[a:b] = b"\x01" * (b - a)
    for match in _ONE_OF.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "anon", " ".join(match.group(0).split())))
    for match in _BODY_ANON.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "anon", " ".join(match.group(0).split())))
    for match in _CASE_ANON.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "anon", " ".join(match.group(0).split())))
    for match in _ONE_SAID.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "anon", " ".join(match.group(0).split())))
    for pattern in (_KIN, _SPOUSE, _MY_KIN):
        for match in pattern.finditer(text, start, end):
            phrase = " ".join(match.group(0).split())
            add(Mention(match.start(), match.end(), "anon", phrase, gender=_gender_of(phrase)))

    for match in _SPOKES.finditer(text, start, end):
        body = (match.group("body") or "").strip() or (match.group("for") or "").strip()
        if match.group("body") and match.group("council"):
            body += " " + match.group("council").strip()  # "A Havering Council spokesperson"
        title = None
        if not body and match.group("kind"):  # "A branch spokesperson"
            body, title = match.group("kind").strip().lower(), "kind"
        add(Mention(match.start(), match.end(), "body", body, role=match.group(0), title=title))
    for match in _SPOKES_OF.finditer(text, start, end):
        role = match.group(0)
        kind = (match.group("kind") or "").lower()
        if match.group("its"):
            add(Mention(match.start(), match.end(), "body", "", role=role, title="its"))
        elif kind in ("council", "authority"):
            add(Mention(match.start(), match.end(), "body", "", role=role, title="council"))
        elif kind:
            add(Mention(match.start(), match.end(), "body", kind, role=role, title="kind"))
        elif match.group("name").lower() not in NOT_FIRST:
            add(Mention(match.start(), match.end(), "body", match.group("name"), role=role))
    for match in _REPORT.finditer(text, start, end):
        if match.group(0).lower() in {"findings", "judgement", "judgment"}:
            continue
        if match.group("by") and re.search(r"(?i)judge?ment\s+(?:of|by)\s", match.group(0)):
            continue  # "Judgment of Mrs Justice Jo Roe": the judge, named
        by = match.group("by") or ""
        if by[:1].islower() and re.search(r"\sof\s+$", text[match.start() : match.start("by")]):
            by = ""  # "her letter of support": what it is, not whose
        owner = match.group("owner") or by
        a = match.start()
        # "in his report", "Her first progress report": the person's report
        own = re.search(r"\b(his|her)\s+(?:[a-z-]+\s+){0,2}$", text[max(start, a - 30) : a], re.I)
        if not owner and own:
            owner = own.group(1).lower()
        role_start = match.start("owner") if match.group("owner") else match.start()
        phrase = text[role_start : match.end()]
        if match.group("owner") and match.group("owner").split()[0] in {"The", "A", "This"}:
            # "The Education Committee's 2023 report": the committee's (not "The Ofsted report")
            words = match.group("owner").split()[1:]
            possessive = words and re.search(r"['\u2019]s$", words[-1])
            owner = " ".join(words)[:-2] if possessive and len(words) >= 2 else ""
            if " ".join(words) in _BUILTIN_NAMES and words[0] != "Ofsted":
                owner = " ".join(words)  # "The Home Office letter of 4 November states:"
        if owner in ("His", "Her"):  # "His final report says": the person's, as "his report"
            owner = owner.lower()
        if re.fullmatch(r"(?:Ofsted\s+)?[Ii]nspectors\s+report", phrase.strip()):
            continue  # "Inspectors report "widespread failures"": the verb
        add(Mention(a, match.end(), "body", owner, role=phrase.strip(), title="report"))
    for match in _INSPECTION.finditer(text, start, end):
        phrase = match.group(0)
        add(Mention(match.start(), match.end(), "body", "", role=phrase, title="report"))
    for match in _PARA_OF.finditer(text, start, end):
        # "Para 4 of the summary: '...'", then "Para 9: '...'": the report's words
        if match.group("of") or re.search(
            r"\b(?:report|summary)\b", text[max(0, match.start() - 400) : match.start()], re.I
        ):
            add(
                Mention(match.start(), match.end(), "body", "", role=match.group(0), title="report")
            )
    for match in _OFSTED_INSPECTORS.finditer(text, start, end):
        # "Ofsted inspectors wrote": the inspectors, not the name inside (taken first)
        ofsted = next((k for a, _b, k in known_hits if a == match.start()), None)
        name = ofsted.name if ofsted else ""
        role = match.group(0)
        add(Mention(match.start(), match.end(), "body", name, ofsted, title="insp", role=role))
    for a, b, known in known_hits:
        if a >= start and b <= end:
            kind = "person" if known.kind == "person" else "body"
            branch = known.body_kind == "union" and _BRANCH.match(text, b, end)
            if branch:
                # "UNISON Bristol branch", "UNISON's Bristol branch": the branch
                name = " ".join((known.name + branch.group(1)).split())
                add(Mention(a, branch.end(), kind, name))
                continue
            branch = known.body_kind == "union" and _BRANCH_OF.search(text, max(start, a - 60), a)
            if branch:
                # "the Kelby branch of UNISON": the branch, named as written
                name = " ".join(text[branch.start("b") : b].split())
                add(Mention(branch.start("b"), b, kind, name))
                continue
            add(Mention(a, b, kind, text[a:b], known))
    for match in ORG_RE.finditer(text, start, end):
        raw = match.group(0)
        # "Thank you, Kayden. The Children in Care Council": the body after the sentence's end
        ends = list(re.finditer(r"\b[A-Za-z][a-z]{3,}\.[ \t]+", raw))
        raw = raw[ends[-1].end() :] if ends else raw
        stripped = _ORG_LEAD_STRIP.sub("", raw)
        a = match.end() - len(stripped)
        b = match.end()
        if re.search(r"['\u2019]s$", stripped):  # "Isle of Wight Council's services"
            stripped, b = stripped[:-2], b - 2
        person = _PERSON_OF.match(stripped)
        if person and (
            person.group("title") or gender_of_given_name(person.group("given")) is not None
        ):
            # "Sam Lee of Kelby Council", "Cllr Jo Roe of Roe Hart Solicitors": the body the
            # person is of (the person is found as a person)
            stripped, a = stripped[person.end() :], a + person.end()
        # "A MEETING of X Council", "Leader of X Council": the council, not the office
        office = _OFFICE_OF.match(stripped)
        if office and (
            re.search(r"\bCouncil$|\bBorough\s+of\b", stripped[office.end() :])
            # "Minutes of the People Scrutiny Commission": the commission
            or re.match(r"(?i:minutes|agenda|meeting)\b", office.group(0))
        ):
            stripped, a = stripped[office.end() :], a + office.end()
        elif office and len(stripped[office.end() :].split()) < 2:
            continue  # "Head of Service", "Chair of the Board": an office, not a body
        if stripped and stripped[0].isupper() and len(stripped.split()) >= 2:
            # "Northamptonshire county council": the council's name as it is written out
            stripped = re.sub(
                r"\b(?:county|city|borough) council$", lambda m: m.group().title(), stripped
            )
            stripped = re.sub(r"\bMBC$", "Metropolitan Borough Council", stripped)
            # a paper's capitals for the first word: "ENFIELD Council"
            first, _, rest = stripped.partition(" ")
            if first.isupper() and first.title() in _COUNCIL_PLACE_NAMES:
                stripped = f"{first.title()} {rest}"
            add(Mention(a, b, "body", stripped))
    for match in _WHICH_BODY.finditer(text, start, end):
        # "Bristol Care Leavers' Voice, which represents them, posted": a body
        # (after a person of it: "Rabbi Dovid Anscombe of Hendon Road Synagogue, which")
        titled = re.match(rf"(?:{TITLES})\s+(?:[A-Z][\w'\u2019-]*\s+){{1,3}}of\s+", match.group(0))
        words = _ORG_LEAD_STRIP.sub("", match.group(0)[titled.end() if titled else 0 :]).split()
        name = " ".join(words)
        if (
            len(words) >= 2
            and name not in _COUNCIL_PLACE_NAMES
            and name.lower() not in PLACES
            and words[-1] not in _NOT_BODY_HEADS
        ):
            a = match.end() - len(match.group(0)) + match.group(0).find(words[0])
            add(Mention(a, match.end(), "body", name, title="named"))
    for match in _FOR_CHILDREN.finditer(text, start, end):
        words = match.group("name").split()
        lead = " ".join(words[: words.index("for")])
        # (not before its own post and a name: "Together for Children chief executive Jill
        # Lumsden told", where she is the subject; nor a post: "The Minister for Children")
        if POST_THEN_NAME.match(text, match.end()):
            continue
        if not ROLE_KEYWORDS.search(lead):
            name = " ".join(words)
            add(Mention(match.start("name"), match.end("name"), "body", name, title="named"))
    for match in _PLACE_CHILDREN_FIRST.finditer(text, start, end):
        if match.group("place") in _COUNCIL_PLACE_NAMES:
            name = " ".join(match.group(0).split())
            add(Mention(match.start(), match.end(), "body", name, title="named"))
    for match in _KIND_NAMED.finditer(text, start, end):
        # "the charity Action for Children", "campaign group Article 39": a body
        if match.group("name").lower() not in NOT_FIRST:
            name = match.group("name")
            add(Mention(match.start("name"), match.end("name"), "body", name, title="named"))
    for match in _CAPS_BODY.finditer(text, start, end):
        words = match.group(0).split()
        skip = 0
        while skip < len(words) - 1 and words[skip] in _CAPS_LEAD:
            skip += 1
        if (
            len(words) - skip < 2
            or words[skip] in _CAPS_NOT_BODY
            or _CAPS_HEADLINE_WORDS.intersection(words[skip:])
        ):
            continue
        a = match.start() + match.group(0).find(words[skip])
        add(Mention(a, match.end(), "body", _title_case(" ".join(words[skip:]))))
    for match in _ROLE_NOUN.finditer(text, start, end):
        role = " ".join(match.group("r").lower().split())
        add(Mention(match.start(), match.end(), "role", role))
    for match in _HEADLINE_ROLE.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "role", match.group("r").lower()))
    for match in _BARE_DCS.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "role", "dcs"))
    for match in _PLACE_SERVICES.finditer(text, start, end):
        if match.group("place").lower() not in NOT_FIRST - PLACES:
            phrase = " ".join(match.group(0).split())
            add(
                Mention(
                    match.start(),
                    match.end(),
                    "body",
                    match.group("place"),
                    role=phrase,
                    title="services",
                )
            )
    for match in _DESCRIBED_AGAIN.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "role", match.group("d").lower()))
    for match in _PREDECESSOR.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "role", "predecessor"))
    for match in _A_JUDGE.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "role", "judge"))
    for match in _BODY_NOUN.finditer(text, start, end):
        if match.group("insp"):
            add(Mention(match.start(), match.end(), "body", "", role=match.group(0), title="insp"))
        elif match.group("generic"):
            noun = match.group("generic").lower()
            add(
                Mention(match.start(), match.end(), "body", noun, role=match.group(0), title="kind")
            )
        else:
            add(
                Mention(
                    match.start(), match.end(), "body", "", role=match.group(0), title="council"
                )
            )
    for match in _AFTER_MP.finditer(text, start, end):
        found = PERSON_RE.match(text, match.end(), end)
        mention = _person(text, found) if found else None
        if mention is not None and mention.start == match.end():
            add(mention)
    for match in _FIRST_DESCRIBED.finditer(text, start, end):
        if match.group("name").lower() not in NOT_FIRST | PLACES:
            noun = match.group("noun").lower()
            gender = _gender_of(noun)
            add(Mention(match.start(), match.end(), "person", match.group("name"), gender=gender))
    for match in _PSEUDONYM.finditer(text, start, end):
        if match.group("name").lower() not in NOT_FIRST | PLACES:
            gender = {"her": "f", "his": "m"}.get(match.group("p"))
            add(
                Mention(
                    match.start(), match.end("name"), "person", match.group("name"), gender=gender
                )
            )
    for match in _CALLED_NAME.finditer(text, start, end):
        if match.group("name").lower() not in NOT_FIRST | PLACES:
            add(Mention(match.start("name"), match.end("name"), "person", match.group("name")))
    for match in _FIRST_AGE.finditer(text, start, end):
        # "Lorna Watts, 61,": a full name's surname, not a first name
        lead = re.search(
            r"([A-Z][\w'\u2019-]+)[ \t]+$", text[max(start, match.start() - 30) : match.start()]
        )
        if lead and lead.group(1).lower() not in NOT_FIRST | {"meet", "says", "said"}:
            continue
        key = "name" if match.group("name") else "line"
        if match.group(key).lower() not in NOT_FIRST | PLACES:
            add(Mention(match.start(key), match.end(key), "person", match.group(key)))
    for match in _AGED_FIRST.finditer(text, start, end):
        if match.group("name").lower() in NOT_FIRST | PLACES:
            continue
        found = PERSON_RE.match(text, match.start("name"), end)
        full = _person(text, found) if found else None
        if full is not None and full.start == match.start("name"):
            add(Mention(match.start(), full.end, "person", full.text, gender=full.gender))
        elif not _CAPITAL_NEXT.match(text, match.end()):
            add(Mention(match.start(), match.end("name"), "person", match.group("name")))
    # (before full names: "says Kelly from Chadwell St Mary" is not a Mr Chadwell)
    for match in _ANON.finditer(text, start, end):
        # "A father from Halton Lea": where the unnamed person is from, not a person's name
        if re.search(r"\s(?:from|in|at)\s+[A-Z]", match.group(0)) and not _WORKED_AS.search(
            text, max(start, match.start() - 30), match.start()
        ):
            phrase = " ".join(match.group(0).split())
            add(Mention(match.start(), match.end(), "anon", phrase, gender=_gender_of(phrase)))
    for match in _FROM_FIRST.finditer(text, start, end):
        key = "name" if match.group("name") else "name2"
        if match.group(key).lower() not in NOT_FIRST | PLACES:
            add(Mention(match.start(key), match.end(), "person", match.group(key)))
    for pattern in (_FROM_FIRST_WHO, _FIRST_NOTE):
        for match in pattern.finditer(text, start, end):
            if match.group("name").lower() not in NOT_FIRST | PLACES:
                add(Mention(match.start("name"), match.end("name"), "person", match.group("name")))
    for match in PERSON_RE.finditer(text, start, end):
        mention = _person(text, match)
        if mention is None and not match.group("title"):
            mention = _after_body_words(text, match)
        if mention is not None:
            add(mention)
    for match in _COUPLE.finditer(text, start, end):
        a, b, surname = match.group("a"), match.group("b"), match.group("s")
        if (
            {a.lower(), b.lower(), surname.lower()} & (NOT_FIRST | PLACES)
            or surname.lower() in NOT_NAME_LOWER
            or f"{a} and {b}" in _COUNCIL_PLACES
            # "a Monday morning in Sandbach and Deborah Kinsella is": a place, then the person
            or re.search(
                r"\b(?:in|at|from|to|near|of)\s+$",
                text[max(start, match.start() - 6) : match.start()],
            )
        ):
            continue
        add(Mention(match.start("a"), match.end("a"), "person", f"{a} {surname}"))
        add(
            Mention(
                match.start("b"), match.end("s"), "person", text[match.start("b") : match.end("s")]
            )
        )
    for match in _FIRST_SPEAKING.finditer(text, start, end):
        if match.group("name").lower() not in NOT_FIRST | PLACES:
            add(Mention(match.start(), match.end("name"), "person", match.group("name")))
    for pattern in (_SAID_FIRST, FIRST_SAID):
        for match in pattern.finditer(text, start, end):
            name = match.group("name")
            if name.lower() not in NOT_FIRST | PLACES and name not in _COUNCIL_PLACE_NAMES:
                add(Mention(match.start("name"), match.end("name"), "person", name))
    for match in _FIRST_WHOSE_KIN.finditer(text, start, end):
        if match.group("name").lower() not in NOT_FIRST | PLACES:
            add(Mention(match.start(), match.end("name"), "person", match.group("name")))
    for pattern in (_NOUN_FIRST, _NOTE_FROM, _ASKED_FIRST):
        for match in pattern.finditer(text, start, end):
            if match.group("name").lower() not in NOT_FIRST | PLACES:
                add(Mention(match.start("name"), match.end("name"), "person", match.group("name")))
    for match in _CALLED_FIRST.finditer(text, start, end):
        if match.group("name").lower() not in NOT_FIRST | PLACES:
            gender = _gender_of(match.group("noun"))
            add(
                Mention(
                    match.start("name"),
                    match.end("name"),
                    "person",
                    match.group("name"),
                    gender=gender,
                )
            )
    for match in _PAIR_START.finditer(text, start, end):
        pair = f"{match.group('a')} and {match.group('b')}"
        if pair in _COUNCIL_PLACES or {match.group("a").lower(), match.group("b").lower()} & (
            NOT_FIRST | PLACES
        ):
            continue
        for name in "ab":
            add(Mention(match.start(name), match.end(name), "person", match.group(name)))
    for match in _NOUN_PAIR.finditer(text, start, end):
        for name in "ab":
            if match.group(name).lower() not in NOT_FIRST | PLACES:
                add(Mention(match.start(name), match.end(name), "person", match.group(name)))
    for match in _FIRST_ROLE.finditer(text, start, end):
        role = match.group("role")
        if match.group("name").lower() not in NOT_FIRST and (
            ROLE_KEYWORDS.search(role) or _PERSON_NOUNS.search(role)
        ):
            add(Mention(match.start(), match.end("name"), "person", match.group("name")))
    for match in _ROLE_THEN_FIRST.finditer(text, start, end):
        key = "name" if match.group("name") else "name2"
        role = match.group("role" if key == "name" else "role2")
        if match.group(key).lower() not in NOT_FIRST | PLACES and (
            ROLE_KEYWORDS.search(role) or _PERSON_NOUNS.search(role)
        ):
            add(Mention(match.start(key), match.end(key), "person", match.group(key)))
    for match in _ANON.finditer(text, start, end):
        if _WORKED_AS.search(text, max(start, match.start() - 30), match.start()):
            continue  # "she trained as a social worker": what she was, not someone else
        if _LIKENESS.search(text, max(start, match.start() - 30), match.start()):
            continue  # "the air of a man who has rehearsed": a likeness, nobody there
        if "year-old" in match.group(0) and re.search(
            r"\bas\s+$", text[max(start, match.start() - 4) : match.start()]
        ):
            continue  # "sailed with the scheme himself as a 16-year-old": his own age then
        phrase = " ".join(match.group(0).split())
        gender = _gender_of(phrase)
        if not add(Mention(match.start(), match.end(), "anon", phrase, gender=gender)) and (
            match.group("noun") and match.end("noun") < match.end()
        ):
            # "A social worker at Kelby Council": the council taken, the person still unnamed
            phrase = " ".join(text[match.start() : match.end("noun")].split())
            add(Mention(match.start(), match.end("noun"), "anon", phrase, gender=gender))
    for match in _BARE_ROLE.finditer(text, start, end):
        phrase = " ".join(match.group(0).split())
        add(Mention(match.start(), match.end(), "anon", phrase, gender=_gender_of(phrase)))
    for match in _HANDLE.finditer(text, start, end):
        add(Mention(match.start("h"), match.end("h"), "person", match.group("h")))
    for match in _UNNAMED_AT_WISH.finditer(text, start, end):
        phrase = " ".join(match.group(0).split())
        add(Mention(match.start(), match.end(), "anon", phrase, gender=_gender_of(phrase)))
    for match in _THE_ANON.finditer(text, start, end):
        phrase = " ".join(match.group(0).split())
        add(Mention(match.start(), match.end(), "anon", phrase, gender=_gender_of(phrase)))
    for match in _OUR_PAPER.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "body", "", role=match.group(0), title="ours"))
    for match in _ITS_MEMBERS.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "body", "", role=match.group(0), title="its"))
    for match in _GROUP.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "anon", " ".join(match.group(0).split())))
    for match in _LEADERS.finditer(text, start, end):
        add(Mention(match.start(), match.end(), "body", "", role=match.group(0), title="council"))
    for match in _MEMBERS.finditer(text, start, end):
        role = "Members" if match.group(0) == "Members" else None  # "The Committee noted"
        add(Mention(match.start(), match.end(), "body", "", role=role, title="members"))
    for match in _PRONOUN.finditer(text, start, end):
        word = match.group("p").lower()
        gender = {"he": "m", "she": "f"}.get(word)
        add(Mention(match.start(), match.end(), "pronoun", word, gender=gender))
    return sorted(out, key=lambda m: m.start)


_MONTH_FIRST_NAMES = {"Jan", "April", "May", "June", "August"}
_BEFORE_A_DATE = re.compile(
    r"\b(?:in|on|since|by|from|until|till|last|next|of|early|late|mid|during|before|after|"
    r"this|that|each|every)\s+$",
    re.I,
)


def _month_first_name(words: list[str], dated: bool) -> bool:
    """Whether ``words`` are a first name that is also a month, then a surname ("Jan Pryor"),
    not after a word that dates ("in June Ofsted")."""
    return (
        len(words) == 2
        and words[0] in _MONTH_FIRST_NAMES
        and words[1].lower() not in NOT_NAME_LOWER
        and not dated
    )


_TITLE_WORDS = {t.replace("\\s+", " ").lower() for t in TITLES.split("|")}


# An adverb opening a sentence before a name: "Separately Jo Roe said", "Crucially, ..."
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:al|ous|ing|ent|ant|ate|ive|ed|ful|ib|ab|ic)ly")
# Titles that start a name inside capitalised words ("Afterwards Ms Bekele")
_INNER_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "sir", "dame", "sister",
}  # fmt: skip

# Surnames that are also words the name pattern stops at ("foster carer")
_WORD_SURNAMES = {"Foster"}


# A body's word just after capitalised words, on their line: they are the body's name
_BODY_WORD_AFTER = re.compile(rf" (?:{ORG_SUFFIX}|Rescue|Centre|Charity|Club|Brigade|Lifeboat)\b")


# The last word of a group's or a place's name, never of a person's
_GROUP_HEADS = {"Club", "Centre", "Center", "Team", "Group", "Hub", "Unit", "Clinic"}
# An acronym in the plural: "OTs", "GPs", "IROs"
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}['\u2019]?s")


def _lettered_party(text: str, match: re.Match, title: str) -> Mention:
    """A party anonymised by a title and a letter, "Mrs Y": unnamed, of the title's sex."""
    a, b = match.start(), match.start("name") + 1
    gender = "f" if title.lower() in FEMALE else "m" if title.lower() in MALE else None
    return Mention(a, b, "anon", text[a:b], title=title, gender=gender)


def _person(text: str, match: re.Match) -> Mention | None:
    title = match.group("title")
    words = match.group("name").split()
    if any(_PLURAL_ACRONYM.fullmatch(word) for word in words):
        return None  # "Embedded OTs", "GPs": a kind of worker, in the plural
    if len(words) > 1 and words[-1] in _GROUP_HEADS:
        return None  # "Junior Swim Club", "Beckton Youth Centre": a group or a place
    if re.search(
        r"\b\d{1,2}[:.]\d{2}[ \t]*[\u2013\u2014-][ \t]*$",
        text[max(0, match.start() - 10) : match.start()],
    ) and re.match(r"\s*\.", text[match.end() : match.end() + 2]):
        return None  # "19:40 – Beckton Park.": a log's place at that time, not a person
    if title and re.fullmatch(r"[A-Z]\.\s+[A-Z]", match.group("name")):
        # "Children arrived with Mrs H. M ran to S": a party anonymised by a letter, at a
        # sentence's end, and another by a letter opening the next
        return _lettered_party(text, match, title)
    second = None
    if title and len(words) > 1 and words[0].lower() in _TITLE_WORDS:
        second = words.pop(0).lower()  # "Cllr Mrs Jo Roe"
    # Drop leading words that are not names (sentence-initial capitals, org words), but
    # not a month that is also a first name, before a surname and not after "in", "since"...
    # ("Organiser Jan Pryor says", "June Okafor said"; not "in June Ofsted said")
    dated = bool(_BEFORE_A_DATE.search(text[max(0, match.start() - 12) : match.start()]))
    dropped_the = False
    # ("Mrs A Whitby (Chair)": an initial after a title, not the article; "Mrs A": a party
    # anonymised by a letter)
    initial = bool(title and re.fullmatch(r"[A-Z]\.?", words[0]))
    while (
        words
        and (words[0].lower() in NOT_FIRST or _SENTENCE_ADVERB.fullmatch(words[0]))
        and not _month_first_name(words, dated)
        and not initial
    ):
        if title:
            return None
        dropped_the = dropped_the or words[0].lower() == "the"
        words.pop(0)
        if (
            len(words) > 1
            and words[0].lower() in _TITLE_WORDS
            and (not dropped_the or words[0].lower() in {"rev", "revd", "reverend"})
        ):
            # "Dear Mr Roe": a title after a word that is not a name ("The Revd Jo Roe")
            at = match.start("name") + match.group("name").find(" " + words[0] + " ") + 1
            return _person(text, PERSON_RE.match(text, at))
    # "Afterwards Ms Bekele said", "Labour Councillor Jo Roe": the name starts at the title
    inner = next(
        (
            i
            for i, word in enumerate(words[:-1])
            if i and not title and word.lower().rstrip(".") in _INNER_TITLES
        ),
        None,
    )
    if inner is not None:
        at = re.search(rf"(?<!\S){re.escape(words[inner])}\s", match.group("name"))
        again = PERSON_RE.match(text, match.start("name") + at.start()) if at else None
        return _person(text, again) if again else None
    # "told the Wolds Weekly", "The Yorkshire Post reported": a name after "the" is a
    # newspaper's or a body's, never a person's
    if (
        not title
        and (
            dropped_the
            or re.search(r"\bthe\s+$", text[max(0, match.start() - 6) : match.start()])
            # "the hon. Member for North West Norfolk": a constituency
            or re.search(
                r"\b(?:Member|MP)\s+for\s+$", text[max(0, match.start() - 11) : match.start()]
            )
            # "played for Woolwich Dockers", "signed for Eltham Rovers": a team
            or re.search(
                r"\b(?:play|sign|turn(?:s|ed)?\s+out)(?:s|ed|ing)?\s+for\s+$",
                text[max(0, match.start() - 20) : match.start()],
            )
            # "Vicar of St Aidan's, Moss Side": a church's or a school's place
            or re.search(
                r"\bSt\.?\s+[A-Z][\w-]+['\u2019]s,\s+$",
                text[max(0, match.start() - 30) : match.start()],
            )
            # "a Moss Side area team": after "a", a place as a modifier; "a complete Starter
            # Box", "260 Starter Boxes": a thing's or a count's
            or re.search(
                # (not a code: "S1 Lorraine Abbott")
                r"(?:\b(?:a|an)\s+|\b(?:a|an)[ \t]+[a-z]+[ \t]+|(?<![\w.,:])\d{1,3}[ \t]+)$",
                text[max(0, match.start() - 20) : match.start()],
            )
            # "Mike in Great Yarmouth", "the Haighs at Sowerby Bridge": after "in" or "at",
            # a place (but "in Jo Roe's view")
            or (
                re.search(r"\b(?:in|at)\s+$", text[max(0, match.start() - 4) : match.start()])
                and not re.match(r"['\u2019]s\b", text[match.end() : match.end() + 2])
            )
            # "Mavis Greenhalgh of Low Skelgate": where a person named is from
            # (a first name and a surname, not a post: "the Mayor of Middlesbrough Jo Roe")
            or (
                (
                    of := re.search(
                        r"[A-Z][a-z]+\s+([A-Z][\w'\u2019-]+)\s+of\s+$",
                        text[max(0, match.start() - 40) : match.start()],
                    )
                )
                and not ROLE_KEYWORDS.search(of.group(0))
            )
            # "a gym off Rye Lane", "on Hornsey Road": a street
            or (
                words
                and words[-1] in _STREET_WORDS
                and re.search(
                    r"\b(?:off|along|on|near|opposite|down|up|from|into|by|past|over|across|"
                    r"beside|outside|under)\s+$",
                    text[max(0, match.start() - 9) : match.start()],
                )
            )
            # "Brighter Futures for Children": a company's name
            or re.match(
                r"\s+for\s+(?:Children|Families|Young\s+People|Education|Life)\b",
                text[match.end() : match.end() + 30],
            )
            # "NorthEast Live", "HullLive": a brand's capital inside a word (not "McKenzie")
            or re.match(
                r"(?!Mc|Mac|Fitz|De[A-Z]|Le[A-Z]|La[A-Z]|Di[A-Z])[A-Z][a-z]+[A-Z]",
                words[0] if words else "",
            )
        )
    ):
        return None
    month_name = _month_first_name(words, dated)
    kept: list[str] = []
    for i, word in enumerate(words):
        # (a surname that is also a word, last, before punctuation: "Cllr Nadine Foster,")
        surname = (
            i == len(words) - 1
            and i >= 1
            and word in _WORD_SURNAMES
            and re.match(r"\s*[,.;:)]", text[match.end("name") : match.end("name") + 3])
        )
        if (
            i == 0
            and not title
            and len(words) >= 3
            and gender_of_given_name(word) is None
            and (
                _TRADE.fullmatch(word)
                or (_OCCUPATION.fullmatch(word) and gender_of_given_name(words[1]) is not None)
            )
            and re.search(
                r"(?:^|[.!?:]\s+|\n\s*|\b[A-Za-z]+-(?:based|born|bred|raised)\s+)$",
                text[max(0, match.start() - 30) : match.start()],
            )
        ):
            continue  # "Owner Rob Tennant-Achebe", "Proprietor Ann Hale", "Auctioneer Felix
            # Obuya", "Beverley-based ADI Sandra Hale": what someone does, before a name,
            # opening a sentence (not "Connor James Hale", "Herman Dmitri Volkov")
        if (
            word.lower() in NOT_NAME_LOWER
            and not (i == 0 and (month_name or initial))
            and not surname
        ):
            break
        kept.append(word)
    if not kept:
        return None
    if not title and len([w for w in kept if w[0].isupper()]) < 2:
        return None
    if not title and all(w.isupper() for w in kept) and any(len(w) > 1 for w in kept):
        return None  # a heading in capitals: "OUTCOME OF THE INSPECTION"
    # "Mayor of Middlesbrough Joanne Hurworth": a council's place, then the person's name
    for n in (3, 2, 1):
        if len(kept) >= n + 2 and " ".join(kept[:n]) in _COUNCIL_PLACE_NAMES:
            kept = kept[n:]
            break
    name = " ".join(kept)
    if title and re.fullmatch(r"[A-Z]", name) and match.group("name")[1:2] != ".":
        # "Mrs Y", "Mr X": a party anonymised, as in an Ombudsman's decision or a judgment
        return _lettered_party(text, match, title)
    if not title and name in _COUNCIL_PLACE_NAMES:
        return None  # "Neighbouring Milton Keynes, rated outstanding, ...": a place
    if (
        not title
        and len(kept) == 2
        and kept[-1] in _COUNCIL_PLACE_NAMES
        and gender_of_given_name(kept[0]) is None
        and re.search(rf"\b{kept[-1]}(?:['\u2019]s|\s+(?:Council|Borough))\b", text)
    ):
        return None  # "the campaign, Acolhimento Brent": a thing named for the council's place
    if (
        not title
        and kept[-1] in _BUILDING_WORDS
        and re.search(
            r"\b(?:at|outside|inside|in|into|from|near|to|opposite|behind)\s+$",
            text[max(0, match.start() - 10) : match.start()],
        )
    ):
        return None  # "speaking to reporters outside Loxley House": a building
    if title:
        start = match.start()
        end = match.start("name") + match.group("name").find(kept[0]) + len(name)
    else:
        start = match.start("name") + match.group("name").find(kept[0])
        end = start + len(name)
    # Keep the original spacing: re-read the span.
    end = _extend(text, start, end, kept)
    if not title and (
        (kept[-1] in _STREET_WORDS and _FACILITY_AFTER.match(text, end))
        or re.match(r"[ \t]+(?:Road|Rd|Street|Avenue|Ave)\b", text[end : end + 10])
        # "One Keswick Mountain Rescue volunteer", "the Nene Valley Riders Club": a body's
        or _BODY_WORD_AFTER.match(text, end)
    ):
        return None  # "Higham Hill youth club", "Higham Hill Road", "Castle View Rd": a place's
    gender = None
    for low in (title.lower().rstrip(".") if title else "", second or ""):
        first = low.split()[0] if low else ""  # "her honour judge", "mrs justice"
        gender = gender or (
            "f"
            if low in FEMALE or first in FEMALE | {"her"}
            else "m"
            if low in MALE or first in MALE | {"his"}
            else None
        )
    if second:  # the title as written, both words: "Cllr Mrs"
        title = re.match(rf"{re.escape(match.group('title'))}\.?\s+\S+", text[start:end]).group(0)
    return Mention(start, end, "person", text[start:end], title=title, gender=gender)


# A noun of what someone does, by its ending: "Owner", "Proprietor", "Florist", "Optician"
_OCCUPATION = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ian)|[A-Z]{2,4}")
# One that can only be what someone does, whatever follows: "Auctioneer", "Defenceman"
_TRADE = re.compile(r"[A-Z][a-z]{2,}(?:eer|ist|ician)|[A-Z][a-z]{4,}(?:wo)?man")


def _after_body_words(text: str, match: re.Match) -> Mention | None:
    """The name after a body's or an office's words: "Leader of Hartlepool Council Sam Roe",
    "Children's Services Director Sam Roe"."""
    words = list(re.finditer(r"\S+", match.group("name")))
    last = max(
        (i for i, w in enumerate(words) if w.group().lower() in NOT_NAME_LOWER), default=None
    )
    if last is None or last == 0 or len(words) - last - 1 < 2:
        return None
    at = match.start("name") + words[last + 1].start()
    again = PERSON_RE.match(text, at, match.end())
    return _person(text, again) if again else None


def _extend(text: str, start: int, end: int, words: list[str]) -> int:
    pos = start
    for word in words:
        found = text.find(word, pos)
        if found < 0:
            return end
        pos = found + len(word)
    return pos
