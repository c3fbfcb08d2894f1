"""The kinds of event leads tell in Urdu, Tagalog, Serbian (in Latin and Cyrillic letters) and
Croatian (happening_words_ur_tl.py, _sr_hr.py), the words that only start like a cue and tell
none where the cue tells its kind, names, figures and other senses of a cue that tell no event
of its kind, Serbian's Cyrillic entries, and a results report and a recall of one company in
Serbian told apart."""

import pytest

from briefgen.happening_words_sr_hr import _sr
from briefgen.happenings import happenings
from tests.test_cluster import article
from tests.test_happenings import story_sizes


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("کراچی کی فیکٹری میں آگ لگ گئی، 5 مزدور جاں بحق", "ur", {"accident"}),
        ("اسٹیٹ بینک نے شرح سود میں 2 فیصد کمی کر دی", "ur", {"rates"}),
        ("ملتان میں 5.2 شدت کا زلزلہ، لوگ گھروں سے باہر نکل آئے", "ur", {"quake"}),
        ("تاجروں کی ملک گیر ہڑتال، بازار بند", "ur", {"strike"}),
        ("ٹویوٹا نے ایک لاکھ گاڑیاں واپس منگوا لیں", "ur", {"recall"}),
        ("پی آئی اے کے چیف ایگزیکٹو نے استعفیٰ دے دیا", "ur", {"leadership"}),
        ("سپریم کورٹ نے سابق وزیر کی ضمانت منظور کر لی", "ur", {"court"}),
        ("Sunog sa isang bodega sa Tondo, 3 sugatan", "tl", {"accident"}),
        ("Magnitude 6.1 na lindol, yumanig sa Davao Oriental", "tl", {"quake"}),
        ("Bagyong Kristine, lumakas pa ayon sa PAGASA", "tl", {"weather"}),
        ("Tigil-pasada ng mga jeepney driver, ikakasa sa Lunes", "tl", {"strike"}),
        ("Kalihim ng DOH, nagbitiw sa puwesto", "tl", {"leadership"}),
        ("BSP, ibinaba ang policy rate sa 6%", "tl", {"rates"}),
        ("Toyota, nag-recall ng 50,000 sasakyan dahil sa sirang airbag", "tl", {"recall"}),
        ("Dating alkalde, hinatulan ng Sandiganbayan sa kasong graft", "tl", {"court", "scandal"}),
        ("Požar u fabrici u Kruševcu, povređena dva radnika", "sr", {"accident"}),
        ("Пожар у фабрици у Крушевцу, повређена два радника", "sr", {"accident"}),
        ("NBS zadržala referentnu kamatnu stopu na 6 odsto", "sr", {"rates"}),
        ("Земљотрес јачине 4,5 степени по Рихтеру погодио Краљево", "sr", {"quake"}),
        ("Štrajk prosvetara ulazi u treću nedelju", "sr", {"strike"}),
        ("Директор ЕПС-а поднео оставку", "sr", {"leadership"}),
        ("Tojota poziva 100.000 automobila na servis", "sr", {"recall"}),  # words apart
        ("Хитно се повлачи из продаје дечја храна", "sr", {"recall"}),
        ("Potres magnitude 5,5 pogodio Petrinju", "hr", {"quake"}),
        ("HNB: kamatne stope ostaju nepromijenjene", "hr", {"rates"}),
        ("Požar u tvornici u Karlovcu, ozlijeđena dva radnika", "hr", {"accident"}),
        # Serbian in Latin letters, which the language detector reads as Bosnian
        ("Štrajk u Železari Smederevo, proizvodnja stala", "bs", {"strike"}),
        ("Zemljotres jačine 4,2 pogodio Kraljevo", "bs", {"quake"}),
        ("Štrajk liječnika u KBC-u Zagreb", "hr", {"strike"}),
        ("Ministar zdravstva podnio ostavku", "hr", {"leadership"}),
        ("Vlada poslala Saboru prijedlog proračuna", "hr", {"budget"}),
        ("USKOK podigao optužnicu protiv bivšeg ministra", "hr", {"court", "scandal"}),
        # a case a stem gave, and a word it did not (napadaj, Croatian's attack)
        ("Rusija pojačala napade dronovima na Kijev", "sr", {"attack"}),
        ("Napadaj nožem u zagrebačkom tramvaju", "hr", {"attack"}),
        ("Lift u bolnici već tri dana u kvaru", "hr", {"outage"}),
        # what a phrase that now stands for a word still tells: hail, not a brawl; a plane,
        # not a government, fell; a runoff, not a tournament's round
        ("Tuča veličine oraha poharala Slavoniju", "hr", {"weather"}),
        ("Srušio se mali avion kod Vršca", "sr", {"accident"}),
        ("Drugi krug predsjedničkih izbora održat će se u siječnju", "hr", {"vote"}),
        ("Opozicija predala zahtev za nepoverenje Vladi", "sr", {"vote"}),
        ("Položen kamen temeljac za novu bolnicu u Osijeku", "hr", {"opening"}),
        ("Heneral, itinalaga bilang hepe ng PNP", "tl", {"leadership"}),
        # Urdu as some sources type it: ۓ one letter; Arabic ي ك ه
        ("ملزم کو سزاۓ موت کا حکم", "ur", {"court"}),
        ("تاجروں كي ملك گير هڑتال، بازار بند", "ur", {"strike"}),
    ],
)
def test_the_kinds_of_event_a_lead_tells(text, language, kinds):
    assert happenings(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "cue", "language", "kind"),
    [  # a word that only starts like a cue tells nothing, where the cue tells its kind
        ("مہنگائی کا طوفان، عوام پریشان", "سمندری طوفان ساحل سے ٹکرا گیا", "ur", "weather"),
        ("وزیراعظم کی طبیعت ناساز، دورہ ملتوی", "ناسا کا نیا مشن چاند کی طرف روانہ", "ur", "space"),
        (
            "یوم تکبیر: ایٹمی دھماکوں کی سالگرہ",
            "گیس سلنڈر کے دھماکے سے مکان تباہ",
            "ur",
            "accident",
        ),
        ("ٹیکسٹائل کی برآمدات میں اضافہ", "حکومت نے پٹرول پر نیا ٹیکس لگا دیا", "ur", "budget"),
        (
            "Sumabog sa galit ang senador sa pagdinig",
            "Sumabog ang tangke ng gas sa restawran",
            "tl",
            "accident",
        ),
        (
            "Buwis-buhay na pagtawid ng mga estudyante sa ilog",
            "Dagdag na buwis sa sigarilyo, aprubado",
            "tl",
            "budget",
        ),
        (
            "Nahawakan ng mga bata ang kamay ng Santo Papa",
            "Tatlong nars, nahawa ng tigdas",
            "tl",
            "outbreak",
        ),
        (
            "Vatrogasci Požarevca dobili nova vozila",
            "Požar u Požarevcu ugašen posle tri sata",
            "sr",
            "accident",
        ),
        (
            "Обележена годишњица акције Олуја",
            "Олуја погодила Београд, оборено дрвеће",
            "sr",
            "weather",
        ),
        (
            "Radovi na novom mostu privedeni kraju",
            "Osumnjičeni za ubistvo priveden u policiju",
            "sr",
            "scandal",
        ),
        (
            "Lavina kritika na račun ministra",
            "Lavina zatrpala skijaše u Alpima",
            "sr",
            "weather",
        ),
        ("Ministar izazvao političku oluju", "Oluja počupala drveće u Zagrebu", "hr", "weather"),
        ("Knin slavi 30. godišnjicu Oluje", "Oluja počupala drveće u Zagrebu", "hr", "weather"),
        ("Trideset godina od Oluje", "Oluja počupala drveće u Zagrebu", "hr", "weather"),
        (
            "Dan sećanja na stradale u Oluji",
            "Oluja pogodila Beograd, oboreno drveće",
            "sr",
            "weather",
        ),
        (  # Croatian's potres, a quake, is Bosnian's too
            "Potresi na berzi nakon odluke Feda",
            "Potres magnitude 4,1 pogodio Mostar",
            "bs",
            "quake",
        ),
        ("Projekt osuđen na propast", "Bivši župan osuđen na pet godina", "hr", "court"),
        ("Sudar titana u Beogradu", "Sudar autobusa i kamiona kod Niša", "sr", "accident"),
        (
            "Fudbalski sudija Mažić završio karijeru",
            "Sudija odbio zahtev odbrane",
            "sr",
            "court",
        ),
        (
            "Nogometni sudac Strahonja završio karijeru",
            "Sudac odbio zahtjev obrane",
            "hr",
            "court",
        ),
        ("Napadaj panike usred leta", "Napadaj nožem u zagrebačkom tramvaju", "hr", "attack"),
        (
            "انضمام الحق پاکستان ٹیم کے چیف سلیکٹر مقرر",
            "دو بینکوں کے انضمام کی منظوری",
            "ur",
            "takeover",
        ),
        ("طوفان الاقصیٰ کی دوسری برسی", "سمندری طوفان ساحل سے ٹکرا گیا", "ur", "weather"),
        ("ملک میں سیاسی طوفان، حکومت مشکل میں", "سمندری طوفان ساحل سے ٹکرا گیا", "ur", "weather"),
        (
            "راولپنڈی کے سیٹلائٹ ٹاؤن میں نیا پارک",
            "چین نے نیا سیٹلائٹ خلا میں بھیج دیا",
            "ur",
            "space",
        ),
        (
            "پی ٹی آئی کی فائنل کال، کارکن اسلام آباد روانہ",
            "پاکستان ورلڈ کپ کے فائنل میں پہنچ گیا",
            "ur",
            "sport",
        ),
        ("Деда Мраз делио пакетиће деци", "Мраз и снег у целој Србији", "sr", "weather"),
        (
            "Obilježena obljetnica Oluje u Kninu",
            "Oluja na Jadranu, trajekti ostali u lukama",
            "hr",
            "weather",
        ),
        (
            "Djed Mraz stigao na Trg bana Jelačića",
            "Mraz i poledica na cestama u Lici",
            "hr",
            "weather",
        ),
        (
            "Ovo je prvenstveno pitanje povjerenja",
            "Europsko prvenstvo u rukometu počinje u petak",
            "hr",
            "sport",
        ),
        (
            "Nesrećan kraj sezone za Rijeku",
            "Teška nesreća na A1, dvoje poginulih",
            "hr",
            "accident",
        ),
    ],
)
def test_words_that_only_look_like_a_kind_of_event_tell_none(text, cue, language, kind):
    assert happenings(text, language) == set()
    assert happenings(cue, language) == {kind}


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [  # a cue's other senses, names it starts, figures: no event, or of the right kind only
        ("Masovna tuča u Splitu, tri mladića ozlijeđena", "hr", set()),  # a brawl, not hail
        ("Nagrada Danilo Kiš uručena u Beogradu", "sr", set()),
        ("Председница Молдавије у Кишињеву примила делегацију", "sr", set()),
        ("Mitrović presudio Partizanu u 90. minutu", "sr", set()),  # decided a match
        ("Đoković prošao u drugi krug Vimbldona", "sr", set()),
        ("Prvak HDZ-a Plenković najavio rekonstrukciju Vlade", "hr", set()),  # a party's leader
        ("Srušila se vladajuća koalicija u Crnoj Gori", "sr", set()),
        ("Potresi na berzi posle odluke Feda", "sr", set()),  # Serbian's potres, a shock
        ("Bujica uvreda na društvenim mrežama", "hr", set()),
        ("Građani izrazili nepoverenje u institucije", "sr", set()),
        ("Kompanija najavila povlačenje sa tržišta Rusije", "sr", set()),  # leaving a market
        ("Ovaj sporazum je kamen temeljac saradnje", "sr", set()),
        ("Srbija kupuje Gripen lovce", "sr", set()),
        ("Hajduković produžio ugovor s Rijekom", "hr", set()),
        ("جامعہ کراچی کے نئے ریکٹر کا تقرر", "ur", set()),  # a rector
        ("حکومت نے سرمایہ کاروں کو تحفظ کی ضمانت دی", "ur", set()),  # a guarantee, not bail
        ("بجٹ تجاویز فائنل کر لی گئیں", "ur", {"budget"}),  # finalised
        ("بابر اعظم کی چھکوں کی بارش", "ur", set()),  # a shower of sixes
        ("عوام کا اداروں پر عدم اعتماد", "ur", set()),
        ("Marcos, landslide na panalo sa halalan", "tl", {"vote"}),
        ("Mahigit 5,000 pulis, itinalaga sa mga simbahan", "tl", set()),  # deployed
        ("Ang yumaong senador, pinarangalan ng Senado", "tl", set()),  # the late senator
        ("Banggaan ng Marcos at Duterte, umiinit", "tl", set()),
    ],
)
def test_other_senses_of_a_cue_tell_no_event_of_its_kind(text, language, kinds):
    assert happenings(text, language) == kinds


def test_serbian_entries_are_given_in_cyrillic_too_a_marked_pair_as_two_letters():
    """nj and dž are one Cyrillic letter each (њ, џ), but where "|" parts them (in|jekcij,
    an injection; nad|živ, outlive); a foreign word stays in Latin letters."""
    assert _sr("njiva budžet in|jekcij nad|živ wifi") == (
        "njiva budžet injekcij nadživ wifi њива буџет инјекциј наджив"
    )


def test_one_serbian_carmaker_s_results_and_its_recall_are_two_stories():
    """Serbian had no cue words: one carmaker's results and its recall, a report each and
    nothing else in the batch, were one story (the company, its city and its chief in
    common)."""
    results = article(
        "https://biznis.example.rs/rezultati",
        "Произвођач аутомобила Дунав ауто остварио је нето добит од 4,1 милијарду динара у "
        "трећем кварталу, што је 12 одсто више него годину раније, саопштила је компанија у "
        "Крагујевцу. Генерални директор Марко Јанковић рекао је да ће марже расти и наредне "
        "године.",
        title="Дунав ауто: нето добит у трећем кварталу порасла 12 одсто",
    )
    recall = article(
        "https://auto.example.rs/servis",
        "Дунав ауто позива на сервис 41.000 возила због неисправних сензора кочница, саопштила "
        "је компанија у Крагујевцу. Генерални директор Марко Јанковић рекао је да је недостатак "
        "откривен на интерним тестовима.",
        minutes=90,
        title="Дунав ауто позива 41.000 возила на сервис",
    )
    assert story_sizes("sr", results, recall) == [1, 1]
