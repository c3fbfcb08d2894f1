"""A risk's title names the harm warned of (summarize/titles.risk_title), in English,
German, Japanese and Turkish: not the sentence's opening, a pronoun or a lone word."""

from briefgen.summarize.titles import opens_with, risk_title


def test_a_risk_is_titled_by_the_harm_warned_of_not_by_a_pronoun():
    """'Union leaders said they were ready to ...' titled 'They were ready to ...' named no
    one and no harm: the harm warned of last names it, and a title opening with a pronoun is
    none."""
    said = (
        "Union leaders said they were ready to extend the strike if talks failed, and warned "
        "that exporters could face weeks of delays."
    )
    assert risk_title(said) == "Exporters could face weeks of delays"
    assert risk_title("He said they could cut off gas supplies to Europe.") == ""
    # what is warned of names the harm, though no harm word says it
    assert risk_title("Levchuk warned that repairs could take three to five weeks.") == (
        "Repairs could take three to five weeks"
    )
    assert risk_title("Officials fear that further strikes could trigger blackouts.") == (
        "Further strikes could trigger blackouts"
    )
    # "warned it could ...": what could happen (the title was "Strike disproportionate and
    # warned it could", cut around the word "strike")
    diverted = (
        "The VRHB called the strike disproportionate and warned it could push shipping lines "
        "to divert cargo to Antwerp and Hamburg."
    )
    assert risk_title(diverted) == (
        "Could push shipping lines to divert cargo to Antwerp and Hamburg"
    )
    # a phrase between commas is no part of the harm (the title ended "could …": a new user's)
    bridge = (
        "Environmental groups have warned that the bridge, in one of Europe's most seismically "
        "active zones, could face legal challenges."
    )
    assert risk_title(bridge) == "The bridge could face legal challenges"


def test_whom_a_warning_is_given_to_is_not_its_title():
    """ "Residents of nearby Waltershof and Finkenwerder about toxic smoke and told …" named
    whom the police warned (a new user's); "Of further strikes if talks fail" its preposition:
    the harm is what they were warned of."""
    smoke = (
        "Police warned residents of nearby Waltershof and Finkenwerder about toxic smoke and "
        "told them to keep windows and doors shut."
    )
    assert risk_title(smoke, "en") == "Toxic smoke"
    assert risk_title("The union warned of further strikes if talks fail.") == (
        "Further strikes if talks fail"
    )
    assert risk_title("Officials warned residents of flooding in low-lying areas.") == (
        "Flooding in low-lying areas"
    )
    assert risk_title("The Kremlin warned Washington that such strikes would be a red line.") == (
        "Such strikes would be a red line"
    )
    # "that" after a clause of its own is no "warned whom that" (the review's "Could collapse")
    unsafe = "Experts warned the bridge was unsafe and that it could collapse."
    assert risk_title(unsafe).startswith("The bridge was unsafe")


def test_a_german_risk_title_names_the_harm_with_its_adjectives_and_is_no_lone_word():
    """A new user's German briefs titled risks 'Streik', 'Verzögern' and 'Angriffen mit den
    gestohlenen Daten': the harm noun's adjectives belong to it, a word cut from inside a
    compound is no title, and one word alone is none."""
    strike = "Verdi drohte mit einem unbefristeten Streik, falls die Klinik nicht einlenkt."
    assert risk_title(strike, "de") == "Unbefristeten Streik"
    phishing = "Die Polizei warnte vor gezielten Phishing-Angriffen mit den gestohlenen Daten."
    assert risk_title(phishing, "de") == "Gezielten Phishing-Angriffen mit den gestohlenen Daten"
    delay = "Der Zulieferer teilte mit, die neue Auflage könne den Hochlauf verzögern."
    assert risk_title(delay, "de") == "Hochlauf verzögern"


def test_a_german_risk_title_is_no_fragment_of_a_prepositional_phrase():
    """A new user's German risk was titled "Woche verzögern könnten" (nu30 r11): the words
    before the verb were the inside of "um bis zu eine Woche", no object of its own, and the
    clause warned of ends with its verb, so cut at eight words it names no harm. No title
    then; a short clause warned of is one, without its reflexive "sich"."""
    late = (
        "Logistiker warnen, dass sich Lieferungen für das Weihnachtsgeschäft um bis zu eine "
        "Woche verzögern könnten."
    )
    assert risk_title(late, "de") == ""
    short = "Logistiker warnen, dass sich Lieferungen um eine Woche verzögern könnten."
    assert risk_title(short, "de") == "Lieferungen um eine Woche verzögern könnten"
    # a threat's title is what is threatened, without its "to continue" (nu31 r07)
    more = "Die Gewerkschaft drohte, den Streik am Donnerstag fortzusetzen."
    assert risk_title(more, "de") == "Streik am Donnerstag"
    longer = "Die Gewerkschaft drohte, den Streik bis Freitag zu verlängern."
    assert risk_title(longer, "de") == "Streik bis Freitag"
    # ... but a verb that is the harm stays (the review's)
    jobs = "Der Konzern drohte, in Deutschland 500 Stellen abzubauen."
    assert risk_title(jobs, "de").endswith("500 Stellen abzubauen")


def test_a_hebrew_risk_title_starts_at_the_harm_not_at_the_word_joined_to_it():
    """A new user's Hebrew risk was titled "לעליית מחירי המזון", "to a rise in food prices":
    the "to" joined to the harm word is no part of its name (nu30 r11)."""
    text = (
        "איגוד לשכות המסחר במצרים מתח ביקורת על ההחלטה והזהיר כי היא עלולה להוביל לעליית "
        "מחירי המזון."
    )
    assert risk_title(text, "he") == "עליית מחירי המזון"


def test_a_japanese_risk_title_is_what_is_feared_not_the_sentences_opening():
    """Japanese has no spaces: a title that is the sentence's first characters opens it as
    much as an English one opening with its first words; the harm is named after who fears
    it (輸出企業からは)."""
    feared = "輸出企業からは円高で業績が悪化するとの懸念の声が上がっている。"
    title = risk_title(feared, "ja")
    assert title.startswith("円高で業績が悪化") and not opens_with(feared, title)
    assert opens_with(feared, "輸出企業からは円高 …") and not opens_with(feared, "円高")
    # no speaker before は: the clause is whole, not cut inside a word (はしか, measles)
    measles = "はしかの流行で医療がひっ迫する恐れがある。"
    assert not risk_title(measles, "ja").startswith("しか")


def test_a_long_japanese_risk_title_is_cut_after_a_whole_word():
    """ "…警戒を呼 …" was cut inside 呼びかけた at 24 characters (a new user's)."""
    warned = (
        "気象庁は、宮崎県と熊本県で今後2日間、土砂災害や河川の氾濫のおそれがあるとして"
        "警戒を呼びかけた。"
    )
    title = risk_title(warned, "ja")
    assert title.startswith("土砂災害や河川の氾濫のおそれ") and title.endswith(" …"), title
    assert not title.removesuffix(" …").endswith("呼"), title
    # cut where a word ends, as the sentence writes it: its number, letters and marks as
    # they are (the segmenter's folded words made 2.5% 25% and GDP gdp: the review's)
    gdp = "专家警告，美国GDP增速放缓至2.5%可能引发经济衰退和大规模失业潮，市场担忧加剧。"
    title = risk_title(gdp, "zh")
    assert "GDP" in title and "2.5%" in title, title


def test_a_warning_issued_is_no_warning_of_and_a_risk_keeps_its_subject():
    """A new user's titles: "For the Murcia region" (after "an orange warning"), "A collapse
    was high and …" ("the risk of" cut before how great it is) and "Zölle in den USA
    könnten …" (the higher tariffs become tariffs)."""
    murcia = (
        "The Segura river authority warned that water levels could keep rising through the "
        "afternoon, and AEMET issued an orange warning for the Murcia region."
    )
    assert risk_title(murcia) == "Water levels could keep rising through the afternoon"
    collapse = "Officials said the risk of a collapse was high and traffic would suffer."
    assert risk_title(collapse).startswith("The risk of a collapse was high")
    tariffs = (
        "Höhere Zölle in den USA könnten die Marge im kommenden Jahr belasten, räumte "
        "Finanzvorstand Markus Brandt ein."
    )
    assert not risk_title(tariffs, "de").startswith("Zölle")


def test_what_follows_a_but_is_what_is_feared():
    """ "The strike is expected to end on Thursday morning, but the backlog may take about a
    week": the title was the reassuring clause (罢工预计于周四早晨结束: a new user's)."""
    backlog = "业内人士指出，罢工预计于周四早晨结束，但积压的集装箱可能需要一周左右才能清理完毕。"
    assert risk_title(backlog, "zh") == "积压的集装箱可能需要一周左右才能清理完毕"
    french = "Le syndicat a dit que la grève finira jeudi, mais les retards pourraient durer."
    assert risk_title(french, "fr") == "Retards pourraient durer"
    # 但 inside 但愿 ("if only") or 不但 ("not only") is no "but"
    hope = "但愿不会造成损失，专家警告洪水可能蔓延。"
    assert not risk_title(hope, "zh").startswith("愿")


def test_a_turkish_risk_title_is_what_could_happen_not_a_precaution():
    """Turkish ends its clause with the verb: what "could" happen comes before the cue
    (olabileceği). A new user's title was "Hasarlı binalara girmemesini istedi", the advice
    not to enter damaged buildings, and "hasarlı" (damaged) was read as a harm (nu31 r07)."""
    aftershock = (
        "Uzmanlar, önümüzdeki günlerde 5'in üzerinde bir artçı sarsıntı olabileceği uyarısında "
        "bulundu ve vatandaşların hasarlı binalara girmemesini istedi."
    )
    assert risk_title(aftershock, "tr") == (
        "Önümüzdeki günlerde 5'in üzerinde bir artçı sarsıntı olabileceği"
    )
    assert risk_title("Sendika, grevin uzayabileceğini söyledi.", "tr") == "Grevin uzayabileceğini"
    # before "warned" is as often the advice warned of: no title of it (the review's)
    advice = "AFAD, hasarlı binalara girilmemesi konusunda vatandaşları uyardı."
    assert not risk_title(advice, "tr")


def test_a_could_of_another_language_is_titled_with_what_may_happen():
    """ "Potrebbero risalire" (they could rise again) named no harm: the clause's subject
    opens the title (blind-day-35), as "मृतकों की संख्या बढ़ सकती है" (the toll may rise)
    does "सकती है।"."""
    italian = (
        '"Non ci aspettiamo rincari forti durante le feste, ma a gennaio i prezzi potrebbero '
        'risalire", spiega un analista.'
    )
    assert risk_title(italian, "it") == "A gennaio i prezzi potrebbero risalire"
    # from the last "that" on; and never the sentence's own opening (the review's)
    assert risk_title("Il estime que les prix pourraient augmenter.", "fr") == (
        "Les prix pourraient augmenter"
    )
    assert risk_title("A gennaio i prezzi potrebbero risalire.", "it") == "Potrebbero risalire"
    hindi = "कई घायलों की हालत गंभीर है, इसलिए मृतकों की संख्या बढ़ सकती है।"
    assert risk_title(hindi, "hi") == "इसलिए मृतकों की संख्या बढ़ सकती है।"


def test_a_risk_title_drops_the_that_of_a_warning_and_the_space_of_a_clause_cut_out():
    """blind-day-38: "That any incident paralyses air traffic", and "the 2024 walkout  and"
    where ", which lasted 56 days," was cut."""
    warned = (
        "TIA has a single 3,050-metre runway, and aviation experts have long warned that any "
        "incident paralyses air traffic."
    )
    assert risk_title(warned) == "Any incident paralyses air traffic"
    assert risk_title("That decision could trigger a trade war, analysts said.") == ""
    mirrored = (
        "Health policy analysts warn that a prolonged strike could mirror the 2024 walkout, "
        "which lasted 56 days, and the 2016–17 strike, which lasted 100 days."
    )
    assert risk_title(mirrored) == (
        "A prolonged strike could mirror the 2024 walkout and the 2016–17 strike"
    )
