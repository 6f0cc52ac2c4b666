"""Word lists and precompiled patterns for finding who a sentence attributes its content to.

Everything here is general English news vocabulary (speech verbs, titles, role nouns,
outlet words). Nothing names a person or body from a particular article. The patterns
are compiled once at import so the attribution stage never compiles per sentence.
"""

from __future__ import annotations

import re


def _forms(*specs: str) -> list[str]:
    """Expand 'verb:forms' specs ('say:says,said,saying') into a flat list of word forms."""
    out: list[str] = []
    for spec in specs:
        base, _, rest = spec.partition(":")
        out.append(base)
        if rest:
            out.extend(rest.split(","))
    return out


# Speech and report verbs: the subject before the verb is the source ("X said", "X has
# warned", "she explained").
SPEECH_VERBS: frozenset[str] = frozenset(
    _forms(
        "say:says,said,saying",
        "tell:tells,told,telling",
        "confirm:confirms,confirmed,confirming",
        "report:reports,reported,reporting",
        "state:states,stated,stating",
        "add:adds,added,adding",
        "note:notes,noted,noting",
        "warn:warns,warned,warning",
        "announce:announces,announced,announcing",
        "write:writes,wrote,writing,written",
        "explain:explains,explained,explaining",
        "reveal:reveals,revealed,revealing",
        "claim:claims,claimed,claiming",
        "deny:denies,denied,denying",
        "caution:cautions,cautioned,cautioning",
        "recall:recalls,recalled,recalling",
        "conclude:concludes,concluded,concluding",
        "insist:insists,insisted,insisting",
        "acknowledge:acknowledges,acknowledged,acknowledging",
        "argue:argues,argued,arguing",
        "assert:asserts,asserted,asserting",
        "allege:alleges,alleged",
        "admit:admits,admitted,admitting",
        "believe:believes,believed",
        "predict:predicts,predicted,predicting",
        "urge:urges,urged,urging",
        "demand:demands,demanded,demanding",
        "accuse:accuses,accused,accusing",
        "comment:comments,commented,commenting",
        "reply:replies,replied,replying",
        "respond:responds,responded,responding",
        "remark:remarks,remarked",
        "declare:declares,declared,declaring",
        "disclose:discloses,disclosed,disclosing",
        "testify:testifies,testified,testifying",
        "tweet:tweets,tweeted,tweeting",
        "stress:stresses,stressed,stressing",
        "emphasize:emphasizes,emphasized,emphasizing,emphasise,emphasises,emphasised",
        "observe:observes,observed",
        "contend:contends,contended",
        "mention:mentions,mentioned",
        "complain:complains,complained,complaining",
        "reiterate:reiterates,reiterated,reiterating",
        "estimate:estimates,estimated",
        "suggest:suggests,suggested",
        "credit:credits,credited",
        "describe:describes,described,describing",
        "criticize:criticizes,criticized,criticise,criticises,criticised",
        "continue",
        "continued",
        "maintain:maintains,maintained",
        "react:reacts,reacted",
        "dismiss:dismisses,dismissed",
        "condemn:condemns,condemned",
        "call:calls,called,calling",
        "publish:publishes,published",
        "recount:recounts,recounted",
        "cite:cites,cited",
        "disagree:disagrees,disagreed",
        "rule:rules,ruled",
        "pointed",
        "point",
        "points",
        "pointing",
    )
)

# Verbs that only attribute when a phrase follows: "pointed out", "went on to say".
PARTICLE_REQUIRED: dict[str, tuple[str, ...]] = {
    "point": ("out",),
    "points": ("out",),
    "pointed": ("out",),
    "pointing": ("out",),
    "continue": ("to",),
    "continued": (),
}

# Verbs that a document or body can "say" things with, but a person never does in news:
# "the response reads", "the guidelines cite", "the study found".
DOCUMENT_VERBS: frozenset[str] = frozenset(
    _forms(
        "read:reads",
        "cite:cites,cited",
        "list:lists,listed",
        "show:shows,showed,shown",
        "find:finds,found",
        "recommend:recommends,recommended",
        "specify:specifies,specified",
        "stipulate:stipulates,stipulated",
        "indicate:indicates,indicated",
        "outline:outlines,outlined",
        "describe:describes,described",
        "call:calls,called",
    )
)

# Speech verbs that may follow their subject after a quote or comma: '…," said the minister.'
INVERTABLE: frozenset[str] = frozenset(
    {
        "said", "says", "wrote", "writes", "added", "adds", "told", "explained", "noted",
        "continued", "recalled", "stated", "insisted", "replied", "remarked", "warned",
        "concluded", "asked", "commented", "argued", "tweeted", "declared", "responded",
        "cautioned", "announced", "observed", "reported", "reads", "read",
    }
)

# Verbs whose present participle after a comma continues the clause's subject
# ("…, calling for justice", "…, adding that…").
PARTICIPLES: frozenset[str] = frozenset(
    {
        "saying", "calling", "adding", "noting", "warning", "explaining", "claiming",
        "arguing", "insisting", "stating", "asking", "announcing", "telling", "urging",
        "demanding", "stressing", "describing", "accusing", "denying", "confirming",
        "revealing", "reporting", "emphasizing", "emphasising", "pointing", "posting",
        "tweeting", "writing", "commenting", "responding", "replying", "declaring",
        "predicting", "promising", "vowing", "threatening",
    }
)

# Cues that are too easily plain actions unless the subject is a document or a body.
WEAK_VERBS: frozenset[str] = frozenset(
    _forms(
        "call:calls,called,calling",
        "describe:describes,described,describing",
        "credit:credits,credited",
        "react:reacts,reacted",
        "continue:continued",
        "dismiss:dismisses,dismissed",
        "condemn:condemns,condemned",
        "estimate:estimates,estimated",
        "suggest:suggests,suggested",
        "believe:believes,believed",
        "maintain:maintains,maintained",
        "publish:publishes,published",
        "cite:cites,cited",
        "disagree:disagrees,disagreed",
    )
)

# Words skipped between a subject and its verb: "X also said", "X has previously denied".
ADVERBS: frozenset[str] = frozenset(
    {
        "also", "previously", "initially", "later", "earlier", "then", "further", "again",
        "recently", "publicly", "officially", "repeatedly", "eventually", "first", "once",
        "separately", "independently", "already", "still", "subsequently", "since",
        "has", "have", "had", "did", "does", "do", "not", "never", "would", "will", "could",
        "may", "might", "must", "should", "can", "just", "reportedly", "allegedly",
        "sometimes", "often", "always", "only", "even", "ultimately", "finally", "quickly",
        "immediately", "openly", "privately", "widely", "strongly", "flatly", "firmly",
        "directly", "explicitly", "specifically", "clearly", "simply", "however",
        "yesterday", "today", "tonight", "last", "now", "n't",
    }
)

BE_FORMS: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "get", "got", "gets"}
)

# Hedges: content attributed to an unnamed earlier reporter, if one is recoverable.
# Found with plain substring search (fast); each needle is checked for word boundaries.
HEDGE_NEEDLES: tuple[str, ...] = ("reportedly", "Reportedly", "allegedly", "Allegedly",
                                  " said to ", " alleged to ")
HEDGE_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been"})

# Declining and refusing to speak still attributes the stance: "X declined to comment".
# Every pattern starts with a literal space so the regex engine can skip ahead quickly.
NEGATIVE_CUE_RE = re.compile(
    r" (?:(?:declined|declines|declining|refused|refuses|refusing)\s+to\s+"
    r"(?:comment|answer|respond|elaborate|confirm|discuss|say|provide|reveal|disclose|"
    r"give|specify|name|identify)\b"
    r"|(?:did|does|do|would|could)\s+not\s+(?:immediately\s+)?"
    r"(?:comment|respond|answer|provide|confirm|elaborate|reply|return|disclose|specify)\b"
    r"|issued\s+(?:(?:a|an|the|its|their|his|her|new)\s+)?(?:\w+\s+){0,2}?"
    r"(?:statement|press\s+release|response|"
    r"communiqué|communique|report|warnings?|denial|alerts?|advisory|advisories)\b"
    r"|made\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:statement|announcement|claim)\b)"
)

# Prepositional cues: the source follows. "per" only before a name or a document.
# (The character before is checked in code: a leading assertion would slow the scan.)
ACCORDING_RE = re.compile(r"(?:[Aa]ccording\s+to|[Aa]s\s+(?:reported|stated)\s+by)\s+")
PER_RE = re.compile(r"[Pp]er\s+(?=(?:the\s+|a\s+|an\s+)?[A-Z0-9])")

# "Reuters' claims that…", "the ministry's statement".
POSSESSIVE_NOUNS: frozenset[str] = frozenset(
    {
        "claim", "claims", "report", "reports", "reporting", "statement", "statements",
        "assertion", "assertions", "allegation", "allegations", "announcement", "findings",
        "estimate", "estimates", "account", "remarks", "comments", "words", "assessment",
        "testimony", "version", "warning", "response", "tweet", "tweets",
        "conclusion", "conclusions", "guidelines", "guidance", "forecast", "analysis",
    }
)

# Passive cue with its agent: "confirmed by Associated Press".
PASSIVE_BY_RE = re.compile(
    r" (?:confirmed|reported|announced|stated|revealed|claimed|said|denied|disclosed|told|"
    r"warned|informed|criticised|criticized|accused|noted|observed|found|"
    r"described|alleged|cited|quoted|published|estimated|acknowledged)"
    r"(?:\s+\w+ly)?\s+by\s+"
)

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
    }
)

# Nouns naming a body ("the company", "the ministry", "the Embassy").
ORG_NOUNS: frozenset[str] = frozenset(
    {
        "company", "firm", "ministry", "department", "agency", "government", "embassy",
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

# Titles and honorifics dropped from a person's name ("Governor Dern" = "Dern").
TITLES: frozenset[str] = frozenset(
    {
        "President", "Vice", "Prime", "Minister", "Secretary", "Secretary-General",
        "Attorney", "General", "Senator", "Sen.", "Representative", "Rep.", "Governor",
        "Gov.", "Mayor", "Chancellor", "Judge", "Justice", "Dr.", "Dr", "Mr.", "Mr", "Mrs.",
        "Mrs", "Ms.", "Ms", "Miss", "Prof.", "Professor", "Gen.", "Colonel", "Col.", "Lt.",
        "Lieutenant", "Captain", "Capt.", "Sergeant", "Sgt.", "Crown", "Prince", "Princess",
        "King", "Queen", "Pope", "Sheikh", "Chief", "Director", "Director-General",
        "Commissioner", "Ambassador", "Chairman", "Chairwoman", "CEO", "Speaker", "Officer",
        "Detective", "Inspector", "Superintendent", "Constable", "Deputy", "Lord", "Lady",
        "Sir", "Dame", "Rev.", "Reverend", "Bishop", "Archbishop", "Cardinal", "Premier",
        "Emir", "Sultan", "Ayatollah", "Imam", "Rabbi", "Coach", "Spokesman", "Spokeswoman",
        "Spokesperson", "Foreign", "Defence", "Defense", "Interior", "Finance", "Health",
        "Economy", "Trade", "Education", "State", "Home", "Agriculture",
        "Environment", "Energy", "Labour", "Labor", "Transport", "Culture", "Senior",
        "Former", "Acting", "Interim", "U.S.", "US", "UK", "EU", "UN", "Admiral", "Marshal",
        "Major", "Councillor", "Councilman", "Councilwoman", "Congressman", "Congresswoman",
        "Assemblyman", "Assemblywoman", "Magistrate", "Prosecutor", "Sheriff", "Father",
        "Brother", "Sister", "Saint", "St.", "Elder", "Baron", "Baroness", "Count", "Duke",
        "Duchess", "Earl", "Marquess", "Viscount", "President-elect", "Vice-President",
        "Ombudsman", "Auditor", "Auditor-General", "Solicitor", "Solicitor-General",
        "Commander", "Chief-of-Staff", "Legislator", "MP", "MEP", "Treasurer", "Registrar",
        "Leader", "Whip", "Majority", "Minority", "Co-founder", "Founder", "Co-developer",
        "Co-author", "Author", "Analyst", "Researcher", "Scientist", "Lawyer",
    }
)

# Capitalised words that start sentences or clauses but are not names.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {
        "The", "A", "An", "In", "On", "At", "According", "When", "While", "But", "And", "Or",
        "Although", "Though", "However", "After", "Before", "Speaking", "Despite", "As",
        "If", "Yesterday", "Today", "Tomorrow", "Last", "Next", "This", "That", "These",
        "Those", "Its", "His", "Her", "Their", "Our", "My", "Your", "Some", "Many", "Most",
        "Several", "Other", "Others", "Both", "Neither", "Either", "Each", "Every", "Under",
        "Over", "With", "Without", "For", "From", "By", "Of", "To", "Also", "Since", "Until",
        "During", "Meanwhile", "Earlier", "Later", "Previously", "Already", "Allegedly",
        "Reportedly", "Here", "There", "Then", "Now", "Only", "Even", "Still", "Yet",
        "Such", "What", "Which", "Who", "Whom", "Whose", "Where", "Why", "How", "Afterwards",
        "He", "She", "They", "It", "We", "I", "You", "Him", "Them", "Us", "Me", "One",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
        "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Not", "No", "Yes",
        "All", "Any", "Another", "Among", "Between", "Because", "Due", "Instead", "Unlike",
        "Like", "Following", "Amid", "Against", "Around", "About", "Above", "Below",
        "Within", "Throughout", "Upon", "Toward", "Towards", "Into", "Onto", "Across",
        "Along", "Beyond", "Near", "Further", "Furthermore", "Moreover", "Additionally",
        "Nevertheless", "Nonetheless", "Thus", "Therefore", "Hence", "Indeed", "Once",
        "Twice", "First", "Second", "Third", "Finally", "Overall", "Currently",
        "Recently", "Initially", "Eventually", "Ultimately", "Officially", "Separately",
        "Asked", "Asking", "Writing", "Citing", "Responding", "Commenting",
        "Whether", "Unless", "Whereas", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
        "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "Might",
        "Must", "Let", "Please", "Thank", "Thanks", "Mr", "Mrs", "Ms", "Sir", "Dear",
        "Well", "Oh", "So", "Just", "Perhaps", "Maybe", "Nor", "Wikinews",
        "Yeah", "Okay", "OK", "Hi", "Hello", "Sorry", "Wow", "Um", "Uh", "Hmm", "Crap",
        "Amongst", "Whilst", "Prior", "Note", "Notes", "See", "Related", "Photo", "Image",
        "Video",
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
        "Twelve", "Twenty", "Hundreds", "Thousands", "Dozens", "Millions", "Half",
    }
)

# Words that say a person is a woman or a man: titles and role nouns, for he/she.
FEMALE_WORDS: frozenset[str] = frozenset(
    {"mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame", "lady", "queen", "princess",
     "duchess", "baroness", "countess", "empress", "sister", "daughter", "wife", "mother",
     "widow", "woman", "girl", "grandmother", "granddaughter", "niece", "aunt", "fiancée",
     "girlfriend", "spokeswoman", "chairwoman", "congresswoman", "councilwoman",
     "businesswoman", "actress", "waitress", "stewardess", "heiress", "sportswoman",
     "policewoman", "assemblywoman", "ex-wife", "stepmother", "nun", "abbess"}
)
MALE_WORDS: frozenset[str] = frozenset(
    {"mr.", "mr", "sir", "lord", "king", "prince", "duke", "baron", "count", "emperor",
     "brother", "son", "husband", "father", "widower", "man", "boy", "grandfather",
     "grandson", "nephew", "uncle", "fiancé", "fiance", "boyfriend", "spokesman",
     "chairman", "congressman", "councilman", "businessman", "actor", "waiter", "steward",
     "heir", "sportsman", "policeman", "assemblyman", "ex-husband", "stepfather", "monk",
     "pope", "sheikh", "emir", "sultan"}
)

# Channels a statement travels through; never a source themselves.
CHANNELS: frozenset[str] = frozenset(
    {"Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Reddit", "LinkedIn",
     "Telegram", "WhatsApp", "Weibo", "WeChat", "Snapchat", "Tumblr", "Medium", "Threads",
     "Mastodon", "Bluesky", "Truth Social", "X", "VKontakte", "Parler", "Gab"}
)

PRONOUNS_PERSON: frozenset[str] = frozenset({"he", "she", "him", "her"})
PRONOUNS_PLURAL: frozenset[str] = frozenset({"they", "them"})
PRONOUNS_THING: frozenset[str] = frozenset({"it"})
PRONOUNS_FIRST: frozenset[str] = frozenset({"i", "we", "you", "me", "us"})
ALL_PRONOUNS: frozenset[str] = (
    PRONOUNS_PERSON | PRONOUNS_PLURAL | PRONOUNS_THING | PRONOUNS_FIRST
)

DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "both", "either", "neither", "all", "each", "his", "her", "their",
     "its", "our", "my", "this", "that", "these", "those", "another", "one", "some",
     "several", "many", "two", "three", "other"}
)
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})

# Words that end a noun phrase when walking back from a verb.
NP_STOP: frozenset[str] = frozenset(
    {
        "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if",
        "as", "than", "but", "and", "or", "nor", "so", "yet", "in", "on", "at", "to", "by",
        "with", "from", "after", "before", "into", "about", "against", "under", "over",
        "for", "of", "during", "since", "until", "without", "through", "between", "among",
        "is", "are", "was", "were", "be", "been", "being", "there", "here", "what", "how",
        "why", "said", "says", "told", "asked", "it", "not", "no", "also", "then", "once",
        "this", "these", "those", "whether", "though", "although", "unless", "via",
        "per", "like", "upon", "amid", "despite", "toward", "towards", "across", "along",
        "however", "according", "has", "have", "had", "did", "does", "do", "will", "would",
    }
)

# Prepositions that make a following name oblique (not a subject): "told reporters",
# "Speaking to NBC News", "asked by the paper".
OBLIQUE_BEFORE: frozenset[str] = frozenset(
    {
        "of", "to", "with", "by", "for", "from", "in", "at", "on", "about", "against",
        "under", "into", "toward", "towards", "than", "via", "between", "among", "through",
        "told", "asked", "encouraged", "urged", "thanked", "met", "visited", "called",
        "accused", "criticised", "criticized", "named", "nicknamed", "dubbed", "replace",
        "replaced", "like", "including", "and", "or", "nor",
    }
)

# Demonyms and country-word prefixes dropped from an outlet name ("The British Guardian").
DEMONYMS: frozenset[str] = frozenset(
    {
        "American", "British", "French", "German", "Russian", "Chinese", "Japanese",
        "Indian", "Australian", "Canadian", "Italian", "Spanish", "Turkish", "Saudi",
        "Iranian", "Israeli", "Hungarian", "Austrian", "Polish", "Ukrainian", "Swiss",
        "Swedish", "Norwegian", "Danish", "Finnish", "Dutch", "Belgian", "Greek", "Czech",
        "Slovak", "Serbian", "Croatian", "Bosnian", "Romanian", "Bulgarian", "Portuguese",
        "Brazilian", "Mexican", "Argentine", "Argentinian", "Chilean", "Colombian",
        "Venezuelan", "Cuban", "Peruvian", "Egyptian", "Nigerian", "Kenyan", "Ethiopian",
        "South", "North", "Korean", "Pakistani", "Afghan", "Iraqi", "Syrian", "Lebanese",
        "Jordanian", "Qatari", "Emirati", "Kuwaiti", "Yemeni", "Palestinian", "Irish",
        "Scottish", "Welsh", "English", "Indonesian", "Malaysian", "Filipino", "Thai",
        "Vietnamese", "Taiwanese", "Mongolian", "Kazakh", "Georgian", "Armenian",
        "Azerbaijani", "Belarusian", "Lithuanian", "Latvian", "Estonian", "Slovenian",
        "Albanian", "Macedonian", "Montenegrin", "Kosovar", "Moldovan", "Icelandic",
        "Zealand", "New", "African", "European", "Asian", "Latin", "Arab", "Algerian",
        "Moroccan", "Tunisian", "Libyan", "Sudanese", "Somali", "Ugandan", "Tanzanian",
        "Ghanaian", "Zimbabwean", "Zambian", "Angolan", "Congolese", "Cameroonian",
        "Senegalese", "Malian", "Bangladeshi", "Sri", "Lankan", "Nepalese", "Burmese",
        "Cambodian", "Singaporean", "Hong", "Kong", "Ecuadorian", "Bolivian", "Uruguayan",
        "Paraguayan", "Haitian", "Jamaican", "Dominican", "Nicaraguan", "Honduran",
        "Guatemalan", "Salvadoran", "Panamanian", "Costa", "Rican", "Puerto",
    }
)

# Widely known acronyms of international bodies, expanded to the full form news uses.
KNOWN_ACRONYMS: dict[str, str] = {
    "UN": "United Nations",
    "U.N.": "United Nations",
    "EU": "European Union",
    "E.U.": "European Union",
    "WHO": "World Health Organization",
    "IMF": "International Monetary Fund",
    "CIA": "Central Intelligence Agency",
    "FBI": "Federal Bureau of Investigation",
    "NSA": "National Security Agency",
    "ICC": "International Criminal Court",
    "IAEA": "International Atomic Energy Agency",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNICEF": "United Nations Children's Fund",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "WTO": "World Trade Organization",
    "FAO": "Food and Agriculture Organization",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "AU": "African Union",
    "ICRC": "International Committee of the Red Cross",
    "CDC": "Centers for Disease Control and Prevention",
    "FDA": "Food and Drug Administration",
    "NASA": "NASA",
    "NATO": "NATO",
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
}

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\."
)


# Capital letters a name can start with: Latin (with Latin-1 and Latin Extended-A), Greek
# and Cyrillic. A literal class, because one of every upper-case letter Python knows took
# milliseconds to compile each time a pattern used it.
UPPER = (
    "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸ-ŹŻŽ"
    "ΆΈ-ΊΌΎ-ΏΑ-ΡΣ-ΫЀ-Я"
)

# One token of running text: dotted acronyms (U.S.), words with inner hyphens/apostrophes,
# or a single punctuation character. Trailing periods are handled by the tokenizer.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|\w+(?:[-’'&/.]\w+)*\.?|\(|\)|[^\w\s]"
)

# All speech/report/document verb forms, found over the whole text at once.
CUE_WORDS: frozenset[str] = SPEECH_VERBS | DOCUMENT_VERBS | {"posting"}

def trie_pattern(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of `words` shaped as a prefix trie (fast to match)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


# Starts with a literal space so the engine jumps from space to space. It matches the
# lowercase words that begin like a cue word; callers keep those in CUE_WORDS. (A trie of
# every form ran a little faster but took 6 ms to compile at start-up.)
CUE_RE = re.compile(
    r" (" + trie_pattern(frozenset(w[:3] for w in CUE_WORDS)) + r"[a-z]*)(?![\w-])"
)

# Quote-context words: a quoted phrase right after these is a name or a term, not speech.
NAMING_BEFORE_RE = re.compile(
    r"(?:\b(?:called|named|dubbed|titled|entitled|nicknamed|known\s+as|designated|"
    r"designation|term|terms|word|words|phrase|name|names|label|labelled|labeled|"
    r"branded|hashtag|slogan|as|the|a|an|album|song|film|movie|book|show|series|"
    r"programme|program|operation|website|site|app|campaign|project|novel|single|"
    r"documentary|play|exhibition|game|codenamed|code-named|motto|banner|renamed|"
    r"replace|replaced|is\s+for|for|represents|stands\s+for|of)\s*[,:]?\s*)$",
    re.IGNORECASE,
)
