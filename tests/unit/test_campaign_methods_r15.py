"""Round 15 (r14 2020 #8): the campaign model's methods say only what applies to the release's series: a series of
twelve monthly figures has no seasons and no rule for 'fewer than twelve'; the cross-reference points to the
statistical terms the annex has (there is no glossary entry for quasi-Poisson), not to the glossary."""

from types import SimpleNamespace

from hulplijnen.presentation import text

METHODS = "chapters/campaigns/methods.md"


def render(months: int) -> str:
    params = SimpleNamespace(min_months_for_effect=12, year=2020)
    found = text.render(
        METHODS, every_value_used=False, params=params, not_shown={}, values={"x.campaigns.months": float(months)}
    )
    return " ".join(found.split())


def test_a_release_with_a_model_has_no_second_account_of_it_in_the_methods():
    """r25 2020 #13 (round 26): the annex's section at chapter „Campagnes” tells the model in two plain sentences; the
    methods no longer describe a quasi-Poisson regression beside it, whatever the length of the series."""
    for months in (12, 36):
        said = render(months)
        assert said == "" and "quasi" not in said.lower() and "Begrippen uit de statistiek" not in said
