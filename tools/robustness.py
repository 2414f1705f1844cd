#!/usr/bin/env python3
"""Does a decision on labelled copy survive a change that keeps its label? A metamorphic check
of credcheck on real labelled sentences, with no new labels needed.

    tools/robustness.py --bin target/release/credcheck --gold FILE.jsonl [--gold MORE.jsonl]
        [--frames but,monday,place,runon,also,however,names,quotes,dashes,crlf,wrap,nbsp,paras,
        spelling,markdown,titlestop,titles,says,contractions,inversion,spokes,that,day,titlewords,
        dateline,header,trailer,html,perfect,number,colon,venue,verbs,nonresp,hedges,anonnouns,
        denials,vague,counts,age,apposition,scare] [--show N]

Each scored sentence of each gold document (../shared/eval/score.py's format) is rewritten in
place, the rest of its document unchanged, in ways an editor would not query differently:

- `but`, `monday`, `place`: after a connective or a fronted phrase (`But …`, `On Monday, …`,
  `Meanwhile, in the capital, …`), its first word lowered when the gold text writes it in lower
  case more often than capitalised mid-sentence;
- `runon`: with a clause run on after it (`…, as the row deepened.`);
- `also`, `however`: `also` before its first reporting verb, or `, however,` between that verb
  and the word before it;
- `names`: every word of the named speakers credcheck found in the document swapped, all
  through the document, for a first name or surname from outside the Anglo names the copy
  mostly holds (`Okonkwo`, `Nguyen`, `Al-Masri`…);
- `quotes`: straight quotation marks and apostrophes set curly all through the document, and
  curly ones straight (outlets differ);
- `dashes`: spaced hyphens set as em dashes, em dashes as spaced hyphens;
- `crlf`: lines ended the Windows way;
- `wrap`: every paragraph hard-wrapped at 72 columns, as plain-text wire copy and email are;
- `nbsp`: every seventh space a no-break space, as copy pasted from the web has them;
- `paras`: every sentence its own paragraph, as agency copy sets it;
- `spelling`: British spellings set American and American ones British (`criticised`,
  `rumours`, `organisation`, `sceptical`…);
- `markdown`: the same text read as Markdown, as a newsroom that keeps its copy in git has it;
- `titlestop`: a title's full stop added or dropped (`Mr Smith` and `Mr. Smith`);
- `titles`: `Mr`, `Mrs`, `Ms`, `Dr` before a name dropped all through, as agency style has it;
- `says`: `said` after a singular speaker, and before a name, set in the present as features
  write it (`Mr Smith says`, `"No," says Mr Smith`), and `says` in the past;
- `contractions`: `did not`, `could not`, `would not`… contracted, and contractions written
  out (`didn't respond` <-> `did not respond`);
- `inversion`: a speaker after a quotation's comma put after the verb, and one after it before
  it (`"…," Mr Smith said` <-> `"…," said Mr Smith`; `a senior official said` <-> `said a
  senior official`), as British and American copy differ;
- `spokes`: `spokesman`, `spokeswoman` and `spokesperson` each set as the next;
- `that`: `that` after `said` dropped, and put in before a clause without it;
- `day`: the day after the verb, as American agency copy has it (`said Tuesday that…`);
- `titlewords`: a title before a name written out and abbreviated (`Sen. Jim Webb` <->
  `Senator Jim Webb`, `Gov.`, `Rep.`, `Gen.`, `Prof.`);
- `dateline`, `header`, `trailer`: the story unchanged with the furniture copy arrives with —
  an agency dateline before its first paragraph (`WASHINGTON (AP) — `), a headline and a byline
  above it, an agency's credit line below it (`(Reporting by …; Editing by …)`);
- `html`: the document as an HTML page (one `<p>` per paragraph, quotation marks as character
  references), as a CMS exports it.
- `perfect`: a verb of saying, denying or believing after its subject set in the past perfect,
  and one in a perfect tense set in the simple past (`officials said` <-> `officials had said`);
- `number`: an unnamed source counted one or many (`a senior official said` <-> `senior
  officials said`);
- `colon`: a quotation brought in with a colon and with a comma (`said: "…"` <-> `said, "…"`);
- `venue`: where something was said put after the verb (`said in a statement that…`).
- `verbs`: `said` after its subject set as another neutral verb of saying (`stated`, `noted`,
  `explained`, `added`, `remarked`, by turns);
- `nonresp`: a refusal to comment put in another of its usual words (`declined to comment` ->
  `refused to comment` -> `would not comment` -> `had no comment` …);
- `hedges`: a hedge on a reported fact put in another of its usual words (`is believed to` ->
  `is thought to` -> `is understood to` -> `is said to` -> `is reported to`).
- `anonnouns`: an unnamed source's noun for another before its verb (`officials said` ->
  `sources said` -> `aides said` -> `insiders said` -> `diplomats said`);
- `denials`: a denial verb for another before what is denied (`denied the allegations` ->
  `rejected the allegations` -> `dismissed…` -> `disputed…`);
- `vague`: a vague group for another before its verb (`critics say` -> `opponents say` ->
  `sceptics say` -> `observers say`).
- `counts`: an unnamed source counted otherwise (`officials said` -> `two officials said`,
  `two` -> `several` -> `three`).
- `age`: a named speaker's age after the name (`John Smith, 52, said`), as agency copy has it;
- `apposition`: a role before a name set after it between commas, and one after it before it
  (`State Department spokesman Mark Toner said` <-> `Mark Toner, a State Department spokesman,
  said`);
- `scare`: the last word of a clause after a copula in scare quotes (`said the report was
  "false".`).

A sentence whose flagged categories change is a flip. A flip of a decision the gold calls right
is a brittleness: the analysis held only for the sentence as written. Flips of decisions the
gold calls wrong are counted but not listed. Sentences the sampler cut after a title's full
stop (`Mr.`), headlines with a label (`Poll: …`) and sentences in capitals are left alone. Use
the tune half, bbc-dev and the own sets; never the check half (it stays the honest estimate).
Printed: variants per frame, flips per category, frame and direction, and the flips of right
decisions (up to --show per group).
"""
import argparse
import collections
import json
import os
import html
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from polnear_gold import byte_offsets  # noqa: E402

CATEGORIES = ("anonymous-source", "unverified-claim", "denial")
VERBS = (r"said|says|told|added|warned|claimed|insisted|denied|argued|declined|refused|believe"
         r"|believes|believed|reported|suggested|predicted|rejected|dismissed")
SURNAMES = ["Okonkwo", "Nguyen", "Kowalczyk", "Haddad", "Oyelaran", "Tanaka", "Mukherjee",
            "Al-Masri", "Abdelrahman", "Ferreira", "Vasquez", "Chaudhry", "Rahimi", "Zhou"]
FIRST_NAMES = ["Chidi", "Agnieszka", "Rami", "Folake", "Hiroshi", "Anjali", "Yousef", "Layla",
               "Joao", "Mariana", "Tunde", "Farhan", "Shirin", "Jing"]
OPENERS = {"the", "a", "an", "some", "many", "it", "there", "this", "that", "he", "she", "they",
           "we"}


def run(binary, docs):
    """credcheck's json record of each document, by index."""
    with tempfile.TemporaryDirectory() as d:
        for i, doc in enumerate(docs):
            with open(os.path.join(d, f"{i:07d}.{doc.get('ext', 'txt')}"), "w", encoding="utf-8") as f:
                f.write(doc.get("file", doc["text"]))
        p = subprocess.run([binary, "check", "--format", "json", "--fail-on", "never", d],
                           capture_output=True, check=False)
        if p.returncode not in (0, 1):
            sys.exit(f"credcheck exited {p.returncode}: {p.stderr.decode(errors='replace')[:500]}")
        files = json.loads(p.stdout)["files"]
    return {int(os.path.basename(f["path"])[:7]): f for f in files}


def flagged(record, doc):
    """The categories flagged on each scored sentence of `doc`."""
    offsets = byte_offsets(doc["text"])
    findings = record.get("findings", []) if record else []
    out = []
    for s in doc["sentences"]:
        a, b = offsets[s["start"]], offsets[s["end"]]
        out.append({f["category"] for f in findings
                    if f["category"] in CATEGORIES and f["span"]["start"] < b and a < f["span"]["end"]})
    return out


class Casing:
    """How the gold text writes each word mid-sentence: lower case or capitalised."""

    def __init__(self, docs):
        self.low, self.cap = collections.Counter(), collections.Counter()
        for d in docs:
            for m in re.finditer(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b", d["text"]):
                w = m.group(1)
                (self.cap if w[0].isupper() else self.low)[w.lower()] += 1

    def lowered(self, s):
        """`s` with its first word lowered, or None when it may be a name."""
        m = re.match(r"([A-Z][a-z]+)\b", s)
        if not m:
            return None
        w = m.group(1).lower()
        if w in OPENERS:
            return w + s[len(m.group(1)):]
        if re.match(r"[A-Z][a-z]+ [A-Z]", s) or self.low[w] <= 3 * self.cap[w]:
            return None
        return w + s[len(m.group(1)):]


def sentence_frames(casing):
    def opener(prefix):
        return lambda s: (prefix + casing.lowered(s)) if casing.lowered(s) else None

    def also(s):
        m = re.search(rf"\b[a-z]+ ({VERBS})\b", s)
        return s[:m.start(1)] + "also " + s[m.start(1):] if m else None

    def however(s):
        m = re.search(rf"\b[A-Za-z]+(?= ({VERBS})\b)", s)
        return s[:m.end()] + ", however," + s[m.end():] if m else None

    return {
        "but": opener("But "),
        "monday": opener("On Monday, "),
        "place": opener("Meanwhile, in the capital, "),
        "runon": lambda s: s[:-1] + ", as the row deepened." if s.endswith(".") and not s.endswith("..") else None,
        "also": also,
        "however": however,
    }


def framed(docs, frames):
    """(frame, doc, sentence, variant document holding only that sentence as scored)."""
    casing = Casing(docs)
    rewrite = {k: v for k, v in sentence_frames(casing).items() if k in frames}
    for di, d in enumerate(docs):
        for si, s in enumerate(d["sentences"]):
            text = d["text"][s["start"]:s["end"]]
            before = d["text"][:s["start"]]
            if (re.search(r"\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\.\s*$", before)
                    or re.match(r"^[A-Za-z]+:", text) or text.isupper()):
                continue
            for name, f in rewrite.items():
                new = f(text)
                if new:
                    yield name, di, si, {
                        "text": before + new + d["text"][s["end"]:],
                        "sentences": [{"start": s["start"], "end": s["start"] + len(new),
                                       "labels": s["labels"]}],
                    }


def renamed(docs, records, seed=7):
    """(`names`, doc, None, the document with its named speakers' words swapped)."""
    rng = random.Random(seed)
    for di, d in enumerate(docs):
        words = set()
        for a in (records.get(di) or {}).get("attributions", []):
            if a.get("kind") == "named" and a.get("speaker"):
                words |= {w.strip(".,") for w in a["speaker"].split()
                          if re.fullmatch(r"[A-Z][a-z]{2,}", w.strip(".,"))}
        if not words:
            continue
        swap = {w: rng.choice(SURNAMES + FIRST_NAMES) for w in sorted(words)}
        rx = re.compile(r"\b(" + "|".join(map(re.escape, swap)) + r")\b")
        text, out, marks, last = d["text"], [], [], 0
        for m in rx.finditer(text):
            out.append(text[last:m.start()])
            length = sum(map(len, out))
            marks.append((m.start(), length - m.start()))
            out.append(swap[m.group(1)])
            length += len(swap[m.group(1)])
            marks.append((m.end(), length - m.end()))
            last = m.end()
        out.append(text[last:])

        def moved(i):
            shift = 0
            for at, by in marks:
                if at <= i:
                    shift = by
            return i + shift

        yield "names", di, None, {
            "text": "".join(out),
            "sentences": [dict(s, start=moved(s["start"]), end=moved(s["end"]))
                          for s in d["sentences"]],
        }


def rewritten(docs, frame, change):
    """(frame, doc, None, the document with `change` made all through it), for a change that
    maps the text by a regular expression's matches (`change` = (pattern, replacement))."""
    rx, repl = change
    for di, d in enumerate(docs):
        text, out, marks, last, length = d["text"], [], [], 0, 0
        for m in rx.finditer(text):
            out.append(text[last:m.start()])
            length += m.start() - last
            marks.append((m.start(), length - m.start()))
            new = repl(m)
            out.append(new)
            length += len(new)
            marks.append((m.end(), length - m.end()))
            last = m.end()
        if not marks:
            continue
        out.append(text[last:])

        def moved(i, marks=marks):
            shift = 0
            for at, by in marks:
                if at <= i:
                    shift = by
            return i + shift

        yield frame, di, None, {
            "text": "".join(out),
            "sentences": [dict(s, start=moved(s["start"]), end=moved(s["end"]))
                          for s in d["sentences"]],
        }


PERFECT_VERBS = ("said|told|denied|declined|refused|rejected|dismissed|insisted|claimed|warned"
                 "|alleged|admitted|confirmed|acknowledged|suggested|predicted|argued|reported")
# Words before a verb that make it no simple past after a subject: auxiliaries, modals, `to`,
# `not`, adverbs, determiners (`the alleged…`), prepositions.
NOT_SUBJECT = {"is", "was", "were", "are", "be", "been", "being", "am", "will", "would", "could",
               "should", "might", "may", "must", "can", "to", "not", "never", "also", "the", "a",
               "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
               "those", "of", "in", "on", "at", "by", "for", "with", "as", "so", "and", "or", "but",
               "reportedly", "allegedly", "widely", "previously", "already", "just", "once",
               "who", "which", "it", "get", "got", "having", "had", "has", "have", "did", "does",
               "do", "n't", "what", "than", "then", "he", "she", "they", "we", "i", "you",
               "now", "over", "after", "before", "under", "about", "from", "into", "if", "when"}
PRONOUN_SUBJECTS = {"he", "she", "they", "we", "i", "you", "it", "who"}


def perfect(m):
    """`X said` -> `X had said`; `X has said` -> `X said` (not after a modal or `to`)."""
    word, aux, verb = m.group(1), m.group(2), m.group(3)
    low = word.lower()
    # (Not a participle after a noun, `a claim denied by Labour`.)
    if m.string.startswith(" by ", m.end()):
        return m.group(0)
    if aux:
        if low in NOT_SUBJECT - PRONOUN_SUBJECTS or low.endswith("ly"):
            return m.group(0)
        return f"{word} {verb}"
    if (low in NOT_SUBJECT and low not in PRONOUN_SUBJECTS) or low.endswith("ly"):
        return m.group(0)
    return f"{word} had {verb}"


ANON_NOUNS = ["official", "source", "diplomat", "aide", "adviser", "insider", "analyst"]


def numbered(m):
    """One unnamed source many, many one."""
    if m.group(3):
        det = m.group(1)
        adj = m.group(2)
        word = adj + m.group(3) + "s"
        return word[0].upper() + word[1:] if det[0].isupper() else word
    adj = m.group(4) or ""
    det = "An" if (adj or m.group(5))[0].lower() in "aeiou" else "A"
    det = det if (adj or m.group(5))[0].isupper() else det.lower()
    return f"{det} {adj.lower() if adj else ''}{(m.group(5)[:-1]).lower() if not adj else m.group(5)[:-1]}"


NEUTRAL_VERBS = ["stated", "noted", "explained", "added", "remarked"]
VERB_TURN = [0]


def reverbed(m):
    """`X said` with another neutral verb of saying, by turns (not after an auxiliary)."""
    if m.group(1).lower() in NOT_SUBJECT - PRONOUN_SUBJECTS or m.group(1).lower().endswith("ly"):
        return m.group(0)
    VERB_TURN[0] += 1
    return f"{m.group(1)} {NEUTRAL_VERBS[VERB_TURN[0] % len(NEUTRAL_VERBS)]}"


NONRESP = ["declined to comment", "refused to comment", "would not comment", "did not comment",
           "had no comment", "could not be reached for comment",
           "did not respond to requests for comment", "did not return calls seeking comment"]
HEDGES = ["believed", "thought", "understood", "said", "reported"]


def following(seq, item):
    """The entry after `item` in `seq`, the first after the last (a rotation's next word)."""
    return seq[(seq.index(item) + 1) % len(seq)]


ANON_ROTATION = ["official", "source", "aide", "insider", "diplomat"]
DENIALS = ["denied", "rejected", "dismissed", "disputed"]
VAGUE_ROTATION = ["critics", "opponents", "sceptics", "observers"]


def rotated(word, rotation):
    """`word` (singular or plural) as the next noun of `rotation`, in the same number."""
    plural = word.endswith("s")
    stem = word[:-1] if plural else word
    nxt = following(rotation, stem)
    return nxt + ("s" if plural else "")


COUNTS = {"two": "several", "several": "three", "three": "two"}


def counted(m):
    """An unnamed source's count rotated, or a count put before a bare plural."""
    word = m.group(1)
    if word is None:
        head = m.group(2)
        start = m.start() == 0 or m.string[m.start() - 1] in "\n\"\u201c" or head[0].isupper()
        return ("Two " if start else "two ") + (head[0].lower() + head[1:] if head[:2] != "US" else head)
    nxt = COUNTS[word.lower()]
    return (nxt.capitalize() if word[0].isupper() else nxt) + " " + m.group(2)


def new_paragraph_unsafe(m):
    """Would a paragraph break at match `m` cut a title from its name or a quotation in two?"""
    text, at = m.string, m.start()
    if re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|Inc|Corp|Co|No|U\.S|[A-Z])\.$",
                 text[max(0, at - 6):at]):
        return True
    start = text.rfind("\n", 0, at) + 1
    marks = len(re.findall(r"[\"\u201c\u201d]|''", text[start:m.end(1)]))
    return marks % 2 == 1


# British spellings and their American forms (each way round in `spelling`).
SPELLINGS = dict(pair.split(":") for pair in """
criticise:criticize criticised:criticized criticises:criticizes criticising:criticizing
recognise:recognize recognised:recognized apologise:apologize apologised:apologized
emphasise:emphasize emphasised:emphasized characterise:characterize characterised:characterized
organisation:organization organisations:organizations authorised:authorized
authorisation:authorization summarised:summarized rumour:rumor rumours:rumors
rumoured:rumored favour:favor favoured:favored labour:labor defence:defense offence:offense
sceptical:skeptical sceptics:skeptics sceptic:skeptic scepticism:skepticism
judgement:judgment centre:center behaviour:behavior honour:honor analysed:analyzed
analyse:analyze programme:program neighbour:neighbor neighbours:neighbors
""".split())


def spelled(m):
    """The other country's spelling of the word matched, in the same case."""
    w = m.group()
    other = SPELLINGS.get(w.lower()) or {v: k for k, v in SPELLINGS.items()}.get(w.lower(), w)
    return other.capitalize() if w[0].isupper() else other


def curly(m):
    """A straight quotation mark as a typesetter sets it: opening after a space or bracket."""
    text, i, ch = m.string, m.start(), m.group()
    opening = i == 0 or text[i - 1] in " \n\t([{\u2014-"
    if ch == '"':
        return "\u201c" if opening else "\u201d"
    return "\u2018" if opening else "\u2019"


TENSE = {"said": "says", "says": "said"}
ROLES = ("spokesman|spokeswoman|spokesperson|minister|secretary|director|chairman|chairwoman"
         "|president|adviser|advisor|lawyer|attorney|analyst|economist|professor|chief executive")
NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "This", "That", "Some", "Many", "Two",
             "Three", "Police", "State", "Department", "Office", "House", "Ministry", "Council",
             "Court", "Party", "Government", "Street", "Commission", "Agency", "Bank", "Committee",
             "Union", "Group", "News", "Service", "Association", "Federation", "Times", "Post"}


def aged(m):
    """A name with an age after it, unless the words are no name (`The Pentagon`, `State
    Department`)."""
    words = m.group(1).replace(".", " ").split()
    if any(w in NOT_NAMES for w in words):
        return m.group()
    return m.group(1) + ", 52,"


def scare_quoted(m):
    """The word in double quotation marks, or single ones inside a quotation (as nested
    quotations are set)."""
    before = m.string[:m.start()]
    inside = before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
    mark = "'" if inside else '"'
    return f"{m.group(1)} {mark}{m.group(2)}{mark}"


def apposed(m):
    """A role before a name put after it between commas, and one after it put before it."""
    if m.group(1):
        role, name = m.group(1), m.group(2)
        if role.split()[0].lower() in ROLES.split("|"):
            role = role[0].lower() + role[1:]  # (`Spokesman Mark Toner said` opening a sentence.)
        article = "an" if role[0] in "AEIOUaeiou" else "a"
        return f"{name}, {article} {role},"
    role, before = m.group(4), m.string[max(0, m.start() - 2):m.start()]
    if m.start() == 0 or before.endswith((". ", "\n")):
        role = role[0].upper() + role[1:]
    return f"{role} {m.group(3)} "
TITLE_WORDS = {"Sen": "Senator", "Rep": "Representative", "Gov": "Governor", "Gen": "General",
               "Prof": "Professor", "Sgt": "Sergeant", "Col": "Colonel"}
# An unnamed speaker in a few words: `officials`, `a senior official`, `two diplomats`.
SPEAKER = (r"(?:(?:a|an|one|two|three|several|some|other) )?(?:[a-z]+ ){0,2}"
           r"(?:officials?|sources?|diplomats?|analysts?|aides?|spokes(?:man|woman|person))")


DOCUMENT_FRAMES = {
    # Straight quotation marks and apostrophes set curly, and curly ones straight, all through.
    # (Two straight apostrophes standing for a double mark, `''Hopefully,''` in some copy, are
    # left as they are.)
    "quotes": (re.compile(r"(?<!')[\"'\u201c\u201d\u2018\u2019](?!')"),
               lambda m: curly(m) if m.group() in "\"'" else
               ('"' if m.group() in "\u201c\u201d" else "'")),
    # Spaced hyphens and double hyphens set as unspaced em dashes, em dashes as spaced hyphens.
    "dashes": (re.compile(r" (?:-|--) |\u2014"),
               lambda m: "\u2014" if m.group() != "\u2014" else " - "),
    # British spellings set American and American British (`criticised`, `rumours`,
    # `organisation`, `sceptical`…).
    "spelling": (re.compile(r"\b(?:" + "|".join(sorted(set(SPELLINGS) | set(SPELLINGS.values()),
                                                          key=len, reverse=True))
                            + r")\b", re.I), spelled),
    # Lines ended the Windows way.
    "crlf": (re.compile(r"\n"), lambda m: "\r\n"),
    # Every sentence its own paragraph, as agency copy sets it (not after a title's or an
    # initial's full stop, nor inside a quotation, which agency copy would re-open).
    "paras": (re.compile(r"(?<=[.!?])([\"\u201d\u2019']?) (?=[\"\u201c\u2018]?[A-Z])"),
              lambda m: m.group(0) if new_paragraph_unsafe(m) else m.group(1) + "\n\n"),
    # A title's full stop added as American copy writes it, or dropped as British copy does
    # (`Mr Smith` <-> `Mr. Smith`).
    "titlestop": (re.compile(r"\b(Mr|Mrs|Ms|Dr)(\.?) (?=[A-Z])"),
                  lambda m: m.group(1) + ("" if m.group(2) else ".") + " "),
    # `said` as a feature writer's `says` after a singular speaker (`he`, `she`, `it`, a title
    # and a name, or two capitalised words, the last not ending in `s`) and before a name
    # (`, said Mr Smith`); not `said to`.
    "says": (re.compile(r"\b(he|she|it|He|She|It|(?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]*[a-rt-z])"
                        r" (said|says)\b(?! to\b)|(?<=[,\u201d\"] )(said|says)(?= (?:Mr|Mrs|Ms|Dr|[A-Z][a-z]+ [A-Z]))"),
             lambda m: (m.group(1) + " " + TENSE[m.group(2)]) if m.group(1) else TENSE[m.group(3)]),
    # Negatives contracted as speech and many American outlets write them, and contractions
    # written out (`did not respond` <-> `didn't respond`, `could not be reached`…).
    "contractions": (re.compile(r"\b(?:(did|does|do|could|would|was|were|is|are|has|have|had|should|will) not"
                                r"|(didn|doesn|don|couldn|wouldn|wasn|weren|isn|aren|hasn|haven|hadn|shouldn|won)['\u2019]t"
                                r"|(can)not|(ca)n['\u2019]t)\b"),
                     lambda m: ("won't" if m.group(1) == "will" else m.group(1) + "n't") if m.group(1)
                     else ("will not" if m.group(2) == "won" else m.group(2)[:-1] + " not") if m.group(2)
                     else "can't" if m.group(3) else "cannot"),
    # A speaker after the quotation's comma put after the verb, and before it (`"…," Mr Smith
    # said` <-> `"…," said Mr Smith`; `"…," a senior official said` <-> `said a senior
    # official`), as British and American copy differ.
    "inversion": (re.compile(r"(?<=[,\u201d\"] )(?:(said) ((?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|" + SPEAKER + r")"
                             r"|((?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|" + SPEAKER + r") said)(?=\.)"),
                  lambda m: f"{m.group(2)} said" if m.group(1) else f"said {m.group(3)}"),
    # A spokesman a spokeswoman, a spokeswoman a spokesperson, a spokesperson a spokesman.
    "spokes": (re.compile(r"\b[Ss]pokes(?:man|woman|person)\b"),
               lambda m: m.group()[:6] + {"man": "woman", "woman": "person", "person": "man"}[
                   m.group()[6:]]),
    # `that` after `said` dropped, and put in before a clause that lacks it (`officials said
    # that the talks…` <-> `officials said the talks…`), as copy writes it either way.
    "that": (re.compile(r"\b(said|says) (?:that (?=(?:the|a|an|he|she|it|they|there|we|i) )"
                        r"|(?=(?:the|he|she|it|they|there) [a-z]+ ))"),
             lambda m: m.group(1) + (" " if m.group().endswith("that ") else " that ")),
    # The day after the verb, as American agency copy sets it (`said that…` -> `said Tuesday
    # that…`).
    "day": (re.compile(r"\b(said|told reporters|announced) (?=that )"),
            lambda m: m.group(1) + " Tuesday "),
    # A title before a name written out and abbreviated (`Sen. Jim Webb` <-> `Senator Jim
    # Webb`, `Gov.`, `Rep.`, `Gen.`, `Prof.`), as agencies and newspapers differ. (Not
    # `General` to `Gen.`: `General Motors`.)
    "titlewords": (re.compile(r"\b(?:(Sen|Rep|Gov|Gen|Prof|Sgt|Col)\.|(Senator|Representative|Governor|Professor|Sergeant|Colonel))(?= [A-Z][a-z])"),
                   lambda m: TITLE_WORDS[m.group(1)] if m.group(1) else
                   {v: k for k, v in TITLE_WORDS.items()}[m.group(2)] + "."),
    # A title before a name dropped, as agency style has it (`Mr Smith said` -> `Smith said`).
    "titles": (re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? (?=[A-Z])"), lambda m: ""),
    # A verb of saying, denying or believing after its subject set in the past perfect, and
    # one in a perfect tense set in the simple past (`officials said` <-> `officials had said`,
    # `has denied` -> `denied`), as narrative and running copy differ.
    "perfect": (re.compile(r"\b([A-Za-z]+) (?:(has|have|had) )?(" + PERFECT_VERBS + r")\b"), perfect),
    # An unnamed source counted one or many (`a senior official said` <-> `senior officials
    # said`; `sources told` -> `a source told`).
    "number": (re.compile(r"\b(?:([Aa]n?|[Oo]ne) ((?:senior |top |western |US |administration )?)("
                          + "|".join(ANON_NOUNS) + r")|(?<![A-Za-z] )([Ss]enior |[Tt]op )?("
                          + "|".join(p + "s" for p in ANON_NOUNS) + r"))(?= (?:said|told|say)\b)"),
               numbered),
    # A quotation brought in with a colon and with a comma (`said: "…"` <-> `said, "…"`), as
    # British and American copy differ.
    "colon": (re.compile(r"\b(said|says|added|told reporters)([:,]) (?=[\"\u201c])"),
              lambda m: m.group(1) + ("," if m.group(2) == ":" else ":") + " "),
    # A neutral verb of saying for another (`said` -> `stated`, `noted`, `explained`, `added`,
    # `remarked`, by turns), as outlets differ in which they allow.
    "verbs": (re.compile(r"\b([A-Za-z]+) said\b(?! to\b)(?! by\b)"), reverbed),
    # A refusal to comment put in another of its usual words (`declined to comment` ->
    # `refused to comment` -> `would not comment` -> `had no comment` …).
    "nonresp": (re.compile(r"\b(declined to comment|refused to comment|would not comment|did not comment"
                           r"|had no comment|could not be reached for comment|did not respond to (?:a )?requests? for comment"
                           r"|did not return (?:calls|messages) seeking comment)\b"),
                lambda m: following(NONRESP, m.group(1))
                if m.group(1) in NONRESP else m.group(1)),
    # A hedge on a reported fact put in another of its usual words (`is believed to` -> `is
    # thought to` -> `is understood to` -> `is said to` -> `is reported to`).
    "hedges": (re.compile(r"\b(is|are|was|were) (believed|thought|understood|said|reported) to\b"),
               lambda m: f"{m.group(1)} {following(HEDGES, m.group(2))} to"),
    # An unnamed source's noun for another (`officials said` -> `sources said` -> `aides
    # said` …; `a senior official` -> `a senior source` …), the verb right after it.
    "anonnouns": (re.compile(r"\b(officials?|sources?|aides?|insiders?|diplomats?)(?= (?:said|say|says|told)\b)"),
                  lambda m: rotated(m.group(1), ANON_ROTATION)),
    # A denial verb for another before what is denied (`denied the allegations` -> `rejected
    # the allegations` -> `dismissed…` -> `disputed…`).
    "denials": (re.compile(r"\b(denied|rejected|dismissed|disputed)(?= (?:the |these |those |all |any )?(?:allegations?|claims?|reports?|accusations?|charges?|suggestions?)\b)"),
                lambda m: following(DENIALS, m.group(1))),
    # A vague group for another before its verb (`critics say` -> `opponents say` -> `sceptics
    # say` -> `observers say`).
    "vague": (re.compile(r"\b([Cc]ritics|[Oo]pponents|[Ss]ceptics|[Oo]bservers)(?= (?:say|said|argue|argued|claim|claimed|believe|fear|warn|warned)\b)"),
              lambda m: (lambda w: w if m.group(1)[0].islower() else w.capitalize())(
                  following(VAGUE_ROTATION, m.group(1).lower()))),
    # An unnamed source counted otherwise (`two officials said` -> `several officials said` ->
    # `three officials said`; `officials said` -> `two officials said`).
    "counts": (re.compile(r"(?<![A-Za-z] )\b(?:([Tt]wo|[Tt]hree|[Ss]everal) )?((?:senior |administration |government |western |US |U\.S\. )?"
                          r"(?i:officials|sources|aides|diplomats|insiders|people familiar))(?= (?:with \w+ \w+ )?(?:said|say|says|told)\b)"),
               counted),
    # Where something was said, after the verb (`officials said that…` -> `officials said in a
    # statement that…`).
    "venue": (re.compile(r"\b(said|says)(?= that )"), lambda m: m.group(1) + " in a statement"),
    # A named speaker's age after the name, as agency copy gives it (`John Smith, 52, said`).
    "age": (re.compile(r"\b((?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+)"
                       r"(?= (?:said|says|told|added)\b(?! to\b))"), aged),
    # A role before a name set after it between commas, and one after it before it
    # (`State Department spokesman Mark Toner said` <-> `Mark Toner, a State Department
    # spokesman, said`).
    "apposition": (re.compile(r"\b((?:[A-Z][A-Za-z.]+ ){0,3}(?:" + ROLES + r")) ([A-Z][a-z]+ [A-Z][a-z]+)(?= said\b)"
                              r"|\b([A-Z][a-z]+ [A-Z][a-z]+), (?:a|an|the) ((?:[A-Z][A-Za-z.]+ ){0,3}(?:" + ROLES
                              + r")), (?=said\b)"), apposed),
    # The last word of a clause after a copula set in scare quotes, as British copy quotes a
    # speaker's word (`said the report was false.` -> `said the report was "false".`).
    "scare": (re.compile(r"\b(was|were|is|are) ([a-z]+)(?=\.(?: |$))"), scare_quoted),
}


def wrapped(docs, width=72):
    """(`wrap`, doc, None, the document hard-wrapped at `width` columns, as plain-text wire copy
    and email are): a space becomes a line break, so offsets stay."""
    for di, d in enumerate(docs):
        chars, col = list(d["text"]), 0
        for i, ch in enumerate(chars):
            if ch == "\n":
                col = 0
                continue
            col += 1
            if ch == " " and col > width:
                chars[i], col = "\n", 0
        text = "".join(chars)
        if text != d["text"]:
            yield "wrap", di, None, {"text": text, "sentences": d["sentences"]}


def nbsp(docs, every=7):
    """(`nbsp`, doc, None, the document with every `every`th space a no-break space, as CMS copy
    pasted from the web has them): one character for one, so offsets stay."""
    for di, d in enumerate(docs):
        chars, n = list(d["text"]), 0
        for i, ch in enumerate(chars):
            if ch == " ":
                n += 1
                if n % every == 0:
                    chars[i] = "\u00a0"
        if n >= every:
            yield "nbsp", di, None, {"text": "".join(chars), "sentences": d["sentences"]}


def shifted(d, by, text):
    """`d` with `text` for its text and its scored sentences moved `by` characters on."""
    return {"text": text, "sentences": [dict(s, start=s["start"] + by, end=s["end"] + by)
                                        for s in d["sentences"]]}


HEADLINE = "Row deepens over deal as ministers meet"
BYLINE = "By Chidi Okafor, Political Correspondent"


def dressed(docs, frames):
    """The furniture copy arrives with around the story, the story itself unchanged:
    `dateline`, an agency dateline before the first paragraph (`LONDON (Reuters) - `);
    `header`, a headline and a byline above it; `trailer`, an agency's credit line below it
    (`(Reporting by …; Editing by …)`)."""
    for di, d in enumerate(docs):
        text = d["text"]
        if "dateline" in frames:
            # Before the first paragraph of the story, not its headline (a first paragraph of
            # one or two lines under 150 characters each, a headline and its standfirst, with
            # more after it).
            line = "LONDON (Reuters) - " if di % 2 else "WASHINGTON (AP) \u2014 "
            head = re.match(r"[^\n]{1,150}(?:\n[^\n]{1,150})?\n\s*\n(?=\S)", text)
            at = head.end() if head else 0
            yield "dateline", di, None, {
                "text": text[:at] + line + text[at:],
                "sentences": [dict(s, start=s["start"] + (len(line) if s["start"] >= at else 0),
                                   end=s["end"] + (len(line) if s["start"] >= at else 0))
                              for s in d["sentences"]]}
        if "header" in frames:
            top = f"{HEADLINE}\n\n{BYLINE}\n\n"
            yield "header", di, None, shifted(d, len(top), top + text)
        if "trailer" in frames:
            yield "trailer", di, None, shifted(
                d, 0, text.rstrip("\n") + "\n\n(Reporting by Tunde Bakare; Editing by Mariana Ferreira)\n")


def as_html(docs):
    """(`html`, doc, None, the document as an HTML page, one `<p>` per paragraph, `&`, `<` and
    `>` escaped and every quotation mark a character reference): the text credcheck reads from
    the page is the document's paragraphs, their white space collapsed as a browser shows it,
    one blank line apart — the variant's text is that, its sentences moved to match."""
    for di, d in enumerate(docs):
        text, new, where = d["text"], [], {}
        # Paragraphs: runs of text between blank lines.
        paras = [p for p in re.finditer(r"(?:[^\n]|\n(?![ \t\r]*\n))+", text) if p.group().strip()]
        pages, length = [], 0
        for p in paras:
            if new:
                new.append("\n\n")
                length += 2
            body = p.group()
            lead = len(body) - len(body.lstrip())
            body_start = p.start() + lead
            words = list(re.finditer(r"\S+", body.strip()))
            for k, w in enumerate(words):
                if k:
                    new.append(" ")
                    length += 1
                where[body_start + w.start()] = length
                for j in range(len(w.group())):
                    where[body_start + w.start() + j] = length + j
                where[body_start + w.end()] = length + len(w.group())
                new.append(w.group())
                length += len(w.group())
            page = html.escape(body.strip(), quote=False).replace('"', "&quot;")
            pages.append(f"<p>{page}</p>")
        flat = "".join(new)
        sentences = []
        for s in d["sentences"]:
            a, b = where.get(s["start"]), where.get(s["end"])
            if a is None or b is None:
                b = where.get(s["end"] - 1)
                b = None if b is None else b + 1
            if a is None or b is None:
                break
            sentences.append(dict(s, start=a, end=b))
        else:
            yield "html", di, None, {
                "text": flat, "sentences": sentences, "ext": "html",
                "file": "<!doctype html>\n<html><body>\n" + "\n".join(pages) + "\n</body></html>\n",
            }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--frames", default="but,monday,place,runon,also,however,names,quotes,dashes,crlf,wrap,nbsp,paras,spelling,markdown,titlestop,titles,says,contractions,inversion,spokes,that,day,titlewords,dateline,header,trailer,html,perfect,number,colon,venue,verbs,nonresp,hedges,anonnouns,denials,vague,counts,age,apposition,scare")
    ap.add_argument("--show", type=int, default=20)
    a = ap.parse_args()
    frames = set(a.frames.split(","))
    docs = []
    for path in a.gold:
        with open(path, encoding="utf-8") as f:
            docs += [json.loads(line) for line in f]
    base = run(a.bin, docs)
    before = {di: flagged(base.get(di), d) for di, d in enumerate(docs)}
    variants = list(framed(docs, frames))
    if "names" in frames:
        variants += list(renamed(docs, base))
    if "markdown" in frames:
        # The same text read as Markdown (a newsroom that keeps its copy in git).
        variants += [("markdown", di, None, dict(d, ext="md")) for di, d in enumerate(docs)]
    if "nbsp" in frames:
        variants += list(nbsp(docs))
    if "wrap" in frames:
        variants += list(wrapped(docs))
    variants += list(dressed(docs, frames))
    if "html" in frames:
        variants += list(as_html(docs))
    for frame, change in DOCUMENT_FRAMES.items():
        if frame in frames:
            variants += list(rewritten(docs, frame, change))
    records = run(a.bin, [v[3] for v in variants])
    per_frame = collections.Counter(v[0] for v in variants)
    flips, shown = collections.Counter(), collections.defaultdict(list)
    for vi, (frame, di, si, doc) in enumerate(variants):
        after = flagged(records.get(vi), doc)
        pairs = [(si, after[0])] if si is not None else list(enumerate(after))
        for k, now in pairs:
            was, labels = before[di][k], docs[di]["sentences"][k]["labels"]
            for cat in CATEGORIES:
                # (`~category`: the gold leaves it out of the score either way, an unnamed
                # spokesperson for anonymous sources.)
                if (cat in was) == (cat in now) or "~" + cat in labels:
                    continue
                right = (cat in was) == (cat in labels)
                key = (cat, frame, "lost" if cat in was else "gained")
                flips[key + (right,)] += 1
                if right:
                    s = doc["sentences"][0 if si is not None else k]
                    shown[key].append(doc["text"][s["start"]:s["end"]])
    print("variants:", ", ".join(f"{k} {v}" for k, v in sorted(per_frame.items())),
          f"(total {len(variants)})")
    right = sum(v for k, v in flips.items() if k[3])
    print(f"flips of decisions the gold calls right: {right}; of wrong ones: "
          f"{sum(v for k, v in flips.items() if not k[3])}")
    for key in sorted(shown):
        print(f"== {key[0]} {key[2]} [{key[1]}]: {len(shown[key])}")
        for text in shown[key][:a.show]:
            print("   ", text[:220].replace("\n", " "))


if __name__ == "__main__":
    main()
