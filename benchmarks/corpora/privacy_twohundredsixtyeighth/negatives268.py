"""Negatives of p268: 20 classes x 11 records from the same world; none holds a
secret.  Identifiers carry real check digits, digests and HMACs are real."""
import base64
import hashlib
import hmac
import json
import random

import common268 as C
import world268 as W

SEED = 26806
SEED_HMAC = 26861
WRAPPERS = ["", "__forwarded_in_outlook_thread", "__pinned_in_slack_canvas", "__laminated_on_tannery_noticeboard",
            "__attached_to_freshdesk_ticket"]
PER_CLASS = 11
PBKDF2_ITER = 260000


def hmac_key():
    return C.rbytes(random.Random(SEED_HMAC), 32)


def wrap(r, w, body):
    if w == "":
        return body
    if w == "__forwarded_in_outlook_thread":
        return ("From: %s\nSent: %d March 2024 %02d:%02d\nSubject: FW: for the file\n\nForwarding for the records. "
                "Reference copy only - nothing in it can be used to log in anywhere.\n\n-----Original Message-----\n%s") % (
            W.person(r), r.randint(1, 28), r.randint(8, 17), r.randint(0, 59), body)
    if w == "__pinned_in_slack_canvas":
        return "📌 Pinned in #tanyard-ops (canvas)\nReference only, no logins or keys in here.\n---\n%s" % body
    if w == "__laminated_on_tannery_noticeboard":
        return "[laminated sheet, yard noticeboard]\n%s\n(This sheet holds no logins. Ask Setting-Out Software for access.)" % body
    if w == "__attached_to_freshdesk_ticket":
        return ("Ticket #%d - attachment text\nThe customer sent the text below; support checked it and it holds no "
                "credentials.\n\n%s") % (r.randint(1000, 9999), body)
    raise ValueError(w)


def _digits(r, n):
    return "".join(r.choice(C.DIGITS) for _ in range(n))


# 1 GTIN / SSCC --------------------------------------------------------------
PRODUCTS = ["Bridle butt, London colour", "Harness back, 4.5 mm", "Saddle skirt side", "Latigo side, burgundy",
            "Vellum skin, calf, 600 x 450", "Goat parchment, natural", "Dubbin tin 200 ml", "Oak-bark sole bend",
            "Russet shoulder", "Chamois skin, large"]


def gtin13(r):
    body = "50" + _digits(r, 10)
    return body + C.gs1_check(body)


def sscc18(r):
    body = str(r.randint(0, 9)) + "50" + _digits(r, 14)
    return body + C.gs1_check(body)


def n_gtin_feed(r):
    rows = ["sku,title,gtin,price_gbp"]
    for _ in range(r.randint(3, 5)):
        rows.append("CP-%d,%s,%s,%d.%02d" % (r.randint(1000, 9999), r.choice(PRODUCTS).replace(",", ""), gtin13(r),
                                            r.randint(8, 300), r.randint(0, 99)))
    return "# Carrow & Pell product feed for the marketplace\n" + "\n".join(rows) + "\n"


def n_sscc(r):
    lines = ["Pallet labels printed %s (GS1-128)" % ("2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)))]
    for _ in range(r.randint(3, 5)):
        lines.append("(00)%s  to %s  %d hides" % (sscc18(r), r.choice(["Walsall", "Colyton", "Northampton", "Leeds"]), r.randint(20, 200)))
    return "\n".join(lines) + "\n"


# 2 CAS ----------------------------------------------------------------------
CHEMS = [("sodium sulfide", "1313-82-2"), ("calcium hydroxide", "1305-62-0"), ("chromium(III) sulfate", "10101-53-8"),
         ("ammonium sulfate", "7783-20-2"), ("sodium chloride", "7647-14-5"), ("formic acid", "64-18-6"),
         ("sodium bicarbonate", "144-55-8"), ("tannic acid", "1401-55-4"), ("glutaraldehyde", "111-30-8"),
         ("sulfuric acid", "7664-93-9"), ("sodium carbonate", "497-19-8"), ("sodium sulfate", "7757-82-6"),
         ("sodium hydroxide", "1310-73-2"), ("hydrogen peroxide", "7722-84-1"), ("sodium metabisulfite", "7681-57-4")]


def n_chem_register(r):
    rows = ["substance,cas_no,store,kg_on_hand"]
    for name, cas in r.sample(CHEMS, r.randint(3, 5)):
        rows.append("%s,%s,%s,%d" % (name, cas, r.choice(["beamhouse", "tanyard", "chem store"]), r.randint(5, 900)))
    return "# Brackwater chemical stock register (COSHH)\n" + "\n".join(rows) + "\n"


def n_sds(r):
    name, cas = r.choice(CHEMS)
    return ("SAFETY DATA SHEET\nSECTION 1: Identification of the substance\n1.1 Product identifier: %s\n"
            "CAS No.: %s\nEC No.: %d-%03d-%d\n1.2 Relevant uses: leather tanning, %s\n") % (
        name, cas, r.randint(200, 299), r.randint(0, 999), r.randint(0, 9), r.choice(["liming", "pickling", "deliming"]))


# 3 LEI / VAT ----------------------------------------------------------------
def lei(r):
    base = r.choice(["2138", "2549", "5493", "9845"]) + "00" + C.rand_str(r, C.UPPER_ALNUM, 12)
    return C.lei_with_check(base)


def n_supplier_master(r):
    rows = ["supplier,lei,vat_number,terms"]
    for name in r.sample(["Silvateam UK", "Colyton Bark Ltd", "Midland Hide Traders", "Chem-Tan Supplies",
                          "Northern Lime Co", "Pumice & Pounce Ltd"], r.randint(2, 4)):
        rows.append("%s,%s,GB%s,30 days" % (name, lei(r), C.uk_vat_make(r)))
    return "# supplier master data export (Dolibarr)\n" + "\n".join(rows) + "\n"


def n_invoice_footer(r):
    return ("%s Ltd, registered in England and Wales no. %s\nVAT registration GB %s\nLEI %s\n"
            "Payment within 30 days, quote the invoice number.\n") % (
        r.choice(["Hidesmoor Hide & Skin Co-operative", "Carrow & Pell Curriers", "Lunellum Parchment & Vellum Works"]),
        _digits(r, 8), C.uk_vat_make(r), lei(r))


# 4 VIN ----------------------------------------------------------------------
def n_fleet(r):
    rows = ["reg,vin,make,use"]
    for _ in range(r.randint(2, 4)):
        reg = "%s%s%d %s" % (r.choice("ABDFGHKLMNOPRSVWY"), r.choice("ABCDEFGHKLMNPRSTVWXY"), r.randint(10, 74),
                             C.rand_str(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3))
        wmi, make = r.choice([("WF0", "Ford Transit"), ("VF1", "Renault Master"), ("WDB", "Mercedes Sprinter"),
                              ("VF7", "Citroen Relay"), ("ZFA", "Fiat Ducato")])
        rows.append("%s,%s,%s,%s" % (reg, C.make_vin(r, wmi), make, r.choice(["hide collection", "deliveries", "abattoir round"])))
    return "# Hidesmoor fleet register\n" + "\n".join(rows) + "\n"


def n_mot(r):
    return ("Subject: MOT due for your van\n\nThe MOT for vehicle %s%d %s (VIN %s) runs out on %d %s.\n"
            "Book at the Honiton test centre.\n") % (
        r.choice(["WK", "WA", "FY", "OU"]), r.randint(15, 73), C.rand_str(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3),
        C.make_vin(r, r.choice(["WF0", "VF1", "WDB"])), r.randint(1, 28), r.choice(["May", "June", "July"]))


# 5 digests ------------------------------------------------------------------
def n_image_pin(r):
    d = hashlib.sha256(C.rbytes(r, 64)).hexdigest()
    return ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: grading\nspec:\n  template:\n    spec:\n"
            "      containers:\n        - name: grading\n          image: registry.settingout.example/grading@sha256:%s\n") % d


def n_sri(r):
    out = []
    for name in r.sample(["cart.js", "swatches.js", "vendor.min.js", "fonts.css"], 2):
        d = base64.b64encode(hashlib.sha384(C.rbytes(r, 80)).digest()).decode()
        out.append("<script src=\"https://cdn.carrowpell.example/%s\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % (name, d))
    return "\n".join(out) + "\n"


# 6 hashes -------------------------------------------------------------------
def n_django_users(r):
    salt = C.rand_str(r, C.ALNUM, 22)
    dk = hashlib.pbkdf2_hmac("sha256", C.rbytes(r, 12), salt.encode(), PBKDF2_ITER)
    h = "pbkdf2_sha256$%d$%s$%s" % (PBKDF2_ITER, salt, base64.b64encode(dk).decode())
    return ("saddlery=# select id, username, password, is_staff from auth_user limit 1;\n"
            " id | username | password | is_staff\n----+----------+----------+---------\n %d | %s | %s | t\n(1 row)\n") % (
        r.randint(1, 90), r.choice(["agnes", "fergal", "esi", "kenji"]), h)


def n_argon(r):
    lines = []
    for u in r.sample(["obinna", "rhiannon", "mateusz", "sunita", "yusuf"], 2):
        salt = base64.b64encode(C.rbytes(r, 16)).decode().rstrip("=")
        hsh = base64.b64encode(C.rbytes(r, 32)).decode().rstrip("=")
        lines.append("%s:$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (u, salt, hsh))
    return "# hide portal users export (argon2id)\n" + "\n".join(lines) + "\n"


# 7 public keys --------------------------------------------------------------
def n_age(r):
    lines = ["# backup recipients (public keys, safe to share)"]
    for who in r.sample(["nas-yard", "agnes-laptop", "offsite-box", "kenji-laptop"], 2):
        lines.append("# %s\n%s" % (who, C.bech32_encode("age", C.rbytes(r, 32))))
    return "\n".join(lines) + "\n"


def n_minisign(r):
    key = base64.b64encode(b"Ed" + C.rbytes(r, 8) + C.rbytes(r, 32)).decode()
    return ("untrusted comment: minisign public key %s\n%s\n\nVerify downloads of the grading tool with:\n"
            "minisign -Vm grading-%d.%d.tar.gz -p grading.pub\n") % (C.rand_str(r, C.HEX_UP, 16), key, r.randint(1, 4), r.randint(0, 9))


# 8 publishable ids ----------------------------------------------------------
def n_checkout_cfg(r):
    return ("// public checkout config (safe to ship to the browser)\nwindow.checkoutConfig = {\n"
            "  squareApplicationId: 'sq0idp-%s',\n  paypalClientId: 'A%s',\n  adyenClientKey: 'live_%s',\n"
            "  hcaptchaSiteKey: '%s',\n  turnstileSiteKey: '0x4AAAAAAA%s',\n};\n") % (
        C.rand_str(r, C.ALNUM, 22), C.rand_str(r, C.B64URL, 79), C.rand_str(r, C.UPPER_ALNUM, 32), C.uuid4(r),
        C.rand_str(r, C.B64URL, 14))


def n_map_widget(r):
    mid = C.b64u(json.dumps({"u": "hidesmoor", "a": "cl" + C.rand_str(r, C.LOWER_ALNUM, 23)}, separators=(",", ":")).encode())
    tail = C.rand_str(r, C.B64URL, 22)
    while tail.startswith("eyJ"):
        tail = C.rand_str(r, C.B64URL, 22)
    return ("<div id=\"collection-map\"></div>\n<script>\n  // public token, URL-restricted to hidesmoor.example\n"
            "  mapboxgl.accessToken = 'pk.%s.%s';\n</script>\n") % (mid, tail)


# 9 placeholders -------------------------------------------------------------
OWN_KEYS = ["STRIPE_RESTRICTED_LIVE_KEY", "CURRIER_STOCK_KEY", "BEAMHOUSE_SERVICE_TOKEN", "PARCHMENT_ORDERS_TOKEN",
            "SADDLERY_SHOP_SECRET_KEY", "EFFLUENT_DASHBOARD_SECRET_KEY_BASE", "SHIPPO_LIVE_API_TOKEN",
            "MEASURING_MACHINE_LICENCE", "ELEVENLABS_API_KEY", "GITLAB_PIPELINE_TRIGGER_TOKEN"]


def n_gha_secrets(r):
    keys = r.sample(OWN_KEYS, 3)
    env = "\n".join("      %s: ${{ secrets.%s }}" % (k, k) for k in keys)
    return "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n%s\n    steps:\n      - run: ./deploy.sh\n" % env


def n_tf_vars(r):
    out = []
    for k in r.sample(OWN_KEYS, 2):
        out.append("variable \"%s\" {\n  type      = string\n  sensitive = true\n  # set in the CI, never in git\n}\n" % k.lower())
    return "\n".join(out)


# 10 masked ------------------------------------------------------------------
def n_redacted_reply(r):
    return ("Hi %s,\n\nthanks for sending the config. For your safety we removed the values before logging the ticket:\n"
            "STRIPE_RESTRICTED_LIVE_KEY=rk_live_****************************%s\nCURRIER_STOCK_KEY=[redacted]\n"
            "BEAMHOUSE_SERVICE_TOKEN=********\n\nPlease rotate them anyway.\n") % (W.first_name(r), C.rand_str(r, C.ALNUM, 4))


def n_masked_dashboard(r):
    rows = []
    for name, pre in [("Shippo", "shippo_live_"), ("EasyPost", "EZAK"), ("Postmark", ""), ("ElevenLabs", "sk_")]:
        rows.append("%-10s %s••••••••%s   created %s" % (name, pre, C.rand_str(r, C.HEX, 4), "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))))
    return "API keys (only the last four characters are shown)\n" + "\n".join(rows) + "\n"


# 11 pointers ----------------------------------------------------------------
def n_gcp_refs(r):
    proj = r.choice(["hidesmoor-prod", "lunellum-orders", "brackwater-ops"])
    return ("# values are resolved at start-up from Secret Manager\nenv:\n"
            "  SHIPPO_LIVE_API_TOKEN: sm://%s/shippo-live/latest\n"
            "  BEAMHOUSE_SERVICE_TOKEN: projects/%s/secrets/beamhouse-token/versions/%d\n") % (proj, proj, r.randint(1, 9))


def n_kamal_fetch(r):
    return ("# .kamal/secrets - no values here, everything comes from Bitwarden Secrets Manager\n"
            "SECRETS=$(kamal secrets fetch --adapter bitwarden-sm %s/%s)\n"
            "CURRIER_STOCK_KEY=$(kamal secrets extract CURRIER_STOCK_KEY $SECRETS)\n"
            "SADDLERY_SHOP_SECRET_KEY=$(kamal secrets extract SADDLERY_SHOP_SECRET_KEY $SECRETS)\n") % (C.uuid4(r), C.uuid4(r))


# 12 ciphertexts -------------------------------------------------------------
def _b64(r, n):
    return base64.b64encode(C.rbytes(r, n)).decode()


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (_b64(r, n), _b64(r, 32), _b64(r, 16))
    return ("shippo_live_api_token: %s\ncurrier_stock_key: %s\nsops:\n    age:\n        - recipient: %s\n"
            "    lastmodified: \"2024-%02d-%02dT10:12:44Z\"\n    mac: %s\n    version: 3.8.1\n") % (
        enc(52), enc(38), C.bech32_encode("age", C.rbytes(r, 32)), r.randint(1, 12), r.randint(1, 28), enc(32))


def n_jasypt(r):
    return ("# application-prod.properties (Jasypt, key from the JASYPT_ENCRYPTOR environment)\n"
            "grading.db.url=jdbc:postgresql://%s/grading\ngrading.api.token=ENC(%s)\n") % (W.ip(r), _b64(r, 48))


# 13 docs --------------------------------------------------------------------
def n_quickstart(r):
    return ("## Quick start (%s API, v%d.%d)\n\n1. Ask %s at Setting-Out Software for a stock key. It looks like "
            "`csk_XXXXXXXXXXXXXXXXXXXXXXXXXXXX.xxxx`.\n2. Put it in your environment:\n\n```\nexport CURRIER_STOCK_KEY=<your-stock-key>\n"
            "curl -H \"Authorization: Bearer $CURRIER_STOCK_KEY\" https://%s/v%d/lots?limit=%d\n```\n\n"
            "3. Licence codes for the measuring machine have the form `LMM-XXXXXXXXXXXXXXXXX` (17 characters).\n") % (
        r.choice(["stock", "grading", "orders"]), r.randint(1, 3), r.randint(0, 9), W.person(r),
        r.choice(["stock.carrowpell.example", "api.hidesmoor.example"]), r.randint(1, 3), r.choice([10, 25, 50, 100]))


def n_env_table(r):
    rows = [("PARCHMENT_ORDERS_TOKEN", "`v2.local.<token>`", "from the orders admin page"),
            ("BEAMHOUSE_SERVICE_TOKEN", "`<five dot-separated parts>`", "issued per machine"),
            ("SADDLERY_SHOP_SECRET_KEY", "`xxxxxxxx...` (50 characters)", "generate with Django"),
            ("EFFLUENT_DASHBOARD_SECRET_KEY_BASE", "`<64 characters>`", "mix phx.gen.secret"),
            ("SHIPPO_LIVE_API_TOKEN", "`shippo_live_<40 hex>`", "Shippo dashboard, API page"),
            ("MEASURING_MACHINE_LICENCE", "`LMM-XXXXXXXXXXXXXXXXX`", "printed on the dongle box")]
    pick = r.sample(rows, r.randint(3, 5))
    return "Environment for the %s service (%s)\n\n| variable | example | notes |\n|---|---|---|\n%s\n" % (
        r.choice(["orders", "grading", "stock", "beamhouse"]), "rev %d" % r.randint(2, 40),
        "\n".join("| %s | %s | %s |" % x for x in pick))


# 14 prose -------------------------------------------------------------------
PROSE = [
    "Every login in the tannery is personal. Do not write passwords on the drum panels, on the pit boards or on the "
    "back of hide tickets; if you forget yours, ask the office to reset it.",
    "Passwords for the fleshing machine and the liming drum are changed when a member of staff leaves. The new ones "
    "are never sent by WhatsApp or e-mail; they are given in person.",
    "When a supplier asks for our portal login on the phone, say no. Real suppliers never need it.",
    "The herse room kiosk locks itself after ten minutes. Unlock it with your own code, not somebody else's.",
    "API keys for the shop live in the secret store, not in the code and not in the wiki. If you find one in a file, "
    "tell Setting-Out Software so they can replace it.",
    "Toolbox talk: shared passwords on sticky notes were found on two machines this month. They were removed and the "
    "logins were changed.",
]


def n_handbook(r):
    return "Staff handbook - section 9, computers and logins\n\n" + " ".join(r.sample(PROSE, 3)) + "\n"


def n_toolbox(r):
    return "Toolbox talk notes (%s, led by %s)\n- %s\n- %s\n" % (
        "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), W.person(r), r.choice(PROSE), r.choice(PROSE))


# 15 own look-alikes failing checks ------------------------------------------
def bad_vin_licence(r):
    v = list(C.make_vin(r))
    v[8] = r.choice([x for x in "0123456789X" if x != v[8]])
    return "LMM-" + "".join(v)


def bad_bsd_key(r):
    body = C.rand_str(r, C.ALNUM, 28)
    good = C.bsd_sum16(body.encode())
    bad = (good + r.randint(1, 0xFFFE)) & 0xFFFF
    return "csk_%s.%04x" % (body, bad)


def n_licence_fixtures(r):
    return ("# tests/test_licence.py - codes that must be REJECTED (wrong check character)\nINVALID = [\n%s]\n") % "".join(
        "    \"%s\",\n" % bad_vin_licence(r) for _ in range(3))


def n_stock_reject(r):
    return "\n".join("%s WARN stock-api rejected key %s: checksum mismatch" % (
        "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
        bad_bsd_key(r)) for _ in range(3)) + "\n"


# 16 ear tags and lots --------------------------------------------------------
def n_manifest(r):
    rows = ["lot,ear_tag,abattoir,hide_kg"]
    for _ in range(r.randint(3, 5)):
        rows.append("HS-24-%04d,UK %06d %06d,%s,%d" % (r.randint(1, 9999), r.randint(100000, 999999), r.randint(100000, 999999),
                                                     r.choice(["Exeter", "Taunton", "Okehampton"]), r.randint(25, 45)))
    return "# abattoir collection manifest\n" + "\n".join(rows) + "\n"


def n_tally(r):
    return "Grading bench tally, bench %d\nA: %d  B: %d  C: %d  rejects: %d\nlots HS-24-%04d to HS-24-%04d\n" % (
        r.randint(1, 4), r.randint(20, 80), r.randint(10, 40), r.randint(0, 20), r.randint(0, 9), r.randint(1, 4000), r.randint(4001, 9999))


# 17 colours and finishes ----------------------------------------------------
COLOURS = [("London tan", "#9a5b2e"), ("Havana", "#5a3a22"), ("Chestnut", "#7b3f1d"), ("Black", "#1b1b1b"),
           ("Natural", "#d8b48a"), ("Oxblood", "#5c1a1b"), ("Russet", "#80461b"), ("Vellum white", "#f3ead8")]


RAL = ["8001", "8002", "8003", "8004", "8007", "8008", "8011", "8012", "8014", "8015", "8016", "8017", "8019",
       "8022", "8023", "8024", "8025", "1001", "1011", "9001", "9005", "3005", "3009"]


def n_colour_card(r):
    lines = ["Colour card %d" % r.randint(2019, 2024)]
    for name, hx in r.sample(COLOURS, 4):
        lines.append("%-14s %s  nearest RAL %s" % (name, hx, r.choice(RAL)))
    return "\n".join(lines) + "\n"


def n_finish_spec(r):
    return ("Finish specification %s\nsubstance: %d.%d-%d.%d mm\nweight: %d to %d oz\ntemper: %s\nfinish: %s, hand glassed\n") % (
        "FS-%03d" % r.randint(1, 999), r.randint(1, 4), r.randint(0, 9), r.randint(4, 5), r.randint(0, 9), r.randint(3, 9),
        r.randint(10, 14), r.choice(["firm", "medium", "soft"]), r.choice(["waxed", "aniline", "tallow-stuffed"]))


# 18 genuine puzzles ----------------------------------------------------------
def n_guild_answers(r):
    n = r.randint(4, 9)
    s = r.choice([4, 8, 12])
    minor = r.randint(0, 9)
    return ("Last month's answers\n1. Collation A–%s%s: %d gatherings of %d leaves = %d leaves.\n"
            "2. Routing: to 10.91.%d.%d the /24 route wins over the /16 route.\n"
            "3. Semver ^2.%d.0 installs the newest 2.x.y at or above 2.%d.0.\n") % (
        "ABCDEFGHIKLMNOPQRSTVXYZ"[n - 1], str(s).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")), n, s, n * s,
        r.randint(1, 60), r.randint(2, 250), minor, minor)


def n_worksheet(r):
    a, b, c = r.randint(10, 40), r.randint(1, 9), r.randint(10, 40)
    leaf = r.randint(2, 40)
    return ("Worksheet 3, marked\nQ1 drying rail %d %d %d: best load %d kg  (correct)\n"
            "Q2 folio %dv after 2 flyleaves: page %d  (correct)\n") % (a, b, c, a + c, leaf, 4 + 2 * leaf)


# 19 webhook signatures ------------------------------------------------------
def n_stripe_sig(r):
    key = hmac_key()
    ts = 1717000000 + r.randint(0, 9999999)
    payload = json.dumps({"id": "evt_" + C.rand_str(r, C.ALNUM, 24), "type": "checkout.session.completed",
                          "data": {"object": {"amount_total": r.randint(500, 90000), "currency": "gbp"}}}, separators=(",", ":"))
    sig = hmac.new(key, ("%d.%s" % (ts, payload)).encode(), hashlib.sha256).hexdigest()
    return "POST /webhooks/stripe HTTP/1.1\nStripe-Signature: t=%d,v1=%s\nContent-Type: application/json\n\n%s\n" % (ts, sig, payload)


def n_shopify_hdr(r):
    key = hmac_key()
    payload = json.dumps({"id": r.randint(10 ** 12, 10 ** 13), "total_price": "%d.00" % r.randint(5, 500)}, separators=(",", ":"))
    sig = base64.b64encode(hmac.new(key, payload.encode(), hashlib.sha256).digest()).decode()
    return ("X-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: %s\nX-Shopify-Webhook-Id: %s\n\n%s\n") % (sig, C.uuid4(r), payload)


# 20 shelfmarks and ISBNs ------------------------------------------------------
def isbn13(r):
    body = r.choice(["978", "979"]) + _digits(r, 9)
    return body + C.isbn13_check(body)


def n_conservation_job(r):
    a = r.randint(1, 60)
    return ("Conservation job sheet\nitem: MS %d, fols %dr-%dv (charter roll, %d membranes)\nwork: humidify, flatten, "
            "new vellum guards\n") % (r.randint(100, 9999), a, a + r.randint(2, 40), r.randint(2, 12))


def n_bindery_list(r):
    rows = ["title,isbn"]
    for t in r.sample(["The Leather Craftsman", "Vellum and Parchment", "Oak Bark Tanning", "Bookbinding in Leather",
                       "Currying for Saddlers"], 3):
        rows.append("%s,%s" % (t, isbn13(r)))
    return "\n".join(rows) + "\n"


CLASSES = [
    ("leather_goods_gtin_and_sscc_codes", [("saddlery_product_feed_csv", n_gtin_feed), ("pallet_sscc_label_log", n_sscc)],
     "GTIN-13 product numbers and SSCC-18 pallet codes with real GS1 mod-10 check digits"),
    ("tanning_chemical_cas_registry_numbers", [("chemical_stock_register_csv", n_chem_register), ("safety_data_sheet_section_one", n_sds)],
     "real CAS Registry Numbers of tanning chemicals (check digits verified)"),
    ("supplier_lei_and_uk_vat_numbers", [("supplier_master_data_csv", n_supplier_master), ("invoice_footer_block", n_invoice_footer)],
     "LEIs with real ISO 17442 (ISO 7064 MOD 97-10) check digits and UK VAT numbers that pass the HMRC mod-97 check"),
    ("collection_van_vin_register", [("fleet_register_csv", n_fleet), ("mot_reminder_mail", n_mot)],
     "vehicle identification numbers with the real VIN check character (the algorithm of this corpus's LMM- licences)"),
    ("image_digests_and_subresource_hashes", [("kubernetes_image_pin_yaml", n_image_pin), ("shop_page_sri_script_tags", n_sri)],
     "real SHA-256 image digests and SHA-384 subresource-integrity hashes of random bytes"),
    ("argon2id_and_django_pbkdf2_hashes", [("shop_auth_user_table_dump", n_django_users), ("portal_users_argon2_export", n_argon)],
     "real Django PBKDF2-SHA256 hashes of discarded random inputs and argon2id strings (random in frame)"),
    ("age_recipients_and_minisign_public_keys", [("backup_recipients_txt", n_age), ("release_minisign_pub", n_minisign)],
     "age recipients with valid Bech32 checksums and minisign public keys"),
    ("checkout_and_map_publishable_identifiers", [("shop_checkout_client_config_js", n_checkout_cfg), ("map_widget_public_token_html", n_map_widget)],
     "public by design: Square application ids, PayPal client ids, Adyen client keys, hCaptcha and Turnstile site keys, Mapbox pk. tokens"),
    ("ci_secret_reference_placeholders", [("github_actions_secrets_context_yml", n_gha_secrets), ("terraform_sensitive_variables_tf", n_tf_vars)],
     "this corpus's own key names bound to ${{ secrets.X }} references or sensitive variables without defaults"),
    ("support_ticket_redacted_values", [("freshdesk_reply_redacted", n_redacted_reply), ("vendor_dashboard_key_list_masked", n_masked_dashboard)],
     "masked and redacted values keeping at most four characters of the secret part"),
    ("cloud_secret_manager_resource_names", [("gcp_secret_manager_refs_yaml", n_gcp_refs), ("kamal_secrets_fetch_file", n_kamal_fetch)],
     "pointers: sm:// and projects/.../secrets/... resource names, kamal secrets fetch / extract calls"),
    ("sops_and_jasypt_ciphertexts", [("sops_encrypted_yaml", n_sops), ("spring_jasypt_properties", n_jasypt)],
     "ciphertexts whose key is elsewhere: SOPS ENC[AES256_GCM,...] values and Jasypt ENC(...) (random in frame)"),
    ("vendor_quickstart_placeholder_snippets", [("leather_api_quickstart_md", n_quickstart), ("sdk_readme_env_table", n_env_table)],
     "documentation with <your-...> placeholders and X-filled shapes of this corpus's own layouts"),
    ("tannery_it_induction_prose", [("new_starter_handbook_section", n_handbook), ("toolbox_talk_notes", n_toolbox)],
     "handbook and toolbox-talk prose about passwords and keys, with no value"),
    ("own_shape_lookalikes_with_broken_checks", [("licence_validator_test_fixtures", n_licence_fixtures), ("stock_key_reject_log", n_stock_reject)],
     "this corpus's own LMM- and csk_ layouts with a wrong VIN check character or a wrong BSD sum"),
    ("hide_lot_and_ear_tag_numbers", [("abattoir_collection_manifest_csv", n_manifest), ("grading_bench_tally_sheet", n_tally)],
     "hide lot numbers and cattle ear-tag numbers (no check claimed)"),
    ("leather_colour_and_finish_specifications", [("colour_card_catalogue", n_colour_card), ("finish_spec_sheet", n_finish_spec)],
     "colour names with hex and RAL codes, substance and weight specifications"),
    ("genuine_workshop_puzzle_sheets", [("guild_newsletter_puzzle_answers", n_guild_answers), ("apprentice_worksheet_marked", n_worksheet)],
     "genuine collation, routing, semver, drying-rail and folio puzzles with their answers (the look of the evasions, carrying nothing)"),
    ("webhook_signature_and_delivery_headers", [("stripe_webhook_request_log", n_stripe_sig), ("shopify_webhook_headers", n_shopify_hdr)],
     "real HMAC-SHA256 webhook signatures (under a key kept out of the corpus) and UUIDv4 delivery ids"),
    ("manuscript_shelfmarks_and_isbns", [("conservation_job_sheet", n_conservation_job), ("bindery_book_list_isbn13", n_bindery_list)],
     "manuscript shelfmarks and folio ranges, and ISBN-13s with real check digits"),
]
CLASS_NAMES = [c[0] for c in CLASSES]


def build(reg, password_search, jws_re, jwe_re):
    r = random.Random(SEED)
    recs, seen = [], set()
    for cname, kinds, _desc in CLASSES:
        for i in range(PER_CLASS):
            kname, fn = kinds[i % len(kinds)]
            w = WRAPPERS[i % len(WRAPPERS)]
            for _attempt in range(200):
                text = wrap(r, w, fn(r))
                if text in seen or password_search.search(text) or jws_re.search(text) or jwe_re.search(text):
                    continue
                if not C.uuids_ok(text):
                    continue
                if any(len(v) >= 6 and v in text for v in reg.items):
                    continue
                break
            else:
                raise RuntimeError("negative draw failed: " + cname)
            seen.add(text)
            recs.append({"class": cname, "container": kname + w, "text": text, "source": "negative"})
    return recs
