"""Dutch (nl-BE) formatting of numbers, percentages, months and 'one in n' phrases."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from babel.dates import format_date
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
    15: "vijftien",
    20: "twintig",
}


def number(value: float, decimals: int = 0) -> str:
    """8059 -> '8.059'; 33.64, 1 -> '33,6'."""
    if pd.isna(value):
        return "onbekend"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(
        round(float(value), decimals) if decimals else round(float(value)), format=pattern, locale=LOCALE
    )


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
    """0.336 -> 'één op de drie' (the nearest whole n)."""
    n = round(1 / share)
    word = NUMBER_WORDS.get(n, str(n))
    return f"één op de {word}"


def interval(low: float, high: float, decimals: int = 0) -> str:
    return f"{number(low, decimals)} à {number(high, decimals)}"


def count(n: int, singular: str, plural: str) -> str:
    """'1 campagne', '3 campagnes', 'geen campagnes'."""
    if n == 0:
        return f"geen {plural}"
    return f"{number(n)} {singular if n == 1 else plural}"
