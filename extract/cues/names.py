"""Words around names: titles, words that are never names, gender words, pronouns,
determiners, demonyms, well-known acronyms, months and capital letters.
"""

from __future__ import annotations

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
        "Economy", "Trade", "Education", "State", "Home", "Agriculture", "Information",
        "Communications", "Tourism", "Industry", "Infrastructure", "Housing", "Immigration",
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
        "Nobody", "Everybody", "Somebody", "Anybody", "Everyone", "Someone", "Anyone",
        "Nothing", "Everything", "Something",
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
