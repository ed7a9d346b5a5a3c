"""Every check the build runs before writing anything."""
import base64
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common264 as C
import dec264
import enc264
import everyday264 as EV
import evasions264 as EVA
import negatives264 as NEG
import positional264 as POS
import prose264 as PR
import vendor264 as VEN

SECRET_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVASION_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVASION_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEGATIVE_FIELDS = ["id", "class", "container", "text", "source"]

# Tools, libraries and mechanisms of the earlier positional syntaxes and of their left-out lists
# (read from the two READMEs by hand); no syntax name of this corpus may contain one as a `_` token.
HAND_TOOL_TOKENS = set("""
sqlcmd openssl isql unixodbc mosquitto ipmitool wget mercurial hg winscp vmrun vmware govc esxcli veracrypt mutool smbmap
winrs psql expdp hdbsql vsql vertica tf cf oc az minio mc keychain openfortivpn zookeeper zkcli bitwarden bw nats sudo
gocryptfs cryptsetup zfs fscrypt keyctl zipfile msoffcrypto pypdf win32com workbooks jaydebeapi exchangelib nntplib keystore
mongocredential groovy slick x509certificate2 restsharp httpbasicauthenticator masterzen winrm rubyzip restclient pkcs12
ziparchive setencryptionname foxpro sqlconnect openssh luasql dart sqlcipher sqlite3 libmysqlclient applybasicauth
httpoison hackney cryptojs mysql2 amqplib nano couchdb xmlrpc matlab pyautogui autohotkey sikulix katalon uft testcomplete
ranorex flaui applescript wtype adb kif earlgrey enzyme vue vncdotool asterisk nagios jaas apt insteadof openvpn frigate rtsp
pragma pgp utl dbms h2 federated clickhouse esphome tor freeswitch ublox upsd rcon teltonika xfreerdp freetds tsql
rabbitmqadmin hdbuserstore exasol exaplus cloudfoundry nextcloudcmd ytdlp ttyd chisel cvs cyrus testsaslauthd webrepl
impacket swaks keygen jenkins kerberos kinit pamtester realmd realm imaplib smtplib httpx pysnmp pywinrm hashlib pbkdf2 bcrypt
django smtp ldap imap mssql smbj mailkit sshnet directoryentry vbscript ado vba gomail lettre sequelize libpq pqsetdblogin
okhttp osascript nightwatch squish uipath tmux idb patrol protractor codeceptjs circuitpython proxychains threeproxy
strongswan hurl espanso monit orientdb informix cqlsh zmtp teamspeak sshpass plink passwd chpasswd htpasswd gopass drush ftp
pop3 samba cassandra redis irc nickserv kazoo influx mongo mongosh radtest xclip pbcopy curl etcdctl jetty udisksctl cryfs
telnet selenium webdriverio paramiko lftp pdftk keepassxc wpa mongodump ffmpeg sqlplus xdotool ydotool ducky arduino
""".split())

# Encoding families, notations, puzzles and disguises named by the two READMEs as encodings or in their
# avoided / set-aside / relative lists; no encoding name of this corpus may contain one as a `_` token.
HAND_ENCODING_TOKENS = set("""
base bases binary octal hex hexadecimal base64 base32 escape escapes dump dumps utf unicode morse braille semaphore nato
spelling numeral numerals roman cipher ciphers caesar rot vigenere xor shuffle shuffles shuffled reversal reversals reversed
reverse chaff decoy decoys acrostic acrostics steganography capital power powers prime primes square squares triangular
triangle triangles fibonacci factoradic combinadic combinadics gray bcd cantor morton ulam residue residues modulo delta
elias gamma continued gcd gcds reciprocal reciprocals midpoint midpoints egyptian farey look say pi barcode barcodes segment
pixel font fonts keyboard keyboards telephone dtmf tarot element elements constellation constellations errno resistor
calendar calendars clock clocks collatz shamir ieee varint varints logarithm logarithms compressor sbox crc chess dice card
cards dna colour colours color colors midi music hilbert hangul syscall syscalls opcode opcodes manchester bingo messier unit
units conversion conversions matrix matrices determinant determinants equation equations quadratic progression progressions
magic grid grids shortest spanning critical taxicab hexagon lattice area areas scrabble josephus hanoi wythoff cellular
automata rolling reed solomon walsh hadamard elliptic lwe prufer berggren partitions cosine venn lens lenses spire spires digit
digits euler gear gears organ pipe pipes knapsack knapsacks parabola parabolas circle circles lever levers recapture rewriting
pyramid pyramids wall walls rhythm rhythms trolley trolleys came borda runoff levy levies median medians mean means mode
modes derivative derivatives integral integrals limit limits page interval intervals overlap overlaps levelling polygon
angle angles saddle inequality assignment assignments robin pump pumps sector sectors pythagorean pythagoras reckoning bearing
bearings factorial frobenius parallel seven temperature temperatures flow huffman life domino dominoes complex knitting whyte
tally tallies soroban vickrey fence snakes ladders twelfths tide tides variation deviation course heron sine rigging
trapezoidal torn mesh region minesweeper clue odd missing float tags low series scores regatta handshake handshakes hamilton
remainder remainders allotments histogram biggest rectangle rectangles proxy bid bids coffee loyalty stamp stamps crew peak
headcounts backgammon pip patch painted block hidden cube cubes knotted crate stack tops mismatch partnership ratio network
degree stretch fifo issue nine gap triplets mixed numerator numerators rainwater break even till pence cask alcohol litres
depreciation economic majority arrow journey fit pigeonhole bonded warehouse hammer queue queues bridge torch jugs snail
snails inversions lru darts bowling rugby snooker curling lawn perimeter perimeters lights spin spinner
""".split())

NEGATIVE_WORLD_FORMS = C.PASSWORD_FORM_SEARCH


def name_errors(names, deny, what):
    errs = []
    for n in names:
        low = n.lower()
        parts = [low] + [p for p in low.split("__") if p]
        for p in parts:
            if p in deny["names_set"]:
                errs.append("deny-list: %s %r (part %r) is on the deny-list" % (what, n, p))
    return errs


def check_denylist(deny, data):
    errs = []
    names = []
    names += [("everyday type", t) for t in EV.TYPE_NAMES] + [("everyday kind", k) for k in EV.KIND_NAMES]
    names += [("vendor type", t) for t in VEN.TYPE_NAMES] + [("vendor style", s["name"]) for s in VEN.STYLES]
    names += [("positional syntax", s) for s in POS.SYNTAX_NAMES] + [("positional where", w) for w in POS.WHERE.values()]
    names += [("prose type", PR.SPAN_TYPE)] + [("prose format", f) for f, _ in PR.FORMATS]
    names += [("evasion encoding", e) for e in enc264.NAMES] + [("evasion wording", w) for w in EVA.WORDING_NAMES]
    names += [("evasion type", t) for t in EVA.TYPE_NAMES]
    names += [("negative class", c) for c in NEG.CLASS_NAMES] + [("negative base kind", k) for k in NEG.BASE_KINDS]
    names += [("negative wrapper", w) for w in NEG.WRAPPER_NAMES]
    for r in data["secrets"] + data["evasions"]:
        names.append(("container", r["container"]))
        names.append(("span type", r["type"]))
    for r in data["evasions"]:
        names.append(("encoding", r["encoding"]))
    for r in data["negatives"]:
        names.append(("negative class", r["class"]))
        names.append(("negative container", r["container"]))
    seen = set()
    for what, n in names:
        if (what, n) in seen:
            continue
        seen.add((what, n))
        errs += name_errors([n], deny, what)
    # positional syntaxes: earlier syntaxes, all names, hand tool tokens
    syn_from_records = {r["type"][len(POS.PREFIX):] for r in data["secrets"] if r["source"] == "password"}
    for s in set(POS.SYNTAX_NAMES) | syn_from_records:
        if s in deny["syntaxes_set"] or s in deny["names_set"]:
            errs.append("deny-list: positional syntax %r is an earlier syntax or name" % s)
        for tok in s.split("_"):
            if tok in HAND_TOOL_TOKENS:
                errs.append("deny-list: positional syntax %r contains earlier tool token %r" % (s, tok))
    enc_from_records = {r["encoding"] for r in data["evasions"]}
    for e in set(enc264.NAMES) | enc_from_records:
        for tok in e.split("_"):
            if tok in HAND_ENCODING_TOKENS:
                errs.append("deny-list: encoding %r contains earlier idea token %r" % (e, tok))
    # languages
    langs = [(c, n) for c, n, _s, _t in PR.LANGS] + list(PR.SPARES)
    rec_codes = {r["container"].split("__")[-1] for r in data["secrets"] if r["source"] == "prose"}
    for code in rec_codes:
        if code not in {c for c, _ in langs}:
            errs.append("prose: unknown language code %r in records" % code)
    for code, name in langs:
        if code in deny["codes_set"] or code in deny["names_set"] or code in PR.HAND_LANGUAGES:
            errs.append("deny-list: language code %r is taken" % code)
        words = [name.lower()] + [w for w in re.split(r"[\s\-]+", name.lower()) if w]
        for w in words:
            if w in deny["lnames_set"] or w in PR.HAND_LANGUAGES:
                errs.append("deny-list: language name word %r (%s) is taken" % (w, name))
    return errs


def check_structure(data):
    errs = []
    for key, prefix, fields in (("secrets", "p264-s-", SECRET_FIELDS), ("evasions", "p264-e-", EVASION_FIELDS), ("negatives", "p264-n-", NEGATIVE_FIELDS)):
        for i, r in enumerate(data[key]):
            want = "%s%04d" % (prefix, i + 1)
            if r.get("id") != want:
                errs.append("ids: %s record %d has id %r, want %r" % (key, i, r.get("id"), want))
            if list(r.keys()) != fields:
                errs.append("fields: %s %s has fields %r" % (key, r.get("id"), list(r.keys())))
    for r in data["secrets"] + data["evasions"]:
        rid = r["id"]
        sp = r["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("spans: %s has %d spans" % (rid, len(sp) if isinstance(sp, list) else -1))
            continue
        s = sp[0]
        want = EVASION_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("span fields: %s %r" % (rid, list(s.keys())))
            continue
        t = r["text"]
        if t[s["start"]:s["end"]] != s["value"]:
            errs.append("offsets: %s text[start:end] != value" % rid)
        if s["type"] != r["type"]:
            errs.append("span type: %s span type %r != record type %r" % (rid, s["type"], r["type"]))
        if t.count(s["value"]) != 1:
            errs.append("once: %s value occurs %d times in its text" % (rid, t.count(s["value"])))
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append("whitespace: %s value has outer whitespace or is empty" % rid)
        if r["source"] == "evasion" and s["encoding"] != r["encoding"]:
            errs.append("evasion: %s span encoding differs" % rid)
        if "\u27e6" in t or "\u27e7" in t:
            errs.append("marker: %s has a placement marker left" % rid)
    for r in data["secrets"]:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("source: %s has source %r" % (r["id"], r["source"]))
    for r in data["evasions"]:
        if r["source"] != "evasion":
            errs.append("source: %s" % r["id"])
    for r in data["negatives"]:
        if r["source"] != "negative":
            errs.append("source: %s" % r["id"])
    return errs


def check_counts(data):
    errs = []
    by = {}
    for r in data["secrets"]:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("counts: everyday %d != 180" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("counts: everyday kinds are not 45 x 4 different types")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append("counts: everyday types are not 12 x 15")
    ve = by.get("vendor", [])
    vt = {r["type"] for r in ve}
    if not (110 <= len(vt) <= 130) or len(vt) != len(ve):
        errs.append("counts: vendor %d records / %d types" % (len(ve), len(vt)))
    styles = {s["name"] for s in VEN.STYLES}
    for r in ve:
        t, _, st = r["container"].partition("__")
        if t != r["type"] or st not in styles:
            errs.append("vendor container: %s %r" % (r["id"], r["container"]))
    pw = by.get("password", [])
    pt = {r["type"] for r in pw}
    if not (100 <= len(pt) <= 120) or len(pt) != len(pw):
        errs.append("counts: positional %d records / %d syntaxes" % (len(pw), len(pt)))
    pr = by.get("prose", [])
    langs = {r["container"].split("__")[-1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        errs.append("counts: prose %d records in %d languages" % (len(pr), len(langs)))
    if not (440 <= len(data["secrets"]) <= 470):
        errs.append("counts: positives %d" % len(data["secrets"]))
    evs = data["evasions"]
    if len(evs) != 66:
        errs.append("counts: evasions %d != 66" % len(evs))
    encs = {}
    for r in evs:
        encs.setdefault(r["encoding"], []).append((r["type"], r["container"].split("__")[1]))
    if len(encs) != 22:
        errs.append("counts: %d encodings" % len(encs))
    for e, lst in encs.items():
        if len({t for t, _ in lst}) != 3 or len({w for _, w in lst}) != 3:
            errs.append("counts: encoding %s does not cover 3 types and 3 wordings" % e)
    neg = data["negatives"]
    cls = {}
    for r in neg:
        cls[r["class"]] = cls.get(r["class"], 0) + 1
    if len(neg) < 200 or len(cls) < 20 or min(cls.values()) < 10:
        errs.append("counts: negatives %d in %d classes (min %d)" % (len(neg), len(cls), min(cls.values()) if cls else 0))
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("counts: repeated negative text")
    type_sets = {}
    for r in data["secrets"]:
        type_sets.setdefault(r["source"], set()).add(r["type"])
    type_sets["evasion"] = {r["type"] for r in evs}
    srcs = list(type_sets)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if type_sets[srcs[i]] & type_sets[srcs[j]]:
                errs.append("counts: span types shared by %s and %s" % (srcs[i], srcs[j]))
    return errs


def _verify_ed448_jwt(tok, public):
    h, p, s = tok.split(".")
    return C.ed448_verify(public, (h + "." + p).encode(), C.b64url_decode(s))


def everyday_value_error(tname, v, signer, wg_publics):
    if tname in EV.PASSWORD_TYPES:
        return "" if C.LOOSE_PASSWORD_RE.match(v) else "password form"
    if tname == "brine_telemetry_ed448_jwt":
        ok, why = C.jwt_frame_ok(v)
        if not ok:
            return why
        hdr = json.loads(C.b64url_decode(v.split(".")[0]))
        pl = json.loads(C.b64url_decode(v.split(".")[1]))
        if list(hdr) != ["alg", "typ", "kid"] or hdr["alg"] != "EdDSA":
            return "header"
        if list(pl) != ["iss", "sub", "aud", "scope", "iat", "exp", "jti"]:
            return "claims"
        if not _verify_ed448_jwt(v, signer.public):
            return "Ed448 signature does not verify"
        return ""
    if tname == "pan_gateway_wireguard_private_key":
        if not re.fullmatch(EV.WG_RE, v):
            return "wg shape"
        raw = base64.b64decode(v)
        if not C.wireguard_is_clamped(raw):
            return "not clamped"
        if wg_publics.get(v) != C.b64std(C.x25519_public(raw)):
            return "public half mismatch"
        return ""
    if tname == "sluice_gate_mod23_pairing_code":
        if not re.fullmatch(EV.SLG_RE, v):
            return "SLG shape"
        d = v[4:8] + v[9:13] + v[14:18]
        return "" if C.mod23_letter(d) == v[-1] else "mod-23 letter wrong"
    if tname == "spice_catalogue_blake2s_api_key":
        if not re.fullmatch(EV.SPK_RE, v):
            return "spk shape"
        return "" if C.blake2s_tail(v[4:36]) == v[37:] else "BLAKE2s tail wrong"
    if tname == "grinder_fleet_crockford_licence_key":
        if not re.fullmatch(EV.CRK_RE, v):
            return "licence shape"
        body = v.replace("-", "")[:-1]
        return "" if C.crockford_check(body) == v[-1] else "Crockford check wrong"
    if tname == "spice_shop_laravel_app_key":
        if not re.fullmatch(EV.LARAVEL_RE, v):
            return "APP_KEY shape"
        return "" if len(base64.b64decode(v[7:])) == 32 else "APP_KEY not 32 bytes"
    return "unknown type"


def check_shapes(data, ctx):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            e = everyday_value_error(r["type"], v, ctx["signer"], ctx["wg_publics"])
            if e:
                errs.append("shape: %s %s: %s" % (r["id"], r["type"], e))
        elif r["source"] == "vendor":
            sp = VEN.SPEC[r["type"]]
            if not re.fullmatch(VEN.shape_regex(sp["shape"]), v):
                errs.append("shape: %s vendor %s does not match its spec" % (r["id"], r["type"]))
            for p in sp["shape"]:
                if p[0] == "F" and not VEN.frame_ok(p[1], v):
                    errs.append("shape: %s vendor frame %s invalid" % (r["id"], p[1]))
            nv = ctx["neighbours"].get(r["type"])
            if nv is not None and r["text"].count(nv) != 1:
                errs.append("neighbour: %s neighbour does not occur exactly once" % r["id"])
        elif r["source"] in ("password", "prose"):
            if not C.STRICT_PASSWORD_RE.match(v):
                errs.append("shape: %s not in the strict password form" % r["id"])
        if r["source"] == "password" and POS.HINT_RE.search(r["text"]):
            errs.append("hint: %s positional text contains a pass/pwd/secret/pw word" % r["id"])
        if r["source"] == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            t = r["text"]
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                errs.append("prose: %s value not set off by whitespace" % r["id"])
    for r in data["evasions"]:
        sp = r["secrets"][0]
        if r["encoding"] not in enc264.RULES or r["type"] not in EVA.PLAIN_RE:
            errs.append("evasion: %s unknown encoding or type" % r["id"])
            continue
        if not re.fullmatch(EVA.PLAIN_RE[r["type"]], sp["plain"]):
            errs.append("evasion: %s plain shape" % r["id"])
        if not EVA.LAYOUT_RE.match(r["text"]):
            errs.append("evasion: %s layout (rule, ':' newline, run line, remark line)" % r["id"])
        else:
            lines = r["text"].split("\n")
            if lines[1] != sp["value"] or not lines[0].endswith(":"):
                errs.append("evasion: %s run is not the whole second line" % r["id"])
        try:
            if dec264.decode(r["encoding"], sp["value"]) != sp["plain"]:
                errs.append("evasion: %s does not decode to its plain" % r["id"])
        except Exception as exc:  # noqa: BLE001
            errs.append("evasion: %s decoder failed: %s" % (r["id"], exc))
        if sp["plain"] in sp["value"]:
            errs.append("evasion: %s run contains its plain" % r["id"])
        if enc264.RULES[r["encoding"]]["rule"] not in r["text"]:
            errs.append("evasion: %s rule text missing" % r["id"])
    return errs


def _json_fragment(text):
    a = text.index("{") if "{" in text else -1
    b = text.index("[") if "[" in text else -1
    starts = [x for x in (a, b) if x >= 0]
    return text[min(starts):]


JSON_EVERYDAY = {"pond_telemetry_node_red_flow_json", "wholesale_portal_aspnet_appsettings_json", "tours_ghost_config_production_json",
                 "dev_sublime_project_build_env", "dev_httpie_session_json"}
XML_EVERYDAY = {"sluice_gate_l5x_tag_export", "spice_app_ios_info_plist", "office_evernote_enex_note", "office_gpx_waypoint_desc",
                "office_odt_content_xml", "office_opml_outline"}
TOML_EVERYDAY = {"sluice_controller_circuitpython_settings_toml"}
JSON_VENDOR = {"ops_azure_webapp_appsettings_list_json", "ops_chef_data_bag_item_json", "dev_azure_functions_local_settings_json",
               "dev_postman_environment_json"}
TOML_VENDOR = {"dev_streamlit_secrets_toml"}
CSV_VENDOR = {"office_keeper_csv_export": 8, "office_nordpass_csv_export": 11, "office_apple_passwords_csv_export": 6}


def _contains(obj, v):
    if isinstance(obj, str):
        return v in obj
    if isinstance(obj, dict):
        return any(_contains(x, v) for x in list(obj.keys()) + list(obj.values()))
    if isinstance(obj, list):
        return any(_contains(x, v) for x in obj)
    return False


def check_containers(data):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        t = r["text"]
        kind = r["container"] if r["source"] == "everyday" else r["container"].split("__")[-1]
        try:
            if (r["source"] == "everyday" and kind in JSON_EVERYDAY) or (r["source"] == "vendor" and kind in JSON_VENDOR):
                frag = _json_fragment(t)
                if kind == "spice_app_flutter_dart_defines_json":
                    frag = frag.split("\n$")[0]
                obj = json.loads(frag)
                if not _contains(obj, v):
                    errs.append("container: %s JSON parsed but value not inside" % r["id"])
            elif r["source"] == "everyday" and kind == "spice_app_flutter_dart_defines_json":
                obj = json.loads(t[t.index("{"):t.index("}") + 1])
                if not _contains(obj, v):
                    errs.append("container: %s JSON value missing" % r["id"])
            elif r["source"] == "everyday" and kind in XML_EVERYDAY:
                root = ET.fromstring(t[t.index("<"):].encode("utf-8"))
                alltext = "".join(root.itertext()) + " ".join(a for el in root.iter() for a in el.attrib.values())
                if v not in alltext:
                    errs.append("container: %s XML parsed but value not inside" % r["id"])
            elif r["source"] == "everyday" and kind == "checkweigher_android_kiosk_shared_prefs_xml":
                root = ET.fromstring(t[t.index("<?xml"):].encode("utf-8"))
                if v not in "".join(root.itertext()):
                    errs.append("container: %s shared prefs value missing" % r["id"])
            elif (r["source"] == "everyday" and kind in TOML_EVERYDAY) or (r["source"] == "vendor" and kind in TOML_VENDOR):
                obj = tomllib.loads(t)
                if not _contains(obj, v):
                    errs.append("container: %s TOML value missing" % r["id"])
            elif r["source"] == "vendor" and kind in CSV_VENDOR:
                rows = list(csv.reader(io.StringIO(t)))
                if any(len(row) != CSV_VENDOR[kind] for row in rows):
                    errs.append("container: %s CSV column count" % r["id"])
                if not any(v in row for row in rows):
                    errs.append("container: %s CSV value not a cell" % r["id"])
            elif r["source"] == "vendor" and kind == "office_mattermost_channel_export_jsonl":
                objs = [json.loads(line) for line in t.strip().split("\n")]
                if not _contains(objs, v):
                    errs.append("container: %s JSONL value missing" % r["id"])
        except Exception as exc:  # noqa: BLE001
            errs.append("container: %s (%s) does not parse: %s" % (r["id"], kind, exc))
    return errs


def check_reuse_and_negatives(data, ctx):
    errs = []
    values = [r["secrets"][0]["value"] for r in data["secrets"] + data["evasions"]]
    if len(set(values)) != len(values):
        errs.append("reuse: a value is used twice")
    plains = [r["secrets"][0]["plain"] for r in data["evasions"]]
    if len(set(plains)) != len(plains):
        errs.append("reuse: an evasion plain is used twice")
    all_texts = [(r["id"], r["text"]) for r in data["secrets"] + data["evasions"]]
    for r in data["secrets"] + data["evasions"]:
        v = r["secrets"][0]["value"]
        for rid, t in all_texts:
            if rid != r["id"] and v in t:
                errs.append("reuse: value of %s appears in %s" % (r["id"], rid))
    for p in plains:
        for rid, t in all_texts:
            if p in t:
                errs.append("reuse: an evasion plain appears in %s" % rid)
    reg_items = [x for x in ctx["registry"] if len(x) >= 6]
    for r in data["negatives"]:
        t = r["text"]
        for v in values + plains + reg_items:
            if v in t:
                errs.append("negative: %s contains a positive or registry string" % r["id"])
                break
        m = NEGATIVE_WORLD_FORMS.search(t)
        if m:
            errs.append("negative: %s contains a password-form string %r" % (r["id"], m.group(0)))
        if C.JWT_SHAPE.search(t):
            errs.append("negative: %s contains a JWT-shaped string" % r["id"])
    # in positive texts the only password-form string is the labelled value; evasion texts carry none
    for r in data["secrets"]:
        s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
        for m in NEGATIVE_WORLD_FORMS.finditer(r["text"]):
            if not (m.start() >= s and m.end() <= e):
                errs.append("stray: %s has an unlabelled password-form string %r" % (r["id"], m.group(0)))
    for r in data["evasions"]:
        m = NEGATIVE_WORLD_FORMS.search(r["text"])
        if m:
            errs.append("stray: evasion %s has a password-form string %r" % (r["id"], m.group(0)))
    return errs


def check_uuid_jwt(data, ctx):
    errs = []
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        for m in C.UUID_SHAPE.finditer(r["text"]):
            if not C.uuid_is_v4(m.group(0)):
                errs.append("uuid: %s has a non-v4 UUID %s" % (r["id"], m.group(0)))
        for m in C.JWT_SHAPE.finditer(r["text"]):
            ok, why = C.jwt_frame_ok(m.group(0))
            if not ok:
                errs.append("jwt: %s has an invalid JWT-shaped string (%s)" % (r["id"], why))
            else:
                hdr = json.loads(C.b64url_decode(m.group(0).split(".")[0]))
                if hdr["alg"] == "EdDSA" and not _verify_ed448_jwt(m.group(0), ctx["signer"].public):
                    errs.append("jwt: %s EdDSA token does not verify" % r["id"])
    return errs


GTIN_RE = re.compile(r"(?<!\d)(50\d{11})(?!\d)")


def check_negative_identifiers(data, ctx):
    errs = []
    for r in data["negatives"]:
        t, c = r["text"], r["class"]
        if c == "spice_jar_gtin_barcode_labels":
            for m in re.finditer(r"(?<![\d])(\d{13}|\d{8})(?![\d])", t):
                d = m.group(1)
                if C.gs1_check(d[:-1]) != d[-1]:
                    errs.append("negative id: %s GS1 check of %s" % (r["id"], d))
        if c == "pallet_sscc_gln_dispatch_labels":
            for m in re.finditer(r"(?<![\d])(\d{18}|\d{14}|\d{13})(?![\d])", t):
                d = m.group(1)
                if C.gs1_check(d[:-1]) != d[-1]:
                    errs.append("negative id: %s GS1 check of %s" % (r["id"], d))
        if c == "sds_cas_registry_numbers":
            for m in re.finditer(r"(?<![\d-])(\d{2,7})-(\d{2})-(\d)(?![\d-])", t):
                if C.cas_check(m.group(1) + m.group(2)) != m.group(3):
                    errs.append("negative id: %s CAS check of %s" % (r["id"], m.group(0)))
        if c == "parcel_s10_tracking_numbers":
            for m in re.finditer(r"\b[A-Z]{2}(\d{8})(\d)GB\b", t):
                if C.s10_check(m.group(1)) != m.group(2):
                    errs.append("negative id: %s S10 check of %s" % (r["id"], m.group(0)))
        if c == "wireguard_peer_public_keys":
            pubs = set(ctx["wg_publics"].values())
            found = re.findall(r"(?:PublicKey = |peer: )([A-Za-z0-9+/]{43}=)", t)
            if not any(p in pubs for p in found):
                errs.append("negative id: %s publishes none of the gateways' public keys" % r["id"])
        if c == "ed448_jwks_and_ssh_public_keys" and "jwks" in r["container"]:
            xs = [C.b64url_decode(x) for x in re.findall(r'"x": "([A-Za-z0-9_-]+)"', t)]
            if ctx["signer"].public not in xs:
                errs.append("negative id: %s JWKS lacks the verification key" % r["id"])
            for x in xs:
                if C._ed448_decode(x) is None:
                    errs.append("negative id: %s JWKS key not on Ed448" % r["id"])
        if c == "broken_check_fixture_tokens":
            for m in re.finditer(r"SLG-(\d{4})-(\d{4})-(\d{4})-([A-Z])", t):
                if C.mod23_letter(m.group(1) + m.group(2) + m.group(3)) == m.group(4):
                    errs.append("negative id: %s fixture passes its mod-23 check" % r["id"])
            for m in re.finditer(r"spk_([0-9A-Za-z]{32})_([0-9a-f]{8})", t):
                if C.blake2s_tail(m.group(1)) == m.group(2):
                    errs.append("negative id: %s fixture passes its BLAKE2s check" % r["id"])
            for m in re.finditer(r"((?:[0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{4})([0-9A-HJKMNP-TV-Z*~$=U])", t):
                if C.crockford_check(m.group(1).replace("-", "")) == m.group(2):
                    errs.append("negative id: %s fixture passes its Crockford check" % r["id"])
        if c == "harvest_lot_labels_with_valid_checks":
            for m in re.finditer(r"LOT-(\d{8})([A-Z])", t):
                if C.mod23_letter(m.group(1)) != m.group(2):
                    errs.append("negative id: %s lot label fails mod 23" % r["id"])
            for m in re.finditer(r"btc_([0-9A-Za-z]{16})_([0-9a-f]{8})", t):
                if C.blake2s_tail(m.group(1)) != m.group(2):
                    errs.append("negative id: %s batch tag fails BLAKE2s" % r["id"])
            for m in re.finditer(r"shelf ([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})(\S)", t):
                if C.crockford_check(m.group(1) + m.group(2)) != m.group(3):
                    errs.append("negative id: %s shelf code fails Crockford" % r["id"])
    return errs


def check_all(data, ctx):
    errs = []
    errs += C.selftest()
    errs += check_denylist(ctx["deny"], data)
    errs += check_structure(data)
    errs += check_counts(data)
    errs += check_shapes(data, ctx)
    errs += check_containers(data)
    errs += check_reuse_and_negatives(data, ctx)
    errs += check_uuid_jwt(data, ctx)
    errs += check_negative_identifiers(data, ctx)
    return errs
