"""Negatives: 20 classes x 2 base kinds x 6 records; nothing in them is a secret."""
import base64
import hashlib
import json
import random

import common272 as C
import enc272
import world272 as W

SEED = 27206
SEED_KEYS = 27276
WRAPPERS = ["", "__quoted_in_loch_ops_chat", "__attached_to_helpscout_note"]

VESSELS = ["Sgeir Dubh", "Caileag Bhan", "Loch Sween Spirit", "Harvest Maid", "Uist Kelper", "Merse Lighter",
           "Eilean Ban", "Morag Anne", "Sea Pink", "Solan"]
HARV = ["Loch Sween: Sailean", "Loch Sween: Caol Scotnish", "Loch Creran", "Blackwater: Tollesbury", "Colne: Pyefleet",
        "West Mersea: Salcott", "North Uist: Loch Maddy", "North Uist: Vallay Strand"]


def fmt_ref731(b):
    s = b + C.ref731_check(b)
    out = []
    while s:
        out.insert(0, s[-5:])
        s = s[:-5]
    return " ".join(out)


def imo(r):
    six = str(r.choice([8, 9])) + C.draw(r, C.DIGITS, 5)
    return six + C.imo_check(six)


def mmsi(r):
    return str(r.choice([232, 233, 234, 235])) + C.draw(r, C.DIGITS, 6)


def issn(r):
    s = C.draw(r, C.DIGITS, 7)
    s = s + C.issn_check(s)
    return s[:4] + "-" + s[4:]


class Ctx:
    def __init__(self):
        self.r = random.Random(SEED)
        self.kr = random.Random(SEED_KEYS)
        self.pbkdf2 = {}   # hash string -> (password bytes, salt, iterations)
        self.points = []


# --- 1 vessels -------------------------------------------------------------


def n_vessel_sheet(c, i):
    r = c.r
    return ("VESSEL PARTICULARS\nName: MV %s\nIMO number: %s\nMMSI: %s\nCall sign: M%s%d\nFlag: United Kingdom\n"
            "Gross tonnage: %d\nLength overall: %.1f m\nPort of registry: Oban\nFishing vessel (CFR): GBR0000%s\n"
            % (VESSELS[i % len(VESSELS)], imo(r), mmsi(r), C.draw(r, C.UPPER, 3), r.randrange(2, 9),
               r.randrange(40, 400), r.uniform(12, 32), C.draw(r, C.DIGITS, 5)))


def n_ais_csv(c, i):
    r = c.r
    rows = ["name,mmsi,imo,callsign,ship_type"]
    for k in range(r.randint(3, 5)):
        rows.append("%s,%s,%s,M%s%d,%s" % (VESSELS[(i + k * 3) % len(VESSELS)].upper(), mmsi(r), imo(r),
                                           C.draw(r, C.UPPER, 3), r.randrange(2, 9), r.choice(["30", "33", "52", "79"])))
    return "\n".join(rows) + "\n"


# --- 2 nordic payment references -----------------------------------------------


def n_remittance(c, i):
    r = c.r
    lines = ["MAKSUILMOITUS / REMITTANCE ADVICE", "Payer: Kalatukku Itameri Oy, Helsinki", "Payee: Carraig Bhan Oysters Ltd", ""]
    for k in range(r.randint(2, 4)):
        b = str(r.randint(1, 9)) + C.draw(r, C.DIGITS, r.randint(4, 9))
        lines.append("Invoice %d  Reference: %s  EUR %d.%02d" % (r.randrange(4000, 4999), fmt_ref731(b), r.randrange(200, 3000), r.randrange(100)))
    lines.append("Creditor reference: %s" % C.iso11649_ref(C.draw(r, C.DIGITS, r.randint(8, 12))))
    return "\n".join(lines) + "\n"


def n_bankcol(c, i):
    r = c.r
    rows = ["date,description,reference,amount"]
    for k in range(r.randint(3, 5)):
        b = str(r.randint(1, 9)) + C.draw(r, C.DIGITS, r.randint(5, 11))
        rows.append("2025-11-%02d,KALATUKKU ITAMERI OY,%s,%d.%02d" % (r.randint(1, 28), b + C.ref731_check(b), r.randrange(200, 3000), r.randrange(100)))
    return "\n".join(rows) + "\n"


# --- 3 ISSNs ---------------------------------------------------------------------


def n_masthead(c, i):
    r = c.r
    t = r.choice(["Shellfish Growers' Bulletin", "Seaweed Harvest Notes", "Depuration Quarterly", "West Coast Aquaculture"])
    return "%s\nISSN %s (print)  ISSN %s (online)\nIssue %d - Winter 2025\n" % (t, issn(r), issn(r), r.randrange(20, 140))


def n_holdings(c, i):
    r = c.r
    js = ["Aquaculture Today", "Journal of Shellfish Research Notes", "Phycology Field Reports", "Coastal Waters Review",
          "Marine Hygiene Letters", "Oyster Culture Digest"]
    r.shuffle(js)
    return "Library holdings (office shelf)\n" + "\n".join("- %s, ISSN %s, vols %d-%d" % (j, issn(r), r.randrange(1, 20), r.randrange(21, 60)) for j in js[:4]) + "\n"


# --- 4 public labels passing the positives' algorithms -----------------------------


def n_traylabels(c, i):
    r = c.r
    out = ["Tray labels - print run %d" % r.randrange(100, 999)]
    for k in range(r.randint(3, 5)):
        b = str(r.randint(1, 9)) + C.draw(r, C.DIGITS, 8)
        out.append("TRY-%s%s  tank %d  slot %d" % (b, C.ref731_check(b), r.randint(1, 6), r.randint(1, 40)))
    return "\n".join(out) + "\n"


def n_baglots(c, i):
    r = c.r
    out = ["lot,species,grams,packed"]
    for k in range(r.randint(3, 5)):
        body = C.draw(r, C.UPALNUM, 10)
        out.append("LOT-%s-%04x,%s,%d,2025-11-%02d" % (body, C.rfc1071(body.encode()), r.choice(["dulse", "wrack", "kelp flakes", "laver"]),
                                                     r.choice([50, 100, 250, 1000]), r.randint(1, 28)))
    return "\n".join(out) + "\n"


# --- 5 IPv4 header checksums -----------------------------------------------------------


def ipv4_header(r):
    tl = r.randrange(40, 1500)
    ident = r.randrange(0, 65536)
    proto = r.choice([1, 6, 17])
    src = bytes([192, 168, 172, r.randrange(2, 250)])
    dst = bytes([10, 172, r.randrange(0, 40), r.randrange(2, 250)])
    h = bytes([0x45, 0]) + tl.to_bytes(2, "big") + ident.to_bytes(2, "big") + b"\x40\x00" + bytes([64, proto]) + b"\x00\x00" + src + dst
    ck = C.rfc1071(h)
    return h[:10] + ck.to_bytes(2, "big") + h[12:], ck


def n_tcpdump(c, i):
    r = c.r
    h, ck = ipv4_header(r)
    words = [h[k:k + 2].hex() for k in range(0, 20, 2)]
    return ("$ tcpdump -nn -x -c 1 -i eth0 host 10.172.4.12\n12:01:%02d.%06d IP %d.%d.%d.%d > %d.%d.%d.%d: ...\n\t0x0000:  %s\n\t0x0010:  %s\n"
            % (r.randrange(60), r.randrange(10 ** 6), *h[12:16], *h[16:20], " ".join(words[:8]), " ".join(words[8:])))


def n_wireshark(c, i):
    r = c.r
    h, ck = ipv4_header(r)
    return ("Internet Protocol Version 4, Src: %d.%d.%d.%d, Dst: %d.%d.%d.%d\n    0100 .... = Version: 4\n    .... 0101 = Header Length: 20 bytes (5)\n"
            "    Total Length: %d\n    Identification: 0x%04x\n    Time to Live: 64\n    Header Checksum: 0x%04x [correct]\n    [Header checksum status: Good]\n"
            "Bytes: %s\n" % (*h[12:16], *h[16:20], int.from_bytes(h[2:4], "big"), int.from_bytes(h[4:6], "big"), ck, " ".join("%02x" % b for b in h)))


# --- 6 P-256 public keys ------------------------------------------------------------


def n_jwks(c, i):
    keys = []
    for k in range(c.r.randint(1, 3)):
        x, pub = C.p256_keypair(c.kr)
        c.points.append(pub)
        d = C.jwk_p256(pub, "tank-%02d-logger" % c.r.randint(1, 12))
        d.update({"use": "sig", "alg": "ES256"})
        keys.append(d)
    return json.dumps({"keys": keys}, indent=2) + "\n"


SPKI_P256 = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200")


def n_pem(c, i):
    x, pub = C.p256_keypair(c.kr)
    c.points.append(pub)
    der = SPKI_P256 + b"\x04" + pub[0].to_bytes(32, "big") + pub[1].to_bytes(32, "big")
    b = base64.b64encode(der).decode()
    return ("# tank-%02d logger public key (registered with the telemetry bridge)\n-----BEGIN PUBLIC KEY-----\n%s\n%s\n-----END PUBLIC KEY-----\n"
            % (c.r.randint(1, 12), b[:64], b[64:]))


# --- 7 digests --------------------------------------------------------------------------


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def n_sha384(c, i):
    r = c.r
    files = ["flupsy-ctrl-%d.%d.%d.bin" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 20)), "kiln-gw-rootfs.img.xz", "tank-panel-hmi.tar.gz"]
    return "# SHA384SUMS\n" + "".join("%s  %s\n" % (hashlib.sha384(rb(r, 64)).hexdigest(), f) for f in files)


def n_oci(c, i):
    r = c.r
    out = ["REPOSITORY                           TAG     DIGEST                                                                    IMAGE ID       SIZE"]
    for name in ["git.spatfall.example/apps/trace-api", "git.spatfall.example/apps/stock", "git.spatfall.example/apps/booking"]:
        d = hashlib.sha256(rb(r, 48)).hexdigest()
        out.append("%-36s %-7s sha256:%s   %s   %dMB" % (name, "2.%d" % r.randint(0, 9), d, hashlib.sha256(rb(r, 16)).hexdigest()[:12], r.randint(80, 400)))
    return "\n".join(out) + "\n"


# --- 8 password hashes ------------------------------------------------------------------


def n_django_users(c, i):
    r = c.r
    pw = rb(r, 12).hex().encode()
    salt = C.draw(r, C.ALNUM, 22)
    it = 390000
    dk = hashlib.pbkdf2_hmac("sha256", pw, salt.encode(), it)
    h = "pbkdf2_sha256$%d$%s$%s" % (it, salt, base64.b64encode(dk).decode())
    c.pbkdf2[h] = (pw, salt, it)
    return (" id | username | password | last_login\n----+----------+----------+-----------\n %d | %s | %s | 2025-11-%02d 08:12:44+00\n(1 row)\n"
            % (r.randrange(2, 90), W.user(r), h, r.randint(1, 28)))


def n_argon_csv(c, i):
    r = c.r
    rows = ["email,password,created_at"]
    for k in range(r.randint(2, 3)):
        salt = base64.b64encode(rb(r, 16)).decode().rstrip("=")
        hsh = base64.b64encode(rb(r, 32)).decode().rstrip("=")
        rows.append("%s,$argon2id$v=19$m=65536,t=3,p=4$%s$%s,2025-10-%02d" % (W.email(r), salt, hsh, r.randint(1, 28)))
    return "\n".join(rows) + "\n"


# --- 9 publishable keys -----------------------------------------------------------------------


def n_checkout(c, i):
    r = c.r
    return ("// checkout.js - public identifiers only\nconst square = {\n  applicationId: 'sq0idp-%s',\n  locationId: 'L%s',\n};\n"
            "const paypalSrc = 'https://www.paypal.com/sdk/js?client-id=A%s&currency=GBP';\n"
            "const stripePk = 'pk_live_51%s';\n" % (C.draw(r, C.ALNUM, 22), C.draw(r, C.UPALNUM, 12), C.draw(r, C.B64URL, 79), C.draw(r, C.ALNUM, 97)))


def n_mapembed(c, i):
    r = c.r
    body = C.b64u(json.dumps({"u": "spatfall", "a": C.draw(r, C.LOWALNUM, 25)}, separators=(",", ":")).encode())
    return ("<div id=\"tour-map\"></div>\n<script>\n  mapboxgl.accessToken = 'pk.%s.%s';\n</script>\n"
            "<div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n"
            % (body, C.draw(r, C.B64URL, 22), C.uuid4(r), C.draw(r, C.B64URL, 14)))


# --- 10 placeholders ------------------------------------------------------------------------------


def n_envsample(c, i):
    r = c.r
    keys = ["TRACEABILITY_API_KEY", "BOOKINGS_SECRET_KEY", "TANK_TELEMETRY_DEVICE_JWT", "WOOCOMMERCE_REST_CONSUMER_SECRET",
            "SQUARE_PRODUCTION_ACCESS_TOKEN", "ADMIRALTY_UK_TIDAL_API_SUBSCRIPTION_KEY", "KILN_GATEWAY_ACTIVATION_CODE",
            "SEAWEED_KILN_CONTROLLER_PASSWORD", "DEPURATION_UV_TANK_PANEL_PASSWORD"]
    r.shuffle(keys)
    vals = ["", "changeme", "<set in vault>", "${%s}", "REPLACE_ME", "xxxxxxxx", "your-key-here"]
    out = ["# .env.sample - copy to .env and fill in from the vault"]
    for k in keys[:5]:
        v = r.choice(vals)
        out.append("%s=%s" % (k, v % k if "%s" in v else v))
    return "\n".join(out) + "\n"


def n_tfvarsexample(c, i):
    r = c.r
    n = r.choice(["grader_vision_licence", "cold_store_alarm_dialler_password", "shopify_app_shared_secret", "planet_labs_api_key"])
    return ("variable \"%s\" {\n  type      = string\n  sensitive = true\n  description = \"Set in terraform.tfvars (not committed)\"\n}\n\n"
            "# terraform.tfvars.example\n%s = \"REPLACE_ME\"\nregion = \"uk-lon1\"\n" % (n, n))


# --- 11 masked ------------------------------------------------------------------------------------


def n_masked_table(c, i):
    r = c.r
    rows = ["Name                 Key                          Created"]
    for nm, pre in [("shop webhook", "whsec_"), ("shippo live", "shippo_live_"), ("sendgrid", "SG."), ("tracker", "")]:
        rows.append("%-20s %s%s%s   2025-%02d-%02d" % (nm, pre, "\u2022" * 12, C.draw(r, C.HEXL, 4), r.randint(1, 12), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def n_cilog(c, i):
    r = c.r
    return ("+ echo \"deploying stock-sync\"\ndeploying stock-sync\n+ export SHOPIFY_CUSTOM_APP_ACCESS_TOKEN=********\n"
            "+ curl -sf -H 'Authorization: Bearer [MASKED]' https://stock.spatfall.example/healthz\nok\n"
            "pipeline #%d finished in %ds\n" % (r.randrange(100, 999), r.randrange(30, 300)))


# --- 12 secret references ----------------------------------------------------------------------------


def n_from_secret(c, i):
    r = c.r
    k = r.choice(["sonarcloud_token", "docker_hub_token", "shippo_live", "slack_hook"])
    return ("steps:\n  - name: publish\n    image: plugins/docker\n    settings:\n      username: spatfall\n      password:\n"
            "        from_secret: %s\n    environment:\n      SHOPIFY_TOKEN:\n        from_secret: shopify_custom_app\n"
            "      NOTIFY: ${{ secrets.TEAMS_HOOK }}\n" % k)


def n_secretkeyref(c, i):
    r = c.r
    return ("env:\n- name: TRACE_API_KEY\n  valueFrom:\n    secretKeyRef:\n      name: trace-api\n      key: api-key\n"
            "- name: KILN_APP_TOKEN\n  value: projects/spatfall-prod/secrets/kiln-app-token/versions/%d\n" % r.randint(1, 9))


# --- 13 ciphertexts ---------------------------------------------------------------------------------------


def n_sops(c, i):
    r = c.r
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rb(r, r.randint(20, 48))).decode(),
                                                                  base64.b64encode(rb(r, 32)).decode(), base64.b64encode(rb(r, 16)).decode())
    return ("coldstore:\n    dialler_login: %s\n    probe_key: %s\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-2:%s:key/%s\n"
            "    lastmodified: \"2025-11-2%dT10:11:12Z\"\n    version: 3.9.1\n" % (enc(), enc(), C.draw(r, C.DIGITS, 12), C.uuid4(r), r.randint(0, 9)))


def n_sealed(c, i):
    r = c.r
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: trace-api\n  namespace: spatfall\nspec:\n"
            "  encryptedData:\n    api-key: Ag%s\n" % base64.b64encode(rb(r, 360)).decode())


# --- 14 docs ------------------------------------------------------------------------------------------------


def n_tidedocs(c, i):
    r = c.r
    return ("## Tidal events\n\n```http\nGET https://admiraltyapi.azure-api.net/uktidalapi/api/V1/Stations/%04d/TidalEvents?duration=7\n"
            "Ocp-Apim-Subscription-Key: {subscription-key}\n```\n\nReplace `{subscription-key}` with the key from your developer portal profile. "
            "Keys are 32 hexadecimal characters; never commit them.\n" % r.randrange(1, 600))


def n_sdkreadme(c, i):
    r = c.r
    return ("| Setting | Example | Notes |\n|---|---|---|\n| `TRACEABILITY_API_KEY` | `tpx_<32 base62>_<4 hex>` | issued per site, the tail is a checksum |\n"
            "| `BOOKINGS_SECRET_KEY` | `<50 characters>` | generate with `get_random_secret_key()` |\n| `TIDE_REGION` | `%s` | public |\n" % r.choice(["oban", "mersea", "uist"]))


# --- 15 prose --------------------------------------------------------------------------------------------------


POLICY = [
    "Every panel in the tank room has its own login. Never write a login on the panel, on the whiteboard or in the handover book; ask the duty manager if you are locked out.",
    "Passwords for the regulator portals are kept in the office password manager. If you need one for a sampling return, ask Catriona - do not text it.",
    "Change the default code on any new device before it goes on the network, and tell Spatfall so the inventory can be updated.",
    "If you think a login has been seen by someone outside the company, report it the same day. We will change it and check the logs.",
    "Shared accounts are being phased out. From January each member of the harvest crew gets a personal login for the grading shed PC.",
    "Two-step sign-in is switched on for the shop, the accounts and the booking site. Keep your phone charged on harvest days.",
]


def n_policy(c, i):
    r = c.r
    return "Merse Depuration - IT rules (page %d)\n\n%s\n\n%s\n" % (r.randint(2, 9), POLICY[i % 6], POLICY[(i + 3) % 6])


def n_induction(c, i):
    r = c.r
    return ("Harvest crew induction - day one\n- boots, lifejacket and tide table before anything else\n- %s\n- the grading shed PC locks after ten minutes; your supervisor will set up your sign-in\n- %s\n"
            % (POLICY[(i + 1) % 6].lower(), r.choice(["never share a door code over the radio", "keep logins out of the WhatsApp group", "do not photograph the office notice board"])))


# --- 16 own layouts failing their checks -----------------------------------------------------------------


def bad_gvl(r):
    ser = r.choice("ST")
    d7 = C.draw(r, C.DIGITS, 7)
    good = C.nric_letter(ser, d7)
    return "GVL-%s-%s%s%s" % (C.draw(r, C.UPPER, 4), ser, d7, r.choice([x for x in "ABCDEFGHIJZ" if x != good]))


def bad_drc(r):
    b = str(r.randint(1, 9)) + C.draw(r, C.DIGITS, 11)
    return "DRC-" + b + str((int(C.ref731_check(b)) + r.randint(1, 9)) % 10)


def bad_kga(r):
    b = str(r.randint(1, 9)) + C.draw(r, C.DIGITS, 8)
    good = C.tckn_digits(b)
    while True:
        t = C.draw(r, C.DIGITS, 2)
        if t != good:
            return "KGA-" + b + t


def bad_tpx(r):
    body = C.draw(r, C.ALNUM, 32)
    return "tpx_%s_%04x" % (body, (C.rfc1071(body.encode()) + r.randint(1, 65535)) % 65536)


def n_unittests(c, i):
    r = c.r
    return ("@pytest.mark.parametrize(\"code\", [\n    \"%s\",\n    \"%s\",\n    \"%s\",\n    \"%s\",\n])\n"
            "def test_rejects_bad_check(code):\n    assert not validate(code)\n" % (bad_gvl(r), bad_drc(r), bad_kga(r), bad_tpx(r)))


def n_rejects(c, i):
    r = c.r
    out = []
    for f in r.sample([bad_gvl, bad_drc, bad_kga, bad_tpx], 3):
        out.append("2025-11-%02dT%02d:%02d:%02dZ WARN activation rejected code=%s reason=check_failed" % (
            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), f(r)))
    return "\n".join(out) + "\n"


# --- 17 harvest areas and lab results ------------------------------------------------------------------------


def n_classtable(c, i):
    r = c.r
    rows = ["Production area | Species | Class | Code"]
    for h in r.sample(HARV, 4):
        rows.append("%s | %s | %s | %s-%03d-%03d-%02d" % (h, r.choice(["Pacific oyster", "Native oyster", "Common mussel", "Manila clam"]),
                                                          r.choice(["A", "B", "B (seasonal A)", "LT"]), r.choice(["AB", "EX"]), r.randrange(1000),
                                                          r.randrange(1000), r.randrange(1, 20)))
    return "\n".join(rows) + "\n"


def n_labmail(c, i):
    r = c.r
    return ("Subject: Results for samples received %02d/11/2025\n\nSample MD-25-%05d  %s  E. coli %d MPN/100g\nSample MD-25-%05d  %s  E. coli <18 MPN/100g\n"
            "Norovirus GI/GII: not detected\n" % (r.randint(1, 28), r.randrange(10 ** 5), r.choice(HARV), r.choice([20, 45, 78, 130, 230, 330, 490, 700]),
                                                 r.randrange(10 ** 5), r.choice(HARV)))


# --- 18 seaweed kiln ------------------------------------------------------------------------------------------


def n_kilnlog(c, i):
    r = c.r
    rows = ["timestamp,burner_c,air_c,rh_pct,moisture_pct"]
    m = r.uniform(60, 80)
    for k in range(5):
        m -= r.uniform(5, 12)
        rows.append("2025-11-%02dT%02d:00,%.1f,%.1f,%d,%.1f" % (10 + i, 6 + k, r.uniform(55, 70), r.uniform(30, 45), r.randint(20, 60), max(m, 9)))
    return "\n".join(rows) + "\n"


def n_baglabels(c, i):
    r = c.r
    return ("TRAIGH WRACK & KELP\n%s, dried and milled\nBatch TWK-2025-%03d   Net %dg\nHarvested %02d/10/2025, North Uist\nBest before 10/2027\n"
            % (r.choice(["Ascophyllum nodosum", "Palmaria palmata (dulse)", "Saccharina latissima", "Porphyra (laver)"]),
               r.randrange(1000), r.choice([50, 100, 250, 1000]), r.randint(1, 28)))


# --- 19 depuration telemetry -------------------------------------------------------------------------------------


def n_modbus(c, i):
    r = c.r
    regs = " ".join("0x%04X" % r.randrange(0, 0x3FF) for _ in range(8))
    return ("[2025-12-%02d 06:40:%02d] poll tank %d: read holding registers 40001-40008 -> %s\n"
            "[2025-12-%02d 06:40:%02d] uv_intensity=%d W/m2 salinity=%.1f psu temp=%.1f C\n"
            % (i + 1, r.randrange(60), r.randint(1, 6), regs, i + 1, r.randrange(60), r.randint(300, 900), r.uniform(28, 35), r.uniform(8, 16)))


def n_cert(c, i):
    r = c.r
    return ("DEPURATION CYCLE RECORD\nTank: %d   Batch: MD-%05d\nStart: 2025-12-%02d 06:40   End: 2025-12-%02d 06:40   Duration: 48 h\n"
            "Salinity min %.1f psu   Temperature min %.1f C   UV lamp hours %d\nReleased by: %s\n"
            % (r.randint(1, 6), r.randrange(10 ** 5), i + 1, i + 3, r.uniform(25, 30), r.uniform(8, 12), r.randrange(100, 9000), W.person(r)))


# --- 20 genuine puzzles --------------------------------------------------------------------------------------------

PUZZLE_TITLES = {
    "lantern_pontoon_crossing_least_minutes": "Lantern crossing (fewest minutes)",
    "sign_tile_oyster_board_copies": "Tile bag (most copies)",
    "least_hourly_shucking_pace": "Shucking pace (smallest k)",
    "different_bed_each_week_most_weeks": "Bed rota (most weeks)",
    "ferry_booking_crossing_heads": "Ferry bookings (passengers)",
    "tarpaulin_overlap_cover_metres": "Tarpaulins (metres covered)",
    "same_grade_run_lighter_takeoffs": "Grading belt (grams taken off)",
    "kelp_line_seeding_growing_earliest_day": "Kelp lines (earliest day)",
    "battery_swap_pump_longest_run": "Pump batteries (longest run)",
    "climbing_weight_selection_best_totals": "Climbing weights (best total)",
    "least_starting_stamina_for_chores": "Chores (least stamina)",
}
TITLE_TO_FAMILY = {v: k for k, v in PUZZLE_TITLES.items()}

PUZZLE_FAMS = ["lantern_pontoon_crossing_least_minutes", "sign_tile_oyster_board_copies", "least_hourly_shucking_pace",
               "different_bed_each_week_most_weeks", "ferry_booking_crossing_heads", "tarpaulin_overlap_cover_metres"]


def n_quiz(c, i):
    r = c.r
    out = ["Oyster festival quiz - answers (round %d)" % r.randint(1, 6)]
    for k, fam in enumerate(r.sample(PUZZLE_FAMS, 3)):
        ans = r.randint(8, 40)
        unit = enc272.ENC[fam][2](ans, r)
        out.append("Q%d. %s: %s\n    Answer: %d" % (k + 1, PUZZLE_TITLES[fam], unit, ans))
    return "\n".join(out) + "\n"


def n_teabreak(c, i):
    r = c.r
    out = ["Tea-break puzzles - worked answers"]
    for k, fam in enumerate(r.sample(["same_grade_run_lighter_takeoffs", "kelp_line_seeding_growing_earliest_day",
                                       "battery_swap_pump_longest_run", "climbing_weight_selection_best_totals",
                                       "least_starting_stamina_for_chores"], 2)):
        ans = r.randint(20, 44)
        unit = enc272.ENC[fam][2](ans, r)
        out.append("%d) %s: %s  ->  %d" % (k + 1, PUZZLE_TITLES[fam], unit, ans))
    return "\n".join(out) + "\n"


CLASSES = [
    ("imo_and_mmsi_vessel_identifiers", "IMO ship numbers (real check digit, weights 7 6 5 4 3 2), MMSIs, call signs and CFR numbers of the workboats and well-boats",
     [("vessel_particulars_sheet", n_vessel_sheet), ("ais_station_list_csv", n_ais_csv)]),
    ("nordic_buyer_payment_reference_numbers", "Finnish bank reference numbers (real 7-3-1 check: the algorithm of the DRC- positives) and RF creditor references (real ISO 11649 mod 97) on a Helsinki buyer's payments",
     [("helsinki_wholesaler_remittance_advice", n_remittance), ("bank_statement_reference_column", n_bankcol)]),
    ("trade_journal_issn_numbers", "ISSNs of trade journals (real mod-11 check)",
     [("shellfish_newsletter_masthead", n_masthead), ("library_holdings_list", n_holdings)]),
    ("public_tray_labels_passing_own_checks", "public tray labels and bag lot codes that pass two of the positives' algorithms under other prefixes (7-3-1 on TRY-, RFC 1071 on LOT-)",
     [("tray_label_print_list", n_traylabels), ("kiln_bag_lot_register", n_baglots)]),
    ("ipv4_header_internet_checksums", "IPv4 headers with real RFC 1071 header checksums (the algorithm of the tpx_ positives)",
     [("tcpdump_hex_header_dump", n_tcpdump), ("wireshark_ipv4_header_details", n_wireshark)]),
    ("p256_public_keys_and_jwks", "real P-256 public keys of the tank loggers as a JWKS and as PEM SubjectPublicKeyInfo",
     [("device_registry_public_jwks", n_jwks), ("ec_public_key_pem_block", n_pem)]),
    ("firmware_and_image_digests", "SHA-384 firmware sums and OCI image digests (real digests of random bytes)",
     [("firmware_release_sha384_sums", n_sha384), ("oci_image_digest_listing", n_oci)]),
    ("django_pbkdf2_and_argon2_hashes", "one-way hashes in a column called password: real Django pbkdf2_sha256 hashes of discarded random inputs and argon2id strings (random in frame)",
     [("django_auth_user_dump", n_django_users), ("booking_app_users_csv", n_argon_csv)]),
    ("publishable_widget_and_map_keys", "public by design: Square application and location ids, a PayPal client id, a Stripe publishable key, a Mapbox public token, hCaptcha and Turnstile site keys",
     [("shop_checkout_widget_config", n_checkout), ("tours_map_embed_html", n_mapembed)]),
    ("env_sample_and_tfvars_placeholders", "this corpus's own key names with empty, changeme, REPLACE_ME, ${VAR} and <set in vault> values",
     [("env_sample_file", n_envsample), ("terraform_variables_example", n_tfvarsexample)]),
    ("masked_and_redacted_key_displays", "bullet masks keeping at most four characters, ******** and [MASKED] in CI output",
     [("vendor_console_key_table_masked", n_masked_table), ("ci_job_log_redacted", n_cilog)]),
    ("secret_manager_reference_strings", "pointers, not values: Woodpecker from_secret, ${{ secrets.X }}, secretKeyRef and Secret Manager resource names",
     [("workflow_secrets_expressions", n_from_secret), ("deployment_secretkeyref_manifest", n_secretkeyref)]),
    ("sops_and_sealed_ciphertexts", "ciphertexts whose key is elsewhere: SOPS ENC[AES256_GCM,...] values and SealedSecret encryptedData (random in frame)",
     [("sops_encrypted_values_yaml", n_sops), ("sealed_secret_manifest", n_sealed)]),
    ("vendor_docs_placeholder_examples", "documentation with {subscription-key} and <...> placeholders and shape descriptions",
     [("tide_api_docs_excerpt", n_tidedocs), ("booking_sdk_readme_config_table", n_sdkreadme)]),
    ("it_policy_and_induction_prose", "rules and induction prose about logins, with no value",
     [("depuration_plant_it_policy_page", n_policy), ("harvest_crew_induction_notes", n_induction)]),
    ("own_layout_check_failures", "this corpus's own GVL- / DRC- / KGA- / tpx_ layouts with a wrong NRIC letter, 7-3-1 digit, identity-number pair or RFC 1071 tail",
     [("licence_checker_unit_tests", n_unittests), ("activation_rejects_log", n_rejects)]),
    ("harvest_area_classification_and_lab_results", "production-area classifications, area codes, sample numbers and E. coli results",
     [("fss_classification_table_extract", n_classtable), ("lab_results_email_summary", n_labmail)]),
    ("seaweed_kiln_and_batch_logs", "kiln drying logs and bag labels with batch numbers",
     [("kiln_drying_log_csv", n_kilnlog), ("seaweed_bag_batch_labels", n_baglabels)]),
    ("depuration_cycle_telemetry_logs", "Modbus polls, UV, salinity and temperature readings and cycle records",
     [("uv_controller_modbus_poll_log", n_modbus), ("tank_cycle_certificate_text", n_cert)]),
    ("genuine_shellfish_quiz_answer_sheets", "genuine puzzles of this corpus's evasion families with worked answers, carrying nothing",
     [("quiz_night_answers_page", n_quiz), ("tea_break_puzzle_solutions", n_teabreak)]),
]


def wrap(w, body, r):
    if w == "":
        return body
    if w == "__quoted_in_loch_ops_chat":
        return "%s  %02d:%02d\nPasting this for reference - it is public stuff, no logins in it:\n%s" % (W.person(r), r.randint(6, 18), r.randint(0, 59), body)
    return "Note by %s (attachment preview - reference data only, nothing to rotate):\n\n%s" % (W.person(r), body)


def generate(reg_strings):
    """reg_strings: every registered string; a negative is redrawn if it holds
    one of 6+ characters, a password form, a JWT-shaped string, a non-v4 UUID
    or repeats an earlier negative."""
    c = Ctx()
    recs = []
    seen = set()
    long_reg = [s for s in reg_strings if len(s) >= 6]
    for cls, desc, kinds in CLASSES:
        for kname, fn in kinds:
            for i in range(6):
                w = WRAPPERS[i // 2]
                for _ in range(100):
                    body = fn(c, i)
                    text = wrap(w, body, c.r)
                    if text in seen or C.PW_FORM_IN_TEXT.search(text) or C.JWT_RE.search(text) or C.bad_uuids(text):
                        continue
                    if any(s in text for s in long_reg):
                        continue
                    break
                else:
                    raise RuntimeError("negative placement " + kname)
                seen.add(text)
                recs.append({"class": cls, "container": kname + w, "text": text, "source": "negative"})
    return recs, c
