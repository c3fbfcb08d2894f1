"""Short reports of invented events in many languages and scripts, each a (language,
title, text) triple, for the clustering tests across languages (test_cluster_languages.py)."""

STRIKE_FR = (
    "fr",
    "Mulhouse : les salariés de Vantorel en grève illimitée",
    "Les 1 200 salariés de l'usine Vantorel de Mulhouse ont cessé le travail mardi matin. "
    "Selon Claire Dubreuil, déléguée syndicale, la direction refuse toute hausse des salaires "
    "depuis deux ans. La production des boîtes de vitesses est à l'arrêt.",
)
STRIKE_EN = (
    "en",
    "Gearbox output halted as Vantorel staff walk out",
    "Workers at Vantorel's gearbox plant in Mulhouse, eastern France, began an open-ended "
    "strike on Tuesday over pay. Union representative Claire Dubreuil said management had "
    "refused any rise for two years. The plant employs about 1,200 people.",
)
FLOOD_DE = (
    "de",
    "Passau: Pegel der Donau steigt nach 24 Stunden Dauerregen",
    "Nach 24 Stunden Dauerregen ist die Donau in Passau über die Ufer getreten. Die Feuerwehr "
    "sperrte die Altstadt, Anwohner räumten ihre Keller. Der Landkreis rief den "
    "Katastrophenfall aus.",
)
RESULTS_EN = (
    "en",
    "Rail stocks slip as traffic falls for a third month",
    "Shares in European rail operators fell on Tuesday after passenger numbers dropped for a "
    "third month running. Traffic on the busiest lines was down 24 percent on a year "
    "earlier, and analysts cut their forecasts for the spring timetable.",
)
FIRE_ZH = (
    "zh",
    "北京一化工厂发生火灾",
    "北京市朝阳区一家化工厂16日凌晨发生火灾，造成3人受伤，消防部门出动20辆消防车。",
)
QUAKE_HUALIEN_ZH = (  # in traditional characters, as Taiwan writes
    "zh",
    "花蓮近海規模6.1地震 一人遭磁磚砸傷",
    "中央氣象署表示，16日晚間9時15分花蓮縣近海發生規模6.1地震，震源深度22公里。花蓮市部分"
    "地區一度停電，一名男子被掉落的磁磚砸傷。",
)
QUAKE_HUALIEN_JA = (
    "ja",
    "台湾東部沖でM6.1　与那国町で震度2",
    "16日午後10時15分ごろ、台湾東部沖を震源とする地震があり、与那国町で震度2を観測した。"
    "地震の規模はマグニチュード6.1と推定される。台湾の花蓮県では一部で停電が起きた。",
)
QUAKE_KUMAMOTO_JA = (
    "ja",
    "熊本で震度4　M4.7",
    "16日午後8時ごろ、熊本県熊本地方を震源とする地震があり、熊本市で震度4を観測した。"
    "地震の規模はマグニチュード4.7と推定される。一部で停電が起きた。",
)
MINISTERS_JA = (
    "ja",
    "日中外相が北京で会談",
    "日本と中国の外相は16日、北京で会談し、経済協力と人の往来について協議した。",
)
QUAKE_EN = (
    "en",
    "Strong quake shakes northern Chile",
    "A 6.8 quake struck northern Chile on Tuesday, killing 12 and injuring 140, officials said.",
)
MATCH_ES = (
    "es",
    "Asamblea del club de baloncesto",
    "El club celebró el martes su asamblea con 140 socios, y 12 votaron por el nuevo estadio.",
)
VOTE_TH = (
    "th",
    "สภาฯ ลงมติไว้วางใจนายกรัฐมนตรี 268 เสียง",
    "ที่ประชุมสภาผู้แทนราษฎรลงมติไว้วางใจนายกรัฐมนตรี ด้วยคะแนนเสียง 268 เสียง "
    "ไม่ไว้วางใจ 187 เสียง หลังการอภิปรายสามวัน",
)
VOTE_EN = (
    "en",
    "Thai PM survives no-confidence vote",
    "Thailand's prime minister survived a no-confidence vote on Tuesday, with 268 lawmakers "
    "backing him against 187 after three days of debate.",
)
TYPHOON_ZH = (
    "zh",
    "台风登陆 12个县市停课",
    "台风16日晚登陆，当局宣布12个县市停课，24个航班取消。",
)
FESTIVAL_EN = (
    "en",
    "Jazz festival opens in the old port",
    "The jazz festival opened on Tuesday for 12 days, with 24 bands playing on three stages.",
)
LEAK_KO = (
    "ko",
    "누리마켓 고객 정보 유출",
    "서울에 본사를 둔 누리마켓은 해커가 고객 정보를 빼돌렸다고 밝혔다. 직원 1명이 해고됐다.",
)
CEO_EN = (
    "en",
    "Nori Market names Yoon Seo-jin chief executive",
    "Seoul-based online retailer Nori Market named operations chief Yoon Seo-jin as chief "
    "executive on Monday, effective from 1 October, as founder Han Do-yoon steps back.",
)
INDEX_KO = (
    "ko",
    "코스피 1.5% 상승",
    "서울 증시에서 코스피가 1.5% 올랐다. 외국인 순매수가 이어졌다.",
)
HOMES_EN = (
    "en",
    "Seoul apartment prices climb",
    "Apartment prices in Seoul rose 1.5% last month, the housing agency said, led by Gangnam.",
)
RATE_JA = (
    "ja",
    "日銀、政策金利を0.75%に引き上げ　1995年以来の水準",
    "日本銀行は19日の金融政策決定会合で、政策金利を現在の0.5%から0.75%に引き上げることを"
    "賛成多数で決めた。金利水準は1995年以来、約30年ぶりの高さとなる。植田和男総裁は記者会見で"
    "賃金の上昇が続いていると述べた。",
)
RATE_EN = (
    "en",
    "Bank of Japan lifts rates to highest in three decades",
    "The Bank of Japan raised its short-term policy rate to 0.75% from 0.5% on Friday, taking "
    "borrowing costs in Japan to a level last seen in 1995. Governor Kazuo Ueda said wages "
    "were rising broadly enough to justify the move; the yen weakened after the decision.",
)
BYD_ZH = (
    "zh",
    "比亚迪匈牙利工厂正式投产",
    "比亚迪在匈牙利的首座欧洲乘用车工厂于24日正式投产，年产能为15万辆电动汽车。"
    "外交部长表示，工厂投资约40亿欧元。",
)
BYD_EN = (
    "en",
    "BYD opens its first European car plant in Hungary",
    "Chinese carmaker BYD opened its first European car factory in Hungary on Tuesday, with "
    "room to build 150,000 electric cars a year. The plant cost about 4 billion euros.",
)
RECALL_DE = (
    "de",
    "Vantorel ruft Getriebe zurück",
    "Der Zulieferer Vantorel ruft weltweit Getriebe zurück, weil eine Dichtung undicht werden "
    "kann. Betroffen sind Modelle mehrerer Hersteller; Kunden werden angeschrieben.",
)
# one recall in Japanese and in English: all they share is a telling number and the
# carmaker's name, 清和 read セイワ, Seiwa
SEIWA_JA = (
    "ja",
    "清和自動車、ピックアップ9870台をリコール",
    "清和自動車は、シートベルトを固定するボルトが緩むおそれがあるとして、ピックアップトラック"
    "9870台のリコールを届け出た。これまでに事故の報告はないという。",
)
SEIWA_EN = (
    "en",
    "Pickups recalled over loose seatbelt bolts",
    "Carmaker Seiwa Motor is recalling 9,870 pickup trucks because a bolt that holds the "
    "seatbelt may work loose, the company said on Monday. No accidents have been reported.",
)
DAIWA_EN = (
    "en",
    "Vans recalled over brake hoses",
    "Carmaker Daiwa Motor is recalling 9,870 vans because a brake hose may crack, the company "
    "said on Monday. Owners will be contacted by letter.",
)
# a builder's chairman sentenced, in Korean and in English: 현암 is Hyeonam
HYEONAM_KO = (
    "ko",
    "현암건설 회장, 뇌물 혐의로 징역 4년",
    "현암건설 박정태 회장이 공사 수주를 대가로 뇌물을 건넨 혐의로 징역 4년을 선고받았다. "
    "법원은 추징금 8200만원도 명령했다.",
)
HYEONAM_EN = (
    "en",
    "Builder's chairman jailed for four years over bribes",
    "The chairman of builder Hyeonam Construction, Park Jeong-tae, was sentenced to four years "
    "in prison for paying bribes to win contracts, and ordered to forfeit 82 million won.",
)
# a blast in Ludhiana, in Hindi and in English: the city, 600 evacuated, and the plant's and
# the official's names, which Hindi writes in Devanagari (कोहिनूर पेट्रोकेम, हरप्रीत संधू)
BLAST_HI = (
    "hi",
    "लुधियाना की केमिकल फैक्ट्री में धमाका, चार मजदूरों की मौत",
    "पंजाब के लुधियाना में गुरुवार दोपहर फोकल पॉइंट इलाके की कोहिनूर पेट्रोकेम फैक्ट्री में "
    "धमाके के बाद आग लग गई। हादसे में चार मजदूरों की मौत हो गई। डिप्टी कमिश्नर हरप्रीत संधू "
    "ने बताया कि एहतियात के तौर पर आसपास के करीब 600 लोगों को सुरक्षित निकाला गया।",
)
BLAST_EN = (
    "en",
    "Explosion at chemical plant in India's Ludhiana kills four",
    "An explosion and fire at the Kohinoor Petrochem plant in the Focal Point industrial area "
    "of Ludhiana killed four workers on Thursday. Deputy commissioner Harpreet Sandhu said "
    "about 600 residents nearby were evacuated as a precaution.",
)
CYCLES_EN = (  # another event in Ludhiana, 600 in common too
    "en",
    "Bicycle maker opens second plant in Ludhiana",
    "Sutlej Cycles opened a second factory in Ludhiana on Thursday that will employ 600 "
    "people, managing director Manjit Grewal said, as exports to Europe recover.",
)
# a dock strike in Aqaba, in Arabic and in English: 1,200 workers and 40 ships, and the
# union's head, خالد المصري ("the Egyptian": a common word with its article, not without)
DOCKS_AR = (
    "ar",
    "إضراب 1200 عامل في ميناء العقبة",
    "بدأ نحو 1200 عامل في شركة محطات العقبة إضراباً عن العمل يوم السبت للمطالبة بزيادة "
    "الأجور. وقال رئيس نقابة العاملين في الموانئ خالد المصري إن الإضراب سيستمر. وتنتظر نحو "
    "40 سفينة في عرض البحر.",
)
DOCKS_EN = (
    "en",
    "Aqaba dockworkers strike, 40 ships wait at anchor",
    "About 1,200 dockworkers at the port of Aqaba went on strike on Saturday over pay. The "
    "head of the port workers' union, Khaled Al-Masri, said the strike would go on. Some 40 "
    "container ships were waiting off the port.",
)
# rain in Mumbai, in Hindi, and a Mumbai firm's new chief, in English: the city, and
# इलाकों ("areas": lkn) as Lukin's consonants, by chance
RAIN_HI = (
    "hi",
    "मुंबई में भारी बारिश, कई इलाकों में जलभराव",
    "मुंबई में भारी बारिश के कारण कई इलाकों में जलभराव हो गया और लोकल ट्रेन सेवाएं घंटों "
    "बाधित रहीं। मौसम विभाग ने अगले दिन के लिए भी चेतावनी जारी की है।",
)
CHIEF_EN = (
    "en",
    "Mumbai payments start-up names Lukin as chief executive",
    "PayNest, a payments start-up based in Mumbai, named former banker Pavel Lukin as its "
    "chief executive, the company said. He previously ran a lender's digital unit.",
)
# a fire in Dongguan, in Chinese and in English: the city both leads name, 12 hurt, 15 fire
# engines, and nothing else the two scripts can both write
FIRE_DONGGUAN_ZH = (
    "zh",
    "东莞一电子厂起火 12名工人受伤",
    "东莞市一家电子厂发生火灾，12名工人受伤被送往医院，无人死亡。消防部门派出15辆消防车，"
    "约两小时后将火扑灭。",
)
FIRE_DONGGUAN_EN = (
    "en",
    "Electronics factory fire in Dongguan injures 12 workers",
    "A fire at an electronics factory in Dongguan injured 12 workers on Wednesday, local "
    "officials said. The fire department sent 15 fire engines and put out the blaze.",
)
# a fire in a Mumbai high-rise in Hindi and in English: the city both leads name, one kind
# of event and one count both leads give (17 to hospital); a march in Mumbai with 17
# detained is another kind of event
FIRE_MUMBAI_HI = (
    "hi",
    "मुंबई: ऊंची इमारत में भीषण आग, 17 लोग अस्पताल में भर्ती",
    "मुंबई के एक रिहायशी टावर में शनिवार तड़के आग लग गई, जिसके बाद 17 लोगों को अस्पताल ले "
    "जाया गया। दमकल की गाड़ियों ने चार घंटे में आग पर काबू पाया।",
)
FIRE_MUMBAI_EN = (
    "en",
    "Fire tears through Mumbai high-rise, 17 taken to hospital",
    "A fire broke out before dawn on Saturday in a residential tower in Mumbai, and 17 "
    "residents were taken to hospital, officials said. Firefighters brought it under control "
    "after four hours.",
)
MARCH_MUMBAI_EN = (
    "en",
    "Thousands march in Mumbai over water cuts; 17 detained",
    "Thousands of residents marched in Mumbai on Saturday against water cuts in the suburbs, "
    "and police detained 17 protesters, officials said.",
)
# one launch in Hindi and in Tamil: no place or figure in common, but PSLV, Oceansat and
# ISRO by their consonants (Tamil writes no voiced ones); a Tamil report of rain in Chennai
LAUNCH_HI = (
    "hi",
    "इसरो का पीएसएलवी प्रक्षेपण सफल, समुद्री निगरानी उपग्रह कक्षा में",
    "भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो) ने बुधवार सुबह श्रीहरिकोटा से पीएसएलवी रॉकेट के "
    "जरिए समुद्री निगरानी उपग्रह ओशनसैट को सफलतापूर्वक कक्षा में स्थापित किया। मिशन निदेशक ने "
    "कहा कि सभी चरण योजना के अनुसार रहे।",
)
LAUNCH_TA = (
    "ta",
    "பிஎஸ்எல்வி ராக்கெட் வெற்றி: ஓஷன்சாட் செயற்கைக்கோள் சுற்றுப்பாதையில்",
    "இந்திய விண்வெளி ஆராய்ச்சி நிறுவனம் (இஸ்ரோ) புதன்கிழமை காலை ஸ்ரீஹரிகோட்டாவிலிருந்து "
    "பிஎஸ்எல்வி ராக்கெட் மூலம் ஓஷன்சாட் கடல் கண்காணிப்பு செயற்கைக்கோளை வெற்றிகரமாக "
    "சுற்றுப்பாதையில் நிலைநிறுத்தியது.",
)
RAIN_TA = (
    "ta",
    "சென்னையில் கனமழை: பள்ளிகளுக்கு விடுமுறை",
    "சென்னையில் இரவு முழுவதும் பெய்த கனமழையால் பல பகுதிகளில் வெள்ளம் சூழ்ந்தது. மாவட்ட "
    "ஆட்சியர் பள்ளிகளுக்கு விடுமுறை அறிவித்தார்.",
)
# a building's collapse in Alexandria, in Arabic and in English: the city, the kind of event
# and five dead (no key figure: a count of a few is no specific quantity)
COLLAPSE_AR = (
    "ar",
    "مصرع 5 أشخاص في انهيار عقار بالإسكندرية",
    "لقي 5 أشخاص مصرعهم صباح الثلاثاء في انهيار عقار قديم بحي المنتزه في الإسكندرية، وتواصل "
    "فرق الإنقاذ البحث تحت الأنقاض.",
)
COLLAPSE_EN = (
    "en",
    "Five killed as building collapses in Alexandria",
    "Five people were killed on Tuesday when an old residential building collapsed in "
    "Alexandria, and rescuers were searching the rubble, officials said.",
)
# a markets piece that names Seoul further down, with 14 and 18 of its own, and a Korean
# report of a tour from Seoul: no city in both leads, no event
RATES_EN = (
    "en",
    "Bank of Korea cuts its key rate",
    "The central bank cut its key interest rate on Tuesday, as 14 of 18 economists polled had "
    "expected. Bond yields in Seoul fell.",
)
TOUR_KO = (
    "ko",
    "루미나, 서울서 첫 월드투어 시작",
    "그룹 루미나가 서울에서 첫 월드투어를 시작한다. 14개 도시에서 18회 공연을 연다.",
)
# a dock strike in Busan: 부산항 is Busan's port, 48시간 48 hours (no time of day)
STRIKE_BUSAN_KO = (
    "ko",
    "부산항 노동자 파업",
    "부산항 부두 노동자 3천여 명이 임금 인상을 요구하며 48시간 파업에 들어갔다.",
)
STRIKE_BUSAN_EN = (
    "en",
    "Busan port workers begin strike",
    "More than 3,000 dock workers at Busan port walked off the job on Wednesday at the start "
    "of a 48-hour strike for higher wages.",
)
# two fires in two Korean cities, in Chinese and in Japanese: "South Korea" and "2" in common
FIRE_CHEONGJU_ZH = (
    "zh",
    "韩国清州电池厂起火 2人死亡",
    "据韩国媒体报道，韩国清州市一家电池工厂发生火灾，造成2名工人死亡。",
)
FIRE_GUMI_JA = (
    "ja",
    "韓国・亀尾の工場で火災",
    "韓国南東部の亀尾市の工場で火災があり、従業員2人が軽いけがをした。",
)
# one fire in Bengali, written in Bengali digits (৬ is 6, ৩৪ 34, ১২০০ 1200), and in English
FIRE_GAZIPUR_BN = (
    "bn",
    "গাজীপুরে পোশাক কারখানায় আগুন, ৬ শ্রমিকের মৃত্যু",
    "গাজীপুরের কোনাবাড়ীতে একটি পোশাক কারখানায় বৃহস্পতিবার রাতে আগুন লেগে ৬ জন শ্রমিকের মৃত্যু "
    "হয়েছে এবং ৩৪ জন আহত হয়েছেন। ফায়ার সার্ভিস জানিয়েছে, কারখানার প্রায় ১২০০ শ্রমিককে সরিয়ে নেওয়া "
    "হয়েছে। আগুন নিয়ন্ত্রণে আনতে ১৪টি ইউনিট তিন ঘণ্টা কাজ করে।",
)
FIRE_GAZIPUR_EN = (
    "en",
    "Six killed, 34 injured in Gazipur garment factory fire",
    "A fire at a garment factory in Konabari, Gazipur, killed six workers and injured 34 on "
    "Thursday night, the fire service said. About 1,200 workers were evacuated, and 14 units "
    "took three hours to bring the blaze under control.",
)
# one outage in Japanese and in English: ニンブラ is Nimbra as katakana spells it (ninbura)
OUTAGE_JA = (
    "ja",
    "米ニンブラのクラウド障害、国内の決済にも影響",
    "米クラウド大手ニンブラのデータセンターで大規模な障害が発生し、東京などで決済サービスが"
    "一時停止した。",
)
OUTAGE_EN = (
    "en",
    "Nimbra cloud outage disrupts payments in Tokyo",
    "US cloud provider Nimbra suffered a major outage on Thursday, halting payment services "
    "in Tokyo and across Asia for four hours.",
)
# two events of one firm named in katakana with three consonants (フェンネル, Fennel: '=fnr'),
# in Tokyo: the new café and the recall share the firm and the city, no figure. (Were both to
# name the firm's country, as "英国の菓子メーカー" and "British confectioner" do, they would
# share two places and meet: since the fifty-ninth session every name of the UK is one
# name, where the Japanese 英国 was "wales" and the English "united kingdom")
CAFE_JA = (
    "ja",
    "フェンネルが東京に新店舗",
    "菓子メーカーのフェンネルが東京・銀座に国内初の店舗を開いた。",
)
RECALL_FENNEL_EN = (
    "en",
    "Fennel recalls biscuits sold in Tokyo",
    "British confectioner Fennel recalled a batch of biscuits sold in Tokyo after finding "
    "traces of peanuts.",
)
# one storm: a Spanish report of Galicia, an Italian one that leads with "Galizia" (in no
# catalogue) and Portugal; both name Lugo and Vigo (a new user's day, nu30 r01)
STORM_ES = (
    "es",
    "La borrasca Bernarda deja dos muertos y 45.000 hogares sin luz en Galicia",
    "La borrasca Bernarda azotó Galicia durante la madrugada del miércoles con rachas de "
    "viento de hasta 140 km/h, dejando dos muertos y cerca de 45.000 hogares sin suministro "
    "eléctrico, según la Xunta.\n\nUn hombre de 67 años murió en Lugo al caerle un árbol "
    "encima y una mujer falleció en Vigo al ser arrastrada por el oleaje.\n\nEl aeropuerto de "
    "Santiago de Compostela canceló 38 vuelos. La Aemet mantiene el aviso rojo en la costa de "
    "A Coruña y advierte de que las olas podrían alcanzar los 9 metros.",
)
STORM_IT = (
    "it",
    "La tempesta Bernarda si abbatte su Galizia e Portogallo: due morti",
    "La tempesta Bernarda ha colpito mercoledì la Galizia e il nord del Portogallo con "
    "raffiche fino a 140 km/h. Due persone sono morte in Galizia, a Lugo e a Vigo.\n\nCirca "
    "45.000 abitazioni sono rimaste senza corrente in Galizia e 28.000 in Portogallo.\n\n"
    "Secondo i meteorologi, la perturbazione si sposterà verso il Golfo di Biscaglia nelle "
    "prossime 24 ore e potrebbe portare forti piogge anche nella Francia occidentale.",
)
# one freight terminal opened, in Georgian and in Armenian: the ministers' names by their
# sound, 2 400 (Georgian groups thousands with a space) and 35; a metro station in Armenian
TERMINAL_KA = (
    "ka",
    "სადახლოს გამშვებ პუნქტზე ახალი სატვირთო ტერმინალი გაიხსნა",
    "სადახლოს სასაზღვრო გამშვებ პუნქტზე დღეს ახალი სატვირთო ტერმინალი გაიხსნა. ტერმინალი "
    "დღეში 2 400 სატვირთო მანქანას მოემსახურება. გახსნას ესწრებოდნენ საქართველოს ეკონომიკის "
    "მინისტრი ნინო ჯაფარიძე და სომხეთის ტრანსპორტის მინისტრი არმენ სარგსიანი. პროექტის "
    "ღირებულება 35 მილიონი ევროა.",
)
TERMINAL_HY = (
    "hy",
    "Սադախլոյի անցակետում բացվեց նոր բեռնային տերմինալ",
    "Սադախլոյի անցակետում այսօր բացվեց նոր բեռնային տերմինալ։ Տերմինալը օրական կսպասարկի "
    "մինչև 2400 բեռնատար։ Բացմանը մասնակցել են Վրաստանի էկոնոմիկայի նախարար Նինո Ջափարիձեն "
    "և ՀՀ տրանսպորտի նախարար Արմեն Սարգսյանը։ Ծրագրի արժեքը 35 մլն եվրո է։",
)
METRO_HY = (
    "hy",
    "Երևանում բացվեց մետրոյի նոր կայարան",
    "Երևանում այսօր բացվեց մետրոյի նոր կայարան։ Կայարանը օրական կսպասարկի 18 000 ուղևոր։ "
    "Բացմանը մասնակցել է Երևանի քաղաքապետ Տիգրան Ավինյանը։ Շինարարության արժեքը 120 մլն "
    "դոլար է։",
)
