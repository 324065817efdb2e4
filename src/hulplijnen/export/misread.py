"""The published totals a demo takes over that were misread in the scan and corrected (data/corrections.csv).

Here, below the chapters and the pipeline, so both can name them: the demo's chapter records them as facts ('Over
deze cijfers', r38 demo r37 #10) and the annex's 'Herkomst' says each in one line (demo r25 #16)."""

from ..data import load
from .synthetic import CALIBRATION_HELPLINE, CALIBRATION_YEAR


def misread_totals() -> list[dict]:
    """Each misread monthly total per channel of the calibration year: its month, channel label, the value read in
    the scan (published) and the value used (e.g. the August e-mails, 20 in the scan, 90 used)."""
    channels = load.codebook("channels").set_index("channel")["label_nl"]
    cells = load.misread_cells(CALIBRATION_HELPLINE, CALIBRATION_YEAR)
    return [
        {"month": r.month, "channel": channels[r.channel], "published": r.published, "used": r.used}
        for r in cells.itertuples()
    ]
