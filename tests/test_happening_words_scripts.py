"""The kinds of event leads tell in Thai, Persian, Hebrew (happening_words_th_fa_he.py),
Bengali, Tamil, Armenian, Georgian and Amharic (happening_words_bn_ta_hy_ka_am.py), and the
words that only hold a cue's letters and tell none."""

import pytest

from briefgen.happenings import happenings


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        # Thai: no spaces between words, so a cue is found inside a run of them
        ("ไฟไหม้โกดังเก็บสินค้าย่านบางนา ระดมรถดับเพลิงกว่า 20 คัน", "th", {"accident"}),
        ("ยอดดับไฟไหม้ผับย่านสัตหีบเพิ่มเป็น 9 ราย", "th", {"accident"}),
        ("กนง. มีมติเอกฉันท์ลดดอกเบี้ยนโยบาย 0.25% เหลือ 2.00%", "th", {"rates"}),
        ("แผ่นดินไหวขนาด 5.8 ที่เมียนมา รู้สึกสั่นไหวถึงเชียงใหม่", "th", {"quake"}),
        ("ฮอนด้าเรียกคืนรถยนต์ 12,000 คันในไทย ตรวจสอบถุงลมนิรภัย", "th", {"recall"}),
        ("ศาลอาญาพิพากษาจำคุกอดีตนายกเทศมนตรี 5 ปี คดีทุจริตจัดซื้อ", "th", {"court", "scandal"}),
        ("สภาฯ ลงมติผ่านร่าง พ.ร.บ.งบประมาณรายจ่าย วาระแรก", "th", {"vote", "budget"}),
        ("น้ำท่วมหนักเชียงราย หลังฝนตกหนักต่อเนื่อง 3 วัน", "th", {"weather"}),
        ("ซีอีโอสายการบินยื่นใบลาออก มีผลสิ้นเดือนนี้", "th", {"leadership"}),
        ("ทีมชาติไทยผ่านเข้านัดชิงฟุตบอลซีเกมส์", "th", {"sport"}),
        # Persian, its half-space (ZWNJ) written, spaced or left out alike
        ("زلزله ۵٫۲ ریشتری خوی را لرزاند", "fa", {"quake"}),
        ("زمین\u200cلرزه در کرمان؛ زمین لرزه دوم و زمینلرزه سوم", "fa", {"quake"}),
        ("آتش\u200cسوزی گسترده در بازار تهران؛ ۳ آتش\u200cنشان مصدوم شدند", "fa", {"accident"}),
        ("بانک مرکزی نرخ سود سپرده\u200cها را افزایش داد", "fa", {"rates"}),
        ("وزیر راه و شهرسازی استعفا داد", "fa", {"leadership"}),
        ("کارگران پتروشیمی ماهشهر دست به اعتصاب زدند", "fa", {"strike"}),
        ("دادگاه مدیرعامل سابق بانک را به ۱۰ سال حبس محکوم کرد", "fa", {"court"}),
        ("سیل در سیستان و بلوچستان ۴ کشته برجا گذاشت", "fa", {"weather"}),
        ("دور تازه مذاکرات هسته\u200cای در مسقط برگزار شد", "fa", {"diplomacy"}),
        # Hebrew, with its prefixes joined to the word
        ("רעידת אדמה בעוצמה 5.1 הורגשה בצפון הארץ", "he", {"quake"}),
        ("בנק ישראל הותיר את הריבית ללא שינוי", "he", {"rates"}),
        ("השריפה ביער הכרמל: אלפי דונמים עלו באש", "he", {"accident"}),
        ("שר התחבורה הודיע על התפטרותו", "he", {"leadership"}),
        ("ההסתדרות הכריזה על שביתה כללית במשק", "he", {"strike"}),
        ("בג״ץ דחה את העתירה נגד החוק", "he", {"court"}),
        ("אינטל תרכוש את חברת השבבים הישראלית ב-2 מיליארד דולר", "he", {"takeover"}),
        ("התפרצות חצבת בירושלים: 40 חולים חדשים", "he", {"outbreak"}),
        ("הכנסת אישרה בקריאה ראשונה את הצעת החוק", "he", {"vote"}),
        ("הסופר הלך לעולמו בגיל 80", "he", {"death"}),
        # Bengali
        ("গাজীপুরে পোশাক কারখানায় আগুন, নিহত ৫", "bn", {"accident"}),
        ("বাংলাদেশ ব্যাংক নীতি সুদহার ২৫ বেসিস পয়েন্ট বাড়াল", "bn", {"rates"}),
        ("চট্টগ্রামে ৫.২ মাত্রার ভূমিকম্প", "bn", {"quake"}),
        ("উপনির্বাচনে ভোটগ্রহণ শুরু", "bn", {"vote"}),
        ("ঘূর্ণিঝড় রেমালের আঘাতে উপকূলে জলোচ্ছ্বাস", "bn", {"weather"}),
        ("ডেঙ্গুতে আরও ৯ জনের মৃত্যু", "bn", {"outbreak"}),
        ("হাইকোর্টে জামিন পেলেন সাবেক মন্ত্রী", "bn", {"court"}),
        ("পুলিশের গুলিতে নিহত ২, আহত ১৫", "bn", {"attack"}),
        ("দুর্নীতির মামলায় সাবেক সাংসদ গ্রেপ্তার", "bn", {"scandal", "court"}),
        ("শ্রমিকদের কর্মবিরতিতে বন্দর অচল", "bn", {"strike"}),
        # Tamil
        ("சென்னையில் கனமழை: 12 மாவட்டங்களுக்கு ஆரஞ்சு எச்சரிக்கை", "ta", {"weather"}),
        ("உச்ச நீதிமன்றம் தீர்ப்பு: ஆளுநரின் முடிவு செல்லாது", "ta", {"court"}),
        ("சிவகாசி பட்டாசு ஆலையில் வெடி விபத்து: 6 பேர் பலி", "ta", {"accident"}),
        ("பிஎஸ்எல்வி ராக்கெட் மூலம் செயற்கைக்கோள் விண்ணில் ஏவப்பட்டது", "ta", {"space"}),
        ("ரிசர்வ் வங்கி ரெப்போ வட்டி விகிதத்தை குறைத்தது", "ta", {"rates"}),
        ("போக்குவரத்து ஊழியர்கள் வேலைநிறுத்தம்: பேருந்துகள் ஓடவில்லை", "ta", {"strike"}),
        ("இடைத்தேர்தல் வாக்குப்பதிவு தொடங்கியது", "ta", {"vote"}),
        ("பிரபல இசையமைப்பாளர் காலமானார்", "ta", {"death"}),
        ("அமைச்சர் பதவியை ராஜினாமா செய்தார்", "ta", {"leadership"}),
        ("அந்தமான் கடலில் 6.1 ரிக்டர் அளவில் நிலநடுக்கம்", "ta", {"quake"}),
        # Armenian, its case endings after the stem
        ("Երևանում 4,5 մագնիտուդով երկրաշարժ է գրանցվել", "hy", {"quake"}),
        ("ԿԲ-ն վերաֆինանսավորման տոկոսադրույքը իջեցրել է", "hy", {"rates"}),
        ("Գյումրիում հրդեհ է բռնկվել բազմաբնակարան շենքում", "hy", {"accident"}),
        ("Էկոնոմիկայի նախարարը հրաժարական է տվել", "hy", {"leadership"}),
        ("Դատարանը մերժեց ընկերության հայցը", "hy", {"court"}),
        ("ԱԺ-ն քվեարկությամբ ընդունեց օրինագիծը", "hy", {"vote"}),
        ("Ձնահյուսի վտանգ Ջերմուկի ճանապարհին", "hy", {"weather"}),
        ("ԵՐԵՎԱՆՈՒՄ ԲԱՑՎԵՑ ՆՈՐ ԿԱՅԱՐԱՆ", "hy", {"opening"}),
        # Georgian, whose stems change before an ending (ხანძარი, ხანძრის)
        ("თბილისში 4,2 მაგნიტუდის მიწისძვრა მოხდა", "ka", {"quake"}),
        ("ეროვნულმა ბანკმა მონეტარული პოლიტიკის განაკვეთი შეამცირა", "ka", {"rates"}),
        ("ბათუმში სასტუმროში ხანძარი გაჩნდა", "ka", {"accident"}),
        ("ხანძრის შედეგად სამი ადამიანი დაშავდა", "ka", {"accident"}),
        ("ეკონომიკის მინისტრი თანამდებობიდან გადადგა", "ka", {"leadership"}),
        ("სასამართლომ ყოფილ მერს თავისუფლების აღკვეთა მიუსაჯა", "ka", {"court"}),
        ("გუდაურში ზვავი ჩამოწვა", "ka", {"weather"}),
        ("პარლამენტმა კანონპროექტი მესამე მოსმენით მიიღო", "ka", {"vote"}),
        ("ქუთაისში ახალი ხიდი გაიხსნა", "ka", {"opening"}),
        # Amharic, with የ በ ለ ከ joined to the word
        ("በአዲስ አበባ የእሳት አደጋ ደረሰ", "am", {"accident"}),
        ("በጋምቤላ የኮሌራ ወረርሽኝ ተከሰተ", "am", {"outbreak"}),
        ("ብሔራዊ ባንክ የወለድ ምጣኔውን ጨመረ", "am", {"rates"}),
        ("በአፋር ክልል የመሬት መንቀጥቀጥ ተከሰተ", "am", {"quake"}),
        ("ጠቅላይ ፍርድ ቤቱ ውሳኔ አሳለፈ", "am", {"court"}),
        ("ታዋቂው አርቲስት በሞት ተለዩ", "am", {"death"}),
        ("የሕዳሴ ግድብ በይፋ ተመረቀ", "am", {"opening"}),
        ("በድሬዳዋ የጎርፍ አደጋ ደረሰ", "am", {"weather"}),
        ("ምርጫ ቦርድ የድምፅ ቆጠራ ውጤት አሳወቀ", "am", {"vote"}),
    ],
)
def test_the_kinds_of_event_a_lead_tells(text, language, kinds):
    assert happenings(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [  # a word that holds a cue's letters, or starts like one, beside a cue that tells a kind
        # coordinator (not a head-on crash), enormous (not a court), trust restored (no
        # recall), ordered improvements (no fine), martial law (no prosecutor)
        ("ผู้ประสานงานเผยความเสียหายมหาศาลจากน้ำท่วม", "th", {"weather"}),
        ("ทางการหวังเรียกคืนความเชื่อมั่น หลังกนง.คงดอกเบี้ย", "th", {"rates"}),
        ("กรมควบคุมโรคสั่งปรับปรุงระบบ รับมือไข้เลือดออก", "th", {"outbreak"}),
        ("ประกาศกฎอัยการศึก หลังคนร้ายลอบวางระเบิด", "th", {"attack"}),
        # unhealthy (no NASA), random (no crash), a political earthquake, meticulous (no
        # missile)
        ("هوای ناسالم تهران؛ هشدار سیل در شمال کشور", "fa", {"weather"}),
        ("قرعه\u200cکشی تصادفی جام جهانی انجام شد", "fa", {"sport"}),
        ("زلزله سیاسی در مجلس؛ وزیر اقتصاد استیضاح شد", "fa", {"vote"}),
        ("بررسی موشکافانه بودجه سال آینده", "fa", {"budget"}),
        # the influence of (not the flu), Shiri's songs (no shooting), imposed (no missile),
        # a whale (no funeral)
        ("השפעת הריבית על שוק הדיור", "he", {"rates"}),
        ("שירי מחאה בהפגנת השובתים", "he", {"strike"}),
        ("הנשיא הטיל וטו על התקציב", "he", {"budget"}),
        ("לווייתן נצפה מול חופי אילת בזמן הסופה", "he", {"weather"}),
        # in the houses (no gunfire), Benjamin (no bail), an autopsy (no investigation), the
        # Vatican (no VAT)
        ("গ্রামের বাড়িগুলিতে বন্যার পানি", "bn", {"weather"}),
        ("বেঞ্জামিন নেতানিয়াহু শীর্ষ সম্মেলনে যোগ দেবেন", "bn", {"diplomacy"}),
        ("সড়ক দুর্ঘটনায় নিহতের ময়নাতদন্ত সম্পন্ন", "bn", {"accident"}),
        ("ভ্যাটিকানে পোপের সঙ্গে রাষ্ট্রদূতের সাক্ষাৎ", "bn", {"diplomacy"}),
        # creating (no vote), influential (no vote), quarterly exams (no results), solving
        # (no verdict), nationwide (no dengue)
        ("புதிய தொழில்நுட்பத்தை உருவாக்கும் திட்டத்துக்கு நீதிமன்றம் ஒப்புதல்", "ta", {"court"}),
        ("அரசியல் செல்வாக்குள்ள தொழிலதிபர் கைது", "ta", {"scandal"}),
        ("காலாண்டுத் தேர்வு விடுமுறை கனமழையால் நீட்டிப்பு", "ta", {"weather"}),
        ("பிரச்சினையைத் தீர்ப்பது குறித்து பேச்சுவார்த்தை", "ta", {"diplomacy"}),
        ("நாடெங்கும் மின்தடை", "ta", {"outage"}),
        # the fire service, a political earthquake, by chance, storeys (no tax), "it means"
        ("Հրդեհաշիջ ծառայության պետը հրաժարական է տվել", "hy", {"leadership"}),
        ("Քաղաքական երկրաշարժ. վարչապետը հրաժարական տվեց", "hy", {"leadership"}),
        ("Պատահական հանդիպում գագաթնաժողովի ժամանակ", "hy", {"diplomacy"}),
        ("Տասը հարկանի շենքում բացվեց նոր խանութ", "hy", {"opening"}),
        ("Դա նշանակում է, որ տոկոսադրույքը կբարձրանա", "hy", {"rates"}),
        # took a step (no resignation), fire safety, Father Christmas, avalanche-like growth
        ("მთავრობამ მნიშვნელოვანი ნაბიჯი გადადგა ბიუჯეტის შესახებ", "ka", {"budget"}),
        ("ხანძარსაწინააღმდეგო სამსახური წყალდიდობის ზონაში მუშაობს", "ka", {"weather"}),
        ("თოვლის ბაბუამ ფეხბურთის ნაკრებს მიულოცა", "ka", {"sport"}),
        ("ინფექციის ზვავისებრი ზრდა საავადმყოფოებში", "ka", {"outbreak"}),
        # the fiscal year (a date), students graduated, regional integration, agriculture
        # (no tax)
        ("በ2017 በጀት ዓመት የኮሌራ ወረርሽኝ ቀንሷል", "am", {"outbreak"}),
        ("ዩኒቨርሲቲው በድርቅ ከተጎዱ አካባቢዎች የመጡ ተማሪዎችን አስመረቀ", "am", {"weather"}),
        ("የቀጣናዊ ውህደት ስምምነት ተፈረመ", "am", {"diplomacy"}),
        ("የግብርና ሚኒስቴር የድርቅ ማስጠንቀቂያ አወጣ", "am", {"weather"}),
    ],
)
def test_words_that_only_hold_a_cue_tell_nothing_beside_one_that_tells(text, language, kinds):
    assert happenings(text, language) == kinds
