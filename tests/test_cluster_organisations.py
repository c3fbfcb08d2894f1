"""Reports of one event in two scripts meet by the international organisation their leads
name, one name in every language (organisations.py: OPEP and أوبك are OPEC), and not by one
that only the rest of a report names (salience._add_organisations)."""

import datetime as dt

from briefgen.cluster import cluster, dedupe
from briefgen.models import Article
from briefgen.salience import profiles
from briefgen.text import content_hash

T0 = dt.datetime(2027, 3, 1, 9, tzinfo=dt.UTC)

OPEC_AR = (
    "ar",
    "أوبك+ تمدد خفض الإنتاج بمقدار 1.65 مليون برميل يوميا حتى نهاية 2027",
    "قررت مجموعة أوبك+ في اجتماعها عبر الإنترنت يوم الأحد تمديد الخفض الطوعي لإنتاج النفط "
    "البالغ 1.65 مليون برميل يوميا حتى نهاية عام 2027. وقال مندوبون إن القرار اتخذ بالإجماع "
    "بعد مشاورات استمرت أسبوعين بين كبار المنتجين.",
)
OPEC_ES = (
    "es",
    "La OPEP+ prolonga el recorte de 1,65 millones de barriles diarios hasta finales de 2027",
    "La OPEP+ acordó este domingo, en una reunión virtual, prolongar hasta finales de 2027 el "
    "recorte voluntario de 1,65 millones de barriles diarios. Los delegados señalaron que la "
    "decisión se tomó por unanimidad tras dos semanas de consultas entre los grandes productores.",
)
# a report of another event whose background names OPEC+ and the same cut
ARAMCO_AR = (
    "ar",
    "أرامكو ترفع سعر البيع الرسمي للخام العربي الخفيف لآسيا",
    "رفعت شركة أرامكو السعودية سعر البيع الرسمي لشحنات يناير من الخام العربي الخفيف إلى آسيا "
    "بمقدار 40 سنتا للبرميل مقارنة بالشهر السابق. ويأتي القرار بعد أن مددت أوبك+ خفض "
    "الإنتاج البالغ 1.65 مليون برميل يوميا حتى نهاية 2027.",
)


def make(k: int, language: str, title: str, text: str) -> Article:
    url = f"https://outlet{k}.example.com/2027/03/01/{k}"
    return Article(
        url=url,
        canonical_url=url,
        title=title,
        text=text,
        outlet=f"outlet{k}",
        language=language,
        published=T0 + dt.timedelta(minutes=20 * k),
        content_hash=content_hash(title, text),
    )


def stories_of(*reports: tuple[str, str, str]) -> list[set[str]]:
    articles = [make(k, *report) for k, report in enumerate(reports)]
    stories = cluster(dedupe(articles).articles, set(), T0 + dt.timedelta(hours=6), 20)
    return sorted(({a.outlet for a in s.articles} for s in stories), key=min)


def test_one_organisation_in_every_script_is_one_name():
    """OPEP+ in Spanish and أوبك+ in Arabic are one name, OPEC's, in place of the Spanish
    word's own ('@opep'), and as telling as OPEC is in English."""
    spanish, arabic = profiles([make(0, *OPEC_ES), make(1, *OPEC_AR)])
    assert "@opec" in spanish.anchors and "@opep" not in spanish.anchors
    assert "@opec" in arabic.anchors
    assert spanish.rarity["@opec"] == arabic.rarity["@opec"] > 3


def test_reports_in_two_scripts_meet_by_the_organisation_their_leads_name():
    """An Arabic and a Spanish report of OPEC+'s decision share one telling number (1.65
    million barrels a day) and OPEC+: one event (by the number alone, across scripts, two
    were chance). An Arabic report of Aramco's prices whose background names OPEC+ and the
    same cut is another event: an organisation its lead does not name is no name in common."""
    assert stories_of(OPEC_AR, OPEC_ES) == [{"outlet0", "outlet1"}]
    assert stories_of(OPEC_ES, ARAMCO_AR) == [{"outlet0"}, {"outlet1"}]
