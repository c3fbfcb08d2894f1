"""Who takes a stance in a sentence, and which, in the languages besides English with cue
words (summarize/lang_cues.py): the actor and the stance of one sentence, and the section it
is filed in."""

import pytest

from briefgen.summarize import lang_actors, lang_cues
from briefgen.summarize.cues import classify
from briefgen.summarize.sentences import Sentence


@pytest.mark.parametrize(
    ("lang", "sentence", "kind", "actor", "stance"),
    [
        ("de", "Die Opposition kritisierte das Verfahren scharf.", "reaction", "Die Opposition",
         "oppose"),
        ("de", "„Das ist ein guter Tag für alle Mieter im Land“, sagte Weber.",
         "reaction", "Weber", "neutral"),
        ("de", "Experten warnen, dass der Sturm schwere Schäden anrichten könnte.", "risk",
         "Experten", "concern"),
        ("de", "Der Sturm hat in der Nacht schwere Schäden an Dächern verursacht.",
         "development", "", "neutral"),
        ("fr", "Les syndicats ont dénoncé une décision prise sans concertation.", "reaction",
         "Les syndicats", "oppose"),
        ("es", "El alcalde celebró la llegada de la nueva línea de metro al barrio.",
         "reaction", "El alcalde", "support"),
        ("ar", "وقال وزير المالية إن الميزانية الجديدة ستدعم الأسر الفقيرة.", "development",
         "وزير المالية", "neutral"),
        # a ministry explaining its decision to cut fuel subsidies (دعم الوقود) supports
        # nothing: دعم is a subsidy as often as "supported" (nu30 r08)
        ("ar", "وقالت وزارة البترول إن القرار يأتي في إطار خطة لخفض دعم الوقود.",
         "development", "وزارة البترول", "neutral"),
        ("ar", "وحذر خبراء الاقتصاد من أن ارتفاع الأسعار قد يؤدي إلى موجة من الإفلاس.",
         "risk", "خبراء الاقتصاد", "concern"),
        # "that it" (إنها) ends the speaker as "that" (إن) does
        ("ar", "وقالت الشركة إنها ستستأنف الحكم.", "development", "الشركة", "neutral"),
        # a suspected cause (आशंका beside वजह, cause) is no feared harm; के before अनुसार
        # ("according to") is no part of who says it
        ("hi", "पुलिस के अनुसार आग लगने की वजह शॉर्ट सर्किट होने की आशंका है।",
         "development", "पुलिस", "neutral"),
        ("hi", "मौसम विभाग ने भारी बारिश से बाढ़ की आशंका जताई है।", "risk", "मौसम विभाग",
         "concern"),
        # a cue word is a word's start: बंद (shut) is not in पाबंदी (a ban), whose vowel sign
        # before it is part of the word ("lifting the ban may raise farmers' income")
        ("hi", "निर्यात पर पाबंदी हटने से किसानों की आय बढ़ सकती है।", "development", "",
         "neutral"),
        ("ja", "政府は新しい計画を歓迎すると表明し、支援の拡大を約束した。", "reaction",
         "政府", "support"),
        # who fears it is the exporters, not "from the exporters" (から)
        ("ja", "輸出企業からは円高で業績が悪化するとの懸念の声が上がっている。", "risk",
         "輸出企業", "concern"),
        ("zh", "专家警告，持续干旱可能导致粮食减产。", "risk", "专家", "concern"),
        # 升级 alone is an upgrade; a conflict that escalates is a threat
        ("zh", "小米宣布手机系统升级。", "development", "小米", "neutral"),
        ("zh", "分析人士指出，冲突升级将推高油价。", "risk", "分析人士", "neutral"),
        ("ru", "Оппозиция раскритиковала новый закон о выборах.", "reaction", "Оппозиция",
         "oppose"),
        ("ko", "야당은 정부의 예산안을 강하게 비판했다.", "reaction", "야당", "oppose"),
        ("sv", "Regeringen varnade för att stormen kan orsaka stora skador.", "development",
         "", "neutral"),
        # a phrase of place or time before the subject, a cleft "that", the verb second
        ("fr", "C'est à Francfort que la direction a dénoncé la grève des pilotes.",
         "reaction", "La direction", "oppose"),
        ("fr", "Dans un communiqué l'entreprise a dénoncé une grève « illégale ».",
         "reaction", "L'entreprise", "oppose"),
        ("de", "In Frankfurt kritisierte die Gewerkschaft die Entscheidung scharf.",
         "reaction", "Die Gewerkschaft", "oppose"),
        ("nl", "In Amsterdam bekritiseerde de burgemeester het besluit van de regering.",
         "reaction", "De burgemeester", "oppose"),
        ("es", "En Madrid el alcalde celebró la llegada de la nueva línea de metro.",
         "reaction", "El alcalde", "support"),
        # who the subject is between commas; the verb second, then a preposition; regret
        ("fr", "À Nantes, Jean Dupuis, porte-parole du collectif, a dénoncé des « mensonges ».",
         "reaction", "Jean Dupuis", "oppose"),
        ("de", "In Altona kritisierten Anwohner vor allem die Stadtreinigung.", "reaction",
         "Anwohner", "oppose"),
        ("fr", "La directrice de l'hôpital a regretté une grève qui pénalise les patients.",
         "reaction", "La directrice de l'hôpital", "concern"),
        # "a" is an article in Portuguese, "que" relative outside a cleft, "bedauerlich" no
        # regret of anyone's
        ("pt", "A ministra criticou a decisão do governo.", "reaction", "A ministra",
         "oppose"),
        ("es", "El sindicato que representa a los pilotos criticó la decisión.", "reaction",
         "El sindicato que representa a los pilotos", "oppose"),
        ("de", "Bedauerlicherweise wurde das Spiel abgesagt.", "development", "", "neutral"),
        ("de", "Mehr als 300 geplante Operationen wurden verschoben.", "development", "",
         "neutral"),
        ("de", "Die Eröffnung der Linie ist für März geplant.", "outlook", "", "neutral"),
        # who takes the stance is the subject of its verb, not the source that tells it
        ("es", "Según fuentes cercanas, el consejo rechazó su plan de cerrar la planta.",
         "reaction", "El consejo", "oppose"),
        ("es", "Según el ministro, la medida es necesaria.", "development", "El ministro",
         "neutral"),
        ("it", "Secondo fonti vicine al dossier, il sindacato ha criticato la decisione.",
         "reaction", "Il sindacato", "oppose"),
        ("ja", "関係者によると、取締役会は計画に反対した。", "reaction", "取締役会", "oppose"),
        # ... but not a word of a clause without a subject of its own (the review's)
        ("es", "Según la policía, hubo protestas en el centro.", "reaction", "La policía",
         "oppose"),
        ("it", "Secondo la polizia, le proteste sono continuate.", "reaction", "La polizia",
         "oppose"),
        # the stance inside the subject, before its particle ("the two who opposed"): the
        # actor was cut after it, "した2人の審議委員は"
        ("ja", "反対した2人の審議委員は、海外経済の不確実性を理由に挙げた。", "reaction",
         "反対した2人の審議委員", "oppose"),
        # the subject of the verb's own clause, not the sentence's topic (利上げ, the hike);
        # a count of members names nobody: a vote, no reaction (a new user's)
        ("ja", "利上げは9人のうち8人の賛成による決定で、1人が反対した。", "development", "",
         "oppose"),
        ("ja", "市長は、労働組合が反対したと述べた。", "reaction", "労働組合", "oppose"),
        # ... but not one inside what is said (と): 円安 is what Toyota fears (the review's)
        ("ja", "トヨタ自動車は、円安が続けば部品価格が上がると懸念を示した。", "reaction",
         "トヨタ自動車", "concern"),
        # a title, then the name between commas: both (the name met the English report's)
        ("es", "La ministra de Hacienda, Lucía Ferrer, celebró la votación.", "reaction",
         "La ministra de Hacienda, Lucía Ferrer", "support"),
        # ... the name alone when both are too long for an actor (it was "La medida")
        ("es", "El ministro de Asuntos Exteriores, José Manuel Albares, criticó la medida.",
         "reaction", "José Manuel Albares", "oppose"),
        # the actor without its place's particle (업계에서는: "in the industry")
        ("ko", "업계에서는 투자 회수가 늦어질 수 있다는 우려도 나온다.", "reaction", "업계",
         "concern"),
        # the subject before a bracket that names it again, not the object after the verb
        ("de", "Der Verkehrsclub Österreich (VCÖ) kritisierte die Erhöhung scharf.",
         "reaction", "Der Verkehrsclub Österreich", "oppose"),
        # who speaks is outside the quote; what the quote says is the stance
        ("de", "„Wir werden diesen Kahlschlag nicht hinnehmen“, sagte Bezirksleiter Jürgen "
         "Kessler.", "reaction", "Bezirksleiter Jürgen Kessler", "oppose"),
        ("de", "Die IG Metall kündigte Widerstand an.", "reaction", "Die IG Metall", "oppose"),
        # ... and ends before a place after it, but not at a name's particles (nu30 r08)
        ("de", "„Die Arbeitgeber haben uns keine andere Wahl gelassen“, sagte "
         "Verdi-Verhandlungsführerin Maren Kolbeck vor dem Burchardkai.", "reaction",
         "Verdi-Verhandlungsführerin Maren Kolbeck", "neutral"),
        ("de", "„Wir haben Wort gehalten“, sagte Kommissionspräsidentin Ursula von der Leyen "
         "in Brüssel.", "reaction", "Kommissionspräsidentin Ursula von der Leyen", "neutral"),
        ("de", "„Das ist ein Fehler“, sagte Merz zu Journalisten.", "reaction", "Merz",
         "neutral"),
        ("nl", "„Dit is goed nieuws”, zei minister De Jonge.", "reaction", "Minister De Jonge",
         "support"),
        # the subject ends at its auxiliary; "rejets" (discharges) is no verb of rejecting
        ("fr", "Des associations environnementales ont toutefois mis en garde contre les "
         "rejets de saumure, qui pourraient nuire à la faune marine.", "risk",
         "Des associations environnementales", "concern"),
        # the subject after the verb ends before a preposition joined to its noun
        ("ar", "ورحب اتحاد الصناعات المصرية بالقرار، وقال رئيسه إن الخفض سيشجع الاستثمار.",
         "reaction", "اتحاد الصناعات المصرية", "support"),
        # the speaker after the verb ends before a preposition (a new user's actor was "...
        # Эльвира Набиуллина на пресс-конференции")
        ("ru", "«Мы допускаем дальнейшее снижение ставки», — заявила председатель Банка России "
         "Эльвира Набиуллина на пресс-конференции.", "reaction",
         "Председатель Банка России Эльвира Набиуллина", "neutral"),
        # "celebrar" a hearing or a vote is to hold it: no reaction (a new user's "support")
        ("es", "Un tribunal laboral celebrará el martes una audiencia de conciliación.",
         "development", "", "neutral"),
        ("es", "La votación se celebró el martes en el Congreso.", "development", "", "neutral"),
        ("pt", "A empresa vai celebrar um contrato com a prefeitura.", "development", "",
         "neutral"),
        # a vote's tally is nobody's reaction (a new user's actors "2票" and "決定")
        ("zh", "此次决议以7票赞成、2票反对通过。", "development", "", "neutral"),
        ("ja", "決定は賛成7、反対2だった。", "development", "", "neutral"),
        # ... but a number after 反对 with another counter is what is opposed (a review's)
        ("zh", "市政府反对3家企业合并。", "reaction", "市政府", "oppose"),
        ("it", "Detto questo, i sindacati hanno criticato il piano.", "reaction", "I sindacati",
         "oppose"),
        ("ja", "佐藤愛子審議委員と森健二審議委員が反対した。", "reaction",
         "佐藤愛子審議委員と森健二審議委員", "oppose"),
        # words of praise are support, and "ha detto" says who speaks (was "neutral")
        ("it", "«È una giornata storica per il Mezzogiorno e per tutto il Paese», ha detto il "
         "ministro Giorgio Ferraris.", "reaction", "Il ministro Giorgio Ferraris", "support"),
        # ... though no verb: "dobra wiadomość" names no one who says it
        ("pl", "Prezes Anna Kowalczyk oceniła: To dobra wiadomość dla firm.", "development", "",
         "support"),
        ("de", "Das ist keine gute Nachricht für die Mieter, sagte Weber.", "development",
         "Weber", "neutral"),  # praise denied
        # a harm said to be unlikely is no risk; a concern denied is none (nu34 r06)
        ("zh", "当局表示，此次地震引发海啸的可能性不大。", "development", "当局", "neutral"),
        ("ko", "일본 기상당국은 쓰나미 우려는 없다고 밝혔다.", "development", "일본 기상당국",
         "neutral"),
        # a name in quotes is part of its subject, a light verb is not (nu34 r12: the actor
        # was "Выразила", expressed); nor is what a coverb or an opening adverb starts
        ("ru", "Экологическая организация «Зелёная Обь» выразила обеспокоенность и потребовала "
         "независимой проверки.", "reaction", "Экологическая организация «Зелёная Обь»",
         "concern"),
        ("de", "Die Initiative „Rettet den Wald“ kritisierte den Plan.", "reaction",
         "Die Initiative „Rettet den Wald“", "oppose"),
        ("fr", "« Nous irons jusqu'au bout » a déclaré la CGT.", "reaction", "La CGT",
         "neutral"),  # what is said, at the sentence's start, is no name
        ("zh", "合肥市政府对该项目表示欢迎。", "reaction", "合肥市政府", "support"),
        ("ko", "반면 서울상인연합회는 이번 조치에 강하게 반대했다.", "reaction", "서울상인연합회",
         "oppose"),
        # who "spoke of a disproportionate escalation" opposes; no risk (blind-day-36)
        ("de", "Personalvorständin Kerstin Albrecht sprach von einer „vollkommen "
         "unverhältnismäßigen Eskalation“.", "reaction", "Personalvorständin Kerstin Albrecht",
         "oppose"),
        ("de", "Die Bahn nannte den Streik „völlig unverhältnismäßig“.", "reaction",
         "Die Bahn", "oppose"),
        # a determiner alone before the cue: the cue is a noun, and the subject (the
        # actors were "La" and "L'")
        ("es", "La preocupación se traslada ahora a la Sierra Sur, donde podría llover más.",
         "development", "", "concern"),
        ("fr", "Sur le terrain, l'inquiétude gagne déjà les voyageurs.", "development", "",
         "concern"),
        # shelters ("pontos de apoio") support nothing, and a satellite's use in disaster
        # management threatens nothing (blind-day-37: a reaction and a risk)
        ("pt", "A prefeitura informou que 23 pontos de apoio estão abertos e recebem doações "
         "de água.", "development", "", "neutral"),
        ("pt", "O ministro apoiou a proposta do governo.", "reaction", "O ministro", "support"),
        ("hi", "इसका उपयोग फसलों की निगरानी, शहरी नियोजन और आपदा प्रबंधन में किया जाएगा।",
         "outlook", "", "neutral"),
    ],
)  # fmt: skip
def test_classify_in_other_languages(lang, sentence, kind, actor, stance):
    s = Sentence(text=sentence, article=0, position=3, lang=lang)
    found = lang_actors.speakers([s])[0]
    assert found == actor
    assert classify(s, found) == kind
    assert lang_cues.stance(sentence, lang) == stance or not lang_cues.has_cues(lang)


def test_a_concern_denied_is_none_but_one_not_hidden_is_voiced():
    """A denial just before the word denies it ("keine Sorge"); one that denies a verb
    before it does not ("did not hide her concern", the review's)."""
    assert lang_cues.stance("Die Anwohner haben keine Sorge.", "de") == "neutral"
    for text, lang in (
        ("La ministra no ocultó su preocupación por los daños.", "es"),
        ("Le maire ne cache pas son inquiétude face aux dégâts.", "fr"),
        ("専門家は懸念を隠さなかった。", "ja"),
        ("专家不无担忧地表示。", "zh"),
    ):
        assert lang_cues.stance(text, lang) == "concern", text
