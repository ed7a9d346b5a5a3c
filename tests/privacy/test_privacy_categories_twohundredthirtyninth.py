"""Categories read after the two-hundred-and-thirty-ninth and two-hundred-and-forty-first corpora (coffee roasteries,
espresso bars and tea merchants; cheesemakers, dairy farms and creameries), and what the 231st and 232nd left (issue 12,
part 108).

- Found: character codes as number words in many more languages, each written its own way — Māori, Japanese rōmaji
  run together, pinyin with its tone marks, Korean, Vietnamese, Finnish and Hungarian compounds, Greek, Russian,
  Latin — and a Danish run whose words a Swedish one starts ("niogtres" is not "nio" and the rest); enclosed letters
  with a value's own marks between them (``⒨⒪⒱_🅀⒱🅃``); a Django key whose symbols are its dashes and underscores and
  three others; Go's ``if v := os.Getenv("K"); v != "" { return v }`` fallback; an AutoHotkey hotkey's ``SendText``,
  robotjs' ``typeString``; a password piped into ``kwallet-query -w`` or ``keyring set``; ``influx user create … -p``;
  a chat's "secret key base …"; a password told in Tibetan ("… གསང་ཨང་ནི་ …").
- Kept: numbers counted in words (their codes are no characters), a sentence of short words; an empty Go fallback; a
  hotkey that types a greeting; ``influx setup -p`` with a port's number; a minisign public key, named "public key"
  on the line above and given to ``minisign -P``; a key named public right before it ("Ed25519 public key (hex): …")
  and an uncompressed EC point (a VAPID public key) — their private halves still found.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random

import pytest

from privacy_support import flagged, found, kept, owner_password, random_text

RNG = random.Random(2026_239)

_JA = "- ichi ni san yon go roku nana hachi kyuu".split()
_ZH = "- yī èr sān sì wǔ liù qī bā jiǔ".split()
_KO = "- il i sam sa o yuk chil pal gu".split()
_MI = "- tahi rua toru whā rima ono whitu waru iwa".split()
_VI = "- một hai ba bốn năm sáu bảy tám chín".split()
_FI = "- yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split()
_HU = "- egy kettő három négy öt hat hét nyolc kilenc".split()
_HU_TENS = "- tíz húsz harminc negyven ötven hatvan hetven nyolcvan kilencven".split()
_LA = "- unus duo tres quattuor quinque sex septem octo novem".split()
_LA_TENS = "- decem viginti triginta quadraginta quinquaginta sexaginta septuaginta octoginta nonaginta".split()
_LA_TEENS = "decem undecim duodecim tredecim quattuordecim quindecim sedecim septendecim".split()
_EL = "- ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
_EL_TENS = "- δέκα είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
_RU = "- один два три четыре пять шесть семь восемь девять".split()
_RU_TEENS = ("десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать "
             "девятнадцать").split()
_RU_TENS = "- - двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()


def _japanese(n: int) -> str:        # hyakunijuuichi: run together, no "ichi" before a hundred or a ten
    h, t, u = n // 100, n // 10 % 10, n % 10
    return ("hyaku" if h else "") + ((_JA[t] if t > 1 else "") + "juu" if t else "") + (_JA[u] if u else "")


def _pinyin(n: int) -> str:          # yī bǎi èr shí yī; líng where a hundred's ten is missing
    h, t, u = n // 100, n // 10 % 10, n % 10
    words = ["yī", "bǎi"] if h else []
    if t:
        words += ([_ZH[t]] if t > 1 or h else []) + ["shí"]
    elif h and u:
        words.append("líng")
    return " ".join(words + ([_ZH[u]] if u else []))


def _korean(n: int) -> str:          # baek isip-il
    h, t, u = n // 100, n // 10 % 10, n % 10
    words = ["baek"] if h else []
    if t or u:
        words.append(((_KO[t] if t > 1 else "") + "sip" if t else "") + ("-" if t and u else "") + (_KO[u] if u else ""))
    return " ".join(words)


def _maori(n: int) -> str:           # kotahi rau rua tekau mā tahi
    h, t, u = n // 100, n // 10 % 10, n % 10
    words = ["kotahi", "rau"] if h else []
    if t:
        words += ([_MI[t]] if t > 1 else []) + ["tekau"]
    if u:
        words += (["mā"] if words else []) + [_MI[u]]
    return " ".join(words)


def _vietnamese(n: int) -> str:      # một trăm hai mươi mốt; mười lăm; một trăm linh năm
    h, t, u = n // 100, n // 10 % 10, n % 10
    words = ["một", "trăm"] if h else []
    if t:
        words += ["mười"] if t == 1 else [_VI[t], "mươi"]
    elif h and u:
        words.append("linh")
    if u:
        words.append("mốt" if u == 1 and t > 1 else "lăm" if u == 5 and t else _VI[u])
    return " ".join(words)


def _finnish(n: int) -> str:         # satakaksikymmentäyksi, yksitoista
    h, t, u = n // 100, n // 10 % 10, n % 10
    head = "sata" if h else ""
    if t == 1:
        return head + ("kymmenen" if not u else _FI[u] + "toista")
    return head + ((_FI[t] + "kymmentä") if t else "") + (_FI[u] if u else "")


def _hungarian(n: int) -> str:       # százhuszonegy, tizenkettő, negyvenhét
    h, t, u = n // 100, n // 10 % 10, n % 10
    ten = {1: "tizen", 2: "huszon"}.get(t, _HU_TENS[t]) if u and t else (_HU_TENS[t] if t else "")
    return ("száz" if h else "") + ten + (_HU[u] if u else "")


def _latin(n: int) -> str:           # centum viginti unus
    h, rest = n // 100, n % 100
    words = ["centum"] if h else []
    if 10 <= rest < 18:
        words.append(_LA_TEENS[rest - 10])
    elif rest:
        words += ([_LA_TENS[rest // 10]] if rest >= 20 else []) + ([_LA[rest % 10]] if rest % 10 else [])
    return " ".join(words)


def _greek(n: int) -> str:           # εκατόν είκοσι ένα; δεκατρία
    h, rest = n // 100, n % 100
    words = (["εκατόν"] if rest else ["εκατό"]) if h else []
    if rest in (11, 12):
        words.append("έντεκα" if rest == 11 else "δώδεκα")
    elif 13 <= rest < 20:
        words.append("δεκα" + _EL[rest % 10])
    elif rest:
        words += ([_EL_TENS[rest // 10]] if rest >= 10 else []) + ([_EL[rest % 10]] if rest % 10 else [])
    return " ".join(words)


def _russian(n: int) -> str:         # сто двадцать один
    h, rest = n // 100, n % 100
    words = ["сто"] if h else []
    if 10 <= rest < 20:
        words.append(_RU_TEENS[rest - 10])
    elif rest:
        words += ([_RU_TENS[rest // 10]] if rest >= 20 else []) + ([_RU[rest % 10]] if rest % 10 else [])
    return " ".join(words)


@pytest.mark.parametrize("spell, language", [
    (_japanese, "Japanese rōmaji"), (_pinyin, "pinyin"), (_korean, "Korean"), (_maori, "Māori"), (_vietnamese, "Vietnamese"),
    (_finnish, "Finnish"), (_hungarian, "Hungarian"), (_latin, "Latin"), (_greek, "Greek"), (_russian, "Russian")])
def test_character_codes_as_number_words_in_more_languages_are_found(spell, language):
    value = owner_password(RNG) if language < "L" else "rst_" + random_text(RNG, "abcdefghkmnpqrstuvwxyzABCDEFGH23456789", 14)
    run = ", ".join(spell(ord(c)) for c in value)
    found(f"Break-room riddle: the roastery office PC password, as character codes said in {language}, apart by "
          f"commas:\n{run}\nFirst to decode it buys the flat whites.\n", run)


def test_a_danish_run_is_read_to_its_end_where_a_swedish_word_starts_one_of_its_numbers():
    run = ("hundrede og ni / niogtres / hundrede og tolv / femoghalvfems / hundrede og syv / niogtres / "
           "hundrede og fjorten / fireoghalvtreds / hundrede og otte")
    text = f"Whiteboard at the dairy: the cave controller's code as character codes in Danish:\n{run}\nWipe after reading.\n"
    found(text, run[-15:])      # (the whole run, not up to "nio")


def test_enclosed_letters_with_the_value_s_marks_between_them_are_found():
    text = "Riddle on the cupping table – the grinder's service code in look-alike letters:\n⒨⒪⒱_🅀⒱🅃⒯⒋⒬🄶⒯🅂⒋⒡⒯🅃⒫⒳🅁\nNo prizes.\n"
    found(text, "⒨⒪⒱_🅀⒱🅃")


def test_a_django_key_whose_symbols_are_mostly_dashes_and_underscores_is_found_in_a_chat():
    key = "m@gvm36co_aj-mmihkbo+ht38mb+m_@lx0^3vhvob8w-+egxjx"
    found(f"Re-entered the django secret key as {key} on the bridge box, orders are flowing again.\n", key)


@pytest.mark.parametrize("check", ['v := os.Getenv("ROASTLOG_API_TOKEN"); v != ""', 'v, ok := os.LookupEnv("ROASTLOG_API_TOKEN"); ok'])
def test_a_go_getenv_fallback_s_literal_is_found(check):
    value = random_text(RNG, "0123456789abcdef", 64)
    found(f'func roastlogAPIToken() string {{\n\tif {check} {{\n\t\treturn v\n\t}}\n\treturn "{value}"\n}}\n', value)


def test_an_empty_go_fallback_is_no_secret():
    kept('func dbPassword() string {\n\tif v := os.Getenv("DB_PASSWORD"); v != "" {\n\t\treturn v\n\t}\n\treturn ""\n}\n')


@pytest.mark.parametrize("template", [
    '#HotIf WinActive("POS Back Office")\n^!p::SendText "{v}"\n',
    "robot.moveMouse(640, 410);\nrobot.mouseClick();\nrobot.typeString('{v}');\n",
    "$ echo '{v}' | kwallet-query -f Roastery -w checkweigher kdewallet\n",
    "$ echo {v} | keyring set cave-controller scalesync\n",
    "$ influx user create -n caveops -p {v} -o greenmeadow\n",
    "ཆུར་བཟོ་ཁང་གི་ལས་ཁུངས་ཀྱི་གློག་ཀླད་ཀྱི་གསང་ཨང་ནི་ {v} ཡིན། སུ་ལའང་མ་སྟེར།\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_chat_s_secret_key_base_is_found():
    value = random_text(RNG, "0123456789abcdef", 128)
    found(f"12/03/24, 05:16 - shopkeeper: secret key base {value}\n12/03/24, 05:17 - Henrik: 👍\n", value)


@pytest.mark.parametrize("text", [
    "Counting the wheels aloud: one, two, three, four, five, six, seven, eight, nine, ten.\n",
    "Tasting order: ichi, ni, san, yon, go, roku, nana, hachi — then cleanse the palate.\n",
    "so i go to on one and ten more of the tins, ok\n",
    '#n::Send "Hello there"\nrobot.typeString(\'hello\');\n',
    "$ influx setup -u admin -p 8086 -o greenmeadow -b cave\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)


def test_a_minisign_public_key_is_kept_and_a_secret_one_found():
    public = base64.b64encode(b"Ed" + bytes(RNG.randrange(256) for _ in range(40))).decode()
    kept(f"## Verifying roaster-firmware releases\nminisign public key:\n    {public}\n"
         f"    minisign -Vm roastfw-4.9.bin -P {public}\n")
    secret = base64.b64encode(b"EdScB2" + bytes(RNG.randrange(256) for _ in range(152))).decode()
    assert flagged(f"untrusted comment: minisign encrypted secret key\n{secret}\n", secret)


def test_a_key_named_public_right_before_it_or_an_ec_point_is_kept_and_the_private_one_found():
    point = base64.urlsafe_b64encode(bytes([4]) + bytes(RNG.randrange(256) for _ in range(64))).decode().rstrip("=")
    kept(f"VAPID public key (sent to browsers): {point}\n")
    kept(f"Ed25519 public key (hex): {random_text(RNG, '0123456789abcdef', 64)}\n")
    kept(f"Shopify storefront access token (public): {random_text(RNG, '0123456789abcdef', 32)}\n")
    private = base64.urlsafe_b64encode(bytes(RNG.randrange(256) for _ in range(32))).decode().rstrip("=")
    found(f"VAPID private key: {private}\n", private)
    hex_key = random_text(RNG, "0123456789abcdef", 64)
    found(f"Ed25519 private key (hex): {hex_key}\n", hex_key)
