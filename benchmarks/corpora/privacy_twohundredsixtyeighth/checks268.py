"""All checks of p268 and the mutation tests that prove they bite."""
import base64
import copy
import csv
import hashlib
import hmac
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common268 as C
import dec268
import enc268
import everyday268 as EV
import evasions268 as EVA
import negatives268 as NEG
import positional268 as POS
import prose268 as PR
import vendor268 as VEN
import world268 as W

SEC_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SEC_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

# tools, libraries and mechanisms of both earlier READMEs' positional syntaxes and left-out lists
HAND_TOOL_TOKENS = set("""
rclone influx cypher rabbitmqctl etcdctl xfreerdp firebird gbak schtasks net zpaq httpie docker composer bundler
racadm sipp rqlite bcp hive beeline steghide ccrypt aescrypt netsh hdbuserstore n2n edge mpc transmission expect
rdesktop realm restic pamtester onepassword op socat gnome keyring pymssql pika aiohttp requests ntlm pexpect exposed
pyocclient pywin32 logonuser httpclient ntcredentials keycloak ktor akka age tiberius faraday mechanize pdo guzzle
networkcredential vbnet downloadfile vba worksheet unprotect adodb powershell convertto securestring autoit runas libpq
pqsetdblogin dbi rjdbc dbconnect nim postgres postgresql ocaml cohttp epgsql tmux screen playwright cypress testcafe
detox flutter widgettester keyboard enigo xautomation xte cliclick hammerspoon eventtap automate robot capybara behat
mink codeception taiko imacros pywinauto ntp heartbeat authkeys tacacs sane saned nut upsmon activemq uucp x12 isa04
edifact unb teradata bteq exasol sqlserver openrowset iris security neo4j dbms arangosh quake3 rcon teamspeak
serverquery ntrip gsm cgauth fix appium webdriverio arj openssl pkcs5 pbkdf2 certutil importpfx dotool ibmcloud pdfbox
kitty lynx crypto scryptsync outguess poetry puppeteer influxdb instaloader jira pyicloud pymupdf pynput rarfile ssl
pkey neo4rs sipsak rabbitmqadmin curl hurl ab chisel jenkins zellij wezterm vlc lighttpd zookeeper jaas sudo kinit bw
selenium espresso shoutcast ublox source addlinkedsrvlogin jdbc odbc luasql amqpstreamconnection amqplib hackney req
monit cryptsetup gocryptfs hostapd netcat nc qpdf psexec sysinternals ipmitool dell hana hdbsql ejabberdctl maxdb
dbmcli sapcontrol dislocker megacmd mega upscmd shadowsocks zoneminder zmu pscredential keyctl encfs systemd creds
pikepdf msoffcrypto win32security cryptography sqlalchemy cassandra odoo xmlrpc jsonrpc scalaj groovy pdfsharp epplus
gowebdav forge julia pem poco workbooks chromedp nutjs controlsettext pyautogui adb kif flaui eggplant sensetalk
devtools recorder tinyproxy squid zxing haproxy halloran marbury pgp crypt setapprole h2 wordpress cwjap threegpp cimd2
ssh smb ftp imap pop3 smtp sendmail dragonfly ldap redis mongo mysql oracle snmp unar ydotool az oc mssql sp rest
""".split())

# ideas of both earlier READMEs' encodings and their avoided / set-aside / relative lists
HAND_ENCODING_TOKENS = set("""
numeral base escape escapes dump dumps utf cipher xor morse braille semaphore spelling lookalike zero width combining
chaff decoy decoys shuffle reversal acrostic acrostics expression power powers prime primes square squares triangular
fibonacci factoradic combinadic combinadics bit bits residue residues delta continued fraction gcd lcm reciprocal
midpoint checkdigit barcode barcodes font fonts keyboard telephone calendar calendars clock clocks compass lookup chess
card cards dice domino dominoes bingo bowling darts rugby snooker scrabble league backgammon mancala bulls cows physics
knapsack venn critical shortest spanning flow josephus hanoi wythoff collatz cellular automata magic huffman interval
union queue queues bridge torch jug jugs rain subarray snail pythagoras cosine sine heron parabola circle histogram
median mode missing flood minesweeper fifo lifo fit trie search pigeonhole scheduling flowshop scan sstf apportionment
auction auctions loyalty stamps handshake handshakes cube cubes dna colour colours music unit conversion matrix
matrices equation equations progression progressions lattice area areas scoring statistics assignment lru edit
inversion inversions packing bin bst sliding window overtime commission closure runlength liar liars nesting wrap
amidakuji orderbook lamport redo dhondt undo cycle permutation topological bipartite colouring interest alligation
tariff volumetric excess polygon angle angles imposition fencepost singleton markup carriage tab lamp heap probing
skyline multibuy du comparator sorting reachability hash ring mirror beam substring cover knockout bracket budget seat
maximin cname join centring crossword chute ladder swap stall booklet partner courier cap break even loan blend
postage insurance corner unknown strand prerequisite rival visible stake taller wait standing typist lit precedence
""".split())

HAND_LANGUAGES = {"english", "catalan", "latin", "chinese", "irish", "persian", "cat", "eng", "lat"}

SEMVER_RX = None


def _tokens(name):
    return [t for t in name.lower().split("_") if t]


# ---------------------------------------------------------------------------
def run_checks(data, ctx):
    errs = []
    E = errs.append
    secs, evas, negs = data["secrets"], data["evasions"], data["negatives"]
    deny = ctx["deny"]
    names = set(deny["names"])
    old_syn = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])

    # ---------------- deny-list -------------------------------------------
    def denied(n):
        n = n.lower()
        parts = [n] + [p for p in n.split("__") if p]
        return [p for p in parts if p in names]

    own = set()
    own |= set(EV.TYPE_NAMES) | set(EV.KIND_NAMES)
    own |= set(v[0] for v in VEN.VENDORS) | set(VEN.STYLES)
    own |= set(POS.WHERE.values()) | set(POS.SYNTAXES) | set(POS.SPAN_PREFIX + s for s in POS.SYNTAXES)
    own |= {PR.SPAN_TYPE} | set(PR.FORMATS)
    own |= set(EVA.TYPE_NAMES) | set(EVA.WORDINGS) | set(enc268.NAMES)
    own |= set(NEG.CLASS_NAMES) | set(k for c in NEG.CLASSES for k, _f in c[1]) | set(w.strip("_") for w in NEG.WRAPPERS if w)
    for rec in secs + evas:
        own.add(rec["container"])
        own.add(rec["type"])
        if "encoding" in rec:
            own.add(rec["encoding"])
    for rec in negs:
        own.add(rec["container"])
        own.add(rec["class"])
    for n in sorted(own):
        hits = denied(n)
        if hits:
            E("deny-list: %s (%s)" % (n, ", ".join(hits)))
    syns = set(POS.SYNTAXES) | set(r["type"][len(POS.SPAN_PREFIX):] for r in secs if r["source"] == "password")
    for s in sorted(syns):
        if s in old_syn or s in names:
            E("earlier syntax: " + s)
        bad = [t for t in _tokens(s) if t in HAND_TOOL_TOKENS]
        if bad:
            E("earlier tool token in syntax %s: %s" % (s, bad))
    encs = set(enc268.NAMES) | set(r["encoding"] for r in evas)
    for e in sorted(encs):
        bad = [t for t in _tokens(e) if t in HAND_ENCODING_TOKENS]
        if bad:
            E("earlier idea token in encoding %s: %s" % (e, bad))
    langs = [(c, n) for c, n, _s, _t in PR.LANGS] + list(PR.SPARES)
    used_codes = set(r["container"].split("__")[-1] for r in secs if r["source"] == "prose")
    for code in used_codes:
        if code not in [c for c, _n in langs]:
            E("prose language not declared: " + code)
    for code, name in langs + [(c, c) for c in used_codes]:
        if code in codes or code in names or code in HAND_LANGUAGES:
            E("deny-listed language code " + code)
        for w in [name.lower()] + name.lower().split():
            if w in lnames or w in HAND_LANGUAGES:
                E("deny-listed language name %s (%s)" % (name, w))

    # ---------------- structure -------------------------------------------
    def ids(recs, kind):
        for i, rec in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
            if rec.get("id") != want:
                E("id %s expected %s" % (rec.get("id"), want))

    ids(secs, "s")
    ids(evas, "e")
    ids(negs, "n")
    for rec in secs:
        if list(rec) != SEC_FIELDS:
            E("fields %s: %s" % (rec.get("id"), list(rec)))
            continue
        if rec["source"] not in ("everyday", "vendor", "password", "prose"):
            E("source " + rec["id"])
        if len(rec["secrets"]) != 1:
            E("span count %s" % rec["id"])
            continue
        sp = rec["secrets"][0]
        if list(sp) != SEC_SPAN:
            E("span fields " + rec["id"])
            continue
        _span_checks(rec, sp, E)
    for rec in evas:
        if list(rec) != EVA_FIELDS:
            E("fields %s: %s" % (rec.get("id"), list(rec)))
            continue
        if rec["source"] != "evasion":
            E("source " + rec["id"])
        if len(rec["secrets"]) != 1:
            E("span count %s" % rec["id"])
            continue
        sp = rec["secrets"][0]
        if list(sp) != EVA_SPAN:
            E("span fields " + rec["id"])
            continue
        _span_checks(rec, sp, E)
        if sp["encoding"] != rec["encoding"] or rec["container"].split("__")[0] != rec["encoding"]:
            E("encoding mismatch " + rec["id"])
    for rec in negs:
        if list(rec) != NEG_FIELDS:
            E("fields %s: %s" % (rec.get("id"), list(rec)))
        if rec.get("source") != "negative":
            E("source " + str(rec.get("id")))

    secs_ok = [r for r in secs if list(r) == SEC_FIELDS and len(r["secrets"]) == 1]
    evas_ok = [r for r in evas if list(r) == EVA_FIELDS and len(r["secrets"]) == 1]
    by_src = {}
    for r in secs_ok:
        by_src.setdefault(r["source"], []).append(r)

    # ---------------- counts ----------------------------------------------
    ev = by_src.get("everyday", [])
    if len(ev) != 180:
        E("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E("everyday kinds not 45 x 4 different types")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if sorted(tcount) != sorted(EV.TYPE_NAMES) or any(v != 15 for v in tcount.values()):
        E("everyday types not 12 x 15")
    ve = by_src.get("vendor", [])
    vtypes = [r["type"] for r in ve]
    if not 110 <= len(ve) <= 130 or len(set(vtypes)) != len(vtypes):
        E("vendor count/types %d" % len(ve))
    for r in ve:
        t, _, style = r["container"].partition("__")
        if t != r["type"] or style not in VEN.STYLES:
            E("vendor container " + r["id"])
    pw = by_src.get("password", [])
    ptypes = [r["type"] for r in pw]
    if not 100 <= len(pw) <= 120 or len(set(ptypes)) != len(ptypes):
        E("positional count/types %d" % len(pw))
    pr = by_src.get("prose", [])
    plangs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(plangs)) != 40:
        E("prose count/languages")
    if not 440 <= len(secs) <= 470:
        E("positives total %d" % len(secs))
    if len(evas) != 66:
        E("evasions count %d" % len(evas))
    pairs = set((r["encoding"], r["type"]) for r in evas_ok)
    wpairs = set((r["encoding"], r["container"].split("__")[1]) for r in evas_ok)
    if len(pairs) != 66 or len(wpairs) != 66 or set(r["encoding"] for r in evas_ok) != set(enc268.NAMES):
        E("evasion grid not 22 encodings x 3 types x 3 wordings")
    if len(negs) < 200:
        E("negatives count %d" % len(negs))
    ncls = {}
    for r in negs:
        ncls[r.get("class")] = ncls.get(r.get("class"), 0) + 1
    if len(ncls) < 20 or min(ncls.values() or [0]) < 10:
        E("negative classes")
    if len(set(r.get("text") for r in negs)) != len(negs):
        E("repeated negative text")
    srcsets = {}
    for r in secs_ok:
        srcsets.setdefault(r["source"], set()).add(r["type"])
    srcsets["evasion"] = set(r["type"] for r in evas_ok)
    ks = list(srcsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcsets[ks[i]] & srcsets[ks[j]]:
                E("span types shared between %s and %s" % (ks[i], ks[j]))

    # ---------------- shapes ----------------------------------------------
    keys = ctx["keys"]
    for r in ev:
        v, t = r["secrets"][0]["value"], r["type"]
        if t in EV.PASSWORD_TYPES:
            if not W.PASSWORD_WIDE_RE.match(v):
                E("everyday password shape " + r["id"])
        elif t == "leather_measuring_machine_vin_check_licence":
            if not (re.fullmatch(r"LMM-[%s]{17}" % C.VIN_ALPHABET, v) and C.vin_valid(v[4:])):
                E("VIN check " + r["id"])
        elif t == "currier_stock_bsd_sum_key":
            m = re.fullmatch(r"csk_([A-Za-z0-9]{28})\.([0-9a-f]{4})", v)
            if not m or int(m.group(2), 16) != C.bsd_sum16(m.group(1).encode()):
                E("BSD sum " + r["id"])
        elif t == "parchment_orders_paseto_v2_local_token":
            try:
                claims, footer = C.paseto_v2_local_decrypt(keys["paseto"], v)
                if set(claims) != {"iss", "sub", "aud", "iat", "exp", "jti", "scope"} or not C.uuids_ok(claims["jti"]) \
                        or not C.UUID_RE.fullmatch(claims["jti"]):
                    E("PASETO claims " + r["id"])
                if footer and set(json.loads(footer)) != {"kid"}:
                    E("PASETO footer " + r["id"])
            except Exception as ex:
                E("PASETO %s: %s" % (r["id"], ex))
        elif t == "beamhouse_jwe_a128kw_token":
            try:
                header, claims = C.jwe_a128kw_decrypt(keys["kek"], v)
                if set(claims) != {"iss", "sub", "aud", "iat", "exp", "jti", "scope"} or not C.UUID_RE.fullmatch(claims["jti"]):
                    E("JWE claims " + r["id"])
            except Exception as ex:
                E("JWE %s: %s" % (r["id"], ex))
        elif t == "saddlery_shop_django_secret_key":
            if not (len(v) == 50 and all(ch in C.DJANGO_ALPHABET for ch in v) and len(set(v)) >= 5
                    and not v.startswith("django-insecure-")):
                E("Django key " + r["id"])
        elif t == "effluent_dashboard_phoenix_secret_key_base":
            if not re.fullmatch(r"[A-Za-z0-9+/]{64}", v):
                E("Phoenix key " + r["id"])
            else:
                try:
                    base64.b64decode(v, validate=True)
                except Exception:
                    E("Phoenix key decode " + r["id"])
        else:
            E("unknown everyday type " + t)
    vspec = {v[0]: v[2] for v in VEN.VENDORS}
    for r in ve:
        t = r["type"]
        if t not in vspec or not VEN.value_ok(t, vspec[t], r["secrets"][0]["value"]):
            E("vendor shape " + r["id"])
    hint = re.compile(r"(?i)pass|pwd|secret|(?<![a-z])pw(?![a-z])")
    for r in pw:
        if not W.PASSWORD_STRICT_RE.match(r["secrets"][0]["value"]):
            E("positional shape " + r["id"])
        if hint.search(r["text"]):
            E("hint word in positional text " + r["id"])
    for r in pr:
        sp = r["secrets"][0]
        if not W.PASSWORD_STRICT_RE.match(sp["value"]):
            E("prose shape " + r["id"])
        t = r["text"]
        if sp["start"] == 0 or sp["end"] >= len(t) or not t[sp["start"] - 1].isspace() or not t[sp["end"]].isspace():
            E("prose value not set off by whitespace " + r["id"])
    trx = {t[0]: t[2] for t in EVA.TYPES}
    for r in evas_ok:
        sp = r["secrets"][0]
        if r["type"] not in trx or not trx[r["type"]].match(sp["plain"]):
            E("evasion plain shape " + r["id"])
        t = r["text"]
        head, sepr, rest = t.partition(":\n")
        lines = rest.split("\n")
        if not sepr or enc268.RULES.get(r["encoding"], "\x01") not in head or len(lines) != 2 or lines[0] != sp["value"] \
                or not lines[1].strip() or sp["start"] != len(head) + 2:
            E("evasion layout " + r["id"])
        try:
            if dec268.decode(r["encoding"], sp["value"]) != sp["plain"]:
                E("evasion does not decode " + r["id"])
        except Exception as ex:
            E("evasion decode error %s: %s" % (r["id"], ex))
        if sp["plain"] in sp["value"]:
            E("run contains plain " + r["id"])

    # ---------------- container syntax ------------------------------------
    for r in secs_ok:
        kind = r["container"] if r["source"] == "everyday" else (r["container"].split("__")[1] if r["source"] == "vendor" else None)
        if kind is None:
            continue
        t = r["text"]
        v = r["secrets"][0]["value"]
        try:
            if kind in EV.JSON_KINDS or kind in VEN.JSON_STYLES:
                if v not in json.dumps(json.loads(t), ensure_ascii=False):
                    E("JSON value lost " + r["id"])
            elif kind in EV.XML_KINDS or kind in VEN.XML_STYLES:
                root = ET.fromstring(t.split("\n", 1)[1] if t.startswith("<?xml") else t)
                if not any(v == (el.text or "").strip() or v in (el.text or "") or v in el.attrib.values()
                           for el in root.iter()):
                    E("XML value lost " + r["id"])
            elif kind in EV.TOML_KINDS or kind in VEN.TOML_STYLES:
                if v not in json.dumps(tomllib.loads(t), ensure_ascii=False):
                    E("TOML value lost " + r["id"])
            elif kind in VEN.CSV_STYLES:
                rows = list(csv.reader(io.StringIO(t)))
                if len(rows) != 2 or len(rows[0]) != len(rows[1]) or v not in rows[1]:
                    E("CSV row " + r["id"])
        except Exception as ex:
            E("container syntax %s: %s" % (r["id"], ex))

    # ---------------- reuse, leaks, UUIDs and JWTs -------------------------
    values = [(r["id"], r["secrets"][0]["value"]) for r in secs_ok + evas_ok]
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in evas_ok]
    allv = [v for _i, v in values]
    if len(set(allv)) != len(allv):
        E("a value is reused")
    texts = [(r["id"], r["text"]) for r in secs_ok + evas_ok] + [(r.get("id"), r.get("text", "")) for r in negs]
    big = "\x01".join(t for _tid, t in texts)
    negbig = "\x01".join(r.get("text", "") for r in negs)
    for rid, v in values:
        if big.count(v) != 1:
            where = [tid for tid, t in texts if v in t and tid != rid]
            E("value of %s appears elsewhere: %s" % (rid, where[:3]))
    for rid, p in plains:
        if p in big:
            E("evasion plain of %s appears in a text" % rid)
    for nb in ctx.get("neighbours", []):
        if nb in allv:
            E("neighbour equals a value")
        if len(nb) >= 6 and nb in negbig:
            E("neighbour in a negative: " + nb)
    pws = W.PASSWORD_FORM_SEARCH
    for r in secs_ok:
        sp = r["secrets"][0]
        for m in pws.finditer(r["text"]):
            if not (sp["start"] <= m.start() and m.end() <= sp["end"]):
                E("stray password form in %s: %s" % (r["id"], m.group(0)))
    for r in evas_ok:
        if pws.search(r["text"]):
            E("password form in evasion text " + r["id"])
    for r in negs:
        t = r.get("text", "")
        if pws.search(t):
            E("password form in negative " + str(r.get("id")))
        if C.JWS_RE.search(t) or C.JWE_RE.search(t):
            E("JWT-shaped string in negative " + str(r.get("id")))
    for rid, t in texts:
        if not C.uuids_ok(t):
            E("non-v4 UUID in " + str(rid))
        for m in C.JWE_RE.finditer(t):
            try:
                C.jwe_a128kw_decrypt(keys["kek"], m.group(0))
            except Exception:
                E("JWE-shaped string does not decrypt in " + str(rid))
        for m in C.JWS_RE.finditer(t):
            tok = m.group(0)
            if not any(tok in m2.group(0) for m2 in C.JWE_RE.finditer(t)) and not C.jws_frame_ok(tok):
                E("invalid JWT in " + str(rid))

    # ---------------- real checks inside negatives -------------------------
    hk = ctx["hmac_key"]
    for r in negs:
        c, t = r.get("class"), r.get("text", "")
        if c == "leather_goods_gtin_and_sscc_codes":
            for g in re.findall(r"(?<!\d)(50\d{11})(?!\d)", t):
                if C.gs1_check(g[:-1]) != g[-1]:
                    E("GTIN check " + r["id"])
            for s in re.findall(r"\(00\)(\d{18})", t):
                if C.gs1_check(s[:-1]) != s[-1]:
                    E("SSCC check " + r["id"])
        elif c == "tanning_chemical_cas_registry_numbers":
            for cas in re.findall(r"(?<![\d-])(\d{2,7}-\d{2}-\d)(?![\d-])", t):
                d = cas.replace("-", "")
                if C.cas_check(d[:-1]) != d[-1]:
                    E("CAS check " + r["id"])
        elif c == "supplier_lei_and_uk_vat_numbers":
            for lei in re.findall(r"\b([0-9A-Z]{18}\d{2})\b", t):
                if not C.iso7064_mod97_ok(lei):
                    E("LEI check " + r["id"])
            for vat in re.findall(r"GB ?(\d{9})\b", t):
                if not C.uk_vat_valid(vat):
                    E("VAT check " + r["id"])
        elif c == "collection_van_vin_register":
            for vin in re.findall(r"\b([A-HJ-NPR-Z0-9]{17})\b", t):
                if not C.vin_valid(vin):
                    E("VIN check in negative " + r["id"])
        elif c == "manuscript_shelfmarks_and_isbns":
            for isbn in re.findall(r"\b(97[89]\d{10})\b", t):
                if C.isbn13_check(isbn[:-1]) != isbn[-1]:
                    E("ISBN check " + r["id"])
        elif c == "age_recipients_and_minisign_public_keys":
            for a in re.findall(r"\bage1[02-9ac-hj-np-z]+", t):
                if not C.bech32_valid(a):
                    E("Bech32 check " + r["id"])
        elif c == "webhook_signature_and_delivery_headers":
            m = re.search(r"Stripe-Signature: t=(\d+),v1=([0-9a-f]{64})\n.*\n\n(.*)\n", t)
            if m:
                want = hmac.new(hk, ("%s.%s" % (m.group(1), m.group(3))).encode(), hashlib.sha256).hexdigest()
                if want != m.group(2):
                    E("Stripe signature " + r["id"])
            m = re.search(r"X-Shopify-Hmac-Sha256: (\S+)\n.*\n\n(.*)\n", t)
            if m:
                want = base64.b64encode(hmac.new(hk, m.group(2).encode(), hashlib.sha256).digest()).decode()
                if want != m.group(1):
                    E("Shopify signature " + r["id"])
            if not m and "Stripe-Signature" not in t:
                E("webhook negative without a signature " + r["id"])
        elif c == "own_shape_lookalikes_with_broken_checks":
            for lic in re.findall(r"LMM-([A-Z0-9]{17})", t):
                if C.vin_valid(lic):
                    E("look-alike licence passes its check " + r["id"])
            for body, s in re.findall(r"csk_([A-Za-z0-9]{28})\.([0-9a-f]{4})", t):
                if int(s, 16) == C.bsd_sum16(body.encode()):
                    E("look-alike stock key passes its check " + r["id"])
    return errs


def _span_checks(rec, sp, E):
    t = rec["text"]
    v = sp["value"]
    if not isinstance(sp["start"], int) or not isinstance(sp["end"], int) or t[sp["start"]:sp["end"]] != v:
        E("offsets " + rec["id"])
    if sp["type"] != rec["type"]:
        E("span type " + rec["id"])
    if t.count(v) != 1:
        E("value not exactly once " + rec["id"])
    if v != v.strip() or not v:
        E("outer whitespace " + rec["id"])
    if "\x00" in t:
        E("marker left " + rec["id"])


# ---------------------------------------------------------------------------
# mutation tests
# ---------------------------------------------------------------------------
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise KeyError("no record for mutation")


def _set_value(rec, new):
    sp = rec["secrets"][0]
    old = sp["value"]
    rec["text"] = rec["text"][:sp["start"]] + new + rec["text"][sp["end"]:]
    sp["value"] = new
    sp["end"] = sp["start"] + len(new)
    return old


def mutations():
    M = []

    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1
    M.append(("m01_shifted_span_start", m01))

    def m02(d):
        r = d["secrets"][5]
        r["text"] = r["text"].replace(r["secrets"][0]["value"], "REMOVED")
    M.append(("m02_value_removed_from_text", m02))

    def m03(d):
        d["secrets"][10]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]
    M.append(("m03_value_reused_in_other_text", m03))

    def m04(d):
        d["negatives"][3]["text"] += "\n" + d["secrets"][250]["secrets"][0]["value"]
    M.append(("m04_positive_value_in_negative", m04))

    def m05(d):
        d["evasions"][4]["secrets"][0]["plain"] += "x"
    M.append(("m05_evasion_plain_corrupted", m05))

    def m06(d):
        d["secrets"][2]["container"] = "office_mbox_forwarded_mail"
    M.append(("m06_deny_listed_container", m06))

    def m07(d):
        d["negatives"][0]["class"] = "env_example_placeholders"
    M.append(("m07_deny_listed_negative_class", m07))

    def m08(d):
        r = d["evasions"][0]
        r["encoding"] = r["secrets"][0]["encoding"] = "undo_log_standing_totals"
        r["container"] = "undo_log_standing_totals__" + r["container"].split("__")[1]
    M.append(("m08_deny_listed_encoding", m08))

    def m09(d):
        del d["negatives"][30:]
    M.append(("m09_negatives_below_200", m09))

    def m10(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"
    M.append(("m10_deny_listed_prose_language", m10))

    def m11(d):
        r = _first(d["secrets"], lambda r: r["type"] == "leather_measuring_machine_vin_check_licence")
        v = r["secrets"][0]["value"]
        ch = "X" if v[12] != "X" else "0"
        _set_value(r, v[:12] + ch + v[13:])
    M.append(("m11_vin_check_broken", m11))

    def m12(d):
        r = _first(d["secrets"], lambda r: r["type"] == "currier_stock_bsd_sum_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))
    M.append(("m12_bsd_sum_broken", m12))

    def m13(d):
        r = _first(d["secrets"], lambda r: r["type"] == "parchment_orders_paseto_v2_local_token")
        v = r["secrets"][0]["value"]
        i = 40
        _set_value(r, v[:i] + ("A" if v[i] != "A" else "B") + v[i + 1:])
    M.append(("m13_paseto_tag_broken", m13))

    def m14(d):
        r = _first(d["secrets"], lambda r: r["type"] == "beamhouse_jwe_a128kw_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-3] + ("AAA" if v[-3:] != "AAA" else "BBB"))
    M.append(("m14_jwe_tag_broken", m14))

    def m15(d):
        r = _first(d["secrets"], lambda r: r["type"] == "saddlery_shop_django_secret_key")
        _set_value(r, r["secrets"][0]["value"][:-1])
    M.append(("m15_django_key_wrong_length", m15))

    def m16(d):
        d["negatives"][5]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000"
    M.append(("m16_non_v4_uuid_in_negative", m16))

    def m17(d):
        r = d["secrets"][7]
        r["secrets"].append(dict(r["secrets"][0]))
    M.append(("m17_two_spans", m17))

    def m18(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = POS.SPAN_PREFIX + "rclone_obscure_first_positional"
    M.append(("m18_earlier_syntax_name", m18))

    def m19(d):
        d["negatives"][9]["id"] = "%s-n-9999" % C.PREFIX
    M.append(("m19_id_out_of_sequence", m19))

    def m20(d):
        r = _first(d["secrets"], lambda r: r["type"] == "shippo_live_api_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v + "0")
    M.append(("m20_vendor_shape_broken", m20))

    def m21(d):
        d["evasions"][10]["text"] += " " + d["evasions"][10]["secrets"][0]["plain"]
    M.append(("m21_plain_leaked_into_text", m21))

    def m22(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["text"] = "# password below\n" + r["text"]
        r["secrets"][0]["start"] += 17
        r["secrets"][0]["end"] += 17
    M.append(("m22_hint_word_in_positional_text", m22))

    def m23(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["end"]] + "," + r["text"][sp["end"] + 1:]
    M.append(("m23_prose_value_not_set_off", m23))

    def m24(d):
        d["negatives"][12]["text"] += "\nold code was tallow-7oz"
    M.append(("m24_password_form_in_negative", m24))

    def m25(d):
        r = _first(d["secrets"], lambda r: r["container"] == "ops_ecs_task_definition_json")
        r["text"] = r["text"].replace("{", "{{", 1)
    M.append(("m25_json_container_broken", m25))

    def m26(d):
        d["secrets"][20]["text"] += "\n" + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA"
    M.append(("m26_invalid_jwt_in_text", m26))

    def m27(d):
        r = d["evasions"][6]
        r["text"] = r["text"].replace(":\n", ": ", 1)
    M.append(("m27_evasion_layout_broken", m27))

    def m28(d):
        r = _first(d["negatives"], lambda r: r["class"] == "leather_goods_gtin_and_sscc_codes" and re.search(r"(?<!\d)50\d{11}(?!\d)", r["text"]))
        g = re.search(r"(?<!\d)(50\d{11})(?!\d)", r["text"]).group(1)
        bad = g[:-1] + str((int(g[-1]) + 1) % 10)
        r["text"] = r["text"].replace(g, bad, 1)
    M.append(("m28_gtin_check_broken_in_negative", m28))

    def m29(d):
        d["negatives"][1]["text"] = d["negatives"][0]["text"]
    M.append(("m29_repeated_negative_text", m29))

    def m30(d):
        r = _first(d["secrets"], lambda r: r["type"] == "liming_drum_plc_password")
        r["type"] = r["secrets"][0]["type"] = "fleshing_machine_hmi_password"
    M.append(("m30_everyday_type_balance_broken", m30))

    def m31(d):
        r = d["evasions"][12]
        sp = r["secrets"][0]
        new = sp["value"] + " " + sp["plain"]
        r["text"] = r["text"][:sp["start"]] + new + r["text"][sp["end"]:]
        sp["value"] = new
        sp["end"] = sp["start"] + len(new)
    M.append(("m31_run_contains_plain", m31))

    def m32(d):
        r = _first(d["negatives"], lambda r: r["class"] == "own_shape_lookalikes_with_broken_checks" and "LMM-" in r["text"])
        m = re.search(r"LMM-([A-Z0-9]{17})", r["text"])
        good = list(m.group(1))
        good[8] = C.vin_check_char("".join(good))
        r["text"] = r["text"].replace(m.group(1), "".join(good), 1)
    M.append(("m32_lookalike_passes_own_check", m32))

    def m33(d):
        r = _first(d["negatives"], lambda r: r["class"] == "webhook_signature_and_delivery_headers" and "Stripe-Signature" in r["text"])
        r["text"] = re.sub(r"v1=([0-9a-f])", lambda m: "v1=" + ("0" if m.group(1) != "0" else "1"), r["text"], count=1)
    M.append(("m33_webhook_hmac_broken", m33))

    def m34(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor" and r["container"].endswith("__office_keepassxc_csv_export"))
        r["text"] = r["text"].replace("\"Root/Trade\",", "\"Root/Trade\"", 1)
    M.append(("m34_csv_row_broken", m34))
    return M


def run_mutations(data, ctx):
    base = set(run_checks(data, ctx))
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            new = set(run_checks(d, ctx)) - base
            results.append((name, bool(new)))
        except Exception as ex:
            results.append((name, False))
            print("mutation %s raised %r" % (name, ex))
    return results
