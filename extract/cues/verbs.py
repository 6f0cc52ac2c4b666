"""Speech, report and document verbs, and the patterns that find cues in running text.
"""

from __future__ import annotations

import re

from extract.lazy_re import lazy


def _forms(*specs: str) -> list[str]:
    """Expand 'verb:forms' specs ('say:says,said,saying') into a flat list of word forms."""
    out: list[str] = []
    for spec in specs:
        base, _, rest = spec.partition(":")
        out.append(base)
        if rest:
            out.extend(rest.split(","))
    return out


# Verbs that report speech only before a clause, quote or colon ("she answered: "…"",
# "he joked that …"); past forms only where the base is a common noun ("counter", "echo").
_TAG_VERBS: tuple[str, ...] = (
    "answer:answers,answered", "joked", "jokes", "quipped", "quips", "boasted", "boasts",
    "exclaimed", "shouted", "retorted", "countered", "elaborated", "clarified", "reasoned",
    "affirmed", "reaffirmed", "opined", "mused", "reckoned", "doubted", "repeated", "echoed",
    "confessed", "theorised", "theorized", "surmised", "wondered", "feared", "concurred",
    "summarised", "summarized",
)
# Verbs with a listener before the clause: "she assured voters that …".
_OBJECT_THAT_VERBS: tuple[str, ...] = (
    "assured", "assures", "reassured", "informed", "informs", "advised", "advises",
    "notified", "reminded", "reminds", "convinced",
)

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
        # Reporting verbs that need a clause after them (see CLAUSE_VERBS below).
        "indicate:indicates,indicated",
        "signal:signals,signalled,signaled",
        "hint:hints,hinted",
        "imply:implies,implied",
        "concede:concedes,conceded,conceding",
        "object:objects,objected",
        "propose:proposes,proposed",
        "highlight:highlights,highlighted",
        "speculate:speculates,speculated,speculating",
        "ask:asks,asked",
        "agree:agrees,agreed",
        "vowed", "vowing", "promised", "promising", "pledged",
        "seconded",
        "blame:blames,blamed",
        *_TAG_VERBS,
        *_OBJECT_THAT_VERBS,
    )
)

# Reporting verbs that are a statement only before a clause, a quote or a colon ("X
# indicated that…", "X asked whether…", "X vowed to…"); otherwise they are acts
# ("the light indicated a fault", "she asked the court", "they agreed a deal"). Nouns
# ("promises", "a pledge", "vows", "second") are left out. A quoted fragment after the
# verb counts only for FRAGMENT_LIKE ('vowed "a full inquiry"').
CLAUSE_VERBS: dict[str, tuple[str, ...]] = {
    **{w: ("that", "whether", "if") for w in _forms(
        "indicate:indicates,indicated", "signal:signals,signalled,signaled",
        "hint:hints,hinted", "imply:implies,implied", "concede:concedes,conceded,conceding",
        "object:objects,objected", "propose:proposes,proposed",
        "highlight:highlights,highlighted", "speculate:speculates,speculated,speculating",
        "agree:agrees,agreed")},
    **{w: ("whether", "if", "why", "how", "what", "when", "where", "who")
       for w in _forms("ask:asks,asked")},
    **{w: ("that", "to") for w in ("vowed", "vowing", "promised", "promising", "pledged")},
    **{w: ("for",) for w in _forms("blame:blames,blamed")},
    **{w: ("that", "whether", "if") for w in _forms(*_TAG_VERBS)},
    **{w: ("that",) for w in _OBJECT_THAT_VERBS},
}
FRAGMENT_LIKE: frozenset[str] = frozenset(
    {"vowed", "vowing", "promised", "promising", "pledged", "blame", "blames", "blamed"})

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
NEGATIVE_CUE_RE = lazy(
    r" (?:(?:declined|declines|declining|refused|refuses|refusing)\s+to\s+"
    r"(?:comment|answer|respond|elaborate|confirm|discuss|say|provide|reveal|disclose|"
    r"give|specify|name|identify)\b"
    r"|(?:did|does|do|would|could)\s+not\s+(?:immediately\s+)?"
    r"(?:comment|respond|answer|provide|confirm|elaborate|reply|return|disclose|specify)\b"
    r"|issued\s+(?:(?:a|an|the|its|their|his|her|new)\s+)?(?:\w+\s+){0,2}?"
    r"(?:statement|press\s+release|response|"
    r"communiqué|communique|report|warnings?|denial|alerts?|advisory|advisories)\b"
    r"|made\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:statement|announcement|claim)\b)",
    needles=("declin", "refus", "not", "issued", "made"),
)

# Prepositional cues: the source follows. "per" only before a name or a document.
# (The character before is checked in code: a leading assertion would slow the scan.)
ACCORDING_RE = lazy(r"(?:[Aa]ccording\s+to|[Aa]s\s+(?:reported|stated)\s+by)\s+",
                    needles=("ccording", "reported", "stated"))
PER_RE = lazy(
    r"[Pp]er\s+(?=(?:the\s+|a\s+|an\s+)?(?:[A-Z0-9]|(?:report|statement|study|survey|data)\b))",
    needles=("per", "Per"),
)

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
PASSIVE_BY_RE = lazy(
    r" (?:confirmed|reported|announced|stated|revealed|claimed|said|denied|disclosed|told|"
    r"warned|informed|criticised|criticized|accused|noted|observed|found|"
    r"described|alleged|cited|quoted|published|estimated|acknowledged)"
    r"(?:\s+\w+ly)?\s+by\s+"
)


# Verbs that report someone's words only when a quoted fragment follows in the clause:
# 'The embassy expressed "deep regret"', 'Woolco blamed "panic buying"'.
FRAGMENT_VERBS: frozenset[str] = frozenset(
    _forms(
        "expressed:expresses", "voiced:voices", "hailed:hails", "praised:praises",
        "blamed:blames", "apologised:apologises,apologized,apologizes", "welcomed:welcomes",
        "pledged:pledges", "vowed:vows", "promised:promises", "thanked:thanks",
        "slammed:slams", "lamented:laments", "decried:decries", "defended:defends",
        "questioned:questions", "labelled:labeled", "pleaded:pleads", "expects",
    )
) - SPEECH_VERBS - DOCUMENT_VERBS

# All speech/report/document verb forms, found over the whole text at once.
CUE_WORDS: frozenset[str] = SPEECH_VERBS | DOCUMENT_VERBS | FRAGMENT_VERBS | {"posting"}

def trie_pattern(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of `words` shaped as a prefix trie (fast to match)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        kids = [(ch, sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        if len(kids) > 1 and all(sub.keys() == {""} for _, sub in kids):
            # Only last letters: "[ck]". The parser turns "(?:c|k)" into the same class,
            # but parsing the class is quicker (CUE_RE compiles in ~20% less time).
            body = "[" + "".join(re.escape(ch) for ch, _ in kids) + "]"
        else:
            alts = [re.escape(ch) + emit(sub) for ch, sub in kids]
            body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


# Starts with a literal space so the engine jumps from space to space. It matches the
# lowercase words that begin like a cue word; callers keep those in CUE_WORDS. (A trie of
# every form ran a little faster but took 6 ms to compile at start-up.)
CUE_RE = lazy(
    r" (" + trie_pattern(frozenset(w[:3] for w in CUE_WORDS)) + r"[a-z]*)(?![\w-])"
)
