"""A recall or a company's results are one event wherever they are told (cuts.WORLDWIDE): a
carmaker's recall is reported from Poland with the cars in Poland, from Turkey with those in
Turkey, and the two leads' countries are no two events; a company's results told from two of
its country's cities are no two events either. A store opened in Poland and one opened in
Czechia are, and a strike in one city and one in another."""

from test_homes import apart

RECALL_PL = (
    "pl",
    "Velmora wzywa do serwisów 12,7 tys. SUV-ów Terran w Polsce",
    "Producent samochodów Velmora ogłosił akcję przywoławczą SUV-ów Terran z powodu "
    "zużycia przewodów hamulcowych. W Polsce do serwisów trafi 12,7 tys. aut, podał we "
    "wtorek importer.",
)
RECALL_TR = (
    "tr",
    "Velmora Terran için geri çağırma: Türkiye'de 8.900 araç",
    "Otomobil üreticisi Velmora, fren borularındaki aşınma nedeniyle Terran model SUV'ler "
    "için geri çağırma başlattı. Türkiye'de 8.900 aracın servise çağrılacağı açıklandı.",
)
STORE_PL = (
    "en",
    "Voltra opens its first store in Poland",
    "Electronics retailer Voltra opened its first store in Poland on Tuesday, in Warsaw's "
    "Arkadia mall, and plans twelve more in the country by 2031.",
)
STORE_CZ = (
    "en",
    "Voltra opens its first store in the Czech Republic",
    "Electronics retailer Voltra opened its first store in the Czech Republic on Tuesday, in "
    "Prague's Palladium centre, and plans six more in the country by 2031.",
)

RESULTS_MUMBAI = (
    "en",
    "TCS Q3 profit rises 6.2% to ₹13,420 crore",
    "Tata Consultancy Services on Thursday reported a 6.2% rise in third-quarter net "
    "profit to ₹13,420 crore, the IT company said in Mumbai in an exchange filing.",
)
RESULTS_KOLKATA = (
    "en",
    "TCS quarterly profit up 6.2%; Kolkata campus to add 2,000 jobs",
    "TCS's third-quarter net profit rose 6.2% to ₹13,420 crore, and the company said its "
    "Kolkata campus in New Town would hire 2,000 more people this year.",
)
STRIKE_MUMBAI = (
    "en",
    "Mumbai bus drivers strike over pay",
    "Bus drivers in Mumbai walked out on Thursday over unpaid allowances, stranding "
    "commuters across the city, the union said.",
)
STRIKE_KOLKATA = (
    "en",
    "Kolkata bus drivers strike over pay",
    "Bus drivers in Kolkata walked out on Thursday over unpaid allowances, stranding "
    "commuters across the city, the union said.",
)


def test_one_company_s_results_told_from_two_of_its_country_s_cities_are_not_elsewhere():
    assert not apart(RESULTS_MUMBAI, RESULTS_KOLKATA)
    assert apart(STRIKE_MUMBAI, STRIKE_KOLKATA)


def test_a_recall_told_from_two_countries_is_not_elsewhere():
    assert not apart(RECALL_PL, RECALL_TR)


def test_a_company_s_openings_in_two_countries_are_elsewhere():
    assert apart(STORE_PL, STORE_CZ)
