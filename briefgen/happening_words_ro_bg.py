"""Cue words of the kinds of event news tells (happenings.py) in Romanian and Bulgarian, by the
rules of happening_words.py: each entry is the start of a word, "_" a space or the word's end,
"…" up to eight words of one clause, the longest entry found at a place wins and `NOT` hides
what it covers ("пожарн": firefighters, not a fire). Romanian entries are written with ș and ț;
a text with the cedilla letters ş and ţ, which NFKC keeps apart, is read with them
(happenings._plain).
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "ro": "profit_ profitul profitur profit_net profit_operațional profit_brut pierdere_net "
        "pierderea_net pierderi_net pierderile_net cifra_de_afaceri cifră_de_afaceri "
        "cifrei_de_afaceri cifre_de_afaceri venituri_net veniturile_net venituri_din_vânzări "
        "trimestr primul_semestru primului_semestru semestrul_i semestrul_întâi "
        "rezultate_financiar rezultatele_financiar rezultatelor_financiar dividend "
        "răscumpărare_de_acțiuni răscumpărarea_de_acțiuni răscumpărări_de_acțiuni "
        "răscumpărarea_acțiunilor răscumpărare_a_propriilor ebitda",
        "bg": "печалб нетна_загуба нетната_загуба оперативна_загуба оперативната_загуба оборот_ "
        "оборота_ оборотът нетни_приходи нетните_приходи приходи_от_продажби "
        "приходите_от_продажби тримесеч шестмесечи деветмесечи полугоди финансови_резултат "
        "финансовите_резултат дивидент обратно_изкупуване обратното_изкупуване ebitda",
    },
    "recall": {
        "ro": "rechem recheam retrage_de_pe_pia retras_de_pe_pia retrasă_de_pe_pia "
        "retrase_de_pe_pia retrași_de_pe_pia retragerea_de_pe_pia retragere_de_pe_pia "
        "retrage_de_la_vânzare retras_de_la_vânzare retrase_de_la_vânzare "
        "retragerea_de_la_vânzare retrage_de_la_comercializare retras_de_la_comercializare "
        "retrase_de_la_comercializare retragerea_de_la_comercializare retrage_din_magazin "
        "retras_din_magazin retrase_din_magazin retragerea_din_magazin",
        "bg": "сервизна_кампания сервизната_кампания сервизни_кампании изтегляне_от_пазара "
        "изтеглянето_от_пазара изтеглени_от_пазара изтеглена_от_пазара изтеглен_от_пазара "
        "изтеглено_от_пазара изтеглени_от_продажба изтеглена_от_продажба "
        ""
        "изтегля…партид изтеглят…партид изтегли…партид "
        "изтеглиха…партид изтегля…от_пазара изтеглят…от_пазара изтегли…от_пазара "
        "изтеглиха…от_пазара изтегля…от_продажба изтегли…от_продажба изтегля…от_магазин "
        "изтегли…от_магазин",
    },
    "breach": {
        "ro": "hacker atac_cibernetic atacul_cibernetic atacuri_cibernetic atacurile_cibernetic "
        "cibernetic cyber scurgere_de_date scurgerea_de_date scurgeri_de_date furt_de_date "
        "furtul_de_date date_personale datele_personale datelor_personale breșă_de_securitate "
        "breșa_de_securitate breșe_de_securitate piratat ransomware ddos atac_informatic "
        "atacul_informatic atacuri_informatic",
        "bg": "хакер кибер изтичане_на_данни изтичането_на_данни изтичане_на_лични теч_на_данни "
        "кражба_на_данни лични_данни личните_данни рансъмуер ransomware ddos хакн "
        "пробив_в_сигурност пробив_в_системи",
    },
    "accident": {
        "ro": "incendi explozi explod flăcări flacăr luat_foc ars_din_temelii prăbuș deraia "
        "deraier accident coliziun s-au_ciocnit s-a_ciocnit carambol scurgere_de_gaz "
        "scurgeri_de_gaz scurgerea_de_gaz scurgere_de_petrol deversar s-a_răsturnat "
        "s-au_răsturnat naufragi s-a_scufundat aterizare_de_urgen aterizat_de_urgen "
        "aterizare_forțat aterizat_forțat surpa",
        "bg": "пожар се_запали самозапал взрив експлоди пламъ срут дерайл катастроф птп_ "
        "пътен_инцидент пътния_инцидент пътнотранспортн злополук челен_сблъс челния_сблъс "
        "изтичане_на_газ теч_на_газ разлив_на_нефт разлив_на_петрол се_преобърна принудително_кац "
        "авари корабокрушени",
    },
    "quake": {
        "ro": "cutremur seism magnitudin richter tsunami erupți vulcanul vulcanic infp",
        "bg": "земетресени земетръс трус_ труса_ трусът трусове магнитуд рихтер цунами сеизм "
        "вулкан изригван",
    },
    "weather": {
        "ro": "furtun vijeli ciclon taifun uragan tornad ninso ninge_ ningea viscol zăpad zăpez "
        "ploi_ ploile ploilor ploai averse aversă torențial inunda viitur alunecare_de_teren "
        "alunecări_de_teren alunecarea_de_teren alunecările_de_teren canicul val_de_căldur "
        "valul_de_căldur secet grindin polei ger_ gerul geruri avalanș cod_roșu cod_portocaliu "
        "cod_galben avertizare_meteo avertizări_meteo avertizarea_meteo anm_ vreme_rea vremea_rea",
        "bg": "буря бури_ бурите бурен_вятър бурния_вятър силен_вятър силния_вятър ураган тайфун "
        "циклон торнадо смерч снеговалеж сняг снега_ снегът снегове снежн виелиц дъжд валеж порой "
        "порои пороен наводн потоп_ потопа_ потопът свлачищ жега жеги_ жегит горещини "
        "гореща_вълна горещата_вълна топлинна_вълна суша_ сушата засушаван градушк поледиц "
        "заледяв лавин жълт_код оранжев_код червен_код лошо_време лошото_време",
    },
    "outbreak": {
        "ro": "focar epidemi pandemi infecta infecți virus coronavirus covid rujeol holer grip "
        "vaccin dengue ebola mpox variol carantin pesta_porcină pestă_porcină pestei_porcine "
        "toxiinfecți tuse_convulsiv salmonel",
        "bg": "епидеми пандеми зараз инфекци вирус коронавирус covid ковид морбили дребна_шарка "
        "холера грип ваксин имуниз денга ебола шап_ чума_ чумата шарка_по_овцете карантин огнищ "
        "салмонел",
    },
    "strike": {
        "ro": "grev",
        "bg": "стачк стачн",
    },
    "leadership": {
        "ro": "demisi demit demis_ demisă_ revocat_din revocată_din revocarea_din revocați_din "
        "destitu numit_în_funcți numită_în_funcți numiți_în_funcți numit_la_conducere "
        "numită_la_conducere numit_la_șefia numită_la_șefia numit_director numită_director "
        "numit_ministru numită_ministru numit_președinte numită_președinte numit_șef numită_șef "
        "numire numiri succesor succesoar noul_director noul_ceo noul_șef noua_șefă interimar "
        "părăsește_funcți părăsește_conducere părăsit_funcți părăsit_conducere retrage_din_funcți "
        "retrage_de_la_conducere schimbat_din_funcți schimbată_din_funcți eliberat_din_funcți "
        "eliberată_din_funcți înlocuit_din_funcți înlocuită_din_funcți preluarea_conducerii "
        "preluarea_funcției preluarea_mandatului restructurarea_guvernului",
        "bg": "оставк освободен_от_длъжност освободена_от_длъжност освободи_от_длъжност "
        "освобождава_от_длъжност освобождаване_от_длъжност освобождаването_от_длъжност "
        "освободен_от_поста освободена_от_поста освободи_от_поста уволнен_ уволнена_ уволни_ "
        "уволнението_на назначен_за назначена_за назначи_за назначава_за назначен_на_поста "
        "назначена_на_поста назначението_на назначаването_на приемник наследник встъп "
        "напуска_пост напусна_пост напуска_длъжност напусна_длъжност поема_поста пое_поста "
        "поема_ръководството пое_ръководството снет_от снета_от отстранен_от_длъжност "
        "отстранена_от_длъжност отстранен_от_поста отстранена_от_поста нов_изпълнителен_директор "
        "новият_изпълнителен_директор нов_главен_изпълнителен новият_главен_изпълнителен",
    },
    "fine": {
        "ro": "amend amenz penalităț",
        "bg": "глоба_ глобата глоби_ глобите глобен глобиха глобяв имуществена_санкци "
        "имуществени_санкци неустойк",
    },
    "court": {
        "ro": "tribunal instanț judecăt atacat_în_instanț atacată_în_instanț atacate_în_instanț "
        "atacă_în_instanț atacat_la_ccr atacă_la_ccr în_judecat sentinț condamnat_la "
        "condamnată_la condamnați_la condamnat_definitiv condamnată_definitiv "
        "condamnați_definitiv ani_de_închisoare închisoare verdict procuror parchet inculpat "
        "rechizitor cedo cjue ccr_ iccj curtea_de_apel curții_de_apel curtea_constituțional "
        "curții_constituțional curtea_supremă curtea_europeană curții_europene înalta_curte "
        "înaltei_curți",
        "bg": "съд_ съда_ съдът съдии съдия съдебн съдилищ присъд осъден_ осъдена_ осъдени_ "
        "осъдиха_на осъди_на прокур обвинителен_акт подсъдим иск_ искът искове години_затвор "
        "години_лишаване лишаване_от_свобода делото",
    },
    "listing": {
        "ro": "ipo_ listare listării listat_la_bursă listată_la_bursă listată_pe_bursă "
        "listat_pe_bursă intrarea_pe_bursă intră_pe_bursă intrarea_la_bursă ofertă_publică "
        "oferta_publică oferte_publice ofertei_publice obligațiun euroobligațiun "
        "majorare_de_capital majorarea_capitalului majorării_capitalului emisiune_de_acțiuni "
        "emisiunea_de_acțiuni emisiune_de_obligațiuni emisiunea_de_obligațiuni",
        "bg": "ipo_ първично_публично публично_предлаган листва облигаци еврооблигаци "
        "увеличение_на_капитала увеличаване_на_капитала увеличението_на_капитала емисия_на_акци "
        "емисия_акци емисия_облигаци борсов_дебют борсовия_дебют дебют_на_борса излиза_на_борса "
        "излезе_на_борса",
    },
    "takeover": {
        "ro": "preluare_ preluarea preluării ofertă_publică_de_preluare "
        "oferta_publică_de_preluare fuziun fuzion achiziția_companiei achiziția_grupului "
        "achiziția_firmei achiziționează_compania achiziționat_compania achiziționează_grupul "
        "achiziționat_grupul achiziționează_firma achiziționat_firma achiziționează_pachet "
        "achiziționat_pachet achiziționează_o_participați achiziționat_o_participați "
        "preia_compania preluat_compania preia_grupul preluat_grupul preia_firma preluat_firma "
        "preia_controlul preluat_controlul preia_pachetul preluat_pachetul cumpără_compania "
        "cumpărat_compania cumpără_grupul cumpărat_grupul cumpără_firma cumpărat_firma "
        "cumpără_pachetul cumpărat_pachetul pachet_majoritar pachetul_majoritar "
        "pachetului_majoritar participație_majoritar participația_majoritar "
        "participația_de_control",
        "bg": "сливане сливания поглъщ погълна търгово_предлаган мажоритарен_дял мажоритарния_дял "
        "контролен_пакет контролния_пакет контролно_участие придобиването_на_компани "
        "придобиване_на_компани придоби…дял придобива…дял придоби…акции придобива…акции "
        "придоби…компания придобива…компания купи…компания купува…компания купи…дял купува…дял",
    },
    "jobs": {
        "ro": "concedier concediaz concediat concediaț disponibiliz locuri_de_munc "
        "locurile_de_munc locurilor_de_munc șomaj șomer restructurar reducere_de_personal "
        "reduceri_de_personal reducerea_personal închide_fabric închiderea_fabric închide_uzin "
        "închiderea_uzin",
        "bg": "съкращения_ съкращенията уволнения_ уволненията масови_уволнения "
        "съкращава…служител съкрати…служител съкращава…работници съкрати…работници "
        "съкращава…работни_места съкрати…работни_места работни_места работните_места безработиц "
        "затваря_завод затвори_завод затварянето_на_завод затваряне_на_завод",
    },
    "rates": {
        "ro": "dobânda dobândă dobânzi politică_monetar politica_monetar politicii_monetar "
        "banca_centrală băncii_centrale băncile_centrale puncte_de_bază punct_de_bază robor ircc "
        "bce_ fed_",
        "bg": "лихв централна_банка централната_банка централни_банки централните_банки ецб_ фед_ "
        "парична_политик паричната_политик базисни_пункт базисните_пункт",
    },
    "vote": {
        "ro": "alegeri vot reales realeș fost_ales fost_aleasă fost_aleși referendum moțiun "
        "turul_al_doilea turul_doi turul_întâi primul_tur al_doilea_tur scrutin proiect_de_leg "
        "proiectul_de_leg adoptat_de_parlament adoptată_de_parlament adoptat_de_senat "
        "adoptată_de_senat adoptat_de_camer adoptată_de_camer amendament electoral",
        "bg": "избори_ изборите изборн гласува гласоподават вот_ вота_ вотът референдум балотаж "
        "избран_ избрана_ избрани_ преизбран законопроект първо_четене второ_четене цик_ "
        "парламентът_прие",
    },
    "death": {
        "ro": "a_murit murit_la_vârsta decedat decesul încetat_din_viaț stins_din_viaț înmormânt "
        "funerali necrolog doliu",
        "bg": "почина почивай_в_мир погребени опело_ некролог издъхна траур",
    },
    "opening": {
        "ro": "inaugur redeschi dat_în_folosinț dată_în_folosinț date_în_folosinț "
        "darea_în_folosinț dat_în_exploatare dată_în_exploatare deschis_circulați "
        "deschisă_circulați deschise_circulați piatra_de_temelie primul_zbor_direct "
        "prima_cursă_directă zbor_direct zboruri_directe tăiat_panglica tăierea_panglicii",
        "bg": "тържествено_откри тържественото_откриване официално_откри официалното_откриване "
        "първа_копка първата_копка прерязаха_лентата преряза_лентата в_експлоатация отвори_врати "
        "отвориха_врати отваря_врати отварят_врати откри_нов открива_нов откриха_нов "
        "директен_полет директни_полети директна_авиолиния директната_авиолиния",
    },
    "attack": {
        "ro": "atac_ atacul atacuri atacat atacă_ atentat terori împușc focuri_de_armă înjunghi "
        "bombă_ bomba_ bombe_ bombele bombard lovituri_aerian lovitură_aerian lovitura_aerian "
        "loviturile_aerian atac_cu_rachet atac_cu_dron lovitură_cu_rachet",
        "bg": "атак нападени нападна атентат терор стрелб простреля застреля наръга бомба_ "
        "бомбата бомби_ бомбите бомбен бомбард въздушен_удар въздушни_удари въздушния_удар "
        "въздушните_удари ракетен_удар ракетни_удари ракетния_удар удар_с_дрон удари_с_дрон "
        "обстрел покушени",
    },
    "scandal": {
        "ro": "anchet percheziți descinder reținut_pentru reținută_pentru reținuți_pentru arest "
        "fraud mită_ mita_ mituire mituit șpag corupt corupți scandal acuz delapidar "
        "spălare_de_bani spălarea_banilor spălarea_de_bani evaziune plagiat dna_ diicot "
        "dosar_penal dosarul_penal dosare_penale cercetat_penal cercetată_penal cercetați_penal "
        "urmărire_penal urmărirea_penal abuz_în_serviciu trafic_de_influenț investiga",
        "bg": "разследван арест задържан обиск измам подкуп корупци скандал обвин присвоя "
        "пране_на_пари злоупотреб плагиат афер гдбоп",
    },
    "diplomacy": {
        "ro": "summit negocieri_de_pace negocierile_de_pace negocierilor_de_pace discuții_de_pace "
        "discuțiile_de_pace armistiți încetare_a_focului încetarea_focului încetării_focului "
        "tratatul tratat_de_pace acord_de_pace acordul_de_pace acord_comercial acordul_comercial "
        "ministrul_de_externe ministrului_de_externe ministrul_afacerilor_externe "
        "șeful_diplomației șefa_diplomației vizită_oficial vizita_oficial vizită_de_stat "
        "vizita_de_stat ambasador diplomat convorbir întrevedere",
        "bg": "среща_на_върха срещата_на_върха мирни_преговори мирните_преговори примирие "
        "прекратяване_на_огъня прекратяването_на_огъня спиране_на_огъня мирен_договор "
        "мирния_договор външен_министър външния_министър външният_министър министър_на_външните "
        "министъра_на_външните посланик дипломат визита визити_ визитите мирно_споразумение "
        "мирното_споразумение",
    },
    "sport": {
        "ro": "meci finala_ finalei_ semifinal sferturile_de_final sfert_de_final optimile "
        "optimi_de_final campionat cupa_ cupei_ liga_ ligii_ superliga antrenor goluri "
        "marcat_un_gol golul_victoriei penalty naționala naționalei fotbal olimpi fcsb",
        "bg": "мач_ мача_ мачът мачове финал_ финала_ финалът финали_ финалите полуфинал "
        "четвъртфинал шампион първенство купата "
        "купа_ лига_ лигата лиги_ лигите треньор голът голове отбеляза_гол вкара_гол дузп олимпи "
        "футбол мондиал национален_отбор националния_отбор отбор",
    },
    "budget": {
        "ro": "buget deficit fiscal impozit taxe_ taxa_ taxele taxelor taxei taxare tva_ "
        "datoria_public datorie_public datoriei_public austerit cheltuieli_public "
        "cheltuielile_public cheltuielilor_public",
        "bg": "бюджет дефицит данък данъц данъчн ддс_ фискал държавен_дълг държавния_дълг "
        "публичните_разходи публични_разходи",
    },
    "outage": {
        "ro": "pană_de_curent pana_de_curent pene_de_curent penele_de_curent "
        "întrerupere_de_curent întreruperi_de_curent întreruperea_curentului "
        "întreruperea_furnizării întreruperi_în_furnizarea fără_curent fără_energie_electric "
        "fără_apă_ fără_căldură blackout defecțiune_tehnic defecțiunea_tehnic defecțiuni_tehnic "
        "avarie avaria_ avarii căderea_sistem căderea_platform probleme_tehnic",
        "bg": "авари без_ток без_вода без_парно без_електр спиране_на_тока спирането_на_тока "
        "спрян_ток спрян_е_токът токът_спря прекъсване_на_електро прекъсване_на_тока "
        "прекъсване_на_водо срив_ срива_ сривът блекаут blackout технически_проблем "
        "техническа_повред техническа_неизправност повреда",
    },
    "space": {
        "ro": "spațial satelit orbită orbita_ orbitei orbite_ orbital astronaut cosmonaut cosmic "
        "nasa_ esa_ spacex",
        "bg": "космическ космонавт астронавт космос_ космоса космодрум орбит сателит "
        "ракета-носител мкс_ наса_ nasa_ spacex",
    },
}

NOT: dict[str, str] = {
    "ro": "incendiar cutremur_politic cutremurul_politic atac_de_cord atacul_de_cord "
    "atac_cerebral atacul_cerebral atac_vascular atacul_vascular atac_de_panică atacuri_de_panică "
    "atacul_de_panică focar_de_tensiun focarul_de_tensiun focar_de_conflict focarul_de_conflict "
    "recheamă_ambasador rechemarea_ambasador rechemat_ambasador recheamă_pe_ambasador "
    "rechemarea_la_consultări rechemat_la_consultări recheamă_la_consultări preluarea_puterii "
    "flacăra_olimpic s-a_accidentat accidentar restructurarea_datoriei restructurare_a_datoriei "
    "restructurarea_datoriilor",
    "bg": "пожарн политическо_земетресение политическото_земетресение буря_от_ паническа_атака "
    "панически_атаки паническите_атаки хуманитарна_катастроф хуманитарната_катастроф "
    "демографска_катастроф демографската_катастроф икономическа_катастроф катастрофал",
}
