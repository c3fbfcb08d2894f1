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
    [  # words a cue's stem starts, or a cue's other uses
        ("Požiarnici cvičili v Nitre", "sk"),  # firemen: no fire
        ("To sa mu nehodí do plánov", "sk"),  # it does not suit: no accident
        ("Nemocnice zápasia s nedostatkom lekárov", "sk"),  # they struggle: no match
        ("Vláda menovite spomenula tri body", "sk"),  # namely: no rates
        ("Výpadok príjmov štátu dosiahol 300 miliónov", "sk"),  # a shortfall: no power cut
        ("Hossa hral v prvom útoku", "sk"),  # a forward line: no attack
        ("Novák odstúpil z turnaja pre zranenie", "sk"),  # withdrew from a tournament
        ("Minister odstúpil od zmluvy s dodávateľom", "sk"),  # stepped back from a contract
        ("Els beneficis de l'exercici físic", "ca"),  # benefits: no results
        ("Trump guanya a Nevada", "ca"),  # a state: no snow
        ("L'informe posa en relleu la feina feta", "ca"),  # highlights: no succession
        ("Un acusat descens de les vendes", "ca"),  # a marked fall: no one accused
        ("Reforma del Codi Penal", "ca"),  # the penal code: no penalty kick
    ],
)
def test_slovak_and_catalan_words_that_tell_no_kind(text, language):
    assert happenings(text, language) == frozenset()
