"""The word lists the event coder reads a parse with: verbs of planning, failure and
reporting, nouns of forces, documents and demands, and the sectors and types its rules group.

The trigger lexicon (``data/triggers.yaml``) says which words report which events; these
lists say how the words around a trigger change what it reports or who takes part.
"""

from __future__ import annotations

import re

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# Where a light verb's noun event sits: "held talks", "talks were held", "called a strike"
# (spaCy sometimes hangs such an object as a predicate, oprd).
LIGHT_OBJECTS = {"dobj", "nsubjpass", "attr", "oprd"}
# "declined to comment" is no rejection of anything: CAMEO 011, a statement.
SPEECH_COMPLEMENTS = {"comment", "say", "speak", "elaborate", "disclose", "confirm", "discuss", "answer"}


THREAT_CAMEO = "130"
# The light verbs that say a noun event happened ("held talks", "launched strikes"): a noun
# event standing alone takes that sense of the noun.
HAPPENING_LIGHTS = frozenset({"hold", "conduct", "launch", "carry", "impose", "stage", "stag", "make", "deliver"})
# Passive verbs that say a meeting will not take place ("talks were called off").
HAPPENING_VERBS = {"go", "take", "proceed", "happen", "occur", "resume", "open", "begin", "start", "convene"}
CANCEL_VERBS = {"cancel", "call", "postpone", "scrap", "suspend", "delay", "shelve"}
# Verbs saying a meeting did not take place ("the summit collapsed").
FAILURE_VERBS = {"collapse", "fail", "founder", "stall", "falter", "fizzle", "deadlock"}
# Documents through which their authors act ("a bill that would expand penalties").
DOCUMENTS = {"bill", "law", "legislation", "resolution", "plan", "proposal", "measure", "decree", "package", "draft",
             "amendment", "reform", "ordinance"}
# What crowds of protesters do that is itself the protest.
PROTEST_MOVES = {"gather", "assemble", "converge", "storm", "block", "chant", "occupy", "mass", "throng", "throw",
                 "hurl", "torch", "break", "burst", "force", "surge", "burn", "camp"}
# Texts whose authors act through them, like documents: "a statement condemning the attack".
STATEMENTS = {"statement", "letter", "report", "communique", "declaration", "motion", "petition"}
# What a crowd gathers "to" do when it gathers in protest: "to denounce the coup".
PROTESTED_WITH = {"denounce", "condemn", "protest", "decry", "oppose", "reject", "demonstrate", "voice", "show"}
# Words that count a crowd: "thousands of people", "groups of young people".
COUNTED_CROWDS = {"thousands", "hundreds", "tens", "crowds", "groups", "dozens"}
CROWD_WORDS = {"protester", "protestor", "demonstrator", "marcher", "crowd", "rioter"}
# Groups that protest by obstructing: "farmers blocked roads", "students occupied the campus".
# Only with these verbs: students who "gathered" may be at a graduation.
OBSTRUCTING_MOVES = {"block", "storm", "occupy", "barricade", "blockade"}
# Barriers a crowd puts up ("protesters set up blockades across Noumea").
BARRIERS = {"blockade", "barricade", "roadblock"}
PUTTING_UP = {"set", "erect", "build", "mount", "put", "throw", "keep", "maintain", "man"}
AGGRIEVED_GROUPS = {"farmer", "worker", "student", "trucker", "haulier", "driver", "miner", "teacher",
                    "supporter", "activist", "villager", "resident", "trader", "nurse", "doctor", "youth"}  # fmt: skip
GUNFIRE = {"fire", "gunfire", "shot", "shell", "artillery", "blow"}
# Events that answer an earlier one: their recipient may be who spoke before.
MEDIATING = {"mediate", "broker"}
# Verbs of taking people into custody, which police do when no one else is named.
DETAINING = {"arrest", "detain", "jail", "imprison", "apprehend", "round up", "lock up", "incarcerate"}
# Noun events a subject may weigh or prepare as its own act ("considering sanctions"); to talk
# about an attack ("discussed the strikes") is not to plan one, so each verb lists its types.
POLICY_TYPES = frozenset({"SANCTION", "AID", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE", "COOPERATE", "ASSAULT"})
WEIGHED_TYPES = {
    "consider": POLICY_TYPES, "weigh": POLICY_TYPES, "mull": POLICY_TYPES, "contemplate": POLICY_TYPES,
    "propose": POLICY_TYPES - {"ASSAULT"}, "plan": POLICY_TYPES, "prepare": POLICY_TYPES,
    "threaten": frozenset({"SANCTION", "COERCE", "MOBILIZE", "ASSAULT"}),
    "discuss": frozenset({"SANCTION", "AID"}), "debate": frozenset({"SANCTION", "AID"}),
}
PLANNING_VERBS = {"plan", "prepare"}
# What a meeting or an exchange to come "is": "expected", "scheduled", "planned", "set".
SCHEDULING_VERBS = {"expect", "schedule", "plan", "set", "slate", "due"}
ADVERB_PARTICLES = {"back", "out", "off", "down", "away", "up", "over", "in"}
RIOT_CAMEO = "145"
LEAVING_VERBS = {"leave", "depart", "quit", "exit", "close", "shut", "vacate"}
ORDERING_VERBS = {"order", "instruct", "direct"}
NAMING_VERBS = {"call", "brand", "label", "dub", "term", "describe"}
REPROACH_WORDS = {"illegitimate", "illegal", "unacceptable", "provocation", "provocative", "threat", "violation",
                  "breach", "rehearsal", "terrorist", "terrorism", "aggression", "aggressive", "criminal", "crime",
                  "coup", "farce", "sham", "fraud", "fraudulent", "lie", "unconstitutional", "hostile", "dangerous",
                  "reckless", "irresponsible", "interference", "invasion", "genocide", "puppet", "regime", "illegal",
                  "outrageous", "shameful", "hypocritical", "destabilising", "destabilizing", "war crime",
                  # verdicts on another's act: "called the duties unjustified", "a betrayal"
                  "unjustified", "unjustifiable", "unfounded", "baseless", "groundless", "absurd", "unfair",
                  "unfortunate", "regrettable", "deplorable", "reprehensible", "slanderous", "hijacking", "piracy",
                  "betrayal", "blackmail", "retaliation", "meddling", "crook", "discriminatory", "arbitrary",
                  "unlawful", "barbaric", "cowardly", "heinous", "atrocity", "disgrace", "disgraceful", "insult",
                  "propaganda", "failure", "mistake", "bullying", "coercion", "coercive"}
FUNDING_VERBS = {"provide", "give", "grant", "donate", "allocate", "disburse", "contribute", "send", "extend"}
GIVING_VERBS = {"send", "provide", "supply", "give", "donate", "deliver", "fund", "finance", "help", "assist",
                "lend", "ship", "offer", "contribute"}
OCCASION_PREPOSITIONS = {"after", "during", "following", "amid", "at", "despite", "since"}
DISRUPTING_VERBS = {"shut", "paralyse", "paralyze", "cripple", "halt", "disrupt", "enter", "spread", "ground",
                    "close", "bring", "hit", "grip", "begin", "start", "erupt", "continue", "resume", "escalate"}
ONE_OCCURRENCE_TYPES = {"CONSULT", "ASSAULT", "AID"}
# Vessels (and their crews) that a state seizes, boards or lets go: whose they are is the flag's.
CAUGHT_VESSELS = {"ship", "vessel", "tanker", "trawler", "boat", "freighter", "ferry", "yacht", "dhow", "crew",
                  "sailor", "seaman", "seafarer", "barge"}  # fmt: skip
VEHICLES = {"truck", "lorry", "convoy", "plane", "aircraft", "ship", "vessel", "flight", "airlift", "boat", "train"}
CROSSING_VERBS = {"cross", "arrive", "enter", "reach", "land", "dock", "roll", "head", "leave"}
AID_GOODS = {"food", "medicine", "water", "aid", "supply", "tent", "blanket", "fuel", "flour", "wheat", "rice",
             "equipment", "vaccine", "relief", "medical", "drug", "shelter", "assistance", "grain", "milk", "fertiliser",
             "fertilizer"}
CROWD_SECTORS = {"CVL", "EDU", "LAB", "OPP"}
UNTIL_MARKS = frozenset({"until", "unless", "if", "before", "till"})
CELEBRATING = {"celebrate", "rejoice", "cheer", "dance", "mourn", "greet", "welcome", "honour", "honor", "watch"}
STREET_MOVES = {"take", "return", "pour", "spill", "flood", "head", "go", "come"}
PERMITTING = {"allow", "let", "permit"}
CALM_WORDS = {"ceasefire", "cease-fire", "truce", "restraint", "calm", "de-escalation", "dialogue", "talk",
              "negotiation", "armistice", "moderation", "halt"}
PAIR_NOUNS = {"side", "party", "country", "nation", "government", "people", "leader"}
# A country's offices abroad ("the Japanese embassy", "Turkey's visa office", "diplomatic missions").
MISSIONS = {"embassy", "consulate", "legation", "chancery", "residence", "mission", "office", "commission",
            # a foreign base: "rallied outside a French military base in Niamey"
            "base"}
HELPING_VERBS = {"help", "assist", "allow", "enable", "let"}
SENDING_TYPES = {"AGREE", "AID", "MOBILIZE", "COOPERATE", "RETREAT", "SUPPORT"}
# Events aimed at someone: a clause's "against X" names the target.
HOSTILE_TYPES = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "REQUEST"}
# Cooperation that two parties named together do with each other (not attacks: "British and
# U.S. troops attacked" is no clash between them).
# Things exchanged in talk, not in a prisoner swap.
EXCHANGED_TALK = {"word", "view", "greeting", "pleasantry", "message", "letter", "note", "gift", "idea", "opinion",
                  "compliment", "insult", "barb", "accusation", "blow", "vow", "ring", "number"}  # fmt: skip
# Sent to watch, on no side: "could send observers to the border" is a deployment, not aid.
NEUTRAL_MONITORS = {"observer", "monitor"}
# Words that say where forces are sent ("sent troops to the border", "send soldiers there").
PLACE_WORDS_OF_SENDING = {"to", "into", "near", "along", "towards", "toward", "across", "around", "inside", "there", "here",
                          "home", "back", "abroad", "in", "out", "onto"}
# Parties to a country's own quarrels (a government, a party, rebels), whose "rival" or "the
# other" is of the same country.
HOME_QUARREL_SECTORS = {"PTY", "OPP", "REB", "UAF", "GOV"}
# Nouns that only measure a noun event ("a round of talks", "two days of negotiations").
# Agreements whose terms are no events of their own: "signed an agreement to increase trade".
AGREEMENTS = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "protocol", "arrangement"}
# What is mobilised when forces are: "mobilised reservists", not "mobilised pressure groups".
FORCES = {"troop", "force", "soldier", "reservist", "reserve", "army", "military", "unit", "division", "brigade",
          "battalion", "police", "guard", "militia", "fighter", "conscript", "recruit", "volunteer", "navy",
          "warship", "fleet", "man", "men", "personnel", "thousand", "hundred"}  # fmt: skip
RELATIVE_PRONOUNS = {"whom", "which", "that", "who"}
# Calls whose content is no event of its own: "rejected a call for troops to be deployed".
CALL_NOUNS = {"call", "appeal", "demand", "request", "plea", "invitation", "ultimatum"}
# Bodies of forces named in the singular: "a deployment of peacekeepers", "the contingent".
FORCE_WORDS = {"deployment", "contingent", "force", "army", "navy", "battalion", "brigade", "unit", "fleet",
               "warship", "detachment", "convoy"}
# Words before a noun that make it armed: "air strikes", "artillery strikes", "drone strikes".
ARMED_MODIFIERS = {"air", "artillery", "missile", "drone", "rocket", "military", "naval", "aerial", "tank", "mortar"}
# "a French-drafted statement", "a US-financed campaign", "a British-owned ship": whose the
# thing is, written before it in one word.
OWNER_WORDS = {"drafted", "sponsored", "proposed", "backed", "tabled", "authored", "brokered", "mediated", "financed",
               "funded", "orchestrated", "instigated", "owned", "flagged", "operated"}
DRAFTED_BY = re.compile(rf"^(.+?)-(?:{'|'.join(sorted(OWNER_WORDS))})$", re.IGNORECASE)
# "a U.S.-brokered ceasefire", "a China-brokered deal": who mediated, named before the hyphen.
BROKERED_BY = re.compile(r"^(.+?)-(?:brokered|mediated)$", re.IGNORECASE)
# What someone has resolved on, whose owner does what follows: "Britain's decision to expel".
RESOLVE_NOUNS = {"decision", "move", "step", "choice", "refusal", "failure", "plan", "bid", "attempt", "threat",
                 "pledge", "promise", "offer", "readiness", "intention", "vow"}
# Things "released" that are no captives: "released a statement", "released treated water".
RELEASED_THINGS = {"water", "statement", "report", "video", "footage", "data", "figure", "detail", "result", "fund",
                   "money", "budget", "document", "list", "image", "photo", "picture", "film", "record", "recording",
                   "transcript", "audio", "plan", "guideline", "text", "version", "gas", "balloon", "oil", "reserve"}
# What a country hosts that is no meeting: "hosts the largest U.S. air base", "hosts a million
# refugees".
HOSTED_THINGS = {"base", "facility", "installation", "headquarters", "refugee", "migrant", "troop", "soldier",
                 "contingent", "camp", "population", "tournament", "olympics", "championship", "festival", "factory",
                 "plant", "embassy", "museum"}
# Verbs of weighing an act, whose object is the act weighed ("met to discuss sanctions").
WEIGHING_VERBS = {"discuss", "consider", "weigh", "review", "debate", "examine", "study", "explore"}
# Prepositions of what an act is about ("intelligence on the attacks", "talks over the border").
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding"}
# Truces, whose holding is kept by the parties ("the ceasefire took hold").
TRUCES = {"ceasefire", "truce", "armistice"}
# Prepositions that place an act ("around El Fasher", "near Kidal").
LOCATIVE_PREPOSITIONS = {"in", "around", "near", "at", "outside", "inside", "across", "throughout"}
# What police and soldiers use on crowds ("dispersed them with tear gas").
RIOT_WEAPONS = {"gas", "cannon", "bullet", "baton", "ammunition", "round", "grenade", "truncheon", "pellet", "spray"}
# Verbs a meeting is the subject of when it goes ahead ("talks resumed", "the summit opened").
MEETING_STARTS = {"open", "begin", "start", "resume", "convene", "reconvene"}
# Verbs whose "in" phrase is where a meeting is held, not a party to it ("agreed to meet in
# St Vincent", "offered to host talks in Doha").
VENUE_VERBS = MEETING_STARTS | {"meet", "talk", "negotiate", "gather", "hold", "host"}
# Spans of time in an ultimatum ("gave the junta one week to ...").
DEADLINE_SPANS = {"hour", "day", "week", "month", "deadline", "ultimatum"}
# People who are "held" when detained ("the hostages were held in a basement").
CAPTIVES = {"hostage", "prisoner", "detainee", "captive", "journalist", "activist", "leader", "president", "minister",
            "soldier", "sailor", "crew", "official", "citizen", "national", "worker", "opponent", "dissident"}
# What someone "was" when another says they are to blame ("was culpable for the attack").
BLAMEWORTHY = {"responsible", "culpable", "guilty", "liable", "accountable"}
# Outcomes one accepts by yielding ("accepted the court's decision", "accepted defeat").
OUTCOME_NOUNS = {"decision", "ruling", "verdict", "judgment", "judgement", "result", "outcome", "defeat", "resignation"}
# Taking part, which a voiced "would not" makes a refusal ("would not attend").
TAKING_PART = {"attend", "participate", "join"}
DEMAND_NOUNS = {"demand", "condition", "requirement", "request", "ultimatum", "deadline"}
# Heads that only frame the noun event compounded with them ("a mediation effort", "a bombing
# campaign", "a relief mission", "raised its readiness level", "raised tariff levels").
FRAMING_HEADS = {"effort", "mission", "bid", "initiative", "drive", "attempt", "process", "push", "level"}
# Acts of speech that go with the one who reports, not with the clause reported beside them:
# "denied that its forces had launched rockets and condemned the air strikes".
SPEECH_ACTS = {"condemn", "accuse", "reject", "urge", "welcome", "criticise", "criticize", "denounce", "praise",
               "warn", "demand", "dismiss", "blame", "call", "appeal", "vow", "pledge", "promise", "threaten"}
# Verbs that send forces to help ("sent troops to Qatar"), not to deploy them.
SENDING_VERBS = {"send", "dispatch", "contribute", "provide", "offer", "lend"}
# Verbs that answer with force: "responded with tear gas and live ammunition".
# People a state sends rather than acts on ("offered to send 1,000 police officers").
SENT_PEOPLE = {"officer", "personnel", "delegation", "team", "envoy", "mission", "peacekeeper", "contingent",
               "adviser", "advisor", "trainer", "expert", "observer", "monitor"}  # fmt: skip
# Meetings, which are held, not parties ("offered to host talks in Kuala Lumpur").
MEETINGS = {"talk", "meeting", "summit", "negotiation", "dialogue", "conference", "round"}
RESPONDING_VERBS = {"respond", "retaliate", "react", "reply", "answer"}
# Verbs that give the thing their "with" names to their object ("provided Egypt with aid").
PROVIDING_VERBS = {"provide", "supply", "furnish", "equip"}
# Soldiers' words: "troops defended the town" is fighting, not words in someone's favour.
FIGHTING_SUBJECTS = {"troop", "soldier", "force", "army", "fighter", "militia", "rebel", "defender", "garrison"}
MEASURE_NOUNS = {"score", "dozen", "hundred", "thousand", "volley", "salvo", "round", "series", "day", "hour", "week", "month", "session", "wave", "spate", "string", "ton",
                 "tonne", "part", "batch", "shipment", "package", "kg", "kilogram", "litre", "liter", "load",
                 # "sent a team of cyber experts": the experts are what was sent
                 "team",
                 "processing", "issuance",
                 # "sent 200 trucks of food": what the trucks carry is what was sent
                 "truck", "lorry", "truckload", "lorryload", "planeload", "shipload", "boatload", "container"}
# Sums that an aid noun may hang on: "$4.7 million in military aid", "2 billion euros of loans".
MONEY_WORDS = {"million", "billion", "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "worth"}
# Adjectives that offer what follows them: "ready for a dialogue", "open to talks".
READY_WORDS = {"ready", "open", "willing", "prepared", "available"}
# Light verbs that announce a noun event still to come.
ANNOUNCING_LIGHTS = {"call", "announce", "schedule", "plan", "slate"}
# Places a visit may go to that name no country ("visited the border area", "the region").
VISITED_AREAS = {"region", "area", "zone", "border", "frontier", "site", "scene"}
# Protests a party calls for ("called for nationwide demonstrations"): its own, to come.
PROTEST_NOUNS = {"demonstration", "protest", "rally", "march", "strike", "boycott", "walkout", "sit-in", "shutdown"}
# Events that happen after they are announced; an announced suspension or sanction takes
# effect by being announced.
HAPPENINGS = {"CONSULT", "PROTEST", "MOBILIZE", "COOPERATE"}
# Weapons that, named as a subject with a nationality, stand for their country's forces.
# Fights whose other side did a killing: "killed in a clash with Chinese troops".
FIGHTS = {"clash", "fighting", "battle", "skirmish", "firefight", "gunfight", "gunbattle", "exchange", "confrontation"}
# The means of an attack no one is named for: "killed in a car bombing", "a roadside bomb
# killed", "killed by an improvised explosive device".
UNCLAIMED_MEANS = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "minefield",
                   "grenade", "ambush", "attack", "shooting", "gunman", "bomber", "car"}  # fmt: skip
# A weapon by its model name: "F-16s", "Su-35", "MiG-29", "T-72", "S-400".
WEAPON_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?s?$")
# Attacks named as the subject of what they did ("Israeli air strikes killed 25 people").
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "bombardment", "shelling", "bombing", "barrage", "offensive"}
WEAPONS = {"rocket", "missile", "drone", "shell", "bomb", "jet", "warplane", "aircraft", "artillery", "mortar",
           "tank", "warship", "gunboat", "helicopter", "plane", "fighter", "bomber", "munition", "bulldozer",
           "ship", "vessel", "boat", "defence", "defense", "battery", "gunship", "cutter"}  # fmt: skip
# What a warned party "would" undergo: "would face severe punishment", "would pay a price".
SUFFERING_VERBS = {"face", "pay", "suffer", "regret", "bear", "feel"}
# How a warned-of act "would be" answered: "met with force", "treated as an act of war".
ANSWERED_AS = {"meet", "treat", "regard", "consider", "answer", "punish", "view"}
# What someone "risks" in a warning: "risked losing their lives", "risk arrest".
PERILS = {"lose", "death", "arrest", "prosecution", "jail", "prison", "punishment", "sanction", "force"}
# Objects that make "would take ..." a hostile act: "would take action against".
MEASURE_WORDS = {"action", "measure", "step", "countermeasure", "retaliation", "reprisal"}
# What a state does to its own people when the text names no one else.
DOMESTIC_TYPES = {"COERCE", "RETREAT", "CONCEDE"}
# Charges, lawsuits and verdicts (CAMEO 115, 116): by a state, of its own people unless said.
LEGAL_ACTION_CAMEOS = {"115", "116"}
# The verbs of a state's charges and verdicts ("charged", "indicted", "sentenced").
CHARGING_VERBS = {"charge", "indict", "prosecute", "arraign", "convict", "sentence"}
STATE_SECTORS = {"COP", "JUD", "GOV"}
# What makes a "strike" a stoppage: "a general strike", "a hunger strike".
WALKOUT_WORDS = {"general", "national", "nationwide", "hunger", "labour", "labor", "worker", "teacher", "doctor",
                 "transport", "indefinite", "wildcat", "sit-down", "warning"}
# A country's own people and groups that press claims on its government ("the opposition
# demanded", "unions rejected", "rebels accused").
CLAIMANT_SECTORS = {"OPP", "CVL", "LAB", "EDU", "REL", "REB"}
MUTUAL_TYPES = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
REACTION_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}  # condemned, rejected or welcomed what was done
REPLY_DISTANCE = 2  # sentences: a reply follows what it answers closely
VERDICTS = ("verdict", "ruling", "judgment", "judgement")
REACTION_DISTANCE = 6  # sentences: "condemned the strikes" may look back to the lead for strikes
# What a reaction's noun may refer to ("condemned the strikes": an attack told before).
_ATTACKS = frozenset({"ASSAULT"})
_ACCORDS = frozenset({"SUPPORT", "AGREE", "RETREAT"})
_MEASURES = frozenset({"SANCTION", "COERCE"})
ACT_NOUN_TYPES = {
    **dict.fromkeys(["strike", "attack", "bombing", "shelling", "offensive", "invasion", "assault", "incursion",
                     "killing", "airstrike", "raid", "bombardment", "massacre", "operation"], _ATTACKS),
    **dict.fromkeys(["test", "launch", "drill", "exercise", "deployment", "buildup"],
                    frozenset({"MOBILIZE", "ASSAULT", "COOPERATE"})),
    **dict.fromkeys(["agreement", "deal", "accord", "declaration", "treaty", "pact", "truce", "ceasefire",
                     "settlement"], _ACCORDS),
    **dict.fromkeys(["sanction", "measure", "tariff", "ban", "embargo", "expulsion", "restriction", "blockade"], _MEASURES),
    **dict.fromkeys(["arrest", "detention", "curfew", "verdict", "sentence"], frozenset({"COERCE"})),
    # a crackdown may be arrests or shooting into a crowd
    "crackdown": frozenset({"COERCE", "ASSAULT"}),
    **dict.fromkeys(["offer", "proposal", "plan", "initiative", "invitation"], frozenset({"AGREE", "REQUEST"})),
    **dict.fromkeys(["demand", "call", "request", "appeal", "ultimatum"], frozenset({"REQUEST", "THREATEN"})),
    **dict.fromkeys(["accusation", "charge", "allegation", "claim", "criticism"], frozenset({"ACCUSE"})),
    **dict.fromkeys(["threat", "warning"], frozenset({"THREATEN"})),
    **dict.fromkeys(["visit", "trip", "talk", "meeting", "summit"], frozenset({"CONSULT"})),
    **dict.fromkeys(["release", "withdrawal", "pullout"], frozenset({"RETREAT", "CONCEDE"})),
    **dict.fromkeys(VERDICTS,
                    frozenset({"REJECT", "REQUEST", "COERCE", "ACCUSE", "CONCEDE", "RETREAT"})),
}
REPLY_TYPES = {"REJECT", "ACCUSE", "THREATEN", "CONCEDE", "AGREE"}
# Actors whose untargeted protest is against their own government.
CIVIL_SECTORS = {"CVL", "OPP", "LAB", "EDU", "MED", "REL", "BUS", "AGR", "REF", "JRN", "NGO"}
# Where the recipient of a controlled infinitive sits ("refused to deploy troops in Iraq").
CONTROLLED_SLOTS = ("dobj", "to", "against", "on", "with", "at", "into", "in", "between")
# "denied any involvement in the attack": the part one denies in a noun event, and the verbs
# of denial; the denier is the one said not to have acted.
# What a denied clause with no trigger of its own says was done: "denied that its vessels had
# used bladed weapons", "denied that officers had shot at children" (an attack); "denied that
# any of its soldiers were in the country", "that its troops had crossed into" (a deployment).
DENIED_ATTACK_WORDS = {"shoot", "fire", "kill", "attack", "target", "bomb", "shell", "torture", "abduct", "kidnap",
                       "ammunition", "weapon", "bullet", "gunfire", "beat", "wound", "injure", "knife", "axe",
                       "machete", "baton", "violence"}  # fmt: skip
DENIED_PRESENCE_VERBS = {"be", "cross", "enter", "deploy", "station", "operate", "move", "fight", "remain"}
# What is appealed in a court ("appealed the verdict").
# What an entry ban stops ("suspended the processing of visas"): the visas are what stops.
# (Listed with the measure nouns, whose "of" object is the event's noun.)
PROCESSING_NOUNS = {"processing", "issuance", "issuing", "issue"}
RULINGS = {"ruling", "verdict", "decision", "sentence", "conviction", "judgment", "judgement", "order", "acquittal"}
DENIED_PARTS = {"involvement", "role", "part", "responsibility", "hand", "participation", "complicity"}
DENYING_VERBS = {"deny", "reject", "dismiss", "disclaim"}
# "in retaliation for U.S. strikes", "retaliating for Britain's expulsion of ...": an act answered in kind.
RETALIATION_NOUNS = {"retaliation", "response", "revenge", "reprisal", "riposte"}
RETALIATING_VERBS = {"retaliate", "respond", "avenge"}
# Removing a government by force: only soldiers or rebels do it (see triggers.yaml).
COUP_VERBS = {"overthrow", "topple", "depose", "oust"}
FORCE_SECTORS = {"MIL", "REB", "UAF"}
# Taking power ("seized power", "took power"): from the actor's own state.
SEIZING_POWER = {"seize", "take", "grab", "assume", "capture"}
# A yielding act voiced as refused ("said its fighters would not withdraw"): CAMEO's "decline
# to yield" code for each kind of yielding (081 ease sanctions -> 1241, ..., 087 de-escalate -> 1246).
REFUSED_YIELDS = {"080": "124", "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244",
                  "086": "1245", "087": "1246"}  # fmt: skip
# Being pressed: "would not be intimidated", "will not be deterred" refuse to give in.
PRESSURE_VERBS = {"intimidate", "deter", "cow", "bully", "blackmail", "pressure", "pressurise", "pressurize", "coerce",
                  "threaten", "frighten", "scare", "silence"}
AIMED_AT = {"against", "on", "toward", "towards", "at", "to"}

# What a trade measure hits: "could target Belarus's potash exports", "may target American farm
# goods".
TRADED_GOODS = {"export", "import", "good", "product", "produce", "commodity", "shipment", "company", "firm",
                "bank", "industry", "sector", "asset", "investment", "supplier"}
# Auxiliaries under which a warned-of act is the warner's intent: "would", "will", and what
# it "could" or "may" do.
WARNING_AUX = {"will", "would", "'ll", "could", "might", "may"}
# Verbs that voice an offer of what follows them ("proposed bringing elections forward").
PROPOSING = {"propose", "offer", "suggest", "announce", "pledge", "promise"}
# What is done to another's aid vehicle: no aid of the doer's own.
NOT_SENDING_AID = {"escort", "protect", "guard", "attack", "block", "stop", "loot", "inspect", "search", "seize", "hit",
                   "strike", "target", "ambush", "turn", "hold"}
