"""Sentences split in the article's language: labelled paragraphs in 19 languages, ordinals
and abbreviations that end no sentence, and CJK sentences that are usable."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from briefgen.datelines import dateline
from briefgen.models import Article
from briefgen.summarize.sentences import article_sentences, is_heading, split_sentences, usable

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_sentences.py"
_spec = importlib.util.spec_from_file_location("bench_sentences", BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)
LABELLED = bench.labelled()


@pytest.mark.parametrize(("lang", "sentences"), LABELLED, ids=[lang for lang, _ in LABELLED])
def test_labelled_paragraphs_split_where_their_sentences_end(lang, sentences):
    found = split_sentences(bench.paragraph(lang, sentences), lang)
    correct, got, expected = bench.scores(sentences, found)
    assert correct == got, f"split inside a sentence: {found}"  # precision 1
    # (pysbd's Russian rules take "руб." for an abbreviation: split after it, EXTRA_END)
    assert correct == expected, f"missed a sentence end: {found}"


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("de", "Das Gesetz soll ab dem 1. Januar 2027 gelten. Es kommt.", "ab dem 1. Januar 2027"),
        ("de", "Er wurde zum 3. Mal gewählt. Das ist neu.", "zum 3. Mal gewählt."),
        ("de", "Es kostet 4 Mrd. Euro im Jahr. Das ist viel.", "4 Mrd. Euro im Jahr."),
        ("de", "Die Regel Nr. 5 bleibt. Das ist alt.", "Nr. 5 bleibt."),
        ("fr", "M. Dupont a parlé lundi. Il a dit non.", "M. Dupont a parlé lundi."),
        ("es", "El Sr. García habló el lunes. Dijo que sí.", "El Sr. García habló el lunes."),
        ("es", "Es el 1.º de la lista. Dijo que sí.", "Es el 1.º de la lista."),
        ("cs", "Zákon platí od 1. května 2025. To je hodně.", "Zákon platí od 1. května 2025."),
        ("tr", "Bakan Dr. Yılmaz konuştu. Toplantı bitti.", "Bakan Dr. Yılmaz konuştu."),
        ("nl", "Het kost 4 mln. euro per jaar. Dat is veel.", "Het kost 4 mln. euro per jaar."),
        # a piece that starts with a comma goes on the sentence before, whatever ended it
        ("pl", "Zysk wzrósł o 12 proc., do 4,1 mld zł. Akcje tanieją.", "proc., do 4,1 mld zł."),
        ("ru", "Прибыль выросла на 8 проц., до 145 млрд руб. Акции дешевеют.", "проц., до 145"),
        ("pl", "Przychody spadły o ok. 3 proc. r/r. Akcje tanieją.", "o ok. 3 proc. r/r."),
        ("pl", "Wypłata to 6 zł, tj. łącznie ok. 7 mld zł. Akcje tanieją.", "ok. 7 mld zł."),
        ("de", "Der Umsatz lag mit rd. 20 Mrd. Euro gleich. Die Aktie stieg.", "rd. 20 Mrd. Euro"),
        ("ru", "Портфель вырос на 450 млрд руб. Акции банка подорожали.", "на 450 млрд руб."),
        # initials of a script pysbd has no rules for: Π.Ε. (a regional unit), M. A. (the
        # labelled corpora's: "της Π." and "Ε." were sentences)
        ("el", "Τα σχολεία της Π.Ε. Χανίων έκλεισαν. Η απόφαση ισχύει.", "Χανίων έκλεισαν."),
        ("ta", "சேப்பாக்கம் எம். ஏ. சிதம்பரம் மைதானம் நிரம்பியது. அவர் வென்றார்.", "சிதம்பரம்"),
        # a Cyrillic initial and Greek's Mr (pysbd ended the sentence at "Э." and "κ.")
        ("ru", "Это сказала глава ЦБ Э. Набиуллина. Рынок вырос.", "Э. Набиуллина."),
        ("uk", "Президент України В. Зеленський заявив це. Ринок виріс.", "В. Зеленський"),
        ("el", "Ο κ. Παπαδόπουλος δήλωσε ότι ισχύει. Η αστυνομία ερευνά.", "κ. Παπαδόπουλος"),
        # a quote mark is never a sentence of its own: „…" and „…“ close a German or Czech
        # quote, and a mark alone ends the sentence before
        ("de", '„Wir prüfen das." Der Betriebsrat schwieg.', '„Wir prüfen das."'),
        ("cs", "„Naše studio to zjednoduší.“ Pak odešel.", "zjednoduší.“"),
        ("hi", '"यह हमारा सातवां प्रक्षेपण है।" प्रधानमंत्री ने बधाई दी।', 'प्रक्षेपण है।"'),
    ],
)
def test_ordinals_and_abbreviations_end_no_sentence(lang, text, first):
    found = split_sentences(text, lang)
    assert len(found) == 2 and first in found[0], found


def test_a_thai_abbreviation_ends_no_sentence():
    """Thai ends sentences with a space, never a full stop: กนง. (the monetary policy
    committee) is an abbreviation, and its speaker stays with what he said."""
    text = "นางสาววรรณา ศรีสุข เลขานุการ กนง. กล่าวว่า เศรษฐกิจไทยจะขยายตัว 2.8% ในปีนี้"
    assert split_sentences(text, "th") == [text]


def test_a_cyrillic_abbreviation_still_ends_a_sentence():
    found = split_sentences("Об этом заявили в ЦБ. Рынок вырос.", "ru")
    assert found == ["Об этом заявили в ЦБ.", "Рынок вырос."]


def test_a_year_still_ends_a_german_sentence():
    found = split_sentences("Das Verfahren begann 2019. Die Regierung schwieg.", "de")
    assert found == ["Das Verfahren begann 2019.", "Die Regierung schwieg."]


def test_a_closing_quote_stays_with_its_sentence():
    found = split_sentences("他说：“这是好事。”然后离开了。", "zh")
    assert found == ["他说：“这是好事。”", "然后离开了。"]


def test_an_initial_before_a_name_goes_with_it_and_lower_case_ones_end_sentences():
    """The review's: "د." (Dr) went with the sentence before its name, and "8 π.μ." (8 a.m.)
    joined the next sentence."""
    doctor = split_sentences("قال المتحدث إن الوضع مستقر. د. محمد علي أكد ذلك.", "ar")
    assert doctor[-1].startswith("د. محمد") and len(doctor) == 2
    morning = "Ο σεισμός έγινε στις 8 π.μ. Οι κάτοικοι βγήκαν στους δρόμους."
    assert len(split_sentences(morning, "el")) == 2


def test_an_english_opening_quote_opens_the_next_sentence():
    found = split_sentences("He left. “We will return,” she said.", "en")
    assert found == ["He left.", "“We will return,” she said."]


def test_danda_and_arabic_question_mark_end_sentences_in_any_rules():
    assert len(split_sentences("नेपाल सरकारले योजना घोषणा गर्‍यो। मन्त्रीले भने।", "ne")) == 2
    assert len(split_sentences("هل تكفي؟ قال الوزير إنها تكفي.", "ur")) == 2


def _article(text: str, language: str = "") -> Article:
    when = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    return Article(
        url="https://example.com/a",
        canonical_url="https://example.com/a",
        title="t",
        text=text,
        published=when,
        source="test",
        content_hash="h",
        language=language,
    )


def test_japanese_paragraphs_are_sentences_not_headings_and_are_usable():
    text = (
        "気象庁によると、大型で強い台風22号は23日午前、沖縄本島の南約150キロの海上を"
        "時速15キロで北北西へ進んでいる。中心気圧は950ヘクトパスカル、最大風速は45メートルに"
        "達している。\n沖縄電力は、強風の影響で那覇市や浦添市などで約4万世帯が停電していると"
        "発表した。"
    )
    assert not is_heading(text.split("\n")[1], "ja")
    sentences = article_sentences(_article(text), 0)  # no declared language: detected
    assert len(sentences) == 3 and all(s.lang == "ja" for s in sentences)
    assert all(usable(s) for s in sentences), [(s.text, s.words) for s in sentences]


def test_a_chinese_run_on_sentence_keeps_its_opening():
    text = "，".join(["国家统计局周一发布数据显示全年粮食总产量再创新高"] * 30) + "。"
    (sentence,) = article_sentences(_article(text, "zh"), 0)
    assert sentence.text.endswith(" …") and len(sentence.text) < len(text) * 0.8


@pytest.mark.parametrize(
    ("lang", "one"),
    [
        (
            "en",
            "The port authority in Rotterdam said on Tuesday that its cranes, idle since "
            "the storm, would work again from Thursday, once engineers had checked every cable. ",
        ),
        (
            "zh",
            "鹿特丹港务局周二表示，自风暴以来停运的起重机将在工程师检查每根缆绳后于周四恢复作业。",
        ),
    ],
)
def test_a_line_longer_than_the_splitters_piece_is_cut_between_sentences(lang, one):
    """A page of one 6,000-character line is handed to the splitter in pieces; a piece ends
    where a sentence does, so no sentence is read as two halves."""
    text = one * (6_000 // len(one))
    sentences = article_sentences(_article(text, lang), 0)
    assert len(sentences) == 6_000 // len(one)
    assert {s.text for s in sentences} == {one.strip()}


def test_a_long_line_is_not_cut_after_an_abbreviation():
    one = "Dr. Smith of the U.S. Navy said on Tuesday that the ship, a 4 Mrd. frigate, was late. "
    text = one * (6_000 // len(one))
    sentences = article_sentences(_article(text, "en"), 0)
    assert {s.text for s in sentences} == {one.strip()}


def test_a_paragraph_without_a_sentence_end_is_one_run_on_sentence():
    run_on = " ".join(["the port said cranes would work again from thursday"] * 40)
    assert split_sentences(run_on) == [run_on]
    (sentence,) = article_sentences(_article(run_on, "en"), 0)
    assert sentence.text.endswith(" …") and sentence.words < 50


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        (  # pysbd's Arabic rules split at the Arabic comma: a comma ends no sentence
            "ar",
            "قال الوزير إن الحكومة ستدعم المزارعين، وأضاف أن الخطة تبدأ الشهر المقبل. وحذر الخبراء من ارتفاع الأسعار.",  # noqa: E501
            [
                "قال الوزير إن الحكومة ستدعم المزارعين، وأضاف أن الخطة تبدأ الشهر المقبل.",
                "وحذر الخبراء من ارتفاع الأسعار.",
            ],
        ),
        (  # ... and at a colon: "Farouk added:" and the quote he said are one sentence
            "ar",
            "وأضاف فاروق: «هذا المشروع سيغير وجه النقل في القاهرة الكبرى». ومن المقرر أن تبدأ المرحلة الثانية.",  # noqa: E501
            [
                "وأضاف فاروق: «هذا المشروع سيغير وجه النقل في القاهرة الكبرى».",
                "ومن المقرر أن تبدأ المرحلة الثانية.",
            ],
        ),
        ("fa", "و گفت: «این پروژه مهم است». سپس رفت.", ["و گفت: «این پروژه مهم است».", "سپس رفت."]),
        (  # a straight quote opening the next sentence stays with it
            "es",
            'El ministro habló ayer. "No vamos a ceder", dijo García. Luego se fue.',
            ["El ministro habló ayer.", '"No vamos a ceder", dijo García.', "Luego se fue."],
        ),
        (  # and one closing a quote stays with the sentence it closes
            "en",
            'He said: "We will not yield." Then he left.',
            ['He said: "We will not yield."', "Then he left."],
        ),
    ],
)
def test_commas_colons_and_opening_quotes_end_no_sentence(lang, paragraph, expected):
    assert split_sentences(paragraph, lang) == expected


def test_a_wires_dateline_and_sign_off_are_no_sentences():
    text = (
        "KYIV, Nov 27 (Atlas) - Russian drones struck the power grid overnight, officials said.\n"
        "Repairs began at dawn in three regions.\n"
        "(Reporting by Olena Marchenko; Editing by Tom Hale)"
    )
    assert [s.text for s in article_sentences(_article(text, "en"), 0)] == [
        "Russian drones struck the power grid overnight, officials said.",
        "Repairs began at dawn in three regions.",
    ]
    unbracketed = "Reporting by Anna Berg; Editing by Tom Hale\nReporting by the Guardian found it."
    assert [s.text for s in article_sentences(_article(unbracketed, "en"), 0)] == [
        "Reporting by the Guardian found it."
    ]
    korean = "(서울=한빛통신) 박수현 기자 = 서울 지하철이 첫차부터 멈췄다. 시민들이 불편을 겪었다."
    first = article_sentences(_article(korean, "ko"), 0)[0]
    assert first.text == "서울 지하철이 첫차부터 멈췄다."


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Berlin (dpa) - Der Bundestag hat am Donnerstag", "Berlin"),
        ("El Cairo, 5 dic (EFE).- Una misión arqueológica", "El Cairo"),
        ("Istanbul/Potsdam. Ein Erdbeben der Stärke 5,8", "Istanbul/Potsdam"),
        ("Улаанбаатар. Даваа гарагт болсон", "Улаанбаатар"),
        # a title's abbreviation, or a sentence's first words, are none
        ("Prof. Weber sagte am Donnerstag", ""),
        ("Mr. Smith said on Thursday", ""),
        ("Gen. Ruiz visitó la base", ""),
        ("Die Regierung hat entschieden. Dann", ""),
        ("Sra. García dijo que no", ""),
        ("Tesla (TSLA) - Shares fell", ""),  # a ticker, not an agency's place
    ],
)
def test_a_papers_dateline_in_title_case_is_read(text, place):
    assert dateline(text)[0] == place
