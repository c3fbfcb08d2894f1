"""Cue words of the kinds of event news tells (happenings.py) in Slovak and Catalan, by the rules
of happening_words.py: each entry is the start of a word, "_" a space or the word's end, the
longest entry found at a place wins and `NOT` hides what it covers.

Slovak declines its nouns as Czech does (happening_words_pl_cs.py), so a word's forms are given
where a stem starts other words too (nehoda, nehody, nehode: not "nehodí sa", it does not suit;
zápas_, zápasu_: not "zápasia", they struggle) and phrases where a word alone says too little
(stiahla_z_trhu, withdrawn from the market: a recall; menová_polit, monetary policy, not
"menovite", namely). Catalan is given in its own spelling (col·lisió, with its middle dot);
its words shared with other uses are given in a phrase or left out: "partit" is a match and a
political party, "beneficis" profits and benefits, "relleu" a succession and relief,
"traspàs" a death and a transfer, "Nevada" snow and a state.
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "sk": "zisk hospodárske_výsledky hospodárskych_výsledk hospodársky_výsledok "
        "výsledky_hospodárenia výsledok_hospodárenia tržb čistá_strata čistú_stratu "
        "čistej_straty prevádzkov_strat štvrťro polroč dividend spätný_odkup spätného_odkupu "
        "ebitda",
        "ca": "beneficis_nets benefici_net facturació resultats_trimestrals "
        "resultats_anuals resultats_semestrals trimestre semestre pèrdues_netes pèrdua_neta "
        "dividend recompra_d'accions",
    },
    "recall": {
        "sk": "zvoláva_do_servis zvolá_do_servis zvolala_do_servis zvolal_do_servis "
        "stiahne_z_trhu stiahla_z_trhu stiahol_z_trhu stiahnutie_z_trhu sťahuje_z_trhu "
        "stiahla_z_predaja stiahol_z_predaja",
        "ca": "crida_a_revisió retira_del_mercat retirada_del_mercat",
    },
    "breach": {
        "sk": "hacker hekersk kybernetický_útok kybernetického_útoku kybernetické_útoky "
        "kybernetických_útok kyberútok kyberbezpeč únik_dát úniku_dát únik_osobných ransomware "
        "ddos",
        "ca": "ciberatac ciberseguretat pirates_informàtics pirata_informàtic hacker "
        "filtració_de_dades robatori_de_dades ransomware",
    },
    "accident": {
        "sk": "požiar výbuch explóz zrútil zrútenie vykoľaj nehoda nehody nehode nehodu nehodou "
        "nehôd havári havarov zrazil_ "
        "zrazila_ zrazili_ zrážka_vlak zrážke_vlak zrážka_autobus zrážke_autobus zrážka_dvoch "
        "zrážke_dvoch únik_plynu úniku_plynu plamen zhorel vyhorel potopil_ potopila_ "
        "núdzovo_pristál núdzovo_pristálo núdzové_pristátie stroskot",
        "ca": "incendi explosió fuita_de_gas ensorrament esfondrament descarril accident "
        "sinistre naufragi naufrag col·lisió xoc_de_trens xoc_entre abocament_de_petroli "
        "marea_negra",
    },
    "quake": {
        "sk": "zemetras magnitúd otrasy_pôdy otras_pôdy dotras tsunami seizm erupci sopk",
        "ca": "terratrèmol sisme_ sismes_ sísmic magnitud tsunami erupci volcà",
    },
    "weather": {
        "sk": "búrk víchric orkán hurikán tajfún cyklón tornád sneh_ snehu_ snehom snežen "
        "snehov fujavic dážď dažď lejak prívalov povodeň povodn záplav zosuv sucho_ sucha_ "
        "horúčav poľadovic mrazy_ mrazoch lavín silný_vietor silného_vetra nárazy_vetra "
        "výstraha_pred výstrahu_pred výstrahy_pred shmú nepriaznivé_počasie "
        "nepriaznivého_počasia",
        "ca": "tempesta el_temporal tifó huracà cicló tornado neu_ nevades pluja pluges inundaci "
        "riuada aiguat esllavissada onada_de_calor onada_de_fred sequera glaçada gelades "
        "calamarsa pedregada vendaval ventada dana_ alerta_meteorològica",
    },
    "outbreak": {
        "sk": "epidémi pandémi infekci nákaz nakazen nakazil vírus koronavír covid osýpk "
        "dengue chríp očkovan vakcín karantén kiahn ebol žltačk čierny_kašeľ čierneho_kašľa",
        "ca": "brot_ epidèmia pandèmia infecci virus xarampió còlera dengue grip_ vacun",
    },
    "strike": {
        "sk": "štrajk",
        "ca": "vaga_ vagues_ vaguist aturada_de",
    },
    "leadership": {
        "sk": "rezign odstúpil odstúpila odstúpi_ odstúpiť odstúpenie odvolaný_ odvolaná_ "
        "odvolal_z_funkcie odvolala_z_funkcie odvolanie_z_funkcie vymenovaný_za vymenovaná_za "
        "vymenoval_za vymenovala_za vymenoval_nov vymenovala_nov nástupc "
        "demis opúšťa_funkciu opustil_funkciu opustí_funkciu odchádza_z_funkcie z_čela_ "
        "nový_šéf nového_šéfa novým_šéfom novou_šéfkou nová_šéfka nový_generálny "
        "nová_generálna",
        "ca": "dimiss dimitir dimiteix dimití destitu nomena_ nomenat nomenada nomenament "
        "successor",
    },
    "fine": {
        "sk": "pokut",
        "ca": "multa_ multes_ multat sancionat",
    },
    "court": {
        "sk": "súd_ súdu_ súdom_ súdy_ súdov_ súdn sudca sudcu sudkyn rozsud odsúden_ odsúdený "
        "odsúdená odsúdil_na odsúdila_na oslobodený_spod obžal žalob žaloval prokurátor "
        "prokuratúr tribunál väzenie_ väzenia_",
        "ca": "tribunal jutge jutgessa jutjat judici sentència condemnat_a_ condemnada_a_ absolt "
        "fiscalia "
        "demanda_judicial querella",
    },
    "listing": {
        "sk": "ipo_ vstup_na_burzu vstupu_na_burzu vstúpi_na_burzu vstúpila_na_burzu "
        "burzový_debut dlhopis emisi_akcií emisia_akcií úpis_akcií",
        "ca": "sortida_a_borsa debut_a_borsa oferta_pública_de_venda emissió_de_bons",
    },
    "takeover": {
        "sk": "prevzatie_spoločnost prevzatie_firm prevzal_spoločnosť prevzala_spoločnosť "
        "prevezme_spoločnosť akvizíci fúzi_ fúzia_ fúzie_ kúpi_spoločnosť kúpila_spoločnosť "
        "kúpil_spoločnosť majoritný_podiel majoritného_podielu väčšinový_podiel",
        "ca": "adquisició compra_de_l'empresa opa_ fusió_ fusions_ absorció",
    },
    "jobs": {
        "sk": "prepúšťan prepustí_ prepustiť_ pracovných_miest pracovné_miesta zruší_miesta "
        "zrušenie_miest príde_o_prácu prídu_o_prácu",
        "ca": "acomiadament ere_ llocs_de_treball expedient_de_regulació retallada_de_plantilla",
    },
    "rates": {
        "sk": "úrokov základnú_sadzbu základná_sadzba menová_polit menovej_polit menovú_polit "
        "centrálna_banka centrálnej_banky "
        "bázických_bod",
        "ca": "tipus_d'interès tipus_oficials preu_del_diner banc_central punts_bàsics",
    },
    "vote": {
        "sk": "voľby_ volieb_ voľbách voľbám voľbami volebn voliči voličov zvolený zvolená zvolení "
        "zvolil zvolila zvolili hlasovan "
        "hlasoval referend vyslovenie_nedôvery vyslovení_nedôvery návrh_zákona návrhu_zákona "
        "novela_zákona novelu_zákona prvom_čítaní druhom_čítaní treťom_čítaní "
        "parlament_schválil poslanci_schválili",
        "ca": "eleccions electoral votació votacions vot_ vots_ votar votat referèndum sufragi "
        "moció_de_censura qüestió_de_confiança investidura proposició_de_llei",
    },
    "death": {
        "sk": "zomrel zosnul pohreb smútočn nekrológ úmrti",
        "ca": "ha_mort morí defunció obituari funeral enterrament",
    },
    "opening": {
        "sk": "otvoril_nov otvorila_nov otvorili_nov otvorí_nov otvára_nov slávnostne_otvor "
        "slávnostné_otvorenie znovuotvor znovu_otvor do_prevádzky uvedenie_do_prevádzky "
        "základný_kameň základného_kameňa",
        "ca": "inaugura reobre reobertura primera_pedra",
    },
    "attack": {
        "sk": "útok_ útoku_ útoky_ útokom útokoch útokov atentát teror ostreľ streľb bomb nálet "
        "pobodal",
        "ca": "atac_ atacs_ atemptat terroris tiroteig bomba_ bombes_ bombardeig apunyal",
    },
    "scandal": {
        "sk": "vyšetrov zadržan zatknut zatkli podvod úplat korupci korupčn škandál afér obvin "
        "podozren plagiát spreneverov trestné_oznámenie trestného_oznámenia trestné_stíhanie "
        "trestného_stíhania stíhan",
        "ca": "investigació_policial investigació_judicial detingut detinguts detenció frau "
        "suborn corrupci escàndol acusat_de_ acusada_de_ acusats_de_ acusat_d' acusada_d' "
        "malversació imputat",
    },
    "diplomacy": {
        "sk": "summit samit mierové_rokovania mierových_rokovaní mierová_dohoda mierovú_dohodu "
        "prímeri minister_zahraničných ministra_zahraničných ministerka_zahraničných "
        "šéf_diplomacie diplomat veľvyslan štátna_návšteva štátnej_návštev oficiálnej_návštev "
        "memorand bilaterál",
        "ca": "cimera negociacions tractat_ acord_de_pau alto_el_foc treva ministre_d'exteriors "
        "ministra_d'exteriors visita_oficial visita_d'estat",
    },
    "sport": {
        "sk": "zápas_ zápasu_ zápase_ zápasy_ zápasoch zápasom zápasov finále semifinál štvrťfinál "
        "pohár majstrovst turnaj tréner gól penalt "
        "reprezentáci liga_majstrov ligy_majstrov lige_majstrov ligu_majstrov extralig "
        "futbalist hokejist tenist remíz baráž olympi kvalifikač",
        "ca": "semifinal quarts_de_final copa_ entrenador gol_ gols_ llançament_de_penal lliga_ "
        "campionat "
        "torneig golejador jugador",
    },
    "budget": {
        "sk": "rozpoč schodok schodku deficit daň_ dane_ daní_ daňov výdavk",
        "ca": "pressupost dèficit impost_ impostos",
    },
    "outage": {
        "sk": "výpadok_prúdu výpadku_prúdu výpadky_prúdu výpadok_elektriny výpadku_elektriny "
        "blackout bez_prúdu bez_elektrin bez_vody bez_tepla "
        "technická_porucha technickej_poruchy technickú_poruchu odstávk",
        "ca": "apagada tall_de_llum tall_elèctric sense_llum sense_electricitat caiguda_del_servei",
    },
    "space": {
        "sk": "kozmick kozmonaut astronaut kozmodróm vesmír orbit obežn satelit družic "
        "nosná_raketa nosnej_rakety nosnú_raketu iss_ nasa_ esa_",
        "ca": "nau_espacial òrbita satèl·lit coet_ astronauta estació_espacial",
    },
}

NOT: dict[str, str] = {
    # firemen (a fire's cue starts their word); to step back from (a contract); released from
    # custody; withdrew from a tournament, a match; "in attack" (a team's forward line)
    "sk": "požiarn odstúpil_od odstúpila_od odstúpiť_od odstúpenie_od prepustí_z_väzby "
    "prepustil_z_väzby prepustili_z_väzby odstúpil_z_turnaja odstúpila_z_turnaja "
    "odstúpil_zo_zápasu odstúpila_zo_zápasu v_útoku prvom_útoku druhom_útoku treťom_útoku "
    "štvrtom_útoku",
}
