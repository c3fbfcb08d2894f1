"""Cue words of news prose in 17 languages besides English (English: `cues.py`, `actors.py`):
the ten of Europe here, Arabic, Hebrew, Persian, Hindi, Chinese, Japanese and Korean in
`cue_words_asia.py`.

Each entry is the start of a word (a stem: "warn" finds warnte, Warnung, warnen), "_" stands
for a space (so "geplant_", "geplant." and "geplant," are the whole word, not "geplante");
in Chinese and Japanese an entry is found anywhere (no spaces between words).
The lists are short on purpose: a cue must rarely mean anything else in news. Kinds:

- warn: announces a possible harm (warns, threatens, fears, risk of, danger)
- modal: could / may / might; harm: what the harm is (damage, shortages, losses, war ...)
- negator: denies a warning up to two words after it ("aucun risque", "keine Gefahr",
  "no hay riesgo", 没有...风险; in Japanese the verb after it denies it: 恐れはありません):
  no risk then (`deniable`: the warning cues it can deny, when not all of them)
- threat: an explicit threat of escalation, a risk by itself
- measure: a state declared in a harm's name ("zona de catástrofe", "Katastrophengebiet"),
  a response, not a harm: left out of the tests
- outlook: what comes next (will, is expected to, next week)
- speech: neutral verbs of saying; support / oppose / concern: an actor's stance
- according: the speech cues that name a source ("según fuentes cercanas, el consejo
  rechazó ..."): where a stance verb follows, its subject is who takes the stance
- pronoun: a speaker named in an earlier sentence ("sagte sie")
- aux: auxiliaries between an actor and its verb ("Il ministro ha criticato"), and
  postpositions (Hindi के in "पुलिस के अनुसार", according to the police)
- suspicion: warning words that, in a sentence that names a `cause`, tell a suspected cause,
  not a feared harm (Hindi आशंका: "the cause is suspected to be a short circuit")
- that, cleft: in a cleft ("C'est à Francfort que la direction a annoncé"), opened by a
  `cleft` word, the actor is what follows "that" (elsewhere "that" is relative: "le
  collectif que dirige Jean Dupuis a dénoncé")
- lead_in: prepositions and adverbs that open a phrase of place or time, no actor ("En
  France le gouvernement a annoncé"); `determiner` opens the actor after such a phrase;
  `v2` (German, Dutch: the verb comes second) the determiners of the subject that then
  follows the verb ("In Frankfurt kritisierte die Gewerkschaft die Entscheidung"), which
  ends before a `v2_end` preposition ("warnten Anwohner vor Ratten")

`actor` says where a sentence names who speaks: "before" the verb (the clause's subject),
"after" it (Arabic opens with the verb: وقال الوزير), or "marker": up to a subject or topic
particle (Japanese は/が, Korean 은/는/이/가, Hindi ने). `clitic` are prefixes written
joined to a word (Arabic و "and", ب "with"; Hebrew ה "the", ו "and"); `actor_end` ends an
actor named after its verb (Arabic إن "that", عن "about").
"""

from __future__ import annotations

from briefgen.summarize.cue_words_asia import ASIA

EUROPE: dict[str, dict[str, str]] = {
    "de": {
        "warn": "warn droh befürcht fürcht gefahr gefährd risik besorg bedroh",
        "modal": "könnte dürfte möglicherweise droht drohen",
        "negator": "kein keine keinen keinem keiner",
        "harm": "schäd schaden ausfäll ausfall engpäss engpass mangel stromausf blackout "
        "verlust pleite insolven rezession todesopf verletz überschwemm hochwasser zerstör "
        "schließung stilllegung verzöger stellenabbau entlass preissteig teurer inflation "
        "hunger krise krieg konflikt angriff streik sanktion zöll eskal vergelt unruh gewalt "
        "katastroph einbruch einbrech mehrkosten belastung",
        "threat": "eskalation vergeltung katastroph atomwaff",
        "measure": "katastrophengebiet katastrophenfall katastrophenalarm katastrophenzustand "
        "katastrophenschutz katastrophenhilfe",  # a disaster agency or relief: a response
        "outlook": "wird werden voraussichtlich soll_ sollen geplant_ geplant. geplant, plant "
        "nächste in_den_kommenden bis_ende frist",
        "speech": "sagte sagt_ erklärte betonte meinte fügte_ äußerte teilte_ kündigte "
        "sprach_von spricht_von nannte nennt_",
        "support": "begrüß lobt lobte unterstütz befürwort verteidig",
        "praise": "gute_nachricht meilenstein historischer_tag schritt_nach_vorn",
        "oppose": "kritisier verurteil lehnt_ab lehnte ablehn protestier empört bemängel "
        "widersprach nicht_hinnehmen nicht_akzeptieren inakzeptabel widerstand_an "
        "widerstand_gegen unverhältnismäßig",
        "concern": "warnt warnte warnen besorg befürcht zweifel skeptisch bedenken bedauert "
        "bedauern",
        "pronoun": "er sie es wir",
        "that": "dass",
        "lead_in": "in im am an auf nach bei seit mit zum zur aus laut während gestern heute",
        "v2_end": "vor über gegen für um von zu",
        "v2": "der die das den dem des ein eine einen einem einer",
        "actor": "before",
    },
    "fr": {
        "warn": "avert menac craint craign risque_de risque_d risquent risquerait danger "
        "inquiét mettre_en_péril",
        "modal": "pourrait pourraient risque_de risquent",
        "negator": "aucun aucune pas_de pas_d'",
        "harm": "dégât dommage pénurie coupure panne effondr escalad représaill perte "
        "faillite récession victime mort_ blessé inond détru fermeture retard licenci "
        "hausse_des_prix flambée inflation famine crise guerre conflit attaque grève "
        "sanction droits_de_douane violence catastroph pollu paralys nuir",
        "threat": "escalade représailles catastroph arme_nucléaire armes_nucléaires",
        "measure": "état_de_catastrophe état_de_catastrophe_naturelle état_d'urgence "
        "état_de_calamité",
        "outlook": "sera seront devrait devraient doit_ prévu prochain prochaine dans_les_"
        "semaines à_venir d'ici",
        "speech": "déclar affirm indiqu expliqu soulign ajout annonc estim selon",
        "according": "selon",
        "support": "salu félicit soutien soutenu défend applaud",
        "praise": "bonne_nouvelle journée_historique pas_en_avant",
        "oppose": "dénonc critiqu condamn rejeté rejette rejeter s'oppos protest accus",
        "concern": "inquiét inquièt préoccup craign craint averti met_en_garde mettent_en_garde "
        "mis_en_garde "
        "regrette regretté déplore déploré",
        "pronoun": "il elle ils elles",
        "that": "que qu'",
        "cleft": "c'est",
        "lead_in": "à au aux en dans après avant depuis lors pour sur sous chez vers pendant "
        "malgré",
        "determiner": "le la les l' un une des du au aux ce cette ces son sa ses leur leurs",
        "aux": "a ont",
        "actor": "before",
    },
    "es": {
        "warn": "advirt advier advert amenaz teme temen temor temí temió temier temía temían "
        "riesgo_de peligro pone_en_peligro alert",
        "modal": "podría podrían puede_provocar pueden_provocar",
        "negator": "ningún ninguna no_hay no_existe",
        "harm": "daño dañad derrumb escasez apagón apagones corte pérdida quiebra recesión "
        "muert herid inundac destru cierre retras despid subida_de_precios aumento_de_precios "
        "inflación hambruna crisis guerra conflicto ataque huelga sancion arancel "
        "violencia catástrof escalad represalia contamina hund desplom paraliz",
        "threat": "escalada represalia catástrof armas_nucleares",
        "measure": "zona_de_catástrofe estado_de_catástrofe zona_catastrófica estado_de_emergencia",
        "outlook": "será serán prevé previsto está_previsto próxim se_espera a_partir_de "
        "en_las_próximas plazo",
        "speech": "dijo afirmó declaró señaló explicó indicó añadió aseguró subrayó anunció según",
        "according": "según",
        "support": "celebr elogi aplaudi respald apoy defendi",
        "praise": "buena_noticia buenas_noticias día_histórico paso_adelante",
        "oppose": "critic conden rechaz denunci protest acus",
        "concern": "advirtió preocup alert lament teme",
        "pronoun": "él ella ellos",
        "that": "que",
        "lead_in": "en a al tras desde durante para con ante sobre",
        "cleft": "es fue",
        "determiner": "el la los las un una unos unas su sus este esta estos estas",
        "aux": "ha han",
        "actor": "before",
    },
    "it": {
        "warn": "avvert minacc teme temon temut timore_ timori_ rischi pericol allarm "
        "mette_a_rischio",
        "modal": "potrebbe potrebbero rischia",
        "negator": "nessun nessuna non_c'è non_ci_sono non_esiste",
        "harm": "dann carenz blackout interruz perdit fallim recession mort feriti "
        "alluvion distru chiusur ritard licenzi aumento_dei_prezzi rincar inflazion "
        "crisi guerra conflitt attacc sciopero sanzion dazi violenz catastrof escalation "
        "ritorsion inquina",
        "threat": "escalation ritorsion catastrof armi_nucleari",
        "measure": "stato_di_calamità stato_di_emergenza stato_di_catastrofe",
        "outlook": "sarà saranno dovrebbe previst prossim entro nelle_prossime scadenza",
        "speech": "dichiar affer spieg sottoline aggiun annunci secondo ha_detto hanno_detto dice_",
        "according": "secondo",
        "support": "accolt accogl elogi sostien sostenut difes difend plaud",
        "praise": "buona_notizia giornata_storica passo_avanti",
        "oppose": "critic condann respin protest accus contest",
        "concern": "preoccup avvert teme timor rammaric deplora",
        "pronoun": "lui lei loro",
        "that": "che",
        "lead_in": "a in nel nella nei negli al alla dopo durante per con da dal dalla su sul",
        "cleft": "è fu",
        "determiner": "il lo la l' i gli le un uno una un' suo sua suoi sue questo questa",
        "aux": "ha hanno",
        "actor": "before",
    },
    "pt": {
        "warn": "alert advert ameaç teme temem temor temia temiam risco_de perigo põe_em_risco",
        "modal": "poderia poderiam pode_causar podem_causar",
        "negator": "nenhum nenhuma não_há não_existe",
        "harm": "dano escassez apagão apagões corte perda falência recessão mort ferid "
        "inundaç enchent destru fechamento encerramento atras demiss aumento_de_preços "
        "inflação fome crise guerra conflito ataque greve sanç tarifa violência "
        "catástrof escalada retaliaç contamina",
        "threat": "escalada retaliaç catástrof armas_nucleares",
        "measure": "estado_de_calamidade estado_de_emergência situação_de_emergência "
        "zona_de_catástrofe",
        "outlook": "será serão deve_ devem_ previst próxim a_partir_de nas_próximas prazo",
        "speech": "disse afirmou declarou explicou ressaltou acrescentou anunciou segundo destacou",
        "according": "segundo",
        # the verb, not the noun: "pontos de apoio" are shelters (blind-day-37)
        "support": "elogi apoia apoiou manifestou_apoio manifestaram_apoio "
        "defend celebr aplaud saudou",
        "praise": "boa_notícia boas_notícias dia_histórico",
        "oppose": "critic conden rejeit denunci protest acus",
        "concern": "preocup alertou advertiu teme lamenta lamentou deplora deplorou",
        "pronoun": "ele ela eles elas",
        "that": "que",
        "lead_in": "em no na nos nas ao após durante para com desde",
        "cleft": "é foi",
        "determiner": "o a os as um uma uns umas seu sua seus suas este esta",
        "aux": "tem têm",
        "actor": "before",
    },
    "nl": {
        "warn": "waarschuw dreig vrees vreest risico gevaar bezorg",
        "modal": "zou_kunnen zouden_kunnen kan_leiden kunnen_leiden dreigt",
        "negator": "geen",
        "harm": "schade tekort stroomstoring storing uitval verlies faillis recessie dode "
        "doden gewond overstrom verwoest sluiting vertraging ontslag banenverlies "
        "prijsstijging hogere_prijzen inflatie honger crisis oorlog conflict aanval "
        "staking sanctie heffing geweld catastrof escalat vergeld vervuil",
        "threat": "escalatie vergelding catastrof kernwapen",
        "outlook": "zal_ zullen wordt_verwacht naar_verwachting volgende komende gepland deadline",
        "speech": "zei zegt verklaarde stelde benadrukte voegde meldde kondigde",
        "support": "verwelkom prees juicht steunt steunde verdedig",
        "praise": "goed_nieuws mijlpaal historische_dag",
        "oppose": "bekritiseer veroordeel verwierp wijst_af protesteer beschuldig kritiek",
        "concern": "bezorgd zorgen waarschuwde vreest betreurt betreurde",
        "pronoun": "hij zij ze wij",
        "that": "dat",
        "lead_in": "in op na bij sinds met tijdens aan gisteren vandaag",
        "v2_end": "voor over tegen om van",
        "v2": "de het een",
        "aux": "heeft hebben",
        "actor": "before",
    },
    "ru": {
        "warn": "предупред угроз угрожа опаса риск_ опасност тревог",
        "modal": "может_привести могут_привести может_обернуться могут_обернуться "
        "может_вызвать могут_вызвать грозит",
        "harm": "ущерб дефицит отключен блэкаут авари потер убытк банкрот рецесси гибел "
        "жертв погиб ранен наводнен разруш закрыт задержк сокращен рост_цен подорожан "
        "инфляц голод кризис войн конфликт атак удар забастовк санкц пошлин насили "
        "катастроф эскалац ответн загрязн",
        "threat": "эскалац катастроф ядерн",
        "outlook": "будет будут планиру ожида предполага следующ в_ближайш до_конца срок",
        "speech": "заявил сказал сообщил отметил подчеркнул добавил объявил пояснил по_словам",
        "according": "по_словам",
        "support": "приветств поддерж одобр похвал защища",
        "praise": "хорошая_новость исторический_день",
        "oppose": "раскритик критик осуд отверг протест обвин возмущ",
        "concern": "обеспокоен выразил_обеспокоен опаса предупредил",
        "pronoun": "он она они мы",
        "actor": "before",
        # the light verb before a stance noun ends the subject ("«Зелёная Обь» выразила
        # обеспокоенность": who is concerned is not "выразила", expressed)
        "aux": "выразил выразила выразило выразили высказал высказала высказали",
        # after its verb the speaker ends before a preposition ("заявила председатель Банка
        # России Эльвира Набиуллина на пресс-конференции": not "at the press conference")
        "actor_end": r"\s(?:на|в|во|по|при|после|перед|во\s+время|с|со|о|об|для|из|за|к)\s",
    },
    "uk": {
        "warn": "попереди попередж загроз загрожу побоюю ризик_ небезпе тривог",
        "modal": "може_призвести можуть_призвести може_спричинити можуть_спричинити загрожує",
        "harm": "збит дефіцит відключен блекаут аварі втрат банкрут рецесі загибел жертв "
        "загин поранен повен зруйн руйнув закритт затримк скороченн зростання_цін "
        "подорожчан інфляці голод криз війн конфлікт атак удар страйк санкці мит "
        "насильств катастроф ескалаці забрудн",
        "threat": "ескалаці катастроф ядерн",
        "outlook": "буде будуть планує планують очікуєт наступн найближч до_кінця термін",
        "speech": "заявив заявила сказав сказала повідомив повідомила зазначив зазначила "
        "наголосив наголосила додав додала пояснив за_словами",
        "according": "за_словами",
        "support": "привіта підтрим схвал похвал захища",
        "praise": "добра_новина історичний_день",
        "oppose": "розкритик критик засуд відкин протест звинуват обуре",
        "concern": "занепоко стурбован попередив попередила",
        "pronoun": "він вона вони ми",
        "actor": "before",
        "actor_end": r"\s(?:на|у|в|під\s+час|після|перед|з|із|зі|про|для|до|за)\s",
    },
    "pl": {
        "warn": "ostrzeg zagroż grozi obaw ryzyk niebezpiecz alarm",
        "modal": "może_doprowadzić mogą_doprowadzić może_spowodować mogą_spowodować "
        "mogłoby mogłyby grozi",
        "harm": "szkod niedobor niedobór przerw blackout awari strat bankructw upad bezroboc "
        "recesj śmier zgin ofiar rann powodz powódź zniszcz zamknięc opóźnie zwolnie "
        "wzrost_cen podwyżk inflacj głód kryzys wojn konflikt atak strajk sankcj cła "
        "przemoc katastrof eskalac odwet zanieczyszcz",
        "threat": "eskalac odwet katastrof broń_jądrow",
        "outlook": "będzie będą planuje planowan oczekuje_się ma_zostać następn "
        "w_najbliższ do_końca termin",
        "speech": "powiedział powiedziała oświadczył oświadczyła stwierdził stwierdziła "
        "zaznaczył zaznaczyła dodał dodała podkreślił podkreśliła poinformował "
        "poinformowała według",
        "according": "według",
        "support": "pochwal popar poprze wspier z_zadowoleniem przyjął broni",
        "praise": "dobra_wiadomość dobre_wiadomości historyczny_dzień",
        "oppose": "skrytykow krytyk potępi odrzuci protest oskarż",
        "concern": "zaniepokoj obaw ostrzegł ostrzegła",
        "pronoun": "on ona oni",
        "actor": "before",
    },
    "tr": {
        "warn": "uyar tehdit endişe risk tehlike korku",
        "modal": "olabilir -abil -ebil",
        # hasar, damage, in its own forms: not hasarlı, damaged ("hasarlı binalara girmeyin")
        "harm": "hasar_ hasara hasarı hasarın zarar kıtlık kesinti elektrik_kesint kayıp iflas "
        "resesyon ölü öldü yaral sel_ yıkı kapan gecikme işten_çıkar fiyat_artış zam enflasyon "
        "açlık kriz savaş çatışma saldırı grev yaptırım gümrük_vergi şiddet felaket "
        "tırmanma misilleme kirlilik artçı_sarsıntı artçı_deprem heyelan tsunami",
        "threat": "tırmanma misilleme felaket nükleer_silah",
        "outlook": "olacak yapılacak başlayacak bekleniyor planlan gelecek_hafta "
        "önümüzdeki_ yıl_sonuna",
        "speech": "dedi söyledi açıkladı belirtti ifade_etti vurguladı ekledi duyurdu göre",
        "according": "göre",
        "support": "memnuniyet övdü destekle savundu olumlu_karşıla başarılı_buldu teşekkür",
        "oppose": "eleştir kınadı reddetti protesto suçla tepki_gösterdi",
        "concern": "endişe kaygı uyardı",
        "pronoun": "o onlar biz",
        "actor": "marker",
        "marker": r",|\s(?:ise|de|da)\s",
    },
}

CUES: dict[str, dict[str, str]] = EUROPE | ASIA
