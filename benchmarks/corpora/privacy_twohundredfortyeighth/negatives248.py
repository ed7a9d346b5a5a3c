"""Negatives: 20 classes x 2 base kinds x 5 presentations, all from the cider / orchard / juice world."""
import base64
import hashlib
import hmac
import json
import random

import common248 as C

# ---------------------------------------------------------------- check algorithms

_ISO6346_VAL = {}
_v = 10
for _ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    _ISO6346_VAL[_ch] = _v
    _v += 1


def iso6346_check(code10):
    tot = 0
    for i, ch in enumerate(code10):
        val = int(ch) if ch.isdigit() else _ISO6346_VAL[ch]
        tot += val * (2 ** i)
    return str(tot % 11 % 10)


assert iso6346_check("CSQU305438") == "3"

_VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin17):
    tot = 0
    for ch, w in zip(vin17, _VIN_W):
        tot += (int(ch) if ch.isdigit() else _VIN_TR[ch]) * w
    r = tot % 11
    return "X" if r == 10 else str(r)


assert vin_check("1M8GDM9AXKP042788") == "X"


def aba_valid(n):
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(n, w)) % 10 == 0


assert aba_valid("011000015")


def mod97_num(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


assert mod97_num("WEST12345698765432GB82") == 1   # IBAN GB82 WEST ... rearranged


def lei(rng):
    base = C.rstr(rng, C.UPPER_ALNUM, 4) + "00" + C.rstr(rng, C.UPPER_ALNUM, 12)
    chk = 98 - mod97_num(base + "00")
    out = base + "%02d" % chk
    assert mod97_num(out) == 1
    return out


def uk_vat(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        tot = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2]))
        chk = (-tot) % 97
        if chk < 100:
            return "".join(map(str, d)) + "%02d" % chk


def _uk_vat_ok(s):
    tot = sum(int(x) * w for x, w in zip(s[:7], [8, 7, 6, 5, 4, 3, 2])) + int(s[7:])
    return tot % 97 == 0


assert _uk_vat_ok("123456782")


def aba(rng):
    while True:
        n = "%02d" % rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]) + C.rstr(rng, C.DIGITS, 7)
        for last in range(10):
            cand = n[:8] + str(last)
            if aba_valid(cand):
                return cand


def vin(rng):
    alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["WF0", "VF1", "WV1", "VF7", "ZFA"])
    vds = C.rstr(rng, alph, 5)
    rest = rng.choice("NPRSTV") + C.rstr(rng, alph, 1) + C.rstr(rng, C.DIGITS, 6)
    v16 = wmi + vds + "0" + rest
    chk = vin_check(v16)
    return v16[:8] + chk + v16[9:]


def container_no(rng):
    owner = C.rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) + "U"
    body = owner + C.rstr(rng, C.DIGITS, 6)
    return body + iso6346_check(body)


def gtin13(rng, prefix="50"):
    body = prefix + C.rstr(rng, C.DIGITS, 10)
    return body + C.gs1_check(body)


def upca(rng):
    body = "0" + C.rstr(rng, C.DIGITS, 10)
    return body + C.gs1_check(body)


def grai(rng):
    body = "0" + "5060123" + C.rstr(rng, C.DIGITS, 5)
    return "(8003)" + body + C.gs1_check(body) + C.rstr(rng, C.DIGITS, 6)


def b64(b):
    return base64.b64encode(b).decode()


def b64nopad(b):
    return base64.b64encode(b).decode().rstrip("=")


def sha256hex(rng):
    return hashlib.sha256(C.rbytes(rng, 48)).hexdigest()


def sha1hex(rng):
    return hashlib.sha1(C.rbytes(rng, 48)).hexdigest()


PEOPLE = ["Tamsin", "Gethin", "Ottilie", "Idris", "Marnie", "Jory", "Priya", "Sefton", "Agnieszka", "Luc"]
VARIETIES = ["Dabinett", "Yarlington Mill", "Kingston Black", "Harry Masters Jersey", "Browns", "Bramley", "Cox",
             "Michelin", "Ellis Bitter", "Tremlett's Bitter", "Egremont Russet", "Katy", "Discovery", "Foxwhelp"]
ROOTSTOCKS = ["M9", "M26", "MM106", "MM111", "M116", "M25"]


# ---------------------------------------------------------------- base kinds

def k_keg_register(r):
    rows = ["grai,size_l,last_fill,site"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s,%d,2025-%02d-%02d,%s" % (grai(r), r.choice([20, 30, 50]), r.randint(6, 10), r.randint(1, 28),
                                                  r.choice(["cellar", "dock", "The Plough", "Red Lion", "taproom"])))
    return "Keg fleet register export (GRAI)\n" + "\n".join(rows) + "\n"


def k_keg_rfid(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append("2025-10-%02d %02d:%02d:%02d gate=dock-%d epc=33%s rssi=-%d dir=%s" % (
            r.randint(1, 28), r.randint(6, 18), r.randint(0, 59), r.randint(0, 59), r.randint(1, 3),
            C.rstr(r, C.UHEX, 22), r.randint(40, 70), r.choice(["in", "out"])))
    return "\n".join(lines) + "\n"


def k_booking_conf(r):
    return ("EXPORT BOOKING CONFIRMATION\nBooking: QMX-25-%04d\nVessel: %s / voyage %03dW\nContainer: %s (40' reefer)\n"
            "Seal: %07d\nPort of loading: Felixstowe  ETD 2025-11-%02d\nCommodity: cider in bottles, HS 2206 00\n" % (
                r.randint(1, 9999), r.choice(["MAERSK KOLKATA", "CMA CGM TAGE", "ONE HARMONY"]), r.randint(1, 999),
                container_no(r), r.randint(1000000, 9999999), r.randint(1, 28)))


def k_reefer_note(r):
    return ("Reefer dispatch note\nUnit %s  set point +4.0 C  vent 25 CBM/H\nSeal %07d  gross %d kg\nPallets: %d x cider 12x500ml\n" % (
        container_no(r), r.randint(1000000, 9999999), r.randint(9000, 22000), r.randint(10, 20)))


def k_van_service(r):
    v = vin(r)
    return ("Service history - delivery van %s\nVIN %s\n%s: %d miles, brake pads, MOT pass\n%s: %d miles, tyres x2\n" % (
        "%s%02d %s" % (r.choice(["WU", "WF", "WR", "WA"]), r.randint(15, 74), C.rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3)), v,
        "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), r.randint(20000, 60000),
        "2025-%02d-%02d" % (r.randint(1, 9), r.randint(1, 28)), r.randint(60000, 90000)))


def k_fleet_insurance(r):
    rows = ["Schedule of vehicles - policy QMF/2025/%04d" % r.randint(1, 9999)]
    for _ in range(r.randint(2, 4)):
        rows.append("%s%02d %s | %s | %s" % (r.choice(["WU", "WF", "WR"]), r.randint(15, 74), C.rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3),
                                             vin(r), r.choice(["Transit Custom", "Kangoo E-Tech", "Vivaro-e", "Doblo"])))
    return "\n".join(rows) + "\n"


def k_payment_instr(r):
    return ("Payment instructions for US importer remittances\nBank: Mid-Atlantic Commerce Bank\nABA routing: %s\n"
            "Account: ****%04d\nSWIFT: %sUS%s\nReference: invoice number only\n" % (
                aba(r), r.randint(0, 9999), C.rstr(r, C.UPPER, 4), C.rstr(r, C.UPPER_ALNUM, 2)))


def k_distributor_form(r):
    vat = uk_vat(r)
    return ("Distributor onboarding - Quarrymead Cider Co.\nLEI: %s\nVAT: GB%s\nEORI: GB%s000\nCompany no.: %08d\n"
            "AWRS URN: X%sAW%011d\n" % (lei(r), vat, vat, r.randint(1000000, 16000000), r.choice("ABCDEFGH"), r.randint(1, 10 ** 9)))


def k_planting_register(r):
    rows = ["block,row,trees,variety,rootstock,planted"]
    for _ in range(r.randint(3, 6)):
        rows.append("LYD-%s%02d,%d,%d,%s,%s,%d" % (r.choice("ABCDEFG"), r.randint(1, 12), r.randint(1, 40), r.randint(80, 240),
                                                 r.choice(VARIETIES), r.choice(ROOTSTOCKS), r.randint(1988, 2024)))
    return "\n".join(rows) + "\n"


def k_trap_counts(r):
    obj = {"survey": "codling moth traps", "week": r.randint(20, 38), "traps": []}
    for _ in range(r.randint(2, 4)):
        obj["traps"].append({"block": "LYD-%s%02d" % (r.choice("ABCDEFG"), r.randint(1, 12)),
                             "tree": "R%02d-T%03d" % (r.randint(1, 40), r.randint(1, 240)),
                             "catch": r.randint(0, 14), "lat": round(50.9 + r.random() / 10, 5), "lon": round(-2.8 + r.random() / 10, 5)})
    return json.dumps(obj, indent=1) + "\n"


def k_lab_cert(r):
    return ("JUICE ANALYSIS CERTIFICATE  JL-25-%04d\nSample: %s / %s blend, pressed 2025-10-%02d\nBrix %.1f  pH %.2f  TA %.1f g/L as malic\n"
            "Patulin < 10 ug/kg  Free SO2 %d mg/L  Total SO2 %d mg/L\nUKAS testing lab %04d\n" % (
                r.randint(1, 9999), r.choice(VARIETIES), r.choice(VARIETIES), r.randint(1, 28), 9 + r.random() * 6,
                3.1 + r.random() * 0.8, 3 + r.random() * 6, r.randint(5, 30), r.randint(20, 80), r.randint(1000, 9999)))


def k_press_yield(r):
    rows = ["variety | tonnes | L/t | Brix"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s | %.1f | %d | %.1f" % (r.choice(VARIETIES), 1 + r.random() * 30, r.randint(600, 760), 9 + r.random() * 6))
    return "Press yield report, week %d\n" % r.randint(36, 46) + "\n".join(rows) + "\n"


def k_gravity_csv(r):
    rows = ["tank,date,sg,temp_c"]
    t = r.randint(1, 14)
    sg = r.randint(1044, 1062)
    for d in range(r.randint(4, 6)):
        rows.append("T%d,2025-10-%02d,%d.%03d,%.1f" % (t, 3 + 4 * d, sg // 1000, sg % 1000, 12 + r.random() * 4))
        sg -= r.randint(4, 12)
    return "\n".join(rows) + "\n"


def k_ferment_summary(r):
    ents = []
    for _ in range(r.randint(3, 5)):
        og = r.randint(1040, 1062)
        fg = r.randint(994, 1008)
        ents.append("T%d %d.%03d→%d.%03d (%.1f%% ABV)" % (r.randint(1, 14), og // 1000, og % 1000, fg // 1000, fg % 1000, (og - fg) * 0.131))
    return "Fermentation summary, 2025 pressing: " + "; ".join(ents) + "\n"


def k_sha256sums(r):
    lines = []
    for name in r.sample(["pressagent-2.4.1-arm64.tar.gz", "castore-fw-1.9.3.bin", "glycol-poller-0.8.0.whl",
                          "till-bridge-3.2.0.msi", "frost-node-1.1.7.bin"], 3):
        lines.append("%s  %s" % (sha256hex(r), name))
    return "# SHA256SUMS\n" + "\n".join(lines) + "\n"


def k_digests(r):
    return ("Deployed images:\n  ghcr.io/quarrymead/cellar-notify@sha256:%s\n  ghcr.io/quarrymead/cidershop@sha256:%s\n"
            "Release commit %s (tag v2.%d.%d)\n" % (sha256hex(r), sha256hex(r), sha1hex(r), r.randint(0, 9), r.randint(0, 20)))


def k_users_dump(r):
    rows = ["id | username | password | is_staff"]
    for i in range(r.randint(2, 4)):
        rows.append("%d | %s | pbkdf2_sha256$870000$%s$%s | %s" % (
            r.randint(1, 400), r.choice(["marnie", "idris", "kiosk", "ovance", "priya", "luc"]) + str(r.randint(1, 99)),
            C.rstr(r, C.ALNUM, 22), b64(C.rbytes(r, 32)), r.choice(["t", "f"])))
    return "\n".join(rows) + "\n"


def k_ldif(r):
    return ("dn: uid=%s,ou=staff,dc=quarrymead,dc=example\nuserPassword: {SSHA}%s\n\n"
            "# exported from the SSO store\n%s:$argon2id$v=19$m=65536,t=3,p=4$%s$%s\n" % (
                r.choice(["ipavey", "mholcombe", "tpenrose"]), b64(C.rbytes(r, 28)), r.choice(["kiosk", "pyoadmin", "cellar"]),
                b64nopad(C.rbytes(r, 16)), b64nopad(C.rbytes(r, 32))))


def k_wg_public(r):
    return ("[Peer]\n# cellar gateway\nPublicKey = %s\nAllowedIPs = 10.44.%d.0/24\nEndpoint = vpn.quarrymead.example:51820\n"
            "PersistentKeepalive = 25\n" % (b64(C.rbytes(r, 32)), r.randint(1, 9)))


def k_recipients(r):
    pub = b"Ed" + C.rbytes(r, 40)
    return ("# backup recipients (public keys only)\n%s  # cellar NAS\n%s  # offsite\n\nuntrusted comment: minisign public key %s\n%s\n" % (
        C.bech32_encode("age", list(C.rbytes(r, 32)), C.BECH32_CONST), C.bech32_encode("age", list(C.rbytes(r, 32)), C.BECH32_CONST),
        C.rstr(r, C.UHEX, 16), b64(pub)))


def k_checkout_src(r):
    return ("<form id=\"checkout\">\n  <div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n</form>\n<script>\n"
            "  braintree.client.create({ authorization: 'production_%s_%s' });\n  const sq = Square.payments('sq0idp-%s', 'L%s');\n"
            "  posthog.init('phc_%s', { api_host: 'https://eu.posthog.com' });\n</script>\n" % (
                C.uuid4(r), C.rstr(r, C.LOWER_ALNUM, 8), C.rstr(r, C.LOWER_ALNUM, 16), C.rstr(r, C.B64URL, 22),
                C.rstr(r, C.UPPER_ALNUM, 12), C.rstr(r, C.ALNUM, 43)))


def k_public_config(r):
    iat = 1700000000 + r.randint(0, 60000000)
    anon = C.jwt_hs(r, "HS256", {"iss": "supabase", "ref": C.rstr(r, C.LOWER, 20), "role": "anon", "iat": iat, "exp": iat + 315360000})
    obj = {"supabaseAnonKey": anon, "oneSignalAppId": C.uuid4(r), "revenueCatPublicKey": "appl_" + C.rstr(r, C.ALNUM, 27),
           "mixpanelToken": C.rstr(r, C.HEX, 32), "note": "public client config, shipped in the app bundle"}
    return json.dumps(obj, indent=2) + "\n"


def k_readme_examples(r):
    return ("## Configuration\n\nSet the following before running the sync (example values from the vendor docs, they do not work):\n\n"
            "    AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n    STRIPE_KEY=sk_live_%s\n    GITHUB_TOKEN=ghp_%s\n    SLACK_BOT_TOKEN=xoxb-your-bot-token\n"
            "    VINOSHIPPER_API_SECRET=<YOUR_VINOSHIPPER_SECRET>\n" % ("X" * 24, "x" * 36))


def k_curl_snippet(r):
    return ("# API reference - list orders\ncurl https://api.example.com/v1/orders \\\n  -H \"Authorization: Bearer $ORCHARD_SHOP_TOKEN\" \\\n"
            "  -u \"$BOOKEO_API_KEY:$BOOKEO_SECRET_KEY\" \\\n  -d 'since=2025-10-%02d'\n" % r.randint(1, 28))


def k_env_example(r):
    return ("# .env.example - copy to .env and fill in from Bitwarden\nBELT_PRESS_HMI_PASSWORD=\nCA_SYNC_KEY=changeme\n"
            "DJANGO_SECRET_KEY=replace-me\nKEG_TRACKER_JWT=${KEG_TRACKER_JWT:?missing}\nSTRIPE_RESTRICTED_LIVE_KEY=<from-bitwarden>\n"
            "PASERK_LOCAL_KEY=\n")


def k_helm_values(r):
    return ("# values.yaml (template)\nduty:\n  db:\n    host: duty-db\n    user: duty\n    password: \"\"\n    existingSecret: duty-db-credentials\n"
            "castore:\n  adminPassword: \"{{ .Values.global.castoreAdmin }}\"\n")


def k_ci_masked(r):
    return ("Run ./deploy.sh\n  DJANGO_SECRET_KEY: ***\n  CA_SYNC_KEY: ***\n  STRIPE_RESTRICTED_LIVE_KEY: [MASKED]\n"
            "  PRESS_TELEMETRY_TOKEN: ptl-****************************************.********\nDeploy finished in %ds\n" % r.randint(30, 300))


def k_console_text(r):
    return ("API keys\n  Restricted key   rk_live_...%s   created %d Oct\n  Webhook secret   whsec_••••••••%s\n"
            "  Orchard gateway  orchsk1••••••••••••%s\n" % (C.rstr(r, C.ALNUM, 4), r.randint(1, 28), C.rstr(r, C.ALNUM, 4), C.rstr(r, C.LOWER_ALNUM, 4)))


def k_keyvault_refs(r):
    obj = {"DJANGO_SECRET_KEY": "@Microsoft.KeyVault(SecretUri=https://qm-kv-prod.vault.azure.net/secrets/django-secret-key/)",
           "CA_SYNC_KEY": "@Microsoft.KeyVault(VaultName=qm-kv-prod;SecretName=ca-sync-key)",
           "DUTY_LEDGER_DB_PASSWORD": "@Microsoft.KeyVault(VaultName=qm-kv-prod;SecretName=duty-db;SecretVersion=%s)" % C.rstr(r, C.HEX, 32)}
    return json.dumps(obj, indent=2) + "\n"


def k_secret_refs(r):
    return ("secrets:\n  duty_db: projects/quarrymead-prod/secrets/duty-db-password/versions/latest\n"
            "  glycol_panel: op://Cellar/Glycol panel/password\n  castore_admin: vault:secret/data/castore#admin\n"
            "  keg_tracker: bws://%s\n" % C.uuid4(r))


def k_sops(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(C.rbytes(r, r.randint(12, 40))), b64(C.rbytes(r, 32)), b64(C.rbytes(r, 16)))
    armored = "\n".join(b64(C.rbytes(r, 48)) for _ in range(3))
    return ("duty_db_password: %s\nca_sync_key: %s\nsops:\n    age:\n        - recipient: %s\n          enc: |\n"
            "            -----BEGIN AGE ENCRYPTED FILE-----\n%s\n            -----END AGE ENCRYPTED FILE-----\n"
            "    lastmodified: \"2025-10-%02dT08:11:02Z\"\n    mac: %s\n    version: 3.9.1\n" % (
                enc(), enc(), C.bech32_encode("age", list(C.rbytes(r, 32)), C.BECH32_CONST),
                "\n".join("            " + ln for ln in armored.split("\n")), r.randint(1, 28), enc()))


def k_blobs(r):
    hdr = C.b64url_nopad(json.dumps({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "qm-%s" % C.rstr(r, C.HEX, 6)}, separators=(",", ":")).encode())
    jwe = ".".join([hdr, C.b64url_nopad(C.rbytes(r, 256)), C.b64url_nopad(C.rbytes(r, 12)), C.b64url_nopad(C.rbytes(r, 48)), C.b64url_nopad(C.rbytes(r, 16))])
    body = b"\x80" + (1760000000 + r.randint(0, 9000000)).to_bytes(8, "big") + C.rbytes(r, 16) + C.rbytes(r, 32)
    fer = base64.urlsafe_b64encode(body + hmac.new(C.rbytes(r, 16), body, hashlib.sha256).digest()).decode()
    return "Encrypted gift message (JWE):\n%s\n\nStored basket note (Fernet token):\n%s\n" % (jwe, fer)


def k_booking_csv(r):
    rows = ["booking_id,reference,party,slot,payment_intent,customer"]
    for _ in range(r.randint(2, 4)):
        rows.append("%s,QM-PYO-25-%04d,%d,2025-09-%02d %02d:00,pi_%s,cus_%s" % (
            C.uuid4(r), r.randint(1, 9999), r.randint(1, 8), r.randint(1, 28), r.randint(9, 16), C.rstr(r, C.ALNUM, 24), C.rstr(r, C.ALNUM, 14)))
    return "\n".join(rows) + "\n"


def k_webhook_log(r):
    return ("POST /hooks/shopify orders/paid gid://shopify/Order/%d 200\nPOST /hooks/stripe evt_%s charge.succeeded 200\n"
            "Idempotency-Key: %s\n" % (r.randint(5 * 10 ** 12, 6 * 10 ** 12), C.rstr(r, C.ALNUM, 24), C.uuid4(r)))


HANDBOOK = [
    "Passwords for the belt press panel and the CA store controller live in the shared Bitwarden vault, never on the whiteboard.",
    "If you think a key has leaked, tell Gethin straight away - rotating it takes ten minutes, cleaning up after it takes weeks.",
    "Do not paste tokens into Teams, Signal or Jira; share the vault item instead.",
    "Temporary staff get their own till login for the season and it is removed when they leave.",
    "The duty ledger database is only reachable from the office VPN.",
    "Use a passphrase of four or more unrelated words for anything you type by hand.",
    "Supplier portals (press service, compliance, shipping) each get their own password - no reuse.",
]
NEWS = [
    "Security tip of the month: a password written on the press hall door is a password for everyone who visits on a tour day.",
    "This season we moved every API key for the shop into the secrets manager, so nobody needs to copy them by hand any more.",
    "Phishing e-mails pretending to be from our bottle supplier are going round again; check the sender before opening invoices.",
    "Remember that the CA store controller can be reached from the orchard Wi-Fi - keep its login private.",
    "If a contractor asks for a password over the phone, call them back on the number we have on file.",
]


def k_handbook(r):
    return "Staff handbook - 7. IT and passwords\n\n" + " ".join(r.sample(HANDBOOK, 4)) + "\n"


def k_newsletter(r):
    return "Quarrymead crew newsletter\n\n" + " ".join(r.sample(NEWS, 3)) + "\n"


def k_gateway_pubkeys(r):
    pub = C.ed25519_public(C.rbytes(r, 32))
    jwk = json.dumps({"kty": "OKP", "crv": "Ed25519", "kid": "keg-%s" % C.rstr(r, C.HEX, 8), "x": C.b64url_nopad(pub)})
    return ("Orchard gateway public keys (safe to publish):\n%s\n%s\nKeg tracker verification key (JWK): %s\n"
            "Juice API public key: k4.public.%s\nKey id: k4.lid.%s\n" % (
                C.bech32_encode("orchpk", list(C.rbytes(r, 32)), C.BECH32M_CONST), C.bech32_encode("orchpk", list(C.rbytes(r, 32)), C.BECH32M_CONST),
                jwk, C.b64url_nopad(C.rbytes(r, 32)), C.b64url_nopad(C.rbytes(r, 33))))


def k_room_frame_ids(r):
    lines = ["CA store rooms (number + Verhoeff check digit, printed on the doors):"]
    for _ in range(3):
        num = "%04d%02d" % (r.randint(1000, 9999), r.randint(1, 24))
        lines.append("  room %s-%s" % (num, C.verhoeff_digit(num)))
    body = C.rstr(r, C.HEX, 12)
    lines.append("Press telemetry frame frm-%s crc32=%s" % (body, C.crc32_hex(body)))
    return "\n".join(lines) + "\n"


def k_label_spec(r):
    return ("Label print spec - %s Medium Dry 500 ml\nEAN-13 %s   case ITF %s\nUPC-A (US) %s\nABV 5.%d%%  contains sulphites\nLot L25%03d  best before 10/2027\n" % (
        r.choice(VARIETIES), gtin13(r), gtin13(r, "15"), upca(r), r.randint(0, 9), r.randint(200, 330)))


def k_duty_refs(r):
    return ("Compliance references\nTTB COLA ID %02d%03d%03d%06d\nAlcohol duty approval: XMAD%011d\nProducer: Quarrymead Cider Co., band cider 3.5-8.4%%\n" % (
        r.randint(24, 25), r.randint(100, 350), r.randint(1, 999), r.randint(1, 999999), r.randint(1, 10 ** 9)))


CLASSES = [
    ("keg_grai_asset_identifiers", [("keg_fleet_register_csv", k_keg_register), ("keg_rfid_gate_scan_log", k_keg_rfid)],
     "GRAI keg identifiers with real GS1 check digits, RFID EPC hex reads (GRAI-96 header 33)"),
    ("export_container_iso6346_codes", [("export_booking_confirmation", k_booking_conf), ("reefer_dispatch_note", k_reefer_note)],
     "shipping-container numbers with real ISO 6346 check digits, seals, bookings"),
    ("delivery_fleet_vin_records", [("van_service_history_sheet", k_van_service), ("fleet_insurance_schedule", k_fleet_insurance)],
     "vehicle identification numbers with real position-9 check digits, plates, policy numbers"),
    ("wholesale_routing_and_lei_numbers", [("us_importer_payment_instructions", k_payment_instr), ("distributor_onboarding_form", k_distributor_form)],
     "ABA routing numbers (real 3-7-1 checksum), LEIs (real ISO 7064 MOD 97-10), UK VAT numbers (real mod-97), EORI, AWRS"),
    ("orchard_block_tree_register", [("orchard_planting_register_csv", k_planting_register), ("scouting_trap_counts_json", k_trap_counts)],
     "block, row and tree ids, varieties, rootstocks, trap counts, coordinates"),
    ("juice_lab_analysis_readings", [("juice_lab_certificate", k_lab_cert), ("press_yield_report", k_press_yield)],
     "Brix, pH, TA, patulin and SO2 readings, sample numbers, press yields"),
    ("fermentation_gravity_logs_genuine", [("cellar_gravity_log_csv", k_gravity_csv), ("fermentation_summary_note", k_ferment_summary)],
     "genuine hydrometer logs and OG→FG summaries (the look of the gravity-drop evasion, carrying nothing)"),
    ("release_checksums_and_digests", [("firmware_sha256sums_file", k_sha256sums), ("image_digest_and_commit_list", k_digests)],
     "SHA-256 sums, image digests and commit ids (real digests of random bytes)"),
    ("argon2_and_pbkdf2_hash_strings", [("shop_users_table_dump", k_users_dump), ("sso_users_ldif_export", k_ldif)],
     "Django pbkdf2_sha256 strings in a column called password, {SSHA} and argon2id strings (random in frame)"),
    ("age_wireguard_minisign_public_keys", [("wireguard_peer_section_public", k_wg_public), ("backup_recipients_and_signing_keys", k_recipients)],
     "WireGuard public keys, age1 recipients (real Bech32 checksums), minisign public keys"),
    ("client_side_publishable_keys", [("shop_checkout_page_source", k_checkout_src), ("tasting_app_public_config_json", k_public_config)],
     "public-by-design keys: hCaptcha site key, Braintree tokenization key, Square application id, PostHog project key, Supabase anon JWT (real HS256), OneSignal app id, RevenueCat public key, Mixpanel token"),
    ("vendor_docs_example_values", [("integration_readme_examples", k_readme_examples), ("api_reference_curl_snippet", k_curl_snippet)],
     "documentation examples (AWS's AKIAIOSFODNN7EXAMPLE, X-filled keys, <YOUR_…>) and $VARIABLE references"),
    ("env_template_placeholders", [("dotenv_example_committed", k_env_example), ("helm_values_template", k_helm_values)],
     "this corpus's key names with empty, changeme, replace-me, ${VAR:?} and <from-bitwarden> values; Helm templates"),
    ("masked_and_redacted_values", [("ci_log_masked_output", k_ci_masked), ("admin_console_screenshot_text", k_console_text)],
     "***, [MASKED], asterisk-filled shapes and dashboard previews with a 4-character tail"),
    ("secret_store_pointers", [("azure_app_settings_keyvault_refs", k_keyvault_refs), ("secret_reference_manifest_yaml", k_secret_refs)],
     "@Microsoft.KeyVault references, GCP secret resource names, op://, vault:, bws:// pointers"),
    ("sops_age_jwe_ciphertexts", [("sops_encrypted_secrets_yaml", k_sops), ("encrypted_message_blobs", k_blobs)],
     "SOPS ENC[AES256_GCM,…] values with age metadata, JWE compact tokens, Fernet tokens (random in frame)"),
    ("order_booking_and_payment_ids", [("tours_booking_export_csv", k_booking_csv), ("shop_order_webhook_log", k_webhook_log)],
     "UUIDv4 booking ids, booking references, Stripe pi_ / cus_ / evt_ ids, Shopify gids, idempotency keys"),
    ("security_policy_prose_no_value", [("staff_handbook_it_section", k_handbook), ("cidery_newsletter_security_tip", k_newsletter)],
     "handbook and newsletter prose about passwords and keys with no value given"),
    ("positive_shape_public_counterparts", [("orchard_gateway_public_keys_list", k_gateway_pubkeys), ("ca_room_and_press_frame_ids", k_room_frame_ids)],
     "look-alikes of this corpus's own shapes: orchpk1 Bech32m public keys, Ed25519 JWKs, k4.public / k4.lid PASERKs, Verhoeff-checked room numbers, CRC-32-tailed frame ids"),
    ("cider_product_label_codes", [("bottle_label_print_spec", k_label_spec), ("alcohol_duty_and_cola_refs", k_duty_refs)],
     "EAN-13, ITF case codes and UPC-A with real GS1 check digits, lot codes, TTB COLA ids, duty approval numbers"),
]
assert len(CLASSES) == 20

WRAPPERS = ["", "__relayed_in_crew_chat", "__quoted_in_support_ticket", "__forwarded_by_email", "__posted_to_cider_forum"]


def wrap(w, body, r):
    if w == "":
        return body
    if w == "__relayed_in_crew_chat":
        a, b = r.sample(PEOPLE, 2)
        return "[%02d:%02d] %s: pasting this so you can check it, nothing private in here:\n%s[%02d:%02d] %s: thanks, looks right\n" % (
            r.randint(7, 17), r.randint(0, 59), a, body, r.randint(7, 17), r.randint(0, 59), b)
    if w == "__quoted_in_support_ticket":
        quoted = "".join("> " + ln + "\n" for ln in body.rstrip("\n").split("\n"))
        return "Ticket #%d - customer question\n%sReply (%s): these are reference values only, fine to keep on the ticket.\n" % (
            r.randint(2000, 9000), quoted, r.choice(PEOPLE))
    if w == "__forwarded_by_email":
        return "From: %s <%s@quarrymead.example>\nSubject: FW: for the records\n\n---------- Forwarded message ----------\n%s" % (
            r.choice(PEOPLE), r.choice(["office", "cellar", "accounts"]), body)
    if w == "__posted_to_cider_forum":
        return "Cider Makers' Forum > Tech corner > posted by %s:\nHere is what our export looks like (no secrets in it):\n%s" % (
            r.choice(["TomH", "appleman", "keevingkate", "PressWrangler"]), body)
    raise ValueError(w)


def bad_reason(text, reg):
    if C.PW_FORM_IN_TEXT_RX.search(text):
        return "password form"
    for m in C.UUID_RX.finditer(text):
        if not C.uuid_is_v4(m.group(0)):
            return "non-v4 uuid"
    for m in C.JWT_RX.finditer(text):
        if not C.jwt_frame_ok(m.group(0)):
            return "bad jwt"
    for s in reg.items:
        if len(s) >= 6 and s in text:
            return "registered string"
    return None


def build(reg):
    rng = random.Random(C.SEEDS["negatives"])
    recs = []
    seen = set()
    for cls, kinds, _ in CLASSES:
        for kname, fn in kinds:
            for w in WRAPPERS:
                for attempt in range(200):
                    body = fn(rng)
                    text = wrap(w, body, rng)
                    why = bad_reason(text, reg)
                    if why is None and text not in seen:
                        break
                else:
                    raise RuntimeError("negative draw failed %s %s: %s" % (cls, kname, why))
                seen.add(text)
                recs.append({"class": cls, "container": kname + w, "text": text, "source": "negative"})
    return recs
