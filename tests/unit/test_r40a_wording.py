"""r40 (round 39 findings): one test per fix that fails on the old wording, on the templates with tiny contexts."""

from hulplijnen.presentation import caption_text


def test_the_monthly_chart_caption_says_which_panel_is_enlarged():
    """r39 2020 #6: 'het onderste deel heeft een kleinere schaal dan het bovenste' read both ways."""
    said = caption_text.render("chapters/channels/captions.md", {"without_channel": 0, "two_panels": True})
    caption = said.plain["fig_channels_monthly"]
    assert caption.endswith("; het onderste deel is vergroot: zijn as loopt minder hoog")
    assert "kleinere schaal" not in caption
