"""Cue words of the kinds of event news tells (happenings.py) in Hindi, Greek and Swahili,
by the rules of happening_words.py: each entry is the start of a word, "_" a space or the
word's end, the longest entry found at a place wins and `NOT` hides what it covers.
A Hindi word's vowel signs are part of it ("आग_", a fire, is not "आगे", ahead), and a
letter with a nukta is the letter and the dot (ड़ as ड ़, NFKC) in entries and text alike;
words written with and without the nukta (मुनाफा, मुनाफ़ा) are both given. Greek is matched
with its accents and final sigma as σ; an entry stops before an accented letter where that
keeps it telling ("πυρκαγι": πυρκαγιά, πυρκαγιές), since headlines in capitals drop accents.
Swahili puts its subject and tense before the verb (amejiuzulu, alijiuzulu, ajiuzulu in a
headline), so a verb is given in the forms news writes; a casualty report says "wamefariki"
(they died), not a death of one person ("amefariki").
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "hi": "मुनाफा मुनाफ़ा मुनाफे मुनाफ़े शुद्ध_लाभ शुद्ध_घाटा तिमाही लाभांश बायबैक राजस्व",
        "el": "κέρδη_ κερδών_ καθαρά_κέρδη έσοδα εσόδων κύκλος_εργασιών κύκλο_εργασιών "
        "κύκλου_εργασιών τρίμηνο τριμήνου καθαρές_ζημιές μέρισμα επαναγορά_μετοχών "
        "οικονομικά_αποτελέσματα οικονομικών_αποτελεσμάτων",
        "sw": "faida_halisi faida_ghafi faida_kabla_ya_kodi faida_baada_ya_kodi faida_ya_shilingi "
        "faida_ya_sh faida_ya_dola robo_ya_kwanza_ya_mwaka robo_ya_pili_ya_mwaka "
        "robo_ya_tatu_ya_mwaka robo_ya_nne_ya_mwaka gawio matokeo_ya_kifedha",
    },
    "recall": {
        "hi": "रिकॉल वापस_मंगा",
        "el": "ανάκληση_οχημ ανάκληση_αυτοκιν ανάκληση_προϊ ανάκληση_παρτίδ ανακαλεί_οχήμ "
        "ανακαλεί_αυτοκίν ανακαλεί_προϊόν ανακαλεί_παρτίδ ανακλήσεις_οχημ",
    },
    "breach": {
        "hi": "हैकर हैक_ हैकिंग साइबर_हमल साइबर_अपराध साइबर_सुरक्षा डेटा_लीक डाटा_लीक डेटा_चोरी रैनसमवेयर",
        "el": "χάκερ κυβερνοεπίθεσ κυβερνοεπιθέσ κυβερνοασφάλ κυβερνοέγκλημ διαρροή_δεδομένων "
        "διαρροή_προσωπικών παραβίαση_δεδομένων ηλεκτρονική_επίθεση λυτρισμικ ransomware",
        "sw": "udukuzi wadukuzi mdukuzi kudukua shambulio_la_kimtandao mashambulizi_ya_kimtandao "
        "uhalifu_wa_kimtandao usalama_wa_mtandao uvujaji_wa_taarifa uvujaji_wa_data",
    },
    "accident": {
        "hi": "आग_ भीषण_आग धमाका_ धमाके_ धमाकों विस्फोट हादस दुर्घटना टक्कर टकराई टकराया टकराए "
        "पटरी_से_उतर खाई_में_गिर खाई_में_जा_गिर इमारत_गिर इमारत_ढह गैस_रिसाव झुलस",
        "el": "πυρκαγι φωτιά_ φωτιάς_ φωτιές_ φωτιών_ έκρηξη_ έκρηξης_ εκρήξεις_ φλόγες εκτροχιασ "
        "εκτροχιάστηκε δυστύχημα τροχαίο_ τροχαίου_ ατύχημα ατυχήματ ναυάγι προσάραξ κατέρρευσε_ "
        "κατάρρευση_κτιρίου διαρροή_αερίου",
        "sw": "ajali moto_ motoni mlipuko_wa_gesi mlipuko_wa_tangi kuporomoka likiporomoka "
        "liliporomoka limeporomoka ukiporomoka uliporomoka umeporomoka kuzama_ ikizama ilizama "
        "imezama mgongano kugongana",
    },
    "quake": {
        "hi": "भूकंप भूकम्प सुनामी रिक्टर ज्वालामुखी",
        "el": "σεισμ μετασεισμ ρίχτερ τσουνάμι ηφαίστει",
        "sw": "tetemeko matetemeko tsunami volkano kipimo_cha_richter",
    },
    "weather": {
        "hi": "बाढ़ भारी_बारिश मूसलाधार भारी_वर्षा भूस्खलन तूफान तूफ़ान चक्रवात आंधी ओलावृष्टि "
        "शीतलहर हीटवेव बादल_फट जलभराव",
        "el": "κακοκαιρ καταιγίδ πλημμύρ νεροποντ χιονόπτωσ χιονοπτώσ καύσωνα καύσωνας ξηρασία "
        "λειψυδρία κατολίσθησ ανεμοστρόβιλ τυφώνα κυκλώνα χαλάζι βροχοπτώσ καταρρακτώδ",
        "sw": "mafuriko mvua_kubwa mvua_kali dhoruba kimbunga vimbunga maporomoko_ya_ardhi ukame "
        "joto_kali upepo_mkali mawimbi_makali",
    },
    "outbreak": {
        "hi": "महामारी संक्रमण संक्रमित वायरस खसरा खसरे हैजा हैजे डेंगू फ्लू_ इन्फ्लूएंजा टीकाकरण "
        "वैक्सीन कोविड कोरोना मंकीपॉक्स एमपॉक्स",
        "el": "επιδημία επιδημίας πανδημία πανδημίας κρούσματ ιλαρά ιλαράς χολέρα χολέρας γρίπη "
        "γρίπης εμβόλι εμβολιασμ covid κορονοϊ κορωνοϊ",
        "sw": "mlipuko_wa kipindupindu surua_ dengue homa_ya_dengue mafua_ ebola mpox virusi "
        "maambukizi kuambukizwa wameambukizwa chanjo covid uviko",
    },
    "strike": {
        "hi": "हड़ताल चक्का_जाम",
        "el": "απεργ στάση_εργασίας στάσεις_εργασίας",
        "sw": "mgomo migomo kugoma wagoma wamegoma waligoma",
    },
    "leadership": {
        "hi": "इस्तीफा इस्तीफ़ा इस्तीफे इस्तीफ़े त्यागपत्र पद_छोड़ बर्खास्त नियुक्त उत्तराधिकारी "
        "शपथ_ली शपथ_ग्रहण पदभार_संभाल कार्यभार_संभाल",
        "el": "παραίτησ παραιτήθ παραιτείτ αποπομπή καρατομ διορισμ διορίστηκε ορκωμοσία ορκίστηκε "
        "διάδοχ ανασχηματισμ ανέλαβε_καθήκοντα αναλαμβάνει_καθήκοντα",
        "sw": "kujiuzulu amejiuzulu alijiuzulu ajiuzulu wamejiuzulu kufutwa_kazi amefutwa_kazi "
        "afutwa_kazi alifutwa_kazi kuteuliwa ameteuliwa ateuliwa aliteuliwa uteuzi kumteua "
        "amemteua alimteua amteua kuapishwa aapishwa ameapishwa aliapishwa",
    },
    "fine": {
        "hi": "जुर्माना जुर्माने अर्थदंड",
        "el": "πρόστιμ προστίμ χρηματική_ποινή",
        "sw": "faini",
    },
    "court": {
        "hi": "अदालत न्यायालय सुप्रीम_कोर्ट हाईकोर्ट हाई_कोर्ट कोर्ट_ याचिका मुकदमा मुक़दमा मुकदमे "
        "मुक़दमे न्यायाधीश आरोपपत्र चार्जशीट सज़ा_सुनाई सजा_सुनाई",
        "el": "δικαστήρι δικαστ δίκη_ δίκης_ καταδικάστηκ καταδίκη καταδίκης αθωώθηκε αθώωσ "
        "εισαγγελ αγωγή_κατά ποινή_φυλάκισης άρειος_πάγος αρείου_πάγου",
        "sw": "mahakama jaji_ hakimu kesi_ kushtakiwa ameshtakiwa alishtakiwa washtakiwa "
        "kifungo_cha hukumu kuhukumiwa amehukumiwa alihukumiwa ahukumiwa mwendesha_mashtaka",
    },
    "listing": {
        "hi": "आईपीओ लिस्टिंग सूचीबद्ध बॉन्ड बांड राइट्स_इश्यू",
        "el": "δημόσια_προσφορά εισαγωγή_στο_χρηματιστήριο ομόλογ ομολόγου ομολόγων "
        "αύξηση_μετοχικού_κεφαλαίου αύξηση_κεφαλαίου ipo_",
        "sw": "hati_fungani eurobond kuorodheshwa_katika_soko ipo_",
    },
    "takeover": {
        "hi": "अधिग्रहण विलय टेकओवर",
        "el": "εξαγορ συγχώνευσ συγχωνεύ δημόσια_πρόταση",
        "sw": "kununua_kampuni kuinunua_kampuni ununuzi_wa_kampuni ununuzi_wa_hisa "
        "kuchukua_umiliki",
    },
    "jobs": {
        "hi": "छंटनी छँटनी नौकरियों_में_कटौती लेऑफ ले-ऑफ",
        "el": "απολύσε περικοπές_θέσεων θέσεις_εργασίας θέσεων_εργασίας εθελουσία αναδιάρθρωσ",
        "sw": "kupunguza_wafanyakazi kuachisha_kazi kuwaachisha_kazi kuachishwa_kazi ajira "
        "nafasi_za_kazi kupoteza_kazi",
    },
    "rates": {
        "hi": "रेपो_रेट रेपो_दर ब्याज_दर रिजर्व_बैंक रिज़र्व_बैंक आरबीआई मौद्रिक_नीति बेसिस_पॉइंट "
        "आधार_अंक केंद्रीय_बैंक",
        "el": "επιτόκι εκτ_ κεντρική_τράπεζα κεντρικής_τράπεζας κεντρικών_τραπεζών "
        "νομισματική_πολιτική νομισματικής_πολιτικής μονάδες_βάσης μονάδων_βάσης",
        "sw": "riba_kuu riba_ya_msingi kiwango_cha_riba viwango_vya_riba benki_kuu sera_ya_fedha",
    },
    "vote": {
        "hi": "चुनाव मतदान मतगणना वोट_ वोटिंग विश्वास_मत अविश्वास_प्रस्ताव जनमत_संग्रह उपचुनाव "
        "निर्वाचित विधेयक",
        "el": "εκλογ εξελέγη επανεξελέγη ψηφοφορ ψήφισ ψηφίζ δημοψήφισμ νομοσχέδι "
        "πρόταση_δυσπιστίας",
        "sw": "uchaguzi kura_ mchujo kuchaguliwa amechaguliwa achaguliwa alichaguliwa mswada "
        "muswada",
    },
    "death": {
        "hi": "निधन देहांत अंतिम_संस्कार अंत्येष्टि",
        "el": "έφυγε_από_τη_ζωή απεβίωσε κηδεία κηδείας εξόδιος_ακολουθία",
        "sw": "amefariki afariki alifariki aaga_dunia ameaga_dunia aliaga_dunia mazishi maziko "
        "kifo_cha",
    },
    "opening": {
        "hi": "उद्घाटन लोकार्पण शिलान्यास भूमि_पूजन",
        "el": "εγκαίνι θεμέλιος_λίθος θεμελίου_λίθου επαναλειτουργ",
        "sw": "uzinduzi kuzindua amezindua alizindua azindua imezindua ilizindua kufungua_rasmi "
        "amefungua_rasmi afungua_rasmi alifungua_rasmi ufunguzi jiwe_la_msingi",
    },
    "attack": {
        "hi": "हमला हमले हमलों हमलो_ आतंकी आतंकवाद गोलीबारी फायरिंग बम_ बमबारी मिसाइल आत्मघाती रॉकेट_दाग",
        "el": "επίθεσ επιθέσ πυροβολισμ πυροβόλησ βόμβ βομβιστ τρομοκρατ πύραυλ πυραύλ "
        "αεροπορική_επιδρομή αεροπορικές_επιδρομές μαχαιρ",
        "sw": "shambulio mashambulizi mashambulio kushambulia kushambuliwa alishambuliwa "
        "wameshambuliwa bomu_ ugaidi magaidi gaidi_ kupigwa_risasi waliopigwa_risasi "
        "kufyatua_risasi kombora makombora mlipuko_wa_bomu",
    },
    "scandal": {
        "hi": "भ्रष्टाचार रिश्वत घोटाला घोटाले धोखाधड़ी गिरफ्तार गिरफ़्तार छापा छापे छापेमारी मनी_लॉन्ड्रिंग",
        "el": "σκάνδαλ διαφθορ δωροδοκ απάτη_ απάτης_ απάτες_ συνελήφθ σύλληψη συλλήψ ξέπλυμα "
        "υπεξαίρεσ λογοκλοπ προκαταρκτική_έρευνα",
        "sw": "ufisadi rushwa hongo_ ubadhirifu utakatishaji kukamatwa amekamatwa alikamatwa "
        "akamatwa wamekamatwa walikamatwa wakamatwa kashfa uchunguzi kuchunguza udanganyifu "
        "utapeli",
    },
    "diplomacy": {
        "hi": "शिखर_सम्मेलन वार्ता_ समझौता समझौते संधि_ युद्धविराम संघर्ष_विराम विदेश_मंत्री "
        "राजकीय_यात्रा द्विपक्षीय",
        "el": "σύνοδος_κορυφής συνόδου_κορυφής διαπραγματεύσ συνομιλίες συνθήκη_ εκεχειρία "
        "κατάπαυση_του_πυρός υπουργός_εξωτερικών υπουργού_εξωτερικών επίσημη_επίσκεψη "
        "κρατική_επίσκεψη",
        "sw": "mkutano_wa_kilele mazungumzo_ya_amani makubaliano_ya_amani usitishaji_mapigano "
        "kusitisha_mapigano waziri_wa_mambo_ya_nje ziara_rasmi ziara_ya_kitaifa",
    },
    "sport": {
        "hi": "मैच फाइनल फ़ाइनल सेमीफाइनल सेमीफ़ाइनल टूर्नामेंट विश्व_कप विकेट शतक आईपीएल मुख्य_कोच",
        "el": "αγωνιστική ημιτελικ προημιτελικ κύπελλ πρωτάθλημ πέναλτι γκολ προπονητ τουρνουά "
        "euroleague europa_league champions_league ισοπαλία",
        "sw": "mechi fainali nusu_fainali robo_fainali kombe_ ligi_ ligi_kuu kocha mabao penalti "
        "timu_ya_taifa michuano",
    },
    "budget": {
        "hi": "बजट राजकोषीय टैक्स_ जीएसटी",
        "el": "προϋπολογισμ δημοσιονομικ έλλειμμα ελλείμματ φόρος_ φόρο_ φόρου_ φόροι_ φόρων_ "
        "φορολογ φπα_",
        "sw": "bajeti ushuru nakisi matumizi_ya_serikali",
    },
    "outage": {
        "hi": "बिजली_गुल ब्लैकआउट बिजली_कटौती बिजली_आपूर्ति_ठप सर्वर_डाउन आउटेज",
        "el": "μπλακ_άουτ μπλακάουτ blackout διακοπή_ρεύματος διακοπές_ρεύματος "
        "διακοπή_ηλεκτροδότησης διακοπές_ηλεκτροδότησης χωρίς_ρεύμα",
        "sw": "kukatika_kwa_umeme kukatika_umeme kukosa_umeme hitilafu_ya_umeme mgao_wa_umeme",
    },
    "space": {
        # a rocket alone is as often a weapon ("रॉकेट दागे"): its launch is space news
        "hi": "उपग्रह रॉकेट_लॉन्च रॉकेट_का_प्रक्षेपण रॉकेट_प्रक्षेपण कक्षा_में_स्थापित अंतरिक्ष इसरो गगनयान",
        "el": "δορυφόρ διαστημικ διαστημόπλοι αστροναύτ κοσμοναύτ nasa_",
        "sw": "setilaiti satelaiti uzinduzi_wa_roketi kurusha_roketi_angani anga_za_juu obiti "
        "mwanaanga",
    },
}

# Phrases that hide the words they cover (happening_words.NOT)
NOT: dict[str, str] = {
    "hi": "आग_बबूला कड़ी_टक्कर कांटे_की_टक्कर टक्कर_दे हमला_बोल हमले_बोल जुबानी_हमल ज़ुबानी_हमल "
    "तीखा_हमल भूमि_अधिग्रहण जमीन_अधिग्रहण ज़मीन_अधिग्रहण समझौता_नहीं समझौते_नहीं बॉन्ड_यील्ड",
    "el": "αναδιάρθρωση_χρέους αναδιάρθρωσης_χρέους αναδιάρθρωση_του_χρέους "
    "αναδιάρθρωσης_του_χρέους",
    "sw": "mabomu_ya_machozi bomu_la_machozi shambulio_la_moyo makubaliano_ya_pamoja "
    "moto_wa_kuotea_mbali maji_ya_moto mgongano_wa_maslahi mgongano_wa_kimaslahi",
}
