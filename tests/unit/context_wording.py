"""The 2020 context chapter's opening as the chapter gives it, pinned once for every test that reads it (r66, r65
2020 #5: the result first, then the caveats: what the table counts, the unknown contexts)."""

CONTEXT_2020_OPENING = (
    "Bij 91,5 % van de 10.088 mogelijke slachtoffers met een bekende context speelt het geweld zich af binnen de"
    " familie, bij 85,0 % van diezelfde 10.088 in het kerngezin (75,8 % van alle 11.305, als ook wie een"
    " onbekende context heeft meetelt). Bij bijna de helft van de 8.570 mogelijke"
    " slachtoffers in het kerngezin (4.251) gaat het om een gescheiden kerngezin."
    " Deze cijfers komen uit de tabel van 1712 over de context van het geweld (bij het antwoord op schriftelijke"
    " vraag nummer 282), en daarbij horen kanttekeningen. Wat de tabel precies telt, zegt de bron niet; dit"
    # r59 (r58 2020 #1): 'personen', what the table counts not said as fact, no 'daarom telt ze meer personen'
    # r61 (r61 2020 #7): 'ze' read as the table: 'de tabel', 'spreekt van'
    " rapport spreekt, zoals de kerncijfers over 2021, van mogelijke slachtoffers: één contact kan over meer dan"
    " één persoon gaan."
    " Bij 1.217 van de 11.305 is de context onbekend of niet ingevuld."
)
