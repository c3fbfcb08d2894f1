"""Labelled clustering corpora: the folder corpora under tests/fixtures/ (<event>/<outlet>.md,
the folder name is the gold event) and the JSON Lines corpora under benchmarks/corpora/ (one
article a line with its gold `event`), the floors tests/test_cluster.py holds each to (AIM,
BELOW_AIM for those written blind and not yet at it), and the pairwise and BCubed scores of
a grouping. Used by tests/test_cluster.py and benchmarks/bench_cluster.py."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from briefgen.models import Article
from briefgen.sources.files import read_file
from briefgen.text import canonical_url, content_hash

REPO = Path(__file__).resolve().parent.parent
FOLDERS = [
    REPO / "tests" / "fixtures" / "clusters",
    REPO / "tests" / "fixtures" / "clusters-second",
]
JSONL = REPO / "benchmarks" / "corpora"

AIM = (0.95, 0.9)  # pairwise precision and recall every corpus should reach (issue 12)
BELOW_AIM = {  # the floors (precision, recall) of the corpora written blind, under AIM
    "places-holdout": (0.95, 0.8),  # 1.000 / 0.824
    "world-day": (0.95, 0.8),  # 1.000 / 0.800 (0.775 while shares could conflict; 0.850
    # before kinds of event: a mediation's report and the airport it reopens, two kinds)
    "blind-day": (0.95, 0.75),  # 1.000 / 0.771 since a kind of event named by one report
    # only cuts a pair (cluster.ONE_WAY: a frigate budget's analysis and the minister's
    # resignation that names its scandal; sparse days' precision 0.727 -> 0.744); 0.812
    # before, 0.854 while weekdays counted as names
    # blind-day-2 is at the aim since where shares trade is no place of the event (venues.py):
    # 0.953 / 0.932 (0.905 / 0.864 before; 0.750 while bare numbers could conflict, 0.946 /
    # 0.795 while weekdays counted as names, 0.951 / 0.886 before kinds of event)
    # written blind on 2026-11-30 (benchmarks/README.md, "Held out again"), by words alone;
    # with a real embedding model see test_embeddings_model.py
    # (0.600, 0.488 and 0.560 recall before languages were joined by shared names)
    "blind-day-3": (0.95, 0.7),  # 1.000 / 0.733 (0.778 before kinds of event)
    "blind-day-4": (0.8, 0.6),  # 0.897 / 0.634 since a district meets its city (nearby.py;
    # 0.893 / 0.610 before; 0.812 / 0.634 before kinds of event)
    "blind-day-5": (0.9, 0.7),  # 1.000 / 0.780 (0.949 / 0.740 before kinds of event;
    # 0.951 / 0.780 while a capital's dateline was the lead's city: the Santiago wire then
    # joined the mine's Antofagasta report at 0.12, now at 0.40, a pair too tight for the
    # markets piece to join)
    # company-day is at the aim again since where shares trade is no place of the event
    # (venues.py): 1.000 / 0.910 (0.881 in the eighteenth session, when its Portuguese and
    # German reports met their English wires too closely for the markets piece to join)
    "long-day": (0.85, 0.9),  # 0.880 / 0.917 (long-day-3 is at the aim since the seventh
    # session's datelines: 0.926 recall before)
    # written blind on 2026-11-30, third session, scored once before any change they led to
    # blind-day-6 is at the aim since German nouns after an article are no names: 1.000 /
    # 0.911 (0.867 before, 0.700 / 0.156 at the third session's start; 0.889 before names
    # in their cases: Inês and the English Ines meet, and the Portuguese report's pair with
    # the English wire is too tight for the Spanish report to join)
    # written after all of the session's changes, scored once: one actor in two events on one
    # day (a scandal and the resignation, one union's two strikes) in one language
    "blind-day-7": (0.85, 0.8),  # 0.895 / 0.829 (0.897 / 0.854 before names by their
    # consonants; 0.200 / 0.049 at the session's start;
    # 0.892 / 0.805 before places were known in Arabic; 0.900 / 0.878 before Sudan's
    # cities were known by their Arabic names: an Arabic report that names El Fasher in
    # its lead, where the others name Mellit, which no Arabic name tells, is cut from them)
    # Chinese, Japanese and Korean: 0.000 / 0.000 at the session's start; 0.538 / 0.179 read
    # word by word, before places were known in their scripts; in the fourth session 0.941 /
    # 0.410 at its start, then telling numbers, Korean in morphemes, what two scripts share
    # (benchmarks/README.md, "Languages in other scripts"); in the sixth, pairs across scripts
    # that share nothing left out of the cohesion tests ("Unknown, not unlike")
    # in the seventh, names by their sound (benchmarks/README.md, "Names by their sound")
    # in the ninth, Chinese in simplified characters, places without their 市/區, and the
    # rarer Han words a Chinese and a Japanese report share (kin.add_han_words)
    # asia-day: at the aim since yen and sen are read (147円35銭, figures.HUNDREDTHS): 1.000 / 0.949
    # (0.744 before the sixth session, 0.769 after, 0.795 before the ninth, 0.846 before
    # Chinese and Japanese shared their Han words, 0.897 before yen and sen)
    "asia-day-2": (0.95, 0.85),  # 1.000 / 0.878 (0.796 before Bảo Lộc met Bao Loc;
    # 0.462 / 0.122 at the start, 0.923 / 0.490
    # when written and scored once, before Chinese and Japanese places; 0.938 / 0.612 at the
    # fourth session's start; 0.755 before the sixth, 0.796 before the seventh, 0.837 before
    # the ninth: 茨城 now names the Ibaraki quake's lead in Japanese, and its pair with the
    # English wire is too tight for the Japanese Hitachi piece to join)
    # written blind in the fourth session (Korean in 14 of 57): 0.938 / 0.319 at its start,
    # scored once after telling numbers and Korean (0.962 / 0.532)
    "asia-day-3": (0.95, 0.8),  # 1.000 / 0.851 (0.787 before names by their consonants;
    # 0.596 before the sixth session, 0.723 after
    # its first change; decimal points read right then put a typhoon's two pairs of reports
    # together first, and two pairs merge under a stricter test than one report joining:
    # 0.638 before the seventh)
    # written blind after all of the fourth session's changes, scored once (0.833 / 0.556 at
    # the session's start, 0.841 / 0.685 after its first two changes)
    "asia-day-4": (0.95, 0.85),  # 1.000 / 0.889 (0.704 before the sixth session, 0.852
    # before names by their sound put a takeover's Japanese and English reports at 0.46, too
    # tight a pair for its Thai report to join, 0.815 before the ninth; the Thai report joins
    # by its names' consonants since the thirteenth)
    # written blind in the sixth session after its first changes, scored once: 1.000 / 0.750
    # (0.659 by the session's starting code); 13 languages
    # written blind in the seventh session, a third of it in Chinese, Japanese and Korean,
    # scored once after names by their sound: 0.973 / 0.706 (the session's starting code:
    # 1.000 / 0.745); then datelines as Korean, Japanese and Chinese agencies write them
    "blind-day-9": (0.93, 0.8),  # 0.938 / 0.882 (0.935 / 0.843 before the cohesion asked
    # across languages, cluster.ACROSS_LANGUAGES) since countries are read by their names
    # in Indonesian (country_names.LOCALES): the carmaker's EV plant in Karawang, "produsen
    # otomotif asal Jepang", names Japan as its recall's report does, and neither kind of
    # event cuts them (no kind tells a plant's building); 1.000 / 0.843 since countries'
    # adjectives in other languages are read (adjectives.py: "controladores franceses" names
    # France in a Spanish lead, and that pair grows tighter than the third report can join);
    # 0.882 before (0.843 before foreign names in katakana met
    # their Latin spelling: ファインケム, Finechem; 0.824 before every language's scale words
    # were read: the Arabic report of the Suez rebate meets its wire by 130 ألف and 412
    # مليون, 130,000 and $412m; 0.784 before one report could join a pair alike to each of
    # its two; 0.745 before the tenth session read
    # comma-grouped digits before 億 whole: "1,853億" had been read as "1,85300000000")
    # written blind at the seventh session's end, scored once: 1.000 / 0.756 (the session's
    # starting code: 1.000 / 0.732; with multilingual-e5-small 1.000 / 0.976)
    "blind-day-10": (0.95, 0.8),  # 1.000 / 0.854 since Polish soft stems meet (Poznania:
    # Poznań; 0.805 before, 0.756 before the ninth session)
    "blind-day-8": (0.95, 0.85),  # 1.000 / 0.864 (0.818 before one report could join a
    # pair alike to each of its two; 0.682 before names by their sound: a
    # quake's two pairs of reports at the cohesion test's edge; 0.773 before the Hindi reports
    # met the English ones by their names' consonants)
    # written blind in the twelfth session (ten organisations with two events of one day):
    # 0.914 / 0.941 by the session's starting code, 0.875 / 0.926 scored once with kinds of
    # event, whose cues it showed wrong ("exit" of a plant, a drug's "trial") were then mended
    "blind-day-11": (0.9, 0.9),  # 0.914 / 0.941
    # written blind after it, scored once: 1.000 / 0.817 (the starting code 0.980 / 0.817)
    "blind-day-12": (0.95, 0.85),  # 1.000 / 0.883 since countries' adjectives in other
    # languages are read (adjectives.py); 0.850 since German nouns after an article are no
    # names: "die Geschäftsführung" had weighed as a name in the German report of a closure
    # written blind in the thirteenth session, a half of it in Devanagari, Bengali, Arabic,
    # Persian, Hebrew, Cyrillic, Greek and Thai, scored once after names by their consonants:
    # 0.938 / 0.750 (the session's starting code: 0.829 / 0.567); 1.000 / 0.817 since
    # Cyrillic and Greek names are compared by their sound, 0.850 since Cyrillic names are by
    # their stems too (Львові: Львов); at the aim since digits of every script are read as
    # 0-9 (৩৪: 34): 1.000 / 0.933
    # written blind after the session's other changes (27 events, 45% in 17 other scripts),
    # scored once: 0.860 / 0.740 (the starting code: 0.943 / 0.660): two fires in Bangkok
    # joined by Thai common words whose consonants met "Huai Khwang"; 0.949 / 0.740 since
    # Thai's common words are its dictionary's and one consonant key beside a city is no
    # event in common: two strikes in Karachi told in Urdu are one story by their words
    "blind-day-14": (0.95, 0.8),  # 0.952 / 0.800 since digits of every script are read as
    # 0-9 (۲۵: 25; 0.740 before)
    # blind-day-15 (written blind for the fourteenth session, scored once: 1.000 / 0.826) is
    # at the aim since a report alike to each of a pair's two joins it: 1.000 / 0.913
    # written blind after that, scored once: 1.000 / 0.875 (four reports in Hebrew,
    # Persian, Greek and Bengali share nothing their English wires write alike), at the aim
    # since the Bengali report's digits read as 0-9: 1.000 / 0.900; 0.925 since Greek names
    # meet in their cases (Ραφήνας: Rafina), 0.950 since every language's scale words are
    # read (150 مليار: 150 billion)
    # written blind for the fifteenth session (26 languages), scored once: 0.941 / 0.800: two
    # Vietnamese fires joined, "TP Hải Phòng" (city) then named no Hai Phong; 1.000 / 0.825
    # since a word for the place's kind before it leaves the place a place, 0.850 since
    # Калниня and Kalniņa meet (sound_keys.SOFTENED), 0.875 since names meet in their cases;
    # at the aim since a foreign place spelled out in Hangul is one whatever MeCab tags it
    # (카타르, Qatar): 1.000 / 0.900
    # blind-day-18 (written blind for the sixteenth session, 32 languages, scored once: 1.000 /
    # 0.826; its splits were reports in Amharic, Georgian, Armenian and Polish beside English
    # wires) is at the aim since names meet in their cases (Dorohusku, Zielińskim: 0.870)
    # and Georgian and Armenian words by their whole sound (Դեբեդի: Debed): 1.000 / 0.935
    # blind-day-19 (written blind for the seventeenth session, 29 languages, nine that decline
    # names), scored once by the starting code and by names in their cases alike: 1.000 /
    # 0.860 (splits: an abbreviation, STF for Brazil's Supreme Court; Верхнему Ларсу, Upper
    # Lars; a Georgian report; a local angle in Indonesian), is at the aim since Cyrillic
    # names are compared by their stems' sound (Ларсу: Lars) and Georgian words by their
    # whole sound, changes made after it was scored: 1.000 / 0.920
    # written blind at the eighteenth session's end (31 languages, a tenth German, Persian
    # and Arabic in their own digits, katakana and Korean firm names, thirteen groups of near
    # misses), scored once: 1.000 / 0.839 (the session's starting code: 1.000 / 0.790); then
    # Arabic's decimal mark read (۵٫۹: 5.9): 1.000 / 0.855
    "blind-day-21": (0.95, 0.85),
    # written blind at the nineteenth session's start (84 articles, 35 events, 25 languages,
    # 16 groups of near misses, market round-ups naming several events, angle pieces that
    # name their event once), scored once by the starting code and after the session's first
    # three changes alike: 0.889 / 0.519 (multilingual-e5-small: 0.859 / 0.792); 0.830 /
    # 0.506 since a lead in a script without capitals is its first sentence: a Hindi report
    # of a Kurla warehouse fire meets the Marathi one of an Andheri tower's on Mumbai and a
    # count, their figures no longer from the whole top to conflict
    "blind-day-22": (0.8, 0.5),
    # written blind at the twentieth session's start (82 articles, 34 events, 23 languages,
    # 15 groups of near misses: a quake and its aftershock, two fires in neighbouring towns,
    # a weekly round-up naming nine of the day's events), scored once by the starting code:
    # 0.957 / 0.817 (multilingual-e5-small: 0.810 / 0.829); then Turkish names with their
    # case endings read (Malatya'da: Malatya): 0.959 / 0.854
    "blind-day-23": (0.93, 0.8),
    # written blind at the twenty-first session's start (88 articles, 36 events, 29
    # languages, 15 groups of near misses: two derailments in one country, two by-elections
    # on one night, a company's results and its recall, two eruptions in one country; two
    # round-ups), scored once by the starting code: 0.915 / 0.844 (multilingual-e5-small:
    # 0.896 / 0.896); then a city's other name that is the first word of a longer one and a
    # common word (المدينة, "the city", of المدينة المنورة: Medina) no place: 0.918 / 0.870;
    # and cities by the names their own country writes (کرمان, Kerman): 0.911 / 0.935; 0.870
    # / 0.870 once countries had their CLDR names in other scripts (a Ukrainian report of
    # the minister's Kyiv visit meets her power-price bill on her name and Німеччина,
    # Germany), 0.873 / 0.896 with leads in scripts without capitals their first sentence
    # blind-day-24 is at the aim since a roundup of the day is a story of its own
    # (roundups.py): 0.960 / 0.935, 0.878 / 0.935 before; it was
    # written blind at the twenty-second session's start (89 articles, 37 events, 34
    # languages in 17 scripts, 18 pairs of near misses), scored once by the starting code:
    # 1.000 / 0.792; then words with their vowel signs whole and a city of several countries
    # by the one its article names: 1.000 / 0.806; such a city near what any of its bearers
    # is near, a place after "In" at a sentence's start: 1.000 / 0.847; countries by their
    # CLDR names in other scripts: 0.875; leads in scripts without capitals their first
    # sentence: 0.954 / 0.861
    "blind-day-25": (0.95, 0.8),
    # written blind at the twenty-third session's start (90 articles, 40 events, 35
    # languages in 16 scripts, 20 pairs of near misses), scored once by the starting code:
    # 0.970 / 0.793
    "blind-day-26": (0.95, 0.75),
    # blind-day-20 (written blind for the eighteenth session, 31 languages, a follow-up of
    # four events on a second day), scored once by the starting code and after the session's
    # first two changes alike: 1.000 / 0.942; 0.981 since every language's scale words are
    # read (a Saudi budget's 150 مليار, an Italian one's 18,7 miliardi); 0.904 since regions
    # name their country (regions.py): a mine report that names Atacama meets another, which
    # makes that pair tighter than the other two reports can meet (linkage's cohesion)
    # blind-day-27 (written blind at the twenty-fourth session's start: 94 articles, 43
    # events, 41 languages in 17 scripts, 21 pairs of near misses), scored once by the
    # starting code: 1.000 / 0.881; at the aim since Chinese amounts in yen are read
    # (4120亿日元, 1.9万亿日元: figures.py): 1.000 / 0.910
    # blind-day-28 (written blind at the twenty-fifth session's start: 98 articles, 46
    # events, 39 languages in 15 scripts, 21 pairs of near misses), scored once by the
    # starting code: 1.000 / 0.912, at the aim
    # written blind at the twenty-sixth session's start (101 articles, 48 events, 45
    # languages in 16 scripts, 23 pairs of near misses), scored once by the starting code:
    # 0.912 / 0.899; 0.940 / 0.913 since לכיוון ("towards") is a common Hebrew word
    # (a Tel Aviv metro line met a Mombasa outbreak) and Armenian names Georgia (Վրաստանի)
    "blind-day-29": (0.9, 0.85),
    # written blind at the twenty-seventh session's start (113 articles, 46 events, 48
    # languages in 18 scripts, 30 pairs of near misses), scored by the starting code: 0.857 /
    # 0.736, far under the aim. Its wrong merges: one Czech minister's budget speech and his
    # flat scandal; three cities' showroom openings from one press release; the EU's
    # accession talks with Moldova and with Ukraine on one day (0.897 / 0.736 while every
    # case ending that changes a stem unified names too: Brně and Brna as Brno)
    "blind-day-30": (0.85, 0.7),
    # written blind at the twenty-eighth session's start (119 articles, 46 events, 47
    # languages in 19 scripts, 41 pairs of near misses), scored by the starting code: 0.943 /
    # 0.709. Its wrong merges: two retailers' results warnings; one chain's store openings in
    # Tbilisi and Baku; a Telugu flood report and a Telugu launch report
    "blind-day-31": (0.9, 0.7),
    # written blind at the twenty-ninth session's start (123 articles, 52 events, 45
    # languages in 16 scripts, 44 pairs of near misses), scored by the session's starting
    # code: 0.988 / 0.692; 1.000 / 0.709 once words of scripts without capitals were looked
    # up by their case forms (Georgian, Armenian, Bengali, Tamil) and Çin is China; 0.718
    # with Estonian country names and Nordic genitives (in-sample)
    "blind-day-32": (0.95, 0.7),
    # written blind at the thirtieth session's start (124 articles, 54 events, 45 languages
    # in 16 scripts, 48 pairs of near misses), scored by the session's starting code: 1.000 /
    # 0.891, the nearest to the aim a held-out day has come
    "blind-day-33": (0.95, 0.85),
    # blind-day-34 (written blind at the thirty-first session's start: 124 articles, 53
    # events, 60 languages in 25 scripts, 47 pairs of near misses), scored by the session's
    # starting code: 1.000 / 0.868 (a central bank's rate cut in five languages splits three
    # ways), is at the aim since a Japanese word of a country and its institution names the
    # country (日本銀行: Japan; place_words.CJK_INSTITUTIONS): 1.000 / 0.912
    # written blind at the thirty-second session's end (126 articles, 53 events, 61
    # languages in 25 scripts, 47 pairs of near misses), scored by the session's end code:
    # 1.000 / 0.795, as its starting code did (eight events split, among them a Horn of
    # Africa locust outbreak's five reports and a Mekong drought pact's five)
    "blind-day-35": (0.95, 0.75),
    # written blind at the thirty-third session's start (122 articles, 52 events, 32
    # languages, 18 groups of near misses), scored by the session's starting code: 0.964 /
    # 0.690 (a Coming of Age Day report joined Niigata's snow by a closing note; a quake's
    # rising toll, 14 to 68, conflicted); at the session's end 1.000 / 0.759
    "blind-day-36": (0.95, 0.75),
    # blind-day-19 and blind-day-20 fell under the aim when Chinese and Japanese were read from
    # their first 400 characters (salience.TOP_CHARS_DENSE; 1.000 / 0.920 and 0.904 before):
    # a Bank of Japan report in Japanese and a Chang'e launch in Chinese share less with the
    # English ones; fewer wrong pairs over all the corpora (67 -> 64) and blind-day-36's were
    # the gain (benchmarks/README.md). blind-day-19 is at the aim again since 日本銀行 names
    # Japan (1.000 / 0.920)
    "blind-day-20": (0.95, 0.85),  # 1.000 / 0.885
    # blind-day-37 (written blind at the thirty-fourth session's start: 125 articles, 52
    # events, 39 languages, 20 groups of near misses), scored by the session's starting code:
    # 1.000 / 0.884 (a Bank of Japan decision's market pieces in Korean and Cantonese and its
    # Japanese report, an Italian rail strike's Brenner angle in German, an Indian heatwave
    # told state by state), is at the aim since 日本銀行 names Japan: 1.000 / 0.938
    # written blind during the thirty-fourth session (120 articles, 55 events, 53 languages,
    # 21 groups of near misses), scored once by the session's end code and its starting
    # code alike: 0.934 / 0.740. Two wrong merges: Japan's and Korea's ministers in Hanoi, told
    # in Vietnamese (whose names of countries the gazetteer lacks), and two fires in Dhaka
    # told in Bengali (no figure of either read); eleven events split
    "blind-day-38": (0.9, 0.7),
    # written blind at the thirty-fifth session's start (121 articles, 51 events, 36
    # languages, 13 groups of near misses), scored by the session's starting code: 1.000 /
    # 0.838 (0.829 with a language's homes, cuts.elsewhere: the Polish report of Germany's rail
    # strike met the German one, and the linkage then kept the four in two pairs)
    "blind-day-39": (0.95, 0.8),
    # written blind during the thirty-fifth session (120 articles, 50 events, 39 languages,
    # 14 groups of near misses), scored by the session's starting code: 1.000 / 0.841; by its
    # end code 0.968 / 0.841 (a Japanese Nikkei report joined Hualien's quake while Chinese
    # and Japanese were two writers of names: across.writers), then 1.000 / 0.841
    "blind-day-40": (0.95, 0.8),
    # written blind at the thirty-sixth session's start (129 articles, 52 events, 35
    # languages, 11 groups of near misses), scored by the session's starting code: 0.962 /
    # 0.806 (a typhoon told in Japanese by its number, in Chinese and Korean by its name;
    # the Armenian report of Van's quake joined a railway deal by Armenian words alone)
    "blind-day-41": (0.95, 0.8),
    # written blind during the thirty-sixth session (120 articles, 52 events, 41 languages,
    # 10 groups of near misses, three roundups), scored by the session's starting code:
    # 0.975 / 0.690, by its end code 0.976 / 0.726 (a Toyota recall told from six countries
    # still in four stories; two roundups of the day joined each other)
    "blind-day-42": (0.95, 0.7),
    # blind-day-43 (written blind at the thirty-seventh session's start: 125 articles, 48
    # events, 48 languages in 19 scripts, two roundups) is at the aim: 0.904 / 0.837 by the
    # session's starting code, 0.971 / 0.925 by its end code (its roundups were read while
    # roundups.py was written: no held-out figure for that rule)
    # written blind mid-session (126 articles, 50 events, 45 languages in 15 scripts, two
    # newsletters), scored once by the session's starting code: 0.991 / 0.844 (its two
    # newsletters joined each other), and by its end code: 1.000 / 0.844
    "blind-day-44": (0.95, 0.8),
    # written blind at the thirty-eighth session's start (124 articles, 52 events, 37
    # languages, 9 groups of near misses, two roundups), scored by the session's starting
    # code: 0.979 / 0.829 (the smog and a flight's turbulence in Bangkok joined; a Polish
    # rate hold's English wire and Polish report share a rate alone); 1.000 / 0.856 by its
    # end code, which was written with it in view
    "blind-day-45": (0.95, 0.8),
    # written blind mid-session (120 articles, 52 events, 42 languages, 12 groups of near
    # misses, two roundups), scored by the session's starting code and by the code of the
    # hour it came (823edf8) alike: 0.973 / 0.637 (OPEC+'s pause told in six languages in
    # four stories, ISRO's launch in five in three: reports in other scripts that share one
    # name or none); 0.974 / 0.664 by the end code, written after it was read
    "blind-day-46": (0.95, 0.6),
    # written blind at the thirty-ninth session's start (120 articles, 55 events, 39
    # languages, two roundups), scored by the session's starting code: 0.962 / 0.773 (a
    # markets wrap whose lead is followed by labelled sections joined the jobs report it
    # tells of; a Sinhala report of a cyclone and an Amharic one of an airliner's delivery
    # met no other report of their events); the same by its end code
    "blind-day-47": (0.95, 0.7),
    # written blind mid-session (124 articles, 54 events, 50 languages, two roundups),
    # scored by the session's starting code: 0.966 / 0.811, and by the code of the hour it
    # came (6588ccb): 0.968 / 0.868
    "blind-day-48": (0.95, 0.8),
    # written blind at the start of a session (120 articles, 52 events, 51 languages, two
    # roundups): the session's starting code raised KeyError on it (a Turkish "İki"); the
    # code of the hour it came, with that fixed (c16190b), 0.923 / 0.692; a markets wrap
    # joins the results it leads with, Lagos' bus fares the fuel price they follow
    "blind-day-49": (0.9, 0.65),
    # blind-day-50 (written blind at the forty-first session's start: 120 articles, 50
    # events, 54 languages, two roundups) is at the aim: 0.959 / 0.886 by the session's
    # starting code (each roundup, written as one paragraph, joined an event it tells),
    # 1.000 / 0.914 by its end code (four of its changes written after its misses were read)
    # written blind at the forty-second session's start (120 articles, 55 events, 52
    # languages, two roundups), scored by the session's starting code: 0.904 / 0.798 (a
    # roundup with "NEPAL - " labels joined the quake it tells; an airport's opening near Ho
    # Chi Minh City met a loan for Hanoi's metro, "opens to first flights" telling no kind);
    # 1.000 / 0.819 once those were read (a dash ends a label, "opens to" an opening)
    "blind-day-51": (0.95, 0.8),
    # written blind at the forty-third session's start (121 articles, 52 events, about 40
    # languages, two roundups), scored by the session's starting code: 0.973 / 0.727 (a
    # Swedish and a Finnish report of one storm share no name; Arabic's سيول, "floods", is
    # read as Seoul; Chinese 森拉克 and Vietnamese Sinlaku meet by no key; a German report of
    # Wang Yi's visit met Moscow's snowfall by Moscow and Russia)
    "blind-day-52": (0.95, 0.7),
    # written blind at the forty-fourth session's start (125 articles, 53 events, 38
    # languages, two roundups), scored by the session's starting code: 0.968 / 0.835 (a
    # Vietnamese report of UNESCO's water puppetry met central Vietnam's floods by Hanoi,
    # Vietnam and UNESCO; a Danish report of Norway's storm «Tora» shares only its name
    # with the Norwegian ones; a Chinese report of the central bank's cut shares only its
    # figures with the Japanese and English ones)
    "blind-day-53": (0.95, 0.8),
    # written blind at the forty-fifth session's start (120 articles, 50 events, 43
    # languages, two roundups), scored by the session's starting code: 1.000 / 0.856 (a
    # Thai report of Hat Yai's floods names no place the gazetteer knows in Thai; an Arabic
    # report of the Bundestag's UNIFIL vote, a Swahili one of Kenya's court ruling on a
    # mobile-money tax and a Vietnamese one of Long Thanh airport's opening stand apart)
    "blind-day-54": (0.95, 0.8),
    # written blind at the forty-sixth session's start (120 articles, 55 events, 44
    # languages, two roundups), scored by the session's starting code: 1.000 / 0.830 (the
    # Tagalog report names Typhoon Sinlaku by PAGASA's name, Wilma, and it and the English
    # one stay apart from the four in Asian languages; a Chinese report of Kelantan's floods
    # reads Pasir Mas, 巴西马, as Brazil; an Arabic report of the Malatya quake names the
    # Syrian and Iraqi towns where it was felt)
    "blind-day-55": (0.95, 0.8),
    # written blind at the forty-eighth session's start (121 articles, 51 events, 62
    # languages in 22 scripts, two roundups), scored by the session's starting code: 1.000 /
    # 0.589 (a storm named Elin in Ireland, Norbert in Germany and Ylva in Denmark and Norway
    # is five stories; reports in Telugu, Malayalam, Kannada and Hindi of one launch share
    # no name the words can read; an Amharic report of a derailment and Bengali reports of
    # two Dhaka fires share only figures with the others, a Hausa one of a petrol price cut
    # only Dangote's name); 1.000 / 0.685 since a typhoon's report that gives its other
    # name in brackets ties the two (storms.aliased), which the floor holds
    "blind-day-57": (0.95, 0.65),
    # written blind at the forty-ninth session's start (119 articles, 53 events, 42
    # languages, two roundups of four items), scored by the session's starting code: 0.938 /
    # 0.765 (both roundups joined a story they told; a typhoon named Nakri and Queenie in
    # five languages is three stories, a Bulgarian election's four reports three); 1.000 /
    # 0.786 since a briefing of four items is a roundup (roundups.MIN_ITEMS); 1.000 / 0.816
    # since an organisation a lead names is one name in every language (organisations.py:
    # OPEC+'s pause told in Arabic, English and Spanish is one story, three before); 1.000 /
    # 0.908 since a typhoon's Chinese name is the Typhoon Committee's and percent in words a
    # share (the fifty-first session)
    "blind-day-58": (0.95, 0.85),
    # written blind at the fiftieth session's start (118 articles, 55 events, 54 languages
    # in 18 scripts, two roundups), scored by the session's starting code: 1.000 / 0.812 (a
    # typhoon named Samuel in the Philippines and 百里嘉 in Chinese is two stories; an
    # explainer of Crete's quake stands apart; H&M's sales in Swedish and Danish share no
    # name; a light rail line in Hebrew and Arabic reports, one naming Nazareth as נצרת, the
    # other as الناصرة, which no table holds); 1.000 / 0.833 since "H&M" is one name and
    # the Nordic "mia." a billion (a Danish report's 61,8 mia. kr.); at the aim since the
    # fifty-first session (1.000 / 0.938: the typhoon is one story, 百里嘉 being Barijat), so
    # held to it
    # written blind at the fifty-first session's start (120 articles, 53 events, 46
    # languages, two roundups), scored by the session's starting code: 1.000 / 0.777 (a
    # typhoon named Nakri, Rosal in the Philippines, 娜基莉 and Taiwan's 娜克莉 is two stories;
    # a central bank's cut told in English, Hindi, Tamil and Bengali three; Chang'e-7 in
    # Chinese, Russian and English two); 1.000 / 0.864 since a Chinese name of the Typhoon
    # Committee's list is the list's name (storms.py, data/typhoon_names.json), 1.000 / 0.903
    # since Indic words are keyed by their whole sound and percent in words is a share
    # (sound_keys.WHOLE, percent_words.py): at the aim, by one pair; its floor leaves a margin
    "blind-day-60": (0.95, 0.85),
    # written blind at the fifty-second session's start (120 articles, 51 events, 36
    # languages, two roundups), scored by the session's starting code: 0.981 / 0.894 (a
    # typhoon named Rosal in a Tagalog report stands apart from its Nakri, 娜基莉 and 台風
    # 26号 reports; a Chinese report of Central Sulawesi's quake from the Indonesian ones; a
    # Polish report of Odesa's ports joined Poland's veto vote, Odessę being Odessa, Texas);
    # at the aim since regions are read in other scripts and after a country's possessive
    # ("Indonesia's Central Sulawesi", 中苏拉威西: 0.981 / 0.938), so held to it
    # written blind at the fifty-third session's start (120 articles, 52 events, 43
    # languages, two roundups, two Hyderabads and two Tripolis), scored by the session's
    # starting code: 0.920 / 0.736 (both roundups joined an event they mention; a storm
    # named Fenna, Quirin and Gorm is three stories; a Slovak ski season joined a Czech
    # report of a Polish train crash); 0.967 / 0.800 since a storm's other name is read
    # where a report says it is given (storm_glosses.py), a roundup's items may have
    # headings, Czech Niemodlinu meets Polish Niemodlina and German Niemodlin (inflection),
    # and Hyderabad is found in Hindi, Urdu and Telugu
    "blind-day-62": (0.95, 0.75),
    # written blind at the fifty-fourth session's start (120 articles, 55 events, 49
    # languages, two roundups, two Córdobas, two Valencias, two Novi Sad and two Batumi
    # events), scored by the session's starting code: 1.000 / 0.874 (a storm named Hollis,
    # Yasmin and Ulla is three stories: German quotes „Yasmin“ were not read; Cyclone Nirmal
    # is also a town of Telangana, so no storm's name); 1.000 / 0.968 since German quotes and
    # storms named as little-known towns are read, a fire's burned area may grow, and the
    # stop words of languages without a frequency list tell nothing: at the aim, so held to
    # it
    # written blind in the fifty-fourth session (120 articles, 56 events, 47 languages,
    # two roundups in one paragraph each, two Hyderabads and two San Josés, a wildfire and a
    # blackout growing through the day), scored by the session's code then: 0.893 / 0.789
    # (both roundups joined an event they tell; Marathi's "is", "not" and "and" were as
    # telling as names, and joined an onion export price to a rate decision); 0.963 / 0.811
    # since a briefing so titled is a roundup and a Malaysian Chinese report's "全州" ("the
    # whole state") and 巴西马县 (Pasir Mas) are no Korea's Jeonju and no Brazil
    "blind-day-64": (0.95, 0.75),
    # written blind at the fifty-fifth session's start (129 articles, 53 events, 45
    # languages weighted to Europe, the Middle East and Central and East Asia; two roundups,
    # two Tripolis, two Frankfurts, two Alexandrias and Georgia the country and the state; a
    # quake's toll rising from 3 to 17 in six languages, a storm named Ragnhild and Ulla),
    # scored by the session's starting code: 0.972 / 0.791 (a German report of the quake
    # joined a Hebrew opinion column on the fire by "Vereine" and "pine"'s consonants; the
    # last Turkish report read "Malatya'nın Pütürge" as one name and joined another quake;
    # a Lithuanian report named its storm only by what forecasters "named" it); 1.000 /
    # 0.910 since a Latin name is keyed by its consonants only when rarer, Cyrillic names
    # by theirs too, places' names too (Arabic ملاطية, Malatya), Turkish case endings end a
    # name, a lead's storm may be the one it is called, and a stadium "en llamas" is no
    # fire: at the aim, so held to it
    # written blind at the fifty-fifth session's start (123 articles, 54 events, 36
    # languages weighted to the Americas, Africa, South Asia and Oceania; two roundups, two
    # Hyderabads, two Victorias, two San Josés, a typhoon named Krovanh, Talahib and "bão số
    # 9"), scored by the session's starting code: 0.962 / 0.981 (both roundups joined an event
    # they tell: a "Morning Digest" whose headings are headlines of ten words, and "the news
    # you need to know" in one paragraph of clauses); 1.000 / 0.981 since those are read:
    # at the aim, so held to it
    # written blind at the fifty-sixth session's start (127 articles, 55 events, 38
    # languages weighted to Southeast Asia, Eastern Europe, the Nordics and the Gulf; quakes
    # in Garut and the Molucca Sea, snow and wind warnings for Finnmark and Vestland, two
    # roundups), scored by the session's starting code: 0.954 / 0.929 (a German "Der Tag
    # kompakt" in one paragraph of clauses joined a carmaker's plant; "TP.HCM" and
    # "SR1.3tn" read as nothing); 0.947 / 0.955 since such briefings are roundups, Ho Chi
    # Minh City is read by its abbreviations and the Gulf's currencies against their
    # amounts, Finnish cases after a consonant's i name the place (Finnmarkissa), and
    # Norway's counties of 2024 are regions: the Finnish report of Finnmark's snow warning
    # now meets the Norwegian one, and both join Vestland's wind warning (the Norwegian
    # warnings share their agencies and a 40; an explainer names Finnmark in passing). A cut
    # of two regions of one country in the leads mended it (0.982) and split eruptions whose
    # ash closed another region's airport: 12 right pairs fewer on the other corpora; only
    # between weather leads, it split one storm told from two neighbouring regions (the
    # review's): not kept
    "blind-day-67": (0.9, 0.9),
    # written blind at the fifty-sixth session's start (120 articles, 54 events, 42
    # languages weighted to business, politics, courts and sport; three banks' results, two
    # rate decisions, two recalls, two court rulings, two mergers, a markets wrap and an
    # evening briefing in one paragraph), scored by the session's starting code: 0.922 /
    # 0.912 (both roundups joined a blocked merger they tell of); 1.000 / 0.934 since a
    # wrap is told by Toronto's and MSCI's indexes, a briefing by its many clauses, and
    # Thai scale words against their unit are read (4.1 แสนคัน, 410,000 cars): at the aim,
    # so held to it
    # written blind at the fifty-seventh session's start: blind-day-69 (125 articles, 51
    # events, 39 languages weighted to Latin America, Africa, South and Central Asia) read at
    # 1.000 / 0.975 by the starting code, so held to the aim; blind-day-70 (138 articles, 54
    # events, 36 languages weighted to East Asia, the Middle East and Europe; two foreign
    # ministers in Tehran on one day, two rail strikes, two refinery fires, a markets wrap)
    # read at 0.857 / 0.906; 0.887 / 0.957 since a wrap is told by the MDax and the Euro
    # Stoxx 50, a briefing by its opening ("Here are the stories making headlines"), an
    # agency's dateline by its date ("Bakı. 16 dekabr. REPORT.AZ") and Sorani's scale words
    # are read (310 هەزار barrels). Under the aim: the Chinese and the Turkish foreign
    # ministers' talks in Tehran are one story (each report names both visitors' countries or
    # neither; a cut of leads whose countries the other report never names split one event's
    # reports too: 0.910 -> 0.855 recall over all corpora)
    "blind-day-70": (0.85, 0.9),
    # written blind later in the fifty-seventh session (122 articles, 49 events, 33 languages
    # weighted to North America, Oceania and the Pacific, Southeast Asia and the Nordics and
    # Baltics; two bushfires, two hockey games, two runway incidents, two mayors, an NHL
    # roundup, a markets wrap and two briefings) read at 0.917 / 0.833; 0.971 / 0.833 since
    # a title that names the news in brief ("Uutiset lyhyesti") makes all its paragraphs
    # items and "what you need to know this Saturday" names a briefing
    "blind-day-71": (0.95, 0.8),
}


def corpora() -> list[Path]:
    """Every labelled corpus: the two folders, then the JSON Lines files by name."""
    return FOLDERS + sorted(JSONL.glob("*.jsonl"))


def load(corpus: Path) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """Articles, the gold event of each (by url) and a short name of each (by url)."""
    articles: list[Article] = []
    gold: dict[str, str] = {}
    names: dict[str, str] = {}
    if corpus.is_dir():
        for path in sorted(corpus.glob("*/*.md")):
            article = read_file(path, 1_000_000, str(path))
            articles.append(article)
            gold[article.url] = path.parent.name
            names[article.url] = f"{path.parent.name}/{path.stem}"
        return articles, gold, names
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        article = Article(
            url=record["url"],
            canonical_url=canonical_url(record["url"]),
            title=record["title"],
            text=record["text"],
            published=dt.datetime.fromisoformat(record["published"]),
            outlet=record["outlet"],
            content_hash=content_hash(record["title"], record["text"]),
            language=record.get("language", ""),
        )
        articles.append(article)
        gold[article.url] = record["event"]
        names[article.url] = f"{record['event']}/{record['outlet']}"
    return articles, gold, names


def pairs(labels: dict[str, str]) -> set[frozenset[str]]:
    """Every pair of items that share a label."""
    groups: dict[str, list[str]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    return {frozenset(p) for members in groups.values() for p in combinations(members, 2)}


def pairwise(gold: dict[str, str], found: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping (item -> group) against gold labels."""
    gold_pairs, found_pairs = pairs(gold), pairs(found)
    hits = len(gold_pairs & found_pairs)
    return (
        hits / len(found_pairs) if found_pairs else 1.0,
        hits / len(gold_pairs) if gold_pairs else 1.0,
    )


def bcubed(gold: dict[str, str], found: dict[str, str]) -> tuple[float, float]:
    """BCubed precision and recall: for each item, the share of its found group that is of its
    gold event, and the share of its gold event that is in its found group; averaged."""
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_found: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_gold[gold[item]].add(item)
        by_found[found[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        both = len(by_gold[gold[item]] & by_found[found[item]])
        precision += both / len(by_found[found[item]])
        recall += both / len(by_gold[gold[item]])
    return precision / len(gold), recall / len(gold)
