"""Two reports whose leads name two cities of one country, one of which names the other's
city, and which share a name that is no place's (a refinery, a union), are in doubt, not
apart (cuts.elsewhere): one price cut told from the refinery's city and from the capital is
one event. Two strikes in two cities whose reports share only their words and one city's
name are still two."""

import numpy as np
from test_cluster_languages import make, stories_of

from briefgen.cuts import elsewhere
from briefgen.salience import profiles

PRICE_LAGOS = (
    "en",
    "Dangote refinery cuts petrol price to N845 a litre",
    "LAGOS - The Dangote Petroleum Refinery in Lagos has cut its gantry price of petrol to "
    "N845 a litre from N875, its second cut this month, marketers said on Tuesday.\n\n"
    "Depot owners in Abuja and Kano said pump prices would follow within days.",
)
PRICE_ABUJA = (
    "en",
    "Motorists in Abuja await cheaper fuel after Dangote cut",
    "ABUJA - Filling stations in Abuja kept pump prices at N905 on Tuesday, a day after "
    "the Dangote refinery lowered its price for marketers to N845.\n\n"
    "IPMAN said its members would adjust once new stock arrived.",
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
    "commuters across the city, the union said. Drivers in Mumbai struck last month.",
)


def apart_or_in_doubt(first: tuple[str, str, str], second: tuple[str, str, str]) -> tuple:
    found = profiles([make("first", *first, 0), make("second", *second, 20)])
    apart, doubt = elsewhere(found, np.array([0]), np.array([1]))
    return bool(apart[0]), bool(doubt[0])


def test_one_event_told_from_two_cities_one_report_naming_both_is_one_story():
    assert apart_or_in_doubt(PRICE_LAGOS, PRICE_ABUJA) == (False, True)
    assert stories_of(PRICE_LAGOS, PRICE_ABUJA) == [{"outlet0", "outlet1"}]


def test_two_strikes_whose_reports_share_no_actor_are_apart_though_one_names_both_cities():
    assert apart_or_in_doubt(STRIKE_MUMBAI, STRIKE_KOLKATA) == (True, False)
    assert stories_of(STRIKE_MUMBAI, STRIKE_KOLKATA) == [{"outlet0"}, {"outlet1"}]
