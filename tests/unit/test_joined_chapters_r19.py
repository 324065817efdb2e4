"""2021 (r19 #1): 'Contactnemers' and 'Wie neemt contact op: geslacht en leeftijd' were two thin chapters of 2020
material in a year with key figures only. Where the year has no gender table of its own, gender and age is a
section of the contact-persons chapter: one chapter, numbered once; 2020, with its tables, keeps both chapters."""

from hulplijnen.pipeline.release import load_release


def test_a_year_of_key_figures_only_shows_gender_and_age_as_a_section_of_contactnemers():
    release = load_release("2021")
    reading = {c["name"]: c for c in release.reading}
    assert "gender_age" not in reading
    assert reading["contact_persons"]["sections"] == [{"name": "gender_age", "title": "Geslacht en leeftijd"}]
    assert release.numbers["gender_age"] == release.numbers["contact_persons"]
    assert "gender_age" in release.chapters  # its notebook still runs and records its facts


def test_a_year_with_its_own_tables_keeps_both_chapters():
    release = load_release("2020")
    names = [c["name"] for c in release.reading]
    assert "contact_persons" in names and "gender_age" in names
    assert all(c["sections"] == [] for c in release.reading)
    assert sorted(release.numbers.values()) == list(range(1, len(release.reading) + 1))
