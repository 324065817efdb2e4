# r49 (r48 TO #1-#12, 2021 #11): pinned wording follows the r49 text
# r48 (r47 TO #1, #3, #6, #7, #10, #13; 2021 #2, #7, #12): pinned wording follows the r48 text
"""The Tele-Onthaal chapter's and summary's sentences as r39 rewrote them after the round-38 findings (TO #2, #4, #5,
#6; 2021 #2, #4), shared by the tests that pin them (tests/unit helper; no test of its own)."""

# r39 (r38 TO #2, 2021 #2): the gap as its exact share, judged against each earlier year by the report's rule;
# r40 (r39 2021 #6): in the rule's own words ('ongeveer even groot', '(iets) lager/hoger'), as Methods names them;
# r41 (r40/r41 TO #3): one rounded estimate per earlier year, not a two-decimal range (the ranges are Table 6's)
# r45 (r44 TO #1): each earlier year to one decimal, a range where its ends round apart (fmt.pct_range), so the
# judging words can be read against the figures (2020's 25,49-25,64 % read '26 %')
GAP_SHARE = (
    "24,0 % van de oproepen, bijna een kwart. Dat aandeel is ongeveer even groot als in 2020 (naar schatting 23,9 %) "
    "en iets lager dan in 2019 (naar schatting 24,9 %)."  # r50 (r49 TO #3): the table's middle, one decimal
)
GAP = "Er waren 32.988 oproepen meer dan gesprekken: " + GAP_SHARE  # r53 (r52 TO #7)
# r39 (r38 TO #4, #5, 2021 #2): each channel against 2020 and 2019; r41 (r40/r41 TO #3): one estimate each, and
# chat's fall since 2019 'veel lager' (the rule's third step)
# r47 (r46 2021 #7): twelve percentages in two paragraphs: each channel's share is now a row of the table of the years
# (Tabel 2 of Tele-Onthaal's report, Tabel 4 of 2021's); the text points there (PHONE: telephone's share, about the
# same as in 2020, has no sentence of its own now) and says only the share judged far from an earlier year (chat)
# r48 (r47 TO #5): the telephone's share said beside chat's, by the same rule
PHONE = (
    "@tbl-helpline-channels geeft dat aandeel per kanaal. Via telefoon was het 25,6 %, ongeveer even groot als in "
    "2020 (naar schatting 25,6 %) en iets hoger dan in 2019 (naar schatting 24,8 %)."  # r51 (r50 TO #2): each year's
)
# r50 (r49 TO #3): each earlier year's estimate the table's middle, to one decimal
CHAT = (  # r51 (r50 TO #2): each compared year with its estimate
    "Via chat was het 14,1 %, ongeveer even groot als in 2020 (naar schatting 14,0 %) en veel lager dan in 2019 (naar "
    # r63 (r63 TO #5): the far shift's cause not known, said at once
    # r66 (r66 TO #1): the shift dated by the later year of about the same share, not "sinds 2019"
    "schatting 25,1 %); waarom het tussen 2019 en 2020 zo sterk daalde, is niet bekend."
)
# r39 (r38 TO #6, 2021 #4): no double negative, no 'dus'; in the summary a bullet of its own;
# r41 (r40/r41 TO #4, #5): the year's estimate first, then the rise; 'naar schatting 90.800', not 'ongeveer'
# r44 (r43 TO #9): both years' counts, as the corona sentence; the rise is the summary's, not said again
OTHER = (
    # r63 (r62 TO #6): the clause in brackets
    "Het aantal andere gesprekken (die niet als coronagerelateerd geteld werden) lag in 2020 tussen 80.200 en 80.500 "
    "en in 2021 tussen 90.500 en 91.600: ongeveer evenveel als alle gesprekken in 2019, vóór corona "
    "(naar schatting 90.800)."  # r49 (r48 TO #8): both years 'tussen X en Y'
)
# r45 (r44 TO #7b, #7c): the rise first, as what follows from the level total and the falling share (no cause);
# then the year's estimate of the 104.681; what they were about is not in the source
# r47 (r46 TO #8): the year's estimate first, then the rise and 2019; the corona shares are the headline's
# r52 (lead's decision A): no bullet of its own, no rise ('zo'n 11.000 meer'), no 'naar schatting' (r49): the
# year's level and the year before's, that level beside all conversations of 2019 without 2019's number
# r52 (r52 2021 #1, TO #4): "Zo", not "Daardoor" (arithmetic, not a cause); no "weer"
# r56 (r55 TO #2, #4, 2021 #3): no 'Zo' (read as a cause), the count as precise as its range allows (91.000), and
# no comparison with all conversations of 2019 (what counted as about corona the source does not define)
OTHER_SAID = (  # r57 (r57 TO #4, 2021 #1): the chapter's rise
    # r59 (r58 TO #2, 2021 #6): pin follows the new wording
    # r66 (r66 TO #2): pin follows the new wording
    "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
    "tegen naar schatting 80.300 in 2020: ongeveer 13 % "
    "meer, als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat coronagerelateerd is."
)
# r59 (r58 TO #2): what they were about is the chapter's 'Wat niet bekend is'
# r61 (r61 TO #1): of Tele-Onthaal alone, a bullet of its own, the caveat first and the rise in brackets (two '13 %'
# a line apart); OTHER_SAID stays the joined bullet's (the 2021 release)
SUMMARY_OTHER = (
    # r66 (r66 TO #4): pin follows the new wording
    "- **Meer niet-coronagerelateerde gesprekken:** als Tele-Onthaal in beide jaren op dezelfde manier bepaalde wat "
    "coronagerelateerd is, waren er in 2021 naar schatting 91.000 gesprekken die niet als coronagerelateerd geteld "
    "werden, tegen naar schatting 80.300 in 2020 (ongeveer 13 % meer)."  # r66 (r66 TO #2): pin follows the new wording
)
# r47 (r46 TO #1, #9): 'iets minder' (the Methods' rule: −1,1 % lies wholly below zero), the change beside the year
HEADLINE = (
    # r59 (r58 TO #2): the calls are Table 1's; the change after the year; the share's fall in one sentence
    # r61 (r61 TO #1): the change beside 'iets minder', not after 'het eerste coronajaar'
    "**Iets minder gesprekken, veel minder vaak coronagerelateerd:** in 2021 waren er 104.681 gesprekken, iets minder "
    "(−1,1 %) dan in 2020, het eerste coronajaar. Het aandeel coronagerelateerde gesprekken daalde van 24,1 % naar "
    "13 %."  # r48 (r47 TO #10); r56 (r55 TO #1)
)
# r45 (r44 2021 #6): of several helplines the rise no longer 'meer andere gesprekken'; r47 (r46 TO #8): alone, short
# r52 (lead's decision A): the levels, not the rise
# r53 (r52 TO #5)
JOINED_RISE = (
    # r59 (r58 2021 #6): pin follows the new wording
    # r64 (r64 2021 #3): the rise as a count first (its range's middle, no 'ruim'), the percentage in brackets
    # r66 (r66 TO #2): pin follows the new wording
    "Naar schatting 91.000 gesprekken werden niet als coronagerelateerd geteld, "
    "tegen naar schatting 80.300 in 2020: ongeveer "
    # r66 (r65 2021 #1): the rise said as a rise, not '(13 %)' beside the corona share's 13 %
    "11.000 of 13 % meer"
)
