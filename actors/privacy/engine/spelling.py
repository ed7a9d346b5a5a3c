"""Letters read out as code words: the NATO/ICAO spelling alphabet ("papa sierra"), the German one (DIN
5009's classic words: "heinrich anton zacharias") and the Italian one (cities: "roma ancona milano"), with
their digits and marks; a capital said ("capital papa") or written in capitals among lower-case words
(``MIKE``). (Character codes written as number words are ``numerals``'.)"""
from __future__ import annotations

import re
import string

CODE_WORDS = {"alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f",
              "golf": "g", "hotel": "h", "india": "i", "juliett": "j", "juliet": "j", "kilo": "k", "lima": "l",
              "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
              "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x",
              "yankee": "y", "zulu": "z", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
              "six": "6", "seven": "7", "eight": "8", "nine": "9", "niner": "9", "tree": "3", "fower": "4", "fife": "5",
              "ait": "8",   # (ICAO's)
              **dict(zip("anton berta cäsar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol "
                         "otto paula quelle richard samuel theodor ulrich viktor wilhelm xanthippe ypsilon zacharias".split(),
                         string.ascii_lowercase)),
              **dict(zip("null eins zwei drei vier fünf sechs sieben acht neun".split(), string.digits)),
              "caesar": "c", "siegfried": "s", "zeppelin": "z"}
# Italy's (cities, and a word for J, K, W, X, Y), read where most of a run's words are Italian: its "otto" is 8
ITALIAN = {**dict(zip("ancona bologna como domodossola empoli firenze genova hotel imola jolly kappa livorno milano napoli "
                      "otranto padova quarto roma savona torino udine venezia washington xeres york zara".split(),
                      string.ascii_lowercase)),
           **dict(zip("zero uno due tre quattro cinque sei sette otto nove".split(), string.digits)),
           "bari": "b", "palermo": "p", "taranto": "t", "trattino": "-", "sottolineato": "_", "punto": "."}
CAPITAL = ("capital", "upper", "uppercase", "big", "cap", "caps")
SYMBOLS = {"underscore": "_", "dash": "-", "hyphen": "-", "dot": ".", "period": ".", "decimal": ".", "stop": ".",
           "unterstrich": "_", "strich": "-", "punkt": "."}
# one code word as a pattern (a capital's word before it, said as "capital papa" or "upper-papa")
WORD = (r"(?:(?:capital|upper(?:case)?|big|caps?|lower(?:case)?|small)(?:[ \t]+|-))?(?:"
        + "|".join(sorted({*CODE_WORDS, *SYMBOLS, *ITALIAN}, key=len, reverse=True)) + ")")


def decode(run: str) -> str | None:
    """Code words in order; a capital is said ("capital papa") or, where the words are in both cases,
    written (``MIKE``); digits may stand as themselves among eight code words or more."""
    words = re.split(r"[ \t,]+|(?<=[A-Za-z])-(?=[A-Za-z])(?![Rr][Aa][Yy])", run)
    shouted = any(w.isupper() for w in words) and any(w.islower() for w in words)
    out, upper, said = [], False, 0
    table = {**CODE_WORDS, **ITALIAN} if sum(w.lower() in ITALIAN for w in words) * 2 > len(words) else CODE_WORDS
    for word in words:
        low = word.lower()
        if low in CAPITAL:
            upper = True
        elif low in table:
            out.append(table[low].upper() if upper or (shouted and word.isupper()) else table[low])
            upper, said = False, said + 1
        elif low in SYMBOLS or low.isdigit():
            out.append(SYMBOLS.get(low, low))
            said += not low.isdigit()
    return "".join(out) if said >= 8 else None
