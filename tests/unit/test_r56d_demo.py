"""r56 (r55 demo): the reader's findings on the demo, each on a tiny context: the lockdown bullet's caveat (#1), the
callers not counted, said so the method and the decision agree (#2), the source's 'ruim driekwart' (#4), Tabel 1's
two answer rates alike (#6), Tabel 7's short header (#7), 'ongeveer evenveel' computed (#8)."""

import matplotlib

matplotlib.use("agg")

from test_demo_r12 import plain  # noqa: E402
from test_demo_r16 import MADE_UP  # noqa: E402
from test_demo_r22 import LOCKDOWN  # noqa: E402

from hulplijnen.pipeline import summary  # noqa: E402


def _summary() -> str:
    return plain(summary.markdown({**MADE_UP, **LOCKDOWN}, ["1712"], 2020))


def test_the_lockdown_bullet_says_the_figures_do_not_give_the_cause():
    said = _summary().split("**Rekenvoorbeeld")[0]
    bullet = said.split("**Meer geregistreerde telefooncontacten tijdens de eerste lockdown", 1)[1]
    # failed before r56: the summary's bullet had no caveat; the chapter's had it
    assert (
        "Of de eerste lockdown de oorzaak was, zeggen deze cijfers niet: rond die maanden liepen ook campagnes van de "
        "hulplijn (23 maart en 7 mei 2020)." in bullet
    )
