"""Cue words of the kinds of event news tells (happenings.py) in Polish and Czech,
by the rules of happening_words.py: each entry is the start of a word, "_" a space or the
word's end, the longest entry found at a place wins and `NOT` hides what it covers.
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "pl": "zysk_ zysku_ zyski_ zysków zyskiem zysk_netto przychody przychodów przychodami "
        "przychodach przychód strata_netto straty_netto stratę_netto stratą_netto kwartał "
        "kwartale_ kwartalny kwartalne kwartalna kwartalną kwartalnej kwartalnego kwartalnym "
        "kwartalnych półrocz wyniki_finansow wyników_finansow wynikach_finansow wyników_półroczn "
        "wyniki_półroczn dywidend skup_akcji skupu_akcji skup_własnych skupu_własnych ebitda",
        "cs": "zisk hospodářské_výsledky hospodářských_výsledk hospodářský_výsledek "
        "výsledky_hospodaření výsledek_hospodaření tržb čistá_ztráta čistou_ztrátu čisté_ztráty "
        "provozní_ztrát čtvrtlet pololetí_ dividend zpětný_odkup zpětného_odkupu ebitda",
    },
    "recall": {
        "pl": "akcja_serwisow akcji_serwisow akcję_serwisow wycofuje_z_rynku wycofał_z_rynku "
        "wycofała_z_rynku wycofane_z_rynku wycofany_z_rynku wycofania_z_rynku wycofanie_z_rynku "
        "wycofuje_ze_sprzedaży wycofał_ze_sprzedaży wycofała_ze_sprzedaży wycofane_ze_sprzedaży "
        "wycofanie_ze_sprzedaży wycofania_ze_sprzedaży wzywa_do_serwis wezwie_do_serwis "
        "wezwała_do_serwis wezwał_do_serwis wezwanie_do_serwis",
        "cs": "svolávac svolává_do svolala_do svolal_do svolá_do svolávají_do svolává_vozy "
        "svolává_auta svolává_vozidla svolává_elektr svolává_desítky svolává_tisíce "
        "stahuje_z_trhu stáhla_z_trhu stáhl_z_trhu stáhne_z_trhu stažení_z_trhu "
        "stahuje_z_prodeje stáhla_z_prodeje stáhl_z_prodeje stažení_z_prodeje",
    },
    "breach": {
        "pl": "haker cyberatak cyberbezpiecz cyberprzestęp cyberzagroż cyberszpieg wyciek_danych "
        "wycieku_danych wyciekły_dane wyciekiem_danych kradzież_danych kradzieży_danych "
        "ransomware ddos",
        "cs": "hacker hackeř hekr hekeř hekersk kyberútok kyberbezpeč kyberzločin "
        "kybernetický_útok kybernetického_útoku kybernetické_útoky kybernetických_útok "
        "kybernetickou_bezpečnost kybernetické_bezpečnosti únik_dat úniku_dat únikem_dat "
        "únik_osobních úniku_osobních ransomware ddos",
    },
    "accident": {
        "pl": "pożar płomien płonął płonęł płonie_ spłon wybuch eksploz zawali zawaleni runął "
        "runęła runęło katastrofa_kolej katastrofy_kolej katastrofie_kolej katastrofa_lotnicz "
        "katastrofy_lotnicz katastrofie_lotnicz katastrofa_budowlan katastrofy_budowlan wykolej "
        "wypadek wypadku wypadki_ wypadków wypadkach wypadkiem zderzen zderzył zderzyły zderzyli "
        "karambol wyciek_gazu wycieku_gazu ulatniającego_się_gazu zapłon_metanu zapłonu_metanu "
        "wyrzut_metanu zatonął zatonęł zatonięci awaryjne_lądowan awaryjnego_lądowan "
        "awaryjnie_lądował awaryjnie_wylądował awari",
        "cs": "požár výbuch exploz zřícení zřítil vykolej nehoda nehody nehodě nehodu nehodou "
        "nehodách nehod_ nehodám havári havarij havarov srazil srazila srazily srazili "
        "únik_plynu úniku_plynu plamen shořel vyhořel potopil_ potopila_ nouzově_přistál "
        "nouzové_přistání nouzovém_přistání srážka_vlak srážce_vlak srážka_tramvaj "
        "srážce_tramvaj srážka_autobus srážce_autobus srážka_aut srážce_aut srážka_dvou "
        "srážce_dvou",
    },
    "quake": {
        "pl": "trzęsieni trzęsień_ziemi magnitud wstrząsy_wtórne wstrząsów_wtórnych "
        "wstrząs_wtórny sejsm tsunami erupcj wulkan_ wulkanu wulkanów wulkany wulkanem wulkanicz",
        "cs": "zemětřes magnitud otřesy_půdy otřes_půdy dotřes tsunami seism erupc sopk",
    },
    "weather": {
        "pl": "burza_ burzy_ burze_ burzą_ burzami burzach burzow nawałnic huragan tajfun cyklon "
        "tornad trąba_powietrzn trąby_powietrzn trąbę_powietrzn śnieżyc śnieżn zamieć zamieci "
        "śnieg opady_ opadów_ opadami deszcz ulew powódź powodzi_ powodziow powodzią podtopien "
        "osuwisk osunięcie_ziemi osunięcia_ziemi lawina_śnieżn lawiny_śnieżn zeszła_lawina "
        "lawina_zeszła zejście_lawiny upał fala_upałów susza_ suszy_ suszę_ suszą_ susze_ "
        "gołoled mróz_ mrozy_ mrozu_ mrozów_ mrozach przymrozk wichur silny_wiatr silnego_wiatru "
        "silne_wiatry ostrzeżenie_meteo ostrzeżenia_meteo ostrzeżeń_meteo imgw gradobic "
        "atak_zimy ataku_zimy",
        "cs": "bouře_ bouři_ bouří_ bouřk vichřic orkán hurikán tajfun cyklón cyklon tornád sníh "
        "sněhu_ sněhem sněžení sněhov vánic déšť deště_ dešti_ deštěm dešťov liják přívalov "
        "povodeň povodn záplav sesuv sucho_ sucha_ suchem_ vlna_veder vlny_veder vedra_ náledí "
        "ledovk mrazy_ mrazech lavin silný_vítr silného_větru nárazy_větru výstraha_před "
        "výstrahu_před výstrahy_před čhmú nepříznivé_počasí nepřízeň_počasí",
    },
    "outbreak": {
        "pl": "ognisko_zakażeń ogniska_zakażeń ognisko_choroby epidemi pandemi zakażen zakaził "
        "zakażon infekcj wirus koronawirus covid przypadków_odry przypadki_odry przypadek_odry "
        "zachorowań_na_odrę denga dengi grypa grypy grypę grypą grypow szczepi ospa_ ospy_ ospą_ "
        "ospę_ ebol kwarantann pomór_ pomoru_ asf_ zachorowań wybuchła_epidemia wybuchu_epidemii "
        "wybuchu_pandemii",
        "cs": "epidemi pandemi infekc nákaz nakažen nakazil virus koronavir covid spalničk denge "
        "chřipk očkov vakcín karantén opičí_neštovic neštovic ebol žloutenk černý_kašel "
        "černého_kašle",
    },
    "strike": {
        "pl": "strajk",
        "cs": "stávk",
    },
    "leadership": {
        "pl": "dymisj zdymisjonow złożył_rezygnację złożyła_rezygnację złożenie_rezygnacji "
        "rezygnuje_ze_stanowisk rezygnuje_z_funkcji "
        "rezygnację_ze_stanowisk rezygnacja_ze_stanowisk rezygnacji_ze_stanowisk "
        "rezygnacja_z_funkcji zrezygnował_ze_stanowisk zrezygnowała_ze_stanowisk "
        "zrezygnował_z_funkcji zrezygnowała_z_funkcji odwołany_ze_stanowisk "
        "odwołana_ze_stanowisk odwołania_ze_stanowisk odwołanie_ze_stanowisk odwołany_z_funkcji "
        "odwołana_z_funkcji odchodzi_ze_stanowisk odejdzie_ze_stanowisk odchodzi_z_zarządu "
        "odchodzi_z_firmy powołany_na_stanowisk powołana_na_stanowisk powołał_na_stanowisk "
        "powołała_na_stanowisk powołanie_na_stanowisk mianowan następc nowym_prezesem "
        "nowy_prezes_ nową_prezes nowym_szefem nowy_szef_ nową_szefową nowa_szefowa "
        "przejął_obowiązki przejęła_obowiązki przejmie_obowiązki",
        "cs": "rezign odstoupil odstoupila odstoupí odstoupit odstoupení odvolán_ odvolána_ "
        "odvoláni_ odvolal_z_funkce odvolala_z_funkce odvolání_z_funkce jmenován jmenoval "
        "nástupc demis opouští_funkci opustí_funkci opustil_funkci odchází_z_funkce "
        "odejde_z_funkce z_čela_ nový_šéf nového_šéfa novým_šéfem novou_šéfkou nová_šéfka "
        "nový_generální novým_generálním nová_generální",
    },
    "fine": {
        "pl": "grzywn kara_finansow kary_finansow karę_finansow karą_finansow kara_pieniężn "
        "karę_pieniężn kary_pieniężn karą_pieniężn kary_w_wysokości karę_w_wysokości "
        "kara_w_wysokości ukarał ukarana_ ukarany_ ukarane_ ukarani_ nałożył_karę nałożyła_karę",
        "cs": "pokut",
    },
    "court": {
        "pl": "sąd_ sądu_ sądzie_ sądem_ sądy_ sądów_ sądow wyrok skazan skazał uniewinni pozew_ "
        "pozwu_ pozwem_ pozwał pozwała pozwali pozwie_ prokurat trybunał akt_oskarżenia "
        "aktu_oskarżenia więzienia_ apelacyjn kasacj",
        "cs": "soud_ soudu_ soudem_ soudy_ soudů_ soudní soudce soudkyn rozsud odsouzen_ "
        "odsouzena_ odsouzeni_ odsouzený odsoudil_k odsoudila_k odsoudil_na odsoudila_na "
        "zproštěn žalob žaloval obžalob státní_zástup státního_zástup státním_zástup tribunál "
        "vězení_",
    },
    "listing": {
        "pl": "ipo_ debiut_na_giełdzie debiutu_na_giełdzie debiutuje_na_giełdzie "
        "debiutowała_na_giełdzie debiutował_na_giełdzie wejście_na_giełdę wejścia_na_giełdę "
        "wejściu_na_giełdę wejdzie_na_giełdę giełdowy_debiut giełdowego_debiutu obligacj "
        "emisja_akcji emisji_akcji emisję_akcji publiczna_oferta publicznej_oferty "
        "oferta_publiczna oferty_publicznej",
        "cs": "ipo_ vstup_na_burzu vstupu_na_burzu vstoupí_na_burzu vstoupila_na_burzu "
        "burzovní_debut dluhopis emise_akcií emisi_akcií primární_úpis úpis_akcií",
    },
    "takeover": {
        "pl": "przejęci przejmie_kontrol przejmuje_kontrol przejął_kontrol przejęła_kontrol fuzj "
        "akwizycj nabyci nabędzie nabył_ nabyła_ pakiet_kontroln pakietu_kontroln "
        "wezwanie_na_akcje wezwania_na_akcje",
        "cs": "převzetí_společnost převzetí_firm převzal_společnost převzala_společnost "
        "převezme_společnost převezme_firm akvizic fúze_ fúzi_ fúzí_ fúzn koupí_společnost "
        "koupila_společnost koupil_společnost kupuje_společnost ovládnutí majoritní_podíl "
        "majoritního_podíl většinový_podíl většinového_podíl",
    },
    "jobs": {
        "pl": "zwolnienia_grupow zwolnień_grupow zwolnieniach_grupow redukcja_etatów "
        "redukcji_etatów redukcję_etatów redukcja_zatrudnienia redukcji_zatrudnienia tnie_etaty "
        "likwidacja_etatów likwidacji_etatów etatów_ miejsc_pracy miejsca_pracy miejscach_pracy "
        "pracę_straci pracę_stracą straci_pracę stracą_pracę bezroboci",
        "cs": "propouštěn propustí_ propustit_ pracovních_míst pracovní_místa pracovní_místo "
        "nezaměstnan zruší_místa zrušení_míst přijde_o_práci přijdou_o_práci",
    },
    "rates": {
        "pl": "stopy_procentow stóp_procentow stopę_procentow stopach_procentow stopa_procentow "
        "stopa_referencyjn stopę_referencyjn stopy_referencyjn stopie_referencyjn referencyjna_ "
        "referencyjną_ rpp_ rada_polityki_pieniężnej rady_polityki_pieniężnej "
        "polityki_pieniężnej polityka_pieniężn polityce_pieniężn punktów_bazowych punkty_bazowe "
        "pkt_baz bank_centraln banku_centraln banki_centraln banków_centraln",
        "cs": "úrokov repo_sazb bankovní_rada bankovní_rady bankovní_radě měnov centrální_bank "
        "bazických_bod",
    },
    "vote": {
        "pl": "wybory_ wyborów_ wyborach_ wyborom_ wyborcz głosowani głosował zagłosowa referend "
        "druga_tura drugiej_tury drugiej_turze drugą_turę wotum_nieufności wotum_zaufania "
        "konstruktywne_wotum projekt_ustawy projektu_ustawy projektem_ustawy uchwali uchwalon "
        "pkw_ został_wybrany została_wybrana wybrany_na_ wybrana_na_ prawybor",
        "cs": "volby_ voleb_ volbách volbám volbami volební voliči voličů voličům zvolen "
        "hlasován hlasoval referend vyslovení_nedůvěry návrh_zákona návrhu_zákona novela_zákona "
        "novelu_zákona novely_zákona prvním_čtení druhém_čtení třetím_čtení sněmovna_schválila "
        "senát_schválil poslanci_schválili senátoři_schválili",
    },
    "death": {
        "pl": "zmarł pogrzeb_ pogrzebu_ pogrzebie_ pogrzebem_ pogrzebow nekrolog",
        "cs": "zemřel zesnul skonal pohřeb pohřb smuteční_ nekrolog úmrtí_",
    },
    "opening": {
        "pl": "uroczyste_otwarci uroczystego_otwarcia uroczyście_otwart otwarcie_nowego "
        "otwarcia_nowego otwarcie_nowej otwarcia_nowej otworzył_now otworzyła_now otworzyli_now "
        "otworzy_now otworzą_now otwiera_now otwierają_now otwarto_now otwarty_now otwarta_now "
        "otwarte_now otwarto_ otworzył_pierwsz otworzyła_pierwsz otworzyli_pierwsz "
        "otwiera_pierwsz otworzy_pierwsz ponowne_otwarci ponownego_otwarcia ponownie_otwart "
        "inauguracj wmurowani kamień_węgielny kamienia_węgielnego do_użytku przecięcie_wstęgi "
        "oficjalnie_otwart",
        "cs": "otevřel_nov otevřela_nov otevřeli_nov otevře_nov otevřou_nov otevírá_nov "
        "otevírají_nov otevřen_nov otevřena_nov otevřeno_nov otevření_nov otevřel_prvn "
        "otevřela_prvn otevřeli_prvn otevírá_prvn otevře_prvn slavnostně_otevř "
        "slavnostní_otevření slavnostním_otevření znovuotevř znovu_otevř do_provozu "
        "zahájení_provozu zahájil_provoz zahájila_provoz inaugurac základní_kámen "
        "základního_kamene",
    },
    "attack": {
        "pl": "atak zaatak zamach terror ostrzał ostrzel strzelanin bomb nożownik pocisk "
        "uderzenie_rakietow uderzenia_rakietow uderzenie_dron uderzenia_dron",
        "cs": "útok atentát teror ostřel střelb bomb nálet pobodal pobodání",
    },
    "scandal": {
        "pl": "śledztw przeszukan zatrzymani_ zatrzymany_ zatrzymana_ zatrzymanie_ zatrzymania_ "
        "zatrzymał_ zatrzymali_ areszt oszust łapów korupc skandal afer zarzut cba_ defraudacj "
        "sprzeniewierz plagiat nadużyci podejrzan wyłudz",
        "cs": "vyšetřov zadržen zatčen zatkl podvod úplatek úplatk korupc skandál afér obvin "
        "podezř plagiát zpronever trestní_oznámení trestního_oznámení trestní_stíhání "
        "trestního_stíhání stíhán majetkové_přiznání majetkovém_přiznání majetkového_přiznání",
    },
    "diplomacy": {
        "pl": "szczyt_nato szczycie_nato szczytu_nato szczyt_ue szczycie_ue szczytu_ue szczyt_g7 "
        "szczycie_g7 szczyt_g20 szczycie_g20 rozmowy_pokojow rozmów_pokojow rozmowach_pokojow "
        "negocjac traktat rozejm zawieszenie_broni zawieszenia_broni zawieszeniu_broni "
        "minister_spraw_zagranicznych ministra_spraw_zagranicznych ministrem_spraw_zagranicznych "
        "szef_msz szefa_msz szefem_msz msz_ wizyta_państwow wizytę_państwow wizyty_państwow "
        "z_wizytą dyplomat ambasador memorandum",
        "cs": "summit vrcholn_schůzk vyjednáv mírová_jednání mírových_jednání mírové_rozhovory "
        "mírových_rozhovor mírová_dohod mírovou_dohod příměří klid_zbraní ministr_zahraničí "
        "ministra_zahraničí ministryně_zahraničí šéf_diplomacie šéfka_diplomacie diplomat "
        "velvyslan státní_návštěv oficiální_návštěv memorand přístupová_jednání "
        "přístupových_jednání dvoustrann",
    },
    "sport": {
        "pl": "mecz finał półfinał ćwierćfinał puchar mistrzostw turniej trener gol_ gole_ gola_ "
        "golem_ goli_ rzut_karny rzutu_karnego rzutem_karnym rzuty_karne liga_mistrzów "
        "ligi_mistrzów lidze_mistrzów ligę_mistrzów ekstraklas reprezentacja_polski "
        "reprezentacji_polski reprezentację_polski reprezentacją_polski reprezentacja_narodow "
        "reprezentacji_narodow remis_ remisem remisu_ igrzysk stadion",
        "cs": "zápas finále semifinál čtvrtfinál pohár mistrovství turnaj trenér gól penalt "
        "reprezentac liga_mistrů ligy_mistrů lize_mistrů ligu_mistrů extralig fotbalist hokejist "
        "tenist remíz baráž olympi kvalifikač",
    },
    "budget": {
        "pl": "budżet deficyt podatek podatk wydatk",
        "cs": "rozpoč schodek schodk deficit daň_ daně_ daní_ daňov daněmi výdaj",
    },
    "outage": {
        "pl": "awari blackout przerwa_w_dostawie przerwy_w_dostawie przerwy_w_dostawach "
        "przerwa_w_dostawach bez_prądu bez_ogrzewania bez_zasilania bez_wody bez_ciepła "
        "brak_prądu braku_prądu przerwy_w_działaniu przerwa_w_działaniu",
        "cs": "výpadek výpadk blackout bez_proudu bez_elektřin bez_vody bez_tepla bez_topení "
        "technická_porucha technické_poruchy technickou_poruchu technické_poruše odstávk",
    },
    "space": {
        "pl": "kosmiczn kosmonaut astronaut kosmodrom orbit satelit rakieta_nośna rakiety_nośnej "
        "rakietę_nośną rakietą_nośną rakiet_nośnych iss_ nasa_ esa_ księżyc",
        "cs": "kosmick kosmonaut astronaut kosmodrom vesmír orbit oběžné_ oběžnou_ oběžná_ "
        "satelit družic nosná_raketa nosné_rakety nosnou_raketu nosnou_raketou iss_ nasa_ esa_",
    },
}

# Phrases that hide the words they cover (happening_words.NOT)
NOT: dict[str, str] = {
    "pl": "pożarn meczet bombk bombaj otwiera_pierwszy_klaster otwiera_pierwszy_rozdział "
    "otworzyła_pierwszy_klaster otworzyła_pierwszy_rozdział otworzyli_pierwszy_klaster "
    "otworzyli_pierwszy_rozdział otworzy_pierwszy_klaster otworzy_pierwszy_rozdział "
    "otwiera_nowy_rozdział otworzył_nowy_rozdział otworzyła_nowy_rozdział "
    "otworzyli_nowy_rozdział atak_serca ataku_serca atakiem_serca atak_paniki ataku_paniki "
    "gazeta_wyborcz gazety_wyborczej gazecie_wyborczej gazetą_wyborczą wybuch_wojny "
    "wybuchu_wojny wybuchła_wojna wybuchem_wojny wybuchł_skandal wybuchła_afera przejęcie_władzy "
    "przejęcia_władzy przejęcie_narkotyków przejęcia_narkotyków zatrzymanie_akcji_serca "
    "zatrzymał_się zatrzymali_się zatrzymała_się ukarany_żółtą ukarany_czerwoną otwarto_ogień "
    "otworzył_ogień otworzyli_ogień",
    "cs": "požárn odstoupil_od odstoupila_od odstoupit_od odstoupí_od odstoupení_od "
    "propustí_z_vazby propustit_z_vazby propustil_z_vazby otevírá_novou_kapitol "
    "otevřel_novou_kapitol otevřela_novou_kapitol otevřeli_novou_kapitol otevře_novou_kapitol",
}
