"""Dutch (nl-BE) formatting of numbers, percentages, months and 'one in n' phrases."""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd
from babel.dates import format_date, get_day_names
from babel.numbers import format_decimal

LOCALE = "nl_BE"
NUMBER_WORDS = {
    1: "één",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
    11: "elf",
    12: "twaalf",
    13: "dertien",
    14: "veertien",
    15: "vijftien",
    16: "zestien",
    17: "zeventien",
    18: "achttien",
    19: "negentien",
    20: "twintig",
}
WORDS_UP_TO = 20  # Dutch running text writes whole numbers up to twenty in words ('vier campagnes')


def number(value: float, decimals: int = 0) -> str:
    """8059 -> '8.059'; 33.64, 1 -> '33,6'."""
    if pd.isna(value):
        return "onbekend"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(
        round(float(value), decimals) if decimals else round(float(value)), format=pattern, locale=LOCALE
    )
    return text.replace("-", "\u2212")  # a true minus sign, as print sets it and screen readers say it


# a number and the % after it, apart by spaces or a line break a template wrapped at (not a blank line): r22 2020 #14
_SPLIT_UNIT = re.compile(r"(\d)(?:[ \t]+|[ \t]*\n[ \t]*)(%|‰)")


def unbroken_units(text: str) -> str:
    """Text with a no-break space between a number and its % sign, wherever a template or a source wrote a plain
    space ('50 % meer', „+6 %”): no phone splits '+6' from '%' over two lines (r22 2020 #14)."""
    return _SPLIT_UNIT.sub("\\1\u00a0\\2", text)


def pct(value: float, decimals: int = 1) -> str:
    """A percentage given as 33.6 (not 0.336) -> '33,6 %' (with a non-breaking space)."""
    if pd.isna(value):
        return "onbekend"
    return f"{number(value, decimals)}\u00a0%"


def signed_pct(value: float, decimals: int = 1) -> str:
    text = pct(abs(value), decimals)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


def than(value: float, decimals: int = 1) -> str:
    """A relative difference as Dutch says it, with the word after it: 38.2 -> '38,2 % hoger dan',
    -5 -> '5,0 % lager dan'; what rounds to zero -> 'even hoog als'."""
    text = pct(abs(value), decimals)
    if pct(0, decimals) == text:
        return "even hoog als"
    return f"{text} {'hoger' if value > 0 else 'lager'} dan"


def pct_of(part: float, whole: float, decimals: int = 1) -> str:
    """'33,6 % (n = 8.059)': a percentage always with its base."""
    return f"{pct(part / whole * 100, decimals)} (n = {number(whole)})"


def month(period: str | pd.Period | dt.date) -> str:
    """'2020-03' -> 'maart 2020'."""
    date = pd.Period(period, freq="M").to_timestamp().date() if not isinstance(period, dt.date) else period
    return format_date(date, "MMMM y", locale=LOCALE)


def month_runs(months: list[str]) -> list[str]:
    """Sorted months of one year ('2020-01') by name, three or more in a row as one span (r47, r46 2021 #11):
    '2020-01' … '2020-08', '2020-11' -> ['januari–augustus', 'november']."""
    spans: list[list[str]] = []
    for m in months:
        new = not spans or int(m[5:7]) != int(spans[-1][-1][5:7]) + 1
        spans += [[m]] if new else [spans.pop() + [m]]
    named = [[month(m).rsplit(" ", 1)[0] for m in span] for span in spans]
    return [w for n in named for w in ([f"{n[0]}–{n[-1]}"] if len(n) >= 3 else n)]


def weekday(number) -> str:
    """A weekday by its ISO number (Monday 1): '4' -> 'donderdag'."""
    return get_day_names("wide", locale=LOCALE)[int(number) - 1]


def month_short(period: str | pd.Period) -> str:
    date = pd.Period(period, freq="M").to_timestamp().date()
    return format_date(date, "MMM", locale=LOCALE).rstrip(".")


def date(value: dt.date | pd.Timestamp, precision: str = "day") -> str:
    """A date at the precision the source gives it: '23 maart 2020', 'maart 2021', 'najaar 2021'."""
    value = pd.Timestamp(value).date()
    if precision == "month":
        return format_date(value, "MMMM y", locale=LOCALE)
    if precision == "season":
        season = (
            "voorjaar"
            if value.month < 6
            else "zomer"
            if value.month < 9
            else "najaar"
            if value.month < 12
            else "winter"
        )
        return f"{season} {value.year}"
    if precision == "year":
        return str(value.year)
    return format_date(value, "d MMMM y", locale=LOCALE)


def one_in(share: float) -> str:
    """0.336 -> 'één op de drie' (the nearest whole n); a share more than 5 % above or below 1/n says so:
    0.37 -> 'ruim één op de drie', 0.18 -> 'bijna één op de vijf'."""
    n = round(1 / share)
    word = NUMBER_WORDS.get(n, str(n))
    ratio = share * n
    qualifier = "ruim " if ratio > 1.05 else "bijna " if ratio < 0.95 else ""
    return f"{qualifier}één op de {word}"


def interval(low: float, high: float, decimals: int = 0) -> str:
    return f"{number(low, decimals)} tot {number(high, decimals)}"


def whole_bounds(low: float, high: float) -> tuple[int, int]:
    """The whole numbers an interval of counts allows: the lower end rounded up, the upper end down
    (280 to 281,8 allows 280 and 281). A tolerance of 1e-6 keeps a bound that is a whole number in
    floating point (279,9999999) whole."""
    return math.ceil(low - 1e-6), math.floor(high + 1e-6)


def count_range(low: float, high: float, between: bool = False) -> str:
    """A range of counts as the whole numbers it allows: '280 tot 281' (with ``between``: 'tussen 280 en
    281', for a sentence); one number when it allows only one."""
    first, last = whole_bounds(low, high)
    if first >= last:
        return number(round((low + high) / 2))
    return f"tussen {number(first)} en {number(last)}" if between else f"{number(first)} tot {number(last)}"


def signed_number(value: float, decimals: int = 0) -> str:
    """A stated difference: '+79.554', '−36.460'."""
    return ("+" if value > 0 else "−" if value < 0 else "±") + number(abs(value), decimals)


def change_words(value: float, decimals: int = 0) -> str:
    """A relative change as a sentence says it, with the precision it was published with:
    -1, 0 -> '1 % minder dan'; 13.9, 1 -> '13,9 % meer dan'; 0 -> 'evenveel als'."""
    if value == 0:
        return "evenveel als"
    return f"{pct(abs(value), decimals)} {'meer' if value > 0 else 'minder'} dan"


# r59 (r58 2020 #5): a round number a source gives as its own approximation ('een honderdtal'), said in that word
ROUND_ABOUT = {10: "een tiental", 20: "een twintigtal", 100: "een honderdtal", 1000: "een duizendtal"}


def difference_words(value: float, noun: str = "", about: bool = False) -> str:
    """A stated exact difference as a sentence says it: -36460 -> '36.460 minder dan'; 0 -> 'evenveel als'; with
    what it counts (r21 2020 #15: '100 meer' of what?): 100, 'contacten' -> '100 contacten meer dan'. A difference
    the source gives approximately (``about``): 100 -> 'een honderdtal contacten meer dan', 150 -> 'ongeveer 150 …'."""
    if value == 0:
        return "evenveel als"
    size = ROUND_ABOUT.get(abs(value), f"ongeveer {number(abs(value))}") if about else number(abs(value))
    return f"{size}{' ' + noun if noun else ''} {'meer' if value > 0 else 'minder'} dan"


# a relative increase a reader says as a fraction ('ongeveer de helft meer'), and how far from it both ends of an
# interval (percent) may lie to be said so
FRACTIONS = ((25, "een kwart"), (100 / 3, "een derde"), (50, "de helft"), (75, "driekwart"))
FRACTION_TOLERANCE = 5.0


def fraction_words(low: float, high: float) -> str:
    """A change known as an interval (percent, low to high) as a fraction, when both ends lie within
    ``FRACTION_TOLERANCE`` points of it: 48,1 to 49,1 -> 'de helft'; '' when no fraction fits (the text then
    gives the percentages)."""
    for value, words_ in FRACTIONS:
        if abs(low - value) <= FRACTION_TOLERANCE and abs(high - value) <= FRACTION_TOLERANCE:
            return words_
    return ""


def fraction_lead(low: float, high: float) -> str:
    """The word before a fraction (fraction_words) that says on which side of it the interval lies: 48,1 to 49,1
    -> 'bijna' (de helft), 51 to 52 -> 'ruim', 49 to 51 -> 'ongeveer'; '' when no fraction fits."""
    for value, _words in FRACTIONS:
        if abs(low - value) <= FRACTION_TOLERANCE and abs(high - value) <= FRACTION_TOLERANCE:
            return "bijna" if high < value else ("ruim" if low > value else "ongeveer")
    return ""


def share_as_published(low: float, high: float) -> str:
    """A share known only through a rounded figure, as that figure was published: the interval 17,5 to 18,5 % is the
    published '18 %' (its ends are the annex's); an interval that is no whole-percent rounding stays 'a tot b %'."""
    middle = (low + high) / 2
    if abs(high - low - 1) < 1e-6 and abs(middle - round(middle)) < 1e-6:
        return pct(round(middle), 0)
    return f"{number(low, 1)} tot {pct(high)}"


# r49 (TO #1): a derived count said as one figure in the summary ('ongeveer 91.000'): to the thousand where a range
# said in the same sentence is wider than this, else to the hundred
ABOUT_WIDE = 500


def about_round(low: float, high: float | None = None, *others) -> str:
    """A derived estimate as one rounded figure, no range: the middle of ``low`` to ``high``, to the thousand where
    that range or any of ``others`` (the (low, high) ranges said beside it) is wider than ``ABOUT_WIDE``, else to the
    hundred: 90.500 to 91.600 -> '91.000'; 80.300 beside 10.100 to 11.400 -> '80.000'; 80.244 to 80.403 -> '80.200'."""
    high = low if high is None else high
    spans = [(low, high), *(tuple(o) for o in others)]
    step = 1000 if any(b - a > ABOUT_WIDE for a, b in spans) else 100
    return number(math.floor((low + high) / 2 / step + 0.5) * step)


def pct_range(low: float, high: float, decimals: int = 0, short: bool = False) -> str:
    """An interval of percentages to whole percents, as the report writes a range: '48 % tot 49 %'; one value when
    both round alike ('48 %'). With ``decimals`` (r45, r44 TO #1: an earlier year's estimated share), to that many
    decimals, each end rounded half up as chapters.helplines.story.share_decimals does: 25,49 to 25,64 -> '25,5 % tot
    25,6 %'; 24,86 to 24,94 -> '24,9 %'. With ``short`` (r56 2020 #2), the sign once: '48 tot 49 %'."""
    if decimals:
        scale = 10**decimals
        first, last = (math.floor(v * scale + 0.5) / scale for v in (low, high))
    else:
        first, last = round(low), round(high)
    if first == last:
        return pct(first, decimals)
    return f"{number(first, decimals) if short else pct(first, decimals)} tot {pct(last, decimals)}"


def times_words(value: float) -> str:
    """3 -> 'drie keer' (a published 'x times as many')."""
    n = round(value)
    return f"{NUMBER_WORDS.get(n, number(value, 0 if float(value).is_integer() else 1))} keer"


def words(n: float) -> str:
    """A whole number as running text writes it: up to twenty in words (4 -> 'vier'), larger ones in digits."""
    if float(n).is_integer() and 0 < n <= WORDS_UP_TO:
        return NUMBER_WORDS[int(n)]
    return number(n, 0 if float(n).is_integer() else 1)


def seconds_words(n: float) -> str:
    """A time in seconds as running text says it: in minutes when whole minutes (120 -> 'twee minuten', r64 demo #9),
    else in seconds (83 -> '83 seconden')."""
    if n >= 60 and n % 60 == 0:
        return count(int(n) // 60, "minuut", "minuten")
    return f"{words(n)} seconden"


def count(n: int, singular: str, plural: str) -> str:
    """'één campagne', 'drie campagnes', 'geen campagnes', '25 campagnes'."""
    if n == 0:
        return f"geen {plural}"
    return f"{words(n)} {singular if n == 1 else plural}"


def capfirst(text: str) -> str:
    """The first letter a capital, as a sentence opens: 'één op de drie' becomes 'Eén op de drie' (Dutch drops
    the accent on the capital E of 'één'), never 'Één'."""
    if text[:3] == "één":
        return "Eén" + text[3:]
    return text[:1].upper() + text[1:]


def lowerfirst(text: str) -> str:
    """r51 (r50 2020 #6): text after a colon opens lower-case ('Het totaal' -> 'het totaal'); a word that opens with
    two capitals ('OCR') stays as it is."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def closed(text: str) -> str:
    """A sentence ended with one full stop: 'Stop it Now!' stays as it is, never 'Stop it Now!.'."""
    text = str(text)
    return text if text.rstrip()[-1:] in (".", "!", "?") else text + "."


def said_in(value: str, text: str) -> bool:
    """Whether a formatted value ('8.059', '33,6 %', 'april 2020') stands in ``text`` as a whole (not inside a longer
    number: '8.059' is not in '18.059'), whitespace of any kind read as one space: the summary's key-figures table
    leaves out what its key messages already say, so that each number is said once (r20 2020 #2, 2021 #6)."""
    flat = " ".join(str(value).split())
    if not flat:
        return False
    pattern = r"(?<![\d.,])" + re.escape(flat) + r"(?![\d]|[.,]\d)"
    return re.search(pattern, " ".join(str(text).split())) is not None
