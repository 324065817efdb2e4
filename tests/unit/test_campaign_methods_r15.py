"""Round 15 (r14 2020 #8): the campaign model's methods say only what applies to the release's series: a series of
twelve monthly figures has no seasons and no rule for 'fewer than twelve'; the cross-reference points to the
statistical terms the annex has (there is no glossary entry for quasi-Poisson), not to the glossary."""

from types import SimpleNamespace

from hulplijnen.presentation import text

METHODS = "chapters/campaigns/methods.md"


def render(months: int) -> str:
    params = SimpleNamespace(min_months_for_effect=12, year=2020)
    found = text.render(METHODS, params=params, not_shown={}, values={"x.campaigns.months": float(months)})
    return " ".join(found.split())


def test_a_year_of_monthly_figures_has_no_conditions_that_do_not_apply():
    said = render(12)
    assert "zie de woordenlijst" not in said
    assert "(zie „Begrippen uit de statistiek” hierboven)" in said
    assert "seizoen" not in said and "24 maandcijfers" not in said and "dagcijfers" not in said
    assert "Met minder dan twaalf maandcijfers" not in said and "toevalsgenerator" not in said
    assert "Met twaalf maandcijfers, één jaar, is het model klein" in said


def test_a_longer_series_names_its_seasons():
    said = render(36)
    assert "een trend, seizoenen, een eigen niveau" in said
    assert "Met 36 maandcijfers is het model klein" in said
