"""The kinds of event leads tell in Slovak and Catalan (happening_words_sk_ca.py), and the words
that only start like a cue, or have another use, and tell none."""

import pytest

from briefgen.happenings import happenings


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("Minister pôdohospodárstva odstúpil pre kauzu dotácií", "sk", {"leadership"}),
        ("Novák je vo štvrťfinále Slovak Open, zdolal nasadenú dvojku", "sk", {"sport"}),
        ("Pri požiari skladu v Trnave zasahovali desiatky hasičov", "sk", {"accident"}),
        ("Zemetrasenie s magnitúdou 4,1 pocítili aj na východe Slovenska", "sk", {"quake"}),
        ("NBS: Ekonomike pomôže nižšia základná sadzba ECB", "sk", {"rates"}),
        ("Lekári vstúpia do štrajku od pondelka", "sk", {"strike"}),
        ("Poľadovica a sneh komplikujú dopravu na severe", "sk", {"weather"}),
        ("Tretze morts en el naufragi d'una pastera a Almeria", "ca", {"accident"}),
        ("El Barça guanya la Copa amb dos gols de Lewandowski", "ca", {"sport"}),
        ("Vaga de metges a tota Catalunya aquest dijous", "ca", {"strike"}),
        ("El Parlament aprova la moció de censura contra l'alcalde", "ca", {"vote"}),
        ("Terratrèmol de magnitud 4,5 al Pirineu", "ca", {"quake"}),
        ("Aiguat i calamarsa a l'Empordà: alerta meteorològica", "ca", {"weather"}),
    ],
)
def test_slovak_and_catalan_leads_tell_their_kind(text, language, kinds):
    assert happenings(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Požiarnici cvičili v Nitre", "sk"),  # firemen: no fire
        ("Útočník Slovana prestúpi do Plzne", "sk"),  # a forward: no attack
        ("Minister odstúpil od zmluvy s dodávateľom", "sk"),  # stepped back from a contract
        ("El partit socialista presenta el seu candidat", "ca"),  # a party: no match
        ("L'atacant del Girona renova fins al 2029", "ca"),  # a forward: no attack
        ("La política fiscal del Govern, a debat", "ca"),  # fiscal: no prosecutor
    ],
)
def test_slovak_and_catalan_words_that_tell_no_kind(text, language):
    assert happenings(text, language) == frozenset()
