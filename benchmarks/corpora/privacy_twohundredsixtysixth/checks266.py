"""Every check the build runs, and the mutation tests."""
import base64
import copy
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common266 as C
import dec266
import enc266
import everyday266 as EV
import evasions266 as EVA
import negatives266 as NEG
import positional266 as POS
import prose266 as PR
import vendor266 as VEN

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

# Generic words that earlier syntax names use but that name no tool.
GENERIC_SYNTAX_TOKENS = set("""a abbreviation action add after argument arguments array ascii at au auth authenticate authorization basic
batch before body bytes c cache capital char child cli clone colon column columns comma command community conf config connect connection
console copy create credentials creds crypto csharp ctor daemon dash database db decrypt driver dump echo embed encoder encrypt equals
erlang extract f field fifth file fill first fixed flag flow fourth from gate get go host http in input java join k key keyfile keys
keyword kotlin line loader login logon lower method n net node ok open option out p page pair perl php phrase pipe plain positional
procedure prompt python query quoted r raw reads register registry remote repository request response ruby rust scala script second
selector semicolon send server set setup seventh share shell sign signin slash some spawn sql src start stdin step tag text third token
tuple two type u unlock uri url use user userinfo v1 v3 value variant vector view widget width window windows with write rp ru sp tsv
staff till roster monitor peer edge""".split())
# Tools, libraries and mechanisms that the two READMEs name only in prose (left-out lists, relatives, hand lists).
PROSE_TOOL_TOKENS = set("""curl hurl ab chisel jenkins zsh selenium nightwatch protractor codeceptjs sqlcmd tsql ttyd httpx okhttp
applybasicauth slick groovy sequelize cqlsh informix odbc luasql amqplib amqpstreamconnection ublox upsd zookeeper jaas zellij wezterm
vlc nc netcat sudo kinit bw bitwarden asterisk hackney req xdotool ydotool ftp pop3 imap smtp ldap samba smb smbclient redis cassandra
mongo mongosh db2 sqlplus expdp sqlldr pikepdf keepass keepassxc chap pgpass kickstart rootpw freeradius haproxy stomp passcode pdftotext
keytool cmdkey appium webdriverio arj openssl kitty pynput rabbitmqadmin rarfile neo4rs sipsak instaloader pyicloud jira poetry tmux
screen detox testing library enigo xte taiko imacros behat codeception mink robot iris arangosh teamspeak ntrip fix x12 edifact uucp
activemq tacacs heartbeat ntp saned quake3 rcon shoutcast wtype""".split())

# Encoding families, avoided and set-aside ideas named in the two READMEs (tokens no encoding name may contain).
HAND_ENCODING_TOKENS = set("""base hex octal binary ternary decimal escape escapes dump utf cipher caesar vigenere xor morse braille semaphore
spelling phonetic number words look alike zero width combining chaff decoy decoys shuffle shuffles reversal reversed reverse acrostic
steganography code expression powers power primes prime squares square triangular fibonacci factoradic combinadic combinadics gray bcd
bit bits residue residues delta continued fraction fractions gcd lcm reciprocal reciprocals midpoint midpoints egyptian check digit
barcode barcodes font fonts keyboard keyboards telephone dtmf calendar calendars clock clocks compass lookup table tables chess cards card
dice dominoes domino bingo bowling darts rugby snooker scrabble league backgammon mancala bulls cows regatta curling lights out reversi
minimax wythoff unit conversion conversions physics law laws matrix matrices equation equations progression progressions magic grid grids
shortest path paths route routes spanning critical maximum flow geometry triangle triangles heron sine sines area areas overlap overlaps
lattice lattices taxicab pythagoras cosine parabola parabolas circle circles polygon angle angles knapsack venn josephus hanoi collatz
cellular automata automaton huffman interval intervals union unions queue queues lru stack stacks undo fit first next fifo lifo rain water
histogram histograms subarray flood fill minesweeper median medians mean means mode modes majority missing handshake handshakes degree
dag pigeonhole painted cube cubes rack tally tallies proxy bid bids auction auctions vickrey loyalty stamp stamps three two break even
depreciation eoq ratio shares coin coins purse purses frobenius mixed hamming twelfths tide tides factorial page digits perimeter
perimeters knitting rows run length soroban fence post posts snakes ladders ladder chute bridge torch jug jugs snail snails sjf
scan sstf policy northwest corner apportionment hamilton dhondt trie tries search tree trees scheduling flow shop johnson simple interest
alligation step tariff daily cap chargeable weight volumetric insurance excess booklet imposition singleton invoice extension markup
mark up cost plus visible stake records running maxima cycle cycles permutation group largest bill materials prerequisite topological
rival stall bipartite colouring sack make ways rising subsequence longest common pairwise difference palindromic palindrome pan
exposed faces nearest stop mealy machine molecular atom atoms wilcoxon rank bracket brackets enclosure heaviest grind leftovers tasting
ticket candy sliding window closure liars overtime commission deviation totient roman soundex edit distance partition saddle best
hidden formula remainder sum gap costs order pair word""".split())


def canon_syntax(name):
    m = re.match(r"^[a-z]{0,6}pw_(.*)$", name)
    return m.group(1) if m else name


def load_deny(path):
    return json.load(open(path, encoding="utf-8"))


def names_to_check(recs):
    pos, eva, neg = recs
    out = []
    out += [("everyday type", t) for t in EV.TYPE_NAMES]
    out += [("everyday kind", k) for k in EV.KIND_NAMES]
    out += [("vendor type", v[0]) for v in VEN.VENDORS]
    out += [("vendor style", s) for s in VEN.STYLES]
    out += [("positional syntax", s) for s in POS.SYNTAX_NAMES]
    out += [("positional where", w) for w in POS.WHERE.values()]
    out += [("prose span type", PR.SPAN_TYPE)]
    out += [("prose format", f) for f in PR.FORMATS]
    out += [("evasion type", t[0]) for t in EVA.TYPES]
    out += [("evasion wording", w[0]) for w in EVA.WORDINGS]
    out += [("evasion encoding", e[0]) for e in enc266.ENCODINGS]
    out += [("negative class", c[0]) for c in NEG.CLASSES]
    out += [("negative base kind", k) for c in NEG.CLASSES for k in c[1]]
    out += [("negative presentation", p.strip("_")) for p in NEG.PRESENTATIONS if p]
    for r in pos:
        out += [("record container", r["container"]), ("record span type", r["type"])]
    for r in eva:
        out += [("record container", r["container"]), ("record span type", r["type"]), ("record encoding", r["encoding"])]
    for r in neg:
        out += [("record container", r["container"]), ("record class", r["class"])]
    return out


def check_deny(recs, deny):
    errs = []
    names = set(deny["names"])
    syns = set(deny["syntaxes"])
    seen = set()
    for what, nm in names_to_check(recs):
        low = nm.lower()
        if (what, low) in seen:
            continue
        seen.add((what, low))
        parts = [low] + [p for p in low.split("__") if p]
        if what == "record span type" or what == "positional syntax":
            parts.append(canon_syntax(low))
        for p in parts:
            if p in names or (what in ("record span type", "positional syntax") and p in syns):
                errs.append("deny-list: %s %r (part %r) is on the list" % (what, nm, p))
    tool_tokens = (set(t for s in syns for t in s.split("_")) - GENERIC_SYNTAX_TOKENS) | PROSE_TOOL_TOKENS
    for s in POS.SYNTAX_NAMES:
        if s in syns or s in names:
            errs.append("deny-list: positional syntax %r is an earlier syntax" % s)
        for t in s.split("_"):
            if t in tool_tokens:
                errs.append("hand list: positional syntax %r contains earlier tool token %r" % (s, t))
    for e in enc266.ENCODINGS:
        for t in e[0].split("_"):
            if t in HAND_ENCODING_TOKENS:
                errs.append("hand list: encoding %r contains earlier idea token %r" % (e[0], t))
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    hand = set(PR.HAND_LANGUAGES)
    for code, name, _, _, _ in PR.LANGS:
        if code in codes or code in names or code in hand:
            errs.append("deny-list: prose language code %r" % code)
        ws = [name.lower()] + name.lower().split()
        for w in ws:
            if w in lnames or w in hand:
                errs.append("deny-list: prose language name %r (word %r)" % (name, w))
    for code, name in PR.SPARES:
        if code in codes or code in hand or name.lower() in lnames:
            errs.append("deny-list: prose spare %r" % code)
    for r in recs[0]:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in codes:
                errs.append("deny-list: prose record language %r" % code)
    return errs


def check_structure(pos, eva, neg):
    errs = []
    for lst, pre, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(lst):
            want = "%s-%s-%04d" % (C.PREFIX, pre, i + 1)
            if r.get("id") != want:
                errs.append("id %r should be %r" % (r.get("id"), want))
            if list(r.keys()) != fields:
                errs.append("%s: field set %r" % (r.get("id"), list(r.keys())))
    for r in pos + eva:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: must have exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("%s: span fields %r" % (r["id"], list(s.keys())))
            continue
        t = r["text"]
        if t[s["start"]:s["end"]] != s["value"]:
            errs.append("%s: text[start:end] != value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("%s: span type differs from record type" % r["id"])
        if t.count(s["value"]) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
        if s["value"] != s["value"].strip():
            errs.append("%s: value has outer whitespace" % r["id"])
        if "\u2063" in t:
            errs.append("%s: placement marker left" % r["id"])
        if r["source"] == "evasion" and (s["encoding"] != r["encoding"] or r["container"].split("__")[0] != r["encoding"]):
            errs.append("%s: evasion encoding fields disagree" % r["id"])
    for r in pos:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: source %r" % (r["id"], r["source"]))
    for r in eva:
        if r["source"] != "evasion":
            errs.append("%s: source" % r["id"])
    for r in neg:
        if r["source"] != "negative":
            errs.append("%s: source" % r["id"])
        if "secrets" in r:
            errs.append("%s: negative with spans" % r["id"])
    return errs


def check_counts(pos, eva, neg):
    import collections
    errs = []
    by = collections.defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    ev = by["everyday"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = collections.defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: 45 kinds x 4 different types broken")
    tc = collections.Counter(r["type"] for r in ev)
    if len(tc) != 12 or any(v != 15 for v in tc.values()):
        errs.append("everyday: each of 12 types in 15 records broken: %r" % dict(tc))
    vd = by["vendor"]
    if not 110 <= len(vd) <= 130 or len(set(r["type"] for r in vd)) != len(vd):
        errs.append("vendor: %d records / types" % len(vd))
    for r in vd:
        t, st = r["container"].split("__")
        if t != r["type"] or st not in VEN.STYLES:
            errs.append("%s: vendor container %r" % (r["id"], r["container"]))
    pw = by["password"]
    if not 100 <= len(pw) <= 120 or len(set(r["type"] for r in pw)) != len(pw):
        errs.append("positional: %d records" % len(pw))
    pr = by["prose"]
    langs = set(r["container"].split("__")[1] for r in pr)
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose: %d records in %d languages" % (len(pr), len(langs)))
    if not 440 <= len(pos) <= 470:
        errs.append("positives total %d" % len(pos))
    if len(eva) != 66:
        errs.append("evasions %d" % len(eva))
    encs = collections.Counter(r["encoding"] for r in eva)
    if len(encs) != 22 or any(v != 3 for v in encs.values()):
        errs.append("evasions: 22 encodings x 3 broken")
    pairs = set((r["encoding"], r["type"]) for r in eva)
    if len(pairs) != 66:
        errs.append("evasions: encoding/type pairs not all distinct")
    for e in encs:
        ws = set(r["container"].split("__")[1] for r in eva if r["encoding"] == e)
        if len(ws) != 3:
            errs.append("evasions: encoding %s not in all three wordings" % e)
    if len(neg) < 200:
        errs.append("negatives %d < 200" % len(neg))
    cc = collections.Counter(r["class"] for r in neg)
    if len(cc) < 20 or any(v < 10 for v in cc.values()):
        errs.append("negative classes: %r" % dict(cc))
    if len(set(r["text"] for r in neg)) != len(neg):
        errs.append("repeated negative text")
    srcs = {}
    for r in pos:
        srcs.setdefault(r["source"], set()).add(r["type"])
    srcs["evasion"] = set(r["type"] for r in eva)
    ks = list(srcs)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcs[ks[i]] & srcs[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    return errs


def check_shapes(pos, eva):
    errs = []
    for r in pos:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            e = EV.check_value(r["type"], v)
        elif r["source"] == "vendor":
            e = VEN.check_value(r["type"], v)
        else:
            e = "" if C.PW_RE_STRICT.match(v) else "strict password form"
        if e:
            errs.append("%s (%s): shape: %s" % (r["id"], r["type"], e))
        if r["source"] == "password":
            hit = POS.banned_hit(r["text"])
            if hit:
                errs.append("%s: positional text contains %r" % (r["id"], hit))
        if r["source"] == "prose":
            s, e2 = r["secrets"][0]["start"], r["secrets"][0]["end"]
            t = r["text"]
            if s == 0 or e2 >= len(t) or not t[s - 1].isspace() or not t[e2].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
        others = [m for m in C.PW_FORM_ANY.findall(r["text"]) if m != v]
        if others:
            errs.append("%s: other password-form strings in a positive text: %r" % (r["id"], others[:3]))
    for r in eva:
        s = r["secrets"][0]
        if r["encoding"] not in enc266.ENC or r["type"] not in EVA.PLAIN_RE:
            errs.append("%s: unknown encoding or evasion type" % r["id"])
            continue
        if not re.match(EVA.PLAIN_RE[r["type"]], s["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        if s["plain"] in s["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        try:
            dec = dec266.decode(r["encoding"], s["value"])
        except Exception as ex:  # noqa
            dec = "<error %s>" % ex
        if dec != s["plain"]:
            errs.append("%s: run does not decode to its plain" % r["id"])
        t = r["text"]
        rule = enc266.ENC[r["encoding"]][4]
        lines = t.split("\n")
        if len(lines) != 3 or not lines[0].endswith(rule + ":") or lines[1] != s["value"] or not lines[2].strip():
            errs.append("%s: evasion layout (rule, ':' newline, run line, remark)" % r["id"])
        if C.PW_FORM_ANY.search(t):
            errs.append("%s: password form in an evasion text" % r["id"])
    return errs


def check_values_unique(pos, eva, neg, neighbours):
    errs = []
    alltexts = [(r["id"], r["text"]) for r in pos + eva + neg]
    vals = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva]
    seen = {}
    for rid, v in vals:
        if v in seen:
            errs.append("%s: value reused from %s" % (rid, seen[v]))
        seen[v] = rid
    # each value occurs in exactly one text overall
    big = "\u0000".join(t for _, t in alltexts)
    for rid, v in vals:
        n = big.count(v)
        if n != 1:
            errs.append("%s: value occurs %d times across all files" % (rid, n))
    for r in eva:
        p = r["secrets"][0]["plain"]
        if p in big:
            errs.append("%s: evasion plain appears in a text" % r["id"])
    forb = [v for _, v in vals] + [r["secrets"][0]["plain"] for r in eva] + [n for n in neighbours if n]
    for r in neg:
        prob = NEG.negative_problem(r["text"], forb)
        if prob:
            errs.append("%s: negative problem: %s" % (r["id"], prob))
    return errs


def check_frames(pos, eva, neg):
    errs = []
    for r in pos + eva + neg:
        t = r["text"]
        for u in C.UUID_RE.findall(t):
            if not C.uuid_is_v4(u):
                errs.append("%s: non-v4 UUID %s" % (r["id"], u))
        for m in C.JWE_RE.findall(t):
            try:
                C.jwe_open(EV.JWE_KEK, m)
            except Exception as ex:  # noqa
                errs.append("%s: JWE-shaped string does not decrypt (%s)" % (r["id"], ex))
        t2 = C.JWE_RE.sub("", t)
        for m in C.JWS_RE.findall(t2):
            if not C.jws_frame_ok(m):
                errs.append("%s: invalid JWT frame" % r["id"])
            elif not VEN.frame_ok("supabase_service_role_key", ["supabase"], m):
                errs.append("%s: JWT signature does not verify" % r["id"])
    return errs


def _strip_first_line(t):
    return t.split("\n", 1)[1]


def check_containers(pos):
    errs = []
    json_kinds = {"audio_guide_expo_app_config_json", "bookings_dotnet_user_secrets_json"}
    json_styles = {"dev_vscode_launch_env_json", "dev_thunder_client_environment_json", "dev_jupyter_notebook_cell_ipynb",
                   "office_trello_card_comment_json"}
    toml_kinds = {"restoration_rocket_toml"}
    xml_kinds = {"kiln_room_launchd_agent_plist", "office_xlsx_shared_strings_xml"}
    for r in pos:
        c = r["container"]
        t = r["text"]
        try:
            if r["source"] == "everyday":
                if c in json_kinds:
                    json.loads(t)
                elif c in toml_kinds:
                    tomllib.loads(t)
                elif c in xml_kinds:
                    ET.fromstring(t.encode())
            elif r["source"] == "vendor":
                st = c.split("__")[1]
                if st in json_styles:
                    json.loads(t)
                elif st in ("office_onepassword_1pux_export_data", "iot_signalk_plugin_config_json"):
                    json.loads(_strip_first_line(t))
                elif st in ("office_lastpass_csv_export", "office_proton_pass_csv_export"):
                    rows = list(csv.reader(io.StringIO(t)))
                    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or r["secrets"][0]["value"] not in rows[1]:
                        raise ValueError("csv columns")
                elif st == "iot_telegraf_conf_plugin":
                    tomllib.loads(t)
                elif st == "ops_terraform_tfvars_file":
                    tomllib.loads(t)
            elif r["source"] == "password" and r["type"].endswith("chrome_recorder_change_step_value"):
                json.loads(t)
            elif r["source"] == "password" and r["type"].endswith("uivision_macro_type_command"):
                json.loads(t)
        except Exception as ex:  # noqa
            errs.append("%s: container %s does not parse: %s" % (r["id"], c, ex))
    return errs


def check_negative_payloads(neg):
    errs = []
    for r in neg:
        t = r["text"]
        c = r["class"]
        if c == "archive_issn_and_orcid_identifiers":
            for m in re.findall(r"(?:ISSN |SN  - )(\d{4})-(\d{3})([\dX])\b", t):
                if C.issn_check(m[0] + m[1]) != m[2]:
                    errs.append("%s: ISSN check" % r["id"])
            for m in re.findall(r"\b(\d{4})-(\d{4})-(\d{4})-(\d{3})([\dX])\b", t):
                if C.iso7064_11_2("".join(m[:4])) != m[4]:
                    errs.append("%s: ORCID check" % r["id"])
        elif c == "museum_van_vin_and_aton_mmsi_numbers":
            for v in re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", t):
                if C.vin_check(v) != v[8]:
                    errs.append("%s: VIN check" % r["id"])
        elif c == "qr_bill_references_and_supplier_abns":
            for m in re.findall(r"Reference ((?:\d{2})(?: \d{5}){5})", t):
                d = m.replace(" ", "")
                if C.recursive_mod10(d[:26]) != d[26]:
                    errs.append("%s: QR reference check" % r["id"])
            for m in re.findall(r",(\d{2} \d{3} \d{3} \d{3}),", t):
                if not C.mod89_ok(m.replace(" ", "")):
                    errs.append("%s: ABN check" % r["id"])
        elif c == "ais_nmea_sentences_with_checksums":
            for body, cs in re.findall(r"^[!$]([^*\n]+)\*([0-9A-F]{2})$", t, re.M):
                if C.nmea_checksum(body) != cs:
                    errs.append("%s: NMEA checksum" % r["id"])
        elif c == "check_failing_licence_and_pairing_fixtures":
            for v in re.findall(r"LDR-[\d-]{23}", t):
                if not EV.check_value("lens_drive_recursive_mod10_licence", v) == "recursive mod 10 check":
                    errs.append("%s: LDR fixture passes its check" % r["id"])
            for v in re.findall(r"CLP-[\d-]{14}", t):
                if EV.check_value("cottage_lock_mod89_pairing_code", v) != "mod 89 check":
                    errs.append("%s: CLP fixture passes its check" % r["id"])
            for v in re.findall(r"AGE-[A-Z0-9]{16}", t):
                if EV.check_value("audio_guide_mod26_enrolment_code", v) != "mod 26 letter":
                    errs.append("%s: AGE fixture passes its check" % r["id"])
            for v in re.findall(r"atn_[A-Za-z0-9]{32}_[0-9a-f]{10}", t):
                if EV.check_value("aton_feed_sha512_256_api_key", v) != "SHA-512/256 tail":
                    errs.append("%s: atn fixture passes its check" % r["id"])
        elif c == "foghorn_sample_wav_data_uris":
            for u in re.findall(r"data:audio/wav;base64,[A-Za-z0-9+/=]+", t):
                if not NEG.wav_ok(u):
                    errs.append("%s: WAV data URI invalid" % r["id"])
        elif c == "ed25519_ssh_and_minisign_public_keys":
            for b in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
                pk = base64.b64decode(b)[-32:]
                if not ed_on_curve(pk):
                    errs.append("%s: ssh key not on the curve" % r["id"])
            for b in re.findall(r"^(RW[A-Za-z0-9+/=]{54})$", t, re.M):
                if not ed_on_curve(base64.b64decode(b)[10:]):
                    errs.append("%s: minisign key not on the curve" % r["id"])
        elif c == "apr1_argon2_and_django_pbkdf2_hashes":
            for it, salt, h in re.findall(r"pbkdf2_sha256\$(\d+)\$(\w+)\$([A-Za-z0-9+/=]+)", t):
                if len(base64.b64decode(h)) != 32:
                    errs.append("%s: PBKDF2 hash length" % r["id"])
    return errs


def ed_on_curve(pk):
    P = C._P
    y = int.from_bytes(pk, "little") & ((1 << 255) - 1)
    if y >= P:
        return False
    x2 = (y * y - 1) * pow(C._D * y * y + 1, P - 2, P) % P
    return x2 == 0 or pow(x2, (P - 1) // 2, P) == 1


def run_all(pos, eva, neg, neighbours, deny):
    errs = []
    errs += check_structure(pos, eva, neg)
    if errs:
        return errs
    errs += check_counts(pos, eva, neg)
    errs += check_shapes(pos, eva)
    errs += check_values_unique(pos, eva, neg, neighbours)
    errs += check_frames(pos, eva, neg)
    errs += check_containers(pos)
    errs += check_negative_payloads(neg)
    errs += check_deny((pos, eva, neg), deny)
    return errs


# ---------------------------------------------------------------- mutations
def _first(lst, pred):
    for r in lst:
        if pred(r):
            return r
    raise LookupError


def _set_value(r, nv):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv
    s["end"] = s["start"] + len(nv)


def mutations():
    def m01(p, e, n):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n):
        r = p[3]
        r["text"] = r["text"].replace(r["secrets"][0]["value"], "REDACTED")

    def m03(p, e, n):
        p[5]["text"] += "\n" + p[9]["secrets"][0]["value"]

    def m04(p, e, n):
        n[0]["text"] += " " + p[200]["secrets"][0]["value"]

    def m05(p, e, n):
        e[0]["secrets"][0]["plain"] = e[0]["secrets"][0]["plain"][:-1] + ("x" if e[0]["secrets"][0]["plain"][-1] != "x" else "y")

    def m06(p, e, n):
        r = _first(p, lambda r: r["source"] == "everyday")
        r["container"] = "office_evernote_enex_export"

    def m07(p, e, n):
        for r in n:
            if r["class"] == n[0]["class"]:
                r["class"] = "env_example_placeholders"

    def m08(p, e, n):
        for r in e:
            if r["encoding"] == e[0]["encoding"]:
                r["encoding"] = "undo_log_standing_totals"
                r["secrets"][0]["encoding"] = "undo_log_standing_totals"
                r["container"] = "undo_log_standing_totals__" + r["container"].split("__")[1]

    def m09(p, e, n):
        del n[190:]

    def m10(p, e, n):
        r = _first(p, lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m11(p, e, n):
        r = _first(p, lambda r: r["type"] == "lens_drive_recursive_mod10_licence")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))

    def m12(p, e, n):
        r = _first(p, lambda r: r["type"] == "cottage_lock_mod89_pairing_code")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))

    def m13(p, e, n):
        r = _first(p, lambda r: r["type"] == "audio_guide_mod26_enrolment_code")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))

    def m14(p, e, n):
        r = _first(p, lambda r: r["type"] == "aton_feed_sha512_256_api_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m15(p, e, n):
        r = _first(p, lambda r: r["type"] == "booking_api_a256kw_jwe_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-2] + ("AA" if v[-2:] != "AA" else "BB"))

    def m16(p, e, n):
        r = _first(p, lambda r: r["type"] == "collections_django_secret_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1])

    def m17(p, e, n):
        n[3]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000"

    def m18(p, e, n):
        r = p[7]
        r["secrets"].append(dict(r["secrets"][0]))

    def m19(p, e, n):
        r = _first(p, lambda r: r["source"] == "password")
        r["type"] = "tlpw_rclone_obscure_first_positional"
        r["secrets"][0]["type"] = r["type"]

    def m20(p, e, n):
        p[10]["id"], p[11]["id"] = p[11]["id"], p[10]["id"]

    def m21(p, e, n):
        r = _first(p, lambda r: r["source"] == "vendor" and r["type"] == "github_classic_personal_access_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1])

    def m22(p, e, n):
        n[5]["text"] += "\n" + e[2]["secrets"][0]["plain"]

    def m23(p, e, n):
        r = _first(p, lambda r: r["source"] == "password")
        r["text"] = "# password below\n" + r["text"]
        r["secrets"][0]["start"] += 17
        r["secrets"][0]["end"] += 17

    def m24(p, e, n):
        r = _first(p, lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:s["end"]] + "," + t[s["end"] + 1:]

    def m25(p, e, n):
        n[8]["text"] += "\nwifi: Lantern-2024"

    def m26(p, e, n):
        r = _first(p, lambda r: r["container"].startswith("audio_guide_expo_app_config_json"))
        r["text"] = r["text"].replace("{", "[", 1)
        r["secrets"][0]["start"] += 0

    def m27(p, e, n):
        n[10]["text"] += "\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"

    def m28(p, e, n):
        r = e[4]
        r["text"] = r["text"].replace(":\n", ": ", 1)
        s = r["secrets"][0]
        s["start"] -= 1
        s["end"] -= 1

    def m29(p, e, n):
        r = _first(n, lambda r: r["class"] == "qr_bill_references_and_supplier_abns" and "Reference" in r["text"])
        i = r["text"].index("Reference ") + len("Reference ") + 3
        d = r["text"][i]
        r["text"] = r["text"][:i] + str((int(d) + 1) % 10) + r["text"][i + 1:]

    def m30(p, e, n):
        n[12]["text"] = n[13]["text"]

    def m31(p, e, n):
        r = _first(p, lambda r: r["type"] == "lamp_room_hmi_password")
        r2 = _first(p, lambda r: r["type"] == "ticket_desk_till_manager_password" and r["container"] != p[0]["container"])
        r["type"] = r2["type"]
        r["secrets"][0]["type"] = r2["type"]

    def m32(p, e, n):
        r = e[6]
        s = r["secrets"][0]
        nv = s["value"] + enc266.ENC[r["encoding"]][3] + s["plain"]
        _set_value(r, nv)

    def m33(p, e, n):
        r = _first(n, lambda r: r["class"] == "ais_nmea_sentences_with_checksums" and "!AIVDM" in r["text"])
        t = r["text"]
        i = t.index("*") + 1
        r["text"] = t[:i] + ("00" if t[i:i + 2] != "00" else "11") + t[i + 2:]

    def m34(p, e, n):
        r = _first(n, lambda r: r["class"] == "foghorn_sample_wav_data_uris")
        r["text"] = r["text"].replace("base64,UklG", "base64,UklH", 1)

    return [("m01_shifted_span_start", m01), ("m02_value_removed_from_text", m02), ("m03_value_reused_in_other_text", m03),
            ("m04_positive_value_in_negative", m04), ("m05_evasion_plain_corrupted", m05), ("m06_deny_listed_container", m06),
            ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08), ("m09_negatives_below_200", m09),
            ("m10_deny_listed_prose_language", m10), ("m11_recursive_mod10_digit_broken", m11), ("m12_mod89_sum_broken", m12),
            ("m13_mod26_letter_broken", m13), ("m14_sha512_256_tail_broken", m14), ("m15_jwe_tag_broken", m15),
            ("m16_django_key_wrong_length", m16), ("m17_non_v4_uuid_in_negative", m17), ("m18_two_spans", m18),
            ("m19_earlier_syntax_name", m19), ("m20_id_out_of_sequence", m20), ("m21_vendor_shape_broken", m21),
            ("m22_plain_leaked_into_text", m22), ("m23_hint_word_in_positional_text", m23), ("m24_prose_value_not_set_off", m24),
            ("m25_password_form_in_negative", m25), ("m26_json_container_broken", m26), ("m27_invalid_jwt_in_negative", m27),
            ("m28_evasion_layout_broken", m28), ("m29_qr_reference_check_broken", m29), ("m30_repeated_negative_text", m30),
            ("m31_everyday_type_balance_broken", m31), ("m32_run_contains_plain", m32), ("m33_nmea_checksum_broken", m33),
            ("m34_wav_header_broken", m34)]


def run_mutations(pos, eva, neg, neighbours, deny, base_errs):
    base = set(base_errs)
    results = []
    for name, fn in mutations():
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        try:
            fn(p, e, n)
        except Exception as ex:  # noqa
            results.append((name, False, "mutation failed to apply: %s" % ex))
            continue
        errs = set(run_all(p, e, n, neighbours, deny))
        new = errs - base
        results.append((name, bool(new), sorted(new)[0] if new else ""))
    return results
