"""r47 (demo r46 #10): every release's annex ends 'Herkomst' with 'Verwerking': the versions build.json records and one
fingerprint of its inputs, equal to the one an auditor recomputes from build.json; never the git commit."""

import hashlib
import json
import re

from hulplijnen.pipeline import processing


def test_the_annex_shows_the_fingerprint_recomputed_from_build_json(built):
    for release, out in built.items():
        qmd = (out / "report.qmd").read_text(encoding="utf-8")
        record = json.loads((out / "build.json").read_text(encoding="utf-8"))
        lines = "".join(f"{path} {digest}\n" for path, digest in sorted(record["inputs"].items()))
        fingerprint = hashlib.sha256(lines.encode("utf-8")).hexdigest()
        provenance = qmd.split("## Herkomst", 1)[1].split("\n## ", 1)[0]
        paragraph = provenance[provenance.index("**Verwerking.**") :]
        # r50 (r49 #1, #2): one unbroken code string (r49's two halves did not check when copied), and build.json
        # holds the same value under fingerprint
        assert f"`{fingerprint}`{{.fingerprint}}" in paragraph, release
        assert record[processing.FINGERPRINT_KEY] == fingerprint, release
        said = " ".join(paragraph.split())
        packages = record["packages"]
        assert f"het programma hulplijnen {packages['hulplijnen']} in Python {record['python']};" in said, release
        # r49 (demo r49 #13): only the libraries of the release's own chapters (no statsmodels without a model)
        # r56 (r55 2021 #9): a campaigns chapter that fitted no model (no parameters recorded) names no statsmodels
        facts = json.loads((out / "figures.json").read_text(encoding="utf-8"))["facts"]
        modelled = any(k.endswith(".campaigns.parameters") for k in facts)
        exported = record["params"].get("export") is not None
        for library in processing.figure_libraries(record, exported, modelled):
            assert f"{library} {packages[library]}" in said, (release, library)
        assert ("statsmodels" in said) == (
            any(n in record["notebooks"] for n in ("registration", "capacity"))
            or ("campaigns" in record["notebooks"] and modelled)
        ), release
        seed = (record["params"].get("export") or {}).get("synthetic", {}).get("seed")
        assert (f"startgetal {seed} voor het toeval" in said) == (seed is not None), release
        # the commit is the report-version metadata's (front matter), never the annex's text
        commit = record["git_commit"].partition("-")[0]
        assert not re.search(rf"\b{commit[:7]}", provenance) and "dirty" not in provenance, release
