"""Every check of the build, plus the mutation tests."""
import copy
import json
import re

import common262 as C
import dec262
import enc262
import everyday262 as E
import evasions262 as EV
import negatives262 as N
import positional262 as P
import prose262 as PR
import vendor262 as V
import world262 as W

# Encoding-idea tokens of both earlier READMEs (encodings, families, avoided and
# set-aside lists); no encoding name of this corpus may contain one as a token.
HAND_ENCODING_TOKENS = set("""
base base32 base64 base58 hex octal binary morse braille cipher ciphers caesar vigenere keyword hill book xor spelling
nato numeral numerals roman lookalike lookalikes homoglyph combining zerowidth chaff decoy decoys shuffle shuffles
reversal reversals reversed expression expressions power powers prime primes square squares triangular fibonacci
zeckendorf factoradic combinadic combinadics gray bcd cantor morton ulam residue residues delta elias gamma continued
gcd gcds reciprocal reciprocals midpoint midpoints checkdigit barcode barcodes segment pixel keyboard keyboards
telephone dtmf tarot element elements constellation constellations errno resistor resistors calendar calendars clock
clocks calkin wilf collatz shamir ieee utf varint varints logarithm logarithms compressor compressors sbox crc chess
dice card cards dna colour colours color midi acrostic acrostics hilbert hangul syscall manchester bingo messier
chess960 hanoi queens bowling bob pruefer prufer bruijn bracket brackets quadratic quadratics determinant determinants
shoelace variance model dct mulaw infrared nec xtea hue xterm pt100 ohm simultaneous linear equation equations darts
rugby josephus scrabble inversion inversions taxicab hexagon carryless shortest route routes nominal mass masses
fragrance burn progression progressions magic spanning pythagorean leg legs venn lens steeple elevation critical path
digit digits euler polyhedron gear organ pipe knapsack parabola tangent slope slopes circle radii lever moment recapture
rewriting pyramid addition rhythm semiquaver suvat trolley cosine triangle leaded came borda ballot tax levy median mean
missing polynomial integral integrals definite booklet page wall apex interval overlap screen levelling rise fall
polygon interior angle angles runoff instant payoff saddle third side sides van load crew assignment round robin pump
head dynamic removable discontinuity limit limits sector arc walk bearing factorial frobenius coin coins parallel seven
huffman life automaton automata cellular domino dominoes mixing temperature calorimetry flow maxflow wythoff lwe
berggren partition partitions hexagram hexagrams unicode keycap keycaps entity entities
""".split())

# tools and libraries of the earlier positional syntaxes and set-aside lists
HAND_TOOL_TOKENS = set("""
curl lftp ncftpput rdesktop mutool ccrypt aescrypt racadm govc psexec schtasks rclone skopeo docker sqlplus hdbsql
openfortivpn sendemail ldapsearch etcdctl couchbase cypher rabbitmqctl dislocker smbmap espota qrencode cryfs pbcopy
wl ldapmodify systemd telnet udisksctl paramiko ftplib cxoracle cx pymssql ldap3 pysmb pymupdf pxssh pexpect jndi
doobie fluentftp principalcontext convertto securestring plainauth setbasicauth reqwest tiberius pdo oci dbi
libmariadb ldapjs btoa wifimulti pubsubclient wlan httr playwright selenium cypress puppeteer detox pywinauto flaui
autoit pyautogui katalon imacros capybara adb vboxmanage kitty pgbouncer dovecot uucp cups curlftpfs nut upsmon muttrc
mariadb teradata bteq h2 cgauth qicsgp cmqttconnect assuan pinentry sasl ipcam certutil megacmd networksetup nmcli
snmpget smbfs transmission deluge smcipmitool supermicro pihole steghide pk12util nss hdparm expect perforce p4
kwallet davfs mwclient wordpress pywin32 umqtt exposed fuel networkcredential ews webcredentials ibase lwp dbinterface
epgsql superagent xmlhttprequest vbnet downloadfile webdriverio watir maestro uiautomator selenium_ide gherkin rubber
ducky autokey lighttpd tinyproxy activemq kodi opensmtpd lanternlight harrowgate db2 sp_addlinkedsrvlogin sp_addlogin
openrowset mongosh neo4j redis resp mqtt irc memcached quectel ntrip smpp sshpass mosquitto influx smbclient unzip
unrar zip samba pdbedit pikepdf pgcrypto nickserv ydotool xdotool sqlcmd ipmitool oc az ilorest httpie check_http lynx
ntfy jetty ncat winscp ffmpeg
""".split())


def name_problems(names_set, label, name):
    errs = []
    n = name.lower()
    if n in names_set:
        errs.append("deny-listed %s: %s" % (label, name))
    for part in n.split("__"):
        if part and part in names_set:
            errs.append("deny-listed %s part: %s" % (label, part))
    return errs


POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]


def run_checks(data, deny, ctx):
    """data: {'secrets': [...], 'evasions': [...], 'negatives': [...], 'meta': {...}}"""
    errs = []
    S, EVR, NG, meta = data["secrets"], data["evasions"], data["negatives"], data["meta"]
    names = set(deny["names"])
    syntaxes = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])

    # ------------------------------------------------------------ deny-list
    checked_names = []
    for r in S + EVR + NG:
        checked_names.append(("container", r["container"]))
    for r in S + EVR:
        checked_names.append(("span type", r["type"]))
    for r in EVR:
        checked_names.append(("encoding", r["encoding"]))
    for r in NG:
        checked_names.append(("negative class", r["class"]))
    for c in E.CONTAINERS:
        checked_names.append(("everyday kind", c[0]))
    for st in V.STYLES:
        checked_names.append(("vendor style", st[0]))
    for w in P.WHERE.values():
        checked_names.append(("positional where", w))
    for f in PR.FORMATS:
        checked_names.append(("prose format", f))
    for w in EV.WORDINGS:
        checked_names.append(("evasion wording", w[0]))
    for cname, _, bases in N.CLASSES:
        for b, _f in bases:
            checked_names.append(("negative base kind", b))
    for wname, _ in N.WRAPPERS:
        if wname:
            checked_names.append(("negative wrapper", wname.strip("_")))
    for label, n in checked_names:
        errs += name_problems(names, label, n)
    for enc in set(r["encoding"] for r in EVR) | set(enc262.ENCODINGS):
        for tok in enc.split("_"):
            if tok in HAND_ENCODING_TOKENS:
                errs.append("encoding %s uses earlier idea token %s" % (enc, tok))
    for r in S:
        if r["source"] == "password":
            syn = r["type"][len(P.PREFIX):]
            if syn in syntaxes or syn in names:
                errs.append("earlier positional syntax: %s" % syn)
            for tok in syn.split("_"):
                if tok in HAND_TOOL_TOKENS:
                    errs.append("positional syntax %s uses earlier tool token %s" % (syn, tok))
    hand_lang = set(PR.HAND_LANGUAGES)
    for code, name, _, _ in PR.LANGS:
        if code in codes or code in names or code in hand_lang:
            errs.append("deny-listed language code %s" % code)
        for w in [name.lower()] + [x for x in re.split(r"[\s-]+", name.lower()) if len(x) > 2]:
            if w in lnames or w in hand_lang:
                errs.append("deny-listed language name %s" % w)
    for r in S:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in codes or code in hand_lang:
                errs.append("deny-listed prose language in record %s: %s" % (r["id"], code))
    for code, name in PR.SPARES:
        if code in codes or code in names or code in hand_lang or name.lower() in lnames:
            errs.append("deny-listed spare language %s" % code)

    # ------------------------------------------------------ ids and fields
    for prefix, recs, fields in (("p262-s-", S, POS_FIELDS), ("p262-e-", EVR, EV_FIELDS), ("p262-n-", NG, NEG_FIELDS)):
        for i, r in enumerate(recs, 1):
            if r.get("id") != "%s%04d" % (prefix, i):
                errs.append("id out of sequence at %s%04d: %s" % (prefix, i, r.get("id")))
            if list(r.keys()) != fields:
                errs.append("field set of %s" % r.get("id"))
    for r in S + EVR:
        sp = r["secrets"]
        if len(sp) != 1:
            errs.append("%s has %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EV_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("span fields of %s" % r["id"])
        if r["text"][s["start"]:s["end"]] != s["value"]:
            errs.append("offsets of %s" % r["id"])
        if s["type"] != r["type"]:
            errs.append("span type of %s" % r["id"])
        if r["text"].count(s["value"]) != 1:
            errs.append("value not exactly once in %s" % r["id"])
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append("outer whitespace in %s" % r["id"])
        if r["source"] == "evasion" and (s.get("encoding") != r["encoding"] or "plain" not in s):
            errs.append("evasion span of %s" % r["id"])
    for r in S + EVR + NG:
        if "\x00" in r["text"] or "QQVALUEQQ" in r["text"] or "QQNEIGHBOURQQ" in r["text"] or "@V@" in r["text"]:
            errs.append("placement marker left in %s" % r["id"])
    for r in S:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("source of %s" % r["id"])
    for r in EVR:
        if r["source"] != "evasion":
            errs.append("source of %s" % r["id"])
    for r in NG:
        if r["source"] != "negative":
            errs.append("source of %s" % r["id"])

    # --------------------------------------------------------------- counts
    by = {k: [r for r in S if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds not 45 x 4 distinct types")
    tc = {}
    for r in ev:
        tc[r["type"]] = tc.get(r["type"], 0) + 1
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday types not 12 x 15")
    vt = [r["type"] for r in by["vendor"]]
    if not (110 <= len(vt) <= 130) or len(set(vt)) != len(vt):
        errs.append("vendor count %d" % len(vt))
    for r in by["vendor"]:
        if not r["container"].startswith(r["type"] + "__") or r["container"][len(r["type"]) + 2:] not in V.STYLE_BY:
            errs.append("vendor container %s" % r["id"])
    pt = [r["type"] for r in by["password"]]
    if not (100 <= len(pt) <= 120) or len(set(pt)) != len(pt):
        errs.append("positional count %d" % len(pt))
    langs = [r["container"].split("__")[1] for r in by["prose"]]
    if len(langs) != 40 or len(set(langs)) != 40:
        errs.append("prose languages %d" % len(set(langs)))
    if not (440 <= len(S) <= 470):
        errs.append("positives total %d" % len(S))
    if len(EVR) != 66:
        errs.append("evasions %d" % len(EVR))
    encs = {}
    for r in EVR:
        encs.setdefault(r["encoding"], []).append((r["type"], r["container"].split("__")[1]))
    if len(encs) != 22 or any(len(set(t for t, _ in v)) != 3 or len(set(w for _, w in v)) != 3 for v in encs.values()):
        errs.append("evasions not 22 encodings x 3 types x 3 wordings")
    classes = {}
    for r in NG:
        classes[r["class"]] = classes.get(r["class"], 0) + 1
    if len(NG) < 200 or len(classes) < 20 or min(classes.values()) < 10:
        errs.append("negatives %d in %d classes" % (len(NG), len(classes)))
    if len(set(r["text"] for r in NG)) != len(NG):
        errs.append("repeated negative text")
    tsets = {k: set(r["type"] for r in v) for k, v in by.items()}
    tsets["evasion"] = set(r["type"] for r in EVR)
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))

    # --------------------------------------------------------------- shapes
    for r in ev:
        if r["type"] not in E.KIND_OF:
            errs.append("%s: unknown everyday type" % r["id"])
            continue
        for e in E.check_value(ctx["ledger_pub"], r["type"], r["secrets"][0]["value"]):
            errs.append("%s: %s" % (r["id"], e))
    for r in by["vendor"]:
        if r["type"] not in V.SPEC_BY:
            errs.append("%s: unknown vendor type" % r["id"])
            continue
        for e in V.validate(r["type"], r["secrets"][0]["value"], ctx["vendor"]):
            errs.append("%s: %s" % (r["id"], e))
    for r in by["password"] + by["prose"]:
        if not W.PW_STRICT_RE.match(r["secrets"][0]["value"]):
            errs.append("%s: strict password form" % r["id"])
    for r in by["password"]:
        if P.HINT_RE.search(r["text"]):
            errs.append("%s: hint word in positional text" % r["id"])
    for r in by["prose"]:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in EVR:
        s = r["secrets"][0]
        if not EV.plain_ok(r["type"], s["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        t = r["text"]
        head = t[:s["start"]]
        tail = t[s["end"]:]
        if not head.endswith(":\n") or enc262.RULES.get(r["encoding"], "\x01") not in head or not tail.startswith("\n") \
                or tail.count("\n") != 1 or len(tail.strip()) < 5:
            errs.append("%s: evasion layout" % r["id"])

    # -------------------------------------------------------------- syntax
    for r in ev:
        syn = meta["syntax"].get(r["id"])
        if syn and not E.syntax_ok(syn, r["text"]):
            errs.append("%s: container syntax (%s)" % (r["id"], syn))
    for r in by["vendor"]:
        st = r["container"].split("__")[1]
        if st not in V.STYLE_BY:
            errs.append("%s: unknown vendor style %s" % (r["id"], st))
        elif not V.syntax_ok(st, r["text"]):
            errs.append("%s: vendor style syntax" % r["id"])
        nb = meta["neighbour"].get(r["id"])
        if nb is not None and r["text"].count(nb) != 1:
            errs.append("%s: neighbour missing" % r["id"])

    # ------------------------------------------------------------ evasions
    for r in EVR:
        s = r["secrets"][0]
        try:
            dec = dec262.decode(r["encoding"], s["value"])
        except Exception as ex:
            dec = "<%s>" % ex
        if dec != s["plain"]:
            errs.append("%s: run does not decode to plain" % r["id"])
        if s["plain"] in s["value"]:
            errs.append("%s: run contains plain" % r["id"])

    # ------------------------------------------------------------ reuse
    vals = [r["secrets"][0]["value"] for r in S + EVR]
    if len(set(vals)) != len(vals):
        errs.append("a labelled value is reused")
    plains = [r["secrets"][0]["plain"] for r in EVR]
    if len(set(plains)) != len(plains):
        errs.append("an evasion plain is reused")
    all_texts = [(r["id"], r["text"]) for r in S + EVR + NG]
    for r in S + EVR:
        v = r["secrets"][0]["value"]
        for rid, t in all_texts:
            if rid != r["id"] and v in t:
                errs.append("value of %s appears in %s" % (r["id"], rid))
    for r in EVR:
        pl = r["secrets"][0]["plain"]
        for rid, t in all_texts:
            if pl in t:
                errs.append("plain of %s appears in %s" % (r["id"], rid))

    # ---------------------------------------------------------- negatives
    for r in NG:
        t = r["text"]
        if W.PW_ANY_RE.search(t):
            errs.append("%s: password form in negative" % r["id"])
        if C.JWT_RE.search(t):
            errs.append("%s: JWT-shaped string in negative" % r["id"])
    errs += negative_identifier_checks(NG)

    # ------------------------------------------- uuids, jwts, stray passwords
    for rid, t in all_texts:
        for u in C.UUID_RE.findall(t):
            if not C.uuid_is_v4(u):
                errs.append("%s: non-v4 UUID %s" % (rid, u))
        for j in C.JWT_RE.findall(t):
            if not C.jwt_frame_ok(j):
                errs.append("%s: invalid JWT-shaped substring" % rid)
            else:
                h = json.loads(C.b64u_dec(j.split(".")[0]))
                if h.get("alg") == "ES512" and not C.p521_verify(ctx["ledger_pub"], j.rsplit(".", 1)[0].encode(),
                                                                   C.b64u_dec(j.split(".")[2])):
                    errs.append("%s: ES512 signature does not verify" % rid)
    for r in S:
        v = r["secrets"][0]["value"]
        for m in W.PW_ANY_RE.finditer(r["text"]):
            if m.group(0) != v:
                errs.append("%s: unlabelled password form %r" % (r["id"], m.group(0)))
    for r in EVR:
        for m in W.PW_ANY_RE.finditer(r["text"]):
            errs.append("%s: password form in evasion text %r" % (r["id"], m.group(0)))
    return errs


ISO6346_RE = re.compile(r"\b([A-Z]{3}U) ?(\d{6}) ?(\d)\b")
IMO_RE = re.compile(r"IMO (\d{7})")
AWB_RE = re.compile(r"\b\d{3}-(\d{8})\b")
LEI_RE = re.compile(r"\b[0-9A-Z]{18}\d{2}\b")
ISIN_RE = re.compile(r"\b(?:GB|FR|IE)[0-9A-Z]{9}\d\b")
VAT_RE = re.compile(r"VAT registration GB (\d{3}) (\d{4}) (\d{2})")
AGE_RE = re.compile(r"\bage1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}\b")
CTK_ANY = re.compile(r"ctk_([0-9A-Za-z]{32})_([0-9a-f]{8})")
SLT_ANY = re.compile(r"slt_([0-9A-Za-z]{24})_([0-9a-f]{8})")
LOT_ANY = re.compile(r"lot\.([0-9a-z]{20})\.([0-9a-f]{8})")
BRT_ANY = re.compile(r"brt\.([0-9a-z]{28})\.([0-9a-f]{8})")
RSP_ANY = re.compile(r"RSP-(\d{4})-(\d{4})-(\d{4})-(\d{4})")
CSK_ANY = re.compile(r"CSK (\d{4}) (\d{4}) (\d{4})")


def negative_identifier_checks(NG):
    errs = []
    for r in NG:
        t = r["text"]
        c = r["class"]
        if c == "export_container_and_vessel_numbers":
            for a, b, d in ISO6346_RE.findall(t):
                if N.iso6346_check(a + b) != d:
                    errs.append("%s: ISO 6346 check" % r["id"])
            for m in IMO_RE.findall(t):
                if N.imo_check(m[:6]) != m[6]:
                    errs.append("%s: IMO check" % r["id"])
            for m in AWB_RE.findall(t):
                if N.awb_check(m[:7]) != m[7]:
                    errs.append("%s: AWB check" % r["id"])
        if c == "counterparty_lei_isin_and_vat_numbers":
            for m in LEI_RE.findall(t):
                if not N.lei_ok(m):
                    errs.append("%s: LEI check" % r["id"])
            for m in ISIN_RE.findall(t):
                if N.isin_complete(m[:11]) != m:
                    errs.append("%s: ISIN check" % r["id"])
            for m in VAT_RE.findall(t):
                if not N.vat_ok("".join(m)):
                    errs.append("%s: VAT check" % r["id"])
        for m in AGE_RE.findall(t):
            if not N.bech32_ok(m):
                errs.append("%s: age Bech32 checksum" % r["id"])
        if c == "own_shapes_failing_checks":
            for b, tl in CTK_ANY.findall(t):
                if int(tl, 16) == C.murmur3_32(b.encode()):
                    errs.append("%s: fixture ctk_ passes its check" % r["id"])
            for b, tl in BRT_ANY.findall(t):
                if int(tl, 16) == C.oaat32(b.encode()):
                    errs.append("%s: fixture brt. passes its check" % r["id"])
            for g in RSP_ANY.findall(t):
                if C.aba371_ok("".join(g)):
                    errs.append("%s: fixture RSP- passes its check" % r["id"])
        if c == "public_labels_sharing_checks":
            for g in CSK_ANY.findall(t):
                if not C.aba371_ok("".join(g)):
                    errs.append("%s: stencil 3-7-1 check" % r["id"])
            for b, tl in SLT_ANY.findall(t):
                if int(tl, 16) != C.murmur3_32(b.encode()):
                    errs.append("%s: bundle tag murmur3" % r["id"])
            for b, tl in LOT_ANY.findall(t):
                if int(tl, 16) != C.oaat32(b.encode()):
                    errs.append("%s: lot tag one-at-a-time" % r["id"])
        elif c != "own_shapes_failing_checks":
            if CTK_ANY.search(t) or BRT_ANY.search(t) or RSP_ANY.search(t):
                errs.append("%s: positive-layout string outside the fixture class" % r["id"])
    return errs


# ------------------------------------------------------------ mutation tests
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def mutations():
    def m01(d):
        r = d["secrets"][0]
        r["secrets"][0]["start"] += 1

    def m02(d):
        r = d["secrets"][5]
        r["text"] = r["text"].replace(r["secrets"][0]["value"], "")

    def m03(d):
        d["secrets"][10]["text"] += " " + d["secrets"][11]["secrets"][0]["value"]

    def m04(d):
        d["negatives"][3]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m05(d):
        s = d["evasions"][4]["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("A" if s["plain"][-1] != "A" else "B")

    def m06(d):
        d["secrets"][0]["container"] = "ops_fish_shell_history"

    def m07(d):
        for r in d["negatives"]:
            if r["class"] == d["negatives"][0]["class"]:
                r["class"] = "masked_secret_previews"

    def m08(d):
        d["evasions"][0]["encoding"] = "knapsack_best_values"
        d["evasions"][0]["secrets"][0]["encoding"] = "knapsack_best_values"

    def m09(d):
        del d["negatives"][-50:]

    def m10(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__pol"

    def m11(d):
        r = _first(d["secrets"], lambda r: r["type"] == "rack_scanner_aba371_pairing_code")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + str((int(v[-1]) + 1) % 10)
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m12(d):
        r = _first(d["secrets"], lambda r: r["type"] == "cask_tracker_murmur3_api_key")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m13(d):
        r = _first(d["secrets"], lambda r: r["type"] == "cask_ledger_es512_jwt")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-3] + ("AAA" if v[-3:] != "AAA" else "BBB")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m14(d):
        d["negatives"][7]["text"] += "\nref 3f2b9c1e-1a2b-1c3d-8e4f-123456789abc"

    def m15(d):
        d["secrets"][20]["secrets"].append(dict(d["secrets"][20]["secrets"][0]))

    def m16(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = P.PREFIX + "curl_lower_u_colon_pair"
        r["secrets"][0]["type"] = r["type"]

    def m17(d):
        d["secrets"][3]["id"] = "p262-s-9999"

    def m18(d):
        r = _first(d["secrets"], lambda r: r["type"] == "shippo_live_api_token")
        s = r["secrets"][0]
        nv = s["value"] + "zz"
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
        s["end"] += 2

    def m19(d):
        d["secrets"][30]["text"] += " " + d["evasions"][9]["secrets"][0]["plain"]

    def m20(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["text"] += "\n# the password for this host"

    def m21(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["end"]] + "," + r["text"][s["end"] + 1:]

    def m22(d):
        d["negatives"][11]["text"] += "\nnew login Hogshead-1994"

    def m23(d):
        r = _first(d["secrets"], lambda r: r["type"] == "stock_sync_airflow_fernet_key")
        s = r["secrets"][0]
        nv = s["value"][:-4] + "AA=="
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m24(d):
        r = _first(d["secrets"], lambda r: r["container"].startswith("erp_frappe_site_config_json"))
        r["text"] = r["text"].replace("{", "[", 1)

    def m25(d):
        d["negatives"][2]["text"] += "\n" + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc"

    def m26(d):
        r = _first(d["negatives"], lambda r: r["class"] == "export_container_and_vessel_numbers")
        m = ISO6346_RE.search(r["text"])
        bad = str((int(m.group(3)) + 1) % 10)
        r["text"] = r["text"][:m.start(3)] + bad + r["text"][m.end(3):]

    def m27(d):
        r = _first(d["secrets"], lambda r: r["type"] == "bung_robot_oaat_service_token")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:5] + ("a" if v[5] != "a" else "b") + v[6:]
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m28(d):
        r = d["evasions"][12]
        s = r["secrets"][0]
        nv = s["plain"] + s["value"][:0]
        r["text"] = r["text"][:s["start"]] + s["value"] + " " + nv + r["text"][s["end"]:]

    def m29(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__ops_unknown_style"

    def m30(d):
        r = _first(d["negatives"], lambda r: r["class"] == "public_labels_sharing_checks" and "CSK" in r["text"])
        m = CSK_ANY.search(r["text"])
        g = m.group(3)
        ng = g[:-1] + str((int(g[-1]) + 1) % 10)
        r["text"] = r["text"][:m.start(3)] + ng + r["text"][m.end(3):]

    return [(f.__name__.replace("m", "m", 1), f) for f in
            (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20,
             m21, m22, m23, m24, m25, m26, m27, m28, m29, m30)]


MUTATION_NAMES = {
    "m01": "shifted_span_start", "m02": "value_removed_from_text", "m03": "value_reused_in_other_text",
    "m04": "positive_value_in_negative", "m05": "evasion_plain_corrupted", "m06": "deny_listed_container",
    "m07": "deny_listed_negative_class", "m08": "deny_listed_encoding", "m09": "negatives_below_200",
    "m10": "deny_listed_prose_language", "m11": "aba371_digit_broken", "m12": "murmur3_tail_broken",
    "m13": "es512_signature_broken", "m14": "non_v4_uuid_in_negative", "m15": "two_spans",
    "m16": "earlier_syntax_name", "m17": "id_out_of_sequence", "m18": "vendor_shape_broken",
    "m19": "plain_leaked_into_text", "m20": "hint_word_in_positional_text", "m21": "prose_value_not_set_off",
    "m22": "password_form_in_negative", "m23": "fernet_key_wrong_length", "m24": "json_container_broken",
    "m25": "invalid_jwt_in_negative", "m26": "iso6346_check_broken_in_negative", "m27": "oaat_tail_broken",
    "m28": "run_line_broken_with_plain", "m29": "unknown_vendor_style", "m30": "public_stencil_check_broken",
}


def run_mutations(data, deny, ctx, base_errs):
    base = set(base_errs)
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        new = set(run_checks(d, deny, ctx)) - base
        results.append((name, MUTATION_NAMES[name], bool(new)))
    return results
