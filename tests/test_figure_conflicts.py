"""Key figures of a report (briefgen/salience.py) and when two reports' figures conflict
(briefgen/cuts.py): a toll or a burned area may grow through the day, two sums of one kind
far apart in size are two quantities, and a count in words is the count in digits."""

import warnings

import numpy as np
from test_salience import article

from briefgen.cuts import conflicting_figures
from briefgen.salience import profiles, value


def test_figures_have_kinds_and_key_figures_come_from_the_lead():
    (p,) = profiles(
        [
            article(
                "Profit rose 12% to £1.24bn, the bank said. It was fined £38 million in 2019, "
                "and 4,317 accounts were closed in the 88th minute of the year.",
                title="Bank profit rises",
            )
        ]
    )
    assert {"%=12e0", "£=12e8", "£=38e6", "account=43e2"} <= p.figures  # 4,317 -> 4.3e3
    assert p.key_figures == {"£=12e8"}  # the title and first sentence only, and no share
    assert not any("88" in f for f in p.figures)  # an ordinal is no quantity
    assert "#2019" in p.anchors and not any("2019" in f for f in p.figures)  # a year


def conflicts(*texts: str) -> list[bool]:
    """Whether the key figures of each pair of texts (first and second, third and fourth ...)
    conflict."""
    found = profiles([article(t) for t in texts])
    left, right = np.arange(0, len(texts), 2), np.arange(1, len(texts), 2)
    return conflicting_figures(found, left, right).tolist()


def test_key_figures_of_one_kind_that_differ_conflict():
    assert conflicts(
        "A magnitude 5.9 earthquake struck off Izmir on Tuesday, killing two.",
        "A magnitude 4.8 earthquake shook Malatya on Tuesday, damaging homes.",
        "The government will spend $5.2 billion on the railways, it said.",
        "Rail operators said they would cut 5,400 jobs over two years.",
    ) == [True, False]  # 5.9 vs 4.8; a sum in dollars vs jobs


def test_a_toll_that_rose_in_a_later_report_is_no_conflict():
    """A quake's 37 dead at one and 52 at seven are one quake's toll rising (blind-day-36);
    the same counts the other way round, a later report with fewer dead, conflict still, as
    do two quakes' magnitudes whatever their tolls."""
    texts = [
        ("Death toll from Central Sulawesi quake rises to 37", "At least 37 people died.", "en"),
        ("Sulawesi toll climbs to 52", "The death toll rose to 52 people.", "en"),
        ("Quake kills 52 in Sulawesi", "A magnitude 6.8 quake killed 52 people.", "en"),
        ("Quake kills 9 in Kerman", "A magnitude 5.1 quake killed 9 people in Kerman.", "en"),
        ("インドネシア地震", "スラウェシ島でM6.8の地震があり、死者52人に達した。", "ja"),
    ]
    found = profiles([article(text, title, lang) for title, text, lang in texts])
    assert [p.dead for p in found] == [{37}, {52}, {52}, {9}, {52}]  # not M6.8
    left, right = np.array([0, 2, 3]), np.array([1, 3, 2])
    rising = conflicting_figures(found, left, right, np.array([0.0, 7.0, 9.0, 1.0, 0.0]))
    falling = conflicting_figures(found, left, right, np.array([7.0, 0.0, 0.0, 1.0, 0.0]))
    assert rising.tolist() == [False, True, True]  # 6.8 and 5.1: two quakes
    assert falling.tolist() == [True, True, True]
    assert conflicting_figures(found, left, right).tolist() == [True, True, True]
    at_once = conflicting_figures(found, left, right, np.zeros(5))  # dated by the day alone
    assert at_once.tolist() == [True, True, True]


def test_a_report_without_a_toll_beside_one_with_a_toll_warns_of_nothing():
    """Any growth of the dead is allowed (GROWING's bound is infinite), and infinity times a
    report's lack of a toll made numpy warn "invalid value" on stderr in users' runs."""
    found = profiles(
        [
            article("A magnitude 5.1 quake shook Kerman. Buildings cracked.", "Quake"),
            article("A magnitude 6.8 quake killed 52 people in Sulawesi.", "Quake kills 52"),
        ]
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pair = np.array([0]), np.array([1])
        assert conflicting_figures(found, *pair, np.array([0.0, 5.0])).tolist() == [True]


def test_a_toll_of_hundreds_that_rose_is_no_conflict_though_key_figures_are_rounded():
    """Key figures keep two significant digits (137 is 140): the counts of the dead are
    compared so rounded too."""
    found = profiles(
        [
            article("At least 137 people were killed in the floods.", "Floods kill 137"),
            article("The death toll rose to 152 people on Tuesday.", "Flood toll rises to 152"),
        ]
    )
    assert [p.dead for p in found] == [{137}, {152}]
    assert value("peopl=14e1") == 140 and value("tally=17-16") is None  # a score counts none
    pair = np.array([0]), np.array([1])
    assert conflicting_figures(found, *pair).tolist() == [True]
    assert conflicting_figures(found, *pair, np.array([0.0, 6.0])).tolist() == [False]


def test_the_area_a_fire_burned_grows_as_the_day_goes_on():
    """blind-day-63: 4,500 hectares of the Sierras Chicas burned in the morning and 5,800 by
    night are one fire's; a later report of less burned conflicts still, as do two fires'
    other figures (350 homes destroyed and 120) however much their areas grew."""
    found = profiles(
        [
            article(
                "El incendio ya quemó 4.500 hectáreas en las Sierras Chicas.", "Incendio", "es"
            ),
            article("El incendio ya quemó 5.800 hectáreas en las Sierras.", "Incendio", "es"),
            article("The wildfire has burned 12,000 acres and destroyed 350 homes.", "Wildfire"),
            article("The wildfire has burned 19,000 acres and destroyed 120 homes.", "Wildfire"),
            article("The Helderberg blaze has burned 1,500ha above Somerset West.", "Blaze"),
            article("The Helderberg blaze grows to 2,300ha above Somerset West.", "Blaze"),
        ]
    )
    pairs = np.array([0, 2, 4]), np.array([1, 3, 5])
    assert conflicting_figures(found, *pairs).tolist() == [True, True, True]
    hours = np.array([0.0, 13.0, 0.0, 5.0, 0.0, 6.0])
    assert conflicting_figures(found, *pairs, hours).tolist() == [False, True, False]
    earlier = conflicting_figures(found, *pairs, hours[::-1].copy())
    assert earlier.tolist() == [True, True, True]
    # ... but not past twice the area: Limache's 85 hectares and Viña del Mar's 310 are two
    # fires of one day and region (blind-day-19)
    two = profiles(
        [
            article("Incendio forestal en Limache ya suma 85 hectáreas.", "Incendio", "es"),
            article("Incendio forestal en Viña del Mar consume 310 hectáreas.", "Incendio", "es"),
        ]
    )
    assert conflicting_figures(two, np.array([0]), np.array([1]), np.array([0.0, 5.0])).all()


def test_one_companys_two_sums_of_two_orders_apart_are_two_events():
    """A €4.6bn takeover bid and a €38.5m fine on one company are two events' sums; a share
    price of HK$58 and $7.5bn of investment (eight orders apart) are two quantities of one."""
    assert conflicts(
        "Northcape bid €4.6 billion for Solerna on Wednesday, its board said.",
        "The regulator fined Solerna €38.5 million over road contracts on Wednesday.",
        "Huaxin shares closed at HK$58 on Wednesday in Hong Kong.",
        "Huaxin will invest $7.5 billion in a new plant, it said on Wednesday.",
    ) == [True, False]


def test_shares_and_bare_numbers_that_differ_are_no_conflict():
    """One company's results: the wire leads with profit down 18%, the trade paper with a
    margin of 2.4% and its analyst's age, the local paper with a 58-year-old worker; none
    says what the other's figure counts, so none contradicts another."""
    wire, trade, local = profiles(
        [
            article("Brightwater's pretax profit fell 18% to £212 million on Thursday."),
            article("Brightwater's margin slipped to 2.4%, said Tom Reid, 61, on Thursday."),
            article("Ann Hale, a 58-year-old cashier, heard of Brightwater's profit on Thursday."),
        ]
    )
    left, right = np.array([0, 0, 1]), np.array([1, 2, 2])
    assert not conflicting_figures([wire, trade, local], left, right).any()


def test_figures_of_one_kind_but_far_apart_in_size_are_no_conflict():
    """A share price and an investment are both in dollars, but a hundred-fold apart they
    are two quantities, not one reported two ways; a 5.9 quake and a 4.8 one still conflict."""
    shares, capex, quake, other = profiles(
        [
            article("Huaxin shares rose to $58 in Hong Kong on Wednesday."),
            article("Huaxin plans to spend $7.5 billion on new fabs this year."),
            article("A magnitude 5.9 earthquake struck off Izmir on Tuesday."),
            article("A magnitude 4.8 earthquake shook Malatya on Tuesday."),
        ]
    )
    pairs = np.array([0, 2]), np.array([1, 3])
    conflict = conflicting_figures([shares, capex, quake, other], *pairs)
    assert conflict.tolist() == [False, True]


def test_a_count_in_words_is_the_same_figure_as_in_digits():
    """ "Twelve miners" in one report and "12 miners" in another are one figure; "fourteen
    miners" another (a count a newspaper writes in words was no figure at all)."""
    (worded,) = profiles([article("Twelve miners were trapped in Huelva on Monday.")])
    assert worded.key_figures == {"miner=12e0"}
    assert conflicts(
        "Rescuers freed twelve miners trapped in a flooded shaft on Monday.",
        "Rescuers freed 12 miners trapped in a flooded shaft on Monday.",
        "Rescuers freed twelve miners trapped in a flooded shaft on Monday.",
        "Rescuers freed 14 miners trapped in a flooded shaft on Monday.",
    ) == [False, True]


def test_words_of_scripts_with_vowel_signs_are_read_whole_with_their_figures():
    """Python's \\w leaves combining marks out (Devanagari's, Bengali's, Tamil's vowel
    signs): मंजिला (storeys) was read as म, ज and ल, and a count's unit as its first letter,
    so that a Hindi and a Marathi report of one fire gave "figures of one kind" that
    differed (व=11 and व=6.4) and were cut apart."""
    (hindi,) = profiles(
        [article("मुंबई में 22 मंजिला इमारत में आग लगी। आग 11वीं मंजिल पर लगी।", language="hi")]
    )
    assert {"मंजिल", "इमारत"} <= set(hindi.terms)  # stemmed: मंजिला, मंजिल
    assert hindi.key_figures == {"मंजिला=22e0"}  # the 11th floor is no count
    assert conflicts(
        "मुंबई में 22 मंजिला इमारत में आग, 17 लोग अस्पताल में। आग 11वीं मंजिल से फैली।",
        "मुंबईत २२ मजली इमारतीला आग, १७ जण रुग्णालयात; पहाटे ६.४ वाजता आग विझली।",
    ) == [False]
