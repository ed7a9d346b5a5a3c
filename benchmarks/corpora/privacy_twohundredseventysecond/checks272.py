"""Every check the build runs before writing, and the mutation tests."""
import base64
import copy
import csv
import hashlib
import io
import json
import os
import re
import tomllib
import xml.etree.ElementTree as ET

import common272 as C
import dec272
import enc272
import everyday272 as E
import evasions272 as EV
import negatives272 as N
import positional272 as P
import prose272 as PR
import vendor272 as V

# ---------------------------------------------------------------------------
# hand lists for ideas the READMEs name only in prose

# tools and mechanisms of the earlier left-out, dropped and relative lists
HAND_TOOLS = set("""curl ftp pop3 imap smtp ldap smb ssh sftp redis mongo mongodb mongosh mysql mariadb postgresql postgres psql oracle
sqlplus snmp irc nickserv oper rcon sshpass htpasswd chpasswd smbpasswd selenium xdotool tmux keepass keepassxc openssl psexec requests
ntlm qt xsel xclip wl wtype autohotkey sikulix playwright cypress puppeteer uipath katalon vue lwp etcdctl ncat skopeo usql nats cups
ffmpeg git pip federated zip pdf keystore pfx pkcs12 sqlcipher telnet rexec mqtt amqp wifi docker npm registry maestro keyboard write type
hdbuserstore rdesktop poi gobuster mega evil winrm btoa firebird isql clipboard simulator ios""".split())

# words treated as generic in the earlier syntax names (positions, flags, languages, verbs)
GENERIC_SYNTAX_TOKENS = set("""a action add after argument array as assignment at attribute auth authenticate authentication base64 basic body
bytes call capital change cli client colon column comma command common conf config connect connection console constructor content create
credentials creds ctor dash data database decrypt element encrypt event execute export field fields fifth file first form fourth frame from
function hash here herestring http i init initial injection input k key kw line literal load locator login logon lower message method n
native node on open option p pair param parameter params part pipe plain positional private prompt quoted r reads register remote req
request response s second semicolon sequence serial server set shell slash source sql statement stdin step string t tab target text third
tilde to tuple two u unlock uri url user userinfo users using val value vector word python java csharp go rust ruby php perl dart elixir
haskell kotlin scala clojure vba vbnet powershell c net web dev power desktop computer network device sym my""".split())

# avoided, set-aside and relative ideas of the two READMEs
HAND_IDEAS = set("""numeral base bases escape dump utf cipher xor morse braille semaphore spelling alphabet number lookalike zero width
combining chaff decoy shuffle reversal reverse acrostic steganography expression power prime square triangular fibonacci factoradic
combinadic gray bcd residue delta continued egyptian fraction gcd reciprocal midpoint barcode font keyboard telephone calendar clock
compass lookup table dna colour color music game unit conversion physical law matrix equation progression magic grid graph scheduling
cellular automaton automata statistic venn knapsack assignment queue water jug rain subarray huffman lru edit distance inversion path
stack heap hashing hash trie tree bin packing probing ring mirror flood fill bull cow pigeonhole tariff cap interest alligation markup
multibuy fifo lifo costing apportionment auction loyalty stamp commission overtime frobenius page tally roman soundex hondt scan lift
bracket nesting wrap bom explosion ladder lottery lamport undo redo sliding window ttl expiry crdt merge lzw rod coin exchange newick
josephus van eck stable marriage guessing jump trail toboggan kaprekar happy borda condorcet change making seven segment tide twelfth
weighing replacement cache robin sorting network sokoban shortest spanning critical flow geometry handshake fence post hanoi vickrey
petri tag lsystem collatz recaman drop rise dense rank frog toad middle pick neighbour self raising hop chat bot leaky rung refuel
refuelling candy passing cricket tennis state machine compare register cname precedence questionnaire liar minesweeper lamp visibility
tilted tray bounded store greedy capital growth complementary pattern trip perimeter snake draft distinct runoff ballot vote median mean
histogram""".split())


def fold(tok):
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith("s") and not tok.endswith("ss") and len(tok) > 3:
        return tok[:-1]
    return tok


BRIEF_JSON = "brief_names.json"


def load_deny(here):
    with open(os.path.join(here, BRIEF_JSON), encoding="utf-8") as fh:
        d = json.load(fh)
    status = "frozen copy only (/tmp/brief272 absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != d:
            raise SystemExit("brief_names.json differs from a fresh extraction of /tmp/brief272")
        status = "re-extracted from /tmp/brief272 and identical"
    return d, status


def earlier_tool_tokens(deny):
    toks = set()
    for s in deny["syntaxes"]:
        toks.update(s.split("_"))
    return (toks - GENERIC_SYNTAX_TOKENS) | HAND_TOOLS


def earlier_idea_tokens(deny):
    toks = set()
    for e in deny["earlier_encodings"]:
        toks.update(fold(t) for t in e.split("_"))
    return toks | {fold(t) for t in HAND_IDEAS}


def all_names():
    """Every name this corpus defines, by category."""
    n = {
        "everyday type": E.TYPE_NAMES, "everyday kind": E.KIND_NAMES,
        "vendor type": V.TYPE_NAMES, "vendor style": [s[0] for s in V.STYLES],
        "syntax": P.SYNTAXES, "where": list(P.WHERE.values()),
        "positional type": [P.PREFIX + s for s in P.SYNTAXES],
        "prose type": [PR.TYPE], "prose format": PR.FORMATS,
        "evasion type": [t[0] for t in EV.TYPES], "wording": [w[0] for w in EV.WORDINGS],
        "encoding": list(enc272.ENC),
        "negative class": [c[0] for c in N.CLASSES], "base kind": [k[0] for c in N.CLASSES for k in c[2]],
        "wrapper": [w.strip("_") for w in N.WRAPPERS if w],
    }
    return n


def check_denylist(deny, data):
    errs = []
    bad = set(deny["names"]) | set(deny["syntaxes"]) | set(deny["earlier_encodings"])
    names = all_names()
    used = []
    for key in ("secrets", "evasions", "negatives"):
        for rec in data[key]:
            used.append(rec["container"])
            if "type" in rec:
                used.append(rec["type"])
            if "class" in rec:
                used.append(rec["class"])
            if "encoding" in rec:
                used.append(rec["encoding"])
    names["used in records"] = used
    for cat, lst in names.items():
        for nm in lst:
            low = nm.lower()
            parts = [low] + [p for p in low.split("__") if p]
            for p in parts:
                if p in bad:
                    errs.append("deny-listed %s: %s (%s)" % (cat, nm, p))
    tools = earlier_tool_tokens(deny)
    syns = set(P.SYNTAXES)
    for rec in data["secrets"]:
        if rec["source"] == "password":
            syns.add(rec["type"][len(P.PREFIX):])
    for s in syns:
        if s in deny["syntaxes"] or s in bad:
            errs.append("earlier syntax: " + s)
        for t in s.split("_"):
            if t in tools:
                errs.append("earlier tool token %r in syntax %s" % (t, s))
    ideas = earlier_idea_tokens(deny)
    encs = set(enc272.ENC) | {r["encoding"] for r in data["evasions"]}
    for e in encs:
        for t in e.split("_"):
            if fold(t) in ideas:
                errs.append("earlier idea token %r in encoding %s" % (t, e))
    codes = set(deny["language_codes"]) | {c for c, _ in PR.HAND_LANGUAGES}
    lnames = set(deny["language_names"]) | {n.lower() for _, n in PR.HAND_LANGUAGES}
    used_codes = {r["container"].split("__")[1] for r in data["secrets"] if r["source"] == "prose"}
    for code, name in [(l[0], l[1]) for l in PR.L] + PR.SPARES:
        if code in codes or code in bad:
            errs.append("deny-listed language code " + code)
        if name.lower() in lnames or any(w in lnames for w in re.split(r"[\s\-]+", name.lower())):
            errs.append("deny-listed language name " + name)
    for code in used_codes:
        if code in codes or code in bad:
            errs.append("deny-listed language code in a record " + code)
    return errs


# ---------------------------------------------------------------------------

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

JSON_EVERYDAY = {"tank_room_homebridge_config_json", "depuration_dotnet_user_secrets_json", "harvest_app_dart_define_json",
                 "ops_chef_data_bag_json", "dev_jupyter_notebook_ipynb", "office_trello_card_json", "office_facebook_messenger_json"}
TOML_EVERYDAY = {"salinity_logger_circuitpython_settings_toml", "analytics_streamlit_secrets_toml", "cold_store_telegraf_conf"}
XML_EVERYDAY = {"workboat_traccar_xml", "office_sms_backup_xml", "office_ods_content_xml", "office_pptx_slide_xml",
                "office_hocr_whiteboard_scan", "ops_windows_task_scheduler_xml"}
JSON_STYLES = {"ops_portainer_stack_env_json", "dev_postman_environment_json", "dev_jetbrains_http_client_private_env_json",
               "dev_terraform_credentials_tfrc_json", "dev_netlify_cli_config_json", "dev_particle_cli_json", "office_keeper_json_export"}
JSON_AFTER_CMD = {"ops_azure_webapp_appsettings_json", "ops_lambda_function_configuration_json"}
TOML_STYLES = {"ops_fly_toml_env_section", "dev_mise_toml_env", "iot_influx_cli_configs_toml", "ops_gitlab_runner_config_toml"}
CSV_STYLES = {"office_nordpass_csv_export": 20, "office_apple_passwords_csv_export": 6}


def container_ok(rec):
    v = rec["secrets"][0]["value"]
    t = rec["text"]
    c = rec["container"]
    try:
        if rec["source"] == "everyday":
            if c in JSON_EVERYDAY:
                d = json.loads(t)
                return v in json.dumps(d, ensure_ascii=False)
            if c in TOML_EVERYDAY:
                d = tomllib.loads(t)
                return v in json.dumps(d, ensure_ascii=False)
            if c in XML_EVERYDAY:
                x = re.sub(r"^<\?xml[^>]*\?>\s*", "", t)
                root = ET.fromstring(x)
                blob = " ".join(list(root.itertext()) + [a for el in root.iter() for a in el.attrib.values()])
                return v in blob
            return True
        if rec["source"] == "vendor":
            style = c.split("__")[1]
            if style in JSON_STYLES:
                return v in json.dumps(json.loads(t), ensure_ascii=False)
            if style in JSON_AFTER_CMD:
                return v in json.dumps(json.loads(t.split("\n", 1)[1]), ensure_ascii=False)
            if style in TOML_STYLES:
                return v in json.dumps(tomllib.loads(t), ensure_ascii=False)
            if style in CSV_STYLES:
                rows = list(csv.reader(io.StringIO(t)))
                return all(len(rw) == CSV_STYLES[style] for rw in rows) and v in rows[1]
            return True
        if rec["source"] == "password" and c.startswith("chrome_recorder_change_step_value"):
            return any(s.get("value") == v for s in json.loads(t)["steps"])
    except Exception:
        return False
    return True


def span_ok(rec):
    sp = rec["secrets"][0]
    return rec["text"][sp["start"]:sp["end"]] == sp["value"]


def run_checks(data, ctx):
    errs = []
    S, EVR, NG = data["secrets"], data["evasions"], data["negatives"]
    # ids and fields
    for key, pre, recs in (("secrets", "s", S), ("evasions", "e", EVR), ("negatives", "n", NG)):
        for i, rec in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, pre, i + 1)
            if rec.get("id") != want:
                errs.append("%s id %s != %s" % (key, rec.get("id"), want))
    for rec in S:
        if list(rec) != POS_FIELDS:
            errs.append("positive fields " + rec.get("id", "?"))
            continue
        if len(rec["secrets"]) != 1:
            errs.append("span count " + rec["id"])
            continue
        sp = rec["secrets"][0]
        if list(sp) != POS_SPAN:
            errs.append("span fields " + rec["id"])
        if rec["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("source " + rec["id"])
    for rec in EVR:
        if list(rec) != EV_FIELDS or len(rec["secrets"]) != 1 or list(rec["secrets"][0]) != EV_SPAN:
            errs.append("evasion fields/spans " + rec.get("id", "?"))
            continue
        if rec["source"] != "evasion" or rec["secrets"][0]["encoding"] != rec["encoding"]:
            errs.append("evasion source/encoding " + rec["id"])
        if rec["container"] != rec["encoding"] + "__" + rec["container"].split("__")[-1]:
            errs.append("evasion container " + rec["id"])
    for rec in NG:
        if list(rec) != NEG_FIELDS or rec["source"] != "negative":
            errs.append("negative fields " + rec.get("id", "?"))
    if errs:
        return errs
    # spans
    for rec in S + EVR:
        sp = rec["secrets"][0]
        if not span_ok(rec):
            errs.append("span text mismatch " + rec["id"])
        if sp["type"] != rec["type"]:
            errs.append("span type != record type " + rec["id"])
        if rec["text"].count(sp["value"]) != 1:
            errs.append("value not exactly once " + rec["id"])
        if sp["value"] != sp["value"].strip() or not sp["value"]:
            errs.append("outer whitespace " + rec["id"])
    # counts
    ev = [r for r in S if r["source"] == "everyday"]
    vd = [r for r in S if r["source"] == "vendor"]
    pw = [r for r in S if r["source"] == "password"]
    pr = [r for r in S if r["source"] == "prose"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds must be 45 x 4 different types")
    from collections import Counter
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday type balance %s" % dict(tc))
    vt = {r["type"] for r in vd}
    if not (110 <= len(vd) <= 130) or len(vt) != len(vd):
        errs.append("vendor count %d / %d types" % (len(vd), len(vt)))
    styles = {s[0] for s in V.STYLES}
    for r in vd:
        t, _, st = r["container"].partition("__")
        if t != r["type"] or st not in styles:
            errs.append("vendor container " + r["id"])
    if not (100 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("positional count %d" % len(pw))
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose must be 40 in 40 languages")
    if not (440 <= len(S) <= 470):
        errs.append("positives total %d" % len(S))
    if len(EVR) != 66:
        errs.append("evasions %d" % len(EVR))
    encs = Counter(r["encoding"] for r in EVR)
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("evasion encodings must be 22 x 3")
    for e in encs:
        rs = [r for r in EVR if r["encoding"] == e]
        if len({r["type"] for r in rs}) != 3 or len({r["container"].split("__")[1] for r in rs}) != 3:
            errs.append("encoding %s must appear once per type and wording" % e)
    nc = Counter(r["class"] for r in NG)
    if len(NG) < 200 or len(nc) < 20 or min(nc.values()) < 10:
        errs.append("negatives %d in %d classes" % (len(NG), len(nc)))
    if len({r["text"] for r in NG}) != len(NG):
        errs.append("repeated negative text")
    srcsets = {}
    for r in S:
        srcsets.setdefault(r["source"], set()).add(r["type"])
    srcsets["evasion"] = {r["type"] for r in EVR}
    ks = list(srcsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcsets[ks[i]] & srcsets[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    # shapes
    for r in ev:
        if not E.check_value(r["type"], r["secrets"][0]["value"], ctx["pubkeys"]):
            errs.append("everyday shape " + r["id"] + " " + r["type"])
    for r in vd:
        if r["type"] not in V.INFO or not V.check_value(r["type"], r["secrets"][0]["value"], ctx["vctx"]):
            errs.append("vendor shape " + r["id"] + " " + r["type"])
    for r in pw + pr:
        if not C.is_password(r["secrets"][0]["value"], strict=True):
            errs.append("strict password form " + r["id"])
    for r in pw:
        low = r["text"].lower()
        if any(w in low for w in P.BANNED) or re.search(r"(?<![a-z0-9])pw(?![a-z0-9])", low):
            errs.append("hint word in positional text " + r["id"])
    for r in pr:
        sp = r["secrets"][0]
        t = r["text"]
        if sp["start"] == 0 or sp["end"] >= len(t) or not t[sp["start"] - 1].isspace() or not t[sp["end"]].isspace():
            errs.append("prose value not set off by whitespace " + r["id"])
    for r in S:
        sp = r["secrets"][0]
        for m in C.PW_FORM_IN_TEXT.finditer(r["text"]):
            if not (m.start() >= sp["start"] and m.end() <= sp["end"]):
                errs.append("stray password form %r in %s" % (m.group(0), r["id"]))
    for r in S:
        if not container_ok(r):
            errs.append("container syntax " + r["id"] + " " + r["container"])
    # evasions
    tnames = [t[0] for t in EV.TYPES]
    for r in EVR:
        sp = r["secrets"][0]
        j = tnames.index(r["type"]) if r["type"] in tnames else -1
        if j < 0 or not EV.check_plain(j, sp["plain"]):
            errs.append("evasion plain shape " + r["id"])
        if sp["plain"] in sp["value"]:
            errs.append("run contains plain " + r["id"])
        try:
            if dec272.decode(r["encoding"], sp["value"]) != sp["plain"]:
                errs.append("evasion does not decode " + r["id"])
        except Exception as ex:
            errs.append("evasion decoder failed %s: %s" % (r["id"], ex))
        t = r["text"]
        before = t[:sp["start"]]
        after = t[sp["end"]:]
        rule = enc272.ENC.get(r["encoding"], (None, "\x00", None))[1]
        if not before.endswith(":\n") or rule not in before or not after.startswith("\n") or "\n" in after[1:] or not after[1:].strip():
            errs.append("evasion layout " + r["id"])
        if C.PW_FORM_IN_TEXT.search(t):
            errs.append("password form in evasion text " + r["id"])
    # reuse and leaks
    alltexts = [(r["id"], r["text"]) for r in S + EVR + NG]
    values = [(r["id"], r["secrets"][0]["value"]) for r in S + EVR]
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in EVR]
    for vid, v in values:
        for tid, t in alltexts:
            if tid != vid and v in t:
                errs.append("value of %s appears in %s" % (vid, tid))
    for vid, p in plains:
        for tid, t in alltexts:
            if p in t:
                errs.append("plain of %s appears in %s" % (vid, tid))
    vtext = {r["type"]: r["text"] for r in vd}
    for nb, t in ctx["neighbours"]:
        if vtext.get(t, "").count(nb) != 1:
            errs.append("neighbour not exactly once in its text: " + t)
    negtexts = [r["text"] for r in NG]
    regs = [s for s in ctx["registry"] if len(s) >= 6]
    for r in NG:
        t = r["text"]
        if any(s in t for s in regs):
            errs.append("registered string in negative " + r["id"])
        if C.PW_FORM_IN_TEXT.search(t):
            errs.append("password form in negative " + r["id"])
        if C.JWT_RE.search(t):
            errs.append("JWT-shaped string in negative " + r["id"])
    for tid, t in alltexts:
        if C.bad_uuids(t):
            errs.append("non-v4 UUID in " + tid)
    for r in S + EVR:
        for m in C.JWT_RE.finditer(r["text"]):
            tok = m.group(0)
            ok = (tok in ctx["pubkeys"] and C.jwt_es256_verify(ctx["pubkeys"][tok], tok)) or C.jwt_hs256_verify(ctx["vctx"]["hskey"], tok)
            if not ok:
                errs.append("JWT-shaped string that does not verify in " + r["id"])
    errs += check_negative_classes(NG, ctx)
    errs += check_denylist(ctx["deny"], data)
    return errs


def check_negative_classes(NG, ctx):
    errs = []
    for r in NG:
        t, cls = r["text"], r["class"]
        if cls == "imo_and_mmsi_vessel_identifiers":
            for m in re.findall(r"(?<![0-9])([89][0-9]{6})(?![0-9])", t):
                if C.imo_check(m[:6]) != m[6]:
                    errs.append("IMO check " + r["id"])
        elif cls == "nordic_buyer_payment_reference_numbers":
            for m in re.findall(r"Reference: ([0-9 ]+?)  EUR", t):
                s = m.replace(" ", "")
                if C.ref731_check(s[:-1]) != s[-1]:
                    errs.append("7-3-1 reference " + r["id"])
            for m in re.findall(r"RF[0-9]{2}[0-9]+", t):
                if not C.iso11649_ok(m):
                    errs.append("RF reference " + r["id"])
            for m in re.findall(r",([1-9][0-9]{6,12}),", t):
                if C.ref731_check(m[:-1]) != m[-1]:
                    errs.append("7-3-1 column " + r["id"])
        elif cls == "trade_journal_issn_numbers":
            for a, b in re.findall(r"ISSN ([0-9]{4})-([0-9]{3}[0-9X])", t):
                s = a + b
                if C.issn_check(s[:7]) != s[7]:
                    errs.append("ISSN " + r["id"])
        elif cls == "public_tray_labels_passing_own_checks":
            for m in re.findall(r"TRY-([0-9]{10})", t):
                if C.ref731_check(m[:-1]) != m[-1]:
                    errs.append("tray label " + r["id"])
            for body, ck in re.findall(r"LOT-([A-Z0-9]{10})-([0-9a-f]{4})", t):
                if C.rfc1071(body.encode()) != int(ck, 16):
                    errs.append("bag lot " + r["id"])
        elif cls == "ipv4_header_internet_checksums":
            m = re.search(r"0x0000:  ([0-9a-f ]+)\n\t0x0010:  ([0-9a-f ]+)\n", t)
            hx = (m.group(1) + m.group(2)).replace(" ", "") if m else re.search(r"Bytes: ([0-9a-f ]+)\n", t).group(1).replace(" ", "")
            if C.rfc1071(bytes.fromhex(hx)) != 0:
                errs.append("IPv4 checksum " + r["id"])
        elif cls == "p256_public_keys_and_jwks":
            pts = []
            if "BEGIN PUBLIC KEY" in t:
                b = "".join(t.split("-----BEGIN PUBLIC KEY-----\n")[1].split("-----END")[0].split())
                der = base64.b64decode(b)
                if der[:len(N.SPKI_P256)] != N.SPKI_P256 or der[len(N.SPKI_P256)] != 4:
                    errs.append("SPKI frame " + r["id"])
                raw = der[len(N.SPKI_P256) + 1:]
                pts.append((int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")))
            else:
                body = t[t.index("{"):]
                for k in json.loads(body)["keys"]:
                    pts.append((int.from_bytes(C.b64u_dec(k["x"]), "big"), int.from_bytes(C.b64u_dec(k["y"]), "big")))
            if not pts or not all(C.p256_on_curve(p) for p in pts):
                errs.append("P-256 point " + r["id"])
        elif cls == "django_pbkdf2_and_argon2_hashes":
            for h in re.findall(r"pbkdf2_sha256\$[0-9]+\$[A-Za-z0-9]+\$[A-Za-z0-9+/=]+", t):
                if h not in ctx["pbkdf2"]:
                    errs.append("unknown pbkdf2 hash " + r["id"])
                    continue
                pwb, salt, it = ctx["pbkdf2"][h]
                if base64.b64encode(hashlib.pbkdf2_hmac("sha256", pwb, salt.encode(), it)).decode() != h.split("$")[3]:
                    errs.append("pbkdf2 recompute " + r["id"])
        elif cls == "own_layout_check_failures":
            codes = re.findall(r"(GVL-[A-Z]{4}-[ST][0-9]{7}[A-Z]|DRC-[0-9]{13}|KGA-[0-9]{11}|tpx_[A-Za-z0-9]{32}_[0-9a-f]{4})", t)
            if not codes:
                errs.append("no fixture codes " + r["id"])
            for cd in codes:
                tname = {"GVL": "grader_vision_nric_licence", "DRC": "depuration_batch_731_release_code",
                         "KGA": "kiln_gateway_tckn_activation_code", "tpx": "traceability_rfc1071_api_key"}[cd[:3]]
                if E.check_value(tname, cd, {}):
                    errs.append("fixture passes its check " + r["id"])
        elif cls == "genuine_shellfish_quiz_answer_sheets":
            pairs = re.findall(r"Q\d\. ([^:]+\)): (.*)\n    Answer: (\d+)", t) + re.findall(r"\d\) ([^:]+\)): (.*)  ->  (\d+)", t)
            if not pairs:
                errs.append("no puzzles " + r["id"])
            for title, unit, ans in pairs:
                fam = N.TITLE_TO_FAMILY.get(title)
                if fam is None or dec272.decode_unit(fam, unit) != int(ans):
                    errs.append("puzzle answer wrong " + r["id"])
    return errs


# ---------------------------------------------------------------------------
# mutation tests: each corrupts a deep copy and must add an error


def _first(data, key, pred):
    for rec in data[key]:
        if pred(rec):
            return rec
    raise KeyError


def mutations():
    M = []

    def m(name):
        def deco(fn):
            M.append((name, fn))
            return fn
        return deco

    @m("m01_shifted_span_start")
    def _(d, c):
        d["secrets"][5]["secrets"][0]["start"] += 1

    @m("m02_value_removed_from_its_text")
    def _(d, c):
        r = d["secrets"][9]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"]] + "X" * (sp["end"] - sp["start"]) + r["text"][sp["end"]:]

    @m("m03_value_reused_in_another_text")
    def _(d, c):
        d["secrets"][30]["text"] += "\n# " + d["secrets"][31]["secrets"][0]["value"]

    @m("m04_positive_value_in_a_negative")
    def _(d, c):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    @m("m05_evasion_plain_corrupted")
    def _(d, c):
        sp = d["evasions"][4]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("A" if sp["plain"][-1] != "A" else "B")

    @m("m06_deny_listed_container")
    def _(d, c):
        d["secrets"][0]["container"] = "office_jira_issue_comment_text"

    @m("m07_deny_listed_negative_class")
    def _(d, c):
        d["negatives"][0]["class"] = "storefront_publishable_client_keys"

    @m("m08_deny_listed_encoding")
    def _(d, c):
        r = d["evasions"][0]
        r["container"] = "egg_box_mix_ways__" + r["container"].split("__")[1]
        r["encoding"] = "egg_box_mix_ways"
        r["secrets"][0]["encoding"] = "egg_box_mix_ways"

    @m("m09_negatives_below_200")
    def _(d, c):
        del d["negatives"][150:]

    @m("m10_deny_listed_prose_language")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    @m("m11_nric_letter_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "grader_vision_nric_licence")
        _replace_value(r, r["secrets"][0]["value"][:-1] + ("A" if r["secrets"][0]["value"][-1] != "A" else "B"))

    @m("m12_ref731_digit_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "depuration_batch_731_release_code")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))

    @m("m13_tckn_pair_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "kiln_gateway_tckn_activation_code")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-1] + str((int(v[-1]) + 3) % 10))

    @m("m14_rfc1071_tail_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "traceability_rfc1071_api_key")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    @m("m15_es256_signature_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "tank_telemetry_es256_device_jwt")
        v = r["secrets"][0]["value"]
        nv = v[:-3] + ("AAA" if v[-3:] != "AAA" else "BBB")
        c["pubkeys"][nv] = c["pubkeys"][v]
        _replace_value(r, nv)

    @m("m16_django_key_wrong_length")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "bookings_django_secret_key")
        _replace_value(r, r["secrets"][0]["value"][:-1])

    @m("m17_non_v4_uuid_in_a_negative")
    def _(d, c):
        d["negatives"][7]["text"] += " request 6f1c2d3e-aaaa-1bbb-8ccc-0123456789ab"

    @m("m18_two_spans")
    def _(d, c):
        d["secrets"][3]["secrets"].append(dict(d["secrets"][3]["secrets"][0]))

    @m("m19_earlier_syntax_name")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["source"] == "password")
        r["type"] = P.PREFIX + "sqlcmd_capital_p_after_capital_u"
        r["secrets"][0]["type"] = r["type"]

    @m("m20_id_out_of_sequence")
    def _(d, c):
        d["negatives"][10]["id"] = "p272-n-0999"

    @m("m21_vendor_shape_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "shippo_live_api_token")
        _replace_value(r, r["secrets"][0]["value"] + "g")

    @m("m22_evasion_plain_leaked_into_a_text")
    def _(d, c):
        d["secrets"][40]["text"] += "\n" + d["evasions"][10]["secrets"][0]["plain"]

    @m("m23_hint_word_in_a_positional_text")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["source"] == "password")
        r["text"] = "# password below\n" + r["text"]
        r["secrets"][0]["start"] += 17
        r["secrets"][0]["end"] += 17

    @m("m24_prose_value_not_set_off")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["source"] == "prose")
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    @m("m25_password_form_in_a_negative")
    def _(d, c):
        d["negatives"][20]["text"] += "\nspare: kelpie-2019"

    @m("m26_json_container_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["container"] == "tank_room_homebridge_config_json")
        r["text"] = r["text"].replace("{", "(", 1)
        sp = r["secrets"][0]

    @m("m27_jwt_shaped_string_in_a_negative")
    def _(d, c):
        d["negatives"][30]["text"] += "\neyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"

    @m("m28_evasion_layout_broken")
    def _(d, c):
        r = d["evasions"][12]
        r["text"] = r["text"].replace(":\n", ": ", 1)
        r["secrets"][0]["start"] -= 0

    @m("m29_ipv4_checksum_broken_in_a_negative")
    def _(d, c):
        r = _first(d, "negatives", lambda x: x["class"] == "ipv4_header_internet_checksums" and "Bytes: " in x["text"])
        r["text"] = re.sub(r"Bytes: 45 00", "Bytes: 45 01", r["text"])

    @m("m30_repeated_negative_text")
    def _(d, c):
        d["negatives"][1]["text"] = d["negatives"][0]["text"]

    @m("m31_everyday_type_balance_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "depuration_uv_tank_panel_password")
        r["type"] = "oyster_grader_operator_password"
        r["secrets"][0]["type"] = r["type"]

    @m("m32_run_contains_plain")
    def _(d, c):
        r = d["evasions"][20]
        sp = r["secrets"][0]
        _replace_value(r, sp["value"] + " " + sp["plain"])

    @m("m33_earlier_tool_token_in_a_syntax_name")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["source"] == "password")
        r["type"] = P.PREFIX + "tmux_send_keys_literal_pane"
        r["secrets"][0]["type"] = r["type"]

    @m("m34_earlier_idea_token_in_an_encoding")
    def _(d, c):
        r = d["evasions"][0]
        r["container"] = "oyster_huffman_code_lengths__" + r["container"].split("__")[1]
        r["encoding"] = r["secrets"][0]["encoding"] = "oyster_huffman_code_lengths"

    @m("m35_fixture_passes_its_check")
    def _(d, c):
        r = _first(d, "negatives", lambda x: x["class"] == "own_layout_check_failures")
        b = "123456789012"
        r["text"] += "\n    \"DRC-%s%s\"," % (b, C.ref731_check(b))

    @m("m36_stray_password_form_in_a_positive")
    def _(d, c):
        d["secrets"][2]["text"] += "\n# old: winkle_Tank4\n"

    @m("m37_pbkdf2_hash_broken")
    def _(d, c):
        r = _first(d, "negatives", lambda x: x["class"] == "django_pbkdf2_and_argon2_hashes" and "pbkdf2_sha256$" in x["text"])
        r["text"] = re.sub(r"(pbkdf2_sha256\$[0-9]+\$[A-Za-z0-9]+\$)([A-Za-z0-9+/])", lambda mm: mm.group(1) + ("A" if mm.group(2) != "A" else "B"), r["text"], count=1)

    @m("m38_hs256_signature_broken")
    def _(d, c):
        r = _first(d, "secrets", lambda x: x["type"] == "supabase_service_role_jwt")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-2] + ("AA" if v[-2:] != "AA" else "BB"))

    return M


def _replace_value(r, nv):
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["value"] = nv
    sp["end"] = sp["start"] + len(nv)


def run_mutations(data, ctx, base_errs):
    base = set(base_errs)
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        c = dict(ctx)
        c["pubkeys"] = dict(ctx["pubkeys"])
        try:
            fn(d, c)
            errs = run_checks(d, c)
        except Exception as ex:   # a crash in the checks counts as caught only if it is an error report
            errs = ["checks raised %s" % ex]
        caught = bool(set(errs) - base)
        results.append((name, caught))
    return results
