#!/usr/bin/env python3
"""Join the project's own sentence labels with the development data into gold files.

    tools/own-labels/build.py --devdata DEVDATA --out DIR

DEVDATA is the folder `../shared/eval/prepare_dev.py` writes (it needs `polnear-train.jsonl`,
`polnear-dev.jsonl` and the `bbc/` folder). Writes DIR/own1.jsonl … own91.jsonl in
the gold format of docs/eval.md, for `credcheck eval` or `../shared/eval/score.py`.

`labels.jsonl` holds no text: per sentence, the document, code-point offsets, a hash of the
sentence to check the join, and the labels (the guideline's names). The sentences were sampled
from PolNeAR train/dev and BBC documents that are in neither news-dev2 half nor bbc-dev, and
labelled by the guideline (../shared/eval/GUIDELINE.md) before credcheck was run on them:
- own1: 300 sentences (110 with an unverified-claim cue word, 60 denial, 60 anonymous, 70 at
  random); tuned on.
- own2: 200 PolNeAR sentences (80 / 30 / 60 / 30); tuned on.
- own3: 200 sentences (70 / 40 / 50 / 40); measured once before any change, then tuned on.
- own4: 200 PolNeAR sentences (80 denial-family, 80 unverified, 40 anonymous; no random ones);
  measured once before any change, then tuned on.
- own5: 200 PolNeAR sentences (150 denial-family, 50 unverified); measured once before any
  change, then tuned on.
- own6: 200 PolNeAR sentences (150 anonymous-family, 50 unverified); measured once before any
  change, then tuned on.
- own7: 200 BBC and PolNeAR sentences (150 unverified-family, 50 random); measured once before
  any change, then tuned on (three labels corrected after measuring: `analysts forecast` and
  `experts warned` anonymous by the guideline's convention, an unnamed spokesman's quote).
- own8: 200 BBC and PolNeAR sentences (150 denial-family, 50 anonymous); measured once before
  any change, then tuned on.
- own9: 200 PolNeAR sentences (160 unverified-family, 40 random); measured once before any
  change, then tuned on.
- own10: 200 BBC and PolNeAR sentences (60 anonymous-family, 50 unverified, 40 denial, 50 random);
  measured once before any change, then tuned on (two labels settled after measuring: `Yukos'
  US lawyers claim` is ANON by the convention on a named body's unnamed staff; one sentence cut
  by the sampler at `Mr.` lost its cue to the context and is NONE).
- own11: 200 PolNeAR sentences (100 unverified-family, 50 anonymous-family, 50 random); measured
  once before any change, then tuned on (one label settled after: `haven't said much about…` is
  NONE, as the news-dev2 annotators label `has said little about the plan`).
- own12: 200 BBC and PolNeAR sentences (100 denial-family, 50 unverified, 50 random); measured
  once before any change, then tuned on.
- own13: 200 BBC and PolNeAR sentences (100 anonymous-family, 50 unverified, 50 denial);
  measured once before any change, then tuned on (one label settled after: `according to exit
  polls` is REPORTED, as the issue's own list of tune-half misses has `according to polls`).
- own14: 200 BBC and PolNeAR sentences (130 unverified-family, 70 random); measured once
  before any change, then tuned on.
- own15: 200 BBC and PolNeAR sentences (80 denial-family, 60 anonymous-family, 60 random);
  measured once before any change, then tuned on.
- own16: 200 BBC and PolNeAR sentences (70 unverified-family, 50 anonymous, 30 denial, 50
  random); measured once before any change, then tuned on.
- own17: 200 BBC and PolNeAR sentences (60 denial-family, 60 unverified, 80 random); measured
  once before any change, then tuned on (one label settled after: `a witness has told jurors`
  is ANON, an unnamed person the story relies on).
- own18: 200 BBC and PolNeAR sentences (80 unverified-family, 60 denial-family, 60 random);
  measured once before any change, then tuned on.
- own19: 200 BBC and PolNeAR sentences (60 anonymous-family, 70 unverified, 40 denial, 30
  random); measured once before any change, then tuned on (consensus forecasts quoted as
  reference figures, `below market expectations of 190,000`, `the rate economists had
  forecast`, are NONE, as own18 labels `well below analyst forecasts`).
- own20: 200 PolNeAR sentences (100 unverified-family, 60 denial-family, 40 anonymous-family);
  measured once before any change, then tuned on (one label settled after: `the Paris attacks,
  which was seen as an intelligence failure` is VAGUE, as the guideline's `it is widely
  believed`).
- own21: 200 PolNeAR sentences (100 denial-family, 60 unverified, 40 anonymous); measured once
  before any change, then tuned on (two labels settled after: `recent polls show Clinton with a
  lead` and `according to a pool report` are REPORTED, as the issue's list of tune-half misses
  has `according to polls` and the guideline an unnamed report).
- own22: 200 PolNeAR sentences (150 unverified-family, 50 random); measured once before any
  change, then tuned on.
- own23: 200 BBC and PolNeAR sentences (150 random, 50 unverified-family); measured once
  before any change, then tuned on (one label settled after: `since the allegations against Ms
  Druyun came to light` is REPORTED, the guideline's allegation with no accuser in the sentence
  or its context; I had let outside knowledge of her conviction decide).
- own24: 200 PolNeAR sentences (100 anonymous-family, 60 unverified, 40 denial); measured once
  before any change, then tuned on. Its misses are mostly the anonymous/vague border (`Experts
  said`, `Abortion rights advocates said`, `They say` of a party), where the guideline's tense
  convention and the analysis split differently.
- own25: 200 BBC sentences (80 unverified-family, 60 anonymous, 60 denial); measured once before
  any change, then tuned on (two labels settled after: `…, the spokesman said` of an unnamed
  Commission spokesman is ANON_SPOKES; `denied accusations that he threatened Gary Neville`, no
  accuser named, is REPORTED as well as DENIAL).
- own26: 200 PolNeAR sentences (80 denial-family, 80 unverified, 40 random); measured once
  before any change, then tuned on.
- own27: 200 BBC and PolNeAR sentences (80 anonymous-family, 60 unverified, 60 denial); measured
  once before any change, then tuned on (four labels settled after, each by the guideline's own
  conventions I had applied too leniently: `FDA medical advisors agreed`, `Federal investigators
  have also discovered`, `according to Defra's lawyers` are ANON — a named body's unnamed staff;
  `rejected the allegation that Mr Brown had been sidelined`, no accuser named, is REPORTED as
  well as DENIAL).
- own28: 200 BBC and PolNeAR sentences (100 unverified-family, 50 denial, 50 random); measured
  once before any change, then tuned on (four labels settled after, each back to a convention
  the earlier sets had kept: a vague group inside a named speaker's quotation is the speaker's
  (`"There are many who argue…," the moderator said`, Letwin's `which independent experts say
  are inevitable`: NONE, as in own23 and own25); a forecast figure `expected to be 15% lower` is
  NONE, as bbc-dev's `are expected to attend`; `rejected allegations he pressured…`, no accuser
  named, is REPORTED as well as DENIAL, as in own25 and own27).
- own29: 200 PolNeAR sentences (80 anonymous-family, 60 unverified, 60 denial); measured once
  before any change, then tuned on (two labels settled after: one was my slip — I had labelled
  `despite carping that…` from the context, not the sentence `Over one 12-year stretch…`;
  `according to exit polls` is REPORTED, as settled in own13).
- own30: 200 BBC and PolNeAR sentences (100 random, 50 unverified-family, 50 denial); measured
  once before any change (no label settled after; its anonymous/vague split on `Some economists
  say`, `independent analysts now claim` and `analysts worried` is the open border).
- own31: 200 BBC and PolNeAR sentences (70 anonymous-family, 70 unverified, 60 denial); measured
  once after stop 44's batteries, before any change made for it, then tuned on (no label settled).
- own32: 200 BBC and PolNeAR sentences (80 random, 60 unverified-family, 60 denial); measured
  once before any change, then tuned on (two labels settled after, by the convention that a named
  body's unnamed staff or members are ANON, which I had applied too leniently: `its members reject
  such claims`, `according to CEA analysts`).
- own33: 200 BBC and PolNeAR sentences (70 anonymous-family, 60 unverified, 70 denial); measured
  once before any change, then tuned on (no label settled).
- own34: 145 PolNeAR sentences (80 anonymous-family, 60 unverified, the rest denial: the PolNeAR
  documents left ran out); measured once before any change, then tuned on (no label settled).
- own35: 200 BBC sentences (80 random, 60 unverified-family, 60 denial); measured once before
  any change, then tuned on (no label settled; `a trade body has warned` in a lede is ANON by
  own13's `a senior EU politician says`, and stays a miss: credcheck reads an unnamed body as an
  organisation).
- own36: 200 BBC sentences (70 anonymous-family, 70 unverified, 60 denial); measured once
  before any change, then tuned on (one label settled after, back to own17's convention that
  unnamed witnesses telling a trial are ANON: `Witnesses have already told the trial…`; my
  `This week a judge claimed…` as ANON reverted half of this stop's `court-judge` recogniser:
  only a judge of a named or described court speaks in a ruling).
- own37: 200 BBC sentences (100 denial-family, 50 unverified, 50 anonymous); measured once
  before any change, then tuned on (one label settled in stop 71: `"…," said the spokesman`
  after `A spokesman for the Home Office` is ANON_SPOKES by the guideline, as own39's `"…," the
  spokesman added`; I had labelled it NONE).
- own38: 200 BBC sentences (100 random, 50 unverified-family, 50 denial); measured once
  before any change, then tuned on (no label settled).
- own39: 200 BBC sentences (60 anonymous-family, 70 unverified, 70 denial); measured once
  before any change, then tuned on (one label settled after: `"…," the spokesman added` after an
  unnamed spokesman is ANON_SPOKES by the guideline; I had labelled it NONE).
- own40: 200 BBC sentences (90 random, 60 unverified-family, 50 denial); measured once before
  any change, then tuned on (no label settled).
- own41–own50 (stop 50): sampled from the unseen corpus (tools/precision-audit's documents),
  sentences no earlier set holds; labelled before running credcheck, measured once, then tuned
  on (own48 only measured):
  - own41: 200 BBC and PolNeAR sentences (80 unverified-family, 50 denial-family, 40
    anonymous-family, 30 random; the families by cue words in the sentence).
  - own42: 200 PolNeAR sentences (110 unverified-family, with vague quantifiers and `seen as`
    among the cue words, 50 anonymous-family, 40 denial-family); three labels settled after,
    back to the convention the earlier sets keep: a candidate's standing `in the polls` or
    `with recent polls showing…` is background, NONE (as `Clinton enjoys a strong lead in the
    polls` and unnamed-study-or-poll's own `Despite polls showing her well behind…`), while
    polls that show or find something, `Polls there show…`, are REPORTED.
  - own43: 200 PolNeAR sentences (102 unverified-family, 70 anonymous-family, 28 denial-family,
    the last of them).
  - own44: 200 BBC sentences (70 unverified-family, 60 denial-family, 70 anonymous-family).
  - own45: 200 PolNeAR sentences (120 unverified-family, 80 anonymous-family).
  - own46: 200 BBC sentences (60 unverified-family, 50 denial-family, 50 anonymous-family, 40
    random); one label settled after, back to the earlier sets' convention that unnamed polls
    or surveys a named speaker cites are still REPORTED (`Opinion polls suggest…, Ms Alexander
    says`): `Other surveys collectively show a rapid slowdown…, she pointed out`.
  - own47: 200 PolNeAR sentences (130 unverified-family, 70 anonymous-family).
  - own48: 200 random BBC and PolNeAR sentences (no cue words asked for).
  - own49: 200 sentences (150 unverified-family with own42's wider cue words, 30 denial-family,
    20 anonymous-family; the draw fell on BBC copy).
  - own50: 199 PolNeAR sentences (167 unverified-family, 32 anonymous-family: the last of
    them); one label settled after — my slip: I had labelled a sentence cut at `Mr.` from the
    context before it (`a sense that Mr.`), not the sentence.
- own51–own56 (stop 51): sampled as own41–own50 were, from what those left:
  - own51: 200 BBC sentences (70 unverified-family, 60 anonymous-family, 8 denial-family — the
    last of them — and 62 random); one label settled after, to the convention the packs' own
    denial-present example keeps: `the poster had been misunderstood`, said by the party that
    made it, is a denial (I had labelled it NONE).
  - own52: 84 PolNeAR sentences (54 unverified-family — the last of them — and 30 random).
  - own53: 200 random PolNeAR sentences (no cue words asked for).
  - own54: 200 BBC sentences (100 unverified-family, 100 anonymous-family).
  - own55: 200 BBC sentences (100 unverified-family, 100 anonymous-family), sampled after
    this stop's other changes, to measure them on copy they were not made for.
  - own56: 200 BBC sentences (100 unverified-family, 100 anonymous-family), sampled as own55.
- own57 (stop 57): 200 PolNeAR sentences from documents in neither news-dev2 half nor any
  earlier set's sentences (120 unverified-family by a wider list of cue words — beliefs,
  expectations, groups, polls —, 50 anonymous-family, 30 random); labelled before running
  credcheck and measured once before any change: 11 positive sentences; anonymous P .50 R .67,
  unverified P .50 R .63. Then tuned on.
- own58 (stop 57): 100 BBC sentences sampled as own57 (45 unverified-family, 30
  anonymous-family, 25 denial-family by a list of denial words), labelled before running
  credcheck and measured once before any change: anonymous P .71 R 1.0, denial P 1.0 R .77,
  unverified P .80 R .57 (32 positive sentences, 7 of them unnamed spokespeople). One label
  settled after, when own60 drew the same sentence from a copy of the story: `A Labour Party
  spokesman told the BBC News website the party avoided those on TPS lists…`, after the charge
  that the parties call such people, is a denial as well. Then tuned on.
- own59 (stop 57): 150 sentences sampled as own58 (50 PolNeAR anonymous-family, 50 PolNeAR
  unverified-family, 7 PolNeAR denial-family — the last of them — and 43 BBC denial-family);
  measured once before any change: anonymous P .33 R 1.0, denial P .90 R .60, unverified P .33
  R .14. Three labels settled after, to the conventions above: unnamed attorneys and relatives
  (`according to their attorneys`) and a named committee's unnamed members are ANON, and a
  denied report passed on (`denied reports it was withdrawing`) is REPORTED as well (as `Reports
  that Tony Blair is planning… have been described as idle speculation` is); settled, the first
  figures read anonymous P 1.0 R 1.0, unverified P .67 R .25. Then tuned on.
- own60 (stop 57): 150 sentences sampled as own58 (50 PolNeAR unverified-family, 50 BBC
  unverified-family, 50 BBC anonymous-family); measured once before any change: anonymous P 1.0
  R .60, denial P .50 R .20 (five denials, four of them spokespeople's answers that say no
  denial word: `said the party stuck to the rules`), unverified P .88 R .83. Then tuned on.
  own58–own60 were drawn by a script that missed the BBC documents of news-dev2 (their ids,
  `bbc/politics/380.txt`, were compared with our `bbc_politics_380.txt`): 36 of their 400
  sentences lay in check-half documents, six of them check-half gold sentences. Those 36 labels
  were removed when it was found (the figures above are as first measured, with them);
  build.py now refuses any label from a check-half document, and sample.py draws new sets with
  the exclusions `doc_key` gets right. Their sentences from tune-half and bbc-dev documents
  (tuned on anyway) stay.
- own61 (stop 57): 150 sentences drawn by sample.py (seed 61: 60 BBC unverified-family, 40
  BBC anonymous-family, 20 BBC denial-family, 30 PolNeAR unverified-family); measured once
  before any change: anonymous P 1.0 R .50, denial P 0 R 0 (five denials, each an answer
  whose words deny nothing alone: `said there would be no spending spree`, after a denial of
  a giveaway), unverified P 1.0 R .80. One label settled after, to the tune half's convention
  (`bristles at the suggestion` is a denial): `top black lawmakers said…, as they bristled at
  the continued questions about the legitimacy of the first black president` is a denial too.
  Then tuned on.
- own62 (stop 57): 150 PolNeAR sentences drawn by sample.py (seed 62: 80 unverified-family, 50
  anonymous-family, 20 random); measured once before any change: anonymous P 1.0 R .57,
  unverified P .67 R .50 (7 and 4 positives; no denial). Then tuned on.
- own63 (stop 57): 120 BBC sentences drawn by sample.py (seed 63: 50 unverified-family, 40
  anonymous-family, 30 denial-family); measured once before any change: unverified P 1.0 R .50
  (4 positives), one anonymous and one non-response, both missed. Then tuned on.
- own64 (stop 58): 120 PolNeAR sentences drawn by sample.py (seed 64: 60 unverified-family,
  30 anonymous-family, 30 random); measured once before any change: anonymous P .50 R .33
  (1 tp, 1 fp, 2 fn), unverified P 1.0 R .50 (2 / 0 / 2); no denial. Then tuned on.
- own65 (stop 58): 120 BBC sentences drawn by sample.py (seed 65: 40 unverified-family, 40
  anonymous-family, the last 4 denial-family, 36 random); measured once before any change:
  anonymous P .67 R .67 (2 / 1 / 1), unverified P 1.0 R .67 (2 / 0 / 1); no denial. One
  label settled after: `The spokesman said there was "no yes or no" answer` was labelled from
  its 300 characters of context, which do not reach the spokesman's introduction; the story
  brings him in as `A spokesman for the Information Commissioner's Office`, so ANON_SPOKES (the
  first measurement counted credcheck's finding there as a false positive). Then tuned on.
- own66 (stop 58): 120 PolNeAR sentences drawn by sample.py (seed 66: 100 unverified-family,
  the last 12 anonymous-family, 8 random) — PolNeAR's unverified claims being the check half's
  weakest figure; measured once before any change: unverified P .50 R .14 (1 tp, 1 fp, 6 fn),
  one anonymous false positive and two non-response false positives (`he didn't answer your
  question` in a candidate's jab; tax returns that `wouldn't answer many of the questions`).
  Labelled, as the news-dev2 annotators read `Democrats insist…`, with a party's `they say`
  as vague. Then tuned on.
- own67 (stop 58): 120 BBC sentences drawn by sample.py (seed 67: 80 unverified-family, 40
  anonymous-family); measured once before any change: unverified P .83 R .45 (5 tp, 1 fp,
  6 fn), one anonymous source missed (`Ministers were worried…`, a town's church ministers).
  One label settled after, by the guideline's settled convention (a trial names its accuser,
  the prosecution): `Bernie Ebbers is currently on trial, accused of overseeing an $11bn
  fraud` is no unverified claim (first measured as a miss). Then tuned on.
- own68 (stop 58): 120 PolNeAR sentences drawn by sample.py (seed 68: 90 unverified-family,
  30 random); measured once before any change: unverified P 1.0 R .57 (4 tp, 0 fp, 3 fn), one
  anonymous false positive (`according to attorneys for the family`, the family's lawyer
  named in the sentence before). Then tuned on.
- own69 (stop 58): 120 BBC sentences drawn by sample.py (seed 69: the last 62
  anonymous-family, 58 unverified-family); measured once before any change: unverified P .71
  R .71 (5 tp, 2 fp, 2 fn), one anonymous source missed (`Clarence House staff were at pains
  to point out…`). Then tuned on.
- own70 (stop 58): 120 sentences drawn by sample.py (seed 70: the last 4 PolNeAR
  unverified-family, 56 PolNeAR random, 60 BBC unverified-family); measured once before any
  change: unverified P .50 R .25 (1 tp, 1 fp, 3 fn; two misses are expectations of a decision,
  `is expected to strike a similar debt relief pact`, which the packs leave alone), one
  anonymous source missed (`with analysts putting the drop down to…`). Then tuned on.
- own71 (stop 58): 120 BBC unverified-family sentences drawn by sample.py (seed 71); measured
  once before any change: unverified P 1.0 R .55 (6 tp, 0 fp, 5 fn), one anonymous source
  missed (`Privately ministers believe…, our correspondent added`). Then tuned on.
- own72 (stop 58): 120 BBC unverified-family sentences drawn by sample.py (seed 72); measured
  once before any change: unverified P .80 R .44 (4 tp, 1 fp, 5 fn), anonymous 1 of 1, denial
  0 of 3 (`told the BBC News website it was a laughable suggestion`; `…had been presented as
  UKIP policy, which they were not`; a quoted `In no way was he informed…`). Then tuned on.
- own73 (stop 58): 120 sentences drawn by sample.py (seed 73: 100 BBC unverified-family, 20
  PolNeAR random); measured once before any change: unverified P .75 R .33 (3 tp, 1 fp, 6 fn),
  two anonymous sources missed (`Among those who described… are current and former employees
  of the Podesta Group`; `Union leaders also see…`, flagged as a vague group). Then tuned on.
- own74 (stop 59): 120 sentences drawn by sample.py (seed 74: 80 BBC unverified-family, 40
  PolNeAR random); measured once before any change: unverified P 1.0 R .50 (6 tp, 0 fp, 6 fn;
  misses: clubs `expected to instal` pitches, uses that `have worried many organisations`,
  `people questioning how…`, `Teenagers questioned for a survey…`, a sentiment `shared by a lot
  of people`, `early reports… seemed to imply` inside a named speaker's clause). Then tuned on.
- own75 (stop 59): 120 sentences drawn by sample.py (seed 75: 100 BBC unverified-family, 20
  PolNeAR random); measured once before any change: unverified P .80 R .57 (4 tp, 1 fp, 3 fn:
  `Anti-virus firms speculate that…`, `It's become commonplace to argue that…`, `many will
  delight now`), anonymous P .5 R .5 (1/1/1: `got the hint from Ask Jeeves insiders`; an
  unnamed `The spokesman said` flagged), denial 0 of 1 (a quoted `"The allegation that he was
  the group's co-leader is illusory."`). Then tuned on.
- own76 (stop 59): 120 sentences drawn by sample.py (seed 76: 90 BBC unverified-family, 30
  PolNeAR random); measured once before any change: unverified P 1.0 R .63 (5 tp, 0 fp, 3 fn:
  `Leaked documents have suggested…`, `Many German consumers have been spooked…`, `are
  expected to be allowed a visit`). Then tuned on.
- own77 (stop 59): 120 sentences drawn by sample.py (seed 77: 80 BBC random, 40 BBC
  unverified-family); measured once before any change: unverified P 1.0 R .25 (1 tp, 0 fp, 3 fn:
  `was made before allegations he fast-tracked a visa`, a previous allegation against Mr Jackson
  with the trial's prosecution in the sentence before, a garbled `Worries… do, however,
  remain`); no false alarm in the 80 random sentences. Then tuned on.
- own78 (stop 59): 120 sentences drawn by sample.py (seed 78: 100 BBC unverified-family, 20
  PolNeAR random); measured once before any change: unverified P .67 R .40 (2 tp, 1 fp, 3 fn:
  `following fears it would stay hidden`, a bare `Airlines fear that…`, `has sparked anger
  among some German workers`; the false alarm `a couple purporting to have sex`). Then tuned on.
- own79 (stop 59): 120 sentences drawn by sample.py (seed 79: 100 BBC unverified-family, 20
  PolNeAR random); measured once before any change: unverified P .67 R .40 (2 tp, 1 fp, 3 fn:
  a feud that `has apparently involved two shootings`, a quoted `It is widely accepted
  that…`, `opposition parties say…`; flagged against the label: `in a widely anticipated
  move`). Nothing changed for it: `opposition parties` as a vague group also flagged `All three
  main parties say…`, three known parties (tried, reverted).
- own80 (stop 59): 120 sentences drawn by sample.py (seed 80: 100 BBC unverified-family, 20
  PolNeAR random); measured once before any change: unverified P 1.0 R .75 (3 tp, 0 fp, 1 fn:
  `The summit is also expected to agree changes…`). Then tuned on.
- own81 (stop 59): 120 sentences drawn by sample.py (seed 81: 60 BBC unverified-family, 60 BBC
  random); measured once before any change: unverified P 1.0 R 1.0 (4 tp, 0 fp, 0 fn), no false
  alarm in the 120.
- own82 (stop 60): 100 sentences drawn by sample.py (seed 82: 50 BBC unverified-family, 20 BBC
  random, 30 PolNeAR random); measured once before any change: unverified P 1.0 R 1.0 (2 tp),
  anonymous 0 / 0 / 1 (`Three leading UK video game companies also predicted…`: firms counted,
  none named), denial 0 / 0 / 1 (`said a week later that it had not approved the deal`, after
  another's claim that it had); no false alarm in the 100. Then tuned on.
- own83 (stop 60): 80 PolNeAR random sentences (seed 83); measured once before any change:
  unverified 0 / 0 / 1 (`For proponents of these taxes, the big danger of delay is that…`), no
  other positive, no false alarm in the 80. Then tuned on.
- own84 (stop 61): 100 BBC sentences (60 unverified-family, 40 random; seed 84); measured once
  before any change: unverified 2 / 1 / 3 (P .67, R .40; misses `Mr Clarke is expected to try and
  win over opponents…`, `investigations have suggested that…`, `some Anglicans remain opposed
  to…`; the false alarm a vague group inside a named speaker's report), no anonymous or denial
  positive.
- own85: 80 sentences (50 BBC unverified-family, 30 PolNeAR random); measured once
  before any change: no false alarm, 1 of 2 unverified claims found.
- own86: 80 random sentences (40 BBC, 40 PolNeAR): no false alarm on the 78 negatives,
  both vague attributions missed.
- own87: 40 BBC unverified-family sentences: 1 false alarm (`its backers`, vague by our
  label, anonymous by the tool), 2 misses.
- own88: 40 PolNeAR random sentences: all none, none flagged.
- own89 (stop 79): 120 sentences (seed 89: 80 BBC unverified-family, 40 PolNeAR random); measured
  once before any change: unverified 0 / 0 / 3 (`…probe into claims Lord Goldsmith's statement…
  was drawn up`, `there is concern for the ratings…`, and `They say there are no guarantees…`
  after `…, experts warned`), anonymous 0 / 1 / 0 for that last sentence; no other false alarm.
  One label settled after measuring: that sentence is ANON, as own7 labels `experts warned` in the
  same story (I had labelled it VAGUE). Then tuned on.
- own90 (stop 79): 100 BBC unverified-family sentences (seed 90), labelled before running: none
  holds a sourcing weakness by the guideline (a named party's `The Tories say`, forecasts such
  as `Deregulation is expected to boost demand`, an unattributed `an estimated £1.3bn`), and
  the packs flag none of them in the scored categories.
- own91 (stop 79): 100 PolNeAR random sentences (seed 91), labelled before running: one vague
  attribution, missed (`The assumption fueling that fire is that…`), no other positive and no
  false alarm. Then tuned on.
New sets are drawn with sample.py.
How closely this labelling agrees with the news-dev2 annotators: calibrate.py.
A sentence the guideline marks ANON_SPOKES is left open for anonymous-source, as score.py does.
"""
import argparse, collections, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def texts(devdata):
    docs = {}
    for split in ("polnear-train", "polnear-dev"):
        with open(os.path.join(devdata, f"{split}.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                docs[r["id"][:80] + ".txt"] = r["text"]
    bbc = os.path.join(devdata, "bbc")
    for cat in sorted(os.listdir(bbc)):
        for name in sorted(os.listdir(os.path.join(bbc, cat))):
            try:
                with open(os.path.join(bbc, cat, name), encoding="utf-8") as f:
                    docs[f"bbc_{cat}_{name}"] = f.read()
            except UnicodeDecodeError:
                pass
    return docs


def doc_key(news_id):
    """The name `texts` gives a news-dev2 or bbc-dev document: `bbc/politics/380.txt` →
    `bbc_politics_380.txt`, `data/train/text/NAME.txt` → `NAME.txt` (cut to 80 as PolNeAR's)."""
    if news_id.startswith("bbc/"):
        return news_id.replace("/", "_")
    name = news_id.rsplit("/", 1)[-1]
    stem = name[:-4] if name.endswith(".txt") else name
    return stem[:80] + ".txt"


def held_out(devdata):
    """The documents of the news-dev2 check half: no own label may come from one."""
    with open(os.path.join(devdata, "news-dev2-check.jsonl"), encoding="utf-8") as f:
        return {doc_key(json.loads(line)["id"]) for line in f}


def categories(labels):
    out = []
    if "ANON" in labels:
        out.append("anonymous-source")
    elif "ANON_SPOKES" in labels:
        out.append("~anonymous-source")
    if "VAGUE" in labels or "REPORTED" in labels:
        out.append("unverified-claim")
    if "DENIAL" in labels or "NO_COMMENT" in labels:
        out.append("denial")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--devdata", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    docs = texts(args.devdata)
    check = held_out(args.devdata)
    sets = collections.defaultdict(lambda: collections.OrderedDict())
    bad = 0
    leaked = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["doc"] in check:
                leaked.append(f"{r['set']} {r['id']} {r['doc']}")
            text = docs.get(r["doc"])
            sentence = text[r["start"] : r["end"]] if text else None
            if sentence is None or hashlib.sha1(sentence.encode()).hexdigest()[:12] != r["sha1"]:
                bad += 1
                continue
            sets[r["set"]].setdefault(r["doc"], []).append(
                {"start": r["start"], "end": r["end"], "labels": categories(r["labels"]), "gid": r["id"]}
            )
    os.makedirs(args.out, exist_ok=True)
    for name, by_doc in sets.items():
        with open(os.path.join(args.out, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for doc, sentences in by_doc.items():
                f.write(json.dumps({"id": doc, "text": docs[doc], "sentences": sentences}) + "\n")
        print(f"{name}: {sum(len(s) for s in by_doc.values())} sentences in {len(by_doc)} documents")
    if bad:
        print(f"{bad} labelled sentences did not match the development data", file=sys.stderr)
        sys.exit(1)
    if leaked:
        print(f"{len(leaked)} labelled sentences come from news-dev2 check-half documents "
              f"(the honest estimate must stay unseen), e.g. {leaked[0]}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
