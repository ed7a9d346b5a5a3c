"""Negatives: texts from the same world that contain no secret at all."""
import base64
import binascii
import functools
import hashlib
import random

import common270 as C
import everyday270 as E
import world270 as W

WRAPPERS = ["", "__pasted_into_jira_comment", "__sent_over_telegram", "__pinned_to_weighbridge_corkboard",
            "__attached_to_confluence_page"]


def wrap(w, rng, text):
    if w == "":
        return text
    if w == "__pasted_into_jira_comment":
        return "Pasting the reference data here so it is on the ticket (nothing sensitive in it):\n{noformat}\n%s{noformat}\n" % text
    if w == "__sent_over_telegram":
        return "[%02d.%02d.25 %02d:%02d] %s:\n%s(public info, fine to share with the drivers)\n" % (
            rng.randrange(1, 29), rng.randrange(3, 12), rng.randrange(6, 18), rng.randrange(60), rng.choice(W.PEOPLE), text)
    if w == "__pinned_to_weighbridge_corkboard":
        return "PINNED TO THE WEIGHBRIDGE CORK BOARD - reference only, no codes or logins on this sheet\n%s" % text
    return "Attachment preview (page: Site reference data)\n%sThis attachment contains no credentials.\n" % text


def d8(rng):
    return "2025-%02d-%02d" % (rng.randrange(3, 12), rng.randrange(1, 29))


def tm(rng):
    return "%02d:%02d:%02d" % (rng.randrange(5, 19), rng.randrange(60), rng.randrange(60))


# ------------------------------------------------------------------ identifiers with real checks
def s10(rng):
    d = C.pick(rng, C.DIGITS, 8)
    return "%s%s%sGB" % (rng.choice(["RB", "CP", "LX", "VV", "EE", "RR"]), d, C.s10_check(d))


def uic(rng):
    d = rng.choice(["31", "33", "37"]) + "70" + C.pick(rng, C.DIGITS, 7)
    c = C.uic_check(d)
    return "%s %s %s %s-%s" % (d[:2], d[2:4], d[4:8], d[8:11], c)


def n_s10_log(rng):
    out = "despatch label batch %s (bulk bags, Tregarrow web shop)\n" % d8(rng)
    for _ in range(rng.randrange(3, 6)):
        out += "%s  printed  %s  order SHOP-%05d  %s\n" % (tm(rng), s10(rng), rng.randrange(10 ** 4, 10 ** 5),
                                                            rng.choice(["granite chippings 20 mm", "silver sand 850 kg",
                                                                        "cobbles 1 t", "setts 40 per bag"]))
    return out


def n_s10_csv(rng):
    out = "consignment,service,postcode,weight_kg\n"
    for _ in range(rng.randrange(3, 6)):
        out += "%s,%s,%s %d%s,%d.%d\n" % (s10(rng), rng.choice(["Tracked 48", "Tracked 24", "Special Delivery"]),
                                         rng.choice(["TR1", "PL25", "EX4", "BS3", "LS6"]), rng.randrange(1, 9),
                                         C.pick(rng, "ABDEFGHJLNPQRSTUWXYZ", 2), rng.randrange(5, 30), rng.randrange(10))
    return out


def n_uic_list(rng):
    out = "Railhead loading list - Hollinsby siding, train 6M%02d, %s\n" % (rng.randrange(10, 99), d8(rng))
    for i in range(rng.randrange(3, 6)):
        out += "%2d  %s  loaded %d.%d t  ballast %s\n" % (i + 1, uic(rng), rng.randrange(60, 80), rng.randrange(10),
                                                       rng.choice(["31.5 to 50 mm", "track ballast", "40 mm clean"]))
    return out


def n_uic_inspect(rng):
    out = "Wagon examination sheet %s (examiner %s)\n" % (d8(rng), rng.choice(W.PEOPLE))
    for _ in range(rng.randrange(2, 5)):
        out += "wagon %s  brakes OK  doors %s  tare %d.%d t\n" % (uic(rng), rng.choice(["OK", "sticking", "OK"]),
                                                                 rng.randrange(22, 27), rng.randrange(10))
    return out


# ------------------------------------------------------------------ hashes
BCRYPT_ALPHA = "./" + C.UPPER + C.LOWER + C.DIGITS


def bcrypt_like(rng):
    return "$2a$12$" + C.pick(rng, BCRYPT_ALPHA, 53)


KEPT = {"scrypt": {}, "git": {}}


def werkzeug_scrypt(rng):
    salt = C.pick(rng, C.ALNUM, 16)
    secret_in = C.rbytes(rng, 18)
    dk = hashlib.scrypt(secret_in, salt=salt.encode(), n=32768, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=64)
    h = "scrypt:32768:8:1$%s$%s" % (salt, dk.hex())
    KEPT["scrypt"][h] = secret_in
    return h


@functools.lru_cache(maxsize=None)
def _scrypt_hex(secret_in, salt):
    return hashlib.scrypt(secret_in, salt=salt.encode(), n=32768, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=64).hex()


def scrypt_ok(h):
    if h not in KEPT["scrypt"]:
        return False
    _, salt, hx = h.split("$")
    return _scrypt_hex(KEPT["scrypt"][h], salt) == hx


def n_devise_dump(rng):
    out = "dispatch_production=> SELECT id, email, encrypted_password FROM users LIMIT 3;\n id |               email                |                  encrypted_password\n----+------------------------------------+--------------------------------------------------------------\n"
    for i in range(rng.randrange(2, 4)):
        p = rng.choice(W.PEOPLE)
        out += " %2d | %-34s | %s\n" % (rng.randrange(1, 90), W.email(p, "brackenrigg"), bcrypt_like(rng))
    return out


def n_werkzeug(rng):
    out = "username,email,password_hash\n"
    for _ in range(rng.randrange(1, 3)):
        p = rng.choice(W.PEOPLE)
        out += "%s,%s,%s\n" % (p.split()[0].lower(), W.email(p, "hollinsby"), werkzeug_scrypt(rng))
    return out


# ------------------------------------------------------------------ git and lockfiles
def commit_sha(rng, parent, author, msg, ts):
    tree = C.pick(rng, C.HEXL, 40)
    body = "tree %s\n%sauthor %s <%s> %d +0100\ncommitter %s <%s> %d +0100\n\n%s\n" % (
        tree, ("parent %s\n" % parent) if parent else "", author, W.email(author), ts, author, W.email(author), ts, msg)
    raw = ("commit %d\x00" % len(body.encode())).encode() + body.encode()
    sha = hashlib.sha1(raw).hexdigest()
    KEPT["git"][sha] = raw
    return sha


def n_git_log(rng):
    msgs = ["Fix deck 2 tare rounding", "Add lagoon level alarm", "Bump Rails to 7.1.3", "Retry ticket push on 503",
            "Tidy ePOD photo upload", "Show haul cycle times on dashboard", "Log blast vibration imports"]
    parent = None
    ts = 1746000000 + rng.randrange(10 ** 6)
    lines = []
    for m in rng.sample(msgs, rng.randrange(3, 6)):
        a = rng.choice(W.PEOPLE)
        ts += rng.randrange(600, 90000)
        sha = commit_sha(rng, parent, a, m, ts)
        lines.append("%s %s %s" % (sha, a, m))
        parent = sha
    return "$ git log --format='%H %an %s' -n 5\n" + "\n".join(reversed(lines)) + "\n"


def n_lockfiles(rng):
    out = "# go.sum (weighsync)\n"
    for mod in rng.sample(["github.com/goburrow/modbus v0.1.0", "github.com/tarm/serial v0.0.0-20180830185346-98f6abe2eb07",
                           "golang.org/x/sys v0.19.0", "github.com/gopcua/opcua v0.5.3"], 2):
        out += "%s h1:%s\n" % (mod, base64.b64encode(hashlib.sha256(C.rbytes(rng, 40)).digest()).decode())
    out += "\n# Cargo.lock (gate backend)\n[[package]]\nname = \"serialport\"\nversion = \"4.3.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n" % hashlib.sha256(C.rbytes(rng, 40)).hexdigest()
    return out


# ------------------------------------------------------------------ public keys
def ssh_ed25519(rng):
    pub = C.ed25519_public(C.rbytes(rng, 32))
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def n_known_hosts(rng):
    out = "# ~/.ssh/known_hosts (ops laptop)\n"
    for h in rng.sample(W.HOSTS, rng.randrange(2, 4)):
        out += "%s %s\n" % (h, ssh_ed25519(rng))
    out += "# authorized_keys on the lagoon Pi\n%s %s@benchface\n" % (ssh_ed25519(rng), rng.choice(["hester", "lars", "emeka"]))
    return out


def n_wg_peers(rng):
    out = "# peers of the site VPN (public keys only)\n"
    for name in rng.sample(["lagoon-pi", "wb-kiosk", "crusher-hmi", "dispatch-office"], rng.randrange(2, 4)):
        pub = base64.b64encode(C.x25519_base(C.rbytes(rng, 32))).decode()
        out += "[Peer]\n# %s\nPublicKey = %s\nAllowedIPs = 10.170.%d.0/24\nPersistentKeepalive = 25\n\n" % (
            name, pub, rng.randrange(1, 40))
    return out


# ------------------------------------------------------------------ publishable keys
def n_checkout_js(rng):
    clerk = "pk_live_" + base64.b64encode(b"clerk.tregarrow-granite.example$").decode()
    return ("// public/js/checkout-config.js - publishable values only\nwindow.SHOP_CONFIG = {\n  stripePublishableKey: 'pk_live_51%s',\n"
            "  clerkPublishableKey: '%s',\n  currency: 'gbp',\n};\n" % (C.pick(rng, C.ALNUM, 97), clerk))


def n_search_widget(rng):
    return ("<!-- product search on the bulk-bag shop (search-only key, public by design) -->\n<script>\n"
            "  const search = algoliasearch('%s', '%s');\n  Sentry.init({ dsn: 'https://%s@o%d.ingest.de.sentry.io/%d' });\n</script>\n"
            % (C.pick(rng, C.UPALNUM, 10), C.pick(rng, C.HEXL, 32), C.pick(rng, C.HEXL, 32), rng.randrange(10 ** 5, 10 ** 6),
               rng.randrange(10 ** 15, 10 ** 16)))


# ------------------------------------------------------------------ placeholders
def key_upper(t):
    return C.style_key(E.TYPE_BY_NAME[t][1], "upper")


def key_camel(t):
    return C.style_key(E.TYPE_BY_NAME[t][1], "camel")


def n_compose(rng):
    ts = rng.sample([t[0] for t in E.TYPES], 3)
    out = "services:\n  weighsync:\n    image: registry.benchface.example/weighsync:3.2\n    environment:\n"
    for t in ts:
        out += "      %s: ${%s:?set it in .env on the host}\n" % (key_upper(t), key_upper(t))
    return out


def n_helm_example(rng):
    ts = rng.sample([t[0] for t in E.TYPES], 3)
    out = "# values.example.yaml - copy to values.yaml; real values come from the external secret store\nenv:\n"
    for t in ts:
        out += "  %s: \"\"   # %s\n" % (key_camel(t), rng.choice(["set with --set", "from ExternalSecret", "leave empty locally"]))
    return out


# ------------------------------------------------------------------ masked / filtered
def n_rails_log(rng):
    return ("I, [%sT%s.%06d #%d]  INFO -- : [%s] Started POST \"/users/sign_in\" for %s\n"
            "I, [%sT%s.%06d #%d]  INFO -- : [%s]   Parameters: {\"authenticity_token\"=>\"[FILTERED]\", \"user\"=>{\"email\"=>\"%s\", "
            "\"password\"=>\"[FILTERED]\", \"remember_me\"=>\"0\"}, \"commit\"=>\"Log in\"}\n"
            % (d8(rng), tm(rng), rng.randrange(10 ** 6), rng.randrange(1000, 9999), C.uuid4(rng), W.ip(rng),
               d8(rng), tm(rng), rng.randrange(10 ** 6), rng.randrange(1000, 9999), C.uuid4(rng),
               W.email(rng.choice(W.PEOPLE), "brackenrigg")))


def n_sentry_filtered(rng):
    return ("{\"event_id\": \"%s\", \"level\": \"error\", \"request\": {\"url\": \"https://tickets.scarthwaite-quarry.example/api/v2/sync\", "
            "\"headers\": {\"X-Weighbridge-Sync-Api-Token\": \"[Filtered]\", \"User-Agent\": \"WeighSync/3.2\"}}, "
            "\"extra\": {\"deck\": %d, \"db_url\": \"[Filtered]\", \"card_key_hint\": \"sk_live_%s%s\"}}\n"
            % (C.pick(rng, C.HEXL, 32), rng.randrange(1, 3), "*" * 24, C.pick(rng, C.ALNUM, 4)))


# ------------------------------------------------------------------ pointers
def n_op_refs(rng):
    ts = rng.sample([t[0] for t in E.TYPES], 3)
    out = "# .env.tpl - resolved at start-up by `op run --env-file=.env.tpl`\n"
    for t in ts:
        out += "%s=op://Quarry/%s/%s\n" % (key_upper(t), t.split("_")[0] + "-" + t.split("_")[1], rng.choice(["credential", "token", "value"]))
    return out


def n_cfn_refs(rng):
    acct = "%012d" % rng.randrange(10 ** 11, 10 ** 12)
    return ("Environment:\n  Variables:\n    WEIGHSYNC_TOKEN: '{{resolve:ssm-secure:/quarry/prod/weighsync/api-token:%d}}'\n"
            "    DISPATCH_KEY_BASE: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-2:%s:secret:quarry/prod/dispatch-%s:SecretString:key_base}}'\n"
            % (rng.randrange(1, 9), acct, C.pick(rng, C.ALNUM, 6)))


# ------------------------------------------------------------------ ciphertexts
def n_ansible_vault(rng):
    inner = (C.pick(rng, C.HEXL, 64) + "\n" + C.pick(rng, C.HEXL, 64) + "\n" + C.pick(rng, C.HEXL, 32 * rng.randrange(3, 6))).encode()
    hx = binascii.hexlify(inner).decode()
    lines = [hx[i:i + 80] for i in range(0, len(hx), 80)]
    return "# group_vars/quarry/vault.yml (encrypted; the vault key is on the ops laptops)\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


def n_age_blob(rng):
    hdr = "age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (
        C.b64url_nopad(C.rbytes(rng, 32)).replace("-", "+").replace("_", "/"),
        base64.b64encode(C.rbytes(rng, 32)).decode().rstrip("="),
        base64.b64encode(C.rbytes(rng, 32)).decode().rstrip("="))
    raw = hdr.encode() + C.rbytes(rng, rng.randrange(90, 200))
    b = base64.b64encode(raw).decode()
    return ("# nightly tickets export, encrypted to the backup recipient\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n"
            % "\n".join(b[i:i + 64] for i in range(0, len(b), 64)))


# ------------------------------------------------------------------ docs
def n_api_docs(rng):
    v = rng.choice([("Samsara", "https://api.samsara.com/fleet/vehicles", "SAMSARA_API_TOKEN", "samsara_api_ followed by 30 letters and digits"),
                    ("Webfleet.connect", "https://csv.webfleet.com/extern?action=showObjectReportExtern", "WEBFLEET_API_KEY", "a UUID"),
                    ("DroneDeploy", "https://www.dronedeploy.com/graphql", "DRONEDEPLOY_API_KEY", "32 lower-case letters and digits")])
    return ("## Authentication (%s)\n\n```bash\ncurl -H \"Authorization: Bearer $%s\" \\\n     \"%s\"\n```\n\n"
            "Replace `$%s` with your own key; keys look like %s. Never commit them.\n" % (v[0], v[2], v[1], v[2], v[3]))


def n_sdk_table(rng):
    rows = rng.sample([("TICKET_API", "yes", "base URL of the ticketing API"),
                       ("WEIGHBRIDGE_SYNC_API_TOKEN", "yes", "token issued by the ticketing API (starts with wbs_)"),
                       ("TIPPER_TABLET_ACTIVATION_CODE", "no", "TTA- code printed on the tablet box, entered once"),
                       ("DRONE_SURVEY_UPLOAD_TOKEN", "yes", "macaroon issued by the survey service"),
                       ("LOG_LEVEL", "no", "info, debug or warn")], 4)
    out = "| variable | required | description |\n|---|---|---|\n"
    for r in rows:
        out += "| `%s` | %s | %s |\n" % r
    return out + "\nSet these in the environment or in `.env`; the repository holds no values.\n"


# ------------------------------------------------------------------ prose
INDUCTION = [
    "Every visitor signs in at the weighbridge office. The office PC is locked whenever the operator leaves the window, "
    "and its login is never written on the ticket printer, the whiteboard or the back of a delivery note.",
    "Keypad codes for the magazine and the fuel bowser are changed after every shot-firer or fitter leaves the company. "
    "Ask the quarry manager for the current code in person; it is never sent by text or radio.",
    "Drivers get their own tablet sign-in on the first day. Do not share it with agency drivers; dispatch will issue "
    "them a temporary one that expires at the end of the shift.",
    "If you think someone has seen a password, tell the office straight away so it can be changed. Nobody will be in "
    "trouble for reporting it.",
    "Passwords for the crusher and wash plant panels are kept in the company password manager, not in the cab, the "
    "canteen or the lab.",
]


def n_induction(rng):
    paras = rng.sample(INDUCTION, 3)
    return "SITE INDUCTION - IT AND SECURITY (%s)\n\n%s\n" % (rng.choice(["Scarthwaite", "Hollinsby", "Tregarrow"]),
                                                           "\n\n".join(paras))


HANDBOOK = [
    "Your tablet sign-in is personal. Lock the tablet before you leave the cab at the tip.",
    "Dispatch will never ask for your sign-in over the radio or by text.",
    "Proof-of-delivery photos must show the ticket number, not your screen.",
    "Report a lost tablet the same day; it is wiped remotely and you get a new sign-in.",
    "Do not keep codes on sticky notes on the dashboard.",
]


def n_handbook(rng):
    return "Brackenrigg driver handbook, section 7 (tablets and sign-ins)\n- " + "\n- ".join(rng.sample(HANDBOOK, 4)) + "\n"


# ------------------------------------------------------------------ own layouts with broken checks
def bad_cf26(rng):
    body = C.pick(rng, C.UPALNUM, 15)
    good = C.cf26_check(body)
    bad = rng.choice([c for c in C.UPPER if c != good])
    return "CTL-%s-%s-%s-%s" % (body[:5], body[5:10], body[10:], bad)


def bad_sdbm(rng):
    body = C.pick(rng, C.ALNUM, 30)
    h = C.sdbm(body) ^ (1 << rng.randrange(32))
    return "wbs_%s_%08x" % (body, h)


def bad_abn(rng):
    d = C.abn_complete(C.pick(rng, C.DIGITS, 9))
    last = str((int(d[-1]) + rng.randrange(1, 10)) % 10)
    d = d[:-1] + last
    return "TTA-%s-%s-%s-%s" % (d[:2], d[2:5], d[5:8], d[8:])


def n_validator_tests(rng):
    vals = [bad_cf26(rng), bad_sdbm(rng), bad_abn(rng)]
    out = "# tests/test_codes.py - every fixture has a deliberately wrong check character\nimport pytest\nfrom quarry.codes import is_valid\n\n@pytest.mark.parametrize('code', [\n"
    for v in vals:
        out += "    '%s',\n" % v
    return out + "])\ndef test_rejects_bad_check(code):\n    assert not is_valid(code)\n"


def n_reject_log(rng):
    out = ""
    for _ in range(rng.randrange(2, 4)):
        v = rng.choice([bad_cf26, bad_abn, bad_sdbm])(rng)
        out += "%s %s WARN activation rejected code=%s reason=check_failed\n" % (d8(rng), tm(rng), v)
    return out


# ------------------------------------------------------------------ public labels passing the same checks
def n_nameplates(rng):
    out = "Crusher spares - nameplate references (public part numbers)\n"
    for _ in range(rng.randrange(2, 4)):
        body = C.pick(rng, C.UPALNUM, 15)
        out += "LNR %s %s\n" % (body, C.cf26_check(body))
    abn = C.abn_complete(C.pick(rng, C.DIGITS, 9))
    out += "Supplier: Ballarat Screens Pty Ltd, ABN %s %s %s %s\n" % (abn[:2], abn[2:5], abn[5:8], abn[8:])
    return out


def n_asset_register(rng):
    out = "asset_tag,description,location\n"
    for _ in range(rng.randrange(3, 5)):
        body = C.pick(rng, C.ALNUM, 12)
        out += "AT-%s-%08x,%s,%s\n" % (body, C.sdbm(body), rng.choice(["belt weigher", "deck load cell", "dust monitor",
                                                                      "lagoon sounder"]),
                                      rng.choice(["Scarthwaite", "Hollinsby"]))
    return out


# ------------------------------------------------------------------ tickets, blasts, CAN, lab, survey
PRODUCTS = ["20 mm clean limestone", "Type 1 sub-base", "6F2 recycled", "40 mm scalpings", "dust 0/4",
            "10 mm shingle", "armour stone 1-3 t", "sharp sand"]


def vrm(rng):
    return "%s%02d %s" % (C.pick(rng, "ABCDEFGHKLMNOPRSVWY", 2), rng.choice([19, 20, 21, 22, 23, 24, 70, 71, 72, 73]),
                          C.pick(rng, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3))


def n_ticket(rng):
    g = rng.randrange(30000, 44000)
    tare = rng.randrange(12000, 16000)
    return ("SCARTHWAITE QUARRY - WEIGHBRIDGE TICKET (REPRINT)\nTicket %d   Deck %d   %s %s\nVehicle %s   Haulier Brackenrigg\n"
            "Product %s\nGross %d kg   Tare %d kg   Net %d kg\n" % (rng.randrange(40000, 60000), rng.randrange(1, 3), d8(rng),
                                                              tm(rng), vrm(rng), rng.choice(PRODUCTS), g, tare, g - tare))


def n_tonnage(rng):
    out = "Daily tonnage summary %s\nproduct, loads, tonnes\n" % d8(rng)
    for p in rng.sample(PRODUCTS, 4):
        out += "%s, %d, %d.%d\n" % (p, rng.randrange(3, 40), rng.randrange(80, 900), rng.randrange(10))
    return out


def n_blast(rng):
    return ("BLAST RECORD  Scarthwaite bench %d  shot %d/%d  %s\nHoles %d  depth %d.%d m  burden 3.2 m  spacing 3.8 m\n"
            "Explosive ANFO %d kg, emulsion %d kg   MIC %d.%d kg   initiation: shock tube, 25/42 ms\n"
            "Shot-firer %s   exclusion zone cleared %s\n" % (
                rng.randrange(1, 5), rng.randrange(1, 60), rng.choice([24, 25]), d8(rng), rng.randrange(20, 60),
                rng.randrange(12, 18), rng.randrange(10), rng.randrange(2000, 6000), rng.randrange(200, 900),
                rng.randrange(40, 90), rng.randrange(10), rng.choice(W.PEOPLE), tm(rng)))


def n_vibration(rng):
    return ("Event report - monitor BE%05d at Kilnsey Lane\nTrigger %s %s   PPV  T %d.%02d  V %d.%02d  L %d.%02d mm/s\n"
            "Peak vector sum %d.%02d mm/s at %d Hz   Air overpressure %d.%d dB(L)\n" % (
                rng.randrange(10 ** 4, 10 ** 5), d8(rng), tm(rng), rng.randrange(0, 6), rng.randrange(100),
                rng.randrange(0, 6), rng.randrange(100), rng.randrange(0, 6), rng.randrange(100), rng.randrange(1, 9),
                rng.randrange(100), rng.randrange(6, 40), rng.randrange(100, 125), rng.randrange(10)))


def n_candump(rng):
    out = "$ candump -l can0   (tipper T%02d, J1939)\n" % rng.randrange(1, 33)
    ts = 1746000000 + rng.randrange(10 ** 6)
    for _ in range(rng.randrange(4, 7)):
        out += "(%d.%06d) can0 %s#%s\n" % (ts, rng.randrange(10 ** 6), rng.choice(["18FEF100", "0CF00400", "18FEEE00", "18FEF200"]),
                                          C.pick(rng, C.HEXU, 16))
    return out


def n_codec8(rng):
    out = "raw AVL packets from the trackers (Codec 8, hex)\n"
    for _ in range(rng.randrange(2, 4)):
        out += "00000000%08X08%s\n" % (rng.randrange(60, 200), C.pick(rng, C.HEXU, rng.randrange(60, 110)))
    return out


def n_sieve(rng):
    out = "Sieve analysis BS EN 933-1  sample %s  (%s)\nsieve mm, passing %%\n" % (
        "SCW-%05d" % rng.randrange(10 ** 4, 10 ** 5), rng.choice(PRODUCTS))
    pct = 100
    for s in [40, 31.5, 20, 14, 10, 6.3, 4, 2, 0.063]:
        out += "%s, %d\n" % (s, pct)
        pct = max(0, pct - rng.randrange(3, 25))
    return out


def n_dop(rng):
    return ("Declaration of Performance No. SCW-DoP-%03d\nProduct: %s to BS EN 13242\nNotified body: %d\n"
            "Los Angeles coefficient LA%d   Flakiness FI%d   Water absorption WA24 %d\n" % (
                rng.randrange(1, 200), rng.choice(PRODUCTS), rng.choice([86, 1120, 2797]), rng.choice([25, 30, 35]),
                rng.choice([20, 35, 50]), rng.choice([1, 2])))


def n_gcp(rng):
    out = "name,easting,northing,height\n"
    for i in range(rng.randrange(4, 7)):
        out += "GCP%02d,%d.%03d,%d.%03d,%d.%03d\n" % (i + 1, rng.randrange(480000, 482000), rng.randrange(1000),
                                                    rng.randrange(352000, 354000), rng.randrange(1000),
                                                    rng.randrange(8, 20), rng.randrange(1000))
    return out


def n_volumes(rng):
    out = "Stockpile volumes, Hollinsby, flight %s\n" % d8(rng)
    for p in rng.sample(["20 mm", "10 mm", "sand", "oversize", "scalpings"], 3):
        out += "%-10s %d.%d m3   %d t at 1.6 t/m3\n" % (p, rng.randrange(800, 9000), rng.randrange(10), rng.randrange(1200, 14000))
    return out


def traceparent(rng):
    return "00-%s-%s-01" % (C.pick(rng, C.HEXL, 32), C.pick(rng, C.HEXL, 16))


def n_gateway_log(rng):
    out = ""
    for _ in range(rng.randrange(2, 4)):
        out += "%sT%sZ %s %s %d request_id=%s traceparent=%s\n" % (
            d8(rng), tm(rng), rng.choice(["GET", "POST"]), rng.choice(["/v2/jobs", "/v2/pod", "/api/v2/tickets"]),
            rng.choice([200, 201, 204, 404]), C.uuid4(rng), traceparent(rng))
    return out


def n_otel(rng):
    return ("{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"%s\", \"spanId\": \"%s\", \"parentSpanId\": \"%s\", "
            "\"name\": \"POST /v2/pod\", \"attributes\": [{\"key\": \"http.request.header.x-request-id\", \"value\": {\"stringValue\": \"%s\"}}]}]}]}]}\n"
            % (C.pick(rng, C.HEXL, 32), C.pick(rng, C.HEXL, 16), C.pick(rng, C.HEXL, 16), C.uuid4(rng)))


def n_puzzles(rng):
    items = [
        "Runoff poll for the canteen pie (4:Steak>Cheese>Veg 3:Cheese>Veg>Steak 2:Veg>Cheese>Steak): nobody has more than "
        "half of the 9 votes, Veg drops out, its two votes go to Cheese, so Cheese wins 5 to 4.",
        "Picture-puzzle row '10: 7': the block can start at squares 1 to 4, so squares 4 to 7 are filled in every "
        "placement - answer 4.",
        "Tachograph day 'D120 B15 D90 B30 D60': the 15 and the 30 make a split break, so only the last 60 minutes count.",
        "Sorting drill 'numbers 9 4 7; swaps 1-2 2-3 1-2; read 1': after the swaps the row is 4 7 9, so place 1 holds 4.",
        "North-west corner 'pits 30 20; sites 25 25; ask 2-2': pit 1 sends 25 to site 1 and 5 to site 2, pit 2 sends 20 "
        "to site 2 - answer 20.",
        "Look-then-leap round 'look 2: 40 55 50 61 58': the best of the first two is 55, so the applicant with 61 is taken.",
    ]
    return "Last week's brainteaser answers\n- " + "\n- ".join(rng.sample(items, 3)) + "\n"


def n_quiz_marked(rng):
    items = [
        "Q1 Sump log 'on 60 off 20: 30 65 40 18 70': the pump starts at 65 and at 70, total 135. Correct.",
        "Q2 Padlock range '1110-1130': 1111 to 1119 and 1122 to 1129 qualify (1110, 1120, 1121 and 1130 do not) - 17 in all. Correct.",
        "Q3 Autoscaler 'start 4, target 50%: 100': four copies double to eight. Correct.",
        "Q4 Load check 'tickets: T01 T01 T02; dockets: T01 T02 T02': 2 x 1 + 1 x 2 = 4 pairs. Correct.",
        "Q5 Batten '10: 3': marks 0, 3 and 10 give distances 3, 7 and 10 - three different ones. Correct.",
    ]
    return "Toolbox talk quiz - marked by %s\n%s\n" % (rng.choice(W.PEOPLE), "\n".join(rng.sample(items, 3)))


def n_vehicle_check(rng):
    return ("Daily walk-round check  %s  vehicle %s (fleet T%02d)\nOdometer %d km   AdBlue ok   tyres ok   tacho unit %s\n"
            "Operator licence %s   driver card DB%02d%09d%02d\n" % (
                d8(rng), vrm(rng), rng.randrange(1, 33), rng.randrange(100000, 700000), C.pick(rng, C.UPALNUM, 10),
                "OB%07d" % rng.randrange(10 ** 6, 10 ** 7), rng.randrange(1, 99), rng.randrange(10 ** 8, 10 ** 9),
                rng.randrange(1, 9)))


def n_fleet_list(rng):
    out = "fleet,registration,type,gvw_t\n"
    for _ in range(rng.randrange(3, 6)):
        out += "T%02d,%s,%s,%d\n" % (rng.randrange(1, 40), vrm(rng), rng.choice(["8-wheel tipper", "artic bulker",
                                                                                  "grab lorry"]), rng.choice([32, 44]))
    return out


CLASSES = [
    ("bulk_bag_parcel_s10_tracking", "UPU S10 parcel tracking numbers (real check digit, weights 8 6 4 2 3 5 9 7) on bulk-bag despatches",
     [("despatch_label_batch_log", n_s10_log), ("courier_manifest_csv", n_s10_csv)]),
    ("ballast_wagon_uic_numbers", "UIC wagon numbers (real self-check digit) on ballast trains",
     [("railhead_loading_list", n_uic_list), ("wagon_inspection_sheet", n_uic_inspect)]),
    ("app_login_bcrypt_scrypt_hashes", "one-way hashes: bcrypt strings (random in frame) and real Werkzeug scrypt hashes of discarded random inputs",
     [("dispatch_users_table_dump", n_devise_dump), ("werkzeug_user_export_csv", n_werkzeug)]),
    ("git_object_ids_and_lockfile_sums", "real SHA-1 commit ids of constructed commit objects, go.sum h1 and Cargo.lock SHA-256 sums of random bytes",
     [("git_log_commit_listing", n_git_log), ("go_sum_and_cargo_lock_excerpt", n_lockfiles)]),
    ("ssh_and_wireguard_public_keys", "public keys: real Ed25519 points in SSH wire format and real X25519 WireGuard peer keys",
     [("known_hosts_and_authorized_keys", n_known_hosts), ("wireguard_peer_sections", n_wg_peers)]),
    ("storefront_publishable_client_keys", "public by design: Stripe and Clerk publishable keys (Clerk with its real Base64 frame), Algolia search-only keys, Sentry DSNs",
     [("shop_checkout_js_config", n_checkout_js), ("search_widget_html", n_search_widget)]),
    ("helm_and_compose_placeholder_values", "this corpus's own key names with ${VAR:?} interpolations and empty values",
     [("compose_env_interpolation_file", n_compose), ("helm_values_example_yaml", n_helm_example)]),
    ("rails_filtered_parameter_logs", "Rails [FILTERED] parameter logging, Sentry [Filtered] fields and a masked key hint keeping four characters",
     [("rails_production_log_filtered", n_rails_log), ("sentry_event_filtered_fields", n_sentry_filtered)]),
    ("secret_reference_uris", "pointers, not values: op:// references and CloudFormation dynamic references",
     [("onepassword_op_references_env", n_op_refs), ("cloudformation_dynamic_references", n_cfn_refs)]),
    ("ansible_vault_and_age_ciphertexts", "ciphertexts whose key is elsewhere: ansible-vault files and armored age files (random in frame)",
     [("ansible_vault_encrypted_file", n_ansible_vault), ("age_armored_backup_blob", n_age_blob)]),
    ("vendor_api_docs_placeholders", "documentation with $VARIABLES and shape descriptions of the trade's own APIs",
     [("telematics_api_docs_curl", n_api_docs), ("sdk_readme_configuration_table", n_sdk_table)]),
    ("site_induction_it_prose", "induction and handbook prose about passwords, codes and sign-ins, with no value",
     [("quarry_induction_booklet_page", n_induction), ("haulier_driver_handbook_section", n_handbook)]),
    ("own_layout_decoys_failing_checks", "this corpus's own CTL-, wbs_ and TTA- layouts with a wrong codice-fiscale letter, sdbm tail or ABN digit",
     [("licence_validator_test_cases", n_validator_tests), ("activation_code_reject_log", n_reject_log)]),
    ("check_passing_public_asset_tags", "public part numbers and asset tags that pass the positives' check algorithms under other prefixes",
     [("crusher_part_nameplates", n_nameplates), ("weighbridge_asset_register", n_asset_register)]),
    ("weighbridge_ticket_printouts", "weighbridge tickets and tonnage summaries",
     [("ticket_reprint_text", n_ticket), ("daily_tonnage_summary", n_tonnage)]),
    ("blast_record_sheets", "blast records and vibration monitor event reports",
     [("shotfirer_blast_record", n_blast), ("vibration_monitor_event_report", n_vibration)]),
    ("tipper_canbus_and_tracker_frames", "J1939 CAN frames and raw tracker packets (hex)",
     [("candump_log_excerpt", n_candump), ("codec8_raw_hex_packets", n_codec8)]),
    ("aggregate_lab_test_certificates", "sieve analyses and declarations of performance",
     [("sieve_analysis_report", n_sieve), ("declaration_of_performance_extract", n_dop)]),
    ("stockpile_survey_control_points", "ground control points and stockpile volume reports",
     [("gcp_coordinates_csv", n_gcp), ("volume_report_summary", n_volumes)]),
    ("trace_and_request_identifiers", "UUIDv4 request ids, W3C traceparent headers and OpenTelemetry trace and span ids",
     [("api_gateway_access_log_ids", n_gateway_log), ("otel_span_export_json", n_otel)]),
    ("canteen_brainteaser_answer_sheets", "genuine puzzles of this corpus's evasion families with worked answers, carrying nothing",
     [("brainteaser_answers_page", n_puzzles), ("toolbox_quiz_marked", n_quiz_marked)]),
    ("tipper_fleet_identifiers", "registration marks, fleet numbers, operator licence and driver-card style numbers (no check claimed)",
     [("walk_round_check_sheet", n_vehicle_check), ("fleet_list_export", n_fleet_list)]),
]


def build(reg, forbidden, seed=27006, per_kind=5):
    """forbidden: function(text) -> list of problems; a negative is redrawn until it has none."""
    rng = random.Random(seed)
    KEPT["scrypt"].clear()
    KEPT["git"].clear()
    recs = []
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for w in WRAPPERS[:per_kind]:
                for _ in range(100):
                    text = wrap(w, rng, fn(rng))
                    if text in seen or forbidden(text):
                        continue
                    break
                else:
                    raise RuntimeError("no clean negative for %s" % kname)
                seen.add(text)
                recs.append({"class": cname, "container": kname + w, "text": text, "source": "negative"})
    return recs
