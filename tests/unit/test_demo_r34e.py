"""Round 34 demo findings (/work/review/r33/demo-findings.md): the phone's opening hours said to be the made-up
data's (#2)."""


def test_the_opening_hours_are_said_to_be_the_made_up_datas(capacity_text):
    """#2: 'De telefoon was open op werkdagen van 9 tot 17 uur' read as a fact about the real helpline."""
    said = capacity_text(calls=True)
    assert "In deze verzonnen gegevens was de telefoon open op werkdagen van 9 tot 17 uur, behalve op feestdagen." in said
    assert "De telefoon was open" not in said
