"""A recall or a company's results are one event wherever they are told (cuts.WORLDWIDE): a
carmaker's recall is reported from Poland with the cars in Poland, from Turkey with those in
Turkey, and the two leads' countries are no two events. A store opened in Poland and one
opened in Czechia are."""

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


def test_a_recall_told_from_two_countries_is_not_elsewhere():
    assert not apart(RECALL_PL, RECALL_TR)


def test_a_company_s_openings_in_two_countries_are_elsewhere():
    assert apart(STORE_PL, STORE_CZ)
