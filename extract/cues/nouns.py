"""Nouns and name words that say what a source is: person, group, body, outlet, document.
"""

from __future__ import annotations

# Nouns that head a document: it speaks for whoever issued it.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "statement", "statements", "response", "report", "reports", "release", "guidelines",
        "guideline", "guidance", "resolution", "study", "letter", "document", "documents",
        "filing", "indictment", "complaint", "ruling", "memo", "memorandum", "survey",
        "tweet", "post", "communiqué", "communique", "decree", "order", "bulletin",
        "announcement", "findings", "analysis", "assessment", "paper", "data", "figures",
        "estimates", "review", "audit", "poll", "transcript", "declaration", "notice",
        "brief", "affidavit", "verdict", "judgment", "judgement", "charges",
        "policy", "rules", "regulations", "records", "note", "message", "email",
        "polling", "polls", "facts", "figure", "numbers", "statistics", "projections",
        "warning", "warnings", "alert", "alerts", "advisory", "advisories", "bulletins",
        "memoir", "memoirs", "autobiography", "book", "diary", "obituary", "lawsuit",
        "video", "videos", "footage", "recording", "recordings", "images", "photos",
    }
)
# Documents that carry one speaker's words: they resolve to the last person or body quoted.
SPEECH_DOCUMENTS: frozenset[str] = frozenset(
    {
        "statement", "statements", "response", "release", "letter", "tweet", "post",
        "communiqué", "communique", "announcement", "message", "email", "note", "remarks",
        "declaration", "notice", "transcript", "affidavit", "testimony",
    }
)

# Nouns naming a person by role ("the commissioner", "a spokeswoman", "his daughter").
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "minister", "commissioner", "president",
        "director", "director-general", "chairman", "chairwoman", "chair", "chief",
        "official", "officer", "secretary", "ambassador", "envoy", "governor", "mayor",
        "senator", "lawmaker", "congressman", "congresswoman", "judge", "prosecutor",
        "lawyer", "attorney", "analyst", "expert", "researcher", "scientist", "professor",
        "economist", "doctor", "physician", "witness", "resident", "survivor", "victim",
        "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
        "widow", "fiancée", "fiance", "fiancé", "partner", "friend", "colleague", "manager",
        "executive", "founder", "owner", "leader", "head", "representative", "rapporteur",
        "investigator", "detective", "inspector", "source", "author", "writer", "journalist",
        "reporter", "correspondent", "editor", "columnist", "historian", "anthropologist",
        "epidemiologist", "veterinarian", "adviser", "advisor", "aide", "candidate",
        "premier", "chancellor", "king", "queen", "prince", "princess", "pope", "coach",
        "player", "captain", "general", "commander", "sheriff", "man", "woman", "boy",
        "girl", "student", "teacher", "worker", "employee", "activist", "campaigner",
        "organiser", "organizer", "musician", "drummer", "singer", "guitarist", "actor",
        "actress", "producer", "biographer", "neighbour", "neighbor",
        "coroner", "pathologist", "engineer", "pilot", "driver", "passenger", "official's",
        "auditor", "ombudsman", "regulator", "negotiator", "diplomat", "politician",
        "deputy", "vice-president", "governor-general", "mp", "mep", "councillor",
        "councilor", "sergeant", "superintendent", "constable", "agent", "ceo", "cfo",
        "chairperson", "president-elect", "nominee", "defendant", "plaintiff", "suspect",
        "relative", "parent", "child", "grandson", "granddaughter", "uncle", "aunt",
        "person", "acquaintance", "publicist", "interviewee", "respondent", "clerk",
        "coordinator", "administrator", "assistant", "volunteer", "guide", "staffer",
        "trustee", "principal", "dean", "provost", "curator", "lecturer", "counsel",
        "eyewitness", "bystander", "host",
        "nephew", "niece", "cousin", "ex-wife", "ex-husband", "boyfriend", "girlfriend",
    }
)

# Plural or collective nouns naming an unnamed group ("officials", "unnamed experts").
GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "officials", "authorities", "experts", "analysts", "sources", "researchers",
        "scientists", "investigators", "witnesses", "residents", "critics", "observers",
        "prosecutors", "lawmakers", "police", "protesters", "protestors", "organisers",
        "organizers", "doctors", "activists", "diplomats", "economists", "officers",
        "spokespeople", "spokespersons", "representatives", "leaders", "members",
        "lawyers", "attorneys", "survivors", "victims", "families", "relatives", "locals",
        "family", "campaign", "crew", "committee", "media", "outlets", "newspapers",
        "defendants", "plaintiffs",
        "eyewitnesses", "bystanders", "neighbors",
        "supporters", "opponents", "campaigners", "scholars", "historians", "journalists",
        "reporters", "editors", "insiders", "people", "employees", "workers", "staff",
        "students", "teachers", "users", "fans", "voters", "managers", "executives",
        "regulators", "inspectors", "agencies", "groups", "organizations", "organisations",
        "governments", "ministers", "parties", "rescuers", "firefighters", "medics",
        "paramedics", "engineers", "bankers", "traders", "investors", "musicians",
        "colleagues", "friends", "neighbours", "parents", "troops", "soldiers",
        "forces", "militants", "rebels", "negotiators", "specialists", "epidemiologists",
        "archaeologists", "astronomers", "biologists", "physicists", "chemists", "geologists",
        "psychologists", "sociologists", "physicians", "surgeons", "nurses", "pilots",
        "authors", "pollsters", "forecasters", "meteorologists",
        "advocates", "environmentalists", "conservationists", "commentators",
        "aides", "advisers", "advisors", "firms", "companies", "retailers", "supermarkets",
        "stores", "banks", "airlines",
        "businesses", "manufacturers", "insurers", "unions", "charities", "hospitals",
    }
)

# Nouns naming a body ("the company", "the ministry", "the Embassy").
ORG_NOUNS: frozenset[str] = frozenset(
    {
        "company", "firm", "ministry", "department", "agency", "government", "embassy",
        "unit", "division", "branch", "directorate", "squad", "panel", "inspectorate",
        "consulate", "organisation", "organization", "group", "committee", "council",
        "commission", "office", "administration", "court", "police", "army", "military",
        "state", "party", "union", "association", "federation", "board", "bank", "club",
        "team", "band", "university", "institute", "hospital", "school", "airline",
        "network", "station", "service", "bureau", "regime", "cabinet", "parliament",
        "senate", "congress", "assembly", "authority", "watchdog", "regulator", "charity",
        "foundation", "campaign", "alliance", "coalition", "league", "tribunal",
        "prosecutor's", "operator", "manufacturer", "maker", "producer", "carrier",
        "broadcaster", "newspaper", "daily", "weekly", "magazine", "outlet", "channel",
        "website", "publication", "paper", "tabloid", "agency's", "city", "county",
        "municipality", "region", "province", "country", "nation", "kingdom", "republic",
        "corporation", "conglomerate", "subsidiary", "startup", "developer", "platform",
        "retailer", "insurer", "lender", "creditor", "investor", "buyer", "seller",
        "owner", "company's", "side", "delegation", "mission", "secretariat", "junta",
        "militia", "movement", "church", "parish", "diocese", "centre", "center",
        "laboratory", "lab", "museum", "zoo", "festival", "studio", "label", "publisher",
        "guard", "coastguard", "navy", "ministry's", "prosecution", "defence", "defense",
        "academy", "project", "institution", "tribe",
    }
)

# "the company" stands for the last firm named; these words make a name a firm's.
COMPANY_NOUNS: frozenset[str] = frozenset(
    {"company", "firm", "group", "manufacturer", "maker", "carrier", "airline", "retailer",
     "operator", "insurer", "lender", "bank", "developer", "publisher", "label", "studio",
     "corporation", "conglomerate", "subsidiary", "startup", "supplier", "producer"}
)
COMPANY_WORDS: frozenset[str] = frozenset(
    {"Group", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Corporation", "Company", "Co.",
     "LLC", "PLC", "plc", "GmbH", "AG", "Kft.", "S.A.", "Holdings", "Industries", "Airlines",
     "Airways", "Motors", "Systems", "Technologies", "Enterprises", "Bank", "Shipping",
     "Pharmaceuticals", "Energy", "Labs", "Studios", "Records", "Partners"}
)

OUTLET_NOUNS: frozenset[str] = frozenset(
    {
        "newspaper", "daily", "weekly", "magazine", "broadcaster", "outlet", "channel",
        "tabloid", "website", "publication", "paper", "network", "station", "agency",
        "news", "wire", "blog", "programme", "program", "show", "journal", "newsletter",
    }
)

# Words in a proper name that make it a news outlet.
OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "News", "Times", "Post", "Journal", "Radio", "TV", "Television", "Press", "Herald",
        "Tribune", "Guardian", "Telegraph", "Gazette", "Daily", "Magazine", "Bloomberg",
        "Reuters", "AP", "AFP", "BBC", "CNN", "NBC", "CBS", "ABC", "PBS", "NPR", "Fox",
        "Xinhua", "TASS", "Interfax", "Wikinews", "Independent", "Economist", "Observer",
        "Mirror", "Express", "Chronicle", "Standard", "Courier", "Sentinel", "Inquirer",
        "Examiner", "Dispatch", "Monitor", "Today", "Bulletin", "Record", "Register", "Review",
        "Weekly", "Politico", "Axios", "Newsweek", "Forbes", "Vox", "Slate", "Wired",
        "Sputnik", "RT", "Euronews", "Jazeera", "Haaretz", "Yonhap", "Kyodo", "ANSA",
        "EFE", "DPA", "UPI", "MSNBC", "CNBC", "HuffPost", "Gizmodo", "Verge", "Variety",
        "Billboard", "Broadcasting", "Broadcast", "Channel", "Network", "Wire",
        "Zeitung", "Spiegel", "Monde", "Figaro", "País", "Pravda", "Izvestia",
        "Blick", "Stern", "Kurier", "Presse", "Corriere", "Repubblica", "Asahi", "Shimbun",
        "Mainichi", "Yomiuri", "Hindu", "Dawn", "Nation", "Star", "Sun", "Globe", "Mail",
        "Age", "Australian", "Irish", "Scotsman", "Nieuws", "Nyheter", "Avisen", "Dagbladet",
        "Hürriyet", "Sabah", "Kommersant", "Vedomosti", "Straits", "Insider", "Intercept",
        "Buzzfeed", "BuzzFeed", "Vice", "Atlantic", "Yorker", "Telegraaf", "Novosti",
        "Agence", "Nachrichten", "Rundschau", "Noticias",
        "Diario", "Jornal", "Folha", "Estado", "Clarín", "Nación",
    }
)

# Well-known multi-word outlets whose words alone do not say so.
OUTLET_NAMES: frozenset[str] = frozenset(
    {
        "agence france-presse", "al jazeera", "deutsche welle", "voice of america",
    }
)

# Words in a proper name that make it an organisation.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "Department", "Ministry", "Agency", "Organization", "Organisation", "Committee",
        "Council", "Commission", "Office", "Embassy", "Consulate", "Government", "University",
        "Institute", "Institution", "Center", "Centre", "Group", "Company", "Inc", "Inc.",
        "Ltd", "Ltd.", "Corp", "Corp.", "Corporation", "Co.", "LLC", "PLC", "plc", "GmbH",
        "AG", "Kft.", "S.A.", "Bank", "Police", "Party", "Court", "Union", "Association",
        "Foundation", "Fund", "Board", "Bureau", "Service", "Services", "Forces", "Force",
        "Army", "Navy", "Parliament", "Congress", "Senate", "House", "Assembly",
        "Federation", "League", "Society", "Authority", "Administration", "Club", "Team",
        "Church", "Hospital", "School", "College", "Academy", "Laboratory", "Laboratories",
        "Network", "Alliance", "Coalition", "Secretariat", "Cabinet", "Directorate",
        "Inspectorate", "Prosecutor's", "Prosecutors", "Tribunal", "Airlines",
        "Airways", "Motors", "Industries", "Holdings", "Systems", "Technologies", "Partners",
        "Energy", "Oil", "Gas", "Pharmaceuticals", "Bank's", "Reserve", "Exchange",
        "Commissioner", "Command", "Guard", "Corps", "Unit", "Division", "Station",
        "Municipality", "Region", "Province", "State", "States", "Kingdom", "Republic",
        "Nations", "Programme", "Program", "Project", "Initiative", "Trust", "Charity",
        "Watch", "International", "Movement", "Front", "Brigade", "Brigades", "Mission",
        "Observatory", "Conference", "Summit", "Festival", "Museum", "Library", "Zoo",
        "Studio", "Studios", "Records", "Label", "Band", "Orchestra", "Squad", "Labs",
        "Enterprises", "Group's", "Defence", "Defense", "Security", "Health", "Affairs",
        "Justice", "Interior", "Treasury", "Pentagon", "Kremlin", "Vatican", "Presidency",
        "Evaluation", "Management", "Prevention", "Research", "Studies", "Development",
    }
)

# Last words of an event's or award's name: "Iraq War" or "Davis Cup" is never a person.
EVENT_WORDS: frozenset[str] = frozenset(
    {"War", "Wars", "Cup", "Games", "Olympics", "Championship", "Championships", "Prize",
     "Award", "Awards", "Act", "Bill", "Treaty", "Accord", "Accords", "Crisis", "Summit",
     "Festival", "Revolution", "Massacre", "Disaster", "Tournament", "Marathon",
     "Election", "Elections", "Referendum", "Pandemic", "Protests"}
)
