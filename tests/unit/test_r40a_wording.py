"""r40 (round 39 findings): one test per fix that fails on the old wording, on the templates with tiny contexts."""

from hulplijnen.presentation import caption_text


def test_the_monthly_chart_caption_says_which_panel_is_enlarged():
    """r39 2020 #6: 'het onderste deel heeft een kleinere schaal dan het bovenste' read both ways."""
    data = {"without_channel": 0, "two_panels": True, "lower": ["e-mail", "chat"], "tabled": False}
    said = caption_text.render("chapters/channels/captions.md", data)
    caption = said.plain["fig_channels_monthly"]
    # r41 (r41 2020 #14): the wording changed deliberately (the panel's channels named); this pin follows it
    assert caption.endswith(
        "het onderste paneel (e-mail en chat) heeft een andere schaal dan het bovenste: de as loopt er minder hoog."
    )
    assert "kleinere schaal" not in caption
