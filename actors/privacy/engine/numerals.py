"""Character codes written as number words, in any of the languages below: "seventy-five / one hundred
and five", "ochenta y cuatro", "quatre-vingt-dix-neuf", "hundertsechsundfünfzig", "sembilan puluh tujuh",
"kotahi rau rua tekau mā tahi", "hyakunijuuichi", "yi bai er shi yi", "satakaksikymmentäyksi".

Every language is one lexicon: a word's value, or ``*`` before it when it multiplies what was said before
it (a hundred, and the tens that count, as Japanese "juu" and Indonesian "puluh" do), or ``+`` for a word
that only joins ("and", "und", "mā"). A number is read by splitting its words, written apart or together,
into the lexicon's words (the fewest that cover them) and adding up: "ni juu ichi" is 2 × 10 + 1. Words
are compared without their accents (tone marks, macrons: "kyū" is "kyu"); a run is found written with
them or without.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# (language, its words: "word=value", "word=*factor" or "word=+" for a joiner; a word of a few
# spellings is given each)
_LEXICONS = {
    "english": "zero=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 "
               "thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 "
               "forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 hundred=*100 and=+",
    "spanish": "cero=0 uno=1 una=1 un=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 "
               "trece=13 catorce=14 quince=15 dieci=10 dieciséis=16 veinte=20 veinti=20 veintiún=21 veintidós=22 "
               "veintitrés=23 veintiséis=26 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 "
               "noventa=90 cien=*100 ciento=*100 y=+",
    "french": "zéro=0 un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 "
              "treize=13 quatorze=14 quinze=15 seize=16 vingt=20 vingts=20 trente=30 quarante=40 cinquante=50 "
              "soixante=60 quatrevingt=80 quatrevingts=80 cent=*100 et=+",
    "portuguese": "zero=0 um=1 uma=1 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 "
                  "doze=12 treze=13 catorze=14 quatorze=14 quinze=15 dezesseis=16 dezasseis=16 dezessete=17 "
                  "dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20 trinta=30 quarenta=40 cinquenta=50 "
                  "sessenta=60 setenta=70 oitenta=80 noventa=90 cem=*100 cento=*100 e=+",
    "italian": "zero=0 uno=1 un=1 due=2 tre=3 tré=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 "
               "dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 diciassette=17 diciotto=18 diciannove=19 "
               "venti=20 vent=20 trenta=30 trent=30 quaranta=40 quarant=40 cinquanta=50 cinquant=50 sessanta=60 "
               "sessant=60 settanta=70 settant=70 ottanta=80 ottant=80 novanta=90 novant=90 cento=*100 cent=*100",
    "german": "null=0 eins=1 ein=1 eine=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sech=6 sieben=7 sieb=7 acht=8 neun=9 "
              "zehn=10 elf=11 zwölf=12 zwanzig=20 dreißig=30 dreissig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 "
              "achtzig=80 neunzig=90 hundert=*100 und=+",
    "dutch": "nul=0 een=1 één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12 "
             "dertien=13 veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 negentien=19 twintig=20 "
             "dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90 honderd=*100 en=+ ën=+",
    "swedish": "noll=0 ett=1 en=1 två=2 tre=3 fyra=4 fem=5 sex=6 sju=7 åtta=8 nio=9 tio=10 elva=11 tolv=12 tretton=13 "
               "fjorton=14 femton=15 sexton=16 sjutton=17 arton=18 nitton=19 tjugo=20 trettio=30 fyrtio=40 femtio=50 "
               "sextio=60 sjuttio=70 åttio=80 nittio=90 hundra=*100",
    "danish": "nul=0 en=1 et=1 to=2 tre=3 fire=4 fem=5 seks=6 syv=7 otte=8 ni=9 ti=10 elleve=11 tolv=12 tretten=13 "
              "fjorten=14 femten=15 seksten=16 sytten=17 atten=18 nitten=19 tyve=20 tredive=30 fyrre=40 halvtreds=50 "
              "tres=60 halvfjerds=70 firs=80 halvfems=90 hundrede=*100 hundred=*100 og=+",
    "norwegian": "null=0 en=1 ett=1 et=1 to=2 tre=3 fire=4 fem=5 seks=6 sju=7 syv=7 åtte=8 ni=9 ti=10 elleve=11 tolv=12 "
                 "tretten=13 fjorten=14 femten=15 seksten=16 sytten=17 atten=18 nitten=19 tjue=20 tretti=30 førti=40 "
                 "forti=40 femti=50 seksti=60 sytti=70 åtti=80 nitti=90 hundre=*100 og=+",
    "polish": "zero=0 jeden=1 dwa=2 trzy=3 cztery=4 pięć=5 sześć=6 siedem=7 osiem=8 dziewięć=9 dziesięć=10 "
              "jedenaście=11 dwanaście=12 trzynaście=13 czternaście=14 piętnaście=15 szesnaście=16 siedemnaście=17 "
              "osiemnaście=18 dziewiętnaście=19 dwadzieścia=20 trzydzieści=30 czterdzieści=40 pięćdziesiąt=50 "
              "sześćdziesiąt=60 siedemdziesiąt=70 osiemdziesiąt=80 dziewięćdziesiąt=90 sto=*100",
    "czech": "nula=0 jedna=1 jeden=1 dva=2 dvě=2 tři=3 čtyři=4 pět=5 šest=6 sedm=7 osm=8 devět=9 deset=10 jedenáct=11 "
             "dvanáct=12 třináct=13 čtrnáct=14 patnáct=15 šestnáct=16 sedmnáct=17 osmnáct=18 devatenáct=19 dvacet=20 "
             "třicet=30 čtyřicet=40 padesát=50 šedesát=60 sedmdesát=70 osmdesát=80 devadesát=90 sto=*100",
    "russian": "nol=0 odin=1 odna=1 dva=2 tri=3 chetyre=4 pyat=5 shest=6 sem=7 vosem=8 devyat=9 desyat=10 "
               "odinnadtsat=11 dvenadtsat=12 trinadtsat=13 chetyrnadtsat=14 pyatnadtsat=15 shestnadtsat=16 "
               "semnadtsat=17 vosemnadtsat=18 devyatnadtsat=19 dvadtsat=20 tridtsat=30 sorok=40 pyatdesyat=50 "
               "shestdesyat=60 semdesyat=70 vosemdesyat=80 devyanosto=90 sto=*100 "
               "ноль=0 один=1 одна=1 два=2 три=3 четыре=4 пять=5 шесть=6 семь=7 восемь=8 девять=9 десять=10 "
               "одиннадцать=11 двенадцать=12 тринадцать=13 четырнадцать=14 пятнадцать=15 шестнадцать=16 "
               "семнадцать=17 восемнадцать=18 девятнадцать=19 двадцать=20 тридцать=30 сорок=40 пятьдесят=50 "
               "шестьдесят=60 семьдесят=70 восемьдесят=80 девяносто=90 сто=*100",
    # (its teens are one word, "δεκα" and a unit: "δεκαεπτά")
    "greek": "μηδέν=0 ένα=1 ένας=1 μία=1 μια=1 δύο=2 δυο=2 τρία=3 τρεις=3 τέσσερα=4 τέσσερις=4 πέντε=5 έξι=6 επτά=7 "
             "εφτά=7 οκτώ=8 οχτώ=8 εννέα=9 εννιά=9 δέκα=10 έντεκα=11 ένδεκα=11 δώδεκα=12 είκοσι=20 τριάντα=30 "
             "σαράντα=40 πενήντα=50 εξήντα=60 εβδομήντα=70 ογδόντα=80 ενενήντα=90 εκατό=*100 εκατόν=*100",
    "turkish": "sıfır=0 bir=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on=10 yirmi=20 otuz=30 kırk=40 "
               "elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90 yüz=*100",
    # (a ten counts its unit before it, "kaksikymmentä"; a teen adds "toista", "yksitoista")
    "finnish": "nolla=0 yksi=1 kaksi=2 kolme=3 neljä=4 viisi=5 kuusi=6 seitsemän=7 kahdeksan=8 yhdeksän=9 "
               "kymmenen=10 kymmentä=*10 toista=10 sata=*100 sataa=*100",
    "hungarian": "nulla=0 egy=1 kettő=2 két=2 három=3 négy=4 öt=5 hat=6 hét=7 nyolc=8 kilenc=9 tíz=10 tizen=10 húsz=20 "
                 "huszon=20 harminc=30 negyven=40 ötven=50 hatvan=60 hetven=70 nyolcvan=80 kilencven=90 száz=*100",
    "romanian": "zero=0 unu=1 una=1 un=1 o=1 doi=2 două=2 trei=3 patru=4 pai=4 cinci=5 șase=6 şase=6 șai=6 şai=6 "
                "șapte=7 şapte=7 opt=8 nouă=9 zece=10 sprezece=10 zeci=*10 sută=*100 și=+ şi=+",
    "indonesian": "nol=0 satu=1 se=1 dua=2 tiga=3 empat=4 lima=5 enam=6 tujuh=7 delapan=8 sembilan=9 puluh=*10 "
                  "belas=10 ratus=*100",
    "swahili": "sifuri=0 moja=1 mbili=2 tatu=3 nne=4 tano=5 sita=6 saba=7 nane=8 tisa=9 kumi=10 ishirini=20 "
               "thelathini=30 arobaini=40 hamsini=50 sitini=60 sabini=70 themanini=80 tisini=90 miamoja=100 mia=100 na=+",
    "maori": "kore=0 kotahi=1 tahi=1 rua=2 toru=3 whā=4 rima=5 ono=6 whitu=7 waru=8 iwa=9 tekau=*10 rau=*100 mā=+",
    "japanese": "zero=0 rei=0 ichi=1 ni=2 san=3 yon=4 shi=4 go=5 roku=6 nana=7 shichi=7 hachi=8 kyū=9 kyuu=9 ku=9 "
                "jū=*10 juu=*10 jyuu=*10 hyaku=*100",
    "chinese": "líng=0 yī=1 èr=2 liǎng=2 sān=3 sì=4 wǔ=5 liù=6 qī=7 bā=8 jiǔ=9 shí=*10 bǎi=*100",
    "korean": "yeong=0 gong=0 il=1 i=2 sam=3 sa=4 o=5 yuk=6 chil=7 pal=8 gu=9 sip=*10 baek=*100",
    # (a ten's unit after it: "mốt" for one, "lăm" for five, "tư" for four; "linh" says no ten)
    "vietnamese": "không=0 một=1 mốt=1 hai=2 ba=3 bốn=4 tư=4 năm=5 lăm=5 sáu=6 bảy=7 tám=8 chín=9 mười=*10 "
                  "mươi=*10 trăm=*100 linh=+ lẻ=+",
    # (Latin counts 18 and 19, 28 and 29 … down from the next ten: "duodeviginti", "undetriginta")
    "latin": "nihil=0 unus=1 una=1 unum=1 duo=2 tres=3 tria=3 quattuor=4 quinque=5 sex=6 septem=7 octo=8 novem=9 "
             "decem=10 undecim=11 duodecim=12 tredecim=13 quattuordecim=14 quindecim=15 sedecim=16 septendecim=17 "
             "duode=-2 unde=-1 viginti=20 triginta=30 quadraginta=40 quinquaginta=50 sexaginta=60 septuaginta=70 "
             "octoginta=80 nonaginta=90 centum=*100 et=+",
    "esperanto": "nul=0 unu=1 du=2 tri=3 kvar=4 kvin=5 ses=6 sep=7 ok=8 naŭ=9 dek=*10 cent=*100",
}
# words said as two that are one number ("mia moja": a hundred)
_PHRASES = {"mia moja": "miamoja"}
MAX_WORDS = 8           # a number's words (a segmentation's work stays small)


def plain(text: str) -> str:
    """The text without accents, lower-case: what the lexicons are written in."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def _lexicon(spec: str) -> dict[str, tuple[str, int]]:
    """A lexicon's words (without accents): word -> (kind, value), kind "value" (below zero too: Latin's "unde",
    one less), "times" or "join"."""
    out = {}
    for item in spec.split():
        word, value = item.split("=")
        out[plain(word)] = ("join", 0) if value == "+" else ("times", int(value[1:])) if value[0] == "*" else ("value", int(value))
    return out


LEXICONS = {language: _lexicon(spec) for language, spec in _LEXICONS.items()}
# each word as written, with its accents and without (a run's words are matched as they are written: a
# pattern of every accented letter for every plain one makes RE2's automaton too big)
_WRITTEN = {item.split("=")[0] for spec in _LEXICONS.values() for item in spec.split()}
_SPELLINGS = sorted(_WRITTEN | {plain(w) for w in _WRITTEN}, key=len, reverse=True)
# one written word: one or more of any lexicon's words, run together (the decoder checks they are one language's)
WORD = "(?:" + "|".join(map(re.escape, _SPELLINGS)) + ")+"
_LONGEST = max(map(len, _SPELLINGS))
MARKS = re.compile(r"[ \t]*[/,;|][ \t]*")
# a run: eight or more number words, apart by blanks, hyphens or a list's marks, and what ends it: no letter
# (RE2's word boundary is ASCII's, so none is wanted around an accented, Greek or Cyrillic word; and the mark
# after it makes the last word end where it does: "niogtres" is not Swedish "nio" and the rest)
NUMBER_RUN = rf"(?i:{WORD}(?:(?:[ \t]+|-|[ \t]*[/,;|][ \t]*){WORD}){{7,}})(?:[^\pL\pN_]|$)"


def number_words(run: str) -> tuple[str, int, int] | None:
    """The text whose character codes the run's numbers are, in the first language that reads every one of
    them as a printable character, and where the numbers stand in the run (not the mark after them); None when
    no language reads them. Numbers are apart by marks (``,`` ``/`` ``;`` ``|``) or, with none, by blanks
    (then a number is one word)."""
    end = len(run) - (bool(run) and not run[-1].isalpha())
    text = plain(run[:end]).replace("-", "")
    for phrase, joined in _PHRASES.items():
        text = text.replace(phrase, joined)
    numbers = [n.split() for n in MARKS.split(text)] if MARKS.search(text) else [[w] for w in text.split()]
    for language in LEXICONS:
        codes = []
        for words in numbers:
            code = _value(tuple(words), language)
            if code is None or not 32 <= code < 127:
                break               # (not this language: the next is tried)
            codes.append(code)
        else:
            return "".join(map(chr, codes)), 0, end
    return None


def _value(words: tuple[str, ...], language: str) -> int | None:
    """A number's value in one language: its words split into the lexicon's (the fewest), values added up and
    each factor multiplying what came since the last one ("ni juu ichi": 21); None when a word is not its."""
    if not words or len(words) > MAX_WORDS:
        return None
    lexicon, total, pending = LEXICONS[language], 0, 0
    said = False
    for word in words:
        parts = _segment(word, language)
        if parts is None:
            return None
        for part in parts:
            kind, value = lexicon[part]
            if kind == "times":
                total, pending = total + (pending or 1) * value, 0
            elif kind == "value":
                pending += value
            said = said or kind != "join"
    return total + pending if said else None


@functools.lru_cache(maxsize=4096)
def _segment(word: str, language: str) -> tuple[str, ...] | None:
    """The word as the fewest of one language's words, in order; None when they cannot make it."""
    lexicon = LEXICONS[language]
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            piece, before = word[start:end], best[start]
            if before is not None and piece in lexicon and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = (*before, piece)
    return best[-1]

