"""Cue words of the kinds of event news tells (happenings.py) in Serbian and Croatian (and
Bosnian), by the rules of happening_words.py: each entry is the start of a word, "_" a space or
the word's end, "…" up to eight words of one clause, the longest entry found at a place wins and
`NOT` hides what it covers (Požarevac, a town, is no fire, požar; "akcija Oluja", the army's
operation of 1995, is no storm, oluja).

Serbian and Croatian write most of these words alike: those are given once ("sh"), then each
one's own (sr ekavian: sneg, budžet; hr ijekavian: snijeg, proračun). Serbian outlets write
Cyrillic and Latin alike, so each Serbian entry is given in both (požar, пожар; _sr), but a
foreign word with q, w, x or y. A stem that starts other common words is given in its cases
("kvar_ kvara_", a breakdown, not kvart, a quarter of a town) or `NOT` gives those (nesrećan,
unhappy, is no nesreća, accident).
"""

from __future__ import annotations

import re

# Serbian Latin letters as Cyrillic ones, the digraphs before their letters
CYRILLIC = {"dž": "џ", "lj": "љ", "nj": "њ"} | dict(
    zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True)
)
FOREIGN = re.compile("[qwxy]")


def _sr(entries: str) -> str:
    """Serbian entries, in Latin letters, and each also in Cyrillic ones but a foreign word's;
    an entry given in Cyrillic stays as it is. A "|" parts two letters that are no digraph
    (in|jekcij: инјекциј, not ињекциј; nad|živ: наджив, not наџив)."""
    given = entries.split()
    cyrillic = [
        re.sub("dž|lj|nj|.", lambda m: CYRILLIC.get(m.group(), m.group()), entry)
        for entry in given
        if not FOREIGN.search(entry)
    ]
    return " ".join(dict.fromkeys(e.replace("|", "") for e in given + cyrillic))


KINDS: dict[str, dict[str, str]] = {
    "results": {
        "sh": "dobit_ neto_dobit profit_ profita_ neto_gubit poslovni_gubit prihod_od_prodaj "
        "prihodi_od_prodaj poslovni_prihod ukupni_prihod kvartal polugodišt poslovni_rezultat "
        "dividend ebitda",
        "sr": "ukupan_prihod tromesečj finansijski_rezultat finansijskih_rezultat "
        "otkup_sopstvenih_akcij",
        "hr": "tromjesečj financijski_rezultat financijskih_rezultat otkup_vlastitih_dionica",
    },
    "recall": {
        "sh": "opoziv_vozila opoziva_vozila povlačenje_iz_prodaje povlačenje_proizvod "
        "povlačenje_serij povučen_iz_prodaje povučena_iz_prodaje povučeni_iz_prodaje "
        "povlači_se_s_tržišta povlače_se_s_tržišta povlači…iz_prodaje povlače…iz_prodaje "
        "povukla…iz_prodaje povukao…iz_prodaje poziva…na_servis pozvala…na_servis pozvao…na_servis",
        "sr": "povlači_se_sa_tržišta povlače_se_sa_tržišta povučen_sa_tržišta povučena_sa_tržišta "
        "povučeni_sa_tržišta povučene_sa_tržišta povukli…iz_prodaje poziva…u_servis",
        "hr": "povučen_s_tržišta povučena_s_tržišta povučeni_s_tržišta povučene_s_tržišta",
    },
    "breach": {
        "sh": "haker sajber kibernet cyber curenje_podataka curenja_podataka krađa_podataka "
        "krađu_podataka ransomware ddos",
        "sr": "hakova lični_podaci ličnih_podataka ličnim_podacima ransomver upad_u_informacion",
        "hr": "hakira curenju_podataka krađe_podataka osobni_podaci osobnih_podataka "
        "osobne_podatke osobnim_podacima",
    },
    "accident": {
        "sh": "požar eksplozij eksplodira srušio_se…avion srušio_se…helikopter srušio_se…most_ "
        "srušio_se…krov srušila_se…zgrad srušila_se…kuć srušila_se…tribin avion_se_sruš "
        "helikopter_se_sruš zgrada_se_sruš kuća_se_sruš most_se_sruš krov_se_sruš nesreć nezgod "
        "sudar potonuo potonula prevrnuo_se prevrnula_se pad_aviona pad_helikoptera",
        "sr": "iskočio_iz_šin iskočila_iz_šin iskočili_iz_šin curenje_gasa curenja_gasa "
        "izlivanje_nafte prinudno_slet prinudnog_sletanja izgoreo izgorela srušila_se…letelic "
        "letelica_se_sruš",
        "hr": "iskočio_iz_tračnica iskočila_iz_tračnica iskočili_iz_tračnica curenje_plina "
        "curenja_plina istjecanje_plina izlijevanje_nafte prisilno_slet prisilnog_slijetanja "
        "izgorio izgorjel pad_zrakoplova srušio_se…zrakoplov zrakoplov_se_sruš srušila_se…letjelic "
        "letjelica_se_sruš",
    },
    "quake": {
        "sh": "zemljotres magnitud rihter tsunami cunami erupcij vulkansk",
        "sr": "seizmi potres_jačine potresa_jačine",
        "hr": "potres_ potresu_ potresom potresi_ potresima potresa_jačine richter seizm",
    },
    "weather": {
        "sh": "oluj uragan tajfun ciklon tornad kiša_ kiše_ kišu_ kiši_ kišom kišama kišn kišovit "
        "pljusk grmljavin nepogod poplav bujičn klizišt odron vrućin suša_ sušn mraz poledic lavin "
        "meteoalarm",
        "sr": "nevrem sneg snežn toplotni_talas toplotnog_talasa toplotnim_talasom jak_vetar "
        "jakog_vetra jaki_vetrovi košav rhmz_",
        "hr": "nevrijem snijeg snježn toplinski_val toplinskog_vala toplinskim_valom padala_tuča "
        "pala_tuča tuča_veličine tuče_veličine tuča_uništila tuča_oštetila tuča_poharala "
        "jak_vjetar jakog_vjetra jaki_vjetrovi orkanska_bur orkanske_bur dhmz_",
    },
    "outbreak": {
        "sh": "epidemij pandemij zaraz zaraž novozaraž infekcij inficira virus koronavirus covid "
        "kovid majmunske_boginj kolera vakcin imuniz denga ebol svinjske_kuge salmonel legionel "
        "grip_ gripa_ gripe_ gripu_ gripom",
        "sr": "male_boginj karantin afrička_kuga afričke_kuge svinjska_kuga",
        "hr": "ospic cjepiv cijeplj karanten afrička_svinjska_kuga afričke_svinjske_kuge",
    },
    "strike": {
        "sh": "štrajk",
    },
    "leadership": {
        "sh": "ostavk imenovan imenovao_ imenovala_ novi_direktor novog_direktor napušta_funkcij "
        "preuzimanje_dužnost preuzeo_dužnost preuzela_dužnost",
        "sr": "smenjen smenio_ smenila_ smenili_ smenjivanj razrešen_dužnost razrešena_dužnost "
        "razrešenje_dužnost razrešio_dužnost razrešila_dužnost postavljen_za postavljena_za "
        "nova_direktork novi_generalni naslednik naslednic napušta_mesto povlači_se_sa_funkcij",
        "hr": "smijenjen smijenio_ smijenila_ smijenili_ smjenjivanj razriješen_dužnost "
        "razriješena_dužnost razrješenje_dužnost razriješio_dužnost razriješila_dužnost imenovali_ "
        "nova_direktoric novi_predsjednik_uprave nasljednik nasljednic napušta_dužnost "
        "napušta_mjesto",
    },
    "fine": {
        "sh": "novčana_kazn novčanu_kazn novčane_kazn novčanom_kazn novčanim_kazn novčano_kažnjen",
        "sr": "kaznila…evra kaznio…evra kaznila…dinara kaznio…dinara kažnjen…evra kažnjena…evra "
        "kažnjeni…evra kažnjen…dinara kažnjena…dinara",
        "hr": "prekršajna_kazn kaznila…eura kaznio…eura kažnjen…eura kažnjena…eura kažnjeni…eura",
    },
    "court": {
        "sh": "sud_ suda_ sudu_ sudom_ sudov sudsk presuda_ presude_ presudu_ presudom presudama "
        "osuđen tužil tužb optužnic zatvorsk godina_zatvora godine_zatvora oslobođen_optužb "
        "oslobođena_optužb oslobađajuć suđenj tribunal",
        "sr": "sudij meseci_zatvora",
        "hr": "sudac suca_ sucu_ sucem suci_ sutkinj tužitelj mjeseci_zatvora dorh_",
    },
    "listing": {
        "sh": "inicijalna_javna_ponud inicijalne_javne_ponud inicijalnu_javnu_ponud obveznic "
        "dokapitalizacij",
        "sr": "javna_ponuda_akcij javnu_ponudu_akcij evroobveznic izlazak_na_berz izlaska_na_berz "
        "izlazi_na_berz emisija_akcij emisiju_akcij emisije_akcij emisija_obveznic",
        "hr": "ipo_ javna_ponuda_dionica javnu_ponudu_dionica euroobveznic izlazak_na_burz "
        "izlaska_na_burz izlazi_na_burz uvrštenje_na_burz uvrštavanje_dionica izdanje_dionica "
        "izdavanje_dionica dokapitalizira",
    },
    "takeover": {
        "sh": "akvizicij fuzij preuzimanje_kompanij preuzima_kompanij preuzimanje_banke "
        "preuzima_banku preuzela_banku većinski_paket kontrolni_paket kontrolnog_paketa "
        "ponuda_za_preuzimanje ponudu_za_preuzimanje",
        "sr": "preuzela_kompanij preuzeo_kompanij većinski_udeo većinskog_udela većinskog_paketa "
        "kupila_kompanij kupio_kompanij kupuje_kompanij kupila_firm kupio_firm kupila…udeo "
        "kupio…udeo kupuje…udeo",
        "hr": "preuzimanje_tvrtk preuzima_tvrtk preuzela_tvrtk preuzeo_tvrtk većinski_udio "
        "većinskog_udjela kupila_tvrtk kupio_tvrtk kupuje_tvrtk kupila…udio kupio…udio kupuje…udio "
        "kupila…dionic kupio…dionic",
    },
    "jobs": {
        "sh": "otpuštanj otpušta…radnik otpustila…radnik otpustio…radnik nezaposlen "
        "tehnološki_višak tehnološkog_viška bez_posla",
        "sr": "otpustiće…radnik otpušta…zaposlen otpustila…zaposlen radna_mesta radnih_mesta "
        "radno_mesto gašenje_fabrik zatvaranje_fabrik zatvara_fabrik zatvorila_fabrik",
        "hr": "otpustit…radnik otpušta…zaposlenik otpustila…zaposlenik radna_mjesta radnih_mjesta "
        "radno_mjesto zatvaranje_tvornic zatvara_tvornic zatvorila_tvornic",
    },
    "rates": {
        "sh": "kamat monetarn ecb_ fed_ euribor",
        "sr": "narodna_banka narodne_banke narodnoj_banci nbs_ centralna_bank centralne_bank "
        "centralnoj_banc baznih_poena bazna_poena belibor",
        "hr": "hnb_ esb_ središnja_bank središnje_bank središnjoj_banc baznih_bodova bazna_boda",
    },
    "vote": {
        "sh": "izbori_ izborima izbore_ izborn rezultati_izbora drugi_krug_izbora "
        "drugom_krugu_izbora drugog_kruga_izbora referendum izglasa glasač birač izabran_za "
        "izabrana_za reizabran",
        "sr": "glasanj glasali predlog_zakona predloga_zakona nacrt_zakona nepoverenje_vlad "
        "nepoverenja_vlad nepoverenju_vlad nepoverenje_ministr nepoverenja_ministr "
        "nepoverenje_premijer drugi_krug_predsedničk drugom_krugu_predsedničk rik_",
        "hr": "glasovanj glasovali prijedlog_zakona prijedloga_zakona nepovjerenje_vlad "
        "nepovjerenja_vlad nepovjerenju_vlad nepovjerenje_ministr nepovjerenja_ministr "
        "nepovjerenje_premijer iskazivanje_nepovjerenja drugi_krug_predsjedničk "
        "drugom_krugu_predsjedničk dip_",
    },
    "death": {
        "sh": "preminu umro_ umrla_ komemoracij godini_života počivaj_u_miru in_memoriam",
        "sr": "sahran poslednji_ispraćaj",
        "hr": "pokopan pogreb sprovod_ sprovoda_ sprovodu_ posljednji_ispraćaj",
    },
    "opening": {
        "sh": "svečano_otvor svečanog_otvaranja svečanom_otvaranju pušten_u_rad puštena_u_rad "
        "pušteno_u_rad položen_kamen_temeljac položen_je_kamen_temeljac položio_kamen_temeljac "
        "položila_kamen_temeljac položili_kamen_temeljac polaganje_kamena_temeljca "
        "polaganju_kamena_temeljca inaugur",
        "sr": "pušten_u_saobraćaj puštena_u_saobraćaj presekli_vrpc presečena_vrpca direktan_let "
        "direktni_let direktnih_letova direktne_letove ponovo_otvor postavljen_kamen_temeljac "
        "postavili_kamen_temeljac postavljanje_kamena_temeljca",
        "hr": "otvoren_za_promet otvorena_za_promet pušten_u_promet puštena_u_promet "
        "prerezali_vrpc prerezana_vrpca izravni_let izravnih_letova izravne_letove ponovno_otvor",
    },
    "attack": {
        "sh": "napad_ napada_ napadu_ napadi_ napade_ napadom napadima napadnut teror atentat "
        "pucnjav izboden izbodena bomb granatira raketni_udar raketnim_udar udar_dron",
        "sr": "vazdušni_udar vazdušnim_udar",
        "hr": "zračni_udar zračnim_udar napadaj_ napadaja_ napadaji_ napadajem",
    },
    "scandal": {
        "sh": "istrag pritvor priveden pretres mito_ primanje_mita davanje_mita podmić korupcij "
        "korumpir skandal afer optužen optužb osumnjič pranje_novca pranja_novca plagijat",
        "sr": "uhapšen uhapsi hapšenj prevar pronever zloupotreb krivična_prijav krivičnu_prijav "
        "krivične_prijav",
        "hr": "uhićen uhiti uhićenj prijevar pronevjer zlouporab kaznena_prijav kaznenu_prijav "
        "kaznene_prijav uskok_ istražn",
    },
    "diplomacy": {
        "sh": "samit mirovni_pregovor mirovnih_pregovor mirovnim_pregovor mirovni_sporazum "
        "mirovnog_sporazum mirovni_plan mirovnog_plana primirj prekid_vatre prekida_vatre "
        "ambasador diplomat bilateraln",
        "sr": "ministar_spoljnih_poslova ministra_spoljnih_poslova ministarka_spoljnih "
        "šef_diplomatij šefa_diplomatij zvaničnu_posetu zvaničnoj_poseti državnu_posetu "
        "državnoj_poseti",
        "hr": "summit ministar_vanjskih_poslova ministra_vanjskih_poslova ministrica_vanjskih "
        "šef_diplomacij šefa_diplomacij veleposlan službeni_posjet službenom_posjet državni_posjet "
        "državnom_posjet",
    },
    "sport": {
        "sh": "utakmic meč finale_ finalu_ finala_ polufinal četvrtfinal osmin prvenstv trener "
        "gol_ golom golove golova golman penal reprezentacij košark vaterpol tenis rukomet olimpij "
        "turnir derbi navijač",
        "sr": "šampion prvak_evrope prvaka_evrope prvak_sveta prvaka_sveta liga_evrop lige_evrop "
        "superlig selektor fudbal crvena_zvezda crvene_zvezde crvenu_zvezdu",
        "hr": "prvak_europe prvaka_europe prvak_svijeta prvaka_svijeta prvaci_europe "
        "prvaci_svijeta svjetski_prvak europski_prvak naslov_prvaka prvakinj hnl_ izbornik vratar_ "
        "jedanaester nogomet hajduk_ hajduka_ hajduku_ hajdukom",
    },
    "budget": {
        "sh": "deficit porez pdv_ fiskaln javni_dug javnog_duga državni_dug državnog_duga rebalans",
        "sr": "budžet mere_štednje akciz",
        "hr": "proračun trošarin mjere_štednje",
    },
    "outage": {
        "sh": "nestanak_struje nestanka_struje nestanci_struje bez_struje bez_vode "
        "isključenje_struje isključenja_struje kvar_ kvara_ kvaru_ kvarom kvarov tehnički_problem "
        "tehničkih_problem tehničke_probleme havarij",
        "sr": "bez_grejanja redukcije_struje pad_sistema blekaut",
        "hr": "bez_grijanja bez_plina prekid_opskrbe prekida_opskrbe pad_sustava blackout",
    },
    "space": {
        "sh": "svemir astronaut satelit orbit esa_ spacex",
        # NASA in Cyrillic only: "nasa" in Latin letters is also naša (our), typed bare
        "sr": "kosmičk kosmonaut наса_",
        "hr": "kozmičk kozmonaut",
    },
}

NOT: dict[str, str] = {
    # Operation Storm (1995) and its days; Požarevac; unhappy; awkward; in short supply;
    # primarily; storms, avalanches and attacks of words or panic; candy; a war's satellite
    # images; receipts; unfortunately; completed; doomed; clashes of titans, civilisations,
    # generations, leaders; a brand, a goodwill ambassador
    "sh": "akcija_oluja akcije_oluja akciji_oluja akcijom_oluja operacija_oluja operacije_oluja "
    "godišnjica_oluje godišnjice_oluje godišnjicu_oluje godišnjici_oluje godina_od_oluje "
    "godine_od_oluje stradale_u_oluji proslava_oluje proslavu_oluje proslavi_oluje požarev nesrećn "
    "nesrećan nezgodn nezgodan deficitarn prvenstven politička_oluj političku_oluj političke_oluj "
    "političkoj_oluj medijska_oluj medijsku_oluj medijske_oluj medijskoj_oluj lavina_kritik "
    "lavinu_kritik lavine_kritik lavinom_kritik lavina_reakcij lavinu_reakcij lavine_reakcij "
    "lavinom_reakcij srčani_napad srčanog_napada napad_panike napadi_panike napade_panike "
    "napadima_panike bombon satelitski_snim satelitskih_snim satelitske_snim fiskalni_račun "
    "na_nesreću na_svu_nesreću priveden_kraju privedena_kraju privedeno_kraju privedeni_kraju "
    "privedene_kraju osuđen_na_propast osuđena_na_propast osuđeno_na_propast osuđeni_na_propast "
    "osuđene_na_propast sudar_titan sudar_civilizacij sudar_generacij sudar_lider brend_ambasador "
    "ambasador_brend ambasadorka_brend ambasador_dobre_volje ambasadorka_dobre_volje",
    # a political earthquake; Santa Claus; a price explosion; receipts; a referee
    "sr": "politički_zemljotres političkog_zemljotresa deda_mraz eksplozija_cena eksploziju_cena "
    "fiskalnih_račun fudbalski_sudij košarkaški_sudij glavni_sudij sudija_utakmic sudije_utakmic",
    # Operation Storm; shocks of politics and markets (Bosnian's berza); Santa Claus; a price
    # explosion; a panic attack, a fit; a referee
    "hr": "obljetnica_oluje obljetnice_oluje obljetnicu_oluje obljetnici_oluje vro_oluja "
    "politički_potres potresi_na_burz potresi_na_berz potresi_na_tržišt djed_mraz "
    "eksplozija_cijena eksploziju_cijena napadaj_panike napadaji_panike napadaja_panike "
    "epileptični_napadaj epileptičnog_napadaja nogometni_sudac nogometni_suc glavni_sudac "
    "sudac_utakmic suca_utakmic",
}


def _serbo_croatian() -> None:
    """Give each kind's and `NOT`'s shared entries ("sh") to Serbian and Croatian both, and
    Serbian's in Cyrillic too; and Croatian's and Serbian's in Latin letters to Bosnian,
    which the language detector reads most Serbian in Latin letters as."""
    for cues in (*KINDS.values(), NOT):
        shared = cues.pop("sh", "")
        own = cues.get("hr", ""), cues.get("sr", "")
        cues["hr"] = f"{shared} {own[0]}".strip().replace("|", "")
        cues["sr"] = _sr(f"{shared} {own[1]}")
        cues["bs"] = " ".join(dict.fromkeys(f"{shared} {own[0]} {own[1]}".replace("|", "").split()))


_serbo_croatian()
