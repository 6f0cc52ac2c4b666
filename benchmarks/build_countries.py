"""Build extract/data/countries.json once: CLDR English territory names plus hand-reviewed tables.

Why a build step: the country names come from the Unicode CLDR (via `babel`, Unicode licence),
so they are spelled the way a maintained, reviewed source spells them; everything CLDR does
not carry (short forms, demonyms, capitals, seats of government, words that must never count)
is written out below by hand and was reviewed line by line. The output is committed, so the
runtime never needs babel. Run it in a throwaway venv:

    python -m venv /tmp/buildvenv && /tmp/buildvenv/bin/pip install babel==2.18.0
    /tmp/buildvenv/bin/python benchmarks/build_countries.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "countries.json"

# ISO codes whose CLDR name is a continent, not a country: kept in the table for their
# display name, but their names are not matched (gold: continents are not counted).
NOT_MATCHED = {"AQ"}

# CLDR territory codes that are not ISO 3166-1 alpha-2 countries (regions, unions,
# reserved codes, pseudo-locales). XK (Kosovo) is kept on purpose.
NOT_ISO = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}

# Display names where CLDR's English name is not the short name a journalist expects.
DISPLAY = {
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "HK": "Hong Kong",
    "MO": "Macao",
    "MM": "Myanmar",
    "PS": "Palestine",
    "TR": "Turkey",
    "CI": "Côte d'Ivoire",
}

# Short forms and other names of a country (hand-reviewed). "the" is never part of a form:
# the mention span is the name itself ("the UK's" -> "UK").
NAMES: dict[str, list[str]] = {
    "US": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.",
           "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland",
           "Wales", "Northern Ireland", "United Kingdom of Great Britain and Northern Ireland"],
    "KR": ["South Korea", "Republic of Korea", "Korea", "ROK"],
    "KP": ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic", "Czechia"],
    "CN": ["China", "People's Republic of China", "PRC", "Mainland China"],
    "TW": ["Taiwan", "Republic of China", "Chinese Taipei"],
    "RU": ["Russia", "Russian Federation"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E."],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
           "DRC", "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "MM": ["Myanmar", "Burma"],
    "MK": ["North Macedonia", "Macedonia", "Republic of North Macedonia"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "TL": ["Timor-Leste", "East Timor"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "VA": ["Vatican City", "Vatican", "Holy See"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories",
           "Palestinian territories"],
    "HK": ["Hong Kong"],
    "MO": ["Macao", "Macau"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao PDR"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "MD": ["Moldova", "Republic of Moldova"],
    "BA": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
    "TT": ["Trinidad and Tobago", "Trinidad"],
    "AG": ["Antigua and Barbuda", "Antigua"],
    "KN": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts", "Saint Kitts"],
    "VC": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines",
           "St. Vincent and the Grenadines"],
    "LC": ["Saint Lucia", "St Lucia"],
    "ST": ["São Tomé and Príncipe", "Sao Tome and Principe", "São Tomé"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "KG": ["Kyrgyz Republic"],
    "SK": ["Slovak Republic"],
    "IE": ["Republic of Ireland", "Eire", "Éire"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "RE": ["Reunion Island"],
    "CW": ["Curacao"],
    "XK": ["Republic of Kosovo"],
    "VI": ["US Virgin Islands", "United States Virgin Islands"],
    "PN": ["Pitcairn"],
    "WF": ["Wallis and Futuna"],
    "PM": ["Saint Pierre and Miquelon"],
    "SH": ["Saint Helena"],
    "BL": ["Saint Barthélemy", "St Barts", "St. Barts"],
    "MF": ["Saint Martin"],
    "TC": ["Turks and Caicos Islands", "Turks and Caicos"],
    "HM": ["Heard Island and McDonald Islands"],
    "SJ": ["Svalbard and Jan Mayen", "Svalbard"],
    "GS": ["South Georgia and the South Sandwich Islands", "South Georgia"],
    "IO": ["British Indian Ocean Territory"],
    "FK": ["Falklands"],
    "UM": ["United States Minor Outlying Islands"],
}

# Demonyms in every surface form that names the country (adjective, singular and plural
# noun). Possessives ("Cuban's") are handled by the matcher, not listed.
# Format: code -> list of forms. Hand-written and reviewed.
DEMONYMS: dict[str, list[str]] = {
    "AF": ["Afghan", "Afghans", "Afghanistani"],
    "AL": ["Albanian", "Albanians"],
    "DZ": ["Algerian", "Algerians"],
    "AD": ["Andorran", "Andorrans"],
    "AO": ["Angolan", "Angolans"],
    "AG": ["Antiguan", "Antiguans"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean",
           "Argentineans"],
    "AM": ["Armenian", "Armenians"],
    "AU": ["Australian", "Australians", "Aussie", "Aussies"],
    "AT": ["Austrian", "Austrians"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "BS": ["Bahamian", "Bahamians"],
    "BH": ["Bahraini", "Bahrainis"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "BB": ["Barbadian", "Barbadians", "Bajan", "Bajans"],
    "BY": ["Belarusian", "Belarusians", "Belarussian", "Belarussians"],
    "BE": ["Belgian", "Belgians"],
    "BZ": ["Belizean", "Belizeans"],
    "BJ": ["Beninese"],
    "BT": ["Bhutanese"],
    "BO": ["Bolivian", "Bolivians"],
    "BA": ["Bosnian", "Bosnians"],
    "BW": ["Botswanan", "Botswanans", "Motswana", "Batswana"],
    "BR": ["Brazilian", "Brazilians"],
    "BN": ["Bruneian", "Bruneians"],
    "BG": ["Bulgarian", "Bulgarians"],
    "BF": ["Burkinabe", "Burkinabé", "Burkinabè"],
    "BI": ["Burundian", "Burundians"],
    "KH": ["Cambodian", "Cambodians"],
    "CM": ["Cameroonian", "Cameroonians"],
    "CA": ["Canadian", "Canadians"],
    "CV": ["Cape Verdean", "Cape Verdeans"],
    "TD": ["Chadian", "Chadians"],
    "CL": ["Chilean", "Chileans"],
    "CN": ["Chinese"],
    "CO": ["Colombian", "Colombians"],
    "KM": ["Comoran", "Comorans", "Comorian", "Comorians"],
    "CD": ["Congolese"],
    "CR": ["Costa Rican", "Costa Ricans"],
    "CI": ["Ivorian", "Ivorians"],
    "HR": ["Croatian", "Croatians", "Croat", "Croats"],
    "CU": ["Cuban", "Cubans"],
    "CY": ["Cypriot", "Cypriots"],
    "CZ": ["Czech", "Czechs"],
    "DK": ["Danish", "Dane", "Danes"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "DO": ["Dominican", "Dominicans"],
    "EC": ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"],
    "EG": ["Egyptian", "Egyptians"],
    "SV": ["Salvadoran", "Salvadorans", "Salvadorian", "Salvadorians"],
    "GQ": ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"],
    "ER": ["Eritrean", "Eritreans"],
    "EE": ["Estonian", "Estonians"],
    "SZ": ["Swazi", "Swazis", "Eswatini"],
    "ET": ["Ethiopian", "Ethiopians"],
    "FJ": ["Fijian", "Fijians"],
    "FI": ["Finnish", "Finn", "Finns"],
    "FR": ["French", "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
    "GA": ["Gabonese"],
    "GM": ["Gambian", "Gambians"],
    "GE": ["Georgian", "Georgians"],
    "DE": ["German", "Germans"],
    "GH": ["Ghanaian", "Ghanaians"],
    "GR": ["Greek", "Greeks", "Hellenic"],
    "GD": ["Grenadian", "Grenadians"],
    "GT": ["Guatemalan", "Guatemalans"],
    "GN": ["Guinean", "Guineans"],
    "GW": ["Bissau-Guinean", "Bissau-Guineans"],
    "GY": ["Guyanese"],
    "HT": ["Haitian", "Haitians"],
    "HN": ["Honduran", "Hondurans"],
    "HU": ["Hungarian", "Hungarians"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "IN": ["Indian", "Indians"],
    "ID": ["Indonesian", "Indonesians"],
    "IR": ["Iranian", "Iranians", "Irani", "Iranis"],
    "IQ": ["Iraqi", "Iraqis"],
    "IE": ["Irish", "Irishman", "Irishmen", "Irishwoman", "Irishwomen"],
    "IL": ["Israeli", "Israelis"],
    "IT": ["Italian", "Italians"],
    "JM": ["Jamaican", "Jamaicans"],
    "JP": ["Japanese"],
    "JO": ["Jordanian", "Jordanians"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "KE": ["Kenyan", "Kenyans"],
    "KI": ["I-Kiribati"],
    "KP": ["North Korean", "North Koreans"],
    "KR": ["South Korean", "South Koreans", "Korean", "Koreans"],
    "XK": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
    "KW": ["Kuwaiti", "Kuwaitis"],
    "KG": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "LA": ["Laotian", "Laotians", "Lao"],
    "LV": ["Latvian", "Latvians"],
    "LB": ["Lebanese"],
    "LS": ["Basotho", "Mosotho"],
    "LR": ["Liberian", "Liberians"],
    "LY": ["Libyan", "Libyans"],
    "LI": ["Liechtensteiner", "Liechtensteiners"],
    "LT": ["Lithuanian", "Lithuanians"],
    "LU": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "MG": ["Malagasy"],
    "MW": ["Malawian", "Malawians"],
    "MY": ["Malaysian", "Malaysians"],
    "MV": ["Maldivian", "Maldivians"],
    "ML": ["Malian", "Malians"],
    "MT": ["Maltese"],
    "MH": ["Marshallese"],
    "MR": ["Mauritanian", "Mauritanians"],
    "MU": ["Mauritian", "Mauritians"],
    "MX": ["Mexican", "Mexicans"],
    "FM": ["Micronesian", "Micronesians"],
    "MD": ["Moldovan", "Moldovans"],
    "MC": ["Monegasque", "Monégasque", "Monacan"],
    "MN": ["Mongolian", "Mongolians"],
    "ME": ["Montenegrin", "Montenegrins"],
    "MA": ["Moroccan", "Moroccans"],
    "MZ": ["Mozambican", "Mozambicans"],
    "MM": ["Burmese", "Myanmarese"],
    "NA": ["Namibian", "Namibians"],
    "NR": ["Nauruan", "Nauruans"],
    "NP": ["Nepali", "Nepalis", "Nepalese"],
    "NL": ["Dutch", "Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"],
    "NZ": ["New Zealander", "New Zealanders", "Kiwis"],
    "NI": ["Nicaraguan", "Nicaraguans"],
    "NE": ["Nigerien", "Nigeriens"],
    "NG": ["Nigerian", "Nigerians"],
    "MK": ["Macedonian", "Macedonians", "North Macedonian", "North Macedonians"],
    "NO": ["Norwegian", "Norwegians"],
    "OM": ["Omani", "Omanis"],
    "PK": ["Pakistani", "Pakistanis"],
    "PW": ["Palauan", "Palauans"],
    "PS": ["Palestinian", "Palestinians"],
    "PA": ["Panamanian", "Panamanians"],
    "PG": ["Papua New Guinean", "Papua New Guineans"],
    "PY": ["Paraguayan", "Paraguayans"],
    "PE": ["Peruvian", "Peruvians"],
    "PH": ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"],
    "PL": ["Polish", "Poles"],
    "PT": ["Portuguese"],
    "PR": ["Puerto Rican", "Puerto Ricans"],
    "QA": ["Qatari", "Qataris"],
    "RO": ["Romanian", "Romanians"],
    "RU": ["Russian", "Russians"],
    "RW": ["Rwandan", "Rwandans"],
    "KN": ["Kittitian", "Kittitians"],
    "LC": ["Saint Lucian", "Saint Lucians", "St Lucian", "St Lucians"],
    "VC": ["Vincentian", "Vincentians"],
    "WS": ["Samoan", "Samoans"],
    "SM": ["Sammarinese"],
    "ST": ["Santomean", "Santomeans"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    "SN": ["Senegalese"],
    "RS": ["Serbian", "Serbians", "Serb", "Serbs"],
    "SC": ["Seychellois"],
    "SL": ["Sierra Leonean", "Sierra Leoneans"],
    "SG": ["Singaporean", "Singaporeans"],
    "SK": ["Slovak", "Slovaks", "Slovakian", "Slovakians"],
    "SI": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SB": ["Solomon Islander", "Solomon Islanders"],
    "SO": ["Somali", "Somalis", "Somalian", "Somalians"],
    "ZA": ["South African", "South Africans"],
    "SS": ["South Sudanese"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "LK": ["Sri Lankan", "Sri Lankans"],
    "SD": ["Sudanese"],
    "SR": ["Surinamese"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "CH": ["Swiss"],
    "SY": ["Syrian", "Syrians"],
    "TW": ["Taiwanese"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
    "TZ": ["Tanzanian", "Tanzanians"],
    "TH": ["Thai", "Thais"],
    "TL": ["Timorese"],
    "TG": ["Togolese"],
    "TO": ["Tongan", "Tongans"],
    "TT": ["Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians"],
    "TN": ["Tunisian", "Tunisians"],
    "TR": ["Turkish", "Turk", "Turks"],
    "TM": ["Turkmen", "Turkmens", "Turkmenistani"],
    "TV": ["Tuvaluan", "Tuvaluans"],
    "UG": ["Ugandan", "Ugandans"],
    "UA": ["Ukrainian", "Ukrainians"],
    "AE": ["Emirati", "Emiratis"],
    "GB": ["British", "Briton", "Britons", "Brit", "Brits", "English", "Englishman",
           "Englishmen", "Englishwoman", "Englishwomen", "Scottish", "Scot", "Scots",
           "Scotsman", "Scotsmen", "Scotswoman", "Scotswomen", "Welsh", "Welshman",
           "Welshmen", "Welshwoman", "Welshwomen", "Northern Irish"],
    "US": ["American", "Americans"],
    "UY": ["Uruguayan", "Uruguayans"],
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"],
    "VU": ["Ni-Vanuatu"],
    "VE": ["Venezuelan", "Venezuelans"],
    "VN": ["Vietnamese"],
    "YE": ["Yemeni", "Yemenis"],
    "ZM": ["Zambian", "Zambians"],
    "ZW": ["Zimbabwean", "Zimbabweans"],
    "GL": ["Greenlandic", "Greenlander", "Greenlanders"],
    "HK": ["Hong Konger", "Hong Kongers"],
    "EH": ["Sahrawi", "Sahrawis"],
    "GU": ["Guamanian", "Guamanians"],
    "FO": ["Faroese"],
}

# Capitals (and seats of government where they differ), which count only when they stand
# for the government (a government verb follows). Capitals whose name is mostly used for
# something else are left out on purpose: Brussels (the EU), The Hague (the international
# courts), Victoria and Kingston (people, many towns).
CAPITALS: dict[str, list[str]] = {
    "AF": ["Kabul"], "AL": ["Tirana"], "DZ": ["Algiers"], "AO": ["Luanda"],
    "AR": ["Buenos Aires"], "AM": ["Yerevan"], "AU": ["Canberra"], "AT": ["Vienna"],
    "AZ": ["Baku"], "BH": ["Manama"], "BD": ["Dhaka"], "BY": ["Minsk"], "BZ": ["Belmopan"],
    "BJ": ["Porto-Novo", "Cotonou"], "BT": ["Thimphu"], "BO": ["La Paz", "Sucre"],
    "BA": ["Sarajevo"], "BW": ["Gaborone"], "BR": ["Brasília", "Brasilia"],
    "BN": ["Bandar Seri Begawan"], "BG": ["Sofia"], "BF": ["Ouagadougou"],
    "BI": ["Gitega"], "KH": ["Phnom Penh"], "CM": ["Yaoundé", "Yaounde"],
    "CA": ["Ottawa"], "CF": ["Bangui"], "TD": ["N'Djamena", "N’Djamena"],
    "CL": ["Santiago"], "CN": ["Beijing"], "CO": ["Bogotá", "Bogota"],
    "CD": ["Kinshasa"], "CG": ["Brazzaville"], "CR": ["San José"], "CI": ["Yamoussoukro"],
    "HR": ["Zagreb"], "CU": ["Havana"], "CY": ["Nicosia"], "CZ": ["Prague"],
    "DK": ["Copenhagen"], "DJ": ["Djibouti City"], "DO": ["Santo Domingo"],
    "EC": ["Quito"], "EG": ["Cairo"], "SV": ["San Salvador"], "GQ": ["Malabo"],
    "ER": ["Asmara"], "EE": ["Tallinn"], "SZ": ["Mbabane"], "ET": ["Addis Ababa"],
    "FJ": ["Suva"], "FI": ["Helsinki"], "FR": ["Paris"], "GA": ["Libreville"],
    "GM": ["Banjul"], "GE": ["Tbilisi"], "DE": ["Berlin"], "GH": ["Accra"],
    "GR": ["Athens"], "GT": ["Guatemala City"], "GN": ["Conakry"], "GW": ["Bissau"],
    "GY": ["Georgetown"], "HT": ["Port-au-Prince"], "HN": ["Tegucigalpa"],
    "HU": ["Budapest"], "IS": ["Reykjavík", "Reykjavik"], "IN": ["New Delhi"],
    "ID": ["Jakarta"], "IR": ["Tehran", "Teheran"], "IQ": ["Baghdad"], "IE": ["Dublin"],
    "IL": ["Jerusalem"], "IT": ["Rome"], "JP": ["Tokyo"], "JO": ["Amman"],
    "KZ": ["Astana", "Nur-Sultan"], "KE": ["Nairobi"], "KP": ["Pyongyang"],
    "KR": ["Seoul"], "XK": ["Pristina", "Priština", "Prishtina"], "KW": ["Kuwait City"],
    "KG": ["Bishkek"], "LA": ["Vientiane"], "LV": ["Riga"], "LB": ["Beirut"],
    "LS": ["Maseru"], "LR": ["Monrovia"], "LY": ["Tripoli"], "LT": ["Vilnius"],
    "MG": ["Antananarivo"], "MW": ["Lilongwe"], "MY": ["Kuala Lumpur", "Putrajaya"],
    "MV": ["Malé"], "ML": ["Bamako"], "MT": ["Valletta"], "MR": ["Nouakchott"],
    "MU": ["Port Louis"], "MX": ["Mexico City"], "MD": ["Chișinău", "Chisinau"],
    "MN": ["Ulaanbaatar", "Ulan Bator"], "ME": ["Podgorica"], "MA": ["Rabat"],
    "MZ": ["Maputo"], "MM": ["Naypyidaw", "Nay Pyi Taw"], "NA": ["Windhoek"],
    "NP": ["Kathmandu"], "NL": ["Amsterdam"], "NZ": ["Wellington"], "NI": ["Managua"],
    "NE": ["Niamey"], "NG": ["Abuja"], "MK": ["Skopje"], "NO": ["Oslo"],
    "OM": ["Muscat"], "PK": ["Islamabad"], "PS": ["Ramallah"], "PA": ["Panama City"],
    "PG": ["Port Moresby"], "PY": ["Asunción", "Asuncion"], "PE": ["Lima"],
    "PH": ["Manila"], "PL": ["Warsaw"], "PT": ["Lisbon"], "QA": ["Doha"],
    "RO": ["Bucharest"], "RU": ["Moscow"], "RW": ["Kigali"], "SA": ["Riyadh"],
    "SN": ["Dakar"], "RS": ["Belgrade"], "SL": ["Freetown"], "SK": ["Bratislava"],
    "SI": ["Ljubljana"], "SO": ["Mogadishu"], "ZA": ["Pretoria"], "SS": ["Juba"],
    "ES": ["Madrid"], "LK": ["Colombo"], "SD": ["Khartoum"], "SR": ["Paramaribo"],
    "SE": ["Stockholm"], "CH": ["Bern", "Berne"], "SY": ["Damascus"], "TW": ["Taipei"],
    "TJ": ["Dushanbe"], "TZ": ["Dodoma"], "TH": ["Bangkok"], "TL": ["Dili"],
    "TG": ["Lomé", "Lome"], "TN": ["Tunis"], "TR": ["Ankara"], "TM": ["Ashgabat"],
    "UG": ["Kampala"], "UA": ["Kyiv", "Kiev"], "AE": ["Abu Dhabi"], "GB": ["London"],
    "US": ["Washington"], "UY": ["Montevideo"], "UZ": ["Tashkent"], "VE": ["Caracas"],
    "VN": ["Hanoi"], "YE": ["Sanaa", "Sana'a"], "ZM": ["Lusaka"], "ZW": ["Harare"],
    "JM": ["Kingston"], "BS": ["Nassau"], "BB": ["Bridgetown"], "TT": ["Port of Spain"],
}

# Seats of government and other place names that stand for a government wherever they
# occur in news (hand-reviewed). Agencies and ministries (State Department, Pentagon) are not
# seats: their names hold no country word and the gold conventions do not count them.
SEATS: dict[str, list[str]] = {
    "US": ["White House"],
    "RU": ["Kremlin"],
    "GB": ["Downing Street", "Whitehall"],
    "FR": ["Élysée", "Elysée", "Elysee", "Élysée Palace", "Elysée Palace", "Elysee Palace",
           "Quai d'Orsay"],
    "KR": ["Blue House", "Cheong Wa Dae"],
    "CN": ["Zhongnanhai"],
    "ES": ["Moncloa"],
    "IT": ["Palazzo Chigi"],
    "AR": ["Casa Rosada"],
    "BR": ["Planalto Palace"],
}

# Phrases that contain a country word but are not a mention of any country: regions,
# sub-national places, seas, names of other things. Matched as whole phrases, longest first,
# so they swallow the country word inside them.
BLOCKERS: list[str] = [
    # US states and other sub-national places with a country word inside
    "New Mexico", "New Mexican", "New Mexicans", "New Jersey", "New England",
    "New South Wales", "New Guinea", "Jersey City", "Jersey Shore", "British Columbia",
    "Washington state", "Washington State", "Washington, D.C.", "Washington D.C.",
    "Washington, DC", "Washington DC", "University of Washington", "University of Georgia",
    "Georgia Tech", "Niger Delta", "Niger River",
    # regions, continents and seas
    "Latin America", "Latin American", "Latin Americans", "South America", "South American",
    "South Americans", "North America", "North American", "North Americans",
    "Central America", "Central American", "Central Americans", "Pan-American",
    "Indian tribe", "Indian tribes", "Indian reservation", "Indian reservations",
    "Indian Country", "East Indies", "Dutch East Indies", "French Riviera",
    "Pan American", "Indian Ocean", "West Indies", "West Indian", "West Indians",
    "American Indian", "American Indians", "English Channel", "Persian Gulf",
    "Arabian Peninsula", "Korean Peninsula", "Korean peninsula", "Iberian Peninsula",
    "Gulf of Mexico", "South China Sea", "East China Sea", "Sea of Japan", "Gulf of Guinea",
    "Gulf of Oman", "Irish Sea", "Guinea pig", "Guinea pigs",
    # newspapers and other proper names built on a capital that are not a government
    "Washington Post", "Washington Times", "Washington Examiner", "Moscow Times",
]

# US state names: "Georgia" beside them is the state, not the country.
US_STATES: list[str] = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
    "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Washington", "West Virginia", "Wisconsin", "Wyoming",
]

# Country words that are also common given names: followed at once by a capitalised word
# they are a person ("Chad Smith", "Jordan Peterson", "Georgia May").
FIRST_NAMES: list[str] = ["Jordan", "Chad", "Georgia", "Sofia", "Santiago", "Paris", "Victoria",
                          "Georgetown", "Kingston", "Lao", "Scot", "Brit"]
# Country words that are also surnames: after a capitalised given name they are a person
# ("Michael Jordan", "Nikki Holland", "George Washington").
SURNAMES: list[str] = ["Jordan", "Holland", "England", "Washington", "Chad", "Paris", "Lima",
                       "Santiago", "London", "Berlin", "Dublin", "Rome", "Jersey", "Georgia",
                       "Kingston", "Vienna", "Sofia"]


def build() -> dict:
    """Merge CLDR names with the hand tables into the bundled JSON structure."""
    from babel import Locale  # build-time only

    cldr = Locale("en").territories
    countries: dict[str, dict] = {}
    for code, cldr_name in sorted(cldr.items()):
        if len(code) != 2 or not code.isalpha() or code in NOT_ISO:
            continue
        names = [cldr_name]
        # CLDR writes "&" and "St."; news writes "and" and "Saint"/"St".
        variant = cldr_name.replace(" & ", " and ")
        if variant != cldr_name:
            names.append(variant)
        if cldr_name.startswith("St. "):
            names += ["Saint " + variant[4:], "St " + variant[4:], "St. " + variant[4:]]
        if " SAR China" in cldr_name or " (" in cldr_name or " - " in cldr_name:
            names = []  # "Hong Kong SAR China", "Myanmar (Burma)": hand forms only
        if code in NOT_MATCHED:
            names = []
        for extra in NAMES.get(code, []):
            if extra not in names:
                names.append(extra)
        countries[code] = {
            "name": DISPLAY.get(code, cldr_name),
            "cldr_name": cldr_name,
            "names": names,
            "demonyms": DEMONYMS.get(code, []),
            "capitals": CAPITALS.get(code, []),
            "seats": SEATS.get(code, []),
        }
    for table in (NAMES, DEMONYMS, CAPITALS, SEATS):
        unknown = set(table) - set(countries)
        if unknown:
            sys.exit(f"unknown codes in a hand table: {sorted(unknown)}")
    seen: dict[str, str] = {}
    for code, entry in countries.items():
        for form in entry["names"] + entry["demonyms"] + entry["capitals"] + entry["seats"]:
            if form in seen and seen[form] != code:
                sys.exit(f"{form!r} is listed for both {seen[form]} and {code}")
            seen[form] = code
    return {
        "about": "ISO 3166-1 alpha-2 countries plus XK (Kosovo). Names from Unicode CLDR "
                 "via babel (Unicode licence); short forms, demonyms, capitals, seats, "
                 "blockers and name lists hand-written and reviewed. "
                 "See COUNTRIES.md. Built by benchmarks/build_countries.py.",
        "countries": countries,
        "blockers": BLOCKERS,
        "us_states": US_STATES,
        "first_names": FIRST_NAMES,
        "surnames": SURNAMES,
    }


def main() -> None:
    """Write the table with stable formatting so rebuilds diff cleanly."""
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['countries'])} countries)")


if __name__ == "__main__":
    main()
