"""Generated from ontology/*.ttl by scripts/gen_namespace.py: do not edit."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """The project ontology (https://w3id.org/cskg/ontology#)."""

    _fail = True
    _NS = Namespace("https://w3id.org/cskg/ontology#")

    Agency: URIRef  # class: Agency
    Agrees: URIRef  # concept: agrees
    Appointment: URIRef  # class: Appointment
    AreaSendFramework: URIRef  # concept: Area SEND inspection
    BasisScheme: URIRef  # concept scheme: How a date or publisher is known
    Board: URIRef  # class: Board
    Body: URIRef  # class: Body
    Committee: URIRef  # class: Committee
    Company: URIRef  # class: Company
    Council: URIRef  # class: Council
    CouncilMinutes: URIRef  # class: Council minutes
    Court: URIRef  # class: Court
    CourtCase: URIRef  # class: Court case
    Day: URIRef  # concept: day
    Disputes: URIRef  # concept: disputes
    Event: URIRef  # class: Event
    EvidenceSpan: URIRef  # class: Evidence span
    Figure: URIRef  # class: Figure
    Finding: URIRef  # class: Finding
    FrameworkScheme: URIRef  # concept scheme: Inspection frameworks
    Government: URIRef  # class: Government
    GovernmentDepartment: URIRef  # class: Government department
    GradeScheme: URIRef  # concept scheme: Ofsted grades
    ILACS: URIRef  # concept: Inspecting local authority children's services (2018-)
    IlacsAreas: URIRef  # collection: ILACS judgement areas
    Inferred: URIRef  # concept: inferred
    Inspection: URIRef  # class: Inspection
    InspectionReport: URIRef  # class: Inspection report
    Inspectorate: URIRef  # class: Inspectorate
    Judgement: URIRef  # class: Judgement
    JudgementAreaScheme: URIRef  # concept scheme: Judgement areas
    Meeting: URIRef  # class: Meeting
    MonitoringFramework: URIRef  # concept: Monitoring visits
    MonitoringLetter: URIRef  # class: Monitoring letter
    MonitoringVisit: URIRef  # class: Monitoring visit
    Month: URIRef  # concept: month
    NewsArticle: URIRef  # class: News article
    OtherFramework: URIRef  # concept: Other
    Partnership: URIRef  # class: Partnership
    Person: URIRef  # class: Person
    PolarityScheme: URIRef  # concept scheme: Finding polarity
    Post: URIRef  # class: Post
    PostHolding: URIRef  # class: Post holding
    PrecisionScheme: URIRef  # concept scheme: Date precision
    PressRelease: URIRef  # class: Press release
    PublicBody: URIRef  # class: Public body
    Publisher: URIRef  # class: Publisher
    Qualifies: URIRef  # concept: qualifies
    Quotation: URIRef  # class: Quotation
    ReportPublication: URIRef  # class: Report publication
    Response: URIRef  # class: Response
    Review: URIRef  # class: Review
    SIF: URIRef  # concept: Single inspection framework (2013-2017)
    SifAreas: URIRef  # collection: Single inspection framework (SIF) judgement areas
    Source: URIRef  # class: Source document
    StanceScheme: URIRef  # concept scheme: Response stances
    Stated: URIRef  # concept: stated in the text
    Strength: URIRef  # concept: strength
    ThemeScheme: URIRef  # concept scheme: Finding themes
    TradeNewsArticle: URIRef  # class: Trade news article
    TradeUnion: URIRef  # class: Trade union
    Unit: URIRef  # class: Unit
    Unknown: URIRef  # concept: unknown
    Weakness: URIRef  # concept: weakness
    WebPage: URIRef  # class: Web page
    Year: URIRef  # concept: year
    about: URIRef  # object property: about
    agent: URIRef  # object property: agent
    agreesWith: URIRef  # object property: agrees with
    appointedTo: URIRef  # object property: appointed to
    area: URIRef  # object property: judgement area
    asOf: URIRef  # datatype property: as of
    context: URIRef  # object property: context
    cue: URIRef  # datatype property: cue
    dateBasis: URIRef  # object property: date basis
    dateNote: URIRef  # datatype property: date note
    datePrecision: URIRef  # object property: date precision
    datePublished: URIRef  # datatype property: date published
    dateSaid: URIRef  # datatype property: date said
    disputes: URIRef  # object property: disputes
    during: URIRef  # object property: during
    eventDate: URIRef  # datatype property: event date
    evidence: URIRef  # object property: evidence
    evidencedAt: URIRef  # datatype property: evidenced at
    expressedIn: URIRef  # object property: expressed in
    findingAbout: URIRef  # object property: finding about
    framework: URIRef  # object property: framework
    grade: URIRef  # object property: grade
    heldBy: URIRef  # object property: held by
    holder: URIRef  # object property: holder
    holds: URIRef  # object property: holds
    inSource: URIRef  # object property: in source
    inspection: URIRef  # object property: inspection
    judgedBody: URIRef  # object property: judged body
    judgedBy: URIRef  # object property: judged by
    note: URIRef  # datatype property: note
    organization: URIRef  # object property: organisation
    originalFileName: URIRef  # datatype property: original file name
    partOf: URIRef  # object property: part of
    partOfEvent: URIRef  # object property: part of event
    polarity: URIRef  # object property: polarity
    post: URIRef  # object property: post
    postIn: URIRef  # object property: post in
    publisher: URIRef  # object property: publisher
    publisherBasis: URIRef  # object property: publisher basis
    publisherNote: URIRef  # datatype property: publisher note
    qualifies: URIRef  # object property: qualifies
    quoteSpan: URIRef  # object property: quote span
    quotedFrom: URIRef  # object property: quoted from
    rank: URIRef  # annotation property: rank
    reportOf: URIRef  # object property: report of
    respondent: URIRef  # object property: respondent
    respondsTo: URIRef  # object property: responds to
    responseDate: URIRef  # datatype property: response date
    source: URIRef  # object property: source
    speaker: URIRef  # object property: speaker
    speakerPost: URIRef  # object property: speaker's post
    speakerRole: URIRef  # datatype property: speaker's role
    stance: URIRef  # object property: stance
    subject: URIRef  # object property: subject
    succeededBy: URIRef  # object property: succeeded by
    successionDate: URIRef  # datatype property: succession date
    text: URIRef  # datatype property: text
    theme: URIRef  # object property: theme
    title: URIRef  # datatype property: title
    titleBasis: URIRef  # datatype property: title basis
    unit: URIRef  # datatype property: unit
    value: URIRef  # datatype property: value
    viewColor: URIRef  # annotation property: view colour
    viewEdge: URIRef  # annotation property: view edge
    viewEdgeFrom: URIRef  # annotation property: view edge from
    viewEdgeLabel: URIRef  # annotation property: view edge label
    viewEdgeTo: URIRef  # annotation property: view edge to
    viewNode: URIRef  # annotation property: view node
    viewShape: URIRef  # annotation property: view shape
