"""Cue words of the kinds of event news tells (happenings.py), in ten languages (fifteen more
are in happening_words_ru_uk.py, _pl_cs.py, _tr_ar.py, _id_vi.py, _hi_el_sw.py and
_nordic.py).

Each entry is the start of a word ("resign" finds resigns, resignation); "_" stands for a space
or, at the end, for the word's end ("fire_" is fire, not fired); in Chinese, Japanese and
Korean an entry is found anywhere. Entries and text are matched case-folded ("ß" is "ss").
The longest entry found at a place wins, so that "drone_strike" is an attack, not a walkout,
and the entries under `NOT` (no kind: "under_fire" is criticism) hide what they cover. "…"
stands for up to eight words of one clause, for the verbs whose particle ends a German or
Dutch clause ("ruft…zurück_": Velmora ruft weltweit 312.000 Autos zurück, a recall). A
kind's cues must rarely mean anything else in a lead, nor start a name ("orbit_", not "orbit":
Orbitel; "hack_", not "hack": Hackney). A word of two kinds is listed under both ("penalty": a
fine, a football match).
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "en": "earnings_ profit revenue net_income net_loss quarterly first-quarter second-quarter "
        "third-quarter fourth-quarter first_quarter second_quarter third_quarter "
        "fourth_quarter half-year full-year annual_results interim_results beats_forecast "
        "beat_forecast beats_estimate beat_estimate misses_forecast missed_forecast "
        "misses_estimate buyback dividend",
        "de": "gewinn_ gewinne_ gewinns_ reingewinn nettogewinn gewinnwarnung umsatz quartal "
        "halbjahr jahresbilanz geschäftszahlen jahreszahlen nettoergebnis betriebsergebnis "
        "dividende aktienrückkauf",
        "fr": "bénéfice chiffre_d'affaires résultats_trimestriels résultats_annuels "
        "résultats_semestriels trimestre semestriel perte_nette dividende rachat_d'actions",
        "es": "ganancia beneficio_neto utilidad_neta facturación ingresos_ resultados_trimestrales "
        "resultados_anuales trimestre semestre pérdida_neta dividendo recompra_de_acciones",
        "it": "utile_netto utile_operativo fatturato ricavi trimestr semestr bilancio_ "
        "perdita_netta dividend buyback",
        "pt": "lucro receita faturamento trimestre semestre prejuízo dividend recompra_de_ações",
        "nl": "nettowinst kwartaalwinst jaarwinst winstcijfers omzet kwartaal halfjaar jaarcijfers "
        "nettoresultaat dividend inkoop_van_aandelen",
        "zh": "财报 净利 营收 营业收入 利润 季度 半年报 业绩 分红 回购 亏损",
        "ja": "決算 純利益 営業利益 売上高 経常利益 四半期 増益 減益 赤字 黒字 配当 自社株買い",
        "ko": "실적 영업이익 순이익 매출 분기 흑자 적자 배당 자사주",
    },
    "recall": {
        "en": "recall_ recalls_ recalled_ recalling_",
        "de": "rückruf zurückgerufen zurückruf ruft…zurück_ rufen…zurück_ "
        "ruft…in_die_werkstatt rufen…in_die_werkstatt ruft…in_die_werkstätten "
        "rufen…in_die_werkstätten",
        "fr": "rappel_",
        "es": "llamada_a_revisión retira_del_mercado retirada_de",
        "it": "richiamo",
        "pt": "recall chamamento",
        "nl": "terugroep roept…terug_ roepen…terug_",
        "zh": "召回",
        "ja": "リコール 自主回収",
        "ko": "리콜",
    },
    "breach": {
        "en": "data_breach breach hack_ hacked hacker hacking ransomware data_leak leaked_data "
        "stolen_data personal_data customer_data cyber_ cyberattack cyber-attack cybersecurity "
        "cyber-security cybercrim",
        "de": "datenleck hacker cyber datenpanne datendiebstahl",
        "fr": "fuite_de_données piratage pirate cyber rançongiciel",
        "es": "filtración_de_datos hackeo hacker ciber robo_de_datos",
        "it": "furto_di_dati violazione_dei_dati attacco_informatico hacker cyber",
        "pt": "vazamento_de_dados hacker ciber ataque_hacker",
        "nl": "datalek hack cyber",
        "zh": "数据泄露 信息泄露 黑客 网络攻击 勒索软件",
        "ja": "情報流出 個人情報 不正アクセス サイバー攻撃 ハッカー",
        "ko": "해킹 개인정보 유출 사이버",
    },
    "accident": {
        "en": "fire_ blaze_ blazes_ blazing explosion exploded blast_ inferno wildfire "
        "bushfire gas_leak chemical_leak spill_ building_collapse bridge_collapse "
        "mine_collapse derail crash_ crashed_ accident capsiz collided collision",
        "de": "brand_ brände explosion explodiert großbrand gasleck einsturz eingestürzt "
        "entgleis unfall absturz feuer_ großfeuer ölpest ölteppich",
        "fr": "incendie explosion fuite_de_gaz effondrement déraill accident crash "
        "marée_noire nappe_de_pétrole fuite_de_pétrole déversement_de_pétrole",
        "es": "incendio explosión fuga_de_gas derrumbe colapso descarril accidente siniestro "
        "derrame_de_petróleo derrame_de_crudo mancha_de_petróleo mancha_de_crudo marea_negra",
        "it": "incendio esplosione rogo fuga_di_gas crollo deragli incidente "
        "sversamento_di_petrolio chiazza_di_petrolio marea_nera",
        "pt": "incêndio explosão vazamento_de_gás desabamento desaba descarril acidente "
        "derrame_de_petróleo derrame_de_crude vazamento_de_petróleo vazamento_de_óleo "
        "mancha_de_petróleo mancha_de_crude mancha_de_óleo maré_negra",
        "nl": "brand_ explosie gaslek instorting ingestort ontspoor ongeluk olieramp",
        "zh": "火灾 起火 大火 失火 爆炸 燃爆 泄漏 坍塌 倒塌 脱轨 事故",
        "ja": "火災 火事 出火 爆発 漏れ 崩落 倒壊 脱線 事故",
        "ko": "화재 폭발 누출 붕괴 탈선 사고 산불",
    },
    "quake": {
        "en": "earthquake quake_ quakes_ tremor magnitude tsunami aftershock quake_strikes "
        "earthquake_strikes seismic_activity",
        "de": "erdbeben beben_ tsunami nachbeben",
        "fr": "séisme tremblement_de_terre magnitude secousse tsunami",
        "es": "sismo terremoto temblor magnitud tsunami",
        "it": "terremoto sisma scossa magnitudo tsunami",
        "pt": "terremoto sismo tremor magnitude tsunami",
        "nl": "aardbeving beving tsunami naschok",
        "zh": "地震 震级 余震 海啸 震中 震源",
        "ja": "地震 震度 マグニチュード 余震 津波 震源",
        "ko": "지진 여진 쓰나미 진앙",
    },
    "weather": {
        "en": "storm_ storms_ typhoon hurricane cyclone tornado gale_ gales_ snow_ snowfall "
        "snowstorm blizzard rain_ rains_ rainfall downpour deluge flood mudslide heatwave "
        "heat_wave drought monsoon hailstorm weather_warning",
        "de": "sturm unwetter taifun hurrikan orkan tornado schnee regen_ regenfälle starkregen "
        "hochwasser überschwemm erdrutsch hitzewelle dürre",
        "fr": "tempête typhon ouragan cyclone tornade neige pluie orage inondation crue "
        "glissement_de_terrain canicule sécheresse intempéries",
        "es": "tormenta el_temporal tifón huracán ciclón tornado nieve nevada lluvia inundación "
        "riada deslizamiento ola_de_calor sequía dana_",
        "it": "tempesta maltempo tifone uragano ciclone tromba neve nevicat pioggia alluvione "
        "esondazione frana ondata_di_calore siccità",
        "pt": "tempestade tufão furacão ciclone tornado neve chuva inundação enchente deslizamento "
        "onda_de_calor seca_",
        "nl": "storm_ stormen tyfoon orkaan cycloon tornado sneeuw regen_ regenval noodweer "
        "overstroming hittegolf droogte",
        "zh": "台风 暴雨 风暴 飓风 暴雪 洪水 洪涝 山洪 泥石流 热浪 干旱 强降雨 山体滑坡",
        "ja": "台風 豪雨 大雨 暴風 大雪 洪水 浸水 土砂崩れ 猛暑 干ばつ 線状降水帯",
        "ko": "태풍 폭우 호우 폭풍 폭설 홍수 산사태 폭염 가뭄",
    },
    "outbreak": {
        "en": "outbreak epidemic pandemic infection virus measles cholera dengue flu_ influenza "
        "mpox ebola vaccin",
        "de": "ausbruch epidemie pandemie infektion virus masern cholera grippe impf",
        "fr": "épidémie pandémie infection virus rougeole choléra dengue grippe vaccin",
        "es": "brote epidemia pandemia infección virus sarampión cólera dengue gripe vacun",
        "it": "focolaio epidemia pandemia infezion virus morbillo colera dengue influenza vaccin",
        "pt": "surto epidemia pandemia infecção vírus sarampo cólera dengue gripe vacin",
        "nl": "uitbraak epidemie pandemie infectie virus mazelen cholera griep vaccin",
        "zh": "疫情 病毒 感染 麻疹 霍乱 登革热 流感 疫苗 传染病",
        "ja": "感染 ウイルス 麻疹 コレラ デング インフルエンザ ワクチン 流行",
        "ko": "감염 바이러스 홍역 콜레라 뎅기 독감 백신",
    },
    "strike": {
        "en": "strike_ walkout walk-out walk_out walked_out walks_out walking_out "
        "industrial_action work_stoppage strikes_ striking_",
        "de": "streik warnstreik arbeitsniederlegung ausstand legt_arbeit_nieder "
        "legen_die_arbeit_nieder",
        "fr": "grève grévist débrayage",
        "es": "huelga huelguist",
        "it": "sciopero scioper",
        "pt": "greve grevist paralisação",
        "nl": "staking staken_ werkonderbreking",
        "zh": "罢工",
        "ja": "ストライキ 争議",
        "ko": "파업",
    },
    "leadership": {
        "en": "resign step_down steps_down stepped_down stepping_down quit_ quits_ quitting ousted "
        "oust_ sacked sacks_ sack_ dismiss appoint successor to_succeed succeeds to_retire "
        "retires_ interim_chief interim_ceo",
        "de": "rücktritt tritt…zurück_ treten…zurück_ zurücktr zurückgetreten abgesetzt entlassen "
        "entlässt ernannt ernennt nachfolger nachfolgerin ruhestand",
        "fr": "démission démissionn limog nommé_ nommée_ nomme_ successeur quitte_ses_fonctions",
        "es": "dimite dimisión dimitió renuncia destitu cesa_ cesado nombra sucesor relevo",
        "it": "dimission dimett nominat nomina_ successore esonerat sostituit",
        "pt": "demite-se demissão demite demitid renúncia renuncia exonera nomead sucessor",
        "nl": "aftreden treedt…af_ treden…af_ afgetreden opgestapt stapt_op ontslag "
        "benoemd benoemt opvolger",
        "zh": "辞职 辞去 卸任 下台 免职 解职 任命 接任 继任 出任",
        "ja": "辞任 辞職 退任 解任 更迭 就任 後任 交代",
        "ko": "사퇴 사임 퇴진 해임 경질 취임 후임",
    },
    "fine": {
        "en": "fine_ fined_ fines_ penalty penalties penalis penaliz",
        "de": "bußgeld geldbuße geldstrafe strafe_ kartellstrafe",
        "fr": "amende sanction_financière pénalité",
        "es": "multa sanción_económica",
        "it": "multa sanzione",
        "pt": "multa",
        "nl": "boete",
        "zh": "罚款 罚金 处罚",
        "ja": "罰金 制裁金 課徴金",
        "ko": "과징금 벌금 과태료",
    },
    "court": {
        "en": "court_ courts_ courtroom verdict lawsuit sue_ sues_ sued_ suing judge ruling jailed "
        "sentenced convicted acquitted tribunal prosecutor on_trial stand_trial stands_trial",
        "de": "gericht_ gerichts landgericht oberlandesgericht verwaltungsgericht gerichtshof "
        "urteil verklagt verurteil freigesproch staatsanwalt klage_",
        "fr": "tribunal cour_ jugement procès plainte acquitt juge_ procureur conseil_d'état",
        "es": "tribunal juzgado sentencia demandó juicio juez condenad absuelt fiscal",
        "it": "tribunale corte_ sentenza giudice condannat assolt procura",
        "pt": "tribunal sentença ação_judicial juiz condenad absolvid procurador",
        "nl": "rechter rechtbank vonnis rechtszaak aanklager veroordeeld vrijgesproken",
        "zh": "法院 判决 起诉 诉讼 审判 判处 裁定 检方",
        "ja": "裁判 判決 提訴 訴訟 地裁 高裁 最高裁 検察",
        "ko": "법원 판결 소송 재판 선고 검찰 대법원",
    },
    "listing": {
        "en": "ipo_ ipos_ initial_public_offering listing_on_ stock_market_listing "
        "stock-market_listing market_debut flotation float_ floats_ bond_ bonds_ eurobond "
        "debt_sale share_sale rights_issue",
        "de": "börsengang anleihe kapitalerhöhung",
        "fr": "introduction_en_bourse emprunt_obligataire augmentation_de_capital",
        "es": "salida_a_bolsa opv_ bono_ bonos_ emisión_de_deuda ampliación_de_capital",
        "it": "quotazione ipo_ bond_ obbligazion aumento_di_capitale",
        "pt": "abertura_de_capital ipo_ debêntur",
        "nl": "beursgang obligatie",
        "zh": "ipo 首次公开募股 挂牌上市 发债 债券 增发",
        "ja": "ipo 新規上場 新規株式公開 社債 増資",
        "ko": "ipo 기업공개 신규상장 회사채 유상증자",
    },
    "takeover": {
        "en": "acquisition acquire takeover take_over buyout merger merge bid_for agrees_to_buy "
        "agreed_to_buy deal_to_buy buys_",
        "de": "übernahme übernimmt kauft_ kaufen fusion beteiligung",
        "fr": "rachat rachète acquisition fusion offre_publique prise_de_participation",
        "es": "adquisición adquiere fusión opa_",
        "it": "acquisizion acquista fusione opa_",
        "pt": "aquisição adquire fusão",
        "nl": "overname overnemen neemt_over koopt fusie",
        "zh": "收购 并购 合并 入股",
        "ja": "買収 合併 経営統合 出資",
        "ko": "합병 인수합병 인수키로 인수한다 인수했다 인수_계약",
    },
    "jobs": {
        "en": "job_cuts job_losses jobs_ headcount layoff lay_off laying_off redundanc "
        "restructuring",
        "de": "stellenabbau arbeitsplätze entlassungen kündigungen werksschließung stellenstreich "
        "streicht…stellen baut…stellen schließt…werk_ schließen…werk_ schließt…werke_ "
        "schließt…fabrik schließen…fabrik",
        "fr": "suppression_de_postes suppressions_de_postes emplois licenciement plan_social",
        "es": "despidos empleos puestos_de_trabajo ere_",
        "it": "esuberi licenziament posti_di_lavoro",
        "pt": "demissões empregos postos_de_trabalho cortes_de_vagas",
        "nl": "banen ontslagen reorganisatie sluit…fabriek sluiten…fabriek",
        "zh": "裁员 减员",
        "ja": "人員削減 希望退職",
        "ko": "감원 구조조정 희망퇴직",
    },
    "rates": {
        "en": "interest_rate key_rate benchmark_rate policy_rate base_rate repo_rate cash_rate "
        "reference_rate lending_rate deposit_rate rate-setters rate_setters rate_cut rate_hike "
        "rate_rise basis_points monetary_policy central_bank stands_pat",
        "de": "leitzins zinsen zinssenkung zinserhöhung notenbank zentralbank geldpolitik "
        "basispunkte",
        "fr": "taux_directeur taux_d'intérêt banque_centrale politique_monétaire points_de_base",
        "es": "tipos_de_interés tasa_de_interés tipo_de_interés tasa_de_referencia banco_central "
        "política_monetaria puntos_básicos selic",
        "it": "tassi_di_interesse tasso_di_riferimento banca_centrale politica_monetaria "
        "punti_base",
        "pt": "taxa_de_juros juros_ banco_central política_monetária pontos_base selic copom",
        "nl": "rente_ rentetarief centrale_bank monetair basispunten",
        "zh": "利率 降息 加息 央行 货币政策 基点",
        "ja": "金利 利下げ 利上げ 日銀 中央銀行 金融政策 政策金利",
        "ko": "기준금리 금리 한국은행 통화정책 중앙은행",
    },
    "vote": {
        "en": "election elect_ elected vote_ votes_ voted_ voting ballot referendum polls_ runoff "
        "run-off by-election no-confidence legislation",
        "de": "wahl_ wahlen gewählt abstimmung stichwahl referendum misstrauensvotum gesetzentwurf",
        "fr": "élection élu_ élue_ vote_ voté scrutin référendum second_tour motion_de_censure "
        "projet_de_loi",
        "es": "elecciones elección elegido votación vota_ votó referéndum segunda_vuelta "
        "moción_de_censura proyecto_de_ley",
        "it": "elezion eletto eletta eletti votazione voto_ referendum ballottaggio sfiducia "
        "disegno_di_legge",
        "pt": "eleição eleições eleito votação votou referendo segundo_turno projeto_de_lei",
        "nl": "verkiezing gekozen stemden referendum motie_van_wantrouwen wetsvoorstel stemt_in",
        "zh": "选举 当选 投票 公投 表决 议会通过 法案",
        "ja": "選挙 当選 投票 住民投票 採決 不信任 法案 可決",
        "ko": "선거 당선 투표 국민투표 표결 불신임 법안 가결",
    },
    "death": {
        "en": "dies_ died_ obituary passed_away death_of funeral",
        "de": "gestorben stirbt verstorben nachruf trauer",
        "fr": "décédé décès meurt est_mort nécrologie obsèques",
        "es": "fallece falleció muere murió obituario funeral",
        "it": "morto_ morta_ muore scomparso scomparsa funerale",
        "pt": "morre_ morreu faleceu falecimento velório",
        "nl": "overleden overlijdt sterft stierf uitvaart",
        "zh": "逝世 去世 病逝 享年",
        "ja": "死去 逝去 訃報 享年",
        "ko": "별세 타계 숨져 향년",
    },
    "opening": {
        "en": "reopen inaugurat unveil breaks_ground broke_ground groundbreaking ground-breaking "
        "officially_opened officially_opens opened_to_the_public opens_to_ opened_to_traffic "
        "first_commercial_flight first_direct_flight",
        "de": "wiedereröffn eingeweiht einweihung spatenstich erster_direktflug",
        "fr": "inaugur rouvre réouverture pose_de_la_première_pierre premier_vol_direct",
        "es": "inaugur reabre reapertura primera_piedra primer_vuelo_directo",
        "it": "inaugur riapre riapertura posa_della_prima_pietra primo_volo_diretto",
        "pt": "inaugur reabre reabertura pedra_fundamental primeiro_voo_direto",
        "nl": "geopend heropen ingehuldigd eerste_paal eerste_rechtstreekse_vlucht",
        "zh": "开通 通车 开幕 开业 落成 动工 开工 奠基 重新开放 首航",
        "ja": "開業 開通 開幕 開所 着工 起工 就航",
        "ko": "개통 개관 착공 준공 재개장 취항",
    },
    "attack": {
        "en": "attack shooting gunman gunmen stabbing bomb_ bombs_ bombing bombed bomber airstrike "
        "air_strike drone_strike missile shelling assassinat strike_kills strikes_kill "
        "strike_killed strikes_killed air_strikes drone_strikes missile_strike missile_strikes "
        "rocket_strike rocket_strikes military_strike military_strikes retaliatory_strike",
        "de": "anschlag angriff schüsse messerangriff bombe luftangriff drohnenangriff rakete",
        "fr": "attaque attentat fusillade bombe frappe_aérienne frappes_aériennes roquette missile",
        "es": "ataque atentado tiroteo bomba bombardeo misil",
        "it": "attacco attentato sparatoria bomba bombardament missil",
        "pt": "ataque atentado tiroteio bomba bombardeio míssil",
        "nl": "aanslag aanval schietpartij bom_ raket",
        "zh": "袭击 枪击 爆炸袭击 空袭 导弹 炮击",
        "ja": "襲撃 銃撃 テロ 空爆 ミサイル 砲撃",
        "ko": "총격 테러 공습 미사일 포격 피습",
    },
    "scandal": {
        "en": "investigat probe_ inquiry raid_ raided arrest fraud brib corrupt scandal allegation "
        "accused embezzl plagiar audit_ audits_ misconduct",
        "de": "ermittl razzia festgenommen verhaftet bestech korrupt skandal vorwürfe plagiat "
        "affäre betrugs betrüger",
        "fr": "enquête perquisition interpellé arrêté_ fraude corruption scandale accusation "
        "soupçon plagiat",
        "es": "investigación detenido arrestado fraude soborno corrupción escándalo acusación "
        "plagio",
        "it": "indagin inchiesta perquisizion arrestat frode corruzione scandalo accus plagio "
        "tangenti_ tangente_",
        "pt": "investigação operação_ preso_ presa_ fraude propina suborno corrupção escândalo "
        "acusação plágio",
        "nl": "aangehouden gearresteerd fraude omkoping corruptie schandaal beschuldig plagiaat "
        "inval_ invallen_",
        "zh": "立案调查 展开调查 接受调查 搜查 逮捕 拘留 诈骗 行贿 受贿 腐败 丑闻 造假 舞弊",
        "ja": "捜査 捜索 逮捕 詐欺 贈賄 収賄 汚職 不正 疑惑 改ざん",
        "ko": "수사 압수수색 체포 구속 뇌물 비리 의혹 조작 사기_혐의 사기죄",
    },
    "diplomacy": {
        "en": "summit talks_ treaty accord_ ceasefire foreign_minister state_visit cease-fire "
        "truce",
        "de": "feuerpause gipfel gespräche abkommen waffenruhe außenminister staatsbesuch",
        "fr": "sommet pourparlers traité accord_ cessez-le-feu ministre_des_affaires",
        "es": "cumbre conversaciones tratado acuerdo_ alto_el_fuego",
        "it": "vertice colloqui trattato accordo_ cessate_il_fuoco ministro_degli_esteri",
        "pt": "cúpula cimeira conversações tratado acordo_ cessar-fogo chanceler",
        "nl": "topoverleg gesprekken verdrag akkoord staakt-het-vuren minister_van_buitenlandse",
        "zh": "峰会 会谈 会晤 条约 协议 停火 外长",
        "ja": "首脳会談 会談 サミット 条約 合意 停戦 外相",
        "ko": "정상회담 회담 조약 합의 휴전 외교장관 외무장관",
    },
    "sport": {
        "en": "match_ semi-final quarter-final cup_ coach_ striker goalkeeper tournament "
        "championship penalty penalties penalty_shootout premier_league champions_league "
        "europa_league la_liga serie_a bundesliga",
        "de": "spiel_ finale halbfinale pokal liga trainer turnier meisterschaft",
        "fr": "match_ finale demi-finale coupe_du_monde coupe_de_france ligue championnat "
        "entraîneur tournoi",
        "es": "penal_ penalti partido_de_ida partido_de_vuelta semifinal copa_ liga_ gol_ goles_ "
        "entrenador torneo",
        "it": "partita semifinale coppa campionato gol_ allenatore torneo",
        "pt": "pênalti partida jogo_ semifinal copa_ taça campeonato gol_ gols_ treinador torneio",
        "nl": "wedstrijd finale halve_finale beker doelpunt trainer toernooi",
        "zh": "比赛 决赛 半决赛 联赛 进球 主教练 锦标赛",
        "ja": "試合 決勝 準決勝 リーグ 選手権 得点",
        "ko": "결승 준결승 리그 선수권 득점 결승골",
    },
    "budget": {
        "en": "budget spending deficit fiscal tax_",
        "de": "ausgaben defizit haushalt_ bundeshaushalt haushaltsentwurf haushaltsstreit "
        "haushaltsloch steuer_ steuererhöhung steuersenkung steuerreform",
        "fr": "budget dépenses déficit fiscal impôt loi_de_finances projet_de_loi_de_finances",
        "es": "presupuesto gasto_ déficit fiscal impuesto",
        "it": "bilancio_dello_stato manovra spesa_ deficit fiscal tasse",
        "pt": "orçamento gastos déficit défice fiscal imposto",
        "nl": "begroting uitgaven belasting begrotingstekort",
        "zh": "预算 财政 赤字 税收 减税",
        "ja": "予算 財政 歳出 税収 減税 増税",
        "ko": "예산 재정 적자 세금",
    },
    "outage": {
        "en": "outage blackout power_cut power_cuts service_disruption",
        "de": "ausfall ausfälle störung stromausfall",
        "fr": "panne coupure_de_courant",
        "es": "apagón caída_del_servicio",
        "it": "blackout guasto interruzione_del_servizio",
        "pt": "apagão pane_",
        "nl": "storing stroomstoring",
        "zh": "宕机 停电 断电 服务中断",
        "ja": "障害 停電 システム障害",
        "ko": "정전 먹통 접속_장애",
    },
    "space": {
        "en": "spacecraft orbit_ orbits_ orbital lift-off liftoff space_station rocket_launch "
        "launch_vehicle space_agency space_probe lunar_surface lunar_orbit lunar_south_pole "
        "lunar_far_side lunar_mission lunar_probe moon_landing astronaut",
        "de": "satellit rakete raumfahrt umlaufbahn",
        "fr": "satellite fusée orbite spatial",
        "es": "satélite cohete órbita espacial",
        "it": "satellite razzo orbita spaziale",
        "pt": "satélite foguete órbita espacial",
        "nl": "satelliet raket baan_om ruimtevaart",
        "zh": "卫星 火箭 轨道 航天",
        "ja": "衛星 ロケット 軌道 宇宙",
        "ko": "로켓 발사체 궤도 인공위성",
    },
}

# Phrases that hide the words they cover: no kind of event (found like the entries)
NOT: dict[str, str] = {
    "en": "under_fire came_under_fire open_fire opened_fire fire_brigade fire_service fire_engine "
    "arctic_blast cold_blast strike_a_deal strikes_a_deal strike_price pre-tax after-tax "
    "weather_the_storm storm_of_criticism flood_of rain_check penalty_kick at_stake "
    "clinical_trial ruling_party ruling_coalition bond_yield bond_market non-profit "
    "not-for-profit fine_gael fine-tun fine-tuned recalls_ambassador recalled_ambassador "
    "recalls_its_ambassador storm_the market_crash seismic_shift debt_restructuring "
    "fire_water_cannon fire_tear_gas fire_rubber_bullets fire_warning_shots collision_course "
    "political_earthquake fire_sale",
    "de": "ruft…botschafter rufen…botschafter feuerwehr politisches_erdbeben politische_erdbeben "
    "erdrutschsieg erdrutschartig",
    "fr": "pompiers dose_de_rappel rappel_à_l'ordre séisme_politique",
    "es": "bomberos de_acuerdo terremoto_político",
    "it": "vigili_del_fuoco bilancio_delle_vittime accusato_un_malore bomba_d'acqua "
    "terremoto_politico",
    "pt": "bombeiros de_acordo receita_federal terremoto_político sismo_político",
    "nl": "roept…ambassadeur roepen…ambassadeur brandweer politieke_aardbeving",
    "ja": "障害者 流行語",
    # 合并 is a merger, but also what reports are: "consolidated" (合并营收, 合併營收)
    "zh": "轨道交通 火箭队 合并营业 合并营收 合并收入 合并净利 合并利润 合并报表 合并财报",
    "ko": "정전협정 인수위",
}
