"""Cue words of the kinds of event news tells (happenings.py) in Swedish, Norwegian and
Danish, by the rules of happening_words.py: each entry is the start of a word, "_" a space or
the word's end, the longest entry found at a place wins and `NOT` hides what it covers.
Their compounds put the kind last (skogsbrand, a forest fire; hamnstrejken, the port
strike), so the compounds news writes most are given too. Norwegian is Bokmål, under "no"
as language detection names it, and under "nb" and "nn" (Bokmål as a feed declares it,
and Nynorsk, which detection gives Bokmål news too and whose words for these mostly agree).
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "sv": "vinst_ vinsten_ vinstvarning nettovinst rörelsevinst rörelseresultat "
        "resultat_före_skatt resultat_efter_skatt nettoresultat nettoomsättning omsättning kvartal "
        "delårsrapport bokslut halvårsrapport halvårsresultat nettoförlust rörelseförlust "
        "utdelning återköp",
        "no": "overskudd driftsresultat resultat_før_skatt resultat_etter_skatt nettoresultat "
        "årsresultat driftsinntekter omsetning inntjening kvartal delårsrapport halvårsrapport "
        "halvårsresultat tilbakekjøp aksjeutbytte kvartalsutbytte utbytte_per_aksje øker_utbyttet "
        "kutter_utbyttet",
        "da": "overskud driftsresultat resultat_før_skat resultat_efter_skat nettoresultat "
        "årsresultat omsætning indtjening kvartal halvårsrapport halvårsregnskab regnskab "
        "årsregnskab aktietilbagekøb aktieudbytte udbyttebetaling hæver_udbyttet sænker_udbyttet",
    },
    "recall": {
        "sv": "återkallar_ återkallas_ återkallat_ återkallade_ återkallelse",
        "no": "tilbakekaller tilbakekalles tilbakekalt tilbakekalling kaller_tilbake",
        "da": "tilbagekalder tilbagekaldes tilbagekaldt tilbagekaldelse kalder_tilbage",
    },
    "breach": {
        "sv": "dataintrång it-attack it-angrepp cyberattack cyberangrepp hackerattack hackare "
        "hackad hackat dataläck utpressningsvirus ransomware cybersäkerhet överbelastningsattack",
        "no": "dataangrep datainnbrudd hackerangrep cyberangrep løsepengevirus hacker hacket "
        "datalekkasje ransomware cybersikkerhet",
        "da": "hackerangreb cyberangreb it-angreb dataangreb hacker hacket datalæk ransomware "
        "cybersikkerhed",
    },
    "accident": {
        "sv": "brand_ branden_ bränder bränderna storbrand skogsbrand lägenhetsbrand villabrand "
        "husbrand industribrand explosion exploder olycka_ olyckan_ olyckor trafikolyck tågolyck "
        "bussolyck flygolyck arbetsplatsolyck dödsolyck gruvolyck spårade_ur urspårning kollision "
        "kolliderade krock störtade flygplansolyck gasläck kemikalieutsläpp kantrade förlis",
        "no": "brann_ brannen_ branner storbrann skogbrann boligbrann husbrann eksplosjon "
        "eksploderte ulykke_ ulykken ulykker ulykkene ulykkes trafikkulykke togulykke bussulykke "
        "flyulykke arbeidsulykke dødsulykke gasslekkasje oljelekkasje kollisjon kolliderte styrtet "
        "sporet_av avsporing kantret",
        "da": "brand_ branden_ brande_ brandene storbrand skovbrand lejlighedsbrand eksplosion "
        "eksploderede ulykke_ ulykken ulykker trafikulykke togulykke busulykke flyulykke "
        "arbejdsulykke færdselsuheld uheld_ uheldet kollision kolliderede flystyrt afsporet "
        "afsporing gaslæk kæntrede",
    },
    "quake": {
        "sv": "jordbävning jordskalv skalv_ skalvet efterskalv tsunami magnitud richter "
        "vulkanutbrott",
        "no": "jordskjelv skjelv_ skjelvet etterskjelv tsunami magnitude richter vulkanutbrudd",
        "da": "jordskælv skælv_ skælvet efterskælv tsunami richter vulkanudbrud",
    },
    "weather": {
        "sv": "storm_ stormen_ stormar_ stormarna stormby oväder ovädret tyfon orkan cyklon "
        "tornado snöstorm snöoväder skyfall översvämning översvämmad jordskred skred_ värmebölja "
        "torkan_ kraftigt_regn kraftiga_regn snöfall",
        "no": "storm_ stormen_ stormer_ uvær uvêr ekstremvær orkan_ orkanen orkaner tyfon syklon "
        "tornado flom_ flommen flomvarsel oversvømmelse styrtregn kraftig_regn snøfall snøstorm "
        "snøskred jordskred leirskred hetebølge tørken_ farevarsel",
        "da": "storm_ stormen_ storme_ stormflod uvejr orkan tyfon cyklon tornado oversvømmelse "
        "oversvømmet skybrud kraftig_regn snestorm snefald hedebølge tørke_ tørken_ jordskred",
    },
    "outbreak": {
        "sv": "utbrott_av smittutbrott epidemi pandemi smittspridning smittad smittade infektion "
        "virus mässling kolera influensa fågelinfluensa vaccin covid mpox",
        "no": "utbrudd_av smitteutbrudd epidemi pandemi smittet smittede smittespredning infeksjon "
        "virus meslinger kolera influensa fugleinfluensa vaksin covid mpox",
        "da": "udbrud_af smitteudbrud epidemi pandemi smittet smittede smittespredning infektion "
        "virus mæslinger kolera influenza fugleinfluenza vaccin covid mpox",
    },
    "strike": {
        "sv": "strejk hamnstrejk generalstrejk sympatistrejk stridsåtgärd arbetsnedläggelse "
        "lockout",
        "no": "streik arbeidsnedleggelse plassfratredelse lockout",
        "da": "strejke arbejdsnedlæggelse lockout",
    },
    "leadership": {
        "sv": "avgår_ avgick_ avsatt avsätts sparkas_ sparkad utnämn tillträder tillträdde "
        "efterträd tillförordnad interim_vd ny_vd avgångsbesked lämnar_posten lämnar_sin_post",
        "no": "går_av trekker_seg_som trakk_seg_som fratre_ fratrer fratrådte fratredelse avsatt "
        "utnevn ny_konsernsjef ny_administrerende_direktør konstituert etterfølger tiltrer "
        "tiltrådte",
        "da": "træder_tilbage trådte_tilbage fratræder fratrådte afsat udnævn ny_topchef "
        "ny_administrerende_direktør konstitueret efterfølger tiltræder tiltrådte går_af",
    },
    "fine": {
        "sv": "böter bötfäll miljonböter sanktionsavgift vite_",
        "no": "bøter bøtelagt millionbot overtredelsesgebyr forelegg bot_på boten_på",
        "da": "bøde bøder millionbøde bødeforelæg",
    },
    "court": {
        "sv": "domstol tingsrätt hovrätt högsta_domstolen domen_ döms_ dömd dömdes dömer_ åtal "
        "åklagar frikänd rättegång",
        "no": "tingrett lagmannsrett høyesterett retten_ rettssak dommen_ dømt_ dømmes domfelt "
        "frifunnet tiltalt tiltale_ tiltalen_ tiltales påtalemyndighet søksmål saksøk",
        "da": "byret landsret højesteret retten_ retssag dommen_ dømt_ dømmes idømt frifundet "
        "tiltalt tiltale_ tiltalen_ tiltales anklagemyndighed sagsøg stævning",
    },
    "listing": {
        "sv": "börsnotering börsnoter börsintroduktion nyemission företrädesemission ipo_ "
        "obligationsemission obligationslån",
        "no": "børsnotering børsnoter emisjon rettet_emisjon ipo_ obligasjonslån "
        "obligasjonsutstedelse",
        "da": "børsnotering børsnoter aktieemission kapitaludvidelse ipo_ obligationsudstedelse "
        "obligationslån",
    },
    "takeover": {
        "sv": "förvärv_ förvärvet förvärvar förvärvade förvärvat förvärva_ köper_ köps_upp uppköp "
        "bud_på kontantbud offentligt_bud uppköpserbjudande fusion sammanslagning",
        "no": "kjøper_ om_å_kjøpe oppkjøp bud_på fusjon sammenslåing overtakelse overtar_",
        "da": "køber_ opkøb købstilbud overtagelse overtager_ fusion bud_på",
    },
    "jobs": {
        "sv": "varsel_ varsl uppsägning omställningsförhandling nedskärning personalneddragning "
        "arbetstillfällen jobb_ jobben_",
        "no": "nedbemann permitter oppsigelse oppsagt årsverk stillinger_ arbeidsplasser",
        "da": "fyringer fyringsrunde massefyring afskedigelse afskediger nedskæring arbejdspladser "
        "stillinger_ job_ jobs_",
    },
    "rates": {
        "sv": "styrränt räntan_ ränte riksbank centralbank penningpolitik baspunkt",
        "no": "styringsrente renten_ rente_ renteheving rentekutt rentenedsettelse renteøkning "
        "rentebeslutning rentemøte norges_bank sentralbank pengepolitikk basispunkt",
        "da": "styringsrente renten_ rente_ rentestigning rentesænkning renteforhøjelse "
        "rentebeslutning nationalbank centralbank pengepolitik basispoint",
    },
    "vote": {
        "sv": "valet_ riksdagsval kommunval regionval presidentval parlamentsval valresultat "
        "valseger omvald folkomröstning omröstning röstade röstar_ misstroendevotum lagförslag",
        "no": "valget_ stortingsvalg kommunevalg presidentvalg parlamentsvalg valgresultat "
        "valgseier gjenvalgt folkeavstemning avstemning stemte_ mistillit lovforslag",
        "da": "valget_ folketingsvalg kommunalvalg regionsvalg præsidentvalg parlamentsvalg "
        "valgresultat genvalgt folkeafstemning afstemning stemte_ mistillid lovforslag",
    },
    "death": {
        "sv": "avliden avled_ har_avlidit gått_bort gått_ur_tiden begravning minnesord",
        "no": "gikk_bort gått_bort avgikk_ved_døden sovnet_inn minneord begravelse bisettelse",
        "da": "gået_bort afgået_ved_døden sov_ind begravelse bisættelse mindeord nekrolog",
    },
    "opening": {
        "sv": "invig återöppn första_spadtaget",
        "no": "innvielse innviet gjenåpn første_spadestikk offisielt_åpnet åpnet_offisielt",
        "da": "indviet indvielse indvier genåbn første_spadestik officielt_åbnet åbnet_officielt",
    },
    "attack": {
        "sv": "attack angrepp skjutning skottlossning knivattack knivdåd bomb_ bomben bomber "
        "bombdåd bombade bombat bombning bombattack bombhot sprängdåd terror flygattack "
        "drönarattack missil robotattack beskjut",
        "no": "angrep skyting skyteepisode knivangrep knivstikk bombe bombing terror rakett "
        "droneangrep luftangrep beskytning beskutt",
        "da": "angreb skyderi skudepisode knivangreb knivstik bombe bombning terror missil "
        "droneangreb luftangreb beskyd",
    },
    "scandal": {
        "sv": "utreds_ utredning förundersökning greps_ gripits häktad häktas anhållen mutor muta_ "
        "mutbrott korruption bedrägeri skandal razzia husrannsakan penningtvätt förskingring "
        "plagiat gripna_",
        "no": "etterforsk granskning gransking pågrep korrupsjon bestikkelse svindel bedrageri "
        "skandale ransaking razzia hvitvask underslag plagiat økokrim",
        "da": "efterforsk politiundersøgelse anholdt anholdelse varetægt sigtet sigtelse "
        "korruption bestikkelse svindel bedrageri skandale ransag razzia hvidvask underslæb "
        "plagiat bagmandspoliti",
    },
    "diplomacy": {
        "sv": "toppmöte fredssamtal förhandlingar fördrag vapenvila eldupphör utrikesminister "
        "statsbesök fredsavtal",
        "no": "toppmøte forhandlinger traktat våpenhvile utenriksminister statsbesøk fredsavtale "
        "fredsforhandling",
        "da": "topmøde forhandlinger traktat våbenhvile udenrigsminister_ udenrigsministeren "
        "statsbesøg fredsaftale fredsforhandling",
    },
    "sport": {
        "sv": "match_ matchen matcher matcherna matchens final_ finalen finaler semifinal "
        "kvartsfinal cupen allsvenskan premier_league champions_league tränare_ förbundskapten "
        "turnering mästerskap straffsparksläggning landslag playoff kvalmatch kvalet",
        "no": "kampen_ finale semifinale kvartfinale cupfinale eliteserien landslag landslagssjef "
        "hovedtrener turnering mesterskap straffespark premier_league champions_league",
        "da": "kampen_ finale semifinale kvartfinale pokal superligaen landshold landstræner "
        "cheftræner turnering mesterskab straffespark premier_league champions_league",
    },
    "budget": {
        "sv": "budget statsbudget budgetproposition underskott skatt_ skatten_ skatter skattesänk "
        "skattehöj",
        "no": "statsbudsjett budsjett nasjonalbudsjett underskudd skatt_ skatten_ skatter skatteøk "
        "skattekutt",
        "da": "finanslov budget underskud skat_ skatten_ skatter_ skattelettelse skattestigning",
    },
    "outage": {
        "sv": "strömavbrott elavbrott driftstopp driftstörning produktionsstopp snabbstopp "
        "oplanerat_stopp it-haveri",
        "no": "strømbrudd strømstans driftsstans ute_av_drift nettverksfeil",
        "da": "strømafbrydelse strømsvigt nedbrud driftsforstyrrelse",
    },
    "space": {
        "sv": "satellit rymden_ rymdstation rymdfarkost rymdfärd rymdsond rymdteleskop rymdraket "
        "rymdstyrels omloppsbana bärraket astronaut nasa_",
        "no": "satellitt romfart romstasjon romferd romsonde romskip bærerakett astronaut "
        "bane_rundt_jorden nasa_",
        "da": "satellit rumfart rumstation rumsonde rumskib bæreraket astronaut nasa_",
    },
}

# Phrases that hide the words they cover (happening_words.NOT)
NOT: dict[str, str] = {
    "sv": "före_skatt efter_skatt bombsäker återkallar_tillstånd återkallat_tillstånd "
    "återkallade_tillstånd varsel_om_strejk varsel_om_stridsåtgärder kollisionskurs",
    "no": "før_skatt etter_skatt retten_til kampen_mot kampen_for kampen_om kollisjonskurs",
    "da": "før_skat efter_skat retten_til kampen_mot kampen_for kampen_om kollisionskurs",
}

# Bokmål as a feed declares it, and Nynorsk (see the docstring)
for _cues in (*KINDS.values(), NOT):
    _cues["nb"] = _cues["nn"] = _cues["no"]
