"""Cue words of the kinds of event news tells (happenings.py) in Indonesian, Malay and
Vietnamese, by the rules of happening_words.py: each entry is the start of a word, "_" a space
or the word's end, the longest entry found at a place wins and `NOT` hides what it covers.
Indonesian and Malay put their prefixes before the word (kebakaran, terbakar; diresmikan,
meresmikan), so an entry is given in each form news writes. Vietnamese is written in
syllables, each a word of its own: an entry is two syllables or more ("động_đất", an
earthquake), or one that ends with "_" ("cháy_", a fire), and is found at any syllable
("nổ" alone would be an explosion in "bùng nổ", a boom); its tones are placed two ways
("tòa án", "toà án"), both given.
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "id": "laba_ labanya laba_bersih laba_usaha rugi_bersih kerugian_bersih pendapatan_bersih "
        "pendapatan_usaha penjualan_bersih laporan_keuangan kinerja_keuangan kuartal_i_ "
        "kuartal_ii_ kuartal_iii_ kuartal_iv_ kuartal_pertama kuartal_kedua kuartal_ketiga "
        "kuartal_keempat triwulan_i_ triwulan_ii_ triwulan_iii_ triwulan_iv_ dividen buyback "
        "pembelian_kembali_saham",
        "ms": "untung_bersih keuntungan_bersih keuntungan_sebelum_cukai kerugian_bersih "
        "hasil_bersih pendapatan_bersih suku_pertama suku_kedua suku_ketiga suku_keempat "
        "suku_tahun dividen pembelian_balik_saham",
        "vi": "lợi_nhuận doanh_thu lãi_ròng lỗ_ròng lãi_trước_thuế lãi_sau_thuế báo_cáo_tài_chính "
        "kết_quả_kinh_doanh quý_i_ quý_ii_ quý_iii_ quý_iv_ quý_1_ quý_2_ quý_3_ quý_4_ cổ_tức "
        "mua_lại_cổ_phiếu",
    },
    "recall": {
        "id": "recall_ me-recall penarikan_kembali_produk penarikan_kembali_kendaraan "
        "penarikan_kembali_mobil penarikan_produk ditarik_dari_peredaran menarik_dari_peredaran",
        "ms": "recall_ panggil_semula panggilan_semula penarikan_balik_produk",
        "vi": "triệu_hồi",
    },
    "breach": {
        "id": "peretas peretasan diretas meretas hacker serangan_siber keamanan_siber siber_ "
        "kejahatan_siber kebocoran_data data_bocor pembobolan_data ransomware",
        "ms": "penggodam digodam menggodam serangan_siber keselamatan_siber siber_ jenayah_siber "
        "kebocoran_data ransomware",
        "vi": "tin_tặc hacker tấn_công_mạng an_ninh_mạng rò_rỉ_dữ_liệu lộ_lọt_dữ_liệu "
        "đánh_cắp_dữ_liệu mã_độc_tống_tiền ransomware",
    },
    "accident": {
        "id": "kebakaran terbakar ledakan meledak kecelakaan tabrakan bertabrakan ditabrak "
        "menabrak keluar_rel anjlok_dari_rel kapal_tenggelam tenggelam_di terbalik terguling "
        "gedung_runtuh bangunan_runtuh kebocoran_gas turbulensi pesawat_jatuh helikopter_jatuh "
        "kobaran_api gedung_ambruk bangunan_ambruk jembatan_ambruk atap_ambruk",
        "ms": "kebakaran terbakar letupan meletup kemalangan nahas_ pertembungan bertembung karam_ "
        "tenggelam_di terbalik runtuh_ kebocoran_gas",
        "vi": "cháy_ hỏa_hoạn hoả_hoạn vụ_nổ phát_nổ nổ_lớn nổ_tung tai_nạn mất_lái lao_xuống_vực "
        "trật_bánh đổ_sập sập_cầu sập_nhà rò_rỉ_khí chìm_tàu tàu_chìm máy_bay_rơi rơi_máy_bay",
    },
    "quake": {
        "id": "gempa_ gempanya bermagnitudo magnitudo skala_richter tsunami erupsi letusan meletus "
        "awan_panas_guguran gunung_api",
        "ms": "gempa_ magnitud skala_richter tsunami gegaran letusan_gunung gunung_berapi",
        "vi": "động_đất sóng_thần dư_chấn độ_richter núi_lửa phun_trào",
    },
    "weather": {
        "id": "banjir tanah_longsor longsor hujan_deras hujan_lebat angin_kencang puting_beliung "
        "badai_tropis siklon topan kekeringan gelombang_panas cuaca_ekstrem",
        "ms": "banjir tanah_runtuh hujan_lebat ribut_ puting_beliung taufan siklon kemarau "
        "gelombang_haba cuaca_buruk",
        "vi": "bão_ siêu_bão áp_thấp_nhiệt_đới mưa_lũ lũ_lụt lũ_quét lũ_lớn lũ_dâng chạy_lũ "
        "nước_lũ đỉnh_lũ ngập_lụt ngập_sâu ngập_úng mưa_lớn mưa_to sạt_lở lốc_xoáy nắng_nóng "
        "hạn_hán xâm_nhập_mặn rét_đậm mưa_đá",
    },
    "outbreak": {
        "id": "wabah pandemi epidemi infeksi terinfeksi terjangkit virus campak kolera "
        "demam_berdarah dbd_ flu_ influenza vaksin cacar_monyet mpox ebola kejadian_luar_biasa "
        "covid",
        "ms": "wabak pandemik epidemik jangkitan dijangkiti virus penyakit_campak kolera denggi "
        "influenza vaksin mpox covid",
        "vi": "dịch_bệnh ổ_dịch bùng_phát_dịch đại_dịch dịch_sởi dịch_tả dịch_cúm sởi_ cúm_ "
        "sốt_xuất_huyết tay_chân_miệng vắc-xin vắc_xin vaccine tiêm_chủng covid lây_nhiễm",
    },
    "strike": {
        "id": "pemogokan mogok_kerja aksi_mogok mogok_nasional mogok_massal",
        "ms": "mogok_ pemogokan",
        "vi": "đình_công bãi_công ngừng_việc lãn_công",
    },
    "leadership": {
        "id": "mengundurkan_diri pengunduran_diri mundur_dari_jabatan diberhentikan memberhentikan "
        "pemberhentian dicopot mencopot pencopotan dilantik melantik pelantikan ditunjuk_sebagai "
        "ditunjuk_menjadi diangkat_sebagai diangkat_menjadi perombakan_kabinet reshuffle plt_ "
        "penjabat",
        "ms": "meletak_jawatan peletakan_jawatan letak_jawatan dilantik melantik pelantikan "
        "dipecat memecat pemecatan rombakan_kabinet",
        "vi": "từ_chức miễn_nhiệm bãi_nhiệm cách_chức bổ_nhiệm kế_nhiệm nhậm_chức thôi_chức "
        "thôi_giữ_chức",
    },
    "fine": {
        "id": "denda_ dendanya didenda",
        "ms": "denda_ dendanya didenda kompaun",
        "vi": "xử_phạt phạt_tiền bị_phạt tiền_phạt mức_phạt nộp_phạt",
    },
    "court": {
        "id": "pengadilan vonis divonis hakim gugatan digugat menggugat mahkamah jaksa dakwaan "
        "didakwa terdakwa praperadilan dihukum penjara_",
        "ms": "mahkamah hakim dijatuhi_hukuman dihukum penjara_ pendakwa_raya didakwa pertuduhan",
        "vi": "tòa_án toà_án xét_xử phiên_tòa phiên_toà tuyên_án bản_án khởi_kiện vụ_kiện bị_kiện "
        "viện_kiểm_sát bị_cáo phạt_tù án_tù tử_hình thẩm_phán",
    },
    "listing": {
        "id": "ipo_ penawaran_umum_perdana melantai_di_bursa pencatatan_saham obligasi sukuk "
        "surat_utang rights_issue right_issue penawaran_umum_terbatas",
        "ms": "ipo_ tawaran_awam_permulaan penyenaraian bon_ sukuk",
        "vi": "ipo_ lên_sàn chào_sàn trái_phiếu phát_hành_cổ_phiếu niêm_yết_cổ_phiếu",
    },
    "takeover": {
        "id": "akuisisi mengakuisisi diakuisisi merger pengambilalihan mengambil_alih diambil_alih",
        "ms": "pengambilalihan mengambil_alih diambil_alih pemerolehan penggabungan",
        "vi": "thâu_tóm thương_vụ_mua_lại mua_lại_công_ty mua_lại_hãng mua_lại_tập_đoàn "
        "mua_lại_ngân_hàng mua_lại_toàn_bộ mua_lại_cổ_phần m&a_",
    },
    "jobs": {
        "id": "phk_ pemutusan_hubungan_kerja dirumahkan merumahkan pengurangan_karyawan "
        "pemangkasan_karyawan memangkas_karyawan lapangan_kerja restrukturisasi",
        "ms": "pemberhentian_pekerja pembuangan_pekerja buang_pekerja peluang_pekerjaan "
        "kehilangan_pekerjaan penstrukturan_semula",
        "vi": "cắt_giảm_nhân_sự cắt_giảm_việc_làm cắt_giảm_lao_động sa_thải giảm_biên_chế việc_làm "
        "tái_cơ_cấu mất_việc",
    },
    "rates": {
        "id": "suku_bunga bi-rate bi_rate bank_sentral kebijakan_moneter basis_poin",
        "ms": "kadar_dasar_semalaman opr_ kadar_faedah bank_negara_malaysia bank_pusat "
        "dasar_monetari mata_asas",
        "vi": "lãi_suất ngân_hàng_nhà_nước ngân_hàng_trung_ương chính_sách_tiền_tệ điểm_cơ_bản",
    },
    "vote": {
        "id": "pemilu pemilihan_umum pilkada pilpres pileg pemungutan_suara referendum "
        "terpilih_sebagai terpilih_menjadi terpilih_kembali hitung_cepat quick_count "
        "rancangan_undang-undang ruu_ mosi_tidak_percaya",
        "ms": "pilihan_raya prk_ pru_ undi_ mengundi pengundi_ majoriti referendum "
        "rang_undang-undang undi_tidak_percaya",
        "vi": "bầu_cử trúng_cử đắc_cử bỏ_phiếu lá_phiếu kiểm_phiếu trưng_cầu_dân_ý dự_luật "
        "được_bầu",
    },
    "death": {
        "id": "wafat tutup_usia berpulang mangkat mengembuskan_napas_terakhir "
        "menghembuskan_napas_terakhir",
        "ms": "kembali_ke_rahmatullah allahyarham mangkat takziah",
        "vi": "qua_đời từ_trần tạ_thế lễ_tang tang_lễ an_táng hưởng_thọ",
    },
    "opening": {
        "id": "peresmian diresmikan meresmikan groundbreaking peletakan_batu_pertama "
        "dibuka_kembali pembukaan_kembali",
        "ms": "perasmian dirasmikan merasmikan pecah_tanah dibuka_semula",
        "vi": "khánh_thành thông_xe khai_trương khởi_công động_thổ đưa_vào_khai_thác "
        "đưa_vào_sử_dụng đưa_vào_vận_hành khai_thác_thương_mại mở_cửa_trở_lại cắt_băng",
    },
    "attack": {
        "id": "serangan diserang penembakan penembak ditembak bom_ bom_bunuh_diri pengeboman rudal "
        "teror_ teroris penikaman ditikam serangan_udara menembakkan_roket roket_ditembakkan",
        "ms": "serangan diserang tembakan ditembak letupan_bom pengeboman peluru_berpandu "
        "pengganas",
        "vi": "tấn_công nổ_súng xả_súng đánh_bom không_kích pháo_kích ám_sát khủng_bố đâm_chém",
    },
    "scandal": {
        "id": "korupsi suap penyuapan gratifikasi penipuan penggelapan pencucian_uang ditangkap "
        "penangkapan tersangka penyelidikan penyidikan diperiksa_kpk skandal investigasi "
        "dugaan_korupsi operasi_tangkap_tangan ott_ penggeledahan digeledah plagiat",
        "ms": "rasuah sprm_ ditahan_reman reman_ disiasat siasatan penyelewengan "
        "pengubahan_wang_haram ditangkap skandal penipuan",
        "vi": "tham_nhũng hối_lộ lừa_đảo tham_ô khởi_tố tạm_giam bắt_giữ điều_tra khám_xét bê_bối "
        "sai_phạm rửa_tiền đạo_văn",
    },
    "diplomacy": {
        "id": "ktt_ konferensi_tingkat_tinggi perundingan perjanjian gencatan_senjata "
        "menteri_luar_negeri menlu_ kunjungan_kenegaraan kunjungan_resmi pertemuan_bilateral "
        "nota_kesepahaman",
        "ms": "sidang_kemuncak rundingan perjanjian gencatan_senjata menteri_luar_negeri "
        "lawatan_rasmi memorandum_persefahaman",
        "vi": "thượng_đỉnh hội_đàm đàm_phán hiệp_định hiệp_ước ngừng_bắn ngoại_trưởng "
        "bộ_trưởng_ngoại_giao chuyến_thăm_chính_thức thăm_cấp_nhà_nước",
    },
    "sport": {
        "id": "pertandingan laga_ final_ semifinal perempat_final piala_ liga_ pelatih_ pelatihnya "
        "turnamen kejuaraan gol_ penalti timnas",
        "ms": "perlawanan piala_ liga_ jurulatih kejohanan separuh_akhir suku_akhir gol_ penalti",
        "vi": "trận_đấu chung_kết bán_kết tứ_kết huấn_luyện_viên hlv_ giải_đấu bàn_thắng ghi_bàn "
        "phạt_đền đội_tuyển v-league ngoại_hạng_anh",
    },
    "budget": {
        "id": "apbn apbd anggaran defisit fiskal pajak bea_keluar bea_masuk cukai belanja_negara",
        "ms": "belanjawan bajet defisit fiskal cukai_ sst_",
        "vi": "ngân_sách thâm_hụt tài_khóa tài_khoá thuế_ chi_tiêu_công",
    },
    "outage": {
        "id": "pemadaman_listrik listrik_padam mati_listrik gangguan_listrik blackout "
        "gangguan_layanan gangguan_sistem",
        "ms": "gangguan_bekalan_elektrik bekalan_elektrik_terputus terputus_bekalan blackout "
        "gangguan_perkhidmatan gangguan_sistem",
        "vi": "mất_điện cúp_điện cắt_điện gián_đoạn_dịch_vụ",
    },
    "space": {
        # a rocket alone is as often a weapon ("menembakkan roket"): its launch is space news
        "id": "satelit peluncuran_roket meluncurkan_roket roket_pembawa antariksa orbit_ astronaut",
        "ms": "satelit pelancaran_roket melancarkan_roket roket_pembawa angkasa_lepas angkasawan "
        "orbit_",
        "vi": "vệ_tinh tên_lửa_đẩy quỹ_đạo tàu_vũ_trụ trạm_vũ_trụ phi_hành_gia",
    },
}

# Phrases that hide the words they cover (happening_words.NOT)
NOT: dict[str, str] = {
    "id": "laba-laba serangan_jantung serangan_balik bom_waktu kebakaran_jenggot final_four "
    "tidak_terpilih penangkapan_ikan pasar_obligasi imbal_hasil_obligasi restrukturisasi_utang "
    "restrukturisasi_hutang restrukturisasi_kredit",
    "ms": "serangan_jantung serangan_balas penstrukturan_semula_hutang",
    "vi": "bão_hòa bão_hoà bão_giá bão_lòng cháy_hàng cháy_vé cháy_túi cháy_phòng cháy_nắng "
    "hàng_tấn_công tuyến_tấn_công lợi_suất_trái_phiếu thị_trường_trái_phiếu tái_cơ_cấu_nợ "
    "tái_cơ_cấu_khoản_nợ",
}
