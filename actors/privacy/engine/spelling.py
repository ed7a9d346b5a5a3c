"""Letters read out as code words: the NATO/ICAO spelling alphabet ("papa sierra"), the German one (DIN
5009's classic words: "heinrich anton zacharias") and the Italian one (cities: "roma ancona milano"), with
their digits and marks; a capital said ("capital papa") or written in capitals among lower-case words
(``MIKE``); and character codes written as number words ("seventy-five / one hundred and five", in Spanish
"ochenta y cuatro / ciento once", in French, Portuguese, German, Swedish, Italian, Turkish, Indonesian, Dutch,
Polish, Danish and Swahili too)."""
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


# character codes written as number words: English ("seventy-five / one hundred and five"), where "hundred"
# multiplies; Spanish, French and Portuguese, whose words below two hundred add up ("ciento dieciséis",
# "quatre-vingt-dix-neuf", "cento e onze"), French's 80 written as one word
_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
# Polish's too ("sto dwadzieścia dwa": 122)
_POLISH = dict(zip("zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście "
                   "czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści "
                   "czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt sto".split(),
                   (*range(21), 30, 40, 50, 60, 70, 80, 90, 100)))
# Turkish's add up too, a word each ("yüz on altı": 116)
_TURKISH = dict(zip("sıfır bir iki üç dört beş altı yedi sekiz dokuz on yirmi otuz kırk elli altmış yetmiş seksen doksan "
                    "yüz".split(), (*range(11), 20, 30, 40, 50, 60, 70, 80, 90, 100)))
_ADDED = {**{w: i for i, w in enumerate(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
    "dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
    "veintiocho veintinueve".split())},
          **{w: i for i, w in enumerate("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
                                        "quinze seize".split())},
          **{w: i for i, w in enumerate("zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze "
                                        "quinze dezesseis dezessete dezoito dezenove".split())},
          "una": 1, "une": 1, "uma": 1, "duas": 2, "veintiún": 21, "dieciseis": 16, "veintidos": 22, "veintitres": 23,
          "veintiseis": 26, "tres": 3, "dezasseis": 16, "dezassete": 17, "dezanove": 19,
          **dict.fromkeys(("veinte", "vingt", "vingts", "vinte"), 20), **dict.fromkeys(("treinta", "trente", "trinta"), 30),
          **dict.fromkeys(("cuarenta", "quarante", "quarenta"), 40),
          **dict.fromkeys(("cincuenta", "cinquante", "cinquenta"), 50), **dict.fromkeys(("sesenta", "soixante", "sessenta"), 60),
          "setenta": 70, "ochenta": 80, "oitenta": 80, "quatrevingt": 80, "quatrevingts": 80, "noventa": 90,
          **dict.fromkeys(("cien", "ciento", "cent", "cem", "cento"), 100), **_TURKISH, **_POLISH}
# German's are one word each: (ein)hundert, then a unit, a ten, or a unit "und" a ten ("hundertsechsundfünfzig")
_DE_UNITS = {w: i for i, w in enumerate("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
                                        "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split())}
_DE_TENS = {w: 10 * i for i, w in enumerate("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split(), start=2)}
_DE_TEN = "(?:" + "|".join(_DE_TENS) + "|dreissig)"
_GERMAN = (rf"(?:(?:ein)?hundert)?(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und{_DE_TEN}|{_DE_TEN}|"
           + "|".join(sorted(_DE_UNITS, key=len, reverse=True)) + ")|(?:ein)?hundert")
# Swedish's too, a ten before its unit: (ett)hundra, then "sjuttiotvå", "tjugoett", "femton"
_SV_UNITS = {w: i for i, w in enumerate("noll ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton "
                                        "sexton sjutton arton nitton".split())}
_SV_TENS = {w: 10 * i for i, w in enumerate("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio".split(), start=2)}
_SWEDISH = (rf"(?:(?:ett)?hundra)?(?:(?:{'|'.join(_SV_TENS)})(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?|"
            + "|".join(sorted(_SV_UNITS, key=len, reverse=True)) + ")|(?:ett)?hundra")
# Italian's too, a ten losing its vowel before "uno" and "otto" ("ottantuno", "centotto"), "tre" accented after a
# ten ("cinquantatré"; matched up to its "é", where an ASCII word boundary is)
_IT_UNITS = {w: i for i, w in enumerate("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
                                        "quattordici quindici sedici diciassette diciotto diciannove".split())}
_IT_TENS = {w: 10 * i for i, w in enumerate("vent trent quarant cinquant sessant settant ottant novant".split(), start=2)}
_ITALIAN = (rf"(?:cento?)?(?:(?:{'|'.join(_IT_TENS)})(?:[ai](?:due|tr[eé]?|quattro|cinque|sei|sette|nove|uno|otto)?|uno|otto)|"
            + "|".join(sorted(_IT_UNITS, key=len, reverse=True)) + ")|cento")
# Dutch's are one word each as German's, "en" (or "ën") between a unit and its ten: "honderdzevenenveertig"
_NL_UNITS = dict(zip("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
                     "zeventien achttien negentien".split(), range(20)))
_NL_TENS = {w: 10 * i for i, w in enumerate("twintig dertig veertig vijftig zestig zeventig tachtig negentig".split(), start=2)}
_NL_TEN = "(?:" + "|".join(_NL_TENS) + ")"
_DUTCH = (rf"(?:honderd)?(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën){_NL_TEN}|{_NL_TEN}|"
          + "|".join(sorted(_NL_UNITS, key=len, reverse=True)) + ")|honderd")
# Indonesian's multiply: "sembilan puluh tujuh" (9 × 10 + 7), "enam belas" (6 + 10), "se-" for one ("seratus")
_ID_UNITS = dict(zip("nol satu dua tiga empat lima enam tujuh delapan sembilan".split(), range(10)))
_ID_ONE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_ID_TIMES = {"puluh": 10, "ratus": 100}
# Danish's count in scores past forty, a unit "og" its ten in one word ("syvoghalvfems": 97), "hundrede og …" apart
_DA_UNITS = dict(zip("nul en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten "
                     "atten nitten".split(), range(20)))
_DA_TENS = dict(zip("tyve tredive fyrre halvtreds tres halvfjerds firs halvfems".split(), range(20, 100, 10)))
_DANISH = (rf"(?:en|to|tre|fire|fem|seks|syv|otte|ni)og(?:{'|'.join(_DA_TENS)})|hundrede|"
           + "|".join(sorted({*_DA_UNITS, *_DA_TENS}, key=len, reverse=True)))
# Swahili's add up as Indonesian's, "mia" (a hundred) times the unit after it: "mia moja kumi na sita" (116)
_SW_UNITS = dict(zip("sifuri moja mbili tatu nne tano sita saba nane tisa kumi".split(), range(11)))
_SW_TENS = dict(zip("ishirini thelathini arobaini hamsini sitini sabini themanini tisini".split(), range(20, 100, 10)))
_JOINERS = ("and", "y", "et", "e", "og", "na")
# a run: eight or more number words (any of these languages'), apart by blanks, hyphens or the list's marks;
# the decoder reads the numbers between the marks (one word alternation: a grammar of each language's numbers
# multiplies the pattern's DFA past its memory)
_WORD = ("(?:quatre-vingts?|" + _GERMAN + "|" + _SWEDISH + "|" + _ITALIAN + "|" + _DUTCH + "|" + _DANISH + "|"
         + "|".join(sorted({*_UNITS, *_TENS, *_ADDED, *_JOINERS, *_ID_UNITS, *_ID_ONE, *_ID_TIMES, "belas", "hundred",
                            *_SW_UNITS, *_SW_TENS, "mia"}, key=len, reverse=True)) + ")")
NUMBER_RUN = rf"(?i:\b{_WORD}(?:(?:[ \t]+|-|[ \t]*[/,;|][ \t]*){_WORD}){{7,}}\b)"


def number_words(run: str) -> str | None:
    """The text whose character codes the run's numbers are (each one below a thousand in English, below
    two hundred in the others)."""
    codes = []
    for number in re.split(r"[ \t]*[/,;|][ \t]*", run.lower().replace("quatre-vingt", "quatrevingt")):
        number = number.strip()
        if any((compound := read(number)) is not None for read in (_german, _swedish, _italian, _dutch, _indonesian, _danish, _swahili)):
            codes.append(compound)
            continue
        value = 0
        for word in re.split(r"[ \t-]+", number):
            if word in _JOINERS:
                continue
            if word not in _UNITS and word not in _TENS and word not in _ADDED and word != "hundred":
                return None
            value = value * 100 if word == "hundred" else value + _UNITS.get(word, _TENS.get(word, _ADDED.get(word, 0)))
        codes.append(value)
    return "".join(map(chr, codes)) if all(32 <= c < 127 for c in codes) else None


def _german(word: str) -> int | None:
    """A German number word's value ("hundertsechsundfünfzig": 156), None for another word."""
    rest, value = _after_hundred(word, ("einhundert", "hundert"))
    return _unit_and_ten(rest.replace("dreissig", "dreißig"), value, {**_DE_UNITS, "ein": 1}, _DE_TENS, "und")


def _swedish(word: str) -> int | None:
    """A Swedish number word's value ("hundrasjuttiotvå": 172), None for another word."""
    rest, value = _after_hundred(word, ("etthundra", "hundra"))
    if rest in _SV_UNITS or rest in _SV_TENS or (value and not rest):
        return value + _SV_UNITS.get(rest, _SV_TENS.get(rest, 0))
    ten = next((t for t in _SV_TENS if rest.startswith(t)), None)
    unit = rest[len(ten):] if ten else ""
    if ten and (unit in _SV_UNITS and 0 < _SV_UNITS[unit] < 10 or unit == "en"):
        return value + _SV_TENS[ten] + _SV_UNITS.get(unit, 1)
    return None


def _italian(word: str) -> int | None:
    """An Italian number word's value ("centoquattordici": 114, "ottantuno": 81), None for another word."""
    word = word.replace("tré", "tre")
    for head, value in (("cento", 100), ("cent", 100), ("", 0)):
        rest = word[len(head):] if word.startswith(head) else None
        if rest is None or (not rest and not head):
            continue
        if not rest or rest in _IT_UNITS:
            return value + _IT_UNITS.get(rest, 0)
        ten = next((t for t in _IT_TENS if rest.startswith(t)), None)
        tail = rest[len(ten):] if ten else ""
        unit = tail[1:]
        if tail[:1] in ("a", "i") and (unit in ("", "tr") or _IT_UNITS.get(unit, 10) < 10):
            return value + _IT_TENS[ten] + (3 if unit == "tr" else _IT_UNITS.get(unit, 0))
        if ten and tail in ("uno", "otto"):
            return value + _IT_TENS[ten] + _IT_UNITS[tail]
    return None


def _dutch(word: str) -> int | None:
    """A Dutch number word's value ("honderdzevenenveertig": 147), None for another word."""
    rest, value = _after_hundred(word, ("honderd",))
    return _unit_and_ten(rest.replace("ën", "en"), value, _NL_UNITS, _NL_TENS, "en")


def _danish(number: str) -> int | None:
    """A Danish number's value ("hundrede og toogtyve": 122), None unless every word is one of its."""
    words = [w for w in number.split() if w != "og"]
    if not words or len(words) > 2 or (len(words) == 2 and words[0] != "hundrede"):
        return None
    value = 100 if len(words) == 2 or words[0] == "hundrede" else 0
    return value if words[-1] == "hundrede" else _unit_and_ten(words[-1], value, _DA_UNITS, _DA_TENS, "og")


def _swahili(number: str) -> int | None:
    """A Swahili number's value ("mia moja kumi na sita": 116), None unless every word is one of its."""
    words = [w for w in number.split() if w != "na"]
    if not words or any(w not in _SW_UNITS and w not in _SW_TENS and w != "mia" for w in words):
        return None
    total, i = 0, 0
    while i < len(words):
        if words[i] == "mia":          # times the unit after it (one when none follows)
            times = _SW_UNITS.get(words[i + 1], 0) if i + 1 < len(words) else 1
            total, i = total + 100 * (times or 1), i + (2 if times else 1)
            continue
        total, i = total + _SW_UNITS.get(words[i], _SW_TENS.get(words[i], 0)), i + 1
    return total


def _unit_and_ten(rest: str, value: int, units: dict, tens: dict, joiner: str) -> int | None:
    """``value`` plus what follows its hundred in German or Dutch: a unit, a ten, or a unit, the joiner and a
    ten ("sechsundfünfzig", "zevenenveertig"); None for another word."""
    if rest in units or rest in tens or (value and not rest):
        return value + units.get(rest, tens.get(rest, 0))
    ten = next((t for t in tens if rest.endswith(joiner + t)), None)
    unit = rest[:-len(ten) - len(joiner)] if ten else ""
    return value + tens[ten] + units[unit] if ten and 0 < units.get(unit, 0) < 10 else None


def _indonesian(number: str) -> int | None:
    """An Indonesian number's value ("seratus enam belas": 116), None unless every word is one of its."""
    words = number.split()
    if not words or any(w not in _ID_UNITS and w not in _ID_ONE and w not in _ID_TIMES and w != "belas" for w in words):
        return None
    total = unit = 0
    for w in words:
        if w in _ID_ONE:
            total += _ID_ONE[w]
        elif w in _ID_UNITS:
            unit += _ID_UNITS[w]
        else:                        # puluh, ratus multiply the unit before them; belas adds ten to it
            total, unit = total + (unit + 10 if w == "belas" else unit * _ID_TIMES[w]), 0
    return total + unit


def _after_hundred(word: str, heads: tuple[str, ...]) -> tuple[str, int]:
    """What follows a leading "hundred" (the first of ``heads`` the word starts with), and 100; else the word and 0."""
    head = next((h for h in heads if word.startswith(h)), "")
    return word[len(head):], 100 if head else 0
