"""Cue words of the kinds of event news tells (happenings.py) in Hungarian and Finnish, by the
rules of happening_words.py: each entry is the start of a word, "_" a space or the word's end,
"…" up to eight words of one clause, the longest entry found at a place wins and `NOT` hides
what it covers. Both languages join a word's cases and suffixes to it and build compounds that
put the kind last (erdőtűz, metsäpalo: a forest fire), so the compounds news writes most are
given too, and a stem that would start other words is given in its forms ("palo_ palon_
palossa_", not "palo": palomies, a firefighter; "lakon_", not "lakon": lakoninen, laconic).
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "hu": "nyereség rekordnyereség adózott_eredmény adózás_előtti_eredmény üzemi_eredmény "
        "nettó_eredmény működési_eredmény profitj profitot_ árbevétel nettó_veszteség "
        "veszteséget_könyvel veszteséggel_zárt negyedév gyorsjelentés első_félév második_félév "
        "féléves_eredmény éves_eredmény osztalék sajátrészvény saját_részvény "
        "részvény-visszavásárl részvényvisszavásárl ebitda",
        "fi": "liikevoit liiketulos liiketappio liikevaihto liikevaihdo nettotulos nettotappio "
        "tappiolli osavuosikatsau puolivuosikatsau puolivuotiskatsau tilinpäätö tulosvaroitu "
        "tulosohjeistu tulosparannu tulos_paran tulos_heikk tulos_heikent tulos_laski tulos_nousi "
        "tulos_kasvoi tulos_ylitti tulos_jäi vuosineljänne katsauskau osinko osingo "
        "omien_osakkeiden omia_osakkeita ebitda",
    },
    "recall": {
        "hu": "visszahív termékvisszahív kivonja_a_forgalomból kivonják_a_forgalomból "
        "kivonta_a_forgalomból kivonták_a_forgalomból vonja_ki_a_forgalomból "
        "vonják_ki_a_forgalomból vonták_ki_a_forgalomból forgalomból_kivon forgalomból_való_kivon",
        "fi": "takaisinve takaisinkutsu vetää_myynnistä vetää_pois_myynnistä veti_myynnistä "
        "veti_pois_myynnistä vedetään_myynnistä vedetään_pois_myynnistä vedetty_myynnistä "
        "vedetty_pois_myynnistä vetää_markkinoilta veti_markkinoilta vedetään_markkinoilta "
        "vedetty_markkinoilta poistaa_myynnistä poisti_myynnistä poistetaan_myynnistä "
        "poistettu_myynnistä kutsuu…korjaamolle kutsui…korjaamolle kutsuu…huoltoon "
        "kutsui…huoltoon",
    },
    "breach": {
        "hu": "hacker hekker kiber adatszivárg adatlopás ellopott_adat adatvédelmi_incidens "
        "feltörték feltörte_a zsarolóvírus zsarolóprogram túlterheléses_támadás ddos "
        "személyes_adat informatikai_támadás",
        "fi": "hakker kyber tietomurto tietomurro tietovuo tietoturvaloukk palvelunesto "
        "kiristyshaitta kiristysohjelm henkilötie ransomware ddos tietojärjestelmään_murtau",
    },
    "accident": {
        "hu": "tűz_ tüzet_ tűzben tűzvész tűzeset tüzek tűzzel_ tűzhöz tűztől erdőtűz erdőtüz "
        "bozóttűz bozóttüz lakástűz lakástüz gyártűz raktártűz lángok lángba_borult lángra_kap "
        "kigyullad leégett robbanás robban_ robbant_ felrobban gázrobban gázszivárg vegyi_szivárg "
        "kisikl baleset buszbaleset vonatbaleset autóbaleset kamionbaleset munkabaleset "
        "hajóbaleset repülőgép-szerencsétlen légi_katasztróf vasúti_katasztróf szerencsétlenség "
        "összeütköz frontális_ütközés karambol lezuhan zuhant_le felborult elsüllyed "
        "kényszerleszáll leomlott beomlott összedőlt ledőlt_ épületomlás",
        "fi": "tulipal palo_ paloa_ palon_ palossa_ palosta_ paloja_ palot_ paloi_ palanut_ "
        "metsäpal maastopal asuntopal rakennuspal varastopal tehdaspal omakotitalopal "
        "kerrostalopal syttyi_tuleen syttyi_palamaan liekei liekit_ liekkeihin räjähdy räjäht "
        "kaasuräjähdy sortui_ sortumi sortuma suistu onnettomuu liikenneonnettomuu "
        "lento-onnettomuu junaonnettomuu kaivosonnettomuu työtapaturm kolari_ kolarissa_ kolaroi "
        "kolareita nokkakolar ketjukolar törmäys törmäyk törmäsi_ törmäsivät yhteentörmä kaasuvuo "
        "öljyvuo kemikaalivuo pakkolasku lentoturm turma haaksirik upposi_ uponnut maahansyöksy "
        "syöksyi_maahan",
    },
    "quake": {
        "hu": "földreng utórengés rengés magnitúdó richter cunami szökőár szeizmi vulkán",
        "fi": "maanjäristy järistys jälkijäristy magnitudi richter tsunami hyökyaal seismi "
        "tulivuor",
    },
    "weather": {
        "hu": "vihar_ vihart_ viharok viharba viharral viharos_szél viharjelz viharkár szélvihar "
        "hóvihar homokvihar jégvihar zivatar felhőszakadás jégeső ónos_eső esőzés csapadék tájfun "
        "hurrikán ciklon tornádó orkán havaz hóesés hófúvás hótorlasz árvíz árviz áradás megárad "
        "belvíz belviz földcsuszamlás sárlavina lavina_ lavinában lavinaveszély hőség hőhullám "
        "kánikula aszály ítéletidő vörös_kód piros_kód narancs_figyelmeztetés "
        "narancssárga_figyelmeztetés piros_figyelmeztetés időjárási_figyelmeztetés",
        "fi": "myrsky rajuilm ukkos ukkonen hirmumyrsk taifuuni hurrikaani sykloni tornado trombi "
        "lumimyrsk lumipyr lumisa lumikaao lumentulo lunta_ rankkasa kaatosa sade_ sadetta tulva "
        "tulvi maanvyöry mutavyöry lumivyöry helle helte kuivuus kuivuud kuivuut pakkas pakkanen "
        "raekuur rakeita jäätävä_sade säävaroit liukkausvaroit tuulivaroit",
    },
    "outbreak": {
        "hu": "járvány világjárvány fertőz vírus koronavírus kanyaró kolera influenza "
        "madárinfluenza védőolt oltóanyag oltakoz oltási_kampány beolt vakcin dengue covid mpox "
        "majomhimlő ebola megbeteged karantén sertéspestis pestis ragadós_száj szalmonell",
        "fi": "epidemi pandemi tartunt tartunn virus viruks korona tuhkarok kolera influenssa "
        "lintuinfluenssa rokot dengue ebola mpox apinarokko sikarutto karanteeni salmonell "
        "legionell norovirus vatsatautiepidemi",
    },
    "strike": {
        "hu": "sztrájk munkabeszüntet",
        "fi": "lakko lakon_ lakot_ lakoss lakosta yleislakk satamalakk ulosmarssi työnseisau "
        "työtaistelu ylityökielto",
    },
    "leadership": {
        "hu": "lemondott_ lemond_ lemondás lemondani_ tisztségéről tisztségéből menesz leváltot "
        "leváltás leváltj kinevez utód új_vezérigazgató megbízott_vezérigazgató új_vezetője "
        "új_elnöke új_főszerkesztő élére_ élről_ nyugdíjba_vonul felmentette_tisztség "
        "felmentették_tisztség",
        "fi": "eroaa_ erosi_ eroamaan eroavansa eropyyn eronpyyn eroilmoit irtisanoutu erotettiin "
        "erotetaan nimitettiin nimitetty nimitetään uudeksi_toimitusjohtaja uudeksi_johtaja "
        "uudeksi_puheenjohtaja uudeksi_päätoimittaja uudeksi_pääjohtaja uudeksi_ministeri "
        "uusi_toimitusjohtaja uusi_pääjohtaja uusi_päätoimittaja toimitusjohtajaksi pääjohtajaksi "
        "päätoimittajaksi seuraajaksi seuraajakseen väisty sai_potkut saa_potkut potkut_ "
        "jättää_tehtävä jätti_tehtävä luopuu_tehtävä luopui_tehtävä jää_eläkkeelle jäi_eläkkeelle",
    },
    "fine": {
        "hu": "bírság megbírság pénzbírság pénzbüntetés kötbér",
        "fi": "sakko sakot sakon_ seuraamusmaksu rikemaksu kilpailunrikkomismaksu uhkasakko "
        "yhteisösakko",
    },
    "court": {
        "hu": "bíróság alkotmánybíróság törvényszék ítélőtábla kúria ítélet jogerős évre_ítél "
        "börtön fegyház letöltendő vádemel vádat_emel vádlott vádirat ügyész per_ pert_ perben "
        "pereket perel beperel pereskedés felmentet felmentés felmentő",
        "fi": "käräjäoikeu hovioikeu korkein_oikeus korkeimman_oikeuden korkein_hallinto-oikeus "
        "korkeimpaan_oikeuteen hallinto-oikeu markkinaoikeu oikeudessa oikeudenkäyn tuomio "
        "tuomittiin vankeu syyttäjä syyte_ syytte syytetty haastoi_oikeuteen haastaa_oikeuteen "
        "haastettiin_oikeuteen kanne_ kanteen kannetta_ kanteet oikeusistuin",
    },
    "listing": {
        "hu": "ipo_ tőzsdére_lép tőzsdére_megy tőzsdére_ment tőzsdére_viszi tőzsdei_bevezet "
        "tőzsdei_debüt tőzsdei_megjelen kötvény tőkeemel részvénykibocsát nyilvános_jegyzés",
        "fi": "ipo_ listautu pörssiin pörssilistau osakeanti osakeanni joukkovelkakirj "
        "velkakirjalain ensimmäinen_kaupankäyntipäivä ensimmäisenä_kaupankäyntipäivä",
    },
    "takeover": {
        "hu": "felvásár megvásárolja megvásárolta megveszi_ megvette_ akvizíci összeolvad fúzi "
        "beolvad kivásárl többségi_részesedés többségi_tulajdon részesedést_szerez "
        "részesedést_vásárol",
        "fi": "yrityskau yritysost ostotarjou fuusio sulautu enemmistöomistu määräysval "
        "ostaa…yhtiön osti…yhtiön ostaa…yrityksen osti…yrityksen ostaa…konsernin osti…konsernin "
        "ostaa…enemmistön osti…enemmistön",
    },
    "jobs": {
        "hu": "leépít elbocsát létszámleépítés létszámcsökkent munkahelyet munkahelyek munkahely_ "
        "munkanélküli bocsát_el bocsátanak_el bocsátott_el bocsátottak_el gyárbezár üzembezár "
        "bezárja_a_gyár bezárják_a_gyár bezárta_a_gyár",
        "fi": "irtisano yt-neuvottel muutosneuvottel lomaut henkilöstövähennyk "
        "vähentää_henkilöstö vähennetään_henkilöstö työpaikkaa_ työpaikat_ työpaikkoja työpaikan_ "
        "työttömyy sulkee_tehta tehtaan_sulkem väkeä_vähennetään",
    },
    "rates": {
        "hu": "alapkamat kamatemel kamatcsökk kamatdönt kamatvág kamatszint kamatpálya kamatláb "
        "kamatot_ kamatát_ irányadó_kamat jegybank mnb_ monetáris bázispont ecb_ ekb_ fed_ "
        "központi_bank",
        "fi": "korko korot_ koron_ ohjauskor talletuskor viitekor euribor koronnost koronlask "
        "keskuspank ekp_ ecb_ fed_ rahapoli peruspiste suomen_pankki",
    },
    "vote": {
        "hu": "választás megválaszt választó szavaz megszavaz népszavazás referendum "
        "bizalmatlansági törvényjavaslat pótválasztás újraválaszt",
        "fi": "vaalit vaalien vaalei vaalej vaalikamp vaalivoit vaalipäivä eduskuntavaal "
        "presidentinvaal kuntavaal aluevaal eurovaal europarlamenttivaal äänest kansanäänest "
        "luottamusäänest välikysymy valittiin lakiesity lakiehdotu hallituksen_esity "
        "eduskunta_hyväks",
    },
    "death": {
        "hu": "elhunyt meghalt_ éves_korában gyászol temetés végső_búcsú nekrológ halálhír "
        "elhalálozott",
        "fi": "on_kuollut kuoli_ kuollut_ menehty vuoden_iässä kuolinilmoitu muistokirjoitu "
        "hautajai siunaustilaisuu",
    },
    "opening": {
        "hu": "átadták_a_forgalom átadta_a_forgalom átadják_a_forgalom forgalomba_helyez "
        "ünnepélyes_átadás ünnepélyesen_átad ünnepélyes_megnyit ünnepélyesen_megnyit felavat "
        "avatás avatták avatják alapkőletétel alapkövét közvetlen_járat közvetlen_légijárat "
        "újranyit újranyíl megnyílt megnyitották megnyitó_ megnyitóján",
        "fi": "avajai vihittiin_käyttöön vihitään_käyttöön vihkii_käyttöön vihki_käyttöön "
        "avattiin_uudelleen avataan_uudelleen avautuu_uudelleen avautui_uudelleen avasi_ovensa "
        "avaa_ovensa avaavat_ovensa avasivat_ovensa avattiin_liikentee avattiin_yleisö "
        "avautuu_yleisö avautui_yleisö avattiin_virallisesti avataan_virallisesti "
        "avasi_virallisesti peruskiv harjannos suora_lentoyhtey suoran_lentoyhtey suorat_lennot "
        "suoria_lentoja",
    },
    "attack": {
        "hu": "támadás megtámad támadók_ fegyveres_támad merénylet merénylő terrortámad terrorist "
        "terrorcselek lövöldöz lelőtt agyonlőtt késel megkésel bomba_ bombát bombák bombáz "
        "bombatámad robbantás robbantot robbantó légicsapás dróntámad rakétatámad rakétacsapás "
        "csapást_mért tüzérségi tűzharc",
        "fi": "hyökkäy hyökkäsi ilmaisk drooni-isk droonihyökkä raketti-isk terrori-isk "
        "terrorismi terroristi ammuskel ampuminen ampui_ puukotu puukott pommi ohjus tykistö "
        "salamurh attentaat tulitti",
    },
    "scandal": {
        "hu": "nyomoz vizsgálatot_indít vizsgálat_indul vizsgálatot_folytat őrizetbe letartóztat "
        "elfogták házkutatás rajtaütés csalás csalók_ csalót_ vesztegetés megveszteget kenőpénz "
        "korrupci botrány sikkaszt hűtlen_kezelés pénzmosás gyanúsít vádol plágium visszaélés",
        "fi": "tutkinta tutkinna esitutkin pidätettiin pidätetty pidätys pidätyk vangittiin "
        "vangitsi vangittu vangitsemis kotietsin ratsia petos petok veropeto lahjus lahjuk "
        "lahjont lahjonn korruptio skandaali kohu_ kohun_ kohua_ kohussa syytös syytöks "
        "rikosepäil epäiltynä kavallu kavalsi rahanpesu plagio väärinkäytö krp_ "
        "keskusrikospoliisi",
    },
    "diplomacy": {
        "hu": "csúcstalálkoz nato-csúcs eu-csúcs g7-csúcs g20-csúcs uniós_csúcs béketárgyal "
        "tárgyalóasztal tűzszünet fegyverszünet békemegállapod békeszerződés béketerv békecsúcs "
        "békefolyamat külügymin nagykövet diplomáci diplomat egyezmény állami_látogatás "
        "hivatalos_látogatás kétoldalú_tárgyal",
        "fi": "huippukoko rauhanneuvott rauhansopimu tulitau aselepo aselevo ulkoministeri "
        "valtiovierailu kauppasopimu vapaakauppasopimu suurlähettilä diplomaat diplomat",
    },
    "sport": {
        "hu": "mérkőzés meccs döntőbe döntőt_ elődöntő negyeddöntő bajnok kupa_ kupá kupadöntő "
        "világkupa vb- vb_ eb- eb_ edző gól_ gólt_ gólok gólj góll gólszerz gólpassz tizenegyes "
        "labdarúgó válogatott olimpi",
        "fi": "ottelu finaal välierä puolivälierä mestaruu maailmanmestaruu mm-kis mm-kult "
        "mm-hopea mm-prons em-kis olympia valmentaja päävalmentaja maalivaht voittomaali "
        "rangaistuspotku liiga veikkausliiga huuhkaj leijonat_ leijonien_ jalkapallo jääkiekko "
        "koripallo salibandy turnau maajoukkue tasapel nhl_",
    },
    "budget": {
        "hu": "költségvetés pótköltségvetés államháztartás államadósság zárszámadás deficit "
        "adóemel adócsökk adóreform különadó extraprofitadó áfa_ áfá szja_ adót_ adók_ adókat "
        "adóváltoz adócsomag megszorít hiánycél",
        "fi": "budjet talousarvi lisätalousarvi alijäämä kehysriih julkisen_talouden "
        "julkista_taloutta julkinen_talous verot_ veroja_ veron_ veroa_ verotu veronkorotu "
        "veronkevennyk veronalennu arvonlisävero alv_ valtionvelk sopeutustoi säästötoim "
        "säästöpaket leikkauslist menoleikka",
    },
    "outage": {
        "hu": "áramszünet áramkimarad áram_nélkül áramtalan áramellátás üzemzavar rendszerleállás "
        "leállt_a_rendszer szolgáltatáskies informatikai_hiba műszaki_hiba víz_nélkül "
        "ivóvíz_nélkül blackout kimaradás",
        "fi": "sähkökatk katko_ katkos katkok katkon_ katkoja sähköt_poikki sähkötön sähköttä "
        "sähköttömi häiriö toimintahäiriö palveluhäiriö verkkohäiriö tietoliikennehäiriö "
        "järjestelmävik tekninen_vika teknisen_vian tekninen_häiriö vesikatk vikatilan",
    },
    "space": {
        "hu": "űrhaj űrállom űrszond űrkutat űrügynökség űrmisszió űrrepül űrteleszkóp űrsétá "
        "űrben űrbe_ világűr műhold hordozórakét rakétakilövés föld_körüli_pályá nasa_ esa_ "
        "spacex holdraszáll",
        "fi": "avaruu satelliit kiertora kantoraket astronaut raketin_laukaisu kuulento nasa_ "
        "esa_ spacex",
    },
}

NOT: dict[str, str] = {
    "hu": "politikai_földreng negyedévszázad vihart_kavar vihart_arat vihar_egy_pohár edzőterem "
    "napirendre_tűz célul_tűz zászlajára_tűz robbant_ki robban_ki nagykövetét_visszahív "
    "nagykövetüket_visszahív nagykövetet_visszahív visszahívta_nagykövet visszahívja_nagykövet "
    "visszahívták_nagykövet visszahívják_nagykövet",
    "fi": "poliittinen_maanjäristy poliittisen_maanjäristy myrsky_vesilasissa räjähdysmäi "
    "räjähdysherk tulvillaan tuomiojan tuomiokirk syyttely häiriökäyttäyt omaa_liigaansa "
    "omassa_liigassaan",
}
