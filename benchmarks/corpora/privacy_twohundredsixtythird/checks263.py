"""Every check build.py runs before writing, and the mutation tests."""
import base64
import copy
import csv
import hashlib
import hmac
import io
import json
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
import zlib

import common263 as C
import dec263
import enc263
import everyday263 as E
import evasions263 as EV
import negatives263 as N
import positional263 as P
import prose263 as PR
import vendor263 as V
import world263 as W

# Ideas both READMEs name only in prose (used, avoided, set aside, relatives),
# as `_`-token runs that no encoding name of this corpus may contain.
HAND_ENCODING_TOKENS = """
numeral base_n escape utf dump hexdump morse braille semaphore spelling alphabet number_words keycap entity
cipher xor caesar vigenere rot13 atbash reorder reversal shuffle chaff decoy acrostic stego steganography
dna dice die card cards chess domino dominoes bingo bowling darts rugby snooker scrabble league
coin_change music note chord colour colours color clock clocks calendar calendars weekday
check_digit barcode font keyboard telephone dtmf compass bearing lookup element elements constellation errno syscall messier
unit_conversion fahrenheit lens lever gear gears pendulum pipe pipes ohm pt100 weigh_tape
matrix matrices equation equations progression progressions magic_square magic_grid
shortest_path spanning_tree critical_path max_flow maximum_flow lattice shoelace area areas
collatz josephus hanoi wythoff cellular automaton automata life statistics statistic mean average
venn calculus derivative integral knapsack assignment round_robin queue queues bridge_and_torch torch
water_jug jug jugs trapped_rain rain_water subarray maximum_subarray huffman move_to_front inversion inversions
grid_path grid_routes snail fibonacci lcm gcd diagonal_cut token_bucket hourglass borda lru edit_distance rod_cutting coin_weighing
power powers prime primes square squares triangular factoradic combinadic combinadics residue residues modulo delta
continued_fraction reciprocal reciprocals midpoint midpoints pythagoras cosine cosine_rule spire spires euler parabola parabolas
circle circles recapture l_system pyramid pyramids rhythm rhythms trolley came levy levies arc_cosine cubic
bulls_and_cows flood_fill candy end_pick hatbox tower fifo ribbon knitting stitch non_adjacent floor_quotient isometry
mancala fitting_slot interval_scheduling northwest_corner restock min_max stacker_crane sweep flow_shop two_bench lagrange
drawer pigeonhole first_fit shelf trie bst binary_search_tree
twelfths tide variation deviation heron sine rigging trapezoidal torn_mesh minesweeper median odd_list mode tally missing
float_tags low_point regatta handshake handshakes hamilton apportionment allotment three_for_two till histogram rectangle
proxy_bid auction coffee loyalty stamp crew_floor headcount backgammon pip patch_overlap overlap painted painted_cube hidden_cubes
knotted bar_counts curling lawn_bowls perimeter trailing_zeros page_number_digits lights_out
""".split()

# Tools, libraries and mechanisms of both READMEs' positional syntaxes and of
# their left-out lists, as `_`-bounded runs no syntax name may contain.
HAND_TOOL_TOKENS = """
sevenzip 7z winrar rar openssl winrs unixodbc isql freetds tsql minio mc veracrypt networksetup jenkins jenkins_cli kadmin
prosodyctl synapse register_new_matrix_user vertica vsql sap_ase bitwarden bw hurl apachebench ab vmware vmrun cloudfoundry cf
twine bitsadmin cmd_wifi emqx signtool dotnet_nuget chisel sudo cryptsetup gocryptfs argon2 fscrypt vlc nc zfs geli
requests_auth zipfile exchangelib pywinrm winrm ibm_db jaydebeapi nntplib drivermanager commons_vfs x509certificate2 restsharp
scram nats rumqttc net_http basic_auth pkcs12 openssl_pkcs12_read amqpstreamconnection superagent httpclientbasiccredentials
luasql hackney applybasicauth clj_http fuel sttp matlab rodbc odbc sqlconnect qsqldatabase circuitpython xdotool wtype osascript
autohotkey robotjs zellij wezterm espresso xcuitest maestro uiautomator2 nightwatch squish watir selenide geb panther sikulix
testcomplete uipath openvpn zookeeper jaas lighttpd nagios hostapd monit exim db2 sp_addlinkedsrvlogin sp_addlogin clickhouse
openedge derby tor deluge socks5 rexec freeswitch shoutcast squeezebox lms
sqlcmd mosquitto mosquitto_pub ipmitool wget mercurial hg winscp govc esxcli mutool smbmap psql expdp hdbsql tf_vc oc_login
az_login openfortivpn zkcli zookeeper_zkcli keyctl msoffcrypto pypdf win32com workbooks_open keystore mongocredential groovy_sql
slick masterzen rust_zip restclient rubyzip ziparchive foxpro net_openssh dart_uri sqlcipher libmysqlclient cryptojs mysql2
amqplib nano couchdb xmlrpc pyautogui katalon uft ranorex flaui applescript adb kif earlgrey vue_test_utils enzyme vncdotool
asterisk apt_sources git_config frigate pgp_sym_encrypt utl_http dbms_scheduler h2 federated esphome ublox source_rcon teltonika
keepass keepassxc sshpass pdftk mosquitto_passwd smbpasswd chpasswd htpasswd cmdkey nmcli ssh smb ftp imap pop3 smtp ldap redis
mongo mongodb mysql oracle snmp pyminizip zip4j couchbase curl lftp skopeo ngrok reqwest httr httpx okhttp setbasicauth lwp cryfs
udisksctl kinit selenium sasl doobie plink gopass secret_tool drush cassandra irc kazoo paramiko ydotool crypt nickserv
""".split()

# languages and codes the READMEs mention anywhere (on top of the extracted pairs)
HAND_LANGUAGES = ["english", "eng", "en", "catalan", "cat", "ca", "samoan", "tajik", "czech", "polish", "russian"]


def _runs(name):
    toks = name.split("_")
    return {"_".join(toks[i:j]) for i in range(len(toks)) for j in range(i + 1, len(toks) + 1)}


def deny_errors(names_in_use, deny, syntaxes, encodings, langs):
    errs = []
    dn = set(deny["names"])
    for n in sorted(names_in_use):
        low = n.lower()
        parts = [low] + low.split("__")
        for p in parts:
            if p and p in dn:
                errs.append("deny-listed name: %s (%s)" % (n, p))
    ds = set(deny["syntaxes"])
    tools = set(HAND_TOOL_TOKENS)
    for s in syntaxes:
        if s in ds or s in dn:
            errs.append("earlier syntax: %s" % s)
        hit = _runs(s) & tools
        if hit:
            errs.append("syntax %s contains earlier tool %s" % (s, sorted(hit)))
    idea = set(HAND_ENCODING_TOKENS)
    for e in encodings:
        hit = _runs(e) & idea
        if hit:
            errs.append("encoding %s contains earlier idea %s" % (e, sorted(hit)))
    codes = set(deny["language_codes"]) | set(HAND_LANGUAGES)
    lnames = set(deny["language_names"]) | set(HAND_LANGUAGES)
    for code, name in langs:
        if code in codes or code in dn:
            errs.append("deny-listed language code %s" % code)
        if name.lower() in lnames or any(w in lnames for w in re.split(r"[\s-]+", name.lower())):
            errs.append("deny-listed language name %s" % name)
    return errs


POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
HINT_RE = re.compile(r"(?i)pass|pwd|secret|(?<![a-z0-9])pw(?![a-z0-9])")


def parse_ok(kind, text):
    try:
        if kind == "json":
            json.loads(text)
        elif kind == "xml":
            ET.fromstring(text)
        elif kind == "toml":
            tomllib.loads(text)
        elif kind == "csv":
            rows = [r for r in csv.reader(io.StringIO(text)) if r]
            if len({len(r) for r in rows}) != 1:
                return False
        return True
    except Exception:
        return False


VENDOR_PARSE = {V.S_ASM: "json", V.S_COMPOSER: "json", V.S_JBHTTP: "json", V.S_HOPP: "json", V.S_KEEPER: "json",
                V.S_MESSENGER: "json", V.S_GCHAT: "json", V.S_NETLIFY: "toml", V.S_DASHLANE: "csv", V.S_ICLOUD: "csv"}


def _png_ok(b):
    if not b.startswith(b"\x89PNG\r\n\x1a\n"):
        return False
    i = 8
    while i < len(b):
        ln = struct.unpack(">I", b[i:i + 4])[0]
        t, d = b[i + 4:i + 8], b[i + 8:i + 8 + ln]
        if struct.unpack(">I", b[i + 8 + ln:i + 12 + ln])[0] != (zlib.crc32(t + d) & 0xFFFFFFFF):
            return False
        i += 12 + ln
        if t == b"IEND":
            return i == len(b)
    return False


def run_checks(data, ctx):
    errs = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    jwe_key = ctx["jwe_key"]

    # ---- deny-list
    names = set(ctx["module_names"])
    for r in sec + eva:
        names.add(r["container"])
        names.add(r["type"])
        for s in r["secrets"]:
            names.add(s["type"])
    for r in eva:
        names.add(r["encoding"])
    for r in neg:
        names.add(r["class"])
        names.add(r["container"])
    syntaxes = set(ctx["syntaxes"]) | {r["type"][len(P.PREFIX):] for r in sec if r["source"] == "password"}
    encodings = set(ctx["encodings"]) | {r["encoding"] for r in eva}
    langs = set(ctx["langs"])
    for r in sec:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            langs.add((code, ctx["lang_names"].get(code, code)))
    errs += deny_errors(names, ctx["deny"], syntaxes, encodings, langs)

    # ---- ids and fields
    for lst, pref, fields, sfields in ((sec, "s", POS_FIELDS, POS_SPAN), (eva, "e", EV_FIELDS, EV_SPAN), (neg, "n", NEG_FIELDS, None)):
        for i, r in enumerate(lst):
            if r.get("id") != "%s-%s-%04d" % (C.OUT_PREFIX, pref, i + 1):
                errs.append("id out of sequence at %s %d" % (pref, i))
            if list(r.keys()) != fields:
                errs.append("field set of %s" % r.get("id"))
            if sfields:
                if not isinstance(r.get("secrets"), list) or len(r["secrets"]) != 1:
                    errs.append("not exactly one span: %s" % r.get("id"))
                    continue
                if list(r["secrets"][0].keys()) != sfields:
                    errs.append("span field set of %s" % r["id"])

    # ---- counts
    by_src = {}
    for r in sec:
        by_src.setdefault(r["source"], []).append(r)
    ed = by_src.get("everyday", [])
    if len(ed) != 180:
        errs.append("everyday count %d" % len(ed))
    tcount, kcount = {}, {}
    for r in ed:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
        kcount.setdefault(r["container"], []).append(r["type"])
    if len(tcount) != 12 or any(v != 15 for v in tcount.values()):
        errs.append("everyday types not 12 x 15")
    if len(kcount) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kcount.values()):
        errs.append("everyday kinds not 45 x 4 different types")
    vd = by_src.get("vendor", [])
    if not 110 <= len(vd) <= 130 or len({r["type"] for r in vd}) != len(vd):
        errs.append("vendor count/types %d" % len(vd))
    for r in vd:
        if r["container"] != "%s__%s" % (r["type"], V.VENDOR_BY.get(r["type"], (None,) * 7)[6]):
            errs.append("vendor container %s" % r["id"])
    pw = by_src.get("password", [])
    if not 100 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("positional count/syntaxes %d" % len(pw))
    pr = by_src.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        errs.append("prose not 40 in 40 languages")
    if not 440 <= len(sec) <= 470:
        errs.append("positives total %d" % len(sec))
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown source")
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22:
        errs.append("evasions not 66 / 22 encodings")
    pairs = {(r["encoding"], r["type"]) for r in eva}
    wpairs = {(r["encoding"], r["container"].split("__")[-1]) for r in eva}
    if len(pairs) != 66 or len(wpairs) != 66:
        errs.append("evasion encoding x type / wording grid broken")
    classes = {}
    for r in neg:
        classes.setdefault(r["class"], 0)
        classes[r["class"]] += 1
    if len(neg) < 200 or len(classes) < 20 or min(classes.values()) < 10:
        errs.append("negatives %d in %d classes" % (len(neg), len(classes)))
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("repeated negative text")
    srctypes = {}
    for r in sec:
        srctypes.setdefault(r["source"], set()).add(r["type"])
    allsets = list(srctypes.values()) + [{r["type"] for r in eva}]
    for i in range(len(allsets)):
        for j in range(i + 1, len(allsets)):
            if allsets[i] & allsets[j]:
                errs.append("span types shared between sources")

    # ---- spans, sources, shapes
    for r in sec + eva:
        if not r["secrets"]:
            continue
        sp = r["secrets"][0]
        t = r["text"]
        if t[sp["start"]:sp["end"]] != sp["value"]:
            errs.append("offsets wrong: %s" % r["id"])
        if t.count(sp["value"]) != 1:
            errs.append("value not exactly once in its text: %s" % r["id"])
        if sp["value"] != sp["value"].strip():
            errs.append("outer whitespace: %s" % r["id"])
        if sp["type"] != r["type"]:
            errs.append("span type differs: %s" % r["id"])
        if C.MARK in t:
            errs.append("marker left: %s" % r["id"])
    for r in sec:
        if not r["secrets"]:
            continue
        v = r["secrets"][0]["value"]
        src = r["source"]
        if src == "everyday":
            why = E.validate_value(r["type"], v, jwe_key) if r["type"] in E.TYPE_BY else "unknown type"
            if why:
                errs.append("everyday shape %s: %s" % (r["id"], why))
            kind = E.KIND_BY.get(r["container"])
            if kind and kind[3] and not parse_ok(kind[3], r["text"]):
                errs.append("container does not parse: %s" % r["id"])
        elif src == "vendor":
            spec = V.VENDOR_BY.get(r["type"])
            if not spec or not V.validate(spec[2], v):
                errs.append("vendor shape %s" % r["id"])
            style = r["container"].split("__")[-1]
            if style in VENDOR_PARSE and not parse_ok(VENDOR_PARSE[style], r["text"]):
                errs.append("vendor container does not parse: %s" % r["id"])
        elif src == "password":
            if not W.PW_STRICT_RE.match(v):
                errs.append("positional value form %s" % r["id"])
            if HINT_RE.search(r["text"]):
                errs.append("hint word in positional text %s" % r["id"])
        elif src == "prose":
            if not W.PW_STRICT_RE.match(v):
                errs.append("prose value form %s" % r["id"])
            sp = r["secrets"][0]
            t = r["text"]
            if sp["start"] == 0 or not t[sp["start"] - 1].isspace() or sp["end"] >= len(t) or not t[sp["end"]].isspace():
                errs.append("prose value not set off by whitespace %s" % r["id"])
    rules = {k: v[2] for k, v in enc263.ENCODINGS.items()}
    for r in eva:
        if r["source"] != "evasion" or not r["secrets"]:
            errs.append("evasion source/span %s" % r["id"])
            continue
        sp = r["secrets"][0]
        if sp.get("encoding") != r["encoding"] or r["container"].split("__")[0] != r["encoding"]:
            errs.append("evasion encoding field %s" % r["id"])
        plain = sp.get("plain", "")
        rx = EV.PLAIN_RE.get(r["type"])
        if not rx or not rx.match(plain):
            errs.append("evasion plain shape %s" % r["id"])
        t = r["text"]
        head = t[:sp["start"]]
        tail = t[sp["end"]:]
        rule = rules.get(r["encoding"], "\x00")
        if not head.endswith(rule + ":\n") or not tail.startswith("\n") or "\n" in tail[1:] or not tail[1:].strip() or "\n" in sp["value"]:
            errs.append("evasion layout %s" % r["id"])
        try:
            dec = dec263.decode(r["encoding"], sp["value"])
        except Exception:
            dec = None
        if dec != plain:
            errs.append("evasion does not decode to its plain %s" % r["id"])
        if plain and plain in sp["value"]:
            errs.append("run contains its plain %s" % r["id"])

    # ---- reuse and cleanliness
    all_texts = [(r["id"], r["text"]) for r in sec + eva + neg]
    values = [(r["id"], r["secrets"][0]["value"]) for r in sec + eva if r["secrets"]]
    plains = [(r["id"], r["secrets"][0].get("plain")) for r in eva if r["secrets"]]
    seenv = {}
    for rid, v in values:
        if v in seenv:
            errs.append("value reused: %s and %s" % (seenv[v], rid))
        seenv[v] = rid
    big = "\x00".join(t for _, t in all_texts)
    for rid, v in values:
        if big.count(v) != 1:
            for tid, t in all_texts:
                if tid != rid and v in t:
                    errs.append("value of %s appears in %s" % (rid, tid))
    for rid, p in plains:
        if p and p in big:
            for tid, t in all_texts:
                if p in t:
                    errs.append("plain of %s appears in %s" % (rid, tid))
    long_items = [v for _, v in values if len(v) >= 6] + [p for _, p in plains if p] + list(ctx.get("neighbours", []))
    negbig = "\x00".join(r["text"] for r in neg)
    hot = [s for s in long_items if s in negbig]
    for r in neg:
        for why in N.problems(r["text"], hot):
            errs.append("negative %s: %s" % (r["id"], why))
        if r["source"] != "negative":
            errs.append("negative source %s" % r["id"])
    for tid, t in all_texts:
        for m in C.UUID_RE.findall(t):
            if not C.is_uuid4(m):
                errs.append("non-v4 uuid in %s" % tid)
        for m in C.JWS_RE.findall(t):
            if not C.jws_frame_ok(m):
                errs.append("invalid JWT in %s" % tid)
        for m in C.JWE_RE.findall(t):
            try:
                ok = C.jwe_open(m, jwe_key) is not None
            except Exception:
                ok = False
            if not ok:
                errs.append("JWE that does not open in %s" % tid)

    # ---- negative identifiers and frames really are what they claim
    wg = set(ctx["wg_pubs"])
    for r in neg:
        t = r["text"]
        if r["class"] == "x25519_wireguard_and_ssh_public_keys":
            for m in re.findall(r"PublicKey = (\S+)", t):
                if m not in wg:
                    errs.append("wireguard public key not derived from a positive: %s" % r["id"])
        if r["class"] == "rattan_container_iso6346_and_imo_numbers":
            for o, d, ck in re.findall(r"\b([A-Z]{3}[UJZ]) ?([0-9]{6}) ?([0-9])\b", t):
                if C.iso6346_check(o + d) != int(ck):
                    errs.append("iso6346 check in %s" % r["id"])
            for d in re.findall(r"IMO ([0-9]{7})", t):
                if C.imo_check(d[:6]) != int(d[6]):
                    errs.append("imo check in %s" % r["id"])
        if r["class"] == "supplier_iban_and_bic_details":
            for m in re.findall(r"\b((?:GB|NL|DE|PL)[0-9]{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b", t):
                if not C.iban_valid(m):
                    errs.append("iban check in %s" % r["id"])
        if r["class"] == "parcel_upu_s10_tracking_numbers":
            for d, ck in re.findall(r"\b[A-Z]{2}([0-9]{8})([0-9])(?:GB|NL|DE)\b", t):
                if C.upu_s10_check(d) != int(ck):
                    errs.append("s10 check in %s" % r["id"])
        if r["class"] == "fernet_rails_and_ansible_ciphertexts":
            for tok in re.findall(r"'(gAAAAA[A-Za-z0-9_=-]+)'", t):
                b = base64.urlsafe_b64decode(tok)
                if not hmac.compare_digest(hmac.new(ctx["fkey"][:16], b[:-32], hashlib.sha256).digest(), b[-32:]):
                    errs.append("fernet hmac in %s" % r["id"])
            for ct, iv, tag in re.findall(r"([A-Za-z0-9+/=]+)--([A-Za-z0-9+/=]+)--([A-Za-z0-9+/=]+)", t):
                if C.aes128_gcm_open(ctx["rkey"], base64.b64decode(iv), base64.b64decode(ct), base64.b64decode(tag)) is None:
                    errs.append("rails credentials do not open in %s" % r["id"])
        if r["class"] == "inline_png_swatch_data_uris":
            for b64 in re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", t):
                if not _png_ok(base64.b64decode(b64)):
                    errs.append("png chunks in %s" % r["id"])
        if r["class"] == "own_layout_lookalikes_failing_checks":
            for h in re.findall(r"wsk_([0-9a-fA-F]{40})", t):
                if C.keccak_case(h) == h:
                    errs.append("lookalike passes its check in %s" % r["id"])
            for l, d, ck in re.findall(r"WBL-([A-Z]{4})-([0-9]{6})-([0-9])", t):
                if C.iso6346_check(l + d) == int(ck):
                    errs.append("lookalike passes its check in %s" % r["id"])
    return sorted(set(errs))


# ------------------------------------------------------------------ mutations
def _first(lst, pred):
    for r in lst:
        if pred(r):
            return r
    raise LookupError


def _mut(data, fn):
    d = copy.deepcopy(data)
    fn(d)
    return d


def _set_text(r, text):
    r["text"] = text


MUTATIONS = [
    ("m01_shifted_span_start", lambda d: d["secrets"][0]["secrets"][0].__setitem__("start", d["secrets"][0]["secrets"][0]["start"] + 1)),
    ("m02_value_removed_from_text", lambda d: _set_text(d["secrets"][5], d["secrets"][5]["text"].replace(d["secrets"][5]["secrets"][0]["value"], "X" * len(d["secrets"][5]["secrets"][0]["value"])))),
    ("m03_value_reused_in_other_text", lambda d: _set_text(d["secrets"][9], d["secrets"][9]["text"] + "\n" + d["secrets"][300]["secrets"][0]["value"])),
    ("m04_positive_value_in_negative", lambda d: _set_text(d["negatives"][3], d["negatives"][3]["text"] + " " + d["secrets"][200]["secrets"][0]["value"])),
    ("m05_evasion_plain_corrupted", lambda d: d["evasions"][7]["secrets"][0].__setitem__("plain", d["evasions"][7]["secrets"][0]["plain"][:-1] + "~")),
    ("m06_deny_listed_container", lambda d: d["secrets"][11].__setitem__("container", "ops_makefile_exports")),
    ("m07_deny_listed_negative_class", lambda d: d["negatives"][0].__setitem__("class", "sops_and_age_ciphertexts")),
    ("m08_deny_listed_encoding", lambda d: (d["evasions"][0].__setitem__("encoding", "knitting_row_stitch_counts"))),
    ("m09_negatives_below_200", lambda d: d.__setitem__("negatives", d["negatives"][:199])),
    ("m10_deny_listed_prose_language", lambda d: _first(d["secrets"], lambda r: r["source"] == "prose").__setitem__("container", "workshop_fridge_note__pol")),
    ("m11_iso6346_digit_broken", lambda d: _break_value(d, "webbing_loom_iso6346_licence", lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))),
    ("m12_keccak_case_broken", lambda d: _break_value(d, "withy_stock_keccak_case_key", lambda v: v[:4] + _flip_first_letter(v[4:]))),
    ("m13_jwe_tag_broken", lambda d: _break_value(d, "course_booking_jwe_a128gcm_token", lambda v: v[:-2] + ("AA" if v[-2:] != "AA" else "BA"))),
    ("m14_laravel_key_wrong_length", lambda d: _break_value(d, "wicker_shop_laravel_app_key", lambda v: "base64:" + C.b64s(base64.b64decode(v[7:])[:31]))),
    ("m15_wireguard_key_not_clamped", lambda d: _break_value(d, "workshop_wireguard_private_key", lambda v: C.b64s(bytes([base64.b64decode(v)[0] | 7]) + base64.b64decode(v)[1:]))),
    ("m16_non_v4_uuid_in_negative", lambda d: _set_text(d["negatives"][5], d["negatives"][5]["text"] + " ref 1b4e28ba-2fa1-11d2-883f-0016d3cca427")),
    ("m17_two_spans", lambda d: d["secrets"][20]["secrets"].append(dict(d["secrets"][20]["secrets"][0]))),
    ("m18_earlier_syntax_name", lambda d: _first(d["secrets"], lambda r: r["source"] == "password").__setitem__("type", P.PREFIX + "xdotool_type_first")),
    ("m19_id_out_of_sequence", lambda d: d["negatives"][10].__setitem__("id", "p263-n-0999")),
    ("m20_vendor_shape_broken", lambda d: _break_vendor(d)),
    ("m21_plain_leaked_into_text", lambda d: _set_text(d["secrets"][40], d["secrets"][40]["text"] + "\n" + d["evasions"][3]["secrets"][0]["plain"])),
    ("m22_hint_word_in_positional_text", lambda d: _set_text(_first(d["secrets"], lambda r: r["source"] == "password"), _first(d["secrets"], lambda r: r["source"] == "password")["text"] + "# the passphrase\n")),
    ("m23_prose_value_not_set_off", lambda d: _glue_prose(d)),
    ("m24_password_form_in_negative", lambda d: _set_text(d["negatives"][8], d["negatives"][8]["text"] + " (old: Wicker-2019)")),
    ("m25_json_container_broken", lambda d: _break_json(d)),
    ("m26_invalid_jwt_in_text", lambda d: _set_text(d["negatives"][12], d["negatives"][12]["text"] + " eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.abc")),
    ("m27_evasion_layout_broken", lambda d: _set_text(d["evasions"][4], d["evasions"][4]["text"].replace(":\n", ": ", 1))),
    ("m28_iban_check_broken_in_negative", lambda d: _break_iban(d)),
    ("m29_wireguard_public_key_mismatch", lambda d: _break_wg_pub(d)),
    ("m30_repeated_negative_text", lambda d: _set_text(d["negatives"][1], d["negatives"][0]["text"])),
    ("m31_everyday_type_balance_broken", lambda d: _retype_everyday(d)),
    ("m32_run_contains_plain", lambda d: _run_with_plain(d)),
]


def _flip_first_letter(h):
    for i, ch in enumerate(h):
        if ch.isalpha():
            return h[:i] + ch.swapcase() + h[i + 1:]
    return h


def _break_value(d, tname, fn):
    r = _first(d["secrets"], lambda x: x["type"] == tname)
    sp = r["secrets"][0]
    nv = fn(sp["value"])
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["value"], sp["end"] = nv, sp["start"] + len(nv)


def _break_vendor(d):
    r = _first(d["secrets"], lambda x: x["type"] == "stripe_live_secret_key")
    sp = r["secrets"][0]
    nv = sp["value"][:-3]
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["value"], sp["end"] = nv, sp["start"] + len(nv)


def _glue_prose(d):
    r = _first(d["secrets"], lambda x: x["source"] == "prose")
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
    sp["start"] -= 1
    sp["end"] -= 1


def _break_json(d):
    r = _first(d["secrets"], lambda x: x["container"] == "till_electron_store_config_json")
    r["text"] = r["text"].replace("{", "{,", 1)
    r["secrets"][0]["start"] += 1
    r["secrets"][0]["end"] += 1


def _break_iban(d):
    r = _first(d["negatives"], lambda x: x["class"] == "supplier_iban_and_bic_details" and "IBAN " in x["text"])
    m = re.search(r"IBAN ((?:GB|NL|DE|PL)([0-9]{2}))", r["text"])
    wrong = "%02d" % ((int(m.group(2)) + 1) % 97 or 2)
    r["text"] = r["text"][:m.start(2)] + wrong + r["text"][m.end(2):]


def _break_wg_pub(d):
    r = _first(d["negatives"], lambda x: "PublicKey = " in x["text"])
    r["text"] = re.sub(r"PublicKey = (\S+)", "PublicKey = " + C.b64s(b"\x01" * 32), r["text"], count=1)


def _retype_everyday(d):
    r = _first(d["secrets"], lambda x: x["source"] == "everyday" and x["type"].endswith("_password"))
    other = _first(d["secrets"], lambda x: x["source"] == "everyday" and x["type"].endswith("_password") and x["type"] != r["type"] and x["container"] != r["container"])
    r["type"] = other["type"]
    r["secrets"][0]["type"] = other["type"]


def _run_with_plain(d):
    r = d["evasions"][10]
    sp = r["secrets"][0]
    nv = sp["value"] + " | " + sp["plain"]
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["value"], sp["end"] = nv, sp["start"] + len(nv)


def run_mutations(data, ctx, clean_errors):
    res = []
    base = set(clean_errors)
    for name, fn in MUTATIONS:
        try:
            d = _mut(data, fn)
            errs = set(run_checks(d, ctx))
            res.append((name, bool(errs - base)))
        except Exception as ex:  # a mutation that cannot be applied counts as not caught
            res.append((name, False))
    return res
